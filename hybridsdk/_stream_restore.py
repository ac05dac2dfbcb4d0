"""Put pseudonymised values back into a streamed answer, across piece boundaries.

The cloud sees placeholders such as `<EMAIL_1>`, and a streamed answer may split one over
two pieces (`"<EMA"`, `"IL_1> thanks"`). `StreamRestorer` holds back a tail that could
still become a placeholder and releases it, restored, once the next piece settles it, so
the caller's stream and `result.text` say the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["StreamRestorer"]

# A tail that a longer text could still turn into a placeholder: "<", "<EMAIL", "<EMAIL_1".
_OPEN_TAIL = re.compile(r"<(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]*)*)?\Z")
# Placeholders are short ("<NATIONAL_ID_123456>"); a longer tail cannot be one.
_MAX_HELD = 40


class StreamRestorer:
    """Restores a stream piece by piece, holding back at most a placeholder's start.

    Args:
        restore: the request's restorer (placeholders -> values) for whole text.
    """

    __slots__ = ("_held", "_restore")

    def __init__(self, restore: Callable[[str], str]) -> None:
        self._restore = restore
        self._held = ""

    def feed(self, piece: str) -> str:
        """The restored text that is settled once `piece` arrived (may be empty)."""
        text = self._held + piece
        start = text.rfind("<", max(0, len(text) - _MAX_HELD))
        if start >= 0 and _OPEN_TAIL.match(text, start):
            text, self._held = text[:start], text[start:]
        else:
            self._held = ""
        return self._restore(text) if text else ""

    def flush(self) -> str:
        """What is still held back, restored as it stands (the stream has ended)."""
        text, self._held = self._held, ""
        return self._restore(text) if text else ""
