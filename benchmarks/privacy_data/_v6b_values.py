"""Values: phones (checked with phonenumbers), cards, emails, IPs, MACs, GPS, secrets, dates."""

import string

import phonenumbers as pn

REGION = {
    "en_PH": "PH", "en_SG": "SG", "en_NG": "NG", "bn_BD": "BD", "sr_RS": "RS",
    "mt_MT": "MT", "is_IS": "IS", "kk_KZ": "KZ", "pt_AO": "AO", "es_UY": "UY",
}  # fmt: skip

_NSN = {  # national significant number generators (mobile first, then landline)
    "PH": [
        lambda r: (
            r.choice(["917", "918", "927", "939", "945", "966", "977", "995", "908", "920", "956"])
            + _d(r, 7)
        ),
        lambda r: "28" + _d(r, 7),
    ],
    "SG": [lambda r: r.choice("89") + _d(r, 7), lambda r: "6" + r.choice("1235678") + _d(r, 6)],
    "NG": [
        lambda r: (
            r.choice(
                [
                    "803",
                    "806",
                    "813",
                    "816",
                    "703",
                    "706",
                    "805",
                    "807",
                    "815",
                    "905",
                    "809",
                    "817",
                    "818",
                    "909",
                    "802",
                    "808",
                    "812",
                    "708",
                    "810",
                    "903",
                ]
            )
            + _d(r, 7)
        )
    ],
    "BD": [lambda r: "1" + r.choice("3456789") + _d(r, 8), lambda r: "2" + "22" + _d(r, 6)],
    "RS": [
        lambda r: "6" + r.choice("0123459") + _d(r, r.choice([6, 7])),
        lambda r: "11" + r.choice("234") + _d(r, 6),
    ],
    "MT": [
        lambda r: r.choice(["79", "99", "77", "98"]) + _d(r, 6),
        lambda r: r.choice(["21", "27"]) + _d(r, 6),
    ],
    "IS": [lambda r: r.choice("678") + _d(r, 6), lambda r: r.choice("45") + _d(r, 6)],
    "KZ": [
        lambda r: (
            r.choice(["701", "702", "705", "707", "747", "771", "775", "777", "700"]) + _d(r, 7)
        ),
        lambda r: "727" + r.choice("23") + _d(r, 6),
    ],
    "AO": [lambda r: "9" + r.choice("1234579") + _d(r, 7)],
    "UY": [lambda r: "9" + r.choice("1345689") + _d(r, 6), lambda r: "2" + _d(r, 7)],
}


def _d(r, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def phone(rng, locale: str, intl: float = 0.4, mobile: float = 0.8) -> str:
    cc = REGION[locale]
    gens = _NSN[cc]
    while True:
        gen = gens[0] if rng.random() < mobile or len(gens) == 1 else gens[1]
        num = pn.parse("+" + str(pn.country_code_for_region(cc)) + gen(rng))
        if pn.is_valid_number(num):
            break
    if rng.random() < intl:
        s = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
        s = rng.choice([s, s, pn.format_number(num, pn.PhoneNumberFormat.E164), s.replace(" ", "-"),
                        s.replace("+", "00", 1).replace(" ", ""),
                        s.replace(" ", "", 1)])  # fmt: skip
    else:
        s = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        if cc == "KZ":
            s = rng.choice([s, s.replace(" (", " ").replace(") ", " ").replace("-", " ")])
        alts = [s, s, s.replace(" ", ""), s.replace(" ", "-")]
        s = rng.choice(alts + ([] if "(" in s else [s.replace(" ", ".")]))
    try:
        ok = pn.is_valid_number(pn.parse(s, cc))
    except pn.NumberParseException:
        ok = False
    return s if ok else pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)


# --- cards -------------------------------------------------------------------------------------
def _luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        x = int(c) * (2 if i % 2 == 0 else 1)
        tot += x - 9 if x > 9 else x
    return str((10 - tot % 10) % 10)


