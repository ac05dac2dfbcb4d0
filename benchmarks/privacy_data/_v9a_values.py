"""Value generators for v9a: phones, national ids, cards, IBANs, network values,
coordinates, secrets, dates and look-alikes.  Every checked value is validated with
phonenumbers / python-stdnum as it is made."""
from __future__ import annotations

import datetime as _dt
import ipaddress
import string

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.ke import pin as ke_pin
from stdnum.nz import ird as nz_ird
from stdnum.pk import cnic as _pk_cnic
from stdnum.py import ruc as py_ruc
from stdnum.sk import rc as sk_rc
from stdnum.th import pin as th_pin

DIGITS = {
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "ne": "०१२३४५६७८९",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
}


def nd(s: str, script: str) -> str:
    """Write ASCII digits in a native digit set."""
    table = DIGITS[script]
    return "".join(table[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- phones
CC = {"th_TH": "TH", "ur_PK": "PK", "sw_KE": "KE", "my_MM": "MM", "mn_MN": "MN",
      "ne_NP": "NP", "es_PY": "PY", "en_NZ": "NZ", "sk_SK": "SK", "hy_AM": "AM"}

# national significant number prefixes and lengths of the rest
_MOBILE = {
    "TH": (["81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "65", "90", "91",
            "92", "93", "94", "95", "96", "97", "98", "99"], 7),
    "PK": (["300", "301", "302", "303", "305", "306", "307", "308", "310", "311", "312", "313", "315",
            "320", "321", "322", "331", "332", "333", "334", "336", "340", "341", "342", "345", "346"], 7),
    "KE": (["700", "701", "702", "705", "708", "710", "711", "712", "713", "714", "715", "716", "717",
            "718", "719", "720", "721", "722", "723", "724", "725", "726", "727", "728", "729", "740",
            "741", "742", "743", "745", "746", "748", "757", "758", "759", "768", "769", "790", "791",
            "792", "793", "794", "795", "796", "797", "798", "799", "110", "111", "112", "113", "114",
            "115", "733", "734", "735", "736", "737", "738", "750", "751", "752", "753", "754", "755",
            "756", "762", "780", "781", "782", "785", "786", "787", "788", "789", "100", "101", "102"], 6),
    "MM": (["94", "95", "97", "96", "99", "42", "45", "25", "26"], 7),
    "MN": (["88", "89", "99", "95", "94", "85", "80", "86", "91", "96", "98", "83", "93"], 6),
    "NP": (["980", "981", "982", "984", "985", "986", "974", "975", "976", "961", "962", "988"], 7),
    "PY": (["961", "963", "971", "972", "973", "974", "975", "976", "981", "982", "983", "984", "985",
            "986", "991", "992", "993", "994", "995"], 6),
    "NZ": (["21", "22", "27", "20", "28", "29"], 7),
    "SK": (["901", "902", "903", "904", "905", "906", "907", "908", "910", "911", "912", "914", "915",
            "916", "917", "918", "919", "940", "944", "948", "949", "950", "951"], 6),
    "AM": (["91", "93", "94", "95", "96", "98", "99", "77", "55", "41", "43", "44", "49", "33"], 6),
}
_LAND = {
    "TH": (["2", "53", "43", "74", "42", "73", "76"], 7),
    "PK": (["42", "21", "51", "91", "81", "61", "22"], 8),
    "KE": (["20"], 7),
    "MM": (["1"], 7),
    "MN": (["11", "70"], 6),
    "NP": (["1"], 7),
    "PY": (["21"], 6),
    "NZ": (["9", "4", "3", "7", "6"], 7),
    "SK": (["2", "55", "41", "48", "37"], 7),
    "AM": (["10", "312", "322"], 6),
}


def _nsn(rng, cc: str, land: bool) -> str:
    table = _LAND if land else _MOBILE
    prefixes, n = table[cc]
    for _ in range(200):
        p = rng.choice(prefixes)
        rest = n if not (land and cc == "SK" and p == "2") else 8
        if land and cc == "TH":
            rest = 7 if p == "2" else 6
        if land and cc == "PK" and p in ("51", "91", "81", "61", "22"):
            rest = 7
        if land and cc == "AM":
            rest = 6 if p == "10" else 5
        if land and cc == "MN":
            rest = 6 if p == "11" else 6  # noqa: RUF034
        if not land and cc == "MM":
            rest = rng.choice([6, 7, 8]) if p[0] in "4962" else rng.choice([5, 6])
            p = "9" + p
        num = p + digits(rng, rest)
        if land and cc in ("TH", "PK") and p in ("42", "21"):
            num = p + "3" + digits(rng, rest - 1)
        pn = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(cc)) + num)
        if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == cc:
            return num
    raise RuntimeError(f"no valid number for {cc}")


