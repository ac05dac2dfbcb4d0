"""Check rules of more personal identity and tax numbers, one pure function each.

HU TAJ (social insurance), AU Medicare, VN MST (tax code), MX RFC of a person (13
characters; a company's has 12 and is not personal) and INE voter key (format and date),
ID NPWP (tax number), PT Cartão de Cidadão, EC cédula, DO cédula, IN VID, ZA income tax
number, CA-BC personal health number, BG foreigner number (ЛНЧ), FI individual tax number
(veronumero: format only, it has no known check digit), BE BIS number, PE CUI, MU
national id, NL onderwijsnummer, AT tax number (Abgabenkontonummer), BE eID card number,
VE RIF of a person, CU identity number (date), GB unique pupil number.

Each takes the number without separators (upper case where letters occur). Where
python-stdnum knows the scheme it is the test oracle (tests/routing/
test_id_checksums_more.py); it stays a dev dependency (see `_id_checksums_world`).
"""

from __future__ import annotations

import datetime

from hybridsdk.routing._id_checksums import verhoeff_valid
from hybridsdk.routing._id_checksums_intl import _digits, _luhn
from hybridsdk.routing._id_schemes import date_ok as _date_ok

__all__ = [
    "at_tin_valid",
    "au_medicare_valid",
    "bc_phn_valid",
    "be_bis_valid",
    "be_eid_valid",
    "bg_pnf_valid",
    "cu_ni_valid",
    "do_cedula_valid",
    "ec_ci_valid",
    "fi_veronumero_valid",
    "gb_upn_valid",
    "hu_taj_valid",
    "id_npwp_valid",
    "in_vid_valid",
    "mu_nid_valid",
    "mx_ine_valid",
    "mx_rfc_valid",
    "nl_onderwijsnummer_valid",
    "pe_cui_valid",
    "pt_cc_valid",
    "ve_rif_valid",
    "vn_mst_valid",
    "za_tin_valid",
]


def _weighted(value: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(c) for w, c in zip(weights, value, strict=False))


def hu_taj_valid(value: str) -> bool:
    """Hungarian social insurance number (TAJ): 8 digits and a check digit, weights 3
    and 7 alternating, mod 10.

    Args:
        value: 9 digits.
    """
    return (
        _digits(value, 9)
        and len(set(value)) > 1
        and _weighted(value, (3, 7, 3, 7, 3, 7, 3, 7)) % 10 == int(value[8])
    )


def au_medicare_valid(value: str) -> bool:
    """Australian Medicare card number: 10 digits (an 11th, the person's position on the
    card, may follow), first 2-6, check digit 9th (weights 1 3 7 9, mod 10).

    Args:
        value: 10 or 11 digits.
    """
    if not (_digits(value, 10) or _digits(value, 11)) or value[0] not in "23456":
        return False
    return _weighted(value, (1, 3, 7, 9, 1, 3, 7, 9)) % 10 == int(value[8])


def vn_mst_valid(value: str) -> bool:
    """Vietnamese tax code (mã số thuế): 10 digits (13 for a branch), check digit 10th.

    Args:
        value: 10 or 13 digits.
    """
    if not (_digits(value, 10) or _digits(value, 13)) or value[2:9] == "0000000":
        return False
    if len(value) == 13 and value.endswith("000"):
        return False
    check = 10 - _weighted(value, (31, 29, 23, 19, 17, 13, 7, 5, 3)) % 11
    return str(check) == value[9]


def fi_veronumero_valid(value: str) -> bool:
    """Finnish individual tax number: 12 digits, issued from 1000 0000 0000 up (no known
    check digit: only after its cue).

    Args:
        value: 12 digits.
    """
    return _digits(value, 12) and value.startswith("100")


_RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
_RFC_SECOND = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mx_rfc_valid(value: str) -> bool:
    """Mexican RFC of a person: four letters, YYMMDD, a homoclave of two characters and a
    check character (mod 11 over a 39-character alphabet). A company's RFC has three
    letters (12 characters) and is not matched.

    Args:
        value: 13 characters, upper case.
    """
    if len(value) != 13 or not all(c.isascii() or c == "Ñ" for c in value):
        return False
    if not (value[:4].replace("&", "A").replace("Ñ", "N").isalpha() and value[4:10].isdigit()):
        return False
    if not _date_ok(2000, int(value[6:8]), int(value[8:10])):
        return False
    if value[10] not in "123456789ABCDEFGHIJKLMNOPQRSTUV" or value[11] not in _RFC_SECOND:
        return False
    check = sum(_RFC_ALPHABET.index(c) * (13 - i) for i, c in enumerate(value[:12]))
    return _RFC_ALPHABET[(11 - check) % 11] == value[12]


