"""Who may call the gateway, against a REAL gateway process on 127.0.0.1: bearer tokens
for plain OIP, anonymous one-time Privacy Pass tokens inside OHTTP (through the SDK's own
client), rate limits, /metrics behind its own token, and no secret in the logs."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("onnxruntime")

from hybridsdk._exceptions import GatewayError, KeyPinMismatchError
from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._token_source import PrivateTokenSource
from hybridsdk.wire._blind_rsa import public_key_from_pss_spki
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._private_token import b64url_decode, token_key_id
from hybridsdk.wire._problem_types import (
    PROBLEM_RATE_LIMITED,
    PROBLEM_UNAUTHORIZED,
)
from tests._gateway_process import (
    GatewayProcess,
    build_affine_zoo,
    fetch_configs,
    infer_body,
    ohttp_call,
    run_gateway,
)
from tests._prometheus import parse_prometheus

ALICE = "alice-" + secrets.token_urlsafe(24)
BOB = "bob-" + secrets.token_urlsafe(24)
MALLORY = "mallory-" + secrets.token_urlsafe(24)
METRICS = "metrics-" + secrets.token_urlsafe(24)
INFER = "/v2/models/affine/infer"
BODY = infer_body("x", [[1.0, 2.0, 3.0]])


def _private(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o600)
    return path


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    root = tmp_path_factory.mktemp("gw-auth")
    zoo = build_affine_zoo(root / "zoo")
    tokens = _private(root / "tokens", f"alice:{ALICE}\nbob:{BOB}\nmallory:{MALLORY}\n")
    metrics = _private(root / "metrics-token", METRICS)
    issuer = root / "issuer"
    subprocess.run(
        [sys.executable, "-m", "hybridsdk.cli", "issuer", "generate", "--keys", str(issuer)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    args = [
        "--models", str(zoo),
        "--bearer-tokens", str(tokens),
        "--issuer-keys", str(issuer),
        "--rate-limit-rps", "2", "--rate-limit-burst", "10",
        "--global-rate-limit-rps", "1000",
        "--metrics", "token", "--metrics-token", str(metrics),
    ]  # fmt: skip
    with run_gateway(*args, keys_dir=root / "keys", log_dir=root) as process:
        yield process


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10.0) as client:
        yield client


def _problem(response: httpx.Response) -> dict[str, object]:
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    return body


def test_anonymous_plain_caller_is_refused(gateway: GatewayProcess, http: httpx.Client) -> None:
    for method, path in (("POST", INFER), ("GET", "/v2"), ("GET", "/v2/models/affine")):
        answer = http.request(
            method, gateway.url + path, content=BODY if method == "POST" else None
        )
        assert answer.status_code == 401, (path, answer.text)
        assert _problem(answer)["type"] == PROBLEM_UNAUTHORIZED
        assert answer.headers["www-authenticate"].startswith("Bearer realm=")
    # Health probes stay open for load balancers; so do the public keys and directory.
    assert http.get(gateway.url + "/v2/health/ready").status_code == 200
    assert http.get(gateway.url + "/.well-known/ohttp-gateway").status_code == 200
    directory = http.get(gateway.url + "/.well-known/private-token-issuer-directory")
    assert directory.status_code == 200 and directory.json()["token-keys"]


def test_bearer_caller_is_served_and_a_wrong_token_is_not(
    gateway: GatewayProcess, http: httpx.Client
) -> None:
    ok = http.post(gateway.url + INFER, content=BODY, headers={"authorization": f"Bearer {ALICE}"})
    assert ok.status_code == 200, ok.text
    np.testing.assert_allclose(ok.json()["outputs"][0]["data"], [3.0, 5.0, 7.0])
    for value in (f"Bearer {ALICE[:-1]}", f"Bearer {ALICE}x", "Bearer", f"Basic {ALICE}"):
        bad = http.post(gateway.url + INFER, content=BODY, headers={"authorization": value})
        assert bad.status_code == 401
        assert ALICE not in bad.text


def test_ohttp_without_token_is_refused_inside_the_encryption(
    gateway: GatewayProcess, http: httpx.Client
) -> None:
    config = fetch_configs(http, gateway.url)[0]
    inner = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY)
    assert inner.status == 401  # the outer answer was 200 message/ohttp-res (see unseal)
    assert json.loads(inner.content)["type"] == PROBLEM_UNAUTHORIZED
    challenge = dict(inner.headers)[b"www-authenticate"].decode()
    assert "PrivateToken challenge=" in challenge and "token-key=" in challenge


def test_bearer_token_inside_ohttp_is_accepted(gateway: GatewayProcess, http: httpx.Client) -> None:
    # The relay sees neither the credential nor the refusal; the gateway knows the client.
    config = fetch_configs(http, gateway.url)[0]
    inner = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY,
                       headers=[("authorization", f"Bearer {ALICE}")])  # fmt: skip
    assert inner.status == 200
    wrong = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY,
                       headers=[("authorization", f"Bearer {ALICE}0")])  # fmt: skip
    assert wrong.status == 401


def test_sdk_client_spends_one_anonymous_token_per_request(gateway: GatewayProcess) -> None:
    source = PrivateTokenSource(gateway.url, bearer_token=ALICE, batch_size=3)
    endpoint = CloudEndpoint(gateway.url, private_tokens=source)
    with CloudClient(endpoint) as client:
        for _ in range(4):  # crosses a batch boundary: a second batch is fetched
            answer = client.infer("affine", {"x": np.array([[1, 2, 3]], np.float32)})
            assert answer.encrypted
            np.testing.assert_allclose(answer.outputs["y"], [[3.0, 5.0, 7.0]])
    source.close()


@pytest.mark.anyio
async def test_async_client_with_tokens_prefetched_in_a_thread(gateway: GatewayProcess) -> None:
    import anyio

    source = PrivateTokenSource(gateway.url, bearer_token=ALICE, batch_size=2)
    async with AsyncCloudClient(CloudEndpoint(gateway.url, private_tokens=source)) as client:
        config = (await client.fetch_key_configs())[0]
        assert await anyio.to_thread.run_sync(source.prefetch, config.encode()) == 2
        for _ in range(2):
            answer = await client.infer("affine", {"x": np.array([[1, 2, 3]], np.float32)})
            np.testing.assert_allclose(answer.outputs["y"], [[3.0, 5.0, 7.0]])
    source.close()


def test_reused_and_foreign_tokens_are_refused(gateway: GatewayProcess, http: httpx.Client) -> None:
    config = fetch_configs(http, gateway.url)[0]
    source = PrivateTokenSource(gateway.url, bearer_token=BOB, batch_size=2)
    token = source.authorization(config.encode())
    first = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY,
                       headers=[("authorization", token)])  # fmt: skip
    assert first.status == 200
    replayed = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY,
                          headers=[("authorization", token)])  # fmt: skip
    assert replayed.status == 401 and b"already redeemed" in replayed.content
    # A token bound to another gateway's key is worthless here, even freshly minted.
    other = generate_key_config(config.key_id)[0]
    foreign = source.authorization(other.encode())
    refused = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY,
                         headers=[("authorization", foreign)])  # fmt: skip
    assert refused.status == 401 and b"not for this gateway key" in refused.content
    # A tampered token (one flipped bit of the signature) is refused.
    tampered = source.authorization(config.encode())
    flipped = tampered[:-6] + ("A" if tampered[-6] != "A" else "B") + tampered[-5:]
    bad = ohttp_call(http, gateway.url, config, "POST", INFER, body=BODY,
                     headers=[("authorization", flipped)])  # fmt: skip
    assert bad.status == 401
    source.close()


def test_pinned_issuer_key_ids(gateway: GatewayProcess, http: httpx.Client) -> None:
    directory = http.get(gateway.url + "/.well-known/private-token-issuer-directory").json()
    key = public_key_from_pss_spki(b64url_decode(directory["token-keys"][0]["token-key"]))
    right = token_key_id(key).hex()
    config = fetch_configs(http, gateway.url)[0].encode()
    good = PrivateTokenSource(gateway.url, bearer_token=BOB, batch_size=1, token_key_ids=[right])
    assert good.authorization(config).startswith("PrivateToken token=")
    bad = PrivateTokenSource(gateway.url, bearer_token=BOB, token_key_ids=["00" * 32])
    with pytest.raises(KeyPinMismatchError, match="not one of the pinned"):
        bad.authorization(config)
    good.close()
    bad.close()


def test_issuance_needs_a_bearer_client(gateway: GatewayProcess, http: httpx.Client) -> None:
    url = gateway.url + "/token-request"
    headers = {"content-type": "application/private-token-request"}
    assert http.post(url, content=b"\x00\x02" + bytes(257), headers=headers).status_code == 401
    authed = {**headers, "authorization": f"Bearer {BOB}"}
    assert http.post(url, content=b"\x00\x02\x01", headers=authed).status_code == 422
    wrong_type = {"content-type": "text/plain", "authorization": f"Bearer {BOB}"}
    assert http.post(url, content=b"x", headers=wrong_type).status_code == 415
    with pytest.raises(GatewayError) as refused:
        PrivateTokenSource(gateway.url, bearer_token="nobody-" + "x" * 20).authorization(b"\x01")
    assert refused.value.status == 401


def test_metrics_need_their_own_token(gateway: GatewayProcess, http: httpx.Client) -> None:
    assert http.get(gateway.url + "/metrics").status_code == 401
    as_client = http.get(gateway.url + "/metrics", headers={"authorization": f"Bearer {ALICE}"})
    assert as_client.status_code == 401  # a client token is not the metrics token
    scraped = http.get(gateway.url + "/metrics", headers={"authorization": f"Bearer {METRICS}"})
    assert scraped.status_code == 200 and "hybridsdk_gateway" in scraped.text
    samples = parse_prometheus(scraped.text)
    assert samples["hybridsdk_gateway_unauthorized_total"] >= 5  # the refusals above


def test_a_flooding_client_does_not_starve_another(
    gateway: GatewayProcess, http: httpx.Client
) -> None:
    flood = [
        http.post(gateway.url + INFER, content=BODY, headers={"authorization": f"Bearer {MALLORY}"})
        for _ in range(40)  # bounded: burst 10, then ~2/s
    ]
    codes = [r.status_code for r in flood]
    assert codes.count(429) >= 20 and codes[:5] == [200] * 5
    limited = next(r for r in flood if r.status_code == 429)
    assert _problem(limited)["type"] == PROBLEM_RATE_LIMITED
    assert int(limited.headers["retry-after"]) >= 1
    scraped = http.get(gateway.url + "/metrics", headers={"authorization": f"Bearer {METRICS}"})
    assert parse_prometheus(scraped.text)["hybridsdk_gateway_rate_limited_total"] >= 20
    for _ in range(5):
        fine = http.post(
            gateway.url + INFER, content=BODY, headers={"authorization": f"Bearer {BOB}"}
        )
        assert fine.status_code == 200


def test_sdk_client_without_tokens_gets_a_clear_typed_error(gateway: GatewayProcess) -> None:
    with CloudClient(CloudEndpoint(gateway.url)) as client, pytest.raises(GatewayError) as error:
        client.infer("affine", {"x": np.array([[1, 2, 3]], np.float32)})
    assert error.value.status == 401
    assert error.value.problem_type == PROBLEM_UNAUTHORIZED
    assert "PrivateToken" in str(error.value)


def test_no_secret_in_the_gateway_log(gateway: GatewayProcess) -> None:
    # Last in this module: every secret above has been sent, right and wrong.
    log = gateway.log()
    assert "ohttp-inner POST" in log  # the log is there and has the requests
    for secret in (ALICE, BOB, MALLORY, METRICS, ALICE[:-1]):
        assert secret not in log
    assert "PrivateToken token=" not in log
