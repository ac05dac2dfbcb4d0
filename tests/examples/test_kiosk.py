"""examples/kiosk runs as shipped: on the device, with a real gateway, and offline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("onnxruntime")

REPO = Path(__file__).resolve().parents[2]
KIOSK = REPO / "examples" / "kiosk" / "kiosk.py"
QUESTIONS = (
    "what is my bank balance\n"
    "my card 4111 1111 1111 1111 was declined\n"
    "\n"
    "please email jane.doe@example.com my flight status\n"
)


def _kiosk(*args: str, stdin: str = QUESTIONS) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, str(KIOSK), "--json", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_kiosk_on_the_device_alone() -> None:
    balance, card, email = _kiosk()
    assert balance["intent"] == "balance" and balance["route"] == "local"
    assert card["intent"] == "card_declined" and "privacy.keep_local" in card["reasons"]
    assert "privacy.pseudonymise" in email["reasons"]


def test_kiosk_with_a_gateway(gateway_process: Any, tmp_path: Path) -> None:
    pytest.importorskip("uvicorn")
    url = gateway_process.url.rstrip("/")
    balance, card, email = _kiosk("--cloud", url, "--outbox", str(tmp_path / "k.sqlite3"))
    assert balance["intent"] == "balance"
    assert card["route"] == "local" and "privacy_restricted" in card["reasons"]
    assert email["intent"] == "flight_status"
    assert email["route"] in ("local", "cascade")  # unsure answers may go up, pseudonymised


def test_kiosk_keeps_answering_offline_and_defers(tmp_path: Path) -> None:
    outbox = tmp_path / "k.sqlite3"
    answers = _kiosk("--cloud", "http://127.0.0.1:9", "--outbox", str(outbox), "--defer")
    assert len(answers) == 3
    assert {a["route"] for a in answers} <= {"local", "degraded", "deferred"}
    assert all(a.get("reply") for a in answers)


def test_the_systemd_unit_runs_the_kiosk() -> None:
    unit = (REPO / "examples" / "kiosk" / "hybridsdk-kiosk.service").read_text()
    assert "[Service]" in unit and "[Install]" in unit
    assert "kiosk.py" in unit and "--outbox /var/lib/hybridsdk-kiosk/" in unit
    assert "KillSignal=SIGTERM" in unit