def _grp(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(x for x in out if x)


def phone(rng, loc: str, intl: float = 0.35, land: float = 0.12, native: bool = False) -> str:
    """A valid phone for the locale written the local way."""
    cc = CC[loc]
    is_land = rng.random() < land
    nsn = _nsn(rng, cc, is_land)
    code = str(phonenumbers.country_code_for_region(cc))  # noqa: F841
    use_intl = rng.random() < intl
    r = rng.random()
    if cc == "TH":
        if is_land:
            a = 1 if nsn[0] == "2" else 2
            nat = "0" + nsn[:a] + "-" + nsn[a:a + 3] + "-" + nsn[a + 3:]
            it = f"+66 {nsn[:a]} {nsn[a:a+3]} {nsn[a+3:]}"
        else:
            nat = (f"0{nsn[:2]}-{nsn[2:5]}-{nsn[5:]}" if r < .5 else
                   f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}" if r < .7 else "0" + nsn)
            it = f"+66 {nsn[:2]} {nsn[2:5]} {nsn[5:]}" if r < .6 else f"+66{nsn}"
    elif cc == "PK":
        if is_land:
            a = 2
            nat = f"0{nsn[:a]}-{nsn[a:]}"
            it = f"+92 {nsn[:a]} {nsn[a:]}"
        else:
            nat = f"0{nsn[:3]}-{nsn[3:]}" if r < .6 else (f"0{nsn[:3]} {nsn[3:]}" if r < .8 else "0" + nsn)
            it = f"+92 {nsn[:3]} {nsn[3:]}" if r < .5 else (f"+92-{nsn[:3]}-{nsn[3:]}" if r < .7 else f"+92{nsn}")
    elif cc == "KE":
        if is_land:
            nat = f"020 {nsn[2:]}"
            it = f"+254 20 {nsn[2:]}"
        else:
            nat = f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}" if r < .6 else "0" + nsn
            it = f"+254 {nsn[:3]} {nsn[3:]}" if r < .5 else f"+254{nsn}"
    elif cc == "MM":
        if is_land:
            nat = f"01 {nsn[1:]}"
            it = f"+95 1 {nsn[1:]}"
        else:
            body = nsn[1:]
            nat = (f"09 {_grp(body, (3, 3, 3))}" if r < .4 else f"09-{body}" if r < .6 else "09" + body)
            it = f"+95 9 {_grp(body, (3, 3, 3))}" if r < .6 else f"+959{body}"
    elif cc == "MN" and is_land and nsn.startswith("11"):
        nat = f"{nsn[:2]}-{nsn[2:]}" if r < .7 else f"({nsn[:2]}) {nsn[2:]}"
        it = f"+976 {nsn[:2]} {nsn[2:]}"
    elif cc == "MN":
        nat = f"{nsn[:4]}-{nsn[4:]}" if r < .5 else (f"{nsn[:4]} {nsn[4:]}" if r < .7 else nsn)
        it = f"+976 {nsn[:4]} {nsn[4:]}" if r < .6 else f"+976{nsn}"
    elif cc == "NP":
        if is_land:
            nat = f"01-{nsn[1:]}"
            it = f"+977-1-{nsn[1:]}"
        else:
            nat = f"{nsn[:4]}-{nsn[4:]}" if r < .4 else nsn
            it = f"+977-{nsn}" if r < .5 else f"+977 {nsn}"
    elif cc == "PY":
        if is_land:
            nat = f"(021) {nsn[2:5]} {nsn[5:]}"
            it = f"+595 21 {nsn[2:]}"
        else:
            nat = (f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}" if r < .5 else
                   f"(0{nsn[:3]}) {nsn[3:6]}-{nsn[6:]}" if r < .7 else "0" + nsn)
            it = f"+595 {nsn[:3]} {nsn[3:]}" if r < .6 else f"+595{nsn}"
    elif cc == "NZ":
        if is_land:
            nat = f"(0{nsn[0]}) {nsn[1:4]} {nsn[4:]}" if r < .6 else f"0{nsn[0]} {nsn[1:4]} {nsn[4:]}"
            it = f"+64 {nsn[0]} {nsn[1:4]} {nsn[4:]}"
        else:
            nat = f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}" if r < .7 else "0" + nsn
            it = f"+64 {nsn[:2]} {nsn[2:5]} {nsn[5:]}" if r < .6 else f"+64{nsn}"
    elif cc == "SK":
        if is_land:
            a = 1 if nsn[0] == "2" else 2
            nat = f"0{nsn[:a]}/{nsn[a:]}"
            it = f"+421 {nsn[:a]} {nsn[a:]}"
        else:
            nat = f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}" if r < .7 else "0" + nsn
            it = f"+421 {nsn[:3]} {nsn[3:6]} {nsn[6:]}" if r < .6 else f"+421{nsn}"
    else:  # AM
        if is_land:
            a = len(nsn) - 6 if nsn.startswith("10") else 3
            a = 2 if nsn.startswith("10") else 3
            nat = f"0{nsn[:a]} {nsn[a:]}"
            it = f"+374 {nsn[:a]} {nsn[a:]}"
        else:
            nat = (f"0{nsn[:2]} {nsn[2:]}" if r < .4 else
                   f"0{nsn[:2]}-{nsn[2:4]}-{nsn[4:6]}-{nsn[6:]}" if r < .7 else "0" + nsn)
            it = f"+374 {nsn[:2]} {nsn[2:]}" if r < .6 else f"(+374) {nsn[:2]} {nsn[2:]}"
    out = it if use_intl else nat
    assert phonenumbers.is_valid_number(phonenumbers.parse(out, cc)), out
    if native and loc in ("th_TH", "my_MM", "ne_NP"):
        out = nd(out, {"th_TH": "th", "my_MM": "my", "ne_NP": "ne"}[loc])
    return out


