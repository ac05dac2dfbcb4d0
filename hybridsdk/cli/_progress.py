"""Progress lines for long commands (bench chaos, calibrate, model builds).

Shown on a terminal only: each phase as one stderr line with the time since the start.
Quiet under --json and when stderr is not a tty (a pipe, a log file, CI), so scripts and
logs get only the result. No dependency: a few lines on stderr are all a 2-core board
needs, and they survive being scrolled back, unlike a redrawn bar.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

__all__ = ["Progress", "progress_for"]


class Progress:
    """Prints `[  1.2 s] phase` lines to `stream`.

    Args:
        stream: where to write (default: stderr).
        clock: seconds, for the elapsed time.
    """

    def __init__(
        self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._clock = clock
        self._started = clock()

    def __call__(self, phase: str) -> None:
        elapsed = self._clock() - self._started
        self._stream.write(f"[{elapsed:6.1f} s] {phase}\n")
        self._stream.flush()


def progress_for(args: Any = None, stream: TextIO | None = None) -> Progress | None:
    """A `Progress` when the output is for a person (a tty, no --json), else None.

    Args:
        args: the parsed command line (its `json` flag, when it has one, silences it).
        stream: the stream to check and write (default: stderr).
    """
    out = stream if stream is not None else sys.stderr
    if getattr(args, "json", False):
        return None
    isatty = getattr(out, "isatty", None)
    if isatty is None or not isatty():
        return None
    return Progress(out)
