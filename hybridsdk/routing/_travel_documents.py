"""Passport and driver-licence numbers, found only right after a word that names them.

A passport or licence number is a short run of letters and digits that looks like an
order number, a part number or a booking code; alone it cannot be told apart. So this
detector never reports a bare run: it needs a cue ("passport", "Reisepass", "passeport",
"pasaporte", "护照", "パスポート", "driver's licence", "Führerschein", "permis de conduire",
"运転免許証" ...) followed only by connecting words ("number", "Nr.", "n°", "番号", "is",
a JSON key's quotes and colon), and then a value in one of the countries' formats (US, UK,
DE, FR, IT, ES, NL, IN, JP, BR, CN). Findings are of kind `national_id`; the detector name
says which document (`passport`, `driver_licence`).

Boundaries are ASCII: "护照号码E12345678" is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._id_fields import CUES, GENERIC_ID_RE

__all__ = ["TravelDocumentDetector"]

_PASSPORT_CUE = (
    r"pass(?:port|eport|aporte|aporto|poort)|reisepass|pasaporte|paspoort|paszport|"
    r"护照|護照|パスポート|旅券|여권|pass[-_ ]?(?:no|nr|num)|паспорт|διαβατ[ηή]ρ|"
    r"جواز السفر|جواز سفر|पासपोर्ट|pass(?:et|nummer)|"
    # identity cards, read in the same formats
    r"identiteitskaart|id-kaart|personalausweis|ausweis(?:nummer|-nr)|"
    r"carta d'identit[àa]|carte d'identit[ée]|"
    r"documento de identidad|dowód osobisty|δελτίο ταυτότητας|ταυτότητ\w*|\bα\.δ\.τ\b|\bαδτ\b|\bα\.δ\.τ|\bαδ\.τ\b|"
    r"удостоверени\w* личности|id[-_ ]?card|id[-_ ]?картк\w*|посвідченн\w* особи|"
    r"občansk\w* průkaz\w*|číslo op\b|kimlik kartı|cédula de identidade|carteira de identidade|"
    # passports in more languages (cs sk, hr bs sr, sl, hu, ro, tr, id ms, vi, th, he, fa ur)
    r"cestovn\w* pas\w*|číslo pasu|putovnic\w*|potn\w* list\w*|útlevél\w*|pa[șs]aport\w*|"
    r"paspor\b|pasport\b|hộ chiếu|หนังสือเดินทาง|דרכון|گذرنامه|پاسپورت|"
    # fi, da no, et lv lt, is, sr mk, sq, bn ta ur, sw, ka am; the Italian and Romanian
    # identity cards (CIE, "seria și nr." of a CI)
    r"\bpassi(?:n|ni|nsa|a|ssa|numero)?\b|\bpas(?:nummer|nr)|\bpase\b(?=\s*(?:numur|nr))|\bpases\b(?=\s*(?:numur|nr))|\bpasas\b|\bpaso\b(?=\s*(?:numer|nr))|"
    r"vegabr[ée]f\w*|пасош\w*|paso[šs]\w*|pasaport[aë]\w*|পাসপোর্ট|கடவுச்சீட்டு|"
    r"பாஸ்போர்ட்|پاسپورٹ|pasipoti|პასპორტ\w*|ፓስፖርት|(?-i:\bCIE[: ])|\bc\.i\.|"
    r"seria (?:și|si|şi) (?:nr|num[ăa]r)\w*|"
    # "passport" alone in Arabic; identity cards of the former Yugoslavia, Bulgaria and
    # the Baltics, abbreviated too ("Br. osobne", "lična karta", "лична карта",
    # "osebna izkaznica", "asmens tapatybės kortelė", "personas apliecība")
    r"الجواز|\bjawaz\b|osobn\w* iskaznic\w*|\bbr(?:oj)?\.? (?:osobne|li[čc]ne)(?: (?:iskaznic|kart)\w*)?|osobn\w* kart\w*|"
    r"li[čc]n\w* kart\w*|osebn\w* izkaznic\w*|лич\w* карт\w*|\bл\.? ?к\.? ?(?=№|бр)|"  # noqa: RUF001 (Cyrillic on purpose)
    r"asmens tapatyb\w* kortel\w*|personas apliec\w*|isikutunnistus\w*|"
    r"buletin\w* de identitate|carte de identitate|"
    # a travel document (a visa form's "Travel document no."), in en es fr it pt de ru
    r"travel[-_ ]?doc(?:ument)?\b|documento de viaje|document de voyage|documento di viaggio|"
    r"documento de viagem|reisedokument\w*|проездно\w* документ\w*"
)
_LICENCE_CUE = (
    r"driver'?s?[-_ ]?licen[cs]e|driving[-_ ]?licen[cs]e|driver[-_ ]?license|"
    r"driver'?s?[-_ ]?lic\b\.?|\bdln?\b(?=\s*[#:.]|\s*no|\s+[A-Z0-9])|"
    r"f(?:ü|ue)hrerschein|permis de conduire|permis\b(?=\s*(?:n[°º]|no|num))|"
    r"patente(?: di guida|\s*n)|carn[ée]t? de conducir|permiso de conducir|licencia de conducir|"
    r"rijbewijs|carteira de motorista|carteira nacional de habilita\w+|\bcnh\b|"
    r"運転免許証?|免許証|驾驶证|驾照|駕照|駕駛執照|운전면허증?|prawo jazdy|körkort|"
    # more languages (cs sk sl hr, hu, ro, fi, da no, is, tr, ru uk bg, el, id ms, vi, th,
    # he, ar, fa, hi)
    r"řidičsk\w* průkaz\w*|vodičsk\w* preukaz\w*|vozni[šs]k\w* dovoljenj\w*|voza[čc]k\w* dozvol\w*|"
    r"jogos[íi]tv[áa]ny\w*|permis\w* de conducere|ajokortti|k[øo]rekort|f[øo]rerkort|ökusk[íi]rteini|"
    r"ehliyet|s[üu]r[üu]c[üu] belgesi|водительск\w* удостоверени\w*|посвідчен\w* водія|"
    r"шофьорска книжка|άδεια οδήγησης|surat izin mengemudi|lesen memandu|giấy phép lái xe|"
    r"ใบขับขี่|רישיון נהיגה|رخصة القيادة|رخصة السياقة|گواهینامه|ड्राइविंग लाइसेंस|"
    # it (alone), pt-PT, et, lv, lt, be uk, bn, ta, tl, sw, ur
    r"\bpatente\b|carta de condu[çc][ãa]o|juhiluba|vad[īi]t[āa]ja apliec[īi]b\w*|"
    r"vairuotojo pa[žz]ym[ėe]jim\w*|вадзіцельск\w*|ড্রাইভিং লাইসেন্স|ஓட்டுநர் உரிமம்|"
    r"lisensya sa pagmamaneho|leseni ya udereva|ڈرائیونگ لائسنس|"
    # "Licence no." on a personal form (a software key has letters and dashes: no format)
    r"\blicen[cs]e (?=n(?:o|umber|r)\b)|"
    # es-CO, es-PE, pt-PT/BR more
    r"licencia de conducci[óo]n|licencia de manejo|pase de conducir|licen[çc]a de condu\w*"
)
# A generic identity word ("ID number", "tax_id", "Ausweisnummer", "身份证号" ...), or a
# KYC or identity-document line's "id"/"no" ("kyc check passed id=", "ID document
# scanned, no."): the number after it is someone's identity or document number.
_GENERIC_CUE = (
    r"(?:kyc|id[ _-]?doc(?:ument)?|identity[ _-]?doc(?:ument)?)[^\n=:]{0,24}?"
    r"(?<![a-z])(?:id|no|nr|number)(?![a-z])|"
    + GENERIC_ID_RE.pattern.removeprefix("(?i)(?:").removesuffix(")")
)
# Words and punctuation allowed between the cue and the value.
_FILLER = (
    # separators (a JSON record's `", "number": "` too), Markdown emphasis and code
    # marks, an HTML or XML tag between a label
    # cell and its value cell ("<th>Passport</th><td>...")
    r"(?:[\s_:#=\"'.,\-()\[\]{}|*`\uff1a\u3000]|</?[A-Za-z][^<>\n]{0,40}>|"
    r"(?i:numbers?|num|nos?|nr|n\.?[°º]|id|is|was|value|št\.?|[šs]tevilka|broj|br\.|бр\.|број|ist|est|es|é|nummer|num[ée]ro|n[úu]mero|núm|"  # noqa: RUF001 (Cyrillic on purpose)
    # "is" in more languages (cs sk sl hr sr, pl, da no, sv, fi et, lv, lt, hu, ro, nl)
    r"je|jest|er|är|on|ir|yra|van|este|zijn|"
    r"de|du|del|di|do|da|my|mein|meine|mon|ma|mi|il|le|la|el|o|"
    r"番号|号码|號碼|号|は|が|是|为|為|번호|는|은|"
    r"серии|серия|сер\.|и|номер|№|no\.|αριθμός|رقم|संख्या|नंबर|है|"
    # "n.", "my ... is", "number" in more languages (it fr ca, de, ro, vi, he, hu, fi, id
    # ms tl, pl cs sk, el, ru uk bg, ar fa ur, hi, pt)
    r"n\.|è|és|lautet|lauten|și|şi|nr\.|số|của|tôi|là|מס'|מס\u05f3|מספר|שלי|הוא|száma|számom|"
    r"minun|saya|adalah|ialah|nomor|nombor|ko|ay|mój|moje|můj|číslo|μου|είναι|мой|мій|"
    r"شماره|نمبر|میرا|मेरा|meu|minha|mio|mia|mijn|mitt|min|ci|เลขที่|หมายเลข|คือ))*"
    # a short parenthesis, fullwidth too ("Personalausweis-Nr. (neu):", after "旅券番号")
    r"(?:[\s:]*(?:\([^()\n]{1,24}\)|\uff08[^\uff08\uff09\n]{1,12}\uff09)[\s_:#=\"'.\-|\uff1a\u3000]*)?"
)
_VALUE = (
    r"(?<![A-Za-z0-9])(?P<value>[A-Za-z0-9\u0391-\u03a9]"
    r"(?:[A-Za-z0-9\u0391-\u03a9]|[ -](?=[A-Za-z0-9])){4,22})"
)
# A cue's inflected ending belongs to it ("paszportu", "паспорта", "διαβατηρίου").
_PASSPORT_RE = re.compile(
    r"(?P<cue>(?i:" + _PASSPORT_CUE + r")(?:(?<=[^\W\d_])[^\W\d_A-Z]*)?)" + _FILLER + _VALUE
)
_LICENCE_RE = re.compile(
    r"(?P<cue>(?i:" + _LICENCE_CUE + r")(?:(?<=[^\W\d_])[^\W\d_A-Z]*)?)" + _FILLER + _VALUE
)
_GENERIC_RE = re.compile(
    r"(?P<cue>(?i:" + _GENERIC_CUE + r")(?:(?<=[^\W\d_])[^\W\d_A-Z]*)?)" + _FILLER + _VALUE
)
CUES.register("passport", re.compile(r"(?i)(?:" + _PASSPORT_CUE + ")"))
CUES.register("licence", re.compile(r"(?i)(?:" + _LICENCE_CUE + ")"))
CUES.register("id_document", re.compile(r"(?i)(?:" + _GENERIC_CUE + ")"))
_CUE_NAMES = {_PASSPORT_RE: "passport", _LICENCE_RE: "licence", _GENERIC_RE: "id_document"}
_MAX_GAP = 32  # characters of filler between the cue and the value
_WINDOW = _MAX_GAP + 48  # the value (at most 23 characters) ends inside it

_PASSPORT_FORMATS = re.compile(
    r"\d{9}"  # US, UK
    r"|[A-Z]\d{8}"  # US next generation; CN (E, G)
    r"|[A-Z]{2}\d{7}"  # IT, JP; CN (EA...)
    r"|\d{2}[A-Z]{2}\d{5}"  # FR
    r"|[A-Z]{2,3}\d{6}"  # ES, BR
    r"|[A-Z]\d{7}"  # IN
    r"|[CFGHJKLMNPRTVWXY][CFGHJKLMNPRTVWXYZ0-9]{8}"  # DE passport, identity card (no vowels, B, D, Q, S)
    r"|[A-NP-Z]{2}[A-NP-Z0-9]{6}\d"  # NL (no letter O)
    r"|\d{10}"  # RU internal passport: series (4 digits) and number (6)
    r"|\d{8}"  # SE
    r"|\d{12}"  # FR identity card (before 2021)
    r"|[A-Z]{2}\d{6,7}"  # GR, PL, SE
    r"|[A-Z]\d{3}[A-Z]\d{4}"  # KR since 2021
    r"|[A-Z]{2}\d{5}[A-Z]{2}"  # IT electronic identity card (CIE)
    r"|[\u0391-\u03a9]{1,2}\d{6}"  # GR identity card (Greek capitals)
    # Other countries: one to three letters and five to nine digits, a letter or two at
    # the end (HU, RO, VN, ID, MX, AU, NO ...), or digits then letters (HU "123456AB")
    r"|[A-Z]{1,3}\d{5,9}[A-Z]{0,2}"
    r"|\d{6,9}[A-Z]{1,2}"
    r"|\d{7}"  # MT, and passports of seven digits elsewhere
)
_LICENCE_FORMATS = re.compile(
    r"[A-Z]{0,2}\d{5,14}"  # US states; NL (10), BR CNH (11), JP and FR (12) digits
    r"|[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}"  # UK DVLA (two computer check characters)
    r"|[A-Z0-9]\d{2}[A-Z0-9]{6}\d[A-Z0-9]"  # DE
    r"|\d{2}[A-Z]{2}\d{5}"  # FR since 2013
    r"|[A-Z][A-Z0-9]\d{7}[A-Z]"  # IT (province code or U1, digits, letter)
    r"|\d{8}[A-Z]"  # ES (the DNI)
    r"|[A-Z]{2}\d{13}"  # IN (state, RTO, year, serial)
    r"|[A-Z]\d{14,15}"  # CA-ON (surname letter, 4 + 5 + 5 or 6 digits, ending in a date)
    r"|\d{17}[\dX]"  # CN (the resident id)
    r"|[A-Z]{3}\d{5}[A-Z]{2}\d{2}"  # NG (state code, serial, initials, year)
)
_ANY_FORMATS = re.compile(
    "(?:" + _PASSPORT_FORMATS.pattern + ")|(?:" + _LICENCE_FORMATS.pattern + ")"
)
# A boarding pass's or reservation's passport line (APIS, the SSR DOCS element): "DOCS
# <number> [country] DOB 12MAR80", or the IATA slashed form "/P/GBR/<number>/GBR/12MAR80/M".
_DOCS_LINE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:DOCS?|APIS|PSPT|PPT)[ \t]+(?:(?:HK|NN|KK)1[ \t/]+)?"
    r"(?P<value>[A-Z0-9]{6,12})(?:[ \t]+[A-Z]{2,3})?[ \t]+(?:DOB|D\.O\.B\.?)[ \t:]+\d{2}[A-Z]{3}\d{2,4}"
    r"|/P/[A-Z]{2,3}/(?P<slashed>[A-Z0-9]{5,15})/[A-Z]{2,3}/\d{2}[A-Z]{3}\d{2}/[MFUX]"
)
# After a generic identity word, an all-digit value longer than this is a national number
# whose scheme has a check digit (CN, ZA, RO ...): the id detectors read it, or it fails.
_MAX_BARE_DIGITS = 10
_DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")
# German and Dutch numbers can have as few as two digits ("XE7XJZCR2"); a word has none.
_MIN_DIGITS = 2


def _valid(compact: str, formats: re.Pattern[str]) -> bool:
    if sum(c.isdigit() for c in compact) < _MIN_DIGITS or len(set(compact)) == 1:
        return False
    if formats is _ANY_FORMATS and compact[:-1].isdigit() and len(compact) > _MAX_BARE_DIGITS:
        return False  # a long bare number after "ID number" is read by its check digit
    return formats.fullmatch(compact) is not None


class TravelDocumentDetector:
    """Passport and driver-licence numbers after a cue word naming the document.

    Args:
        max_gap: most characters of connecting words allowed between cue and value.
    """

    kind = PiiKind.NATIONAL_ID

    def __init__(self, *, max_gap: int = _MAX_GAP) -> None:
        self.max_gap = max_gap

    def __call__(self, text: str) -> Iterator[Finding]:
        if "DOB" in text or "/P/" in text:
            for m in _DOCS_LINE_RE.finditer(text):
                group = "value" if m.group("value") else "slashed"
                if _valid(m.group(group), _PASSPORT_FORMATS):
                    yield Finding.from_span(self.kind, text, *m.span(group), 0.9, "passport")
        for name, pattern, formats in (
            ("passport", _PASSPORT_RE, _PASSPORT_FORMATS),
            ("driver_licence", _LICENCE_RE, _LICENCE_FORMATS),
            ("id_document", _GENERIC_RE, _ANY_FORMATS),
        ):
            for m in self._matches(text, pattern):
                start, raw = m.start("value"), m.group("value")
                if start - m.end("cue") > self.max_gap:
                    continue  # too many connecting words: the value is not the cue's
                span = self._value_span(raw, formats)
                end = start + span if span is not None else start
                if text[end : end + 1] in ("/", ".", ",") and text[end + 1 : end + 2].isalnum():
                    continue  # "710319/2746", "12.345.678": the number goes on
                if span is not None:
                    # A generic identity word says less than "passport": the SSN and id
                    # detectors' readings of the same digits win.
                    confidence = 0.8 if name == "id_document" else 0.9
                    yield Finding.from_span(self.kind, text, start, start + span, confidence, name)

    @staticmethod
    def _matches(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The pattern's matches, tried only where its cue's literal hints occur (running
        the long cue alternation over every character cost ~0.4 ms per 100 characters)."""
        next_free = 0
        for cue in CUES.find(text, _CUE_NAMES[pattern]):
            if cue.start() < next_free:
                continue
            # The window bounds the work of the filler alternation on any input.
            m = pattern.match(text, cue.start(), min(len(text), cue.end() + _WINDOW))
            if m is not None:
                next_free = m.end()
                yield m

    @staticmethod
    def _value_span(raw: str, formats: re.Pattern[str]) -> int | None:
        """Length of the longest prefix of `raw` (cut at a separator) in a known format."""
        cuts = [len(raw)] + [i for i in range(len(raw) - 1, 0, -1) if raw[i] in " -"]
        for cut in cuts:
            piece = raw[:cut]
            if raw[cut + 1 : cut + 2].isdigit() and piece[-1:].isdigit():
                return None  # "3390 0247 0565", "629447-5316995": the head of a longer number
            if _DATE_RE.fullmatch(piece):
                return None
            tail = piece.rsplit(" ", 1)[-1] if " " in piece else ""
            if tail.isalpha() and tail.islower():
                continue  # "959309956 i platna ...": a conjunction, not a check letter
            letters = [c for c in piece if c.isalpha()]
            if letters and not (
                all(c.isupper() for c in letters) or all(c.islower() for c in letters)
            ):
                continue  # mixed case: a word, not a document number
            if _valid(re.sub(r"[ -]", "", piece).upper(), formats):
                return cut
        return None
