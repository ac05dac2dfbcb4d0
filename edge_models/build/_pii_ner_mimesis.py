# ruff: noqa: RUF001  (Cyrillic and CJK address words)
"""A second name and street source for the tagger's training (build time only): mimesis.

mimesis (MIT licence, pinned in the "models" extra) carries its own lists of first names,
surnames, patronymics, street names, cities and postcodes for about 35 locales, written
apart from Faker's. Training on both, and putting both into the gazetteer, keeps the
tagger from learning "a name is a word in Faker's lists".

- `MimesisFake`: the few Faker methods the phrasings in `_pii_ner_data` call (first_name,
  last_name, name, address, street_address, city, postcode, street_name), answered from
  mimesis, with locale forms Faker lacks: Russian and Ukrainian "Фамилия Имя Отчество",
  initials ("Иванов И. И."), "ул./д./кв." addresses; Chinese, Japanese and Korean
  surname + given name written without a space. Everything else falls back to a Faker
  instance of a nearby locale (dates, e-mails, companies, sentences).
- `SyntheticNames`: made-up names in a locale's own script, drawn from a character
  trigram model of that locale's names and kept only when the word is in no list: the
  tagger must then find them by context and shape, never by the word.

Held out for the dev sets (never in training or the gazetteer): `MIMESIS_DEV_LOCALES`.
"""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path
from typing import Any

from faker import Faker

# Training locales (mimesis names) with the Faker locale used for everything else. Italian
# is left out of the texts (it_IT is the dev set's "gazetteer only" tune locale) but not
# out of the gazetteer, like Faker's it_IT.
MIMESIS_TRAIN_LOCALES = {
    "ru": "ru_RU", "uk": "uk_UA", "zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "ar-eg": "ar_EG",
    "ar-sa": "ar_SA", "ar-ma": "ar_AE", "ar-dz": "ar_DZ", "el": "el_GR", "tr": "tr_TR", "pl": "pl_PL",
    "pt-br": "pt_BR", "pt": "pt_PT", "es": "es_ES", "es-mx": "es_MX", "de": "de_DE",
    "de-at": "de_AT", "de-ch": "de_CH", "fr": "fr_FR", "nl": "nl_NL", "nl-be": "nl_BE",
    "en": "en_US", "en-gb": "en_GB", "en-au": "en_AU", "en-ca": "en_CA", "fa": "fa_IR",
    "hu": "hu_HU", "hr": "hr_HR", "sk": "sk_SK", "sv": "sv_SE", "da": "da_DK", "no": "no_NO",
    "et": "et_EE", "is": "is_IS", "az": "az_AZ",
}  # fmt: skip
MIMESIS_GAZ_ONLY_LOCALES = ("it",)
# Never trained on, nor in the gazetteer: a Latin, a Finnic and a Cyrillic (Kazakh) locale,
# matching the Faker dev-only locales cs_CZ and fi_FI.
MIMESIS_DEV_LOCALES = ("cs", "fi", "kk")

_CJK = ("zh", "ja", "ko")
_RU_STREET = ("ул.", "ул.", "улица", "пр-т", "просп.", "пер.", "б-р", "ш.", "наб.", "пл.")
_UK_STREET = ("вул.", "вул.", "вулиця", "просп.", "пров.", "бульв.", "пл.")


@cache
def _data(locale: str, name: str) -> dict[str, Any]:
    import mimesis

    path = Path(mimesis.__file__).resolve().parent / "datasets" / locale / f"{name}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _by_gender(value: Any, gender: str) -> list[str]:
    if isinstance(value, dict):
        return list(value.get(gender) or value.get("male") or [])
    return list(value or [])


def person_lists(locale: str) -> dict[str, list[str]]:
    """First names, surnames, patronymics and titles of a mimesis locale."""
    d = _data(locale, "person")
    out = {"first": [], "last": [], "patronymic": [], "title": []}
    for g in ("male", "female"):
        out["first"] += _by_gender(d.get("names"), g)
        out["last"] += _by_gender(d.get("surnames"), g)
        out["patronymic"] += _by_gender(d.get("patronymic"), g)
    for t in (d.get("title") or {}).values():
        for words in t.values() if isinstance(t, dict) else [t]:
            out["title"] += list(words)
    return out


def address_lists(locale: str) -> dict[str, list[str]]:
    """Street names and suffixes, cities and states of a mimesis locale."""
    d = _data(locale, "address")
    street = d.get("street") or {}
    states = d.get("state") or {}
    return {
        "street": list(street.get("name") or []) + list(street.get("suffix") or []),
        "place": list(d.get("city") or [])
        + list(states.get("name") or [] if isinstance(states, dict) else states),
    }


