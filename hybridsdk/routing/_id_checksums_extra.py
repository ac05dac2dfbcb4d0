"""Check rules of Uruguayan, Serbian, Azerbaijani, Slovenian, Maltese and Kazakh identity
and tax numbers, one pure function each (session 9, after the sixth privacy set).

UY cédula (weights 2987634, mod 10) and RUT (mod 11, a department code, 001), RS PIB
(ISO 7064 MOD 11,10), AZ VÖEN (weights 41862753, mod 11; a person's or a company's last
digit), SI davčna številka (mod 11), MT VAT (weights 3467891 and 10, mod 37), KZ IIN/BIN
(two weight rounds, mod 11; a date of birth for a person).

Each takes the number without separators. python-stdnum knows all but the KZ IIN and the
UY cédula; it is the test oracle (tests/routing/test_id_checksums_extra.py) and stays a
dev dependency.
"""

from __future__ import annotations

import datetime

__all__ = [
    "az_voen_valid",
    "kz_iin_valid",
    "mt_vat_valid",
    "rs_pib_valid",
    "si_tax_valid",
    "uy_ci_valid",
    "uy_rut_valid",
]


def _digits(value: str, *lengths: int) -> bool:
    return value.isascii() and value.isdigit() and len(value) in lengths and len(set(value)) > 2


def _weighted(value: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(c) for w, c in zip(weights, value, strict=False))


def uy_ci_valid(value: str) -> bool:
    """Uruguayan cédula de identidad: 6 or 7 digits and a check digit (weights 2987634,
    mod 10, the body padded to 7 with zeros)."""
    if not _digits(value, 7, 8):
        return False
    body = value[:-1].zfill(7)
    return (-_weighted(body, (2, 9, 8, 7, 6, 3, 4))) % 10 == int(value[-1])


def uy_rut_valid(value: str) -> bool:
    """Uruguayan RUT: a department code (01-22), a serial, 001, a check digit (mod 11)."""
    if not _digits(value, 12) or not "01" <= value[:2] <= "22" or value[8:11] != "001":
        return False
    if value[2:8] == "000000":
        return False
    check = -_weighted(value, (4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return check < 10 and check == int(value[-1])


def rs_pib_valid(value: str) -> bool:
    """Serbian tax number (PIB): 9 digits, ISO 7064 MOD 11,10."""
    if not _digits(value, 9):
        return False
    product = 10
    for ch in value[:-1]:
        product = ((int(ch) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(value[-1])


def az_voen_valid(value: str) -> bool:
    """Azerbaijani tax number (VÖEN): 8 digits, a check digit (weights 41862753, mod 11),
    1 for a company or 2 for a person."""
    if not _digits(value, 10) or value[-1] not in "12":
        return False
    return _weighted(value, (4, 1, 8, 6, 2, 7, 5, 3)) % 11 == int(value[8])


def si_tax_valid(value: str) -> bool:
    """Slovenian tax number (davčna številka): 8 digits, no leading 0, mod 11."""
    if not _digits(value, 8) or value[0] == "0":
        return False
    check = 11 - _weighted(value, (8, 7, 6, 5, 4, 3, 2)) % 11
    if check == 11:
        return False
    return (0 if check == 10 else check) == int(value[-1])


def mt_vat_valid(value: str) -> bool:
    """Maltese VAT number: MT and 8 digits, no leading 0, weighted sum mod 37 is 0."""
    if value[:2].upper() == "MT":
        value = value[2:]
    if not _digits(value, 8) or value[0] == "0":
        return False
    return _weighted(value, (3, 4, 6, 7, 8, 9, 10, 1)) % 37 == 0


def kz_iin_valid(value: str) -> bool:
    """Kazakh IIN (a person: YYMMDD, a century and sex digit 1-6) or BIN (a company: YYMM,
    a kind digit 4-6): 12 digits, a check digit (weights 1..11, else 3..11,1,2; mod 11)."""
    if not _digits(value, 12):
        return False
    if value[6] in "123456":
        try:
            datetime.date(2000, int(value[2:4]), int(value[4:6]))
        except ValueError:
            return False
    elif not ("01" <= value[2:4] <= "12" and value[4] in "456"):
        return False
    check = _weighted(value, tuple(range(1, 12))) % 11
    if check == 10:
        check = _weighted(value, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)) % 11
    return check < 10 and check == int(value[-1])
