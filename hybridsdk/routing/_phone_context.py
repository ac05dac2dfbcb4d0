"""Whether a number that fits a numbering plan is written as a phone number in its text.

A plan accepts many digit strings that are something else: "Bestellnummer 0258 999546",
"montant 628 320 923 €", "Steuer-ID 27 120 832 833" (a failed check digit), "TX 04832-7691".
A phone candidate is kept only when nothing around it says it is another kind of number:

- a non-phone cue word right before the run of digit groups that holds it (order, invoice,
  Bestellung, commande, pedido, ordine, 注文, 订单, 주문번호, account, serial, tracking, the
  national-id words ...), with only connecting words between ("number", "Nr.", "n°",
  "番号", "is", a JSON key's quotes);
- an amount or a measurement: a currency or a unit right after or before it, or a decimal
  part glued to it ("93.041.783,03 €");
- a date ("04-05-2025 14", "2025 02 24 14"), a US ZIP+4 after a state code, the tail of an
  IBAN-shaped head ("DE85 0873 ...");
- a national number written without its trunk prefix in a plan that always writes one
  ("6 12 34 56 78" in France, "75018 50 44" after a street): `national_form_plausible`.

A phone cue right before the number ("Tel.", "Handy", "portable", "móvil", "電話", "手机",
"전화" ...) vouches for it: the checks above are skipped and the shape-only detector
accepts a bare digit run after it.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

from hybridsdk.routing._phone_columns import Field, field_at, forget
from hybridsdk.routing._phone_cues import NOT_PHONE_CUES, PHONE_CUES, cue_before
from hybridsdk.routing._phone_log_fields import log_field_number
from hybridsdk.routing._phone_references import numbered_reference

__all__ = [
    "extension_end",
    "has_phone_cue",
    "nanpa_grouping_plausible",
    "national_form_plausible",
    "other_kind_of_number",
    "run_start",
    "trunk_written",
]

_CUE_WINDOW = 32


def _split(spaced: str) -> list[str]:
    return spaced.split()


# Amounts and measurements: a currency or unit right after or right before the number.
_UNITS = _split(
    "€ $ £ ¥ ₹ ₩ 円 元 원 zł kr eur usd gbp chf sek nok dkk pln brl mxn inr jpy cny krw aud "
    # more currencies: the signs of Georgia, Azerbaijan, Kazakhstan, Nigeria, the
    # Philippines, Bangladesh ..., their codes and local names
    "₾ ₼ ₸ ₦ ₱ ৳ ₫ ₪ ₺ ₽ ₴ ₭ ₮ ₲ ₵ ₡ ₨ ฿ ﷼ лв дин тг kč ft kn din rsd kzt azn gel ngn php "
    "bdt tk taka aoa kz kwanza uyu clp pen soles naira lari manat tenge dinar rand zar isk "
    "kes ksh "
    # Pakistani, Nepali, Sri Lankan rupees, the guaraní, the denar, the som, the kip, the
    # tögrög (session 13: crop bulletins, land registers)
    "pkr npr lkr rs rs. रु रु. रू. gs gs. pyg mkd ден ден. uzs so'm soʻm сўм сум lak kip mnt "  # noqa: RUF001
    "cad ft czk m² m2 km² km m cm mm kg g t mah kwh wh mw kw w byte bytes kb mb gb tb px "
    "pixel pixels l ml hz mhz ghz einwohner inhabitants habitants habitantes abitanti "
    "inwoners people units pcs stück stk views users votes km/h mph rows records entries "
    "events requests messages files lines points pts times visits clicks downloads "
    "followers steps kcal calories punkte zeilen lignes filas righe regels "
    # minutes and hours ("... in 10 मिनट", "20 分钟"): durations, in many languages
    "min mins minute minutes minuten minutos minuti minut minuty minuter minuttia минут "
    "минуты хвилин λεπτά dakika perc phút menit मिनट মিনিট دقيقة دقائق דקות 分 分钟 分鐘 분 "
    "hours hrs stunden часов годин घंटे 小时 時間 시간"  # not "ore", "saat", "jam": o'clock
)
# A unit ends the word: "06 12 34 56 78 l'après-midi" is no litre (either apostrophe).
# On the same line, and not a label: "T: 030 123456\nM: 0171 ..." (a signature's
# "M:" line), "... t=43ms" (a log's key) are no metres or tonnes.
_UNIT_AFTER_RE = re.compile(
    r"[ \u00a0\u202f]?(?:"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w'\u2019]|[ \u00a0]?[:=])",
    re.IGNORECASE,
)
# A currency sign of any country (Unicode's currency symbols, U+20A0-U+20C0: "₾", "₼", "₸",
# "₦", "৳") or a code or sign written before an amount; a code must be a whole word
# ("Wouters 04 310 18 50" is no amount in rupees).
_UNIT_BEFORE_RE = re.compile(
    r"(?:[€$£¥₹₩\u20a0-\u20c0৳฿﷼]|(?<![^\W\d_])(?:r\$|s/|eur|usd|gbp|chf|sek|pln|brl|mxn|inr|rs\.?"
    r"|jpy|cny|kzt|azn|gel|ngn|php|bdt|tk|aoa|kz|uyu|clp|pen|rsd|isk|zar|kes))\s?$",
    re.IGNORECASE,
)
_DATE_HEAD_RE = re.compile(  # used with .match(text, pos): no "^"
    r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|"
    r"(?:19|20)\d\d ?[-\u2013/] ?(?:19|20)\d\d(?![\d-])|(?:19|20)\d\d[ ./-](?:0?[1-9]|1[0-2])[ ./-](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[ ./-](?:0?[1-9]|1[0-2])[ ./-](?:19|20)\d\d)(?!\d)"
)
_ZIP4_RE = re.compile(r"\d{5}-\d{4}")
_STATE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?!TEL|FAX|MOB)[A-Z]{2,4},?\s$")
# "DE85 0873 ...": the run of groups starts right after an IBAN's country code.
_CEP_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])cep[\s:.nº°#-]*$")
# "32U 0691607 5334760": a UTM zone (number and latitude band) before easting and northing.
_UTM_ZONE_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])\d{1,2}[C-HJ-NP-X]\s$")
_IBAN_HEAD_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:\d{2}\s)?$")


# The last backward walk of `run_start` in this thread: (text, from, where it stopped).
# Phone candidates come left to right, so a walk that reaches the previous walk's start
# can take its answer: linear in all instead of quadratic on "12 34 " * 20_000. Cleared
# by `forget_runs()` at the end of a scan so no text outlives its scan here.
_last_walk = threading.local()


def forget_runs() -> None:
    """Drops the cached walk and table index (and with them the last scanned text)."""
    _last_walk.value = None
    _last_cues.value = None
    forget()


def run_start(text: str, start: int) -> int:
    """Where the run of digit groups that ends in text[start:] begins: digits with single
    spaces, dashes, dots, slashes or parentheses between them ("0 36032 98527" after
    "UPC"), never across a sentence end (". ")."""
    i = _walk_back(text, start)
    if i < 0:
        return -i - 1  # a "+" begins the run
    while i < start and text[i] in " -./":
        i += 1
    return i


def _walk_back(text: str, start: int) -> int:
    """Where the backward walk from `start` stops; -p when it stops on a "+" at p - 1.
    Each step depends only on the characters around its position, so every walk from a
    position the last walk passed through ends where that one ended."""
    last: tuple[str, int, int] | None = getattr(_last_walk, "value", None)
    stop_at, known = -1, 0
    if last is not None and last[0] is text:
        if abs(last[2]) <= start <= last[1]:
            return last[2]
        if start > last[1]:
            stop_at, known = last[1], last[2]
    i = start
    result: int | None = None
    while i > 0:
        if i == stop_at:
            result = known
            break
        c = text[i - 1]
        if c.isdigit() or c in "()":
            i -= 1
        elif c == "+":
            result = -i
            break
        elif (
            c in " -./"
            and i >= 2
            and (text[i - 2].isdigit() or text[i - 2] == ")")
            and not (c == "." and i < len(text) and text[i] == " ")
        ):
            i -= 1
        else:
            break
    if result is None:
        result = i
    _last_walk.value = (text, start, result)
    return result


def has_phone_cue(text: str, start: int) -> bool:
    """A phone cue word right before the run holding text[start:], or as the name of
    its column in a table (`_phone_columns.py`)."""
    return _cues(text, run_start(text, start))[0][0]


# The last cue reading in this thread: a candidate's cues are asked for two or three
# times (cued? another kind of number? written as its plan writes it?).
_last_cues = threading.local()


def _cues(text: str, run: int) -> tuple[list[bool], Field | None]:
    """(phone cue, non-phone cue) for the run starting at `run`, and its table field."""
    last = getattr(_last_cues, "value", None)
    if last is not None and last[0] is text and last[1] == run:
        return list(last[2]), last[3]
    fld = field_at(text, run)
    cues = _read_cues(text, run, fld)
    _last_cues.value = (text, run, tuple(cues), fld)
    return cues, fld


def _read_cues(text: str, run: int, fld: Field | None) -> list[bool]:
    """(phone cue, non-phone cue) for the run of digit groups starting at `run`: read in
    its column's name when it fills a table field and that name is a cue, else in the
    text right before it (in a table field, only in its own row: the row above is
    another record; "N. ordine | 0762..." is a form's label and its value)."""
    if fld is not None and fld.column is not None:
        cues = cue_before(fld.column, PHONE_CUES, NOT_PHONE_CUES)
        if any(cues):
            return cues
    lo = max(0, run - _CUE_WINDOW)
    if fld is not None:
        lo = max(lo, text.rfind("\n", lo, run) + 1)
    if _SIGNATURE_LABEL_RE.search(text, lo, run):
        return [True, False]  # "T: 030 123456", "M: ..." at the start of a signature's line
    if fld is not None and _BLANKED_CELL_RE.search(text, lo, run):
        return [False, False]  # the label's own value, found and blanked, filled its cell
    return cue_before(text[lo:run], PHONE_CUES, NOT_PHONE_CUES)


# "Rodné číslo: ▯▯▯▯▯▯▯▯▯▯▯ | 0918 646 857": phones are read with other findings blanked
# out; a label, its colon, a blanked value and the cell's delimiter name that value only.
_BLANKED_CELL_RE = re.compile(r"[:：] {5,}[|;\t] *$")


# One-letter labels of e-mail signatures and letterheads at the start of a line:
# T(el), M(obile), P(hone), F(ax), C(ell), H(ome), W(ork), O(ffice).
_SIGNATURE_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*[TMPFCHWO][ \t]*[:.][ \t]*\(?$")


def other_kind_of_number(text: str, start: int, end: int) -> str | None:
    """Why text[start:end], though phone-shaped, is another kind of number; None if it may
    be a phone. A phone cue right before it wins over everything else."""
    run = run_start(text, start)
    (phone_cue, other_cue), fld = _cues(text, run)
    if phone_cue:
        return None
    international = text[start:end].lstrip("( ").startswith("+")
    if other_cue and not international:
        return "non-phone cue"  # "+49 30 ..." after "Ref" is still a phone: no id has a "+"
    after_noun = _NUMBERED_NOUN_AFTER_RE.match(text, end)
    if after_noun and not international:
        noun_phone, noun_other = cue_before(after_noun.group(1), PHONE_CUES, NOT_PHONE_CUES)
        if noun_other and not noun_phone:
            return "non-phone cue"  # "04267590409 numaralı sipariş": "the order numbered ..."
    raw = text[start:end]
    if not international:
        if _YEAR_SERIAL_RE.fullmatch(raw):
            return "year-numbered reference"  # "2025-00826", "2021/29136": a case number
        reference = numbered_reference(text, run, raw)
        if reference is not None:
            return reference  # "(412/2025)", "Notice No 6515758" (`_phone_references.py`)
        if _SPACED_ZIP4_RE.fullmatch(raw) and _TOWN_BEFORE_RE.search(
            text, max(0, start - 24), start
        ):
            return "postcode and additional number"  # "Jeddah 23327 - 9972" (Saudi address)
        if _HOUSE_POSTCODE_RE.fullmatch(raw) and _TOWN_AFTER_RE.match(text, end):
            return "house number and postcode"  # "Długa 53/79 - 00-624 Warszawa"
        if text[start - 1 : start] == ">" and _id_element(text, start, end):
            return "id element"  # <id type="...">7125448789</id>, <document kind="...">
        if text[start - 1 : start] == "*" and _x12_element(text, start, end):
            return "X12 element"  # "IEA*1*675173997~", "N1*P5*ACME LTD*94*63215451~"
        layout = log_field_number(text, run, start, end)
        if layout is not None:
            return layout  # an access log's size, a logcat thread id (`_phone_log_fields.py`)
    after = text[end : end + 12]
    # A number in brackets stands apart from the run before it: "900,000 (0784 026884)",
    # "38,40 € (0951 674 483)": the amount is the one before the bracket.
    paren = text.rfind("(", run, start + 1)
    bracketed = paren >= 0
    if _UNIT_AFTER_RE.match(after) or (
        not bracketed and _UNIT_BEFORE_RE.search(text, max(0, run - 6), run)
    ):
        return "amount or measurement"
    # A table's delimiter next to the field is no decimal point ("#573738,+20 10 ...,11").
    glued = "" if fld is None else fld.delimiter
    if (
        len(after) >= 2
        and after[0] in ",."
        and after[1].isdigit()
        and after[0] != glued
        and not _CSV_AMOUNT_AFTER_RE.match(text, end)
    ):
        return "decimal number"
    left = paren if bracketed else run
    if (
        left >= 2
        and text[left - 1] in ",."
        and text[left - 2].isdigit()
        and text[left - 1] != glued
    ):
        return "decimal number"
    if _EPOCH_RE.fullmatch(raw) and (
        (text[run - 1 : run] == "[" and text[end : end + 1] == "]")
        or _LOG_LEVEL_AFTER_RE.match(text, end)
    ):
        return "Unix timestamp"  # "[1716024140] WARN sync: ...": a log line's time
    if _DATE_HEAD_RE.match(text, run):
        return "date"
    if _ZIP4_RE.fullmatch(raw) and _STATE_BEFORE_RE.search(text, max(0, start - 8), start):
        return "ZIP+4 postcode"
    if _IBAN_HEAD_BEFORE_RE.search(text, max(0, run - 6), run):
        return "IBAN fragment"
    if _CEP_BEFORE_RE.search(text, max(0, run - 12), run) and sum(map(str.isdigit, raw)) == 8:
        # "CEP 01310-100" is a Brazilian postcode; "Cep: 0532 123 45 67" a Turkish mobile
        return "postcode (CEP)"
    if _UTM_ZONE_BEFORE_RE.search(text, max(0, run - 5), run):
        return "UTM grid reference"  # "32U 691607 5334760": zone, easting, northing
    if _CPF_SHAPE_RE.fullmatch(raw):
        return "CPF-shaped id"  # 123.456.789-09, valid or not: no plan writes phones so
    # Only up to 16 digits matter: a run of at most 15 digits is at most 32 characters
    # long, so a 64-character window reads it whole (and a longer text costs no more).
    m = _GROUP_RUN_RE.match(text, run, run + 64)
    digits = min(16, sum(map(str.isdigit, m.group(0)))) if m else 0
    if digits > 15 and not international:
        return "part of a longer number"  # no phone number has more than 15 digits (E.164)
    if m and 13 <= digits <= 15 and not international and not raw.startswith("00"):
        # No slice of the run: it may be the whole text ("1 2 3 ..." * 10_000).
        outside = any(text[k].isdigit() for k in range(run, start)) or any(
            c.isdigit() for c in text[end : m.end()]
        )
        if outside:
            return "part of a longer number"  # "2 82 97 02 582 903 04": a NIR, not its middle
    return None


# The next field of a comma-separated row is an amount with a decimal point
# ("TOPUP 0340 3015056,15445.00,,334301.00"): the comma is the row's, not a decimal one.
_CSV_AMOUNT_AFTER_RE = re.compile(r",\d{1,12}\.\d{1,2}(?=,|[ \t]*$)", re.MULTILINE)
# Invoice, case and payment references numbered within a year: "2025-00826", "2024-1187",
# "2021/29136" (no phone number starts with a year and no trunk prefix, a slash after it).
_YEAR_SERIAL_RE = re.compile(r"(?:19|20)\d\d[-/]\d{4,6}")
# A five-digit postcode, a spaced dash and four digits after a town: the Saudi national
# address's postcode and additional number ("Riyadh 12230 - 8299"), a ZIP+4 written spaced.
_SPACED_ZIP4_RE = re.compile(r"\d{5}[ \u00a0][-\u2013][ \u00a0]\d{4}")
_TOWN_BEFORE_RE = re.compile(r"[^\W\d_]{2,}[ \t\u00a0,،]{1,3}$")
# A house (and flat) number, then a postcode of the NN-NNN (Poland) or NNNN-NNN (Portugal)
# form, then the town: "ul. Długa 53/79 - 00-624 Warszawa", "Rua X, 343 2982-973 Setúbal".
_HOUSE_POSTCODE_RE = re.compile(r"\d{1,4}(?:/\d{1,4})?(?: ?[-\u2013] ?| )(?:\d{2}|\d{4})-\d{3}")
_TOWN_AFTER_RE = re.compile(r"[ \t\u00a0]{1,2}[^\W\d_a-z]")
# An XML element holding only the number: its tag (and attribute values) name the field.
# A namespace prefix may stand before the tag: UBL's "<cbc:PaymentID>", "<cbc:CompanyID>".
_ELEMENT_BEFORE_RE = re.compile(
    r"<(?:[A-Za-z_][\w.-]{0,20}:)?([A-Za-z_][\w.-]{0,40})((?:\s[^<>]{0,120})?)>$"
)
_ELEMENT_PARTS_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_PHONE_TAG_WORDS = frozenset(
    [
        "phone",
        "tel",
        "telephone",
        "telefon",
        "telefono",
        "teléfono",
        "téléphone",
        "mobile",
        "mobil",
        "móvil",
        "cell",
        "fax",
        "gsm",
        "handy",
        "portable",
        "msisdn",
        "contact",
        "kontakt",
    ]
)
_ID_TAG_WORDS = frozenset(
    [
        "id",
        "ids",
        "ident",
        "identifier",
        "identification",
        "document",
        "doc",
        "tax",
        "vat",
        "nif",
        "ssn",
        "passport",
        "licence",
        "license",
        "account",
        "order",
        "invoice",
        "ref",
        "reference",
        "serial",
        "sku",
        "code",
        "number",
        "no",
        "nr",
    ]
)


# An X12 segment up to an element: its id ("ISA", "N1", "REF"), then "*"-separated
# elements; only a PER segment's communication number after a phone qualifier is a phone.
_X12_SEGMENT_RE = re.compile(r"(?:^|[~\n])[ \t]*([A-Z][A-Z0-9]{1,2})\*[^~\n]*$")
_X12_PHONE_QUALIFIER_RE = re.compile(r"\*(?:TE|CP|FX|HP|WP|BN|EX)\*$")


def _x12_element(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole element of an ANSI X12 segment that is no
    phone number (interchange control numbers, N1 ids, member ids)."""
    if text[end : end + 1] not in ("*", "~", "\n", ""):
        return False
    seg = _X12_SEGMENT_RE.search(text, max(0, start - 200), start)
    if seg is None:
        return False
    return not (seg.group(1) == "PER" and _X12_PHONE_QUALIFIER_RE.search(text, seg.start(), start))


def _id_element(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole content of an XML element whose tag names an
    id ("<id type='UTR'>", "<taxNumber>", "<document kind='...'>"), not a phone."""
    if text[end : end + 2] != "</":
        return False
    m = _ELEMENT_BEFORE_RE.search(text, max(0, start - 170), start)
    if m is None:
        return False
    parts = {p.lower() for p in _ELEMENT_PARTS_RE.findall(m.group(1))}
    attrs = {p.lower() for p in _ELEMENT_PARTS_RE.findall(m.group(2))}
    if (parts | attrs) & _PHONE_TAG_WORDS:
        return False
    return bool(parts & _ID_TAG_WORDS)


# A run of digit groups, one space between groups: how account, tracking and payment
# references are printed (two phone numbers written one after the other keep their own
# parentheses or dashes).
# Head-final languages name the thing after its number: Turkish "... numaralı sipariş"
# ("the order numbered ..."), "nolu fatura", "sayılı"; the noun is read as a cue.
_NUMBERED_NOUN_AFTER_RE = re.compile(
    r"[\s\"']{1,3}(?:numaralı|numarali|nolu|no'lu|no\.lu|sayılı|sayili)\s+([^\W\d_]+)",
    re.IGNORECASE,
)
_CPF_SHAPE_RE = re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}")
# Seconds (or milliseconds) since 1970 from 2001 to 2039: log lines put them first.
_EPOCH_RE = re.compile(r"(?:1\d|2[0-1])\d{8}(?:\d{3})?")
_LOG_LEVEL_AFTER_RE = re.compile(
    r"\]?\s+(?:INFO|WARN(?:ING)?|ERR(?:OR)?|DEBUG|DBG|TRACE|FATAL|CRIT(?:ICAL)?|NOTICE|"
    r"SEVERE|FINE|VERBOSE)\b"
)
_GROUP_RUN_RE = re.compile(r"\+?\(?\d+\)?(?: \d+)*")


# North American plan numbers are written 3-3-4 ("(212) 555-0123", "212.555.0123"), or as
# one run of 10 digits, after an optional "1", "+1" or "001".
_NANPA = frozenset({"US", "CA"})
_NANPA_GROUPS = ((10,), (3, 3, 4), (3, 7), (6, 4))


def nanpa_grouping_plausible(raw: str) -> bool:
    """Whether `raw` is grouped the way North American numbers are written ("2626 662098"
    is not).

    Args:
        raw: the candidate as written.
    """
    groups = [len(g) for g in re.findall(r"\d+", raw)]
    if len(groups) == 1:
        return groups[0] in (10, 11)  # "2015550123", "+12015550123"
    if groups and (groups[0] in (1, 3) and raw.lstrip("( ").startswith(("1", "+1", "001"))):
        groups = groups[1:]
    return tuple(groups) in _NANPA_GROUPS


# Plans where a national number is always written with its trunk prefix "0" ("06 12 34 56
# 78", "030 123456"): a bare national significant number there is some other number.
# Not Brazil, India or China, where mobile numbers are commonly written without it.
_TRUNK_WRITTEN = frozenset(
    [
        "GB",
        "DE",
        "FR",
        "NL",
        "BE",
        "CH",
        "AT",
        "SE",
        "AU",
        "JP",
        "KR",
        "IE",
        "NZ",
        "ZA",
        "FI",
        "TR",
        "IL",
        "TH",
        "UA",
        "LU",
    ]
)


def national_form_plausible(pn: Any, number: Any, raw: str, region: str) -> bool:
    """False for a number read in `region`'s plan without a country code and without the
    trunk prefix that plan always writes.

    Args:
        pn: the `phonenumbers` module.
        number: the parsed number.
        raw: the text it was parsed from.
        region: the plan it was read in.
    """
    if region in _NANPA and number.country_code == 1 and not nanpa_grouping_plausible(raw):
        return False
    if region not in _TRUNK_WRITTEN or raw.lstrip("([ ").startswith(("0", "+")):
        return True
    # Read with its country code but no plus sign ("33 6 12 34 56 78"): fine too.
    source = pn.CountryCodeSource
    return number.country_code_source in (
        source.FROM_NUMBER_WITH_PLUS_SIGN,
        source.FROM_NUMBER_WITH_IDD,
        source.FROM_NUMBER_WITHOUT_PLUS_SIGN,
    )


@functools.lru_cache(maxsize=128)
def trunk_written(locale: str) -> bool:
    """Whether the locale's country always writes its trunk prefix on national numbers.

    Args:
        locale: a locale tag ("fr_FR"); an unreadable one counts as False.
    """
    from hybridsdk._exceptions import ConfigurationError
    from hybridsdk.routing._phone_region import region_from_locale

    try:
        return region_from_locale(locale) in _TRUNK_WRITTEN
    except ConfigurationError:
        return False


_EXTENSION_RE = re.compile(r"(?i)(?: ?;ext=| ?(?:ext\.?|x|内線) ?)\d{1,6}(?!\w)")


def extension_end(text: str, end: int) -> int:
    """The end of a phone number with its extension (" ext. 123", " x204", ";ext=12"),
    as the phonenumbers matcher reports it.

    Args:
        text: the scanned text.
        end: where the number itself ends.
    """
    m = _EXTENSION_RE.match(text, end)
    return m.end() if m else end
