"""Detectors of personal data and secrets in text.

Each detector is a callable `detector(text) -> Iterable[Finding]`. A `PiiScanner` runs a
set of them and resolves overlaps: the most confident finding wins, then the longest, then
the most specific kind. Findings hold a span and a masked preview, never the value itself,
so a `Finding` can be logged or printed safely; `finding.value(text)` reads the value back
from the text it came from.

Decisions worth knowing:
- Phone numbers use `phonenumbers` (extra "privacy") when installed. The regex fallback is
  less precise: it knows no numbering plans, so it accepts any 8-15 digit run written like
  a phone number that no context explains as another number. Both modes drop numbers
  after reference words, amounts, dates and id shapes, and take bare runs after a phone
  cue (`_phone_context.py`).
- A dotted quad such as 1.2.3.4 is reported as an IPv4 address (privacy errs on recall),
  except right after a version word ("version 1.2.3.4", "v1.2.3.4") or inside a longer
  dotted run ("1.2.3.4.5").
- Hex strings of 32+ characters (API keys, tokens) count as secrets; canonical UUIDs do not.
- GPS pairs need 4+ decimals on both numbers (about 11 m), or hemisphere letters, so that
  prices and measurements ("12.50, 13.25") are not taken for coordinates.

Regexes are compiled once at import; this module is not imported by `import hybridsdk`.
"""

from __future__ import annotations

import bisect
import enum
import ipaddress
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from hybridsdk._exceptions import ConfigurationError, InputValidationError
from hybridsdk.routing._email_gds import gds_email_spans
from hybridsdk.routing._email_non_addresses import (
    in_message_id,
    is_placeholder_address,
    is_sip_uri,
    message_id_spans,
)
from hybridsdk.routing._phone_context import (
    forget_runs,
)

__all__ = [
    "Detector",
    "Finding",
    "PiiKind",
    "PiiScanner",
    "default_detectors",
    "iban_valid",
    "luhn_valid",
    "resolve_overlaps",
    "shannon_entropy",
]

logger = logging.getLogger("hybridsdk.routing.privacy")


class PiiKind(str, enum.Enum):
    """What a finding is."""

    EMAIL = "email"
    PHONE = "phone"
    CARD = "card"
    IBAN = "iban"
    SSN = "ssn"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    GPS = "gps"
    MAC = "mac"
    SECRET = "secret"
    NATIONAL_ID = "national_id"
    PERSON = "person"
    ADDRESS = "address"
    DOB = "dob"


# Breaks ties between equally confident, equally long overlapping findings.
_SPECIFICITY = {
    PiiKind.SECRET: 9,
    PiiKind.NATIONAL_ID: 7,
    PiiKind.DOB: -1,
    PiiKind.ADDRESS: -2,
    PiiKind.PERSON: -3,
    PiiKind.IBAN: 8,
    PiiKind.CARD: 7,
    PiiKind.SSN: 6,
    PiiKind.EMAIL: 5,
    PiiKind.MAC: 4,
    PiiKind.IPV6: 3,
    PiiKind.IPV4: 2,
    PiiKind.GPS: 1,
    PiiKind.PHONE: 0,
}

_FREE_FORM = frozenset({PiiKind.PERSON, PiiKind.ADDRESS, PiiKind.DOB})

_PREVIEW_MAX = 16


