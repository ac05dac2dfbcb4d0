"""Text styles of eval_v3 (chat, kiosk form, ticket, logs, JSON, SMS, signature, voice, config, CSV,
HTTP dump) and the hard negatives they mix in. Each renderer writes through a `Builder`, which
records the span of every personal value as it is appended, so offsets are exact by construction.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

import _v3_values as V
from _v3_names import Person, person
from _v3_phrases import CURRENCY, LANGS, Lang

STYLES = (
    "chat",
    "kiosk_form",
    "support_ticket",
    "iot_log",
    "json_compact",
    "json_pretty",
    "json_nested",
    "sms",
    "email_signature",
    "voice_transcript",
    "code_config",
    "csv_export",
    "http_request",
)
FILLER = {
    "de_DE": "äh",
    "fr_FR": "euh",
    "es_ES": "eh",
    "it_IT": "ehm",
    "nl_NL": "eh",
    "pl_PL": "yyy",
    "sv_SE": "öh",
    "en_GB": "erm",
    "en_US": "uh",
    "el_GR": "εεε",
    "ru_RU": "э-э",
    "ar_EG": "يعني",
    "hi_IN": "मतलब",
    "ja_JP": "えーと",
    "zh_CN": "那个",
    "ko_KR": "음",
    "pt_BR": "é",
    "tr_TR": "şey",
    "uk_UA": "ну",
    "cs_CZ": "ehm",
}


@dataclass
class Builder:
    """Appends text and values; each value's span is recorded as it is written."""

    lower: bool = False
    turkish: bool = False  # lower-case İ and I the Turkish way
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    pos: int = 0

    def add(self, text: str) -> None:
        if self.lower:
            text = self._lower(text)
        self.parts.append(text)
        self.pos += len(text)

    def val(self, value: V.Value) -> None:
        if value.kind == "address" and value.text.startswith("〒"):
            # The postal mark is a cue, like "PLZ": it stays outside the span.
            self.add("〒")
            value = V.Value(value.text[1:], value.kind, value.check)
        if not self.lower:
            text = value.text
        elif value.kind in ("person", "address"):
            text = self._lower(value.text)
        else:
            text = value.text.lower()  # structured values keep ASCII letters, even in Turkish
        self.spans.append((value.kind, self.pos, self.pos + len(text), value.check, text))
        self.parts.append(text)
        self.pos += len(text)

    def _lower(self, text: str) -> str:
        if self.turkish:
            text = text.replace("İ", "i").replace("I", "ı")  # noqa: RUF001
        return text.lower()

    def frame(self, template: str, value: V.Value) -> None:
        before, _, after = template.partition("{v}")
        self.add(before)
        self.val(value)
        self.add(after)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- hard negatives


def _fmt_date(rng: random.Random, locale: str, d: dt.date) -> str:
    if locale == "en_US":
        return d.strftime("%m/%d/%Y")
    if locale in ("ja_JP", "zh_CN"):
        return f"{d.year}年{d.month}月{d.day}日"
    if locale == "ko_KR":
        return d.strftime("%Y.%m.%d")
    if locale in ("sv_SE", "hi_IN") and rng.random() < 0.5:
        return d.isoformat()
    if locale in ("en_GB", "fr_FR", "es_ES", "it_IT", "pt_BR", "el_GR", "ar_EG", "hi_IN"):
        return d.strftime("%d/%m/%Y")
    if locale == "nl_NL":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d.%m.%Y")


_PRODUCTS = (
    "Galaxy Tab A9",
    "Kindle Paperwhite",
    "Raspberry Pi 5",
    "Jetson Orin Nano",
    "ThinkPad X1 Carbon",
    "Dyson V15",
    "Apple Watch SE",
    "Philips Hue Bridge",
    "Ford Focus",
    "Lincoln Navigator",
    "Mercedes-Benz Sprinter",
    "Jack Daniel's",
    "Ben & Jerry's",
    "Dr. Oetker",
    "Tommy Hilfiger",
    "Hugo Boss",
    "Louis Vuitton",
    "Ferrero Rocher",
    "Peugeot 208",
    "Škoda Octavia",
    "Renault Clio",
    "Miele Classic C1",
    "Nivea Men",
    "Marlboro Gold",
    "Pixel 8 Pro",
    "Xiaomi Redmi Note 13",
)


