"""Person names per locale, from names-dataset 3.3.1 top lists (_v7a_names.json).

Filtering: only alphabetic names in the locale's script, 2+ letters (3+ for surnames),
no nicknames/places/clubs seen in the raw lists, surnames that are not also given names.
"""

import json
import re
from functools import cache
from pathlib import Path

LOCALE_CC = {
    "ro_MD": "MD",
    "el_CY": "CY",
    "en_GH": "GH",
    "sq_AL": "AL",
    "ca_ES": "ES",
    "lb_LU": "LU",
    "ar_MA": "MA",
    "ar_JO": "JO",
    "fr_CM": "CM",
    "af_ZA": "ZA",
}

_LATIN = re.compile(r"^[A-Za-zÀ-ɏ]+(?:[-' ][A-Za-zÀ-ɏ]+)?$")
_ARABIC = re.compile(r"^[ء-ي]+$")

# junk seen in the raw top lists: clubs, cities, countries, nicknames, particles, kinship words
_STOP = {
    "el",
    "ell",
    "ben",
    "kech",
    "wac",
    "raja",
    "rajawi",
    "widadi",
    "mks",
    "fleur",
    "agadir",
    "madrid",
    "ch",
    "sh",
    "tanger",
    "tanjawi",
    "maroc",
    "rifi",
    "med",
    "simo",
    "abdo",
    "fati",
    "gh",
    "bw",
    "junior",
    "nana",
    "maame",
    "lux",
    "um",
    "om",
    "abo",
    "abou",
    "em",
    "ana",
    "prince",
    "lucky",
    "precious",
    "mimi",
    "fifi",
    "sousou",
    "princess",
    "baby",
    "boss",
    "ام",
    "أم",
    "ابو",
    "أبو",
    "انا",
    "الشام",
    "النرجس",
    "الورد",
    "الياسمين",
    "البيضاء",
    "وردة",
    "ورده",
    "زهرة",
    "عطر",
    "ملاك",
    "الاردن",
    "الأردن",
    "عمان",
    "اربد",
    "الزرقاء",
    "حبيبي",
    "vasea",
    "sasa",
    "est",
    "ca",
    "ess",
    "dz",
    "kabo",
    "lebo",
    "fes",
    "male",
    "ddg",
    "casa",
    "nador",
    "oujda",
    "flour",
    "rajawiya",
    "zwina",
    "rif",
    "madridi",
    "solo",
    "koko",
    "ait",
    "bel",
    "papabi",
    "wan",
    "bae",
    "vlore",
    "el idrissi",
    "marrakech",
    "rabat",
    "meknes",
    "tetouan",
    "safi",
    "settat",
    "kenitra",
    "salé",
    "sale",
    "fassi",
    "sahraoui",
    "zin",
    "rca",
    "sahara",
    "bou",
    "lokita",
    "mamaha",
    "crayzi",
    "tanjawiya",
    "tetouani",
    "barca",
    "kacm",
    "wapita",
    "mahbola",
    "wydadi",
    "rofix",
    "rifiya",
    "lwardi",
    "amazigh",
    "boy",
    "bwoy",
    "kay",
    "blinks",
    "blink",
    "choco",
    "luxembourg",
    "svetlana",
    "galina",
    "vadim",
    "oleg",
    "ludmila",
    "alexei",
    "rita",
    "doris",
    "joao",
    "joaquim",
    "christian",
    "benjamin",
    "zahir",
    "mobila",
    "placinta",
    "bumbu",
    "mititelu",
    "stratulat",
    "gherciu",
    "candu",
    "chiosa",
    "alungirea",
    "lupu",
    "pintea",
    "stati",
    "alexandr",
    "لولو",
    "الورده",
    "الوردة",
    "رورو",
    "ورد",
    "حبيبة",
    "غدر",
    "عشق",
    "صمتي",
    "حبيبت",
    "همسة",
    "لحن",
    "لحالي",
    "شمس",
    "شام",
    "الاحزان",
    "البحر",
    "الحياه",
    "الحياة",
    "البنفسج",
    "الصمت",
    "فلسطين",
    "الامير",
    "بالله",
    "الاموره",
    "الرحمن",
    "الامل",
    "اللوتس",
    "الجنوب",
    "رجل",
    "الشمس",
    "الجنه",
    "الجوري",
    "الزمان",
    "شخصيا",
    "السعودي",
    "الربيع",
    "همس",
    "ورود",
    "حموده",
    "حماده",
    "عبود",
    "عبد",
    "الشيخ",
    "الغالي",
    "rodrigues",
    "lopes",
    "ferreira",
    "pereira",
    "fernandes",
    "martins",
    "oliveira",
    "gomes",
    "alves",
    "ribeiro",
    "soares",
    "mendes",
    "weber",
    "cardoso",
    "almeida",
    "correia",
    "tavares",
    "vieira",
    "carvalho",
    "klein",
    "sté",
    "neves",
    "zeza",
    "meris",
    "none",
    "abde",
    "abd",
    "mc",
    "moha",
    "oum",
    "ikram",
    "bra",
    "young",
    "rich",
    "alhaji",
    "mallam",
    "hajia",
    "nharnhar",
    "obaapa",
    "obaa",
    "maa",
    "naa",
    "paa",
    "baba",
    "nii",
    "joan",
    "andri",
    "kalia",
    "stavri",
    "muller",
    "moreira",
    "becker",
    "rocha",
    "morais",
    "schneider",
    "schloesser",
    "petz",
    "romaine",
    "oheneba",
    "lwidadi",
    "larache",
    "trt",
    "loka",
    "lhaj",
    "hajj",
    "haj",
    "moul",
    "dada",
    "mama",
    "papa",
    "bb",
    "love",
    "star",
    "king",
    "queen",
    # audit: cities/countries and given names that survived in the surname lists,
    # a surname in a given-name list
    "fier",
    "durres",
    "berat",
    "shkoder",
    "tirona",
    "albania",
    "ghana",
    "regina",
    "evelyn",
    "juliana",
    "frimpomaa",
    "catarina",
    "freitas",
    "حمص",
    "بكلمتي",
    "la fleur",
    "julius",
    "denis",
    "nash",
}


