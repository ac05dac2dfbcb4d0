"""Structured values for v8a: phones, cards, IBANs, national ids, network ids, secrets, dates."""

from __future__ import annotations

import random
import string

import phonenumbers
from _v8a_places import AR_DIGITS, KH_DIGITS
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cr import cpf as cr_cpf
from stdnum.dz import nif as dz_nif

D = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


# ---------------------------------------------------------------- phones
# national significant number generators per country (mobile, landline)
_NSN = {
    "BO": (lambda r: r.choice("67") + digits(r, 7), lambda r: r.choice("234") + r.choice("2345") + digits(r, 6)),
    "CR": (lambda r: r.choice("678") + digits(r, 7), lambda r: "2" + r.choice("2456") + digits(r, 6)),
    "HT": (lambda r: r.choice(["31", "34", "36", "37", "38", "39", "40", "41", "42", "43", "46", "47", "48", "49"]) + digits(r, 6),
           lambda r: "22" + r.choice("2345") + digits(r, 5)),
    "DZ": (lambda r: r.choice("567") + r.choice("5678") + digits(r, 7), lambda r: "21" + digits(r, 6)),
    "IQ": (lambda r: "7" + r.choice(["70", "71", "72", "73", "74", "75", "77", "78", "79", "80", "81"]) + digits(r, 7),
           lambda r: "1" + r.choice("5678") + digits(r, 6)),
    "LB": (lambda r: r.choice(["3", "70", "71", "76", "78", "79", "81"]) + digits(r, 6), lambda r: r.choice("1459") + digits(r, 6)),
    "BW": (lambda r: "7" + r.choice("1234567") + digits(r, 6), lambda r: "3" + r.choice("19") + digits(r, 5)),
    "KH": (lambda r: r.choice(["12", "17", "77", "78", "89", "92", "95", "99", "10", "15", "16", "69", "70", "93", "98"]) + digits(r, 6)
           if r.random() < 0.7 else r.choice(["97", "88", "71", "38"]) + digits(r, 7), lambda r: "23" + r.choice("2456789") + digits(r, 5)),
    "FJ": (lambda r: r.choice(["7", "8", "9"]) + digits(r, 6), lambda r: "3" + r.choice("3") + digits(r, 5)),
    "YE": (lambda r: "7" + r.choice("0137") + digits(r, 7), lambda r: "1" + digits(r, 6)),
}  # fmt: skip
_CC = {"BO": "591", "CR": "506", "HT": "509", "DZ": "213", "IQ": "964", "LB": "961", "BW": "267",
       "KH": "855", "FJ": "679", "YE": "967"}  # fmt: skip


def nsn(rng: random.Random, cc: str, mobile: bool = True) -> str:
    for _ in range(50):
        n = _NSN[cc][0 if mobile else 1](rng)
        if phonenumbers.is_valid_number(phonenumbers.parse("+" + _CC[cc] + n)):
            return n
    raise RuntimeError(cc)


def phone(rng: random.Random, cc: str, mobile: bool = True, style: str = "") -> str:
    """A valid phone written the way people of ``cc`` write it."""
    n = nsn(rng, cc, mobile)
    x = phonenumbers.parse("+" + _CC[cc] + n)
    style = style or rng.choice(["intl", "nat", "nat", "e164", "plain"])
    if style == "e164":
        return "+" + _CC[cc] + n
    if style == "intl":
        s = phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return s if rng.random() < 0.7 else "00" + s[1:]
    nat = phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "plain":
        return nat.replace(" ", "")
    if cc in ("CR", "HT") and rng.random() < 0.6:
        return n[:4] + "-" + n[4:]
    if cc == "LB" and rng.random() < 0.5:
        nn = nat.replace(" ", "")
        k = 2 if nn.startswith("0") or len(nn) == 8 else 1
        return nn[:k] + "/" + nn[k:]
    if cc == "DZ" and rng.random() < 0.4:
        return nat.replace(" ", ".")
    return nat


