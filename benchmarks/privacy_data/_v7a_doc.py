"""Text builder that records span offsets while a text is assembled."""

import itertools
import re

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
_PH = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0

    def t(self, *items) -> "Doc":
        """Append items: plain str, or (kind, value) tuples (kind None = unlabelled)."""
        for it in items:
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
                continue
            kind, val = it
            if kind is not None:
                assert kind in KINDS, kind
                assert val and val == val.strip(), (kind, val)
                self.spans.append([kind, self.n, self.n + len(val)])
            self.parts.append(val)
            self.n += len(val)
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Fill {slot}s; a slot value is str (unlabelled) or (kind, value)."""
        pos = 0
        for m in _PH.finditer(template):
            self.t(template[pos : m.start()], vals[m.group(1)])
            pos = m.end()
        return self.t(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)

    def record(self, locale: str, style: str) -> dict:
        text = self.text()
        spans = sorted(self.spans, key=lambda s: (s[1], s[2]))
        for a, b in itertools.pairwise(spans):
            assert a[2] <= b[1], (a, b, text)
        for k, s, e in spans:
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
        return {"locale": locale, "spans": spans, "style": style, "text": text}
