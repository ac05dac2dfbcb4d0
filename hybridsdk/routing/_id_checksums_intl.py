"""Check-digit rules of more national identity numbers (issue 12), one pure function each.

Each function takes the number without separators (digits, and letters where the scheme
has them) and says whether it is well formed: length, the birth date it encodes where it
encodes one, and its check digit where it has one. Sources are the issuers' published
rules; `python-stdnum` (dev extra) implements most of them independently and is the test
oracle (tests/routing/test_national_ids_intl.py).

Format-only (no public check digit): the Egyptian national id (its last digit's rule is
not published), checked by century, birth date and governorate code.
"""

from __future__ import annotations

import datetime

from hybridsdk.routing._id_schemes import date_ok as _date_ok

__all__ = [
    "afm_valid",
    "ahv_valid",
    "amka_valid",
    "at_vnr_valid",
    "be_nn_valid",
    "cn_ric_valid",
    "de_id_card_valid",
    "de_rvnr_valid",
    "eg_nid_valid",
    "es_nss_valid",
    "inn_valid",
    "itin_valid",
    "nhs_valid",
    "personnummer_valid",
    "pesel_valid",
    "pl_id_card_valid",
    "pl_nip_valid",
    "pt_nif_valid",
    "rrn_valid",
    "snils_valid",
    "tckimlik_valid",
    "utr_valid",
]


def _digits(value: str, n: int) -> bool:
    return len(value) == n and value.isascii() and value.isdigit()


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def pesel_valid(value: str) -> bool:
    """Polish PESEL: YYMMDD (month + 20 per century after 1900), serial, weighted check.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11):
        return False
    d = [int(c) for c in value]
    check = (
        10 - sum(w * x for w, x in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), d, strict=False)) % 10
    ) % 10
    if check != d[10]:
        return False
    month = int(value[2:4])
    century = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}[month // 20]
    return _date_ok(century + int(value[:2]), month % 20, int(value[4:6]))


def pl_nip_valid(value: str) -> bool:
    """Polish tax number (NIP): ten digits, weights 6 5 7 2 3 4 5 6 7, mod 11.

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or value[:3] == "000":
        return False
    total = sum(w * int(c) for w, c in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), value, strict=False))
    return total % 11 == int(value[9]) and total % 11 != 10


_PL_LETTER = {chr(65 + i): 10 + i for i in range(26)}


def pl_id_card_valid(value: str) -> bool:
    """Polish identity card (dowód osobisty): three letters, six digits; the first digit
    is a check digit (weights 7 3 1 _ 7 3 1 7 3, letters A=10 ...).

    Args:
        value: "ABA300000", upper case.
    """
    if len(value) != 9 or not value.isascii() or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    vals = [_PL_LETTER[c] for c in value[:3].upper()] + [int(c) for c in value[3:]]
    total = sum(w * v for w, v in zip((7, 3, 1, 0, 7, 3, 1, 7, 3), vals, strict=True))
    return total % 10 == vals[3]


def personnummer_valid(value: str) -> bool:
    """Swedish personnummer (or samordningsnummer, day + 60): [YY]YYMMDD + 4, Luhn on the
    last ten digits.

    Args:
        value: 10 or 12 digits.
    """
    if not (_digits(value, 10) or _digits(value, 12)):
        return False
    ten = value[-10:]
    if not _luhn(ten):
        return False
    day = int(ten[4:6])
    if day > 60:
        day -= 60
    year = int(value[:4]) if len(value) == 12 else 2000 + int(ten[:2])
    if len(value) == 12 and not 1800 <= year <= 2099:
        return False
    return _date_ok(year if len(value) == 12 else 2000, int(ten[2:4]), day)