class Negatives:
    """Values that look like personal data and are not: orders, prices, dates, versions, hashes..."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale

    def order(self) -> str:
        r = self.rng
        return r.choice(
            (
                lambda: "4500" + V._digits(r, 6),
                lambda: "#" + V._digits(r, 6),
                lambda: f"A-{r.randint(2023, 2026)}-{V._digits(r, 5)}",
                lambda: "PO-" + V._digits(r, 5) + "-" + V._digits(r, 2),
                lambda: V._digits(r, 3) + "-" + V._digits(r, 7) + "-" + V._digits(r, 7),
                lambda: "0" + V._digits(r, 10),
            )
        )()

    def price(self) -> str:
        fmt, dec = CURRENCY[self.locale]
        amount = f"{self.rng.randint(1, 4999)}{dec}{self.rng.randint(0, 99):02d}"
        if self.locale in ("ja_JP", "ko_KR"):
            amount = f"{self.rng.randint(3, 980) * 100:,}"
        return fmt.format(a=amount)

    def date(self) -> str:
        d = dt.date(2024, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 900))
        return _fmt_date(self.rng, self.locale, d)

    def measure(self) -> str:
        r = self.rng
        dec = "," if CURRENCY[self.locale][1] == "," else "."
        return r.choice(
            (
                lambda: f"{r.randint(-20, 38)}{dec}{r.randint(0, 9)} °C",
                lambda: f"{r.randint(980, 1040)} hPa",
                lambda: f"{r.randint(20, 95)} %",
                lambda: f"{r.randint(1, 40)}{dec}{r.randint(0, 9)} kg",
                lambda: f"{r.randint(3, 24)}{dec}{r.randint(0, 99):02d} V",
            )
        )()

    def version(self) -> str:
        r = self.rng
        return r.choice(
            (
                lambda: (
                    f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}.{r.randint(0, 999)}"
                ),
                lambda: f"v{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                lambda: f"10.0.{r.randint(17000, 26100)}.{r.randint(100, 5000)}",
            )
        )()

    def company(self) -> str:
        lang = LANGS[self.locale]
        return self.rng.choice(lang.company).format(last=person(self.rng, self.locale).last)

    def street(self) -> str:
        return self.rng.choice(LANGS[self.locale].streets)

    def timestamp(self, iso: bool | None = None) -> str:
        d = dt.datetime(2025, 1, 1) + dt.timedelta(seconds=self.rng.randrange(0, 86400 * 600))
        ms = self.rng.randrange(0, 1000)
        if iso is None:
            iso = self.rng.random() < 0.5
        if iso:
            return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
        return d.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"

    def uuid(self) -> str:
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        return (
            f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}" if self.rng.random() < 0.7 else h
        )

    def sha(self) -> str:
        return "".join(
            self.rng.choice("0123456789abcdef") for _ in range(self.rng.choice((40, 64)))
        )

    def reading(self) -> str:
        r = self.rng
        return r.choice(
            (
                lambda: (
                    f"accel=({r.uniform(-1, 1):.3f}, {r.uniform(-10, 10):.3f}, {r.uniform(-1, 1):.3f})"
                ),
                lambda: f"temp={r.uniform(15, 35):.2f} hum={r.uniform(20, 80):.1f}",
                lambda: f"pm2.5={r.uniform(1, 80):.1f} co2={r.randint(380, 2000)}ppm",
                lambda: f"vec=[{r.uniform(-5, 5):.4f}, {r.uniform(-5, 5):.4f}]",
                lambda: f"pi={3.14159:.5f}, e={2.71828:.5f}",
            )
        )()

    def product(self) -> str:
        """Capitalised names that are not people: products, and brands that are also names."""
        return self.rng.choice(_PRODUCTS)

    def sentence(self) -> str:
        frame = self.rng.choice(LANGS[self.locale].neg)
        if self.rng.random() < 0.3:
            frame += f" ({self.product()})"
        return frame.format(
            order=self.order(),
            price=self.price(),
            date=self.date(),
            measure=self.measure(),
            company=self.company(),
            street=self.street(),
            version=self.version(),
        )


# ---------------------------------------------------------------- values for a text


def _postcode(rng: random.Random, pattern: str) -> str:
    """The pattern's trailing run of 9s and As (with spaces, hyphens) is drawn; the head is kept."""
    cut = len(pattern)
    while cut and pattern[cut - 1] in "9A -":
        cut -= 1
    tail = "".join(
        rng.choice(string.digits)
        if ch == "9"
        else rng.choice(string.ascii_uppercase)
        if ch == "A"
        else ch
        for ch in pattern[cut:]
    )
    return pattern[:cut] + tail