def e164(p: str, loc: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(_ascii(p), CC[loc]),
                                      phonenumbers.PhoneNumberFormat.E164)


def _ascii(s: str) -> str:
    import unicodedata
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- dates
def dob(rng, lo=1952, hi=2007) -> _dt.date:
    start = _dt.date(lo, 1, 1).toordinal()
    end = _dt.date(hi, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def day(rng, year=2024) -> _dt.date:
    return _dt.date.fromordinal(_dt.date(year, 1, 1).toordinal() + rng.randint(0, 300))


TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MN_FMT = "{y}.{m:02d}.{d:02d}"


def fmt_date(d: _dt.date, loc: str, rng=None, machine: bool = False) -> str:
    if machine:
        return d.isoformat()
    r = rng.random() if rng else 0.0
    y, m, dd = d.year, d.month, d.day
    if loc == "th_TH":
        if r < .6:
            return f"{dd} {TH_MONTHS[m-1]} {y + 543}"
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if loc == "my_MM":
        s = f"{dd:02d}-{m:02d}-{y}" if r < .5 else f"{dd}.{m}.{y}"
        return nd(s, "my") if r < .7 else s
    if loc == "mn_MN":
        return f"{y}.{m:02d}.{dd:02d}" if r < .7 else f"{y} оны {m} сарын {dd}"
    if loc == "ne_NP":
        return f"{dd:02d}/{m:02d}/{y}"
    if loc == "sk_SK":
        return f"{dd}. {m}. {y}" if r < .5 else f"{dd:02d}.{m:02d}.{y}"
    if loc == "hy_AM":
        return f"{dd:02d}.{m:02d}.{y}"
    if loc == "ur_PK":
        return f"{dd:02d}-{m:02d}-{y}" if r < .5 else f"{dd:02d}/{m:02d}/{y}"
    return f"{dd:02d}/{m:02d}/{y}"


def bs_date(rng, lo=2010, hi=2064, native=True) -> str:
    """A Bikram Sambat date as written in Nepal (year/month/day)."""
    s = f"{rng.randint(lo, hi)}/{rng.randint(1, 12):02d}/{rng.randint(1, 30):02d}"
    return nd(s, "ne") if native else s


# ---------------------------------------------------------------- national ids
MN_LETTERS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЭЮЯӨҮ"
MM_TOWNSHIPS = [("12", "ဗဟန", "BaHaNa"), ("12", "ကမရ", "KaMaYa"), ("12", "လမန", "LaMaNa"),
                ("12", "စခန", "SaKhaNa"), ("12", "တမန", "TaMaNa"), ("12", "မရက", "MaYaKa"),
                ("12", "သကတ", "ThaKaTa"), ("9", "မဟမ", "MaHaMa"), ("9", "အမဇ", "AhMaZa"),
                ("8", "ပကခ", "PaKaKha"), ("10", "မလမ", "MaLaMa"), ("13", "တကန", "TaKaNa"),
                ("14", "ပသန", "PaThaNa"), ("1", "မကန", "MaKaNa"), ("5", "မရန", "MaYaNa")]


# Thai province codes (digits 2-3 of the citizen id: province of first registration)
TH_PROV = ["10", "11", "12", "13", "14", "20", "21", "24", "30", "31", "32", "34", "40", "41", "42", "44", "45", "46",
           "47", "48", "50", "51", "52", "53", "57", "60", "62", "65", "70", "71", "72", "80", "81", "83", "84", "86",
           "90", "91", "92", "93", "94", "95", "96"]


def th_id(rng, dashed=True, born=None) -> str:
    """A Thai citizen id; with a birth date, a Thai citizen's category digit (1: born
    from 1984 on, 3: registered before 1984) and a real province code."""
    for _ in range(50):
        body = rng.choice("12345678") + digits(rng, 11)
        if born is not None:
            body = ("1" if born.year >= 1984 else "3") + TH_PROV[int(body[1:3]) % len(TH_PROV)] + body[3:]
        num = body + th_pin.calc_check_digit(body)
        if th_pin.is_valid(num):
            break
    return th_pin.format(num) if dashed else num


def pk_cnic(rng, female: bool, dashed=True) -> str:
    while True:
        body = rng.choice("1234567") + digits(rng, 11)
        last = rng.choice("02468" if female else "13579")
        num = body + last
        if _pk_cnic.is_valid(num):
            return f"{num[:5]}-{num[5:12]}-{num[12]}" if dashed else num


def ke_id(rng) -> str:
    return str(rng.randint(20000000, 39999999))


def ke_kra(rng) -> str:
    while True:
        num = "A" + rng.choice("0") + digits(rng, 8) + rng.choice(string.ascii_uppercase)
        if ke_pin.is_valid(num):
            return num


def mm_nrc(rng, native=True) -> str:
    reg, nat, lat = rng.choice(MM_TOWNSHIPS)
    serial = digits(rng, 6)
    if native:
        return f"{nd(reg, 'my')}/{nat}(နိုင်){nd(serial, 'my')}"
    return f"{reg}/{lat}(N){serial}"


def mn_reg(rng, born: _dt.date) -> str:
    mm = born.month + (20 if born.year >= 2000 else 0)
    return (rng.choice(MN_LETTERS) + rng.choice(MN_LETTERS) +
            f"{born.year % 100:02d}{mm:02d}{born.day:02d}" + digits(rng, 2))


def np_citizenship(rng, native=False) -> str:
    s = f"{rng.randint(1, 77):02d}-{rng.randint(1, 3):02d}-{rng.randint(60, 80):02d}-{digits(rng, 5)}"
    return nd(s, "ne") if native else s


def np_nid(rng) -> str:
    d = digits(rng, 10)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def np_pan(rng) -> str:
    return rng.choice("16") + digits(rng, 8)


def py_ci(rng, dotted=True) -> str:
    n = rng.randint(800000, 7900000)
    return f"{n:,}".replace(",", ".") if dotted else str(n)


def py_ruc_of(ci: str) -> str:
    base = ci.replace(".", "")
    return f"{base}-{py_ruc.calc_check_digit(base)}"


def nz_ird_num(rng) -> str:
    while True:
        base = str(rng.randint(10000000, 15000000))
        num = base + nz_ird.calc_check_digit(base)
        if nz_ird.is_valid(num):
            return f"{num[:3]}-{num[3:6]}-{num[6:]}" if len(num) == 9 else num


def nz_dl(rng) -> str:
    return rng.choice(["D", "E", "F", "H", "K", "L"]) + rng.choice(string.ascii_uppercase) + digits(rng, 6)


def sk_rc_of(rng, born: _dt.date, female: bool, slash=True) -> str:
    mm = born.month + (50 if female else 0)
    pre = f"{born.year % 100:02d}{mm:02d}{born.day:02d}"
    if born.year < 1954:  # issued before 1954: three-digit suffix, no check digit
        num = pre + digits(rng, 3)
        assert sk_rc.is_valid(num)
        return f"{num[:6]}/{num[6:]}" if slash else num
    while True:
        body = pre + digits(rng, 3)
        chk = int(body) % 11
        num = body + str(chk % 10)
        if sk_rc.is_valid(num):
            return f"{num[:6]}/{num[6:]}" if slash else num


def sk_op(rng) -> str:
    return rng.choice(["EA", "EB", "EC", "ED", "EE", "HA", "HB", "HD"]) + digits(rng, 6)


def am_passport(rng) -> str:
    return rng.choice(["AN", "AM", "AR", "AT", "AU"]) + digits(rng, 7)


def am_idcard(rng) -> str:
    return "0" + digits(rng, 8)


def am_ssn(rng) -> str:
    return digits(rng, 10)


def th_passport(rng) -> str:
    return rng.choice(["AA", "AB", "AC", "AD"]) + digits(rng, 7)


def pk_passport(rng) -> str:
    return rng.choice(["AB", "AD", "BK", "CS", "DJ"]) + digits(rng, 7)


# ---------------------------------------------------------------- money
def card(rng, sep=None) -> str:
    kind = rng.random()
    if kind < .45:
        body, n = "4" + digits(rng, 5), 16
    elif kind < .8:
        body, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif kind < .92:
        body, n = "62" + str(rng.randint(2126, 2925)) , 16
    else:
        body, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    body = body + digits(rng, n - len(body) - 1)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num


def masked_card(rng) -> str:
    last = digits(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}",
                       f"{rng.choice(['4', '5'])}{digits(rng, 5)}******{last}"])


