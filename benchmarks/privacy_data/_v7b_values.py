"""Value makers for eval v7b: phones, cards, IBANs, national ids, network values, secrets.

Each maker takes the record's random.Random and returns a string. Numbers with a
check digit are built valid (python-stdnum, Luhn, HKID mod 11, mod 97).
"""

import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.al import nipt
from stdnum.cy import vat as cy_vat
from stdnum.ec import ci as ec_ci
from stdnum.gh import tin as gh_tin
from stdnum.gt import nit as gt_nit
from stdnum.md import idno as md_idno

REGION = {
    "zh_HK": "HK", "es_EC": "EC", "es_GT": "GT", "en_GH": "GH", "ro_MD": "MD",
    "sq_AL": "AL", "fr_MA": "MA", "ar_AE": "AE", "el_CY": "CY", "en_JM": "JM",
}  # fmt: skip
# national significant number prefixes (mobile first, then fixed lines) and NSN lengths
PHONE_PLAN = {
    "HK": [("9", 8), ("6", 8), ("5", 8), ("2", 8), ("3", 8)],
    "EC": [("99", 9), ("98", 9), ("96", 9), ("2", 8), ("4", 8)],
    "GT": [("5", 8), ("4", 8), ("3", 8), ("2", 8)],
    "GH": [("24", 9), ("54", 9), ("20", 9), ("55", 9), ("302", 9)],
    "MD": [("69", 8), ("79", 8), ("68", 8), ("22", 8)],
    "AL": [("69", 9), ("68", 9), ("67", 9), ("4", 8)],
    "MA": [("6", 9), ("7", 9), ("522", 9), ("537", 9)],
    "AE": [("50", 9), ("55", 9), ("52", 9), ("4", 8), ("2", 8)],
    "CY": [("99", 8), ("97", 8), ("96", 8), ("22", 8), ("25", 8)],
    "JM": [("876", 10)],
}


def phone_nsn(rng, region: str, mobile: bool = True) -> str:
    plan = PHONE_PLAN[region]
    choices = plan[:2] if mobile else plan
    for _ in range(200):
        pre, n = rng.choice(choices)
        nsn = pre + "".join(rng.choice(string.digits) for _ in range(n - len(pre)))
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if phonenumbers.is_valid_number_for_region(num, region):
            return nsn
    raise RuntimeError(region)


