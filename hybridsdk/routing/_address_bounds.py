"""Where an address starts and ends, fourth pass (docs/privacy_figures.md, "Session 10: address
boundaries"). Marks of structure, not of one language:

- `lead_date`: a date the tagger took in at the span's start ("12.03.2026, " + street
  ...) is the event's, not the address's;
- `trail_remark`: a bracketed remark in lower case at the end ("(near no. 4)",
  "(продавец)") and the label of an id that follows the address (", Passport" + " No.
  X123...") are no part of it;
- `street_left`: a span that starts inside its street's name ("Chaussée d'" + "Ixelles
  5", "Jr. de la" + "Unión 12", Georgian "... გამზ." + "78") takes the rest of the name
  before it: capitalised or uncased words, particles and street or unit words, up to the
  field's start;
- `comma_parts`: a span cut before the last parts of its address (", District, City",
  " AZ1000", " 3700", "8000 Novo" + " mesto") takes them in when the field or the
  sentence ends right after them;
- `comma_join`: two address spans on one line with only a comma between them are one;
- `city_lines`: the line right after an address line that is only a town with its
  postcode or region ("Springfield, IL", "Gardens 8001", "#04-12") is the same address's;
- `lone_street`: a span with no digit at all (no house number, no postcode) and no
  other address line next to it is a street or a place named in passing ("homes on Elm
  Street, Leeds"), not an address.

Each reads at most `_REACH` characters on either side of a span.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from hybridsdk.routing import _street_words as sw
from hybridsdk.routing._birth_dates import _MONTHS

__all__ = [
    "city_lines",
    "comma_join",
    "comma_parts",
    "date_words",
    "head_words",
    "lead_date",
    "lone_street",
    "street_left",
    "trail_remark",
]

_REACH = 60
Free = Callable[[int, int], bool]

# ------------------------------------------------------------------ the start
_DATE_RE = re.compile(
    r"(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-][ ]?\d{1,2}[./-][ ]?\d{2,4}|"
    r"\d{1,2}\.[ ]\d{1,2}\.[ ]\d{4})(?:[ \t]*,[ \t]*|[ \t]{2,})"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d[ \t]*,[ \t]*")


def lead_date(text: str, start: int, end: int) -> int:
    """Where the span starts once a leading date (and its comma) is taken off."""
    if not text[start : start + 1].isdigit():
        return start
    m = _DATE_RE.match(text, start, end)
    if m is None:
        m = _YEAR_RE.match(text, start, end)
        # a year alone: only the end of a date written before the span ("21 May" + "2026, ")
        before = text[max(0, start - 14) : start]
        if m is None or not re.search(r"\d[^\W\d_]*[ .]+[^\W\d_]{3,}\.?[ \t]+\Z", before):
            return start
    if not any(c.isalpha() for c in text[m.end() : end]):
        return start
    return m.end()


_PARTICLES = "de du des la le les del da do dos das di della dei van von der den ter al el y e et"


def head_words(text: str, start: int, end: int) -> int:
    """Where the span starts without the prose or the cue the tagger took in before the
    street ("we moved, new address " + "12 ...", "pick up from " + "Str. ...")."""
    value = text[start:end]
    m = _CUE_IN_RE.search(value, 0, 48)
    if m is not None and m.start() > 0 and any(c.isdigit() for c in value[m.end() :]):
        return start + m.end()
    toks = list(re.finditer(r"\S+", value[:60]))
    if not toks or not _cased_lower(toks[0].group(0)) or _keeps(toks[0].group(0)):
        return start
    for m in toks[1:5]:
        tok = m.group(0)
        if sw.is_street_word(tok) or sw.is_unit_word(tok):
            rest = value[m.start() :]
            return start + m.start() if any(c.isdigit() for c in rest) else start
        if not _cased_lower(tok):
            return start
    return start


_CUE_IN_RE = re.compile(
    r"(?<![^\W\d_])(?:address|adresse|adres|adresa|anschrift|dirección|direccion|"
    r"endereço|morada|indirizzo|адрес|адреса|адресу|naslov|cím|osoite|osoitteessa|aadress)"
    r"[ \t]*[:：]?[ \t]+",
    re.I,
)
_CONNECTORS = frozenset((_PARTICLES + " d' l' dell' dall' degli d’ l’ dell’").split())
_ABBREV_RE = re.compile(r"[^\W\d_]{1,5}\.")
_LEFT_STOPS = '\n\r\t|;"«»()[]<>{}:：'


def _left_tokens(text: str, start: int) -> list[tuple[int, str]]:
    """The whitespace tokens before `start` on its field, nearest first, with offsets."""
    lo = max(0, start - _REACH)
    i = start
    while i > lo and text[i - 1] not in _LEFT_STOPS:
        i -= 1
    toks = [(m.start() + i, m.group(0)) for m in re.finditer(r"\S+", text[i:start])]
    toks.reverse()
    return toks


def _cased_lower(word: str) -> bool:
    """The word starts with a lower-case letter of a script that capitalises names
    (Georgian's letters are lower case to Unicode, but Georgian writes no capitals)."""
    c = word[:1]
    return c.islower() and not "\u10d0" <= c <= "\u10ff"


def _uncased(word: str) -> bool:
    c = word[:1]
    return c.isalpha() and not c.isupper() and not _cased_lower(c)


def street_left(text: str, start: int, end: int, free: Free) -> int:
    """Where a span that starts inside its street's name starts with the whole name."""
    if start == 0 or text[start - 1] not in " '’":
        return start
    value = text[start:end]
    if not any(c.isdigit() for c in value):
        return start
    toks = _left_tokens(text, start)
    if not toks:
        return start
    if text[start - 1] in "'’":
        # "d'" + "Ixelles": the particle is written against the span
        first_pos, first = toks[0]
        if first_pos + len(first) != start or first.casefold() not in _CONNECTORS:
            return start
    head = value.split()[0]
    if sw.ends_in_street_word(head) or sw.is_unit_word(head):
        return start  # "Lindenstraße 5", "Flat 2, ...": the span opens the address
    # a span that opens with a street's type ("Calle ...") starts the street, unless the
    # name stands before the type after a block's number ("Blk 12 Bedok North" + " Ave 3")
    typed = sw.is_street_word(head)
    kept: list[tuple[int, str]] = []
    marked = False  # a street or unit word, or an abbreviation, in the run
    for pos, tok in toks[:5]:
        if tok.endswith((",", ";")) or ":" in tok or tok in ("-", "–", "—"):
            break
        if _CUE_WORD_RE.fullmatch(tok):
            break
        low = tok.casefold()
        if sw.is_street_word(tok) or sw.is_unit_word(tok) or _ABBREV_RE.fullmatch(tok):
            marked = True
        elif tok.endswith("."):
            break  # a sentence's end
        elif low in _CONNECTORS:
            pass
        elif tok[:1].isdigit():
            if len(tok) > 5 or not re.fullmatch(r"\d{1,4}[^\W\d_]?", tok):
                break
        elif _cased_lower(tok) or not tok[:1].isalpha():
            break
        kept.append((pos, tok))
    while kept and (kept[-1][1].casefold() in _CONNECTORS or kept[-1][1][:1].isdigit()):
        kept.pop()
    if not kept:
        return start
    if typed and not any(sw.is_unit_word(t) for _, t in kept):
        return start
    if any(_uncased(t) for _, t in kept) and not marked:
        return start  # uncased words alone may be prose: a street's word must be there
    if text[start : start + 1].isdigit() and not any(
        sw.is_street_word(t) or sw.ends_in_street_word(t) or sw.is_unit_word(t) for _, t in kept
    ):
        return start  # before a house number only a street's type says "street"
    new = kept[-1][0]
    return new if free(new, start) else start


# ------------------------------------------------------------------ the end
_REMARK_RE = re.compile(r"[ \t]*\([ \t]*[^\W\d_][^()\n]{0,40}\)\Z")
# First words of an id's label written after an address ("..., Passport No. X1234567"):
# passports, identity cards and personal, tax and social numbers, in many languages.
_LABELS = """passport pasaporte passeport passaporto reisepass paszport pas паспорт pasaport
    pasoša pasoš pasoshi pasport pasi passi id ic nric fin nin tin ssn sin vat cpf cnpj
    rg dni nie nif cif rut run rfc curp ci cc bi identity identité identidad identità
    identidade identiteit identitet karta kaart card carte carta cartão tarjeta ausweis
    personalausweis kennitala personnummer henkilötunnus isikukood asmens emšo emso
    jmbg јмбг embg матичен егн pesel nip regon oib amka afm αφμ tc kimlik yupn
    иин инн снилс уд удостоверение удостоверения ідентифікаційний рнокпп pinfl jshshir
    tax license licence licencia permis führerschein rijbewijs körkort ajokortti
    social insurance health national passaporte vegabréf pasaporta passaport útlevél
    paspoort pass passnummer c.i c.c d.n.i r.u.t ktp nik aadhaar pan cnic nid nic"""
_ID_LABELS = frozenset(_LABELS.split())


_LOWER_TAIL_RE = re.compile(r"(?:^|\s)[^\W\d_]+[ \t]+([^\W\d_]{1,2})\Z")


def _keeps(word: str) -> bool:
    """A lower-case word an address keeps: a street or unit word, a particle."""
    word = word.strip()
    return (
        not _cased_lower(word)
        or sw.is_street_word(word)
        or sw.is_unit_word(word)
        or word.casefold() in _CONNECTORS
    )


def _lower_word(text: str, pos: int) -> bool:
    """A lower-case word of prose at `pos` (after blanks)."""
    m = re.compile(r"[ \t]+([^\W\d_]+)").match(text, pos)
    return m is not None and _cased_lower(m.group(1))


def _core(token: str) -> str:
    return token.strip(",;:()\"'").rstrip(".").casefold()


_CUE_WORD_RE = re.compile(
    r"(?:address|adresse?|adres[as]?|anschrift|dirección|direccion|endereço|morada|"
    r"indirizzo|indirizz|адрес|naslov|ünvan|unvan|cím|osoite|aadress|heimilisfang|"
    r"domicilio|residence|residencia)[:.]?",
    re.I,
)
_READING_RE = re.compile(r"[ \t]*\([ \t]*-?\d[\d.,°'\" \t-]*[NSEW]?[ \t]*\)\Z")
_LABELLED_ID_RE = re.compile(r"(?:[^\W\d_][\w.-]*[ \t]+){1,3}[:#№]?[ \t]*[\w-]*\d[\w-]*")
_ID_AFTER_RE = re.compile(r"\.?[ \t]*(?:[^\W\d_][\w.-]*[ \t]+){0,3}(?:№|[\w-]*\d[\w-]*)")
_POSTCODE_ONLY_RE = re.compile(r"[ \t]*\d{3,6}(?![\w-])")


def trail_remark(text: str, start: int, end: int) -> int:
    """Where the span ends without a trailing bracketed remark or an id's label."""
    value = text[start:end]
    m = _REMARK_RE.search(value)
    if m is not None and m.start() > 0:
        inner = m.group(0).strip()[1:2]
        if inner.islower():
            return start + m.start()
    m = _READING_RE.search(value)
    if m is not None and m.start() > 0 and any(c in m.group(0) for c in ".,°"):
        return start + m.start()  # coordinates or a reading in brackets
    m = _LOWER_TAIL_RE.search(value)
    if (
        m is not None
        and _cased_lower(m.group(1))
        and m.group(0).strip()[:1].isupper()
        and any(c.isdigit() for c in value)
        and _lower_word(text, end)
    ):
        # "31-508 Kraków" + " w" + " dniu ...": a preposition of the prose after the town
        return start + len(value[: m.start(1)].rstrip())
    cut = value.rfind(",")
    if cut <= 0:
        return end
    last = value[cut + 1 :].strip()
    first = last.split()[0] if last.split() else ""
    if (
        re.fullmatch(r"[^\W\d_]{5,}[ \t]+[\w-]*\d[\w-]*", last)
        and _cased_lower(first)
        and not _keeps(first)
        and any(c.isdigit() for c in value[:cut])
    ):
        return start + len(value[:cut].rstrip())  # ", door code 4417", ", intercom 12"
    if _LABELLED_ID_RE.fullmatch(last) and sum(c.isdigit() for c in last) >= 8:
        return start + len(value[:cut].rstrip())  # ", Tax No. 12345678"
    if not last or any(c.isdigit() for c in last) or len(last.split()) > 3:
        return end
    if not any(c.isdigit() for c in value[:cut]):
        return end
    if not any(_core(w) in _ID_LABELS for w in last.split()):
        return end
    after = text[end : end + 40].split("\n", 1)[0]
    if not after or after[0] not in " .:\t" or _POSTCODE_ONLY_RE.match(after):
        return end
    m = _ID_AFTER_RE.match(after)
    if m is None:
        return end
    code = m.group(0).split()[-1]
    if code != "№" and sum(c.isdigit() for c in code) < 5:
        return end
    return start + len(value[:cut].rstrip())


_WORD = r"(?:[^\W\d_][\w'’.-]*)"
_POSTCODE = (
    r"(?:\d{3,6}(?:-\d{3,4})?|[A-Z]{1,3}[ -]?\d{3,5}|"
    r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]\d[A-Z]\d|[A-Z]\d[\dW][ ][A-Z\d]{4}|"
    r"[A-Z]\d{4}[A-Z]{3})(?![\w-])"
)
_PART_RE = re.compile(
    rf"(?:{_POSTCODE}[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?:[ \t]+{_POSTCODE})?|{_POSTCODE}|"
    rf"\d{{1,5}}[^\W\d_]?[ \t]+{_WORD}"
)
_NAME_AFTER_RE = re.compile(rf"[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,2}}")
_HARD_STOP_RE = re.compile(r"[ \t]*(?:[\n\r\";\t(|·•]|\\[nN]|,[ \t]*[^\W\d_]|\.(?:\s|\Z)|\Z)")
_SEP_RE = re.compile(r"\.?[ \t]*(?:\\,[ \t]*|,[ \t]+)")
_FIELD_END_RE = re.compile(r"[ \t]*(?:\r?\n|[\";\t(|]|\\[nN])")
_FIELD_START_RE = re.compile(r"(?:^|[\n:;\"'|\t]|\\,)[ \t]*\Z")