class MimesisFake:
    """Faker-like answers from mimesis lists for one locale (see the module docstring)."""

    def __init__(self, locale: str, seed: int) -> None:
        from mimesis import Address, Locale

        self.locale = locale
        self._rng = random.Random(seed)
        self._address = Address(Locale(locale), seed=seed)
        self._fallback = Faker(MIMESIS_TRAIN_LOCALES.get(locale, "en_US"))
        self._fallback.seed_instance(seed)
        d = _data(locale, "person")
        names = d.get("names") or _data(locale.split("-")[0], "person").get("names")  # nl-be: nl
        self._names = {g: _by_gender(names, g) for g in ("male", "female")}
        self._surnames = {g: _by_gender(d.get("surnames"), g) for g in ("male", "female")}
        self._patronymics = {g: _by_gender(d.get("patronymic"), g) for g in ("male", "female")}
        self._streets = address_lists(locale)["street"]
        self._gender = "male"

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fallback, name)

    def first_name(self) -> str:
        self._gender = self._rng.choice(("male", "female"))
        return self._rng.choice(self._names[self._gender])

    def last_name(self) -> str:
        return self._rng.choice(self._surnames[self._gender] or self._surnames["male"])

    def name(self) -> str:
        first, last = self.first_name(), self.last_name()
        lang = self.locale[:2]
        if lang in _CJK:
            return last + first if lang != "ja" or self._rng.random() < 0.6 else f"{last} {first}"
        if lang in ("ru", "uk") and self._patronymics[self._gender]:
            pat = self._rng.choice(self._patronymics[self._gender])
            r = self._rng.random()
            if r < 0.3:
                return f"{first} {last}"
            if r < 0.55:
                return f"{last} {first} {pat}"
            if r < 0.7:
                return f"{first} {pat} {last}"
            if r < 0.8:
                return f"{first} {pat}"
            sep = self._rng.choice((" ", ""))
            if r < 0.9:
                return f"{last} {first[0]}.{sep}{pat[0]}."
            return f"{first[0]}.{sep}{pat[0]}. {last}"
        return f"{first} {last}"

    def city(self) -> str:
        return str(self._address.city())

    def postcode(self) -> str:
        return str(self._address.postal_code())

    def street_name(self) -> str:
        return (
            self._rng.choice(self._streets) if self._streets else str(self._address.street_name())
        )

    def _house(self) -> str:
        n = self._rng.randint(1, 250)
        return f"{n}{self._rng.choice(('', '', '', 'а', 'А', 'б', '/2', 'к1'))}"

    def street_address(self) -> str:
        lang = self.locale[:2]
        if lang in ("ru", "uk"):
            kind = self._rng.choice(_RU_STREET if lang == "ru" else _UK_STREET)
            name = str(self._address.street_name())
            street = f"{kind} {name}" if self._rng.random() < 0.8 else f"{name} {kind}"
            house = (
                self._rng.choice(("д.", "д. ", "дом ", ""))
                if lang == "ru"
                else self._rng.choice(("буд.", "буд. ", "б. ", ""))
            )
            out = f"{street}, {house}{self._house()}"
            if self._rng.random() < 0.3:
                block = self._rng.choice(("корп. ", "к. ", "стр. ", "к.", "/"))
                out += f"{'' if block == '/' else ' ' if self._rng.random() < 0.5 else ', '}{block}{self._rng.randint(1, 9)}"
            if self._rng.random() < 0.6:
                out += f", {self._rng.choice(('кв.', 'кв. ', 'оф. '))}{self._rng.randint(1, 300)}"
            return out
        if lang in _CJK:
            return str(self._address.address())
        return str(self._address.address())

    def address(self) -> str:
        lang = self.locale[:2]
        street, city, code = self.street_address(), self.city(), self.postcode()
        r = self._rng.random()
        if lang in ("ru", "uk"):
            # Settlement types: город, село, посёлок, деревня, станица, хутор (uk: місто, село, смт).
            kinds = (
                ("г. ", "г.", "", "город ", "с. ", "п. ", "пос. ", "д. ", "ст-ца ", "х. ")
                if lang == "ru"
                else ("м. ", "м.", "", "місто ", "с. ", "смт ", "сел. ")
            )
            town = f"{self._rng.choice(kinds)}{city}"
            if r < 0.4:
                return f"{code}, {town}, {street}"
            if r < 0.7:
                return f"{town}, {street}"
            if r < 0.85:
                return f"{street}, {town}, {code}"
            return f"{street}\n{town}\n{code}"
        if lang in _CJK:
            if lang == "ko":
                return f"{city} {street}" if r < 0.7 else f"{street}, {city}"
            return (
                f"{city}{street}"
                if r < 0.7
                else f"〒{code} {city}{street}"
                if lang == "ja"
                else f"{code} {city}{street}"
            )
        if lang in ("en", "ar", "fa"):
            return f"{street}, {city} {code}" if r < 0.6 else f"{street}\n{city}, {code}"
        return f"{street}, {code} {city}" if r < 0.7 else f"{street}\n{code} {city}"


class SyntheticNames:
    """Made-up names in a locale's script: a character trigram model of its real names.

    Args:
        first: real first names of the locale.
        last: real surnames.
        known: lower-cased words to avoid (the gazetteer's), so that each name is new.
        seed: random seed.
    """

    def __init__(self, first: list[str], last: list[str], known: set[str], seed: int) -> None:
        self._rng = random.Random(seed)
        self._known = known
        self._models = {k: self._fit(v) for k, v in (("first", first), ("last", last))}

    @staticmethod
    def _fit(words: list[str]) -> dict[str, list[str]]:
        model: dict[str, list[str]] = {}
        for w in words:
            if " " in w or len(w) < 2:
                continue
            padded = "^^" + w + "$"
            for i in range(len(padded) - 2):
                model.setdefault(padded[i : i + 2], []).append(padded[i + 2])
        return model

    def word(self, part: str, fallback: str) -> str:
        model = self._models[part]
        if not model:
            return fallback
        for _ in range(20):
            out, ctx = "", "^^"
            while len(out) < 14:
                nxt = self._rng.choice(model.get(ctx) or ["$"])
                if nxt == "$":
                    break
                out += nxt
                ctx = ctx[1] + nxt
            if len(out) >= 2 and out.lower() not in self._known:
                return out
        return fallback


class SyntheticFake:
    """A Faker-like source (Faker or `MimesisFake`) whose names are made up (`SyntheticNames`)."""

    def __init__(self, base: Any, names: SyntheticNames) -> None:
        self._base = base
        self._names = names

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def first_name(self) -> str:
        return self._names.word("first", str(self._base.first_name()))

    def last_name(self) -> str:
        return self._names.word("last", str(self._base.last_name()))

    def name(self) -> str:
        return f"{self.first_name()} {self.last_name()}"  # not used for CJK locales
