"""Value makers (phones, cards, IBANs, national ids, dates, network ids, secrets) per locale.

Every checksummed value is built with python-stdnum / phonenumbers and re-validated here.
"""

import datetime as dt
import ipaddress
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.cy import vat as cy_vat
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.gh import tin as gh_tin
from stdnum.md import idno as md_idno
from stdnum.za import idnr as za_idnr

DIG = string.digits
UP = string.ascii_uppercase

# (calling code, region, [(prefix, total nsn length, trunk prefix used nationally)])
PHONE_PLAN = {
    "ro_MD": ("373", "MD", [("6", 8), ("7", 8), ("22", 8)], "0"),
    "el_CY": ("357", "CY", [("9", 8), ("22", 8), ("25", 8)], ""),
    "en_GH": ("233", "GH", [("24", 9), ("20", 9), ("54", 9), ("55", 9), ("30", 9)], "0"),
    "sq_AL": ("355", "AL", [("66", 9), ("67", 9), ("68", 9), ("69", 9), ("42", 8)], "0"),
    "ca_ES": ("34", "ES", [("6", 9), ("93", 9), ("972", 9), ("7", 9)], ""),
    "lb_LU": ("352", "LU", [("621", 9), ("661", 9), ("691", 9), ("2", 8)], ""),
    "ar_MA": ("212", "MA", [("6", 9), ("7", 9), ("522", 9), ("537", 9)], "0"),
    "ar_JO": ("962", "JO", [("77", 9), ("78", 9), ("79", 9), ("6", 8)], "0"),
    "fr_CM": ("237", "CM", [("67", 9), ("69", 9), ("65", 9), ("222", 9), ("233", 9)], ""),
    "af_ZA": ("27", "ZA", [("82", 9), ("72", 9), ("83", 9), ("61", 9), ("21", 9), ("12", 9)], "0"),
}


def phone_region(locale: str) -> str:
    return PHONE_PLAN[locale][1]


def _nsn(rng, locale: str) -> str:
    cc, _region, plan, _ = PHONE_PLAN[locale]
    for _ in range(200):
        pre, n = rng.choice(plan)
        nsn = pre + "".join(rng.choice(DIG) for _ in range(n - len(pre)))
        num = phonenumbers.parse("+" + cc + nsn)
        if phonenumbers.is_valid_number(num):
            return nsn
    raise RuntimeError("no valid phone for " + locale)


def phone(rng, locale: str, form: str = "") -> str:
    cc, _region, _, _trunk = PHONE_PLAN[locale]
    nsn = _nsn(rng, locale)
    num = phonenumbers.parse("+" + cc + nsn)
    form = form or rng.choice(["intl", "intl", "nat", "nat", "e164", "00", "nat_tight", "dash"])
    if form == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if form == "e164":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if form == "00":
        return "00" + cc + " " + nsn
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if form == "nat_tight":
        return "".join(c for c in nat if c.isdigit())
    if form == "dash":
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return intl.replace(" ", "-", intl.count(" ")).replace("+" + cc + "-", "+" + cc + " ")
    return nat


# ---- cards -------------------------------------------------------------------------------
_CARD_PREFIX = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("4", 13 + 3),
]


def card(rng, form: str = "") -> str:
    pre, n = rng.choice(_CARD_PREFIX)
    body = pre + "".join(rng.choice(DIG) for _ in range(n - len(pre) - 1))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    form = form or rng.choice(["space", "space", "plain", "dash", "space"])
    if form == "plain":
        return num
    sep = " " if form == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, n, 4))


# ---- IBAN --------------------------------------------------------------------------------
# BBAN generators per country (letters 'A', digits 'n', alnum 'c')
_BBAN = {
    "MD": "AAnnnnnnnnnnnnnnnnnn",
    "CY": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "AL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "LU": "nnnnnnnnnnnnnnnn",
    "JO": "AAAAnnnnnnnnnnnnnnnnnnnnnn",
}
_IBAN_CC = {
    "ro_MD": "MD",
    "el_CY": "CY",
    "sq_AL": "AL",
    "ca_ES": "ES",
    "lb_LU": "LU",
    "ar_JO": "JO",
}


def has_iban(locale: str) -> bool:
    return locale in _IBAN_CC


