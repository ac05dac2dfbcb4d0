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


# Town centres (lat, lon) for every town the address tables name, in each script used.  A pin is
# drawn within about 3 km of the town the text names, or of one of the country's towns when no
# town is named, so that no coordinate lands in another country or at sea.  More specific names
# come first: the first name found in the address text wins.
_TOWNS = {
    "BO": [("El Alto", -16.505, -68.163), ("La Paz", -16.500, -68.134), ("Santa Cruz", -17.784, -63.181),
           ("Cochabamba", -17.389, -66.157), ("Sucre", -19.047, -65.259), ("Tarija", -21.535, -64.729),
           ("Oruro", -17.969, -67.115), ("Potosí", -19.583, -65.753)],
    "CR": [("Barrio Escalante", 9.935, -84.066), ("San Pedro de Montes de Oca", 9.934, -84.051),
           ("Desamparados", 9.898, -84.064), ("Alajuela", 10.016, -84.214), ("Cariari", 9.975, -84.160),
           ("Guadalupe", 9.948, -84.052), ("Santa Ana", 9.932, -84.182), ("Liberia", 10.635, -85.438),
           ("Tres Ríos", 9.907, -83.988), ("Pérez Zeledón", 9.374, -83.704), ("Limón", 9.991, -83.034),
           ("Puntarenas", 9.977, -84.834), ("Heredia", 10.000, -84.117), ("Cartago", 9.864, -83.919),
           ("San José", 9.933, -84.080)],
    "HT": [("Delmas", 18.548, -72.304), ("Pétion-Ville", 18.512, -72.285), ("Cap-Haïtien", 19.760, -72.200),
           ("Gonaïves", 19.450, -72.688), ("Jacmel", 18.234, -72.535), ("Port-au-Prince", 18.543, -72.339)],
    "DZ": [("Bab Ezzouar", 36.726, 3.183), ("باب الزوار", 36.726, 3.183), ("Bir Mourad Raïs", 36.737, 3.051),
           ("Mohammadia", 36.733, 3.140), ("El Khroub", 36.263, 6.694), ("الخروب", 36.263, 6.694),
           ("Alger", 36.754, 3.059), ("الجزائر", 36.754, 3.059), ("Oran", 35.697, -0.633), ("وهران", 35.697, -0.633),
           ("Constantine", 36.365, 6.615), ("قسنطينة", 36.365, 6.615), ("Sétif", 36.190, 5.414), ("سطيف", 36.190, 5.414),
           ("Béjaïa", 36.751, 5.056), ("Tizi Ouzou", 36.712, 4.046), ("Blida", 36.470, 2.828)],
    "IQ": [("بغداد", 33.313, 44.366), ("Baghdad", 33.313, 44.366), ("البصرة", 30.509, 47.781),
           ("كربلاء", 32.616, 44.025), ("النجف", 32.000, 44.336), ("الموصل", 36.340, 43.130),
           ("Erbil", 36.191, 44.009), ("Sulaymaniyah", 35.557, 45.435)],
    "LB": [("Hamra", 33.896, 35.482), ("Gemmayzé", 33.895, 35.516), ("Mar Mikhael", 33.897, 35.524),
           ("Jdeideh", 33.892, 35.563), ("Jounieh", 33.981, 35.618), ("Amchit", 34.148, 35.644), ("Jbeil", 34.121, 35.648),
           ("Saïda", 33.561, 35.371), ("صيدا", 33.561, 35.371), ("Haret Hreik", 33.852, 35.508), ("حارة حريك", 33.852, 35.508),
           ("Tripoli", 34.437, 35.835), ("طرابلس", 34.437, 35.835), ("Beyrouth", 33.889, 35.495), ("بيروت", 33.889, 35.495)],
    "BW": [("Tlokweng", -24.667, 25.967), ("Mogoditshane", -24.627, 25.866), ("Gaborone", -24.654, 25.908),
           ("Francistown", -21.170, 27.508), ("Maun", -19.983, 23.417), ("Mahalapye", -23.104, 26.814),
           ("Lobatse", -25.224, 25.677)],
    "KH": [("សៀមរាប", 13.362, 103.860), ("Siem Reap", 13.362, 103.860), ("បាត់ដំបង", 13.096, 103.203),
           ("Battambang", 13.096, 103.203), ("ភ្នំពេញ", 11.556, 104.928), ("Phnom Penh", 11.556, 104.928)],
    "FJ": [("Suva", -18.141, 178.442), ("Lautoka", -17.617, 177.451), ("Nasinu", -18.068, 178.503),
           ("Nausori", -18.031, 178.529), ("Nadi", -17.800, 177.416), ("Labasa", -16.432, 179.365)],
    "YE": [("صنعاء", 15.369, 44.191), ("عدن", 12.800, 45.033), ("تعز", 13.579, 44.021), ("المكلا", 14.542, 49.124),
           ("إب", 13.968, 44.183)],
}  # fmt: skip


def gps(rng: random.Random, cc: str, near: str = "") -> str:
    """A pin within ~3 km of the town named in ``near`` (an address), else of one of the country's towns."""
    towns = _TOWNS[cc]
    u, w = rng.random(), rng.random()
    hit = [t for t in towns if t[0] in near]
    _town, la, lo = hit[0] if hit else towns[int(u * len(towns))]
    lat, lon = la + (u * len(towns) % 1 - 0.5) * 0.05, lo + (w - 0.5) * 0.05
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
