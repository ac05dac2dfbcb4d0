"""Stop sequences over a streamed answer, across piece boundaries and across models.

The device's generator cuts at a stop within its own text, and an upstream is asked to; but
an upstream may ignore ``stop``, and after a mid-stream failover a stop can begin in the
cloud's last piece and end in the device's first. `StopFilter` sees the answer as the
caller does: it releases text up to the first stop sequence and holds back a tail that
could still become one, so nothing is shown and then taken back.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["StopFilter"]


class StopFilter:
    """Releases streamed text up to the first stop sequence.

    Args:
        stops: the stop sequences (none: text passes through).

    Attributes:
        stopped: a stop sequence was found; nothing more is released.
        text: everything released so far.
    """

    __slots__ = ("_held", "_stops", "stopped", "text")

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._held = ""
        self.stopped = False
        self.text = ""

    def feed(self, piece: str) -> str:
        """The text that is settled once `piece` arrived (may be empty)."""
        if self.stopped:
            return ""
        if not self._stops:
            self.text += piece
            return piece
        buf = self._held + piece
        hits = [i for i in (buf.find(s) for s in self._stops) if i >= 0]
        if hits:
            out, self._held, self.stopped = buf[: min(hits)], "", True
        else:
            keep = self._open_tail(buf)
            out, self._held = buf[: len(buf) - keep], buf[len(buf) - keep :]
        self.text += out
        return out

    def flush(self) -> str:
        """What is still held back (the answer ended without completing a stop)."""
        out, self._held = ("" if self.stopped else self._held), ""
        self.text += out
        return out

    def _open_tail(self, buf: str) -> int:
        """Length of the longest end of `buf` that begins some stop sequence."""
        longest = min(len(buf), max(len(s) for s in self._stops) - 1)
        for n in range(longest, 0, -1):
            tail = buf[-n:]
            if any(s.startswith(tail) for s in self._stops):
                return n
        return 0