def _mask(value: str) -> str:
    """Shape of a value without its content: digits become '#', letters 'x'."""
    out = []
    for ch in value[:_PREVIEW_MAX]:
        if ch.isdigit():
            out.append("#")
        elif ch.isalpha():
            out.append("x")
        elif ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    if len(value) > _PREVIEW_MAX:
        out.append("…")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    Holds no value: only the span, a masked preview safe to log, and a confidence.

    Args:
        kind: what was found.
        start: index of the first character in the scanned text.
        end: index one past the last character.
        confidence: how sure the detector is, in [0, 1].
        preview: the value's shape with digits and letters masked.
        detector: name of the detector that produced it.
    """

    kind: PiiKind
    start: int
    end: int
    confidence: float
    preview: str = field(default="")
    detector: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ConfigurationError(
                f"a finding needs 0 <= start < end, got start={self.start} end={self.end}; "
                "fix the detector that produced it"
            )
        if not 0.0 <= self.confidence <= 1.0:
            raise ConfigurationError(
                f"a finding's confidence must be in [0, 1], got {self.confidence}"
            )

    @classmethod
    def from_span(
        cls, kind: PiiKind, text: str, start: int, end: int, confidence: float, detector: str = ""
    ) -> Finding:
        """Builds a finding with its masked preview from the scanned text."""
        return cls(kind, start, end, confidence, _mask(text[start:end]), detector)

    @property
    def length(self) -> int:
        return self.end - self.start

    def value(self, text: str) -> str:
        """The found value, read back from the text that was scanned."""
        return text[self.start : self.end]


Detector = Callable[[str], Iterable[Finding]]
"""A detector: any callable taking the text and yielding findings."""


# ---------------------------------------------------------------- checksums and helpers


def luhn_valid(digits: str) -> bool:
    """True when a digit string passes the Luhn (mod 10) check.

    Args:
        digits: ASCII digits only.
    """
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# Country -> IBAN length (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    "HN": 28,
    # In use outside the SWIFT registry (Iran's Sheba, the franc-zone and Lusophone
    # African countries, Morocco, Algeria), with the lengths banks' validators agree on.
    "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25,
    "DZ": 26, "GA": 27, "GQ": 27, "GW": 25, "IR": 26, "KM": 27, "MA": 28, "MG": 27,
    "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}  # fmt: skip


def iban_valid(iban: str) -> bool:
    """True when an IBAN (spaces allowed) has its country's length and passes mod-97.

    Args:
        iban: the IBAN, upper or lower case, with or without spaces.
    """
    compact = iban.replace(" ", "").upper()
    if len(compact) < 5 or not compact.isascii() or not compact.isalnum():
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def shannon_entropy(token: str) -> float:
    """Shannon entropy of a string's characters, in bits per character.

    Args:
        token: the string.
    """
    if not token:
        return 0.0
    n = len(token)
    return -sum(c / n * math.log2(c / n) for c in Counter(token).values())


# ---------------------------------------------------------------- regex detectors

# Letters of alphabetic scripts may be in an address (RFC 6531, IDNs: "müller@bücher.de",
# "иван@почта.рф"), one script per part, so an address glued to text in another script
# ("ईमेलanna@web.de", "メールはanna@example.comです") is cut where the script changes.
_SCRIPTS = (
    "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",  # Latin
    "0-9\u0370-\u03ff",  # Greek
    "0-9\u0400-\u04ff",  # Cyrillic
    "0-9\u0600-\u06ff",  # Arabic
    "0-9\u0900-\u097f",  # Devanagari
    "0-9\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af",  # kana, CJK, Hangul
)
# In a local part, CJK text takes no digits: with no spaces in the prose, "邮箱是8918959317@qq.com"
# is the prose and then an address of digits (CJK local parts themselves are rare).
_LOCAL_SCRIPTS = (*_SCRIPTS[:-1], _SCRIPTS[-1].removeprefix("0-9"))
# Internationalised top-level domains in CJK scripts (an address written wholly in them:
# "用户@例子.中国"); a closed list, so CJK text after an ASCII address is never a TLD.
_CJK_TLDS = "中国|中國|公司|网络|網絡|台灣|台湾|香港|澳門|澳门|新加坡|한국|닷컴|닷넷|삼성|コム|みんな|在线|中文网|网址|网店|商城|游戏|手机|集团|我爱你|信息|移动"
# An apostrophe inside a local part ("o'brien@...") is kept; no match starts right after
# one that follows a letter, so "a'a'a'..." is read once (linear), not from every "'".
_LOCAL = "|".join(
    rf"(?<![{c}_.%+-])(?<![{c}_%+-]')[{c}_%+-]+(?:[.'][{c}_%+-]+)*" for c in _LOCAL_SCRIPTS
)
# A quoted local part (RFC 5322): "john doe"@example.com, the quotes included.
_LOCAL += r'|(?<![\w"])"[^"\\\r\n@<>]{1,64}"(?=[@\uff20])'
_LABEL = "|".join(rf"[{c}](?:[{c}-]{{0,61}}[{c}])?" for c in _SCRIPTS)
# A case ending hyphened to an address ends it: Georgian "...@tsu.ge-ზე", Azerbaijani
# "-ə", Turkish "-ye", Hungarian "-ra", Kazakh "-ға". At most four letters, then no more
# word, hyphen or ".label": "tr-ye" ends an address, "my-company.com" does not.
_CASE_SUFFIX = r"[^\W\d_]{1,4}(?![\w-]|\.\w)"
_EMAIL_RE = re.compile(
    rf"(?:{_LOCAL})[@\uff20](?:(?:{_LABEL})\.)+"
    rf"(?:[A-Za-z]{{2,24}}(?![A-Za-z0-9_]|-(?!{_CASE_SUFFIX}))"
    r"|[\u0400-\u04ff]{2,12}(?![\u0400-\u04ff0-9_-])"
    r"|[\u0370-\u03ff]{2,12}(?![\u0370-\u03ff0-9_-])"
    rf"|(?:{_CJK_TLDS})(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af0-9_-]))"
)


_SSH_REMOTE_AFTER_RE = re.compile(r":[\w.~-]+/")
_EMAIL_URLENC_RE = re.compile(
    r"(?<=[=:/,])[A-Za-z0-9._+-]{1,64}%40(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}(?![A-Za-z0-9_-])"
)
_RETINA_RE = re.compile(r"[@\uff20]\d(?:\.\d+)?x\.[A-Za-z]{2,5}$")


class EmailDetector:
    """Email addresses (subdomains, plus-addressing, dotted local parts)."""

    kind = PiiKind.EMAIL

    def __call__(self, text: str) -> Iterator[Finding]:
        if "%40" in text:  # URL-encoded: "?email=anna.meyer%40example.com"
            for m in _EMAIL_URLENC_RE.finditer(text):
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.95, "email")
        for a, b in gds_email_spans(text):  # "APE ANNA.MEYER//GMAIL.COM" in a PNR
            yield Finding.from_span(self.kind, text, a, b, 0.9, "email")
        if "@" not in text and "\uff20" not in text:
            return
        id_spans = message_id_spans(text)
        for m in _EMAIL_RE.finditer(text):
            if id_spans and in_message_id(id_spans, m.start(), m.end()):
                continue  # "Message-ID: <9c1e...@mx1.host.net>": names a message, no mailbox
            if is_sip_uri(text, m.start(), m.group(0)):
                continue  # "sip:2156@pbx.example.net": an extension at a SIP server
            if "example" in m.group(0) and is_placeholder_address(m.group(0)):
                continue  # "user@example.com": a template's stand-in
            if _RETINA_RE.search(m.group(0)):
                continue  # "icon@2x.png": an image at twice the resolution, not an address
            if _SSH_REMOTE_AFTER_RE.match(text, m.end()):
                continue  # "git@github.com:acme/app.git": an SSH remote
            start = m.start()
            while text[start] == "-":
                start += 1  # Hebrew "ל-anna@...": the prefix's hyphen is no part of it
            yield Finding.from_span(self.kind, text, start, m.end(), 0.95, "email")


# A country code and check digits in any case; the walk below reads the rest.
# "IBANDE89...": glued to its cue in CJK text ("振込先IBANDE89...です").
_IBAN_START_RE = re.compile(r"(?:(?<![A-Za-z0-9])|(?<=IBAN)|(?<=iban))[A-Za-z]{2}\d{2}")
# Between groups: a space, a no-break or thin space, or a dash ("DE89-3704-...").
_IBAN_SEPARATORS = frozenset(" \u00a0\u202f\u2009-")


def _iban_walk(text: str, start: int, want: int) -> int | None:
    """End of the IBAN of `want` alphanumerics starting at `start`, or None.

    One separator is allowed between characters and the same one throughout; the value
    must not run on into more ASCII letters or digits (CJK text right after is fine)."""
    taken, i, sep = 0, start, ""
    n = len(text)
    while i < n and taken < want:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            taken += 1
            i += 1
            continue
        if ch in _IBAN_SEPARATORS and taken >= 4 and i + 1 < n:
            nxt = text[i + 1]
            if (sep and ch != sep) or not (nxt.isascii() and nxt.isalnum()):
                return None
            sep = ch
            i += 1
            continue
        return None
    if taken != want:
        return None
    if i < n and text[i].isascii() and text[i].isalnum():
        return None  # glued to more characters: not a clean IBAN
    return i


class IbanDetector:
    """IBANs in compact or print (groups of four) form, in any letter case, checked by the
    country's length and mod-97."""

    kind = PiiKind.IBAN

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _IBAN_START_RE.finditer(text):
            want = IBAN_LENGTHS.get(m.group(0)[:2].upper())
            if want is None:
                continue
            end = _iban_walk(text, m.start(), want)
            if end is None:
                continue
            compact = "".join(c for c in text[m.start() : end] if c.isalnum())
            letters = [c for c in compact[1:] if c.isalpha()]  # "De89..." is fine
            if letters and not (
                all(c.isupper() for c in letters) or all(c.islower() for c in letters)
            ):
                continue  # "GB42ol9usj4bf8...": a random token, not an account number
            if iban_valid(compact):
                yield Finding.from_span(self.kind, text, m.start(), end, 0.99, "iban")


