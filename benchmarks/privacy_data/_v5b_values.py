"""Structured values for eval_v5b: generated valid by their rules, then re-checked.

Every generator returns the exact string that goes into the text; `_v5b_checks.py` re-validates
the same string from the text alone (python-stdnum, phonenumbers, ipaddress, Luhn).
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.co import nit as co_nit
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.in_ import epic as in_epic
from stdnum.lt import asmens as lt_asmens
from stdnum.my import nric as my_nric
from stdnum.us import ssn as us_ssn

REGION = {
    "en_IN": "IN", "en_IE": "IE", "de_CH": "CH", "nl_BE": "BE", "es_CO": "CO",
    "zh_TW": "TW", "hr_HR": "HR", "lt_LT": "LT", "ms_MY": "MY", "ar_SA": "SA",
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DIGITS = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


# ---------------------------------------------------------------- phones
_MOBILE = phonenumbers.PhoneNumberType.MOBILE
_FIXED = phonenumbers.PhoneNumberType.FIXED_LINE


def _phone_number(rng: random.Random, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
    kind = _MOBILE if mobile else _FIXED
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    for attempt in range(3000):
        # Mostly fully random digits; after many misses keep the example's first digits.
        keep = 0 if attempt < 1500 else 2
        cand = national[:keep] + digits(rng, len(national) - keep)
        num = phonenumbers.parse("+" + str(example.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
        ):
            return num
    raise RuntimeError(f"no valid phone for {region}")


def _regroup(digs: str, groups: list[int], sep: str) -> str:
    out, i = [], 0
    for g in groups:
        out.append(digs[i:i + g])
        i += g
    if i < len(digs):
        out[-1] += digs[i:]
    return sep.join(p for p in out if p)


def phone(rng: random.Random, locale: str, *, mobile: bool = True) -> str:
    """A valid phone of the locale's country in one of several written forms."""
    region = REGION[locale]
    num = _phone_number(rng, region, mobile)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    nsn = str(num.national_number)
    forms = [nat, intl, e164, intl.replace(" ", "-"), "00" + e164[1:]]
    if region == "IN" and mobile:
        forms += ["0" + nsn, nsn[:5] + " " + nsn[5:], "+91-" + nsn, "+91 " + nsn[:5] + "-" + nsn[5:]]
    elif region == "IN":
        pass  # landlines: STD codes vary in length, keep phonenumbers' own forms
    elif region == "IE":
        forms += ["0" + nsn[:2] + "-" + nsn[2:5] + " " + nsn[5:], "(0" + nsn[:2] + ") " + nsn[2:]]
    elif region == "CH":
        forms += ["0" + _regroup(nsn, [2, 3, 2, 2], " "), "+41 (0)" + _regroup(nsn, [2, 3, 2, 2], " "),
                  "0" + _regroup(nsn, [2, 3, 2, 2], ".")]
    elif region == "BE":
        if len(nsn) == 9:
            forms += ["0" + nsn[:3] + "/" + _regroup(nsn[3:], [2, 2, 2], "."),
                      "0" + nsn[:3] + " " + _regroup(nsn[3:], [2, 2, 2], " "),
                      "+32 (0)" + nsn[:3] + " " + nsn[3:]]
        else:
            forms += ["0" + nsn[:1] + "/" + _regroup(nsn[1:], [3, 2, 2], " ")]
    elif region == "CO":
        forms += [nsn[:3] + " " + nsn[3:6] + " " + nsn[6:], "(" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:],
                  "+57 " + nsn]
    elif region == "TW":
        if mobile:
            forms += ["0" + nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:], "0" + nsn, "+886-" + nsn[:3] + "-" + nsn[3:]]
        else:
            forms += ["(0" + nsn[:1] + ")" + nsn[1:5] + "-" + nsn[5:], "0" + nsn[:1] + "-" + nsn[1:5] + "-" + nsn[5:]]
    elif region == "HR":
        forms += ["0" + nsn[:2] + "/" + nsn[2:5] + "-" + nsn[5:], "0" + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:],
                  "+385 (0)" + nsn[:2] + " " + nsn[2:]]
    elif region == "LT":
        forms += ["8 " + nsn[:3] + " " + nsn[3:], "8-" + nsn[:3] + "-" + nsn[3:], "+370 " + nsn[:3] + " " + nsn[3:]]
    elif region == "MY":
        forms += ["0" + nsn[:2] + "-" + nsn[2:], "0" + nsn[:2] + "-" + nsn[2:5] + " " + nsn[5:],
                  "+60 " + nsn[:2] + "-" + nsn[2:5] + " " + nsn[5:], "6" + "0" + nsn]
    elif region == "SA":
        forms += ["0" + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:], "0" + nsn, "+966 " + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:]]
    # Keep only the forms that read back as the same number in the country (e.g. "00" is not
    # the international prefix in Colombia or Taiwan).
    same = [f for f in forms if _reads_back(f, region, num)]
    return rng.choice(same)


