"""National ids of eval_v3's 20 locales, with their check digits (python-stdnum), and US SSNs.

Each `_nid_xx` draws one id of the locale; `nid_type` names which id a text is by re-validating
it, which is how frames and labels call a PESEL a PESEL and a NIP a NIP.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections.abc import Callable

from _v3_core import Value, _digits, _retry
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
