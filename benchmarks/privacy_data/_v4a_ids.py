
"""National ids, SSNs, cards and IBANs for eval_v4a: generated valid and re-checked from text.

python-stdnum checks what it knows; the few checksums it lacks (German pension and ID-card
numbers, Hungarian tax id and TAJ, Russian SNILS, Hungarian/Finnish/French bank parts) are
written out here from their published rules.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.de import idnr as de_idnr
from stdnum.fi import hetu as fi_hetu
from stdnum.fi import veronumero as fi_vero
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.il import idnr as il_idnr
from stdnum.iso7064 import mod_11_10
from stdnum.jp import in_ as jp_in
from stdnum.ro import cnp as ro_cnp
from stdnum.ru import inn as ru_inn
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn
from stdnum.vn import mst as vn_mst


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _only(s: str) -> str:
    return re.sub(r"[\s.\-/]", "", s)


# --- ICAO 9303 check digit (German ID card / passport serials) -----------------------------
def icao_check(s: str) -> str:
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * w[i % 3]
    return str(total % 10)


# --- German pension insurance number (Rentenversicherungsnummer) ---------------------------
def rvnr_check(first11: str) -> str:
    digits = first11[:8] + f"{ord(first11[8]) - 64:02d}" + first11[9:11]
    w = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(map(int, str(int(d) * k))) for d, k in zip(digits, w, strict=False))
    return str(total % 10)


# --- Hungarian tax id (adóazonosító jel) and TAJ ---------------------------------------------
def hu_tax_ok(s: str) -> bool:
    if not re.fullmatch(r"8\d{9}", s):
        return False
    c = sum(int(d) * (i + 1) for i, d in enumerate(s[:9])) % 11
    return c < 10 and c == int(s[9])


def hu_taj_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{9}", s):
        return False
    c = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(s[:8])) % 10
    return c == int(s[8])


# --- Russian SNILS ----------------------------------------------------------------------------
def snils_check(first9: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(first9))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def national_id(rng: random.Random, locale: str, dob: dt.date, male: bool) -> tuple[str, str]:
    """(label key, value) of one national id of the locale, valid by its rules."""
    for _ in range(200):
        key, value = _national_id(rng, locale, dob, male)
        if check_national_id(locale, key, value):
            return key, value
    raise RuntimeError(f"no valid national id for {locale}")


def _national_id(rng: random.Random, locale: str, dob: dt.date, male: bool) -> tuple[str, str]:
    r = rng.random()
    yy, mm, dd = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}"
    if locale == "en_US":
        if r < 0.4:
            v = "9" + _digits(rng, 2) + rng.choice(["70", "78", "81", "88", "94", "99", "50", "65"]) + _digits(rng, 4)
            return "itin", rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}", v])
        if r < 0.7:
            return "passport", rng.choice(["5", "6", "A", "C"]) + _digits(rng, 8)
        return "licence", rng.choice([rng.choice("ABDFGHJKLMNPRSTWY") + _digits(rng, 7), _digits(rng, 9),
                                      rng.choice("BCDFGHJKLMNPRSTW") + _digits(rng, 3) + "-" + _digits(rng, 3) + "-" + _digits(rng, 2) + "-" + _digits(rng, 3) + "-0"])
    if locale == "de_DE":
        if r < 0.4:
            # One digit twice, eight others once (the IdNr rule), no leading zero.
            pool = rng.sample(string.digits, 9)
            dl = [*pool, pool[0]]
            rng.shuffle(dl)
            body = "".join(dl)
            v = body + mod_11_10.calc_check_digit(body)
            return "taxid", rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])
        if r < 0.65:
            s = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
            return rng.choice(["idcard", "passport"]), s + icao_check(s)
        first = rng.choice(["12", "13", "15", "23", "24", "25", "28", "38", "53", "65"]) + dd + mm + yy
        first += rng.choice("ABDGHKLMNRSTW") + (f"{rng.randint(0, 49):02d}" if male else f"{rng.randint(50, 99):02d}")
        v = first + rvnr_check(first)
        return "pension", rng.choice([v, f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"])
    if locale == "fr_FR":
        if r < 0.5:
            dep = rng.choice(["75", "69", "13", "33", "59", "2A", "44", "67", "31", "06"])
            body = ("1" if male else "2") + yy + mm + dep + _digits(rng, 3) + _digits(rng, 3)
            v = body + fr_nir.calc_check_digits(body)
            return "nir", rng.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
        if r < 0.8:
            body = rng.choice("0123") + _digits(rng, 9)
            v = body + f"{int(body) % 511:03d}"
            return "taxid", rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"])
        return "passport", _digits(rng, 2) + "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + _digits(rng, 5)
    if locale == "ja_JP":
        if r < 0.65:
            body = _digits(rng, 11)
            v = body + jp_in.calc_check_digit(body)
            return "mynumber", rng.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])
        return "passport", rng.choice(["TK", "TR", "TZ", "MZ", "TS"]) + _digits(rng, 7)
    if locale == "ru_RU":
        if r < 0.35:
            body = rng.choice(["77", "78", "50", "66", "54", "16", "23"]) + _digits(rng, 8)
            c1 = ru_inn.calc_personal_check_digits(body)
            return "inn", body + c1
        if r < 0.7:
            body = _digits(rng, 9)
            v = body + snils_check(body)
            return "snils", rng.choice([f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}", v])
        if r < 0.9:
            return "passport", rng.choice(["45", "46", "40", "65", "50"]) + f" {yy if int(yy) < 30 else rng.choice(['04', '11', '17', '20'])} " + _digits(rng, 6)
        return "intpassport", f"{rng.choice(['72', '75', '76'])} {_digits(rng, 7)}"
    if locale == "ro_RO":
        if r < 0.7:
            s = ("1" if male else "2") if dob.year < 2000 else ("5" if male else "6")
            county = rng.choice(["40", "12", "22", "35", "13", "04", "32", "02"])
            body = s + yy + mm + dd + county + _digits(rng, 3)
            return "cnp", body + ro_cnp.calc_check_digit(body)
        if r < 0.85:
            return "idcard", rng.choice(["RX", "RT", "KX", "IF", "CJ", "TZ", "XB"]) + rng.choice([" ", ""]) + _digits(rng, 6)
        return "passport", "05" + _digits(rng, 7)
    if locale == "hu_HU":
        if r < 0.4:
            days = (dob - dt.date(1867, 1, 1)).days
            body = "8" + f"{days:05d}" + _digits(rng, 3)
            c = sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11
            return "taxid", body + str(c) if c < 10 else "x"
        if r < 0.8:
            body = _digits(rng, 8)
            c = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
            v = body + str(c)
            return "taj", rng.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"])
        return "idcard", _digits(rng, 6) + "".join(rng.choice("ABCDEFHIJKLMNPRSTUVZ") for _ in range(2))
    if locale == "fi_FI":
        if r < 0.7:
            sep = {18: "+", 19: rng.choice("-----YXWVU"), 20: rng.choice("AAAAB")}[dob.year // 100]
            ind = f"{rng.randrange(2, 900, 2) + (1 if male else 0):03d}"
            body = dd + mm + yy + sep + ind
            chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + ind) % 31]
            return "hetu", body + chk
        if r < 0.85:
            body = "1000" + _digits(rng, 7)
            for c in string.digits:
                if fi_vero.is_valid(body + c):
                    return "vero", body + c
            return "vero", "x"
        return "passport", rng.choice(["XP", "FP", "PB", "PD"]) + _digits(rng, 7)
    if locale == "he_IL":
        if r < 0.75:
            body = _digits(rng, 8)
            v = body + luhn.calc_check_digit(body)
            return "tz", rng.choice([v, v, f"{v[:8]}-{v[8]}"])
        return "passport", rng.choice(["2", "3"]) + _digits(rng, 7)
    if locale == "vi_VN":
        if r < 0.6:
            prov = rng.choice(["001", "079", "048", "031", "092", "038", "040", "075", "056", "036"])
            g = ("0" if male else "1") if dob.year < 2000 else ("2" if male else "3")
            return "cccd", prov + g + yy + _digits(rng, 6)
        if r < 0.85:
            body = rng.choice(["01", "03", "04", "80", "83"]) + _digits(rng, 7)
            for c in string.digits:
                if vn_mst.is_valid(body + c):
                    return "mst", body + c
            return "mst", "x"
        return "passport", rng.choice(["C", "B", "N"]) + _digits(rng, 7)
    raise ValueError(locale)


def check_national_id(locale: str, key: str, text: str) -> bool:
    """Re-validate a national id from its text alone."""
    c = _only(text)
    checks = {
        "itin": lambda: us_itin.is_valid(c),
        "passport": lambda: bool(re.fullmatch(r"[A-Z0-9]{7,9}", c)),
        "licence": lambda: bool(re.fullmatch(r"[A-Z]?\d{7,12}0?", c)),
        "taxid": lambda: (de_idnr.is_valid(c) if locale == "de_DE" else fr_nif.is_valid(c) if locale == "fr_FR" else hu_tax_ok(c)),
        "idcard": lambda: (icao_check(c[:9]) == c[9:] and len(c) == 10) if locale == "de_DE" else bool(re.fullmatch(r"[A-Z]{2}\d{6}|\d{6}[A-Z]{2}", c)),
        "pension": lambda: len(c) == 12 and rvnr_check(c[:11]) == c[11],
        "nir": lambda: fr_nir.is_valid(c),
        "mynumber": lambda: jp_in.is_valid(c),
        "inn": lambda: len(c) == 12 and ru_inn.is_valid(c),
        "snils": lambda: len(c) == 11 and snils_check(c[:9]) == c[9:],
        "intpassport": lambda: bool(re.fullmatch(r"\d{9}", c)),
        "cnp": lambda: ro_cnp.is_valid(c),
        "taj": lambda: hu_taj_ok(c),
        "hetu": lambda: fi_hetu.is_valid(c, allow_temporary=False),
        "vero": lambda: fi_vero.is_valid(c),
        "tz": lambda: il_idnr.is_valid(c),
        "cccd": lambda: bool(re.fullmatch(r"0\d{2}[0-3]\d{8}", c)),
        "mst": lambda: vn_mst.is_valid(c),
    }
    if key == "passport" and locale == "de_DE":
        return len(c) == 10 and icao_check(c[:9]) == c[9]
    if key == "passport" and locale == "ru_RU":
        return bool(re.fullmatch(r"\d{10}", c))
    try:
        return bool(checks[key]())
    except Exception:
        return False


# --- US SSN --------------------------------------------------------------------------------
def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(v):
            return rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}"] * 3 + [v, f"{v[:3]} {v[3:5]} {v[5:]}"])


def check_ssn(text: str) -> bool:
    return us_ssn.is_valid(_only(text))


# --- Payment cards ---------------------------------------------------------------------------
NETWORKS = {
    "visa": (["4"], 16), "mastercard": (["51", "53", "55", "2221", "2720", "2470"], 16),
    "amex": (["34", "37"], 15), "jcb": (["3528", "3540", "3589"], 16), "mir": (["2200", "2202", "2204"], 16),
    "discover": (["6011", "65"], 16), "maestro": (["6759", "5018"], 16),
}
LOCAL_NETWORKS = {"ja_JP": ["jcb", "visa", "mastercard"], "ru_RU": ["mir", "visa", "mastercard"],
                  "en_US": ["visa", "mastercard", "amex", "discover"]}


def card(rng: random.Random, locale: str) -> str:
    net = rng.choice(LOCAL_NETWORKS.get(locale, ["visa", "mastercard", "amex", "maestro"]))
    prefix, n = NETWORKS[net]
    body = rng.choice(prefix)
    body += _digits(rng, n - 1 - len(body))
    d = body + luhn.calc_check_digit(body)
    if n == 15:
        return rng.choice([f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:4]}-{d[4:10]}-{d[10:]}", d])
    groups = [d[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(groups), " ".join(groups), "-".join(groups), d, "  ".join(groups)])


def check_card(text: str) -> bool:
    c = _only(text)
    return len(c) in (15, 16) and luhn.is_valid(c)


# --- IBAN ------------------------------------------------------------------------------------
IBAN_COUNTRIES = {"de_DE": "DE", "fr_FR": "FR", "ro_RO": "RO", "hu_HU": "HU", "fi_FI": "FI", "he_IL": "IL"}


def _weighted_931(s: str) -> str:
    w = (9, 7, 3, 1)
    return str((10 - sum(int(d) * w[i % 4] for i, d in enumerate(s)) % 10) % 10)


def iban(rng: random.Random, locale: str) -> str:
    cc = IBAN_COUNTRIES[locale]
    if cc == "DE":
        bban = rng.choice(["10070000", "20050550", "37040044", "50010517", "70150000", "43060967"]) + _digits(rng, 10)
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278", "30002"]), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"]) + rng.choice(["RON", "CRT", "0"])
        bban += _digits(rng, 20 - len(bban))
    elif cc == "HU":
        a = rng.choice(["117", "116", "104", "120", "107"]) + _digits(rng, 4)
        a += _weighted_931(a)
        b = _digits(rng, 15)
        b += _weighted_931(b)
        bban = a + b
    elif cc == "FI":
        b = rng.choice(["100", "157", "800", "470", "500"]) + _digits(rng, 10)
        bban = b + luhn.calc_check_digit(b)
    else:  # IL
        bban = rng.choice(["010", "012", "020", "011", "031"]) + _digits(rng, 3) + "0000" + _digits(rng, 9)
    check = std_iban.calc_check_digits(cc + "00" + bban)
    v = cc + check + bban
    assert std_iban.is_valid(v), v
    r = rng.random()
    if r < 0.55:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r < 0.9:
        return v
    return v.lower()


def check_iban(text: str) -> bool:
    return std_iban.is_valid(_only(text).upper())