def _reads_back(text: str, region: str, num: phonenumbers.PhoneNumber) -> bool:
    try:
        back = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return back.country_code == num.country_code and back.national_number == num.national_number


# ---------------------------------------------------------------- cards
_NETWORKS = [
    ("visa", ["4"], 16, [4, 4, 4, 4]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "23"], 16, [4, 4, 4, 4]),
    ("amex", ["34", "37"], 15, [4, 6, 5]),
    ("discover", ["6011", "644", "65"], 16, [4, 4, 4, 4]),
    ("jcb", ["3528", "3566", "3589"], 16, [4, 4, 4, 4]),
    ("diners", ["36", "38"], 14, [4, 6, 4]),
    ("unionpay", ["62"], 16, [4, 4, 4, 4]),
    ("unionpay19", ["62"], 19, [4, 4, 4, 4, 3]),
    ("rupay", ["6521", "6522", "508", "607"], 16, [4, 4, 4, 4]),
    ("maestro", ["6759", "5018", "6304"], 18, [4, 4, 4, 4, 2]),
    ("visa13", ["4"], 13, [4, 3, 3, 3]),
]
LOCAL_NETS = {"en_IN": ["rupay"], "zh_TW": ["jcb", "unionpay"], "ms_MY": ["unionpay"], "en_IE": ["maestro"]}


def card(rng: random.Random, locale: str) -> str:
    names = [n[0] for n in _NETWORKS if n[0] not in ("rupay", "visa13", "unionpay19", "maestro")]
    names += LOCAL_NETS.get(locale, []) * 2 + ["visa13"] * (rng.random() < 0.05)
    chosen = rng.choice(names)
    net = next(n for n in _NETWORKS if n[0] == chosen)
    _, prefixes, length, groups = net
    body = rng.choice(prefixes)
    body += digits(rng, length - 1 - len(body))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    sep = rng.choice([" ", " ", "-", "", " "])
    return _regroup(num, groups, sep) if sep else num


# ---------------------------------------------------------------- IBANs
_BANKS = {
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"],
    "CH": ["00762", "00230", "08390", "80808", "00700", "00767"],
    "BE": ["001", "068", "310", "363", "539", "630", "734", "735", "751", "091"],
    "HR": ["2340009", "2360000", "2484008", "2402006", "2500009", "2390001"],
    "LT": ["73000", "70440", "40100", "72900", "21400"],
    "SA": ["80", "10", "20", "45", "05", "60"],
}


def _bban(rng: random.Random, cc: str) -> str:
    bank = rng.choice(_BANKS[cc])
    if cc == "IE":
        return bank + rng.choice(["931", "900", "901", "990", "985"]) + digits(rng, 3) + digits(rng, 8)
    if cc == "CH":
        return bank + digits(rng, 12)
    if cc == "BE":
        base = bank + digits(rng, 7)
        chk = int(base) % 97 or 97
        return base + f"{chk:02d}"
    if cc == "HR":
        return bank + rng.choice(["1", "3"]) + digits(rng, 9)
    if cc == "LT":
        return bank + digits(rng, 11)
    if cc == "SA":
        return bank + "0000" + digits(rng, 14)
    raise KeyError(cc)


def iban(rng: random.Random, locale: str) -> str | None:
    cc = REGION[locale]
    if cc not in _BANKS:
        return None
    for _ in range(50):
        bban = _bban(rng, cc)
        value = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(value):
            break
    else:
        raise RuntimeError("iban")
    style = rng.random()
    if style < 0.55:
        return std_iban.format(value)
    if style < 0.85:
        return value
    if style < 0.93:
        return value.lower()
    return "-".join(value[i:i + 4] for i in range(0, len(value), 4))


