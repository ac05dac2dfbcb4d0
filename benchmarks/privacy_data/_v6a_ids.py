"""Check-digit values for eval_v6a: national ids (python-stdnum), IBANs, cards, phones."""

from __future__ import annotations

import datetime as dt
import random
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.az import voen
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut as cl_rut
from stdnum.ee import ik as ee_ik
from stdnum.is_ import kennitala
from stdnum.pe import cui as pe_cui
from stdnum.si import ddv as si_ddv
from stdnum.si import emso as si_emso
from stdnum.za import idnr as za_idnr
from stdnum.za import tin as za_tin

DIG = string.digits
UP = string.ascii_uppercase


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _fix_last(body: str, ok) -> str:
    for d in DIG:
        if ok(body + d):
            return body + d
    raise ValueError(body)


# ---------------------------------------------------------------- national ids


def za_id(rng, born: dt.date, male: bool) -> str:
    seq = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    body = f"{born:%y%m%d}{seq:04d}{rng.choice('0001')}8"
    return _fix_last(body, za_idnr.is_valid)


def za_tax(rng) -> str:
    return _fix_last(rng.choice("0123") + digits(rng, 8), za_tin.is_valid)


def is_kt(rng, born: dt.date) -> str:
    for _ in range(100):
        body = f"{born:%d%m%y}" + digits(rng, 2)
        for c in DIG:
            k = body + c + ("9" if born.year < 2000 else "0")
            if kennitala.is_valid(k):
                return k
    raise ValueError(born)


def cl_rut_num(rng, lo=5_000_000, hi=26_000_000) -> str:
    n = str(rng.randint(lo, hi))
    return n + cl_rut.calc_check_digit(n)


def pe_dni(rng) -> tuple[str, str]:
    n = f"{rng.randint(10_000_000, 79_999_999)}"
    return n, pe_cui.calc_check_digits(n)


def be_rrn(rng, born: dt.date, male: bool) -> str:
    seq = rng.randrange(1, 997, 2) if male else rng.randrange(2, 998, 2)
    base = f"{born:%y%m%d}{seq:03d}"
    num = int(("2" if born.year >= 2000 else "") + base)
    chk = 97 - num % 97
    out = f"{base}{chk:02d}"
    assert be_nn.is_valid(out), out
    return out


def ch_ahv(rng) -> str:
    return _fix_last("756" + digits(rng, 9), ch_ssn.is_valid)


def si_emso_num(rng, born: dt.date, male: bool) -> str:
    seq = rng.randint(0, 499) if male else rng.randint(500, 999)
    body = f"{born:%d%m}{born.year % 1000:03d}50{seq:03d}"
    return body + si_emso.calc_check_digit(body)


def si_tax(rng) -> str:
    for _ in range(50):
        body = str(rng.randint(1, 9)) + digits(rng, 6)
        c = si_ddv.calc_check_digit(body)
        if si_ddv.is_valid(body + c):
            return body + c
    raise ValueError


def ee_isikukood(rng, born: dt.date, male: bool) -> str:
    first = (3 if born.year < 2000 else 5) + (0 if male else 1)
    body = f"{first}{born:%y%m%d}{digits(rng, 3)}"
    return _fix_last(body, ee_ik.is_valid)


def az_voen(rng) -> str:
    for _ in range(200):
        body = digits(rng, 8)
        for c in DIG:
            v = body + c + rng.choice("12")
            if voen.is_valid(v):
                return v
    raise ValueError


def az_fin(rng) -> str:
    pool = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(pool) for _ in range(7))


def ge_pin(rng) -> str:
    return rng.choice(["01", "02", "12", "18", "35", "54", "57", "61"]) + digits(rng, 9)


# ---------------------------------------------------------------- IBAN


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    out = f"{cc}{chk:02d}{bban}"
    assert std_iban.is_valid(out), out
    return out


