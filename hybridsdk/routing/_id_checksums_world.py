"""Check-digit rules of the identity numbers of more countries, one pure function each.

Nordic (FI HETU, DK CPR, NO fødselsnummer, IS kennitala), Irish PPS, Central and Eastern
European (RO CNP, BG EGN, HR OIB, SI/RS/BA/MK/ME EMŠO-JMBG, LT/EE personal codes, LV
personas kods, HU tax id), IL Teudat Zehut, ZA id, the Americas (MX CURP, AR CUIT/CUIL,
CL RUT, CA SIN, BR CNPJ), Asia-Pacific (AU TFN, NZ IRD, SG NRIC/FIN, TW and HK identity
cards, TH citizen id, ID NIK, IR national code), UA EDRPOU, TR VKN, CZ IČO.

Each takes the number without separators (upper case where letters occur) and checks
length, the birth date it encodes where it encodes one, and its check digit or letter.
We implement them rather than calling `python-stdnum`: importing the 28 stdnum modules
these need costs ~97 ms and each call 6-30 µs against ~1-4 µs here (measured in
docs/privacy_structured.md, "National ids of more countries"); stdnum is the test oracle instead
(tests/routing/test_id_checksums_world.py).
"""

from __future__ import annotations

from hybridsdk.routing._id_checksums_intl import _digits, _luhn
from hybridsdk.routing._id_schemes import date_ok as _date_ok

__all__ = [
    "ar_cuit_valid",
    "au_tfn_valid",
    "bg_egn_valid",
    "br_cnpj_valid",
    "ca_sin_valid",
    "cl_rut_valid",
    "cz_ico_valid",
    "dk_cpr_valid",
    "ee_ik_valid",
    "emso_valid",
    "fi_hetu_valid",
    "hk_hkid_valid",
    "hr_oib_valid",
    "hu_tax_valid",
    "id_nik_valid",
    "ie_pps_valid",
    "il_idnr_valid",
    "ir_melli_valid",
    "is_kennitala_valid",
    "lv_pk_valid",
    "mx_curp_valid",
    "no_fnr_valid",
    "nz_ird_valid",
    "ro_cnp_valid",
    "sg_nric_valid",
    "th_pin_valid",
    "tr_vkn_valid",
    "tw_id_valid",
    "ua_edrpou_valid",
    "za_idnr_valid",
]


def _weighted(value: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(c) for w, c in zip(weights, value, strict=False))


