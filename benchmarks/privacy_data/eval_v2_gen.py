"""The second held-out privacy set (issue #12): writes benchmarks/privacy_data/eval_v2.jsonl.

Written blind: without reading the detectors, their training generator or the first set.
Each line is {"text", "locale", "style", "spans": [[kind, start, end], ...]}, end exclusive.

Sources of values (none from Faker, whose name lists train the detectors' tagger):
- names: the PyPI package `names-dataset` (MIT), top names per country filtered to the
  locale's script, copied into eval_v2_names.json by `--refresh-names`; one-character
  Chinese and Korean family names (which that package drops) from eval_v2_values.py;
- streets, cities, postcodes, companies, phrasings: eval_v2_lang.py, written for this set;
- IBANs, cards, national ids, SSNs, phone numbers: eval_v2_values.py, by each format's
  rules, every one checked with python-stdnum (check digits) or phonenumbers (validity);
- secrets, e-mail addresses, IPs, MACs, coordinates: made in eval_v2_values.py.

Labelling rules: a span covers the value only (not its cue or an honorific: "Frau [Müller]",
"[田中]様"); a multi-line postal address in a signature is one span per line; an obfuscated
e-mail ("anna [at] web [dot] de", spoken "anna at web dot de") is one email span; a
password after a cue, a token in a header or config, and the password inside a database URL
are secret spans; only dates given as birth dates are dob; every written IP address is
ipv4/ipv6 (private ranges too); a national id of the US is ssn, a driver licence number
national_id.

Usage (from the repository root):
    python benchmarks/privacy_data/eval_v2_gen.py            # writes eval_v2.jsonl
    python benchmarks/privacy_data/eval_v2_gen.py --check    # regenerates and compares
    python benchmarks/privacy_data/eval_v2_gen.py --stats    # counts per kind/locale/style
    python benchmarks/privacy_data/eval_v2_gen.py --refresh-names   # needs names-dataset
Needs python-stdnum and phonenumbers (the dev extra); never used at runtime.
"""

# ruff: noqa: RUF001
# (texts in fifteen languages: their letters and full-width signs are meant)

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_v2_values as V
from eval_v2_lang import CITIES, COMPANIES, LANG, LOCALES, STREET_WORDS, STREETS

HERE = Path(__file__).resolve().parent
OUT_FILE = HERE / "eval_v2.jsonl"
SEED = 20261206
N_TEXTS = 2000
KINDS = (
    "person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id",
    "ipv4", "ipv6", "gps", "mac", "secret",
)  # fmt: skip
STYLES = {
    # style: (share, pool of value keys with weights)
    "chat": (0.16, {"person": 3, "email": 2, "phone": 2, "address": 1.5, "dob": 1, "card": 0.8, "iban": 0.8, "nid": 1.6, "password": 0.8, "gps": 0.7, "ipv4": 0.3}),
    "kiosk_form": (0.10, {"person": 3, "dob": 2, "address": 2, "phone": 2, "email": 2, "nid": 2, "card": 0.7, "iban": 0.7}),
    "support_ticket": (0.12, {"email": 2, "phone": 1.5, "ipv4": 1, "ipv6": 0.5, "mac": 0.6, "card": 0.6, "iban": 0.5, "address": 0.8, "secret": 0.6, "nid": 0.9, "password": 0.5}),
    "iot_log": (0.09, {"mac": 2, "ipv4": 2, "ipv6": 1, "gps": 1.5, "secret": 1, "email": 0.4}),
    "app_log": (0.10, {"ipv4": 2, "ipv6": 1, "email": 2, "phone": 0.8, "person": 0.8, "secret": 1.2, "card": 0.6, "dob": 0.3}),
    "json_payload": (0.11, {"person": 2, "email": 2, "phone": 1.5, "dob": 1, "address": 1, "iban": 0.8, "card": 0.8, "gps": 1.0, "ipv4": 0.8, "nid": 1.3, "secret": 0.5, "mac": 0.4}),
    "sms": (0.09, {"person": 1.5, "phone": 1.5, "address": 1, "password": 1, "iban": 0.8, "email": 0.6, "card": 0.3, "gps": 0.7}),
    "email_signature": (0.08, {}),
    "voice_transcript": (0.08, {"person": 2, "phone": 2, "address": 1.2, "dob": 1.2, "email": 1, "card": 0.8, "nid": 1.4, "iban": 0.5}),
    "code_config": (0.07, {"secret": 3, "password": 1.5, "email": 1, "ipv4": 1, "ipv6": 0.4, "person": 0.6, "mac": 0.5}),
}  # fmt: skip
KEY_KIND = {
    "person": "person", "given": "person", "address": "address", "dob": "dob", "email": "email",
    "phone": "phone", "card": "card", "iban": "iban", "nid": "national_id", "ssn": "ssn",
    "ipv4": "ipv4", "ipv6": "ipv6", "gps": "gps", "mac": "mac", "secret": "secret",
    "password": "secret",
}  # fmt: skip
NEG_KEYS = (
    "order",
    "price",
    "date",
    "ts",
    "version",
    "sku",
    "measure",
    "company",
    "street",
    "hash",
    "uuid",
    "sensor",
    "city",
)
SPOKEN = {
    "de": ("at", "punkt"), "fr": ("arobase", "point"), "es": ("arroba", "punto"), "it": ("chiocciola", "punto"),
    "nl": ("apenstaartje", "punt"), "pl": ("małpa", "kropka"), "sv": ("snabel-a", "punkt"), "en": ("at", "dot"),
    "el": ("παπάκι", "τελεία"), "ru": ("собака", "точка"), "ar": ("آت", "دوت"), "hi": ("एट", "डॉट"),
    "ja": ("アット", "ドット"), "zh": ("艾特", "点"), "ko": ("골뱅이", "점"),
}  # fmt: skip
_CJK = {"ja", "zh", "ko"}
_HON_GENDER = {
    "Frau": "F", "Fr.": "F", "Herr": "M", "Hr.": "M", "Mme": "F", "Madame": "F", "M.": "M", "Monsieur": "M",
    "Sr.": "M", "Sra.": "F", "señor": "M", "señora": "F", "D.": "M", "Dña.": "F", "Sig.": "M", "Sig.ra": "F",
    "dott.": "M", "dott.ssa": "F", "mevrouw": "F", "meneer": "M", "mevr.": "F", "dhr.": "M", "Pan": "M",
    "Pani": "F", "Mr": "M", "Mrs": "F", "Ms": "F", "Mr.": "M", "Ms.": "F", "κ.": "M", "κα": "F", "κυρία": "F",
    "κύριος": "M", "г-н": "M", "г-жа": "F", "السيد": "M", "السيدة": "F", "الأستاذ": "M", "श्री": "M",
    "श्रीमती": "F", "先生": "M", "女士": "F",
}  # fmt: skip


