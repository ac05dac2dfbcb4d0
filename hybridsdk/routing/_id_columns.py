"""Identity numbers in the column of a table whose header names an identity document.

    #  SURNAME/GIVEN        PASSPORT   DOB          No. | 姓名   | 身份證編號  | 地址
    1  OKAFOR/CHIDI         A09182736  14/07/1981   0012 | 陳大文 | 1234567(8) | ...

    A1 = 'Name'        B1 = 'ID No.'                  Nom ; CIN ; Téléphone
    A2 = 'Ann Lee'     B2 = '7712-0410-3'             Ali ; AB123456 ; ...

A number in a country's scheme is found by its check digit (`_national_ids*.py`); many
countries' numbers have none a reader can verify (passports everywhere, the identity
cards of most of Latin America, Africa and the Arab world), and in a table the word that
names them is the column's header, far from the value. This detector reads every layout
of table the birth-date columns read (`_birth_date_columns.column_cells`: delimited,
fixed-width, data-frame printouts) and spreadsheet cell dumps (``C1 = 'Cédula'`` ...
``C7 = '9750701 PT'``), and reports a cell below a header naming an identity number or
document ("Passport", "ID No.", "Cédula", "DUI", "CIN", "No. KP", "الرقم المدني",
"رقم بطاقة التعريف", "身份證編號", "የፋይዳ ቁጥር" ...) when the cell has an id's shape: 5 to
24 capitals and digits with four digits or more, separators inside, a bracketed check
character ("1234567(8)") or a short issuing-office suffix ("4471029 LP").

Fields written as name/value objects (HAR params, attribute lists: ``{"name": "id_number",
"value": "4.204.845"}``, `_name_value_pairs`) are read as a one-cell column.

What it will not take: a header that also names something else's number ("order ID",
"user id", "ID transacción", "SIM", "ticket"), a bare "ID" (row numbers), a cell that is a
date, an amount, a phone number ("+", brackets round a prefix) or has lower-case letters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

# (imported for their cue lists, registered with CUES at import: "anyid", "header",
# "world", "passport")
from hybridsdk.routing import _id_generic, _national_ids_world, _travel_documents  # noqa: F401
from hybridsdk.routing._birth_date_columns import column_cells
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._id_fields import CUES, generic_cues
from hybridsdk.routing._name_value_pairs import name_value_pairs
from hybridsdk.routing._national_ids_intl import ascii_digits
from hybridsdk.routing._structure_cells import cell_dump

__all__ = ["CONFIDENCE", "IdColumnDetector", "column_id_spans"]

CONFIDENCE = 0.85

_W = r"(?<![^\W\d_])"  # no letter right before
_WE = r"(?![^\W\d_])"  # no letter right after
# Column headers naming an identity number or document, in many languages; the other
# cue lists (generic identity words, scheme names, passports) are read as headers too.
_COLUMN_WORDS_RE = re.compile(
    r"(?i)(?:"
    + "|".join(
        (
            # en: an id with a word saying it is a number or a card
            _W + r"id[ .\-]?(?:no\b\.?|nr\b\.?|number|num\b|#|card)",
            _W + r"identity" + _WE,
            _W + r"doc(?:ument)?\.?[ \-]?(?:no\b\.?|nr\b\.?|number|num\b|#|id\b)",
            _W + r"travel[ \-]doc",
            _W + r"omang" + _WE,
            # provident and social-security funds' member numbers
            r"(?-i:(?<![\w.])(?:FNPF|NPF|NSSF|SSNIT|NAPSA)(?![\w]))",
            # es pt fr it: cédula, carné, documento, identidad, pièce d'identité
            r"c[ée]dula",
            _W + r"c[ée]d\.",
            _W + r"carn[eé]t?" + _WE,
            _W + r"documento" + _WE,
            _W + r"identi(?:dad|ficaci[oó]n|dade|fica[cç][aã]o|t[ée]|fiant)" + _WE,
            _W + r"pi[eè]ce d'id",
            # ms id: identity card, passport
            _W + r"kad pengenalan",
            _W + r"(?:no\.? ?)?(?-i:KP|IC|MyKad|KTP)" + _WE,
            _W + r"pasp?ort" + _WE,
            # abbreviations of identity cards and numbers (capitals only)
            r"(?-i:(?<![\w.])(?:DUI|CIN|CNI|CNIB|NID|NIN|NIC|NINU|NUI|CIP|CI|C\.I\.|DPI|BI|TIN|NIF|CC)(?![\w]))",
            # sw am km: kitambulisho, መታወቂያ / ፋይዳ (Fayda), អត្តសញ្ញាណ
            _W + r"kitambulisho",
            r"መታወቂያ|ፋይዳ|ፓስፖርት|អត្តសញ្ញាណ|លិខិតឆ្លងដែន",
            # ar fa ur he: identity, civil / national number, identity card
            r"هوي[ةه]|الهوي[ةه]|الرقم المدني|رقم مدني|الرقم الوطني|رقم وطني|بطاقة التعريف"
            r"|رقم التعريف|البطاقة الوطنية|البطاقة الموحدة|بطاقة شخصية|جواز|کارت ملی|شناختی"
            r"|شناختی کارڈ|תעודת זהות|ת\.ז",
            # zh ja ko th vi: identity card, documents, passport
            r"身份證|身份证|身分證|身分证|證件|证件|旅行證|護照|护照|旅券|身分証|여권|신분증"
            r"|บัตรประชาชน|หนังสือเดินทาง|(?-i:CCCD|CMND)|căn cước",
        )
    )
    + ")"
)
CUES.register("idcolumn", _COLUMN_WORDS_RE)
_OTHER_CUES = ("header", "passport", "world", "anyid")

# A header that names another thing's number: not a person's identity.
_OTHER_NUMBER_RE = re.compile(
    r"(?i)order|invoice|ticket|user|session|transac|txn|account|acct|booking|device|\bsim\b"
    r"|iccid|imei|imsi|tracking|receipt|\bref|member|employee|staff|student|customer|client"
    r"|policy|loan|product|sku|item|seat|flight|voucher|serial|host|\bpid\b|uuid|guid"
    r"|request|trace|event|message|\bmsg|file|record|job|pedido|factura|cuenta|commande"
    r"|facture|compte|licen[cs]|permis|licencia|patente|fecha|date|expir|issue|émis|emis"
    r"|valid|type|tipo|كود|طلب|فاتورة|订单|訂單|票|تاريخ|日期"
)
# A cell: capitals and digits, separators inside, an optional bracketed check character
# or issuing-office suffix ("1234567(8)", "4471029 LP", "1316560 L.P.").
_VALUE_RE = re.compile(
    r"[A-Z0-9](?:[A-Z0-9]|[ ./\-](?=[A-Z0-9])){3,23}(?:\([0-9A-Z]\))?"
    r"(?: (?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.))?"
)
_DATE_RE = re.compile(r"(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})")
_AMOUNT_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{2}")
_IPV4_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_MIN_DIGITS = 4


def _is_date(raw: str) -> bool:
    m = _DATE_RE.fullmatch(raw)
    if m is None:
        return False
    a, b, c = (int(g) for g in m.groups())
    if len(m.group(1)) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def value_ok(raw: str) -> bool:
    """Whether a table cell has an identity number's shape (not a date, amount or IP)."""
    if _VALUE_RE.fullmatch(raw) is None or sum(c.isdigit() for c in raw) < _MIN_DIGITS:
        return False
    if _is_date(raw) or _AMOUNT_RE.fullmatch(raw) or _IPV4_RE.fullmatch(raw):
        return False
    return len(set(raw.replace(" ", ""))) > 2  # "0000000", "11-11-11": a placeholder


