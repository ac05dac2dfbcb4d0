"""Values for the second held-out privacy set: structured numbers made by their format rules
and checked with python-stdnum / phonenumbers, and name lists from names-dataset.

See eval_v2_gen.py for the set itself. Build-time only: nothing in hybridsdk imports this.
"""

# (texts in fifteen languages: their letters and full-width signs are meant)

from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

NAMES_FILE = Path(__file__).resolve().parent / "eval_v2_names.json"


class SetError(Exception):
    """A generated record breaks the set's rules (bad offsets, overlap, invalid value)."""


# ---------------------------------------------------------------------------------------
# Check-digit helpers (own code; stdnum validates every result below).


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _iban_from_bban(cc: str, bban: str) -> str:
    rearranged = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


_CIN_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def _it_cin(abi_cab_account: str) -> str:
    total = 0
    for i, ch in enumerate(abi_cab_account):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A")
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(ord("A") + total % 26)


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _pl_bank(rng: random.Random) -> str:
    body = rng.choice(["102", "105", "109", "114", "116", "124", "147", "175"]) + _digits(rng, 4)
    s = sum(int(d) * w for d, w in zip(body, [3, 9, 7, 1, 3, 9, 7], strict=True))
    return body + str((10 - s % 10) % 10)


def _nl_account(rng: random.Random) -> str:
    while True:
        acc = _digits(rng, 10)
        if acc[0] != "0" or acc[1] == "0":
            continue
        if sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return acc


def make_iban(rng: random.Random, cc: str) -> str:
    """A valid IBAN (compact) of country `cc`, BBAN-internal checks done where known."""
    from stdnum import iban as stdiban

    for _ in range(200):
        if cc == "DE":
            bban = rng.choice(
                ["10010010", "20050550", "37040044", "50010517", "70020270", "43060967"]
            ) + _digits(rng, 10)
        elif cc == "FR":
            bank, branch, acc = (
                rng.choice(["30004", "30003", "20041", "10278", "30066"]),
                _digits(rng, 5),
                _digits(rng, 11),
            )
            bban = bank + branch + acc + _fr_rib_key(bank, branch, acc)
        elif cc == "ES":
            from stdnum.es import ccc

            bank, branch, acc = (
                rng.choice(["2100", "0049", "0182", "0081", "2038"]),
                _digits(rng, 4),
                _digits(rng, 10),
            )
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acc) + acc
        elif cc == "IT":
            body = (
                rng.choice(["03069", "02008", "05034", "01030"])
                + _digits(rng, 5)
                + _digits(rng, 12)
            )
            bban = _it_cin(body) + body
        elif cc == "NL":
            bban = rng.choice(["ABNA", "RABO", "TRIO", "SNSB", "ASNB"]) + _nl_account(rng)
        elif cc == "PL":
            bban = _pl_bank(rng) + _digits(rng, 16)
        elif cc == "SE":
            bban = rng.choice(["500", "800", "600", "300"]) + _digits(rng, 17)
        elif cc == "GB":
            bban = (
                rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"])
                + _digits(rng, 6)
                + _digits(rng, 8)
            )
        elif cc == "GR":
            bban = rng.choice(["011", "014", "017", "026"]) + _digits(rng, 4) + _digits(rng, 16)
        elif cc == "EG":
            bban = rng.choice(["0003", "0002", "0019"]) + _digits(rng, 4) + _digits(rng, 17)
        elif cc == "AT":
            bban = rng.choice(["12000", "20111", "32000", "14000"]) + _digits(rng, 11)
        elif cc == "CH":
            bban = rng.choice(["00762", "00235", "08390"]) + _digits(rng, 12)
        else:
            raise SetError(f"no IBAN format for {cc}")
        value = _iban_from_bban(cc, bban)
        if stdiban.is_valid(value):
            return value
    raise SetError(f"could not make a valid IBAN for {cc}")


