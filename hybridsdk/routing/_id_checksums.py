"""Check-digit rules of national identity numbers, one pure function per scheme.

Each function takes the number without separators and says whether it is well formed and
its check digit (or letter) is right. Sources: the issuing bodies' published rules (HMRC
NIM39110 for NINO prefixes, BZSt for the Steuer-ID's ISO 7064 MOD 11,10, INSEE for the NIR
key, Agenzia delle Entrate for the codice fiscale, the Spanish Ministerio del Interior for
the DNI letter, the Dutch 11-proef, Receita Federal for the CPF, UIDAI's Verhoeff scheme,
and the Japanese Cabinet Office ordinance for the My Number check digit).
"""

from __future__ import annotations

__all__ = [
    "aadhaar_valid",
    "bsn_valid",
    "codice_fiscale_valid",
    "cpf_valid",
    "dni_valid",
    "mynumber_valid",
    "nie_valid",
    "nino_valid",
    "nir_valid",
    "pan_valid",
    "steuer_id_valid",
    "verhoeff_valid",
]


def _digits(value: str, n: int) -> bool:
    return len(value) == n and value.isascii() and value.isdigit()


_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def nino_valid(value: str) -> bool:
    """UK National Insurance number: two letters, six digits, suffix A-D.

    Args:
        value: upper case, no spaces ("AB123456C").
    """
    if len(value) != 9 or not value.isascii():
        return False
    a, b, nums, suffix = value[0], value[1], value[2:8], value[8]
    if not (a.isupper() and b.isupper() and nums.isdigit() and suffix in "ABCD"):
        return False
    if a in "DFIQUV" or b in "DFIOQUV":
        return False
    return value[:2] not in _NINO_BAD_PREFIXES


def steuer_id_valid(value: str) -> bool:
    """German tax identification number (Steuer-IdNr): 11 digits, ISO 7064 MOD 11,10.

    In the first ten digits exactly one digit repeats (twice or three times).

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or value[0] == "0":
        return False
    counts = [value[:10].count(d) for d in set(value[:10])]
    repeated = [c for c in counts if c > 1]
    if len(repeated) != 1 or repeated[0] > 3:
        return False
    product = 10
    for ch in value[:10]:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(value[10])


def nir_valid(value: str) -> bool:
    """French social security number (NIR): 13 characters and a two-digit key.

    Corsican departments 2A/2B count as 19/18 for the key.

    Args:
        value: 15 characters, digits except "2A"/"2B" at positions 6-7.
    """
    if len(value) != 15 or not value.isascii():
        return False
    body = value[:13].upper()
    if body[5:7] in ("2A", "2B"):
        body = body[:5] + ("19" if body[5:7] == "2A" else "18") + body[7:]
    if not (body.isdigit() and value[13:].isdigit()):
        return False
    if body[0] not in "12378":
        return False
    month = int(body[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(body) % 97 == int(value[13:])


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        # digits 0-9, then letters A-Z (A-J share the digits' values)
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 2
        + [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)
_CF_MONTHS = "ABCDEHLMPRST"
_CF_OMOCODIA = "LMNPQRSTUV"  # letters that replace digits 0-9 in duplicate codes


def codice_fiscale_valid(value: str) -> bool:
    """Italian codice fiscale: 16 characters with a check letter (omocodia allowed).

    Args:
        value: upper case, no spaces.
    """
    if len(value) != 16 or not value.isascii() or not value.isalnum():
        return False
    v = value.upper()
    if not v[:6].isalpha() or v[8] not in _CF_MONTHS or not v[11].isalpha():
        return False
    for i in (6, 7, 9, 10, 12, 13, 14):
        if not (v[i].isdigit() or v[i] in _CF_OMOCODIA):
            return False
    total = 0
    for i, ch in enumerate(v[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == v[15]


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(value: str) -> bool:
    """Spanish DNI/NIF: eight digits and the letter for their remainder mod 23.

    Args:
        value: "12345678Z", upper case, no separator.
    """
    return (
        _digits(value[:8], 8) and len(value) == 9 and _DNI_LETTERS[int(value[:8]) % 23] == value[8]
    )


def nie_valid(value: str) -> bool:
    """Spanish NIE (foreigners): X, Y or Z, seven digits, and the DNI letter.

    Args:
        value: "X1234567L", upper case, no separator.
    """
    if len(value) != 9 or value[0] not in "XYZ" or not _digits(value[1:8], 7):
        return False
    number = int(str("XYZ".index(value[0])) + value[1:8])
    return _DNI_LETTERS[number % 23] == value[8]


def bsn_valid(value: str) -> bool:
    """Dutch citizen service number (BSN): nine digits passing the 11-proef.

    Args:
        value: 9 digits.
    """
    if not _digits(value, 9) or value == "000000000":
        return False
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(value[:8])) - int(value[8])
    return total % 11 == 0


def cpf_valid(value: str) -> bool:
    """Brazilian CPF: eleven digits with two mod-11 check digits; repdigits rejected.

    Args:
        value: 11 digits.
    """
    if not _digits(value, 11) or len(set(value)) == 1:
        return False
    nums = [int(c) for c in value]
    for n in (9, 10):
        check = sum(d * (n + 1 - i) for i, d in enumerate(nums[:n])) * 10 % 11 % 10
        if check != nums[n]:
            return False
    return True


# Verhoeff's dihedral-group tables.
_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_valid(digits: str) -> bool:
    """True when a digit string passes the Verhoeff check.

    Args:
        digits: ASCII digits, check digit last.
    """
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def aadhaar_valid(value: str) -> bool:
    """Indian Aadhaar number: twelve digits, first not 0 or 1, Verhoeff check digit.

    Args:
        value: 12 digits.
    """
    return _digits(value, 12) and value[0] not in "01" and verhoeff_valid(value)


_PAN_HOLDER_TYPES = "ABCFGHLJPT"


def pan_valid(value: str) -> bool:
    """Indian PAN: five letters (the fourth a holder type), four digits, one letter.

    The PAN's last letter is a check character whose rule is not published, so only the
    structure is checked.

    Args:
        value: "ABCPE1234F", upper case.
    """
    return (
        len(value) == 10
        and value.isascii()
        and value[:5].isalpha()
        and value[:5].isupper()
        and value[3] in _PAN_HOLDER_TYPES
        and value[5:9].isdigit()
        and value[9].isalpha()
        and value[9].isupper()
    )


def mynumber_valid(value: str) -> bool:
    """Japanese individual number (My Number): eleven digits and a mod-11 check digit.

    Args:
        value: 12 digits.
    """
    if not _digits(value, 12):
        return False
    body = value[:11]
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    return check == int(value[11])
