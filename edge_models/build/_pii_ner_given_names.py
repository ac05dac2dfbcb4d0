"""A third, independent name source for the tagger: gender-guesser's name dictionary.

gender-guesser (PyPI, 0.4.0; code GPLv3, its data file `nam_dict.txt` by Jörg Michael under
the GNU Free Documentation License 1.2+) ships about 48,000 given names with how common each
is in 55 countries or regions (Britain to Japan, "the Stans", "Arabia", ...), written by a
different hand than Faker's or mimesis's lists. Build time only (the `models` extra); only
the training *texts* use it: none of its words go into the gazetteer, so the shipped file
carries no copy of the list.

It has no family names. `GivenNameFake` pairs a given name of the country with a family name
of the country's Faker locale where that locale writes Latin script, and otherwise builds one
the way the country forms surnames (patronymic suffixes, "Al-", common romanised CJK
surnames), so that names stay in one script.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path
from typing import Any

from faker import Faker

# gender-guesser's country columns, in file order (its Detector.COUNTRIES).
COUNTRIES = [
    "great_britain",
    "ireland",
    "usa",
    "italy",
    "malta",
    "portugal",
    "spain",
    "france",
    "belgium",
    "luxembourg",
    "the_netherlands",
    "east_frisia",
    "germany",
    "austria",
    "swiss",
    "iceland",
    "denmark",
    "norway",
    "sweden",
    "finland",
    "estonia",
    "latvia",
    "lithuania",
    "poland",
    "czech_republic",
    "slovakia",
    "hungary",
    "romania",
    "bulgaria",
    "bosniaand",
    "croatia",
    "kosovo",
    "macedonia",
    "montenegro",
    "serbia",
    "slovenia",
    "albania",
    "greece",
    "russia",
    "belarus",
    "moldova",
    "ukraine",
    "armenia",
    "azerbaijan",
    "georgia",
    "the_stans",
    "turkey",
    "arabia",
    "israel",
    "china",
    "india",
    "japan",
    "korea",
    "vietnam",
    "other_countries",
]

# Country -> the Faker locale that lends addresses, phones and (Latin script) family names.
COUNTRY_LOCALE = {
    "great_britain": "en_GB", "ireland": "en_IE", "usa": "en_US", "italy": "it_IT",
    "malta": "en_GB", "portugal": "pt_PT", "spain": "es_ES", "france": "fr_FR",
    "belgium": "nl_BE", "luxembourg": "fr_FR", "the_netherlands": "nl_NL",
    "east_frisia": "de_DE", "germany": "de_DE", "austria": "de_AT", "swiss": "de_CH",
    "iceland": "is_IS", "denmark": "da_DK", "norway": "no_NO", "sweden": "sv_SE",
    "finland": "fi_FI", "estonia": "et_EE", "latvia": "lv_LV", "lithuania": "lt_LT",
    "poland": "pl_PL", "czech_republic": "cs_CZ", "slovakia": "sk_SK", "hungary": "hu_HU",
    "romania": "ro_RO", "bulgaria": "bg_BG", "bosniaand": "hr_HR", "croatia": "hr_HR",
    "kosovo": "hr_HR", "macedonia": "mk_MK", "montenegro": "hr_HR", "serbia": "hr_HR",
    "slovenia": "sl_SI", "albania": "en_GB", "greece": "el_GR", "russia": "ru_RU",
    "belarus": "ru_RU", "moldova": "ro_RO", "ukraine": "uk_UA", "armenia": "hy_AM",
    "azerbaijan": "az_AZ", "georgia": "ka_GE", "the_stans": "uz_UZ", "turkey": "tr_TR",
    "arabia": "ar_SA", "israel": "he_IL", "china": "zh_CN", "india": "en_IN",
    "japan": "ja_JP", "korea": "ko_KR", "vietnam": "vi_VN", "other_countries": "en_US",
}  # fmt: skip

# Countries whose Faker locale writes family names in another script, or has none that
# fit: family names formed from the country's given names or from common romanised ones
# (general knowledge of naming customs, not any list of people).
_SUFFIXES = {
    "bulgaria": ("ov", "ova", "ev", "eva", "ski"), "macedonia": ("ovski", "evski", "ova", "ov"),
    "russia": ("ov", "ova", "ev", "eva", "in", "ina", "enko"), "belarus": ("ovich", "enko", "ov"),
    "ukraine": ("enko", "chuk", "uk", "ovych", "iv"), "greece": ("opoulos", "idis", "akis", "ou", "as"),
    "armenia": ("yan", "ian", "ants"), "georgia": ("shvili", "dze", "adze", "ia", "uri"),
    "azerbaijan": ("ov", "ova", "li", "zade"), "the_stans": ("ov", "ova", "bekov", "uly", "kyzy"),
    "albania": ("i", "aj", "ka", "ollari"), "serbia": ("ić", "ović", "ević"),
    "montenegro": ("ić", "ović"), "kosovo": ("i", "aj", "ku"), "israel": ("", "i", "son"),
}  # fmt: skip
_ROMAN_SURNAMES = {
    "china": ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"),
    "korea": ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"),
    "japan": ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue"),
    "vietnam": ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong"),
}  # fmt: skip
_ARABIC = ("arabia",)
_FAMILY_FIRST = ("china", "korea", "japan", "vietnam", "hungary")


def _dict_path() -> Path:
    import gender_guesser

    return Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"


@functools.lru_cache(maxsize=1)
def given_names() -> dict[str, tuple[str, ...]]:
    """Country -> its given names (sorted; "+" joins become a space, a hyphen or nothing,
    as gender-guesser reads them)."""
    found: dict[str, set[str]] = {c: set() for c in COUNTRIES}
    with _dict_path().open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line[0] in "#=":
                continue
            name = line[3:29].strip()
            if not name or not name[0].isalpha():
                continue
            forms = (name.replace("+", "-"), name.replace("+", " ")) if "+" in name else (name,)
            columns = line[30 : 30 + len(COUNTRIES)]
            for i, ch in enumerate(columns):
                if ch.strip():
                    found[COUNTRIES[i]].update(forms)
    return {c: tuple(sorted(v)) for c, v in found.items() if len(v) >= 20}


class GivenNameFake:
    """Faker-like source: given names of one gender-guesser country, family names as the
    module docstring says, everything else from the country's Faker locale."""

    def __init__(self, country: str, seed: int) -> None:
        self.gg_country = country
        self.locale = COUNTRY_LOCALE[country]
        self._rng = random.Random(seed)
        self._base = Faker(self.locale)
        self._base.seed_instance(seed)
        self._given = given_names()[country]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def first_name(self) -> str:
        return self._rng.choice(self._given)

    def last_name(self) -> str:
        c, rng = self.gg_country, self._rng
        if c in _ROMAN_SURNAMES:
            return rng.choice(_ROMAN_SURNAMES[c])
        if c in _ARABIC:
            base = rng.choice(self._given)
            return rng.choice((f"Al-{base}", f"bin {base}", base, f"Al {base}"))
        if c in _SUFFIXES:
            base = rng.choice(self._given).split()[0].split("-")[0]
            return base + rng.choice(_SUFFIXES[c])
        return str(self._base.last_name())

    def name(self) -> str:
        first, last = self.first_name(), self.last_name()
        if self.gg_country in _FAMILY_FIRST and self._rng.random() < 0.6:
            return f"{last} {first}"
        return f"{first} {last}"


def given_name_sources() -> tuple[tuple[str, ...], Any]:
    """(locale tags, source) for the layout builders: one tag per country ("gg:<country>")."""
    countries = tuple(sorted(given_names()))

    def source(tag: str, seed: int) -> GivenNameFake:
        return GivenNameFake(tag.split(":", 1)[1], seed)

    return tuple(f"gg:{c}" for c in countries), source