# ---------------------------------------------------------------- national ids
def tw_id(rng: random.Random, *, resident: bool = False, female: bool | None = None) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    letter = rng.choice("ABCDEFGHJKLMNPQTUVXWZ")
    code = letters.index(letter) + 10
    if resident:
        second = rng.choice("89")
    else:
        second = ("2" if female else "1") if female is not None else rng.choice("12")
    body = second + digits(rng, 7)
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    nums = [code // 10, code % 10] + [int(c) for c in body]
    total = sum(w * n for w, n in zip(weights, nums, strict=True))
    return letter + body + str((10 - total % 10) % 10)


def tw_id_valid(value: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    if len(value) != 10 or value[0] not in letters or not value[1:].isdigit() or value[1] not in "1289":
        return False
    code = letters.index(value[0]) + 10
    nums = [code // 10, code % 10] + [int(c) for c in value[1:]]
    return sum(w * n for w, n in zip([1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1], nums, strict=True)) % 10 == 0


def sa_id(rng: random.Random, *, resident: bool = False) -> str:
    body = ("2" if resident else "1") + digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    num = body + verhoeff.calc_check_digit(body)
    return rng.choice([num[:4] + " " + num[4:8] + " " + num[8:], num, num[:4] + "-" + num[4:8] + "-" + num[8:]])


def pan(rng: random.Random, family: str) -> str:
    up = string.ascii_uppercase
    initial = family[:1].upper() if family[:1].upper() in up else rng.choice(up)
    return "".join(rng.choice(up) for _ in range(3)) + "P" + initial + digits(rng, 4) + rng.choice(up)


def epic(rng: random.Random) -> str:
    for _ in range(100):
        val = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + digits(rng, 7)
        if in_epic.is_valid(val):
            return val
    raise RuntimeError("epic")


def pps(rng: random.Random) -> str:
    body = digits(rng, 7)
    alphabet = "WABCDEFGHIJKLMNOPQRSTUV"
    extra = rng.choice(["", "", "A", "W"])
    total = sum((8 - i) * int(c) for i, c in enumerate(body)) + (9 * alphabet.index(extra) if extra else 0)
    value = body + alphabet[total % 23] + extra
    assert ie_pps.is_valid(value), value
    return value


def ahv(rng: random.Random) -> str:
    body = "756" + digits(rng, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    value = body + str((10 - total % 10) % 10)
    assert ch_ssn.is_valid(value)
    return rng.choice([ch_ssn.format(value), ch_ssn.format(value), value])


def be_national(rng: random.Random, dob: tuple[int, int, int], female: bool) -> str:
    y, m, d = dob
    seq = rng.randrange(1, 998)
    seq += (seq % 2) != (0 if female else 1)
    seq = max(1, min(seq, 997))
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    num = int(("2" if y >= 2000 else "") + base)
    value = base + f"{97 - num % 97:02d}"
    assert be_nn.is_valid(value), value
    return rng.choice([be_nn.format(value), value, f"{value[:6]}-{value[6:9]}-{value[9:]}"])


def co_cedula_nit(rng: random.Random) -> str:
    base = str(rng.randrange(10_000_000, 1_130_000_000))
    value = base + co_nit.calc_check_digit(base)
    assert co_nit.is_valid(value)
    return co_nit.format(value)


def co_cedula(rng: random.Random) -> str:
    n = rng.randrange(1_000_000, 1_130_000_000)
    return rng.choice([f"{n:,}".replace(",", "."), str(n)])


def oib(rng: random.Random) -> str:
    body = rng.choice("123456789") + digits(rng, 9)
    value = next(body + c for c in DIGITS if hr_oib.is_valid(body + c))
    return value


def lt_code(rng: random.Random, dob: tuple[int, int, int], female: bool) -> str:
    y, m, d = dob
    first = (4 if female else 3) if y < 2000 else (6 if female else 5)
    body = f"{first}{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
    value = body + lt_asmens.calc_check_digit(body + "0")  # reads the first 10 digits
    assert lt_asmens.is_valid(value), value
    return value


MY_STATES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "16"]


def mykad(rng: random.Random, dob: tuple[int, int, int], female: bool) -> str:
    y, m, d = dob
    last = rng.randrange(0, 10000)
    if (last % 2 == 0) != female:
        last = (last + 1) % 10000
    value = f"{y % 100:02d}{m:02d}{d:02d}-{rng.choice(MY_STATES)}-{last:04d}"
    assert my_nric.is_valid(value), value
    return rng.choice([value, value, value.replace("-", "")])


def us_ssn_value(rng: random.Random) -> str:
    for _ in range(100):
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if us_ssn.is_valid(value):
            return rng.choice([value, value, value.replace("-", " ")])
    raise RuntimeError("ssn")


def passport(rng: random.Random, locale: str) -> str:
    up = string.ascii_uppercase
    cc = REGION[locale]
    if cc == "IN":
        return rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7)
    if cc == "IE":
        return rng.choice(["P", "L"]) + rng.choice(up) + digits(rng, 7)
    if cc == "CH":
        return rng.choice("XSF") + digits(rng, 7)
    if cc == "BE":
        return rng.choice(["EH", "EJ", "EM", "EP"]) + digits(rng, 6)
    if cc == "CO":
        return rng.choice(["AT", "AR", "PE"]) + digits(rng, 6)
    if cc == "TW":
        return rng.choice("3") + digits(rng, 8)
    if cc == "HR":
        return digits(rng, 9)
    if cc == "LT":
        return digits(rng, 8)
    if cc == "MY":
        return rng.choice("AHK") + digits(rng, 8)
    return rng.choice("ABCDEFGHJKLPRTUVWXY") + digits(rng, 8)


def licence(rng: random.Random, locale: str) -> str:
    cc = REGION[locale]
    if cc == "IN":
        st = rng.choice(["MH12", "KA05", "DL04", "TN09", "WB10", "UP16", "GJ01"])
        return rng.choice([f"{st} {rng.randrange(2005, 2024)}{digits(rng, 7)}", f"{st[:2]}-{st[2:]}{rng.randrange(2005, 2024)}{digits(rng, 7)}"])
    if cc == "IE":
        return digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)
    if cc == "CH":
        return digits(rng, 6) + digits(rng, 3)
    if cc == "BE":
        return digits(rng, 10)
    if cc == "HR":
        return digits(rng, 8)
    if cc == "LT":
        return digits(rng, 8)
    return digits(rng, 10)


# ---------------------------------------------------------------- network values
_OUIS = ["B827EB", "DCA632", "E45F01", "001B63", "3C5AB4", "F4F5D8", "005056", "000C29", "286C07",
         "A4C138", "18FE34", "ECFABC", "7CDFA1", "70B3D5", "001A11", "BC5FF4", "D8BBC1", "482CA0"]


def mac(rng: random.Random) -> str:
    raw = rng.choice(_OUIS) + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    style = rng.randrange(6)
    pairs = [raw[i:i + 2] for i in range(0, 12, 2)]
    if style == 0:
        return ":".join(pairs)
    if style == 1:
        return ":".join(pairs).lower()
    if style == 2:
        return "-".join(pairs)
    if style == 3:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4)).lower()
    if style == 4:
        return raw.lower()
    return raw


