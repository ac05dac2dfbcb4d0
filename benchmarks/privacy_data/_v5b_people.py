# ruff: noqa: RUF001  (multilingual text: full-width punctuation, en dashes and typographic quotes are meant)
"""People, their values and the per-record context for eval_v5b.

A record's `Ctx` draws everything from the record's own random.Random, lazily and once: the
person mentioned twice in a text has one phone, one e-mail, one birth date.
"""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

import _v5b_lex_eu as eu
import _v5b_lex_world as world
import _v5b_names as names
import _v5b_places as places
import _v5b_values as val
from _v5b_doc import Doc
from stdnum.be import eid as be_eid

LOCALES = ["en_IN", "en_IE", "de_CH", "nl_BE", "es_CO", "zh_TW", "hr_HR", "lt_LT", "ms_MY", "ar_SA"]
LANGS = {  # language mix per locale (weights)
    "en_IN": [("en", 1.0)], "en_IE": [("en", 1.0)], "de_CH": [("de", 0.55), ("fr", 0.3), ("it", 0.15)],
    "nl_BE": [("nl", 0.6), ("fr", 0.4)], "es_CO": [("es", 1.0)], "zh_TW": [("zh", 1.0)], "hr_HR": [("hr", 1.0)],
    "lt_LT": [("lt", 1.0)], "ms_MY": [("ms", 0.6), ("en", 0.4)], "ar_SA": [("ar", 1.0)],
}


def lex(table: str, lang: str) -> object:
    return getattr(eu, table).get(lang) or getattr(world, table)[lang]


def label(rng: random.Random, lang: str, key: str) -> str:
    return rng.choice(lex("LABELS", lang)[key])  # type: ignore[index]


# ---------------------------------------------------------------- dates
def fmt_date(rng: random.Random, locale: str, lang: str, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    if locale == "zh_TW":
        return rng.choice([f"{y}年{m}月{d}日", f"民國{y - 1911}年{m}月{d}日", f"{y - 1911}/{m:02d}/{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])
    if locale == "ar_SA":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{y}/{m:02d}/{d:02d}", f"{d} {world.MONTHS['ar'][m - 1]} {y}",
                 f"{d:02d}/{m:02d}/{y}".translate(val.ARABIC_DIGITS), f"{d} {world.MONTHS['ar'][m - 1]} {y}".translate(val.ARABIC_DIGITS),
                 # Hijri calendar dates (approximate year; a plausible Hijri date, not a conversion)
                 f"{round((y - 622) * 33 / 32)}/{m:02d}/{d:02d} هـ"]
        return rng.choice(forms)
    months = (eu.MONTHS | world.MONTHS).get(lang, eu.MONTHS["en"])
    mon = months[m - 1]
    if lang == "en":
        suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d}-{mon[:3]}-{y}", f"{d} {mon} {y}", f"{d}{suffix} {mon} {y}", f"{d:02d}.{m:02d}.{y}"]
        if locale == "en_IE":
            forms.append(f"{d}{suffix} of {mon} {y}")
        if locale == "ms_MY":
            forms.append(f"{d:02d}-{m:02d}-{y}")
        return rng.choice(forms)
    if lang in ("de", "it") or (lang == "fr" and locale == "de_CH"):
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mon} {y}" if lang == "de" else f"{d} {mon} {y}"])
    if lang in ("nl", "fr"):
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "es":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{y}-{m:02d}-{d:02d}", f"{d}-{mon[:3]}-{y}"])
    if lang == "hr":
        return rng.choice([f"{d:02d}.{m:02d}.{y}.", f"{d}. {mon} {y}.", f"{d}.{m}.{y}."])
    if lang == "lt":
        return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y} m. {mon} {d} d.", f"{y}.{m:02d}.{d:02d}"])
    if lang == "ms":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}"])
    return f"{y}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------- people
EMAIL_DOMAINS = {
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "infosys.com"],
    "en_IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "tcd.ie"],
    "de_CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "protonmail.ch", "ethz.ch"],
    "nl_BE": ["telenet.be", "skynet.be", "gmail.com", "proximus.be", "ugent.be", "hotmail.be"],
    "es_CO": ["gmail.com", "hotmail.com", "une.net.co", "yahoo.es", "unal.edu.co"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "ms1.hinet.net", "ntu.edu.tw", "outlook.com"],
    "hr_HR": ["gmail.com", "net.hr", "t-com.hr", "yahoo.com", "fer.hr"],
    "lt_LT": ["gmail.com", "inbox.lt", "one.lt", "yahoo.com", "vu.lt"],
    "ms_MY": ["gmail.com", "yahoo.com.my", "hotmail.my", "um.edu.my", "outlook.com"],
    "ar_SA": ["gmail.com", "hotmail.com", "outlook.sa", "ksu.edu.sa", "yahoo.com"],
}


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-"))


