"""Value makers for the v10a set: phones, national ids, IBANs, cards, network values, secrets, dates."""

from __future__ import annotations

import datetime as _dt
import string

import phonenumbers
from stdnum import iban as _iban

REGION = {"ps_AF": "AF", "tg_TJ": "TJ", "ky_KG": "KG", "ar_QA": "QA", "so_SO": "SO", "rw_RW": "RW",
          "es_NI": "NI", "bs_BA": "BA", "dv_MV": "MV", "en_TT": "TT"}

# national significant number prefixes (mobile first, a few fixed lines); validity is
# decided by phonenumbers, prefixes only steer the draw
_NSN = {
    "AF": (["70", "72", "73", "74", "76", "77", "78", "79"], 9, ["20"]),
    "TJ": (["90", "91", "92", "93", "98", "55", "88", "50", "11"], 9, ["372"]),
    "KG": (["555", "550", "700", "705", "770", "777", "220", "500", "990", "559"], 9, ["312"]),
    "QA": (["3", "5", "6", "7"], 8, ["44"]),
    "SO": (["61", "62", "63", "68", "90"], 9, []),
    "RW": (["78", "79", "72", "73"], 9, []),
    "NI": (["8", "7", "5"], 8, ["22"]),
    "BA": (["61", "62", "63", "65", "66"], 8, ["33"]),
    "MV": (["7", "9"], 7, ["33"]),
    "TT": (["868"], 10, []),
}
_CC = {"AF": "93", "TJ": "992", "KG": "996", "QA": "974", "SO": "252", "RW": "250", "NI": "505",
       "BA": "387", "MV": "960", "TT": "1"}


def nsn(rng, region, fixed=False):
    pres, ln, fixed_pres = _NSN[region]
    if fixed and fixed_pres:
        pres = fixed_pres
    for _ in range(200):
        p = rng.choice(pres)
        digits = p + "".join(rng.choice(string.digits) for _ in range(ln - len(p)))
        if region == "TT" and digits[3] in "01":
            continue
        num = phonenumbers.parse("+" + _CC[region] + digits)
        if phonenumbers.is_valid_number(num):
            return digits
    raise RuntimeError(region)


