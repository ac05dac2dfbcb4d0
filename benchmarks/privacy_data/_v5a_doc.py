"""Text builder, per-record values and template filling of eval_v5a.

``Doc`` appends literal text and labelled values and keeps the span offsets; ``Facts`` holds
one record's personal values (made on first use, so a record names one person consistently)
and its hard negatives.
"""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from random import Random
from typing import Any

import _v5a_addresses as addresses
import _v5a_names as names
import _v5a_values as values
from _v5a_phrases_east import BG_BG, EL_GR, FA_IR, KO_KR, TR_TR
from _v5a_phrases_west import EN_CA, ES_AR, FR_CA, PL_PL, PT_PT

PHRASES: dict[str, dict[str, Any]] = {
    "en_CA": EN_CA,
    "fr_CA": FR_CA,
    "es_AR": ES_AR,
    "pt_PT": PT_PT,
    "pl_PL": PL_PL,
    "tr_TR": TR_TR,
    "ko_KR": KO_KR,
    "el_GR": EL_GR,
    "bg_BG": BG_BG,
    "fa_IR": FA_IR,
}
# Claim descriptions: the prose templates about a claim (the same two positions in every locale).
for _ph in PHRASES.values():
    _ph["claim"] = [_ph["prose"][2], _ph["prose"][4]]

PII_PLACEHOLDERS = {
    "full": "person",
    "given": "person",
    "family": "person",
    "hon": "person",
    "full2": "person",
    "phone": "phone",
    "email": "email",
    "emailx": "email",
    "addr": "address",
    "dob": "dob",
    "nid": "national_id",
    "card": "card",
    "iban": "iban",
    "ip4": "ipv4",
    "ip6": "ipv6",
    "mac": "mac",
    "gps": "gps",
    "pw": "secret",
    "token": "secret",
    "ssn": "ssn",
}


class NeedsEscape(ValueError):
    """A value would change under the container's escaping; the record is redrawn."""