_SSN_RE = re.compile(r"(?<![\w+-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w]|-\d)", re.ASCII)
# After its cue: bare ("SSN 123456789"), as a JSON or config value ("ssn": "123456789",
# social_security_number=...), in a bracketed or piped form ("[SSN] [123456789]",
# "SSN | 123456789"), or dotted ("SSN 123.45.6789").
_SSN_PLAIN_RE = re.compile(
    r"(?i)(?<![a-z])(?:ssn|social[\s_-]+security(?:[\s_-]+(?:number|no\.?|#|nr))?)[\"'\])]?"
    r"(?:\s*\([^()\n]{1,24}\))?"  # "SSN (prior employment):"
    r"\s*(?:[:#=|]\s*){0,2}(?:\b(?:is|was)\b)?\s*[\"'\[(]?(\d{9}|\d{3}\.\d{2}\.\d{4})(?![\d.]\d|\d)"
)
# Published in ads and samples; never issued to anyone real.
_SSN_KNOWN_INVALID = frozenset({"078051120", "219099999", "123456789"})


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """US SSN structure rules: area not 000/666/9xx, group not 00, serial not 0000."""
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return area + group + serial not in _SSN_KNOWN_INVALID


class SsnDetector:
    """US Social Security numbers: 123-45-6789 or 123 45 6789; bare 9 digits after 'SSN'."""

    kind = PiiKind.SSN

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _SSN_RE.finditer(text):
            if ssn_valid(m.group(1), m.group(3), m.group(4)):
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "ssn")
        for m in _SSN_PLAIN_RE.finditer(text):
            d = m.group(1).replace(".", "")
            if ssn_valid(d[:3], d[3:5], d[5:]):
                yield Finding.from_span(self.kind, text, m.start(1), m.end(1), 0.85, "ssn")


# "IP10.0.0.1" glued to its cue in CJK text ("服务器IP10.0.0.1已连接") is still an address.
_IPV4_RE = re.compile(r"(?:(?<![\w.])|(?<=IP)|(?<=ip))\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)", re.ASCII)
# Software and firmware versions written as dotted quads ("fw 2.4.17.3", "upgraded to"),
# with "version" in 30+ languages (versión, verze, wersja, sürüm, версия, έκδοση, גרסה,
# الإصدار, संस्करण, バージョン, 版本, 버전, phiên bản ...).
_VERSION_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:version|ver\.?|release|build|firmware|fw|sw|software|rev(?:ision)?|"
    r"patch|bios|kernel|os|app|image|update[ds]?(?: to)?|upgraded?(?: to)?|_v(?:er)?|v|"
    r"versión|versao|versão|versione|versie|verze|verzia|verzió|verziója|versiune|versiunea|"
    r"wersja|wersji|versjon|versio|versiot|sürüm|sürümü|surum|версия|версії|версія|верзија|"
    r"έκδοση|גרסה|גירסה|الإصدار|إصدار|الاصدار|اصدار|نسخه|संस्करण|वर्ज़न|वर्जन|সংস্করণ|"
    r"รุ่น|เวอร์ชัน|phiên bản|versi|bản|toleo|bersyon|"
    r"バージョン|版本|版|버전|펌웨어|固件|ファームウェア|韧体)[\s:=_#\"'\uff1a-]{0,4}$"
)
# Outline numbers of documents and laws ("section 2.1.3.4", "§ 1.2.3.4", "Kapitel 10.2.3.1")
# and object identifiers ("OID 1.3.6.1"), in the languages of the version words.
_OUTLINE_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:§|section|sect\.?|sec\.?|chapter|chap\.?|ch\.|clause|article|art\.?|"
    r"paragraph|para\.?|appendix|annex|oid|"
    r"abschnitt|kapitel|artikel|absatz|ziffer|anhang|chapitre|paragraphe|alinéa|annexe|"
    r"sección|seccion|capítulo|capitulo|artículo|articulo|apartado|párrafo|anexo|sezione|"
    r"capitolo|articolo|paragrafo|allegato|seção|secção|artigo|parágrafo|hoofdstuk|"
    r"paragraaf|bijlage|sectie|rozdział|sekcja|artykuł|załącznik|раздел|глава|статья|"
    r"пункт|параграф|приложение|розділ|стаття|kapitola|oddíl|článek|odstavec|bölüm|madde|"
    r"avsnitt|bilaga|ενότητα|κεφάλαιο|άρθρο|القسم|الفصل|المادة|البند|खंड|अध्याय|अनुच्छेद|"
    r"סעיף|פרק|chương|mục|điều|bab|pasal|fejezet|szakasz|cikk|capitolul|articolul|"
    r"第|章|节|節|条|項|款|장|절|조|항)[\s:=#\"'\uff1a-]{0,3}$"
)
# "KioskApp/4.11.24.124", "Mozilla/5.0": a product and its version (RFC 9110 User-Agent,
# Server headers); "http://10.0.0.1/" and "host/10.0.0.1" keep their address.
_PRODUCT_BEFORE_RE = re.compile(r"(?<![\w/.:-])[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9]/$")
_PRODUCT_WORDS_NOT = frozenset(
    {"host", "ip", "addr", "address", "server", "via", "from", "to"}
    # Asterisk and PBX channel technologies: "SIP/10.4.0.7-00a1f3", "IAX2/192.0.2.8-311"
    | {"sip", "sips", "pjsip", "iax", "iax2", "h323", "ooh323", "dahdi", "skinny", "mgcp"}
)


