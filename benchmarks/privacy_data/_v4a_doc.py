# ruff: noqa: RUF001 - text in many scripts on purpose
"""A text under construction with its labelled spans, and the per-record value context."""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import uuid

import _v4a_ids as ids
import _v4a_values as val

PLACEHOLDER = re.compile(r"\{(\w+)\}")

# placeholder -> span kind (None: unlabelled, e.g. a hard negative).
KIND = {
    "person": "person", "first": "person", "last": "person", "person2": "person", "first2": "person",
    "last2": "person", "speaker": "person", "speaker2": "person",
    "email": "email", "email_obf": "email", "email2": "email", "phone": "phone", "phone2": "phone",
    "addr": "address", "addr1": "address", "addr2": "address", "dob": "dob", "nid": "national_id",
    "ssn": "ssn", "card": "card", "iban": "iban", "pwd": "secret", "token": "secret",
    "ip4": "ipv4", "ip6": "ipv6", "mac": "mac", "gps": "gps", "gps_plain": "gps", "gps_json": "gps",
}


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[str, int, int]] = []
        self.values: list[tuple[str, str, str]] = []  # (kind, key, value) for the self-check
        self.n = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str | None, s: str, key: str = "") -> Doc:
        if kind is None:
            return self.t(s)
        assert s and s == s.strip(), repr(s)
        self.spans.append((kind, self.n, self.n + len(s)))
        self.values.append((kind, key, s))
        return self.t(s)

    def fill(self, template: str, ctx: Ctx, typo: callable | None = None) -> Doc:
        pos = 0
        for m in PLACEHOLDER.finditer(template):
            lit = template[pos:m.start()]
            self.t(typo(lit) if typo else lit)
            key = m.group(1)
            self.v(KIND.get(key), ctx[key], key)
            pos = m.end()
        lit = template[pos:]
        self.t(typo(lit) if typo else lit)
        return self

    def field(self, ctx: Ctx, key: str) -> Doc:
        return self.v(KIND.get(key), ctx[key], key)

    @property
    def text(self) -> str:
        return "".join(self.parts)


_COMPANY = {
    "en_US": ["{L} & Sons Plumbing", "{L} Hardware LLC", "{L}-{L2} Dental Group", "{L} Realty"],
    "de_DE": ["{L} Logistik GmbH", "Bäckerei {L}", "{L} & {L2} Steuerberatung", "Autohaus {L} KG"],
    "fr_FR": ["Boulangerie {L}", "Transports {L} SARL", "Cabinet {L}-{L2}", "Garage {L} et Fils"],
    "ja_JP": ["{L}工務店", "株式会社{L}製作所", "{L}商事", "{L}歯科医院"],
    "ru_RU": ["ООО «{L}-Строй»", "ИП {L}", "ТД «{L} и партнёры»"],
    "ro_RO": ["SC {L} Impex SRL", "Farmacia {L}", "{L} Construct SRL"],
    "hu_HU": ["{L} és Társa Kft.", "{L} Pékség Bt.", "{L}-Ker Kft."],
    "fi_FI": ["{L} Oy", "Rakennus {L} Ky", "{L} & {L2} Oy"],
    "he_IL": ["{L} בע\"מ", "{L} ובניו", "מאפיית {L}"],
    "vi_VN": ["Công ty TNHH {L} Phát", "Nhà thuốc {L}", "Công ty CP {L} Việt"],
}
PRODUCTS = ["Galaxy S24", "ThinkPad T14", "iPhone 15 Pro", "Dyson V15", "PlayStation 5", "Kindle Paperwhite", "Bosch Serie 6",
            "Miele WWD 320", "Nokia G42", "Philips Hue", "Raspberry Pi 5", "Xiaomi Redmi Note 13", "Tefal OptiGrill", "Vileda Ultramax"]


