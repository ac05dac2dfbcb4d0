"""Values for eval_v8b: phones, cards, IBANs, national ids, network ids, GPS, secrets, dates.

Every checksummed value is made valid here (Luhn, mod 97, stdnum, own check-digit code for
schemes stdnum lacks) and the test re-validates it from the text alone.
"""

from __future__ import annotations

import string
import unicodedata

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.sv import nit as sv_nit
from stdnum.tn import mf as tn_mf

# ---------------------------------------------------------------- phones
# locale: (country code, [(nsn prefix choices, nsn length, kind)], {length: formats})
# '#' = one digit of the national significant number; a leading '0' is the trunk prefix.
PHONES = {
    "es_PA": (
        "507",
        [
            (("61", "62", "63", "64", "65", "66", "67", "68", "69"), 8, "mobile"),
            (("20", "22", "23", "26", "27"), 7, "fixed"),
        ],
        {
            8: ["####-####", "+507 ####-####", "+507########", "########", "(507) ####-####"],
            7: ["###-####", "+507 ###-####", "(+507) ###-####"],
        },
    ),
    "es_SV": (
        "503",
        [
            (("70", "71", "72", "75", "76", "77", "78", "79"), 8, "mobile"),
            (("22", "23", "24", "25", "26"), 8, "fixed"),
        ],
        {8: ["####-####", "+503 ####-####", "(503) ####-####", "########", "+503########"]},
    ),
    "ar_TN": (
        "216",
        [
            (("20", "22", "23", "25", "27", "29", "50", "52", "55", "98", "97", "92"), 8, "mobile"),
            (("71", "72", "73", "74"), 8, "fixed"),
        ],
        {
            8: [
                "## ### ###",
                "+216 ## ### ###",
                "+216########",
                "00216 ## ### ###",
                "## ## ## ##",
                "(+216) ## ### ###",
            ]
        },
    ),
    "ar_KW": (
        "965",
        [
            (("50", "55", "60", "65", "66", "69", "90", "94", "97", "99"), 8, "mobile"),
            (("22", "24", "25"), 8, "fixed"),
        ],
        {8: ["#### ####", "+965 #### ####", "+965########", "00965########", "########"]},
    ),
    "ar_OM": (
        "968",
        [
            (("91", "92", "93", "95", "96", "97", "98", "99", "72", "79"), 8, "mobile"),
            (("24", "25", "26"), 8, "fixed"),
        ],
        {8: ["#### ####", "+968 #### ####", "+968########", "00968 ########", "########"]},
    ),
    "am_ET": (
        "251",
        [
            (("91", "92", "93", "94", "96", "97", "98", "70", "71"), 9, "mobile"),
            (("11",), 9, "fixed"),
        ],
        {
            9: [
                "0### ### ###",
                "+251 ## ### ####",
                "+251#########",
                "0#########",
                "+251-##-###-####",
                "0## ### ####",
            ]
        },
    ),
    "zh_MO": (
        "853",
        [(("62", "63", "65", "66", "68"), 8, "mobile"), (("28",), 8, "fixed")],
        {8: ["#### ####", "+853 #### ####", "(853) ########", "+853-####-####", "########"]},
    ),
    "en_NA": (
        "264",
        [(("81", "85"), 9, "mobile"), (("612", "613", "642"), 9, "fixed")],
        {
            9: [
                "0## ### ####",
                "+264 ## ### ####",
                "+264#########",
                "(0##) ### ####",
                "0#########",
                "+264 (0)## ### ####",
            ]
        },
    ),
    "fr_HT": (
        "509",
        [
            (("31", "34", "36", "37", "38", "40", "41", "46", "47", "48"), 8, "mobile"),
            (("22", "28"), 8, "fixed"),
        ],
        {
            8: [
                "#### ####",
                "+509 ## ## ####",
                "(509) ####-####",
                "+509 ####-####",
                "########",
                "509-####-####",
            ]
        },
    ),
    "ms_BN": (
        "673",
        [
            (("71", "72", "73", "81", "82", "83", "86", "87", "88", "89"), 7, "mobile"),
            (("22", "23", "24"), 7, "fixed"),
        ],
        {7: ["### ####", "+673 ### ####", "+673-#######", "#######", "(673) ### ####"]},
    ),
}


