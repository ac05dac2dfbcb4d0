"""The keys and values of a text's machine or form structure, in any format
(docs/privacy_figures.md, "Session 11: one structural reader").

Formats write what a value is in a key, a tag or a header, and the tagger, reading them as
prose, takes those words for names and places ("Qualificació: 5", "| Email | ...",
`<FamilyName>`, `NM1*`). One pass over the text finds:

- form lines `key: value`, `key = value`, `key<TAB>value` (also after an item number or a
  bullet, `**bold**` keys, full-width colons), when the text has three or more of them
  with three or more different keys;
- pipe tables: the first column of a two-column `| key | value |` table, and the header
  row over a `|---|` rule;
- a column-aligned table's header row: cells two or more blanks apart, no digit, over two
  rows that hold digits in as many cells;
- JSON keys (`"key":`), XML and HTML tag and attribute names;
- delimited segment ids at a line's start (`PID|`, `NAD+`, `NM1*`, `ISA*`);
- `key=value` runs (two or more on a line: logs, LDAP DNs, query strings);
- comma-separated runs (a header row of keys, and their columns);
- MARC 21 subfields and spreadsheet cell dumps (`_structure_cells`).

`Structure.keys` are the spans of the keys; `Structure.fields` pairs each key's text with
its value's span. `key_words` reads a key's meaning from snake_case, camelCase, kebab-case
and dotted paths ("patient.givenName" -> "given name").

The scan is linear: each pattern runs once over the text behind a substring test.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading

from hybridsdk.routing._structure_cells import marc_fields, sheet_cells

__all__ = ["Structure", "forget_structure", "key_words", "structure_of", "value_kind"]

Span = tuple[int, int]

# A form line's key: an optional item number or bullet, a short key (no sentence
# punctuation, at most five words), its delimiter and a value on the same line.
_LINE_KEY_RE = re.compile(
    r"^[ \t]*(?:[-*•>#]+[ \t]+|\d{1,2}[.)][ \t]*|[A-Za-z][.)][ \t]+)?\**"
    r"([^\s:=|<>{}\[\]\"'*#][^\n:：=|\t<>{}\[\]\"!?;]{0,39}?)\**[ \t]*"
    r"(?:[:：](?![/\d])|=(?!=)|\t)[ \t]*(?=[^\s])",
    re.M,
)
# A key alone on its line, its value on the lines under it or left empty ("Serial Number:",
# "Registrant Postal Code: "): read only in a text that has form lines already.
_EMPTY_KEY_RE = re.compile(
    r"^[ \t]*(?:[-*•>#]+[ \t]+)?\**([^\W\d_][^\n:：=|\t<>{}\[\]\"!?;,.]{0,39}?)\**[ \t]*[:：][ \t]*$",
    re.M,
)
_INLINE_KEY_RE = re.compile(
    r"(?:,[ \t]+|[ \t]{2,}|\t|\|[ \t]*)([^\W\d_][^\n:：=|\t,;<>\"]{0,30}?)[ \t]*"
    r"[:：](?![/\d])[ \t]*(?=\S)"
)
_PIPE_ROW_RE = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_PIPE_RULE_RE = re.compile(r"[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*\|?[ \t]*\Z")
# a JSON key, and its string value or the first string of its array ("given": ["Ana"])
_JSON_KEY_RE = re.compile(r"\"([^\"\n]{1,60})\"[ \t]*:[ \t]*(?:\[[ \t]*)?(\"([^\"\n]{0,200})\")?")
_TAG_RE = re.compile(r"<(/?)([A-Za-z_][\w:.-]{0,60})((?:[^<>\"\n]|\"[^\"\n]*\"){0,400})(/?)>")
_ATTR_RE = re.compile(r"([A-Za-z_][\w:.-]{0,60})[ \t]*=[ \t]*\"")
# An attribute that names its element's content (`<Data Name="IpPort">`, `<field
# key="user_id">`, `<param name="timeout">`): its value, one token, is a key.
_NAMING_ATTR_RE = re.compile(
    r"\b(?:[Nn]ame|NAME|[Kk]ey|KEY|[Ff]ield|[Pp]roperty|[Aa]ttribute|[Pp]aram)[ \t]*=[ \t]*\"([^\s\"<>]{1,60})\""
)
_ELEMENT_RE = re.compile(r"<([A-Za-z_][\w:.-]{0,60})(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,120})</\1>")
_SEGMENT_RE = re.compile(
    r"(?:^|(?<=['~]))[ \t]*([A-Z][A-Z0-9]{1,3})(?=[|+*^][^\n]*[|+*^:~'])", re.M
)
# a line of two or more X.500 attributes written `type = value` and comma-separated
_DN_TYPES = r"(?:C|ST|L|O|OU|CN|DC|UID|SN|GN|street|postalCode|emailAddress|serialNumber|title)"
_DN_LINE_RE = re.compile(rf"\b{_DN_TYPES} = [^,\n]+(?:, {_DN_TYPES} = [^,\n]+)+")
_DN_PART_RE = re.compile(rf"(?<![\w=])({_DN_TYPES}) = ([^,\n]+)")
_SEGMENT_HEAD_RE = re.compile(r"[A-Z][A-Z0-9]{1,3}[+*^|]")
_KV_RE = re.compile(
    r"(?<![\w.@/:-])([A-Za-z_][\w.-]{0,40})=(?!=)(\"[^\"\n]{0,120}\"|[^\s,;&\"]{0,120})"
)
_ALIGNED_SPLIT_RE = re.compile(r"\S+(?: \S+)*")
_DIGIT_RE = re.compile(r"\d")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_MAX_LINES = 400
_MAX_ROWS = 200  # rows of one aligned table read as fields


@functools.lru_cache(maxsize=4096)  # a table's keys are asked about once per row
def key_words(key: str) -> str:
    """A key's words, case-folded: `patient.givenName` -> "given name", `FIRST_NAME` ->
    "first name", `contact-name` -> "contact name" (the last part of a dotted path)."""
    key = key.strip().strip("*#:`'\"@$").strip()
    for sep in ".:/":
        if sep in key and " " not in key:
            key = key.rsplit(sep, 1)[-1] or key
    if not key.isupper():
        key = _CAMEL_RE.sub(" ", key)
    return " ".join(key.replace("_", " ").replace("-", " ").split()).casefold()


class Structure:
    """The keys of one text and the values they name.

    Args:
        text: the scanned text.
    """

    def __init__(self, text: str) -> None:
        self.keys: list[Span] = []  # keys that are labels whatever the tagger saw
        # keys of a form whose values are of one kind (a directory's names over their
        # phones, a chat's speakers): labels only when the tagger took few for names
        self.form_keys: list[Span] = []
        self.fields: list[tuple[str, Span]] = []  # (key, value span)
        self._named: set[Span] = set()  # attribute values that are keys
        # a table's columns: (header or "", its cells), rows in order
        self.columns: list[tuple[str, list[Span]]] = []
        if "\n" in text:
            self._lines(text)
        if "|" in text:
            self._pipes(text)
        if '":' in text or '" :' in text:
            self._json(text)
        if "<" in text and ">" in text:
            self._markup(text)
        if "=" in text:
            self._key_values(text)
            if " = " in text:
                self._dn(text)
        if ("  " in text or "\t" in text) and "\n" in text:
            self._aligned(text)
        if text.count(",") >= 6 and "\n" in text:
            self._csv(text)
        if ("|" in text or "$" in text or "‡" in text) and "\n" in text:
            keys, fields = marc_fields(text)
            self.keys.extend(keys)
            self.fields.extend(fields)
        if "1 = " in text or "1: " in text or "1=" in text:
            keys, fields = sheet_cells(text)
            self.keys.extend(keys)
            self.fields.extend(fields)
        if self._named:
            self.fields = [f for f in self.fields if f[1] not in self._named]
        self.keys.sort()
        self.form_keys.sort()

    # ---------------------------------------------------------------- readers

    def _lines(self, text: str) -> None:
        found: list[tuple[Span, Span]] = []
        for m in _LINE_KEY_RE.finditer(text):
            key = m.group(1).rstrip()
            if len(key.split()) > 5 or (key.endswith(".") and len(key.split()) > 2):
                continue
            if _SEGMENT_HEAD_RE.match(key):
                continue  # an EDI segment's elements ("NAD+FL+++RUIZ:ANA"), no key
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            tabbed = text[m.end() - 1] == "\t" or "\t" in text[m.end(1) : m.end()]
            if tabbed and text.find("\t", m.end(), le) >= 0:
                continue  # a row of a tab-separated table, no key and value
            found.append(((m.start(1), m.start(1) + len(key)), (m.end(), le)))
            if len(found) > _MAX_LINES:
                break
        if len({text[a:b].casefold() for (a, b), _ in found}) >= 3:
            # prose after a speaker ("Ana: see you") is no form's value
            self._form(text, [(k, v) for k, v in found if not _prose(text, *v)])
            self.fields.extend((text[k[0] : k[1]], v) for k, v in found)
            self._inline(text)
            self._empty_keys(text)
        for m in _SEGMENT_RE.finditer(text):
            self.keys.append(m.span(1))

    def _empty_keys(self, text: str) -> None:
        """A form's keys with no value on their line (a certificate's "Validity:", a
        registry's "Tech Postal Code:"): form keys, so that a chat's speaker written
        alone on a line ("Ana Ruiz:") stays a name where the tagger takes such keys for
        names."""
        n = 0
        for m in _EMPTY_KEY_RE.finditer(text):
            key = m.group(1).rstrip()
            if len(key.split()) <= 5 and _value_below(text, m.start(), m.end()):
                self.form_keys.append((m.start(1), m.start(1) + len(key)))
                n += 1
                if n > _MAX_LINES:
                    break

    def _inline(self, text: str) -> None:
        """A form's keys inside a line, after a comma, a column gap or a bar
        ("Matrícula: 1234 ABC, Asseguradora: ...", "6 ECTS   Nota: 9")."""
        for m in _INLINE_KEY_RE.finditer(text):
            key = m.group(1).rstrip()
            if len(key.split()) > 3:
                continue
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            nxt = _INLINE_KEY_RE.search(text, m.end(), le)
            ve = nxt.start() if nxt is not None else le
            if _prose(text, m.end(), ve):
                continue
            k = (m.start(1), m.start(1) + len(key))
            self.keys.append(k)
            self.fields.append((key, (m.end(), ve)))

    def _pipes(self, text: str) -> None:
        rows: list[list[Span]] = []
        rule_after_first = False
        last_end = -2
        for m in _PIPE_ROW_RE.finditer(text):
            if m.start() != last_end + 1:
                self._pipe_table(text, rows, rule_after_first)
                rows, rule_after_first = [], False
            last_end = m.end()
            inner = m.group(1)
            if _PIPE_RULE_RE.match(inner):
                rule_after_first = len(rows) == 1
                continue
            cells, at = [], m.start(1)
            for part in inner.split("|"):
                a, b = at, at + len(part)
                at = b + 1
                while a < b and text[a] in " \t":
                    a += 1
                while b > a and text[b - 1] in " \t":
                    b -= 1
                cells.append((a, b))
            rows.append(cells)
        self._pipe_table(text, rows, rule_after_first)

    def _pipe_table(self, text: str, rows: list[list[Span]], rule: bool) -> None:
        if len(rows) < 2:
            return
        if rule:
            self.keys.extend(c for c in rows[0] if c[1] > c[0])
            body = rows[1:]
        else:
            body = rows
        if all(len(r) == 2 for r in body) and len(body) >= 2:
            self._form(text, [(k, v) for k, v in body])
            self.fields.extend((text[k[0] : k[1]], v) for k, v in body)

    def _form(self, text: str, pairs: list[tuple[Span, Span]]) -> None:
        """A form's keys: labels whatever the tagger saw when each key is written once and
        the values are of three kinds or more (a name, a date, an e-mail, a number)."""
        keys = [text[a:b].casefold() for (a, b), _ in pairs]
        kinds = {value_kind(text[a:b]) for _, (a, b) in pairs}
        if len(set(keys)) * 5 >= len(keys) * 4 and len(kinds) >= 3:
            self.keys.extend(k for k, _ in pairs)
        else:
            self.form_keys.extend(k for k, _ in pairs)

    def _json(self, text: str) -> None:
        for m in _JSON_KEY_RE.finditer(text):
            self.keys.append(m.span(1))
            if m.group(3):
                self.fields.append((m.group(1), m.span(3)))

    def _markup(self, text: str) -> None:
        for m in _TAG_RE.finditer(text):
            self.keys.append(m.span(2))
            attrs = m.group(3)
            if "=" in attrs:
                at = m.start(3)
                for a in _ATTR_RE.finditer(attrs):
                    self.keys.append((at + a.start(1), at + a.end(1)))
                    vs = at + a.end()
                    ve = text.find('"', vs, m.end())
                    if ve > vs:
                        self.fields.append((a.group(1), (vs, ve)))
        named = self._named
        for m in _ELEMENT_RE.finditer(text):
            attr = _NAMING_ATTR_RE.search(text, m.start(), m.start(2))
            if attr is not None:
                # `<Data Name="TargetUserName">Ana Ruiz</Data>`: the attribute's value
                # is the key of the content, and no name itself
                named.add(attr.span(1))
                self.keys.append(attr.span(1))
                self.fields.append((attr.group(1), m.span(2)))
            else:
                self.fields.append((m.group(1), m.span(2)))

    def _key_values(self, text: str) -> None:
        """`key=value` pairs, two or more on a line (one alone may be prose or code)."""
        line_end = -1
        run: list[re.Match[str]] = []
        for m in _KV_RE.finditer(text):
            if m.start() > line_end:
                self._kv_run(text, run)
                line_end = text.find("\n", m.start())
                line_end = len(text) if line_end < 0 else line_end
                run = []
            run.append(m)
        self._kv_run(text, run)

    def _dn(self, text: str) -> None:
        """An X.500 name as openssl prints it (`C = BO, O = Acme, CN = Ana Ruiz`): each
        attribute type is a key and its value, up to the next comma, a field."""
        for line in _DN_LINE_RE.finditer(text):
            for m in _DN_PART_RE.finditer(text, line.start(), line.end()):
                self.keys.append(m.span(1))
                a, b = m.span(2)
                while b > a and text[b - 1] in " \t":
                    b -= 1
                if b > a:
                    self.fields.append((m.group(1), (a, b)))

    def _kv_run(self, text: str, run: list[re.Match[str]]) -> None:
        if len(run) < 2:
            return
        for i, m in enumerate(run):
            self.keys.append(m.span(1))
            a, b = m.span(2)
            if text[a : a + 1] == '"':
                a, b = a + 1, b - 1
            else:
                # an unquoted value runs to the next key ("name=Ana Ruiz dob=..."), the
                # last one to its line's end (its shape is checked where it is used)
                nxt = run[i + 1].start() if i + 1 < len(run) else text.find("\n", a, a + 60)
                b = max(b, nxt if nxt >= 0 else min(len(text), a + 60))
                while b > a and text[b - 1] in " \t,;":
                    b -= 1
            if b > a:
                self.fields.append((m.group(1), (a, b)))

    def _aligned(self, text: str) -> None:
        """A header row of a column-aligned table: cells two or more blanks apart, no
        digit, over two rows with digits and as many cells or more."""
        lines: list[Span] = []
        at = 0
        while at <= len(text) and len(lines) < _MAX_LINES:
            e = text.find("\n", at)
            e = len(text) if e < 0 else e
            lines.append((at, e))
            at = e + 1
        for i in range(len(lines) - 2):
            a, b = lines[i]
            line = text[a:b]
            if ("  " not in line and "\t" not in line) or _DIGIT_RE.search(line):
                continue
            cells = _cells(text, a, b)
            if len(cells) < 3 or any(e <= s for s, e in cells):
                continue
            ok = 0
            for c, d in lines[i + 1 : i + 3]:
                row = text[c:d]
                if _DIGIT_RE.search(row) and len(_cells(text, c, d)) >= len(cells) - 1:
                    ok += 1
            if ok == 2:
                self.keys.extend(cells)
                self._columns(text, cells, lines[i + 1 : i + 1 + _MAX_ROWS])

    def _columns(self, text: str, head: list[Span], rows: list[Span]) -> None:
        """Each row's cells under the header's (a leading row number, as pandas prints
        it, set aside), as fields keyed by their column's header, up to a row that does
        not fit."""
        n = len(head)
        cols: list[list[Span]] = [[] for _ in head]
        for a, b in rows:
            cells = _cells(text, a, b)
            if len(cells) == n + 1 and text[cells[0][0] : cells[0][1]].isdigit():
                cells = cells[1:]
            if len(cells) != n:
                break
            for j, ((hs, he), c) in enumerate(zip(head, cells, strict=True)):
                if c[1] > c[0]:
                    self.fields.append((text[hs:he], c))
                    cols[j].append(c)
        self.columns.extend((text[hs:he], col) for (hs, he), col in zip(head, cols, strict=True))

    def _csv(self, text: str) -> None:
        """Runs of three or more comma-separated lines with as many cells (three or more):
        their columns, and a header row (no digit, over rows with digits) as keys."""
        run: list[list[Span]] = []
        at = 0
        lines = 0
        while at < len(text) and lines < _MAX_LINES:
            e = text.find("\n", at)
            e = len(text) if e < 0 else e
            lines += 1
            cells = _csv_cells(text, at, e) if text.count(",", at, e) >= 2 else []
            if run and len(cells) != len(run[0]):
                self._csv_run(text, run)
                run = []
            if len(cells) >= 3:
                run.append(cells)
            at = e + 1
        self._csv_run(text, run)

    def _csv_run(self, text: str, rows: list[list[Span]]) -> None:
        if len(rows) < 3:
            return
        head: list[Span] | None = None
        if not any(_DIGIT_RE.search(text, a, b) for a, b in rows[0]) and all(
            any(_DIGIT_RE.search(text, a, b) for a, b in r) for r in rows[1:3]
        ):
            head, rows = rows[0], rows[1:]
            self.keys.extend(c for c in head if c[1] > c[0])
        for j in range(len(rows[0])):
            col = [r[j] for r in rows if r[j][1] > r[j][0]]
            key = text[head[j][0] : head[j][1]] if head else ""
            self.columns.append((key, col))
            if head:
                self.fields.extend((key, c) for c in col)

    # ---------------------------------------------------------------- queries

    def key_at(self, pos: int, people_keys: float) -> Span | None:
        """The key that holds position `pos`, or None (form keys as in `in_key`)."""
        for spans in (self.keys, self.form_keys if people_keys <= 0.34 else []):
            i = bisect.bisect_right(spans, (pos, 1 << 60))
            if i and spans[i - 1][0] <= pos < spans[i - 1][1]:
                return spans[i - 1]
        return None

    def in_key(self, start: int, end: int, people_keys: float) -> Span | None:
        """The key that holds most of [start, end), or None. Form keys count only when
        `people_keys` (the share of form keys the tagger took for names) is low: a chat's
        speakers and a directory's names are keys too."""
        k = _covering(self.keys, start, end)
        if k is None and people_keys <= 0.34:
            k = _covering(self.form_keys, start, end)
        return k


