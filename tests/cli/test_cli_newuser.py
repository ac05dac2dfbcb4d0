"""The CLI as a new user meets it: defaults in --help, --json everywhere, a closed pipe,
every missing extra named at once, and doctor's exit status and text."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hybridsdk.cli._main import build_parser, main

# Commands whose output is a long-running server's log, not a report.
NO_JSON = {("gateway",), ("llm-server",)}


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, parser)]
    out = []
    for name, child in subs[0].choices.items():
        out += _leaves(child, (*path, name))
    return out


LEAVES = _leaves(build_parser())


def test_every_command_has_json_output() -> None:
    missing = [
        " ".join(path)
        for path, parser in LEAVES
        if path not in NO_JSON and "--json" not in parser._option_string_actions
    ]
    assert missing == []
    assert len(LEAVES) >= 15


def test_help_shows_every_default() -> None:
    for path, parser in LEAVES:
        text = parser.format_help()
        for action in parser._actions:
            if action.option_strings and action.default not in (None, False, argparse.SUPPRESS):
                assert "default" in (action.help or "") or "(default: " in text, (path, action)
    gateway = dict(LEAVES)[("gateway",)].format_help()
    assert "(default: 1)" in gateway  # --threads had no default in its help before


def test_a_closed_pipe_is_not_a_traceback() -> None:
    # `hybridsdk models list | head -1`: the reader is gone before the writer writes.
    proc = subprocess.Popen(
        [sys.executable, "-m", "hybridsdk", "models", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert proc.returncode == 141


def test_keys_generate_and_rotate_print_json(tmp_path: Path, capsys: Any) -> None:
    keys = str(tmp_path / "keys")
    assert main(["keys", "generate", "--keys", keys, "--json", "--key-id", "7"]) == 0
    generated = json.loads(capsys.readouterr().out)
    assert generated["key"]["key_id"] == 7 and len(generated["key"]["fingerprint_sha256"]) == 64
    assert main(["keys", "rotate", "--keys", keys, "--json"]) == 0
    rotated = json.loads(capsys.readouterr().out)
    assert rotated["key"]["key_id"] != 7
    assert main(["keys", "rotate", "--keys", keys, "--retire", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"retired_key_ids": [7]}


def test_demo_names_every_missing_extra_at_once(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    real = importlib.util.find_spec
    absent = {"onnxruntime", "starlette", "phonenumbers"}
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name in absent else real(name, *a)
    )
    assert main(["demo"]) == 1
    err = capsys.readouterr().err
    assert 'pip install "hybridsdk[onnx,gateway,privacy]"' in err
    assert err.count("error:") == 1


def test_demo_json_runs_on_the_shipped_digits(capsys: Any) -> None:
    assert main(["demo", "--no-cloud", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    local = figures["local"]["digits-linear-fp32"]
    assert local["test_digits"] == 540 and local["accuracy"] == pytest.approx(0.9648, abs=1e-4)


def test_doctor_cloud_fails_loudly_and_readably(capsys: Any) -> None:
    assert main(["doctor", "--cloud", "http://127.0.0.1:9"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM: http://127.0.0.1:9 did not answer" in out
    assert '"reachable"' not in out and "{" not in out  # no raw JSON


def test_doctor_cloud_checks_the_pin(gateway_process: Any, capsys: Any) -> None:
    pytest.importorskip("uvicorn")
    url = gateway_process.url.rstrip("/")
    assert main(["doctor", "--json", "--cloud", url]) == 0
    cloud = json.loads(capsys.readouterr().out)["extras"]["cloud"]
    assert cloud["ok"] is True
    pin = cloud["keys"][0]["fingerprint"]
    assert main(["doctor", "--cloud", url, "--key-pin", pin]) == 0
    assert "(matches the pin)" in capsys.readouterr().out
    assert main(["doctor", "--cloud", url, "--key-pin", "ab" * 32]) == 1
    assert "does not match the pinned fingerprint" in capsys.readouterr().out
