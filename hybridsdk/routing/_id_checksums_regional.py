"""Check rules of Gulf and Andean identity and tax numbers, one pure function each.

SA national id and iqama (Luhn, first digit 1 for a citizen, 2 for a resident), AE
Emirates ID (784, year of birth, Luhn), CO NIT (mod 11, prime weights), PE RUC (mod 11).

Each takes the number without separators. Where python-stdnum knows the scheme (CO NIT,
PE RUC, and its Luhn for the others) it is the test oracle
(tests/routing/test_id_checksums_regional.py); it stays a dev dependency.
"""

from __future__ import annotations

from hybridsdk.routing._id_checksums_intl import _digits, _luhn

__all__ = ["ae_eid_valid", "co_nit_valid", "pe_ruc_valid", "sa_id_valid"]


def sa_id_valid(value: str) -> bool:
    """Saudi national id (1...) or iqama of a resident (2...): 10 digits, Luhn.

    Args:
        value: 10 digits.
    """
    return _digits(value, 10) and value[0] in "12" and len(set(value[1:])) > 1 and _luhn(value)


def ae_eid_valid(value: str) -> bool:
    """Emirates ID: 784, a year of birth (19xx or 20xx), a serial of 7, Luhn.

    Args:
        value: 15 digits.
    """
    return _digits(value, 15) and value[:3] == "784" and value[3:5] in ("19", "20") and _luhn(value)


_NIT_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def co_nit_valid(value: str) -> bool:
    """Colombian NIT (a person's is the cédula): up to 15 digits and a check digit; prime
    weights from the right, mod 11, 11 minus the rest when it is above 1.

    Args:
        value: 8 to 16 digits, the check digit last.
    """
    if not (value.isascii() and value.isdigit() and 8 <= len(value) <= 16):
        return False
    body = value[:-1]
    if len(set(body)) < 3:
        return False
    total = sum(w * int(c) for w, c in zip(_NIT_WEIGHTS, reversed(body), strict=False)) % 11
    return int(value[-1]) == (total if total < 2 else 11 - total)


_RUC_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def pe_ruc_valid(value: str) -> bool:
    """Peruvian RUC: 10 (a person, from the DNI), 15, 17 or 20 (a company) and 8 digits
    and a check digit; weights 5 4 3 2 7 6 5 4 3 2, (11 - sum mod 11) mod 10.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or value[:2] not in ("10", "15", "17", "20"):
        return False
    total = sum(w * int(c) for w, c in zip(_RUC_WEIGHTS, value, strict=False))
    return int(value[-1]) == (11 - total % 11) % 10