def _value_below(text: str, start: int, end: int) -> bool:
    """Whether the line after a key alone on its line holds its value (indented deeper:
    a certificate's "Serial Number:") or the form's next key: a greeting ("Hola Ana:",
    "Dear Sir:") opens a blank line or a paragraph."""
    a = end + 1
    if a >= len(text):
        return False
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    line = text[a:b]
    if not line.strip():
        return False
    indent = len(line) - len(line.lstrip(" \t"))
    own = end - start - len(text[start:end].lstrip(" \t"))
    if indent > own:
        return True
    return bool(_LINE_KEY_RE.match(text, a) or _EMPTY_KEY_RE.match(text, a))


_PROSE_RE = re.compile(r"[^\W\d_]+[\s,.!?…]")


def _prose(text: str, start: int, end: int) -> bool:
    """A value that opens with a lower-case word: a chat's message or a note's text."""
    return (
        text[start].islower() and _PROSE_RE.match(text, start, min(end + 1, len(text))) is not None
    )


def value_kind(value: str) -> str:
    """A value's kind: an e-mail or URL, a number, a mix of letters and digits, words."""
    if "@" in value or "://" in value:
        return "mail"
    digits = len(_DIGIT_RE.findall(value))
    if digits == 0:
        return "words"
    letters = sum(c.isalpha() for c in value)
    return "number" if digits >= letters else "mixed"