def phone(rng, loc: str, mobile: bool = True) -> str:
    """A valid phone number of the locale, written in one of several real ways."""
    region = REGION[loc]
    nsn = phone_nsn(rng, region, mobile)
    num = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{nsn}")
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    forms = [intl, nat, e164, nat.replace(" ", ""), intl.replace(" ", "-")]
    if region not in ("HK", "JM"):  # their international prefix is not 00
        forms.append("00" + e164[1:])
    if region == "HK":
        forms += [nsn[:4] + " " + nsn[4:], nsn, "(852) " + nsn[:4] + " " + nsn[4:]]
    if region in ("GT",):
        forms += [nsn[:4] + "-" + nsn[4:], "+502 " + nsn[:4] + "-" + nsn[4:]]
    if region == "JM":
        forms += [f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    if region == "MA":
        forms += ["0" + nsn[0] + "." + ".".join(nsn[i : i + 2] for i in range(1, 9, 2))]
    return rng.choice(forms)


def luhn_complete(rng, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng) -> str:
    """A Luhn-valid card number of a real issuer range, written in a common way."""
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "unionpay"])
    if kind == "visa":
        num = luhn_complete(rng, "4" + rng.choice(["0", "1", "5", "6", "9"]), 16)
    elif kind == "mc":
        num = luhn_complete(rng, str(rng.randint(51, 55)), 16)
    elif kind == "mc2":
        num = luhn_complete(rng, str(rng.randint(2221, 2720)), 16)
    elif kind == "amex":
        num = luhn_complete(rng, rng.choice(["34", "37"]), 15)
        return rng.choice(
            [f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"]
        )
    else:
        num = luhn_complete(rng, "62" + str(rng.randint(10, 29)), 16)
    sep = rng.choice([" ", " ", "-", "", "."])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


BBAN = {  # country: list of (charset, count)
    "AL": [("d", 8), ("a", 16)],
    "MD": [("A", 2), ("d", 18)],
    "CY": [("d", 8), ("d", 16)],
    "GT": [("A", 4), ("d", 20)],
    "AE": [("d", 3), ("d", 16)],
}


def iban(rng, country: str, grouped: bool | None = None) -> str:
    for _ in range(50):
        parts = []
        for cs, n in BBAN[country]:
            pool = {"d": string.digits, "A": string.ascii_uppercase}.get(cs, string.digits)
            parts.append("".join(rng.choice(pool) for _ in range(n)))
        bban = "".join(parts)
        check = std_iban.calc_check_digits(country + "00" + bban)
        num = country + check + bban
        if std_iban.is_valid(num):
            break
    else:
        raise RuntimeError(country)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if grouped else num


def hkid(rng) -> str:
    letter = rng.choice("ACDEGHKMPRVYZ")
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum((7 - i) * int(d) for i, d in enumerate(digits))
    chk = (11 - total % 11) % 11
    c = "A" if chk == 10 else str(chk)
    return rng.choice([f"{letter}{digits}({c})", f"{letter}{digits}{c}", f"{letter}{digits} ({c})"])


def hkid_valid(value: str) -> bool:
    v = value.replace("(", "").replace(")", "").replace(" ", "")
    if len(v) != 8 or not v[0].isalpha() or not v[1:7].isdigit():
        return False
    total = 9 * 36 + 8 * (ord(v[0]) - 55) + sum((7 - i) * int(d) for i, d in enumerate(v[1:7]))
    chk = (11 - total % 11) % 11
    return v[7] == ("A" if chk == 10 else str(chk))


def emirates_id(rng, birth_year: int) -> str:
    body = f"784{birth_year}" + "".join(rng.choice(string.digits) for _ in range(7))
    num = body + luhn.calc_check_digit(body)
    return rng.choice([f"{num[:3]}-{num[3:7]}-{num[7:14]}-{num[14]}", num])


def ec_cedula(rng) -> str:
    for _ in range(100):
        prov = rng.randint(1, 24)
        body = f"{prov:02d}{rng.randint(0, 5)}" + "".join(
            rng.choice(string.digits) for _ in range(6)
        )
        for d in string.digits:
            if ec_ci.is_valid(body + d):
                num = body + d
                return rng.choice([num, num[:9] + "-" + num[9]])
    raise RuntimeError("ci")


def gt_nit_num(rng) -> str:
    body = str(rng.randint(1000000, 99999999))
    return (
        f"{body}-{gt_nit.calc_check_digit(body)}"
        if rng.random() < 0.7
        else body + gt_nit.calc_check_digit(body)
    )


def gh_tin_num(rng) -> str:
    body = "P00" + "".join(rng.choice(string.digits) for _ in range(7))
    return body + gh_tin.calc_check_digit(body)


def md_idnp(rng) -> str:
    body = (
        "2" + rng.choice(["00", "01", "02"]) + "".join(rng.choice(string.digits) for _ in range(9))
    )
    return body + md_idno.calc_check_digit(body)


def al_nid(rng) -> str:
    for _ in range(400):
        num = rng.choice("IJKLM") + "".join(rng.choice(string.digits) for _ in range(8))
        for c in string.ascii_uppercase:
            if nipt.is_valid(num + c):
                return num + c
    raise RuntimeError("nipt")


def cy_tic(rng) -> str:
    body = rng.choice(["0", "1", "6", "9"]) + "".join(rng.choice(string.digits) for _ in range(7))
    return body + cy_vat.calc_check_digit(body)


def digits(rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def passport(rng, loc: str) -> str:
    fmt = {
        "zh_HK": lambda: "K" + digits(rng, 8),
        "es_EC": lambda: "A" + digits(rng, 7),
        "es_GT": lambda: digits(rng, 9),
        "en_GH": lambda: "G" + digits(rng, 7),
        "ro_MD": lambda: "AB" + digits(rng, 7),
        "sq_AL": lambda: "B" + digits(rng, 8),
        "fr_MA": lambda: rng.choice(["AB", "BE", "CH", "UZ"]) + digits(rng, 7),
        "ar_AE": lambda: rng.choice(["P", "N"]) + digits(rng, 7),
        "el_CY": lambda: "K" + digits(rng, 8),
        "en_JM": lambda: "A" + digits(rng, 7),
    }
    return fmt[loc]()


def ipv4(rng, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.5
    if private:
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    first = rng.choice([41, 45, 62, 77, 85, 94, 102, 113, 154, 176, 186, 190, 196, 203, 212])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
    return rng.choice(
        [
            f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}",
            f"2a02:{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}:{groups[4]}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}",
            f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}",
            f"2400:{groups[0]}:{groups[1]}::{groups[2]}",
        ]
    )


def mac(rng) -> str:
    octs = [rng.randint(0, 255) for _ in range(6)]
    octs[0] &= 0xFC
    style = rng.randint(0, 3)
    if style == 0:
        return ":".join(f"{o:02x}" for o in octs)
    if style == 1:
        return ":".join(f"{o:02X}" for o in octs)
    if style == 2:
        return "-".join(f"{o:02X}" for o in octs)
    h = "".join(f"{o:02x}" for o in octs)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


CITY_GPS = {
    "zh_HK": (22.30, 114.17), "es_EC": (-0.18, -78.47), "es_GT": (14.62, -90.52),
    "en_GH": (5.60, -0.19), "ro_MD": (47.01, 28.86), "sq_AL": (41.33, 19.82),
    "fr_MA": (33.57, -7.59), "ar_AE": (25.20, 55.27), "el_CY": (35.17, 33.36),
    "en_JM": (18.01, -76.79),
}  # fmt: skip


CITY_CENTRES = {  # city name as written in the addresses: (lat, lon)
    "Guayaquil": (-2.19, -79.89), "Cuenca": (-2.90, -79.00), "Mixco": (14.63, -90.61),
    "Quetzaltenango": (14.84, -91.52), "Villa Nueva": (14.53, -90.59), "Antigua": (14.56, -90.73),
    "Cobán": (15.47, -90.37), "Kumasi": (6.69, -1.62), "Takoradi": (4.90, -1.76), "Tamale": (9.40, -0.84),
    "Bălți": (47.76, 27.93), "Cahul": (45.90, 28.19), "Orhei": (47.38, 28.82), "Ungheni": (47.21, 27.80),
    "Durrës": (41.32, 19.45), "Shkodër": (42.07, 19.51), "Vlorë": (40.47, 19.49), "Korçë": (40.62, 20.78),
    "Elbasan": (41.11, 20.08), "Rabat": (34.02, -6.84), "Marrakech": (31.63, -8.01), "Fès": (34.03, -5.00),
    "Tanger": (35.76, -5.83), "Abu Dhabi": (24.47, 54.37), "أبوظبي": (24.47, 54.37), "Sharjah": (25.35, 55.39),
    "الشارقة": (25.35, 55.39), "Ajman": (25.41, 55.45), "عجمان": (25.41, 55.45), "Limassol": (34.68, 33.04),
    "Λεμεσός": (34.68, 33.04), "Larnaca": (34.92, 33.62), "Λάρνακα": (34.92, 33.62), "Paphos": (34.77, 32.42),
    "Πάφος": (34.77, 32.42), "Montego Bay": (18.47, -77.92), "Ocho Rios": (18.41, -77.10),
    "Mandeville": (18.04, -77.51), "Spanish Town": (17.99, -76.96), "Portmore": (17.95, -76.88),
}  # fmt: skip


def gps(rng, loc: str, near: str = "") -> str:
    lat0, lon0 = CITY_GPS[loc]
    for city, centre in CITY_CENTRES.items():
        if city in near:
            lat0, lon0 = centre
            break
    lat = lat0 + rng.uniform(-0.08, 0.08)
    lon = lon0 + rng.uniform(-0.08, 0.08)
    nd = rng.choice([5, 6, 4])
    return rng.choice([f"{lat:.{nd}f}, {lon:.{nd}f}", f"{lat:.{nd}f},{lon:.{nd}f}"])


def token(rng, kind: str = "any") -> str:
    alnum = string.ascii_letters + string.digits
    kind = rng.choice(["sk", "ghp", "aws", "jwt", "hex", "slack"]) if kind == "any" else kind
    if kind == "sk":
        return "sk_live_" + "".join(rng.choice(alnum) for _ in range(28))
    if kind == "ghp":
        return "ghp_" + "".join(rng.choice(alnum) for _ in range(36))
    if kind == "aws":
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if kind == "slack":
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-" + "".join(
            rng.choice(alnum) for _ in range(24)
        )
    if kind == "jwt":
        b = string.ascii_letters + string.digits + "_-"
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "".join(rng.choice(b) for _ in range(40))
            + "."
            + "".join(rng.choice(b) for _ in range(43))
        )
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


