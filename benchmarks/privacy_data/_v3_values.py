# ruff: noqa: RUF001  (text in Greek, Cyrillic, Arabic and CJK on purpose)
"""Structured values for the third held-out privacy set (eval_v3), valid by their own rules.

Every generator takes a `random.Random` and a locale and returns a `Value`: the text to insert,
its kind, and the name of the check (`CHECKS`) that re-validates it from the text alone. Check
digits come from python-stdnum, phone numbers from phonenumbers' own metadata. No Faker, no
mimesis, nothing of the SDK's detectors.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.cn import ric
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni, nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as my_number
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.ua import edrpou, rntrc
from stdnum.us import itin, ssn


@dataclass(frozen=True)
class Value:
    """One inserted value: its text, its label kind and the check that re-validates it."""

    text: str
    kind: str
    check: str


REGION = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "en_GB": "GB",
    "en_US": "US",
    "el_GR": "GR",
    "ru_RU": "RU",
    "ar_EG": "EG",
    "hi_IN": "IN",
    "ja_JP": "JP",
    "zh_CN": "CN",
    "ko_KR": "KR",
    "pt_BR": "BR",
    "tr_TR": "TR",
    "uk_UA": "UA",
    "cs_CZ": "CZ",
}
# Countries with IBANs; the others (US, RU, IN, JP, CN, KR) quote a foreign account when they do.
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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _retry(make: Callable[[], str], valid: Callable[[str], bool], tries: int = 5000) -> str:
    for _ in range(tries):
        cand = make()
        if valid(cand):
            return cand
    raise RuntimeError(f"no valid value after {tries} tries")


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


# ---------------------------------------------------------------- national ids


def _birth(rng: random.Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 65))


def _nid_de(rng: random.Random) -> str:
    # Steuer-IdNr: 11 digits, one digit twice or thrice, ISO 7064 check digit.
    return _retry(lambda: rng.choice("123456789") + _digits(rng, 10), idnr.is_valid)


def _nid_fr(rng: random.Random) -> str:
    if rng.random() < 0.6:
        b = _birth(rng)
        body = (
            rng.choice("12")
            + b.strftime("%y%m")
            + f"{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        number = body + nir.calc_check_digits(body)
        return nir.format(number) if rng.random() < 0.5 else number

    # Numéro fiscal (SPI): 13 digits, the last three a check on the first ten.
    def make() -> str:
        body = rng.choice("0123") + _digits(rng, 9)
        return body + fr_nif.calc_check_digits(body)

    return _retry(make, fr_nif.is_valid)


def _nid_es(rng: random.Random) -> str:
    if rng.random() < 0.7:
        body = _digits(rng, 8)
        return (
            body + dni.calc_check_digit(body)
            if rng.random() < 0.7
            else body + "-" + dni.calc_check_digit(body)
        )
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CF_MONTH = "ABCDEHLMPRST"


def _nid_it(rng: random.Random) -> str:
    b = _birth(rng)
    day = b.day + (40 if rng.random() < 0.5 else 0)
    body = (
        "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(3))
        + "".join(rng.choice("BCDFGLMNPRSTVZA") for _ in range(3))
        + b.strftime("%y")
        + _CF_MONTH[b.month - 1]
        + f"{day:02d}"
        + rng.choice("ABCDEFGHILM")
        + f"{rng.randint(1, 999):03d}"
    )
    return body + codicefiscale.calc_check_digit(body)


def _nid_nl(rng: random.Random) -> str:
    return _retry(lambda: rng.choice("1234567") + _digits(rng, 8), bsn.is_valid)


def _nid_pl(rng: random.Random) -> str:
    if rng.random() < 0.75:
        b = _birth(rng)
        month = b.month + (20 if b.year >= 2000 else 0)
        body = b.strftime("%y") + f"{month:02d}" + f"{b.day:02d}" + _digits(rng, 4)
        return body + pesel.calc_check_digit(body)
    number = _retry(lambda: rng.choice("123456789") + _digits(rng, 9), nip.is_valid)
    return nip.format(number) if rng.random() < 0.5 else number


def _nid_se(rng: random.Random) -> str:
    b = _birth(rng)
    body = b.strftime("%y%m%d") + _digits(rng, 3)
    check = luhn.calc_check_digit(body)
    if rng.random() < 0.3:
        return b.strftime("%Y") + body[2:6] + "-" + body[6:] + check
    return body[:6] + "-" + body[6:] + check


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def _nid_gb(rng: random.Random) -> str:
    if rng.random() < 0.55:
        while True:
            prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
            if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        digits = _digits(rng, 6)
        suffix = rng.choice("ABCD")
        if rng.random() < 0.5:
            return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return prefix + digits + suffix
    number = _retry(lambda: rng.choice("456789") + _digits(rng, 9), nhs.is_valid)
    return nhs.format(number) if rng.random() < 0.6 else number


def _nid_us(rng: random.Random) -> str:
    # ITIN (9xx-7x-xxxx) or a driver licence; SSNs are kind "ssn", made by ssn_value.
    if rng.random() < 0.5:
        number = _retry(
            lambda: "9" + _digits(rng, 2) + rng.choice("78") + _digits(rng, 5), itin.is_valid
        )
        return itin.format(number)
    return rng.choice("ABCDFGHJKLMNPRSTW") + _digits(rng, rng.choice((7, 8, 12)))


def ssn_value(rng: random.Random, locale: str) -> Value:
    number = _retry(lambda: _digits(rng, 9), ssn.is_valid)
    text = ssn.format(number) if rng.random() < 0.75 else number
    return Value(text, "ssn", "ssn")


def _nid_gr(rng: random.Random) -> str:
    if rng.random() < 0.5:
        b = _birth(rng)
        return _retry(lambda: b.strftime("%d%m%y") + _digits(rng, 5), amka.is_valid)
    body = rng.choice("01") + _digits(rng, 7)
    return body + gr_vat.calc_check_digit(body)


def _nid_ru(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _retry(lambda: "77" + _digits(rng, 10), inn.is_valid)
    # Internal passport: series and number, no check digit.
    return f"{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 6)}"


def _nid_eg(rng: random.Random) -> str:
    if rng.random() < 0.7:
        # National ID: century, YYMMDD, governorate, serial; the check digit is not published.
        b = _birth(rng)
        century = "2" if b.year < 2000 else "3"
        return (
            century
            + b.strftime("%y%m%d")
            + rng.choice(
                (
                    "01",
                    "02",
                    "03",
                    "04",
                    "11",
                    "12",
                    "13",
                    "14",
                    "15",
                    "16",
                    "17",
                    "18",
                    "19",
                    "21",
                    "22",
                    "23",
                    "24",
                    "25",
                    "26",
                    "27",
                    "28",
                    "29",
                    "31",
                    "32",
                    "33",
                    "34",
                    "35",
                )
            )
            + _digits(rng, 4)
            + _digits(rng, 1)
        )
    number = _retry(lambda: _digits(rng, 9), eg_tn.is_valid)
    return eg_tn.format(number) if rng.random() < 0.5 else number


def _nid_in(rng: random.Random) -> str:
    if rng.random() < 0.6:
        number = _retry(lambda: rng.choice("23456789") + _digits(rng, 11), aadhaar.is_valid)
        return aadhaar.format(number) if rng.random() < 0.6 else number
    letters = string.ascii_uppercase
    return _retry(
        lambda: (
            "".join(rng.choice(letters) for _ in range(3))
            + rng.choice("PCHFATBLJG")
            + rng.choice(letters)
            + _digits(rng, 4)
            + rng.choice(letters)
        ),
        pan.is_valid,
    )


def _nid_jp(rng: random.Random) -> str:
    body = _digits(rng, 11)
    number = body + my_number.calc_check_digit(body)
    return my_number.format(number) if rng.random() < 0.5 else number


def _nid_cn(rng: random.Random) -> str:
    # Area codes are checked against the year they were in use, hence the retry.
    def make() -> str:
        area = rng.choice(
            (
                "110101",
                "110105",
                "310104",
                "310115",
                "440103",
                "440305",
                "510104",
                "330106",
                "420106",
                "320102",
                "610113",
                "500103",
                "210102",
                "350203",
            )
        )
        body = area + _birth(rng).strftime("%Y%m%d") + _digits(rng, 3)
        return body + ric.calc_check_digit(body)

    return _retry(make, ric.is_valid)


def _nid_kr(rng: random.Random) -> str:
    b = _birth(rng)
    sex = (
        ("1" if rng.random() < 0.5 else "2")
        if b.year < 2000
        else ("3" if rng.random() < 0.5 else "4")
    )
    # The two digits after the sex digit are a place-of-birth code (00-96 are issued).
    body = b.strftime("%y%m%d") + sex + f"{rng.randint(0, 95):02d}" + _digits(rng, 3)
    number = body + rrn.calc_check_digit(body)
    return number[:6] + "-" + number[6:] if rng.random() < 0.8 else number


def _nid_br(rng: random.Random) -> str:
    if rng.random() < 0.75:
        number = _retry(lambda: _digits(rng, 11), cpf.is_valid)
        return cpf.format(number) if rng.random() < 0.65 else number
    body = _digits(rng, 8) + "0001"
    number = body + cnpj.calc_check_digits(body)
    return cnpj.format(number) if rng.random() < 0.65 else number


def _nid_tr(rng: random.Random) -> str:
    if rng.random() < 0.75:
        body = rng.choice("123456789") + _digits(rng, 8)
        return body + tckimlik.calc_check_digits(body)
    body = _digits(rng, 9)
    return body + vkn.calc_check_digit(body)


def _nid_ua(rng: random.Random) -> str:
    if rng.random() < 0.75:
        body = rng.choice("123") + _digits(rng, 8)
        return body + rntrc.calc_check_digit(body)
    body = rng.choice("0123") + _digits(rng, 6)
    return body + edrpou.calc_check_digit(body)


def _nid_cz(rng: random.Random) -> str:
    if rng.random() < 0.8:
        b = dt.date(1954, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 50))
        month = b.month + (50 if rng.random() < 0.5 else 0)

        def make() -> str:
            return b.strftime("%y") + f"{month:02d}" + f"{b.day:02d}" + _digits(rng, 4)

        number = _retry(make, rc.is_valid)
        return rc.format(number) if rng.random() < 0.7 else number
    return _retry(lambda: "CZ" + rng.choice("12345678") + _digits(rng, 7), cz_dic.is_valid)


# Document numbers without a public check digit: passports and driver licences.
_PASSPORT = {
    "de_DE": lambda r: (
        r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    ),
    "fr_FR": lambda r: (
        _digits(r, 2) + "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + _digits(r, 5)
    ),
    "es_ES": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + _digits(r, 6),
    "it_IT": lambda r: "Y" + r.choice(string.ascii_uppercase) + _digits(r, 7),
    "nl_NL": lambda r: (
        "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
        + _digits(r, 1)
    ),
    "pl_PL": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + _digits(r, 7),
    "en_GB": lambda r: _digits(r, 9),
    "en_US": lambda r: r.choice("5A") + _digits(r, 8),
    "ja_JP": lambda r: r.choice(("TK", "TR", "MZ", "TZ")) + _digits(r, 7),
    "ko_KR": lambda r: "M" + _digits(r, 8),
    "zh_CN": lambda r: "E" + _digits(r, 8),
    "hi_IN": lambda r: r.choice("JKLMNPRSTUVWZ") + _digits(r, 7),
    "ru_RU": lambda r: _digits(r, 2) + " " + _digits(r, 7),
}


def national_id(rng: random.Random, locale: str) -> Value:
    if locale in _PASSPORT and rng.random() < 0.15:
        return Value(_PASSPORT[locale](rng), "national_id", "doc:passport")
    text = _NID[locale](rng)
    return Value(text, "national_id", f"nid:{locale}:{nid_type(text, locale)}")


_NID: dict[str, Callable[[random.Random], str]] = {
    "de_DE": _nid_de,
    "fr_FR": _nid_fr,
    "es_ES": _nid_es,
    "it_IT": _nid_it,
    "nl_NL": _nid_nl,
    "pl_PL": _nid_pl,
    "sv_SE": _nid_se,
    "en_GB": _nid_gb,
    "en_US": _nid_us,
    "el_GR": _nid_gr,
    "ru_RU": _nid_ru,
    "ar_EG": _nid_eg,
    "hi_IN": _nid_in,
    "ja_JP": _nid_jp,
    "zh_CN": _nid_cn,
    "ko_KR": _nid_kr,
    "pt_BR": _nid_br,
    "tr_TR": _nid_tr,
    "uk_UA": _nid_ua,
    "cs_CZ": _nid_cz,
}


def _compact(text: str) -> str:
    # Voice transcripts are lower-cased: letters in ids are checked upper-case.
    return re.sub(r"[\s./-]", "", text).upper()


def _nid_types() -> dict[str, tuple[tuple[str, Callable[[str], bool]], ...]]:
    return {
        "de_DE": (("idnr", idnr.is_valid),),
        "fr_FR": (("nir", nir.is_valid), ("nif", fr_nif.is_valid)),
        "es_ES": (("dni", dni.is_valid), ("nie", nie.is_valid)),
        "it_IT": (("cf", codicefiscale.is_valid),),
        "nl_NL": (("bsn", bsn.is_valid),),
        "pl_PL": (("pesel", pesel.is_valid), ("nip", nip.is_valid)),
        "sv_SE": (("pnr", personnummer.is_valid),),
        "en_GB": (("nhs", nhs.is_valid), ("nino", _nino_ok)),
        "en_US": (("itin", itin.is_valid), ("dl", _us_dl_ok)),
        "el_GR": (("amka", amka.is_valid), ("afm", gr_vat.is_valid)),
        "ru_RU": (("inn", inn.is_valid), ("passport", _ru_passport_ok)),
        "ar_EG": (("nid", _eg_nid_ok), ("tn", eg_tn.is_valid)),
        "hi_IN": (("aadhaar", aadhaar.is_valid), ("pan", pan.is_valid)),
        "ja_JP": (("mynumber", my_number.is_valid),),
        "zh_CN": (("ric", ric.is_valid),),
        "ko_KR": (("rrn", rrn.is_valid),),
        "pt_BR": (("cpf", cpf.is_valid), ("cnpj", cnpj.is_valid)),
        "tr_TR": (("tckn", tckimlik.is_valid), ("vkn", vkn.is_valid)),
        "uk_UA": (("rntrc", rntrc.is_valid), ("edrpou", edrpou.is_valid)),
        "cs_CZ": (("rc", rc.is_valid), ("dic", cz_dic.is_valid)),
    }


def nid_type(text: str, locale: str) -> str | None:
    """Which of the locale's national ids `text` is (checked with its check digits), or None."""
    c = _compact(text)
    if locale == "sv_SE":
        return "pnr" if personnummer.is_valid(text) else None
    if locale == "ar_EG" and len(c) == 14:
        return "nid" if _eg_nid_ok(c) else None
    for name, valid in _nid_types()[locale]:
        if valid(c):
            return name
    return None


def check_national_id(text: str, locale: str) -> bool:
    """Re-validate a national id from its text, with every validator the locale's ids use."""
    return nid_type(text, locale) is not None


def _nino_ok(c: str) -> bool:
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None


def _us_dl_ok(c: str) -> bool:
    return re.fullmatch(r"[A-Z]\d{7,12}", c) is not None


def _ru_passport_ok(c: str) -> bool:
    return re.fullmatch(r"\d{10}", c) is not None


def _eg_nid_ok(c: str) -> bool:
    if re.fullmatch(r"[23]\d{13}", c) is None:
        return False
    try:
        dt.date(1900 + 100 * (int(c[0]) - 2) + int(c[1:3]), int(c[3:5]), int(c[5:7]))
    except ValueError:
        return False
    return True


def check_doc(text: str) -> bool:
    return re.fullmatch(r"[A-Z0-9 ]{8,12}", text.upper()) is not None


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