def _mod11_10(value: str) -> bool:
    """ISO 7064 MOD 11,10 (Croatian OIB)."""
    product = 10
    for ch in value[:-1]:
        product = ((int(ch) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(value[-1])


_HETU_CENTURY = {"+": 1800, "-": 1900, "A": 2000}
_HETU_CENTURY.update(dict.fromkeys("UVWXY", 1900))
_HETU_CENTURY.update(dict.fromkeys("BCDEF", 2000))
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu_valid(value: str) -> bool:
    """Finnish personal identity code (henkilötunnus): DDMMYY, century sign, serial (3),
    check character (DDMMYY + serial mod 31).

    Args:
        value: 11 characters, "131052-308T".
    """
    if len(value) != 11 or not value.isascii() or value[6] not in _HETU_CENTURY:
        return False
    body = value[:6] + value[7:10]
    if not body.isdigit() or int(value[7:10]) < 2:
        return False
    if not _date_ok(_HETU_CENTURY[value[6]] + int(value[4:6]), int(value[2:4]), int(value[:2])):
        return False
    return _HETU_CHECK[int(body) % 31] == value[10]


def dk_cpr_valid(value: str) -> bool:
    """Danish CPR number: DDMMYY and four digits (the mod-11 check was dropped in 2007,
    so only the date is checked).

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10):
        return False
    return _date_ok(2000, int(value[2:4]), int(value[:2]))


def no_fnr_valid(value: str) -> bool:
    """Norwegian national identity number (fødselsnummer, D-number with day + 40): DDMMYY,
    individual number (3), two mod-11 check digits.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11):
        return False
    day, month = int(value[:2]) % 40, int(value[2:4]) % 40
    if not _date_ok(2000, month, day):
        return False
    c1 = (11 - _weighted(value, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
    c2 = (11 - _weighted(value, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return c1 == int(value[9]) and c2 == int(value[10])


def is_kennitala_valid(value: str) -> bool:
    """Icelandic kennitala: DDMMYY (day + 40 for companies), two digits, check digit
    (weights 3 2 7 6 5 4 3 2 mod 11), century digit (8, 9 or 0).

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or value[9] not in "890":
        return False
    if not _date_ok(2000, int(value[2:4]), int(value[:2]) % 40):
        return False
    return _weighted(value, (3, 2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0


_IE_ALPHABET = "WABCDEFGHIJKLMNOPQRSTUV"


def ie_pps_valid(value: str) -> bool:
    """Irish Personal Public Service number: seven digits, a check letter (mod 23) and
    optionally a second letter (A, B, H since 2013, counted in the check; W, T, X before).

    Args:
        value: 8 or 9 characters, "1234567T" or "1234567FA".
    """
    if len(value) not in (8, 9) or not _digits(value[:7], 7) or value[7] not in _IE_ALPHABET:
        return False
    second = value[8:]
    if second and second not in "ABHWTX":
        return False
    extra = 9 * _IE_ALPHABET.index(second) if second in ("A", "B", "H") else 0
    total = sum((8 - i) * int(c) for i, c in enumerate(value[:7])) + extra
    return _IE_ALPHABET[total % 23] == value[7]


_CNP_CENTURY = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000}
_CNP_CENTURY.update(dict.fromkeys("789", 1900))


def ro_cnp_valid(value: str) -> bool:
    """Romanian personal numeric code (CNP): sex and century, YYMMDD, county (01-52, 70),
    serial (3), check digit (weights 2 7 9 1 4 6 3 5 8 2 7 9 mod 11, 10 -> 1).

    Args:
        value: 13 digits.
    """
    if not _digits(value, 13) or value[0] == "0":
        return False
    if not _date_ok(_CNP_CENTURY[value[0]] + int(value[1:3]), int(value[3:5]), int(value[5:7])):
        return False
    county = int(value[7:9])
    if not (1 <= county <= 52 or county in (70, 80, 81, 82, 83)):
        return False
    check = _weighted(value, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return (1 if check == 10 else check) == int(value[12])


def bg_egn_valid(value: str) -> bool:
    """Bulgarian unified civil number (ЕГН): YYMMDD (month + 20 before 1900, + 40 after
    1999), serial (3), check digit (weights 2 4 8 5 10 9 7 3 6 mod 11 mod 10).

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10):
        return False
    year, month = 1900 + int(value[:2]), int(value[2:4])
    if month > 40:
        year, month = year + 100, month - 40
    elif month > 20:
        year, month = year - 100, month - 20
    if not _date_ok(year, month, int(value[4:6])):
        return False
    return _weighted(value, (2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11 % 10 == int(value[9])


def hr_oib_valid(value: str) -> bool:
    """Croatian personal identification number (OIB): eleven digits, ISO 7064 MOD 11,10.

    Args:
        value: 11 digits.
    """
    return _digits(value, 11) and _mod11_10(value)


def emso_valid(value: str) -> bool:
    """Unique master citizen number of the former Yugoslav states (SI EMŠO, RS/BA/ME/MK
    JMBG): DDMMYYY, region (2), serial (3), check digit (weights 7..2 twice, mod 11).

    Args:
        value: 13 digits.
    """
    if not _digits(value, 13):
        return False
    year = int(value[4:7])
    year += 2000 if year < 800 else 1000
    if not _date_ok(year, int(value[2:4]), int(value[:2])):
        return False
    check = -_weighted(value, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return check % 10 == int(value[12])  # a remainder of 10 is written 0, as stdnum reads it


def ee_ik_valid(value: str) -> bool:
    """Estonian isikukood and Lithuanian asmens kodas: sex and century (1-6), YYMMDD,
    serial (3), check digit (weights 1..9 1, then 3..9 1 2 3 when that gives 10).

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or value[0] not in "123456":
        return False
    year = 1800 + 100 * ((int(value[0]) - 1) // 2) + int(value[1:3])
    if not _date_ok(year, int(value[3:5]), int(value[5:7])):
        return False
    check = sum((i % 9 + 1) * int(c) for i, c in enumerate(value[:10])) % 11
    if check == 10:
        check = sum(((i + 2) % 9 + 1) * int(c) for i, c in enumerate(value[:10])) % 11
    return check % 10 == int(value[10])


def lv_pk_valid(value: str) -> bool:
    """Latvian personal code (personas kods): DDMMYY, century digit, serial (3), check
    digit (1101 - weights 1 6 3 7 9 10 5 8 4 2, mod 11); codes issued since 2017 start
    with 32 and carry no date.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11):
        return False
    if value.startswith("32"):
        return True
    if value[6] not in "012" or not _date_ok(
        1800 + 100 * int(value[6]) + int(value[4:6]), int(value[2:4]), int(value[:2])
    ):
        return False
    return (1 + _weighted(value, (10, 5, 8, 4, 2, 1, 6, 3, 7, 9))) % 11 % 10 == int(value[10])


def hu_tax_valid(value: str) -> bool:
    """Hungarian personal tax number (adóazonosító jel): 8, days since 1867-01-01 (5),
    serial (3), check digit (weights 1..9 mod 11).

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or value[0] != "8":
        return False
    check = sum((i + 1) * int(c) for i, c in enumerate(value[:9])) % 11
    return check != 10 and check == int(value[9])


def il_idnr_valid(value: str) -> bool:
    """Israeli identity number (Teudat Zehut): up to nine digits, Luhn.

    Args:
        value: 9 digits (shorter numbers are written with leading zeros).
    """
    return _digits(value, 9) and int(value) > 0 and _luhn(value)


def za_idnr_valid(value: str) -> bool:
    """South African identity number: YYMMDD, sequence (4), citizenship (0 or 1), a digit,
    Luhn check digit.

    Args:
        value: 13 digits.
    """
    if not _digits(value, 13) or value[10] not in "01":
        return False
    return _date_ok(2000, int(value[2:4]), int(value[4:6])) and _luhn(value)


_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
_CURP_STATES = frozenset(
    [
        "AS",
        "BC",
        "BS",
        "CC",
        "CH",
        "CL",
        "CM",
        "CS",
        "DF",
        "DG",
        "GR",
        "GT",
        "HG",
        "JC",
        "MC",
        "MN",
        "MS",
        "NE",
        "NL",
        "NT",
        "OC",
        "PL",
        "QR",
        "QT",
        "SL",
        "SP",
        "SR",
        "TC",
        "TL",
        "TS",
        "VZ",
        "YN",
        "ZS",
    ]
)


def mx_curp_valid(value: str) -> bool:
    """Mexican CURP: four letters, YYMMDD, sex (H, M, X), state (2 letters), three
    consonants, a homonym character, check digit (weights 18..2 mod 10).

    Args:
        value: 18 characters, upper case.
    """
    if len(value) != 18 or not value.isascii() or not value[:4].isalpha():
        return False
    if not value[4:10].isdigit() or value[10] not in "HMX" or value[11:13] not in _CURP_STATES:
        return False
    if not value[13:16].isalpha() or not value[17].isdigit():
        return False
    if not _date_ok(2000, int(value[6:8]), int(value[8:10])):
        return False
    if any(c not in _CURP_ALPHABET for c in value[:17]):
        return False
    total = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


def ar_cuit_valid(value: str) -> bool:
    """Argentine CUIT/CUIL: type (20, 23, 24, 27 people; 30, 33, 34 companies), DNI (8),
    check digit (weights 5 4 3 2 7 6 5 4 3 2, mod 11).

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or value[:2] not in ("20", "23", "24", "27", "30", "33", "34"):
        return False
    check = _weighted(value, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return "012345678990"[11 - check] == value[10]


def cl_rut_valid(value: str) -> bool:
    """Chilean RUT/RUN: seven or eight digits and a check character (weights 2..7 from
    the right, 11 - sum mod 11; 10 -> K, 11 -> 0).

    Args:
        value: 8 or 9 characters, the last a digit or "K".
    """
    if len(value) not in (8, 9) or not value[:-1].isascii() or not value[:-1].isdigit():
        return False
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(value[:-1])))
    check = 11 - total % 11
    return ("0" if check == 11 else "K" if check == 10 else str(check)) == value[-1].upper()


def ca_sin_valid(value: str) -> bool:
    """Canadian Social Insurance Number: nine digits, Luhn; never starting with 0 or 8.

    Args:
        value: 9 digits.
    """
    return _digits(value, 9) and value[0] not in "08" and _luhn(value)


def br_cnpj_valid(value: str) -> bool:
    """Brazilian company register number (CNPJ): eight digits, branch (4), two mod-11
    check digits.

    Args:
        value: 14 digits.
    """
    if not _digits(value, 14) or len(set(value)) == 1:
        return False
    for n, weights in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)), (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):  # fmt: skip
        check = 11 - _weighted(value, weights) % 11
        if (0 if check >= 10 else check) != int(value[n]):
            return False
    return True


def au_tfn_valid(value: str) -> bool:
    """Australian Tax File Number: eight or nine digits, weights 1 4 3 7 5 8 6 9 10 mod 11.

    Args:
        value: 8 or 9 digits.
    """
    if not (_digits(value, 8) or _digits(value, 9)):
        return False
    return _weighted(value, (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0


def nz_ird_valid(value: str) -> bool:
    """New Zealand IRD number: eight or nine digits between 10,000,000 and 150,000,000,
    check digit with primary weights 3 2 7 6 5 4 3 2 and, when that gives 10, secondary
    weights 7 4 3 2 5 2 7 6.

    Args:
        value: 8 or 9 digits.
    """
    if not (_digits(value, 8) or _digits(value, 9)) or not 10**7 < int(value) < 15 * 10**7:
        return False
    body = value[:-1].zfill(8)
    check = -_weighted(body, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    if check == 10:
        check = -_weighted(body, (7, 4, 3, 2, 5, 2, 7, 6)) % 11
    return check != 10 and check == int(value[-1])


_NRIC_TABLES = {
    "S": (0, "JZIHGFEDCBA"),
    "T": (4, "JZIHGFEDCBA"),
    "F": (0, "XWUTRQPNMLK"),
    "G": (4, "XWUTRQPNMLK"),
}


def sg_nric_valid(value: str) -> bool:
    """Singapore NRIC (S, T) and FIN (F, G): letter, seven digits, check letter (weights
    2 7 6 5 4 3 2, plus 4 for T and G, mod 11).

    Args:
        value: 9 characters, "S1234567D".
    """
    if len(value) != 9 or value[0] not in _NRIC_TABLES or not _digits(value[1:8], 7):
        return False
    offset, letters = _NRIC_TABLES[value[0]]
    total = offset + _weighted(value[1:8], (2, 7, 6, 5, 4, 3, 2))
    return letters[total % 11] == value[8]


# Taiwan: the letter stands for a two-digit area code (I, O, W ... out of order).
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def tw_id_valid(value: str) -> bool:
    """Taiwan national identification card (and, with 8 or 9 second, resident
    certificate) number: area letter, sex digit, seven digits, check digit (mod 10).

    Args:
        value: 10 characters, "A123456789".
    """
    if len(value) != 10 or value[0] not in _TW_LETTERS or not _digits(value[1:], 9):
        return False
    if value[1] not in "1289":
        return False
    area = _TW_LETTERS[value[0]]
    total = area // 10 + (area % 10) * 9
    total += sum(int(c) * w for c, w in zip(value[1:9], (8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return (total + int(value[9])) % 10 == 0


def hk_hkid_valid(value: str) -> bool:
    """Hong Kong identity card number: one or two letters, six digits, check character
    (0-9 or A; weights 9..2 with a missing first letter counted as 36, mod 11).

    Args:
        value: 8 or 9 characters without the brackets, "A1234563".
    """
    if len(value) not in (8, 9) or not value.isascii():
        return False
    letters, digits, check = value[:-7], value[-7:-1], value[-1]
    if not letters.isalpha() or not letters.isupper() or not digits.isdigit():
        return False
    codes = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters]
    codes += [int(c) for c in digits]
    total = sum(c * w for c, w in zip(codes, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return ("A" if expected == 10 else str(expected)) == check


def th_pin_valid(value: str) -> bool:
    """Thai citizen identification number: type (1-8), twelve digits, check digit
    (weights 13..2, 11 - sum mod 11, mod 10).

    Args:
        value: 13 digits.
    """
    if not _digits(value, 13) or value[0] in "09":
        return False
    total = sum((13 - i) * int(c) for i, c in enumerate(value[:12]))
    return (11 - total % 11) % 10 == int(value[12])


def id_nik_valid(value: str) -> bool:
    """Indonesian population number (NIK): province (11-94), regency, district, DDMMYY
    (day + 40 for women), serial (4); no check digit, so the place and date are checked.

    Args:
        value: 16 digits.
    """
    if not _digits(value, 16) or not 11 <= int(value[:2]) <= 94 or value[2:4] == "00":
        return False
    return _date_ok(2000, int(value[8:10]), int(value[6:8]) % 40) and value[12:] != "0000"


def ir_melli_valid(value: str) -> bool:
    """Iranian national code (کد ملی): ten digits, check digit (weights 10..2 mod 11:
    under 2 itself, else 11 minus it); repdigits rejected.

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or len(set(value)) == 1:
        return False
    rem = sum((10 - i) * int(c) for i, c in enumerate(value[:9])) % 11
    return int(value[9]) == (rem if rem < 2 else 11 - rem)


def ua_edrpou_valid(value: str) -> bool:
    """Ukrainian register code of legal entities (ЄДРПОУ): eight digits, mod-11 check
    digit with weights 1..7 (7 1..6 for codes from 30,000,000 to 60,000,000), again with
    each weight + 2 when the first gives 10.

    Args:
        value: 8 digits.
    """
    if not _digits(value, 8):
        return False
    weights = (7, 1, 2, 3, 4, 5, 6) if value[0] in "345" else (1, 2, 3, 4, 5, 6, 7)
    check = _weighted(value, weights) % 11
    if check == 10:
        check = _weighted(value, tuple(w + 2 for w in weights)) % 11 % 10
    return check == int(value[7])


def tr_vkn_valid(value: str) -> bool:
    """Turkish tax identification number (Vergi Kimlik Numarası): ten digits, the last a
    check over the first nine.

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10):
        return False
    total = 0
    for i, ch in enumerate(reversed(value[:9]), 1):
        c1 = (int(ch) + i) % 10
        if c1:
            total += (c1 * 2**i) % 9 or 9
    return (10 - total) % 10 == int(value[9])


def cz_ico_valid(value: str) -> bool:
    """Czech and Slovak company number (IČO, the DIČ's digits for a company): eight
    digits, check digit (weights 8..2, 11 - sum mod 11, mod 10).

    Args:
        value: 8 digits.
    """
    if not _digits(value, 8):
        return False
    check = (11 - _weighted(value, (8, 7, 6, 5, 4, 3, 2)) % 11) % 10
    return check == int(value[7])


def py_ruc_valid(value: str) -> bool:
    """Paraguayan taxpayer number (RUC, a person's cédula number with a check digit):
    six to nine digits, the last a mod-11 check with weights 2, 3, ... from the right
    (`(-sum) % 11 % 10`; as python-stdnum's `py.ruc`).

    Args:
        value: the digits, without the dash.
    """
    if not value.isdigit() or not 6 <= len(value) <= 9:
        return False
    s = sum((i + 2) * int(c) for i, c in enumerate(reversed(value[:-1])))
    return (-s % 11) % 10 == int(value[-1])


def mk_edb_valid(value: str) -> bool:
    """North Macedonian tax number (ЕДБ, of a person or a firm): thirteen digits, the last
    a mod-11 check with weights 7 6 5 4 3 2 7 6 5 4 3 2 (as python-stdnum's `mk.edb`).

    Args:
        value: 13 digits.
    """
    if not _digits(value, 13):
        return False
    total = sum(int(c) * w for c, w in zip(value, (7, 6, 5, 4, 3, 2) * 2, strict=False))
    return (-total % 11) % 10 == int(value[-1])
