"""Text builder for the v10a blind set: plain text and labelled values, with offsets."""

from __future__ import annotations

KINDS = (
    "person", "address", "dob", "email", "phone", "card", "iban", "ssn",
    "national_id", "ipv4", "ipv6", "gps", "mac", "secret",
)


class Doc:
    """Accumulates text; labelled parts are ``(kind, value)`` tuples."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[list] = []

    def w(self, *parts) -> Doc:
        for part in parts:
            if part is None or part == "":
                continue
            if isinstance(part, tuple):
                kind, value = part
                if kind is None:
                    self._add(value)
                    continue
                assert kind in KINDS, kind
                assert value and value == value.strip(), (kind, value)
                self.spans.append([kind, self.pos, self.pos + len(value)])
                self._add(value)
            else:
                self._add(part)
        return self

    def ln(self, *parts) -> Doc:
        self.w(*parts)
        self._add("\n")
        return self

    def _add(self, s: str) -> None:
        self.buf.append(s)
        self.pos += len(s)

    def text(self) -> str:
        return "".join(self.buf)

    def record(self, locale: str, style: str) -> dict:
        text = self.text()
        # trailing whitespace is trimmed; spans never reach it
        stripped = text.rstrip()
        for _k, _s, e in self.spans:
            assert e <= len(stripped)
        return {"locale": locale, "spans": self.spans, "style": style, "text": stripped}


def L(kind: str, value: str) -> tuple:
    """A labelled part."""
    return (kind, value)