from hybridsdk.routing._ipv4_context import dotted_phone, version_context  # noqa: E402

_TWO_DIGIT_QUAD_RE = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d")


def _text_region(text: str, locale: str | None) -> str:
    """The text's most likely phone region (the locale hint's, else read from the text)."""
    from hybridsdk.routing._phone_region import infer_regions

    try:
        return infer_regions(text, locale=locale, default="")[0]
    except ConfigurationError:
        return ""


class Ipv4Detector:
    """IPv4 addresses, each octet <= 255 (checked by `ipaddress`)."""

    kind = PiiKind.IPV4
    accepts_locale = True

    def __call__(self, text: str, locale: str | None = None) -> Iterator[Finding]:
        region: list[str] = []  # the text's region, read once and only when needed
        # A quad named a version at one mention is that version at every other mention
        # ("upgrade to 7.1.36.171 ... app 7.1.36.171, commit ..."): the mirror of
        # `_value_repeats`, which would spread one bare mention's finding to them all.
        versions: set[str] = set()
        found: list[re.Match[str]] = []
        for m in _IPV4_RE.finditer(text):
            try:
                ipaddress.IPv4Address(m.group(0))
            except ValueError:
                continue
            if m.group(0).startswith("255."):
                continue  # "netmask 255.255.255.0": a mask; 240/4 holds no host's address
            if _OUTLINE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "section 2.1.3.4": a document's outline number
            if _VERSION_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
                versions.add(m.group(0))
                continue
            product = _PRODUCT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if product and product.group(0)[:-1].lower() not in _PRODUCT_WORDS_NOT:
                versions.add(m.group(0))
                continue  # "KioskApp/4.11.24.124 (Linux; ...)": a product's version
            if version_context(text, m.start(), m.end()):
                versions.add(m.group(0))
                continue  # "Прошивка 2.3.10.4", "<fw>..</fw>": a version
            found.append(m)
        for m in found:
            if m.group(0) in versions:
                continue
            if _TWO_DIGIT_QUAD_RE.fullmatch(m.group(0)):
                if not region:
                    region.append(_text_region(text, locale))
                if dotted_phone(text, m.start(), m.end(), region[0]):
                    continue  # "Mobil: 55.50.85.54": a phone written in dotted pairs
            yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "ipv4")


_IPV6_RE = re.compile(
    r"(?<![\w.])(?<![0-9A-Fa-f]:)(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)"
    r"[0-9A-Fa-f:]{2,40}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?:%[A-Za-z0-9_.]+)?(?![\w:]|\.\d)",
    re.ASCII,
)


class Ipv6Detector:
    """IPv6 addresses, full or compressed, with optional zone; checked by `ipaddress`."""

    kind = PiiKind.IPV6

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _IPV6_RE.finditer(text):
            candidate, start = m.group(0), m.start()
            if (candidate.endswith(":") and not candidate.endswith("::")) or candidate.endswith(
                ":::"
            ):
                candidate = candidate[:-1]  # "... at fe80::1:" — a colon of the prose
            if sum(1 for g in candidate.split("%")[0].split(":") if g) < 2:
                continue  # "::", "::1", "a::": loopback or prose (Ruby, C++), not a host
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            yield Finding.from_span(self.kind, text, start, start + len(candidate), 0.95, "ipv6")


_GPS_RE = re.compile(
    r"(?<![\w.])(?P<lat>[-+]?\d{1,2}\.(?P<latd>\d{2,10}))\s*°?\s*(?P<ns>[NSns](?![A-Za-z]))?"
    r"\s*[,;/ ]\s*"
    # the hemisphere letter on the same line, no word's first letter ("\nE-post: ...")
    r"(?P<lon>[-+]?\d{1,3}\.(?P<lond>\d{2,10}))[ \t]*°?[ \t]*(?P<ew>[EWew](?![A-Za-z-]))?"
    r"(?![\w]|\.\d)",
    re.ASCII,
)
# Well-known constants (pi, e, sqrt 2, sqrt 3, golden ratio, ln 2, ...): first digits.
_CONSTANTS = ("3.1415", "2.7182", "1.4142", "1.7320", "1.6180", "0.6931", "0.5772", "2.3025")
# A number list around the pair (vectors, embeddings, sensor series) is not a location.
# A run of comma-separated numbers around the pair: a vector or a series.
# Not from inside a version ("fw 4.8.72.125; 0.8694, -9.7257, 0.1713": the run starts at "125").
_NUM_RUN_RE = re.compile(r"(?<![\d.])[-+]?\d+(?:\.\d+)?(?:\s*[,;]\s*[-+]?\d+(?:\.\d+)?)+", re.ASCII)


