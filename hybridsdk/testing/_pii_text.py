"""A seeded synthetic set of texts with labelled personal data, for the privacy benchmark.

Every text is prose with zero or more embedded values (emails, phones, cards, IBANs, SSNs,
IPs, MACs, coordinates, secrets) whose exact spans and kinds are recorded, plus hard
negatives that look like personal data and are not: Luhn-failing numbers, IBANs with a
wrong checksum, impossible SSNs and IPs, timestamps, dates, version numbers, order ids,
prices, ISBNs, UUIDs, long words. The value builders (`make_card`, `make_iban`, ...) are
public so tests can reuse them.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from hybridsdk._exceptions import ConfigurationError

__all__ = [
    "CARD_PREFIXES",
    "KINDS",
    "LabelledText",
    "Span",
    "generate",
    "iban_with_checksum",
    "luhn_complete",
    "make_card",
    "make_email",
    "make_gps",
    "make_iban",
    "make_ipv4",
    "make_ipv6",
    "make_mac",
    "make_phone",
    "make_secret",
    "make_ssn",
]

KINDS = ("email", "phone", "card", "iban", "ssn", "ipv4", "ipv6", "gps", "mac", "secret")


@dataclass(frozen=True)
class Span:
    """A labelled value: its kind and where it sits in the text."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class LabelledText:
    """One text of the set with its ground-truth spans."""

    text: str
    spans: tuple[Span, ...]


# ---------------------------------------------------------------- value builders


def luhn_complete(body: str) -> str:
    """`body` plus the check digit that makes it pass Luhn.

    Args:
        body: the digits without the check digit.
    """
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


# (prefix, length): Visa, Mastercard (both ranges), Amex, Discover, JCB, Diners, UnionPay.
CARD_PREFIXES: tuple[tuple[str, int], ...] = (
    ("4", 16),
    ("4", 13),
    ("4", 19),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("36", 14),
    ("62", 17),
)


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        if pos >= len(digits):
            break
        out.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        out.append(digits[pos:])
    return sep.join(out)


def make_card(rng: random.Random, *, fmt: str | None = None) -> str:
    """A Luhn-valid card number with a real issuer prefix.

    Args:
        rng: random source.
        fmt: "plain", "spaces" or "dashes" (random when None).
    """
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = luhn_complete(body)
    fmt = fmt or rng.choice(("plain", "spaces", "dashes"))
    if fmt == "plain":
        return digits
    sep = " " if fmt == "spaces" else "-"
    sizes = (4, 6, 5) if length == 15 else (4, 6, 4) if length == 14 else (4, 4, 4, 4)
    return _group(digits, sizes, sep)


IBAN_BBAN_SHAPES: dict[str, str] = {
    # n: digit, a: upper letter, c: alphanumeric (per the SWIFT registry).
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "n" * 2,
    "GB": "a" * 4 + "n" * 14,
    "NL": "a" * 4 + "n" * 10,
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "BE": "n" * 12,
    "CH": "n" * 5 + "c" * 12,
    "PL": "n" * 24,
    "NO": "n" * 11,
    "MT": "a" * 4 + "n" * 5 + "c" * 18,
    "SA": "n" * 2 + "c" * 18,
}

_ALNUM_UPPER = string.ascii_uppercase + string.digits


def iban_with_checksum(country: str, bban: str) -> str:
    """The compact IBAN for a country and BBAN, with its mod-97 check digits.

    Args:
        country: two upper-case letters.
        bban: the basic bank account number (upper-case alphanumeric).
    """
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def make_iban(rng: random.Random, *, country: str | None = None, spaced: bool | None = None) -> str:
    """A valid IBAN in compact or print (groups of four) form.

    Args:
        rng: random source.
        country: one of IBAN_BBAN_SHAPES (random when None).
        spaced: print form with spaces (random when None).
    """
    country = country or rng.choice(sorted(IBAN_BBAN_SHAPES))
    shape = IBAN_BBAN_SHAPES[country]
    alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": _ALNUM_UPPER}
    bban = "".join(rng.choice(alphabet[c]) for c in shape)
    iban = iban_with_checksum(country, bban)
    if spaced if spaced is not None else rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


