# ruff: noqa: RUF001  (text in Greek, Cyrillic, Arabic and CJK on purpose)
"""Structured values for the third held-out privacy set (eval_v3), valid by their own rules.

Every generator takes a `random.Random` and a locale and returns a `Value`: the text to insert,
its kind, and the name of the check (see `check`) that re-validates it from the text alone. Check
digits come from python-stdnum, phone numbers from phonenumbers' own metadata. No Faker, no
mimesis, nothing of the SDK's detectors.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import string

import phonenumbers
from _v3_core import REGION, Value, _digits, _retry
from _v3_ids import check_doc, check_national_id, national_id, nid_type, ssn_value
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.us import ssn

# Re-exported: the renderers and tests reach every value generator through this module.
__all__ = [
    "REGION",
    "Value",
    "_digits",
    "check_doc",
    "check_national_id",
    "national_id",
    "nid_type",
    "ssn_value",
]


IBAN_COUNTRY = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "en_GB": "GB",
    "el_GR": "GR",
    "ar_EG": "EG",
    "pt_BR": "BR",
    "tr_TR": "TR",
    "uk_UA": "UA",
    "cs_CZ": "CZ",
}
FOREIGN_IBAN = ("DE", "NL", "FR", "GB", "CH", "AT", "BE", "LU", "IE")


# ---------------------------------------------------------------- phones

_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def phone(rng: random.Random, locale: str) -> Value:
    """A valid number: the metadata's example with its tail redrawn until valid.

    Mostly the locale's own country; one in ten is a foreign number written internationally.
    """
    region = REGION[locale]
    foreign = rng.random() < 0.1
    if foreign:
        region = rng.choice(sorted(set(REGION.values()) - {region}))
    kind = rng.choice(_TYPES) if rng.random() < 0.5 else _TYPES[0]
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = str(example.national_number)
    keep = min(3, len(nsn) - 5)

    def make() -> str:
        return nsn[:keep] + _digits(rng, len(nsn) - keep)

    def build(cand: str) -> phonenumbers.PhoneNumber:
        # Italian fixed lines keep their leading zero inside the national number.
        return phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=int(cand),
            italian_leading_zero=example.italian_leading_zero,
            number_of_leading_zeros=example.number_of_leading_zeros,
        )

    number = build(_retry(make, lambda cand: phonenumbers.is_valid_number(build(cand))))
    style = rng.random()
    if foreign:
        style = 0.35 + style * 0.5  # international or E.164 only
    if REGION[locale] in _IDD_00 and not foreign and rng.random() < 0.08:
        # "0049 151 ..." : the international form with the 00 exit code instead of "+".
        intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        text = "00" + intl[1:]
    elif style < 0.35:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif style < 0.7:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style < 0.85:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    else:
        # Written without any grouping, the way people type into a form.
        text = re.sub(
            r"\D", "", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        if region == "IT" or not text:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Value(text, "phone", "phone:" + region)


_IDD_00 = {"DE", "FR", "ES", "IT", "NL", "PL", "SE", "GB", "GR", "TR", "CZ", "UA", "EG", "IN", "CN"}


def check_phone(text: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


# ---------------------------------------------------------------- cards, IBANs

_CARD_PREFIX = (
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("35", 16),
    ("62", 16),
)


def card(rng: random.Random, locale: str) -> Value:
    prefix, length = rng.choice(_CARD_PREFIX)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    style = rng.random()
    if style < 0.45:
        groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
        parts, i = [], 0
        for g in groups:
            parts.append(number[i : i + g])
            i += g
        text = (" " if style < 0.3 else "-").join(parts)
    else:
        text = number
    return Value(text, "card", "card")


def check_card(text: str) -> bool:
    digits = re.sub(r"[ -]", "", text)
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits)


def _bban(rng: random.Random, country: str) -> str:
    # Lengths and character classes from the national IBAN formats.
    fmt = {
        "DE": "n18",
        "FR": "n10a11n2",
        "ES": "n20",
        "IT": "a1n10a12",
        "NL": "A4n10",
        "PL": "n24",
        "SE": "n20",
        "GB": "A4n14",
        "GR": "n7a16",
        "EG": "n25",
        "BR": "n23A1a1",
        "TR": "n6a16",
        "UA": "n6a19",
        "CZ": "n20",
        "CH": "n5a12",
        "AT": "n16",
        "BE": "n12",
        "LU": "n3a13",
        "IE": "A4n14",
    }[country]
    out = []
    for cls, count in re.findall(r"([naA])(\d+)", fmt):
        for _ in range(int(count)):
            if cls == "n":
                out.append(rng.choice(string.digits))
            elif cls == "A":
                out.append(rng.choice(string.ascii_uppercase))
            else:
                out.append(
                    rng.choice(string.digits if rng.random() < 0.8 else string.ascii_uppercase)
                )
    return "".join(out)


def iban(rng: random.Random, locale: str) -> Value:
    country = IBAN_COUNTRY.get(locale) or rng.choice(FOREIGN_IBAN)

    def make() -> str:
        bban = _bban(rng, country)
        return country + std_iban.calc_check_digits(country + "00" + bban) + bban

    number = _retry(make, std_iban.is_valid)
    style = rng.random()
    if style < 0.5:
        text = std_iban.format(number)
    elif style < 0.85:
        text = number
    else:
        text = std_iban.format(number).lower() if style < 0.93 else number.lower()
    return Value(text, "iban", "iban")


def check_iban(text: str) -> bool:
    return std_iban.is_valid(text.upper())


# ---------------------------------------------------------------- network, devices, places


def ipv4(rng: random.Random, locale: str) -> Value:
    first = rng.choice((10, 172, 192, 31, 46, 62, 77, 81, 88, 91, 109, 151, 185, 203, 213))
    if first == 10:
        text = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif first == 172:
        text = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif first == 192:
        text = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        text = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return Value(text, "ipv4", "ipv4")


def ipv6(rng: random.Random, locale: str) -> Value:
    prefix = rng.choice(
        ("2001:db8", "2a02:810", "2003:e7", "fe80:", "2a01:4f8", "2600:1700", "240e:3b0")
    )
    groups = [f"{rng.randrange(0, 65536):x}" for _ in range(4)]
    addr = ipaddress.IPv6Address(_fill_v6(prefix, groups))
    text = addr.compressed if rng.random() < 0.8 else addr.exploded
    return Value(text, "ipv6", "ipv6")


def _fill_v6(prefix: str, groups: list[str]) -> str:
    head = [g for g in prefix.split(":") if g]
    middle = ["0"] * (8 - len(head) - len(groups))
    return ":".join(head + middle + groups)


def check_ip(text: str, version: int) -> bool:
    try:
        return ipaddress.ip_address(text).version == version
    except ValueError:
        return False


def mac(rng: random.Random, locale: str) -> Value:
    octets = [rng.randrange(0, 256) for _ in range(6)]
    octets[0] &= 0xFE
    hexes = [f"{o:02x}" for o in octets]
    style = rng.random()
    if style < 0.4:
        text = ":".join(hexes).upper() if rng.random() < 0.5 else ":".join(hexes)
    elif style < 0.65:
        text = "-".join(hexes).upper()
    elif style < 0.8:
        raw = "".join(hexes)
        text = f"{raw[:4]}.{raw[4:8]}.{raw[8:]}"
    else:
        text = "".join(hexes).upper() if rng.random() < 0.5 else "".join(hexes)
    return Value(text, "mac", "mac")


def check_mac(text: str) -> bool:
    raw = re.sub(r"[:.-]", "", text)
    return re.fullmatch(r"[0-9A-Fa-f]{12}", raw) is not None and len(text) in (12, 14, 17)


# Rough bounding boxes (lat, lon ranges) of each country, so coordinates fall on the country.
_BOX = {
    "DE": (47.5, 54.8, 6.0, 14.9),
    "FR": (43.3, 50.9, -1.4, 7.5),
    "ES": (36.2, 43.6, -8.9, 3.2),
    "IT": (38.0, 46.4, 7.5, 15.9),
    "NL": (51.5, 53.3, 4.0, 6.9),
    "PL": (49.5, 54.6, 14.3, 23.9),
    "SE": (55.5, 67.5, 12.0, 23.5),
    "GB": (50.2, 57.5, -5.5, 1.6),
    "US": (30.0, 47.0, -122.0, -75.0),
    "GR": (35.2, 41.5, 20.5, 26.5),
    "RU": (45.0, 60.0, 30.0, 60.0),
    "EG": (22.5, 31.4, 25.5, 34.5),
    "IN": (9.0, 29.0, 72.5, 88.0),
    "JP": (31.5, 43.0, 130.5, 145.0),
    "CN": (22.5, 41.0, 103.0, 121.0),
    "KR": (34.5, 38.2, 126.2, 129.4),
    "BR": (-30.0, -3.0, -55.0, -35.0),
    "TR": (36.2, 41.9, 26.5, 44.5),
    "UA": (46.0, 51.8, 23.0, 39.5),
    "CZ": (48.6, 51.0, 12.2, 18.8),
}


def gps(rng: random.Random, locale: str) -> Value:
    la0, la1, lo0, lo1 = _BOX[REGION[locale]]
    lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
    style = rng.random()
    if style < 0.55:
        places = rng.choice((4, 5, 6))
        sep = rng.choice((", ", ",", " "))
        text = f"{lat:.{places}f}{sep}{lon:.{places}f}"
    elif style < 0.8:
        text = f"{_dms(lat, 'NS')} {_dms(lon, 'EW')}"
    else:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        text = f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}"
    return Value(text, "gps", "gps")


def _dms(value: float, hemis: str) -> str:
    hemi = hemis[0] if value >= 0 else hemis[1]
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = (value - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def check_gps(text: str) -> bool:
    nums = re.findall(r"-?\d+(?:\.\d+)?", text)
    if "°" in text and "'" in text:
        return len(nums) == 6 and all(0 <= float(n) < 181 for n in nums)
    if len(nums) != 2:
        return False
    return abs(float(nums[0])) <= 90 and abs(float(nums[1])) <= 180


# ---------------------------------------------------------------- secrets


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng: random.Random) -> str:
    words = (
        "Sommer",
        "tiger",
        "Blue",
        "kaffee",
        "Lune",
        "sol",
        "Moscow",
        "panda",
        "Hanami",
        "Kuzey",
        "zorro",
        "Vlak",
        "Praha",
        "delfin",
        "Kiwi",
        "Ostern",
        "maple",
    )
    style = rng.random()
    if style < 0.4:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice("!?#$%&*.")
    if style < 0.7:
        return _token(
            rng, rng.randint(10, 18), string.ascii_letters + string.digits + "!#$%&*+-=?@^_"
        )
    return (
        _token(rng, 4, string.ascii_lowercase)
        + rng.choice("_-.")
        + _token(rng, 5)
        + str(rng.randint(10, 99))
    )


def api_token(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return "sk_live_" + _token(rng, 24)
    if kind < 0.35:
        return "ghp_" + _token(rng, 36)
    if kind < 0.5:
        return "AKIA" + _token(rng, 16, string.ascii_uppercase + "234567")
    if kind < 0.7:
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return (
            head
            + "."
            + _token(rng, 48, string.ascii_letters + string.digits + "-_")
            + "."
            + _token(rng, 43, string.ascii_letters + string.digits + "-_")
        )
    if kind < 0.85:
        return "xoxb-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _token(rng, 24)
    return _token(rng, 40, string.ascii_letters + string.digits + "_-")


def check_secret(text: str) -> bool:
    return 6 <= len(text) <= 200 and not any(ch.isspace() for ch in text)


# ---------------------------------------------------------------- dates of birth

_DOB_FMT = {
    "en_US": ("%m/%d/%Y", "%B %d, %Y", "%Y-%m-%d"),
    "ja_JP": ("{y}年{m}月{d}日", "%Y/%m/%d", "%Y-%m-%d"),
    "zh_CN": ("{y}年{m}月{d}日", "%Y-%m-%d", "%Y.%m.%d"),
    "ko_KR": ("{y}년 {m}월 {d}일", "%Y.%m.%d", "%Y-%m-%d"),
    "en_GB": ("%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"),
    "sv_SE": ("%Y-%m-%d", "{d} {mon} %Y"),
    "hi_IN": ("%d/%m/%Y", "%d-%m-%Y", "{d} {mon} %Y"),
    "nl_NL": ("%d-%m-%Y", "{d} {mon} %Y"),
    "pl_PL": ("%d.%m.%Y", "{d} {mon} %Y"),
    "cs_CZ": ("%d.%m.%Y", "{d}. {m}. %Y"),
}
_DOB_DEFAULT = ("%d.%m.%Y", "%d/%m/%Y", "{d} {mon} %Y", "%Y-%m-%d")


def dob(rng: random.Random, locale: str, months: tuple[str, ...]) -> Value:
    """A birth date written the locale's way; `months` are the locale's month names (genitive)."""
    b = dt.date(1938, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 70))
    fmt = rng.choice(_DOB_FMT.get(locale, _DOB_DEFAULT))
    if locale in ("el_GR", "ar_EG", "ru_RU", "uk_UA") and "%d/%m" in fmt and rng.random() < 0.5:
        fmt = "%d.%m.%Y"
    text = (
        fmt.replace("{y}", str(b.year))
        .replace("{m}", str(b.month))
        .replace("{d}", str(b.day))
        .replace("{mon}", months[b.month - 1])
    )
    if "%B" in text:
        text = text.replace("%B", dt.date(2000, b.month, 1).strftime("%B"))
    text = b.strftime(text)
    return Value(text, "dob", "dob")


def check_dob(text: str) -> bool:
    years = re.findall(r"(?:19|20)\d\d", text)
    return len(years) == 1 and 1938 <= int(years[0]) <= 2008


# ---------------------------------------------------------------- e-mail


def _ascii(name: str) -> str:
    import unicodedata

    folded = unicodedata.normalize(
        "NFKD",
        name.replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("ø", "o")
        .replace("æ", "ae"),
    )
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode().lower())


_MAIL_DOMAIN = {
    "de_DE": ("web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"),
    "es_ES": ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"),
    "it_IT": ("libero.it", "virgilio.it", "tiscali.it", "gmail.com"),
    "nl_NL": ("ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"),
    "pl_PL": ("wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"),
    "sv_SE": ("telia.com", "bredband.net", "gmail.com", "outlook.se"),
    "en_GB": ("btinternet.com", "sky.com", "outlook.com", "gmail.com"),
    "en_US": ("gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com"),
    "el_GR": ("otenet.gr", "yahoo.gr", "gmail.com", "hotmail.gr"),
    "ru_RU": ("yandex.ru", "mail.ru", "rambler.ru", "gmail.com"),
    "ar_EG": ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com"),
    "hi_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "ja_JP": ("yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"),
    "zh_CN": ("qq.com", "163.com", "126.com", "sina.com"),
    "ko_KR": ("naver.com", "daum.net", "hanmail.net", "gmail.com"),
    "pt_BR": ("uol.com.br", "bol.com.br", "gmail.com", "hotmail.com"),
    "tr_TR": ("gmail.com", "hotmail.com", "yandex.com.tr", "windowslive.com"),
    "uk_UA": ("ukr.net", "i.ua", "meta.ua", "gmail.com"),
    "cs_CZ": ("seznam.cz", "email.cz", "centrum.cz", "gmail.com"),
}
_HANDLE_WORDS = (
    "sun",
    "moon",
    "river",
    "pixel",
    "nova",
    "blue",
    "fox",
    "lotus",
    "kiri",
    "hana",
    "star",
    "wind",
    "tiger",
    "panda",
    "dragon",
    "lucky",
    "happy",
    "coco",
    "mint",
)


def email(rng: random.Random, locale: str, first: str, last: str, obfuscated: bool | str) -> Value:
    """An address from the person's name or a handle; `obfuscated` True or "spoken" ("x at y dot de")."""
    f, lname = _ascii(first), _ascii(last)
    if not f or not lname or rng.random() < 0.2:
        local = (
            rng.choice(_HANDLE_WORDS)
            + rng.choice(("", ".", "_"))
            + rng.choice(_HANDLE_WORDS)
            + str(rng.randint(1, 9999))
        )
    else:
        style = rng.random()
        if style < 0.35:
            local = f + "." + lname
        elif style < 0.55:
            local = f[0] + lname
        elif style < 0.75:
            local = f + str(rng.randint(60, 2005))
        else:
            local = lname + rng.choice(("_", ".", "")) + f[:3] + str(rng.randint(1, 99))
    if rng.random() < 0.15:
        domain = rng.choice(
            (
                "firma-nord.com",
                "studio-aurora.eu",
                "mybakery.shop",
                "logistika.net",
                "clinic-central.org",
                "techwerk.io",
            )
        )
    else:
        domain = rng.choice(_MAIL_DOMAIN[locale])
    if obfuscated == "spoken":
        return Value(local + " at " + domain.replace(".", " dot "), "email", "email")
    if obfuscated:
        at = rng.choice((" [at] ", " (at) ", " at ", "[at]", " @ "))
        dot = rng.choice((" [dot] ", " (dot) ", " dot ", "[.]"))
        if at.strip() == "@":
            dot = " dot "
        return Value(local + at + domain.replace(".", dot), "email", "email")
    return Value(local + "@" + domain, "email", "email")


