"""Identity numbers of countries no scheme here knows: a value of an id's shape right
after a word that names an identity document or number.

The scheme detectors (`_national_ids*.py`) read a number by its country's layout and
check digit. A country none of them knows, or a number whose check they cannot verify,
is still written the same way everywhere: a word naming the document ("ID card",
"personal code", "numéro national", "isikukood", "lična karta", "رقم الهوية", "身份证号",
"주민등록번호", "बीमा संख्या" ...) or its usual abbreviation ("NIN", "CNI", "RUN", "IK",
"NN", "ЕГН", "ת.ז."), a colon or a few connecting words, then 5 to 20 letters and digits.
This detector reports such a value without a check, at a confidence below every scheme
(0.7), so a scheme's reading of the same digits wins its span.

What it will not take: a value that is a date, an amount, an IP address or a phone number
(a phone cue before it, a "+" in front); a value after a reference word ("order", "invoice",
"ticket", "Bestellnummer", "注文番号" ...); a bare "ID" after a qualifier ("user ID",
"order ID", "session ID"); a value with lower-case letters (words, hex digests); a gap
between cue and value with digits, sentence punctuation or more than three words.

Cue words are found by their literal hints (`_id_fields.CueIndex`), so a text without
any costs one set intersection.
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._id_fields import (
    CUES,
    _top_level_alternatives,
    cue_reaches,
    generic_cues,
)
from hybridsdk.routing._national_ids_intl import REFERENCE_BEFORE_RE, ascii_digits
from hybridsdk.routing._phone_context import has_phone_cue

__all__ = ["ANY_ID_RE", "CONFIDENCE", "GenericIdDetector", "document_code_like"]

CONFIDENCE = 0.7

_W = r"(?<![^\W\d_])"  # no letter right before
_WE = r"(?![^\W\d_])"  # no letter right after

# Words naming an identity document or number, by language family. Each alternative
# holds a literal the cue index can look for.
_WORDS = (
    # English
    r"identity(?:[ _-](?:card|number|no|document|code))?|identification(?:[ _-](?:number|no|card))?"
    r"|(?:national|citizen|resident|personal)[ _-]"
    r"(?:id|identity|identification|number|no|code|card|registration)"
    r"|(?:civil|civic|national)[ _-]registration|citizenship[ _-](?:number|card|no)"
    r"|tax[ _-](?:id|identification|number|no|code|file)|taxpayer[ _-](?:id|identification|number|no)"
    r"|social[ _-](?:security|insurance)"
    r"|(?:health|medical|insurance)[ _-](?:card|number|insurance[ _-]number|no)|(?:health|medical)[ _-]insurance"
    r"|residen(?:ce|cy)[ _-](?:permit|card|number)|voter'?s?[ _-](?:id|card|number|registration)"
    r"|birth[ _-]certificate[ _-](?:number|no)|alien[ _-]registration|green[ _-]card"
    # Romance
    r"|c[ée]dula|carn[ée]t?[ _-]de[ _-](?:identidad|extranjer[ií]a)|documento[ _-](?:de[ _-]identidad|nacional|[úu]nico|d'identit)"
    r"|n[úu]mero[ _-]de[ _-](?:identifica\w+|documento|identidad|c[ée]dula|seguro[ _-]social|contribuinte|utente)"
    r"|identidad|identifica[çc][ãa]o|bilhete[ _-]de[ _-]identidade|cart[ãa]o[ _-]de[ _-]cidad[ãa]o"
    r"|n[°º][ _-]?national|num[ée]ro[ _-](?:national|d'identit[ée]|d'identification|fiscal|de[ _-]registre)"
    r"|registre[ _-]national|identit[ée](?:[ _-]v[ée]rifi[ée]e)?|carte[ _-](?:d'identit[ée]|nationale|vitale|de[ _-]s[ée]jour)"
    r"|titre[ _-]de[ _-]s[ée]jour|pi[èe]ce[ _-]d'identit[ée]|s[ée]curit[ée][ _-]sociale"
    r"|carta[ _-]d'identit[àa]|codice[ _-](?:fiscale|identificativo)|tessera[ _-]sanitaria"
    r"|cod(?:ul)?[ _-]numeric[ _-]personal|carte[ _-]de[ _-]identitate|buletin(?:ul)?"
    r"|(?:cod(?:ul)?|num[ăa]r(?:ul)?|numri|nr\.?)[ _-]personal|matricule|num[ée]ro[ _-]matricule"
    # Germanic and Nordic
    r"|ausweis\w*|identit[äa]ts\w*|sozialvers[iéeë]cherungs\w*|versicherungsnummer|steuer[ _-]?(?:id|nummer|nr)"
    r"|id[ _-]?(?:nommer|nummer|numero|número|numer)"
    r"|identiteits\w*|rijksregister\w*|burgerservice\w*|persoonsnummer|sofinummer"
    r"|person(?:nummer|nr|numret|kennitala)|f[øo]dselsnummer|personnummer|kennitala"
    r"|henkil[öo]tunnus|henkil[öo]kortti|hetu|sotu|isikukood\w*|isikutunnistus"
    r"|(?:id|legitimations)[ _-]?kort\w*|nationalit[ée]tskort"
    # Slavic, Baltic, Hungarian, Greek, Turkish
    r"|rodn[ée][ _-][čc][ií]slo|osobn[ií][ _-](?:[čc][ií]slo|k[óo]d|identifika\w*)|ob[čc]ansk\w*[ _-]pr[ůu]kaz\w*"
    r"|numer[ _-](?:pesel|dowodu|identyfikacyjny|ewidencyjny)|dow[óo]d[ _-]osobist\w*"
    r"|li[čc]n\w*[ _-](?:karta|kart[ei]|broj|iskaznic\w*)|osobn\w*[ _-](?:iskaznic\w*|broj)|osebn\w*[ _-]izkaznic\w*"
    r"|mati[čc]n\w*[ _-]broj|jedinstven\w*[ _-]mati[čc]n\w*|asmens[ _-](?:kodas|tapatyb\w*)|personas[ _-]kods"
    r"|szem[ée]lyi[ _-](?:sz[áa]m|igazolv[áa]ny\w*|azonos[íi]t\w*)|ad[óo]azonos[íi]t[óo]\w*"
    r"|kimlik(?:[ _-](?:no|numaras\w*|kart\w*))?|n[üu]fus[ _-]c[üu]zdan\w*"
    r"|ταυτότητ\w*|αριθμ\w*[ _-]ταυτότητ\w*|αριθμ\w*[ _-]μητρώου|αριθμ\w*[ _-]φορολογικ\w*"
    r"|личн\w*[ _-](?:номер|код|карт\w*)|удостоверени\w*[ _-]личност\w*|паспорт\w*|посвідчен\w*"
    r"|идентификацион\w*|ідентифікаційн\w*|особов\w*[ _-](?:номер|код)|податков\w*[ _-](?:номер|код)"
    r"|персонал\w*[ _-](?:номер|код)|ЕГН|ЕМБГ|ЈМБГ|ИИН|ЖСН|ПИНФЛ|ИНН|СНИЛС"
    # Semitic, Iranian, Indic
    r"|هوي[ةه]|الهوي[ةه]|الرقم[ _-](?:القومي|الوطني|الشخصي)|رقم[ _-](?:قومي|وطني|شخصي|البطاقة)"
    r"|البطاقة[ _-](?:الشخصية|الوطنية|المدنية)|الإقامة|كارت[ _-]ملی|کارت[ _-]ملی|کد[ _-]ملی|شماره[ _-]ملی"
    r"|شناسنامه|شناختی[ _-]کارڈ|قومی[ _-]شناختی|תעודת[ _-]זהות|מספר[ _-]זהות|ת\.ז\.?|ת\"ז"
    r"|पहचान\w*|आधार|नागरिकता|परिचय[ _-]?पत्र|मतदाता|জাতীয়[ _-]পরিচয়\w*|পরিচয়[ _-]?পত্র"
    r"|அடையாள\w*|గుర్తింపు|ಗುರುತಿನ|തിരിച്ചറിയൽ|ਸ਼ਨਾਖਤੀ|ජාතික[ _-]හැඳුනුම්\w*|හැඳුනුම්පත"
    # South-East Asia
    r"|บัตรประชาชน|เลขประจำตัว\w*|เลขบัตร\w*|nomor[ _-]induk|no\.?[ _-]?ktp|kartu[ _-]tanda[ _-]penduduk"
    r"|kad[ _-]pengenalan|c[ăa]n[ _-]c[ưu][ớo]c|ch[ứu]ng[ _-]minh[ _-]nh[âa]n[ _-]d[âa]n|s[ốo][ _-]đ[ịi]nh[ _-]danh"
    r"|អត្តសញ្ញាណ\w*|ບັດປະຈຳຕົວ|မှတ်ပုံတင်|pagkakakilanlan"
    # CJK and Korean
    r"|身[份分][证證]\w*|居民身份|证件号\w*|證件號\w*|身分証\w*|個人番号|マイナンバー|住民票コード|在留カード"
    r"|주민(?:등록)?번호|신분증|외국인등록번호|여권번호"
    # tax numbers of a person, in more languages
    r"|dav[čc]n\w*[ _-]([šs]tevil\w*)|porezn\w*[ _-]broj|poresk\w*[ _-]broj|da[ňn]ov\w*[ _-][čc][ií]slo"
    r"|ad[óo]sz[áa]m|cod[ _-]fiscal|maksukohustuslase|nodok[ļl]u[ _-]maks\w*"
    r"|mokes[čc]i[ųu][ _-]mok\w*|vergi[ _-](?:no|numaras\w*|kimlik\w*)|skattenummer|skatte-?id"
    r"|steuerident\w*|belastingnummer|fiscaal[ _-]nummer|n[úu]mero[ _-]fiscal|identificaci[óo]n[ _-]tributaria"
    r"|الرقم[ _-]الضريبي|کد[ _-]اقتصادی|税号|纳税人识别号|納税者番号|mã[ _-]số[ _-]thuế"
    r"|เลขประจำตัวผู้เสียภาษี|nomor[ _-]pokok[ _-]wajib[ _-]pajak|ИНН|БИН|УНП|СТН|РНОКПП"
    # residence and health-insurance numbers, civil registries
    r"|الاقامة|اقامة|إقامة|السجل[ _-]المدني|居留[證证]\w*|統一證號|统一证号|健保卡\w*|医保卡\w*|社保卡\w*"
    r"|社会保障号\w*|保険証\w*|被保険者番号|건강보험\w*|\w*health[ _-]?(?:no|number|id|card)"
    r"|krankenversicherungs\w*|versichertennummer|tarjeta[ _-]sanitaria|n[úu]mero[ _-]de[ _-]afiliaci[óo]n"
    r"|cart[ãa]o[ _-]de[ _-]sa[úu]de|zdravstven\w*[ _-](?:osigur\w*|kartic\w*|izkaznic\w*)|полис\w*"
    r"|sa[ğg]l[ıi]k[ _-]sigorta\w*|b[ảa]o[ _-]hi[ểe]m[ _-]y[ _-]t[ếe]|karta[ _-]tal-identit\w*"
    r"|identit[àáâäe]\w*|identitet\w*|удостоверени\w*|уд\.[ _-]?личн\w*|asm\.[ _-]?kod\w*|mykad"
    r"|এনআইডি|एनआईडी"
    # Caucasus, Central Asia, Africa
    r"|პირადი[ _-]ნომერი|პ/ნ|անձնագ\w*|հծհ|şəxsiyyət[ _-]vəsiqəsi|shaxsiy[ _-]raqam|jshshir"
    r"|jeke[ _-]ku[äa]lik|kitambulisho|aqoonsi|መታወቂያ|omang|ghana[ _-]card|huduma"
    # session 11: abbreviations and cards of Latin America, the Caribbean, the Arab world,
    # the Horn of Africa, South-East Asia and the Pacific
    r"|c[ée]d\.|(?:kat|nimewo)[ _-]idantifikasyon|fayda(?:[ _-](?:fin|id|number|no))?"
    r"|civil[ _-](?:no|number)|provident[ _-]fund[ _-](?:no|number)"
    r"|البطاقة[ _-]الموحدة|بطاقة[ _-]التعريف|رقم[ _-]التعريف|الرقم[ _-]التعريفي|الرقم[ _-]المدني"
    r"|الرقم[ _-]الجبائي|المعرف[ _-]الجبائي|المعرّف[ _-]الجبائي|رقم[ _-]السجل[ _-]المدني"
    r"|លិខិតឆ្លងដែន\w*|(?:የ)?ፋይዳ"
)
# Abbreviations: upper case, as written on forms and in notes (case matters: "ci", "nn",
# "run" are words).
_ABBREVIATIONS = (
    r"NID|NIN|NIC|CNIC|CNI|CIN|CIC|C\.?I\.?|DNI|DUI|DPI|RUN|RUT|NUI|NUIP|CUI|NIK|KTP|NRIC|NRC"
    r"|TIN|NIF|NIE|NISS|NN|IK|AK|PK|EGN|OIB|JMBG|EM[ŠS]O|SIN|SSS|UMID|TCKN|T\.?C\.?|CNP"
    r"|CCCD|CMND|RNOKPP|HETU|AMKA|ΑΜΚΑ|ΑΔΤ|ΑΦΜ|PPSN?|IRD|TFN|NHI|NIDA|BVN"
    r"|AVS|AHV|V[ÖO]EN|STIR|JSHSHIR|IIN|NIPT|NUIS|EMBG|MBG|LN[ČC]H|PNC|NTN|NICOP"
    r"|NIDN|NSS|NAS|ITIN|CHI|HKID|NPWP|PSN|GSIS|NUIT|CNIE|NNI|NINA|NIU|RNP"
    r"|CIP|NUP|INE|RG|CPF|CURP|ИИН|ЖСН|ЕГН|ЕДРПОУ|ПИНФЛ|ЛНЧ|ЈМБГ|ЕМБГ|ת\.ז\.?"
    r"|ID-?Nr\.?|PIB|BI|PAN|INSZ|MBO|HZZO|BPJS|BHYT|ОМС|K/P|A\.\s?k\.|NIT"
    r"|IDNP|CNS|ΑΦΤ|ΑΤ|TIC|TRN|IC[ ]?No\.?|FNPF|NPF|NSSF|SSNIT|NAPSA|N\.I\.F\.?|NINEA"
)


def _bounded(word: str) -> str:
    """A cue alternative with word boundaries, except in scripts written without spaces
    (CJK, kana, Hangul, Thai, Khmer ...: "的身份证号")."""
    if (
        word[0] >= "\u0e00"
        and not "\u10a0" <= word[0] <= "\u10ff"
        and not "\u1200" <= word[0] <= "\u137f"
    ):
        return "(?:" + word.replace("\\w*", "[^\\W\\d_]{0,4}") + ")"
    return _W + "(?:" + word + ")" + _WE


ANY_ID_RE = re.compile(
    r"(?i)(?:" + "|".join(_bounded(w) for w in _top_level_alternatives(_WORDS)) + r")"
)
# (The lookahead on first letters fails fast at most positions of a text.)
_ABBREV_RE = re.compile(r"(?=[A-ZÇŠĐİÖÅΑΑ-ΩА-ЯЈ])(?<![\w.])(?:" + _ABBREVIATIONS + r")(?![\w])")
# A bare upper-case "ID" ("Contents: ID 80092944501 and ..."): only with no qualifier
# word right before it ("user ID", "Order ID", "Session-ID").
_BARE_ID_RE = re.compile(r"(?<![\w.-])ID(?![\w])")
# The Icelandic kennitala's "kt.", lower case.
_KT_RE = re.compile(r"(?<![\w.])kt\.(?=[\s:])")
CUES.register("anyid", ANY_ID_RE)

# Connecting words between a cue and its value: number words, "is", quotes and colons.
_GAP_RE = re.compile(
    r"(?i)(?:[\s:：=#№°º|\-–—.,()\[\]{}\"'*_…]"
    r"|(?<![^\W\d_])(?:n\.[°º]|no|nr|n°|nº|num(?:ber|ero|éro|ér)?|núm(?:ero)?|nummer|numer|numurs|number"
    r"|číslo|broj|br|szám|sz|numărul|numar|номер|бр|رقم|is|es|est|ist|je|on|era|was|de|do|da"
    r"|del|der|des|of|the|your|my|su|sa|son|votre|ihr|ihre|seu|sua|il|la|el|le|nro|nommer|numri)(?![^\W\d_])"
    r"|番号|号码|號碼|号|號|번호|는|은|：|は|为|為|是|ቁጥር|፡)*"
)
_MAX_GAP = 32
_MAX_VALUE = 40  # characters of a value with its separators
_LEADERS = 64  # dot leaders and underscores of a form, on top of the gap
_LEADER_RE = re.compile(r"[._…]{2,}|\t+")
# A word between cue and value (letters with their marks: Devanagari, Thai ... vowel signs
# are no letters to `\w`).
_WORD_RE = re.compile(r"[^\s\d!?;:：,.()\[\]{}\"'=#+€$£¥₹]{1,16}\.?")
_VALUE_RE = re.compile(
    r"(?<![A-Za-z0-9])[0-9A-Z](?:[0-9A-Z]|[.\-/](?=[0-9A-Z])| (?=[0-9]))*(?![A-Za-z0-9])"
)
# A word that names something other than a person's id just before the cue or in the gap.
_QUALIFIER_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:user|customer|client|order|invoice|ticket|transaction|txn|session|request|account"
    r"|member|employee|staff|student|product|item|device|app|application|case|claim|tracking"
    r"|shipment|booking|reservation|message|event|job|task|build|record|row|object|entity"
    r"|reference|ref|merchant|vendor|supplier|payment|trace|correlation|tenant|org|project"
    r"|issue|bug|post|comment|thread|chat|group|channel|file|batch|lot|serial|model|part|sku"
    r"|store|branch|terminal|policy|contract|loan|patient|visitor|guest|player|team|game|video"
    r"|process|container|instance|node|host|cluster|trade|deal|parcel|package|delivery|vehicle"
    r"|meter|asset|unit|license|licence|key|token|api|client_?id|kunden|bestell|auftrags|rechnungs)"
    r"[\s_-]*$"
)
# Letters, a dash, then a year or a serial: a shop's or a system's code ("ORD-2025-1735",
# "INV-004512", "TKT-88123"); identity numbers with a letter prefix glue it or space it.
# After "KYC" (a check, not a document): a case, form or reference number's word or sign.
_KYC_CASE_RE = re.compile(
    r"(?i)[ \t]*(?:#|n[o°º]\.?|nr\.?|ref\w*\.?|case|form|file|request|application|ticket)[ \t:#.]*"
)
_CODE_PREFIX_RE = re.compile(r"[A-Z]{2,5}-(?:(?:19|20)\d\d-|\d)")
# ... but a country prefix before a long serial and a check digit is a card's number
# ("GHA-712345678-4", "KEN-30123456"): no shop numbers its orders that long.
_COUNTRY_SERIAL_RE = re.compile(r"[A-Z]{3}-\d{8,12}(?:-\d)?")
# Abbreviations that also name other things (a bank's "TRN" is a transaction reference,
# "TIC" a tick or a counter): only with their scheme's own shape after them.
_SHAPED = {
    "TRN": re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{3}"),  # Jamaica, 9 digits
    "TIC": re.compile(r"\d{8}[A-Z]"),  # Cyprus tax identification code
    "ΑΦΤ": re.compile(r"\d{8}[A-Z]"),
}
_DATE_LIKE_RE = re.compile(
    r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?"
)
_IPV4_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_AMOUNT_AFTER_RE = re.compile(
    r"[^\S\n]?(?:%|€|\$|£|¥|₹|₽|(?:eur|usd|gbp|chf|kg|km|cm|mm|ml|mg|kb|mb|gb|ms|m²)(?![^\W\d_]))",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = "€$£¥₹₽"


def _shape_ok(raw: str, *, bare_id: bool) -> bool:
    """A value that can be an identity or document number."""
    if _DATE_LIKE_RE.fullmatch(raw) or _IPV4_RE.fullmatch(raw):
        return False
    compact = re.sub(r"[ .\-/]", "", raw)
    if not 5 <= len(compact) <= 20 or len(set(compact)) <= 2:
        return False
    digits = sum(c.isdigit() for c in compact)
    letters = len(compact) - digits
    if digits == 1 and letters >= 4:
        return False  # a word an OCR pass misread ("REPU8LIC", "Nat1onal")
    if bare_id:
        return digits >= 6 and len(compact) >= 7 and letters <= 3
    if letters > 4:
        return (len(compact) >= 10 and digits >= 5) or document_code_like(raw)
    return (
        digits >= 4
        or (len(compact) >= 6 and digits >= 2 and letters <= 3)
        or document_code_like(raw)
    )


def document_code_like(raw: str) -> bool:
    """A short document code of upper-case letters and digits ("K5RJHX5", "255DLAU"):
    6 to 12 characters, a digit and a letter at least, not one character repeated. Alone
    it is a part number or a booking code as well; only a column naming an id makes it
    one (`_national_ids_world`)."""
    if not 6 <= len(raw) <= 12 or not raw.isalnum() or not raw.isascii():
        return False
    digits = sum(c.isdigit() for c in raw)
    return 0 < digits < len(raw) and raw.upper() == raw and len(set(raw)) > 3


_SCHEME_REACH = 64


# The names of `_national_ids`' checked schemes (its cue pattern also holds generic words).
_NAMED_SCHEME_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:bsn|burgerservice\w*|sofi|steuer-?id|idnr|identifikationsnummer|cpf"
    r"|aadhaa?r|nir|s[ée]curit[ée] sociale|insee|my ?number|nino|national insurance"
    r"|codice fiscale|dni|nie|pan)(?![^\W\d_])|マイナンバー|個人番号|आधार"
)
# Intl schemes read on format alone after their name (no check to defer to).
_INTL_FORMAT_ONLY = frozenset({"de_steuernummer", "eg_tax_number", "jp_pension"})


# Abbreviations that name a checked scheme of one country and an unchecked number of
# others: the tax numbers called NIF (ES, PT; HT, DZ, AO, MZ ...) and NIT (CO, GT; BO, SV,
# HN ...). After them a value the scheme does not read is still an identity number.
# The checked schemes' own formats of those numbers: ES NIF/NIE, PT NIF, CO NIT. (A bare
# "ID" keeps deferring to the South African scheme: after it, a lab sample's or a
# record's number is as likely as a person's.)
_SHARED_FORMATS = {
    "NIF": re.compile(r"\d{8}[A-Z]|[XYZKLM]\d{7}[A-Z]|\d{9}"),
    "NIT": re.compile(r"\d{3}\.\d{3}\.\d{3}-\d|\d{9}-\d"),
}
_SHARED_NAMES = frozenset(_SHARED_FORMATS)
# "Civil number" names Kuwait's 12-digit civil id (read with its date by a scheme) and the
# shorter civil numbers of Oman, Bahrain and others, which this finder reads.
_KW_CIVIL_RE = re.compile(r"\d{12}")
_CARD_WORDS_RE = re.compile(r"بطاقة[ _-]التعريف|البطاقة[ _-]الموحدة")
_NAMED_HINTS = ("bsn", "sofi", "steuer", "idnr", "identifikations", "cpf", "aadhaa", "nir",
                "curit", "insee", "number", "nino", "insurance", "fiscale", "dni", "nie",
                "pan", "マイナンバー", "個人番号", "आधार")  # fmt: skip


def _has_named_hint(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in _NAMED_HINTS)


_OF_RE = re.compile(r"(?i)\s(?:de|do|da|del|di)\s")


def _scheme_cue_spans(
    text: str, shared: list[re.Match[str]] | None = None
) -> list[tuple[int, int]]:
    """Where the own names of schemes with a check digit are in `text` (their cue patterns,
    registered with the shared cue index by the scheme detectors); generic identity words
    and the names of format-only schemes left out."""
    # Imported here: the world detector imports this module.
    from hybridsdk.routing import _national_ids_world as world

    generic = [m.span() for m in generic_cues(text)]  # sorted by start, disjoint enough
    generic_starts = [a for a, _ in generic]
    out = [m.span() for m in _NAMED_SCHEME_RE.finditer(text)] if _has_named_hint(text) else []
    # Identity cards whose name holds a scheme's word ("بطاقة", a card): no scheme named.
    wider = [m.span() for m in _CARD_WORDS_RE.finditer(text)] if "بطاقة" in text else []
    # A scheme's word as the complement of a longer document name ("Identidade", Brazil's
    # RG, in "Bilhete de Identidade", Mozambique's card): the longer name names no scheme.
    wider += [m.span() for m in CUES.find(text, "anyid") if _OF_RE.search(m.group(0)) is not None]
    if shared is None:
        shared = []
    for key in CUES.names():
        if key != "world" and not (
            key.startswith("intl:") and key.split(":")[1] not in _INTL_FORMAT_ONLY
        ):
            continue
        for m in CUES.find(text, key):
            if m.group(0).replace(".", "").strip(" :#").upper() in _SHARED_NAMES:
                shared.append(m)  # "NIF", "NIT": a scheme of one country and a
                continue  # number of many: deferred to only for a value in its format
            if _inside_word(text, m.start(), m.end()):
                continue  # "national" in "nationale", "بطاقة" in "البطاقة", "ID-no" in "ID-nommer"
            k = bisect.bisect_left(generic_starts, m.end())
            if any(generic[j][1] > m.start() for j in range(max(0, k - 3), k)):
                continue  # "national ID", "tax number": a generic word names no scheme
            if any(
                a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in wider
            ):
                continue
            if key == "world" and all(
                world._CUED[k][0] in world._FORMAT_ONLY for k in world._schemes_named(m.group(0))
            ):
                continue
            out.append(m.span())
    out.sort()
    return out


def _shared_scheme_reads(text: str, shared: list[re.Match[str]], span: tuple[int, int]) -> bool:
    """A shared scheme name ("NIF", "NIT") just before a value in that scheme's own
    format: the scheme's check decides."""
    for m in shared:
        if span[0] - _SCHEME_REACH <= m.end() <= span[0]:
            name = m.group(0).replace(".", "").strip(" :#").upper()
            if _SHARED_FORMATS[name].fullmatch(text, *span):
                return True
    return False