def _part_ok(part: str) -> bool:
    """A part of an address's tail: its words capitalised, uncased, particles or
    abbreviations (no prose), and no number but a postcode."""
    for w in part.replace(",", " ").split():
        if w[:1].isdigit() or re.fullmatch(_POSTCODE, w):
            continue
        if w[:1].isupper() or _uncased(w) or w.casefold() in _CONNECTORS:
            continue
        if sw.is_unit_word(w) or sw.is_street_word(w):
            continue  # "кв. 12", "34 пәтер", "ap. 4"
        return False
    return True


def _ok_prefix(text: str, a: int, b: int) -> int:
    """Where the longest run of a part's tokens that `_part_ok` allows ends."""
    end = a
    for k, m in enumerate(re.finditer(r"[^ \t,]+", text[a:b])):
        tok = m.group(0)
        if not _part_ok(tok) or (k == 0 and _core(tok) in _ID_LABELS):
            break
        if tok.casefold() in _CONNECTORS:
            continue  # a particle ends no part ("Tucumán, el" + " timbre")
        end = a + m.end()
        if tok.endswith(".") and not (sw.is_street_word(tok) or sw.is_unit_word(tok)):
            end -= 1  # "CDMX." + " Me ...": a sentence's end, not an abbreviation
            break
    return end