# ---------------------------------------------------------------- cards and IBANs
_CARD_PREFIX = [("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
                ("34", 15), ("37", 15), ("62", 16), ("6011", 16), ("65", 16)]  # fmt: skip


def card_number(rng: random.Random, prefix: str = "") -> str:
    pre, n = rng.choice(_CARD_PREFIX) if not prefix else (prefix, 16)
    body = pre + digits(rng, n - len(pre) - 1)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random, prefix: str = "") -> str:
    n = card_number(rng, prefix)
    f = rng.choice(["space", "space", "dash", "none", "dot"])
    parts = [n[:4], n[4:10], n[10:]] if len(n) == 15 else [n[i : i + 4] for i in range(0, 16, 4)]
    return {"space": " ", "dash": "-", "none": "", "dot": "."}[f].join(parts)


_IBAN_BBAN = {
    "CR": lambda r: "0" + digits(r, 3) + digits(r, 14),
    "IQ": lambda r: (
        r.choice(["NBIQ", "RAFB", "RDBA", "BBOB", "TRIQ"]) + digits(r, 3) + digits(r, 12)
    ),
    "LB": lambda r: digits(r, 4) + digits(r, 20),
    "YE": lambda r: r.choice(["CBYE", "YKBA", "TIIB", "IBYE"]) + digits(r, 4) + digits(r, 18),
}


def iban(rng: random.Random, cc: str, grouped: bool = True) -> str:
    bban = _IBAN_BBAN[cc](rng)
    check = std_iban.calc_check_digits(cc + "00" + bban)
    raw = cc + check + bban
    assert std_iban.is_valid(raw)
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw


# ---------------------------------------------------------------- national ids
def cr_cedula(rng: random.Random) -> str:
    while True:
        s = f"{rng.randint(1, 7)}-{rng.randint(100, 1999):04d}-{rng.randint(1, 999):04d}"
        if cr_cpf.is_valid(s):
            return s if rng.random() < 0.7 else cr_cpf.compact(s).lstrip("0")


def dz_nif_number(rng: random.Random) -> str:
    while True:
        s = rng.choice(["1", "0"]) + digits(rng, 14)
        if dz_nif.is_valid(s):
            return s


def ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def national_id(rng: random.Random, cc: str, kind: str = "") -> tuple[str, str]:
    """(scheme, value) in the country's real format; see docs/privacy_eval_v8a.md."""
    if cc == "BO":
        kind = kind or rng.choice(["ci", "ci", "nit"])
        ci = str(rng.randint(1_000_000, 13_999_999))
        if kind == "ci":
            return "ci", ci + rng.choice(
                [" LP", " SC", " CB", " OR", " PT", " CH", " TJ", "-LP", " L.P."]
            )
        return "nit", ci + digits(rng, 3)
    if cc == "CR":
        kind = kind or rng.choice(["cedula", "cedula", "dimex"])
        if kind == "cedula":
            return "cedula", cr_cedula(rng)
        return "dimex", "1" + rng.choice(["55", "86"]) + digits(rng, 9)
    if cc == "HT":
        kind = kind or rng.choice(["nif", "cin"])
        if kind == "nif":
            return "nif", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 1)}"
        return (
            "cin",
            f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}-{rng.randint(1960, 2004)}-{digits(rng, 2)}-{digits(rng, 5)}",
        )
    if cc == "DZ":
        kind = kind or rng.choice(["nif", "nin"])
        if kind == "nif":
            return "nif", dz_nif_number(rng)
        return "nin", rng.choice(["1", "2"]) + digits(rng, 17)
    if cc == "IQ":
        kind = kind or rng.choice(["card", "card", "passport"])
        if kind == "card":
            return "card", rng.choice(["19", "20"]) + digits(rng, 10)
        return "passport", rng.choice("ABG") + digits(rng, 8)
    if cc == "LB":
        kind = kind or rng.choice(["passport", "idcard"])
        if kind == "passport":
            return "passport", "LR" + digits(rng, 7)
        return "idcard", "0000" + digits(rng, 8)
    if cc == "BW":
        kind = kind or rng.choice(["omang", "omang", "passport"])
        if kind == "omang":
            return "omang", digits(rng, 4) + rng.choice("12") + digits(rng, 4)
        return "passport", "BN" + digits(rng, 7)
    if cc == "KH":
        kind = kind or rng.choice(["idcard", "idcard", "passport"])
        if kind == "idcard":
            return "idcard", rng.choice(["01", "02", "11", "17", "15"]) + digits(rng, 7)
        return "passport", "N" + digits(rng, 8)
    if cc == "FJ":
        kind = kind or rng.choice(["tin", "passport", "fnpf"])
        if kind == "tin":
            return "tin", rng.choice(["5", "6"]) + digits(rng, 8)
        if kind == "fnpf":
            return "fnpf", rng.choice(["1", "2"]) + digits(rng, 7)
        return "passport", rng.choice(["B", "C"]) + digits(rng, 6)
    if cc == "YE":
        kind = kind or rng.choice(["card", "card", "passport"])
        if kind == "card":
            return "card", rng.choice(["01", "02", "03", "04", "05", "06", "11", "12"]) + digits(
                rng, 9
            )
        return "passport", "0" + digits(rng, 8)
    raise KeyError(cc)