def phone(rng, loc, style=None, fixed=False):
    """A phone number written the way people in the locale write it."""
    r = REGION[loc]
    d = nsn(rng, r, fixed)
    s = style if style is not None else rng.randrange(4)
    if r == "AF":
        forms = [f"0{d[:3]} {d[3:6]} {d[6:]}", f"+93 {d[:2]} {d[2:5]} {d[5:]}", f"0{d}", f"0093 {d}"]
    elif r == "TJ":
        forms = [f"+992 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"{d[:2]} {d[2:5]} {d[5:]}", f"(+992) {d[:2]}-{d[2:5]}-{d[5:7]}-{d[7:]}", f"992{d}"]
    elif r == "KG":
        forms = [f"0{d[:3]} {d[3:6]} {d[6:]}", f"+996 {d[:3]} {d[3:6]} {d[6:]}", f"0 ({d[:3]}) {d[3:5]}-{d[5:7]}-{d[7:]}", f"996{d}"]
    elif r == "QA":
        forms = [f"+974 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", f"00974{d}", f"+974{d}"]
    elif r == "SO":
        forms = [f"+252 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:]}", f"+252{d}", f"0{d}"]
    elif r == "RW":
        forms = [f"+250 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"250{d}"]
    elif r == "NI":
        forms = [f"+505 {d[:4]} {d[4:]}", f"{d[:4]}-{d[4:]}", f"{d[:4]} {d[4:]}", f"(505) {d[:4]}-{d[4:]}"]
    elif r == "BA":
        forms = [f"+387 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]}/{d[2:5]}-{d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}", f"00387 {d[:2]} {d[2:]}"]
    elif r == "MV":
        forms = [f"+960 {d[:3]}{d[3:]}", f"{d[:3]}-{d[3:]}", f"{d}", f"+960 {d[:3]} {d[3:]}"]
    else:  # TT
        forms = [f"1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"]
    return forms[s % len(forms)]


def e164(rng, loc):
    r = REGION[loc]
    return "+" + _CC[r] + nsn(rng, r)


def foreign_phone(rng, region):
    """A valid phone of another country (expat family, diaspora sender)."""
    cfg = {"IN": ("91", ["98", "94", "97", "70", "81"], 10), "PH": ("63", ["917", "918", "927", "939"], 10),
           "NP": ("977", ["984", "985", "986"], 10), "GB": ("44", ["7700", "7911", "7400"], 10),
           "SE": ("46", ["70", "72", "73"], 9), "RU": ("7", ["916", "926", "903"], 10),
           "US": ("1", ["212", "718", "612"], 10), "KE": ("254", ["712", "722", "733"], 9)}[region]
    cc, pres, ln = cfg
    for _ in range(200):
        p = rng.choice(pres)
        d = p + "".join(rng.choice(string.digits) for _ in range(ln - len(p)))
        n = phonenumbers.parse("+" + cc + d)
        if phonenumbers.is_valid_number(n):
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    raise RuntimeError(region)


# --- dates -----------------------------------------------------------------------
def dob(rng, lo=1950, hi=2006):
    start = _dt.date(lo, 1, 1).toordinal()
    end = _dt.date(hi, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def some_day(rng, year=2024):
    return _dt.date.fromordinal(rng.randint(_dt.date(year, 1, 1).toordinal(), _dt.date(year + 1, 6, 30).toordinal()))


_JMONTHS_FA = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]


def to_hijri_shamsi(d: _dt.date) -> tuple[int, int, int]:
    """Approximate solar hijri date (year starts on 21 March; off by a day at most)."""
    nowruz = _dt.date(d.year, 3, 21)
    if d >= nowruz:
        y, start = d.year - 621, nowruz
    else:
        y, start = d.year - 622, _dt.date(d.year - 1, 3, 21)
    k = (d - start).days
    for m in range(12):
        ml = 31 if m < 6 else 30
        if k < ml or m == 11:
            return y, m + 1, k + 1
        k -= ml
    raise AssertionError


MONTHS = {
    "so_SO": ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto", "Sebtembar", "Oktoobar", "Nofembar", "Desembar"],
    "rw_RW": ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"],
    "es_NI": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "tg_TJ": ["январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри", "октябри", "ноябри", "декабри"],
    "ky_KG": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "bs_BA": ["januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar", "novembar", "decembar"],
}


def fmt_date(rng, loc, d, kind=None):
    """Locale style date string."""
    k = kind if kind is not None else rng.randrange(3)
    if loc == "ps_AF":
        y, m, dd = to_hijri_shamsi(d)
        return [f"{y}/{m:02d}/{dd:02d}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{dd} {_JMONTHS_FA[m - 1]} {y}"][k % 3]
    if loc in ("tg_TJ", "ky_KG"):
        return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {MONTHS[loc][d.month - 1]} {d.year}"][k % 3]
    if loc == "bs_BA":
        return [f"{d.day:02d}.{d.month:02d}.{d.year}.", f"{d.day}. {d.month}. {d.year}.", f"{d.day}. {MONTHS['bs_BA'][d.month - 1]} {d.year}."][k % 3]
    if loc == "es_NI":
        return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} de {MONTHS['es_NI'][d.month - 1]} de {d.year}"][k % 3]
    if loc in ("so_SO", "rw_RW"):
        return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {MONTHS[loc][d.month - 1]} {d.year}"][k % 3]
    if loc == "en_TT":
        return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"][k % 3]
    # ar_QA, dv_MV
    return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year}"][k % 3]


# --- national ids --------------------------------------------------------------------
def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def jmbg(rng, d: _dt.date, female: bool) -> str:
    """Bosnia and Herzegovina JMBG: DDMMYYY RR BBB K (regions 10-19), mod-11 check."""
    while True:
        body = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}{rng.randint(10, 19)}{rng.randint(500, 999) if female else rng.randint(0, 499):03d}"
        w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        m = 11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
        if m == 10:
            continue
        return body + str(0 if m == 11 else m)


NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"


def cedula_ni(rng, d: _dt.date) -> str:
    """Nicaraguan cedula: municipality-DDMMYY-serial + check letter (13-digit number mod 23)."""
    mun = rng.choice(["001", "081", "121", "161", "201", "241", "281", "321", "361", "401", "441", "481", "561", "601", "611", "616"])
    body = f"{mun}{d.day:02d}{d.month:02d}{d.year % 100:02d}{rng.randint(0, 9999):04d}"
    letter = NI_LETTERS[int(body) % 23]
    return f"{body[:3]}-{body[3:9]}-{body[9:]}{letter}"


def kg_pin(rng, d: _dt.date, female: bool) -> str:
    return f"{1 if female else 2}{d.day:02d}{d.month:02d}{d.year}{_digits(rng, 5)}"


def qa_qid(rng, d: _dt.date, nat: str = "634") -> str:
    return f"{2 if d.year < 2000 else 3}{d.year % 100:02d}{nat}{_digits(rng, 5)}"