def mx_ine_valid(value: str) -> bool:
    """Mexican voter key (clave de elector, INE): six letters of the names, YYMMDD, a
    state number 01-32, sex H/M, three digits. Format and date only.

    Args:
        value: 18 characters, upper case.
    """
    if len(value) != 18 or not value[:6].isalpha() or not value[6:14].isdigit():
        return False
    if value[14] not in "HMX" or not value[15:].isdigit():
        return False
    return _date_ok(2000, int(value[8:10]), int(value[10:12])) and 1 <= int(value[12:14]) <= 32


def id_npwp_valid(value: str) -> bool:
    """Indonesian tax number (NPWP): 15 digits whose first nine pass Luhn; since 2024 16
    digits (a leading 0 and the old number, Luhn over ten).

    Args:
        value: 15 or 16 digits.
    """
    if _digits(value, 15):
        return len(set(value[:9])) > 1 and _luhn(value[:9])
    return _digits(value, 16) and value[0] == "0" and _luhn(value[:10])


_CC_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pt_cc_valid(value: str) -> bool:
    """Portuguese Cartão de Cidadão: civil id (8 digits) and its check digit, two
    version characters, a check digit over all (Luhn over a 36-character alphabet).

    Args:
        value: 12 characters, upper case.
    """
    if len(value) != 12 or not value[:9].isdigit() or not value[9:11].isalnum():
        return False
    if not value[9:11].isascii() or not value[11].isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(value[:-1])):
        n = _CC_ALPHABET.index(ch)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return (10 - total) % 10 == int(value[-1])


def ec_ci_valid(value: str) -> bool:
    """Ecuadorian cédula: province 01-24 (30, 50 abroad), third digit 0-6, mod 10
    with weights 2 1 (digits folded).

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or not ("01" <= value[:2] <= "24" or value[:2] in ("30", "50")):
        return False
    if value[2] > "6":
        return False
    total = 0
    for i, ch in enumerate(value):
        n = (2, 1)[i % 2] * int(ch)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def do_cedula_valid(value: str) -> bool:
    """Dominican cédula: 11 digits, Luhn.

    Args:
        value: 11 digits.
    """
    return _digits(value, 11) and len(set(value)) > 2 and _luhn(value)


def in_vid_valid(value: str) -> bool:
    """Indian virtual id (VID, stands in for an Aadhaar): 16 digits, first 2-9, Verhoeff,
    not a palindrome.

    Args:
        value: 16 digits.
    """
    return (
        _digits(value, 16)
        and value[0] in "23456789"
        and value != value[::-1]
        and verhoeff_valid(value)
    )


def za_tin_valid(value: str) -> bool:
    """South African income tax number: 10 digits, first 0-3 or 9, Luhn.

    Args:
        value: 10 digits.
    """
    return _digits(value, 10) and value[0] in "01239" and len(set(value)) > 2 and _luhn(value)


def bc_phn_valid(value: str) -> bool:
    """British Columbia personal health number: 10 digits starting 9, mod 11 check.

    Args:
        value: 10 digits.
    """
    if not _digits(value, 10) or value[0] != "9":
        return False
    s = sum((w * int(c)) % 11 for w, c in zip((2, 4, 8, 5, 10, 9, 7, 3), value[1:9], strict=True))
    return str((11 - s) % 11) == value[9]


def bg_pnf_valid(value: str) -> bool:
    """Bulgarian personal number of a foreigner (ЛНЧ): 10 digits, weighted mod 10 check.

    Args:
        value: 10 digits.
    """
    return (
        _digits(value, 10)
        and len(set(value)) > 2
        and _weighted(value, (21, 19, 17, 13, 11, 9, 7, 3, 1)) % 10 == int(value[9])
    )


def be_bis_valid(value: str) -> bool:
    """Belgian BIS number (people not in the national register): the national number's
    layout with 20 or 40 added to the month, 97 - (number mod 97).

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11):
        return False
    month = int(value[2:4])
    if not (20 <= month <= 32 or 40 <= month <= 52):
        return False  # the day may be 0 or past the month's end when it was unknown
    check, body = int(value[9:]), value[:9]
    if 97 - int(body) % 97 == check:
        return True
    born_2000s = int(value[:2]) + 2000 <= datetime.date.today().year
    return born_2000s and 97 - int("2" + body) % 97 == check