def _script_ok(name: str, locale: str) -> bool:
    if locale == "ar_JO":
        return bool(_ARABIC.match(name))
    return bool(_LATIN.match(name))


@cache
def pools(locale: str) -> dict:
    raw = json.loads(Path(__file__).with_name("_v7a_names.json").read_text())[LOCALE_CC[locale]]
    out = {}
    firsts = set()
    for other in json.loads(Path(__file__).with_name("_v7a_names.json").read_text()).values():
        firsts.update(n.lower() for n in other["M"] + other["F"])
    last_rank = {n.lower(): i for i, n in reversed(list(enumerate(raw["last"])))}
    for g in ("M", "F"):
        keep = []
        for i, n in enumerate(raw[g]):
            if last_rank.get(n.lower(), 10**6) < i:
                continue  # ranks higher as a surname: a surname in the given-name list
            if n.lower() in _STOP or len(n) < 2 or " " in n or not _script_ok(n, locale):
                continue
            if n not in keep:
                keep.append(n)
        out[g] = keep[:80]
        firsts.update(n.lower() for n in raw[g])
    last = []
    for n in raw["last"]:
        if n.lower() in _STOP or len(n) < 3 or n.lower() in firsts or not _script_ok(n, locale):
            continue
        if n not in last:
            last.append(n)
    out["last"] = last[: 70 if locale == "ar_MA" else 150]
    return out


_GR_NEUTRAL = {"Aristidou", "Evripidou"}  # genitives of given names, borne by both genders
_GR_FORMS = (("ides", "idou"), ("ades", "adou"), ("poulos", "poulou"))


def agree(locale: str, family: str, gender: str) -> str:
    """Greek Cypriot surnames take the bearer's gender (Michaelides, Mrs Michaelidou)."""
    if locale != "el_CY" or family in _GR_NEUTRAL:
        return family
    for m, f in _GR_FORMS:
        if gender == "F" and family.endswith(m):
            return family[: -len(m)] + f
        if gender == "M" and family.endswith(f):
            return family[: -len(f)] + m
    return family


def person(rng, locale: str, gender: str = "") -> dict:
    p = pools(locale)
    g = rng.choice("MF")
    g = gender or g
    return {"given": rng.choice(p[g]), "family": agree(locale, rng.choice(p["last"]), g), "gender": g}