_FIRST = ("anna", "john", "li", "maria", "omar", "sven", "yuki", "chloe", "raj", "ines")
_LAST = ("smith", "garcia", "chen", "muller", "okafor", "rossi", "kim", "dubois", "novak")
_DOMAINS = ("example.com", "mail.example.org", "corp.acme.co.uk", "eu.service.io", "uni.edu")


def make_email(rng: random.Random) -> str:
    """An email address, sometimes with dots, plus-tags, digits or subdomains.

    Args:
        rng: random source.
    """
    local = rng.choice(_FIRST)
    if rng.random() < 0.6:
        local += rng.choice((".", "_", "")) + rng.choice(_LAST)
    if rng.random() < 0.3:
        local += str(rng.randint(1, 99))
    if rng.random() < 0.25:
        local += "+" + rng.choice(("news", "work", "shop", "x"))
    if rng.random() < 0.2:
        local = local.capitalize()
    return f"{local}@{rng.choice(_DOMAINS)}"


_US_AREAS = ("212", "415", "646", "312", "617", "206", "303", "512", "713", "404")


def make_phone(rng: random.Random) -> str:
    """A phone number valid in its numbering plan, national (US) or international.

    Args:
        rng: random source.
    """

    def d(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))

    area = rng.choice(_US_AREAS)
    exchange = str(rng.randint(2, 9)) + rng.choice(("0", "2", "3", "4", "5", "6")) + d(1)
    line = d(4)
    choices: list[Callable[[], str]] = [
        lambda: f"({area}) {exchange}-{line}",
        lambda: f"{area}-{exchange}-{line}",
        lambda: f"+1 {area} {exchange} {line}",
        lambda: f"+44 20 7946 0{d(3)}",
        lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+49 30 {rng.randint(2, 9)}{d(6)}",
        lambda: f"+49 151 {d(8)}",
        lambda: f"+91 9{d(4)} {d(5)}",
        lambda: f"+81 3-{d(4)}-{d(4)}",
        lambda: f"+61 2 9{d(3)} {d(4)}",
        lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
    ]
    return rng.choice(choices)()


def make_ssn(rng: random.Random) -> str:
    """A structurally valid US SSN, dashed or spaced.

    Args:
        rng: random source.
    """
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    sep = "-" if rng.random() < 0.8 else " "
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def make_ipv4(rng: random.Random) -> str:
    """An IPv4 address, private or public.

    Args:
        rng: random source.
    """
    first = rng.choice((10, 172, 192, rng.randint(1, 223)))
    return ".".join(str(x) for x in (first, *(rng.randint(0, 255) for _ in range(3))))


def make_ipv6(rng: random.Random, *, compressed: bool | None = None) -> str:
    """An IPv6 address, compressed (with zero runs) or full.

    Args:
        rng: random source.
        compressed: compressed form (random when None).
    """
    groups = [rng.randint(0, 0xFFFF) for _ in range(8)]
    groups[0] = rng.choice((0x2001, 0xFE80, 0x2A00, 0x2607, groups[0] | 0x2000))
    if rng.random() < 0.6:  # zero runs make compression visible
        start = rng.randint(1, 5)
        for i in range(start, start + rng.randint(2, 3)):
            groups[i] = 0
    addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    if compressed if compressed is not None else rng.random() < 0.7:
        return addr.compressed
    return addr.exploded


def make_mac(rng: random.Random) -> str:
    """A MAC address with colons, dashes or Cisco dots.

    Args:
        rng: random source.
    """
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] | 0x02) & 0xFE  # unicast, never all-zero
    hexes = [f"{o:02x}" for o in octets]
    if rng.random() < 0.3:
        hexes = [h.upper() for h in hexes]
    style = rng.choice((":", "-", "."))
    if style == ".":
        joined = "".join(hexes)
        return ".".join(joined[i : i + 4] for i in range(0, 12, 4))
    return style.join(hexes)