def rw_nid(rng, d: _dt.date, female: bool, spaced=True) -> str:
    parts = ["1", str(d.year), "7" if female else "8", _digits(rng, 7), str(rng.randint(0, 2)), _digits(rng, 2)]
    return " ".join(parts) if spaced else "".join(parts)


def af_tazkira(rng, spaced="-") -> str:
    return f"{rng.choice(['1398', '1399', '1400', '1401', '1402'])}{spaced}{rng.randint(100, 3499):04d}{spaced}{_digits(rng, 5)}"


def tj_inn(rng) -> str:
    return rng.choice(["0", "1", "2", "3", "4", "5"]) + _digits(rng, 8)


def so_nira(rng) -> str:
    d = _digits(rng, 12)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def mv_nid(rng) -> str:
    return f"A{rng.randint(0, 399999):06d}"


def tt_nid(rng, d: _dt.date) -> str:
    return f"{d.year}{d.month:02d}{d.day:02d}{_digits(rng, 3)}"


def passport(rng, loc) -> str:
    return {
        "ps_AF": lambda: f"P{_digits(rng, 8)}", "tg_TJ": lambda: f"{rng.choice(['400', '401', '402'])}{_digits(rng, 6)}",
        "ky_KG": lambda: f"{rng.choice(['AC', 'AN', 'PE'])}{_digits(rng, 7)}", "ar_QA": lambda: f"{rng.choice(['01', '02'])}{_digits(rng, 6)}",
        "so_SO": lambda: f"P{rng.choice(['00', '01'])}{_digits(rng, 6)}", "rw_RW": lambda: f"PC{_digits(rng, 6)}",
        "es_NI": lambda: f"C{_digits(rng, 8)}", "bs_BA": lambda: f"A{_digits(rng, 7)}",
        "dv_MV": lambda: f"LA{_digits(rng, 7)}", "en_TT": lambda: f"T{_digits(rng, 7)}",
    }[loc]()


# --- banking ---------------------------------------------------------------------------
def make_iban(rng, country: str, grouped: bool | None = None) -> str:
    bban = {
        "QA": lambda: rng.choice(["QNBA", "CBQA", "DOHB", "QISB", "QIIB", "ABQQ"]) + _digits(rng, 21),
        "BA": lambda: rng.choice(["161", "338", "154", "199", "134", "141"]) + _digits(rng, 13),
        "NI": lambda: rng.choice(["BAMC", "BANC", "LAFI", "BCCE"]) + _digits(rng, 20),
        "SO": lambda: rng.choice(["1000", "1100"]) + "001" + _digits(rng, 12),
        "DE": lambda: _digits(rng, 18), "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + _digits(rng, 14),
        "SE": lambda: _digits(rng, 20), "NO": lambda: _digits(rng, 11), "NL": lambda: rng.choice(["ABNA", "INGB", "RABO"]) + _digits(rng, 10),
        "TR": lambda: _digits(rng, 6) + _digits(rng, 16), "AE": lambda: _digits(rng, 19), "BE": lambda: _digits(rng, 12),
        "FR": lambda: _digits(rng, 10) + _digits(rng, 11) + _digits(rng, 2), "KZ": lambda: _digits(rng, 3) + _digits(rng, 13),
        "CR": lambda: "0" + _digits(rng, 17), "AT": lambda: _digits(rng, 16), "HR": lambda: _digits(rng, 17),
        "SI": lambda: _digits(rng, 15), "ES": lambda: _digits(rng, 20),
    }[country]()
    raw = country + "00" + bban
    check = _iban.calc_check_digits(raw)
    value = country + check + bban
    assert _iban.is_valid(value), value
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if grouped else value


def luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def card(rng, scheme=None, sep=None):
    scheme = scheme or rng.choice(["visa", "visa", "mc", "mc", "amex", "unionpay", "mir"])
    if scheme == "visa":
        num = luhn_complete("4" + _digits(rng, 5), 16, rng)
    elif scheme == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16, rng)
    elif scheme == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif scheme == "unionpay":
        num = luhn_complete("62" + rng.choice(["2126", "1234", "8888", "0000"]), 16, rng)
    else:
        num = luhn_complete("220" + str(rng.randint(0, 4)), 16, rng)
    sep = sep if sep is not None else rng.choice([" ", "-", ""])
    if len(num) == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def masked_card(rng):
    d = _digits(rng, 4)
    return rng.choice([f"**** **** **** {d}", f"XXXX-{d}", f"ending {d}", f"4{_digits(rng, 5)}******{d}"])


