"""Value makers for the v10b set: phones, ids, cards, IBANs, network values, secrets, dates."""

from __future__ import annotations

import itertools
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum.dk import cpr as dk_cpr
from stdnum.ve import rif as ve_rif

DIG = string.digits
HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits
EAST_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def digits(rng, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def east(s: str) -> str:
    """Eastern Arabic digits, as Sudanese print uses them."""
    return s.translate(EAST_AR)


# ---------------------------------------------------------------- phones
# region -> (country code, [(prefix, rest length, kind)])
_PH = {
    "LY": ("218", [("91", 7, "m"), ("92", 7, "m"), ("94", 7, "m"), ("95", 7, "m"),
                   ("21", 7, "l"), ("61", 7, "l"), ("51", 7, "l")]),
    "SD": ("249", [("91", 7, "m"), ("92", 7, "m"), ("90", 7, "m"), ("99", 7, "m"),
                   ("12", 7, "m"), ("96", 7, "m"), ("183", 6, "l")]),
    "ZM": ("260", [("97", 7, "m"), ("96", 7, "m"), ("95", 7, "m"), ("76", 7, "m"),
                   ("77", 7, "m"), ("211", 6, "l"), ("212", 6, "l")]),
    "ZW": ("263", [("77", 7, "m"), ("78", 7, "m"), ("71", 7, "m"), ("73", 7, "m"),
                   ("242", 6, "l"), ("292", 6, "l")]),
    "CI": ("225", [("07", 8, "m"), ("05", 8, "m"), ("01", 8, "m"), ("27", 8, "l")]),
    "MG": ("261", [("32", 7, "m"), ("33", 7, "m"), ("34", 7, "m"), ("38", 7, "m"),
                   ("2022", 5, "l")]),
    "HN": ("504", [("9", 7, "m"), ("3", 7, "m"), ("8", 7, "m"), ("22", 6, "l")]),
    "VE": ("58", [("412", 7, "m"), ("414", 7, "m"), ("424", 7, "m"), ("416", 7, "m"),
                  ("426", 7, "m"), ("212", 7, "l"), ("261", 7, "l"), ("241", 7, "l")]),
    "SR": ("597", [("8", 6, "m"), ("7", 6, "m"), ("4", 5, "l")]),
    "FO": ("298", [("2", 5, "m"), ("5", 5, "m"), ("7", 5, "m"), ("3", 5, "l")]),
}

REGION = {
    "ar_LY": "LY", "ar_SD": "SD", "en_ZM": "ZM", "en_ZW": "ZW", "fr_CI": "CI",
    "fr_MG": "MG", "es_HN": "HN", "es_VE": "VE", "nl_SR": "SR", "fo_FO": "FO",
}


def _nsn(rng, region: str, kind: str | None) -> tuple[str, str, str]:
    cc, plans = _PH[region]
    pool = [p for p in plans if kind is None or p[2] == kind] or plans
    for _ in range(200):
        pre, n, _k = rng.choice(pool)
        rest = digits(rng, n)
        num = pre + rest
        pn = phonenumbers.parse("+" + cc + num.lstrip("0") if region != "CI" else "+" + cc + num)
        if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region:
            return cc, pre, rest
    raise RuntimeError(region)


def phone(rng, region: str, kind: str | None = "m", form: int | None = None) -> str:
    _cc, pre, rest = _nsn(rng, region, kind)
    nsn = pre + rest
    f = rng.randrange(5) if form is None else form
    if region == "LY":
        opts = [f"0{pre}-{rest}", f"0{nsn}", f"+218 {pre} {rest[:3]} {rest[3:]}", f"+218{nsn}",
                f"00218 {pre} {rest}"]
    elif region == "SD":
        opts = [f"0{nsn}", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"+249 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"+249{nsn}", f"00249 {pre} {rest[:3]} {rest[3:]}"]
    elif region == "ZM":
        opts = [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn}", f"+260 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"+260 {pre} {rest}", f"+260{nsn}"]
    elif region == "ZW":
        opts = [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{pre} {rest[:3]} {rest[3:]}",
                f"+263 {pre} {rest[:3]} {rest[3:]}", f"+263{nsn}", f"0{nsn}"]
    elif region == "CI":
        g = " ".join(nsn[i:i + 2] for i in range(0, 10, 2))
        opts = [g, f"+225 {g}", nsn, f"(+225) {nsn}", f"+225{nsn}"]
    elif region == "MG":
        opts = [f"0{nsn[:2]} {nsn[2:4]} {nsn[4:7]} {nsn[7:]}", f"+261 {nsn[:2]} {nsn[2:4]} {nsn[4:7]} {nsn[7:]}",
                f"0{nsn}", f"+261{nsn}", f"0{nsn[:2]} {nsn[2:]}"]
    elif region == "HN":
        opts = [f"{nsn[:4]}-{nsn[4:]}", f"+504 {nsn[:4]}-{nsn[4:]}", f"(504) {nsn[:4]}-{nsn[4:]}",
                nsn, f"+504 {nsn}"]
    elif region == "VE":
        opts = [f"0{pre}-{rest}", f"0{pre} {rest[:3]} {rest[3:]}", f"+58 {pre} {rest}",
                f"+58 ({pre}) {rest[:3]}-{rest[3:]}", f"0{pre}{rest}"]
    elif region == "SR":
        if len(nsn) == 7:
            opts = [f"{nsn[:3]}-{nsn[3:]}", f"+597 {nsn[:3]}-{nsn[3:]}", f"+597 {nsn}", nsn,
                    f"(597) {nsn[:3]}-{nsn[3:]}"]
        else:
            opts = [f"{nsn[:3]}-{nsn[3:]}", f"+597 {nsn[:3]}-{nsn[3:]}", f"+597 {nsn}", nsn,
                    f"(+597) {nsn}"]
    else:  # FO
        g = f"{nsn[:2]} {nsn[2:4]} {nsn[4:]}"
        opts = [g, nsn, f"+298 {nsn}", f"+298 {g}", f"(+298) {g}"]
    return opts[f % len(opts)]


def phone_e164(rng, region: str, kind: str = "m") -> str:
    cc, pre, rest = _nsn(rng, region, kind)
    nsn = pre + rest
    return "+" + cc + (nsn if region == "CI" else nsn.lstrip("0"))


def msisdn(rng, region: str) -> str:
    """International digits without plus, as USSD and SMS gateways log them."""
    return phone_e164(rng, region)[1:]


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fo": ["januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
}