def _stop_after(text: str, pos: int) -> bool:
    """The address's field or sentence ends at `pos`."""
    rest = text[pos : pos + 30]
    body = rest.lstrip(" \t")
    if not body or body[0] in '\n\r;"|\t([<·•':
        return True
    if body.startswith(("\\n", "\\N")):
        return True
    if body[0] == "." and body[1:2] in ("", "\n", " ", "\r"):
        return True
    if body[0] == ",":
        body = body[1:].lstrip()
    elif len(body) == len(rest):
        return False  # no blank before a word: not a boundary
    word = re.match(r"[^\W\d_]+", body)
    return word is not None and _cased_lower(word.group(0))


def comma_parts(text: str, start: int, end: int, free: Free, delim: str) -> int:
    """Where a span cut before its address's last parts ends with them."""
    value = text[start:end]
    if not any(c.isdigit() for c in value):
        return end
    pos = end
    limit = min(len(text), end + _REACH)
    # an abbreviation's full stop the tagger left out ("Brgy" + ". Poblacion")
    last = value.split()[-1] if value.split() else ""
    if text[pos : pos + 1] == "." and (sw.is_street_word(last) or sw.is_unit_word(last)):
        m = _NAME_AFTER_RE.match(text, pos + 1, limit)
        if m is not None and _part_ok(m.group(0)) and _stop_after(text, m.end()):
            pos = m.end()
    # a street's type at the end: its name follows ("Triq" + " il-Wied")
    if pos == end and sw.is_street_word(last) and not last.endswith("."):
        m = _NAME_AFTER_RE.match(text, pos, limit)
        if m is not None and not re.search(r"\d", value.split()[0]):
            pos = m.end()
    ends = [pos] if pos != end else []
    # a postcode after the town, no comma ("Springfield" + " 62704")
    m = re.compile(rf"[ \t]+{_POSTCODE}").match(text, pos, limit)
    if m is not None and not re.search(r"\d\Z", value):
        pos = m.end()
        ends.append(pos)
    # the town after a span that ends with its postcode ("LT-01234" + " Vilnius"), or the
    # rest of a town's name cut after its postcode ("75450 Ayer" + " Keroh")
    tail = re.search(rf"(?:{_POSTCODE}|{_POSTCODE}[ \t]+[A-Z][^\W\d_]+)\Z", value)
    m = _NAME_AFTER_RE.match(text, pos, limit)
    if tail is not None and pos == end and m is not None:
        stop = _ok_prefix(text, pos, m.end())
        if stop > pos and text[pos + 1 : pos + 2].isupper() and _HARD_STOP_RE.match(text, stop):
            pos = stop
            ends.append(pos)
    # a lower-case second word of the town after its postcode ("8000 Novo" + " mesto")
    m = re.compile(r"[ \t]+[^\W\d_][\w'’-]*").match(text, pos, limit)
    if (
        m is not None
        and _cased_lower(m.group(0).strip())
        and re.search(rf"{_POSTCODE}[ \t]+[A-Z][^\W\d_]+\Z", text[start:pos])
        and _FIELD_END_RE.match(text, m.end())
        and _FIELD_START_RE.search(text[max(0, start - 12) : start])
    ):
        # only in a field of its own (a line, a labelled or quoted value, a cell), where
        # prose cannot follow: "Lieferung an ... 10243 Berlin" + " bitte" is no town
        pos = m.end()
        ends.append(pos)
    # a town after its postcode closes the address ("69117 Heidelberg" + ", Klingel ...")
    closed = re.search(rf"(?<![\w-]){_POSTCODE}[ \t]+[^\W\d_][\w'’-]*\Z", text[start:pos])
    if delim != "," and closed is None:
        for _ in range(3):
            sep = _SEP_RE.match(text, pos, limit)
            if sep is None:
                break
            m = _PART_RE.match(text, sep.end(), limit)
            if m is None:
                break
            part_end = _ok_prefix(text, sep.end(), m.end())
            if part_end <= sep.end():
                break
            part = text[sep.end() : part_end]
            lead = re.match(_POSTCODE, part)
            if (
                lead is not None
                and lead.end() < len(part)
                and not _HARD_STOP_RE.match(text, part_end)
            ):
                # "IL 62704" + " Thanks so much": words after a postcode end the field
                ends.append(sep.end() + lead.end())
                break
            pos = part_end
            ends.append(pos)
            if part_end < m.end():
                break
    for e in reversed(ends):
        if _stop_after(text, e) and free(end, e):
            return e
    return end