def format_iban(rng: random.Random, compact: str) -> str:
    r = rng.random()
    if r < 0.55:
        s = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    elif r < 0.85:
        s = compact
    else:
        s = "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return s.lower() if rng.random() < 0.12 else s


_CARD_BRANDS = {
    # brand: (prefixes, length, grouping)
    "visa": (["4"], 16, (4, 4, 4, 4)),
    "mc": (["51", "52", "53", "54", "55", "2221", "2720", "2300"], 16, (4, 4, 4, 4)),
    "amex": (["34", "37"], 15, (4, 6, 5)),
    "discover": (["6011", "65"], 16, (4, 4, 4, 4)),
    "jcb": (["3528", "3530", "3566", "3589"], 16, (4, 4, 4, 4)),
    "unionpay": (["6212", "6228", "6250"], 16, (4, 4, 4, 4)),
    "maestro": (["6759", "5018"], 16, (4, 4, 4, 4)),
}


def make_card(rng: random.Random, brand: str) -> str:
    from stdnum import luhn

    prefixes, length, groups = _CARD_BRANDS[brand]
    p = rng.choice(prefixes)
    body = p + _digits(rng, length - len(p) - 1)
    num = body + _luhn_digit(body)
    if not luhn.is_valid(num):
        raise SetError(f"card {num} fails Luhn")
    sep = rng.choices([" ", "-", "", "  "], [0.55, 0.2, 0.22, 0.03])[0]
    out, i = [], 0
    for g in groups:
        out.append(num[i : i + g])
        i += g
    return sep.join(out)


def make_ssn(rng: random.Random) -> str:
    from stdnum.us import ssn

    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(s):
            r = rng.random()
            if r < 0.7:
                return f"{s[:3]}-{s[3:5]}-{s[5:]}"
            return f"{s[:3]} {s[3:5]} {s[5:]}" if r < 0.85 else s