def phone(rng, loc: str, kind: str | None = None, fmt: str | None = None) -> str:
    cc, kinds, fmts = PHONES[loc]
    opts = [k for k in kinds if kind is None or k[2] == kind] or kinds
    prefixes, n, _ = rng.choice(opts)
    for _ in range(200):
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice(string.digits) for _ in range(n - len(p)))
        if phonenumbers.is_valid_number(phonenumbers.parse("+" + cc + nsn)):
            break
    else:  # pragma: no cover - prefixes are chosen valid
        raise RuntimeError(f"no valid phone for {loc}")
    f = "+" + cc + "#" * n if fmt == "e164" else (fmt if fmt is not None else rng.choice(fmts[n]))
    it = iter(nsn)
    return "".join(next(it) if c == "#" else c for c in f)


def phone_e164(rng, loc: str, kind: str | None = None) -> str:
    return phone(rng, loc, kind, "e164")


# ---------------------------------------------------------------- cards
CARD_PREFIXES = [
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
    ("62", 16),
    ("3528", 16),
]


def card(rng, prefix: str | None = None) -> str:
    pre, n = next((p for p in CARD_PREFIXES if p[0] == prefix), None) or rng.choice(CARD_PREFIXES)
    body = pre + "".join(rng.choice(string.digits) for _ in range(n - len(pre) - 1))
    num = body + luhn.calc_check_digit(body)
    style = rng.randrange(5)
    groups = (
        [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    )
    if style == 0:
        return num
    if style == 1:
        return "-".join(groups)
    if style == 2:
        return " ".join(groups)
    if style == 3:
        return ".".join(groups)
    return "  ".join(groups)


# ---------------------------------------------------------------- IBAN
IBAN_BBAN = {
    "TN": "n20",
    "KW": "a4c22",
    "SV": "a4n20",
    "OM": "n3c16",
    "FR": "n23",
    "DE": "n18",
    "IT": "a1n22",
    "GB": "a4n14",
    "AE": "n19",
}
KW_BANKS = ["NBOK", "CBKU", "GULB", "KFHO", "BBYN", "BURG", "ABKK", "KWIB"]
SV_BANKS = ["CENR", "AGRI", "CUSC", "BAMC", "DAVI", "HIPO"]
GB_BANKS = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]


def iban(rng, cc: str, spaced: bool | None = None) -> str:
    spec = IBAN_BBAN[cc]
    bban = ""
    i = 0
    while i < len(spec):
        t = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        k = int(spec[i + 1 : j])
        if t == "n":
            bban += "".join(rng.choice(string.digits) for _ in range(k))
        elif t == "a":
            pool = {"KW": KW_BANKS, "SV": SV_BANKS, "GB": GB_BANKS}.get(cc)
            bban += (
                rng.choice(pool)
                if pool and k == 4
                else "".join(rng.choice(string.ascii_uppercase) for _ in range(k))
            )
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(k))
        i = j
    num = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    assert std_iban.is_valid(num), num
    if spaced is None:
        spaced = rng.random() < 0.7
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if spaced else num


# ---------------------------------------------------------------- national ids
def sv_dui(rng) -> str:
    d = [rng.randrange(10) for _ in range(8)]
    d[0] = 0
    s = sum(x * (9 - i) for i, x in enumerate(d))
    return "".join(map(str, d)) + "-" + str((10 - s % 10) % 10)


def sv_dui_valid(v: str) -> bool:
    v = v.replace("-", "")
    if len(v) != 9 or not v.isdigit():
        return False
    s = sum(int(x) * (9 - i) for i, x in enumerate(v[:8]))
    return (10 - s % 10) % 10 == int(v[8])


def sv_nitnum(rng, dob=None) -> str:
    muni = rng.choice(["0614", "0511", "0210", "1217", "0617", "0608", "0315", "1123"])
    y, m, d = dob or (rng.randrange(1955, 2003), rng.randrange(1, 13), rng.randrange(1, 29))
    body = f"{muni}{d:02d}{m:02d}{y % 100:02d}{rng.randrange(100, 200)}"
    num = body + sv_nit.calc_check_digit(body)
    return f"{num[:4]}-{num[4:10]}-{num[10:13]}-{num[13]}"