_BBAN = {
    "PK": lambda r: r.choice(["HABB", "MUCB", "UNIL", "ABPA", "MEZN", "NBPA", "ALFH", "BAHL", "SCBL"]) + digits(r, 16),
    "MN": lambda r: r.choice(["0005", "0004", "0015", "0034", "0032"]) + digits(r, 12),
    "SK": lambda r: r.choice(["0900", "1100", "0200", "7500", "5600", "8360"]) + "000000" + digits(r, 10),
    "AE": lambda r: r.choice(["033", "026", "035", "040"]) + digits(r, 16),
    "QA": lambda r: r.choice(["QNBA", "DOHB", "CBQA"]) + digits(r, 21),
    "SA": lambda r: r.choice(["10", "80", "45"]) + digits(r, 18),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14),
    "DE": lambda r: r.choice(["10010010", "37040044", "50010517", "20041133"]) + digits(r, 10),
    "AT": lambda r: r.choice(["12000", "20111", "32000"]) + digits(r, 11),
    "CZ": lambda r: r.choice(["0800", "0100", "0300"]) + digits(r, 16),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
    "GE": lambda r: r.choice(["TB", "BG"]) + digits(r, 16),
}


def iban(rng, cc: str, grouped=True) -> str:
    for _ in range(500):
        bban = _BBAN[cc](rng)
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        num = f"{cc}{chk:02d}{bban}"
        if _iban.is_valid(num):
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if grouped else num
    raise RuntimeError(cc)


