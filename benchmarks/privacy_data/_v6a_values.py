"""Network, location and secret values for eval_v6a, plus unlabelled look-alikes."""

from __future__ import annotations

import ipaddress
import string
import uuid

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def ipv4(rng, private: float = 0.4) -> str:
    r = rng.random()
    if r < private / 2:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < private:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    while True:
        a = rng.choice(
            [
                41,
                45,
                77,
                81,
                85,
                88,
                91,
                94,
                102,
                105,
                130,
                146,
                157,
                178,
                185,
                190,
                193,
                195,
                196,
                200,
                212,
                213,
            ]
        )
        ip = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def ipv6(rng) -> str:
    r = rng.random()
    if r < 0.2:
        return f"fe80::{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}"
    pre = rng.choice(["2a02:", "2001:", "2c0f:", "2a00:", "2800:", "2a0d:"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    full = pre + ":".join(groups)
    return str(ipaddress.IPv6Address(full)) if rng.random() < 0.5 else full


def mac(rng) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    r = rng.random()
    if r < 0.5:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.8:
        return ":".join(f"{x:02X}" for x in b)
    return "-".join(f"{x:02X}" for x in b)


def gps(rng, centre: tuple[float, float], spread: float = 0.08) -> str:
    lat = centre[0] + rng.uniform(-spread, spread)
    lon = centre[1] + rng.uniform(-spread, spread)
    d = rng.choice([4, 5, 6])
    sep = rng.choice([", ", ",", " "])
    return f"{lat:.{d}f}{sep}{lon:.{d}f}"


def token(rng) -> str:
    r = rng.random()
    if r < 0.2:
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if r < 0.4:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if r < 0.55:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if r < 0.7:
        return (
            "xoxb-"
            + "-".join("".join(rng.choice(string.digits) for _ in range(n)) for n in (12, 13))
            + "-"
            + "".join(rng.choice(ALNUM) for _ in range(24))
        )
    if r < 0.85:
        return "".join(rng.choice(HEX) for _ in range(40))
    return (
        "eyJhbGciOiJIUzI1NiJ9."
        + "".join(rng.choice(ALNUM) for _ in range(36))
        + "."
        + "".join(rng.choice(ALNUM + "-_") for _ in range(43))
    )


def password(rng, seed_word: str = "") -> str:
    words = [
        "Sunce",
        "Tiger",
        "Lumi",
        "Kiwi",
        "Mango",
        "Perla",
        "Vulkan",
        "Nord",
        "Pampa",
        "Sol",
        "Luna",
        "Kaktus",
        "Bakı",
        "Kofi",
        "Rio",
        "Zebra",
    ]
    w = seed_word or rng.choice(words)
    r = rng.random()
    if r < 0.4:
        return f"{w}{rng.randint(1, 2025)}{rng.choice('!#$%*?')}"
    if r < 0.7:
        return "".join(rng.choice(ALNUM + "!@#%&") for _ in range(rng.randint(10, 16)))
    return f"{w.lower()}_{rng.choice(['x', 'qq', 'zz', '77'])}{rng.randint(10, 99)}"


# ---------------------------------------------------------------- look-alikes (unlabelled)


def uuid4(rng) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def git_hash(rng, n: int = 40) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def version(rng) -> str:
    k = rng.choice([3, 3, 4])
    return ".".join(str(rng.randint(0, 30)) for _ in range(k))


def order_no(rng, prefix: str = "") -> str:
    r = rng.random()
    if r < 0.3:
        return f"{prefix}{rng.randint(10**7, 10**9)}"
    if r < 0.6:
        return f"{prefix or 'ORD'}-{rng.randint(2023, 2026)}-{rng.randint(1, 999999):06d}"
    return f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{rng.randint(10**8, 10**9)}"


def masked_card(rng) -> str:
    last = rng.randint(0, 9999)
    return rng.choice(
        [
            f"**** **** **** {last:04d}",
            f"XXXX-XXXX-XXXX-{last:04d}",
            f"•••• {last:04d}",
            f"************{last:04d}",
        ]
    )


def product_code(rng) -> str:
    return rng.choice(
        [
            f"SKU-{rng.randint(10000, 99999)}-{rng.choice('ABCDEFGH')}",
            f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}",
            f"EAN {rng.randint(10**12, 10**13 - 1)}",
        ]
    )


def tracking(rng) -> str:
    return rng.choice(
        [
            f"{rng.choice(['RR', 'CP', 'LX', 'EE'])}{rng.randint(10**8, 10**9 - 1)}{rng.choice(['SI', 'CL', 'BE', 'CH', 'EE'])}",
            f"1Z{rng.randint(10**15, 10**16 - 1)}",
            f"JD{rng.randint(10**17, 10**18 - 1)}",
        ]
    )