def kw_civil(rng, dob=None) -> str:
    y, m, d = dob or (rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
    while True:
        c = "2" if y < 2000 else "3"
        body = f"{c}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(10000):04d}"
        chk = kw_civil_check(body)
        if chk is not None:
            return body + str(chk)


def kw_civil_check(body: str):
    w = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
    return c if c < 10 else None


def tn_mfnum(rng) -> str:
    while True:
        d7 = f"{rng.randrange(10**6, 2 * 10**6):07d}"
        for letter in "ABCDEFGHJKLMNPQRSTVWXYZ":
            cand = f"{d7}{letter}/{rng.choice('APBDN')}/M/000"
            if tn_mf.is_valid(cand):
                return cand if rng.random() < 0.6 else cand.replace("/", "")


def et_fin(rng) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(11))
    body = str(rng.randrange(1, 10)) + body[1:]
    num = body + verhoeff.calc_check_digit(body)
    return " ".join([num[:4], num[4:8], num[8:]]) if rng.random() < 0.6 else num


def pa_cedula(rng) -> str:
    r = rng.random()
    book = rng.randrange(1, 1000)
    entry = rng.randrange(1, 3000)
    if r < 0.75:
        return f"{rng.choice([8, 8, 8, 4, 3, 2, 6, 7, 9, 1, 5])}-{book}-{entry}"
    if r < 0.9:
        return f"E-8-{rng.randrange(10000, 199999)}"
    return f"PE-{rng.randrange(1, 20)}-{entry}"


def om_civil(rng) -> str:
    return str(rng.randrange(6_000_000, 29_999_999))


def tn_cin(rng) -> str:
    return f"{rng.choice('01')}{rng.randrange(10**7):07d}"


def mo_bir(rng) -> str:
    first = rng.choice("1155557")
    return f"{first}{rng.randrange(10**6):06d}({rng.randrange(10)})"


def na_id(rng, dob=None) -> str:
    y, m, d = dob or (rng.randrange(1955, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    return f"{y % 100:02d}{m:02d}{d:02d}{rng.randrange(10**5):05d}"


def ht_nif(rng) -> str:
    n = f"{rng.randrange(10**10):010d}"
    return f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9]}"


def bn_ic(rng) -> str:
    return f"{rng.choice(['00', '01', '01', '30', '31', '50'])}-{rng.randrange(10**6):06d}"


def passport(rng, loc: str) -> str:
    if loc == "es_PA":
        return f"PA{rng.randrange(10**7):07d}"
    if loc == "es_SV":
        return f"A{rng.randrange(10**8):08d}"
    if loc == "zh_MO":
        return f"MA{rng.randrange(10**7):07d}"
    if loc == "am_ET":
        return f"EP{rng.randrange(10**7):07d}"
    if loc == "en_NA":
        return f"P{rng.randrange(10**7):07d}"
    if loc == "fr_HT":
        return f"R{rng.randrange(10**7):07d}"
    if loc == "ms_BN":
        return f"B{rng.randrange(10**7):07d}"
    if loc == "ar_TN":
        return f"{rng.choice('XYZ')}{rng.randrange(10**6):06d}"
    return f"{rng.choice('ABKMP')}{rng.randrange(10**7):07d}"


# ---------------------------------------------------------------- network, gps, secrets
def ipv4(rng, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.5
    if private:
        k = rng.randrange(3)
        if k == 0:
            return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if k == 1:
            return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    a = rng.choice([41, 102, 105, 154, 160, 186, 190, 196, 197, 200, 202, 212, 41, 37, 62, 78])
    return f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng) -> str:
    k = rng.randrange(4)
    g = [f"{rng.randrange(65536):x}" for _ in range(8)]
    if k == 0:
        return "2001:db8:" + ":".join(g[2:])  # doc range still an IP
    if k == 1:
        return f"2a0{rng.randrange(10)}:{g[1]}:{g[2]}::{g[7]}"
    if k == 2:
        return f"fe80::{g[4]}:{g[5]}:{g[6]}:{g[7]}"
    return f"2c0f:{g[1]}:{g[2]}:{g[3]}::{g[6]}:{g[7]}"


