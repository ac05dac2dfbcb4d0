"""Person names of eval_v5a, drawn from the pools in _v5a_names.json (names-dataset 3.3.1).

Sampling (per given name and per family name, independently): with probability 0.6 uniform
over the locale pool's first 300 entries (the country's most common names, in the dataset's
rank order after filtering), else uniform over entries 301..1500 (rarer names). ko_KR family
names (44 surnames) are drawn with weight 1/rank instead, as Korean surnames are very
concentrated. Polish, Bulgarian and Greek family names are redrawn until their grammatical
gender matches the given name.
"""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from random import Random

COMMON = 300
RARE_SHARE = 0.4


# Entries of the names-dataset pools that are not person names (Facebook page names and common
# nouns: shops, places, products, greetings, kinship words), found by reading every name token the
# set used. A draw that lands on one is replaced (see _draw; the json stays as extracted), so
# that a span labelled person is a name.
NOT_NAMES = frozenset(
    {
        # es_AR: shoes, chairs, sound, butcher's, ironworks, kiosk, ideas, madness, hands, between,
        # fair, exchange offices, kids, red, a football club, a cartoon pig, a brand, nicknames
        # that are common nouns ("black", "Chinese", "bird")
        "Zapatos",
        "Sillas",
        "Sonido",
        "Carniceria",
        "Herreria",
        "Kiosco",
        "Ideas",
        "Locura",
        "Manos",
        "Entre",
        "Feria",
        "Cambios",
        "Kids",
        "Roja",
        "Boca",
        "Carp",
        "Peppa",
        "Biogreen",
        "Negro",
        "Chino",
        "Pajaro",
        "Veterinaria",
        "Mundo",
        "Bichito",
        "Arco",
        "Limpieza",
        "Chaco",
        "Chula",
        "Atr",
        "Oïo",
        "Contrucciones",
        "Instalaciones",
        "Japo",
        "Sillones",
        "Ñata",
        # pl_PL: clinic, home (adj.), transport, holidays, such, beautiful, perfect, foreman,
        # eagle, eaglet, magician, someone, little, teddy bear
        "Klinika",
        "Domowe",
        "Transport",
        "Wczasy",
        "Takie",
        "Piękne",
        "Piękna",
        "Słodka",
        "Perfekt",
        "Majster",
        "Orzeł",
        "Orlik",
        "Mag",
        "Ktoś",
        "Mała",
        "Misiek",
        # pl_PL (second pass): pharmacy, housing estate, services, student, sweet, blue, passion,
        # redhead, kitty
        "Apteka",
        "Osiedle",
        "Usługi",
        "Student",
        "Słodkie",
        "Niebieski",
        "Pasja",
        "Ruda",
        "Kici",
        "Centrum",
        "Ciasteczkowy",
        "Kierownik",
        "Meble",
        "Moja",
        "Hej",
        "Zołza",
        "Silesia",
        "Enduro",
        "Hydraulik",
        "Nzoz",
        "Wielka",
        "Nitka",
        "Solarium",
        # pt_PT: catechism, boy
        "Catequese",
        "Rapaz",
        "Bli",
        "Golfinho",
        "Pestinha",
        "Samaritana",
        "Biscoito",
        "Maluco",
        # fr_CA / en_CA: day care, an abbreviation
        "Garderie",
        "Gta",
        "Vancouver",
        # tr_TR: a town
        "Kobani",
        # el_GR: fishmonger's, house (as in fashion house), street urchin
        "Ιχθυοπωλείο",
        "Οίκος",
        "Αλάνι",
        "Διαχειριστής",
        "Άλφα",
        "Κρεοπωλειο",
        "Ελληνικός",
        "Ενας",
        "Κάπα",
        # bg_BG: real estate
        "Имоти",
        # fa_IR: aunt, love, serious
        "خاله",
        "عشق",
        "جدی",
        "غم",
        "پلنگ",
        "ترک",
        "ازبک",
        "کوچولو",
        "آبی",
        "تنهای",
    }
)


