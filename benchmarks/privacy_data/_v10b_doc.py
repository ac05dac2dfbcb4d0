"""Text builder for the v10b blind set: plain text and labelled values in one pass."""

from __future__ import annotations

import json

KINDS = (
    "person", "address", "dob", "email", "phone", "card", "iban", "ssn",
    "national_id", "ipv4", "ipv6", "gps", "mac", "secret",
)


class Doc:
    """Append-only text with spans; a part is a str (plain) or a (kind, value) pair."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self.spans: list[list] = []

    def t(self, s: str) -> Doc:
        self._parts.append(s)
        self._n += len(s)
        return self

    def v(self, kind: str | None, s: str) -> Doc:
        if kind is None:
            return self.t(s)
        if kind not in KINDS:
            raise ValueError(kind)
        if not s or s != s.strip():
            raise ValueError(f"unstripped {kind} value {s!r}")
        self.spans.append([kind, self._n, self._n + len(s)])
        return self.t(s)

    def a(self, *parts) -> Doc:
        """Mixed parts: strings are plain, (kind, value) tuples are labelled."""
        for p in parts:
            if isinstance(p, tuple):
                self.v(p[0], p[1])
            else:
                self.t(p)
        return self

    def line(self, *parts) -> Doc:
        self.a(*parts)
        return self.t("\n")

    def js(self, kind: str | None, s: str) -> Doc:
        """A JSON string literal whose inner value carries the span."""
        enc = json.dumps(s, ensure_ascii=False)
        if kind is None or enc[1:-1] != s:
            if kind is not None:
                raise ValueError(f"value needs escaping: {s!r}")
            return self.t(enc)
        self.t('"')
        self.v(kind, s)
        return self.t('"')

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._n


def record(locale: str, style: str, d: Doc) -> dict:
    text = d.text.rstrip()
    spans = sorted(d.spans, key=lambda s: (s[1], s[2]))
    for s in spans:
        if s[2] > len(text):
            raise ValueError("span past end")
    return {"locale": locale, "spans": spans, "style": style, "text": text}


def fill(d: Doc, tpl: str, vals: dict) -> Doc:
    """Write a template; {key} slots take plain strings or (kind, value) pairs from vals."""
    pos = 0
    while True:
        i = tpl.find("{", pos)
        if i < 0:
            return d.t(tpl[pos:])
        j = tpl.index("}", i)
        d.t(tpl[pos:i])
        val = vals[tpl[i + 1:j]]
        if isinstance(val, tuple):
            d.v(*val)
        else:
            d.t(val)
        pos = j + 1