class Builder:
    """Accumulates a text and its spans; `lower` makes a voice-transcript-like text."""

    def __init__(self, *, lower: bool = False) -> None:
        self.parts: list[str] = []
        self.spans: list[list[Any]] = []
        self.values: list[str] = []
        self.n = 0
        self.lower = lower

    def t(self, s: str) -> Builder:
        if not s:
            return self
        if self.lower:
            s = s.lower()
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, s: str) -> Builder:
        if kind not in KINDS:
            raise V.SetError(f"unknown kind {kind}")
        if self.lower:
            s = s.lower()
        self.spans.append([kind, self.n, self.n + len(s)])
        self.values.append(s)
        self.parts.append(s)
        self.n += len(s)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def _fold(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
    )
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


class Ctx:
    """The values of one text: one person (so that name, e-mail and signature agree)."""

    def __init__(
        self, rng: random.Random, locale: str, names: dict[str, dict[str, list[str]]]
    ) -> None:
        self.rng = rng
        self.locale = locale
        self.loc = LOCALES[locale]
        self.lang = self.loc["lang"]
        self.L = LANG[self.lang]
        self.cc = self.loc["cc"]
        self.names = names
        key = self.loc["names"]
        latin_key = key + "_LATIN"
        self.latin = names.get(latin_key) if key != "IN" else names["IN_LATIN"]
        # Some non-Latin-locale texts spell names in Latin letters (Hindi texts mostly do).
        use_latin = self.latin is not None and rng.random() < (0.55 if key == "IN" else 0.12)
        self.name_list = self.latin if use_latin and self.latin else names[key]
        self.latin_names = use_latin or self.latin is None
        self.gender = rng.choice("MF")
        self._given = self._pick_given()
        self._family = self._pick_family()

    def _pick_given(self) -> str:
        lst = self.name_list["given_m" if self.gender == "M" else "given_f"]
        return self.rng.choice(lst[: self.rng.choice([30, 80, len(lst)])])

    def _pick_family(self) -> str:
        fam = self.name_list["family"]
        pool = fam[: self.rng.choice([30, 80, len(fam)])]
        ends: dict[str, tuple[str, ...]] = {}
        if self.cc == "RU" and not self.latin_names:
            ends = {
                "F": ("а", "ая"),
                "M": (
                    "в",
                    "н",
                    "й",
                    "ь",
                    "к",
                    "ч",
                    "р",
                    "з",
                    "х",
                    "т",
                    "с",
                    "д",
                    "л",
                    "м",
                    "г",
                    "ш",
                    "о",
                ),
            }
        elif self.cc == "RU":
            ends = {"F": ("a",), "M": ("v", "n", "y", "k", "h", "r", "z", "t", "s", "d")}
        elif self.cc == "PL":
            ends = {
                "F": ("ska", "cka", "dzka", "ak", "ek", "ik", "yk", "ch", "r", "z", "c", "a"),
                "M": ("ski", "cki", "dzki", "ak", "ek", "ik", "yk", "ch", "r", "z", "c"),
            }
        elif self.cc == "GR" and not self.latin_names:
            ends = {"F": ("ου", "η", "α"), "M": ("ος", "ης", "ας", "ου", "ς")}
        if ends:
            kept = [f for f in pool if f.endswith(ends[self.gender])]
            pool = kept or pool
        return self.rng.choice(pool)

    # -- personal values ------------------------------------------------------------------

    def given(self) -> str:
        return self._given

    def family(self) -> str:
        f = self._family
        return f

    def person(self, *, form: bool = False) -> str:
        g, f = self._given, self._family
        rng = self.rng
        if self.lang in _CJK and not self.latin_names:
            if self.lang == "ja":
                return rng.choice([f"{f} {g}", f"{f}{g}", f"{f}\u3000{g}"])
            return f"{f}{g}"
        if self.cc == "NL" and " " in f:  # tussenvoegsels are lowercase after a given name
            parts = f.split(" ")
            f = " ".join([p.lower() for p in parts[:-1]] + parts[-1:])
        if self.cc == "EG" and not self.latin_names and rng.random() < 0.6:
            father = rng.choice(self.name_list["given_m"][:80])
            return f"{g} {father} {self._family}" if rng.random() < 0.4 else f"{g} {father}"
        if self.cc in ("ES",) and rng.random() < 0.4:
            second = rng.choice(self.name_list["family"][:100])
            if second != self._family:
                return f"{g} {f} {second}"
        if form and rng.random() < 0.35:
            return (
                rng.choice([f"{f.upper()} {g}", f"{f}, {g}", f"{f.upper()}, {g}"])
                if self.cc in ("FR", "GB", "US", "DE", "IT", "PL", "NL")
                else f"{f} {g}"
            )
        if self.cc == "RU" and not self.latin_names and rng.random() < 0.3:
            return f"{f} {g}"
        if self.lang in _CJK and rng.random() < 0.5:  # Latin names in CJK texts, family first
            return f"{f} {g}" if rng.random() < 0.5 else f"{f.upper()} {g}"
        return f"{g} {f}"

    def email(self, *, company: str | None = None) -> str:
        rng = self.rng
        src = self.latin if (self.latin is not None and not self.latin_names) else None
        if src is not None:
            g = rng.choice(src["given_m" if self.gender == "M" else "given_f"][:100])
            f = rng.choice(src["family"][:100])
        else:
            g, f = self._given, self._family
        g, f = _fold(g), _fold(f.replace(" ", ""))
        r = rng.random()
        if r < 0.3:
            local = f"{g}.{f}"
        elif r < 0.45:
            local = f"{g[0]}.{f}"
        elif r < 0.6:
            local = f"{g}{f}{rng.randint(1, 99)}"
        elif r < 0.72:
            local = f"{f}.{g}{rng.randint(70, 99)}"
        elif r < 0.82:
            local = f"{g}_{f}"
        elif r < 0.9:
            local = f"{g}{rng.randint(1960, 2005)}"
        else:
            local = f"{g[:3]}{f[:4]}{rng.randint(100, 999)}"
        if self.lang == "zh" and rng.random() < 0.35:
            local = V._digits(rng, rng.randint(8, 10)).lstrip("0") or "10001"
        domain = company or rng.choice(self.loc["domains"])
        return f"{local}@{domain}"

    def email_obfuscated(self, *, spoken: bool = False) -> str:
        e = self.email()
        local, domain = e.split("@")
        at, dot = SPOKEN[self.lang]
        if spoken:
            return f"{local.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"
        r = self.rng.random()
        if self.lang in ("ja", "zh") and r < 0.4:
            return f"{local}＠{domain}"
        if r < 0.3:
            return f"{local} [at] {domain.replace('.', ' [dot] ')}"
        if r < 0.55:
            return f"{local}(at){domain}"
        if r < 0.75:
            return f"{local} (at) {domain.replace('.', ' (dot) ')}"
        if r < 0.9:
            return f"{local} at {domain.replace('.', ' dot ')}"
        return f"{local}[@]{domain}"

    def phone(self, *, mobile: bool = True) -> str:
        return V.make_phone(self.rng, self.cc, mobile=mobile)

    def card(self) -> str:
        return V.make_card(self.rng, self.rng.choice(self.loc["cards"]))

    def iban(self) -> str:
        return V.format_iban(self.rng, V.make_iban(self.rng, self.rng.choice(self.loc["ibans"])))

    def nid(self) -> tuple[str, str]:
        v = V.make_national_id(self.rng, self.cc)
        idn = self.L["idname"].get(self.cc, "ID")
        letters = any(c.isalpha() for c in v)
        if self.cc == "GB" and letters:
            idn = "National Insurance number"
        elif self.cc == "IN" and letters:
            idn = "PAN"
        elif self.cc == "RU" and " " in v:
            idn = "паспорт"
        elif self.cc == "ES" and v[0] in "XYZ":
            idn = "NIE"
        return v, idn

    def dob(self) -> str:
        y, m, d = V._date(self.rng)
        return self.fmt_date(y, m, d)

    def fmt_date(self, y: int, m: int, d: int, *, iso_ok: bool = True) -> str:
        rng, lang, cc = self.rng, self.lang, self.cc
        months = self.L["months"]
        r = rng.random()
        if iso_ok and r < 0.12:
            return f"{y}-{m:02d}-{d:02d}"
        if lang == "ja":
            if r < 0.2 and 1989 > y >= 1926:
                return f"昭和{y - 1925}年{m}月{d}日"
            return rng.choice(
                [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}年{m:02d}月{d:02d}日"]
            )
        if lang == "zh":
            return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}"])
        if lang == "ko":
            return rng.choice(
                [f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}"]
            )
        if cc == "US":
            return rng.choice(
                [
                    f"{m:02d}/{d:02d}/{y}",
                    f"{m}/{d}/{y}",
                    f"{months[m - 1]} {d}, {y}",
                    f"{months[m - 1][:3]} {d}, {y}",
                ]
            )
        if r < 0.55:
            sep = {"DE": ".", "PL": ".", "RU": ".", "NL": "-", "SE": "-"}.get(cc, "/")
            if cc == "SE":
                return f"{y}-{m:02d}-{d:02d}"
            return f"{d:02d}{sep}{m:02d}{sep}{y}" if rng.random() < 0.8 else f"{d}{sep}{m}{sep}{y}"
        if lang == "es":
            return f"{d} de {months[m - 1]} de {y}"
        if lang == "de":
            return f"{d}. {months[m - 1]} {y}"
        return f"{d} {months[m - 1]} {y}"

    def address(self) -> str:
        a, b = self.address_lines()
        if self.lang in ("ja", "zh"):
            return a + b if self.lang == "zh" else f"{a} {b}" if a else b
        if self.lang == "ko":
            return f"{a} {b}"
        if self.cc == "EG":
            return f"{a}، {b}"
        return f"{a}, {b}"

    def address_lines(self) -> tuple[str, str]:
        """(street line, postcode and city line) in the country's order."""
        rng, cc = self.rng, self.cc
        st = rng.choice(STREETS[cc])
        pc, city = rng.choice(CITIES[cc])
        no = rng.randint(1, 180)
        if cc == "DE":
            return f"{st} {no}{rng.choice(['', '', '', 'a', 'b'])}", f"{pc} {city}"
        if cc == "FR":
            return (
                f"{no}{rng.choice(['', '', '', ' bis'])} {st}",
                f"{pc} {city.upper() if rng.random() < 0.3 else city}",
            )
        if cc == "ES":
            return rng.choice(
                [f"{st} {no}, {rng.randint(1, 8)}º {rng.choice('ABCD')}", f"{st}, {no}"]
            ), f"{pc} {city}"
        if cc == "IT":
            return f"{st} {no}", f"{pc} {city}"
        if cc == "NL":
            return f"{st} {no}{rng.choice(['', '', '-2', 'A'])}", f"{pc} {city}"
        if cc == "PL":
            return f"{st} {no}{rng.choice(['', f'/{rng.randint(1, 60)}'])}", f"{pc} {city}"
        if cc == "SE":
            return f"{st} {no}", f"{pc} {city}"
        if cc == "GB":
            return f"{rng.choice(['', f'Flat {rng.randint(1, 9)}, '])}{no} {st}", f"{city} {pc}"
        if cc == "US":
            apt = rng.choice(["", "", f", Apt {rng.randint(1, 20)}{rng.choice('ABC')}"])
            return f"{rng.randint(100, 9999)} {st}{apt}", f"{city}, {pc}"
        if cc == "GR":
            return f"{st} {no}", f"{pc} {city}"
        if cc == "RU":
            return (
                f"{st}, д. {no}{rng.choice(['', f', кв. {rng.randint(1, 200)}'])}",
                f"{city}, {pc}" if rng.random() < 0.5 else f"г. {city}",
            )
        if cc == "EG":
            return f"{no} {st}", city
        if cc == "IN":
            return (
                f"{rng.choice(['Flat', 'House No.', 'Plot'])} {no}, {st}",
                f"{city} {pc}" if rng.random() < 0.5 else f"{city} - {pc}",
            )
        if cc == "JP":
            block = (
                f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
                if rng.random() < 0.7
                else f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
            )
            return (f"〒{pc}" if rng.random() < 0.5 else ""), f"{city}{st}{block}"
        if cc == "CN":
            return f"{city}{st}", f"{no}号" + rng.choice(
                ["", f"{rng.randint(1, 30)}栋{rng.randint(101, 2508)}室", f"{rng.randint(2, 40)}楼"]
            )
        if cc == "KR":
            return city, f"{st} {no}" + rng.choice(
                ["", f", {rng.randint(101, 120)}동 {rng.randint(101, 2005)}호"]
            )
        raise V.SetError(cc)

    def password(self) -> str:
        return V.make_password(self.rng)

    def gps(self) -> str:
        return V.make_gps(self.rng, self.cc)

    # -- hard negatives ---------------------------------------------------------------------

    def neg(self, key: str) -> str:
        rng = self.rng
        if key == "order":
            return V.make_order(rng)
        if key == "price":
            fmt, dec = self.loc["cur"]
            amount = rng.choice(
                [rng.randint(1, 99) + rng.randint(0, 99) / 100, float(rng.randint(100, 99999))]
            )
            whole = f"{int(amount):,}".replace(",", "." if dec == "," else ",")
            s = (
                f"{whole}{dec}{round(amount * 100) % 100:02d}"
                if self.lang not in ("ja", "ko")
                else whole
            )
            return fmt.format(s)
        if key == "date":
            return self.fmt_date(rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28))
        if key == "ts":
            return V.make_timestamp(rng)
        if key == "version":
            return V.make_version(rng)
        if key == "sku":
            return V.make_sku(rng)
        if key == "measure":
            dec = "," if self.loc["cur"][1] == "," else "."
            return rng.choice(
                [
                    f"{rng.uniform(15, 30):.1f} °C",
                    f"{rng.randint(980, 1040)} hPa",
                    f"{rng.uniform(0.2, 30):.1f} kg",
                    f"{rng.randint(40, 220)} x {rng.randint(30, 120)} cm",
                    f"{rng.uniform(1, 5):.2f} m",
                ]
            ).replace(".", dec)
        if key == "company":
            return rng.choice(COMPANIES[self.cc])
        if key == "street":
            return rng.choice(STREET_WORDS[self.cc])
        if key == "hash":
            return V.make_hash(rng)
        if key == "uuid":
            return V.make_uuid(rng)
        if key == "sensor":
            return V.make_sensor(rng)
        if key == "city":
            return CITIES[self.cc][rng.randrange(len(CITIES[self.cc]))][1]
        raise V.SetError(key)


