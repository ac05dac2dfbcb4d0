"""The true path: real `hybridsdk gateway` processes on 127.0.0.1, real sockets, real keys
on disk, the real zoo model, a second gateway as the upstream of the first."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from hybridsdk.gateway._problems import PROBLEM_DATE, PROBLEM_OHTTP_KEY, PROBLEM_REPLAY
from hybridsdk.wire._keyconfig import generate_key_config, parse_key_configs
from hybridsdk.wire._ohttp import encapsulate_request
from tests._gateway_process import (
    MODEL,
    GatewayProcess,
    digits,
    fetch_configs,
    local_probabilities,
    ohttp_call,
    run_gateway,
    seal,
    unseal,
)
from tests._prometheus import parse_prometheus

# 13.6875 is exact in float32 and prints the same way in every float format the gateway
# could use (repr, f"{:.4f}", JSON).
SENTINEL_PIXEL = 13.6875
SENTINEL_TEXT = "13.6875"


def body_of(pixels: np.ndarray) -> bytes:
    return json.dumps(
        {
            "inputs": [
                {
                    "name": "pixels",
                    "shape": list(pixels.shape),
                    "datatype": "FP32",
                    "data": pixels.reshape(-1).tolist(),
                }
            ]
        }
    ).encode()


def probabilities_of(body: bytes) -> np.ndarray:
    (out,) = json.loads(body)["outputs"]
    assert out["name"] == "probabilities" and out["datatype"] == "FP32"
    return np.asarray(out["data"], dtype=np.float32).reshape(out["shape"])


@pytest.fixture(scope="module")
def http() -> Any:
    with httpx.Client(timeout=10.0) as client:
        yield client


def test_plain_endpoints_over_a_socket(gateway_process: GatewayProcess, http: httpx.Client) -> None:
    url = gateway_process.url
    assert http.get(f"{url}/v2/health/live").status_code == 200
    assert http.get(f"{url}/v2/health/ready").json() == {"ready": True}
    assert http.get(f"{url}/v2").json()["name"] == "hybridsdk-gateway"
    meta = http.get(f"{url}/v2/models/{MODEL}").json()
    assert meta["inputs"] == [{"name": "pixels", "datatype": "FP32", "shape": [-1, 64]}]
    assert meta["outputs"] == [{"name": "probabilities", "datatype": "FP32", "shape": [-1, 10]}]
    assert http.get(f"{url}/v2/models/{MODEL}/ready").json()["ready"] is True
    assert http.get(f"{url}/v2/models/digits-linear-fp32-tflite").status_code == 404
    pixels = digits(8)
    answer = http.post(f"{url}/v2/models/{MODEL}/infer", content=body_of(pixels))
    assert answer.status_code == 200
    np.testing.assert_allclose(
        probabilities_of(answer.content), local_probabilities(pixels), rtol=1e-5, atol=1e-6
    )
    big = http.post(f"{url}/v2/models/{MODEL}/infer", content=b"x" * (2 << 20))
    assert big.status_code == 413
    assert big.headers["content-type"] == "application/problem+json"


def test_ohttp_over_a_socket(gateway_process: GatewayProcess, http: httpx.Client) -> None:
    url = gateway_process.url
    (config,) = fetch_configs(http, url)
    pixels = digits(4)
    # A pixel value no log line has a reason to print (timings such as "25.0ms" do contain
    # short numbers like "5.0", which made the old check fail by chance on slower boards).
    pixels[0, 2] = SENTINEL_PIXEL
    inner = ohttp_call(http, url, config, "POST", f"/v2/models/{MODEL}/infer", body=body_of(pixels))
    assert inner.status == 200
    np.testing.assert_allclose(
        probabilities_of(inner.content), local_probabilities(pixels), rtol=1e-5, atol=1e-6
    )

    # Replay: the same bytes again.
    enc, ctx = seal(config, "GET", "/v2/health/ready", date_s=time.time())
    post = {"headers": {"content-type": "message/ohttp-req"}}
    assert (
        unseal(ctx, http.post(f"{url}/.well-known/ohttp-gateway", content=enc, **post)).status
        == 200
    )
    replayed = unseal(ctx, http.post(f"{url}/.well-known/ohttp-gateway", content=enc, **post))
    assert replayed.status == 400 and json.loads(replayed.content)["type"] == PROBLEM_REPLAY

    # A Date an hour old: the date problem, with the gateway's own Date.
    stale = ohttp_call(http, url, config, "GET", "/v2", date_s=time.time() - 3600)
    assert stale.status == 400 and json.loads(stale.content)["type"] == PROBLEM_DATE
    gateway_date = stale.header("date")
    assert gateway_date is not None and gateway_date.endswith(b"GMT")

    # A key the gateway does not hold: plain 400 ohttp-key, so the client refetches.
    other, _ = generate_key_config((config.key_id + 1) % 256)
    stranger, _ = encapsulate_request(other, b"\x00")
    answer = http.post(f"{url}/.well-known/ohttp-gateway", content=stranger, **post)
    assert answer.status_code == 400
    assert answer.json()["type"] == PROBLEM_OHTTP_KEY

    samples = parse_prometheus(http.get(f"{url}/metrics").text)
    assert samples["hybridsdk_gateway_replays_rejected_total"] >= 1
    assert samples["hybridsdk_gateway_dates_rejected_total"] >= 1
    assert samples["hybridsdk_gateway_key_errors_total"] >= 1
    key = (
        'hybridsdk_gateway_requests_total{route="/v2/models/{name}/infer",method="POST",'
        'status="200",transport="ohttp-inner"}'
    )
    assert samples[key] >= 1

    log = gateway_process.log()
    assert config.fingerprint in log
    assert "ohttp-inner POST /v2/models/{name}/infer 200" in log
    assert SENTINEL_TEXT not in log  # no payload numbers
    # The model name appears only in the start-up lines, never in access logs.
    assert all("serving model" in line for line in log.splitlines() if MODEL in line)


def test_rotation_serves_old_and_new_key_without_restart(
    tmp_path: Path, http: httpx.Client
) -> None:
    keys = tmp_path / "keys"
    with run_gateway(keys_dir=keys, log_dir=tmp_path) as gateway:
        (old,) = fetch_configs(http, gateway.url)
        subprocess.run(
            [sys.executable, "-m", "hybridsdk.cli", "keys", "rotate", "--keys", str(keys)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        new, previous = fetch_configs(http, gateway.url)
        assert previous == old and new.key_id != old.key_id
        for config in (new, old):
            assert ohttp_call(http, gateway.url, config, "GET", "/v2/health/ready").status == 200
        subprocess.run(
            [
                sys.executable,
                "-m",
                "hybridsdk.cli",
                "keys",
                "rotate",
                "--keys",
                str(keys),
                "--retire",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        assert fetch_configs(http, gateway.url) == [new]
        enc, _ = seal(old, "GET", "/v2", date_s=time.time())
        answer = http.post(
            f"{gateway.url}/.well-known/ohttp-gateway",
            content=enc,
            headers={"content-type": "message/ohttp-req"},
        )
        assert answer.status_code == 400 and answer.json()["type"] == PROBLEM_OHTTP_KEY
        assert ohttp_call(http, gateway.url, new, "GET", "/v2").status == 200
        collection = http.get(f"{gateway.url}/.well-known/ohttp-gateway").content
        assert parse_key_configs(collection) == [new]


def test_forwarding_to_an_upstream_gateway(
    gateway_process: GatewayProcess, tmp_path: Path, http: httpx.Client
) -> None:
    with run_gateway("--upstream", gateway_process.url, log_dir=tmp_path) as front:
        assert "ephemeral OHTTP key" in front.log()
        pixels = digits(3)
        expected = local_probabilities(pixels)
        plain = http.post(f"{front.url}/v2/models/{MODEL}/infer", content=body_of(pixels))
        assert plain.status_code == 200
        np.testing.assert_allclose(probabilities_of(plain.content), expected, rtol=1e-5, atol=1e-6)
        (config,) = fetch_configs(http, front.url)
        inner = ohttp_call(
            http,
            front.url,
            config,
            "POST",
            f"/v2/models/{MODEL}/infer",
            body=body_of(pixels),
            headers=[("idempotency-key", '"fwd-1"')],
        )
        assert inner.status == 200
        np.testing.assert_allclose(probabilities_of(inner.content), expected, rtol=1e-5, atol=1e-6)
        meta = ohttp_call(http, front.url, config, "GET", f"/v2/models/{MODEL}")
        assert json.loads(meta.content)["platform"] == "onnxruntime_onnx"
        missing = ohttp_call(http, front.url, config, "GET", "/v2/models/nope")
        assert missing.status == 404  # the upstream's problem, passed through
        assert b"no model named 'nope'" in missing.content
    # With the upstream gone the front gateway answers 502 (checked in-process elsewhere).