# A reading's name right before the pair: "Temperature 21.4567, 45.1234".
READING_BEFORE_RE = re.compile(
    r"(?i)(?:temp\w*|humidity|hum|pressure|voltage|volt|current|ratio|score|weights?|\bph|"
    r"scale|translate\w*|rotate\w*|skew|matrix|rgba?|hsla?|vec[234]?|cubic-bezier|"
    r"Temperatur|Luftfeuchte|Druck|température|humidité|temperatura|umidità|humedad|"
    r"температур\w*|влажност\w*|温度|湿度|気温|습도|온도)\W{0,4}$"
)


from hybridsdk.routing._gps_readings import reading_label  # noqa: E402


def _not_coordinates(text: str, m: re.Match[str], lat: float, lon: float) -> bool:
    """Constants, vectors and readings that have a coordinate pair's shape."""
    if READING_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
        return True
    if reading_label(text, m.start()):
        return True
    if m.group("lat").lstrip("+-").startswith(_CONSTANTS) or m.group("lon").lstrip("+-").startswith(
        _CONSTANTS
    ):
        return True
    if abs(lat) < 1 and abs(lon) < 1:
        return True  # unit-range values: weights, probabilities, normalised readings
    # An odd count of numbers (x, y, z; r, g, b) is a vector; an even run may be a route.
    # Whole numbers in the run ("room 4, 48.8584, 2.2945") are not counted.
    lo, hi = max(0, m.start() - 200), min(len(text), m.end() + 200)
    for run in _NUM_RUN_RE.finditer(text, lo, hi):
        if run.start() <= m.start("lat") and m.end("lon") <= run.end():
            numbers = re.split(r"\s*[,;]\s*", run.group(0))
            return sum("." in n for n in numbers) % 2 == 1
    return False


class GpsDetector:
    """Latitude, longitude pairs in decimal degrees, ranges checked."""

    kind = PiiKind.GPS

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _GPS_RE.finditer(text):
            lat, lon = float(m.group("lat")), float(m.group("lon"))
            hemispheres = m.group("ns") is not None and m.group("ew") is not None
            if hemispheres and (lat < 0 or lon < 0):
                continue
            precise = len(m.group("latd")) >= 4 and len(m.group("lond")) >= 4
            if not (precise or hemispheres):
                continue
            if abs(lat) > 90 or abs(lon) > 180:
                continue
            gap = text[m.end("lat") : m.start("lon")]
            if not hemispheres and ("   " in gap or "\t" in gap) and gap.isspace():
                continue  # "AED   21.5997    21.9983": two columns of a table (rates, prices)
            if not hemispheres and _not_coordinates(text, m, lat, lon):
                continue
            end = m.end()
            while text[end - 1].isspace():
                end -= 1  # "48.8584, 2.2945 - ...": the blank before a degree sign or letter
            yield Finding.from_span(self.kind, text, m.start(), end, 0.85, "gps")


# ---------------------------------------------------------------- phone numbers

# Phone detectors live in `_phone_detectors.py` (session 10).


def _onnxruntime_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("onnxruntime") is not None


def phonenumbers_available() -> bool:
    """True when the optional `phonenumbers` package can be imported."""
    try:
        import phonenumbers  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------- scanner