def make_gps(rng: random.Random) -> str:
    """A latitude, longitude pair in decimal degrees (signed or with hemispheres).

    Args:
        rng: random source.
    """
    lat = rng.uniform(-89.9, 89.9)
    lon = rng.uniform(-179.9, 179.9)
    places = rng.randint(4, 7)
    if rng.random() < 0.25:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return f"{abs(lat):.{places}f}° {ns}, {abs(lon):.{places}f}° {ew}"
    sep = rng.choice((", ", ",", " , "))
    return f"{lat:.{places}f}{sep}{lon:.{places}f}"


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_B62 = string.ascii_letters + string.digits


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def make_secret(rng: random.Random, *, style: str | None = None) -> str:
    """A credential of a known format, or a random high-entropy token.

    Args:
        rng: random source.
        style: aws, github, github_pat, slack, stripe, google, openai, jwt, pem, entropy
            (random when None).
    """
    style = style or rng.choice(
        ("aws", "github", "github_pat", "slack", "stripe", "google", "openai", "jwt", "pem")
        + ("entropy",) * 2
    )
    upper_digits = string.ascii_uppercase + string.digits
    if style == "aws":
        return "AKIA" + _rand(rng, upper_digits, 16)
    if style == "github":
        return "ghp_" + _rand(rng, _B62, 36)
    if style == "github_pat":
        return "github_pat_" + _rand(rng, _B62, 22) + "_" + _rand(rng, _B62, 59)
    if style == "slack":
        return f"xox{rng.choice('bpars')}-{_rand(rng, string.digits, 12)}-{_rand(rng, _B62, 24)}"
    if style == "stripe":
        return "sk_live_" + _rand(rng, _B62, 24)
    if style == "google":
        return "AIza" + _rand(rng, _B62 + "-_", 35)
    if style == "openai":
        return "sk-proj-" + _rand(rng, _B62, 40)
    if style == "jwt":
        header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64url(json.dumps({"sub": _rand(rng, string.digits, 8)}).encode())
        return f"{header}.{payload}.{_b64url(rng.randbytes(32))}"
    if style == "pem":
        body = base64.b64encode(rng.randbytes(96)).decode("ascii")
        lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        return f"-----BEGIN PRIVATE KEY-----\n{lines}\n-----END PRIVATE KEY-----"
    if style == "entropy":
        token = _rand(rng, _B62, rng.randint(28, 40))
        return token[:-2] + rng.choice(string.digits) + rng.choice(string.ascii_uppercase)
    raise ConfigurationError(f"unknown secret style {style!r}")


MAKERS: dict[str, Callable[[random.Random], str]] = {
    "email": make_email,
    "phone": make_phone,
    "card": make_card,
    "iban": make_iban,
    "ssn": make_ssn,
    "ipv4": make_ipv4,
    "ipv6": make_ipv6,
    "gps": make_gps,
    "mac": make_mac,
    "secret": make_secret,
}

# ---------------------------------------------------------------- hard negatives


def _negative(rng: random.Random) -> str:
    """A value that looks like personal data and is not."""

    def luhn_failing_card() -> str:
        good = make_card(rng, fmt=rng.choice(("plain", "spaces", "dashes")))
        last = int(good[-1])
        return good[:-1] + str((last + rng.randint(1, 9)) % 10)

    def bad_iban() -> str:
        good = make_iban(rng, spaced=False)
        check = (int(good[2:4]) + rng.randint(1, 50)) % 100
        return f"{good[:2]}{check:02d}{good[4:]}"

    choices: list[Callable[[], str]] = [
        luhn_failing_card,
        bad_iban,
        lambda: (
            f"{rng.choice(('000', '666', '912'))}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        ),
        lambda: f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}",
        lambda: (
            f"{rng.randint(256, 999)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
        ),
        lambda: (
            f"version {rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"
        ),
        lambda: f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        lambda: (
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        ),
        lambda: f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 30)}",
        lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        lambda: str(rng.randint(1_600_000_000, 1_799_999_999)),
        lambda: (
            f"order #{rng.choice('ABCDEFG')}-{rng.randint(2019, 2025)}-{rng.randint(100000, 999999)}"
        ),
        lambda: f"ORD-{rng.randint(10_000_000, 99_999_999)}",
        lambda: f"${rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d}",
        lambda: (
            f"{rng.randint(1, 99)}.{rng.randint(0, 99):02d}, {rng.randint(1, 99)}.{rng.randint(0, 99):02d} EUR"
        ),
        lambda: rng.choice(("ISBN 978-0-306-40615-7", "ISBN 978-3-16-148410-0", "9780131103627")),
        lambda: "-".join(_rand(rng, "0123456789abcdef", n) for n in (8, 4, 4, 4, 12)),
        lambda: rng.choice(
            (
                "internationalization",
                "antidisestablishmentarianism",
                "Pneumonoultramicroscopicsilicovolcanoconiosis",
                "get_user_account_settings_v2",
                "HttpRequestHandlerFactoryBean",
                "/usr/local/lib/python3.11/site-packages",
            )
        ),
        lambda: f"room {rng.randint(100, 999)}, floor {rng.randint(1, 40)}",
        lambda: f"tracking 1Z{_rand(rng, string.ascii_uppercase + string.digits, 16)}",
    ]
    return rng.choice(choices)()