# ---------------------------------------------------------------- network
def ipv4(rng: random.Random, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.45
    if private:
        return rng.choice([f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
    first = rng.choice(
        [41, 45, 102, 105, 154, 160, 175, 181, 186, 190, 196, 197, 200, 201, 202, 203, 212, 213]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        ["2001:db8", "2c0f:f8f0", "2a02:cb80", "2001:470", "fe80:", "2c0f:fe38", "2405:4800"]
    )
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(2, 5))]
    if head == "fe80:":
        return "fe80::" + ":".join(groups[:4])
    sep = "::" if rng.random() < 0.6 else ":" + ":".join(["0"] * (6 - len(groups))) + ":"
    return head + sep + ":".join(groups)


def mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    f = rng.choice([":", "-", "."])
    if f == ".":
        h = "".join(f"{x:02x}" for x in b)
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    s = f.join(f"{x:02x}" for x in b)
    return s.upper() if rng.random() < 0.5 else s


_BBOX = {"BO": (-21.5, -11.0, -68.5, -58.5), "CR": (8.3, 11.0, -85.6, -82.7), "HT": (18.1, 19.9, -74.3, -71.8),
         "DZ": (22.0, 36.8, -8.0, 8.5), "IQ": (29.5, 37.0, 39.5, 47.5), "LB": (33.1, 34.6, 35.1, 36.5),
         "BW": (-26.5, -18.0, 20.5, 29.0), "KH": (10.5, 14.5, 102.5, 107.5), "FJ": (-19.1, -16.2, 177.2, 179.9),
         "YE": (12.7, 18.5, 42.6, 52.0)}  # fmt: skip


def gps(rng: random.Random, cc: str) -> str:
    a, b, c, d = _BBOX[cc]
    lat, lon = rng.uniform(a, b), rng.uniform(c, d)
    k = rng.randint(4, 6)
    f = rng.choice(["comma", "space", "maps"])
    if f == "comma":
        return f"{lat:.{k}f}, {lon:.{k}f}"
    if f == "space":
        return f"{lat:.{k}f} {lon:.{k}f}"
    return f"{lat:.{k}f},{lon:.{k}f}"


# ---------------------------------------------------------------- secrets and e-mail
_WORDS = [
    "sol",
    "luna",
    "cafe",
    "mango",
    "lion",
    "pampa",
    "kola",
    "cedro",
    "tiburon",
    "zebu",
    "dodo",
]


def password(rng: random.Random) -> str:
    w = rng.choice(_WORDS)
    w = w.capitalize() if rng.random() < 0.5 else w
    return (
        w
        + rng.choice(["", "_", ".", "#", "@", "!"])
        + digits(rng, rng.randint(2, 5))
        + rng.choice(["", "!", "$", "*"])
    )


def token(rng: random.Random, kind: str = "") -> str:
    al = string.ascii_letters + D
    kind = kind or rng.choice(["gh", "sk", "xox", "hex", "jwt", "aws"])
    if kind == "gh":
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if kind == "sk":
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if kind == "xox":
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-" + "".join(
            rng.choice(al) for _ in range(24)
        )
    if kind == "aws":
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + D) for _ in range(16))
    if kind == "jwt":
        b = string.ascii_letters + D + "-_"
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "".join(rng.choice(b) for _ in range(40))
            + "."
            + "".join(rng.choice(b) for _ in range(43))
        )
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