def _inside_word(text: str, start: int, end: int) -> bool:
    """A cue glued to letters on either side is part of a longer word that names no scheme."""
    return (start > 0 and text[start - 1].isalpha() and text[start].isalpha()) or (
        end < len(text) and text[end].isalpha() and text[end - 1].isalpha()
    )


def _named_before(text: str, named: list[tuple[int, int]], start: int, cue_start: int) -> bool:
    """A scheme's name (sorted spans) ending within `_SCHEME_REACH` before `start`, and
    not on an earlier line than the value's own cue ("FIFA ID: 3JMTY6X⏎NIC No.: ...":
    the line's own label names the number, not the field above)."""
    k = bisect.bisect_left(named, (start, start))
    return any(
        start - _SCHEME_REACH <= named[j][1] <= start
        and not (named[j][1] <= cue_start and "\n" in text[named[j][1] : cue_start])
        for j in range(max(0, k - 4), k)
    )


def _trim_groups(text: str, start: int, end: int) -> int:
    """The value's end without trailing space-separated digit groups that make it longer
    than an id can be (a phone number after it on the same line)."""
    raw = text[start:end]
    while len(re.sub(r"[ .\-/]", "", raw)) > 20 and " " in raw:
        raw = raw.rsplit(" ", 1)[0]
    return start + len(raw)


