# ruff: noqa: RUF001 (Cyrillic letters are intended: Russian-language names and dates)
"""Person records for eval v7b: names from names-dataset pools, dates of birth, e-mails."""

import datetime as dt
import json
import unicodedata
from pathlib import Path

from _v7b_places import address
from _v7b_values import phone

POOLS = json.loads(Path(__file__).with_name("_v7b_names.json").read_text())
# audit: junk the names-dataset pools carry — surnames (or a non-name) in given-name lists,
# titles (Hajia/Alhaji/Maame) that a person span must not include, given names in surname lists
JUNK_GIVEN = {
    "ro_MD": {"Alungirea", "Melnic", "Rotari", "Turcan", "Cojocari", "Cebotari", "Darii", "Turcanu",
              "Bivol", "Lupu", "Rosca", "Cojocaru", "Oprea"},
    "en_GH": {"Hajia", "Alhaji", "Maame", "Obeng", "Frimpong", "Asamoah", "Amoah"},
    "zh_HK": {"Chan", "Wong", "Lee", "Leung", "Cheung", "Cheng", "Tang", "Chow"},
    "es_GT": {"Lopez"},
}  # fmt: skip
JUNK_FAMILY = {
    "en_GH": {"Grace", "Elizabeth", "Charles", "Moses", "Serwaa", "Papabi"},
    "zh_HK": {"Kit"},
    "fr_MA": {"Mohamed", "Said", "Rachid", "Abdou", "Reda", "Driss", "Walid", "Achraf", "Tarik",
              "Zakaria", "Oussama", "Morad", "Mostafa", "Hakim", "Hafid", "Ismail", "Anwar", "Salim",
              "Sami"},
}  # fmt: skip
for _loc, _pool in POOLS.items():
    for _g in ("M", "F"):
        _pool["first"][_g] = [n for n in _pool["first"][_g] if n not in JUNK_GIVEN.get(_loc, ())]
    _pool["last"] = [n for n in _pool["last"] if n not in JUNK_FAMILY.get(_loc, ())]


def gender_ok(loc: str, family: str, female: bool) -> bool:
    """Greek surnames agree with gender (Michaelides/Michaelidou, Papadopoulos/Papadopoulou)."""
    if loc != "el_CY":
        return True
    if female:
        return not family.endswith(("ides", "ades", "poulos"))
    # Aristidou/Evripidou are genitives of given names, borne by men and women alike
    return not family.endswith(("idou", "adou", "poulou")) or family in ("Aristidou", "Evripidou")
LANGS = {
    "zh_HK": ["zh", "zh", "en"], "es_EC": ["es"], "es_GT": ["es"], "en_GH": ["en"],
    "ro_MD": ["ro"], "sq_AL": ["sq"], "fr_MA": ["fr"], "ar_AE": ["ar", "en", "en"],
    "el_CY": ["el", "el", "en"], "en_JM": ["en"],
}  # fmt: skip
# Cantonese given-name syllables: used to keep only the romanised Chinese entries of the HK pool
HK_SYLLABLES = {
    "Wing", "Ming", "Wai", "Yan", "Kit", "Fung", "Hung", "Chung", "Lai", "Fai", "Chun", "Yeung",
    "Kwan", "Kwok", "Kin", "Keung", "Chi", "Wah", "Yuen", "Ling", "Ching", "Ying", "Ping", "Siu",
    "Yin", "Mei", "Ting", "Man", "Lam", "Ho", "Tung", "Shan", "Yee", "Hei", "Sze", "Tsz",
}  # fmt: skip
MAIL_DOMAINS = {
    "zh_HK": ["yahoo.com.hk", "gmail.com", "netvigator.com", "hotmail.com"],
    "es_EC": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.es"],
    "es_GT": ["gmail.com", "hotmail.com", "yahoo.com"],
    "en_GH": ["gmail.com", "yahoo.com", "outlook.com"],
    "ro_MD": ["mail.ru", "gmail.com", "mail.md", "yandex.ru"],
    "sq_AL": ["gmail.com", "yahoo.com", "hotmail.com"],
    "fr_MA": ["gmail.com", "hotmail.fr", "yahoo.fr", "menara.ma"],
    "ar_AE": ["gmail.com", "emirates.net.ae", "hotmail.com", "outlook.com"],
    "el_CY": ["cytanet.com.cy", "gmail.com", "hotmail.com", "primehome.com"],
    "en_JM": ["gmail.com", "yahoo.com", "hotmail.com"],
}  # fmt: skip
MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "en": "January February March April May June July August September October November December",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
}  # fmt: skip


RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


RU_LAT = dict(
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
            "y",
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
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = []
    for c in s:
        lat = RU_LAT.get(c.lower())
        if lat is None:
            out.append(c)
            continue
        lat = lat.strip("_")
        out.append(lat.capitalize() if c.isupper() else lat)
    return "".join(out)


def date_str(rng, d: dt.date, lang: str, loc: str) -> str:
    k = rng.randint(0, 3)
    if lang == "zh" and k < 2:
        return f"{d.year}年{d.month}月{d.day}日"
    if k == 0 and lang in MONTHS:
        m = MONTHS[lang].split()[d.month - 1]
        if lang == "es":
            return f"{d.day} de {m} de {d.year}"
        if lang == "en" and loc == "en_JM" and rng.random() < 0.5:
            return f"{m} {d.day}, {d.year}"
        return f"{d.day} {m} {d.year}"
    if lang == "ru" and k == 0:
        return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г."
    if lang in ("ro", "sq", "ru") or (k == 1 and loc == "ro_MD"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if k == 3:
        return d.isoformat()
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


class Person:
    def __init__(self, rng, loc: str, lang: str | None = None) -> None:
        pool = POOLS[loc]
        self.loc = loc
        self.lang = lang or rng.choice(LANGS[loc])
        self.female = rng.random() < 0.5
        if self.lang == "ru":  # Moldova's Russian speakers: Cyrillic pools
            self.given = rng.choice(pool["first_cyr"]["F" if self.female else "M"])
            fams = [
                f
                for f in pool["last_cyr"]
                if not f.endswith(("ов", "ев", "ин") if self.female else ("ова", "ева", "ина"))
            ]
            self.family = rng.choice(fams)
            pool = {"first": {"M": [self.given], "F": [self.given]}, "last": [self.family]}
        else:
            self.given = rng.choice(pool["first"]["F" if self.female else "M"][:55])
            self.family = rng.choice(pool["last"][:70])
        while self.family == self.given or not gender_ok(loc, self.family, self.female):
            self.family = rng.choice(pool["last"][:70])
        if loc in ("es_EC", "es_GT") and rng.random() < 0.6:
            second = rng.choice(pool["last"][:70])
            if second != self.family:
                self.family = f"{self.family} {second}"
        if loc == "zh_HK" and rng.random() < 0.5:
            # Cantonese two-syllable given name from two romanised syllables
            syl = [n for n in pool["first"]["M"] + pool["first"]["F"] if n in HK_SYLLABLES]
            self.given = f"{rng.choice(syl)} {rng.choice(syl)}"
        self.full = (
            f"{self.family} {self.given}"
            if loc == "zh_HK" and rng.random() < 0.6
            else f"{self.given} {self.family}"
        )
        year = rng.randint(1948, 2006)
        self.dob = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        self.rng = rng

    def dob_str(self, lang: str | None = None) -> str:
        return date_str(self.rng, self.dob, lang or self.lang, self.loc)

    def latin(self) -> tuple[str, str]:
        """Given and family name in Latin letters (own transliteration for Cyrillic)."""
        return translit(self.given), translit(self.family)

    def email(self) -> str:
        rng = self.rng
        g0, f0 = self.latin()
        g = ascii_fold(g0.split()[0]).lower()
        f = ascii_fold(f0.split()[0]).lower().replace("'", "")
        user = rng.choice(
            [
                f"{g}.{f}",
                f"{g}{f}{rng.randint(1, 99)}",
                f"{g[0]}{f}",
                f"{f}_{g}",
                f"{g}{self.dob.year}",
            ]
        )
        return f"{user}@{rng.choice(MAIL_DOMAINS[self.loc])}"

    def phone(self, mobile: bool = True) -> str:
        return phone(self.rng, self.loc, mobile)

    def address(self, lang: str | None = None) -> list[str]:
        return address(self.rng, self.loc, lang or self.lang)


def CITY_OF(rng, loc: str, lang: str = "") -> str:
    from _v7b_places import cities

    return rng.choice(cities(loc, lang))
