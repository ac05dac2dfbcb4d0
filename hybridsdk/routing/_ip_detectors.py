"""IPv4 and IPv6 addresses, checked by `ipaddress`; a dotted quad that is a version, an
outline number, a product's version or a phone in dotted pairs is no address.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.routing._findings import Finding, PiiKind
from hybridsdk.routing._ipv4_context import dotted_phone, version_context

__all__ = ["Ipv4Detector", "Ipv6Detector"]

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
