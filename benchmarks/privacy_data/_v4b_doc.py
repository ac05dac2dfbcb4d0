"""The record builder for eval_v4b: text pieces and labelled value spans, plus the people and
values of one record (`Ctx`)."""

from __future__ import annotations

import datetime as dt
import random
import string
import uuid
from dataclasses import dataclass, field

import _v4b_names as names
import _v4b_places as places
import _v4b_values as values
from _v4b_phrases import LANG, LOCAL_SAY, lang_of


class Doc:
    """Text built piece by piece; `v` appends a labelled value and records its span."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[str, int, int, str]] = []

    def t(self, s: str) -> Doc:
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, s: str) -> Doc:
        if not s or s != s.strip():
            raise ValueError(f"value with outer whitespace: {s!r}")
        self.spans.append((kind, self.n, self.n + len(s), s))
        return self.t(s)

    def tpl(self, template: str, kind: str, value: str, **kw: str) -> Doc:
        before, after = template.split("{v}")
        self.t(before.format(**kw))
        self.v(kind, value)
        return self.t(after.format(**kw))

    @property
    def text(self) -> str:
        return "".join(self.buf)


@dataclass
class Person:
    given: str
    family: str
    family2: str
    gender: str
    dob: dt.date
    locale: str

    @property
    def female(self) -> bool:
        return self.gender == "F"

    @property
    def full(self) -> str:
        if self.locale == "zh_CN":
            return self.family + self.given
        if self.family2:
            return f"{self.given} {self.family} {self.family2}"
        return f"{self.given} {self.family}"


def make_person(rng: random.Random, locale: str) -> Person:
    given, family, g = names.pick_person(rng, locale)
    family2 = ""
    if locale in ("es_MX", "es_ES") and rng.random() < 0.6:
        family2 = names.pick_last(rng, locale)
    if locale == "pt_BR" and rng.random() < 0.35:
        family = names.pick_last(rng, locale) + " " + family
    return Person(given, family, family2, g, values.birth_date(rng), locale)


ID_TYPES = {  # locale -> [(labels, maker key)]
    "en_GB": [
        (["NI number", "National Insurance no.", "NINO"], "nino"),
        (["UTR", "Unique Taxpayer Ref"], "utr"),
        (["passport no.", "Passport number"], "passport"),
        (["driving licence no.", "DL number"], "gbdl"),
    ],
    "en_AU": [
        (["TFN", "tax file number"], "tfn"),
        (["Medicare no.", "Medicare card"], "medicare"),
        (["passport no.", "Passport"], "passport"),
        (["licence no.", "driver licence"], "dl"),
    ],
    "es_ES": [
        (["DNI", "D.N.I."], "dni"),
        (["NIE"], "nie"),
        (["nº Seguridad Social", "NSS"], "nss"),
        (["pasaporte", "nº de pasaporte"], "passport"),
    ],
    "es_MX": [
        (["CURP"], "curp"),
        (["RFC"], "rfc"),
        (["clave de elector", "clave INE"], "ine"),
        (["pasaporte"], "passport"),
    ],
    "pt_BR": [
        (["CPF"], "cpf"),
        (["PIS", "NIS", "PIS/PASEP"], "pis"),
        (["passaporte"], "passport"),
        (["CNH", "nº da CNH"], "dl"),
    ],
    "zh_CN": [(["身份证号", "身份证号码", "身份证"], "ric"), (["护照号", "护照号码"], "passport")],
    "it_IT": [
        (["codice fiscale", "C.F.", "CF"], "cf"),
        (["carta d'identità n.", "CIE"], "cie"),
        (["passaporto n.", "passaporto"], "passport"),
        (["patente n.", "patente"], "dl"),
    ],
    "da_DK": [
        (["CPR-nr.", "CPR", "personnummer"], "cpr"),
        (["pasnummer", "pas nr."], "passport"),
        (["kørekortnummer", "kørekort nr."], "dl"),
    ],
    "nb_NO": [
        (["fødselsnummer", "fnr.", "personnummer"], "fnr"),
        (["D-nummer"], "dnr"),
        (["passnummer", "pass nr."], "passport"),
        (["førerkortnummer"], "dl"),
    ],
    "id_ID": [
        (["NIK", "No. KTP", "nomor KTP"], "nik"),
        (["NPWP"], "npwp"),
        (["No. Paspor", "paspor"], "passport"),
        (["No. SIM", "SIM"], "dl"),
    ],
}
ID_WEIGHTS = [0.55, 0.2, 0.15, 0.1]


def ssn(rng: random.Random) -> str:
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if a != 666:
            return f"{a:03d}-{g:02d}-{s:04d}" if rng.random() < 0.8 else f"{a:03d}{g:02d}{s:04d}"


@dataclass
class Ctx:
    rng: random.Random
    locale: str
    neg: bool
    person: Person
    cache: dict[str, str] = field(default_factory=dict)
    nid_label: str = ""

    @property
    def lang(self) -> str:
        return lang_of(self.locale)

    @property
    def P(self) -> dict:
        return LANG[self.lang]

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def say(self, kind: str) -> str:
        local = LOCAL_SAY.get(self.locale, {}).get(kind, [])
        pool = self.P["say"][kind] + local
        return self.rng.choice(pool)

    def fill(self) -> str:
        local = LOCAL_SAY.get(self.locale, {}).get("chat_fill", [])
        return self.rng.choice(self.P["w"]["chat_fill"] + local)

    def label(self, kind: str, which: tuple[int, ...] = ()) -> str:
        """A form label for `kind`; `which` limits it to those fitting the context."""
        labels = self.P["label"][kind]
        return self.rng.choice([labels[i] for i in which] if which else labels)

    def other(self) -> Person:
        return make_person(self.rng, self.locale)

    # ------------------------------------------------------------ values of the main person
    def value(
        self, kind: str, person: Person | None = None, fresh: bool = False, **kw: bool
    ) -> str:
        p = person or self.person
        key = f"{kind}/{id(p)}"
        if key in self.cache and not fresh:
            return self.cache[key]
        r, loc = self.rng, self.locale
        if kind == "phone":
            v = values.phone(r, loc)
        elif kind == "email":
            v = values.email(r, loc, p.given, p.family, obfuscate=kw.get("obf", False))
        elif kind == "card":
            v = values.card(r, loc)
        elif kind == "iban":
            v = values.iban(r, loc)
        elif kind == "dob":
            v = values.date_text(r, p.dob, loc)
        elif kind == "ipv4":
            v = values.ipv4(r)
        elif kind == "ipv6":
            v = values.ipv6(r)
        elif kind == "mac":
            v = values.mac(r)
        elif kind == "gps":
            v = values.gps(r, loc, allow_quote=kw.get("quote", True))
        elif kind == "password":
            v = values.password(r)
        elif kind == "token":
            v = values.token(r)
        elif kind == "ssn":
            v = ssn(r)
        else:
            raise KeyError(kind)
        self.cache[key] = v
        return v

    def nid(self, person: Person | None = None) -> tuple[str, str]:
        """(label, value) of a national id of the locale for `person`."""
        p = person or self.person
        types = ID_TYPES[self.locale]
        labels, key = self.rng.choices(types, weights=ID_WEIGHTS[: len(types)])[0]
        r, loc = self.rng, self.locale
        makers = {
            "nino": lambda: values.nino(r),
            "utr": lambda: values.gb_utr(r),
            "gbdl": lambda: values.gb_driving_licence(r, p.family, p.given, p.dob, p.female),
            "passport": lambda: values.passport_generic(r, loc),
            "dl": lambda: values.driver_licence(r, loc),
            "tfn": lambda: values.au_tfn(r),
            "medicare": lambda: values.au_medicare(r),
            "dni": lambda: values.es_dni(r),
            "nie": lambda: values.es_nie(r),
            "nss": lambda: values.es_nss(r),
            "curp": lambda: values.mx_curp(
                r, p.given, p.family, p.family2 or p.family, p.dob, p.female
            ),
            "rfc": lambda: values.mx_rfc(r, p.given, p.family, p.family2 or p.family, p.dob),
            "ine": lambda: values.mx_ine(
                r, p.given, p.family, p.family2 or p.family, p.dob, p.female
            ),
            "cpf": lambda: values.br_cpf(r),
            "pis": lambda: values.br_pis(r),
            "ric": lambda: values.cn_ric(r, p.dob, p.female),
            "cf": lambda: values.it_codice_fiscale(p.given, p.family, p.dob, p.female, r),
            "cie": lambda: values.it_cie(r),
            "cpr": lambda: values.dk_cpr(r, p.dob, p.female),
            "fnr": lambda: values.no_fnr(r, p.dob, p.female),
            "dnr": lambda: values.no_fnr(r, p.dob, p.female, True),
            "nik": lambda: values.id_nik(r, p.dob, p.female),
            "npwp": lambda: values.id_npwp(r),
        }
        return self.rng.choice(labels), makers[key]()

    def address(self) -> tuple[str, str]:
        return places.address(self.rng, self.locale)

    def one_line_address(self) -> str:
        s, c = self.address()
        return places.one_line(self.rng, self.locale, s, c)

    # ------------------------------------------------------------ names as written
    def name(self, d: Doc, p: Person | None = None, mode: str = "") -> Doc:
        p = p or self.person
        mode = (
            mode
            or self.rng.choices(
                ["full", "hon", "given", "initial"], weights=[0.55, 0.2, 0.15, 0.1]
            )[0]
        )
        if mode == "full":
            return d.v("person", p.full)
        if mode == "given":
            return d.v("person", p.given)
        if mode == "upper":  # forms and printed slips often write names in capitals
            return d.v("person", p.full.upper())
        if mode == "hon":
            hon = self.rng.choice(self.P["hon"][p.gender])
            if self.lang == "zh":
                return d.v("person", p.family).t(hon)
            return d.t(hon).v("person", p.family)
        if self.lang == "zh":
            return d.v("person", p.full)
        return d.v("person", f"{p.given[0]}. {p.family}")

    # ------------------------------------------------------------ hard negatives
    def neg_values(self) -> dict[str, str]:
        r, loc = self.rng, self.locale
        recent = dt.date(2024, 1, 1) + dt.timedelta(days=r.randrange(0, 900))
        bad = _bad_number(r, loc)
        return {
            "order": r.choice(
                [
                    f"{r.randrange(10**6, 10**7)}",
                    f"PO-{r.randrange(2023, 2027)}-{r.randrange(1, 99999):05d}",
                    f"{r.randrange(100, 999)}-{r.randrange(10**6, 10**7)}-{r.randrange(10**6, 10**7)}",
                    f"A{r.randrange(10**8, 10**9)}",
                ]
            ),
            "date": values.date_text(r, recent, loc),
            "ver": r.choice(
                [
                    f"{r.randrange(1, 9)}.{r.randrange(0, 20)}.{r.randrange(0, 40)}.{r.randrange(0, 9)}",
                    f"v{r.randrange(1, 5)}.{r.randrange(0, 30)}.{r.randrange(0, 9)}",
                    f"{r.randrange(10, 25)}.{r.randrange(1, 12)}.{r.randrange(100, 999)}",
                ]
            ),
            "inv": r.choice(
                [
                    f"INV-{r.randrange(2024, 2027)}-{r.randrange(1, 9999):04d}",
                    f"FT {r.randrange(1, 999)}/{r.randrange(2024, 2027)}",
                    f"{places.letters(r, 2)}{r.randrange(10**7, 10**8)}",
                ]
            ),
            "price": places.price(r, loc),
            "hash": "".join(r.choice("0123456789abcdef") for _ in range(r.choice([7, 40, 64]))),
            "uuid": str(uuid.UUID(int=r.getrandbits(128), version=4))
            if r.random() < 0.7
            else uuid.UUID(int=r.getrandbits(128), version=4).hex,
            "kg": f"{r.randrange(1, 400) / 10:.1f}",
            "cm": str(r.randrange(5, 180)),
            "temp": f"{r.randrange(-50, 350) / 10:.1f}",
            "hum": str(r.randrange(20, 95)),
            "ts": r.choice(
                [
                    f"{recent.isoformat()} {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d},{r.randrange(1000):03d}",
                    f"{r.randrange(24):02d}:{r.randrange(60):02d}",
                    f"{recent.isoformat()}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z",
                ]
            ),
            "company": r.choice(places.COMPANIES[loc]),
            "city": r.choice([c[0] for c in places.CITIES[loc]]).split(",")[0].split(" - ")[0],
            "track": r.choice(
                [
                    f"JD{r.randrange(10**17, 10**18)}",
                    f"LX{r.randrange(10**8, 10**9)}{r.choice(['CN', 'GB', 'BR', 'IT', 'DK'])}",
                    f"1Z{places.letters(r, 3)}{r.randrange(10**12, 10**13)}",
                    f"{r.randrange(10**11, 10**12)}",
                ]
            ),
            "street": r.choice(places.STREETS[loc]),
            "badnum": bad,
        }

    def neg_sentence(self) -> str:
        tpl = self.rng.choice(self.P["neg"])
        return tpl.format(**self.neg_values())


def _bad_number(r: random.Random, loc: str) -> str:
    """A number shaped like a card or an id whose check digit is wrong."""
    from stdnum import luhn
    from stdnum.br import cpf
    from stdnum.es import dni

    if loc == "pt_BR" and r.random() < 0.6:
        while True:
            n = "".join(r.choice(string.digits) for _ in range(11))
            if not cpf.is_valid(n):
                return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
    if loc == "es_ES" and r.random() < 0.6:
        while True:
            n = f"{r.randrange(10**7, 10**8)}{r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
            if not dni.is_valid(n):
                return n
    while True:
        n = "4" + "".join(r.choice(string.digits) for _ in range(15))
        if not luhn.is_valid(n):
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