def ymd(rng, y0: int = 1948, y1: int = 2006) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(lang: str, y: int, m: int, d: int, form: int) -> str:
    if form == 0:
        if lang == "fo":
            return f"{d:02d}.{m:02d}.{y}"
        if lang == "nl":
            return f"{d:02d}-{m:02d}-{y}"
        return f"{d:02d}/{m:02d}/{y}"
    if form == 1:
        if lang == "es":
            return f"{d} de {MONTHS['es'][m - 1]} de {y}"
        if lang == "fo":
            return f"{d}. {MONTHS['fo'][m - 1]} {y}"
        return f"{d} {MONTHS[lang][m - 1]} {y}"
    if form == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if form == 3:
        sep = {"fo": "/", "nl": "/"}.get(lang, "-")
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if form == 4:
        return f"{y}/{m:02d}/{d:02d}"
    return f"{y}{m:02d}{d:02d}"


# ---------------------------------------------------------------- national ids
ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"


def zw_id(rng, form: int | None = None) -> str:
    reg = rng.choice(["63", "08", "22", "42", "58", "75", "29", "13", "03", "48", "50", "07"])
    serial = digits(rng, rng.choice([6, 7]), first_nonzero=True)
    chk = ZW_LETTERS[int(reg + serial) % 23]
    origin = rng.choice(["63", "42", "22", "75", "18", "27", "04", "83", "47", "71"])
    f = rng.randrange(4) if form is None else form
    return [f"{reg}-{serial} {chk} {origin}", f"{reg}-{serial}{chk}{origin}", f"{reg}{serial}{chk}{origin}",
            f"{reg}-{serial}-{chk}-{origin}"][f]


def zw_id_ok(s: str) -> bool:
    c = s.replace("-", "").replace(" ", "")
    if not (11 <= len(c) <= 12) or not c[:-3].isdigit() or not c[-2:].isdigit():
        return False
    return ZW_LETTERS[int(c[:-3]) % 23] == c[-3]


def zm_nrc(rng) -> str:
    return f"{digits(rng, 6, True)}/{rng.choice(['10', '11', '12', '13', '16', '21', '31', '33', '61', '67', '71', '81'])}/1"


def zm_tpin(rng) -> str:
    return "100" + digits(rng, 7)