def iban(rng, locale: str, grouped=None) -> str:
    cc = _IBAN_CC[locale]
    for _ in range(200):
        if cc == "ES":
            bank = rng.choice(["2100", "0081", "0182", "2038", "0049", "1465"])
            raw = bank + "".join(rng.choice(DIG) for _ in range(4)) + "00"
            raw += "".join(rng.choice(DIG) for _ in range(10))
            raw = raw[:8] + es_ccc.calc_check_digits(raw) + raw[10:]
            bban = raw
        else:
            pat = _BBAN[cc]
            if cc == "CY":
                pat = "nnnnnnnnnnnnnnnnnnnnnnnn"
            bban = "".join(
                rng.choice(UP)
                if p == "A"
                else rng.choice(DIG)
                if p == "n"
                else rng.choice(DIG + DIG + UP)
                for p in pat
            )
            if cc == "MD":
                bban = rng.choice(["AG", "MO", "VI", "EX"]) + bban[2:]
            if cc == "JO":
                bban = rng.choice(["ARAB", "HBHO", "CBJO", "JONB", "UBSI"]) + bban[4:]
        num = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(num):
            break
    else:
        raise RuntimeError("iban " + locale)
    if grouped is None:
        grouped = rng.random() < 0.6
    return std_iban.format(num) if grouped else num


# ---- national ids ------------------------------------------------------------------------
def lu_matricule(birth: dt.date, rng) -> str:
    base = birth.strftime("%Y%m%d") + "".join(rng.choice(DIG) for _ in range(3))
    return base + luhn.calc_check_digit(base) + verhoeff.calc_check_digit(base)


def lu_matricule_ok(v: str) -> bool:
    v = v.replace(" ", "")
    return (
        len(v) == 13 and v.isdigit() and luhn.is_valid(v[:12]) and verhoeff.is_valid(v[:11] + v[12])
    )


def es_nss(rng) -> str:
    prov = rng.choice(["08", "17", "25", "43"])
    num = "".join(rng.choice(DIG) for _ in range(8))
    cd = int(prov + num) % 97
    return f"{prov} {num} {cd:02d}"


def es_nss_ok(v: str) -> bool:
    v = v.replace(" ", "").replace("/", "").replace("-", "")
    return len(v) == 12 and v.isdigit() and int(v[:10]) % 97 == int(v[10:])


def za_id(birth: dt.date, rng) -> str:
    base = birth.strftime("%y%m%d") + "".join(rng.choice(DIG) for _ in range(4)) + "08"
    num = base + luhn.calc_check_digit(base)
    assert za_idnr.is_valid(num)
    return num


