"""Identity numbers of the world's larger countries and the rest of the EU/EEA, and
identity numbers in tables.

Schemes (see `_id_checksums_world` for their rules): FI HETU, MX CURP, AR CUIT/CUIL, CL
RUT, BR CNPJ, SG NRIC/FIN, HK and TW identity cards, TH citizen id are distinctive when
written in their usual form (a century sign, a dashed or dotted layout, a check letter)
and are reported on shape and check alone. Everything else (DK CPR, NO fødselsnummer, IS
kennitala, IE PPS, RO CNP, BG EGN, HR OIB, SI/RS/BA/MK/ME EMŠO-JMBG, LT/EE personal codes,
LV personas kods, HU tax number, IL Teudat Zehut, ZA id, CA SIN, AU TFN, NZ IRD, ID NIK,
IR national code, MY MyKad, VN CCCD/CMND, PH PhilSys/SSS/UMID, PK CNIC, BD NID, NG NIN, AR
and PE DNI, CO cédula, RU passport, UA EDRPOU, TR VKN, CZ DIČ/IČO, the French NIR without
its key) is a bare run of digits that a check passes by chance, or that has no check
at all: reported only after a cue, either a word naming the scheme in its languages or a
generic identity word (`_id_fields.GENERIC_ID_RE`: "ID number", "identity document",
"Ausweisnummer", "身份证号", "رقم الهوية" ...), at most `cue_window` characters before
with no other number in between.

Tables: a cell under a column header that names an identity number or document
("PESEL", "Steuer-ID", "マイナンバー", "Passport No", "SSN" ...) is that id when it looks
like one (five or more digits, or a document number's letters and digits); the header is
its cue, however many rows down it is.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

from hybridsdk.routing import _travel_documents  # noqa: F401 (registers the document cues)
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._id_checksums_intl import cz_rc_valid
from hybridsdk.routing._id_checksums_world import (
    ar_cuit_valid,
    au_tfn_valid,
    bg_egn_valid,
    br_cnpj_valid,
    ca_sin_valid,
    cl_rut_valid,
    cz_ico_valid,
    dk_cpr_valid,
    ee_ik_valid,
    emso_valid,
    fi_hetu_valid,
    hk_hkid_valid,
    hr_oib_valid,
    hu_tax_valid,
    id_nik_valid,
    ie_pps_valid,
    il_idnr_valid,
    ir_melli_valid,
    is_kennitala_valid,
    lv_pk_valid,
    mk_edb_valid,
    mx_curp_valid,
    no_fnr_valid,
    nz_ird_valid,
    py_ruc_valid,
    ro_cnp_valid,
    sg_nric_valid,
    th_pin_valid,
    tr_vkn_valid,
    tw_id_valid,
    ua_edrpou_valid,
    za_idnr_valid,
)
from hybridsdk.routing._id_fields import (
    CUES,
    column_header_span,
    cue_reaches,
    generic_cues,
)
from hybridsdk.routing._id_generic import document_code_like
from hybridsdk.routing._id_layouts import field_label_span
from hybridsdk.routing._id_schemes import B as _B
from hybridsdk.routing._id_schemes import E as _E
from hybridsdk.routing._id_schemes import Scheme as _Scheme
from hybridsdk.routing._id_schemes import cue as _cue
from hybridsdk.routing._id_schemes import date_ok as _date_ok
from hybridsdk.routing._id_schemes import digits_of as _digits_of
from hybridsdk.routing._national_ids_extra import (
    EXTRA_CUED,
    EXTRA_FORMAT_ONLY,
    EXTRA_SHAPED,
    az_fin_spans,
)
from hybridsdk.routing._national_ids_intl import (
    REFERENCE_BEFORE_RE,
    ascii_digits,
    order_reference_before,
)
from hybridsdk.routing._national_ids_more import (
    MORE_CUED,
    MORE_DISTINCTIVE,
    MORE_FORMAT_ONLY,
    MORE_SHAPED,
)
from hybridsdk.routing._national_ids_regional import (
    REGIONAL_CUED,
    REGIONAL_FORMAT_ONLY,
    REGIONAL_SHAPED,
)
from hybridsdk.routing._national_ids_shaped import shaped_id_spans

__all__ = ["WorldNationalIdDetector"]


def _compact(raw: str) -> str:
    return re.sub(r"[\s.\-/()\u2010-\u2013]", "", raw).upper()


def _my_nric_valid(v: str) -> bool:
    """MyKad: YYMMDD, place of birth code (01-16, 21-59, 60-99 abroad), serial (4)."""
    return len(v) == 12 and v.isdigit() and _date_ok(2000, int(v[2:4]), int(v[4:6])) and (
        v[6:8] not in ("00", "17", "18", "19", "20", "69", "70", "73", "80", "81", "94", "95", "96", "97")
    )  # fmt: skip


def _vn_valid(v: str) -> bool:
    """VN citizen identity card (CCCD, 12 digits: province 001-096, century-sex digit,
    YY, serial) or the older CMND (9 digits)."""
    if len(v) == 9:
        return v.isdigit()
    return len(v) == 12 and v.isdigit() and 1 <= int(v[:3]) <= 96 and v[3] in "0123"


def _ru_passport_valid(v: str) -> bool:
    """RU internal passport (series 4 + number 6) or passport for travel abroad (2 + 7):
    format only; the series starts with a region code 01-99."""
    return len(v) in (9, 10) and v.isdigit() and v[:2] != "00" and int(v[-6:]) > 0


def _fr_nir_no_key_valid(v: str) -> bool:
    """French NIR written without its two-digit key: sex, YY, MM (01-12, 20-42, 50-99),
    department, commune, serial."""
    if len(v) != 13 or v[0] not in "12" or not (v[:5].isdigit() and v[7:].isdigit()):
        return False
    month = int(v[3:5])
    return (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99) and (
        v[5:7].isdigit() or v[5:7] in ("2A", "2B")
    )


def _cz_dic_valid(v: str) -> bool:
    v = v.removeprefix("CZ")
    return cz_ico_valid(v) if len(v) == 8 else cz_rc_valid(v)


_SHAPED: tuple[_Scheme, ...] = (
    ("fi_hetu", re.compile(_B + r"[0-3]\d[01]\d{3}[-+A-FU-Y]\d{3}[0-9A-Y]" + _E),
     lambda v: fi_hetu_valid(v[:6] + "-" + v[6:] if len(v) == 10 else v), None),  # "-" compacted away
    ("mx_curp", re.compile(_B + r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d" + _E), mx_curp_valid, None),
    ("ar_cuit", re.compile(_B + r"(?:20|23|24|27|30|33|34)-\d{8}-\d" + _E), ar_cuit_valid, None),
    ("cl_rut", re.compile(_B + r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]" + _E), cl_rut_valid, None),
    ("br_cnpj", re.compile(_B + r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}" + _E), br_cnpj_valid, None),
    ("sg_nric", re.compile(_B + r"[STFG]\d{7}[A-Z]" + _E), sg_nric_valid, None),
    ("hk_hkid", re.compile(_B + r"[A-Z]{1,2}\d{6} ?\([0-9A]\)"), hk_hkid_valid, None),
    ("th_pin", re.compile(_B + r"[1-8][ -]\d{4}[ -]\d{5}[ -]\d{2}[ -]\d" + _E), th_pin_valid, None),
    *MORE_SHAPED,
    *REGIONAL_SHAPED,
    *EXTRA_SHAPED,
)  # fmt: skip
# One pass for all of them: a named group per scheme.
_SHAPED_RE = re.compile("|".join(f"(?P<{n}>{p.pattern})" for n, p, _, _ in _SHAPED))
_SHAPED_VALID = {n: v for n, _, v, _ in _SHAPED}
_CUED: tuple[_Scheme, ...] = (
    ("dk_cpr", re.compile(_B + r"[0-3]\d[01]\d{3}-?\d{4}" + _E), dk_cpr_valid,
     _cue(r"\bcpr\b|cpr-?n(?:umme)?r|personnummer")),
    ("no_fnr", re.compile(_B + r"[0-7]\d[01]\d{3} ?\d{5}" + _E), no_fnr_valid,
     _cue(r"f[øo]dselsn(?:umme)?r|personnummer|\bd-nummer|\bfnr\b|\bf\.nr\b")),
    ("is_kennitala", re.compile(_B + r"[0-7]\d[01]\d{3}-?\d{4}" + _E), is_kennitala_valid,
     _cue(r"kennitala|\bkt\.")),
    ("ie_pps", re.compile(_B + r"\d{7}[A-Wa-w][ABHWTXabhwtx]?" + _E), ie_pps_valid,
     _cue(r"\bppsn?\b|personal public service")),
    ("ro_cnp", re.compile(_B + r"[1-9]\d{12}" + _E), ro_cnp_valid,
     _cue(r"\bcnp\b|cod(?:ul)? numeric personal")),
    ("bg_egn", re.compile(_B + r"\d{10}" + _E), bg_egn_valid,
     _cue(r"\bегн\b|\begn\b|единен граждански")),  # noqa: RUF001 (Cyrillic on purpose)
    ("hr_oib", re.compile(_B + r"\d{11}" + _E), hr_oib_valid,
     _cue(r"\boib\b|osobni identifikacijski")),
    ("emso", re.compile(_B + r"[0-3]\d[01]\d{10}" + _E), emso_valid,
     _cue(r"em[šs]o|\bjmbg\b|\bјмбг\b|матични број|jedinstveni mati[čc]ni|\bембг\b|\bjmb\b")),  # noqa: RUF001 (Cyrillic on purpose)
    ("ee_lt_personal_code", re.compile(_B + r"[1-6]\d{10}" + _E), ee_ik_valid,
     _cue(r"isikukood|asmens kod\w*|\basm\.\s?kod\w*|(?-i:\bA\.\s?k\.)")),
    ("lv_pk", re.compile(_B + r"\d{6}-?\d{5}" + _E), lv_pk_valid,
     _cue(r"personas kods")),
    # a Latvian sole trader's VAT number is "LV" and their personal code (a firm's
    # registration number, 4..., 5..., 9..., has no date and fails the check)
    ("lv_pvn", re.compile(_B + r"LV ?\d{6}-?\d{5}" + _E), lambda v: lv_pk_valid(v[2:]),
     _cue(r"\bpvn\b")),
    ("hu_tax", re.compile(_B + r"8\d{9}" + _E), hu_tax_valid,
     _cue(r"ad[óo]azonos[íi]t\w*|ad[óo]sz[áa]m")),
    ("il_idnr", re.compile(_B + r"\d{8,9}" + _E), lambda v: il_idnr_valid(v.zfill(9)),
     _cue(r"ת\.ז|תעודת זהות|מספר זהות|\bteudat\b")),
    ("za_idnr", re.compile(_B + r"\d{6} ?\d{4} ?\d{3}" + _E), za_idnr_valid,
     # "ID" alone too: a 13-digit run with a real date, the citizenship digit and Luhn
     # after it is one (and, named, wins over a 13-digit Maestro run)
     _cue(r"\brsa id\b|\bsa id\b|south african id|(?-i:\bID[ :])")),
    ("ar_cuit", re.compile(_B + r"\d{2}-?\d{8}-?\d" + _E), ar_cuit_valid, _cue(r"\bcui[tl]\b")),
    ("cl_rut", re.compile(_B + r"(?:\d{1,2}\.\d{3}\.\d{3}|\d{7,8})-?[\dkK]" + _E), cl_rut_valid,
     _cue(r"\bru[tn]\b|rol [úu]nico")),
    ("br_cnpj", re.compile(_B + r"\d{14}" + _E), br_cnpj_valid, _cue(r"\bcnpj\b")),
    ("ca_sin", re.compile(_B + r"\d{3}[ -]?\d{3}[ -]?\d{3}" + _E), ca_sin_valid,
     _cue(r"\bsin\b|social insurance|\bnas\b|assurance sociale")),
    ("au_tfn", re.compile(_B + r"\d{3} ?\d{3} ?\d{2,3}" + _E), au_tfn_valid,
     _cue(r"\btfn\b|tax file")),
    ("nz_ird", re.compile(_B + r"\d{2,3}-?\d{3}-?\d{3}" + _E), nz_ird_valid, _cue(r"\bird\b")),
    ("th_pin", re.compile(_B + r"[1-8]\d{12}" + _E), th_pin_valid,
     _cue(r"บัตรประชาชน|เลขประจำตัว|thai (?:national )?id")),
    ("id_nik", re.compile(_B + r"\d{16}" + _E), id_nik_valid,
     _cue(r"\bnik\b|\bktp\b|nomor induk|kependudukan")),
    ("ir_melli", re.compile(_B + r"\d{3}-?\d{6}-?\d" + _E), ir_melli_valid,
     _cue(r"کد ملی|كد ملي|شماره ملی|\bmelli\b|کدملی")),
    ("my_nric", re.compile(_B + r"\d{6}-?\d{2}-?\d{4}" + _E), _my_nric_valid,
     _cue(r"\bmykad\b|\bnric\b|kad pengenalan|\bno\.?\s?k/p\b|\bic no\b|\bicno\b|\bno\.?\s?ic\b|"
         r"\bic (?:number|num|nombor)\b|nombor ic\b|no\. kad")),
    ("vn_cccd", re.compile(_B + r"(?:0\d{11}|\d{9})" + _E), _vn_valid,
     _cue(r"\bcccd\b|\bcmnd\b|c[ăa]n c[ưu][ớo]c|ch[ứu]ng minh")),
    ("ph_id", re.compile(_B + r"(?:\d{4}-?\d{4}-?\d{4}-?\d{4}|\d{2}-?\d{7}-?\d|\d{4}-?\d{7}-?\d|\d{3}-\d{3}-\d{3}(?:-\d{3,5})?)" + _E),
     _digits_of(16, 10, 12, 9, distinct=2), _cue(r"philsys|\bpsn\b|\bpcn\b|\bsss\b|\bumid\b|\bcrn\b|(?-i:\bBIR\b)")),
    ("pk_cnic", re.compile(_B + r"\d{5}-?\d{7}-?\d" + _E), _digits_of(13, distinct=2),
     _cue(r"\bcnic\b|\bnicop\b|شناختی|قومی شناختی")),
    ("bd_nid", re.compile(_B + r"(?:\d{17}|\d{13}|\d{10})" + _E), _digits_of(10, 13, 17, distinct=2),
     _cue(r"\bnid\b|জাতীয় পরিচয়|এনআইডি")),
    ("ng_nin", re.compile(_B + r"\d{11}" + _E), _digits_of(11, distinct=2), _cue(r"\bnin\b|\bnimc\b")),
    ("dni_latam", re.compile(_B + r"(?:\d{1,2}\.\d{3}\.\d{3}|\d{7,8})" + _E), _digits_of(7, 8, distinct=2),
     _cue(r"\bdni\b|\bd\.n\.i\b|documento nacional")),
    ("co_cedula", re.compile(_B + r"(?:\d{1,3}(?:\.\d{3}){1,3}|\d{6,10})" + _E), _digits_of(6, 7, 8, 9, 10, distinct=2),
     _cue(r"c[ée]dula|\bc\.c\.|\bnuip\b|\bcc\.? ?(?:no\b|n[°º])|\bc\. ?i\.(?: ?n[°º])?")),
    ("mk_edb", re.compile(_B + r"\d{13}" + _E), mk_edb_valid,
     _cue(r"(?<!\w)(?:едб|edb)(?!\w)|даночен број")),  # noqa: RUF001 (Cyrillic on purpose)
    ("py_ruc", re.compile(_B + r"\d{5,8}-\d" + _E), py_ruc_valid, _cue(r"\bruc\b")),
    ("ru_passport", re.compile(_B + r"(?:\d{2} ?\d{2} ?\d{6}|\d{2} ?\d{7})" + _E), _ru_passport_valid,
     _cue(r"паспорт\w*")),
    ("ua_edrpou", re.compile(_B + r"\d{8}" + _E), ua_edrpou_valid,
     _cue(r"[єе]дрпоу|егрпоу|\bedrpou\b|\byedrpou\b")),
    ("tr_vkn", re.compile(_B + r"\d{10}" + _E), tr_vkn_valid,
     _cue(r"vergi (?:no|numaras\w*|kimlik\w*)|\bvkn\b")),
    ("cz_dic", re.compile(_B + r"(?:CZ|cz) ?\d{8,10}" + _E), _cz_dic_valid,
     _cue(r"\bdi[čc]\b|\bi[čc]o\b|da[ňn]ov\w*")),
    ("cz_ico", re.compile(_B + r"\d{8}" + _E), cz_ico_valid, _cue(r"\bi[čc]o\b")),
    ("fr_nir", re.compile(_B + r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3}" + _E),
     _fr_nir_no_key_valid, _cue(r"s[ée]curit[ée] sociale|\bnir\b|\binsee\b|\bs[ée]cu\b")),
    ("tw_id", re.compile(_B + r"[A-Z][1289]\d{8}" + _E), tw_id_valid,
     _cue(r"身[分份]證|身分证|身份证|統一證號|居留證|\bid[\t:\uff1a]")),
    ("hk_hkid", re.compile(_B + r"[A-Z]{1,2}\d{6}[0-9A]" + _E), hk_hkid_valid,
     _cue(r"\bhkid\b|身份證|香港身份")),
    *MORE_CUED,
    *REGIONAL_CUED,
    *EXTRA_CUED,
)  # fmt: skip

# Each scheme's cue words found by their literal hints (fast), not by running the
# alternation over every character.
# Schemes without a check digit (a date or place at most): a generic identity word is not
# enough, their own name must come before them.
_FORMAT_ONLY = frozenset(
    {"dk_cpr", "id_nik", "my_nric", "vn_cccd", "ph_id", "pk_cnic", "bd_nid", "ng_nin",
     "dni_latam", "co_cedula", "ru_passport", "fr_nir"}
) | MORE_FORMAT_ONLY | REGIONAL_FORMAT_ONLY | EXTRA_FORMAT_ONLY  # fmt: skip
_CHECKED_RANKS = tuple(k for k, scheme in enumerate(_CUED) if scheme[0] not in _FORMAT_ONLY)


@functools.lru_cache(maxsize=512)
def _schemes_named(cue: str) -> tuple[int, ...]:
    """The ranks in `_CUED` of the schemes whose own cue is exactly this word; the same
    few words recur in every text, so each is read once."""
    return tuple(k for k, (*_, c) in enumerate(_CUED) if c is not None and c.fullmatch(cue))


_WORLD_CUES_RE = re.compile(
    "(?i)(?:"
    + "|".join(c.pattern.removeprefix("(?i)(?:").removesuffix(")") for *_, c in _CUED if c)
    + ")"
)
CUES.register("world", _WORLD_CUES_RE)
_CUE_WINDOW = 64
_FOUR_DIGITS_RE = re.compile(r"\d(?:\D*\d){3}")  # an id-like cell has four digits or more
_RUN5_RE = re.compile(r"\d(?:[ .\-/]?\d){4}")
_OTHER_NUMBER_RE = re.compile(r"\d[\d .\-]*\d[\d .\-]*\d")


def _in_longer_number(text: str, start: int, end: int) -> bool:
    """A digit group one space away on either side, or a "+" before: the match is part
    of a longer number (a card split in fours, a phone number)."""
    if text[start - 1 : start] == "+" or (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2].isdigit()
        and text[start].isdigit()
    ):
        return True
    return (
        text[end - 1].isdigit() and text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()
    )


# --- tables ------------------------------------------------------------------------------

# Headers naming an identity number or document: the generic words, the cued schemes'
# names above, and the schemes, documents and SSN of the other detectors.
_HEADER_WORDS_RE = re.compile(
    r"(?i)(?:\bssn\b|social security|\bsin\b|\bnino\b|national insurance|\bnhs\b|\butr\b"
    r"|\bbsn\b|\bsofi\b|steuer-?id|\bidnr\b|\bcpf\b|\bcnpj\b|\brg\b|aadhaa?r|आधार|\bpan\b"
    r"|\bnir\b|\bdni\b|\bnie\b|\bnif\b|\bnss\b|codice fiscale|\bcf\b|my ?number|マイナンバー"
    r"|個人番号|\bpesel\b|\bnip\b|\bamka\b|αμκα|\bafm\b|αφμ|\bинн\b|\binn\b|снилс|рнокпп|іпн"
    r"|[єе]дрпоу|\bdi[čc]\b|\bi[čc]o\b|rodn[ée]|주민|\brrn\b|身份|身分|kimlik|\btckn\b|vergi"
    r"|personnummer|rijksregister|registre national|\bahv\b|\bavs\b|\bsvnr\b|\bcurp\b|\brfc\b|\bcuil\b|\bcuit\b|\brut\b"
    r"|\bnric\b|\bnik\b|\bcnic\b|\bcccd\b|\bcnp\b|\begn\b|\boib\b|jmbg|em[šs]o|\bpps\b"
    r"|pass(?:port|eport|aporte|aporto|poort)|reisepass|paszport|паспорт|护照|護照|パスポート|旅券|여권"
    r"|διαβατ|جواز|पासपोर्ट|driv\w* licen[cs]e|driver'?s? lic|f[üu]hrerschein|permis de conduire"
    r"|patente|licencia|carteira de motorista|\bcnh\b|rijbewijs|prawo jazdy|運転免許|驾驶证|운전면허"
    r"|водительск\w*|ehliyet|\blicen[cs]e\b|\btaxpayer\b|\bunique tax\w* ref)"
)
CUES.register("header", _HEADER_WORDS_RE)
_SSN_HEADER_RE = re.compile(r"(?i)\bssn\b|social security")
# A cell's value: digits with separators, optionally with letters around them.
_CELL_VALUE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,6}[ -]?)?\d[0-9A-Za-z .\-/]{3,24}(?<=[0-9A-Za-z])(?![A-Za-z0-9])"
)
_DATE_LIKE_RE = re.compile(
    r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+[.,]\d{1,2}"
)


_BLOCK_START_RE = re.compile(r"\n[^\S\n]*\n\s*")


def _cell_id_like(raw: str) -> bool:
    """A table cell's value that can be an identity or document number: 5 to 20
    characters once separators are dropped, at least 4 digits, at most 4 letters, not a
    date or an amount."""
    if _DATE_LIKE_RE.fullmatch(raw):
        return False
    compact = _compact(raw)
    if not 5 <= len(compact) <= 20 or not compact.isalnum():
        return False
    digits = sum(c.isdigit() for c in compact)
    letters = len(compact) - digits
    if letters > 4:
        # Letter-heavy ids are long and hold a date or serial (MX RFC, CURP and voter key,
        # UK driving licence): 12 characters or more, six digits or more.
        return len(compact) >= 12 and digits >= 6 and letters <= 11
    return digits >= 4 and len(set(compact)) > 2


# A column headed only "ID" ("| Name | ID | Phone |"): a person's identity number when the
# table is about people, but also a row's key. Its cells count when they look like an
# identity number (8-20 characters, five digits or more) and the column is not the first
# (a key's usual place).
_BARE_ID_HEADER_RE = re.compile(r"(?i)[\s\"']*id(?:[ .]*(?:no|nr|#|number)\.?)?[\s\"']*")
_BARE_ID_CELL_RE = re.compile(r"(?im)(?:^|[|,;\t])[ \"]*id(?![a-z])[^|,;\t\n]{0,12}(?=[|,;\t\r]|$)")
# ... and only in a table about people: its header names a person's name, contact or
# birth date (about 40 languages), not a product or an order table's.
_PEOPLE_HEADER_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:full|first|last|sur|given|family|customer|patient|employee)?[ _-]?names?"
    r"|nombres?|apellidos?|nom|pr[ée]nom|nome|cognome|navn|namn|nimi|n[ée]v|imi[ęe]|nazwisko"
    r"|jm[ée]no|meno|ime|prezime|v[āa]rds|vardas|pavard\w*|nume|prenume|isim|ad[ıi]|soyad\w*"
    r"|naam|achternaam|voornaam|nafn|ainm|emri|όνομα|επώνυμο|имя|фамилия|фио|ім'я|прізвище|име"
    r"|שם|اسم|الاسم|نام|नाम|নাম|பெயர்|ชื่อ|tên|họ tên|nama|pangalan|jina|姓名|名前|氏名|이름|성명"
    r"|e-?mail|e-?post|correo|courriel|email|телефон|phone|tel\.?|telefon\w*|tel[ée]fono|t[ée]l[ée]phone"
    r"|dob|birth\w*|geburt\w*|naissance|nacimiento|nascita|nascimento|f[øo]dsels\w*|syntym\w*"
    r"|sz[üu]let\w*|urodzeni\w*|рождени\w*|出生\w*|生年月日|생년월일|tanggal lahir|ngày sinh"
    r"|address|adresse|direcci[óo]n|indirizzo|endere[çc]o|adres|osoite|c[íi]m|адрес|住所|地址|주소|alamat|địa chỉ)"
    r"(?![^\W\d_])"
)


# A header saying only "Licence" names a driving licence in a record of a person (a field
# that only a person has: a first or full name, an e-mail, a phone, a birth date, an
# address), a software or business licence elsewhere.
_PERSON_FIELD_RE = re.compile(
    r"(?i)(?:(?:full|first|last|sur|given|family|middle)[ _-]?names?|apellidos?|pr[ée]nom|cognome"
    r"|nazwisko|prezime|фамилия|фио|прізвище|姓名|氏名|성명|e-?mail|e-?post|correo|courriel"
    r"|phone|mobile|telefon\w*|tel[ée]fono|t[ée]l[ée]phone|телефон|birth\w*|dob|geburt\w*"
    r"|naissance|nacimiento|nascita|nascimento|f[øo]dsels\w*|рождени\w*|出生|生年月日|생년월일"
    r"|address|adresse|direcci[óo]n|indirizzo|endere[çc]o|адрес|住所|地址|주소)"
)
_WEAK_HEADER_RE = re.compile(
    r"(?i)[\s\"']*(?:document\s+kind\s*=\s*[\"'])?licen[cs]es?(?:[ .]*(?:no|nr|#|number)\.?)?[\s\"']*"
)


def _cell_candidates(text: str) -> Iterator[tuple[int, int, bool]]:
    """Cell values that may be ids, by start: (start, end, only a short document code).
    A short code ("K5RJHX5", a document's letters and digits, fewer than four digits)
    is read only under a column that names an id (`document_code_like`)."""
    seen: set[int] = set()
    for m in _CELL_VALUE_RE.finditer(text):
        seen.add(m.start())
        yield m.start(), m.end(), False
    for m in _SHORT_CODE_RE.finditer(text):
        if m.start() not in seen and document_code_like(m.group(0)):
            yield m.start(), m.end(), True


_SHORT_CODE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]{6,12}(?![A-Za-z0-9])")


def _bare_id_like(raw: str) -> bool:
    compact = _compact(raw)
    digits = sum(c.isdigit() for c in compact)
    return 8 <= len(compact) <= 20 and compact.isalnum() and digits >= 5 and len(set(compact)) > 2


def _people_table(text: str, header_start: int) -> bool:
    line_start = text.rfind("\n", 0, header_start) + 1
    line_end = text.find("\n", header_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _PEOPLE_HEADER_RE.search(line) is not None


def _first_cell(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(' |"\t')


_WINDOW_BEFORE = 8  # letters and separators a shape has before its digits (CURP, RFC: 4)
_TOKEN_TAIL_RE = re.compile(r"[A-Za-z0-9 .\-/()]{0,40}")


def _windows(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged spans around digit runs that hold every shape touching them; a span never
    ends inside a run of letters and digits (the shapes' end boundary stays true)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for a, b in runs:
        lo = max(0, a - _WINDOW_BEFORE)
        m = _TOKEN_TAIL_RE.match(text, b)
        hi = m.end() if m else b
        while hi < n and text[hi].isascii() and text[hi].isalnum():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


class WorldNationalIdDetector:
    """Identity numbers of 39 more countries, and identity numbers in table columns
    named as such; see the module docstring.

    Args:
        cue_window: characters before a bare number searched for a cue word.
    """

    kind = PiiKind.NATIONAL_ID

    def __init__(self, *, cue_window: int = _CUE_WINDOW) -> None:
        self.cue_window = cue_window

    def __call__(self, text: str) -> Iterator[Finding]:
        text_a = ascii_digits(text)
        taken: list[tuple[int, int]] = []
        for start, end, name in shaped_id_spans(text_a):
            taken.append((start, end))
            yield Finding.from_span(self.kind, text, start, end, 0.93, name)
        runs = [m.span() for m in _RUN5_RE.finditer(text_a)]
        if runs:  # every scheme has five digits in a row
            # The shapes' alternation runs only around those digits (a few letters before,
            # the rest of the token after), not over the whole text.
            for lo, hi in _windows(text_a, runs):
                for m in _SHAPED_RE.finditer(text_a, lo, hi):
                    name = m.lastgroup or ""
                    if self._take(text_a, m, _SHAPED_VALID[name], taken, shaped=True):
                        yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.93, name)
            yield from self._cued(text, text_a, taken, [a for a, _ in runs])
        for start, end in az_fin_spans(text_a):
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                yield Finding.from_span(self.kind, text, start, end, 0.9, "az_fin")
        # Fields: table cells (a header line above), SQL values, XML elements; a document
        # number can have as few as four digits apart ("C01X00T47").
        if (
            "\n" in text_a or "<" in text_a or "VALUES" in text_a or "values" in text_a
        ) and _FOUR_DIGITS_RE.search(text_a):
            yield from self._table_cells(text, text_a, taken)
        yield from self._column_reader(text, text_a, taken)

    def _column_reader(
        self, text: str, text_a: str, taken: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """The other half of the one id-column reader: `_id_columns` finds cells under
        headers this stage does not see (fixed-width and data-frame columns, sheet dumps,
        name/value objects); a cell taken above is not read again."""
        # Imported here: `_id_columns` imports this module for its cue lists.
        from hybridsdk.routing._id_columns import CONFIDENCE, column_id_spans

        for a, b, name in column_id_spans(text_a):
            if not any(x < b and a < y for x, y in taken):
                taken.append((a, b))
                yield Finding.from_span(self.kind, text, a, b, CONFIDENCE, name)

    def _take(
        self,
        text: str,
        m: re.Match[str],
        valid: Callable[[str], bool],
        taken: list[tuple[int, int]],
        *,
        shaped: bool = False,
    ) -> bool:
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in taken):
            return False
        if text[end : end + 1] in (".", "-", "/") and text[end + 1 : end + 2].isalnum():
            return False  # part of a longer dotted or dashed token
        if start and text[start - 1] in ".-/" and text[start - 2 : start - 1].isalnum():
            return False
        if not valid(_compact(m.group(0))):
            return False
        if (
            order_reference_before(text, start)
            if shaped
            else REFERENCE_BEFORE_RE.search(text, max(0, start - 24), start)
        ):
            return False  # "order no. ...": a reference, not a person's id
        taken.append((start, end))
        return True

    def _cued(
        self, text: str, text_a: str, taken: list[tuple[int, int]], run_starts: list[int]
    ) -> Iterator[Finding]:
        generic = generic_cues(text_a)
        own = CUES.find(text_a, "world")
        if not own and not generic:
            return
        # (scheme's rank, cue's start, cue, named): the schemes in their order, each with
        # the cues in the text that may announce it (a scheme's name, or a generic word for
        # a scheme with a check digit).
        pairs: list[tuple[int, int, re.Match[str], bool]] = []
        for m in own:
            pairs.extend((k, m.start(), m, True) for k in _schemes_named(m.group(0)))
        for m in generic:
            # Every check-digit scheme has five digits in a row: none in reach, none here.
            i = bisect.bisect_left(run_starts, m.end())
            if i < len(run_starts) and run_starts[i] - m.end() <= self.cue_window + 8:
                pairs.extend((k, m.start(), m, False) for k in _CHECKED_RANKS)
        pairs.sort(key=lambda p: (p[0], p[1]))
        for rank, _, cue, named in pairs:
            name, pattern, valid, _ = _CUED[rank]
            found = self._after_cue(text_a, cue.end(), pattern, valid, taken)
            if found is not None:
                # Below the passport detector's 0.9 when there is no check digit.
                confidence = (
                    0.96
                    if name in MORE_DISTINCTIVE
                    else 0.88
                    if name in _FORMAT_ONLY
                    else 0.995
                    if named
                    else 0.9
                )
                yield Finding.from_span(self.kind, text, *found, confidence, name)

    def _after_cue(
        self,
        text: str,
        lo: int,
        pattern: re.Pattern[str],
        valid: Callable[[str], bool],
        taken: list[tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The first number after a cue ending at `lo` that fits the scheme, if any."""
        hi = min(len(text), lo + self.cue_window + 24)
        for m in pattern.finditer(text, lo, hi):
            if m.end() == hi < len(text):
                return None  # cut at the window's end: the number may go on
            if m.start() - lo > self.cue_window:
                return None
            if _OTHER_NUMBER_RE.search(text, lo, m.start()):
                return None  # another number between the cue and this one
            if not cue_reaches(text, lo, m.start()):
                return None  # the cue is a table header or prose on another line
            if _in_longer_number(text, m.start(), m.end()):
                continue
            if self._take(text, m, valid, taken):
                return m.start(), m.end()
        return None

    def _table_cells(
        self, text: str, text_a: str, taken: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        # Words naming an id anywhere (found by their hints, fast); a table, an SQL insert
        # or an XML record matters only when one of them is in a label.
        words = [m.span() for m in CUES.find(text_a, "header")]
        words += [m.span() for m in generic_cues(text_a)]
        # (a bare "ID", za_idnr's cue before a number, names no column: row ids)
        words += [m.span() for m in CUES.find(text_a, "world") if m.group(0)[:2] != "ID"]
        words += [m.span() for m in CUES.find(text_a, "passport")]
        words += [m.span() for m in CUES.find(text_a, "licence")]
        bare_id = ("ID" in text_a or "id" in text_a or "Id" in text_a) and (
            _BARE_ID_CELL_RE.search(text_a) is not None
        )
        if not words and not bare_id:
            return
        words.sort()
        for start, end, code in _cell_candidates(text_a):
            if any(a < end and start < b for a, b in taken):
                continue
            before = text_a[start - 1 : start]
            after = text_a[end : end + 1]
            if before not in ("", "\n", ";", ",", "\t", "|", '"', " ", "'", ">") or after not in (
                "", "\n", ";", ",", "\t", "|", '"', " ", "\r", "'", "<",
            ):  # fmt: skip
                continue
            if not code and not _cell_id_like(text_a[start:end]):
                if not document_code_like(text_a[start:end]):
                    continue
                code = True
            header = field_label_span(text_a, start, end)
            whole = header is not None
            if header is None:
                header = column_header_span(text_a, start)
            if header is None:
                continue
            named = self._names_id(words, header)
            if code and (not named or _WEAK_HEADER_RE.fullmatch(text_a, *header)):
                continue  # a short code counts only under a column naming an id
            if not named and not (
                bare_id
                and not whole
                and _BARE_ID_HEADER_RE.fullmatch(text_a, *header)
                and _bare_id_like(text_a[start:end])
                and not _first_cell(text_a, start)
                and _people_table(text_a, header[0])
            ):
                continue
            if not whole and not self._whole_cell(text_a, start, end):
                continue
            if _WEAK_HEADER_RE.fullmatch(text_a, *header) and not _PERSON_FIELD_RE.search(text_a):
                continue  # "License" in a software inventory or a product record
            taken.append((start, end))
            kind = PiiKind.SSN if _SSN_HEADER_RE.search(text_a, *header) else self.kind
            yield Finding.from_span(kind, text, start, end, 0.88, "id_column")

    @staticmethod
    def _names_id(words: list[tuple[int, int]], header: tuple[int, int]) -> bool:
        """Whether one of the id words (sorted spans) lies inside the header span."""
        k = bisect.bisect_left(words, (header[0], -1))
        while k < len(words) and words[k][0] < header[1]:
            if words[k][1] <= header[1]:
                return True
            k += 1
        return False

    @staticmethod
    def _whole_cell(text: str, start: int, end: int) -> bool:
        """The value fills its cell (quotes and spaces aside): "12 Main St" is no id."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        a, b = start - line_start, end - line_start
        left = line[:a].rstrip(' "')
        right = line[b:].lstrip(' "')
        return (not left or left[-1] in ";,\t|") and (not right or right[0] in ";,\t|")