def card(rng, locale: str) -> str:
    brands = ["visa", "visa", "mc", "mc", "amex"]
    if locale in ("en_SG", "kk_KZ"):
        brands += ["unionpay", "jcb"]
    if locale == "en_NG":
        brands += ["verve", "verve"]
    b = rng.choice(brands)
    if b == "visa":
        body = "4" + _d(rng, 14)
    elif b == "mc":
        body = (
            (str(rng.randint(51, 55)) + _d(rng, 13))
            if rng.random() < 0.7
            else (str(rng.randint(2221, 2720)) + _d(rng, 11))
        )
    elif b == "amex":
        body = rng.choice(["34", "37"]) + _d(rng, 12)
    elif b == "unionpay":
        body = "62" + rng.choice(["2", "5", "8"]) + _d(rng, 12)
    elif b == "jcb":
        body = str(rng.randint(3528, 3589)) + _d(rng, 11)
    else:
        body = str(rng.randint(506099, 506198)) + _d(rng, 12 if rng.random() < 0.6 else 9)
    num = body + _luhn_digit(body)
    style = rng.random()
    if len(num) == 15:
        if style < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num if style < 0.85 else f"{num[:4]}-{num[4:10]}-{num[10:]}"
    groups = [num[i : i + 4] for i in range(0, len(num), 4)]
    if style < 0.45:
        return " ".join(groups)
    if style < 0.7:
        return num
    if style < 0.85:
        return "-".join(groups)
    return "  ".join(groups) if style < 0.9 else ".".join(groups)


def masked_card(rng) -> str:
    last = _d(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}",
                       f"ending in {last}", f"{_d(rng, 4)} **** **** {last}"])  # fmt: skip


# --- email -------------------------------------------------------------------------------------
DOMAINS = {
    "en_PH": ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com", "pldtdsl.net"],
    "en_SG": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg", "outlook.sg"],
    "en_NG": ["gmail.com", "yahoo.com", "yahoo.co.uk", "outlook.com", "hotmail.com"],
    "bn_BD": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "sr_RS": ["gmail.com", "yahoo.com", "eunet.rs", "mts.rs", "sbb.rs", "hotmail.rs"],
    "mt_MT": ["gmail.com", "maltanet.net", "go.net.mt", "onvol.net", "hotmail.com"],
    "is_IS": ["gmail.com", "simnet.is", "internet.is", "hi.is", "visir.is"],
    "kk_KZ": ["mail.ru", "gmail.com", "mail.kz", "inbox.ru", "yandex.kz", "list.ru"],
    "pt_AO": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.pt", "live.com.pt"],
    "es_UY": ["gmail.com", "hotmail.com", "adinet.com.uy", "vera.com.uy", "outlook.com"],
}
WORK_DOMAIN = {
    "en_PH": ["bdo.com.ph", "jollibee.com.ph", "ayalaland.com.ph"],
    "en_SG": ["dbs.com", "singtel.com", "nus.edu.sg"],
    "en_NG": ["dangote.com", "mtn.com", "unilag.edu.ng"],
    "bn_BD": ["grameenphone.com", "bracbank.com", "du.ac.bd"],
    "sr_RS": ["nis.rs", "telekom.rs", "bg.ac.rs"],
    "mt_MT": ["gov.mt", "bov.com", "um.edu.mt"],
    "is_IS": ["landsbankinn.is", "marel.com", "hi.is"],
    "kk_KZ": ["kaspi.kz", "kazatomprom.kz", "nu.edu.kz"],
    "pt_AO": ["sonangol.co.ao", "unitel.co.ao", "bai.ao"],
    "es_UY": ["antel.com.uy", "ute.com.uy", "fing.edu.uy"],
}


def email(rng, person, locale: str, work: bool = False) -> str:
    local = person.email_local(rng)
    dom = rng.choice(WORK_DOMAIN[locale] if work else DOMAINS[locale])
    return f"{local}@{dom}"


