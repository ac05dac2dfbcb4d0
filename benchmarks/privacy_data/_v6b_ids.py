"""National ids (real formats, valid check digits where the scheme has one) and IBANs."""

from stdnum import iban as _iban
from stdnum.is_ import kennitala
from stdnum.mt import vat as mt_vat
from stdnum.rs import pib
from stdnum.uy import rut


def jmbg(rng, d: int, m: int, y: int, male: bool) -> str:
    """Serbian JMBG: DDMMYYY RR BBB K (mod 11)."""
    region = rng.choice(["71", "72", "73", "80", "81", "85", "86", "91", "92"])
    bbb = rng.randrange(0, 500) if male else rng.randrange(500, 1000)
    while True:
        body = f"{d:02d}{m:02d}{y % 1000:03d}{region}{bbb:03d}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(c) * x for c, x in zip(body, w, strict=False)) % 11
        if k == 11:
            k = 0
        if k < 10:
            return body + str(k)
        bbb = (bbb + 1) % 1000


def kz_iin(rng, d: int, m: int, y: int, male: bool) -> str:
    """Kazakh IIN: YYMMDD + century/gender digit + 4 digits + check (two-pass mod 11)."""
    cent = {18: 1, 19: 3, 20: 5}[y // 100] + (0 if male else 1)
    while True:
        body = f"{y % 100:02d}{m:02d}{d:02d}{cent}{rng.randrange(10000):04d}"
        k = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if k == 10:
            w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            k = sum(int(c) * x for c, x in zip(body, w, strict=False)) % 11
        if k < 10:
            return body + str(k)


def uy_ci(rng) -> str:
    """Uruguayan cédula: 7 digits + check digit, written 1.234.567-8."""
    n = rng.randrange(1_000_000, 6_500_000)
    s = f"{n:07d}"
    k = (10 - sum(int(c) * w for c, w in zip(s, [2, 9, 8, 7, 6, 3, 4], strict=False)) % 10) % 10
    return f"{s[0]}.{s[1:4]}.{s[4:]}-{k}"


def sg_nric(rng, born: int) -> str:
    pre = "S" if born < 2000 else "T"
    digits = f"{born % 100:02d}" + f"{rng.randrange(100000):05d}"
    if rng.random() < 0.15:
        pre = rng.choice("FG")
        digits = f"{rng.randrange(10**7):07d}"
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * x for c, x in zip(digits, w, strict=False)) + (4 if pre in "TG" else 0)
    table = "JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK"
    return pre + digits + table[tot % 11]


def is_kt(rng, d: int, m: int, y: int) -> str:
    while True:
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randrange(20, 100):02d}"
        for k in "0123456789":
            kt = body + k + ("9" if y < 2000 else "0")
            if kennitala.is_valid(kt):
                return kt


def rs_pib(rng) -> str:
    while True:
        body = f"{rng.randrange(10**7, 10**8)}"
        for k in "0123456789":
            if pib.is_valid(body + k):
                return body + k


def mt_vat_no(rng) -> str:
    while True:
        body = f"{rng.randrange(10**5, 10**6)}"
        for k in range(100):
            if mt_vat.is_valid(f"{body}{k:02d}"):
                return f"MT{body}{k:02d}"


def uy_rut(rng) -> str:
    while True:
        body = f"{rng.choice([21, 21, 22])}{rng.randrange(10**6):06d}001"
        k = rut.calc_check_digit(body)
        if rut.is_valid(body + k):
            return body + k


IBAN_BBAN = {
    "RS": lambda r: (
        f"{r.choice(['160', '170', '205', '265', '325', '340'])}{r.randrange(10**13):013d}00"
    ),
    "MT": lambda r: (
        r.choice(["MALT", "VALL", "APSB", "BOVL"])
        + f"{r.randrange(10**5):05d}"
        + f"{r.randrange(10**18):018d}"
    ),
    "IS": lambda r: (
        f"{r.randrange(100, 600):04d}{r.choice(['26', '15', '05'])}"
        + f"{r.randrange(10**6):06d}"
        + f"{r.randrange(1, 31):02d}{r.randrange(1, 13):02d}"
        + f"{r.randrange(50, 100):02d}{r.randrange(2, 10):04d}"
    ),
    "KZ": lambda r: r.choice(["722", "601", "998", "949"]) + "C" + f"{r.randrange(10**12):012d}",
    "AO": lambda r: r.choice(["0040", "0006", "0055"]) + f"{r.randrange(10**17):017d}",
}


def iban(rng, cc: str) -> str:
    while True:
        bban = IBAN_BBAN[cc](rng)
        if cc == "RS":  # national mod-97 check in the last two digits
            bban = bban[:-2] + f"{98 - int(bban[:-2]) * 100 % 97:02d}"
        if cc == "AO":  # Angola's IBAN check digits are always 06
            for k in range(100):
                code = f"AO06{bban[:-2]}{k:02d}"
                if _mod97(code):
                    return code
        code = cc + _iban.calc_check_digits(cc + "00" + bban) + bban
        if _iban.is_valid(code):
            return code


def _mod97(code: str) -> bool:
    s = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_fmt(rng, code: str) -> str:
    if rng.random() < 0.55:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code
