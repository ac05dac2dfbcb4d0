"""`hybridsdk bench chaos`, small: a real gateway, the fault proxy, an outage, the outbox."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("onnxruntime")
pytest.importorskip("sklearn")

from benchmarks.chaos import ChaosConfig, format_text, run_chaos
from hybridsdk import ConfigurationError

pytestmark = pytest.mark.slow  # a unit run (-m 'not slow') skips it; CI runs it

REPO = Path(__file__).resolve().parents[2]


def test_small_chaos_run_loses_nothing_and_raises_nothing() -> None:
    # The outage comes early so that 2.1 s of traffic follows it: enough to see the client
    # come back (probe interval 0.5 s, breaker wait 1 s) even on a loaded machine.
    config = ChaosConfig(requests=300, rate=100.0, concurrency=6, seed=3, outage_start=0.1)
    result = run_chaos(config)
    assert result["requests"] == 300
    assert result["answered"] == 300  # every request got a result, none an error
    assert result["lost"] == 0
    assert result["unhandled"] == 0
    assert result["typed_errors"] == 0
    assert result["ok"] + result["degraded"] + result["deferred"] == 300
    assert result["deferred"] > 0  # the outage window made deferrable requests wait
    assert result["delivered_after_outage"] + result["expired"] == result["deferred"]
    assert result["faults_injected"] > 30  # ~30% of the 240 requests outside the outage
    # 60 requests fell in the outage; offline detection and the breaker keep the dead
    # endpoint from seeing anything like 60 x 3 attempts.
    assert 0 < result["calls_during_outage"] < 60
    assert result["recovery_s"] is not None and result["recovery_s"] < 5.0
    assert 0.0 <= result["retry_traffic_ratio"] < 1.0
    assert result["deadline_misses"] <= 3  # wall-clock on a shared machine
    text = format_text(result)
    assert "lost" in text and "calls_during_outage" in text


def test_cli_prints_the_figures_as_json() -> None:
    out = subprocess.run(
        [
            *(sys.executable, "-m", "hybridsdk.cli", "bench", "chaos", "--json"),
            *("--requests", "100", "--rate", "100", "--concurrency", "4"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["requests"] == 100
    assert result["lost"] == 0 and result["unhandled"] == 0
    for key in ("p50_ms", "p99_ms", "recovery_s", "retry_traffic_ratio", "delivered_after_outage"):
        assert key in result


@pytest.mark.parametrize(
    ("field", "value"),
    [("requests", 0), ("rate", 0.0), ("fault_share", 1.5), ("outage_share", -0.1)],
)
def test_bad_settings_are_refused_with_a_clear_error(field: str, value: float) -> None:
    with pytest.raises(ConfigurationError, match=field):
        ChaosConfig(**{field: value})  # type: ignore[arg-type]


def test_outage_window_must_fit_in_the_run() -> None:
    with pytest.raises(ConfigurationError, match="outage_start"):
        ChaosConfig(outage_start=0.9, outage_share=0.2)
