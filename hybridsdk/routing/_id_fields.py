"""Where an identity number's cue is when it is not right before the number.

Two layouts put the word that names a value far from it:

- a table (CSV, TSV, a pipe table): the cue is the header of the value's column, written
  once on the first line ("Nr;PESEL;Suma" ... "#262660;90010112345;334.99");
- a generic identity word rather than a scheme's name ("ID number", "identity document",
  "KYC", "Ausweisnummer", "身份证号", "رقم الهوية" ...): it says "a person's identity
  number follows" without saying which country's, so any scheme whose check digit passes
  may follow.

`column_header` returns the header cell above a value; `GENERIC_ID_RE` matches the generic
identity words of many languages (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Thai, CJK and Korean scripts). Bare "id", "user_id" or "order id" are not among them: row
numbers and order ids are not people's identities; nor is "USt-IdNr." (a VAT number).
"""

from __future__ import annotations

import bisect
import importlib
import re
import sys
from typing import Any

__all__ = [
    "CUES",
    "GENERIC_ID_RE",
    "CueFinder",
    "CueIndex",
    "column_header",
    "column_header_span",
    "cue_reaches",
    "generic_cues",
    "last_generic_cue",
]

# Words naming a person's identity number or document without naming the country's scheme.
GENERIC_ID_RE = re.compile(
    r"(?i)(?:"
    # English and codes seen in forms, JSON keys and logs
    r"(?<![a-z])(?:national|personal|citizen|resident|tax(?:payer)?|identity|identification"
    r"|social)[ _-]?(?:id|no|nr|num(?:ber)?|code|card)(?![a-z])"
    r"|(?<![a-z])(?<!ust-)id[ _-]?(?:number|num|no|nr|card|code|doc(?:ument)?)(?![a-z])"
    r"|(?<![a-z])identity(?![a-z])|(?<![a-z])kyc(?![a-z])(?![ \t]*(?:#|no\b|n[°º]|ref|case|form|file|request|ticket))"
    # ... but not a service's, host's or module's name ("kyc-svc", "kyc_api", "kyc.worker")
    r"(?![-_.][a-z])"
    r"|(?<![a-z])id[ _-]?(?:check|verif\w*|scan\w*)"
    # Romance languages
    r"|n[úu]mero de (?:identifica\w+|documento|identidad|contribuinte|c[ée]dula)"
    r"|documento (?:de identidad|nacional|d'identit|d'identità)|c[ée]dula|\bdoc\.? identidad"
    r"|num[ée]ro (?:d'identit[ée]|fiscal|national|de s[ée]curit[ée] sociale)"
    r"|pi[eè]ce d'identit[ée]|carte d'identit[ée]|carta d'identit[àa]|codice identificativo"
    r"|identificaç[ãa]o|identifica(?:ci[óo]n|tivo) fiscal|c[óo]digo (?:fiscal|personal)"
    r"|cod(?:ul)? numeric personal|num[ăa]r (?:de )?identificare|carte de identitate"
    # Germanic and Nordic languages
    r"|ausweis\w*|identiteit\w*|persoonsnummer|persoonlijk nummer|personlig identifikation"
    r"|personbevis|henkil[öo]llisyys|identitetskort|legitimation|id-?kort"
    # Slavic, Baltic, Hungarian, Greek, Turkish languages
    r"|numer (?:identyfikacyjny|dowodu|ewidencyjny)|dow[oó]d osobisty|osobn[ií] (?:č[ií]slo|identifika\w+)"
    r"|ob[čc]iansk\w*|osobn[ií] iskaznic\w*|li[čc]n[ae] (?:karta|izkaznica)"
    r"|szem[ée]lyi (?:sz[áa]m|igazolv\w*)"
    r"|идентификацион\w*|удостоверени\w* личност\w*|личн\w* (?:номер|код)"
    r"|паспорт\w*|посвідчен\w*|особов\w* (?:номер|код)|податков\w* (?:номер|код)"
    r"|асабіст\w* (?:нумар|код)|ідэнтыфікацыйн\w* нумар"
    # Uzbek personal identification number (ЖШШИР, JShShIR; ПИНФЛ in Russian)
    r"|(?<![\w])(?:жшшир|jshshir|пинфл|pinfl)(?![\w])"
    r"|ταυτότητ\w*|αριθμός μητρώου|kimlik|vatanda[şs]l[ıi]k"
    # Semitic, Indic, South-East Asian languages
    r"|هوي[ةه]|الهوي[ةه]|رقم قومي|الرقم القومي|الرقم الشخصي|رقم ملي|کد ملی|شناسه"
    r"|תעודת זהות|מספר זהות|ת\.ז|"
    r"पहचान|आईडी|पहचान पत्र|नागरिकता|ব্যক্তিগত|পরিচয়|அடையாள|గుర్తింపు"
    # Sinhala national identity card (ජාතික හැඳුනුම්පත, abbreviated ජා.හැ.අ.)
    r"|ජා\.හැ\.අ\.?(?: අංකය)?|ජාතික හැඳුනුම්පත\w*(?: අංකය)?"
    r"|บัตรประชาชน|nomor induk|kartu tanda penduduk|s[ốo] định danh|kad pengenalan"
    # CJK and Korean
    r"|身[份分]证\w*|身[份分]證\w*|证件号\w*|證件號\w*|个人编号|統一編號|居民身份"
    r"|身分証\w*|本人確認|個人番号|マイナンバー|証明書番号|在留カード"
    r"|주민(?:등록)?번호|신분증|외국인등록번호|개인식별번호"
    r")"
)

