"""Back an ONNX Runtime session's weights with transparent huge pages (Linux).

One decode step streams every weight once (~130 MB for SmolLM2-135M), so it is bound by
memory reads, and with 4 KiB pages by TLB misses too: a step touches ~33,000 pages. On a
kernel whose transparent huge pages are in ``madvise`` mode (the common default), memory
that ONNX Runtime allocates stays on 4 KiB pages. After a session is created, its prepacked
weights sit in anonymous mappings that did not exist before; `madvise(MADV_COLLAPSE)`
(Linux 6.1+) rewrites them onto 2 MiB pages in place, which is invisible to the process
apart from speed (measured: ~14% less CPU per decode step on the 2-core VM, see
docs/generate.md). Where the kernel, the libc or the platform does not support it, nothing
happens.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
import time

logger = logging.getLogger("hybridsdk.generate")

_HUGE = 2 << 20
_MADV_HUGEPAGE = 14
_MADV_COLLAPSE = 25

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


def collapse(regions: frozenset[Region] | set[Region]) -> int:
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


def _subtract(after: frozenset[Region], before: frozenset[Region]) -> frozenset[Region]:
    """The parts of `after` that no region of `before` covered (a grown heap's new end)."""
    out: set[Region] = set()
    for start, end in after:
        pieces = [(start, end)]
        for b_start, b_end in before:
            cut = []
            for lo, hi in pieces:
                if b_end <= lo or hi <= b_start:
                    cut.append((lo, hi))
                    continue
                if lo < b_start:
                    cut.append((lo, b_start))
                if b_end < hi:
                    cut.append((b_end, hi))
            pieces = cut
        out.update(p for p in pieces if p[1] - p[0] >= _HUGE)
    return frozenset(out)


class HugePageCollapse:
    """Collapse the mappings that appeared since construction, in a background thread.

    Create it before the session, call `start()` after: the session is usable at once (a
    collapse is transparent to concurrent readers), it gets faster when the thread ends.
    """

    def __init__(self) -> None:
        self._before = anonymous_regions()
        self._thread: threading.Thread | None = None
        self.bytes_done = 0

    def start(self) -> None:
        """Begin collapsing the new mappings (returns at once)."""
        new = _subtract(anonymous_regions(), self._before)
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