@dataclass
class Person:
    given: str
    family: str
    full: str
    female: bool
    latin_given: str
    latin_family: str
    dob: tuple[int, int, int]
    prefix: str = ""  # honorific written before the name (not part of the span)


MY_CHINESE_SURNAMES = {"Tan", "Lee", "Lim", "Wong", "Ng", "Ong", "Chong", "Chan", "Teo", "Goh", "Yap", "Leong", "Chin",
                       "Low", "Liew", "Chua", "Koh", "Teh", "Foo", "Yong", "Khoo", "Lau", "Cheah", "Ooi", "Tee", "Chew",
                       "Loh", "Yeoh", "Cheong", "Lai", "Ho", "Chia", "Tay", "Soh", "Yeo", "Kok", "Ang", "Chai"}


def make_person(rng: random.Random, locale: str, lang: str, *, child: bool = False, script: bool = True) -> Person:
    female = rng.random() < 0.5
    g = "f" if female else "m"
    dob = val.birth_date(rng, child=child)
    given = names.pick(rng, locale, g)
    family = names.pick(rng, locale, "last_f" if locale == "lt_LT" and female else "last")
    lg, lf = given, family
    full = f"{given} {family}"
    if locale == "es_CO" and rng.random() < 0.6:
        family = f"{family} {names.pick(rng, locale, 'last')}"
        full = f"{given} {family}"
    elif locale == "zh_TW" and script and rng.random() < 0.8:
        family = names.pick(rng, locale, "last_zh")
        given = names.pick(rng, locale, g + "_zh")
        full = family + given
    elif locale == "ar_SA" and script and rng.random() < 0.75:
        given = names.pick(rng, locale, g + "_ar")
        father = names.pick(rng, locale, "m_ar")
        family = names.pick(rng, locale, "last_ar")
        full = rng.choice([f"{given} {father} {family}", f"{given} {family}", f"{given} بن {father} {family}" if not female else f"{given} بنت {father} {family}"])
    elif locale == "ms_MY":
        style = rng.random()
        if family in MY_CHINESE_SURNAMES:
            # Chinese Malaysians: family name first, or an English given name before it.
            full = f"{family} {given}" if len(given) <= 5 else f"{given} {family}"
        elif style < 0.7:
            father = names.pick(rng, locale, "m")
            full = f"{given} {'binti' if female else 'bin'} {father}"
            family = lf = father
        else:
            father = names.pick(rng, "en_IN", "m")
            full = f"{given} {'a/p' if female else 'a/l'} {father}"
            family = lf = father
    elif locale == "en_IN" and script and rng.random() < 0.1:  # bilingual forms and chats: name in Devanagari
        given = names.pick(rng, locale, g + "_hi")
        family = names.pick(rng, locale, "last_hi")
        full = f"{given} {family}"
    if locale == "zh_TW" and full == f"{lg} {lf}" and rng.random() < 0.4:
        full = f"{lf} {lg}"  # family name first, as written in Taiwan
    return Person(given, family, full, female, lg, lf, dob)