def obfuscate(rng, addr: str, at_word: str = "at", dot_word: str = "dot") -> str:
    local, dom = addr.split("@")
    return rng.choice([
        f"{local} [at] {dom.replace('.', ' [dot] ')}",
        f"{local}(at){dom}",
        f"{local} {at_word} {dom.replace('.', f' {dot_word} ')}",
        f"{local}@{dom.replace('.', ' . ')}",
    ])  # fmt: skip


# --- network -----------------------------------------------------------------------------------
def ipv4(rng, private: float = 0.35) -> str:
    if rng.random() < private:
        return rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])  # fmt: skip
    first = rng.choice(
        [41, 49, 103, 112, 119, 124, 130, 146, 154, 176, 178, 186, 194, 197, 202, 212]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    h = lambda: f"{rng.randrange(1, 0x10000):x}"  # noqa: E731
    kind = rng.random()
    if kind < 0.35:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    pre = rng.choice(["2a02", "2a01", "2001:4860", "2c0f", "2400", "2001:67c", "2a00"])
    parts = pre.split(":")
    while len(parts) < 4:
        parts.append(h())
    if kind < 0.7:
        return ":".join(parts + [h() for _ in range(4)])
    return ":".join(parts) + "::" + h()


def mac(rng) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    s = rng.random()
    if s < 0.5:
        return ":".join(f"{x:02x}" for x in b)
    if s < 0.8:
        return "-".join(f"{x:02X}" for x in b)
    if s < 0.9:
        return ":".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def gps(rng, center: tuple[float, float]) -> str:
    lat = center[0] + rng.uniform(-0.08, 0.08)
    lon = center[1] + rng.uniform(-0.08, 0.08)
    s = rng.random()
    if s < 0.5:
        return f"{lat:.{rng.choice([4, 5, 6])}f}, {lon:.{rng.choice([4, 5, 6])}f}"
    if s < 0.7:
        return f"{lat:.5f},{lon:.5f}"
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    if s < 0.85:
        return f"{abs(lat):.4f}°{ns} {abs(lon):.4f}°{ew}"

    def dms(x: float) -> str:
        x = abs(x)
        d = int(x)
        m = int((x - d) * 60)
        sec = (x - d - m / 60) * 3600
        return f"{d}°{m:02d}'{sec:04.1f}\""

    return f"{dms(lat)}{ns} {dms(lon)}{ew}"


# --- secrets -----------------------------------------------------------------------------------
_ALNUM = string.ascii_letters + string.digits


def password(rng, words: list[str]) -> str:
    w = rng.choice(words)
    s = rng.random()
    if s < 0.35:
        return f"{w.capitalize()}{rng.choice('!@#$%*')}{rng.randint(1, 9999)}"
    if s < 0.6:
        return f"{w}{rng.randint(70, 2025)}"
    if s < 0.8:
        return "".join(rng.choice(_ALNUM + "!#%&*") for _ in range(rng.randint(10, 16)))
    return f"{w[:4]}_{rng.choice(words)[:5]}{rng.randint(10, 99)}{rng.choice('!?.')}"


def token(rng) -> str:
    s = rng.random()
    al = lambda n: "".join(rng.choice(_ALNUM) for _ in range(n))  # noqa: E731
    if s < 0.2:
        return "ghp_" + al(36)
    if s < 0.4:
        return "sk_live_" + al(24)
    if s < 0.55:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if s < 0.7:
        return "xoxb-" + _d(rng, 12) + "-" + _d(rng, 13) + "-" + al(24)
    if s < 0.85:
        return "eyJhbGciOiJIUzI1NiJ9." + al(rng.randint(30, 60)) + "." + al(43)
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


# --- dates -------------------------------------------------------------------------------------
def birth(rng, lo: int = 1948, hi: int = 2006) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)


def hexid(rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