@lru_cache(maxsize=1)
def pools() -> dict[str, dict[str, list[str]]]:
    path = Path(__file__).with_name("_v5a_names.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _draw(rng: Random, pool: list[str]) -> str:
    if rng.random() < RARE_SHARE and len(pool) > COMMON:
        name = pool[rng.randrange(COMMON, len(pool))]
    else:
        name = pool[rng.randrange(min(COMMON, len(pool)))]
    # A draw that lands on a NOT_NAMES entry is replaced from a generator of its own (seeded by
    # the entry), so the record's other values and every other record stay as they were.
    sub = Random(f"eval_v5a/not-a-name/{name}")
    while name in NOT_NAMES:
        name = pool[sub.randrange(len(pool))]
    return name


def _gender_ok(locale: str, family: str, female: bool) -> bool:
    f = family.lower()
    if locale == "pl_PL":
        masc = f.endswith(("ski", "cki", "dzki"))
        fem = f.endswith(("ska", "cka", "dzka"))
        return not (masc and female) and not (fem and not female)
    if locale == "bg_BG":
        masc = f.endswith(("ов", "ев", "ски", "ин"))
        fem = f.endswith(("ова", "ева", "ска", "ина"))
        return not (masc and female) and not (fem and not female)
    if locale == "el_GR":
        plain = "".join(c for c in unicodedata.normalize("NFD", f) if not unicodedata.combining(c))
        masc = plain.endswith(("ος", "ης", "ας"))
        invariant = plain.endswith(("ιου", "αου", "ομου"))
        fem = plain.endswith(("ου", "η", "α")) and not invariant
        return not (masc and female) and not (fem and not female)
    return True


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    female: bool
    locale: str
    latin: str  # an ASCII given name of the same country, for e-mail local parts

    @property
    def full(self) -> str:
        if self.locale == "ko_KR":
            return self.family + self.given
        return f"{self.given} {self.family}"


def person(rng: Random, locale: str) -> Person:
    p = pools()[locale]
    female = rng.random() < 0.5
    if locale == "fa_IR" and rng.random() < 0.3:
        female = True
    given = _draw(rng, p["given_f" if female else "given_m"])
    if locale == "ko_KR":
        fam_pool = p["family"]
        family = rng.choices(fam_pool, weights=[1 / (i + 1) for i in range(len(fam_pool))])[0]
    else:
        for _ in range(50):
            family = _draw(rng, p["family"])
            if _gender_ok(locale, family, female) and family != given:
                break
    latin = _draw(rng, p["latin"]) if p["latin"] else ascii_fold(given)
    return Person(given, family, female, locale, latin)


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


LATIN_FAMILY = {
    "ko_KR": [
        "kim",
        "lee",
        "park",
        "choi",
        "jung",
        "kang",
        "cho",
        "yoon",
        "jang",
        "lim",
        "han",
        "oh",
        "seo",
        "shin",
        "kwon",
        "hwang",
        "ahn",
        "song",
        "jeon",
        "hong",
    ],
    "el_GR": [
        "papadopoulos",
        "georgiou",
        "nikolaou",
        "oikonomou",
        "dimitriou",
        "pappas",
        "vlachos",
        "karagiannis",
        "makris",
        "antoniou",
    ],
    "bg_BG": [
        "ivanov",
        "georgieva",
        "dimitrov",
        "petrova",
        "nikolov",
        "hristova",
        "stoyanov",
        "todorova",
        "yordanov",
        "koleva",
    ],
    "fa_IR": [
        "mohammadi",
        "ahmadi",
        "hosseini",
        "rezaei",
        "moradi",
        "karimi",
        "jafari",
        "rahimi",
        "sadeghi",
        "kazemi",
    ],
}
MAIL_DOMAINS = {
    "en_CA": [
        "gmail.com",
        "outlook.com",
        "rogers.com",
        "sympatico.ca",
        "shaw.ca",
        "telus.net",
        "yahoo.ca",
        "icloud.com",
    ],
    "fr_CA": [
        "gmail.com",
        "videotron.ca",
        "hotmail.com",
        "outlook.fr",
        "sympatico.ca",
        "globetrotter.net",
    ],
    "es_AR": [
        "gmail.com",
        "hotmail.com.ar",
        "yahoo.com.ar",
        "fibertel.com.ar",
        "arnet.com.ar",
        "outlook.com",
    ],
    "pt_PT": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "iol.pt", "outlook.pt"],
    "pl_PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "op.pl"],
    "tr_TR": [
        "gmail.com",
        "hotmail.com",
        "yandex.com.tr",
        "mynet.com",
        "outlook.com.tr",
        "ttmail.com",
    ],
    "ko_KR": ["naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "gmail.com"],
    "el_GR": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr", "windowslive.com", "hol.gr"],
    "bg_BG": ["abv.bg", "mail.bg", "gmail.com", "dir.bg", "yahoo.com"],
    "fa_IR": ["gmail.com", "yahoo.com", "chmail.ir", "mihanmail.ir", "outlook.com"],
}


def email(rng: Random, p: Person, *, work_domain: str | None = None) -> str:
    first = p.latin.lower()
    fam = (
        rng.choice(LATIN_FAMILY[p.locale])
        if p.locale in LATIN_FAMILY
        else ascii_fold(p.family).lower()
    )
    fam = fam or "x"
    g = rng.randrange(7)
    if g == 0:
        local = f"{first}.{fam}"
    elif g == 1:
        local = f"{first[0]}{fam}"
    elif g == 2:
        local = f"{first}_{fam}{rng.randint(1, 99)}"
    elif g == 3:
        local = f"{first}{rng.randint(1950, 2008)}"
    elif g == 4:
        local = f"{fam}.{first[:1]}"
    elif g == 5:
        local = f"{first}.{fam}+{rng.choice(['shop', 'news', 'work', 'bills'])}"
    else:
        local = f"{first}{fam[:3]}{rng.randint(10, 999)}"
    return f"{local}@{work_domain or rng.choice(MAIL_DOMAINS[p.locale])}"


OBFUSCATE = {
    "en_CA": [(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot ")],
    "fr_CA": [(" (arobase) ", " (point) "), (" [at] ", " [point] ")],
    "es_AR": [(" (arroba) ", " (punto) "), (" arroba ", " punto ")],
    "pt_PT": [(" (arroba) ", " (ponto) "), (" [at] ", " [ponto] ")],
    "pl_PL": [(" (małpa) ", " (kropka) "), (" [at] ", " [kropka] ")],
    "tr_TR": [(" (at) ", " (nokta) "), (" [at] ", " [nokta] ")],
    "ko_KR": [(" [골뱅이] ", " [점] "), (" (at) ", " (dot) ")],
    "el_GR": [(" [παπάκι] ", " [τελεία] "), (" (at) ", " (dot) ")],
    "bg_BG": [(" [кльомба] ", " [точка] "), (" (at) ", " (dot) ")],
    "fa_IR": [(" [at] ", " [dot] "), (" (at) ", " (dot) ")],
}


def obfuscate(rng: Random, addr: str, locale: str) -> str:
    at, dot = rng.choice(OBFUSCATE[locale])
    local, domain = addr.split("@")
    return local + at + domain.replace(".", dot)
