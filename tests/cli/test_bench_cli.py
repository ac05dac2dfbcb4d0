"""`hybridsdk bench KIND` runs benchmarks/KIND.py of a source checkout, or says why not."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridsdk.cli import _bench
from hybridsdk.cli._main import main

REPO = Path(__file__).resolve().parents[2]


def test_finds_the_checkouts_benchmarks() -> None:
    assert _bench.benchmarks_dir() == REPO / "benchmarks"


def test_env_var_names_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "benchmarks" / "__init__.py").write_text("")
    monkeypatch.setenv(_bench.ENV_VAR, str(tmp_path / "benchmarks"))
    assert _bench.benchmarks_dir() == tmp_path / "benchmarks"


def test_without_benchmarks_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_bench, "benchmarks_dir", lambda: None)
    assert main(["bench", "routing", "--json"]) == 1
    err = capsys.readouterr().err
    assert "no benchmarks/ folder found" in err
    assert _bench.ENV_VAR in err


def test_every_kind_is_listed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["bench", "--help"])
    out = capsys.readouterr().out
    for kind in _bench.KINDS:
        assert kind in out


def test_bench_privacy_takes_an_eval_file() -> None:
    # `--eval-file` picks the held-out set, e.g. the second one (issue #12).
    from hybridsdk.cli._main import build_parser

    eval_v2 = REPO / "benchmarks" / "privacy_data" / "eval_v2.jsonl"
    args = build_parser().parse_args(["bench", "privacy", "--eval-file", str(eval_v2)])
    assert args.eval_file == str(eval_v2)
    assert build_parser().parse_args(["bench", "privacy"]).eval_file is None
