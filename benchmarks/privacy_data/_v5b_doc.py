"""A text under construction for eval_v5b: plain pieces and labelled values, offsets at the end.

Renderers append pieces; a labelled value is kept whole through every transformation (hard line
wraps, lower-casing), so a span's text is always exactly the inserted value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

KINDS = ("person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id",
         "ipv4", "ipv6", "gps", "mac", "secret")


@dataclass
class Doc:
    pieces: list[tuple[str, str | None]] = field(default_factory=list)
    negatives: int = 0  # hard-negative snippets put in on purpose (for --stats only)

    def t(self, *texts: str) -> Doc:
        for text in texts:
            if text:
                self.pieces.append((text, None))
        return self

    def v(self, kind: str, value: str) -> Doc:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if not value or value != value.strip():
            raise ValueError(f"{kind} value {value!r} is empty or has outer whitespace")
        self.pieces.append((value, kind))
        return self

    def neg(self, text: str) -> Doc:
        """A hard negative: plain text that looks like personal data but is not."""
        self.negatives += 1
        return self.t(text)

    def extend(self, other: Doc) -> Doc:
        self.pieces.extend(other.pieces)
        self.negatives += other.negatives
        return self

    def lower(self) -> Doc:
        self.pieces = [(text.lower(), kind) for text, kind in self.pieces]
        return self

    def finish(self) -> tuple[str, list[list[object]]]:
        text_parts: list[str] = []
        spans: list[list[object]] = []
        pos = 0
        for text, kind in self.pieces:
            if kind is not None:
                spans.append([kind, pos, pos + len(text)])
            text_parts.append(text)
            pos += len(text)
        text = "".join(text_parts)
        # Trim the document's own outer whitespace, shifting spans.
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        for span in spans:
            span[1] = int(span[1]) - lead  # type: ignore[call-overload]
            span[2] = int(span[2]) - lead  # type: ignore[call-overload]
        return text, spans


def hard_wrap(doc: Doc, rng: random.Random, width: int) -> Doc:
    """PDF-extracted look: break lines near `width`, sometimes hyphenating a long plain word.

    Values are never broken: a value that would cross the margin moves to the next line whole.
    """
    out = Doc(negatives=doc.negatives)
    col = 0
    for text, kind in doc.pieces:
        if kind is not None:
            if col + len(text) > width and col > 0 and out.pieces and out.pieces[-1][0].endswith(" "):
                last, k = out.pieces[-1]
                out.pieces[-1] = (last[:-1] + "\n", k)
                col = 0
            out.pieces.append((text, kind))
            col += len(text)
            continue
        buf: list[str] = []
        for line_no, line in enumerate(text.split("\n")):
            if line_no:
                buf.append("\n")
                col = 0
            words = line.split(" ")
            for i, word in enumerate(words):
                sep = " " if i else ""
                if col + len(sep) + len(word) > width and col > 0:
                    if len(word) >= 9 and word.isalpha() and rng.random() < 0.5:
                        cut = rng.randrange(4, len(word) - 3)
                        buf.append(sep + word[:cut] + "-\n" + word[cut:])
                        col = len(word) - cut
                    else:
                        buf.append("\n" + word)
                        col = len(word)
                    continue
                buf.append(sep + word)
                col += len(sep) + len(word)
        out.pieces.append(("".join(buf), None))
    return out