# What may follow a cue at the end of its line when its value is on the next line.
_CUE_LINE_END_RE = re.compile(r"[^\S\n]*[)\]]?[^\S\n]*[:=#\uff1a|\-]?[^\S\n]*\n\s*")


def cue_reaches(text: str, cue_end: int, start: int) -> bool:
    """Whether a cue ending at `cue_end` can name a value starting at `start`: on the same
    line, or at the end of its line ("Passport:" above the number). A cue in a table
    header ("Phone,National ID,Card") names its column, not the next line's first cell
    (`column_header` reads those).

    Args:
        text: the whole text.
        cue_end: where the cue word ends.
        start: where the value starts.
    """
    newline = text.find("\n", cue_end, start)
    if newline < 0:
        return True
    line_start = text.rfind("\n", 0, cue_end) + 1
    if any(d in text[line_start:cue_end] for d in _DELIMITERS):
        return False  # the cue is the last cell of a table header
    return _CUE_LINE_END_RE.fullmatch(text, cue_end, start) is not None


_DELIMITERS = (";", "\t", "|", ",")


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Spans of the cells of one delimited line, a quoted cell taken whole."""
    spans: list[tuple[int, int]] = []
    start, quoted = 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(line)))
    return spans


_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*(?=\n)")
_last_blocks: tuple[str, list[int]] | None = None


def _block_starts(text: str) -> list[int]:
    """Where each block of non-blank lines starts (0 and after every blank line)."""
    global _last_blocks
    if _last_blocks is not None and _last_blocks[0] is text:
        return _last_blocks[1]
    starts = [0] + [m.end() + 1 for m in _BLANK_LINE_RE.finditer(text)]
    _last_blocks = (text, starts)
    return starts


_MAX_SINGLE_HEADER = 40


def column_header(text: str, start: int) -> str | None:
    """The header cell of the column holding position `start` in a delimited table.

    Args:
        text: the whole text.
        start: a position inside a table cell (the start of a candidate value).
    """
    span = column_header_span(text, start)
    return None if span is None else text[span[0] : span[1]].strip().strip('"').strip()


def column_header_span(text: str, start: int) -> tuple[int, int] | None:
    """Where the header cell of the column holding position `start` is, in a table.

    The header is the first line of the block of non-blank lines around `start`; the
    value's line and the header must split into the same number of cells with the same
    delimiter. None when the text there is not a table.

    Args:
        text: the whole text.
        start: a position inside a table cell (the start of a candidate value).
    """
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return None  # the value is on the first line: it is the header itself, or no table
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end]
    # The block's first line: after the last blank line before the value (block starts
    # are found once per text, so a long table costs one pass, not one walk per cell).
    starts = _block_starts(text)
    head_start = starts[bisect.bisect_right(starts, line_start) - 1]
    if head_start == line_start:
        return None
    head_end = text.find("\n", head_start)
    header = text[head_start:head_end]
    if head_end + 1 < line_start and not any(d in header for d in _DELIMITERS):
        # A title line above the table ("Export 2025-01-31" then "Name;PESEL;..."): the
        # header is the next line.
        # The header line: no digits, three cells or more, as many as the value's line.
        second_end = text.find("\n", head_end + 1)
        second = text[head_end + 1 : second_end]
        if not any(c.isdigit() for c in second) and any(
            len(_cells(second, d)) == len(_cells(line, d)) >= 3 for d in _DELIMITERS
        ):
            head_start, head_end, header = head_end + 1, second_end, second
    if not any(d in header or d in line for d in _DELIMITERS):
        # One column: a short header line without digits above a column of values.
        if len(header) <= _MAX_SINGLE_HEADER and not any(c.isdigit() for c in header):
            return head_start, head_start + len(header)
        return None
    for delimiter in _DELIMITERS:
        if delimiter not in line or delimiter not in header:
            continue
        row, head = _cells(line, delimiter), _cells(header, delimiter)
        if len(row) != len(head) or len(row) < 2:
            continue
        at = start - line_start
        for i, (a, b) in enumerate(row):
            if a <= at <= b:
                ha, hb = head[i]
                return head_start + ha, head_start + hb
        return None
    return None


# --- finding cue words fast ------------------------------------------------------------

# The regex parser, to read a cue pattern's literals (private modules: re._parser since
# Python 3.11, sre_parse before, which 3.11+ warns about).
_sre_c: Any = importlib.import_module(
    "re._constants" if sys.version_info >= (3, 11) else "sre_constants"
)
_sre_p: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")


def _hints_of(items: Any, *, fold: bool = True) -> set[str] | None:
    """Literal strings at least one of which every match of the parsed sequence
    `items` contains (lower case, or as written with `fold=False`), or None when no such
    set was found. A small character class inside a literal run ("ad[óo]azonos") spreads
    the run into its variants."""
    best: set[str] | None = None
    runs: set[str] = {""}

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    def flush() -> None:
        nonlocal runs
        if any(runs):
            consider({r.lower() if fold else r for r in runs})
        runs = {""}

    for op, av in items:
        if op is _sre_c.LITERAL:
            runs = {r + chr(av) for r in runs}
            continue
        small_class = op is _sre_c.IN and len(av) <= 3 and len(runs) * len(av) <= 16
        if small_class and all(o is _sre_c.LITERAL for o, _ in av):
            runs = {r + chr(c) for r in runs for _, c in av}
            continue
        flush()
        if op is _sre_c.SUBPATTERN:
            consider(_hints_of(av[-1], fold=fold))
        elif op is _sre_c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                sub = _hints_of(branch, fold=fold)
                if sub is None:
                    union = set()
                    break
                union |= sub
            consider(union or None)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
            consider(_hints_of(av[2], fold=fold))
    flush()
    return best


_REACH = 48  # characters either side of a hint searched for the whole cue

_REPEATS = frozenset(
    getattr(_sre_c, n)
    for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre_c, n)
)
_LEAVES = frozenset(
    getattr(_sre_c, n) for n in ("AT", "ANY", "CATEGORY", "SUCCESS", "FAILURE", "GROUPREF")
)


def _case_exact(items: Any, ignorecase: bool) -> bool:
    """Whether no character of the parsed sequence `items` is matched ignoring case
    (`(?-i:CI|C\\.I\\.)` inside a `(?i)` pattern): its hints are then sought as written,
    not in the lower-cased text ("C" is rarer than "c" in most texts)."""
    for op, av in items:
        if op is _sre_c.SUBPATTERN:
            _, add, remove, sub = av
            case = (ignorecase or bool(add & re.I)) and not remove & re.I
            if not _case_exact(sub, case):
                return False
        elif op is _sre_c.BRANCH:
            if not all(_case_exact(b, ignorecase) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _case_exact(av[2], ignorecase):
                return False
        elif op in (_sre_c.ASSERT, _sre_c.ASSERT_NOT):
            if not _case_exact(av[1], ignorecase):
                return False
        elif op in _LEAVES or op is _sre_c.NOT_LITERAL:
            if op is _sre_c.NOT_LITERAL and ignorecase:
                return False
        elif ignorecase or op not in (_sre_c.LITERAL, _sre_c.IN):
            return False
    return True


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of `(?i)(?:A|B|C)` (or `A|B|C`) as separate pattern strings."""
    flags = ""
    if pattern.startswith("(?") and pattern[2:3].isalpha() and ")" in pattern:
        close = pattern.index(")")
        if pattern[2:close].isalpha():
            flags, pattern = pattern[: close + 1], pattern[close + 1 :]
    if pattern.startswith("(?:") and pattern.endswith(")"):
        depth, i, inner = 0, 0, True
        while i < len(pattern):
            ch = pattern[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0 and i != len(pattern) - 1:
                    inner = False
                    break
            i += 1
        if inner:
            pattern = pattern[3:-1]
    parts, depth, in_class, last, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
        i += 1
    parts.append(pattern[last:])
    return [flags + p for p in parts if p]


_last_lowered: tuple[str, str, frozenset[str]] | None = None


def _lowered(text: str) -> tuple[str, frozenset[str]]:
    """`text` lower-cased and the set of its character pairs (and single characters),
    kept for the last text: every cue finder asks for the same text in a row."""
    global _last_lowered
    if _last_lowered is not None and _last_lowered[0] is text:
        return _last_lowered[1], _last_lowered[2]
    low = text.lower()
    pairs = frozenset(map(str.__add__, low, low[1:])).union(low)
    _last_lowered = (text, low, pairs)
    return low, pairs


class CueFinder:
    """Finds a cue regex's matches without running a long alternation over every
    character. Each top-level alternative becomes a small regex that runs only around
    the literal hints every one of its matches contains (found with `str.find`, fast);
    most texts contain none.

    Args:
        pattern: the cue regex (its top-level alternatives are split apart).
    """

    def __init__(self, pattern: re.Pattern[str], *, split: list[str] | None = None) -> None:
        self.pattern = pattern
        self.parts: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
        # hint's first two characters -> (hint, the alternative's regex)
        # (a hint found as written, not lower-cased, when no letter of its alternative
        # is matched ignoring case)
        self._by_pair: dict[str, list[tuple[str, re.Pattern[str], bool]]] = {}
        for alternative in split if split is not None else _top_level_alternatives(pattern.pattern):
            regex = re.compile(alternative, pattern.flags if split is None else 0)
            parsed = _sre_p.parse(regex.pattern, regex.flags)
            hints = _hints_of(parsed)
            if not hints:
                raise ValueError(f"no literal hint in cue alternative {alternative[:60]!r}")
            self.parts.append((tuple(sorted(hints)), regex))
            as_written = (
                _hints_of(parsed, fold=False)
                if _case_exact(parsed, bool(parsed.state.flags & re.I))
                else None
            )
            for h in as_written or hints:
                self._by_pair.setdefault(h[:2].lower(), []).append((h, regex, bool(as_written)))
        self._pairs = frozenset(self._by_pair)

    @classmethod
    def from_alternatives(cls, alternatives: list[str]) -> CueFinder:
        """A finder over separate patterns, each with its own inline flags."""
        return cls(re.compile("(?!)"), split=alternatives)  # the parts do the matching

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Matches of the cue's alternatives in `text`, sorted by start (a match longer
        than 48 characters either side of its hint is cut)."""
        low, pairs = _lowered(text)
        if len(low) != len(text):  # lower-casing changed offsets ("İ"): search it all
            every = [m for _, regex in self.parts for m in regex.finditer(text)]
            return sorted(every, key=lambda m: (m.start(), -m.end()))
        found: list[re.Match[str]] = []
        for pair in pairs & self._pairs:  # a set intersection rules most hints out
            for h, regex, exact in self._by_pair[pair]:
                if h[-2:].lower() not in pairs:
                    continue
                where = text if exact else low
                i = where.find(h)
                while i >= 0:
                    a, b = max(0, i - _REACH), min(len(text), i + len(h) + _REACH)
                    found.extend(m for m in regex.finditer(text, a, b) if m.start() <= i < m.end())
                    i = where.find(h, i + 1)
        if not found:
            return found
        found.sort(key=lambda m: (m.start(), -m.end(), id(m.re)))
        return [
            m
            for k, m in enumerate(found)
            if not k or (m.span(), m.re) != (found[k - 1].span(), found[k - 1].re)
        ]


class CueIndex:
    """Several named cue patterns found in one go: one set intersection of the text's
    character pairs with every pattern's hints, then small regexes around the hints that
    occur. The last text's matches are kept (the id detectors ask about the same text
    in a row).
    """

    def __init__(self) -> None:
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._finder: CueFinder | None = None
        self._owners: dict[re.Pattern[str], list[str]] = {}
        self._last: tuple[str, dict[str, list[re.Match[str]]]] | None = None

    def register(self, name: str, pattern: re.Pattern[str]) -> None:
        """Adds a named cue pattern (at import time of the module that uses it).

        Args:
            name: the name `find` is asked with.
            pattern: a cue regex whose top-level alternatives each contain a literal.
        """
        self._patterns[name] = pattern
        self._finder, self._last = None, None

    def names(self) -> list[str]:
        """The registered patterns' names."""
        return list(self._patterns)

    def find(self, text: str, name: str) -> list[re.Match[str]]:
        """The matches of pattern `name` in `text`, sorted by start.

        Args:
            text: the text.
            name: a registered pattern's name.
        """
        if self._last is None or self._last[0] is not text:
            finder = self._finder or self._build()
            by_name: dict[str, list[re.Match[str]]] = {n: [] for n in self._patterns}
            for m in finder.finditer(text):
                for owner in self._owners[m.re]:
                    by_name[owner].append(m)
            self._last = (text, by_name)
        return self._last[1][name]

    def _build(self) -> CueFinder:
        # One finder over every pattern's alternatives; each alternative knows whose it is
        # (the same alternative in two patterns compiles to one regex with two owners).
        self._owners = {}
        alternatives: list[str] = []
        for name, pattern in self._patterns.items():
            for part in CueFinder(pattern).parts:
                regex = part[1]
                if regex not in self._owners:
                    alternatives.append(regex.pattern)
                self._owners.setdefault(regex, []).append(name)
        self._finder = CueFinder.from_alternatives(alternatives)
        return self._finder


CUES = CueIndex()
CUES.register("generic", GENERIC_ID_RE)


def generic_cues(text: str) -> list[re.Match[str]]:
    """`GENERIC_ID_RE`'s matches in `text`, sorted by start."""
    return CUES.find(text, "generic")


def last_generic_cue(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last generic identity word lying within text[lo:hi]."""
    last = None
    for m in generic_cues(text):
        if m.start() >= lo and m.end() <= hi:
            last = m
        elif m.start() >= hi:
            break
    return last