# ---------------------------------------------------------------- network
_PUB4 = {
    "th_TH": ["171.96", "1.20", "49.228", "58.8", "110.164"],
    "ur_PK": ["39.32", "111.119", "182.176", "119.160", "103.255"],
    "sw_KE": ["41.90", "105.160", "197.232", "102.68", "196.201"],
    "my_MM": ["103.25", "37.111", "116.206", "103.135"],
    "mn_MN": ["202.131", "103.57", "202.21", "66.181"],
    "ne_NP": ["27.34", "110.44", "103.10", "202.166", "49.126"],
    "es_PY": ["181.120", "190.104", "186.16", "201.217"],
    "en_NZ": ["122.56", "203.86", "49.224", "115.188", "121.98"],
    "sk_SK": ["78.98", "85.237", "188.167", "213.151", "95.102"],
    "hy_AM": ["37.252", "5.77", "212.42", "46.71", "93.94"],
}
_V6 = {"th_TH": "2001:44c8", "ur_PK": "2400:adc0", "sw_KE": "2c0f:fe38", "my_MM": "2405:6c00",
       "mn_MN": "2402:ce00", "ne_NP": "2400:1a00", "es_PY": "2800:a4", "en_NZ": "2404:4408",
       "sk_SK": "2a01:c844", "hy_AM": "2a00:cc0"}


def ipv4_pub(rng, loc: str) -> str:
    return f"{rng.choice(_PUB4[loc])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv4_priv(rng) -> str:
    r = rng.random()
    if r < .45:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if r < .8:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng, loc: str) -> str:
    if rng.random() < .2:
        groups = ["fe80", "", ] + [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
        s = "fe80::" + ":".join(groups[2:])
    else:
        s = _V6[loc] + ":" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6 - _V6[loc].count(":")))
        s = s + ":" + f"{rng.randint(1, 0xffff):x}"
    return str(ipaddress.IPv6Address(s))


