"""Text builder for the v9a set: pieces of text with labelled values.

A labelled value is ``V(kind, text)``; a ``Doc`` appends plain text and labelled
values and records the ``[kind, start, end)`` spans in code points.  Templates use
``{key}`` placeholders (``{{``/``}}`` for literal braces); a placeholder's value is a
plain ``str``, a ``V`` or a list of both.  ``json_into`` writes a Python structure as
JSON and labels the ``V`` strings inside it (the span covers the value between the
quotes).
"""
from __future__ import annotations

import json
import re
from typing import NamedTuple

KINDS = ("person", "address", "dob", "email", "phone", "card", "iban", "ssn",
         "national_id", "ipv4", "ipv6", "gps", "mac", "secret")


class V(NamedTuple):
    kind: str
    text: str


_PH = re.compile(r"\{\{|\}\}|\{(\w+)\}")


class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[list] = []

    def t(self, s: str) -> Doc:
        self.buf.append(s)
        self.pos += len(s)
        return self

    def v(self, kind: str, s: str) -> Doc:
        if kind is None:
            return self.t(s)
        assert kind in KINDS, kind
        assert s and s == s.strip(), (kind, s)
        self.spans.append([kind, self.pos, self.pos + len(s)])
        return self.t(s)

    def put(self, item) -> Doc:
        if item is None:
            return self
        if isinstance(item, V):
            return self.v(item.kind, item.text)
        if isinstance(item, str):
            return self.t(item)
        if isinstance(item, (int, float)):
            return self.t(str(item))
        for x in item:
            self.put(x)
        return self

    def f(self, tpl: str, **kw) -> Doc:
        last = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[last:m.start()])
            tok = m.group(0)
            if tok == "{{":
                self.t("{")
            elif tok == "}}":
                self.t("}")
            else:
                self.put(kw[m.group(1)])
            last = m.end()
        self.t(tpl[last:])
        return self

    def text(self) -> str:
        return "".join(self.buf)


def plain(item) -> str:
    """The text of an item (V, str or list) without labels."""
    if item is None:
        return ""
    if isinstance(item, V):
        return item.text
    if isinstance(item, str):
        return item
    return "".join(plain(x) for x in item)


def _dump_str(d: Doc, s) -> None:
    if isinstance(s, V):
        enc = json.dumps(s.text, ensure_ascii=False)
        assert enc[1:-1] == s.text, s
        d.t('"').v(s.kind, s.text).t('"')
    elif isinstance(s, list) and s and all(isinstance(x, (str, V)) for x in s) and any(
            isinstance(x, V) for x in s):
        # a string made of labelled pieces
        d.t('"')
        for x in s:
            enc = json.dumps(plain(x), ensure_ascii=False)[1:-1]
            if isinstance(x, V):
                assert enc == x.text
                d.v(x.kind, x.text)
            else:
                d.t(enc)
        d.t('"')
    else:
        d.t(json.dumps(s, ensure_ascii=False))


class S(list):
    """A JSON string made of pieces (str and V)."""


def json_into(d: Doc, obj, indent: int | None = 2, level: int = 0,
              sep: str = ", ", colon: str = ": ") -> None:
    if indent is None:
        nl = lambda lv: ""  # noqa: E731
        item_sep = sep
    else:
        nl = lambda lv: "\n" + " " * (indent * lv)  # noqa: E731
        item_sep = ","
    if isinstance(obj, S):
        _dump_str(d, list(obj))
    elif isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{")
        for n, (k, val) in enumerate(obj.items()):
            if n:
                d.t(item_sep)
            d.t(nl(level + 1))
            d.t(json.dumps(k, ensure_ascii=False) + colon)
            json_into(d, val, indent, level + 1, sep, colon)
        d.t(nl(level) + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[")
        for n, val in enumerate(obj):
            if n:
                d.t(item_sep)
            d.t(nl(level + 1))
            json_into(d, val, indent, level + 1, sep, colon)
        d.t(nl(level) + "]")
    else:
        _dump_str(d, obj)


def finish(locale: str, style: str, d: Doc) -> dict:
    text = d.text()
    spans = sorted(d.spans, key=lambda s: (s[1], s[2]))
    for a, b in zip(spans, spans[1:]):  # noqa: B905, RUF007
        assert a[2] <= b[1], (style, a, b)
    for k, s, e in spans:
        assert text[s:e] == text[s:e].strip() and e > s, (style, k, text[s:e])
    return {"locale": locale, "spans": spans, "style": style, "text": text}
