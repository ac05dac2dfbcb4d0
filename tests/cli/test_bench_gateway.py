"""`hybridsdk bench gateway`: a short run against a real gateway process gives figures."""

from __future__ import annotations

import json

import pytest

from hybridsdk.cli._main import main


@pytest.mark.slow
def test_short_gateway_bench_reports_figures(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["bench", "gateway", "--json", "--clients", "8", "--seconds", "0.5"]
    argv += ["--cases", "huge_headers,deep_json"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    sustained = result["sustained"]
    assert sustained["completed"] > 0 and sustained["errors"] == {}
    assert sustained["p50_ms"] <= sustained["p99_ms"]
    assert result["abuse"]["huge_headers"]["attacker_got"] == {"431": 8}
    assert result["abuse"]["deep_json"]["attacker_got"] == {"400": 20}
    assert result["gateway_alive"] and result["within_bound"]
    assert set(result["abuse"]) == {"huge_headers", "deep_json"}


def test_unknown_case_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "gateway", "--cases", "nope"]) == 1
    assert "unknown: ['nope']" in capsys.readouterr().err


@pytest.mark.slow
def test_short_gateway_bench_with_a_shared_store(capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    if not (shutil.which("valkey-server") or shutil.which("redis-server")):
        pytest.skip("no valkey-server or redis-server on PATH (.ci/run installs one)")
    argv = ["bench", "gateway", "--json", "--clients", "8", "--seconds", "0.5"]
    argv += ["--cases", "deep_json", "--shared-store"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["variant"] == "shared store"
    assert result["sustained"]["completed"] > 0 and result["sustained"]["errors"] == {}
    assert result["store_rss_mb"] > 0