def mac(rng, k: int | None = None) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    k = rng.randrange(4) if k is None else k
    if k == 0:
        return ":".join(f"{x:02x}" for x in b)
    if k == 1:
        return ":".join(f"{x:02X}" for x in b)
    if k == 2:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


CENTRES = {
    "es_PA": (8.98, -79.52),
    "es_SV": (13.70, -89.22),
    "ar_TN": (36.81, 10.17),
    "ar_KW": (29.34, 48.01),
    "ar_OM": (23.59, 58.41),
    "am_ET": (9.01, 38.76),
    "zh_MO": (22.19, 113.55),
    "en_NA": (-22.57, 17.08),
    "fr_HT": (18.54, -72.33),
    "ms_BN": (4.90, 114.93),
}


def latlon(rng, loc: str):
    la, lo = CENTRES[loc]
    return la + rng.uniform(-0.06, 0.06), lo + rng.uniform(-0.06, 0.06)


# town centres for pins next to an address (Latin and native spellings of the towns in _v8b_people)
TOWNS = {
    "es_PA": {
        "Ciudad de Panamá": (8.98, -79.52), "San Miguelito": (9.03, -79.50), "Colón": (9.36, -79.90),
        "David": (8.43, -82.43), "Boquete": (8.78, -82.44), "Santiago": (8.10, -80.98),
        "Chitré": (7.96, -80.43), "Arraiján": (8.95, -79.65), "La Chorrera": (8.88, -79.78),
    },
    "es_SV": {
        "San Salvador": (13.70, -89.20), "Antiguo Cuscatlán": (13.67, -89.25), "Ilopango": (13.70, -89.11),
        "Santa Ana": (13.99, -89.56), "San Miguel": (13.48, -88.18), "Santa Tecla": (13.67, -89.29),
        "Soyapango": (13.71, -89.14), "Mejicanos": (13.74, -89.21),
    },
    "ar_TN": {
        "Tunis Belvédère": (36.82, 10.18), "تونس البلفيدير": (36.82, 10.18), "Les Berges du Lac": (36.83, 10.23),
        "البحيرة": (36.83, 10.23), "Le Bardo": (36.81, 10.13), "باردو": (36.81, 10.13), "Ariana": (36.86, 10.19),
        "أريانة": (36.86, 10.19), "Sousse": (35.83, 10.63), "سوسة": (35.83, 10.63), "Sfax": (34.74, 10.76),
        "صفاقس": (34.74, 10.76), "Monastir": (35.77, 10.82), "المنستير": (35.77, 10.82), "Nabeul": (36.45, 10.73),
        "نابل": (36.45, 10.73), "La Marsa": (36.88, 10.32), "المرسى": (36.88, 10.32), "Bizerte": (37.27, 9.87),
        "بنزرت": (37.27, 9.87), "Montplaisir": (36.82, 10.19), "مونبليزير": (36.82, 10.19),
        "La Soukra": (36.87, 10.25), "السكرة": (36.87, 10.25),
    },
    "ar_KW": {
        "Salmiya": (29.33, 48.07), "السالمية": (29.33, 48.07), "Hawalli": (29.33, 48.03), "حولي": (29.33, 48.03),
        "Jabriya": (29.32, 48.02), "الجابرية": (29.32, 48.02), "Mishref": (29.27, 48.07), "مشرف": (29.27, 48.07),
        "Rumaithiya": (29.31, 48.08), "الرميثية": (29.31, 48.08), "Farwaniya": (29.28, 47.96),
        "الفروانية": (29.28, 47.96), "Khaitan": (29.29, 47.97), "خيطان": (29.29, 47.97), "Fintas": (29.17, 48.12),
        "الفنطاس": (29.17, 48.12), "Mangaf": (29.10, 48.13), "المنقف": (29.10, 48.13), "Surra": (29.31, 48.00),
        "السرة": (29.31, 48.00), "Qurtuba": (29.31, 47.99), "قرطبة": (29.31, 47.99), "Adailiya": (29.33, 47.99),
        "العديلية": (29.33, 47.99), "Kaifan": (29.34, 47.96), "كيفان": (29.34, 47.96),
        "Sabah Al Salem": (29.26, 48.06), "صباح السالم": (29.26, 48.06),
    },
    "ar_OM": {
        "Al Khuwair": (23.60, 58.43), "الخوير": (23.60, 58.43), "Al Ghubrah": (23.59, 58.40), "الغبرة": (23.59, 58.40),
        "Ruwi": (23.60, 58.54), "روي": (23.60, 58.54), "Madinat Sultan Qaboos": (23.60, 58.39),
        "مدينة السلطان قابوس": (23.60, 58.39), "Al Mawaleh": (23.62, 58.26), "الموالح": (23.62, 58.26),
        "Al Seeb": (23.67, 58.19), "السيب": (23.67, 58.19), "Qurum": (23.61, 58.48), "القرم": (23.61, 58.48),
        "Sohar": (24.35, 56.71), "صحار": (24.35, 56.71), "Nizwa": (22.93, 57.53), "نزوى": (22.93, 57.53),
        "Salalah": (17.02, 54.09), "صلالة": (17.02, 54.09), "Sur": (22.57, 59.53), "صور": (22.57, 59.53),
    },
    "zh_MO": {"氹仔": (22.157, 113.557), "Taipa, Macau": (22.157, 113.557), "澳門": (22.196, 113.545), "Macau": (22.196, 113.545)},
    "en_NA": {
        "Windhoek": (-22.57, 17.08), "Swakopmund": (-22.68, 14.53), "Walvis Bay": (-22.96, 14.51),
        "Oshakati": (-17.79, 15.70), "Ongwediva": (-17.78, 15.77),
    },
    "fr_HT": {
        "Port-au-Prince": (18.54, -72.34), "Delmas": (18.55, -72.30), "Pétion-Ville": (18.51, -72.29),
        "Carrefour": (18.53, -72.40), "Cap-Haïtien": (19.76, -72.20), "Jacmel": (18.23, -72.53),
        "Les Cayes": (18.19, -73.75), "Gonaïves": (19.45, -72.69),
    },
    "ms_BN": {
        "Bandar Seri Begawan": (4.89, 114.94), "Kuala Belait": (4.58, 114.23), "Seria": (4.61, 114.32),
        "Tutong": (4.80, 114.65),
    },
}


