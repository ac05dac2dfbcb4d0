"""The int8 fast path is chosen only where the CPU's int8 dot products are exact enough."""

from __future__ import annotations

import platform

import pytest

from hybridsdk.generate._build import int8_accuracy_level


@pytest.fixture
def x86(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")


@pytest.mark.usefixtures("x86")
@pytest.mark.parametrize("flag", ["avx512_vnni", "avx_vnni", "amx_int8"])
def test_vnni_or_amx_keeps_the_int8_path(flag: str) -> None:
    assert int8_accuracy_level(f"flags\t\t: fpu sse2 avx2 {flag} fma\n") == 4


@pytest.mark.usefixtures("x86")
def test_avx2_only_falls_back_to_float32() -> None:
    assert int8_accuracy_level("flags\t\t: fpu sse2 avx2 fma pclmulqdq\n") == 0


def test_other_architectures_keep_the_int8_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "machine", lambda: "aarch64")
    assert int8_accuracy_level("Features: fp asimd asimddp\n") == 4