# ---------------------------------------------------------------------------------------
# Templates: "{key}" placeholders become labelled values, hard negatives or plain words.

_PH = re.compile(r"\{(\w+)\}")


def fill(b: Builder, ctx: Ctx, template: str, *, spoken: bool = False) -> None:
    pos = 0
    for m in _PH.finditer(template):
        if m.start() > pos:
            b.t(template[pos : m.start()])
        put(b, ctx, m.group(1), spoken=spoken)
        pos = m.end()
    if pos < len(template):
        b.t(template[pos:])


def put(b: Builder, ctx: Ctx, key: str, *, spoken: bool = False, obfuscate: float = 0.0) -> None:
    rng = ctx.rng
    if key == "pref":
        hons, where = ctx.L["hon"]
        fam = ctx.family()
        if ctx.lang in ("ko", "zh") and not ctx.latin_names:
            fam = ctx.person()  # Korean and Chinese address people by the full name + title
        hons = [h for h in hons if _HON_GENDER.get(h, ctx.gender) == ctx.gender]
        if not hons:
            b.v("person", ctx.given())
        elif where == "pre":
            b.t(rng.choice(hons) + " ").v("person", fam)
        else:
            b.v("person", fam).t(rng.choice(hons))
        return
    if key == "idname":
        b.t(ctx._idname)
        return
    if key in NEG_KEYS:
        b.t(ctx.neg(key))
        return
    kind = KEY_KIND.get(key)
    if kind is None:
        raise V.SetError(f"unknown placeholder {key}")
    b.v(kind, value(ctx, key, spoken=spoken, obfuscate=obfuscate))