def _date(rng: random.Random, y0: int = 1945, y1: int = 2006) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def make_national_id(rng: random.Random, country: str) -> str:
    """A national/tax/id number of `country`, valid where a check digit exists."""
    if country == "DE":
        from stdnum.de import idnr
        from stdnum.iso7064 import mod_11_10

        while True:
            body = str(rng.randint(1, 9)) + _digits(rng, 9)
            v = body + mod_11_10.calc_check_digit(body)
            if idnr.is_valid(v):
                return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])
    if country == "FR":
        from stdnum.fr import nir

        while True:
            y, m, _ = _date(rng)
            body = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.choice(['75', '69', '13', '33', '59', '67'])}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            v = body + nir.calc_check_digits(body)
            if nir.is_valid(v):
                return rng.choice(
                    [v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"]
                )
    if country == "ES":
        from stdnum.es import dni, nie

        if rng.random() < 0.7:
            body = _digits(rng, 8)
            v = body + dni.calc_check_digit(body)
            assert dni.is_valid(v)
            return rng.choice([v, f"{body}-{v[-1]}"])
        body = rng.choice("XYZ") + _digits(rng, 7)
        v = body + nie.calc_check_digit(body)
        assert nie.is_valid(v)
        return rng.choice([v, f"{body[0]}-{body[1:]}-{v[-1]}"])
    if country == "IT":
        from stdnum.it import codicefiscale as cf

        while True:
            y, m, d = _date(rng)
            day = d + (40 if rng.random() < 0.5 else 0)
            body = (
                "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(3))
                + "".join(rng.choice("BCDFGLMNPRSTVZAEIOU") for _ in range(3))
                + f"{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{day:02d}"
                + rng.choice(["F205", "H501", "L219", "F839", "A944", "G273"])
            )
            v = body + cf.calc_check_digit(body)
            if cf.is_valid(v):
                return v
    if country == "NL":
        from stdnum.nl import bsn

        while True:
            v = str(rng.randint(1, 6)) + _digits(rng, 8)
            if bsn.is_valid(v):
                return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
    if country == "PL":
        from stdnum.pl import pesel

        while True:
            y, m, d = _date(rng, 1950, 2005)
            mm = m + (20 if y >= 2000 else 0)
            body = f"{y % 100:02d}{mm:02d}{d:02d}" + _digits(rng, 4)
            v = body + pesel.calc_check_digit(body)
            if pesel.is_valid(v):
                return v
    if country == "SE":
        from stdnum.se import personnummer

        while True:
            y, m, d = _date(rng)
            body = f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 3)
            v = body + _luhn_digit(body)
            s = f"{v[:6]}-{v[6:]}" if rng.random() < 0.7 else f"{y}{m:02d}{d:02d}-{v[6:]}"
            if personnummer.is_valid(s):
                return s
    if country == "GB":
        if rng.random() < 0.5:
            from stdnum.gb import nhs

            while True:
                body = _digits(rng, 9)
                if body[0] == "0":
                    continue
                s = sum(int(c) * (10 - i) for i, c in enumerate(body))
                c = 11 - s % 11
                if c == 10:
                    continue
                v = body + str(0 if c == 11 else c)
                if nhs.is_valid(v):
                    return f"{v[:3]} {v[3:6]} {v[6:]}"
        # National Insurance number: format rules only (no check digit exists).
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN"):
            second = "A"
        num = _digits(rng, 6)
        suf = rng.choice("ABCD")
        return rng.choice(
            [f"{first}{second}{num}{suf}", f"{first}{second} {num[:2]} {num[2:4]} {num[4:]} {suf}"]
        )
    if country == "GR":
        from stdnum.gr import amka

        while True:
            y, m, d = _date(rng)
            body = f"{d:02d}{m:02d}{y % 100:02d}" + _digits(rng, 4)
            v = body + _luhn_digit(body)
            if amka.is_valid(v):
                return v
    if country == "RU":
        from stdnum.ru import inn

        if rng.random() < 0.6:
            while True:
                v = rng.choice(["77", "78", "50", "66", "16"]) + _digits(rng, 10)
                w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
                w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
                c1 = sum(int(a) * b for a, b in zip(v[:10], w1, strict=True)) % 11 % 10
                body = v[:10] + str(c1)
                c2 = sum(int(a) * b for a, b in zip(body, w2, strict=True)) % 11 % 10
                v = body + str(c2)
                if inn.is_valid(v):
                    return v
        # Internal passport: series and number (format only, no check digit).
        return f"{rng.randint(10, 99)} {rng.randint(0, 23):02d} {_digits(rng, 6)}"
    if country == "EG":
        # Egyptian national id: century, birth date, governorate, serial (format only).
        y, m, d = _date(rng, 1950, 2005)
        c = "2" if y < 2000 else "3"
        gov = rng.choice(["01", "02", "12", "13", "21", "88"])
        return f"{c}{y % 100:02d}{m:02d}{d:02d}{gov}{_digits(rng, 4)}{rng.randint(1, 9)}"
    if country == "IN":
        from stdnum.in_ import aadhaar, pan

        if rng.random() < 0.6:
            from stdnum import verhoeff

            while True:
                body = str(rng.randint(2, 9)) + _digits(rng, 10)
                v = body + verhoeff.calc_check_digit(body)
                if aadhaar.is_valid(v):
                    return rng.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"])
        while True:
            v = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P"
            v += (
                rng.choice(string.ascii_uppercase)
                + _digits(rng, 4)
                + rng.choice(string.ascii_uppercase)
            )
            if pan.is_valid(v):
                return v
    if country == "JP":
        from stdnum.jp import in_ as mynumber

        while True:
            body = _digits(rng, 11)
            v = body + mynumber.calc_check_digit(body)
            if mynumber.is_valid(v):
                return rng.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])
    if country == "CN":
        from stdnum.cn import ric

        while True:
            y, m, d = _date(rng, 1950, 2005)
            body = (
                rng.choice(["110105", "310115", "440305", "330106", "510107", "420106"])
                + f"{y}{m:02d}{d:02d}"
                + _digits(rng, 3)
            )
            v = body + ric.calc_check_digit(body)
            if ric.is_valid(v):
                return v
    if country == "KR":
        from stdnum.kr import rrn

        while True:
            y, m, d = _date(rng, 1950, 1999)
            body = f"{y % 100:02d}{m:02d}{d:02d}" + str(rng.randint(1, 2)) + _digits(rng, 5)
            w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
            c = (11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11) % 10
            v = body + str(c)
            if rrn.is_valid(v):
                return f"{v[:6]}-{v[6:]}"
    if country == "US":
        # A driver licence number (California-like format; no check digit).
        return rng.choice(string.ascii_uppercase) + _digits(rng, 7)
    raise SetError(f"no national id for {country}")


