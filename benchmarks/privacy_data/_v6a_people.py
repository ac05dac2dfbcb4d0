"""People for eval_v6a: names from names-dataset pools (_v6a_names.json), emails, dates of birth."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_FOLD = str.maketrans(
    {
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "Æ": "Ae",
        "ø": "o",
        "ə": "e",
        "Ə": "E",
        "ı": "i",
        "İ": "I",
        "ß": "ss",
        "ł": "l",
        "'": "",
    }
)
_KA = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        [
            "a",
            "b",
            "g",
            "d",
            "e",
            "v",
            "z",
            "t",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "zh",
            "r",
            "s",
            "t",
            "u",
            "p",
            "k",
            "gh",
            "q",
            "sh",
            "ch",
            "ts",
            "dz",
            "ts",
            "ch",
            "kh",
            "j",
            "h",
        ],
        strict=False,
    )
)
_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=False,
    )
)


def ascii_fold(s: str) -> str:
    out = []
    for ch in s.translate(_FOLD):
        low = ch.lower()
        if low in _KA:
            out.append(_KA[low])
        elif low in _RU:
            t = _RU[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def pools() -> dict:
    return json.loads(Path(__file__).with_name("_v6a_names.json").read_text("utf-8"))


def _pick(rng, seq: list[str]) -> str:
    # rank-weighted: common names more often, tail still reachable
    return seq[int(len(seq) * rng.random() ** 2)]


def _fem_surname(loc: str, s: str) -> bool | None:
    if loc == "az_AZ" or loc == "et_EE":
        if s.endswith(("ova", "eva", "yeva", "ina", "aya", "ова", "ева", "ина", "ая")):
            return True
        if s.endswith(("ov", "ev", "yev", "in", "ий", "ов", "ев", "ин")):
            return False
    if loc == "is_IS":
        if s.endswith("dóttir") or s.endswith("dottir"):
            return True
        if s.endswith("son"):
            return False
    return None


def shared_surname(loc: str, fam: str, male: bool) -> str | None:
    """A relative's family name in the form for this person's gender; None where not shared.

    Azerbaijani and Russian surnames agree with gender (-ov/-ova, -ev/-eva); Icelandic
    patronymics come from the father's given name, so a child does not take a parent's.
    """
    if loc == "is_IS":
        return None
    if loc in ("az_AZ", "et_EE"):
        fem = _fem_surname(loc, fam)
        if fem is True and male and fam.endswith(("ova", "eva", "ова", "ева", "ina", "ина")):
            return fam[:-1]
        if fem is False and not male and fam.endswith(("ov", "ev", "ов", "ев", "in", "ин")):
            return fam + ("\u0430" if fam[-1] in "вн" else "a")  # Cyrillic a after a Cyrillic stem
    return fam


@dataclass
class Person:
    given: str
    family: str
    male: bool
    born: dt.date

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def person(rng, loc: str, script: str = "", born: dt.date | None = None) -> Person:
    p = pools()[loc]
    male = rng.random() < 0.5
    g = "M" if male else "F"
    suffix = ""
    if script == "ka" and loc == "ka_GE":
        suffix = "_ka"
    elif script == "ru" and loc == "et_EE":
        suffix = "_ru"
    gpool, lpool = p[g + suffix], p["L" + suffix]
    if loc == "it_CH" and rng.random() < 0.7:  # Ticino: mostly Italian-sounding names
        gpool = [x for x in gpool if x[-1] in "oaei"]
        lpool = [x for x in lpool if x[-1] in "ioa" and not re.search("[äöüq]|hi$|li$|ri$", x)]
    given = _pick(rng, gpool)
    for _ in range(30):
        fam = _pick(rng, lpool)
        fem = _fem_surname(loc, fam)
        if fem is None or fem != male:
            break
    if born is None:
        born = dob_date(rng)
    return Person(given, fam, male, born)


def dob_date(rng, lo: int = 1942, hi: int = 2006) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def child_dob(rng) -> dt.date:
    return dob_date(rng, 2009, 2020)


DOMAINS = {
    "en_ZA": [
        "gmail.com",
        "mweb.co.za",
        "telkomsa.net",
        "webmail.co.za",
        "outlook.com",
        "vodamail.co.za",
    ],
    "is_IS": ["gmail.com", "simnet.is", "internet.is", "hi.is", "visir.is"],
    "es_CL": ["gmail.com", "hotmail.com", "vtr.net", "uc.cl", "yahoo.es", "outlook.cl"],
    "es_PE": ["gmail.com", "hotmail.com", "yahoo.com", "pucp.edu.pe", "outlook.com"],
    "fr_BE": ["gmail.com", "skynet.be", "telenet.be", "proximus.be", "hotmail.be", "uclouvain.be"],
    "it_CH": ["bluewin.ch", "gmail.com", "ticino.com", "usi.ch", "hotmail.ch", "sunrise.ch"],
    "sl_SI": [
        "gmail.com",
        "siol.net",
        "t-2.net",
        "amis.net",
        "guest.arnes.si",
        "student.uni-lj.si",
    ],
    "et_EE": ["gmail.com", "hot.ee", "mail.ee", "online.ee", "ut.ee", "mail.ru"],
    "ka_GE": ["gmail.com", "yahoo.com", "mail.ru", "tsu.ge", "posta.ge"],
    "az_AZ": ["gmail.com", "mail.ru", "box.az", "mail.az", "yahoo.com", "ada.edu.az"],
}


def email(rng, loc: str, p: Person, domain: str | None = None) -> str:
    g = ascii_fold(p.given).lower().replace(" ", "")
    f = ascii_fold(p.family).lower().replace(" ", "")
    d = domain or rng.choice(DOMAINS[loc])
    r = rng.random()
    if r < 0.35:
        local = f"{g}.{f}"
    elif r < 0.5:
        local = f"{g[0]}{f}"
    elif r < 0.65:
        local = f"{g}{p.born.year % 100:02d}"
    elif r < 0.8:
        local = f"{g}_{f}{rng.randint(1, 99)}"
    elif r < 0.9:
        local = f"{f}.{g[0]}"
    else:
        local = f"{g}.{f[0]}"
    return f"{local}@{d}"


def spoken_email(rng, e: str, lang: str) -> str:
    """Obfuscated/spoken forms, e.g. 'maja.novak at gmail dot com'."""
    local, dom = e.split("@")
    at, dot = {
        "en": ("at", "dot"),
        "es": ("arroba", "punto"),
        "fr": ("arobase", "point"),
        "it": ("chiocciola", "punto"),
        "sl": ("afna", "pika"),
        "et": ("ät", "punkt"),
        "is": ("hjá", "punktur"),
        "ka": ("at", "dot"),
        "az": ("at", "nöqtə"),
    }[lang]
    r = rng.random()
    if r < 0.4:
        return f"{local} [at] {dom.replace('.', ' [dot] ')}"
    if r < 0.7:
        return f"{local} {at} {dom.replace('.', f' {dot} ')}"
    return f"{local}(at){dom}"