def national_id(rng, locale: str, birth: dt.date, kind: str = ""):
    """Return (cue, value) in the locale's language for an id of the person."""
    if locale == "ro_MD":
        base = "2" + rng.choice(["00", "01", "00"]) + "".join(rng.choice(DIG) for _ in range(9))
        v = base + md_idno.calc_check_digit(base)
        assert md_idno.is_valid(v)
        return rng.choice(["IDNP", "cod personal (IDNP)"]), v
    if locale == "el_CY" and kind == "card":
        return "Αρ. Ταυτότητας / ID No.", str(rng.randint(700000, 1299999))
    if locale == "en_GH" and kind == "card":
        return "Personal ID Number", f"GHA-{rng.randint(700000000, 799999999)}-{rng.randint(0, 9)}"
    if locale == "el_CY":
        base = rng.choice(
            "0",
        ) + "".join(rng.choice(DIG) for _ in range(7))
        base = rng.choice(["0", "1", "3", "5", "9"]) + base[1:]
        v = base + cy_vat.calc_check_digit(base)
        assert cy_vat.is_valid(v)
        return rng.choice(["ΑΦΤ", "Αρ. Φορολογικής Ταυτότητας", "TIC"]), v
    if locale == "en_GH":
        base = "P00" + "".join(rng.choice(DIG) for _ in range(7))
        v = base + gh_tin.calc_check_digit(base + "0")
        assert gh_tin.is_valid(v), v
        return rng.choice(["TIN", "GRA TIN", "Tax Identification No."]), v
    if locale == "sq_AL":
        dec = "ABCDEFGHIJKLM"[(birth.year - 1900) // 10]
        v = dec + f"{birth.year % 10}{birth.month + rng.choice([0, 50]):02d}{birth.day:02d}"
        v += "".join(rng.choice(DIG) for _ in range(3)) + rng.choice(UP)
        return rng.choice(["Nr. personal", "NID", "Numri personal"]), v
    if locale == "ca_ES":
        k = kind or rng.choice(["dni", "dni", "nie", "nss"])
        if k == "nss":
            return rng.choice(["NSS", "Núm. Seguretat Social", "núm. afiliació SS"]), es_nss(rng)
        if k == "nie":
            base = rng.choice("XYZ") + "".join(rng.choice(DIG) for _ in range(7))
            v = base + es_nie.calc_check_digit(base)
            assert es_nie.is_valid(v)
            return "NIE", v
        base = "".join(rng.choice(DIG) for _ in range(8))
        v = base + es_dni.calc_check_digit(base)
        assert es_dni.is_valid(v)
        return rng.choice(["DNI", "DNI/NIF", "NIF"]), (
            v if rng.random() < 0.8 else base + "-" + v[-1]
        )
    if locale == "lb_LU":
        v = lu_matricule(birth, rng)
        if rng.random() < 0.4:
            v = f"{v[:4]} {v[4:8]} {v[8:11]} {v[11:]}"
        return rng.choice(["Matricule", "N° matricule", "Sozialversécherungsnummer", "CNS-Nr."]), v
    if locale == "ar_MA":
        v = rng.choice(
            [
                "A",
                "B",
                "BE",
                "BK",
                "BJ",
                "C",
                "CD",
                "D",
                "EE",
                "G",
                "H",
                "J",
                "JB",
                "K",
                "L",
                "LB",
                "M",
                "Q",
                "S",
                "T",
                "U",
                "X",
                "Z",
            ]
        )
        v += "".join(rng.choice(DIG) for _ in range(6 if len(v) == 1 else rng.choice([5, 6])))
        return rng.choice(["CIN", "C.I.N", "رقم البطاقة الوطنية", "N° CNIE"]), v
    if locale == "ar_JO":
        v = "9" + f"{birth.year % 100:02d}" if birth.year < 2000 else "2000"
        v += "".join(rng.choice(DIG) for _ in range(10 - len(v)))
        return rng.choice(["الرقم الوطني", "رقم وطني", "National No."]), v
    if locale == "fr_CM":
        v = "".join(rng.choice(DIG) for _ in range(9))
        v = rng.choice(["1", "10", "11"]) + v[len(v) - 9 + 2 :] if False else v
        return rng.choice(["CNI N°", "N° CNI", "Carte nationale d'identité n°"]), v
    if locale == "af_ZA":
        v = za_id(birth, rng)
        if rng.random() < 0.3:
            v = f"{v[:6]} {v[6:10]} {v[10:]}"
        return rng.choice(["ID-nommer", "ID nr.", "Identiteitsnommer", "ID no."]), v
    raise KeyError(locale)


# ---- dates -------------------------------------------------------------------------------
MONTHS = {
    "ro_MD": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "el_CY": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
    "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "en_GH": "January February March April May June July August September October November "
    "December",
    "sq_AL": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "ca_ES": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "lb_LU": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ar_MA": "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر",
    "ar_JO": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني"
    "|كانون الأول",
    "fr_CM": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "af_ZA": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober "
    "November Desember",
}
_NUMFMT = {
    "ro_MD": "%d.%m.%Y",
    "el_CY": "%d/%m/%Y",
    "en_GH": "%d/%m/%Y",
    "sq_AL": "%d.%m.%Y",
    "ca_ES": "%d/%m/%Y",
    "lb_LU": "%d.%m.%Y",
    "ar_MA": "%d/%m/%Y",
    "ar_JO": "%d/%m/%Y",
    "fr_CM": "%d/%m/%Y",
    "af_ZA": "%Y-%m-%d",
}


def month_name(locale: str, m: int) -> str:
    s = MONTHS[locale]
    return (s.split("|") if "|" in s else s.split())[m - 1]


def birth_date(rng, lo: int = 1940, hi: int = 2006) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def other_date(rng) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(-400, 330))


def fmt_date(rng, locale: str, d: dt.date, form: str = "") -> str:
    form = form or rng.choice(["num", "num", "num", "long", "iso"])
    if form == "iso":
        return d.isoformat()
    if form == "long":
        return f"{d.day} {month_name(locale, d.month)} {d.year}"
    return d.strftime(_NUMFMT[locale])