# ---------------------------------------------------------------------------------------
# Phones: numbers made by prefix and length, kept only when phonenumbers says valid.

_PHONE_PREFIXES = {
    "DE": (
        ["151", "152", "157", "160", "170", "171", "173", "176", "177", "179"],
        ["30", "40", "89", "221", "69", "711", "341"],
    ),
    "FR": (["6", "7"], ["1", "2", "3", "4", "5", "9"]),
    "ES": (["6", "7"], ["91", "93", "95", "96", "98"]),
    "IT": (["32", "33", "34", "35", "36", "38", "39"], ["02", "06", "011", "055", "081"]),
    "NL": (["61", "62", "63", "64", "65"], ["10", "20", "30", "40", "70"]),
    "PL": (
        ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"],
        ["12", "22", "42", "58", "61", "71"],
    ),
    "SE": (["70", "72", "73", "76"], ["8", "31", "40", "18"]),
    "GB": (["74", "75", "77", "78", "79"], ["20", "121", "131", "161", "113", "1865"]),
    "US": (
        ["212", "312", "415", "617", "713", "206", "305", "404", "512", "720"],
        ["212", "312", "415", "617", "713"],
    ),
    "GR": (["69"], ["21", "231", "261", "281"]),
    "RU": (["91", "92", "93", "95", "96", "98", "99"], ["495", "499", "812", "343", "383"]),
    "EG": (["10", "11", "12", "15"], ["2", "3"]),
    "IN": (["98", "97", "96", "93", "90", "88", "70", "79", "63"], ["11", "22", "33", "44", "80"]),
    "JP": (["90", "80", "70"], ["3", "6", "52", "92", "11"]),
    "CN": (["13", "15", "18", "17", "19"], ["10", "21", "20", "755", "571"]),
    "KR": (["10"], ["2", "31", "51", "53"]),
}


