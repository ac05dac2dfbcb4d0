"""Text builder for eval_v8b: literal text and labelled values, offsets computed as text grows."""

from __future__ import annotations

KINDS = (
    "person",
    "address",
    "dob",
    "email",
    "phone",
    "card",
    "iban",
    "ssn",
    "national_id",
    "ipv4",
    "ipv6",
    "gps",
    "mac",
    "secret",
)


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[list] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, s: str) -> Doc:
        assert kind in KINDS, kind
        assert s and s == s.strip(), (kind, s)
        self.spans.append([kind, self.n, self.n + len(s)])
        return self.t(s)

    def __call__(self, *items) -> Doc:
        """Doc("text", ("person", "Ana"), "more") style sugar."""
        for it in items:
            if isinstance(it, tuple):
                self.v(*it)
            else:
                self.t(it)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def _casual_char(c: str, fold: bool) -> str:
    lo = c.lower()
    if len(lo) == 1:
        c = lo
    if fold and not c.isascii():
        import unicodedata

        base = unicodedata.normalize("NFD", c)[0]
        if base.isascii() and base.isalpha():
            c = base
    return c


def casualize(doc: Doc, fold: bool = True) -> Doc:
    """Lower-case and drop Latin diacritics in place, one character for one (offsets unchanged)."""
    doc.parts = ["".join(_casual_char(c, fold) for c in p) for p in doc.parts]
    return doc


def casual_text(s: str, fold: bool = True) -> str:
    return "".join(_casual_char(c, fold) for c in s)