# ---------------------------------------------------------------- texts

_LEADS = {
    "email": ("Write to {} for details.", "My address is {}.", "cc: {}", "Contact: {}"),
    "phone": ("Call me at {} tomorrow.", "Phone: {}", "Reach the desk on {} after 9."),
    "card": ("Charge card {} please.", "Card number: {}", "I paid with {} last week."),
    "iban": ("Transfer to IBAN {} today.", "Account {}", "Our bank details: {}."),
    "ssn": ("SSN {} on file.", "Social security number: {}", "Her SSN is {}."),
    "ipv4": ("Login from {} was blocked.", "The host {} is down.", "client_ip={}"),
    "ipv6": ("Connected from {} at noon.", "Address {} answered.", "peer {} dropped."),
    "gps": ("Meet me at {} near the park.", "Location: {}", "The sensor sits at {}."),
    "mac": ("Device {} joined the network.", "MAC {} is blocked.", "hw={}"),
    "secret": ("Use key {} for the API.", "token: {}", "export API_KEY={}"),
}
_NEG_LEADS = ("Ref {} noted.", "See {} in the log.", "We shipped {} yesterday.", "Value: {}.")
_FILLER = (
    "The meeting moved to Thursday afternoon.",
    "Please review the attached summary before lunch.",
    "Our quarterly numbers look better than expected.",
    "Thanks again for the quick answer!",
    "The kiosk restarted twice during the night.",
    "Nobody could find the spare charger.",
    "Let me know if anything is unclear.",
    "The camera feed froze around noon.",
    "We will ship the fix in the next release.",
    "Battery levels stayed above forty percent.",
)


def generate(n: int = 800, *, seed: int = 0) -> list[LabelledText]:
    """`n` labelled texts, the same for the same seed.

    About 70% of the texts hold 1-3 values; every text may hold hard negatives; about
    30% hold only negatives and prose.

    Args:
        n: number of texts (>= 1).
        seed: random seed.
    """
    if n < 1:
        raise ConfigurationError(f"n must be >= 1, got {n}")
    rng = random.Random(seed)
    out: list[LabelledText] = []
    for i in range(n):
        pieces: list[tuple[str, str | None]] = []
        # Texts with PII cycle through the kinds first, so every kind gets its share.
        kinds = [KINDS[i % len(KINDS)], rng.choice(KINDS), rng.choice(KINDS)]
        n_pii = rng.choice((1, 1, 1, 2, 2, 3)) if (i // 10) % 10 < 7 else 0
        n_neg = rng.choice((0, 1, 1, 2)) if n_pii else rng.choice((1, 2, 3))
        items: list[tuple[str, str | None]] = []
        for kind in kinds[:n_pii]:
            items.append((kind, MAKERS[kind](rng)))
        for _ in range(n_neg):
            items.append(("", _negative(rng)))
        rng.shuffle(items)
        for kind, value in items:
            if rng.random() < 0.5:
                pieces.append((rng.choice(_FILLER) + " ", None))
            lead = rng.choice(_LEADS[kind] if kind else _NEG_LEADS)
            before, after = lead.split("{}")
            pieces.append((before, None))
            pieces.append((value or "", kind or None))
            pieces.append((after + " ", None))
        if not items or rng.random() < 0.3:
            pieces.append((rng.choice(_FILLER), None))
        text_parts: list[str] = []
        spans: list[Span] = []
        pos = 0
        for piece, kind_or_none in pieces:
            if kind_or_none:
                spans.append(Span(kind_or_none, pos, pos + len(piece)))
            text_parts.append(piece)
            pos += len(piece)
        out.append(LabelledText("".join(text_parts).rstrip(), tuple(spans)))
    return out