def make_phone(rng: random.Random, region: str, *, mobile: bool = True) -> str:
    import phonenumbers as pn

    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    ex = pn.example_number_for_type(region, kind)
    ex_len = len(str(ex.national_number))
    prefixes = _PHONE_PREFIXES[region][0 if mobile else 1]
    for _ in range(500):
        p = rng.choice(prefixes)
        length = ex_len + (rng.choice([0, 0, 0, -1, 1]) if region in ("DE", "IT", "AT") else 0)
        if length <= len(p):
            continue
        nsn = p + _digits(rng, length - len(p))
        if (region == "US" and nsn[3] in "01") or (region == "KR" and mobile and nsn[2] in "01"):
            continue
        num = pn.parse("+" + str(ex.country_code) + nsn)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if not mobile and pn.number_type(num) == pn.PhoneNumberType.MOBILE:
            continue
        s = _phone_style(rng, num, region)
        try:
            again = pn.parse(s, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(again) and again.national_number == num.national_number:
            return s
    raise SetError(f"could not make a phone for {region}")


def _phone_style(rng: random.Random, num: Any, region: str) -> str:
    import phonenumbers as pn

    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
    r = rng.random()
    if r < 0.35:
        return nat
    if r < 0.6:
        return intl
    if r < 0.72:
        return e164
    if r < 0.82:
        return re.sub(r"[\s()\-]", "", nat) if region not in ("US", "RU") else nat.replace(" ", "")
    if r < 0.9 and region not in ("US",):
        return "00" + intl[1:]
    if r < 0.95:
        if region == "US":
            return intl.replace("-", ".")
        return nat.replace(" ", "-", 1) if region in ("DE", "PL", "IT", "SE") else nat
    if region in ("DE", "GB", "NL", "IT"):
        cc, rest = intl.split(" ", 1)
        trunk = "(0)" if region in ("DE", "GB", "NL") else ""
        return f"{cc} {trunk}{rest}" if trunk else intl
    return nat.replace(" ", ".") if region in ("FR", "ES", "GR") else nat


# ---------------------------------------------------------------------------------------
# Names: names-dataset (MIT) top names per country, filtered to the locale's script.

_LATIN = r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț'][A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț' \-]+$"
_NAME_SCRIPTS = {
    # names file key: (names-dataset country, regex of kept names, min length)
    "DE": ("DE", _LATIN, 3), "FR": ("FR", _LATIN, 3), "ES": ("ES", _LATIN, 3),
    "IT": ("IT", _LATIN, 3), "NL": ("NL", _LATIN, 3), "PL": ("PL", _LATIN, 3),
    "SE": ("SE", _LATIN, 3), "GB": ("GB", _LATIN, 3), "US": ("US", _LATIN, 3),
    "GR": ("GR", r"^[\u0370-\u03ff\u1f00-\u1fff]+$", 3), "RU": ("RU", r"^[\u0400-\u04ff\-]+$", 3),
    "EG": ("EG", r"^[\u0621-\u064a]+$", 2), "IN": ("IN", r"^[\u0900-\u097f]+$", 2),
    "IN_LATIN": ("IN", _LATIN, 3), "JP": ("JP", r"^[\u4e00-\u9fff\u3040-\u30ff]+$", 2),
    "CN": ("CN", r"^[\u4e00-\u9fff]+$", 2), "KR": ("KR", r"^[\uac00-\ud7a3]+$", 2),
    # Latin spellings used for e-mail handles (and now and then in text) of those locales.
    "JP_LATIN": ("JP", r"^[A-Z][a-z]{2,}$", 3), "CN_LATIN": ("CN", r"^[A-Z][a-z]{1,}$", 2),
    "KR_LATIN": ("KR", r"^[A-Z][a-z]{2,}$", 3), "RU_LATIN": ("RU", r"^[A-Z][a-z]{2,}$", 3),
    "GR_LATIN": ("GR", r"^[A-Z][a-z]{2,}$", 3), "EG_LATIN": ("EG", r"^[A-Z][a-z]{2,}$", 3),
}  # fmt: skip
# Dropped by hand: words that the Facebook-derived lists carry as names ("I", "mother of",
# "God", "male"), initials and abbreviations, and other countries' names in a country's list.
_NAME_STOP = {
    "IN_LATIN": {"Md", "Mohd", "Sk", "Bhai", "Vicky", "Lovely", "Sonu", "Raju", "Mahi", "Soni"},
    "EG": {
        "ابو",
        "أبو",
        "انا",
        "ام",
        "أم",
        "الحمد",
        "يارب",
        "الله",
        "الرحمن",
        "المصري",
        "حماده",
        "زهرة",
        "زهره",
        "شمس",
        "نور",
        "بنت",
        "ملاك",
    },
    "KR": {"남성", "남자", "여성", "여자"},
    "GR": {"Παπα"},
    "EG_LATIN": {"Ana", "Abo", "Abdo", "Tota", "Nona", "Emy", "Mena"},
    "KR_LATIN": {"Klm"},
}
_KEEP = 160
# One-character family names, dropped by names-dataset: the most common Chinese surnames
# (order of the 2020 census publication) and Korean surnames (Statistics Korea 2015).
ZH_FAMILY = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
)
KO_FAMILY = list(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)