def pe_cui_valid(value: str) -> bool:
    """Peruvian CUI: the DNI's eight digits and a check digit or letter (mod 11).

    Args:
        value: 9 characters, upper case.
    """
    if len(value) != 9 or not value[:8].isdigit() or not value.isascii():
        return False
    c = _weighted(value, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return value[8] in ("65432110987"[c], "KJIHGFEDCBA"[c])


_MU_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mu_nid_valid(value: str) -> bool:
    """Mauritian national identity number: the surname's initial, DDMMYY, six more
    characters, a check character (mod 17).

    Args:
        value: 14 characters, upper case.
    """
    if len(value) != 14 or not value.isascii() or not value[0].isalpha():
        return False
    if not value[1:13].isalnum() or not value[1:7].isdigit() or not value[13].isalnum():
        return False
    if not _date_ok(2000, int(value[3:5]), int(value[1:3])):
        return False
    check = sum((14 - i) * _MU_ALPHABET.index(c) for i, c in enumerate(value[:13]))
    return _MU_ALPHABET[(17 - check) % 17] == value[13]


def nl_onderwijsnummer_valid(value: str) -> bool:
    """Dutch education number: nine digits starting 10, the BSN's eleven test giving 5.

    Args:
        value: 9 digits.
    """
    if not _digits(value, 9) or not value.startswith("10"):
        return False
    total = _weighted(value, (9, 8, 7, 6, 5, 4, 3, 2)) - int(value[8])
    return total % 11 == 5


def at_tin_valid(value: str) -> bool:
    """Austrian tax number (Abgabenkontonummer): tax office (2), serial (6), check digit
    (odd places doubled and folded).

    Args:
        value: 9 digits.
    """
    if not _digits(value, 9) or len(set(value)) < 3:
        return False
    total = sum(int("0246813579"[int(c)]) if i % 2 else int(c) for i, c in enumerate(value[:8]))
    return (10 - total) % 10 == int(value[8])


def be_eid_valid(value: str) -> bool:
    """Belgian electronic identity card number: ten digits and (those mod 97, or 97).

    Args:
        value: 12 digits.
    """
    if not _digits(value, 12) or len(set(value[:10])) < 3:
        return False
    return (int(value[:10]) % 97 or 97) == int(value[10:])


_RIF_PERSON = {"V": 4, "E": 8}  # born in Venezuela, foreigner (J, G: companies, state)


def ve_rif_valid(value: str) -> bool:
    """Venezuelan RIF of a person: V or E, eight digits, a check digit (mod 11).

    Args:
        value: 10 characters, upper case.
    """
    if len(value) != 10 or value[0] not in _RIF_PERSON or not value[1:].isdigit():
        return False
    if not value.isascii():
        return False
    c = _RIF_PERSON[value[0]] + _weighted(value[1:9], (3, 2, 7, 6, 5, 4, 3, 2))
    return "00987654321"[c % 11] == value[9]


def cu_ni_valid(value: str) -> bool:
    """Cuban identity number: YYMMDD, a century digit (9: 1800s, 0-5: 1900s, 6-8:
    2000s), four more digits. Format and date only.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11):
        return False
    century = 1800 if value[6] == "9" else 1900 if value[6] <= "5" else 2000
    return _date_ok(century + int(value[:2]), int(value[2:4]), int(value[4:6]))


_UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ0123456789"


def gb_upn_valid(value: str) -> bool:
    """English unique pupil number: a check letter, a local authority (3 digits), nine
    more characters (digits, the last may be a letter); check mod 23.

    Args:
        value: 13 characters, upper case.
    """
    if len(value) != 13 or not value.isascii() or not value[1:12].isdigit():
        return False
    if value[0] not in _UPN_ALPHABET[:23] or value[12] not in _UPN_ALPHABET:
        return False
    check = sum(i * _UPN_ALPHABET.index(c) for i, c in enumerate(value[1:], 2)) % 23
    return _UPN_ALPHABET[check] == value[0]