class Values:
    """Draws personal values for one text; the person is shared so an e-mail can match the name."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale
        self.lang: Lang = LANGS[locale]
        self.who: Person = person(rng, locale)
        self.lower_case_voice = False  # spoken texts carry passwords, never API tokens

    def name(self, form: str = "full") -> V.Value:
        p = self.who
        text = {"full": p.full, "first": p.first, "last": p.last}[form]
        if (
            form == "full"
            and self.locale not in ("ja_JP", "zh_CN", "ko_KR", "ar_EG", "hi_IN")
            and self.rng.random() < 0.12
        ):
            text = f"{p.last}, {p.first}" if self.rng.random() < 0.5 else f"{p.first[0]}. {p.last}"
        return V.Value(text, "person", "free")

    def honorific(self, b: Builder) -> None:
        """`Frau [Müller]`, `[田中]様`: the honorific stays outside the span."""
        fem, masc, after = self.lang.hon
        hon = fem if self.who.gender == "F" else masc
        if after:
            b.val(self.name("last"))
            b.add(hon if self.locale != "tr_TR" else " " + hon)
        else:
            b.add(hon + " ")
            b.val(self.name("last"))

    def get(self, kind: str, *, plain: bool = False, obfuscate: bool = False) -> V.Value:
        """One value of `kind`; `plain` avoids characters that JSON or CSV would have to escape."""
        for _ in range(50):
            value = self._draw(kind, obfuscate)
            if not plain or not any(ch in value.text for ch in '"\\'):
                return value
        raise RuntimeError(f"no plain {kind} value")

    def _draw(self, kind: str, obfuscate: bool) -> V.Value:
        rng, loc = self.rng, self.locale
        if kind == "person":
            return self.name()
        if kind == "email":
            how: bool | str = "spoken" if obfuscate and self.lower_case_voice else obfuscate
            return V.email(rng, loc, self.who.first, self.who.last, how)
        if kind == "dob":
            return V.dob(rng, loc, self.lang.months)
        if kind == "address":
            return V.Value(self.address_one(), "address", "free")
        if kind == "nid":
            return (
                V.ssn_value(rng, loc)
                if loc == "en_US" and rng.random() < 0.75
                else V.national_id(rng, loc)
            )
        if kind == "secret":
            spoken = self.lower_case_voice
            text = V.password(rng) if spoken or rng.random() < 0.6 else V.api_token(rng)
            return V.Value(text, "secret", "secret")
        if kind == "ip":
            return V.ipv4(rng, loc) if rng.random() < 0.6 else V.ipv6(rng, loc)
        make = {
            "phone": V.phone,
            "card": V.card,
            "iban": V.iban,
            "gps": V.gps,
            "mac": V.mac,
            "ipv4": V.ipv4,
            "ipv6": V.ipv6,
        }[kind]
        return make(rng, loc)

    def _address_parts(self) -> tuple[str, str]:
        lang, rng = self.lang, self.rng
        city, pattern = rng.choice(lang.cities)
        pc = _postcode(rng, pattern)
        street = rng.choice(lang.streets)
        no = str(rng.randint(1, 180))
        if self.locale == "ja_JP":
            no = f"{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        elif self.locale in ("de_DE", "nl_NL", "cs_CZ") and rng.random() < 0.2:
            no += rng.choice("abc")
        fmt = lang.address
        pieces = fmt.split(", ")
        fill = {"street": street, "no": no, "pc": pc, "city": city}
        if lang.split >= len(pieces):
            return fmt.format(**fill), ""
        return (
            ", ".join(pieces[: lang.split]).format(**fill),
            ", ".join(pieces[lang.split :]).format(**fill),
        )

    def address_one(self) -> str:
        first, second = self._address_parts()
        return first + (", " + second if second else "")

    def address_lines(self) -> list[str]:
        first, second = self._address_parts()
        return [first, second] if second else [first]

    def address_into(self, b: Builder, sep: str) -> None:
        """An address over several lines: one span per line."""
        lines = self.address_lines()
        for i, line in enumerate(lines):
            if i:
                b.add(sep)
            b.val(V.Value(line, "address", "free"))