def refresh_names(path: Path = NAMES_FILE) -> dict[str, dict[str, list[str]]]:
    """Extracts the name lists from names-dataset into `path` (slow: loads ~2 GB)."""
    from names_dataset import NameDataset

    nd = NameDataset()
    first = nd.get_top_names(n=3000)
    last = nd.get_top_names(n=3000, use_first_names=False)
    out: dict[str, dict[str, list[str]]] = {}
    for key, (cc, rx, min_len) in _NAME_SCRIPTS.items():
        stop = _NAME_STOP.get(key, set())
        pat = re.compile(rx)

        def keep(
            names: Sequence[str],
            stop: set[str] = stop,
            pat: re.Pattern[str] = pat,
            min_len: int = min_len,
        ) -> list[str]:
            kept = [n for n in names if pat.match(n) and len(n) >= min_len and n not in stop]
            return kept[:_KEEP]

        fam = keep(last.get(cc, []))
        entry = {
            "given_m": keep(first[cc].get("M", [])),
            "given_f": keep(first[cc].get("F", [])),
            "family": fam,
        }
        if key == "JP":  # the JP given-name list carries family names too
            fam_set = set(fam)
            entry["given_m"] = [n for n in entry["given_m"] if n not in fam_set]
            entry["given_f"] = [n for n in entry["given_f"] if n not in fam_set]
        if key == "GR_LATIN":  # the GR list carries many non-Greek family names
            entry["family"] = [
                n for n in fam if re.search(r"(os|ou|is|as|akis|idis|iou|aki|elis)$", n)
            ]
        if key in ("CN", "KR"):
            entry["family"] = []  # one-character family names come from ZH_FAMILY/KO_FAMILY
        out[key] = entry
    payload = {
        "source": "names-dataset (PyPI, MIT licence, Philippe Remy), get_top_names(n=3000) per country, filtered by eval_v2_gen.refresh_names",
        "names": out,
    }
    path.write_text(
        json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return out


def load_names(path: Path = NAMES_FILE) -> dict[str, dict[str, list[str]]]:
    names: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))["names"]
    names["CN"]["family"] = ZH_FAMILY
    names["KR"]["family"] = KO_FAMILY
    return names


# ---------------------------------------------------------------------------------------
# Network, device and location values.


def make_ipv4(rng: random.Random, *, private: bool = False) -> str:
    if private:
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 3)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    first = rng.choice(
        [
            31,
            37,
            46,
            62,
            77,
            78,
            79,
            80,
            81,
            84,
            85,
            87,
            88,
            89,
            91,
            93,
            94,
            95,
            109,
            112,
            114,
            121,
            125,
            176,
            178,
            185,
            188,
            193,
            195,
            203,
            211,
            213,
            217,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ipv6(rng: random.Random) -> str:
    import ipaddress

    prefix = rng.choice(
        [
            "2a02:8108",
            "2a01:c22",
            "2001:16b8",
            "2a00:23c5",
            "2409:4042",
            "240e:3b4",
            "2001:e60",
            "2a03:d000",
            "2605:a601",
            "2003:e5",
        ]
    )
    groups = prefix.split(":") + [
        f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix.split(":")))
    ]
    if rng.random() < 0.5:  # interface ids with zero runs, written compressed
        for i in range(3, 6):
            groups[i] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    s = addr.compressed
    return s.upper() if rng.random() < 0.1 else s


def make_mac(rng: random.Random) -> str:
    oui = rng.choice(
        [
            "B8:27:EB",
            "DC:A6:32",
            "E4:5F:01",
            "00:04:4B",
            "48:B0:2D",
            "3C:71:BF",
            "24:0A:C4",
            "A4:CF:12",
            "F0:9F:C2",
            "00:1A:11",
        ]
    )
    raw = oui.replace(":", "") + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    r = rng.random()
    if r < 0.5:
        return ":".join(raw[i : i + 2] for i in range(0, 12, 2))
    if r < 0.75:
        return ":".join(raw[i : i + 2] for i in range(0, 12, 2)).lower()
    if r < 0.9:
        return "-".join(raw[i : i + 2] for i in range(0, 12, 2))
    return ".".join(raw[i : i + 4] for i in range(0, 12, 4)).lower()