def _header_ok(cell: str) -> bool:
    return len(cell) <= 48 and _OTHER_NUMBER_RE.search(cell) is None


def _sheet_cells(text: str, cues: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """Cells of a dump's column whose first cell is an identity header."""
    headers: dict[str, int] = {}  # column -> row of its header cell
    cells = cell_dump(text)
    starts = [m.start("v") for m in cells]
    for cue in cues:
        k = bisect.bisect_right(starts, cue.start()) - 1
        if k < 0 or cue.end() > cells[k].end("v"):
            continue
        m = cells[k]
        value = m.group("v").strip()
        if len(value) <= 40 and _header_ok(value) and not any(c.isdigit() for c in value):
            row = int(m.group("row"))
            headers[m.group("col")] = min(headers.get(m.group("col"), row), row)
    if not headers:
        return
    for m in cells:
        head = headers.get(m.group("col"))
        if head is not None and int(m.group("row")) > head:
            a, b = m.span("v")
            raw = text[a:b].strip()
            if value_ok(raw):
                a += len(text[a:b]) - len(text[a:b].lstrip())
                yield a, a + len(raw)


def column_id_spans(text_a: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reader) of the id cells this module reads in `text_a` (ASCII digits),
    each once: name/value objects, then table columns, then sheet dumps."""
    seen: set[tuple[int, int]] = set()
    for a, b in _pair_spans(text_a):
        seen.add((a, b))
        yield a, b, "id_name_value"
    if "\n" not in text_a:
        return
    cues = list(CUES.find(text_a, "idcolumn")) + list(generic_cues(text_a))
    for name in _OTHER_CUES:
        cues += CUES.find(text_a, name)
    if not cues:
        return
    cues.sort(key=lambda m: (m.start(), -m.end()))
    for a, b, _ in column_cells(text_a, cues, lambda a, b: value_ok(text_a[a:b]), _header_ok):
        if _in_digit_run(text_a, a, b):
            continue  # "+375 44 351-30-33": the tail of a phone number below the column
        if (a, b) not in seen:
            seen.add((a, b))
            yield a, b, "id_column_cells"
    if "=" in text_a or ":" in text_a:
        for a, b in _sheet_cells(text_a, cues):
            if (a, b) not in seen:
                seen.add((a, b))
                yield a, b, "id_sheet_cells"


def _pair_spans(text_a: str) -> Iterator[tuple[int, int]]:
    """Name/value objects whose name names an identity number (HAR params:
    ``{"name": "id_number", "value": "4.204.845"}``), a field like a column's cell."""
    for name, a, b in name_value_pairs(text_a):
        label = name.replace("_", " ")
        if a == b or text_a[a].isspace() or text_a[b - 1].isspace():
            continue
        if _header_ok(label) and _id_name(label) and value_ok(text_a[a:b]):
            yield a, b


class IdColumnDetector:
    """Identity numbers below a table column header naming an identity document; see the
    module docstring. The scanner runs this reader inside `WorldNationalIdDetector`'s
    table stage (one reader of id columns); the class reads it alone."""

    kind = PiiKind.NATIONAL_ID

    def __call__(self, text: str) -> Iterator[Finding]:
        for a, b, name in column_id_spans(ascii_digits(text)):
            yield Finding.from_span(self.kind, text, a, b, CONFIDENCE, name)


def _id_name(label: str) -> bool:
    """Whether a field's name names an identity number or document."""
    return _COLUMN_WORDS_RE.search(label) is not None or any(True for _ in generic_cues(label))


def _in_digit_run(text: str, a: int, b: int) -> bool:
    """A digit group one space (or a "+") away on either side: the cell is part of a
    longer number, not a cell of its own."""
    return (a >= 2 and text[a - 1] == " " and (text[a - 2].isdigit() or text[a - 2] == "+")) or (
        text[b : b + 1] == " " and text[b + 1 : b + 2].isdigit()
    )
