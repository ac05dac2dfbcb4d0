"""Structured values for eval_v4b, each made valid by its rules and re-checked.

Every maker takes a `random.Random` and returns the value as it will be written in the text;
`check(kind, text, locale)` re-validates a value from its text alone (python-stdnum for the
check digits it knows, phonenumbers for phones, own code for the rest, noted per function).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import string
import unicodedata

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.dk import cpr
from stdnum.es import ccc, dni, nie
from stdnum.gb import utr
from stdnum.id import nik, npwp
from stdnum.it import codicefiscale
from stdnum.mx import curp, rfc
from stdnum.no import fodselsnummer, kontonr

REGION = {
    "en_GB": "GB",
    "es_ES": "ES",
    "pt_BR": "BR",
    "zh_CN": "CN",
    "it_IT": "IT",
    "da_DK": "DK",
    "nb_NO": "NO",
    "id_ID": "ID",
    "es_MX": "MX",
    "en_AU": "AU",
}
IBAN_COUNTRIES = {"GB", "ES", "BR", "IT", "DK", "NO"}


def ascii_fold(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("å", "aa").replace("ß", "ss").replace("ł", "l")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- phones
_PHONE_PATTERNS = {
    "GB": ["7[1-57-9]d8", "20[378]d7", "161d7", "131d7", "117d7"],
    "ES": ["6d8", "7[1-4]d7", "91d7", "93d7", "95[45]d6", "96d7"],
    "BR": ["[14][1-9]9[6-9]d7", "2[12]9[6-9]d7", "[1-3][1-9][2-4]d7", "[5-8][1-9]9[6-9]d7"],
    "CN": ["1[35789]d9", "10[5-8]d7", "21[5-6]d7", "755[2-8]d6"],
    "IT": ["3[2-9]d8", "06d8", "02d8", "011d7", "055d7"],
    "DK": ["[2-5]d7", "[3-9][0-9]d6"],
    "NO": ["[49]d7", "2[1-3]d6", "5[5-6]d6"],
    "ID": ["81[1-3]d8", "85[2-3]d8", "8[1-2]d9", "21[3-8]d7", "22[4-7]d6"],
    "MX": ["55[1-9]d7", "33[1-9]d7", "81[1-9]d7", "22[2-9]d7"],
    "AU": ["4[0-9]d7", "2[89]d7", "3[89]d7", "7[3-5]d7", "8[89]d7"],
}


def _from_pattern(rng: random.Random, pat: str) -> str:
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "[":
            j = pat.index("]", i)
            body = pat[i + 1 : j]
            chars: list[str] = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    chars += [chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1)]
                    k += 3
                else:
                    chars.append(body[k])
                    k += 1
            out.append(rng.choice(chars))
            i = j + 1
        elif c == "d":
            m = re.match(r"d(\d+)", pat[i:])
            assert m
            out.append(_digits(rng, int(m.group(1))))
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def phone(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    for _ in range(500):
        nsn = _from_pattern(rng, rng.choice(_PHONE_PATTERNS[region]))
        cc = phonenumbers.country_code_for_region(region)
        num = phonenumbers.parse(f"+{cc}{nsn}", None)
        if not phonenumbers.is_valid_number(num):
            continue
        style = rng.random()
        if style < 0.35:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style < 0.65:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif style < 0.78:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        elif style < 0.9:
            intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            s = intl.replace("+", "00", 1) if rng.random() < 0.5 else intl.replace(" ", "-")
        else:
            nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            s = re.sub(r"[\s\-()]+", rng.choice(["", ".", " "]), nat).strip(".")
            s = re.sub(r"\s+", " ", s).strip()
        if check_phone(s, locale):
            return s
    raise RuntimeError(f"no valid phone for {locale}")


def check_phone(s: str, locale: str) -> bool:
    try:
        num = phonenumbers.parse(s, REGION[locale])
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.region_code_for_number(num) == REGION[locale]
    )


# ---------------------------------------------------------------- cards
_NETWORKS = [  # (name, prefixes, length, grouping)
    ("visa", ["4"], 16, (4, 4, 4, 4)),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "2300"], 16, (4, 4, 4, 4)),
    ("amex", ["34", "37"], 15, (4, 6, 5)),
    ("discover", ["6011", "65"], 16, (4, 4, 4, 4)),
    ("jcb", ["3528", "3566", "3589"], 16, (4, 4, 4, 4)),
    ("unionpay", ["622126", "6228", "6210"], 16, (4, 4, 4, 4)),
    ("unionpay19", ["6217", "6228"], 19, (4, 4, 4, 4, 3)),
    ("diners", ["36", "3056"], 14, (4, 6, 4)),
    ("maestro", ["6759", "5018", "5020"], 16, (4, 4, 4, 4)),
    ("elo", ["636368", "504175", "650031"], 16, (4, 4, 4, 4)),
    ("hipercard", ["606282"], 16, (4, 4, 4, 4)),
]
_LOCAL_NETWORKS = {
    "pt_BR": ["elo", "hipercard"],
    "zh_CN": ["unionpay", "unionpay19"],
    "da_DK": ["visa"],
    "en_AU": ["amex"],
    "es_MX": ["amex"],
}


def card(rng: random.Random, locale: str) -> str:
    names = [n[0] for n in _NETWORKS if n[0] not in {"elo", "hipercard", "unionpay19"}]
    names += _LOCAL_NETWORKS.get(locale, []) * 3
    name = rng.choice(names)
    _, prefixes, length, grouping = next(n for n in _NETWORKS if n[0] == name)
    body = rng.choice(prefixes)
    body += _digits(rng, length - 1 - len(body))
    number = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", " ", "-", "", " "])
    if sep == "" or (length == 19 and rng.random() < 0.5):
        return number
    parts, i = [], 0
    for g in grouping:
        parts.append(number[i : i + g])
        i += g
    return sep.join(parts)


def check_card(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)


# ---------------------------------------------------------------- IBAN
def _bban(rng: random.Random, cc: str) -> str:
    if cc == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ"])
        return bank + _digits(rng, 14)
    if cc == "ES":
        bank, branch, acct = (
            rng.choice(["2100", "0049", "0182", "2085", "0081"]),
            _digits(rng, 4),
            _digits(rng, 10),
        )
        return bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
    if cc == "IT":
        return (
            rng.choice(string.ascii_uppercase)
            + rng.choice(["03069", "02008", "05034", "03062"])
            + _digits(rng, 5)
            + _digits(rng, 12)
        )
    if cc == "DK":
        return rng.choice(["3000", "0040", "5301", "1551", "9570"]) + _digits(rng, 10)
    if cc == "NO":
        for _ in range(50):
            base = rng.choice(["1503", "9710", "1254", "6011", "3000"]) + _digits(rng, 6)
            try:
                n = base + str(
                    (
                        11
                        - sum(
                            int(a) * w
                            for a, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False)
                        )
                        % 11
                    )
                    % 11
                )
                if kontonr.is_valid(n):
                    return n
            except Exception:
                continue
    if cc == "BR":
        return (
            rng.choice(["00360305", "60701190", "00000000"])
            + _digits(rng, 5)
            + _digits(rng, 10)
            + rng.choice("CP")
            + "1"
        )
    raise KeyError(cc)


def iban(rng: random.Random, locale: str) -> str:
    cc = REGION[locale]
    for _ in range(200):
        bban = _bban(rng, cc)
        number = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if not std_iban.is_valid(number):
            continue
        r = rng.random()
        if r < 0.55:
            s = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        elif r < 0.85:
            s = number
        else:
            s = (
                number.lower()
                if rng.random() < 0.5
                else " ".join(number[i : i + 4] for i in range(0, len(number), 4)).lower()
            )
        if check_iban(s):
            return s
    raise RuntimeError(cc)


def check_iban(s: str) -> bool:
    return std_iban.is_valid(s.replace(" ", "").upper())


# ---------------------------------------------------------------- national ids
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(
    r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$"
)


def nino(rng: random.Random) -> str:
    while True:
        p = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if p not in _NINO_BAD:
            break
    d = _digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return p + d + suf


def gb_utr(rng: random.Random) -> str:
    while True:
        n = _digits(rng, 10)
        if n[0] != "0" and utr.is_valid(n):
            return n if rng.random() < 0.6 else f"{n[:5]} {n[5:]}"


def gb_driving_licence(
    rng: random.Random, family: str, given: str, dob: dt.date, female: bool
) -> str:
    sur = re.sub(r"[^A-Z]", "", ascii_fold(family).upper())
    if sur.startswith("MAC"):
        sur = "MC" + sur[3:]
    sur = (sur + "99999")[:5]
    month = dob.month + (50 if female else 0)
    init = (re.sub(r"[^A-Z]", "", ascii_fold(given).upper())[:1] + "9")[:2]
    return f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{init}9{rng.choice('ABCDEFGHJKLMNPRSTW')}{rng.choice(string.digits)}"


GB_DL_RE = re.compile(r"^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]\d$")


def es_dni(rng: random.Random) -> str:
    n = f"{rng.randrange(1, 99_999_999):08d}"
    v = n + dni.calc_check_digit(n)
    return v if rng.random() < 0.7 else f"{n}-{v[-1]}"


def es_nie(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = _digits(rng, 7)
    return p + n + nie.calc_check_digit(p + n)


def es_nss(rng: random.Random) -> str:
    """Número de la Seguridad Social: 2-digit province + 8 digits, check = first 10 mod 97."""
    prov = rng.choice(["28", "08", "46", "41", "48", "29", "50"])
    body = prov + _digits(rng, 8)
    chk = int(body) % 97
    s = f"{body}{chk:02d}"
    return s if rng.random() < 0.5 else f"{s[:2]}/{s[2:10]}/{s[10:]}"


def check_es_nss(s: str) -> bool:
    d = s.replace("/", "").replace(" ", "")
    return len(d) == 12 and d.isdigit() and int(d[:10]) % 97 == int(d[10:])


def br_cpf(rng: random.Random) -> str:
    while True:
        base = _digits(rng, 9)
        if len(set(base)) == 1:
            continue
        n = next(base + f"{k:02d}" for k in range(100) if cpf.is_valid(base + f"{k:02d}"))
        return cpf.format(n) if rng.random() < 0.75 else n


def br_pis(rng: random.Random) -> str:
    """PIS/PASEP/NIS: 10 digits + mod-11 check digit (weights 3,2,9,8,7,6,5,4,3,2)."""
    base = rng.choice("12") + _digits(rng, 9)
    s = sum(int(a) * w for a, w in zip(base, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=False))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    n = base + str(c)
    return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if rng.random() < 0.7 else n


def check_br_pis(s: str) -> bool:
    d = re.sub(r"[.\-]", "", s)
    if len(d) != 11 or not d.isdigit():
        return False
    t = sum(int(a) * w for a, w in zip(d[:10], (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=False))
    c = 11 - t % 11
    return (0 if c >= 10 else c) == int(d[10])


_CN_AREAS = [
    "110101",
    "110105",
    "110108",
    "120101",
    "310101",
    "310104",
    "310115",
    "440305",
    "440106",
    "510107",
    "330106",
    "420106",
    "320102",
    "610113",
    "370202",
    "500103",
    "210102",
]


def cn_ric(rng: random.Random, dob: dt.date, female: bool) -> str:
    # stdnum knows which county codes existed at the birth date: draw until one did
    for _ in range(200):
        seq = rng.randrange(0, 500) * 2 + (0 if female else 1)
        base = rng.choice(_CN_AREAS) + dob.strftime("%Y%m%d") + f"{seq:03d}"
        n = base + ric.calc_check_digit(base + "0")
        if ric.is_valid(n):
            return n
    raise RuntimeError("ric")


def cn_passport(rng: random.Random) -> str:
    return "E" + (
        _digits(rng, 8) if rng.random() < 0.6 else rng.choice("ABCDEFGHJ") + _digits(rng, 7)
    )


_MONTH_CF = "ABCDEHLMPRST"
_BELFIORE = [
    "H501",
    "F205",
    "F839",
    "L219",
    "D612",
    "A944",
    "G273",
    "L736",
    "A662",
    "D969",
    "L781",
    "C351",
]


def _cf_part(word: str, given: bool) -> str:
    w = re.sub(r"[^A-Z]", "", ascii_fold(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def it_codice_fiscale(
    given: str, family: str, dob: dt.date, female: bool, rng: random.Random
) -> str:
    day = dob.day + (40 if female else 0)
    body = (
        _cf_part(family, False)
        + _cf_part(given, True)
        + f"{dob.year % 100:02d}"
        + _MONTH_CF[dob.month - 1]
        + f"{day:02d}"
        + rng.choice(_BELFIORE)
    )
    return body + codicefiscale.calc_check_digit(body)


def it_cie(rng: random.Random) -> str:
    return (
        "C"
        + rng.choice("ABCDEF")
        + _digits(rng, 5)
        + rng.choice(string.ascii_uppercase)
        + rng.choice(string.ascii_uppercase)
    )


def it_passport(rng: random.Random) -> str:
    return rng.choice(["YA", "YB", "YC", "AA", "YD"]) + _digits(rng, 7)


def it_patente(rng: random.Random) -> str:
    return (
        rng.choice(["U1", "RM", "MI", "TO", "NA"])
        + _digits(rng, 7)
        + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    )


def dk_cpr(rng: random.Random, dob: dt.date, female: bool) -> str:
    for _ in range(2000):
        century = "0123" if dob.year < 2000 else "4"
        serial = rng.choice(century) + _digits(rng, 2)
        last = rng.choice("02468" if female else "13579")
        n = dob.strftime("%d%m%y") + serial + last
        w = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
        if sum(int(a) * b for a, b in zip(n, w, strict=False)) % 11 == 0 and cpr.is_valid(n):
            return f"{n[:6]}-{n[6:]}" if rng.random() < 0.8 else n
    raise RuntimeError("cpr")


def no_fnr(rng: random.Random, dob: dt.date, female: bool, d_number: bool = False) -> str:
    for _ in range(2000):
        day = dob.day + (40 if d_number else 0)
        ind = rng.randrange(0, 500) if dob.year < 2000 else rng.randrange(500, 1000)
        if (ind % 2 == 0) != female:
            continue
        base = f"{day:02d}{dob.month:02d}{dob.year % 100:02d}{ind:03d}"
        try:
            c1 = fodselsnummer.calc_check_digit1(base)
            n = base + c1 + fodselsnummer.calc_check_digit2(base + c1)
        except Exception:
            continue
        if len(n) == 11 and fodselsnummer.is_valid(n):
            return n if rng.random() < 0.7 else f"{n[:6]} {n[6:]}"
    raise RuntimeError("fnr")


_ID_REGIONS = [
    "317404",
    "317101",
    "327301",
    "357801",
    "517101",
    "127101",
    "737101",
    "347104",
    "337401",
]


def id_nik(rng: random.Random, dob: dt.date, female: bool) -> str:
    for _ in range(100):
        n = (
            rng.choice(_ID_REGIONS)
            + f"{dob.day + (40 if female else 0):02d}{dob.month:02d}{dob.year % 100:02d}"
            + f"{rng.randrange(1, 3000):04d}"
        )
        if nik.is_valid(n):
            return n
    raise RuntimeError("nik")


def id_npwp(rng: random.Random) -> str:
    while True:
        base = rng.choice(["01", "02", "07", "08", "09", "24", "31"]) + _digits(rng, 6)
        n = (
            base
            + luhn.calc_check_digit(base)
            + rng.choice(["011", "017", "441", "602", "073"])
            + "000"
        )
        if npwp.is_valid(n):
            return npwp.format(n) if rng.random() < 0.8 else n


_MX_STATES = ["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "CH", "YN", "OC", "QT", "SP"]


def _first_inner_vowel(w: str) -> str:
    for c in w[1:]:
        if c in "AEIOU":
            return c
    return "X"


def _first_inner_cons(w: str) -> str:
    for c in w[1:]:
        if c not in "AEIOU":
            return c
    return "X"


def _mx_clean(w: str) -> str:
    return re.sub(r"[^A-Z]", "", ascii_fold(w).upper().split()[0]) or "X"


def mx_curp(
    rng: random.Random, given: str, fam1: str, fam2: str, dob: dt.date, female: bool
) -> str:
    a, b, g = _mx_clean(fam1), _mx_clean(fam2), _mx_clean(given)
    for _ in range(200):
        head = a[0] + _first_inner_vowel(a) + b[0] + g[0]
        body = (
            head
            + dob.strftime("%y%m%d")
            + ("M" if female else "H")
            + rng.choice(_MX_STATES)
            + _first_inner_cons(a)
            + _first_inner_cons(b)
            + _first_inner_cons(g)
            + (rng.choice(string.digits) if dob.year < 2000 else rng.choice(string.ascii_uppercase))
        )
        n = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(n):
            return n
        g = g[:1] + "X"  # an "inconvenient word" in the head: the rules replace a letter
    raise RuntimeError("curp")


def mx_rfc(rng: random.Random, given: str, fam1: str, fam2: str, dob: dt.date) -> str:
    a, b, g = _mx_clean(fam1), _mx_clean(fam2), _mx_clean(given)
    for _ in range(400):
        head = a[0] + _first_inner_vowel(a) + b[0] + g[0]
        base = (
            head
            + dob.strftime("%y%m%d")
            + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
            + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
        )
        n = base + rfc.calc_check_digit(base + "0")
        if rfc.is_valid(n, validate_check_digits=True):
            return n
    raise RuntimeError("rfc")


def mx_ine(rng: random.Random, given: str, fam1: str, fam2: str, dob: dt.date, female: bool) -> str:
    a, b, g = _mx_clean(fam1), _mx_clean(fam2), _mx_clean(given)
    cons = lambda w: (w[0] + _first_inner_cons(w))[:2]  # noqa: E731
    return (
        cons(a)
        + cons(b)
        + cons(g)
        + dob.strftime("%y%m%d")
        + f"{rng.randrange(1, 33):02d}"
        + ("M" if female else "H")
        + _digits(rng, 3)
    )


MX_INE_RE = re.compile(r"^[A-Z]{6}\d{8}[HM]\d{3}$")


def au_tfn(rng: random.Random) -> str:
    while True:
        n = _digits(rng, 9)
        if n[0] != "0" and tfn.is_valid(n):
            return n if rng.random() < 0.4 else f"{n[:3]} {n[3:6]} {n[6:]}"


def au_medicare(rng: random.Random) -> str:
    """Medicare card: 8 digits (first 2-6), check digit (weights 1,3,7,9,1,3,7,9 mod 10), issue number."""
    d = rng.choice("23456") + _digits(rng, 7)
    c = sum(int(a) * w for a, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=False)) % 10
    n = d + str(c) + rng.choice("123456")
    return f"{n[:4]} {n[4:9]} {n[9]}" if rng.random() < 0.7 else n


def check_au_medicare(s: str) -> bool:
    d = s.replace(" ", "")
    return (
        len(d) == 10
        and d.isdigit()
        and d[0] in "23456"
        and sum(int(a) * w for a, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=False)) % 10
        == int(d[8])
    )


def passport_generic(rng: random.Random, locale: str) -> str:
    if locale == "en_GB":
        return _digits(rng, 9)
    if locale == "es_ES":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _digits(rng, 6)
    if locale == "pt_BR":
        return rng.choice(["FZ", "GA", "FY", "GB"]) + _digits(rng, 6)
    if locale == "da_DK":
        return _digits(rng, 9)
    if locale == "nb_NO":
        return rng.choice(["FH", "FK", "FN", "FJ"]) + _digits(rng, 7)
    if locale == "id_ID":
        return rng.choice("BCEX") + _digits(rng, 7)
    if locale == "es_MX":
        return rng.choice(["G", "N"]) + _digits(rng, 8)
    if locale == "en_AU":
        return rng.choice(["PA", "PB", "N", "RA"]) + _digits(rng, 7)
    if locale == "zh_CN":
        return cn_passport(rng)
    return it_passport(rng)


PASSPORT_RE = re.compile(r"^(\d{9}|[A-Z]{1,3}\d{6,8})$")


def driver_licence(rng: random.Random, locale: str) -> str:
    if locale == "da_DK":
        return _digits(rng, 8)
    if locale == "nb_NO":
        return _digits(rng, 11)
    if locale == "id_ID":
        return _digits(rng, 12)
    if locale == "en_AU":
        return _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 9)
    if locale == "es_MX":
        return rng.choice(["A", "B", "C"]) + _digits(rng, 8)
    if locale == "pt_BR":  # CNH: 9 digits + two mod-11 check digits
        base = _digits(rng, 9)
        s1 = sum(int(a) * w for a, w in zip(base, range(9, 0, -1), strict=False)) % 11
        d1 = 0 if s1 >= 10 else s1
        s2 = sum(int(a) * w for a, w in zip(base, range(1, 10), strict=False)) % 11
        d2 = 0 if s2 >= 10 else s2
        return base + str(d1) + str(d2)
    if locale == "zh_CN":
        return _digits(rng, 12)
    return it_patente(rng)


# ---------------------------------------------------------------- network, places, secrets
def ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return f"192.168.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    if r < 0.5:
        return f"10.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    while True:
        a = ipaddress.IPv4Address(rng.randrange(0x01000000, 0xDF000000))
        if a.is_global:
            return str(a)


def ipv6(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        n = (
            (0x2001_0DB8 << 96)
            if rng.random() < 0.2
            else (rng.choice([0x2A02, 0x2001, 0x2400, 0x2804, 0x2403]) << 112)
        )
        n |= rng.getrandbits(48) << 64 if rng.random() < 0.7 else 0
        n |= rng.getrandbits(16) if rng.random() < 0.6 else rng.getrandbits(64)
        return str(ipaddress.IPv6Address(n))
    if r < 0.75:
        return str(ipaddress.IPv6Address((0xFE80 << 112) | rng.getrandbits(64)))
    a = ipaddress.IPv6Address(rng.getrandbits(128) | (0x2 << 124))
    return a.exploded if rng.random() < 0.4 else str(a)


def mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    h = "".join(f"{x:02x}" for x in b)
    r = rng.random()
    if r < 0.35:
        return ":".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
    if r < 0.55:
        return ":".join(h[i : i + 2] for i in range(0, 12, 2))
    if r < 0.72:
        return "-".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
    if r < 0.86:
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    return h.upper() if rng.random() < 0.5 else h


MAC_RE = re.compile(
    r"^([0-9A-Fa-f]{2}([:-])([0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}|[0-9A-Fa-f]{12})$"
)

_CENTRES = {
    "en_GB": [(51.51, -0.13), (53.48, -2.24), (55.95, -3.19), (53.80, -1.55)],
    "es_ES": [(40.42, -3.70), (41.39, 2.17), (37.39, -5.98), (39.47, -0.38)],
    "pt_BR": [(-23.55, -46.63), (-22.91, -43.17), (-19.92, -43.94), (-30.03, -51.23)],
    "zh_CN": [(39.90, 116.41), (31.23, 121.47), (22.54, 114.06), (30.57, 104.07)],
    "it_IT": [(41.90, 12.50), (45.46, 9.19), (40.85, 14.27), (43.77, 11.26)],
    "da_DK": [(55.68, 12.57), (56.16, 10.20), (55.40, 10.39)],
    "nb_NO": [(59.91, 10.75), (60.39, 5.32), (63.43, 10.39), (69.65, 18.96)],
    "id_ID": [(-6.21, 106.85), (-7.25, 112.75), (-8.65, 115.22), (3.59, 98.67)],
    "es_MX": [(19.43, -99.13), (20.67, -103.35), (25.69, -100.32), (21.16, -86.85)],
    "en_AU": [(-33.87, 151.21), (-37.81, 144.96), (-27.47, 153.03), (-31.95, 115.86)],
}


def _dms(x: float, pos: str, neg: str, rng: random.Random, fancy: bool) -> str:
    h = pos if x >= 0 else neg
    x = abs(x)
    d = int(x)
    m = int((x - d) * 60)
    s = (x - d - m / 60) * 3600
    if fancy:
        return f"{d}°{m:02d}′{s:04.1f}″{h}"
    return f"{d}°{m:02d}'{s:04.1f}\"{h}"


def gps(rng: random.Random, locale: str, allow_quote: bool = True) -> str:
    lat0, lon0 = rng.choice(_CENTRES[locale])
    lat, lon = lat0 + rng.uniform(-0.15, 0.15), lon0 + rng.uniform(-0.15, 0.15)
    r = rng.random()
    nd = rng.choice([4, 5, 6])
    if r < 0.45:
        return f"{lat:.{nd}f}, {lon:.{nd}f}"
    if r < 0.65:
        return f"{lat:.{nd}f},{lon:.{nd}f}"
    if r < 0.75:
        return f"{lat:.{nd}f} {lon:.{nd}f}"
    fancy = not allow_quote or rng.random() < 0.5
    return _dms(lat, "N", "S", rng, fancy) + " " + _dms(lon, "E", "W", rng, fancy)


GPS_RE = re.compile(
    r"^-?\d{1,2}\.\d{4,6},? ?-?\d{1,3}\.\d{4,6}$|^\d{1,2}°\d{2}['′]\d{2}\.\d[\"″][NS] \d{1,3}°\d{2}['′]\d{2}\.\d[\"″][EW]$"
)

_PW_CHARS = string.ascii_letters + string.digits + "!$*-_.?^~+"


def password(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:  # human-made: word + digits + symbol
        w = rng.choice(
            [
                "Sommer",
                "verano",
                "Primavera",
                "sunshine",
                "Gato",
                "tigre",
                "Fjord",
                "Kopi",
                "Pantai",
                "Azzurro",
                "Skipper",
                "Bolacha",
                "Dragon",
                "Marea",
                "Nordlys",
                "Rumah",
                "Kangaroo",
                "Panda",
            ]
        )
        return w + str(rng.randrange(10, 2030)) + rng.choice("!$*?") * rng.randrange(0, 2)
    n = rng.randrange(10, 20)
    while True:
        p = "".join(rng.choice(_PW_CHARS) for _ in range(n))
        if (
            any(c.isdigit() for c in p)
            and any(c.isalpha() for c in p)
            and p[0] not in "-."
            and p[-1] not in "-."
        ):
            return p


def token(rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    r = rng.random()
    if r < 0.2:
        return "sk_live_" + "".join(rng.choice(alnum) for _ in range(24))
    if r < 0.35:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if r < 0.5:
        return "ghp_" + "".join(rng.choice(alnum) for _ in range(36))
    if r < 0.62:
        return (
            "xoxb-"
            + _digits(rng, 12)
            + "-"
            + _digits(rng, 13)
            + "-"
            + "".join(rng.choice(alnum) for _ in range(24))
        )
    if r < 0.8:
        import base64
        import json as _json

        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = (
            base64.urlsafe_b64encode(
                _json.dumps(
                    {"sub": _digits(rng, 7), "iat": 1760000000 + rng.randrange(10**7)},
                    separators=(",", ":"),
                ).encode()
            )
            .decode()
            .rstrip("=")
        )
        sig = "".join(rng.choice(alnum + "-_") for _ in range(43))
        return f"{head}.{body}.{sig}"
    return "".join(rng.choice(alnum) for _ in range(rng.choice([32, 40])))


SECRET_RE = re.compile(r"^[A-Za-z0-9!$*\-_.?^~+]{6,200}$")


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "nb": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
}


def birth_date(rng: random.Random) -> dt.date:
    return dt.date(1946, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))


def date_text(rng: random.Random, d: dt.date, locale: str) -> str:
    """A date as people in the locale write it (used for birth dates and non-birth dates)."""
    lang = locale[:2]
    r = rng.random()
    if lang == "zh":
        if r < 0.5:
            return f"{d.year}年{d.month}月{d.day}日"
        if r < 0.8:
            return d.strftime("%Y-%m-%d")
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if lang in ("da", "nb"):
        if r < 0.45:
            return d.strftime("%d.%m.%Y")
        if r < 0.8:
            return f"{d.day}. {MONTHS[lang][d.month - 1]} {d.year}"
        return f"{d.day}/{d.month}-{d.year}" if lang == "da" else d.strftime("%d.%m.%y")
    if lang == "en":
        if r < 0.12:
            suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            return f"{d.day}{suf} {MONTHS['en'][d.month - 1]} {d.year}"
        if r < 0.2:
            return f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}"
        if r < 0.4:
            return d.strftime("%d/%m/%Y")
        if r < 0.7:
            return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        if r < 0.85:
            return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
        return (
            d.strftime("%d.%m.%Y") if locale == "en_GB" else f"{d.day}/{d.month}/{d.year % 100:02d}"
        )
    if lang == "id":
        if r < 0.4:
            return d.strftime("%d-%m-%Y")
        if r < 0.8:
            return f"{d.day} {MONTHS['id'][d.month - 1]} {d.year}"
        return d.strftime("%d/%m/%Y")
    # es, pt, it
    if r < 0.5:
        return d.strftime("%d/%m/%Y")
    if r < 0.8:
        de = {"es": " de ", "pt": " de ", "it": " "}[lang]
        return f"{d.day}{de}{MONTHS[lang][d.month - 1]}{de}{d.year}"
    return d.strftime("%d-%m-%Y") if lang != "it" else d.strftime("%d.%m.%Y")


_DATE_RES = [
    re.compile(p)
    for p in (
        r"^\d{4}年\d{1,2}月\d{1,2}日$",
        r"^\d{4}[-.]\d{2}[-.]\d{2}$",
        r"^\d{2}[./-]\d{2}[./-](\d{4}|\d{2})$",
        r"^\d{1,2}(\.| de)? [A-Za-zçæøå]+( de)? \d{4}$",
        r"^\d{1,2}/\d{1,2}[-/]\d{2,4}$",
        r"^\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}$",
        r"^\d{2}-[A-Z][a-z]{2}-\d{4}$",
    )
]


def check_date(s: str) -> bool:
    return any(p.match(s) for p in _DATE_RES)


# ---------------------------------------------------------------- e-mail
DOMAINS = {
    "en_GB": [
        "gmail.com",
        "btinternet.com",
        "hotmail.co.uk",
        "outlook.com",
        "sky.com",
        "yahoo.co.uk",
        "virginmedia.com",
    ],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "pt_BR": [
        "gmail.com",
        "uol.com.br",
        "bol.com.br",
        "hotmail.com",
        "terra.com.br",
        "yahoo.com.br",
    ],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "it_IT": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    "da_DK": ["gmail.com", "hotmail.dk", "jubii.dk", "mail.dk", "outlook.dk"],
    "nb_NO": ["gmail.com", "online.no", "hotmail.no", "live.no", "getmail.no"],
    "id_ID": ["gmail.com", "yahoo.co.id", "ymail.com", "rocketmail.com"],
    "es_MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "outlook.com"],
    "en_AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"],
}
_OBF = {
    "en": [(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot ")],
    "es": [(" arroba ", " punto "), (" [arroba] ", " [punto] ")],
    "pt": [(" arroba ", " ponto "), (" (arroba) ", " (ponto) ")],
    "it": [(" chiocciola ", " punto "), (" [at] ", " [dot] ")],
    "da": [(" snabel-a ", " punktum "), (" [at] ", " [dot] ")],
    "nb": [(" krøllalfa ", " punktum "), (" (at) ", " (dot) ")],
    "id": [(" [at] ", " [titik] "), (" (at) ", " (dot) ")],
    "zh": [("#", "."), (" [at] ", " [dot] ")],
}


def email(rng: random.Random, locale: str, given: str, family: str, obfuscate: bool = False) -> str:
    dom = rng.choice(DOMAINS[locale])
    if locale == "zh_CN" and (not given.isascii() or rng.random() < 0.5):
        local = (
            _digits(rng, rng.randrange(6, 11))
            if rng.random() < 0.6
            else rng.choice(["xiaoming", "lili", "wangwei", "sunny", "zhangyu"]) + _digits(rng, 3)
        )
        local = local.lstrip("0") or "7"
    else:
        g, f = (
            ascii_fold(given).lower().replace(" ", ""),
            ascii_fold(family).lower().replace(" ", ""),
        )
        g = re.sub(r"[^a-z]", "", g) or "x"
        f = re.sub(r"[^a-z]", "", f) or "y"
        local = rng.choice(
            [
                f"{g}.{f}",
                f"{g}{f[:1]}",
                f"{g[:1]}{f}",
                f"{g}_{f}{rng.randrange(70, 100)}",
                f"{f}.{g}",
                f"{g}{rng.randrange(1, 2005)}",
            ]
        )
    addr = f"{local}@{dom}"
    if obfuscate:
        at, dot = rng.choice(_OBF[locale[:2]])
        return addr.replace("@", at).replace(".", dot)
    return addr


EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def deobfuscate(s: str) -> str:
    for lang in _OBF.values():
        for at, dot in lang:
            s = s.replace(at, "@").replace(dot, ".")
    return s


# ---------------------------------------------------------------- re-check from text alone
def check(kind: str, s: str, locale: str) -> bool:
    """True when `s` is a valid value of `kind` judged from the text alone."""
    if s != s.strip() or not s:
        return False
    if kind == "phone":
        return check_phone(s, locale)
    if kind == "card":
        return check_card(s)
    if kind == "iban":
        return check_iban(s)
    if kind == "email":
        return bool(EMAIL_RE.match(deobfuscate(s)))
    if kind == "ipv4":
        try:
            return isinstance(ipaddress.ip_address(s), ipaddress.IPv4Address)
        except ValueError:
            return False
    if kind == "ipv6":
        try:
            return isinstance(ipaddress.ip_address(s), ipaddress.IPv6Address)
        except ValueError:
            return False
    if kind == "mac":
        return bool(MAC_RE.match(s))
    if kind == "gps":
        return bool(GPS_RE.match(s))
    if kind == "dob":
        return check_date(s)
    if kind == "secret":
        return bool(SECRET_RE.match(s))
    if kind == "ssn":
        return bool(re.match(r"^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$", s))
    if kind == "national_id":
        return check_national_id(s, locale)
    return True  # person and address: free text, checked by the generator against the value


def check_national_id(s: str, locale: str) -> bool:
    c = s.replace(" ", "")
    tests = [
        lambda: bool(NINO_RE.match(s)),
        lambda: utr.is_valid(c),
        lambda: bool(GB_DL_RE.match(s)),
        lambda: dni.is_valid(c),
        lambda: nie.is_valid(c),
        lambda: check_es_nss(s),
        lambda: cpf.is_valid(c),
        lambda: check_br_pis(s),
        lambda: ric.is_valid(c),
        lambda: codicefiscale.is_valid(c),
        lambda: cpr.is_valid(c) and len(re.sub(r"\D", "", c)) == 10,
        lambda: fodselsnummer.is_valid(c),
        lambda: nik.is_valid(c),
        lambda: npwp.is_valid(c),
        lambda: curp.is_valid(c),
        lambda: rfc.is_valid(c),
        lambda: bool(MX_INE_RE.match(s)),
        lambda: tfn.is_valid(c),
        lambda: check_au_medicare(s),
        lambda: bool(PASSPORT_RE.match(s)),
        lambda: bool(
            re.match(r"^(\d{8,12}|[A-Z]\d{8}|[A-Z][A-Z0-9]\d{7}[A-Z]|C[A-F]\d{5}[A-Z]{2})$", s)
        ),
    ]
    return any(t() for t in tests)