def ipv4(rng: random.Random, *, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.5
    if private:
        return rng.choice([f"192.168.{rng.randrange(0, 5)}.{rng.randrange(2, 254)}",
                           f"10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                           f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])
    first = rng.choice([31, 37, 41, 46, 49, 78, 81, 85, 89, 91, 103, 106, 115, 152, 175, 185, 188, 190, 203, 212])
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2a02:1210", "2001:4860", "2a01:4f8", "2405:204", "2001:b011", "2a00:23c6",
                         "2800:e2", "fe80:", "fd12:3456", "2001:e68", "2a02:cb80"])
    groups = [f"{rng.randrange(0, 65536):x}" for _ in range(rng.choice([2, 3, 4]))]
    if prefix == "fe80:":
        return "fe80::" + ":".join(groups)
    style = rng.random()
    if style < 0.5:
        return prefix + "::" + ":".join(groups)
    full = prefix.split(":") + [f"{rng.randrange(0, 65536):x}" for _ in range(8 - len(prefix.split(":")))]
    text = ":".join(full)
    return text.upper() if style > 0.9 else text


# ---------------------------------------------------------------- secrets
_ALNUM = string.ascii_letters + string.digits


def token(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        return "sk_live_" + token(rng, 24)
    if kind == 1:
        return "ghp_" + token(rng, 36)
    if kind == 2:
        return "xoxb-" + digits(rng, 11) + "-" + digits(rng, 13) + "-" + token(rng, 24)
    if kind == 3:
        return token(rng, 40, _ALNUM + "/+")
    if kind == 4:
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return head + "." + token(rng, 46, _ALNUM + "-_") + "." + token(rng, 43, _ALNUM + "-_")
    if kind == 5:
        return "glpat-" + token(rng, 20, _ALNUM + "-_")
    if kind == 6:
        return "SG." + token(rng, 22, _ALNUM + "-_") + "." + token(rng, 43, _ALNUM + "-_")
    if kind == 7:
        return "AIza" + token(rng, 35, _ALNUM + "-_")
    return token(rng, 32, "0123456789abcdef")


_WORDS = ["Tiger", "monsoon", "Sol", "kava", "Zurich", "tulip", "Perla", "cafe", "Lav", "gintaras",
          "Kucing", "qamar", "Mango", "river", "Brug", "luna", "Kiwi", "Dragon", "sneg", "Jura"]


def password(rng: random.Random) -> str:
    while len(value := _password(rng)) < 8:
        pass
    return value


def _password(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice(_WORDS) + rng.choice(["!", "#", "@", "_", "$", "."]) + digits(rng, rng.choice([2, 4]))
    if kind == 1:
        return token(rng, rng.randrange(10, 16), _ALNUM + "!#%*_-")
    if kind == 2:
        return rng.choice(_WORDS).lower() + digits(rng, 3) + rng.choice(_WORDS)
    return "".join(rng.choice([c, c.upper(), {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}.get(c, c)])
                   for c in rng.choice(_WORDS).lower()) + digits(rng, 2) + rng.choice("!?*")


# ---------------------------------------------------------------- gps
BBOX = {
    "en_IN": [(12.97, 77.59), (19.07, 72.87), (28.61, 77.21), (13.08, 80.27), (22.57, 88.36)],
    "en_IE": [(53.35, -6.26), (51.90, -8.47), (53.27, -9.05), (52.66, -8.63)],
    "de_CH": [(47.37, 8.54), (46.20, 6.14), (46.95, 7.45), (46.00, 8.95), (47.56, 7.59)],
    "nl_BE": [(50.85, 4.35), (51.22, 4.40), (51.05, 3.72), (50.63, 5.57), (51.21, 3.22)],
    "es_CO": [(4.71, -74.07), (6.24, -75.58), (3.45, -76.53), (10.96, -74.80), (10.39, -75.51)],
    "zh_TW": [(25.03, 121.56), (24.15, 120.67), (22.63, 120.30), (23.00, 120.21)],
    "hr_HR": [(45.81, 15.98), (43.51, 16.44), (45.33, 14.44), (42.65, 18.09)],
    "lt_LT": [(54.69, 25.28), (54.90, 23.90), (55.71, 21.14), (55.93, 23.31)],
    "ms_MY": [(3.14, 101.69), (5.41, 100.33), (1.49, 103.74), (1.55, 110.36), (5.98, 116.07)],
    "ar_SA": [(24.71, 46.68), (21.49, 39.19), (26.42, 50.09), (21.42, 39.83), (24.47, 39.61)],
}


def _dms(value: float, pos: str, neg: str, rng: random.Random) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = (v - d - m / 60) * 3600
    if rng.random() < 0.5:
        return f"{d}°{m:02d}'{s:04.1f}\"{hemi}"
    return f"{d}° {m}′ {s:.0f}″ {hemi}"


def gps(rng: random.Random, locale: str, *, quotes_ok: bool = True) -> str:
    lat0, lon0 = rng.choice(BBOX[locale])
    lat = lat0 + rng.uniform(-0.08, 0.08)
    lon = lon0 + rng.uniform(-0.08, 0.08)
    style = rng.randrange(6 if quotes_ok else 4)
    nd = rng.choice([4, 5, 6])
    if style == 0:
        return f"{lat:.{nd}f}, {lon:.{nd}f}"
    if style == 1:
        return f"{lat:.{nd}f},{lon:.{nd}f}"
    if style == 2:
        return f"{abs(lat):.{nd}f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.{nd}f}° {'E' if lon >= 0 else 'W'}"
    if style == 3:
        return f"{lat:.{nd}f} {lon:.{nd}f}"
    if style == 4:
        return _dms(lat, "N", "S", rng) + " " + _dms(lon, "E", "W", rng)
    return _dms(lat, "N", "S", rng) + ", " + _dms(lon, "E", "W", rng)


# ---------------------------------------------------------------- dates
def birth_date(rng: random.Random, *, child: bool = False) -> tuple[int, int, int]:
    y = rng.randrange(2009, 2021) if child else rng.randrange(1946, 2005)
    return (y, rng.randrange(1, 13), rng.randrange(1, 29))


def other_date(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29))


def luhn_fail(rng: random.Random, length: int = 16) -> str:
    body = rng.choice("3456") + digits(rng, length - 2)
    good = luhn.calc_check_digit(body)
    return body + str((int(good) + rng.randrange(1, 10)) % 10)
