"""One Privacy Pass token, two real gateway replicas, one real Valkey/Redis store: the
token is redeemable once across both; and a store outage refuses redemptions (503)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from hybridsdk.cloud._token_source import PrivateTokenSource
from tests._gateway_process import (
    GatewayProcess,
    build_affine_zoo,
    fetch_configs,
    infer_body,
    ohttp_call,
    run_gateway,
)
from tests._state_server import StateServer, require_server_binary, start_server

pytestmark = pytest.mark.slow  # two gateway processes and a store server

SECRET = "kiosk-" + secrets.token_urlsafe(24)
INFER = "/v2/models/affine/infer"
BODY = infer_body("x", [[1.0, 2.0, 3.0]])


@pytest.fixture(scope="module")
def replicas(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[StateServer, GatewayProcess, GatewayProcess]]:
    require_server_binary()
    root = tmp_path_factory.mktemp("auth-replicas")
    store = start_server(root / "valkey")
    zoo = build_affine_zoo(root / "zoo")
    tokens = root / "tokens"
    tokens.write_text(f"kiosk:{SECRET}\n")
    os.chmod(tokens, 0o600)
    issuer = root / "issuer"
    subprocess.run(
        [sys.executable, "-m", "hybridsdk.cli", "issuer", "generate", "--keys", str(issuer)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    args = ["--models", str(zoo), "--state-url", store.url, "--bearer-tokens", str(tokens),
            "--issuer-keys", str(issuer)]  # fmt: skip
    keys = root / "keys"
    try:
        with (
            run_gateway(*args, keys_dir=keys, log_dir=root) as a,
            run_gateway(*args, keys_dir=keys, log_dir=root) as b,
        ):
            yield store, a, b
    finally:
        store.stop()


def test_a_token_spent_on_one_replica_is_refused_by_the_other(
    replicas: tuple[StateServer, GatewayProcess, GatewayProcess],
) -> None:
    _, a, b = replicas
    with httpx.Client(timeout=10.0) as http:
        config = fetch_configs(http, a.url)[0]
        assert fetch_configs(http, b.url)[0] == config  # same key directory
        source = PrivateTokenSource(a.url, bearer_token=SECRET, batch_size=2)
        token = source.authorization(config.encode())
        auth = [("authorization", token)]
        assert ohttp_call(http, a.url, config, "POST", INFER, body=BODY, headers=auth).status == 200
        again = ohttp_call(http, b.url, config, "POST", INFER, body=BODY, headers=auth)
        assert again.status == 401 and b"already redeemed" in again.content
        # The other token of the batch is still good, on either replica.
        other = [("authorization", source.authorization(config.encode()))]
        assert (
            ohttp_call(http, b.url, config, "POST", INFER, body=BODY, headers=other).status == 200
        )
        source.close()


def test_store_outage_refuses_redemption(
    replicas: tuple[StateServer, GatewayProcess, GatewayProcess],
) -> None:
    store, a, _ = replicas
    with httpx.Client(timeout=10.0) as http:
        config = fetch_configs(http, a.url)[0]
        source = PrivateTokenSource(a.url, bearer_token=SECRET, batch_size=1)
        auth = [("authorization", source.authorization(config.encode()))]
        source.close()
        store.stop()  # last test of the module: the store stays down
        answer = ohttp_call(http, a.url, config, "POST", INFER, body=BODY, headers=auth)
        assert answer.status == 503, answer.content
        assert "retry-after" in {k.decode() for k, _ in answer.headers}
        assert json.loads(answer.content)["status"] == 503