def ly_nid(rng, female: bool, year: int) -> str:
    return ("2" if female else "1") + str(year) + digits(rng, 7)


def sd_nid(rng) -> str:
    return digits(rng, 11, True)


def ci_cni(rng) -> str:
    return "CI" + rng.choice(["00", "01", "02"]) + digits(rng, 7)


def ci_nni(rng) -> str:
    return digits(rng, 11, True)


def mg_cin(rng, female: bool) -> str:
    s = rng.choice("123456") + ("2" if female else "1") + digits(rng, 10)
    return s


def mg_cin_fmt(s: str, form: int) -> str:
    return [s, f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", f"{s[:3]}.{s[3:6]}.{s[6:9]}.{s[9:]}"][form % 3]


def hn_dni(rng, year: int, form: int = 0) -> str:
    dept = rng.choice(["0801", "0501", "0101", "0601", "0301", "1807", "0107", "0502", "0703", "1201", "1101"])
    ser = digits(rng, 5)
    return [f"{dept}-{year}-{ser}", f"{dept}{year}{ser}", f"{dept} {year} {ser}"][form % 3]


def hn_rtn(rng, year: int) -> str:
    return hn_dni(rng, year, 1) + rng.choice(DIG)


# cédula numbers are issued in sequence, so the number tracks the holder's birth year
_VE_CI_ANCHORS = [(1940, 1_000_000), (1955, 3_500_000), (1965, 6_500_000), (1975, 11_000_000),
                  (1985, 16_500_000), (1995, 23_000_000), (2006, 30_500_000)]


def _ve_ci_number(rng, year: int) -> int:
    pts = _VE_CI_ANCHORS
    year = min(max(year, pts[0][0]), pts[-1][0])
    for (y0, n0), (y1, n1) in itertools.pairwise(pts):
        if y0 <= year <= y1:
            mid = n0 + (n1 - n0) * (year - y0) / (y1 - y0)
            break
    return max(1_000_000, int(mid + rng.randint(-1_200_000, 1_200_000)))


def ve_cedula(rng, year: int, form: int = 0, kind: str = "V") -> str:
    n = _ve_ci_number(rng, year)
    s = f"{n:,}".replace(",", ".")
    return [f"{kind}-{s}", f"{kind}-{n}", f"{kind}{n}", s][form % 4]


def ve_rif_person(rng, year: int, form: int = 0) -> str:
    n = f"{_ve_ci_number(rng, year):08d}"
    base = "V" + n
    cd = ve_rif.calc_check_digit(base + "0")
    out = [f"V-{n}-{cd}", f"V{n}{cd}", f"V-{n}{cd}"][form % 3]
    assert ve_rif.is_valid(out.replace("-", ""))
    return out


def sr_id(rng) -> str:
    return rng.choice(["FB", "FC", "FD", "FE", "FK", "FL"]) + digits(rng, 6)


def _sex_digit(s: str, female: bool) -> str:
    """Last digit odd for men, even for women (CPR and P-tal)."""
    last = int(s[-1])
    if (last % 2 == 0) != female:
        last ^= 1
    return s[:-1] + str(last)


def fo_ptal(y: int, m: int, d: int, rng, female: bool) -> str:
    return _sex_digit(f"{d:02d}{m:02d}{y % 100:02d}-{digits(rng, 3)}", female)


def dk_cpr_num(rng, y: int, m: int, d: int, female: bool) -> str:
    for _ in range(100):
        # the 7th digit encodes the century, the last one the sex
        c7 = rng.choice("0123") if y < 2000 else rng.choice("4")
        s = _sex_digit(f"{d:02d}{m:02d}{y % 100:02d}-{c7}{digits(rng, 3)}", female)
        if dk_cpr.is_valid(s):
            return s
    raise RuntimeError("cpr")


def passport(rng, region: str) -> str:
    if region == "LY":
        return rng.choice("ABCDEFGHJKLMNPRS") + rng.choice("ABCDEFGHJKLMNPRS") + digits(rng, 7)
    if region == "SD":
        return "P" + digits(rng, 8, True)
    if region == "ZM":
        return rng.choice(["ZN", "ZA", "ZB"]) + digits(rng, 6)
    if region == "ZW":
        return rng.choice(["FN", "DN", "EN", "GN"]) + digits(rng, 6)
    if region == "CI":
        return f"{rng.randint(17, 24)}{rng.choice(['AD', 'AE', 'AF', 'AH', 'AK'])}{digits(rng, 5)}"
    if region == "MG":
        return f"{rng.randint(16, 24)}{rng.choice(['AB', 'AC', 'AF', 'AG'])}{digits(rng, 5)}"
    if region == "HN":
        return rng.choice("EFGH") + digits(rng, 7)
    if region == "VE":
        return digits(rng, 9, True)
    if region == "SR":
        return "R" + digits(rng, 7)
    return digits(rng, 9, True)  # Danish passports of Faroese holders


# ---------------------------------------------------------------- cards
def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise RuntimeError


def card(rng, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        num = _luhn_complete("4" + rng.choice(["53275", "18236", "92547", "76108", "04159", "65871"]), 16, rng)
    elif brand == "mc":
        num = _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + digits(rng, 4), 16, rng)
    else:
        num = _luhn_complete(rng.choice(["34", "37"]) + digits(rng, 4), 15, rng)
    sep = rng.choice([" ", "-", ""]) if sep is None else sep
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def masked_card(rng) -> str:
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "************", "•••• "]) + digits(rng, 4)