def iban(rng, loc: str) -> str | None:
    if loc == "fr_BE":
        acc = rng.choice(["001", "068", "310", "363", "735", "068", "751"]) + digits(rng, 7)
        nat = int(acc) % 97 or 97
        return _iban("BE", f"{acc}{nat:02d}")
    if loc == "it_CH":
        bank = rng.choice(["00764", "00247", "80808", "00700", "09000", "00233"])
        return _iban("CH", bank + digits(rng, 12))
    if loc == "sl_SI":
        bank = rng.choice(["02010", "04515", "10100", "19100", "03100", "06000"])
        return _iban("SI", bank + digits(rng, 10))
    if loc == "et_EE":
        bank = rng.choice(["22", "10", "17", "77", "33"])
        return _iban("EE", bank + digits(rng, 14))
    if loc == "is_IS":
        kt = is_kt(rng, dt.date(rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28)))
        bank = rng.choice(["0101", "0111", "0301", "0515", "0133", "0537"])
        return _iban("IS", bank + "26" + digits(rng, 6) + kt)
    if loc == "ka_GE":
        return _iban("GE", rng.choice(["TB", "BG", "LB", "PC"]) + digits(rng, 16))
    if loc == "az_AZ":
        bank = rng.choice(["NABZ", "IBAZ", "PAHA", "AIIB", "KAPT", "UBAZ"])
        return _iban("AZ", bank + digits(rng, 20))
    return None


def fmt_iban(rng, s: str) -> str:
    r = rng.random()
    if r < 0.55:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if r < 0.9:
        return s
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower() if rng.random() < 0.3 else s


# ---------------------------------------------------------------- cards


def card(rng) -> tuple[str, str]:
    brand = rng.choices(["visa", "mc", "mc2", "amex", "maestro", "diners"], [6, 4, 1, 2, 1, 1])[0]
    if brand == "visa":
        body, n = "4" + digits(rng, 5), 16
    elif brand == "mc":
        body, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "mc2":
        body, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex":
        body, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "maestro":
        body, n = rng.choice(["6759", "6761", "5018", "5020"]) + digits(rng, 2), 16
    else:
        body, n = "36" + digits(rng, 4), 14
    body += digits(rng, n - 1 - len(body))
    num = body + luhn.calc_check_digit(body)
    return brand, num


def fmt_card(rng, num: str) -> str:
    r = rng.random()
    if len(num) == 15 or len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i : i + 4] for i in range(0, 16, 4)]
    if r < 0.5:
        return " ".join(g)
    if r < 0.7:
        return "-".join(g)
    if r < 0.9:
        return num
    return ".".join(g) if len(num) == 16 else " ".join(g)


def expiry(rng) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"


# ---------------------------------------------------------------- phones

_PH = {
    "en_ZA": (
        "ZA",
        [
            "60",
            "61",
            "62",
            "71",
            "72",
            "73",
            "74",
            "76",
            "78",
            "79",
            "81",
            "82",
            "83",
            "84",
            "11",
            "21",
            "31",
            "12",
        ],
        9,
    ),
    "is_IS": ("IS", ["6", "7", "8", "5", "4"], 7),
    "es_CL": ("CL", ["9", "22", "32", "41"], 9),
    "es_PE": ("PE", ["9", "9", "9", "1"], 9),
    "fr_BE": ("BE", ["47", "48", "49", "46", "2", "4", "81", "71"], 0),
    "it_CH": ("CH", ["79", "78", "76", "91", "77"], 9),
    "sl_SI": ("SI", ["41", "40", "31", "51", "70", "1", "2", "4"], 8),
    "et_EE": ("EE", ["5", "5", "6", "7"], 0),
    "ka_GE": ("GE", ["555", "557", "568", "571", "591", "595", "599", "32"], 9),
    "az_AZ": ("AZ", ["50", "51", "55", "70", "77", "99", "12"], 9),
}


def phone_number(rng, loc: str) -> phonenumbers.PhoneNumber:
    region, prefixes, n = _PH[loc]
    for _ in range(500):
        p = rng.choice(prefixes)
        if loc == "fr_BE":
            n = 9 if len(p) == 2 and p[0] == "4" else 8
        if loc == "et_EE":
            n = 8 if p == "5" and rng.random() < 0.6 else 7
        if loc == "es_PE" and p == "1":
            n = 8
        nat = p + digits(rng, n - len(p))
        num = phonenumbers.parse(nat, region)
        if phonenumbers.is_valid_number(num):
            return num
    raise ValueError(loc)


def fmt_phone(rng, loc: str, num: phonenumbers.PhoneNumber) -> str:
    PNF = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    r = rng.random()
    if r < 0.35:
        out = nat
    elif r < 0.65:
        out = intl
    elif r < 0.75:
        out = e164
    elif r < 0.85:
        out = "00" + e164[1:]
    elif r < 0.93:
        out = "".join(c for c in nat if c.isdigit())
    else:
        if loc in ("fr_BE", "it_CH"):
            out = nat.replace(" ", ".")
        elif "(" in nat:
            out = nat
        else:
            out = nat.replace(" ", "-")
    return out


def phone_ok(text: str, loc: str) -> bool:
    region = _PH[loc][0]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False