class GenericIdDetector:
    """Identity numbers after a word naming an identity document or number, in any
    country's layout, without a check; see the module docstring.

    Args:
        max_gap: most characters of connecting words between the cue and the value.
    """

    kind = PiiKind.NATIONAL_ID

    def __init__(self, *, max_gap: int = _MAX_GAP, defer_to_schemes: bool = True) -> None:
        self.max_gap = max_gap
        self.defer_to_schemes = defer_to_schemes

    def __call__(self, text: str) -> Iterator[Finding]:
        text_a = ascii_digits(text)
        cues = [(m.start(), m.end(), False) for m in CUES.find(text_a, "anyid")]
        cues += [(m.start(), m.end(), False) for m in generic_cues(text_a)]
        if "ID" in text_a:
            cues += [(m.start(), m.end(), True) for m in _BARE_ID_RE.finditer(text_a)]
        if "kt." in text_a:
            cues += [(m.start(), m.end(), False) for m in _KT_RE.finditer(text_a)]
        if any(c.isupper() for c in text_a):
            cues += [(m.start(), m.end(), False) for m in _ABBREV_RE.finditer(text_a)]
        if not cues:
            return
        cues.sort()
        # A scheme's own name before the value ("PESEL", "ИНН", "RUT", "Rodné číslo"): that
        # scheme reads the number by its check; a wrong check is no id, and this finder
        # does not overrule it. It reads what no scheme names.
        shared: list[re.Match[str]] = []
        named = _scheme_cue_spans(text_a, shared) if self.defer_to_schemes else []
        taken_until = -1
        for cue_start, cue_end, bare in cues:
            if cue_end <= taken_until:
                continue
            span = self._value_after(text_a, cue_start, cue_end, bare=bare)
            if span is not None and _named_before(text_a, named, span[0], cue_start):
                continue
            if span is not None and shared and _shared_scheme_reads(text_a, shared, span):
                continue
            if (
                span is not None
                and text_a[cue_start:cue_end] == "الرقم المدني"
                and _KW_CIVIL_RE.fullmatch(text_a, *span)
            ):
                continue  # the Kuwaiti civil id's shape: its scheme's date check decides
            if span is not None:
                taken_until = span[1]
                yield Finding.from_span(self.kind, text, *span, CONFIDENCE, "id_generic")

    def _value_after(
        self, text: str, cue_start: int, cue_end: int, *, bare: bool
    ) -> tuple[int, int] | None:
        if text[cue_end : cue_end + 1] == "-" and text[cue_end + 1 : cue_end + 2].isdigit():
            return None  # "AK-039-5828": letters glued to digits are a code's head, no cue
        reach = min(len(text), cue_end + self.max_gap + _LEADERS)
        gap = _GAP_RE.match(text, cue_end, reach)
        start = gap.end() if gap else cue_end
        words = 0
        # Up to three more words (not a qualifier) may stand between: "identité vérifiée
        # (NN ...", "lična karta broj ...".
        while words < 3:
            m = _VALUE_RE.match(text, start, min(len(text), start + _MAX_VALUE))
            if m is not None and any(c.isdigit() for c in m.group(0)):
                break
            w = m if m is not None else _WORD_RE.match(text, start)
            if w is None or bare:
                return None
            start = w.end()
            g = _GAP_RE.match(text, start, reach)
            start = g.end() if g else start
            words += 1
        m = _VALUE_RE.match(text, start, min(len(text), start + _MAX_VALUE))
        if m is not None and m.end() == start + _MAX_VALUE:
            return None  # a longer run than any id (bounded: a huge run costs no more)
        if m is None or len(_LEADER_RE.sub("", text[cue_end : m.start()])) > self.max_gap:
            return None  # dot leaders and blanks of a form ("NIT ____ 123"; "MBO ..... 123") aside
        value_start, end = m.start(), m.end()
        # A leading group of letters alone is a word or an abbreviation ("NN 830...").
        while " " in text[value_start:end]:
            head = text[value_start : text.index(" ", value_start)]
            if any(c.isdigit() for c in head):
                break
            if bare:
                return None  # "ID: PO 4572009537": a purchase order's key
            value_start += len(head) + 1
        between = text[cue_end:value_start]
        if any(c in between for c in "!?;") or between.count("\n") > 1:
            return None
        if _KYC_CASE_RE.fullmatch(between) and text[cue_start:cue_end].lower() == "kyc":
            return None  # "SIM/KYC #2286", "KYC ref. 88": the check's case number, no id
        if "\n" in between and not cue_reaches(text, cue_end, m.start()):
            return None
        end = _trim_groups(text, value_start, end)
        raw = text[value_start:end]
        if not _shape_ok(raw, bare_id=bare):
            return None
        shaped = _SHAPED.get(text[cue_start:cue_end])
        if shaped is not None and not shaped.fullmatch(raw):
            return None
        if bare or text[cue_start : cue_start + 2].lower() == "id":
            before = text[max(0, cue_start - 24) : cue_start]
            if _QUALIFIER_RE.search(before):
                return None  # "order ID", "user id number", "Kunden-ID"
        if _QUALIFIER_RE.search(between.rstrip(" :#.=")):
            return None  # "ID zamówienia", "identity of the order"
        ref = REFERENCE_BEFORE_RE.search(text, max(0, value_start - 24), value_start)
        if ref is not None and ref.start() >= cue_end:
            return None  # "ID ... order no. 123" (the cue itself may read as one: "RUN")
        lead = text[max(0, value_start - 2) : value_start].strip()
        if lead[-1:] == "+" or lead[-1:] in _CURRENCY_BEFORE:
            return None
        if _AMOUNT_AFTER_RE.match(text, end):
            return None
        if text[end : end + 1] in "-./_:@" and text[end + 1 : end + 2].isalnum():
            return None  # the head of a longer token (a UUID's first group)
        if _CODE_PREFIX_RE.match(raw) and not _COUNTRY_SERIAL_RE.fullmatch(raw):
            return None  # "ORD-2025-173526", "INV-88123": a document's code, no person's
        if text[end : end + 1] in ",." and text[end + 1 : end + 3].isdigit():
            return None  # a decimal amount or a longer dotted number
        if has_phone_cue(text, value_start):
            return None
        return value_start, end