# ---------------------------------------------------------------- IBANs
def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def _es_ccc(rng) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def cd(s: str) -> str:
        v = 11 - sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
        return str({11: 0, 10: 1}.get(v, v))

    bank, branch, acc = rng.choice(["2100", "0049", "0182", "2085", "0081"]), digits(rng, 4), digits(rng, 10)
    return bank + branch + cd("00" + bank + branch) + cd(acc) + acc


def _fr_rib(rng) -> str:
    bank, branch, acc = rng.choice(["30004", "30003", "20041", "10278", "30002"]), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
    return f"{bank}{branch}{acc}{key:02d}"


def iban(rng, cc: str, grouped: bool | None = None) -> str:
    for _ in range(500):
        if cc == "LY":
            bban = rng.choice(["002", "005", "014", "021", "025"]) + digits(rng, 3) + digits(rng, 15)
        elif cc == "SD":
            bban = rng.choice(["21", "29", "13", "11"]) + digits(rng, 12)
        elif cc == "FO":
            bban = rng.choice(["6460", "9181", "7600", "9865"]) + digits(rng, 10)
        elif cc == "DK":
            bban = rng.choice(["3000", "5301", "9570", "2191"]) + digits(rng, 10)
        elif cc == "HN":
            bban = rng.choice(["FICO", "ATLA", "BACN", "BPOP", "OCCI"]) + digits(rng, 20)
        elif cc == "GB":
            bban = rng.choice(["BARC", "NWBK", "HBUK", "LOYD", "MIDL"]) + digits(rng, 14)
        elif cc == "DE":
            bban = digits(rng, 18, True)
        elif cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB"]) + digits(rng, 10)
        elif cc == "ES":
            bban = _es_ccc(rng)
        elif cc == "FR":
            bban = _fr_rib(rng)
        else:
            raise ValueError(cc)
        s = cc + _iban_check(cc, bban) + bban
        if std_iban.is_valid(s):
            break
    else:
        raise RuntimeError(cc)
    g = rng.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s


FOREIGN_IBAN = {
    "ar_LY": ["LY"], "ar_SD": ["SD"], "en_ZM": ["GB"], "en_ZW": ["GB", "DE"], "fr_CI": ["FR"],
    "fr_MG": ["FR"], "es_HN": ["HN"], "es_VE": ["ES"], "nl_SR": ["NL"], "fo_FO": ["FO", "DK"],
}


# ---------------------------------------------------------------- network
_V4_PUBLIC = {
    "LY": ["41.208", "62.240", "41.252"], "SD": ["197.252", "41.95", "196.29"],
    "ZM": ["41.72", "102.145", "165.56"], "ZW": ["41.57", "197.221", "196.27"],
    "CI": ["160.154", "196.47", "154.0"], "MG": ["41.188", "154.126", "102.16"],
    "HN": ["181.115", "190.92", "138.122"], "VE": ["190.36", "186.88", "200.44"],
    "SR": ["186.179", "200.1", "168.195"], "FO": ["185.59", "88.85", "193.34"],
}
_V6_PUBLIC = {
    "LY": "2c0f:f6d0", "SD": "2c0f:fe40", "ZM": "2c0f:f8f0", "ZW": "2c0f:f7a8", "CI": "2c0f:f0c0",
    "MG": "2c0f:fb50", "HN": "2803:e5e0", "VE": "2800:bf0", "SR": "2803:9800", "FO": "2a02:2b88",
}


