"""The gateway application in-process (httpx ASGITransport), with a fake clock and a tiny
ONNX model: every endpoint, OHTTP errors outside and inside the encryption, replay, Date,
idempotency, size limit, upstream faults, metrics and log hygiene."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.gateway._models import ServedModel
from hybridsdk.gateway._problems import PROBLEM_DATE, PROBLEM_OHTTP_KEY, PROBLEM_REPLAY
from hybridsdk.gateway._replay import http_date
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import encapsulate_request
from tests._fakes import FakeTime
from tests._gateway_process import build_affine_zoo, infer_body, seal
from tests._prometheus import parse_prometheus
from tests.gateway._asgi import GATEWAY, call, keys_of, opened, post_sealed, problem, serve

pytestmark = pytest.mark.anyio

ROWS = [[1.0, 2.0, 3.0], [-1.0, 0.0, 0.5]]
EXPECTED = [[3.0, 5.0, 7.0], [-1.0, 1.0, 2.0]]


@pytest.fixture
def zoo(tmp_path: Path) -> Path:
    return build_affine_zoo(tmp_path / "zoo")


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime(1_700_000_000.0)


def make_app(zoo: Path, clock: FakeTime, **settings: Any) -> Any:
    return create_app(GatewayConfig(models_dir=zoo, **settings), clock=clock)


# --- plain OIP ---------------------------------------------------------------------------


async def test_plain_endpoints(zoo: Path, clock: FakeTime) -> None:
    async with serve(make_app(zoo, clock)) as client:
        assert (await client.get("/v2")).json()["name"] == "hybridsdk-gateway"
        assert (await client.get("/v2/health/live")).json() == {"live": True}
        assert (await client.get("/v2/health/ready")).json() == {"ready": True}
        meta = (await client.get("/v2/models/affine")).json()
        assert meta == {
            "name": "affine",
            "versions": ["1"],
            "platform": "onnxruntime_onnx",
            "inputs": [{"name": "x", "datatype": "FP32", "shape": [-1, 3]}],
            "outputs": [{"name": "y", "datatype": "FP32", "shape": [-1, 3]}],
        }
        assert (await client.get("/v2/models/affine/versions/1")).json() == meta
        assert (await client.get("/v2/models/affine/ready")).json() == {
            "name": "affine",
            "ready": True,
        }
        body = json.loads(infer_body("x", ROWS))
        body["id"] = "req-7"
        answer = await client.post("/v2/models/affine/infer", json=body)
        assert answer.status_code == 200
        out = answer.json()
        assert out["model_name"] == "affine" and out["id"] == "req-7"
        (tensor,) = out["outputs"]
        assert tensor["name"] == "y" and tensor["datatype"] == "FP32" and tensor["shape"] == [2, 3]
        assert np.allclose(np.reshape(tensor["data"], (2, 3)), EXPECTED)
        answer = await client.post("/v2/models/affine/versions/1/infer", json=body)
        assert answer.status_code == 200


@pytest.mark.parametrize(
    "method, path, kwargs, status, fragment",
    [
        ("GET", "/v2/models/nope", {}, 404, "no model named 'nope'"),
        ("GET", "/v2/models/affine/versions/2", {}, 404, "only version 1"),
        ("POST", "/v2/models/nope/infer", {"content": infer_body("x", ROWS)}, 404, "nope"),
        ("GET", "/v2/models/affine/infer", {}, 405, "takes POST"),
        ("POST", "/v2", {}, 405, "takes GET"),
        ("GET", "/v2/repository/index", {}, 404, "no Open Inference Protocol route"),
        ("GET", "/admin", {}, 404, "no such resource"),
        ("DELETE", "/metrics", {}, 405, "not allowed"),
        ("POST", "/v2/models/affine/infer", {"content": b"{not json"}, 400, "not valid JSON"),
        ("POST", "/v2/models/affine/infer", {"content": infer_body("z", ROWS)}, 400, "missing"),
        (
            "POST",
            "/v2/models/affine/infer",
            {"content": infer_body("x", [[1.0, 2.0]])},
            400,
            "shape",
        ),
        (
            "POST",
            "/v2/models/affine/infer",
            {"content": infer_body("x", ROWS).replace(b"FP32", b"FP64")},
            400,
            "must be FP32",
        ),
        (
            "POST",
            "/v2/models/affine/infer",
            {"content": infer_body("x", ROWS)[:-1] + b',"outputs":[{"name":"w"}]}'},
            400,
            "cannot return",
        ),
        (
            "POST",
            "/v2/models/affine/infer",
            {"content": infer_body("x", ROWS), "headers": {"content-type": "text/plain"}},
            415,
            "application/json",
        ),
        (
            "POST",
            "/v2/models/affine/infer",
            {
                "content": infer_body("x", ROWS),
                "headers": {"inference-header-content-length": "10"},
            },
            400,
            "binary tensor extension",
        ),
    ],
)
async def test_plain_errors_are_problems(
    zoo: Path,
    clock: FakeTime,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    fragment: str,
) -> None:
    async with serve(make_app(zoo, clock)) as client:
        answer = await client.request(method, path, **kwargs)
        assert answer.status_code == status
        assert fragment in problem(answer)["detail"]


async def test_size_limit(zoo: Path, clock: FakeTime) -> None:
    async with serve(make_app(zoo, clock, max_body_bytes=200)) as client:
        big = infer_body("x", [[1.0, 2.0, 3.0]] * 20)
        for path in ("/v2/models/affine/infer", GATEWAY):
            answer = await client.post(path, content=big)
            assert answer.status_code == 413
            assert "limit of 200 bytes" in problem(answer)["detail"]

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length to trust
            for _ in range(10):
                yield b"x" * 50

        answer = await client.post("/v2/models/affine/infer", content=chunks())
        assert answer.status_code == 413
        small = await client.post("/v2/models/affine/infer", content=infer_body("x", ROWS))
        assert small.status_code == 200


# --- OHTTP -------------------------------------------------------------------------------


async def test_ohttp_round_trip_same_answers_as_plain(zoo: Path, clock: FakeTime) -> None:
    async with serve(make_app(zoo, clock)) as client:
        config = await keys_of(client)
        inner = await call(
            client, config, clock, "POST", "/v2/models/affine/infer", body=infer_body("x", ROWS)
        )
        assert inner.status == 200
        assert inner.header("content-type") == b"application/json"
        plain = await client.post("/v2/models/affine/infer", content=infer_body("x", ROWS))
        assert json.loads(inner.content) == plain.json()
        meta = await call(client, config, clock, "GET", "/v2/models/affine")
        assert json.loads(meta.content)["platform"] == "onnxruntime_onnx"
        ready = await call(client, config, clock, "GET", "/v2/health/ready")
        assert ready.status == 200
        # Errors after decryption stay inside: the outer answer is a 200 either way.
        missing = await call(client, config, clock, "GET", "/v2/models/nope")
        assert missing.status == 404 and "nope" in problem(missing)["detail"]
        bad = await call(
            client, config, clock, "POST", "/v2/models/affine/infer", body=b'{"inputs": 3}'
        )
        assert bad.status == 400 and "inputs" in problem(bad)["detail"]
        not_oip = await call(client, config, clock, "GET", "/metrics")
        assert not_oip.status == 404  # only OIP routes are reachable through OHTTP


async def test_errors_before_decapsulation_are_plain_problems(zoo: Path, clock: FakeTime) -> None:
    async with serve(make_app(zoo, clock)) as client:
        config = await keys_of(client)
        enc, _ = seal(config, "GET", "/v2", date_s=clock.now)

        answer = await client.post(GATEWAY, content=enc, headers={"content-type": "text/plain"})
        assert answer.status_code == 415 and problem(answer)

        other, _ = generate_key_config((config.key_id + 1) % 256)
        stranger, _ = encapsulate_request(other, b"\x00")
        answer = await post_sealed(client, stranger)
        assert answer.status_code == 400
        assert problem(answer)["type"] == PROBLEM_OHTTP_KEY

        # Same key id, a suite the key does not offer (HKDF-SHA512 / AES-128-GCM).
        unsupported = enc[:3] + (3).to_bytes(2, "big") + enc[5:]
        answer = await post_sealed(client, unsupported)
        assert answer.status_code == 400
        assert problem(answer)["type"] == PROBLEM_OHTTP_KEY

        tampered = enc[:-1] + bytes([enc[-1] ^ 1])
        answer = await post_sealed(client, tampered)
        assert answer.status_code == 400
        assert problem(answer)["type"] == "urn:hybridsdk:problem:decrypt-failed"

        answer = await post_sealed(client, enc[:5])
        assert answer.status_code == 400 and problem(answer)

        samples = parse_prometheus((await client.get("/metrics")).text)
        assert samples["hybridsdk_gateway_key_errors_total"] == 2
        assert samples["hybridsdk_gateway_decrypt_failures_total"] == 2


async def test_replayed_request_is_rejected_inside(zoo: Path, clock: FakeTime) -> None:
    async with serve(make_app(zoo, clock)) as client:
        config = await keys_of(client)
        enc, ctx = seal(
            config, "POST", "/v2/models/affine/infer", body=infer_body("x", ROWS), date_s=clock.now
        )
        assert opened(ctx, await post_sealed(client, enc)).status == 200
        again = opened(ctx, await post_sealed(client, enc))
        assert again.status == 400
        assert problem(again)["type"] == PROBLEM_REPLAY
        samples = parse_prometheus((await client.get("/metrics")).text)
        assert samples["hybridsdk_gateway_replays_rejected_total"] == 1


@pytest.mark.parametrize("skew_s", [-120.0, 120.0, None])
async def test_stale_or_missing_date_gets_date_problem_inside(
    zoo: Path, clock: FakeTime, skew_s: float | None
) -> None:
    async with serve(make_app(zoo, clock)) as client:
        config = await keys_of(client)
        date_s = None if skew_s is None else clock.now + skew_s
        inner = await call(client, config, clock, "GET", "/v2/health/ready", date_s=date_s)
        assert inner.status == 400
        assert problem(inner)["type"] == PROBLEM_DATE
        assert inner.header("date") == http_date(clock.now).encode()
        samples = parse_prometheus((await client.get("/metrics")).text)
        assert samples["hybridsdk_gateway_dates_rejected_total"] == 1


async def test_date_window_is_configurable(zoo: Path, clock: FakeTime) -> None:
    async with serve(make_app(zoo, clock, date_window_s=300)) as client:
        config = await keys_of(client)
        inner = await call(client, config, clock, "GET", "/v2", date_s=clock.now - 200)
        assert inner.status == 200


async def test_idempotency_plain_and_ohttp(
    zoo: Path, clock: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[int] = []
    original = ServedModel.run

    def counting_run(self: ServedModel, feeds: Any, outputs: Any) -> Any:
        runs.append(1)
        return original(self, feeds, outputs)

    monkeypatch.setattr(ServedModel, "run", counting_run)
    async with serve(make_app(zoo, clock)) as client:
        path = "/v2/models/affine/infer"
        headers = {"idempotency-key": '"plain-1"'}
        first = await client.post(path, content=infer_body("x", ROWS), headers=headers)
        second = await client.post(path, content=infer_body("x", ROWS), headers=headers)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert second.headers["idempotent-replayed"] == "true"
        assert len(runs) == 1
        conflict = await client.post(path, content=infer_body("x", EXPECTED), headers=headers)
        assert conflict.status_code == 422 and problem(conflict)

        config = await keys_of(client)
        key = [("idempotency-key", '"ohttp-1"')]
        body = infer_body("x", ROWS)
        a = await call(client, config, clock, "POST", path, body=body, headers=key)
        b = await call(client, config, clock, "POST", path, body=body, headers=key)
        assert a.status == b.status == 200 and a.content == b.content
        assert len(runs) == 2
        c = await call(
            client, config, clock, "POST", path, body=infer_body("x", EXPECTED), headers=key
        )
        assert c.status == 422
        assert problem(c)["type"] == "urn:hybridsdk:problem:idempotency-key-reused"
        samples = parse_prometheus((await client.get("/metrics")).text)
        assert samples["hybridsdk_gateway_idempotent_hits_total"] == 2


async def test_logs_hold_no_payload_or_key_material(
    zoo: Path, clock: FakeTime, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    from hybridsdk.gateway._keystore import generate_keys

    caplog.set_level(logging.DEBUG)
    stored = generate_keys(tmp_path / "keys")
    app = make_app(zoo, clock, keys_path=tmp_path / "keys")
    marker_rows = [[1234.5678, 8765.4321, 1111.2222]]
    async with serve(app) as client:
        config = await keys_of(client)
        body = infer_body("x", marker_rows)
        headers = [("idempotency-key", '"idem-secret-marker"')]
        enc, ctx = seal(
            config, "POST", "/v2/models/affine/infer", body=body, date_s=clock.now, headers=headers
        )
        inner = opened(ctx, await post_sealed(client, enc))
        assert inner.status == 200
        await client.post("/v2/models/affine/infer", content=body)
        await client.post("/v2/models/affine/infer", content=b'{"secret-bad-json')
        await call(client, config, clock, "GET", "/v2/models/secret-model-name")
    text = caplog.text
    assert "ohttp-inner POST /v2/models/{name}/infer 200" in text
    assert "plain POST /v2/models/{name}/infer 200" in text
    forbidden = [
        "1234.5678",
        "8765.43",
        "idem-secret-marker",
        "secret-bad-json",
        "secret-model-name",
        stored.private_key.hex(),
        enc.hex()[:32],
        enc[7:39].hex(),
        inner.content.decode()[:40],
    ]
    for needle in forbidden:
        assert needle not in text, needle
    assert stored.config.fingerprint in text  # the fingerprint, and only that, is logged


# --- upstream ----------------------------------------------------------------------------


async def test_upstream_forwarding_and_faults(clock: FakeTime) -> None:
    seen: list[tuple[str, str, bytes]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.raw_path.decode(), request.content))
        name = request.url.path.split("/")[3] if request.url.path.startswith("/v2/models/") else ""
        if name == "down":
            raise httpx.ConnectError("refused")
        if name == "slow":
            raise httpx.ReadTimeout("slow")
        if name == "broken":
            return httpx.Response(500, json={"error": "CUDA out of memory"})
        if name == "picky":
            return httpx.Response(400, json={"error": "input 'x' has wrong shape"})
        if request.url.path == "/v2/health/ready":
            return httpx.Response(200)
        return httpx.Response(200, json={"model_name": name, "outputs": []})

    app = create_app(
        GatewayConfig(upstream_url="http://upstream:9000/"),
        clock=clock,
        upstream_transport=httpx.MockTransport(handler),
    )
    async with serve(app) as client:
        ok = await client.post("/v2/models/m%20x/infer", content=b'{"inputs":[]}')
        assert ok.status_code == 200 and ok.json()["model_name"] == "m x"
        assert seen[-1] == ("POST", "/v2/models/m%20x/infer", b'{"inputs":[]}')
        assert (await client.get("/v2/health/ready")).status_code == 200
        down = await client.post("/v2/models/down/infer", content=b"{}")
        assert down.status_code == 502 and "unreachable" in problem(down)["detail"]
        slow = await client.get("/v2/models/slow")
        assert slow.status_code == 504 and problem(slow)
        broken = await client.post("/v2/models/broken/infer", content=b"{}")
        assert broken.status_code == 502 and "CUDA" in problem(broken)["detail"]
        picky = await client.post("/v2/models/picky/infer", content=b"{}")
        assert picky.status_code == 400 and "wrong shape" in problem(picky)["detail"]
        count = len(seen)
        assert (await client.get("/v2/repository/index")).status_code == 404
        assert len(seen) == count  # not an open proxy
        # Through OHTTP: an upstream failure is a 502 inside the encrypted response.
        config = await keys_of(client)
        inner = await call(client, config, clock, "POST", "/v2/models/down/infer", body=b"{}")
        assert inner.status == 502 and problem(inner)
        samples = parse_prometheus((await client.get("/metrics")).text)
        assert samples["hybridsdk_gateway_upstream_errors_total"] == 4