def latlon_near(rng, loc: str, address: str):
    """A pin a few km from the town named in `address` (the locale's centre if none is named)."""
    towns = TOWNS.get(loc, {})
    hit = max((t for t in towns if t in address), key=len, default=None)
    if hit is None:
        la, lo = CENTRES[loc]
        return la + rng.uniform(-0.03, 0.03), lo + rng.uniform(-0.03, 0.03)
    la, lo = towns[hit]
    d = 0.005 if loc == "zh_MO" else 0.02
    return la + rng.uniform(-d, d), lo + rng.uniform(-d, d)


def gps(rng, loc: str, style: int | None = None) -> str:
    la, lo = latlon(rng, loc)
    k = rng.randrange(4) if style is None else style
    if k == 0:
        return f"{la:.6f}, {lo:.6f}"
    if k == 1:
        return f"{la:.5f},{lo:.5f}"
    if k == 2:
        ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
        return f"{abs(la):.4f}°{ns} {abs(lo):.4f}°{ew}"
    return f"{lo:.6f}, {la:.6f}"  # GeoJSON order, used inside [ ... ]


ALNUM = string.ascii_letters + string.digits


def rand_str(rng, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def token(rng) -> str:
    k = rng.randrange(6)
    if k == 0:
        return "ghp_" + rand_str(rng, 36)
    if k == 1:
        return "sk_live_" + rand_str(rng, 24)
    if k == 2:
        return "xoxb-" + "-".join(
            [
                str(rng.randrange(10**11, 10**12)),
                str(rng.randrange(10**11, 10**12)),
                rand_str(rng, 24),
            ]
        )
    if k == 3:
        return "glpat-" + rand_str(rng, 20, ALNUM + "-_")
    if k == 4:
        return rand_str(rng, 40, ALNUM + "/+")
    return (
        "eyJhbGciOiJIUzI1NiJ9."
        + rand_str(rng, 36, ALNUM + "-_")
        + "."
        + rand_str(rng, 43, ALNUM + "-_")
    )


def password(rng) -> str:
    k = rng.randrange(4)
    words = [
        "Tortuga",
        "Qahwa",
        "Canal",
        "Sahara",
        "Oryx",
        "Macau",
        "Buna",
        "Kayu",
        "Zaytoun",
        "Mango",
        "Fenix",
        "Lotus",
        "Dattes",
        "Pluie",
    ]
    if k == 0:
        return rng.choice(words) + str(rng.randrange(10, 99999)) + rng.choice("!*._-")
    if k == 1:
        return rand_str(rng, rng.randrange(10, 17), ALNUM + "!*_.")
    if k == 2:
        return (
            rng.choice(words).lower() + rng.choice(["_", ".", "-"]) + str(rng.randrange(1980, 2026))
        )
    return rand_str(rng, 4).upper() + "-" + rand_str(rng, 4) + "-" + str(rng.randrange(100, 999))


# ---------------------------------------------------------------- dates, emails
def fold(s: str) -> str:
    s = s.replace("ñ", "n").replace("Ñ", "N")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def birth(rng, lo: int = 1948, hi: int = 2006):
    return rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29)


MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(rng, ymd, loc: str, kind: str | None = None) -> str:
    y, m, d = ymd
    k = kind or rng.choice(["dmy", "dmy", "dmy_dash", "iso", "local"])
    if k == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if k == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}"
    if k == "gds":
        return f"{d:02d}{MON3[m - 1]}{y % 100:02d}"
    if k == "local":
        if loc == "zh_MO":
            return f"{y}年{m}月{d}日"
        if loc in ("es_PA", "es_SV"):
            mes = [
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
            ][m - 1]
            return f"{d} de {mes} de {y}"
        if loc in ("fr_HT",):
            mois = [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ][m - 1]
            return f"{d} {mois} {y}"
        if loc == "ms_BN":
            bulan = [
                "Januari",
                "Februari",
                "Mac",
                "April",
                "Mei",
                "Jun",
                "Julai",
                "Ogos",
                "September",
                "Oktober",
                "November",
                "Disember",
            ][m - 1]
            return f"{d} {bulan} {y}"
        if loc == "en_NA":
            return f"{d} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {y}"
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


MAIL_DOMAINS = {
    "es_PA": ["gmail.com", "hotmail.com", "cwpanama.net", "yahoo.com", "outlook.com"],
    "es_SV": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "ues.edu.sv"],
    "ar_TN": ["gmail.com", "topnet.tn", "yahoo.fr", "hotmail.fr", "gnet.tn"],
    "ar_KW": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "ar_OM": ["gmail.com", "omantel.net.om", "hotmail.com", "outlook.com", "squ.edu.om"],
    "am_ET": ["gmail.com", "yahoo.com", "ethionet.et", "aau.edu.et", "outlook.com"],
    "zh_MO": ["gmail.com", "macau.ctm.net", "yahoo.com.hk", "outlook.com", "um.edu.mo"],
    "en_NA": ["gmail.com", "iway.na", "africaonline.com.na", "yahoo.com", "unam.na"],
    "fr_HT": ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "ueh.edu.ht"],
    "ms_BN": ["gmail.com", "brunet.bn", "hotmail.com", "yahoo.com", "ubd.edu.bn"],
}


def email(rng, loc: str, given: str, family: str) -> str:
    g = fold(given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = fold(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    if not g.isascii() or not g:
        g = rand_str(rng, 6, string.ascii_lowercase)
    if not f.isascii() or not f:
        f = rand_str(rng, 5, string.ascii_lowercase)
    k = rng.randrange(5)
    local = [
        f"{g}.{f}",
        f"{g}{f}{rng.randrange(10, 99)}",
        f"{g[0]}{f}",
        f"{g}_{f}",
        f"{f}.{g}{rng.randrange(1, 9)}",
    ][k]
    return f"{local}@{rng.choice(MAIL_DOMAINS[loc])}"


def email_spoken(rng, addr: str, lang: str) -> str:
    local, dom = addr.split("@")
    at, dot = {
        "es": (" arroba ", " punto "),
        "fr": (" at ", " point "),
        "ar": (" [at] ", " [dot] "),
        "en": (" [at] ", " [dot] "),
    }.get(lang, (" (at) ", " (dot) "))
    return local + at + dom.replace(".", dot)


def us_ssn(rng) -> str:
    from stdnum.us import ssn

    while True:
        v = f"{rng.randrange(1, 900):03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if ssn.is_valid(v):
            return v