def ipv4(rng, region: str, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.4
    if private:
        k = rng.randrange(3)
        if k == 0:
            return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 250)}"
        if k == 1:
            return f"192.168.{rng.randint(0, 60)}.{rng.randint(2, 250)}"
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 250)}"
    return f"{rng.choice(_V4_PUBLIC[region])}.{rng.randint(1, 254)}.{rng.randint(2, 250)}"


def ipv6(rng, region: str) -> str:
    h = [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    k = rng.randrange(3)
    base = _V6_PUBLIC[region]
    if k == 0:
        return f"{base}:{h[0]}::{h[1]}"
    if k == 1:
        return f"{base}:{h[0]}:{h[1]}:{h[2]}:{h[3]}:{h[4]}:{h[5]}"
    return f"fe80::{h[0]}:{h[1]}:{h[2]}:{h[3]}"


def mac(rng, form: int | None = None) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    hx = [f"{x:02x}" for x in b]
    f = rng.randrange(4) if form is None else form
    if f == 0:
        return ":".join(hx)
    if f == 1:
        return "-".join(hx).upper()
    if f == 2:
        s = "".join(hx)
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    return ":".join(hx).upper()


# ---------------------------------------------------------------- secrets and look-alikes
def rand(rng, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def token(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["ghp", "glpat", "sk", "hex", "b62", "slack", "aws"])
    if kind == "ghp":
        return "ghp_" + rand(rng, B62, 36)
    if kind == "glpat":
        return "glpat-" + rand(rng, B62 + "_-", 20)
    if kind == "sk":
        return "sk_live_" + rand(rng, B62, 28)
    if kind == "hex":
        return rand(rng, HEX, 40)
    if kind == "slack":
        return f"xoxb-{digits(rng, 12, True)}-{digits(rng, 13, True)}-{rand(rng, B62, 24)}"
    if kind == "aws":
        return rand(rng, B62 + "/+", 40)
    return rand(rng, B62, 32)


_PW_WORDS = ["Sahara", "Tripoli", "Nile", "Kafue", "Zambezi", "Baobab", "Lagune", "Tana", "Copan",
             "Avila", "Suriname", "Torshavn", "Mango", "Faro", "Kariba", "Ceiba", "Tamarin", "Roraima"]


def password(rng) -> str:
    w = rng.choice(_PW_WORDS)
    k = rng.randrange(4)
    if k == 0:
        return f"{w}{rng.choice('#@!$%')}{rng.randint(10, 2025)}"
    if k == 1:
        return f"{w.lower()}_{rand(rng, B62, 6)}{rng.choice('!?*')}"
    if k == 2:
        return rand(rng, B62 + "!#%&*", 14)
    return f"{rand(rng, string.ascii_uppercase, 2)}{w[:4].lower()}{digits(rng, 4)}{rng.choice('.;#')}"


def uuid(rng) -> str:
    h = rand(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def lookalike(rng, lang: str) -> str:
    """One unlabelled look-alike line."""
    k = rng.randrange(10)
    if k == 0:
        return f"Order no. {digits(rng, 3, True)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if k == 1:
        return f"build {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)} (commit {rand(rng, HEX, 12)})"
    if k == 2:
        return f"ref {uuid(rng)}"
    if k == 3:
        return f"Paid with card {masked_card(rng)}"
    if k == 4:
        return f"Tracking: {rand(rng, string.ascii_uppercase, 2)}{digits(rng, 9)}{rand(rng, string.ascii_uppercase, 2)}"
    if k == 5:
        return f"sensor T={rng.randint(18, 41)}.{rng.randint(0, 9)}C RH={rng.randint(20, 95)}% p={rng.randint(990, 1030)}.{rng.randint(0, 9)} hPa"
    if k == 6:
        return "pi = 3.14159265358979, e = 2.71828182845904, sqrt2 = 1.41421356237"
    if k == 7:
        return f"Invoice date {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2023, 2025)}, due in 30 days"
    if k == 8:
        return f"sha256 {rand(rng, HEX, 64)}"
    return f"IMEI {digits(rng, 15, True)} / ticket #{digits(rng, 6, True)}"