_DOMAINS = {
    "BO": ["gmail.com", "hotmail.com", "entel.bo", "yahoo.com", "umsa.bo", "cotas.com.bo"],
    "CR": ["gmail.com", "hotmail.com", "ice.co.cr", "racsa.co.cr", "ucr.ac.cr", "yahoo.es"],
    "HT": ["gmail.com", "yahoo.fr", "hotmail.com", "hainet.net", "ueh.edu.ht", "digicelgroup.com"],
    "DZ": ["gmail.com", "yahoo.fr", "hotmail.fr", "djaweb.dz", "usthb.dz", "outlook.fr"],
    "IQ": ["gmail.com", "yahoo.com", "uobaghdad.edu.iq", "earthlink.iq", "hotmail.com"],
    "LB": ["gmail.com", "hotmail.com", "idm.net.lb", "aub.edu.lb", "terra.net.lb", "outlook.com"],
    "BW": ["gmail.com", "yahoo.com", "btcmail.co.bw", "mopipi.ub.bw", "gov.bw", "outlook.com"],
    "KH": ["gmail.com", "yahoo.com", "online.com.kh", "camnet.com.kh", "ezecom.com.kh"],
    "FJ": ["gmail.com", "yahoo.com", "connect.com.fj", "usp.ac.fj", "govnet.gov.fj", "fnu.ac.fj"],
    "YE": ["gmail.com", "yahoo.com", "y.net.ye", "hotmail.com", "su.edu.ye"],
}  # fmt: skip

_TRANS = str.maketrans(
    {
        "á": "a",
        "é": "e",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "ñ": "n",
        "ï": "i",
        "ë": "e",
        "è": "e",
        "ü": "u",
    }
)


def email(rng: random.Random, cc: str, given: str, family: str) -> str:
    g = given.lower().split(" ")[0].translate(_TRANS)
    f = family.lower().split(" ")[0].translate(_TRANS)
    if not g.isascii() or not f.isascii():
        g, f = rng.choice(["user", "info", "contact", "admin"]), digits(rng, 3)
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[0]}{f}",
            f"{g}_{f}{digits(rng, 2)}",
            f"{f}.{g}",
            f"{g}{digits(rng, 4)}",
        ]
    )
    return f"{local}@{rng.choice(_DOMAINS[cc])}"


def obfuscate(rng: random.Random, addr: str, lang: str) -> str:
    local, dom = addr.split("@")
    at, dot = {"es": ("arroba", "punto"), "fr": ("arobase", "point"), "ar": ("at", "dot"),
               "en": ("at", "dot"), "km": ("at", "dot")}[lang]  # fmt: skip
    if rng.random() < 0.5:
        return f"{local} [{at}] {dom.replace('.', f' [{dot}] ')}"
    return f"{local} ({at}) {dom.replace('.', f' ({dot}) ')}"


# ---------------------------------------------------------------- dates
MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "ar": ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "arm": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "km": ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
}  # fmt: skip


def ymd(rng: random.Random, y0: int = 1950, y1: int = 2006) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(
    rng: random.Random, d: tuple[int, int, int], lang: str, cc: str = "", words: bool | None = None
) -> str:
    y, m, dd = d
    if words is None:
        words = rng.random() < 0.35
    if words:
        if lang == "es":
            return f"{dd} de {MONTHS['es'][m - 1]} de {y}"
        if lang == "fr":
            return f"{dd} {MONTHS['fr'][m - 1]} {y}"
        if lang == "en":
            return f"{dd} {MONTHS['en'][m - 1]} {y}"
        if lang == "km":
            return f"{str(dd).translate(KH_DIGITS)} {MONTHS['km'][m - 1]} {str(y).translate(KH_DIGITS)}"
        if lang == "ar":
            mon = MONTHS["ar"] if cc == "DZ" else MONTHS["arm"] if cc in ("IQ", "LB") else None
            if mon:
                return f"{dd} {mon[m - 1]} {y}"
    s = rng.choice(
        [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}.{m:02d}.{y}"]
    )
    if lang == "ar" and cc == "YE" and rng.random() < 0.4:
        s = f"{y}/{m:02d}/{dd:02d}"
        return s.translate(AR_DIGITS) if rng.random() < 0.5 else s
    if lang == "km" and rng.random() < 0.5:
        return s.translate(KH_DIGITS)
    return s
