"""What in a text points at the country of its phone numbers, when no locale hint says.

Three kinds of evidence, in this order of trust:

- the script, and letters only some languages use: kana -> JP, Hangul -> KR, Thai,
  Hebrew, Greek, Georgian, Armenian, Sinhala, Khmer, Lao, Myanmar, Ethiopic; Cyrillic with
  "ї є ґ" -> UA, with "ђ ћ џ" -> RS, with "ә ғ қ ң" -> KZ, else RU; Arabic script with
  Persian letters -> IR, with Urdu letters -> PK, else EG, SA, AE; Devanagari and the other
  Indian scripts -> IN, Bengali -> BD and IN; Latin letters of one language family
  ("ł ę ś" -> PL, "ř ů ě" -> CZ, "ğ ı ş" -> TR, "ă ș ț" -> RO, "ő ű" -> HU, "ơ ư đ" -> VN,
  "ø æ" -> NO and DK, "å" -> SE, "þ ð" -> IS, "ã õ" -> BR and PT, "ñ" -> ES and MX);
- calling codes of the text's international numbers ("+48 601 ...", "0048 ..."): the
  other numbers of the same text are most likely from the same country;
- country and city names and frequent words of a language, counted (the text's words
  looked up in a table).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LANGUAGE_REGION", "text_regions"]

# Language -> the region where a bare language tag most likely points.
LANGUAGE_REGION = {
    "en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR",
    "ja": "JP", "ko": "KR", "zh": "CN", "hi": "IN", "ru": "RU", "pl": "PL", "sv": "SE",
    "da": "DK", "nb": "NO", "nn": "NO", "no": "NO", "fi": "FI", "tr": "TR", "el": "GR",
    "he": "IL", "iw": "IL", "ar": "SA", "th": "TH", "cs": "CZ", "hu": "HU", "ro": "RO",
    "uk": "UA", "id": "ID", "vi": "VN", "bg": "BG", "hr": "HR", "sr": "RS", "sk": "SK",
    "sl": "SI", "lt": "LT", "lv": "LV", "et": "EE", "ms": "MY", "tl": "PH", "fil": "PH",
    "sw": "KE", "ur": "PK", "bn": "BD", "ta": "IN", "te": "IN", "mr": "IN", "gu": "IN",
    "kn": "IN", "ml": "IN", "pa": "IN", "fa": "IR", "ka": "GE", "hy": "AM", "az": "AZ",
    "kk": "KZ", "uz": "UZ", "be": "BY", "sq": "AL", "mk": "MK", "is": "IS", "ga": "IE",
    "ca": "ES", "eu": "ES", "gl": "ES", "af": "ZA", "zu": "ZA", "xh": "ZA", "am": "ET",
    "ne": "NP", "si": "LK", "km": "KH", "lo": "LA", "my": "MM", "mn": "MN", "bs": "BA",
    "mt": "MT", "cy": "GB", "yo": "NG", "ha": "NG", "ig": "NG",
}  # fmt: skip

# First match wins; more specific letters before their script's default.
_SCRIPTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), regions)
    for pattern, regions in (
        (r"[\u3040-\u30ff]", ("JP",)),  # hiragana, katakana
        (r"[\uac00-\ud7af]", ("KR",)),  # hangul
        (r"[\u0e00-\u0e7f]", ("TH",)),
        (r"[\u0590-\u05ff]", ("IL",)),
        (r"[\u0370-\u03ff]", ("GR", "CY")),
        (r"[\u10a0-\u10ff]", ("GE",)),
        (r"[\u0530-\u058f]", ("AM",)),
        (r"[\u0d80-\u0dff]", ("LK",)),
        (r"[\u1780-\u17ff]", ("KH",)),
        (r"[\u0e80-\u0eff]", ("LA",)),
        (r"[\u1000-\u109f]", ("MM",)),
        (r"[\u1200-\u137f]", ("ET",)),
        (r"[\u0980-\u09ff]", ("BD", "IN")),  # Bengali
        (r"[\u0900-\u097f\u0a00-\u0d7f]", ("IN", "NP")),  # Devanagari, other Indian scripts
        (r"[іїєґІЇЄҐ]", ("UA",)),
        (r"[ђћџљњЂЋЏЉЊ]", ("RS", "BA", "ME")),
        (r"[әғқңөұүһӘҒҚҢӨҰҮҺ]", ("KZ",)),
        (r"[\u0400-\u04ff]", ("RU", "BY", "BG")),
        (r"[پچژگ]", ("IR",)),  # Persian letters
        (r"[ٹڈڑںے]", ("PK",)),  # Urdu letters
        (r"[\u0600-\u06ff]", ("EG", "SA", "AE")),
        (r"[\u4e00-\u9fff]", ("CN", "TW", "HK")),  # Han alone (no kana): Chinese
        (r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", ("VN",)),
        (r"[ğışİĞŞ]", ("TR",)),
        (r"[łęąśźżńŁĘĄŚŹŻ]", ("PL",)),
        (r"[řůěŘŮĚ]", ("CZ", "SK")),
        (r"[ășțşţĂȘȚ]", ("RO", "MD")),
        (r"[őűŐŰ]", ("HU",)),
        (r"[þðÞÐ]", ("IS",)),
        (r"[øæØÆ]", ("NO", "DK")),
        (r"[ãõÃÕ]", ("BR", "PT")),
        (r"[åÅ]", ("SE", "FI", "NO")),
        (r"[ñÑ¿¡]", ("ES", "MX", "AR")),
    )
)

# Country and city names, and frequent words of a language, that point at a region.
_WORDS: tuple[tuple[str, str], ...] = (
    ("DE", "deutschland germany allemagne berlin münchen munich hamburg köln frankfurt "
           "stuttgart düsseldorf leipzig dresden straße strasse bitte danke und nicht für "
           "rückruf telefon handy gmbh herr frau"),
    ("AT", "österreich austria wien vienna graz salzburg linz innsbruck"),
    ("CH", "schweiz suisse svizzera switzerland zürich zurich genève geneva bern basel lausanne"),
    ("FR", "france frankreich paris lyon marseille toulouse bordeaux lille nantes merci bonjour "
           "rue avenue appelez numéro portable joindre veuillez madame monsieur"),
    ("BE", "belgique belgië belgium bruxelles brussel brussels antwerpen gent liège"),
    ("ES", "españa spain espagne madrid barcelona valencia sevilla bilbao zaragoza gracias "
           "llame llámame teléfono móvil calle hola señor señora"),
    ("MX", "méxico mexico guadalajara monterrey cdmx celular"),
    ("AR", "argentina buenos_aires córdoba rosario mendoza"),
    ("CO", "colombia bogotá bogota medellín medellin cali barranquilla"),
    ("CL", "chile santiago valparaíso concepción"),
    ("PE", "perú peru lima arequipa"),
    ("IT", "italia italy italie roma milano milan napoli torino firenze bologna grazie "
           "chiamami cellulare ciao buongiorno signor"),
    ("NL", "nederland netherlands holland amsterdam rotterdam utrecht den_haag eindhoven "
           "bedankt alstublieft graag straat mobiel het een niet"),
    ("BR", "brasil brazil são_paulo sao_paulo rio_de_janeiro brasília belo_horizonte "
           "obrigado obrigada você ligue celular rua olá"),
    ("PT", "portugal lisboa lisbon porto telemóvel"),
    ("GB", "united_kingdom england scotland wales london manchester birmingham glasgow "
           "edinburgh leeds liverpool bristol cheers postcode"),
    ("IE", "ireland dublin cork galway eircode"),
    ("IN", "india mumbai delhi bengaluru bangalore chennai kolkata hyderabad pune namaste "
           "aadhaar pincode lakh crore"),
    ("PK", "pakistan karachi lahore islamabad rawalpindi"),
    ("BD", "bangladesh dhaka chittagong"),
    ("AU", "australia sydney melbourne brisbane perth adelaide canberra nsw qld"),
    ("NZ", "new_zealand auckland wellington christchurch"),
    ("CA", "canada toronto montréal montreal vancouver ottawa calgary ontario quebec québec"),
    ("JP", "japan tokyo osaka kyoto yokohama nagoya sapporo 東京 大阪 日本"),
    ("US", "usa united_states new_york california texas chicago los_angeles seattle boston "
           "zip_code"),
    ("PL", "polska poland warszawa warsaw kraków krakow wrocław gdańsk poznań łódź dziękuję "
           "proszę dzień dobry"),
    ("CZ", "česko czechia praha prague brno ostrava děkuji prosím"),
    ("SK", "slovensko slovakia bratislava košice ďakujem"),
    ("SE", "sverige sweden stockholm göteborg malmö uppsala tack"),
    ("NO", "norge norway oslo bergen trondheim takk"),
    ("DK", "danmark denmark københavn copenhagen aarhus odense"),
    ("FI", "suomi finland helsinki espoo tampere kiitos"),
    ("TR", "türkiye turkey istanbul ankara izmir bursa teşekkürler merhaba lütfen"),
    ("RO", "românia romania bucurești bucuresti cluj timișoara iași mulțumesc"),
    ("HU", "magyarország hungary budapest debrecen szeged köszönöm"),
    ("GR", "ελλάδα greece αθήνα athens θεσσαλονίκη ευχαριστώ"),
    ("RU", "россия russia москва moscow петербург спасибо"),
    ("UA", "україна ukraine київ kyiv kiev харків львів одеса дякую"),
    ("BG", "българия bulgaria софия sofia пловдив варна"),
    ("HR", "hrvatska croatia zagreb split rijeka hvala"),
    ("RS", "srbija serbia beograd belgrade novi_sad"),
    ("ID", "indonesia jakarta surabaya bandung medan terima_kasih"),
    ("MY", "malaysia kuala_lumpur penang johor"),
    ("SG", "singapore"),
    ("PH", "philippines pilipinas manila cebu davao salamat"),
    ("VN", "việt_nam vietnam hà_nội hanoi hồ_chí_minh saigon cảm_ơn"),
    ("TH", "thailand ประเทศไทย bangkok กรุงเทพ"),
    ("IL", "israel ישראל tel_aviv jerusalem ירושלים תל_אביב"),
    ("EG", "egypt مصر القاهرة cairo الإسكندرية alexandria الجيزة"),
    ("SA", "saudi_arabia السعودية الرياض riyadh جدة jeddah"),
    ("AE", "uae الإمارات dubai دبي abu_dhabi أبوظبي"),
    ("MA", "maroc morocco المغرب casablanca rabat marrakech"),
    ("NG", "nigeria lagos abuja kano"),
    ("KE", "kenya nairobi mombasa asante"),
    ("ZA", "south_africa johannesburg cape_town durban pretoria"),
    ("IR", "iran ایران تهران tehran"),
    ("CN", "china 中国 北京 上海 广州 深圳"),
    ("TW", "taiwan 台灣 台北 臺北"),
    ("HK", "hong_kong 香港"),
    ("KR", "korea 한국 서울 seoul 부산 busan"),
)  # fmt: skip


def _word_map() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for region, spaced in _WORDS:
        for word in spaced.split():
            out.setdefault(word.replace("_", " ").lower(), []).append(region)
    return {w: tuple(r) for w, r in out.items()}


_WORD_REGIONS = _word_map()
# Words are looked up token by token (one C-level findall, then dict look-ups: a regex of
# 500 alternatives tried at every position cost ~0.7 ms a text); phrases by their first
# word; words of scripts written without spaces (or with particles glued on: "서울에서")
# are searched as substrings.
_GLUED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SUBSTRING_WORDS = sorted((w for w in _WORD_REGIONS if _GLUED.search(w)), key=len, reverse=True)
_SUBSTRING_RE = re.compile("|".join(re.escape(w) for w in _SUBSTRING_WORDS))
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _w in _WORD_REGIONS:
    if " " in _w and not _GLUED.search(_w):
        _parts = tuple(_w.split())
        _PHRASES.setdefault(_parts[0], []).append(_parts)
_TOKEN_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _word_scores(text: str) -> dict[str, int]:
    scores: dict[str, int] = {}

    def add(word: str) -> None:
        for region in _WORD_REGIONS.get(word, ()):
            scores[region] = scores.get(region, 0) + 1

    tokens = _TOKEN_RE.findall(text.lower())
    for i, token in enumerate(tokens):
        if token in _WORD_REGIONS:
            add(token)
        for phrase in _PHRASES.get(token, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                add(" ".join(phrase))
    if _GLUED.search(text):
        for m in _SUBSTRING_RE.finditer(text):
            add(m.group(0))
    return scores


_CALLING_CODE_RE = re.compile(r"(?<![\w+])(?:\+|00)\(?(\d{1,3})")


def text_regions(text: str, pn: Any, *, hinted: bool = False) -> list[str]:
    """Regions the text points at, most trusted first: the script's region, calling
    codes, words, then the script's other regions.

    Args:
        text: the text being scanned.
        pn: the `phonenumbers` module (for calling codes), or None without it.
        hinted: a locale hint names the region already.
    """
    found: list[str] = []
    others: tuple[str, ...] = ()
    if not text.isascii():
        # Every script pattern is non-ASCII: test them on the distinct such characters.
        rare = "".join(set(_NON_ASCII_RE.findall(text)))
        for pattern, regions in _SCRIPTS:
            if pattern.search(rare):
                found.append(regions[0])
                others = regions[1:]  # after the calling codes and words
                break
    codes: dict[str, int] = {}
    for m in _CALLING_CODE_RE.finditer(text) if pn is not None else ():
        digits = m.group(1)
        for k in range(1, len(digits) + 1):  # calling codes are prefix-free
            region = pn.region_code_for_country_code(int(digits[:k]))
            if region != "ZZ":
                codes[region] = codes.get(region, 0) + 1
                break
    found.extend(sorted(codes, key=lambda r: -codes[r]))
    scores = _word_scores(text)
    found.extend(sorted(scores, key=lambda r: -scores[r]))
    if not hinted:
        found.extend(others)  # with a locale hint, a script's other countries are noise
    return found