# --- network -----------------------------------------------------------------------------
def ipv4(rng, private=None):
    private = rng.random() < 0.5 if private is None else private
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    return f"{rng.choice([37, 46, 62, 77, 85, 91, 102, 109, 151, 176, 185, 196, 212, 213])}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng):
    head = rng.choice(["2a02", "2001:4860", "2a0d", "2c0f", "2404", "2600", "fd12"]).split(":")
    if rng.random() < 0.5:
        groups = head + [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(head))]
        return ":".join(groups)
    mid = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.randint(1, 2))]
    tail = [f"{rng.randint(1, 0xffff):x}" for _ in range(rng.randint(1, 2))]
    return ":".join(head + mid) + "::" + ":".join(tail)


def mac(rng, form=None):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    form = form if form is not None else rng.randrange(4)
    if form == 0:
        return ":".join(f"{x:02x}" for x in b)
    if form == 1:
        return ":".join(f"{x:02X}" for x in b)
    if form == 2:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


_ALNUM = string.ascii_letters + string.digits


def token(rng, n, alphabet=_ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng, kind=None):
    kind = kind or rng.choice(["glpat", "stripe", "vault", "hex", "b64", "slack"])
    if kind == "glpat":
        return "glpat-" + token(rng, 20, _ALNUM + "-_")
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + token(rng, 24)
    if kind == "vault":
        return "hvs." + token(rng, 24)
    if kind == "hex":
        return token(rng, 40, "0123456789abcdef")
    if kind == "slack":
        return f"xoxb-{_digits(rng, 11)}-{_digits(rng, 12)}-{token(rng, 24)}"
    return token(rng, 32, _ALNUM + "+/") + "=="


PW_WORDS = {"ps_AF": ["Kabul", "Herat", "Panjshir", "Afghan", "Salang"], "tg_TJ": ["Pamir", "Dushanbe", "Somoni", "Varzob"],
            "ky_KG": ["Manas", "AlaToo", "Issyk", "Bishkek", "Tulpar"], "ar_QA": ["Doha", "Lusail", "Qatar", "Pearl", "Dhow"],
            "so_SO": ["Xamar", "Hargeisa", "Somali", "Jubba"], "rw_RW": ["Kigali", "Intore", "Kivu", "Akagera"],
            "es_NI": ["Managua", "Momotombo", "Nica", "Granada"], "bs_BA": ["Sarajevo", "Neretva", "Bjelasnica", "Zeljo"],
            "dv_MV": ["Maldives", "Male", "Raalhu", "Dhoni"], "en_TT": ["Trini", "Soca", "Maracas", "Doubles"]}


def password(rng, loc):
    w = rng.choice(PW_WORDS[loc])
    return rng.choice([f"{w}@{rng.randint(1990, 2025)}", f"{w}#{rng.randint(10, 99)}!", f"{w.lower()}{rng.randint(100, 999)}$",
                       f"{token(rng, 4)}-{w}-{rng.randint(10, 99)}", token(rng, 14, _ALNUM + "!#%&*")])


def uuid(rng):
    h = token(rng, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def githash(rng, n=40):
    return token(rng, n, "0123456789abcdef")


def lookalike(rng, loc):
    """An unlabelled look-alike line appended to a text."""
    k = rng.randrange(9)
    if k == 0:
        return f"Order #{rng.randint(100000, 999999)}-{rng.randint(10, 99)} dispatched"
    if k == 1:
        return f"build {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)} ({githash(rng, 7)})"
    if k == 2:
        return f"commit {githash(rng)}"
    if k == 3:
        return f"request-id: {uuid(rng)}"
    if k == 4:
        return f"Paid with card {masked_card(rng)}"
    if k == 5:
        return f"Tracking: {rng.choice(['RR', 'EE', 'CP'])}{rng.randint(10000000, 99999999)}{rng.choice(['AF', 'TJ', 'KG', 'QA', 'RW', 'NI', 'BA', 'MV', 'TT'])}"
    if k == 6:
        return f"sensor t={rng.uniform(18, 44):.2f}C rh={rng.uniform(20, 95):.1f}% p={rng.uniform(990, 1030):.1f}hPa"
    if k == 7:
        return "pi=3.14159265358979 e=2.71828182845904 sqrt2=1.41421356237310"
    return f"Invoice date: {some_day(rng).isoformat()}  ref INV-{rng.randint(2024, 2025)}-{rng.randint(1000, 99999)}"
