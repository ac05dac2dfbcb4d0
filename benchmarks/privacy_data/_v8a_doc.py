"""Text builder for the v8a set: text is appended piece by piece, labelled pieces become spans."""

from __future__ import annotations

import itertools
import json

KINDS = (
    "person", "address", "dob", "email", "phone", "card", "iban",
    "ssn", "national_id", "ipv4", "ipv6", "gps", "mac", "secret",
)  # fmt: skip


class Doc:
    """Append plain text with ``t`` and labelled values with ``v``."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0

    def t(self, *texts: str) -> Doc:
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def v(self, kind: str, value: str) -> Doc:
        if kind not in KINDS:
            raise ValueError(kind)
        value = str(value)
        stripped = value.strip()
        if not stripped:
            raise ValueError("empty value")
        lead = len(value) - len(value.lstrip())
        self.spans.append([kind, self.n + lead, self.n + lead + len(stripped)])
        self.parts.append(value)
        self.n += len(value)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def record(locale: str, style: str, doc: Doc) -> str:
    text = doc.text()
    spans = sorted(doc.spans, key=lambda s: (s[1], s[2]))
    for a, b in itertools.pairwise(spans):
        if a[2] > b[1]:
            raise ValueError(f"overlap {a} {b} in {style}")
    obj = {"locale": locale, "spans": spans, "style": style, "text": text}
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)