def check_email(text: str) -> bool:
    plain = re.sub(r"\s*[\[(]?\s*\bat\b\s*[\])]?\s*|\s+@\s+", "@", text, count=1)
    plain = re.sub(r"\s*[\[(]\s*(?:dot|\.)\s*[\])]\s*|\s+dot\s+", ".", plain)
    return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", plain) is not None


def check(value_text: str, check_name: str) -> bool:
    """Re-validate `value_text` (read back from the record) by its check name."""
    name, _, arg = check_name.partition(":")
    if name == "phone":
        return check_phone(value_text, arg)
    if name == "card":
        return check_card(value_text)
    if name == "iban":
        return check_iban(value_text)
    if name == "nid":
        return check_national_id(value_text, arg.split(":")[0])
    if name == "doc":
        return check_doc(value_text)
    if name == "ssn":
        return ssn.is_valid(value_text)
    if name == "ipv4":
        return check_ip(value_text, 4)
    if name == "ipv6":
        return check_ip(value_text, 6)
    if name == "mac":
        return check_mac(value_text)
    if name == "gps":
        return check_gps(value_text)
    if name == "secret":
        return check_secret(value_text)
    if name == "dob":
        return check_dob(value_text)
    if name == "email":
        return check_email(value_text)
    if name == "free":  # person names and address lines: no rule beyond being non-empty text
        return bool(value_text.strip()) and value_text == value_text.strip()
    raise ValueError(f"unknown check {check_name!r}")