# ---- network / misc ----------------------------------------------------------------------
def ipv4(rng, private=None) -> str:
    if private is None:
        private = rng.random() < 0.4
    if private:
        return rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        )
    while True:
        a = rng.choice(
            [
                31,
                37,
                41,
                46,
                62,
                77,
                78,
                80,
                82,
                89,
                91,
                94,
                102,
                105,
                154,
                176,
                185,
                188,
                196,
                197,
                212,
                213,
            ]
        )
        s = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(rng) -> str:
    head = rng.choice(["2a02", "2a01", "2001:4860", "2c0f", "2a00", "2001:67c", "fd12"])
    parts = head.split(":")
    while len(parts) < 8:
        parts.append(f"{rng.randint(0, 0xFFFF):x}" if rng.random() < 0.8 else "0")
    return str(ipaddress.IPv6Address(":".join(parts)))


def mac(rng) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    form = rng.choice(["colon", "colon", "dash", "dot", "upper"])
    if form == "dash":
        return "-".join(f"{x:02X}" for x in b)
    if form == "dot":
        h = "".join(f"{x:02x}" for x in b)
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    s = ":".join(f"{x:02x}" for x in b)
    return s.upper() if form == "upper" else s


CENTRE = {
    "ro_MD": (47.02, 28.83),
    "el_CY": (35.0, 33.2),
    "en_GH": (5.6, -0.19),
    "sq_AL": (41.33, 19.82),
    "ca_ES": (41.39, 2.16),
    "lb_LU": (49.61, 6.13),
    "ar_MA": (33.57, -7.59),
    "ar_JO": (31.95, 35.91),
    "fr_CM": (3.87, 11.52),
    "af_ZA": (-33.93, 18.86),
}


# audit: a pin next to a named city sits in that city, not around the country's centre
CITY_LATLON = {
    "mun. Chișinău": (47.02, 28.83),
    "mun. Bălți": (47.76, 27.93),
    "or. Cahul": (45.90, 28.19),
    "or. Orhei": (47.38, 28.82),
    "Λευκωσία": (35.17, 33.36),
    "Λεμεσός": (34.68, 33.04),
    "Λάρνακα": (34.92, 33.63),
    "Πάφος": (34.77, 32.42),
    "Accra": (5.60, -0.19),
    "Kumasi": (6.69, -1.62),
    "Tamale": (9.40, -0.85),
    "Takoradi": (4.90, -1.76),
    "Tiranë": (41.33, 19.82),
    "Durrës": (41.32, 19.45),
    "Shkodër": (42.07, 19.51),
    "Vlorë": (40.47, 19.49),
    "Korçë": (40.62, 20.78),
    "Barcelona": (41.39, 2.17),
    "Girona": (41.98, 2.82),
    "Lleida": (41.62, 0.62),
    "Reus": (41.16, 1.11),
    "Sabadell": (41.55, 2.11),
    "Luxembourg": (49.61, 6.13),
    "Esch-sur-Alzette": (49.50, 5.98),
    "Differdange": (49.52, 5.89),
    "Ettelbruck": (49.85, 6.10),
    "Dudelange": (49.48, 6.09),
    "Casablanca": (33.57, -7.59),
    "Rabat": (34.02, -6.84),
    "Marrakech": (31.63, -8.01),
    "Fès": (34.03, -5.00),
    "Tanger": (35.77, -5.80),
    "عمّان": (31.95, 35.91),
    "إربد": (32.56, 35.85),
    "الزرقاء": (32.07, 36.09),
    "العقبة": (29.53, 35.01),
    "Yaoundé": (3.87, 11.52),
    "Douala": (4.05, 9.70),
    "Bafoussam": (5.48, 10.42),
    "Garoua": (9.30, 13.40),
    "Stellenbosch": (-33.93, 18.86),
    "Paarl": (-33.73, 18.97),
    "Pretoria": (-25.75, 28.19),
    "Bloemfontein": (-29.12, 26.21),
    "Worcester": (-33.65, 19.44),
}


def gps(rng, locale: str, city: str = "") -> str:
    la, lo = CITY_LATLON.get(city) or CENTRE[locale]
    spread = 0.03 if city in CITY_LATLON else 0.4
    la += rng.uniform(-spread, spread)
    lo += rng.uniform(-spread, spread)
    n = rng.choice([4, 5, 6])
    return rng.choice(
        [f"{la:.{n}f}, {lo:.{n}f}", f"{la:.{n}f},{lo:.{n}f}", f"{la:.{n}f} {lo:.{n}f}"]
    )