_GPS_BOX = {
    "DE": (47.4, 54.9, 6.0, 14.9), "FR": (43.3, 50.9, -1.5, 7.5), "ES": (36.2, 43.6, -8.9, 3.2),
    "IT": (38.0, 46.5, 7.5, 17.5), "NL": (51.5, 53.3, 4.0, 6.9), "PL": (49.3, 54.6, 14.3, 23.9),
    "SE": (55.5, 67.5, 11.5, 22.5), "GB": (50.3, 57.5, -5.5, 1.5), "US": (26.0, 47.5, -122.5, -71.0),
    "GR": (35.1, 41.4, 20.2, 26.5), "RU": (43.5, 61.0, 30.0, 60.0), "EG": (24.0, 31.3, 29.0, 33.5),
    "IN": (9.0, 28.5, 72.8, 88.3), "JP": (31.5, 43.0, 130.5, 141.5), "CN": (22.5, 40.0, 104.0, 121.5),
    "KR": (34.8, 37.9, 126.4, 129.3),
}  # fmt: skip


def make_gps(rng: random.Random, cc: str, *, style: str = "any") -> str:
    la0, la1, lo0, lo1 = _GPS_BOX[cc]
    lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
    nd = rng.choice([4, 5, 6, 6, 7])
    r = rng.random() if style == "any" else 0.0
    if style == "compact" or r < 0.45:
        return f"{lat:.{nd}f},{lon:.{nd}f}" if rng.random() < 0.4 else f"{lat:.{nd}f}, {lon:.{nd}f}"
    if r < 0.65:
        return f"{lat:.{nd}f} {lon:.{nd}f}"
    if r < 0.85:

        def dms(v: float, pos: str, neg: str) -> str:
            h = pos if v >= 0 else neg
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            s = (v - d - m / 60) * 3600
            return f"{d}°{m:02d}'{s:04.1f}\"{h}"

        return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    return f"{ns} {abs(lat):.{nd}f}, {ew} {abs(lon):.{nd}f}"


# ---------------------------------------------------------------------------------------
# Secrets: API keys and tokens in the providers' published shapes, passwords people type.