def email_for(rng: random.Random, locale: str, p: Person) -> str:
    g = ascii_fold(p.latin_given).lower().replace(" ", "") or "user"
    f = ascii_fold(p.latin_family).lower().replace(" ", "") or "mail"
    y = p.dob[0]
    local = rng.choice([f"{g}.{f}", f"{g}{f}", f"{g[0]}.{f}", f"{g}_{f}{y % 100:02d}", f"{f}{g[0]}", f"{g}{y}", f"{g}.{f}{rng.randrange(1, 99)}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS[locale])}"


def obfuscate_email(rng: random.Random, email: str) -> str:
    local, domain = email.split("@")
    at, dot = rng.choice([(" [at] ", " [dot] "), ("(at)", "(dot)"), (" at ", " dot "), (" (a) ", "."), ("[@]", ".")])
    return local + at + domain.replace(".", dot)


# ---------------------------------------------------------------- national ids
def national_ids(locale: str, lang: str) -> list[tuple[list[str], str]]:
    """(cue labels in the text's language, generator key) per locale."""
    de, fr = lang == "de", lang == "fr"
    return {
        "en_IN": [(["Aadhaar No.", "Aadhaar", "UID"], "aadhaar"), (["PAN", "PAN No.", "PAN card"], "pan"), (["Voter ID", "EPIC No."], "epic")],
        "en_IE": [(["PPS No.", "PPSN", "PPS number"], "pps")],
        "de_CH": [(["AHV-Nr.", "AHV-Nummer", "Sozialversicherungs-Nr."] if de else ["N° AVS", "No AVS"] if fr else ["N. AVS"], "ahv")],
        "nl_BE": [(["Rijksregisternummer", "Rijksregisternr.", "INSZ"] if not fr else ["N° de registre national", "NISS"], "be_nn"),
                  (["Kaartnummer eID", "Identiteitskaart nr."] if not fr else ["N° de carte d'identité"], "be_eid")],
        "es_CO": [(["C.C.", "Cédula", "CC No.", "Cédula de ciudadanía"], "cedula"), (["NIT", "NIT persona natural"], "nit")],
        "zh_TW": [(["身分證字號", "身分證號", "ID"], "tw_id"), (["居留證號碼", "統一證號"], "tw_arc"), (["健保卡號"], "tw_nhi")],
        "hr_HR": [(["OIB", "OIB:"], "oib"), (["Broj osobne iskaznice", "Br. osobne"], "hr_card"), (["MBO (HZZO)"], "hr_mbo")],
        "lt_LT": [(["Asmens kodas", "A. k.", "Asm. kodas"], "lt_code"), (["Asmens tapatybės kortelės Nr."], "lt_card")],
        "ms_MY": [(["No. MyKad", "No. K/P", "IC No.", "No. IC"], "mykad"), (["No. cukai pendapatan", "TIN"], "my_tin")],
        "ar_SA": [(["رقم الهوية", "رقم الهوية الوطنية", "السجل المدني"], "sa_id"), (["رقم الإقامة", "رقم الاقامة"], "sa_iqama")],
    }[locale]


def make_nid(rng: random.Random, key: str, p: Person) -> str:
    if key == "aadhaar":
        return val.aadhaar(rng)
    if key == "pan":
        return val.pan(rng, p.latin_family)
    if key == "epic":
        return val.epic(rng)
    if key == "pps":
        return val.pps(rng)
    if key == "ahv":
        return val.ahv(rng)
    if key == "be_nn":
        return val.be_national(rng, p.dob, p.female)
    if key == "be_eid":
        base = val.digits(rng, 10)
        value = next(base + f"{c:02d}" for c in range(100) if be_eid.is_valid(base + f"{c:02d}"))
        return f"{value[:3]}-{value[3:10]}-{value[10:]}"
    if key == "cedula":
        return val.co_cedula(rng)
    if key == "nit":
        return val.co_cedula_nit(rng)
    if key == "tw_id":
        return val.tw_id(rng, female=p.female)
    if key == "tw_arc":
        return val.tw_id(rng, resident=True)
    if key == "tw_nhi":
        return "0000" + val.digits(rng, 8)
    if key in ("hr_card", "hr_mbo"):
        return val.digits(rng, 9)
    if key == "oib":
        return val.oib(rng)
    if key == "lt_code":
        return val.lt_code(rng, p.dob, p.female)
    if key == "lt_card":
        return val.digits(rng, 8)
    if key == "mykad":
        return val.mykad(rng, p.dob, p.female)
    if key == "my_tin":
        return "IG" + val.digits(rng, 11)
    if key == "sa_id":
        return val.sa_id(rng)
    if key == "sa_iqama":
        return val.sa_id(rng, resident=True)
    raise KeyError(key)


# ---------------------------------------------------------------- negatives
STREETS = {  # street names mentioned outside any address (hard negatives)
    "en_IN": ["MG Road", "Linking Road", "Outer Ring Road"], "en_IE": ["Grafton Street", "the Naas Road", "Patrick Street"],
    "de_CH": ["Bahnhofstrasse", "Langstrasse", "Rue du Rhône"], "nl_BE": ["Meir", "Veldstraat", "Rue Neuve"],
    "es_CO": ["Carrera Séptima", "la Avenida Boyacá", "la Calle 80"], "zh_TW": ["忠孝東路", "中山北路", "信義路"],
    "hr_HR": ["Ilica", "Savska cesta", "Vukovarska"], "lt_LT": ["Gedimino prospektas", "Laisvės alėja", "Ukmergės gatvė"],
    "ms_MY": ["Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang"], "ar_SA": ["طريق الملك فهد", "شارع التحلية", "طريق الدائري الشمالي"],
}
CURRENCY = {"en_IN": "₹{}", "en_IE": "€{}", "de_CH": "CHF {}.–", "nl_BE": "€ {}", "es_CO": "${} COP",
            "zh_TW": "NT${}", "hr_HR": "{} EUR", "lt_LT": "{} €", "ms_MY": "RM{}", "ar_SA": "{} ريال"}
# Thousands separator and a scale so amounts are plausible in each currency (rent in COP is millions).
THOUSANDS = {"de_CH": "'", "nl_BE": ".", "es_CO": ".", "hr_HR": ".", "lt_LT": " "}
SCALE = {"en_IN": 25, "es_CO": 1000, "zh_TW": 8, "ar_SA": 10}


def amount(locale: str, value: int) -> str:
    value *= SCALE.get(locale, 1)
    text = f"{value:,}".replace(",", THOUSANDS.get(locale, ","))
    return CURRENCY[locale].format(text)


def bad_id(rng: random.Random, locale: str) -> str:
    """A number shaped like the locale's primary id whose check digit is wrong (a hard negative)."""
    from _v5b_checks import NID_CHECK
    # The primary id, except Colombia's cédula, which has no check digit (the NIT has one).
    key = "nit" if locale == "es_CO" else national_ids(locale, {"de_CH": "de", "nl_BE": "nl"}.get(locale, ""))[0][1]
    person = Person("x", "y", "x y", rng.random() < 0.5, "x", "y", val.birth_date(rng))
    for _ in range(50):
        good = make_nid(rng, key, person)
        if locale == "ms_MY":  # MyKad has no check digit: an impossible birth month instead
            bad = good[:2] + f"{rng.randrange(13, 20)}" + good[4:]
        elif locale == "en_IE":
            bad = good[:7] + chr((ord(good[7]) - 65 + rng.randrange(1, 22)) % 23 + 65) + good[8:]
        else:
            last = next(i for i in range(len(good) - 1, -1, -1) if good[i].isdigit())
            bad = good[:last] + str((int(good[last]) + rng.randrange(1, 10)) % 10) + good[last + 1:]
        if not any(check(bad) for check in NID_CHECK[locale]):
            return bad
    raise RuntimeError(f"no failing id for {locale}")


def negative_value(rng: random.Random, locale: str, lang: str, slot: str) -> str:
    if slot == "order":
        return rng.choice([f"{rng.choice(['PO', 'SO', 'INV', 'ORD', 'A'])}-{rng.randrange(2019, 2027)}-{rng.randrange(10000, 999999)}",
                           str(rng.randrange(100000000, 9999999999)), f"{rng.randrange(1000, 9999)}/{rng.randrange(10, 99)}"])
    if slot == "date":
        return fmt_date(rng, locale, lang, val.other_date(rng))
    if slot == "time":
        return f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}"
    if slot == "price":
        return amount(locale, rng.choice([rng.randrange(5, 999), rng.randrange(1000, 9000)]))
    if slot == "version":
        return rng.choice([f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 40)}.{rng.randrange(0, 999)}",
                           f"v{rng.randrange(0, 5)}.{rng.randrange(0, 30)}.{rng.randrange(0, 10)}", f"{rng.randrange(10, 200)}.0.{rng.randrange(1000, 9999)}.{rng.randrange(10, 200)}"])
    if slot == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40, 64])))
    if slot == "uuid":
        u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return u if rng.random() < 0.7 else u.replace("-", "")
    if slot == "sensor":
        return rng.choice([f"{rng.uniform(-10, 45):.2f} °C", f"{rng.uniform(20, 90):.1f} %RH", f"{rng.uniform(950, 1040):.1f} hPa",
                           f"{rng.uniform(-1, 1):.4f}, {rng.uniform(-1, 1):.4f}, {rng.uniform(9.6, 9.9):.4f}"])
    if slot == "measure":
        return rng.choice([f"{rng.randrange(10, 120)} x {rng.randrange(10, 80)} x {rng.randrange(5, 60)} cm", f"{rng.uniform(0.2, 30):.1f} kg", f"{rng.randrange(30, 250)} m²"])
    if slot == "badnum":
        return val.luhn_fail(rng, rng.choice([12, 16]))
    if slot == "badid":
        return bad_id(rng, locale)
    if slot == "company":
        return rng.choice(places.COMPANIES[locale])
    if slot == "product":
        return rng.choice(places.PRODUCTS[locale])
    if slot == "street":
        return rng.choice(STREETS[locale])
    if slot == "n":
        return str(rng.randrange(2, 60))
    if slot == "city":
        return places.address(rng, locale).city
    raise KeyError(slot)