_DOMAINS = {
    "ro_MD": ["mail.md", "gmail.com", "yandex.ru", "mail.ru", "yahoo.com"],
    "el_CY": ["cytanet.com.cy", "gmail.com", "hotmail.com", "primehome.com"],
    "en_GH": ["gmail.com", "yahoo.com", "ug.edu.gh", "outlook.com"],
    "sq_AL": ["gmail.com", "yahoo.com", "hotmail.com", "abissnet.al"],
    "ca_ES": ["gmail.com", "hotmail.es", "telefonica.net", "xtec.cat", "yahoo.es"],
    "lb_LU": ["pt.lu", "gmail.com", "education.lu", "hotmail.com", "vo.lu"],
    "ar_MA": ["gmail.com", "menara.ma", "hotmail.fr", "yahoo.fr"],
    "ar_JO": ["gmail.com", "yahoo.com", "hotmail.com", "ju.edu.jo"],
    "fr_CM": ["yahoo.fr", "gmail.com", "camtel.cm", "hotmail.fr"],
    "af_ZA": ["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za", "sun.ac.za"],
}
_ASCII = str.maketrans(
    "àáâãäåçèéêëìíîïñòóôõöùúûüýăâîșțşţëçÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝĂȘȚ",
    "aaaaaaceeeeiiiinooooouuuuyaaisstsecAAAAAACEEEEIIIINOOOOOUUUUYAST",
)
_AR_HANDLES = [
    "ahmad",
    "m.zoubi",
    "omar",
    "lina",
    "rami",
    "sara",
    "khaled",
    "hala",
    "yazan",
    "tamer",
    "dana",
    "mohd",
    "noor",
]


def ascii_name(s: str) -> str:
    return "".join(c for c in s.translate(_ASCII).lower() if c.isascii() and c.isalpha())


def email(rng, locale: str, person=None) -> str:
    dom = rng.choice(_DOMAINS[locale])
    if person and locale != "ar_JO":
        g, f = ascii_name(person["given"]), ascii_name(person["family"])
        local = rng.choice(
            [f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}"]
        )
    else:
        local = rng.choice(_AR_HANDLES) + rng.choice(["", ".", "_"]) + str(rng.randint(7, 2004))
    return f"{local}@{dom}"


def secret(rng, kind: str = "") -> str:
    kind = kind or rng.choice(["pw", "pw", "token", "aws", "ghp", "jwt"])
    al = string.ascii_letters + DIG
    if kind == "pw":
        w = rng.choice(
            [
                "Vara",
                "Soare",
                "Kalimera",
                "Accra",
                "Tirana",
                "Barca",
                "Moien",
                "Atlas",
                "Petra",
                "Ndole",
                "Braai",
                "Limassol",
            ]
        )
        return (
            w
            + rng.choice(["!", "#", "@", "_", "$", ""])
            + str(rng.randint(10, 9999))
            + rng.choice(["", "x", "Q", "!"])
        )
    if kind == "aws":
        return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))
    if kind == "ghp":
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if kind == "jwt":
        return (
            "eyJhbGciOiJIUzI1NiJ9."
            + "".join(rng.choice(al) for _ in range(40))
            + "."
            + "".join(rng.choice(al + "-_") for _ in range(43))
        )
    return rng.choice(["sk_live_", "xoxb-", "api_", "tok_"]) + "".join(
        rng.choice(al) for _ in range(rng.choice([24, 32, 40]))
    )


# ---- look-alikes (never labelled) --------------------------------------------------------
def lookalike(rng) -> str:
    k = rng.randrange(10)
    h = "0123456789abcdef"
    if k == 0:
        return f"INV-{rng.randint(2024, 2026)}-{rng.randint(1000, 99999):05d}"
    if k == 1:
        # a bare 4-part dotted number reads as an IPv4 address; keep the version prefix
        return "v" + ".".join(str(rng.randint(0, 30)) for _ in range(4))
    if k == 2:
        return "".join(rng.choice(h) for _ in range(40))
    if k == 3:
        u = "".join(rng.choice(h) for _ in range(32))
        return f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}"
    if k == 4:
        return "**** **** **** " + "".join(rng.choice(DIG) for _ in range(4))
    if k == 5:
        return (
            f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        )
    if k == 6:
        return (
            "".join(rng.choice(UP) for _ in range(2))
            + "".join(rng.choice(DIG) for _ in range(9))
            + rng.choice(["GB", "CN", "DE"])
        )
    if k == 7:
        return f"SKU {rng.choice(UP)}{rng.choice(UP)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    if k == 8:
        return "3.14159265358979"
    return f"{rng.randint(10, 9999)},{rng.randint(0, 99):02d}"