_JOIN_GAP_RE = re.compile(r"\.?[ \t]*(?:\\,[ \t]*|,[ \t]+)")
_TYPE_GAP_RE = re.compile(r"\.?[ \t]+")


def _ends_typed(text: str, end: int) -> bool:
    """The span ends with a street or unit word ("... Triq" + " il-Wied ...")."""
    m = re.search(r"\S+\Z", text[max(0, end - 20) : end])
    return m is not None and (sw.is_street_word(m.group(0)) or sw.is_unit_word(m.group(0)))


def comma_join(text: str, spans: Sequence[tuple[int, int]], free: Free) -> list[tuple[int, int]]:
    """Spans (sorted) with two on one line and only a comma between them joined."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        prev = out[-1][1] if out else -1
        gap_ok = 0 <= prev <= a and (
            _JOIN_GAP_RE.fullmatch(text, prev, a) is not None
            or (_TYPE_GAP_RE.fullmatch(text, prev, a) is not None and _ends_typed(text, prev))
        )
        if gap_ok and free(prev, a):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return out


# ------------------------------------------------------------------ whole lines
_CITY_LINE_RE = re.compile(
    rf"[ \t]*(#\d{{1,3}}-\d{{1,5}}|(?:{_POSTCODE},?[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
    rf"(?:,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}}){{0,2}}(?:,?[ \t]+{_POSTCODE})?)[ \t]*(?=\r?\n|\Z)"
)


def city_lines(text: str, spans: Sequence[tuple[int, int]], free: Free) -> list[tuple[int, int]]:
    """Lines right after an address line that are its town, region or postcode."""
    out: list[tuple[int, int]] = []
    for _a, b in spans:
        pos = b
        for _ in range(2):
            nl = text.find("\n", pos, pos + 4)
            if nl < 0 or text[pos:nl].strip(" \t,\r"):
                break
            m = _CITY_LINE_RE.match(text, nl + 1, min(len(text), nl + 1 + _REACH))
            if m is None:
                break
            value = m.group(1)
            has_code = value.startswith("#") or re.search(_POSTCODE, value) is not None
            if not (has_code or "," in value) or not _part_ok(value.lstrip("#")):
                break
            if re.search(r"[A-Z]{4,}", value) and value.upper() == value:
                break  # a receipt's heading ("TOTAL 12345"), not a town
            s, e = m.span(1)
            if not free(s, e):
                break
            out.append((s, e))
            pos = e
    return out


_GAP_RE = re.compile(r"(?:<[^<>\n]{0,30}>|[\s,;'\"\\|])*")
_CUE_RE = re.compile(
    r"(?:address|adresse?|adres[as]?|dirección|direccion|endereço|morada|indirizzo|"
    r"indirizz|anschrift|адрес|naslov|ünvan|unvan|cím|osoite|aadress|heimilisfang)"
    r"[ \t]*[:：]?[ \t]*(?:\n[ \t]*)?\Z",
    re.I,
)


def lone_street(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each span (sorted), whether it is a street or place named alone: no digit,
    no address span next to it, no address cue before it."""
    keep = []
    for i, (a, b) in enumerate(spans):
        if any(c.isdigit() for c in text[a:b]):
            keep.append(True)
            continue
        near = False
        if i > 0 and 0 <= a - spans[i - 1][1] <= _REACH:
            near = _GAP_RE.fullmatch(text, spans[i - 1][1], a) is not None
        if not near and i + 1 < len(spans) and 0 <= spans[i + 1][0] - b <= _REACH:
            near = _GAP_RE.fullmatch(text, b, spans[i + 1][0]) is not None
        if not near:
            near = _CUE_RE.search(text[max(0, a - 24) : a]) is not None
        keep.append(near)
    return keep