def inn_valid(value: str) -> bool:
    """Russian taxpayer number (ИНН): ten digits (organisations) with one check digit or
    twelve (people) with two, weighted mod 11 mod 10.

    Args:
        value: 10 or 12 digits.
    """

    def check(digits: str, weights: tuple[int, ...]) -> int:
        return sum(w * int(c) for w, c in zip(weights, digits, strict=False)) % 11 % 10

    if _digits(value, 10):
        return check(value, (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(value[9])
    if _digits(value, 12):
        return check(value, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(value[10]) and check(
            value, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        ) == int(value[11])
    return False


def snils_valid(value: str) -> bool:
    """Russian pension insurance number (СНИЛС): nine digits and a two-digit check
    (sum of digit x (9 - position), mod 101, 100 -> 00).

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or int(value[:9]) <= 1001998:
        return False
    total = sum(int(c) * (9 - i) for i, c in enumerate(value[:9]))
    total %= 101
    return (0 if total == 100 else total) == int(value[9:])


_RIC_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))


def cn_ric_valid(value: str) -> bool:
    """Chinese resident identity card number: six-digit region, YYYYMMDD, three-digit
    serial, ISO 7064 MOD 11-2 check character (0-9 or X).

    Args:
        value: 18 characters, the last may be "X".
    """
    if len(value) != 18 or not _digits(value[:17], 17) or value[17] not in "0123456789Xx":
        return False
    if value[0] in "09" or not _date_ok(int(value[6:10]), int(value[10:12]), int(value[12:14])):
        return False
    if not 1900 <= int(value[6:10]) <= 2099:
        return False
    total = sum(w * int(c) for w, c in zip(_RIC_WEIGHTS, value[:17], strict=True))
    check = (12 - total % 11) % 11
    return ("X" if check == 10 else str(check)) == value[17].upper()


def rrn_valid(value: str, *, check_digit: bool = True) -> bool:
    """Korean resident registration number: YYMMDD, a sex/century digit, place, serial,
    and (for numbers issued before October 2020) a weighted mod-11 check digit.

    Args:
        value: 13 digits.
        check_digit: also require the check digit (numbers issued since 2020 have none).
    """
    if not _digits(value, 13) or value[6] not in "12345678":
        return False
    century = 1900 if value[6] in "1256" else 2000
    if not _date_ok(century + int(value[:2]), int(value[2:4]), int(value[4:6])):
        return False
    if not check_digit:
        return True
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(w * int(c) for w, c in zip(weights, value, strict=False))
    return (11 - total % 11) % 10 == int(value[12])


def amka_valid(value: str) -> bool:
    """Greek social security number (ΑΜΚΑ): DDMMYY, five digits, Luhn.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or not _luhn(value):
        return False
    yy, mm, dd = int(value[4:6]), int(value[2:4]), int(value[:2])
    return _date_ok(1900 + yy, mm, dd) or _date_ok(2000 + yy, mm, dd)


def afm_valid(value: str) -> bool:
    """Greek tax number (ΑΦΜ): nine digits, sum of digit x 2^(8 - position) mod 11 mod 10.

    Args:
        value: 9 digits.
    """
    if not _digits(value, 9) or value == "000000000":
        return False
    total = sum(int(c) << (8 - i) for i, c in enumerate(value[:8]))
    return total % 11 % 10 == int(value[8])


_EG_GOVERNORATES = frozenset(
    {1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29}
    | {31, 32, 33, 34, 35, 88}
)


def eg_nid_valid(value: str) -> bool:
    """Egyptian national id: century (2 = 1900s, 3 = 2000s), YYMMDD, governorate code,
    four-digit serial, one digit. The last digit's rule is not published: format only.

    Args:
        value: 14 digits.
    """
    if not _digits(value, 14) or value[0] not in "23":
        return False
    year = (1900 if value[0] == "2" else 2000) + int(value[1:3])
    if not _date_ok(year, int(value[3:5]), int(value[5:7])):
        return False
    return int(value[7:9]) in _EG_GOVERNORATES


def tckimlik_valid(value: str) -> bool:
    """Turkish identity number (T.C. Kimlik No): eleven digits, first not 0, two checks.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or value[0] == "0":
        return False
    d = [int(c) for c in value]
    if (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 != d[9]:
        return False
    return sum(d[:10]) % 10 == d[10]


def pt_nif_valid(value: str) -> bool:
    """Portuguese tax number (NIF): nine digits, weights 9..2, 11 - sum mod 11 (10, 11 -> 0).

    Args:
        value: 9 digits.
    """
    if not _digits(value, 9) or value[0] in "0":
        return False
    total = sum(int(c) * (9 - i) for i, c in enumerate(value[:8]))
    check = 11 - total % 11
    return (0 if check >= 10 else check) == int(value[8])


def be_nn_valid(value: str) -> bool:
    """Belgian national number: YYMMDD, serial, 97 - (number mod 97), with a leading 2
    for people born from 2000.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or not 0 <= int(value[2:4]) <= 12 or int(value[4:6]) > 31:
        return False
    check = int(value[9:])
    body = value[:9]
    return 97 - int(body) % 97 == check or 97 - int("2" + body) % 97 == check


def at_vnr_valid(value: str) -> bool:
    """Austrian social insurance number: serial (3), check digit, DDMMYY; weights
    3 7 9 _ 5 8 4 2 1 6 mod 11.

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or value[0] == "0":
        return False
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    total = sum(w * int(c) for w, c in zip(weights, value, strict=True)) % 11
    return total != 10 and total == int(value[3])


def ahv_valid(value: str) -> bool:
    """Swiss social security number (AHV/AVS): 756, nine digits, EAN-13 check digit.

    Args:
        value: 13 digits.
    """
    if not _digits(value, 13) or not value.startswith("756"):
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(value[:12]))
    return (10 - total % 10) % 10 == int(value[12])


def nhs_valid(value: str) -> bool:
    """UK NHS number: ten digits, weights 10..2, 11 - sum mod 11 (11 -> 0, 10 invalid).

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or len(set(value)) == 1:
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(value[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(value[9])


def itin_valid(value: str) -> bool:
    """US individual taxpayer identification number: 9, two digits in the IRS's ranges
    (50-65, 70-88, 90-92, 94-99), four digits.

    Args:
        value: 9 digits.
    """
    if not _digits(value, 9) or value[0] != "9":
        return False
    group = int(value[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


def de_rvnr_valid(value: str) -> bool:
    """German pension insurance number (Sozialversicherungsnummer): area (2), DDMMYY, the
    surname's initial, serial (2), check digit (weights 2 1 2 5 7 1 2 1 2 1 2 1 on the
    digits with the letter as its two-digit alphabet position, cross sums, mod 10).

    Args:
        value: 12 characters, "65170839J003".
    """
    if len(value) != 12 or not value.isascii() or not value[8].isalpha():
        return False
    if not (value[:8].isdigit() and value[9:].isdigit()):
        return False
    if not _date_ok(2000, int(value[4:6]), int(value[2:4])):
        return False
    digits = value[:8] + f"{ord(value[8].upper()) - 64:02d}" + value[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(w * int(c), 10)) for w, c in zip(weights, digits, strict=True))
    return total % 10 == int(value[11])


def es_nss_valid(value: str) -> bool:
    """Spanish social security number (NSS): province (2), number (8), check (2) = the
    number read with its province, mod 97 (province x 10^7 + number when the number is
    below 10^7).

    Args:
        value: 12 digits.
    """
    if not _digits(value, 12) or value[:2] == "00":
        return False
    province, number, check = int(value[:2]), int(value[2:10]), int(value[10:])
    body = province * 10**7 + number if number < 10**7 else int(value[:10])
    return body % 97 == check


_ICAO = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}}


def de_id_card_valid(value: str) -> bool:
    """German identity card or passport serial: nine characters from the Bundesdruckerei's
    alphabet (digits and consonants without B, D, Q, S) and an ICAO 9303 check digit
    (weights 7 3 1).

    Args:
        value: 10 characters, "T220001293" (the last is the check digit).
    """
    if len(value) != 10 or not value.isascii() or not value[9].isdigit():
        return False
    body = value[:9].upper()
    if any(c not in "0123456789CFGHJKLMNPRTVWXYZ" for c in body) or body.isdigit():
        return False
    total = sum(_ICAO[c] * (7, 3, 1)[i % 3] for i, c in enumerate(body))
    return total % 10 == int(value[9])


def utr_valid(value: str) -> bool:
    """UK Unique Taxpayer Reference: ten digits, the first a check digit over the other
    nine (weights 6 7 8 9 10 5 4 3 2, mod 11, mapped through "21987654321").

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10):
        return False
    total = sum(int(c) * w for c, w in zip(value[1:], (6, 7, 8, 9, 10, 5, 4, 3, 2), strict=True))
    return "21987654321"[total % 11] == value[0]


def ua_rntrc_valid(value: str) -> bool:
    """Ukrainian taxpayer number of a person (РНОКПП, formerly ІПН): ten digits, the last
    one (weights -1 5 7 9 4 6 10 5 7 over the first nine) mod 11 mod 10.

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10):
        return False
    total = sum(int(c) * w for c, w in zip(value, (-1, 5, 7, 9, 4, 6, 10, 5, 7), strict=False))
    return total % 11 % 10 == int(value[9])


def cz_rc_valid(value: str) -> bool:
    """Czech and Slovak birth number (rodné číslo): YYMMDD with 50 added to the month for
    women (20 more when the serials ran out, since 2004), then three digits and, since
    1954, a check digit: the ten-digit number is divisible by 11 (or the first nine leave
    10 and the last is 0).

    Args:
        value: 9 or 10 digits, without the slash.
    """
    if not value.isascii() or not value.isdigit() or len(value) not in (9, 10):
        return False
    year = 1900 + int(value[:2])
    month, day = int(value[2:4]) % 50 % 20, int(value[4:6])
    if len(value) == 9:
        if year >= 1980:
            year -= 100
        if year > 1953:
            return False
    elif year < 1954:
        year += 100
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return len(value) == 9 or int(value[:9]) % 11 % 10 == int(value[9])


def br_pis_valid(value: str) -> bool:
    """Brazilian PIS/PASEP/NIS/NIT: eleven digits, the last 11 - (weights 3 2 9 8 7 6 5 4 3
    2) mod 11, 10 and 11 read as 0.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or len(set(value)) == 1:
        return False
    total = sum(int(c) * w for c, w in zip(value, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=False))
    check = 11 - total % 11
    return (0 if check >= 10 else check) == int(value[10])


def ua_unzr_valid(value: str) -> bool:
    """Ukrainian demographic register record number (УНЗР): a birth date YYYYMMDD and five
    digits; format only (its check digit rule is not published in a form we could verify).

    Args:
        value: 13 digits, without the dash.
    """
    if not _digits(value, 13):
        return False
    try:
        d = datetime.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return False
    return 1900 <= d.year <= datetime.date.today().year