PLAIN = {"pid_label", "badid", "order", "date", "time", "price", "version", "hash", "uuid", "sensor", "measure", "badnum", "company",
         "product", "street", "n", "city"}
KIND_OF = {"name": "person", "given": "person", "family": "person", "name2": "person", "phone": "phone",
           "landline": "phone", "email": "email", "addr": "address", "dob": "dob", "pw": "secret", "api": "secret",
           "iban": "iban", "card": "card", "nid": "national_id", "passport": "national_id", "licence": "national_id",
           "ip": "ipv4", "ip6": "ipv6", "mac": "mac", "gps": "gps", "ssn": "ssn", "email_obf": "email",
           "pid": "national_id"}
SLOT_RX = re.compile(r"\{(\w+)\}")


@dataclass
class Ctx:
    rng: random.Random
    locale: str
    lang: str
    neg: bool
    clean: bool
    cache: dict[str, str] = field(default_factory=dict)
    nid_label: str = ""
    _person: Person | None = None
    _other: Person | None = None

    @property
    def person(self) -> Person:
        if self._person is None:
            self._person = make_person(self.rng, self.locale, self.lang)
        return self._person

    @property
    def other(self) -> Person:
        if self._other is None:
            self._other = make_person(self.rng, self.locale, self.lang)
        return self._other

    def L(self, key: str) -> str:
        value = label(self.rng, self.lang, key)
        return "GSM" if value == "Natel" and self.locale != "de_CH" else value  # "Natel" is Swiss only

    def has(self, slot: str) -> bool:
        if slot == "iban":
            return val.REGION[self.locale] in val._BANKS
        return True

    def get(self, slot: str) -> str:
        if slot in self.cache:
            return self.cache[slot]
        rng, p = self.rng, self.person
        if slot in ("pid", "pid_label"):
            # The locale's primary id (the one chat lines name by its cue), with its label.
            labels, key = national_ids(self.locale, self.lang)[0]
            self.cache["pid_label"] = rng.choice(labels)
            self.cache["pid"] = make_nid(rng, key, p)
            return self.cache[slot]
        if slot in PLAIN:
            return negative_value(rng, self.locale, self.lang, slot)  # fresh each time
        value = {
            "name": lambda: p.full, "given": lambda: p.given, "family": lambda: p.family, "name2": lambda: self.other.full,
            "phone": self._phone, "landline": lambda: val.phone(rng, self.locale, mobile=False),
            "email": lambda: email_for(rng, self.locale, p), "addr": lambda: places.address(rng, self.locale, lang=self.lang).one_line("، " if self.locale == "ar_SA" else ", "),
            "dob": lambda: fmt_date(rng, self.locale, self.lang, p.dob), "pw": lambda: val.password(rng), "api": lambda: val.api_key(rng),
            "iban": lambda: val.iban(rng, self.locale) or "", "card": lambda: val.card(rng, self.locale), "nid": self._nid,
            "passport": lambda: val.passport(rng, self.locale), "licence": lambda: val.licence(rng, self.locale),
            "ip": lambda: val.ipv4(rng), "ip6": lambda: val.ipv6(rng), "mac": lambda: val.mac(rng),
            "gps": lambda: val.gps(rng, self.locale), "ssn": lambda: val.us_ssn_value(rng),
            "email_obf": lambda: obfuscate_email(rng, self.get("email")),
        }[slot]()
        self.cache[slot] = value
        return value

    def _phone(self) -> str:
        value = val.phone(self.rng, self.locale)
        if self.locale == "ar_SA" and self.rng.random() < 0.2:
            value = value.translate(val.ARABIC_DIGITS)  # written with Arabic-Indic digits
        return value

    def _nid(self) -> str:
        labels, key = self.rng.choice(national_ids(self.locale, self.lang))
        self.nid_label = self.rng.choice(labels)
        return make_nid(self.rng, key, self.person)

    def fill(self, doc: Doc, template: str) -> Doc:
        """Append `template` to `doc`, labelled slots as spans, plain slots as text."""
        pos = 0
        for m in SLOT_RX.finditer(template):
            doc.t(template[pos:m.start()])
            slot = m.group(1)
            if slot in PLAIN:
                doc.t(self.get(slot))
            else:
                if self.clean:
                    raise ValueError(f"clean record asked for {slot}")
                doc.v(KIND_OF[slot], self.get(slot))
            pos = m.end()
        doc.t(template[pos:])
        return doc

    def usable(self, templates: list[str]) -> list[str]:
        return [t for t in templates if all(self.has(s) for s in SLOT_RX.findall(t))]

    def negative(self, doc: Doc, sep: str = " ") -> Doc:
        """A hard-negative sentence in the text's language."""
        tmpl = self.rng.choice(lex("NEG", self.lang))  # type: ignore[arg-type]
        doc.negatives += 1
        doc.t(sep)
        return self.fill(doc, tmpl)