class Doc:
    """Text with labelled spans; values are appended whole, so offsets are exact."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[str, int, int]] = []
        self.values: list[str] = []  # each labelled value as inserted, in span order
        self.size = 0
        self.negatives = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.size += len(s)
        return self

    def v(self, kind: str, s: str) -> Doc:
        assert s and s == s.strip(), (kind, s)
        self.spans.append((kind, self.size, self.size + len(s)))
        self.values.append(s)
        return self.t(s)

    def n(self, s: str) -> Doc:
        """A hard negative (unlabelled on purpose)."""
        self.negatives += 1
        return self.t(s)

    def lines(self, kind: str, lines: list[str], sep: str = "\n") -> Doc:
        for i, line in enumerate(lines):
            if i:
                self.t(sep)
            self.v(kind, line)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _fmt_date(rng: Random, d: dt.date, locale: str, *, lower: bool = False) -> str:
    months = PHRASES[locale]["labels"]["months"]
    m = months[d.month - 1]
    g = rng.randrange(3)
    if locale == "en_CA":
        out = [f"{m} {d.day}, {d.year}", f"{d:%Y-%m-%d}", f"{d.day} {m[:3]} {d.year}"][g]
    elif locale == "fr_CA":
        out = [f"{d.day} {m} {d.year}", f"{d:%Y-%m-%d}", f"{d:%d/%m/%Y}"][g]
    elif locale == "es_AR":
        out = [f"{d:%d/%m/%Y}", f"{d.day} de {m} de {d.year}", f"{d.day}/{d.month}/{d:%y}"][g]
    elif locale == "pt_PT":
        out = [f"{d:%d-%m-%Y}", f"{d.day} de {m} de {d.year}", f"{d:%d/%m/%Y}"][g]
    elif locale == "pl_PL":
        out = [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d:%Y-%m-%d}"][g]
    elif locale == "tr_TR":
        out = [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"][g]
    elif locale == "ko_KR":
        out = [f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y.%m.%d}", f"{d:%y}.{d:%m}.{d:%d}"][g]
    elif locale == "el_GR":
        out = [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{d.day}-{d.month}-{d.year}"][g]
    elif locale == "bg_BG":
        out = [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}", f"{d.day}.{d.month}.{d.year}"][g]
    else:
        jy, jm, jd = values.gregorian_to_jalali(d)
        out = [
            f"{jy}/{jm:02d}/{jd:02d}",
            values.fa_digits(f"{jy}/{jm:02d}/{jd:02d}"),
            values.fa_digits(f"{jd} ") + months[jm - 1] + values.fa_digits(f" {jy}"),
        ][g]
    return out.lower() if lower else out


class Facts:
    """One record's values; ``on(kind, p)`` says whether to show a kind (never when clean)."""

    def __init__(self, rng: Random, locale: str, *, clean: bool, negatives: bool) -> None:
        self.rng = rng
        self.locale = locale
        self.clean = clean
        self.want_neg = negatives or clean
        self.lab: dict[str, Any] = PHRASES[locale]["labels"]
        self.ph = PHRASES[locale]
        self._memo: dict[str, Any] = {}

    def on(self, p: float = 1.0) -> bool:
        return not self.clean and self.rng.random() < p

    def _get(self, key: str, make):  # type: ignore[no-untyped-def]
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    # personal values
    @property
    def p(self) -> names.Person:
        return self._get("p", lambda: names.person(self.rng, self.locale))

    @property
    def p2(self) -> names.Person:
        return self._get("p2", lambda: names.person(self.rng, self.locale))

    @property
    def phone(self) -> str:
        return self._get(
            "phone",
            lambda: values.phone_text(
                self.rng, self.locale, values.phone_number(self.rng, self.locale)
            ),
        )

    @property
    def phone2(self) -> str:
        return self._get(
            "phone2",
            lambda: values.phone_text(
                self.rng, self.locale, values.phone_number(self.rng, self.locale)
            ),
        )

    @property
    def email(self) -> str:
        return self._get("email", lambda: names.email(self.rng, self.p))

    @property
    def email2(self) -> str:
        return self._get("email2", lambda: names.email(self.rng, self.p2))

    @property
    def emailx(self) -> str:
        return self._get("emailx", lambda: names.obfuscate(self.rng, self.email, self.locale))

    @property
    def addr(self) -> list[str]:
        return self._get("addr", lambda: addresses.address(self.rng, self.locale))

    @property
    def addr1(self) -> str:
        return self._get(
            "addr1", lambda: addresses.address(self.rng, self.locale, multiline=False)[0]
        )

    @property
    def dob_date(self) -> dt.date:
        return self._get("dob_date", lambda: values.birth_date(self.rng))

    @property
    def dob(self) -> str:
        return self._get("dob", lambda: _fmt_date(self.rng, self.dob_date, self.locale))

    @property
    def nid(self) -> tuple[str, str]:
        return self._get(
            "nid",
            lambda: values.national_id(
                self.rng, self.locale, self.dob_date, self.p.female, self.p.family
            ),
        )

    def nid_of(self, typ: str) -> str:
        """The person's id of one type (the cue in the template names it)."""
        if self.nid[0] == typ:
            return self.nid[1]

        def make() -> str:
            for _ in range(500):
                t, v = values.national_id(
                    self.rng, self.locale, self.dob_date, self.p.female, self.p.family
                )
                if t == typ:
                    return v
            raise RuntimeError(typ)

        return self._get("nid:" + typ, make)

    def nid_label(self) -> str:
        typ = self.nid[0]
        return self.lab["nid"].get(typ) or self.lab["nid"]["passport"]

    @property
    def card(self) -> str:
        return self._get("card", lambda: values.card_number(self.rng)[1])

    @property
    def iban(self) -> str:
        def make() -> str:
            # No IBAN at home: an account abroad (Quebec - France, Argentina - Spain, ...).
            home = values.IBAN_HOME.get(self.locale) or {
                "en_CA": "FR",
                "fr_CA": "FR",
                "es_AR": "ES",
            }.get(self.locale, "PT")
            return values.iban_text(self.rng, values.iban_value(self.rng, home))

        return self._get("iban", make)

    @property
    def ip4(self) -> str:
        return self._get("ip4", lambda: values.ipv4(self.rng))

    @property
    def ip6(self) -> str:
        return self._get("ip6", lambda: values.ipv6(self.rng))

    @property
    def mac(self) -> str:
        return self._get("mac", lambda: values.mac(self.rng))

    @property
    def gps(self) -> str:
        return self._get("gps", lambda: values.gps_text(self.rng, self.locale))

    @property
    def gps_plain(self) -> str:
        """A gps pair without quotes (safe inside JSON, YAML and attributes)."""

        def make() -> str:
            while True:
                g = values.gps_text(self.rng, self.locale)
                if '"' not in g and "'" not in g:
                    return g

        return self._get("gps_plain", make)

    @property
    def pw(self) -> str:
        return self._get("pw", lambda: values.human_password(self.rng, self.locale))

    @property
    def token(self) -> str:
        return self._get("token", lambda: values.api_secret(self.rng)[1])

    @property
    def ssn(self) -> str:
        return self._get("ssn", lambda: values.us_ssn_value(self.rng))

    # hard negatives
    def neg(self, kind: str) -> str:
        r, loc = self.rng, self.locale
        if kind == "order":
            return r.choice(
                [
                    f"ORD-{r.randint(2024, 2026)}-{r.randint(0, 999999):06d}",
                    f"#{r.randint(100000, 999999)}",
                    f"PO {r.randint(4500000000, 4599999999)}",
                    f"FV/{r.randint(2025, 2026)}/{r.randint(1, 12):02d}/{r.randint(1, 999)}",
                    f"INV-{r.randint(10, 99)}{r.choice('ABCDEFGH')}-{r.randint(1000, 9999)}",
                ]
            )
        if kind == "price":
            a = r.randint(5, 3000) + r.choice([0, 0.5, 0.99, 0.9])
            return {
                "en_CA": f"${a:,.2f}",
                "fr_CA": f"{a:,.2f} $".replace(",", " ").replace(".", ","),
                "es_AR": f"$ {int(a) * 100:,}".replace(",", "."),
                "pt_PT": f"{a:.2f} €".replace(".", ","),
                "pl_PL": f"{a:.2f} zł".replace(".", ","),
                "tr_TR": f"{int(a) * 10:,} TL".replace(",", "."),
                "ko_KR": f"{int(a) * 1000:,}원",
                "el_GR": f"{a:.2f}€".replace(".", ","),
                "bg_BG": f"{a:.2f} лв.".replace(".", ",", 1),
                "fa_IR": values.fa_digits(f"{int(a) * 10000:,}").replace(",", "٬") + " تومان",
            }[loc]
        if kind == "date":
            d = dt.date(2025, 1, 1) + dt.timedelta(days=r.randint(0, 700))
            return _fmt_date(r, d, loc)
        if kind == "time":
            return f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45'])}"
        if kind == "place":
            return r.choice(addresses.LANDMARKS[loc])
        if kind == "company":
            fam = names.person(r, loc).family
            return {
                "en_CA": f"{fam} {r.choice(['Plumbing Ltd.', 'Construction Inc.', '& Sons Roofing', 'Dental Group'])}",
                "fr_CA": f"{r.choice(['Construction', 'Toitures', 'Pharmacie', 'Déneigement'])} {fam} inc.",
                "es_AR": f"{fam} {r.choice(['Hnos. S.R.L.', 'y Asociados', 'Construcciones S.A.'])}",
                "pt_PT": f"{fam} {r.choice(['& Filhos, Lda.', 'Construções, S.A.', 'Transportes Lda.'])}",
                "pl_PL": f"{r.choice(['Transport', 'Hydraulika', 'Usługi Budowlane'])} {fam} Sp. z o.o.",
                "tr_TR": f"{fam} {r.choice(['İnşaat A.Ş.', 'Nakliyat Ltd. Şti.', 'Gıda San. ve Tic.'])}",
                "ko_KR": f"{r.choice(['(주)', '㈜'])}{fam}{r.choice(['건설', '물산', '정밀'])}",
                "el_GR": f"{fam} {r.choice(['Α.Ε.', 'Ο.Ε.', 'Κατασκευαστική Ε.Π.Ε.'])}",
                "bg_BG": f"{r.choice(['„', ''])}{fam} {r.choice(['и синове“ ООД', 'Транс ЕООД', 'Строй АД'])}".replace(
                    "„" + fam + " Транс ЕООД", fam + " Транс ЕООД"
                ),
                "fa_IR": f"{r.choice(['شرکت بازرگانی', 'گروه صنعتی', 'شرکت ساختمانی'])} {fam}",
            }[loc]
        if kind == "version":
            return r.choice(
                [
                    f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(0, 999)}",
                    f"v{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                    f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                ]
            )
        if kind == "uuid":
            u = uuid.UUID(int=r.getrandbits(128), version=4)
            return str(u) if r.random() < 0.7 else u.hex
        if kind == "hash":
            return values.token(r, r.choice([40, 64]), "0123456789abcdef")
        if kind == "tracking":
            return r.choice(
                [
                    f"{values._upper(r, 2)}{values.digits(r, 9)}{r.choice(['PT', 'PL', 'CA', 'TR', 'GR', 'BG', 'KR'])}",
                    f"1Z{values.token(r, 6, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}{values.digits(r, 10)}",
                    values.digits(r, 12),
                ]
            )
        if kind == "badnum":
            while True:
                s = values.digits(r, 16)
                if not values.luhn.is_valid(s):
                    return (
                        " ".join(s[i : i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else s
                    )
        if kind == "reading":
            return r.choice(
                [
                    f"{r.uniform(18, 29):.1f} °C, {r.randint(25, 70)} %RH",
                    f"{r.uniform(-1, 1):.4f}, {r.uniform(-10, -9.6):.4f}, {r.uniform(-1, 1):.4f}",
                    f"{r.uniform(990, 1030):.1f} hPa",
                    f"{r.uniform(3.1, 3.2):.5f}, {r.uniform(2.7, 2.75):.5f}",
                ]
            )
        if kind == "timestamp":
            d = dt.datetime(2025, 1, 1) + dt.timedelta(seconds=r.randint(0, 60_000_000))
            return f"{d:%Y-%m-%d %H:%M:%S},{r.randint(0, 999):03d}"
        raise KeyError(kind)


def pick(f: Facts, bank: str, *, allow: set[str] | None = None) -> str:
    """A template from a bank whose personal placeholders the record may show."""
    temps = f.ph[bank]
    ok = []
    for t in temps:
        needed = {
            PII_PLACEHOLDERS[k]
            for k in re.findall(r"\{(\w+)(?::\w+)?\}", t)
            if k in PII_PLACEHOLDERS
        }
        if f.clean and needed:
            continue
        if allow is not None and not needed <= allow:
            continue
        ok.append(t)
    if not ok:
        return f.rng.choice(f.ph["clean"])
    return f.rng.choice(ok)


ASR_AT, ASR_DOT = values.ASR_AT, values.ASR_DOT


def asr_email(addr: str, locale: str) -> str:
    local, domain = addr.split("@")
    dot = f" {ASR_DOT[locale]} "
    local = local.replace(".", dot).replace("_", " underscore ").replace("+", " plus ")
    return f"{local} {ASR_AT[locale]} {domain.replace('.', dot)}"


def value_for(f: Facts, key: str, *, asr: bool = False, safe: bool = False) -> tuple[str, str]:
    """(kind, text) for a personal placeholder."""
    p = f.p
    if key == "full":
        out = ("person", p.full)
    elif key == "given":
        out = ("person", p.given)
    elif key == "family":
        out = ("person", p.family)
    elif key == "full2":
        out = ("person", f.p2.full)
    elif key == "phone":
        out = ("phone", values.spoken_digits(f.rng, f.phone, f.locale, 0.5) if asr else f.phone)
    elif key == "email":
        out = ("email", asr_email(f.email, f.locale) if asr else f.email)
    elif key == "emailx":
        out = ("email", f.emailx)
    elif key == "addr":
        a = f.addr1
        out = ("address", re.sub(r"[,،()]", "", a).replace("  ", " ") if asr else a)
    elif key == "dob":
        out = ("dob", _fmt_date(f.rng, f.dob_date, f.locale, lower=True) if asr else f.dob)
    elif key == "nid":
        out = ("national_id", f.nid[1])
    elif key == "card":
        out = ("card", values.spoken_digits(f.rng, f.card, f.locale, 0.4) if asr else f.card)
    elif key == "iban":
        out = ("iban", f.iban)
    elif key == "ip4":
        out = ("ipv4", f.ip4)
    elif key == "ip6":
        out = ("ipv6", f.ip6)
    elif key == "mac":
        out = ("mac", f.mac)
    elif key == "gps":
        out = ("gps", f.gps_plain if safe else f.gps)
    elif key == "pw":
        out = ("secret", f.pw)
    elif key == "token":
        out = ("secret", f.token)
    elif key == "ssn":
        out = ("ssn", f.ssn)
    else:
        raise KeyError(key)
    kind, text = out
    if asr and kind in ("person", "address"):
        text = text.lower()
    return kind, text


def fill(
    d: Doc, f: Facts, template: str, *, asr: bool = False, esc: Callable[[str], str] | None = None
) -> Doc:
    """Append a template; {hon} writes the honorific outside the span.

    ``esc`` escapes literal text for a container format (JSON, XML); values must need no
    escaping there (checked), so their spans stay exact.
    """
    for i, piece in enumerate(re.split(r"\{(\w+(?::\w+)?)\}", template)):
        if i % 2 == 0:
            if asr:
                piece = re.sub(r"[.,!?;:()\"'«»¿¡،؟]", "", piece.lower())
            d.t(esc(piece) if esc else piece)
        elif piece == "hon":
            lab = f.lab
            hon = lab["ms"] if f.p.female else lab["mr"]
            if f.locale == "ko_KR":
                d.v("person", f.p.full).t(hon)
            elif lab["hon_after"]:
                d.v("person", f.p.given).t(" " + hon)
            else:
                d.t(hon + " ").v("person", f.p.family)
        elif piece.startswith("nid:"):
            d.v("national_id", f.nid_of(piece[4:]))
        elif piece in PII_PLACEHOLDERS:
            kind, text = value_for(f, piece, asr=asr, safe=esc is not None)
            if esc and esc(text) != text:
                raise NeedsEscape(text)
            d.v(kind, text)
        else:
            text = f.neg(piece)
            d.n(esc(text) if esc else (text.lower() if asr else text))
    return d