_B32 = string.ascii_uppercase + "234567"
_ALNUM = string.ascii_letters + string.digits
_B64URL = _ALNUM + "-_"


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_token(rng: random.Random) -> str:
    kind = rng.choice(
        [
            "aws",
            "aws_secret",
            "github",
            "stripe",
            "slack",
            "google",
            "jwt",
            "openai",
            "hex",
            "gitlab",
            "twilio",
        ]
    )
    if kind == "aws":
        return "AKIA" + _r(rng, _B32, 16)
    if kind == "aws_secret":
        return _r(rng, _ALNUM + "/+", 40)
    if kind == "github":
        return rng.choice(["ghp_", "gho_", "github_pat_"]) + _r(rng, _ALNUM, 36)
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + _r(rng, _ALNUM, 24)
    if kind == "slack":
        return f"xoxb-{_digits(rng, 11)}-{_digits(rng, 13)}-{_r(rng, _ALNUM, 24)}"
    if kind == "google":
        return "AIza" + _r(rng, _B64URL, 35)
    if kind == "openai":
        return "sk-proj-" + _r(rng, _B64URL, 48)
    if kind == "gitlab":
        return "glpat-" + _r(rng, _B64URL, 20)
    if kind == "twilio":
        return "SK" + _r(rng, "0123456789abcdef", 32)
    if kind == "hex":
        return _r(rng, "0123456789abcdef", rng.choice([32, 40]))

    def b64(obj: dict[str, Any]) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    head = b64({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    body = b64(
        {
            "sub": str(uuid.UUID(int=rng.getrandbits(128))),
            "iat": rng.randint(1_700_000_000, 1_800_000_000),
        }
    )
    return f"{head}.{body}.{_r(rng, _B64URL, 43)}"


_PW_WORDS = [
    "sommer", "Sonne", "katze", "Drache", "soleil", "Chaton", "verano", "Gato", "estate", "Mare",
    "zomer", "Fiets", "lato", "Kwiat", "sommar", "Bulle", "summer", "Dragon", "monkey", "Sunshine",
    "kalokairi", "Thalassa", "solnce", "Koshka", "misr", "Nile", "dilli", "Chai", "sakura", "Neko",
    "tianshi", "Panda", "haneul", "Kimchi", "winter", "Tigre", "falcon", "Orion",
]  # fmt: skip


def make_password(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        w = rng.choice(_PW_WORDS)
        return w + str(rng.randint(1, 2026)) + rng.choice(["!", "?", "#", "$", "", "*", "."])
    if r < 0.7:
        return _r(rng, _ALNUM + "!#%&*+-=?@", rng.randint(10, 18))
    if r < 0.85:
        a, b = rng.sample(_PW_WORDS, 2)
        return f"{a.capitalize()}{rng.choice(['-', '_', '.', ''])}{b.lower()}{rng.randint(10, 99)}"
    return rng.choice(_PW_WORDS).capitalize() + rng.choice(["@", "#"]) + _digits(rng, 4)


# ---------------------------------------------------------------------------------------
# Hard negatives: look like personal data to a careless detector, are not.


def make_order(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return (
            f"{rng.choice(['A', 'B', 'DE', 'FR', 'ORD', 'SO'])}-{_digits(rng, 3)}-{_digits(rng, 5)}"
        )
    if r < 0.45:
        return f"INV-{rng.randint(2023, 2026)}-{_digits(rng, 6)}"
    if r < 0.65:
        return (
            f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"  # marketplace-style order id
        )
    if r < 0.8:
        return _digits(rng, 10)  # ten digits: phone-like
    return f"#{_digits(rng, 6)}"


def make_version(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"v{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
    if r < 0.7:
        return (
            f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(300, 9999)}"
        )
    return f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-{rng.choice(['rc1', 'beta.2', 'build.77', 'dev'])}"


def make_hash(rng: random.Random) -> str:
    return _r(rng, "0123456789abcdef", rng.choice([7, 12, 40, 64]))


def make_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_ean(rng: random.Random) -> str:
    body = rng.choice(
        ["400", "401", "500", "590", "760", "800", "871", "490", "690", "880"]
    ) + _digits(rng, 9)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_sku(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(['ART', 'SKU', 'PRD', 'KIT'])}-{_digits(rng, 5)}-{rng.choice(['XL', 'M', 'BLK', 'WHT', '02'])}"
    if r < 0.7:
        return make_ean(rng)
    return (
        f"{_r(rng, string.ascii_uppercase, 2)}{_digits(rng, 4)}{_r(rng, string.ascii_uppercase, 1)}"
    )


def make_timestamp(rng: random.Random) -> str:
    y, mo, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    r = rng.random()
    if r < 0.5:
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{rng.choice(['Z', '.123Z', '+01:00', '+09:00'])}"
    if r < 0.8:
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    return str(rng.randint(1_700_000_000, 1_800_000_000))


def make_sensor(rng: random.Random) -> str:
    parts = [
        f"temp={rng.uniform(-10, 45):.1f}C",
        f"hum={rng.randint(15, 95)}%",
        f"co2={rng.randint(400, 2200)}ppm",
        f"press={rng.uniform(980, 1040):.1f}hPa",
        f"batt={rng.uniform(3.2, 4.2):.2f}V",
        f"rssi=-{rng.randint(40, 95)}dBm",
        f"pm25={rng.uniform(1, 80):.1f}",
        f"lux={rng.randint(0, 20000)}",
        f"alt={rng.randint(10, 900)}m",
        f"speed={rng.uniform(0, 90):.1f}km/h",
    ]
    return " ".join(rng.sample(parts, rng.randint(2, 4)))
