"""Value makers for the v9b blind set: phones, national ids, IBANs, cards, IPs, MACs,
secrets, coordinates and dates.  Everything draws from the record's own Random."""
from __future__ import annotations

import datetime as _dt
import string

import phonenumbers
from stdnum import iban as _iban
from stdnum.by import unp as _unp
from stdnum.do import cedula as _cedula
from stdnum.lv import pvn as _pvn
from stdnum.mk import edb as _edb
from stdnum.mz import nuit as _nuit
from stdnum.sn import ninea as _ninea

REGION = {"si_LK": "LK", "uz_UZ": "UZ", "lv_LV": "LV", "be_BY": "BY", "mk_MK": "MK",
          "fr_SN": "SN", "es_DO": "DO", "en_UG": "UG", "lo_LA": "LA", "pt_MZ": "MZ"}

LAO_DIGITS = "໐໑໒໓໔໕໖໗໘໙"


def lao_digits(s: str) -> str:
    return "".join(LAO_DIGITS[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def digits(rng, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- phones
def _ok(num: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(num, region))
    except phonenumbers.NumberParseException:
        return False


def _phone_lk(rng, mobile):
    if mobile:
        d = "7" + rng.choice("01245678") + digits(rng, 7)
        f = rng.choice([f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d}", f"+94 {d[:2]} {d[2:5]} {d[5:]}",
                        f"+94{d}", f"0{d[:2]}-{d[2:]}", f"(+94) {d[:2]} {d[2:]}"])
    else:
        a = rng.choice(["11", "81", "91", "37", "21", "33", "38", "31", "41", "25", "65", "45"])
        d = a + "2" + digits(rng, 6)
        f = rng.choice([f"0{a} {d[2]} {d[3:6]} {d[6:]}", f"0{a}-{d[2:]}", f"+94 {a} {d[2:]}",
                        f"0{a} {d[2:]}"])
    return d, f


def _phone_uz(rng, mobile):
    if mobile:
        a = rng.choice(["90", "91", "93", "94", "95", "97", "98", "99", "33", "88", "77", "50"])
        r = digits(rng, 7, "123456789")
    else:
        a, r = "71", rng.choice("2") + digits(rng, 6)
    d = a + r
    f = rng.choice([f"+998 {a} {r[:3]} {r[3:5]} {r[5:]}", f"+998 ({a}) {r[:3]}-{r[3:5]}-{r[5:]}",
                    f"+998{d}", f"({a}) {r[:3]}-{r[3:5]}-{r[5:]}", f"{a} {r[:3]} {r[3:5]} {r[5:]}",
                    f"998{d}"])
    return d, f


def _phone_lv(rng, mobile):
    d = ("2" + digits(rng, 7)) if mobile else (rng.choice(["67", "63", "65", "64"]) + digits(rng, 6))
    f = rng.choice([d, f"+371 {d}", f"+371 {d[:2]} {d[2:5]} {d[5:]}", f"{d[:2]} {d[2:5]} {d[5:]}",
                    f"(+371) {d[:4]} {d[4:]}", f"+371{d}"])
    return d, f


def _phone_by(rng, mobile):
    if mobile:
        a = rng.choice(["25", "29", "33", "44"])
        r = digits(rng, 7, "1234567")
    else:
        a, r = "17", digits(rng, 7, "23")
    f = rng.choice([f"+375 {a} {r[:3]}-{r[3:5]}-{r[5:]}", f"+375 ({a}) {r[:3]}-{r[3:5]}-{r[5:]}",
                    f"8 (0{a}) {r[:3]}-{r[3:5]}-{r[5:]}", f"8 0{a} {r}", f"+375{a}{r}",
                    f"80{a}{r}", f"+375 {a} {r}"])
    return a + r, f


def _phone_mk(rng, mobile):
    if mobile:
        a = "7" + rng.choice("0123456789")
        r = digits(rng, 6)
        f = rng.choice([f"0{a} {r[:3]} {r[3:]}", f"0{a}/{r[:3]}-{r[3:]}", f"+389 {a} {r[:3]} {r[3:]}",
                        f"+389{a}{r}", f"0{a}{r}", f"00389 {a} {r}"])
    else:
        a, r = "2", rng.choice("3") + digits(rng, 6)
        f = rng.choice([f"02 {r[:4]} {r[4:]}", f"02/{r[:4]}-{r[4:]}", f"+389 2 {r[:4]} {r[4:]}"])
    return a + r, f


def _phone_sn(rng, mobile):
    if mobile:
        a = rng.choice(["70", "75", "76", "77", "78"])
        r = digits(rng, 7, "123456789")
    else:
        a, r = "33", "8" + digits(rng, 6)
    f = rng.choice([f"+221 {a} {r[:3]} {r[3:5]} {r[5:]}", f"{a} {r[:3]} {r[3:5]} {r[5:]}",
                    f"{a}-{r[:3]}-{r[3:5]}-{r[5:]}", f"00221 {a} {r[:3]} {r[3:5]} {r[5:]}",
                    f"+221{a}{r}", f"{a}{r}"])
    return a + r, f


def _phone_do(rng, mobile):
    a = rng.choice(["809", "829", "849"])
    r = digits(rng, 3, "2346789") + digits(rng, 4)
    f = rng.choice([f"({a}) {r[:3]}-{r[3:]}", f"{a}-{r[:3]}-{r[3:]}", f"+1 {a} {r[:3]} {r[3:]}",
                    f"1-{a}-{r[:3]}-{r[3:]}", f"{a}{r}", f"+1 ({a}) {r[:3]}-{r[3:]}"])
    return a + r, f


def _phone_ug(rng, mobile):
    if mobile:
        a = "7" + rng.choice("0145678")
        r = digits(rng, 7)
    else:
        a, r = "41", "4" + digits(rng, 6)
    d = a + r
    f = rng.choice([f"0{d[:3]} {d[3:]}", f"+256 {d[:3]} {d[3:]}", f"0{d[:3]}-{d[3:]}",
                    f"+256{d}", f"256 {d[:3]} {d[3:6]} {d[6:]}", f"0{d}"])
    return d, f


def _phone_la(rng, mobile):
    if mobile:
        r = rng.choice(["22", "23", "28", "52", "54", "55", "56", "58", "59", "77", "78", "95", "96", "97", "98", "99"]) + digits(rng, 6)
        d = "20" + r
        f = rng.choice([f"020 {r[:4]} {r[4:]}", f"+856 20 {r[:2]} {r[2:5]} {r[5:]}", f"020{r}",
                        f"+856 20 {r[:4]} {r[4:]}", f"(+856-20) {r}", f"856 20 {r}"])
    else:
        r = rng.choice("2") + digits(rng, 5)
        d = "21" + r
        f = rng.choice([f"021 {r[:3]} {r[3:]}", f"+856 21 {r}", f"021-{r}"])
    return d, f


def _phone_mz(rng, mobile):
    if mobile:
        a = rng.choice(["82", "83", "84", "85", "86", "87"])
        r = digits(rng, 7)
        f = rng.choice([f"+258 {a} {r[:3]} {r[3:]}", f"{a} {r[:3]} {r[3:]}", f"{a}{r}",
                        f"(+258) {a} {r}", f"+258{a}{r}", f"{a}-{r[:3]}-{r[3:]}"])
    else:
        a, r = "21", rng.choice("34") + digits(rng, 5)
        f = rng.choice([f"+258 21 {r[:3]} {r[3:]}", f"21 {r[:3]} {r[3:]}", f"(21) {r}"])
    return a + r, f


_PHONES = {"LK": _phone_lk, "UZ": _phone_uz, "LV": _phone_lv, "BY": _phone_by, "MK": _phone_mk,
           "SN": _phone_sn, "DO": _phone_do, "UG": _phone_ug, "LA": _phone_la, "MZ": _phone_mz}


def phone(rng, region: str, mobile: bool | None = None, intl: bool = False) -> str:
    if mobile is None:
        mobile = rng.random() < 0.8
    for _ in range(200):
        _, f = _PHONES[region](rng, mobile)
        if intl and not f.startswith("+"):
            continue
        if _ok(f, region):
            return f
    raise AssertionError(f"no valid phone for {region}")


# ---------------------------------------------------------------- cards
def luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


CARD_PREFIX = {"visa": ["4"], "mc": ["51", "52", "53", "54", "55", "2221", "2720"],
               "amex": ["34", "37"], "unionpay": ["62"], "uzcard": ["8600"], "humo": ["9860"],
               "belkart": ["9112"]}


def card(rng, brand: str) -> str:
    pre = rng.choice(CARD_PREFIX[brand])
    n = 15 if brand == "amex" else 16
    body = pre + digits(rng, n - 1 - len(pre))
    num = body + luhn_digit(body)
    style = rng.random()
    if brand == "amex":
        return f"{num[:4]} {num[4:10]} {num[10:]}" if style < 0.6 else num
    if style < 0.5:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.75:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


# ---------------------------------------------------------------- IBAN
_IBAN_BANKS = {
    "LV": ["HABA", "UNLA", "PARX", "RIKO", "NDEA", "LATB", "BLIV"],
    "BY": ["AKBB", "BPSB", "ALFA", "BLBB", "PJCB", "BELB", "MTBK"],
    "MK": ["300", "250", "210", "200", "380", "290"],
    "DO": ["BPDO", "BRRD", "BCBH", "BAGR", "SCTB"],
    "GB": ["BARC", "NWBK", "HBUK", "LOYD", "MIDL"],
    "DE": ["37040044", "50010517", "10010010", "20041133"],
    "FR": ["30004", "30003", "20041", "10278"],
    "PT": ["0035", "0033", "0007", "0010"],
    "AE": ["033", "026", "035"],
    "LT": ["73000", "70440", "40100"],
    "BE": ["001", "310", "068"],
    "ES": ["2100", "0049", "0182"],
}


def _iban_body(rng, cc):
    b = rng.choice(_IBAN_BANKS[cc])
    if cc == "LV":
        return b + digits(rng, 13)
    if cc == "BY":
        return b + "3012" + digits(rng, 16)
    if cc == "MK":
        return b + digits(rng, 10) + digits(rng, 2)
    if cc == "DO":
        return b + digits(rng, 20)
    if cc == "GB":
        return b + digits(rng, 6) + digits(rng, 8)
    if cc == "DE":
        return b + digits(rng, 10)
    if cc == "FR":
        return b + digits(rng, 5) + digits(rng, 11) + digits(rng, 2)
    if cc == "PT":
        return b + digits(rng, 4) + digits(rng, 11) + digits(rng, 2)
    if cc == "AE":
        return b + digits(rng, 16)
    if cc == "LT":
        return b + digits(rng, 11)
    if cc == "BE":
        return b + digits(rng, 7) + digits(rng, 2)
    if cc == "ES":
        return b + digits(rng, 4) + digits(rng, 2) + digits(rng, 10)
    raise KeyError(cc)


def _a2n(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(rng, cc: str, grouped: bool | None = None) -> str:
    for _ in range(200):
        body = _iban_body(rng, cc)
        chk = 98 - int(_a2n(body + cc + "00")) % 97
        num = f"{cc}{chk:02d}{body}"
        if _iban.is_valid(num):
            break
    else:  # pragma: no cover
        raise AssertionError(cc)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if grouped else num


# ---------------------------------------------------------------- national ids
def nic_lk(rng, dob: _dt.date, female: bool, new: bool | None = None) -> str:
    """Sri Lanka NIC: old YYDDDSSSSV (DDD day of year counted with a 29-day February in every
    year, +500 for women), new YYYYDDDSSSSC.
    Format only: the Department of Registration of Persons publishes no check algorithm."""
    doy = dob.timetuple().tm_yday + (500 if female else 0)
    leap = dob.year % 4 == 0 and (dob.year % 100 != 0 or dob.year % 400 == 0)
    if not leap and dob.month > 2:  # the NIC day count gives February 29 days in every year
        doy += 1
    if new is None:
        new = dob.year >= 1990 or rng.random() < 0.3
    if new:
        return f"{dob.year}{doy:03d}{digits(rng, 4)}{rng.randrange(10)}"
    return f"{dob.year % 100:02d}{doy:03d}{digits(rng, 4)}{rng.choice('VVVVX')}"


def pinfl_uz(rng, dob: _dt.date, female: bool) -> str:
    """Uzbek PINFL (JShShIR): sex/century digit, DDMMYY, 3-digit district, 3-digit serial and a
    7-3-1 weighted check digit (not in python-stdnum)."""
    c = (3 if dob.year < 2000 else 5) + (1 if female else 0)
    body = f"{c}{dob:%d%m}{dob.year % 100:02d}{rng.randrange(1, 400):03d}{rng.randrange(1000):03d}"
    return body + pinfl_check(body)


def pinfl_check(body: str) -> str:
    w = (7, 3, 1) * 5
    return str(sum(int(d) * w[i] for i, d in enumerate(body[:13])) % 10)


def pk_lv(rng, dob: _dt.date, new: bool | None = None) -> str:
    """Latvian personas kods; checked with stdnum.lv.pvn."""
    if new is None:
        new = rng.random() < 0.25
    for _ in range(100):
        if new:
            body = "32" + digits(rng, 8)
        else:
            cent = 1 if dob.year < 2000 else 2
            body = f"{dob:%d%m}{dob.year % 100:02d}{cent}{digits(rng, 3)}"
        chk = _pvn.calc_check_digit_pers(body)
        if chk.isdigit() and len(chk) == 1:
            num = body + chk
            if _pvn.is_valid(num):
                return f"{num[:6]}-{num[6:]}"
    raise AssertionError("lv")


def pvn_company_lv(rng) -> str:
    """Latvian legal-entity PVN: 11 digits starting 4000/4010 with the stdnum checksum (== 3)."""
    for _ in range(100):
        body = rng.choice(["4000", "4010", "4020"]) + digits(rng, 6)
        for c in "0123456789":
            if _pvn.checksum(body + c) == 3 and _pvn.is_valid(body + c):
                return body + c
    raise AssertionError("pvn")


_BY_REGION = "ABCEHKM"


def idn_by(rng, dob: _dt.date, female: bool) -> str:
    """Belarus identification number: sex/century digit, DDMMYY, region letter, 3 digits,
    2 letters (PB, BA, BI, GB...), a check digit.  Format only here."""
    c = (3 if dob.year < 2000 else 5) + (1 if female else 0)
    return (f"{c}{dob:%d%m}{dob.year % 100:02d}{rng.choice(_BY_REGION)}{rng.randrange(1000):03d}"
            f"{rng.choice(['PB', 'BA', 'BI', 'GB'])}{rng.randrange(10)}")


def unp_by(rng, person: bool = True) -> str:
    for _ in range(100):
        if person:
            body = rng.choice("ABCEHKM") + rng.choice("ABCEHKMOPT") + digits(rng, 6)
        else:
            body = rng.choice("1234567") + digits(rng, 7)
        try:
            num = body + _unp.calc_check_digit(body)
        except Exception:
            continue
        if _unp.is_valid(num):
            return num
    raise AssertionError("unp")


def passport_by(rng) -> str:
    return rng.choice(["MP", "MC", "AB", "BM", "HB", "KH", "KB"]) + digits(rng, 7)


def embg_check(body: str) -> str | None:
    w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    m = 11 - sum(int(d) * w[i] for i, d in enumerate(body)) % 11
    if m == 10:
        return None
    return "0" if m == 11 else str(m)


def embg_mk(rng, dob: _dt.date, female: bool) -> str:
    """ЕМБГ: DDMMYYY + region 41-49 + BBB (000-499 men, 500-999 women) + mod-11 check
    (the Yugoslav JMBG rule; python-stdnum checks only Slovenia's EMŠO)."""
    for _ in range(100):
        bbb = rng.randrange(500, 1000) if female else rng.randrange(0, 500)
        body = f"{dob:%d%m}{dob.year % 1000:03d}{rng.randrange(41, 50)}{bbb:03d}"
        c = embg_check(body)
        if c is not None:
            return body + c
    raise AssertionError("embg")


def edb_mk(rng, person: bool = False) -> str:
    for _ in range(100):
        body = ("5" if person else "4") + rng.choice(["0", "0", "1"]) + digits(rng, 10)
        num = body + _edb.calc_check_digit(body)
        if _edb.is_valid(num):
            return num
    raise AssertionError("edb")


def passport_mk(rng) -> str:
    return rng.choice(["M", "A", "N"]) + digits(rng, 7)


def ninea_sn(rng, cofi: bool | None = None) -> str:
    for _ in range(200):
        body = digits(rng, 6, "0123456")
        for c in "0123456789":
            n = body + c
            if _ninea.is_valid(n):
                if cofi is None:
                    cofi = rng.random() < 0.5
                if cofi:
                    full = n + rng.choice("0123") + rng.choice("ABCGVZ") + rng.choice("0123")
                    if _ninea.is_valid(full):
                        return rng.choice([full, f"{n} {full[7:]}"])
                return n
    raise AssertionError("ninea")


def cni_sn(rng, female: bool) -> str:
    """Senegal CNI / NIN (CEDEAO card): 13 digits, first digit 1 for men, 2 for women.
    Format only (no published check)."""
    return ("2" if female else "1") + digits(rng, 12)


def passport_sn(rng) -> str:
    return rng.choice("ABC") + digits(rng, 8)


def cedula_do(rng) -> str:
    for _ in range(100):
        body = rng.choice(["001", "402", "031", "047", "223", "026", "056", "093", "028", "037"]) + digits(rng, 7)
        num = body + luhn_digit(body)
        if _cedula.is_valid(num):
            return _cedula.format(num)
    raise AssertionError("cedula")


def nin_ug(rng, dob: _dt.date, female: bool) -> str:
    """Uganda NIN as printed on the card: CM/CF + birth year (2 digits) + 8 alphanumerics
    + letters.  Format only."""
    up = string.ascii_uppercase
    return ("CF" if female else "CM") + f"{dob.year % 100:02d}" + digits(rng, 3) + "".join(
        rng.choice(up + "0123456789") for _ in range(3)) + "".join(rng.choice(up) for _ in range(4))


def tin_ug(rng) -> str:
    return "10" + digits(rng, 8)


def passport_ug(rng) -> str:
    return rng.choice("AB") + digits(rng, 8, "0")


def id_la(rng) -> str:
    """Lao national ID card number: 12 digits (format as printed; no public check)."""
    return digits(rng, 12, "0")


def passport_la(rng) -> str:
    return "P" + rng.choice("AB") + digits(rng, 7)


def nuit_mz(rng, person: bool = True) -> str:
    for _ in range(100):
        body = ("1" if person else "4") + digits(rng, 7)
        num = body + _nuit.calc_check_digit(body)
        if _nuit.is_valid(num):
            return rng.choice([num, f"{num[:3]} {num[3:6]} {num[6:]}"])
    raise AssertionError("nuit")


def bi_mz(rng) -> str:
    """Mozambican Bilhete de Identidade: 12 digits + a letter.  Format only."""
    return rng.choice(["11", "10", "08", "06", "03", "07"]) + digits(rng, 10) + rng.choice("ABCDEFGHIJKLMNPQ")


def passport_generic(rng, letters="AB", n=7) -> str:
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, n)


def passport_lk(rng) -> str:
    return "N" + digits(rng, 7)


def passport_uz(rng) -> str:
    return rng.choice(["AA", "AB", "AC", "AD", "FA"]) + digits(rng, 7)


def stir_uz(rng) -> str:
    return rng.choice("456") + digits(rng, 8)


# ---------------------------------------------------------------- network values
def ipv4(rng, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.55
    if private:
        k = rng.randrange(3)
        if k == 0:
            return f"192.168.{rng.choice([0, 1, 8, 10, 20, 100])}.{rng.randrange(2, 254)}"
        if k == 1:
            return f"10.{rng.randrange(0, 60)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"
    first = rng.choice([41, 45, 62, 77, 78, 82, 91, 93, 102, 103, 105, 112, 154, 178, 185, 190, 196, 197, 212])
    return f"{first}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"


def ipv6(rng) -> str:
    k = rng.randrange(4)
    def h():
        return f"{rng.randrange(1, 0xffff):x}"

    if k == 0:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    if k == 1:
        return f"2001:db8:{h()}:{h()}::{h()}"
    if k == 2:
        return f"{rng.choice(['2a02', '2c0f', '2a00', '2001'])}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    return f"{rng.choice(['2c0f:fe38', '2a0a:e5c0', '2402:4000'])}:{h()}::{h()}"


OUIS = ["00:1A:2B", "3C:52:82", "F4:F2:6D", "B8:27:EB", "DC:A6:32", "00:50:56", "AC:84:C6",
        "E4:5F:01", "70:4F:57", "C0:25:E9", "00:0C:29", "98:DA:C4", "50:C7:BF", "18:E8:29"]


def mac(rng, form: str | None = None) -> str:
    o = rng.choice(OUIS).split(":")
    b = o + [f"{rng.randrange(256):02X}" for _ in range(3)]
    form = form or rng.choice(["colon", "colon", "colon_l", "dash", "dot"])
    if form == "colon":
        return ":".join(b)
    if form == "colon_l":
        return ":".join(b).lower()
    if form == "dash":
        return "-".join(b)
    s = "".join(b).lower()
    return f"{s[:4]}.{s[4:8]}.{s[8:]}"


_ALNUM = string.ascii_letters + string.digits


def token(rng, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng) -> str:
    k = rng.randrange(6)
    if k == 0:
        return "npm_" + token(rng, 36)
    if k == 1:
        return "ghp_" + token(rng, 36)
    if k == 2:
        return "sk_live_" + token(rng, 24)
    if k == 3:
        return "glpat-" + token(rng, 20, _ALNUM + "-_")
    if k == 4:
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + token(rng, 24)
    return token(rng, 40, _ALNUM)


def jwt(rng) -> str:
    return ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + token(rng, rng.randrange(60, 110), _ALNUM + "-_")
            + "." + token(rng, 43, _ALNUM + "-_"))


_PW_WORDS = ["Kandy", "Lotus", "Samsa", "Daugava", "Zubr", "Ohrid", "Teranga", "Merengue", "Nile",
             "Mekong", "Marrabenta", "Tiger", "Sunrise", "Baobab", "Mango", "Rocket", "Falcon", "Orchid"]


def password(rng) -> str:
    k = rng.randrange(3)
    if k == 0:
        return rng.choice(_PW_WORDS) + rng.choice("@#!$%*") + str(rng.randrange(1970, 2026))
    if k == 1:
        return token(rng, rng.randrange(10, 17), _ALNUM + "!@#%^&*")
    return rng.choice(_PW_WORDS).lower() + str(rng.randrange(10, 999)) + rng.choice(_PW_WORDS)


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- gps and dates
def gps(rng, lat: float, lon: float, form: int | None = None) -> str:
    la = lat + rng.uniform(-0.03, 0.03)
    lo = lon + rng.uniform(-0.03, 0.03)
    form = rng.randrange(4) if form is None else form
    if form == 0:
        return f"{la:.5f}, {lo:.5f}"
    if form == 1:
        return f"{la:.6f},{lo:.6f}"
    if form == 2:
        ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
        return f"{abs(la):.4f}° {ns}, {abs(lo):.4f}° {ew}"
    return f"{la:.4f} {lo:.4f}"


def rand_date(rng, y0: int, y1: int) -> _dt.date:
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randrange(a, b + 1))