def default_detectors(
    *,
    phone_region: str = "US",
    use_phonenumbers: bool | None = None,
    locale: str | None = None,
    ner: bool | None = None,
) -> list[Detector]:
    """The built-in detectors, one per `PiiKind`.

    Args:
        phone_region: region assumed for phone numbers without a country code.
        use_phonenumbers: True requires `phonenumbers` (MissingDependencyError when absent),
            False forces the less precise regex, None uses it when installed.
        locale: default locale hint ("de_DE") for reading national phone numbers.
        ner: True requires the name/address/date-of-birth tagger (extra "onnx"), False
            is the regex-only mode for the smallest devices (no names or addresses; birth
            dates only after a cue), None uses the tagger when onnxruntime is installed.
    """
    # Imported here: these modules build on the classes above.
    from hybridsdk.routing._bare_cue_secrets import BareCueSecretDetector
    from hybridsdk.routing._birth_date_gedcom import GedcomBirthDetector
    from hybridsdk.routing._birth_dates import BirthDateDetector
    from hybridsdk.routing._cards import CardDetector
    from hybridsdk.routing._cookie_secrets import CookieSecretDetector
    from hybridsdk.routing._email_obfuscated import ObfuscatedEmailDetector
    from hybridsdk.routing._gps_forms import (
        DmsGpsDetector,
        GpsFieldPairDetector,
        HemisphereGpsDetector,
    )
    from hybridsdk.routing._id_columns import IdColumnDetector
    from hybridsdk.routing._id_generic import GenericIdDetector
    from hybridsdk.routing._id_records import RecordIdDetector
    from hybridsdk.routing._mac import MacDetector
    from hybridsdk.routing._national_ids import NationalIdDetector
    from hybridsdk.routing._national_ids_intl import IntlNationalIdDetector
    from hybridsdk.routing._national_ids_world import WorldNationalIdDetector
    from hybridsdk.routing._phone_detectors import RegexPhoneDetector
    from hybridsdk.routing._phone_links import PhoneLinkDetector
    from hybridsdk.routing._phone_region import RegionalPhoneDetector
    from hybridsdk.routing._phone_spoken import SpokenPhoneDetector
    from hybridsdk.routing._phone_vanity import VanityPhoneDetector
    from hybridsdk.routing._secret_detector import SecretDetector
    from hybridsdk.routing._travel_documents import TravelDocumentDetector
    from hybridsdk.routing._travel_segments import TravelSegmentDetector

    if use_phonenumbers is None:
        use_phonenumbers = phonenumbers_available()
        if not use_phonenumbers:
            logger.info(
                "phonenumbers not installed: using the less precise regex phone detector; "
                'pip install "hybridsdk[privacy]" for numbering-plan checks'
            )
    phone: Detector = (
        RegionalPhoneDetector(default_region=phone_region, locale=locale)
        if use_phonenumbers
        else RegexPhoneDetector()
    )
    tagger: list[Detector] = []
    if ner is None:
        ner = _onnxruntime_available()
        if not ner:
            logger.info(
                "onnxruntime not installed: regex-only privacy detection, no names or addresses "
                '(birth dates only after a cue); pip install "hybridsdk[onnx]" for the tagger'
            )
    if ner:
        from hybridsdk.routing._ner import NerDetector

        tagger.append(NerDetector())
    return [
        *tagger,
        SecretDetector(),
        BareCueSecretDetector(),
        CookieSecretDetector(),
        BirthDateDetector(),
        GedcomBirthDetector(),
        NationalIdDetector(),
        IntlNationalIdDetector(),
        WorldNationalIdDetector(),
        TravelDocumentDetector(),
        TravelSegmentDetector(),
        GenericIdDetector(),
        IdColumnDetector(),
        RecordIdDetector(),
        ObfuscatedEmailDetector(),
        DmsGpsDetector(),
        GpsFieldPairDetector(),
        HemisphereGpsDetector(),
        IbanDetector(),
        CardDetector(),
        SsnDetector(),
        EmailDetector(),
        MacDetector(),
        Ipv6Detector(),
        Ipv4Detector(),
        GpsDetector(),
        phone,
        VanityPhoneDetector(),
        SpokenPhoneDetector(),
        PhoneLinkDetector(),
    ]


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keeps non-overlapping findings: most confident, then longest, then most specific.

    Args:
        findings: candidate findings, possibly overlapping.

    Returns:
        The kept findings sorted by start.
    """
    ranked = sorted(
        findings,
        key=lambda f: (-f.confidence, -f.length, -_SPECIFICITY.get(f.kind, -1), f.start),
    )
    # Kept spans sorted by (start, end); being disjoint, their ends rise too, so the
    # only kept span that can overlap a new one is the last that starts before it ends.
    # (Checking every kept span was quadratic: 5 s for 100k characters of "a@b.co ".)
    spans: list[tuple[int, int]] = []
    kept: list[Finding] = []
    for f in ranked:
        j = bisect.bisect_left(spans, (f.end, -1))
        if j and spans[j - 1][1] > f.start and spans[j - 1][0] < f.end:
            continue
        at = bisect.bisect_left(spans, (f.start, f.end))
        spans.insert(at, (f.start, f.end))
        kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept


# Not inside a longer run of dotted groups: "05.68.23.87.95" is a French phone number.
_TIMESTAMP_RE = re.compile(
    r"(?<!\d)(?<!\d[./])(?:"
    # "8-7272-67-53-89" (Kazakhstan) holds no date: a month of 01-12, no digit group glued
    # before by a dash
    r"(?<!\d-)\d{4}[-/.](?:0\d|1[0-2])[-/.]\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?(?!\d)"
    r"|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?!\d)"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,? \d{1,2}:\d{2}(?::\d{2})?)?(?!\d)"
    r")(?![./]\d)"
)


_PLUS_RUN_BEFORE_RE = re.compile(r"\+[\d. ]{0,8}$")
# Decimal digits of the scripts phone numbers are written in: Arabic-Indic, Persian, NKo,
# the Indian scripts, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth
# (and the fullwidth plus, hyphen and parentheses).
_DIGIT_BLOCKS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
)  # fmt: skip
_PHONE_OTHER_DIGITS = {b + i: ord("0") + i for b in _DIGIT_BLOCKS for i in range(10)}
_PHONE_OTHER_DIGITS.update({0xFF0B: ord("+"), 0xFF0D: ord("-"), 0xFF08: ord("("), 0xFF09: ord(")")})
_PHONE_OTHER_DIGIT_RE = re.compile(
    "[" + "".join(f"{chr(b)}-{chr(b + 9)}" for b in _DIGIT_BLOCKS) + "\uff0b\uff0d\uff08\uff09]"
)


class PiiScanner:
    """Runs detectors over a text and returns non-overlapping findings.

    Args:
        detectors: detectors to run; plain callables `text -> Iterable[Finding]` work.
            Defaults to `default_detectors(...)`.
        phone_region: region for phone numbers without a country code (default detectors).
        use_phonenumbers: see `default_detectors`.
        ner: the name/address/date-of-birth tagger; see `default_detectors`.
        min_confidence: findings below this confidence are dropped.
        kinds: only report these kinds (default: all).
        role_mailboxes: report generic role addresses ("careers@", "info@", "noreply@" of
            a company) like any address (default). False leaves them unmasked; a
            personal address ("jane.doe@", "hr.anna@") is reported either way
            (`_role_mailboxes.py`).
    """

    def __init__(
        self,
        detectors: Sequence[Detector] | None = None,
        *,
        phone_region: str = "US",
        use_phonenumbers: bool | None = None,
        ner: bool | None = None,
        min_confidence: float = 0.0,
        kinds: Iterable[PiiKind | str] | None = None,
        role_mailboxes: bool = True,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigurationError(f"min_confidence must be in [0, 1], got {min_confidence}")
        self.detectors: list[Detector] = (
            list(detectors)
            if detectors is not None
            else default_detectors(
                phone_region=phone_region, use_phonenumbers=use_phonenumbers, ner=ner
            )
        )
        for d in self.detectors:
            if not callable(d):
                raise ConfigurationError(
                    f"a detector must be callable as detector(text) -> findings, got {type(d).__name__}"
                )
        self.min_confidence = min_confidence
        self.kinds = None if kinds is None else frozenset(coerce_kind(k) for k in kinds)
        self.role_mailboxes = role_mailboxes

    def scan(self, text: str, *, locale: str | None = None) -> list[Finding]:
        """Findings in `text`, non-overlapping and sorted by position.

        Args:
            text: the text to scan.
            locale: a locale hint ("de_DE", "pt-BR") for detectors that read it (phone
                numbers written without a country code).
        """
        if not isinstance(text, str):
            raise InputValidationError(
                f"privacy scanning needs text as str, got {type(text).__name__}; "
                "decode bytes first (text.decode('utf-8'))"
            )
        if not text:
            return []
        candidates: list[Finding] = []
        # Phone numbers last, on the text with what other detectors found blanked out: a
        # card or an IBAN glued to a phone number would otherwise hide it in one long run.
        # (A phone detector that must see the text unmasked says so: `reads_unmasked`.)
        phones = [
            d
            for d in self.detectors
            if getattr(d, "kind", None) is PiiKind.PHONE and not getattr(d, "reads_unmasked", False)
        ]
        others = [d for d in self.detectors if not any(d is p for p in phones)]
        for detector in others:
            self._collect(detector, text, len(text), candidates, locale)
        if phones:
            masked = text
            # Timestamps and dates are blanked too: "2025-02-08 10:32:08,306" is no phone.
            # Tagged names and addresses are not blanked: a phone number inside one is
            # still read (and wins the overlap, being checked against a numbering plan).
            # Birth dates after a cue are blanked too ("geb. 13-10-1957" is no phone).
            blanks = [
                (f.start, f.end)
                for f in candidates
                if (f.kind not in _FREE_FORM or f.detector == "dob_cue")
                and f.detector != "mac_phone_shaped"  # its phone reading wins (`_mac.py`)
            ]
            blanks += [
                m.span()
                for m in _TIMESTAMP_RE.finditer(text)
                # "+33.1.23.45.67.89": dotted groups of an international number, no date
                if not _PLUS_RUN_BEFORE_RE.search(text, max(0, m.start() - 9), m.start())
            ]
            if blanks:
                chars = list(text)
                for a, b in blanks:
                    chars[a:b] = " " * (b - a)
                masked = "".join(chars)
            if _PHONE_OTHER_DIGIT_RE.search(masked) is not None:
                # Arabic-Indic, fullwidth ... digits of other scripts, one for one
                masked = masked.translate(_PHONE_OTHER_DIGITS)
            if "\u00a0" in masked or "\u202f" in masked:
                # No-break spaces from web pages ("+49\u00a030\u00a0123456"): same length, so
                # offsets hold; the shape-only detector reads plain spaces only.
                masked = masked.replace("\u00a0", " ").replace("\u202f", " ")
            try:
                for detector in phones:
                    self._collect(detector, masked, len(text), candidates, locale)
            finally:
                forget_runs()  # the phone checks' cache must not keep the text alive
        if any(f.kind is PiiKind.DOB and f.detector == "ner" for f in candidates):
            candidates = _drop_uncued_birth_dates(text, candidates)
        if any(f.kind in _FREE_FORM for f in candidates):
            from hybridsdk.routing._name_repeats import spread_free_form
            from hybridsdk.routing._span_rules import shape_free_form
            from hybridsdk.routing._structure import forget_structure

            try:
                candidates = spread_free_form(text, shape_free_form(text, candidates))
            finally:
                forget_structure()  # read once by both passes; must not keep the text alive
        from hybridsdk.routing._id_suffixes import with_id_suffixes
        from hybridsdk.routing._phone_plus_word import with_spoken_plus
        from hybridsdk.routing._value_repeats import spread_values

        found = spread_values(
            text, with_spoken_plus(text, with_id_suffixes(text, resolve_overlaps(candidates)))
        )
        if "/" in text or "NAD+" in text:
            from hybridsdk.routing._travel_names import travel_names

            found = travel_names(text, found)
        if "=" in text or "  - " in text:
            from hybridsdk.routing._citation_names import citation_names

            found = citation_names(text, found)
        if "\n" in text:
            from hybridsdk.routing._roster_names import roster_names

            found = roster_names(text, found)
        from hybridsdk.routing._cue_names import cue_names

        found = cue_names(text, found)
        if not self.role_mailboxes and "@" in text:
            from hybridsdk.routing._role_mailboxes import is_role_mailbox

            found = [
                f
                for f in found
                if f.kind is not PiiKind.EMAIL or not is_role_mailbox(text[f.start : f.end])
            ]
        return found

    def _collect(
        self,
        detector: Detector,
        text: str,
        length: int,
        candidates: list[Finding],
        locale: str | None = None,
    ) -> None:
        found = (
            detector(text, locale=locale)  # type: ignore[call-arg]
            if locale is not None and getattr(detector, "accepts_locale", False)
            else detector(text)
        )
        for f in found:
            if not isinstance(f, Finding):
                raise ConfigurationError(
                    f"detector {detector!r} yielded {type(f).__name__}, not Finding"
                )
            if f.end > length:
                raise ConfigurationError(
                    f"detector {detector!r} reported a span past the end of the text"
                )
            if f.confidence < self.min_confidence:
                continue
            if self.kinds is not None and f.kind not in self.kinds:
                continue
            candidates.append(f)


def _drop_uncued_birth_dates(text: str, candidates: list[Finding]) -> list[Finding]:
    """Drops the tagger's birth dates with no birth cue around them: it also tags
    appointment, delivery and invoice dates (hybridsdk/routing/_birth_dates.py)."""
    from hybridsdk.routing._birth_dates import tagged_birth_date_ok

    return [
        f
        for f in candidates
        if not (f.kind is PiiKind.DOB and f.detector == "ner")
        or tagged_birth_date_ok(text, f.start, f.end)
    ]


def coerce_kind(kind: PiiKind | str) -> PiiKind:
    """A `PiiKind` from itself or its name, with a clear error for unknown kinds.

    Args:
        kind: a PiiKind or its value such as "email".
    """
    try:
        return PiiKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in PiiKind)
        raise ConfigurationError(f"unknown PII kind {kind!r}; known kinds: {known}") from None


# Names moved to modules of their own in session 10 (`_secret_detector.py`,
# `_phone_detectors.py`): still importable from here, loaded on first use (PEP 562), so
# that those modules can import `Finding` and `PiiKind` from this one.
_MOVED = {
    "_TOKEN_RE": "hybridsdk.routing._secret_detector",
    "_UUID_RE": "hybridsdk.routing._secret_detector",
    "_HEX_RE": "hybridsdk.routing._secret_detector",
    "_HEX_SECRET_CUE_RE": "hybridsdk.routing._secret_detector",
    "_OWN_KEY_RE": "hybridsdk.routing._secret_detector",
    "_ULID_RE": "hybridsdk.routing._secret_detector",
    "_ID_CUE_RE": "hybridsdk.routing._secret_detector",
    "_HEX_DIGEST_CUE_RE": "hybridsdk.routing._secret_detector",
    "_PEM_MARK_RE": "hybridsdk.routing._secret_detector",
    "_SSH_PUBLIC_BEFORE_RE": "hybridsdk.routing._secret_detector",
    "_SSH_BLOB_RE": "hybridsdk.routing._secret_detector",
    "_SRI_RE": "hybridsdk.routing._secret_detector",
    "_ID_HEADER_RE": "hybridsdk.routing._secret_detector",
    "_NOT_SECRET_KEY_CUE_RE": "hybridsdk.routing._secret_detector",
    "_PUBLIC_KEY_CUE_RE": "hybridsdk.routing._secret_detector",
    "_PLACEHOLDER_RUN_RE": "hybridsdk.routing._secret_detector",
    "_placeholder_key": "hybridsdk.routing._secret_detector",
    "_PREFIXED_HEX_RE": "hybridsdk.routing._secret_detector",
    "_PATH_WORD_RE": "hybridsdk.routing._secret_detector",
    "_hexish": "hybridsdk.routing._secret_detector",
    "_path_parts": "hybridsdk.routing._secret_detector",
    "_public_blocks": "hybridsdk.routing._secret_detector",
    "_public_material": "hybridsdk.routing._secret_detector",
    "SecretDetector": "hybridsdk.routing._secret_detector",
    "_HEBREW_PREFIX": "hybridsdk.routing._phone_detectors",
    "_PHONE_RE": "hybridsdk.routing._phone_detectors",
    "_PHONE_START_RE": "hybridsdk.routing._phone_detectors",
    "_PUNCTUATION_GAP_RE": "hybridsdk.routing._phone_detectors",
    "_phone_runs": "hybridsdk.routing._phone_detectors",
    "_DATE_LIKE_RE": "hybridsdk.routing._phone_detectors",
    "_DOTTED_QUAD_RE": "hybridsdk.routing._phone_detectors",
    "_SSN_SHAPE_RE": "hybridsdk.routing._phone_detectors",
    "_CEP_RE": "hybridsdk.routing._phone_detectors",
    "_CEP_TAIL_RE": "hybridsdk.routing._phone_detectors",
    "_DECIMAL_RE": "hybridsdk.routing._phone_detectors",
    "_ISBN_TAIL_RE": "hybridsdk.routing._phone_detectors",
    "_CASE_SUFFIX_RE": "hybridsdk.routing._phone_detectors",
    "_phone_context_ok": "hybridsdk.routing._phone_detectors",
    "_DOTTED_RUN_RE": "hybridsdk.routing._phone_detectors",
    "_dotted_version": "hybridsdk.routing._phone_detectors",
    "_ip_like_quad": "hybridsdk.routing._phone_detectors",
    "_dotted_phone_run": "hybridsdk.routing._phone_detectors",
    "_PHONE_GROUP_RE": "hybridsdk.routing._phone_detectors",
    "_LIST_OF_THREES_RE": "hybridsdk.routing._phone_detectors",
    "_IDD_BEFORE_RE": "hybridsdk.routing._phone_detectors",
    "_regex_phone_shape_ok": "hybridsdk.routing._phone_detectors",
    "_phone_variants": "hybridsdk.routing._phone_detectors",
    "_trim_digits": "hybridsdk.routing._phone_detectors",
    "_loose_gap": "hybridsdk.routing._phone_detectors",
    "_trim_phone": "hybridsdk.routing._phone_detectors",
    "_single_digit_groups_ok": "hybridsdk.routing._phone_detectors",
    "RegexPhoneDetector": "hybridsdk.routing._phone_detectors",
    "PhonenumbersDetector": "hybridsdk.routing._phone_detectors",
    "_overlaps": "hybridsdk.routing._phone_detectors",
    "SpanIndex": "hybridsdk.routing._phone_detectors",
}


def __getattr__(name: str) -> Any:
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
