"""Transparent huge pages for the session's weights: region bookkeeping and a real collapse."""

from __future__ import annotations

import ctypes
import mmap
import sys
from pathlib import Path

import numpy as np
import pytest

from hybridsdk.generate._build import int8_accuracy_level
from hybridsdk.generate._hugepages import (
    _HUGE,
    HugePageCollapse,
    _present_chunks,
    _runs,
    anonymous_regions,
)

MB = 1 << 20


def _thp_mode() -> str:
    try:
        text = Path("/sys/kernel/mm/transparent_hugepage/enabled").read_text()
    except OSError:
        return "absent"
    return text.split("[", 1)[1].split("]", 1)[0]


def _huge_kb(start: int, end: int) -> int:
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()[0]
        if "-" in head and ":" not in head:
            lo, hi = (int(x, 16) for x in head.split("-"))
            inside = lo < end and start < hi
        elif inside and head == "AnonHugePages:":
            total += int(line.split()[1])
    return total


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and madvise")
def test_only_fully_resident_chunks_count() -> None:
    mem = mmap.mmap(-1, 16 * _HUGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    start = ctypes.addressof(ctypes.c_char.from_buffer(mem))
    region = frozenset({(start, start + 16 * _HUGE)})
    assert _present_chunks(region) == frozenset()  # mapped, never touched
    first = (start + _HUGE - 1) & ~(_HUGE - 1)
    offset = first - start
    mem[offset : offset + 3 * _HUGE] = b"\x01" * (3 * _HUGE)
    mem[offset + 4 * _HUGE] = 1  # one page of the fifth chunk only
    assert _present_chunks(region) == {first, first + _HUGE, first + 2 * _HUGE}
    assert _runs(_present_chunks(region)) == [(first, first + 3 * _HUGE)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and madvise")
def test_new_mapping_is_found_and_collapsed() -> None:
    collapse = HugePageCollapse()
    # A fresh anonymous mapping with every page touched (numpy would madvise it itself).
    mem = mmap.mmap(-1, 64 * MB, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    mem.write(b"\x5a" * (64 * MB))
    start = ctypes.addressof(ctypes.c_char.from_buffer(mem))
    end = start + 64 * MB
    assert any(lo <= start and end <= hi for lo, hi in anonymous_regions())
    collapse.start()
    collapse.wait(60)
    if _thp_mode() in ("never", "absent"):
        assert _huge_kb(start, end) == 0
        return
    assert collapse.bytes_done >= 32 * MB
    assert _huge_kb(start, end) >= 32 * 1024
    assert mem[:] == b"\x5a" * (64 * MB)  # contents unchanged


_LOAD = """
import json, sys
from hybridsdk.generate._decoder import OnnxDecoder
c = json.loads(sys.argv[2])
d = OnnxDecoder(sys.argv[1], n_layers=c["n_layers"], n_kv_heads=c["n_kv_heads"],
                head_dim=c["hidden"] // c["n_heads"], context_length=c["context_length"])
d.huge_pages.wait(120)
if len(sys.argv) > 3:  # again, in memory the first session freed (reused, not new)
    del d
    d = OnnxDecoder(sys.argv[1], n_layers=c["n_layers"], n_kv_heads=c["n_kv_heads"],
                    head_dim=c["hidden"] // c["n_heads"], context_length=c["context_length"])
    d.huge_pages.wait(120)
print(d.huge_pages.bytes_done)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and madvise")
@pytest.mark.skipif(
    int8_accuracy_level() == 0,
    reason="float32 MatMulNBits (AVX2-only CPU): ORT does not repack the int4 weights into a "
    "fresh buffer, so the ~64 MB this test expects on huge pages is not there to measure",
)
def test_decoder_weights_land_on_huge_pages(genai_folder: Path, gguf_model) -> None:  # type: ignore[no-untyped-def]
    import dataclasses
    import json
    import subprocess

    from hybridsdk.generate._decoder import OnnxDecoder

    c = gguf_model.config
    # Fresh processes: the first load, and a second one after the first was freed.
    for extra in ([], ["again"]):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD, str(genai_folder / "model.onnx"),
             json.dumps(dataclasses.asdict(c)), *extra],
            capture_output=True, text=True, check=True, timeout=300,
        )  # fmt: skip
        if _thp_mode() not in ("never", "absent"):
            assert int(out.stdout.split()[-1]) >= 64 * MB  # most of the ~130 MB of weights
    kw = dict(
        n_layers=c.n_layers,
        n_kv_heads=c.n_kv_heads,
        head_dim=c.head_dim,
        context_length=c.context_length,
    )
    on = OnnxDecoder(genai_folder / "model.onnx", **kw)  # type: ignore[arg-type]
    off = OnnxDecoder(genai_folder / "model.onnx", huge_pages=False, **kw)  # type: ignore[arg-type]
    assert on.huge_pages is not None and off.huge_pages is None
    on.huge_pages.wait(120)
    # Same numbers either way.
    tokens = [1, 4093, 198, 504, 2365]
    assert np.array_equal(on.forward(tokens), off.forward(tokens))
    assert np.array_equal(on.forward([6354]), off.forward([6354]))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc/self/pagemap")
def test_a_large_sparse_mapping_is_scanned_in_bounded_memory() -> None:
    # A big reserved-but-untouched rw mapping (allocator arenas, JIT heaps) must not cost
    # its pagemap size (8 bytes per 4 KiB page: 16 MiB here, 128 MiB for 64 GiB) at once.
    import tracemalloc

    map_noreserve = 0x4000  # Linux; not exported by the mmap module
    size = 8 << 30
    try:
        mem = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | map_noreserve)
    except OSError:
        pytest.skip("cannot reserve 8 GiB of address space here")
    start = ctypes.addressof(ctypes.c_char.from_buffer(mem))
    first = (start + _HUGE - 1) & ~(_HUGE - 1)
    offset = first - start
    mem[offset : offset + _HUGE] = b"\x01" * _HUGE  # one chunk resident
    tracemalloc.start()
    try:
        found = _present_chunks(frozenset({(start, start + size)}))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == {first}
    assert peak < 4 * MB, f"scanning used {peak / MB:.1f} MiB at once"
