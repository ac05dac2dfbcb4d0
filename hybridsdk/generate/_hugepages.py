"""Back an ONNX Runtime session's weights with transparent huge pages (Linux).

One decode step streams every weight once (~130 MB for SmolLM2-135M), so it is bound by
memory reads, and with 4 KiB pages by TLB misses too: a step touches ~33,000 pages. On a
kernel whose transparent huge pages are in ``madvise`` mode (the common default), memory
that ONNX Runtime allocates stays on 4 KiB pages. So: return free heap memory to the
kernel (`malloc_trim`), note which 2 MiB chunks of anonymous memory are fully resident
(``/proc/self/pagemap``), create the session, and collapse the chunks that became fully
resident meanwhile, which hold its prepacked weights, with `madvise(MADV_COLLAPSE)`
(Linux 6.1+). A collapse is invisible to the process apart from speed (measured: ~14% less
CPU per decode step on the 2-core VM, see docs/generate.md). Where the kernel, the libc or
the platform does not support it, nothing happens.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import mmap
import sys
import threading
import time
from pathlib import Path

logger = logging.getLogger("hybridsdk.generate")

_PAGE = mmap.PAGESIZE


def _pmd_size() -> int:
    # 2 MiB with 4 KiB pages (x86-64, most arm64); 32 MiB with 16 KiB pages (Raspberry Pi 5).
    try:
        return int(Path("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size").read_text())
    except (OSError, ValueError):
        return 2 << 20


_HUGE = _pmd_size() if sys.platform.startswith("linux") else 2 << 20
_MADV_HUGEPAGE = 14
_MADV_COLLAPSE = 25
_BATCH_CHUNKS = 64  # pagemap read per batch: 64 chunks (256 KiB with 4 KiB pages)

Region = tuple[int, int]


def anonymous_regions() -> frozenset[Region]:
    """Writable anonymous mappings of this process of at least 2 MiB (empty off Linux)."""
    if not sys.platform.startswith("linux"):
        return frozenset()
    out = set()
    try:
        with open("/proc/self/maps") as fh:
            for line in fh:
                parts = line.split()
                # Anonymous: no path (6th field), or the brk heap (small allocations).
                anonymous = len(parts) == 5 or (len(parts) == 6 and parts[5] == "[heap]")
                if not anonymous or not parts[1].startswith("rw"):
                    continue
                start, end = (int(x, 16) for x in parts[0].split("-"))
                if end - start >= _HUGE:
                    out.add((start, end))
    except OSError:
        return frozenset()
    return frozenset(out)


def collapse(regions: frozenset[Region] | set[Region] | list[Region]) -> int:
    """Move `regions` (whole 2 MiB-aligned parts) onto huge pages; return the bytes done."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        madvise = libc.madvise
    except (OSError, AttributeError):
        return 0
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    madvise.restype = ctypes.c_int
    done = 0
    for start, end in sorted(regions):
        lo = (start + _HUGE - 1) & ~(_HUGE - 1)
        hi = end & ~(_HUGE - 1)
        if hi <= lo:
            continue
        # HUGEPAGE keeps khugepaged from splitting them again; COLLAPSE does it now.
        madvise(lo, hi - lo, _MADV_HUGEPAGE)
        if madvise(lo, hi - lo, _MADV_COLLAPSE) == 0:
            done += hi - lo
        else:
            logger.debug("MADV_COLLAPSE refused (errno %d)", ctypes.get_errno())
    return done


def _present_chunks(regions: frozenset[Region]) -> frozenset[int]:
    """Starts of the 2 MiB-aligned chunks of `regions` whose every page is resident."""
    import numpy as np

    out: set[int] = set()
    try:
        fh = open("/proc/self/pagemap", "rb", buffering=0)  # noqa: SIM115
    except OSError:
        return frozenset()
    per_chunk = _HUGE // _PAGE
    with fh:
        for start, end in regions:
            lo = (start + _HUGE - 1) & ~(_HUGE - 1)
            hi = end & ~(_HUGE - 1)
            if hi <= lo:
                continue
            # In batches: a large reserved mapping would otherwise cost 8 bytes per page
            # of it at once (128 MiB for 64 GiB).
            for base in range(lo, hi, _BATCH_CHUNKS * _HUGE):
                top = min(hi, base + _BATCH_CHUNKS * _HUGE)
                try:
                    fh.seek(base // _PAGE * 8)
                    raw = fh.read((top - base) // _PAGE * 8)
                except OSError:
                    break
                if not raw:
                    break
                usable = len(raw) // (8 * per_chunk) * per_chunk * 8
                entries = np.frombuffer(raw[:usable], dtype=np.uint64).reshape(-1, per_chunk)
                present = ((entries >> np.uint64(63)) & np.uint64(1)).astype(bool).all(axis=1)
                out.update(base + i * _HUGE for i in np.flatnonzero(present).tolist())
    return frozenset(out)


def _runs(chunks: frozenset[int]) -> list[Region]:
    """Adjacent chunk starts merged into [start, end) ranges."""
    out: list[Region] = []
    for c in sorted(chunks):
        if out and out[-1][1] == c:
            out[-1] = (out[-1][0], c + _HUGE)
        else:
            out.append((c, c + _HUGE))
    return out


def _malloc_trim() -> None:
    # glibc: give free heap pages back, so memory reused by the session shows as newly
    # resident. Other libcs lack it; then only fresh mappings are found.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


class HugePageCollapse:
    """Collapse the memory that became resident since construction, in a background thread.

    Create it before the session, call `start()` after: the session is usable at once (a
    collapse is transparent to concurrent readers), it gets faster when the thread ends.
    """

    def __init__(self) -> None:
        self._before = frozenset[int]()
        if sys.platform.startswith("linux"):
            _malloc_trim()
            self._before = _present_chunks(anonymous_regions())
        self._thread: threading.Thread | None = None
        self.bytes_done = 0

    def start(self) -> None:
        """Begin collapsing the newly resident chunks (returns at once)."""
        if not sys.platform.startswith("linux"):
            return
        new = _runs(_present_chunks(anonymous_regions()) - self._before)
        if not new:
            return

        def run() -> None:
            t = time.perf_counter()
            self.bytes_done = collapse(new)
            logger.debug(
                "huge pages: %.0f MB collapsed in %.2f s",
                self.bytes_done / 2**20,
                time.perf_counter() - t,
            )

        self._thread = threading.Thread(target=run, name="hybridsdk-hugepages", daemon=True)
        self._thread.start()

    def wait(self, timeout_s: float | None = None) -> None:
        """Block until the collapse has finished (benchmarks call this)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
