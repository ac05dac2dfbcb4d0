"""What the scanner reports: the kinds of personal data (`PiiKind`), one finding (`Finding`:
a span, a confidence and a masked preview, never the value itself) and what a detector is
(`Detector`: a callable from a text to findings).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hybridsdk._exceptions import ConfigurationError

__all__ = ["Detector", "Finding", "PiiKind", "coerce_kind"]


class PiiKind(str, enum.Enum):
    """What a finding is."""

    EMAIL = "email"
    PHONE = "phone"
    CARD = "card"
    IBAN = "iban"
    SSN = "ssn"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    GPS = "gps"
    MAC = "mac"
    SECRET = "secret"
    NATIONAL_ID = "national_id"
    PERSON = "person"
    ADDRESS = "address"
    DOB = "dob"


_PREVIEW_MAX = 16


def _mask(value: str) -> str:
    """Shape of a value without its content: digits become '#', letters 'x'."""
    out = []
    for ch in value[:_PREVIEW_MAX]:
        if ch.isdigit():
            out.append("#")
        elif ch.isalpha():
            out.append("x")
        elif ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    if len(value) > _PREVIEW_MAX:
        out.append("…")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    Holds no value: only the span, a masked preview safe to log, and a confidence.

    Args:
        kind: what was found.
        start: index of the first character in the scanned text.
        end: index one past the last character.
        confidence: how sure the detector is, in [0, 1].
        preview: the value's shape with digits and letters masked.
        detector: name of the detector that produced it.
    """

    kind: PiiKind
    start: int
    end: int
    confidence: float
    preview: str = field(default="")
    detector: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ConfigurationError(
                f"a finding needs 0 <= start < end, got start={self.start} end={self.end}; "
                "fix the detector that produced it"
            )
        if not 0.0 <= self.confidence <= 1.0:
            raise ConfigurationError(
                f"a finding's confidence must be in [0, 1], got {self.confidence}"
            )

    @classmethod
    def from_span(
        cls, kind: PiiKind, text: str, start: int, end: int, confidence: float, detector: str = ""
    ) -> Finding:
        """Builds a finding with its masked preview from the scanned text."""
        return cls(kind, start, end, confidence, _mask(text[start:end]), detector)

    @property
    def length(self) -> int:
        return self.end - self.start

    def value(self, text: str) -> str:
        """The found value, read back from the text that was scanned."""
        return text[self.start : self.end]


Detector = Callable[[str], Iterable[Finding]]
"""A detector: any callable taking the text and yielding findings."""


def coerce_kind(kind: PiiKind | str) -> PiiKind:
    """A `PiiKind` from itself or its name, with a clear error for unknown kinds.

    Args:
        kind: a PiiKind or its value such as "email".
    """
    try:
        return PiiKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in PiiKind)
        raise ConfigurationError(f"unknown PII kind {kind!r}; known kinds: {known}") from None
