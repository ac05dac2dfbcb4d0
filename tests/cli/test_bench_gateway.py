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
