# ruff: noqa: RUF001  (multilingual text: full-width punctuation, en dashes and typographic quotes are meant)
"""Person names for the fifth held-out privacy set, half b (eval_v5b).

Source: PyPI `names-dataset==3.3.1` (Philippe Remy, MIT licence; names from a public Facebook
leak aggregated per country, no personal records). The dataset takes ~1 minute and ~3 GB to load,
so `extract()` runs once (`eval_v5b_gen.py --refresh-names`) and writes the filtered, rank-ordered
lists to `eval_v5b_names.json`, which the generator reads. Sampling (see `pick`): 60% of draws come
uniformly from the first 300 entries of a filtered list (by the dataset's rank), 40% uniformly from
ranks 300 and beyond (up to the 1,500 kept per list).

Exception: names-dataset holds no single-character Chinese family names (its Chinese family-name
lists contain only compound names and nicknames), so zh_TW family names are the 48 most common
Taiwanese surnames written out below by hand, plus the genuine compound surnames the dataset has.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES_FILE = HERE / "eval_v5b_names.json"
KEEP = 1500
TOP = 300

COUNTRIES = {
    "en_IN": "IN", "en_IE": "IE", "de_CH": "CH", "nl_BE": "BE", "es_CO": "CO",
    "zh_TW": "TW", "hr_HR": "HR", "lt_LT": "LT", "ms_MY": "MY", "ar_SA": "SA",
}
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’-]+( [A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’-]+)?$")
SCRIPTS = {
    "zh": re.compile(r"^[\u4e00-\u9fff]{2}$"),
    "ar": re.compile(r"^[\u0621-\u064a]{3,}( [\u0621-\u064a]{2,})?$"),
    "hi": re.compile(r"^[\u0900-\u097f]{2,}$"),
}
TW_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏"
)
TW_ROMAN_SURNAMES = set(
    ["Chen", "Lin", "Huang", "Chang", "Wang", "Lee", "Li", "Liu", "Hsu", "Yang", "Tsai", "Cheng", "Hsieh", "Chou", "Kuo", "Lai", "Liao", "Chiu", "Hung", "Tseng", "Yeh", "Chiang", "Kao", "Chu", "Chuang", "Chung", "Shih", "Hsiao", "Wei", "Chien", "Pan", "Shen", "Peng", "Sun", "Yen", "Liang", "Chao", "Tang", "Fang", "Fan", "Wen", "Hong", "Weng", "Sung", "Tsao", "Tai", "Tung", "Teng", "Hou", "Jiang", "Yao", "Chin", "Feng", "Lien", "Yuan", "Hsueh", "Luo", "Lo", "Kung", "Wu", "Ho", "Su", "Lu", "Chan", "Hu", "Ko", "Yu", "Chi", "Ting", "Lan", "Tu", "Mao", "Tsou", "Pai", "Lung", "Hsiung", "Tsui", "Chiao", "Hsing", "Chia", "Kang", "Ku", "Niu", "Ou", "Pao", "Tien", "Wan", "Yin", "Yung", "Jen", "Jung", "Cho", "Chuo", "Tsang", "Kuan", "Hsia"]
)
TW_COMPOUND = ["歐陽", "張簡", "范姜", "司徒", "上官", "諸葛", "司馬", "東方"]
# Words that sit in the lists but are not names (Lithuanian "doesn't matter", "works", "surname";
# Arabic kunya prefixes "father of"/"mother of"; Indian initials written as names).
NOT_NAMES = {"Nesvarbu", "Darbai", "Pavarde", "Pavardė", "Vardas", "ابو", "ام", "Md", "Rk", "Mr", "Mrs",
             # Words spotted while reading samples of the lists (not names): English, Croatian,
             # Malay, Arabic and Taiwanese nicknames and slogans. The lists stay noisy otherwise.
             "Heart", "Krediti", "Ludilo", "Svašta", "Mountain", "Onion", "Harimau", "Cintaku", "Tamil",
             "Amg", "Figa", "Lanun", "Dunia", "Jane", "برستيج", "الشرقيه", "شوك", "حنش", "هدوء", "حكاية",
             "小胖", "娜娜", "慧慧", "婷婷", "Suvirintojas", "Stari", "Smile", "Show",
             "Leteci", "Markiz", "Tenis", "Klub", "Autoservis", "Caffebar", "Kemijsko", "Domaca", "Holiday",
             "Home", "Ljubavni", "Ljekarna", "Neznan", "Misteris", "Bosas", "Ponas", "Draugas", "Pirmas",
             "Sportas", "Rimtas", "Kapitonas", "Gerasis", "Nuoma", "Vipera", "Sprl", "Bvba", "New", "Bits",
             "Catch", "Dots", "Baby", "Love", "Angel", "King", "Queen", "Boss", "Doctor", "Admin"}
# Found by reading every name token of the committed set (audit): page names, common nouns,
# titles and honorifics that the lists still held. They are in the json (extracted before), so
# `pick` replaces them at draw time rather than `_clean` at extraction.
NOT_NAMES_AUDIT = {
    # hr_HR: apartments, man, Croatia(n), essence, gallery, library, home (adj.), sea (adj.),
    # "is not", nobody, family farm (OPG), only, a town, "Nikola" reversed
    "Apartmans", "Covjek", "Croatia", "Croatian", "Essens", "Galerija", "Knjižnica", "Kucni",
    "Morski", "Nije", "Nitko", "Opg", "Samo", "Obrovac", "Alokin",
    # lt_LT: hello, minotaur, fake, nobody
    "Labas", "Minotauras", "Netikras", "Niekas", "Vanmoda",
    # ar_SA: unknown, exile, passion, boy, silencer, reputation; Malay "love", rain, a nationality
    "مجهول", "المجهول", "الغربه", "الهوى", "فتى", "كاتم", "سمعه", "Cinta", "Rain", "Nepali",
    # ms_MY: boutique, the honorifics Mr/Mrs/uncle/religious teacher, servant, filler, boy
    "Butik", "Encik", "Puan", "Pakcik", "Ustaz", "Hamba", "Ehh", "Boy",
    # de_CH: youth work, a city; es_CO: an abbreviation
    "Jugendarbeit", "Zürich", "Cdlm",
    # second pass (replacements of the above): a language, bistro, "lower" (place names),
    # squirrel, sweet tooth (genitive), yellow
    "Bangla", "Bistro", "Donja", "Vjeverica", "Smaliziaus", "Zuti",
    # third pass: Arabic "the chef", "hello", "ludo", "nightingale"; Malay "younger sibling"
    "الشيف", "الو", "لودو", "بلبل", "Dik",
}
NOT_NAMES |= NOT_NAMES_AUDIT
PREFIX_NOT = ("ابو", "ام ", "ال ", "Mc ")
LT_FEMALE = ("ienė", "aitė", "ytė", "ūtė", "ė")
LT_MALE = ("as", "is", "ys", "us", "a")


def _clean(names: list[str], rx: re.Pattern[str], *, minlen: int = 3) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        if n in NOT_NAMES or n.startswith(PREFIX_NOT) or n in seen or len(n) < minlen or not rx.match(n):
            continue
        if n.isupper() and len(n) > 1 and rx is not SCRIPTS["zh"]:
            continue
        seen.add(n)
        out.append(n)
    return out[:KEEP]


def extract() -> dict[str, dict[str, list[str]]]:
    """Read names-dataset once and return the filtered lists per locale (slow: ~1 min)."""
    from names_dataset import NameDataset

    nd = NameDataset()
    out: dict[str, dict[str, list[str]]] = {}
    for locale, cc in COUNTRIES.items():
        first = nd.get_top_names(n=6000, country_alpha2=cc)[cc]
        last = nd.get_top_names(n=6000, country_alpha2=cc, use_first_names=False)[cc]
        pools: dict[str, list[str]] = {}
        pools["m"] = _clean(first["M"], LATIN)
        pools["f"] = _clean(first["F"], LATIN)
        pools["last"] = _clean(last, LATIN)
        if locale == "lt_LT":
            firsts = set(pools["m"]) | set(pools["f"])
            lt = [n for n in pools["last"] if n not in firsts and " " not in n]
            pools["last_f"] = [n for n in lt if n.endswith(LT_FEMALE)]
            pools["last"] = [n for n in lt if n.endswith(LT_MALE) and not n.endswith(LT_FEMALE)]
            pools["m"] = [n for n in pools["m"] if n.endswith(("as", "is", "us", "ys", "ius"))]
            pools["f"] = [n for n in pools["f"] if n.endswith(("a", "ė"))]
        if locale == "zh_TW":
            # The Latin lists mix in many Indonesian names (migrant workers on Facebook): keep
            # romanised Chinese given names (two syllables, hyphen or space) and the family names
            # that are romanisations of Taiwanese surnames.
            pools["m"] = [n for n in pools["m"] if "-" in n or " " in n]
            pools["f"] = [n for n in pools["f"] if "-" in n or " " in n]
            pools["last"] = [n for n in pools["last"] if n in TW_ROMAN_SURNAMES]
            pools["m_zh"] = _clean(first["M"], SCRIPTS["zh"], minlen=2)
            pools["f_zh"] = _clean(first["F"], SCRIPTS["zh"], minlen=2)
            pools["last_zh"] = TW_SURNAMES + [n for n in TW_COMPOUND if n in last]
        if locale == "ar_SA":
            pools["m_ar"] = _clean(first["M"], SCRIPTS["ar"])
            pools["f_ar"] = _clean(first["F"], SCRIPTS["ar"])
            pools["last_ar"] = _clean(last, SCRIPTS["ar"])
        if locale == "en_IN":
            pools["m_hi"] = _clean(first["M"], SCRIPTS["hi"], minlen=2)
            pools["f_hi"] = _clean(first["F"], SCRIPTS["hi"], minlen=2)
            pools["last_hi"] = _clean(last, SCRIPTS["hi"], minlen=2)
        out[locale] = pools
    return out


def write(pools: dict[str, dict[str, list[str]]]) -> None:
    NAMES_FILE.write_text(
        json.dumps(pools, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
    )


_CACHE: dict[str, dict[str, list[str]]] = {}


def pools() -> dict[str, dict[str, list[str]]]:
    if not _CACHE:
        _CACHE.update(json.loads(NAMES_FILE.read_text(encoding="utf-8")))
    return _CACHE


def pick(rng: random.Random, locale: str, pool: str) -> str:
    """One name: 60% from the list's first 300 (by rank), 40% from ranks 300 and beyond."""
    names = pools()[locale][pool]
    if len(names) > TOP and rng.random() < 0.4:
        name = names[rng.randrange(TOP, len(names))]
    else:
        name = names[rng.randrange(min(TOP, len(names)))]
    # A draw that lands on a NOT_NAMES entry is replaced from a generator of its own (seeded by
    # the entry), so the record's other values and every other record stay as they were.
    sub = random.Random(f"eval_v5b/not-a-name/{name}")
    while name in NOT_NAMES:
        name = names[sub.randrange(len(names))]
    return name
