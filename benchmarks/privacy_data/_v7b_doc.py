"""Text builder that records labelled spans while the text is written."""

import unicodedata


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.pos = 0

    def t(self, *texts: str) -> "Doc":
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)
        return self

    def v(self, kind: str, value: str) -> "Doc":
        value = str(value)
        assert value == value.strip() and value, (kind, value)
        self.spans.append([kind, self.pos, self.pos + len(value)])
        return self.t(value)

    def lines(self, kind: str, lines: list[str], sep: str = "\n", indent: str = "") -> "Doc":
        """Multi-line value: one span per line."""
        for i, line in enumerate(lines):
            if i:
                self.t(sep + indent)
            self.v(kind, line)
        return self

    def addr(self, lines: list[str], one_line: bool, indent: str = "") -> "Doc":
        if one_line:
            return self.v("address", ", ".join(lines))
        return self.lines("address", lines, "\n", indent)

    def text(self) -> str:
        return "".join(self.parts)


def casual(s: str) -> str:
    """Lower-case and strip diacritics, as people type in chats and quick reviews."""
    return "".join(
        c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c)
    )


def fill(d: Doc, tpl: str, vals: dict, relaxed: bool = False) -> Doc:
    """Write tpl into d; {key} takes vals[key] = (kind or None, value); address values
    are lists of lines written on one line."""
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            d.t(casual(tpl[i:]) if relaxed else tpl[i:])
            break
        k = tpl.index("}", j)
        d.t(casual(tpl[i:j]) if relaxed else tpl[i:j])
        kind, value = vals[tpl[j + 1 : k]]
        if isinstance(value, list):
            d.addr(value, True)
        elif kind:
            d.v(kind, value)
        else:
            d.t(value)
        i = k + 1
    return d