def value(ctx: Ctx, key: str, *, spoken: bool = False, obfuscate: float = 0.0) -> str:
    rng = ctx.rng
    if key == "person":
        return ctx.person()
    if key == "given":
        return ctx.given()
    if key == "email":
        if spoken and rng.random() < 0.6:
            return ctx.email_obfuscated(spoken=True)
        return ctx.email_obfuscated() if rng.random() < obfuscate else ctx.email()
    if key == "phone":
        return ctx.phone(mobile=rng.random() < 0.75)
    if key == "address":
        return ctx.address()
    if key == "dob":
        return ctx.dob()
    if key == "card":
        return ctx.card()
    if key == "iban":
        return ctx.iban()
    if key == "nid":
        return ctx._nid
    if key == "ssn":
        return V.make_ssn(rng)
    if key == "password":
        return ctx.password()
    if key == "secret":
        return V.make_token(rng)
    if key == "gps":
        return ctx.gps()
    if key == "ipv4":
        return V.make_ipv4(rng, private=rng.random() < 0.3)
    if key == "ipv6":
        return V.make_ipv6(rng)
    if key == "mac":
        return V.make_mac(rng)
    raise V.SetError(key)


def _prepare_nid(ctx: Ctx) -> None:
    ctx._nid, ctx._idname = ctx.nid()  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------
# Styles.


def _clause(ctx: Ctx, key: str) -> str:
    say = ctx.L["say"]
    if key == "ssn" and "ssn" in say:
        return ctx.rng.choice(say["ssn"])
    if key in say:
        return ctx.rng.choice(say[key])
    if key == "secret":
        return ctx.rng.choice(["API key: {secret}", "token {secret}", "key={secret}"])
    if key == "mac":
        return ctx.rng.choice(["MAC {mac}", "MAC: {mac}"])
    if key == "ipv6":
        return ctx.rng.choice(["IPv6 {ipv6}", "IP: {ipv6}"])
    return ctx.L["labels"].get(key, key) + ": {" + key + "}"


def _negs(ctx: Ctx, n: int) -> list[str]:
    return ctx.rng.sample(ctx.L["neg"], min(n, len(ctx.L["neg"])))


def _join(
    ctx: Ctx, b: Builder, items: Sequence[str], *, spoken: bool = False, cjk_end: str = "。"
) -> None:
    rng = ctx.rng
    cjk = ctx.lang in _CJK
    for i, tpl in enumerate(items):
        if i:
            if spoken:
                b.t(" " + (rng.choice(ctx.L["voice"]) + " " if rng.random() < 0.4 else ""))
            elif b.parts[-1][-1] in ".!?;。？！":
                b.t("" if cjk and ctx.lang != "ko" else " ")
            elif cjk:
                b.t(
                    rng.choice([cjk_end, "、", "。", " "])
                    if ctx.lang != "ko"
                    else rng.choice([". ", " ", ", "])
                )
            else:
                b.t(rng.choice([". ", ", ", "! ", " - ", ". "]))
        _fill_obf(b, ctx, tpl, 0.2)


