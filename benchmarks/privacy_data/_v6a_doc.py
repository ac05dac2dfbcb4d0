"""Text assembly for eval_v6a: templates whose fields carry their own labels."""

from __future__ import annotations

import string

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

_FMT = string.Formatter()


class V:
    """A labelled value: `kind` is one of KINDS, or None for an unlabelled value."""

    __slots__ = ("kind", "text")

    def __init__(self, kind: str | None, text: str) -> None:
        if kind is not None and kind not in KINDS:
            raise ValueError(kind)
        self.kind = kind
        self.text = text

    def __str__(self) -> str:
        return self.text


class Doc:
    """Accumulates text and spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0
        self.tf = (
            None  # optional transform of literal (unlabelled) text, e.g. glue "Tel.: " → "Tel.:"
        )

    def t(self, s: str) -> Doc:
        if self.tf is not None:
            s = self.tf(s)
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str | None, s: str) -> Doc:
        if kind is None:
            return self.t(s)
        if kind not in KINDS:
            raise ValueError(kind)
        core = s.strip()
        lead = len(s) - len(s.lstrip())
        if core:
            self.spans.append([kind, self.n + lead, self.n + lead + len(core)])
        self.parts.append(s)
        self.n += len(s)
        return self

    def f(self, template: str, **vals) -> Doc:
        """Render `template` (str.format syntax, fields by name only). Values that are V
        (or (kind, text) tuples) become spans; anything else is plain text."""
        for lit, field, _spec, _conv in _FMT.parse(template):
            if lit:
                self.t(lit)
            if field is None:
                continue
            val = vals[field]
            if isinstance(val, tuple):
                val = V(*val)
            if isinstance(val, V):
                self.v(val.kind, val.text)
            else:
                self.t(str(val))
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def record(self, locale: str, style: str) -> dict:
        text = self.text()
        spans = sorted(self.spans, key=lambda s: (s[1], s[2]))
        prev = -1
        for kind, a, b in spans:
            if a < prev or b <= a or text[a:b] != text[a:b].strip():
                raise ValueError(f"bad span {kind} {a} {b} in {style}/{locale}: {text[a:b]!r}")
            prev = b
        return {"locale": locale, "spans": spans, "style": style, "text": text}