_OUI = ["3c:5a:b4", "f4:f5:d8", "00:1a:11", "b8:27:eb", "dc:a6:32", "a4:5e:60", "00:50:56",
        "02:42:ac", "ac:de:48", "e4:5f:01", "70:3a:cb", "88:66:5a", "c8:3a:35", "50:c7:bf"]


def mac(rng, form=None) -> str:
    hx = rng.choice(_OUI).replace(":", "") + "".join(rng.choice("0123456789abcdef") for _ in range(6))
    if rng.random() < .3:
        hx = hx.upper()
    form = form or rng.choice(["colon", "colon", "dash", "dot"])
    if form == "colon":
        return ":".join(hx[i:i + 2] for i in range(0, 12, 2))
    if form == "dash":
        return "-".join(hx[i:i + 2] for i in range(0, 12, 2)).upper()
    return ".".join(hx[i:i + 4] for i in range(0, 12, 4)).lower()


def gps(rng, lat: float, lon: float, style=None) -> str:
    la = lat + rng.uniform(-0.04, 0.04)
    lo = lon + rng.uniform(-0.04, 0.04)
    style = style if style is not None else rng.randint(0, 3)
    if style == 0:
        return f"{la:.5f}, {lo:.5f}"
    if style == 1:
        return f"{la:.6f},{lo:.6f}"
    if style == 2:
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        return f"{abs(la):.4f}°{ns} {abs(lo):.4f}°{ew}"
    return f"{la:.4f} {lo:.4f}"


# ---------------------------------------------------------------- secrets, hashes
B62 = string.ascii_letters + string.digits


def token(rng, n: int, alphabet=B62) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng, kind=None) -> str:
    kind = kind or rng.choice(["sk", "gh", "slack", "google", "hex", "jwt", "plain"])
    if kind == "sk":
        return "sk_live_" + token(rng, 24)
    if kind == "gh":
        return "ghp_" + token(rng, 36)
    if kind == "slack":
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{token(rng, 24)}"
    if kind == "google":
        return "AIza" + token(rng, 35, B62 + "-_")
    if kind == "hex":
        return token(rng, 40, "0123456789abcdef")
    if kind == "jwt":
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + token(rng, 48, B62 + "-_") + "." +
                token(rng, 43, B62 + "-_"))
    return token(rng, 20, B62 + "!#%+")


_PW_WORDS = ["Mango", "Tiger", "Lotus", "Kiwi", "Ararat", "Everest", "Tatra", "Jaguar", "Simba",
             "Naadam", "Yangon", "Chaco", "Pohutukawa", "Dunaj", "Sevan", "Karakoram", "Mekong"]


def password(rng) -> str:
    return (rng.choice(_PW_WORDS) + rng.choice(["#", "@", "!", "_", "$", "."]) +
            str(rng.randint(10, 9999)) + rng.choice(["", "!", "x", "Q"]))


def hexid(rng, n=32) -> str:
    return token(rng, n, "0123456789abcdef")


def uuid4(rng) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


LOOKALIKE_LINES = [
    "Order #{o} · v{v} · build {h7}",
    "Tracking: {trk}",
    "ref {uuid}",
    "card on file {mcard}",
    "commit {h40}",
    "sensor T={t}°C RH={rh}% p={p} hPa",
    "π≈3.14159265, e≈2.71828183, φ≈1.61803399",
    "Invoice date 2024-{mm}-{dd} · INV-{inv}",
    "IMEI {imei}",
    "pkg version {v} (sha256:{h12})",
]


def lookalike(rng) -> str:
    tpl = rng.choice(LOOKALIKE_LINES)
    return tpl.format(
        o=digits(rng, 7), v=f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
        h7=hexid(rng, 7), trk=rng.choice(["RR", "LP", "EE", "CP"]) + digits(rng, 9) + rng.choice(["TH", "PK", "KE", "SK", "NZ"]),
        uuid=uuid4(rng), mcard=masked_card(rng), h40=hexid(rng, 40), t=f"{rng.uniform(14, 38):.1f}",
        rh=rng.randint(20, 95), p=f"{rng.uniform(980, 1030):.1f}", mm=f"{rng.randint(1, 12):02d}",
        dd=f"{rng.randint(1, 28):02d}", inv=digits(rng, 6), imei=digits(rng, 15), h12=hexid(rng, 12))
