"""examples/camera runs as shipped: device signals change the route, uploads defer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("onnxruntime")

REPO = Path(__file__).resolve().parents[2]
CAMERA = REPO / "examples" / "camera" / "camera.py"


def _camera(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(CAMERA), "--frames", "64", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_a_cool_board_answers_on_the_device() -> None:
    result = _camera("--board", "cool")
    assert result["routes"] == {"local": 8} and result["batch_size"] == 8
    assert result["accuracy"] >= 0.95  # the trained CNN, on noisy held-out digits


def test_a_hot_board_offloads_to_the_gateway(gateway_process: Any) -> None:
    pytest.importorskip("uvicorn")
    url = gateway_process.url.rstrip("/")
    cool = _camera("--board", "cool", "--cloud", url)
    hot = _camera("--board", "hot", "--cloud", url)
    assert "cloud" not in cool["routes"]
    assert hot["routes"] == {"cloud": 8} and hot["reasons"]["device_hot"] == 8
    assert hot["accuracy"] == cool["accuracy"]  # the same CNN answered on the gateway
    assert hot["security_ok"]


def test_uploads_wait_in_the_outbox_when_the_gateway_is_down(tmp_path: Path) -> None:
    outbox = str(tmp_path / "camera.sqlite3")
    args = ("--board", "low-battery", "--cloud", "http://127.0.0.1:9", "--defer")
    result = _camera(*args, "--outbox", outbox)
    assert result["reasons"]["battery_low"] == 8
    assert result["outbox"]["pending"] >= 1
    assert sum(result["routes"].values()) == 8  # every batch got an outcome
