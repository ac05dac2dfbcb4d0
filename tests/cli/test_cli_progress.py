"""Long commands show progress on a terminal, and nothing under --json or in a pipe."""

from __future__ import annotations

import argparse
import io
from typing import Any

import pytest

from hybridsdk.cli._main import main
from hybridsdk.cli._progress import Progress, progress_for


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_tty_and_never_under_json() -> None:
    assert progress_for(argparse.Namespace(json=False), io.StringIO()) is None  # a pipe
    assert progress_for(argparse.Namespace(json=True), Tty()) is None
    tty = Tty()
    progress = progress_for(argparse.Namespace(json=False), tty)
    assert isinstance(progress, Progress)
    progress("phase one")
    assert tty.getvalue().endswith("] phase one\n") and tty.getvalue().startswith("[")


@pytest.mark.parametrize(("tty", "json_flag"), [(True, False), (True, True), (False, False)])
def test_calibrate_progress_follows_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, tty: bool, json_flag: bool
) -> None:
    pytest.importorskip("sklearn")
    monkeypatch.setattr("sys.stderr.isatty", lambda: tty, raising=False)
    argv = ["calibrate", "--target-cloud-share", "0.12"] + (["--json"] if json_flag else [])
    assert main(argv) == 0
    err = capsys.readouterr().err
    shown = "calibrating out of fold" in err
    assert shown == (tty and not json_flag), err