_UNITS_OF_TIME = (
    "min mins minute minutes minuten minuti minutos minutter minuter minuuttia perc dakika "
    "hrs hours heures horas ore stunden uur timer tuntia óra saat "
    "day days jour jours día días dia dias giorni giorno tag tage dag dagen dagar dni dana "
    "päivää nap napot gün week weeks semaine semaines semana semanas settimane wochen"
)
_TIME_WORDS = frozenset(_UNITS_OF_TIME.split())
_NUM_RE = re.compile(r"\d+")


def date_words(text: str, start: int, end: int) -> bool:
    """Every number of the span is a date's day or year or a duration ("Galway, 3rd May
    2026", "back in 15" + " days"), and no street or unit word is in it."""
    value = text[start:end]
    if not any(c.isdigit() for c in value):
        return False
    if any(sw.is_street_word(t) or sw.is_unit_word(t) for t in value.split()):
        return False
    for m in _NUM_RE.finditer(text, start, end):
        after = _AFTER_NUM_RE.match(text, m.end())
        before = _BEFORE_NUM_RE.search(text, max(0, m.start() - 16), m.start())
        words = [x.group(1).casefold() for x in (after, before) if x is not None]
        if not any(w in _MONTHS or w in _TIME_WORDS for w in words):
            return False
    return True


_AFTER_NUM_RE = re.compile(r"(?:st|nd|rd|th|º|\.)?[ \t]?(?:de[ \t]+)?([^\W\d_]+)")
_BEFORE_NUM_RE = re.compile(r"([^\W\d_]+)\.?(?:[ \t]+(?:de|del|of))?,?[ \t]?\Z")