class Ctx:
    """Values for one record, generated on first use from the record's own Random."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale
        self.p = self._person()
        self.p2 = self._person()
        self.p3 = self._person()
        self._v: dict[str, str] = {}
        self.nid_key = ""
        self.addr_lines: tuple[str, str] | None = None
        self.used_negatives: set[str] = set()

    def _person(self) -> val.Person:
        while True:
            p = val.person(self.rng, self.locale)
            if not re.search(r"['’&<>\"]", p.full):
                return p

    def __getitem__(self, key: str) -> str:
        if key not in self._v:
            self._v[key] = self._make(key)
        return self._v[key]

    def __contains__(self, key: str) -> bool:
        return key in self._v

    def _make(self, key: str) -> str:
        rng, loc = self.rng, self.locale
        if key in ("person", "speaker"):
            return self.p.full
        if key == "first":
            return self.p.given
        if key == "last":
            return self.p.family
        if key in ("person2", "speaker2"):
            return self.p2.full
        if key == "first2":
            return self.p2.given
        if key == "last2":
            return self.p2.family
        if key == "email":
            return val.email(rng, loc, self.p)
        if key == "email2":
            return val.email(rng, loc, self.p2)
        if key == "email_obf":
            return val.obfuscate(rng, loc, val.email(rng, loc, self.p))
        if key in ("phone", "phone2"):
            return val.phone(rng, loc)
        if key in ("addr", "addr1", "addr2"):
            if self.addr_lines is None:
                self.addr_lines = val.address(rng, loc)
            if key == "addr":
                return val.one_line(loc, self.addr_lines)
            return self.addr_lines[0] if key == "addr1" else self.addr_lines[1]
        if key == "dob":
            return val.date_text(rng, loc, self.p.dob)
        if key == "nid":
            self.nid_key, v = ids.national_id(rng, loc, self.p.dob, self.p.male)
            return v
        if key == "ssn":
            return ids.ssn(rng)
        if key == "card":
            return ids.card(rng, loc)
        if key == "iban":
            return ids.iban(rng, loc)
        if key == "pwd":
            return val.password(rng)
        if key == "token":
            return val.token(rng)
        if key == "ip4":
            return val.ipv4(rng)
        if key == "ip6":
            return val.ipv6(rng)
        if key == "mac":
            return val.mac(rng)
        if key == "gps":
            return val.gps(rng, loc, quotes_ok=True)
        if key == "gps_plain":
            return val.gps(rng, loc, quotes_ok=False)
        if key == "gps_json":
            return val.gps(rng, loc, quotes_ok=False, sep=", ")
        return self._negative(key)

    def _negative(self, key: str) -> str:
        rng, loc = self.rng, self.locale
        if key not in ("company", "city", "street", "product", "n", "amount", "time", "iso", "masked"):
            self.used_negatives.add(key)
        d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        if key == "date":
            return val.date_text(rng, loc, d, iso_ok=False)
        if key == "date2":
            return val.date_text(rng, loc, d + dt.timedelta(days=rng.randint(1, 30)), iso_ok=False)
        if key == "iso":
            return d.isoformat()
        if key == "time":
            return f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45'])}"
        if key == "ts":
            return f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 999):03d}"
        if key == "tsz":
            return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        if key == "order":
            return rng.choice([f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
                               f"PO-{rng.randint(2024, 2025)}-{rng.randint(10000, 99999)}", f"#{rng.randint(100000, 9999999)}",
                               f"BST{rng.randint(10**8, 10**9)}", f"{rng.randint(10**9, 10**10)}"])
        if key == "invoice":
            return rng.choice([f"RE-{rng.randint(2024, 2025)}/{rng.randint(1000, 9999)}", f"INV-{rng.randint(10**5, 10**6)}",
                               f"F{rng.randint(2024, 2025)}{rng.randint(100000, 999999)}", f"{rng.randint(2024, 2025)}-{rng.randint(1, 9999):05d}"])
        if key == "version":
            return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 4000)}",
                               f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(10, 99)}.{rng.randint(1, 9)}"])
        if key == "hash":
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40, 64])))
        if key == "uuid":
            u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            return u if rng.random() < 0.7 else u.replace("-", "")
        if key == "price":
            x = rng.randint(99, 99999) / 100
            return {"en_US": f"${x:,.2f}", "ja_JP": f"¥{int(x * 150):,}", "ru_RU": f"{int(x * 90):,} ₽".replace(",", " "),
                    "hu_HU": f"{int(x * 360):,} Ft".replace(",", " "), "ro_RO": f"{x * 5:.2f} lei".replace(".", ","),
                    "he_IL": f"₪{x * 3.7:.2f}", "vi_VN": f"{int(x * 25000):,}₫".replace(",", ".")}.get(loc, f"{x:.2f} €".replace(".", ","))
        if key == "small_price":
            x = rng.randint(49, 2999) / 100
            return {"en_US": f"{x:.2f}", "ja_JP": f"¥{int(x * 100):,}", "ru_RU": f"{x * 40:.2f}".replace(".", ","),
                    "hu_HU": f"{int(x * 150)} Ft", "ro_RO": f"{x * 2:.2f}".replace(".", ","), "he_IL": f"{x * 2:.2f}",
                    "vi_VN": f"{int(x * 10000):,}".replace(",", ".")}.get(loc, f"{x:.2f}".replace(".", ","))
        if key == "qty":
            return rng.choice([f"{rng.randint(1, 40)} kg", f"{rng.randint(10, 250)} x {rng.randint(10, 120)} x {rng.randint(5, 90)} cm",
                               f"{rng.randint(1, 12)} x {rng.choice(['500 ml', '1,5 l', '250 g'])}", f"{rng.randint(100, 3000)} mm"])
        if key == "sensor":
            return rng.choice([f"temp={rng.uniform(-10, 40):.2f} hum={rng.uniform(20, 90):.1f}", f"{rng.uniform(0, 1):.4f}, {rng.uniform(0, 1):.4f}",
                               f"accel=({rng.uniform(-2, 2):.3f}, {rng.uniform(-2, 2):.3f}, {rng.uniform(8, 11):.3f})", f"pm2.5={rng.randint(2, 80)} µg/m³",
                               "3.14159, 2.71828", f"vbat={rng.uniform(3.2, 4.2):.2f}V rssi=-{rng.randint(40, 95)}dBm"])
        if key == "tracking":
            return rng.choice([f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
                               f"{rng.randint(10**11, 10**12)}", f"JJD{rng.randint(10**17, 10**18)}", f"RR{rng.randint(10**8, 10**9)}DE"])
        if key == "badcard":  # 16 digits that fail the Luhn check: a reference number, not a card
            while True:
                s = "".join(rng.choice(string.digits) for _ in range(16))
                if not ids.luhn.is_valid(s):
                    return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else s
        if key == "masked":
            return f"**** **** **** {rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"XXXX-{rng.randint(1000, 9999)}"
        if key == "company":
            tmpl = rng.choice(_COMPANY[loc])
            return tmpl.replace("{L}", self.p3.family).replace("{L2}", self.p2.family if self.p2.family != self.p3.family else "Bauer")
        if key == "product":
            return rng.choice(PRODUCTS)
        if key == "city":
            return rng.choice(val.ADDR[loc])[1].split(",")[0] if loc not in ("ja_JP",) else rng.choice(["渋谷", "梅田", "博多", "札幌", "横浜"])
        if key == "street":
            return rng.choice(val.ADDR[loc])[0]
        if key == "room":
            return f"{rng.randint(1, 6)}.{rng.randint(1, 40):02d}"
        if key == "amount":
            return str(rng.randint(1, 9))
        if key == "n":
            return str(rng.randint(2, 48))
        raise KeyError(key)
