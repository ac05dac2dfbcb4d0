"""examples/mobile_backend runs as shipped: a uvicorn process on loopback, a real
gateway, per-request privacy labels, Prometheus metrics, and a clean SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("uvicorn")

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "examples" / "mobile_backend" / "app.py"
ZERO = [0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0,
        0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
        0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def backend(gateway_process: Any, tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = _free_port()
    log = (tmp_path / "backend.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(APP), "--port", str(port), "--cloud", gateway_process.url,
         "--outbox", str(tmp_path / "backend.sqlite3")],
        stdout=log, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, (tmp_path / "backend.log").read_text()
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def test_the_backend_answers_measures_and_shuts_down_cleanly(
    backend: tuple[str, subprocess.Popen[str]], tmp_path: Path
) -> None:
    url, proc = backend
    with httpx.Client(base_url=url, timeout=10) as http:
        intent = http.post("/v1/intent", json={"text": "is my flight on time"})
        assert intent.status_code == 200 and intent.json()["intent"] == "flight_status"
        card = http.post(
            "/v1/intent",
            json={"text": "my card 4111 1111 1111 1111 was declined"},
            headers={"X-Privacy-Label": "restricted"},
        )
        assert card.status_code == 200 and card.json()["route"] == "local"
        assert "privacy.keep_local" in card.json()["reasons"]
        bad = http.post("/v1/intent", json={"text": "hi", "privacy": "secret"})
        assert bad.status_code == 422 and "'secret' is not accepted" in bad.json()["error"]
        digit = http.post("/v1/digits", json={"pixels": [ZERO]})
        assert digit.status_code == 200 and digit.json()["digits"] == [0]
        metrics = http.get("/metrics").text
        assert 'backend_requests_total{endpoint="intent",route="local"}' in metrics
        assert 'backend_errors_total{endpoint="intent",error="invalid_input"} 1' in metrics
        assert "backend_request_seconds_count 3" in metrics
        assert "backend_cloud_online 1" in metrics and "backend_security_ok 1" in metrics
    proc.send_signal(signal.SIGTERM)
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status says
    # what stopped it (systemd and Kubernetes count that as a clean stop).
    assert proc.wait(timeout=20) in (0, -signal.SIGTERM)
    log = (tmp_path / "backend.log").read_text()
    assert "shutdown complete" in log and "Traceback" not in log
