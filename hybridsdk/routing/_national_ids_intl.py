"""National identity numbers of more countries (issue 12), each checked by its own rule.

PL PESEL, NIP and identity card; SE personnummer; RU INN and SNILS; CN resident id; KR
resident registration number; GR AMKA and AFM; EG national id; TR T.C. Kimlik; PT NIF;
BE national number; AT and DE social insurance numbers; CH AHV; UK NHS number; US ITIN;
ES social security number; DE identity card; FR tax number (SPI); UK UTR; IN voter id
(EPIC); and, format only after their cue, the DE Steuernummer, the EG tax number and the JP
basic pension number.

Two kinds of rule:
- a shape that is rare on its own *and* a check (a dashed Korean RRN, a Swedish
  personnummer with its "-", an 18-character Chinese id with its date and MOD 11-2 check,
  a formatted SNILS or AHV, a German SV number with its letter, an Egyptian id with its
  century, date and governorate) is reported without a cue;
- a bare run of digits whose check passes by chance one time in ten or a hundred is
  reported only after a word naming that scheme ("PESEL", "ИНН", "ΑΦΜ", "NHS", "주민등록번호",
  a JSON key ...), at most `cue_window` characters before it with no other number of three
  or more digits in between, so a phone number after "PESEL: 90010112345, tel." is not
  read as an id.

Digits in other scripts (Arabic-Indic, Devanagari, fullwidth) are read as ASCII digits;
boundaries are ASCII, so "身份证号110101199003074578。" is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._id_checksums_intl import (
    afm_valid,
    ahv_valid,
    amka_valid,
    at_vnr_valid,
    be_nn_valid,
    br_pis_valid,
    cn_ric_valid,
    cz_rc_valid,
    de_id_card_valid,
    de_rvnr_valid,
    eg_nid_valid,
    es_nss_valid,
    inn_valid,
    itin_valid,
    nhs_valid,
    personnummer_valid,
    pesel_valid,
    pl_id_card_valid,
    pl_nip_valid,
    pt_nif_valid,
    rrn_valid,
    snils_valid,
    tckimlik_valid,
    ua_rntrc_valid,
    ua_unzr_valid,
    utr_valid,
)
from hybridsdk.routing._id_fields import (
    CUES,
    GENERIC_ID_RE,
    cue_reaches,
    generic_cues,
    last_generic_cue,
)
from hybridsdk.routing._id_schemes import B as _B
from hybridsdk.routing._id_schemes import E as _E
from hybridsdk.routing._id_schemes import Scheme as _Scheme

__all__ = [
    "REFERENCE_BEFORE_RE",
    "IntlNationalIdDetector",
    "ascii_digits",
    "order_reference_before",
]


# Decimal digits of other scripts, mapped one to one (offsets stay the same): Arabic-Indic,
# Persian, Devanagari, Bengali, Thai, Lao, Myanmar, Khmer, fullwidth.
_DIGIT_BLOCKS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10)
_DIGIT_TABLE = {base + i: ord("0") + i for base in _DIGIT_BLOCKS for i in range(10)}
_OTHER_DIGIT_RE = re.compile(
    "[" + "".join(f"\\u{b:04x}-\\u{b + 9:04x}" for b in _DIGIT_BLOCKS) + "]"
)


def ascii_digits(text: str) -> str:
    """`text` with digits of other scripts replaced by ASCII digits (same length)."""
    if _OTHER_DIGIT_RE.search(text) is None:
        return text
    return text.translate(_DIGIT_TABLE)


def _compact(raw: str) -> str:
    return re.sub(r"[\s.\-/\u2010-\u2013]", "", raw)


# Generic words for an identity number count for every scheme.
_GENERIC = (
    r"national[ _-]?id|id[ _-]?(?:number|no|nr|card|code)|identity|tax[ _-]?(?:id|no|number)"
    r"|personal[ _-]?(?:id|no|number|code)|citizen[ _-]?id"
)
_GENERIC_RE = re.compile(r"(?i)(?:" + _GENERIC + ")")


def _cue(words: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + words + "|" + _GENERIC + r")")


_CUE_WINDOW = 64
# Another number between a cue and a value (three digits or more; "PESEL (11 cyfr):" is fine).
_OTHER_NUMBER_RE = re.compile(r"\d[\d .\-]*\d[\d .\-]*\d")

# A number right after one of these words is a reference, not a person's id, even when
# its shape and check digit fit ("order 29001011234567", "رقم الطلب ...", "注文番号...").
_REFERENCE_WORDS = (
    r"(?:order|invoice|tracking|ref(?:erence)?|sku|ean|gtin|serial|s/n|item|article|"
    r"ticket|case|booking|transaction|txn|batch|lot|job|build|run|shipment|delivery|parcel|"
    r"contrat(?:o|to)?|contract|"
    r"package|session|report|doc(?:ument)?|lieferschein|sendung|paket|charge|vorgang|"
    r"bestell\w*|rechnung\w*|artikel|auftrag\w*|"
    r"commande|facture|pedido|factura|ordine|fattura|bestelling|factuur|zam[oó]wieni\w*|"
    r"faktur\w*|order(?:nummer)?|заказ\w*|счет\w*|сч[её]т\w*|накладн\w*|παραγγελ\w*|"
    r"τιμολόγ\w*|الطلب|طلب|فاتورة|الفاتورة|الشحنة|ऑर्डर|चालान|订单\w*|單號|单号|注文\w*|"
    r"請求書|伝票|주문\w*|송장|운송장)"
)
REFERENCE_BEFORE_RE = re.compile(
    r"(?i)" + _REFERENCE_WORDS + r"[\s#:.=№\-\uff1a]*(?:n[or°º]\.?|nr\.?|номер|番号|号|번호|رقم)?"
    r"[\s#:.=\uff1a]*$"
)
# A plain "Ref.:" or "Your reference:" names no order: a number that is a national id by
# its shape and check after it is the person's id quoted as the reference (tax offices,
# insurers and banks file letters so), and is reported; "order ref", "invoice ref" are
# still references.
_PLAIN_REF_RE = re.compile(r"(?i)(?<![a-z])ref(?:erence)?\b")
_ORDER_WORD_RE = re.compile(r"(?i)" + _REFERENCE_WORDS.replace("ref(?:erence)?|", "", 1))


def order_reference_before(text: str, start: int) -> bool:
    """Whether an order, invoice or other reference word labels the number at `start`;
    a plain "Ref.:" or "Your reference:" alone does not (see `_PLAIN_REF_RE`)."""
    lo = max(0, start - 24)
    m = REFERENCE_BEFORE_RE.search(text, lo, start)
    if m is None:
        return False
    plain = _PLAIN_REF_RE.match(text, m.start())
    return plain is None or _ORDER_WORD_RE.search(text, lo, m.start()) is not None


_RRN_CUE = _cue(
    r"주민(?:등록)?\s?번호|주민번호|주민등록|\brrn\b|resident[ _-]?(?:registration|no)|jumin"
)
_PNR_CUE = _cue(r"person(?:nummer|nr|numret)|samordningsnummer|\bpnr\b|personal identity")
_SNILS_CUE = _cue(r"снилс|\bsnils\b|страхов\w*\s+номер|пенсионн")
_SCHEMES: tuple[_Scheme, ...] = (
    (
        "cn_ric",
        re.compile(_B + r"[1-8]\d{5}[ ]?(?:18|19|20)\d{2}[01]\d[0-3]\d[ ]?\d{3}[\dXx]" + _E),
        cn_ric_valid,
        None,
    ),
    (
        "kr_rrn",
        re.compile(_B + r"\d{2}[01]\d[0-3]\d[-\u2010-\u2013][1-8]\d{6}" + _E),
        rrn_valid,
        None,
    ),
    (
        "kr_rrn",
        re.compile(_B + r"\d{2}[01]\d[0-3]\d[-\u2010-\u2013 ]?[1-8]\d{6}" + _E),
        lambda v: rrn_valid(v, check_digit=False),
        _RRN_CUE,
    ),
    (
        "se_personnummer",
        re.compile(_B + r"(?:(?:18|19|20)\d{2}|\d{2})[01]\d[0-36-9]\d[-+]\d{4}" + _E),
        personnummer_valid,
        None,
    ),
    (
        "se_personnummer",
        re.compile(_B + r"(?:(?:19|20)\d{2}|\d{2})[01]\d[0-36-9]\d ?\d{4}" + _E),
        personnummer_valid,
        _PNR_CUE,
    ),
    ("snils", re.compile(_B + r"\d{3}[- ]\d{3}[- ]\d{3}[- ]\d{2}" + _E), snils_valid, None),
    ("snils", re.compile(_B + r"\d{11}" + _E), snils_valid, _SNILS_CUE),
    ("eg_national_id", re.compile(_B + r"[23]\d{13}" + _E), eg_nid_valid, None),
    (
        "eg_national_id",
        re.compile(_B + r"[23][ -]?\d{6}[ -]?\d{2}[ -]?\d{4}[ -]?\d" + _E),
        eg_nid_valid,
        _cue(r"الرقم القومي|رقم قومي|الرقم القومى|بطاقة|الهوية|رقم الهوية|national"),
    ),
    (
        "de_rvnr",
        re.compile(_B + r"\d{2} ?[0-3]\d[01]\d\d{2} ?[A-Z] ?\d{2} ?\d" + _E),
        de_rvnr_valid,
        None,
    ),
    ("ch_ahv", re.compile(_B + r"756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}" + _E), ahv_valid, None),
    ("us_itin", re.compile(_B + r"9\d{2}([- ])[5-9]\d\1\d{4}" + _E), itin_valid, None),
    (
        "us_itin",
        re.compile(_B + r"9\d{2}[5-9]\d{5}" + _E),
        itin_valid,
        _cue(r"\bitin\b|taxpayer"),
    ),
    ("es_nss", re.compile(_B + r"\d{2}([/ -])\d{8}\1\d{2}" + _E), es_nss_valid, None),
    (
        "es_nss",
        re.compile(_B + r"\d{2}[/ -]?\d{8}[/ -]?\d{2}" + _E),
        es_nss_valid,
        _cue(r"seguridad social|\bnss\b|\bnaf\b|afiliaci[oó]n|\bss\b"),
    ),
    (
        "be_nn",
        re.compile(
            _B + r"(?:\d{2}\.[01]\d\.[0-3]\d-\d{3}\.\d{2}|\d{2}[01]\d[0-3]\d-\d{3}-\d{2})" + _E
        ),
        be_nn_valid,
        None,
    ),
    (
        "be_nn",
        re.compile(_B + r"\d{2}[01]\d[0-3]\d[ -]?\d{3}[ -]?\d{2}" + _E),
        be_nn_valid,
        _cue(r"rijksregister|registre national|\binsz\b|\bniss\b|\brrn\b|national number"),
    ),
    (
        "pesel",
        re.compile(_B + r"\d{11}" + _E),
        pesel_valid,
        _cue(r"\bpesel\b|numer ewidencyjny"),
    ),
    (
        "tc_kimlik",
        re.compile(_B + r"[1-9]\d{10}" + _E),
        tckimlik_valid,
        _cue(r"kimlik|\bt\.\s?c\.?\b|\btc\.?\b|\btckn\b"),
    ),
    (
        "gr_amka",
        re.compile(_B + r"[0-3]\d[01]\d{3} ?\d{5}" + _E),
        amka_valid,
        _cue(r"αμκα|α\.μ\.κ\.α|\bamka\b|κοινωνικής ασφάλισης|social security"),
    ),
    (
        "ru_inn",
        re.compile(_B + r"\d{4} ?\d{6}(?:\d{2})?" + _E),
        inn_valid,
        _cue(r"инн|\binn\b|идентификационный номер налогоплательщика|taxpayer"),
    ),
    (
        "pl_nip",
        re.compile(
            _B + r"(?:PL ?)?(?:\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{10})" + _E
        ),
        lambda v: pl_nip_valid(v.removeprefix("PL")),
        _cue(r"\bnip\b|numer identyfikacji podatkowej"),
    ),
    (
        "pl_id_card",
        re.compile(_B + r"[A-Z]{3} ?\d{6}" + _E),
        pl_id_card_valid,
        _cue(r"dow[oó]d\w*|\bnr dowodu|id card|seria i numer"),
    ),
    (
        "gr_afm",
        re.compile(_B + r"\d{9}" + _E),
        afm_valid,
        _cue(r"αφμ|α\.φ\.μ|\bafm\b|φορολογικ|\bvat\b"),
    ),
    (
        "pt_nif",
        re.compile(_B + r"\d{3} ?\d{3} ?\d{3}" + _E),
        pt_nif_valid,
        _cue(r"\bnif\b|contribuinte|\bnipc\b"),
    ),
    (
        "at_svnr",
        re.compile(_B + r"[1-9]\d{3} ?[0-3]\d[01]\d\d{2}" + _E),
        at_vnr_valid,
        _cue(r"\bsvnr\b|\bvsnr\b|sozialversicherung|versicherungsnummer|e-card"),
    ),
    (
        "uk_nhs",
        re.compile(_B + r"\d{3}[ -]?\d{3}[ -]?\d{4}" + _E),
        nhs_valid,
        _cue(r"\bnhs\b"),
    ),
    (
        "de_id_card",
        # letters first since 2010; older cards' numbers start with a digit
        re.compile(_B + r"[0-9CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d" + _E),
        de_id_card_valid,
        _cue(r"ausweis|personalausweis|id[- ]?card|\bperso\b|reisepass|passport"),
    ),
    (
        "fr_spi",
        re.compile(_B + r"[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}" + _E),
        lambda v: _digits13(v) and int(v[:10]) % 511 == int(v[10:]),
        _cue(
            r"num[ée]ro fiscal|\bspi\b|identifiant fiscal|fiscal|\bnif\b|d'identification fiscale"
        ),
    ),
    (
        "uk_utr",
        re.compile(_B + r"\d{5} ?\d{5}" + _E),
        utr_valid,
        _cue(r"\butr\b|unique tax\w* reference|self assessment"),
    ),
    (
        "de_steuernummer",
        re.compile(_B + r"(?:\d{2,3}/\d{3,4}/\d{4,5}|\d{10,11}|\d{13})" + _E),
        lambda v: len(v) in (10, 11, 13),
        _cue(r"steuernummer|st\.-?nr\b|st-?nr\b|stnr"),
    ),
    (
        "eg_tax_number",
        re.compile(_B + r"\d{3}-?\d{3}-?\d{3}" + _E),
        lambda v: len(v) == 9,
        _cue(r"الرقم الضريبي|رقم التسجيل الضريبي|البطاقة الضريبية|tax registration"),
    ),
    (
        "jp_pension",
        re.compile(_B + r"\d{4}-?\d{6}" + _E),
        lambda v: len(v) == 10,
        _cue(r"基礎年金番号|年金番号|年金手帳"),
    ),
    (
        "cz_rc",
        re.compile(_B + r"\d{2}[0-35-8]\d[0-3]\d/\d{4}" + _E),
        cz_rc_valid,
        None,
    ),
    (
        "cz_rc",
        re.compile(_B + r"\d{2}[0-35-8]\d[0-3]\d/?\d{3,4}" + _E),
        cz_rc_valid,
        _cue(r"rodn[eé][ _]?(?:č|c)\w*|(?<!\w)r\.\s?č(?!\w)|(?<!\w)rč(?!\w)|birth[ _]number"),
    ),
    (
        "ua_rntrc",
        re.compile(_B + r"\d{10}" + _E),
        ua_rntrc_valid,
        _cue(
            r"рнокпп|(?<!\w)іпн(?!\w)|ідентифікаційн\w*\s+(?:код|номер)|податков\w*\s+номер"
            r"|облікової картки платника|\brnokpp\b|\bipn\b|дрфо"
        ),
    ),
    (
        "ua_unzr",
        re.compile(_B + r"(?:19|20)\d{2}[01]\d[0-3]\d-?\d{5}" + _E),
        ua_unzr_valid,
        _cue(r"унзр|\bunzr\b|демографічн\w*"),
    ),
    ("br_pis", re.compile(_B + r"\d{3}\.\d{5}\.\d{2}-\d" + _E), br_pis_valid, None),
    (
        "br_pis",
        re.compile(_B + r"\d{3}\.?\d{5}\.?\d{2}-?\d" + _E),
        br_pis_valid,
        _cue(r"\bpis\b|\bpasep\b|\bnis\b|\bnit\b|\bnis/pis\b"),
    ),
    (
        "br_rg",
        re.compile(_B + r"\d{1,2}\.\d{3}\.\d{3}-[\dXx]" + _E),
        lambda v: True,  # format only: most states print no check digit
        _cue(r"\brg\b|registro geral|carteira de identidade|c[ée]dula de identidade|identidade"),
    ),
    (
        "in_epic",
        re.compile(_B + r"[A-Z]{3}\d{7}" + _E),
        lambda v: True,
        _cue(r"\bepic\b|voter|मतदाता|निर्वाचक"),
    ),
)


# Schemes that run only when the lower-cased text holds one of these words (their cue's
# or a generic one's): their patterns are plain digit runs, costly to try on every text.
_GENERIC_HINTS = ("national", "tax", "identity", "personal", "citizen", "id number", "id no",
                  "id nr", "id card", "id code", "id_", "id-")  # fmt: skip
_HINTS: dict[str, tuple[str, ...]] = {
    "ua_rntrc": ("рнокпп", "іпн", "ідентифікаційн", "податков", "облікової", "rnokpp", "ipn", "дрфо"),
    "ua_unzr": ("унзр", "unzr", "демографічн"),
    "br_rg": ("rg", "registro geral", "identidade"),
}  # fmt: skip


# Each distinct cue pattern, registered with the shared cue index under one key.
_CUE_KEYS: dict[int, str] = {}
for _scheme in _SCHEMES:
    if _scheme[3] is not None and id(_scheme[3]) not in _CUE_KEYS:
        _CUE_KEYS[id(_scheme[3])] = f"intl:{_scheme[0]}:{len(_CUE_KEYS)}"
        CUES.register(_CUE_KEYS[id(_scheme[3])], _scheme[3])

_RUN6_RE = re.compile(r"\d(?:[ .\-/\u2010-\u2013]?\d){5}")
_FEW_DIGIT_SCHEMES = tuple(x for x in _SCHEMES if x[0] == "de_id_card")


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _digits13(v: str) -> bool:
    return len(v) == 13 and v.isdigit()


# Confidence of a check-digit id without a cue: above a card (0.99), since a Chinese id
# starting "62" or an Egyptian one starting "30" can also pass Luhn with a card prefix.
_STRONG = 0.995
_CUED = 0.9


class IntlNationalIdDetector:
    """National identity numbers of PL, SE, RU, CN, KR, GR, EG, TR, PT, BE, AT, DE, CH,
    UK (NHS, UTR), US (ITIN), ES (NSS), FR (SPI), JP (pension), IN (EPIC); see the module
    docstring.

    Args:
        cue_window: characters before a bare number searched for its scheme's cue word.
    """

    kind = PiiKind.NATIONAL_ID

    def __init__(self, *, cue_window: int = _CUE_WINDOW) -> None:
        self.cue_window = cue_window

    def __call__(self, text: str) -> Iterator[Finding]:
        text_a = ascii_digits(text)
        # Every scheme but the German identity card has six digits in a row (separators
        # aside); most texts have none, and then only that one pattern is tried.
        schemes = _SCHEMES if _RUN6_RE.search(text_a) else _FEW_DIGIT_SCHEMES
        taken: list[tuple[int, int]] = []
        low: str | None = None
        generic = None
        for name, pattern, valid, cue in schemes:
            if cue is not None:
                # A scheme that needs a cue runs only when its cue or a generic identity
                # word is in the text (found by literal hints, CUES): most texts have none.
                if generic is None:
                    generic = bool(generic_cues(text_a))
                if not generic and not CUES.find(text_a, _CUE_KEYS[id(cue)]):
                    continue
            hints = _HINTS.get(name)
            if hints is not None:
                if low is None:
                    low = text_a.lower()
                if not any(h in low for h in hints) and not any(h in low for h in _GENERIC_HINTS):
                    continue
            for m in pattern.finditer(text_a):
                start, end = m.start(), m.end()
                if any(a < end and start < b for a, b in taken):
                    continue
                if text_a[end : end + 1] in (".", "-", "/") and _alnum(text_a[end + 1 : end + 2]):
                    continue  # part of a longer dotted or dashed token (a UUID, a path)
                if start and text_a[start - 1] in ".-/" and _alnum(text_a[start - 2 : start - 1]):
                    continue
                if not valid(_compact(m.group(0)).upper()):
                    continue
                cue_word = None if cue is None else self._cued(text_a, start, cue)
                if cue is not None and cue_word is None:
                    continue
                if cue is None and order_reference_before(text_a, start):
                    continue
                taken.append((start, end))
                # A cue that names the scheme ("PESEL", "주민등록번호") outranks a card reading
                # of the same digits; a generic one ("ID number") does not.
                confidence = (
                    _STRONG
                    if cue_word is None
                    or not (_GENERIC_RE.fullmatch(cue_word) or GENERIC_ID_RE.fullmatch(cue_word))
                    else _CUED
                )
                yield Finding.from_span(self.kind, text, start, end, confidence, name)

    def _cued(self, text: str, start: int, cue: re.Pattern[str]) -> str | None:
        """The last cue word within the window before `start`, if no other number follows it."""
        lo = max(0, start - self.cue_window)
        last = None
        for last in cue.finditer(text, lo, start):  # noqa: B007 (the last match counts)
            pass
        generic = last_generic_cue(text, lo, start)  # "ID number", "身份证号" ...
        if generic is not None and (last is None or generic.end() > last.end()):
            last = generic
        if last is None or _OTHER_NUMBER_RE.search(text, last.end(), start):
            return None  # "PESEL: ..., tel. 600123456": the phone is not the PESEL
        if not cue_reaches(text, last.end(), start) or text[start - 1 : start] == "+":
            return None
        return last.group(0)
