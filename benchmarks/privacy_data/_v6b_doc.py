"""Text builder that records labelled spans while the text is written."""

import itertools

KINDS = [
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
]


class Doc:
    """Append plain text with ``t`` and labelled values with ``v``; spans track offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, s: str) -> "Doc":
        assert kind in KINDS, kind
        core = s.strip()
        lead = len(s) - len(s.lstrip())
        if core:
            self.spans.append([kind, self.n + lead, self.n + lead + len(core)])
        return self.t(s)

    def lines(self, kind: str, lines: list[str], sep: str = "\n", indent: str = "") -> "Doc":
        """One span per line (multi-line addresses)."""
        for k, line in enumerate(lines):
            if k:
                self.t(sep + indent)
            self.v(kind, line)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def record(self, locale: str, style: str) -> dict:
        text = self.text()
        spans = sorted(self.spans, key=lambda s: (s[1], s[2]))
        for a, b in itertools.pairwise(spans):
            assert a[2] <= b[1], (a, b, text)
        for kind, s, e in spans:
            assert text[s:e] == text[s:e].strip() and e > s, (kind, text[s:e])
        return {"locale": locale, "spans": spans, "style": style, "text": text}