def _cells(text: str, a: int, b: int) -> list[Span]:
    """A row's cells: split at tabs (empty cells kept) or else at two or more blanks."""
    if text.find("\t", a, b) < 0:
        return [(a + m.start(), a + m.end()) for m in _ALIGNED_SPLIT_RE.finditer(text[a:b])]
    out = []
    for part in text[a:b].split("\t"):
        s, e = a, a + len(part)
        a = e + 1
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        out.append((s, e))
    return out


_CSV_CELL_RE = re.compile(r'[ \t]*(?:"((?:[^"\n]|"")*)"|([^,\n]*))[ \t]*(?:,|$)', re.M)


def _csv_cells(text: str, a: int, b: int) -> list[Span]:
    """A comma-separated line's cells, quotes stripped (`"a, b",c` -> `a, b` and `c`)."""
    out: list[Span] = []
    at = a
    while at <= b:
        m = _CSV_CELL_RE.match(text, at, b)
        if m is None:
            return []
        g = 1 if m.group(1) is not None else 2
        s, e = m.span(g)
        while e > s and text[e - 1] in " \t":
            e -= 1
        out.append((s, e))
        if m.end() >= b or m.end() == at:
            break
        at = m.end()
    return out


def _covering(spans: list[Span], start: int, end: int) -> Span | None:
    """The span of `spans` (sorted) that covers most of [start, end)."""
    i = bisect.bisect_left(spans, (end, -1))
    for a, b in spans[max(0, i - 6) : i]:
        inside = min(b, end) - max(a, start)
        if inside > 0 and inside * 2 >= end - start:
            return a, b
    return None


# The structure of the text being scanned: the span rules (`_structure_spans`) and the
# repeat pass (`_name_repeats`) both read it. One slot a thread, emptied by
# `forget_structure()` at the end of the free-form passes so no text outlives its scan.
_last = threading.local()


def structure_of(text: str) -> Structure:
    """The text's `Structure`, read once for the passes of one scan."""
    last: tuple[str, Structure] | None = getattr(_last, "value", None)
    if last is not None and last[0] is text:
        return last[1]
    st = Structure(text)
    _last.value = (text, st)
    return st


def forget_structure() -> None:
    """Drops the structure kept by `structure_of` (and the text it holds)."""
    _last.value = None