def style_chat(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    items = [_clause(ctx, k) for k in keys] + _negs(ctx, negs)
    if rng.random() < 0.5:
        items.append(rng.choice(ctx.L["filler"]))
    rng.shuffle(items)
    if rng.random() < 0.6:
        b.t(
            rng.choice(ctx.L["greet"])
            + ("、" if ctx.lang in ("ja", "zh") else ", " if ctx.lang != "ko" else " ")
        )
    for i, tpl in enumerate(items):
        if i:
            if ctx.lang in ("ja", "zh"):
                b.t("" if b.parts[-1][-1] in "。!?" else rng.choice(["。", "、", "!"]))
            else:
                b.t(" " if b.parts[-1][-1] in ".!?;" else rng.choice([". ", ", ", "! ", " "]))
        _fill_obf(b, ctx, tpl, 0.35)
    if rng.random() < 0.4:
        b.t((" " if ctx.lang not in ("ja", "zh") else "。") + rng.choice(ctx.L["bye"]))


def _fill_obf(b: Builder, ctx: Ctx, tpl: str, obf: float) -> None:
    pos = 0
    for m in _PH.finditer(tpl):
        if m.start() > pos:
            b.t(tpl[pos : m.start()])
        put(b, ctx, m.group(1), obfuscate=obf)
        pos = m.end()
    b.t(tpl[pos:])


def style_sms(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    items = [_clause(ctx, k) for k in keys if k != "person"] + _negs(ctx, negs)
    if not items or rng.random() < 0.4:
        items.insert(0, rng.choice(ctx.L["sms"]))
    rng.shuffle(items)
    for i, tpl in enumerate(items):
        if i:
            b.t("、" if ctx.lang in ("ja", "zh") else rng.choice([". ", ", ", " "]))
        _fill_obf(b, ctx, tpl, 0.3)
    if "person" in keys:
        b.t(
            rng.choice([" - ", " ", "\n", " – "])
            if ctx.lang not in ("ja", "zh")
            else rng.choice(["。", " "])
        ).v("person", ctx.given())


def style_voice(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    items = [_clause(ctx, k) for k in keys] + _negs(ctx, negs)
    rng.shuffle(items)
    if rng.random() < 0.5:
        b.t(rng.choice(ctx.L["greet"]) + " ")
    if rng.random() < 0.5:
        b.t(rng.choice(ctx.L["voice"]) + " ")
    for i, tpl in enumerate(items):
        if i:
            b.t(" " + (rng.choice(ctx.L["voice"]) + " " if rng.random() < 0.5 else ""))
        _fill_voice(b, ctx, re.sub(r"[.,:!?;。、]", "", tpl))


def _fill_voice(b: Builder, ctx: Ctx, tpl: str) -> None:
    pos = 0
    for m in _PH.finditer(tpl):
        if m.start() > pos:
            b.t(tpl[pos : m.start()])
        put(b, ctx, m.group(1), spoken=True)
        pos = m.end()
    b.t(tpl[pos:])


def style_kiosk(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    lab = ctx.L["labels"]
    fmt = rng.choice(
        [
            "{l}: {v}",
            "{l}: {v}",
            "{l} = {v}",
            "[{l}] {v}",
            "{l}\t{v}",
            "{l}：{v}" if ctx.lang in _CJK else "{l}: {v}",
        ]
    )
    sep = rng.choice(["\n", "\n", " | ", "; "])
    fields: list[tuple[str, str]] = []
    for k in keys:
        label = {
            "person": lab["name"],
            "nid": ctx._idname,
            "ssn": "SSN",
            "password": lab["password"],
        }.get(k, lab.get(k, k))  # type: ignore[attr-defined]
        fields.append((label, "{" + k + "}"))
    extra = [
        (lab["date"], "{date}"),
        (lab["order"], "{order}"),
        (lab["note"], rng.choice(ctx.L["filler"])),
        (lab["city"], "{city}"),
    ]
    fields.extend(rng.sample(extra, negs))
    rng.shuffle(fields)
    if rng.random() < 0.4:
        b.t(rng.choice(["KIOSK-", "Terminal ", "Self-Service #"]) + str(rng.randint(1, 40)) + sep)
    for i, (label, tpl) in enumerate(fields):
        if i:
            b.t(sep)
        head, tail = fmt.split("{v}")
        b.t(head.replace("{l}", label))
        if tpl == "{person}":
            b.v("person", ctx.person(form=True))
        else:
            fill(b, ctx, tpl)
        b.t(tail)


def style_ticket(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    lab = ctx.L["labels"]
    b.t(f"Ticket #{rng.randint(10000, 999999)}\n{lab['subject']}: {rng.choice(ctx.L['ticket'])}\n")
    if rng.random() < 0.7:
        b.t("From: ").v("person", ctx.person()).t(" <").v("email", ctx.email()).t(">\n")
        keys = [k for k in keys if k != "email"]
    b.t("\n" + rng.choice(ctx.L["greet"]) + (", " if ctx.lang not in _CJK else " ") + "\n")
    body = (
        [rng.choice(ctx.L["filler"])]
        + [_clause(ctx, k) for k in keys if k not in ("ipv4", "ipv6", "mac")]
        + _negs(ctx, negs)
    )
    _join(ctx, b, body)
    tech = [k for k in keys if k in ("ipv4", "ipv6", "mac")]
    if tech:
        b.t("\n\n")
        for k in tech:
            b.t({"ipv4": "IP: ", "ipv6": "IPv6: ", "mac": "MAC: "}[k]).v(
                KEY_KIND[k], value(ctx, k)
            ).t("\n")
        if rng.random() < 0.5:
            b.t(
                f"App {V.make_version(rng)} / OS {rng.choice(['Android 14', 'iOS 17.5', 'Windows 11', 'Ubuntu 24.04'])}"
            )
    if rng.random() < 0.6:
        b.t("\n" + rng.choice(ctx.L["bye"]) + "\n").v("person", ctx.given())


def style_signature(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    lab = ctx.L["labels"]
    company = rng.choice(COMPANIES[ctx.cc])
    if rng.random() < 0.6:
        b.t(rng.choice(ctx.L["bye"]) + "\n\n")
    else:
        b.t("-- \n")
    b.v("person", ctx.person()).t("\n")
    b.t(
        rng.choice(
            [
                "Head of Sales",
                "Office Manager",
                "Technical Support",
                "Project Lead",
                "CTO",
                "Buchhaltung",
                "Service",
            ]
        )
        + " | "
        + company
        + "\n"
    )
    if rng.random() < 0.7:
        a1, a2 = ctx.address_lines()
        if a1 and ctx.lang not in _CJK and rng.random() < 0.7:
            b.v("address", a1).t("\n").v("address", a2).t("\n")
        else:
            b.v("address", ctx.address()).t("\n")
    b.t(f"{rng.choice([lab['phone'], 'Tel.', 'T'])}: ").v("phone", ctx.phone(mobile=False)).t("\n")
    if rng.random() < 0.6:
        b.t(f"{rng.choice([lab['mobile'], 'M'])}: ").v("phone", ctx.phone()).t("\n")
    b.v("email", ctx.email(company=_company_domain(company, ctx) if rng.random() < 0.5 else None))
    if negs:
        b.t(
            "\n"
            + rng.choice(
                [
                    f"VAT {ctx.cc}{V._digits(rng, 9)}",
                    f"www.{_company_domain(company, ctx)}",
                    f"Reg. {V._digits(rng, 6)}",
                    "Sent from my iPhone",
                ]
            )
        )


def _company_domain(company: str, ctx: Ctx) -> str:
    slug = _fold(company.split(" ")[0]) or "firma"
    tld = {
        "GB": "co.uk",
        "US": "com",
        "JP": "co.jp",
        "CN": "cn",
        "KR": "co.kr",
        "IN": "in",
        "EG": "com.eg",
        "GR": "gr",
        "RU": "ru",
    }.get(ctx.cc, ctx.cc.lower())
    return f"{slug}.{tld}"


def style_iot(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    dev = f"{rng.choice(['gw', 'cam', 'sens', 'kiosk', 'meter'])}-{V.make_hash(rng)[:6]}"
    lines = max(2, len(keys) + rng.randint(0, 2))
    pending = list(keys)
    for i in range(lines):
        if i:
            b.t("\n")
        b.t(
            f"{V.make_timestamp(rng) if rng.random() < 0.8 else ctx.neg('ts')} {rng.choice(['INFO', 'WARN', 'DEBUG', 'ERROR'])} {dev} "
        )
        if pending:
            k = pending.pop(0)
            lead = {
                "mac": rng.choice(["mac=", "hw_addr=", "wlan0 "]),
                "ipv4": rng.choice(["ip=", "dhcp lease ", "src="]),
                "ipv6": rng.choice(["ip6=", "addr "]),
                "gps": rng.choice(["loc=", "gps fix ", "position: "]),
                "secret": rng.choice(["mqtt token=", "auth key ", "X-Api-Key: "]),
                "email": "owner=",
            }[k]
            b.t(lead)
            if k == "gps" and rng.random() < 0.5:
                b.v("gps", V.make_gps(rng, ctx.cc, style="compact"))
            else:
                b.v(KEY_KIND[k], value(ctx, k))
            b.t(" " + (V.make_sensor(rng) if rng.random() < 0.6 else f"fw={V.make_version(rng)}"))
        else:
            b.t(
                rng.choice(
                    [
                        V.make_sensor(rng),
                        f"uptime={rng.randint(1, 900000)}s fw={V.make_version(rng)}",
                        f"ota check {V.make_version(rng)} sha256={V.make_hash(rng)}",
                        f"session {V.make_uuid(rng)} closed",
                    ]
                )
            )


def style_applog(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    pending = list(keys)
    n = max(1, len(keys) + rng.randint(0, 1))
    for i in range(n):
        if i:
            b.t("\n")
        b.t(
            f"[{V.make_timestamp(rng)}] {rng.choice(['INFO', 'WARN', 'ERROR'])} {rng.choice(['api.users', 'checkout', 'auth', 'sync', 'push'])}: "
        )
        if not pending:
            b.t(
                rng.choice(
                    [
                        f"GET /v1/orders/{V.make_order(rng).strip('#')} 200 {rng.randint(3, 900)}ms",
                        f"req_id={V.make_uuid(rng)} retry=2",
                        f"build {V.make_version(rng)} commit {V.make_hash(rng)[:7]}",
                        f"cart total={ctx.neg('price')} sku={V.make_sku(rng)}",
                    ]
                )
            )
            continue
        k = pending.pop(0)
        if k == "secret":
            b.t(
                rng.choice(
                    [
                        "request headers: Authorization: Bearer ",
                        "token refresh ok, new token ",
                        "api_key=",
                    ]
                )
            ).v("secret", V.make_token(rng))
        elif k == "email":
            b.t(rng.choice(["login failed for ", "password reset sent to user=", "new signup "])).v(
                "email", ctx.email()
            )
            if rng.random() < 0.4:
                b.t(" from ").v("ipv4", V.make_ipv4(rng))
        elif k == "ipv4":
            b.t(rng.choice(["client ", "x-forwarded-for=", "rate limit hit by "])).v(
                "ipv4", V.make_ipv4(rng, private=rng.random() < 0.2)
            )
        elif k == "ipv6":
            b.t(rng.choice(["client ", "remote_addr="])).v("ipv6", V.make_ipv6(rng))
        elif k == "phone":
            b.t(rng.choice(["sms otp sent to ", "invalid phone '", "verify phone="]))
            b.v("phone", ctx.phone())
        elif k == "person":
            b.t(rng.choice(["profile updated: display_name=", "user '", "shipping label for "])).v(
                "person", ctx.person()
            )
        elif k == "card":
            b.t(rng.choice(["payment declined card=", "DEBUG charge payload pan="])).v(
                "card", ctx.card()
            )
        elif k == "dob":
            b.t("kyc check birth_date=").v("dob", ctx.fmt_date(*V._date(rng)))
        if b.parts[-2].endswith("'"):
            b.t("'")
        b.t(
            rng.choice(
                [
                    "",
                    f" req_id={V.make_uuid(rng)}",
                    f" status={rng.choice([200, 401, 402, 422, 500])}",
                    f" t={rng.randint(2, 800)}ms",
                ]
            )
        )


def style_json(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    pretty = rng.random() < 0.5
    fields: list[tuple[str, str | None]] = []
    jkey = {
        "person": ["name", "full_name", "customer_name", "displayName"],
        "email": ["email", "contact_email", "user_email"],
        "phone": ["phone", "mobile", "tel"],
        "dob": ["dob", "birth_date", "dateOfBirth"],
        "address": ["address", "shipping_address", "street"],
        "iban": ["iban", "payout_iban"],
        "card": ["card_number", "pan"],
        "gps": ["location", "coords", "geo"],
        "ipv4": ["ip", "client_ip"],
        "ipv6": ["ip6"],
        "nid": ["national_id", "tax_id", "id_number"],
        "ssn": ["ssn"],
        "secret": ["api_key", "token", "refresh_token"],
        "password": ["password", "pass"],
        "mac": ["mac", "device_mac"],
    }
    for k in keys:
        fields.append((rng.choice(jkey[k]), k))
    neg_fields = [
        ("order_id", "order"),
        ("created_at", "ts"),
        ("sku", "sku"),
        ("price", "price"),
        ("app_version", "version"),
        ("session", "uuid"),
        ("device_id", "hash"),
    ]
    for name, nk in rng.sample(
        neg_fields, min(len(neg_fields), negs + (1 if rng.random() < 0.5 else 0))
    ):
        fields.append((name, "neg:" + nk))
    rng.shuffle(fields)
    nl, ind = ("\n", "  ") if pretty else ("", "")
    wrap = rng.random() < 0.3
    b.t("{" + nl)
    if wrap:
        b.t(
            ind
            + '"event": "'
            + rng.choice(["user.updated", "order.created", "device.registered", "kyc.submitted"])
            + '", "data": {'
            + nl
        )
    for i, (name, k) in enumerate(fields):
        b.t((ind * (2 if wrap else 1)) + json.dumps(name) + ": ")
        if k is not None and k.startswith("neg:"):
            nv = ctx.neg(k[4:])
            if nv.isdigit() and rng.random() < 0.5 and not nv.startswith("0"):
                b.t(nv)
            else:
                b.t(json.dumps(nv, ensure_ascii=False))
        elif k == "gps" and rng.random() < 0.5:
            pair = V.make_gps(rng, ctx.cc, style="compact").replace(", ", ",").replace(",", ", ")
            b.t("[").v("gps", pair).t("]")
        elif k == "person" and rng.random() < 0.25 and ctx.lang not in _CJK:
            b.t('{"first": "').v("person", ctx.given()).t('", "last": "').v(
                "person", ctx.family()
            ).t('"}')
        else:
            val = value(ctx, k or "")
            if '"' in val or "\\" in val:
                val = val.replace('"', "").replace("\\", "")
            b.t('"').v(KEY_KIND[k or ""], val).t('"')
        b.t(("," if i < len(fields) - 1 else "") + nl)
    if wrap:
        b.t(ind + "}" + nl)
    b.t("}")


def style_code(ctx: Ctx, b: Builder, keys: list[str], negs: int) -> None:
    rng = ctx.rng
    form = rng.choice(["env", "yaml", "python", "js", "curl", "ini", "gitlog"])
    pending = list(keys)
    if form == "gitlog":
        b.t(
            f"commit {V.make_hash(rng) if rng.random() < 0.5 else V._r(rng, '0123456789abcdef', 40)}\nAuthor: "
        ).v("person", ctx.person()).t(" <").v("email", ctx.email()).t(">\n")
        b.t(f"Date:   {V.make_timestamp(rng)[:19]}\n\n    bump to {V.make_version(rng)}\n")
        pending = [k for k in pending if k not in ("person", "email")]
    lines: list[tuple[str, str]] = []
    names = {
        "secret": [
            "STRIPE_SECRET_KEY",
            "GITHUB_TOKEN",
            "api_key",
            "OPENAI_API_KEY",
            "slack_bot_token",
            "AWS_SECRET_ACCESS_KEY",
        ],
        "password": ["DB_PASSWORD", "smtp_password", "admin_pass", "MQTT_PASSWORD"],
        "email": ["ADMIN_EMAIL", "notify_to", "maintainer"],
        "ipv4": ["DB_HOST", "broker_ip", "server"],
        "ipv6": ["bind6", "peer_v6"],
        "person": ["author", "owner"],
        "mac": ["device_mac", "wol_target"],
    }
    for k in pending:
        lines.append((rng.choice(names[k]), k))
    negl = [
        ("APP_VERSION", V.make_version(rng)),
        ("REQUEST_ID", V.make_uuid(rng)),
        ("PORT", str(rng.choice([8080, 5432, 1883, 443]))),
        ("IMAGE_DIGEST", "sha256:" + V._r(rng, "0123456789abcdef", 64)),
        ("TIMEOUT_MS", str(rng.randint(100, 30000))),
    ]
    lines.extend(rng.sample(negl, negs + 1))
    rng.shuffle(lines)
    if form == "curl" and pending:
        b.t("curl -s -X POST https://api.example.com/v2/items ")
        for name, k in lines:
            if k in KEY_KIND and k in ("secret", "password"):
                b.t("-H 'Authorization: Bearer ").v(
                    "secret", V.make_token(rng) if k == "secret" else ctx.password()
                ).t("' ")
            elif k in KEY_KIND:
                b.t(f"-d '{name}=").v(KEY_KIND[k], value(ctx, k)).t("' ")
            else:
                b.t(f"-H 'X-{name.title().replace('_', '-')}: {k}' ")
        return
    if form == "env" and "password" in pending and rng.random() < 0.6:
        b.t("DATABASE_URL=postgres://app:").v(
            "secret", ctx.password().replace("@", "#").replace(":", "!").replace("/", "_")
        ).t("@db.internal:5432/app\n")
        lines = [ln for ln in lines if ln[1] != "password"]
    for name, k in lines:
        is_val = k in KEY_KIND
        val = value(ctx, k) if is_val else k
        if is_val and ('"' in val or "'" in val or "\\" in val):
            val = V._r(rng, V._ALNUM, 16)
        if form in ("env", "gitlog"):
            b.t(f"{name.upper()}=")
        elif form == "yaml":
            b.t(f"{name.lower()}: " + ('"' if rng.random() < 0.5 else ""))
        elif form == "python":
            b.t(f'{name.upper()} = "')
        elif form == "js":
            b.t(f"  {name.lower()}: '")
        elif form == "ini":
            b.t(f"{name.lower()} = ")
        else:
            b.t(f"{name}=")
        if is_val:
            b.v(KEY_KIND[k], val)
        else:
            b.t(val)
        last = b.parts[-2] if len(b.parts) > 1 else ""
        if (form == "yaml" and last.endswith('"')) or form == "python":
            b.t('"')
        elif form == "js":
            b.t("',")
        b.t("\n")


RENDER = {
    "chat": style_chat, "kiosk_form": style_kiosk, "support_ticket": style_ticket, "iot_log": style_iot,
    "app_log": style_applog, "json_payload": style_json, "sms": style_sms, "email_signature": style_signature,
    "voice_transcript": style_voice, "code_config": style_code,
}  # fmt: skip


# ---------------------------------------------------------------------------------------
# The set.


def _keys_for(rng: random.Random, style: str, locale: str) -> list[str]:
    pool = dict(STYLES[style][1])
    if locale == "en_US" and style in (
        "chat",
        "kiosk_form",
        "json_payload",
        "voice_transcript",
        "support_ticket",
        "sms",
    ):
        pool["ssn"] = 6.0
    if not pool:
        return []
    if rng.random() < 0.12 and style not in ("iot_log",):
        return []
    many = style in ("kiosk_form", "json_payload", "support_ticket")
    k = rng.choice([1, 2, 2, 3, 3, 4, 5] if many else [1, 1, 2, 2, 3])
    names, weights = list(pool), list(pool.values())
    out: list[str] = []
    while len(out) < min(k, len(names)):
        c = rng.choices(names, weights)[0]
        if c not in out:
            out.append(c)
    return out


def make_record(
    rng: random.Random, locale: str, style: str, names: dict[str, dict[str, list[str]]]
) -> dict[str, Any]:
    ctx = Ctx(rng, locale, names)
    _prepare_nid(ctx)
    keys = _keys_for(rng, style, locale)
    # Log, config and JSON formats carry timestamps, versions and ids of their own; the extra
    # hard negatives below (order numbers, prices, dates, hashes...) go into ~30% of texts.
    negs = 0
    if (not keys and style != "email_signature") or rng.random() < 0.24:
        negs = rng.choice([1, 1, 2])
    lower = style == "voice_transcript" and ctx.lang not in _CJK
    b = Builder(lower=lower)
    RENDER[style](ctx, b, keys, negs)
    text = b.text()
    rec = {"text": text, "locale": locale, "style": style, "spans": b.spans}
    check_record(rec, b.values)
    check_values(rec)
    return rec, bool(negs)


def check_record(rec: dict[str, Any], values: Sequence[str] | None = None) -> None:
    """Raises SetError when offsets, kinds, overlaps or inserted values are wrong."""
    text = rec["text"]
    if set(rec) != {"text", "locale", "style", "spans"}:
        raise V.SetError(f"bad keys {sorted(rec)}")
    if not isinstance(text, str) or not text.strip():
        raise V.SetError("empty text")
    if rec["style"] not in STYLES or not re.fullmatch(r"[a-z]{2}_[A-Z]{2}", rec["locale"]):
        raise V.SetError(f"bad style/locale {rec['style']} {rec['locale']}")
    last_end = -1
    for _i, span in enumerate(sorted(rec["spans"], key=lambda s: (s[1], s[2]))):
        kind, start, end = span
        if kind not in KINDS:
            raise V.SetError(f"unknown kind {kind}")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise V.SetError(f"bad offsets {span} in {text!r}")
        if start < last_end:
            raise V.SetError(f"overlapping spans in {text!r}: {rec['spans']}")
        if start == last_end:
            raise V.SetError(f"spans touch without a separator in {text!r}")
        last_end = end
        piece = text[start:end]
        if piece != piece.strip():
            raise V.SetError(f"span with outer whitespace {piece!r}")
    if values is not None:
        for (kind, start, end), val in zip(rec["spans"], values, strict=True):
            if text[start:end] != val:
                raise V.SetError(f"span {kind} {text[start:end]!r} != inserted {val!r}")
    if rec["style"] == "json_payload":
        try:
            json.loads(text)
        except json.JSONDecodeError as e:
            raise V.SetError(f"json_payload text is not JSON: {e}") from e


_ID_CHECKS = {
    "DE": "stdnum.de.idnr", "FR": "stdnum.fr.nir", "IT": "stdnum.it.codicefiscale", "NL": "stdnum.nl.bsn",
    "PL": "stdnum.pl.pesel", "SE": "stdnum.se.personnummer", "GR": "stdnum.gr.amka", "JP": "stdnum.jp.in_",
    "CN": "stdnum.cn.ric", "KR": "stdnum.kr.rrn",
}  # fmt: skip


def check_values(rec: dict[str, Any]) -> None:
    """Re-validates every structured value independently of how it was made."""
    import importlib
    import ipaddress

    import phonenumbers as pn
    from stdnum import iban, luhn
    from stdnum.us import ssn

    cc = LOCALES[rec["locale"]]["cc"]
    for kind, start, end in rec["spans"]:
        v = rec["text"][start:end]
        if kind == "national_id":
            v = v.upper()
        ok = True
        if kind == "iban":
            ok = iban.is_valid(v.upper())
        elif kind == "card":
            digits = re.sub(r"[ -]", "", v)
            ok = digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits)
        elif kind == "phone":
            try:
                ok = pn.is_valid_number(pn.parse(v, cc))
            except pn.NumberParseException:
                ok = False
        elif kind == "ssn":
            ok = ssn.is_valid(v.replace(" ", "-") if " " in v else v)
        elif kind == "national_id" and cc in _ID_CHECKS and cc != "GB":
            ok = importlib.import_module(_ID_CHECKS[cc]).is_valid(v)
        elif kind == "national_id" and cc in ("ES", "IN"):
            mod = (
                "stdnum.es.nie"
                if cc == "ES" and v[0] in "XYZ"
                else "stdnum.es.dni"
                if cc == "ES"
                else ("stdnum.in_.pan" if any(c.isalpha() for c in v) else "stdnum.in_.aadhaar")
            )
            ok = importlib.import_module(mod).is_valid(v)
        elif kind == "national_id" and cc == "GB" and v.replace(" ", "").isdigit():
            ok = importlib.import_module("stdnum.gb.nhs").is_valid(v)
        elif kind == "national_id" and cc == "RU" and v.isdigit():
            ok = importlib.import_module("stdnum.ru.inn").is_valid(v)
        elif kind == "ipv4":
            ok = ipaddress.ip_address(v).version == 4
        elif kind == "ipv6":
            ok = ipaddress.ip_address(v).version == 6
        elif kind == "mac":
            ok = (
                re.fullmatch(
                    r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|([0-9a-f]{4}\.){2}[0-9a-f]{4}", v
                )
                is not None
            )
        elif kind == "email":
            ok = (
                "@" in v
                or "＠" in v
                or any(w in v for w in ("at", "[@]", *tuple(a for a, _ in SPOKEN.values())))
            )
        elif kind == "gps":
            ok = len(re.findall(r"\d+(?:\.\d+)?", v)) >= 2
        if not ok:
            raise V.SetError(f"invalid {kind} value {v!r} ({rec['locale']})")


def generate(
    n: int = N_TEXTS, seed: int = SEED, names: dict[str, dict[str, list[str]]] | None = None
) -> list[dict[str, Any]]:
    """The set: `n` records, locales in turn, styles drawn by their shares."""
    names = names or V.load_names()
    rng = random.Random(seed)
    locales = sorted(LOCALES)
    styles = list(STYLES)
    shares = [STYLES[s][0] for s in styles]
    out = []
    for i in range(n):
        locale = locales[i % len(locales)]
        style = rng.choices(styles, shares)[0]
        rec, with_negatives = make_record(rng, locale, style, names)
        out.append(rec)
        _WITH_NEGATIVES[id(rec)] = with_negatives
    return out


_WITH_NEGATIVES: dict[int, bool] = {}


def dumps(records: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def stats(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    kinds = Counter(s[0] for r in records for s in r["spans"])
    return {
        "texts": len(records),
        "spans": sum(kinds.values()),
        "texts_without_spans": sum(1 for r in records if not r["spans"]),
        "texts_with_hard_negatives": sum(1 for r in records if _WITH_NEGATIVES.get(id(r))),
        "per_kind": dict(sorted(kinds.items())),
        "texts_per_locale": dict(sorted(Counter(r["locale"] for r in records).items())),
        "spans_per_locale": dict(
            sorted(Counter(r["locale"] for r in records for _ in r["spans"]).items())
        ),
        "texts_per_style": dict(sorted(Counter(r["style"] for r in records).items())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=N_TEXTS)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT_FILE)
    ap.add_argument("--check", action="store_true", help="regenerate and compare with --out")
    ap.add_argument("--stats", action="store_true", help="print counts per kind/locale/style")
    ap.add_argument(
        "--refresh-names",
        action="store_true",
        help="re-extract eval_v2_names.json (needs names-dataset)",
    )
    args = ap.parse_args(argv)
    if args.refresh_names:
        V.refresh_names()
    records = generate(args.n, args.seed)
    text = dumps(records)
    if args.check:
        if not args.out.is_file():
            print(f"{args.out} missing: run without --check to write it", file=sys.stderr)
            return 1
        on_disk = args.out.read_text(encoding="utf-8")
        try:
            for line in on_disk.splitlines():
                check_record(json.loads(line))
        except (V.SetError, json.JSONDecodeError) as e:
            print(f"{args.out}: {e}", file=sys.stderr)
            return 1
        if on_disk != text:
            print(f"{args.out} differs from what the generator makes now", file=sys.stderr)
            return 1
        print(f"ok: {len(records)} texts match {args.out}")
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {len(records)} texts to {args.out}")
    if args.stats:
        print(json.dumps(stats(records), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
