"""The key-folder bookkeeping shared by the OHTTP keys and the issuer keys."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.gateway._key_folder import FolderStamp, read_folder, schedule_retirement


@dataclass(frozen=True)
class _Key:
    name: str
    created_at: float
    retire_at: float | None = None

    def current(self, now: float) -> bool:
        return self.retire_at is None or now < self.retire_at


def _read_one(path: Path) -> _Key:
    created, _, retire = path.read_text().partition(",")
    if created == "bad":
        raise ConfigurationError(f"{path} is not valid")
    return _Key(path.stem, float(created), float(retire) if retire else None)


def test_read_folder_is_newest_first_and_a_missing_folder_says_how_to_create_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "k-a.txt").write_text("10")
    (tmp_path / "k-b.txt").write_text("30,99")
    (tmp_path / "k-c.txt").write_text("30")  # same tick, not retiring: the newer one
    (tmp_path / "other.txt").write_text("bad")  # not matched by the pattern
    keys = read_folder(tmp_path, "k-*.txt", _read_one, what="test dir", create_hint="make it")
    assert [k.name for k in keys] == ["k-c", "k-b", "k-a"]
    with pytest.raises(
        ConfigurationError, match=r"test dir .* does not exist; create it with `make"
    ):
        read_folder(tmp_path / "no", "k-*.txt", _read_one, what="test dir", create_hint="make it")


def test_schedule_retirement_deletes_the_retired_and_shortens_only_longer_ends() -> None:
    keys = [
        _Key("open", 1.0),  # current, no end: ends at now + grace
        _Key("late", 2.0, 500.0),  # ends after now + grace: brought forward
        _Key("soon", 3.0, 120.0),  # ends before now + grace: kept as it is
        _Key("gone", 4.0, 50.0),  # already retired: deleted
    ]
    rewritten: dict[str, float] = {}
    deleted: list[str] = []
    schedule_retirement(
        keys,
        now=100.0,
        grace_s=60.0,
        rewrite=lambda k, end: rewritten.__setitem__(k.name, end),
        delete=lambda k: deleted.append(k.name),
    )
    assert rewritten == {"open": 160.0, "late": 160.0}
    assert deleted == ["gone"]
    with pytest.raises(ConfigurationError, match="grace period must be >= 0"):
        schedule_retirement(keys, now=0.0, grace_s=-1.0, rewrite=print, delete=print)


def test_folder_stamp_reloads_on_change_and_keeps_the_old_keys_when_a_reload_fails(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "keys"
    folder.mkdir()
    stamp = FolderStamp(folder, "test keys")
    calls: list[str] = []

    def read() -> str:
        calls.append("read")
        if (folder / "broken").exists():
            raise ConfigurationError("a key file is broken")
        return f"read {len(calls)}"

    assert stamp.load(read) == "read 1"
    assert stamp.reload_if_changed(read) is None  # unchanged: not read again
    assert calls == ["read"]

    def touch(ns: int) -> None:
        os.utime(folder, ns=(ns, ns))

    touch(1_000_000_000)
    assert stamp.reload_if_changed(read) == "read 2"

    (folder / "broken").write_text("x")
    touch(2_000_000_000)
    with caplog.at_level(logging.ERROR, logger="hybridsdk.gateway"):
        assert stamp.reload_if_changed(read) is None
    assert "keeping the previous test keys, could not reload: a key file is broken" in caplog.text
    assert stamp.reload_if_changed(read) is None  # not retried until the folder changes
    assert len(calls) == 3

    (folder / "broken").unlink()
    touch(3_000_000_000)
    assert stamp.reload_if_changed(read) == "read 4"

    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    assert stamp.reload_if_changed(read) is None  # folder gone: keep what was loaded
    assert len(calls) == 4


@pytest.mark.parametrize("grace_s", [float("nan"), float("inf")])
def test_a_grace_period_that_is_not_a_finite_number_is_refused(
    tmp_path: Path, grace_s: float
) -> None:
    # `--grace-hours nan` passed `grace_s < 0` and wrote retire_at=NaN: the old key then
    # counted as retired at once (now < NaN is False) and the gateway stopped serving it.
    from hybridsdk.gateway._keystore import generate_keys, read_keys, rotate_keys

    folder = tmp_path / "keys"
    generate_keys(folder, key_id=7, now=1000.0)
    with pytest.raises(ConfigurationError, match="grace period"):
        rotate_keys(folder, grace_s=grace_s, now=2000.0)
    [old] = read_keys(folder)
    assert old.retire_at is None and old.current(2000.0)