def password(rng, first: str = "") -> str:
    words = [
        "Mango",
        "Sol",
        "Tigre",
        "Lotus",
        "Kofi",
        "Dragon",
        "Blue",
        "Cedar",
        "Luna",
        "Falcon",
        "Olive",
        "Storm",
    ]
    w = first or rng.choice(words)
    return rng.choice(
        [
            f"{w}{rng.randint(1, 99)}{rng.choice('!@#$*')}",
            f"{w.lower()}_{rng.randint(1980, 2012)}",
            "".join(
                rng.choice(string.ascii_letters + string.digits + "!#%&")
                for _ in range(rng.randint(10, 16))
            ),
            f"{rng.choice(words)}{rng.choice(words)}{rng.randint(10, 999)}",
        ]
    )


# ---- hard-negative look-alikes (never labelled) ----
def lookalike(rng) -> str:
    k = rng.randint(0, 9)
    if k == 0:
        return f"ORD-{digits(rng, 8)}"
    if k == 1:
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}.{rng.randint(0, 9)}"
    if k == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(7))
    if k == 3:
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if k == 4:
        return f"**** **** **** {digits(rng, 4)}"
    if k == 5:
        return f"SKU {rng.choice('ABCDEFGHJK')}{rng.choice('LMNPRSTUVW')}-{digits(rng, 5)}"
    if k == 6:
        return f"INV/{rng.randint(2023, 2026)}/{digits(rng, 5)}"
    if k == 7:
        return f"TRK{digits(rng, 12)}"
    if k == 8:
        return "3.14159265"
    return f"{rng.randint(1, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def order_no(rng) -> str:
    return rng.choice(
        [
            f"ORD-{digits(rng, 8)}",
            f"#{digits(rng, 9)}",
            f"{digits(rng, 3)}-{digits(rng, 7)}",
            f"INV/2026/{digits(rng, 5)}",
        ]
    )
