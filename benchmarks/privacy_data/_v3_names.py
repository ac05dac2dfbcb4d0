# ruff: noqa: RUF001, RUF002  (text in Greek, Cyrillic, Arabic and CJK on purpose)
"""Person names for eval_v3, drawn from PyPI `names-dataset` (MIT) per country, in the locale's script.

How the pools are made (deterministic: sorted by the dataset's per-country rank, ties by name):
- first names ranked in the locale's country, written in the locale's script, one word of 2-15
  letters, used for one gender in >= 80% of the dataset's records (drops words that are not
  given names; >= 50% for hi_IN, whose Devanagari women's names are few); last names ranked in the country, same script and length rules;
- a short stoplist drops words the dataset holds as names that are not (Arabic "انا" = "I",
  Korean "남자" = "man", ...);
- Slavic and Greek surnames are split by grammatical gender so a woman gets "Nowakowska",
  "Иванова", "Παπαδοπούλου" (endings listed in `_FEMININE`);
- uk_UA: the dataset has no Ukraine; first names are Cyrillic names ranked in PL, CZ or IT
  (Ukrainian communities there) without the Russian-only letters ы э ъ ё; last names are
  Cyrillic surnames ranked anywhere with Ukrainian endings (-енко, -чук, -ський, ...) or the
  letters і ї є ґ;
- zh_CN and ko_KR: the dataset has no single-character surnames, so surnames are the 60 most
  common of the Hundred Family Surnames (public domain) and the 60 most common Korean surnames,
  plus compound surnames the dataset ranks (欧阳, 남궁, ...); given names are the dataset's.
Sampling: each name part is drawn 60% uniformly from the pool's top 300 ("common") and 40%
uniformly from positions 300-3000 ("rare"), so about 40% of parts are beyond the top few hundred.
ar_EG: the rare band ends at 1500, and names starting "ابو"/"أبو" (nicknames), "و" ("and ...")
or two names run together ("احمدعلي") are dropped.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

COUNTRY = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "en_GB": "GB",
    "en_US": "US",
    "el_GR": "GR",
    "ru_RU": "RU",
    "ar_EG": "EG",
    "hi_IN": "IN",
    "ja_JP": "JP",
    "zh_CN": "CN",
    "ko_KR": "KR",
    "pt_BR": "BR",
    "tr_TR": "TR",
    "uk_UA": "UA",
    "cs_CZ": "CZ",
}
_SCRIPT = {
    "el_GR": "GREEK",
    "ru_RU": "CYRILLIC",
    "uk_UA": "CYRILLIC",
    "ar_EG": "ARABIC",
    "hi_IN": "DEVANAGARI",
    "ja_JP": "CJK",
    "zh_CN": "CJK",
    "ko_KR": "HANGUL",
}
COMMON, RARE_END = 300, 3000
_STOP = {
    "انا",
    "ابو",
    "أبو",
    "ام",
    "أم",
    "الله",
    "السيد",
    "سيد",
    "مفيش",
    "مستحيل",
    "عشق",
    "ثقتي",
    "البوب",
    "الحياه",
    "الرحمن",
    "المصري",
    "العرب",
    "امة",
    "남성",
    "남자",
    "여성",
    "여자",
    "김김",
    "Παπα",
    "Μαρια",
    "Μαρία",
    "Εξ",
    "Κον",
    "Κκ",
    "का",
    "की",
    "के",
    "जी",
    "नाम",
    "Bilmiyorum",
}
_ZH_SURNAMES = (  # noqa: SIM905 (one line of surnames reads better than sixty strings)
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
    "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范"
).split()
_ZH_COMPOUND = ("欧阳", "司徒", "上官", "司马", "诸葛", "慕容", "夏侯", "皇甫", "宇文", "东方")
_KO_SURNAMES = (  # noqa: SIM905
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 "
    "심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석"
).split()
_KO_COMPOUND = ("남궁", "황보", "제갈", "선우", "사공", "독고")
_FEMININE = {
    "ru_RU": ("а", "я"),
    "uk_UA": ("а", "я"),
    "pl_PL": ("ska", "cka", "dzka", "owa", "ewa"),
    "cs_CZ": ("á",),
    "el_GR": ("ου", "ού", "η", "ή", "α", "ά"),
}
_UK_ENDINGS = (
    "енко",
    "чук",
    "юк",
    "ук",
    "ський",
    "цький",
    "ська",
    "цька",
    "ич",
    "ів",
    "ишин",
    "ко",
)


@dataclass(frozen=True)
class Person:
    """One sampled person: given name, family name, and whether each part came from the rare band."""

    first: str
    last: str
    gender: str
    locale: str
    rare: bool

    @property
    def full(self) -> str:
        if self.locale in ("ja_JP", "zh_CN"):
            return self.last + self.first
        if self.locale == "ko_KR":
            return self.last + self.first
        return f"{self.first} {self.last}"


def _script(word: str) -> str:
    return unicodedata.name(word[0], "?").split()[0]


_AR_JOINED = ("محمد", "احمد", "أحمد", "محمود", "عمرو", "على", "علي")


def _arabic_ok(word: str) -> bool:
    """Drops profile-name debris: "ابو..." nicknames, "و..." ("and ..."), two names run together."""
    if len(word) < 3 or word.startswith(("ابو", "أبو", "و")):
        return False
    return not any(word.startswith(n) and len(word) - len(n) >= 3 for n in _AR_JOINED)


def _letters_ok(word: str, locale: str) -> bool:
    if not 2 <= len(word) <= 15 or " " in word or word in _STOP:
        return False
    if locale == "ar_EG" and not _arabic_ok(word):
        return False
    script = _SCRIPT.get(locale, "LATIN")
    for ch in word:
        if ch == "-" and script in ("LATIN", "CYRILLIC", "GREEK"):
            continue
        # Devanagari vowel signs and viramas are marks, not letters.
        if not (ch.isalpha() or unicodedata.category(ch).startswith("M")):
            return False
        name = unicodedata.name(ch, "?")
        if locale == "ja_JP":
            if not name.startswith(("CJK UNIFIED", "HIRAGANA")):
                return False
        elif locale == "ar_EG":
            if not "\u0621" <= ch <= "\u064a":
                return False
        elif not name.startswith(script):
            return False
    if script in ("LATIN", "CYRILLIC", "GREEK"):
        return word[0].isupper() and not word[1:].isupper() and "-" not in (word[0], word[-1])
    return True


_WANTED = set(COUNTRY.values()) | {"KZ", "MD", "IL"}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict]:
    """{country: [(rank, name, info)]} for first and last names, in one pass over the dataset."""
    from names_dataset import NameDataset

    data = NameDataset()
    out = []
    for table in (data.first_names, data.last_names):
        by_country: dict[str, list] = {}
        for name, info in table.items():
            for country, rank in info["rank"].items():
                if country in _WANTED and rank is not None:
                    by_country.setdefault(country, []).append((rank, name, info))
        out.append(by_country)
    return out[0], out[1]


# The Egyptian tail is thick with nicknames and words; its rare band stops earlier.
_RARE_END = {"ar_EG": 1500}


def _ranked(table: dict, countries: tuple[str, ...], keep, locale: str = "") -> list[str]:
    best: dict[str, int] = {}
    for country in countries:
        for rank, name, info in table.get(country, ()):
            if (name not in best or rank < best[name]) and keep(name, info):
                best[name] = rank
    rows = sorted((rank, name) for name, rank in best.items())
    return [name for _, name in rows][: _RARE_END.get(locale, RARE_END)]


def _gender(info: dict, share: float = 0.8) -> str | None:
    genders = info.get("gender") or {}
    if not genders:
        return None
    best = max(sorted(genders), key=lambda g: genders[g])
    return best if genders[best] >= share else None


# Devanagari given names are few in the dataset and women's are often tagged for both genders.
_GENDER_SHARE = {"hi_IN": 0.5}


@dataclass(frozen=True)
class Pools:
    female: tuple[str, ...]
    male: tuple[str, ...]
    last_f: tuple[str, ...]
    last_m: tuple[str, ...]


@cache
def pools(locale: str) -> Pools:
    firsts, lasts = _tables()
    country = (COUNTRY[locale],)
    first_countries = ("PL", "CZ", "IT") if locale == "uk_UA" else country

    def first_ok(gender: str):
        def keep(name: str, info: dict) -> bool:
            if (
                not _letters_ok(name, locale)
                or _gender(info, _GENDER_SHARE.get(locale, 0.8)) != gender
            ):
                return False
            if locale == "uk_UA" and re.search("[ыэъё]", name):
                return False
            if locale == "ar_EG" and name.startswith("ال"):  # "the ...": a word, not a given name
                return False
            if locale in ("zh_CN", "ko_KR"):
                return len(name) == 2
            return not (locale == "ja_JP" and len(name) > 3)

        return keep

    female = _ranked(firsts, first_countries, first_ok("F"), locale)
    male = _ranked(firsts, first_countries, first_ok("M"), locale)
    if locale == "zh_CN":
        last = list(_ZH_SURNAMES) + list(_ZH_COMPOUND)
    elif locale == "ko_KR":
        last = list(_KO_SURNAMES) + list(_KO_COMPOUND)
    elif locale == "uk_UA":

        def uk_last(name: str, info: dict) -> bool:
            return (
                _letters_ok(name, locale)
                and not re.search("[ыэъё]", name)
                and (name.endswith(_UK_ENDINGS) or re.search("[іїєґ]", name) is not None)
            )

        last = _ranked(lasts, ("RU", "KZ", "MD", "PL", "CZ", "IT", "IL"), uk_last, locale)
    else:

        def last_ok(name: str, info: dict) -> bool:
            return _letters_ok(name, locale) and not (
                locale == "ja_JP"
                and (len(name) > 3 or not unicodedata.name(name[0]).startswith("CJK"))
            )

        last = _ranked(lasts, country, last_ok, locale)
    fem = _FEMININE.get(locale)
    if fem:
        last_f = [n for n in last if n.endswith(fem)]
        last_m = [n for n in last if not n.endswith(fem)]
        if locale == "el_GR":  # indeclinable genitive surnames (Γεωργίου) are worn by men too
            last_m = [
                n
                for n in last
                if not n.endswith(
                    (
                        "η",
                        "ή",
                        "α",
                        "ά",
                        "ίδου",
                        "ιδου",
                        "άδου",
                        "αδου",
                        "ούλου",
                        "ουλου",
                        "άκου",
                        "ακου",
                    )
                )
            ]
        if locale == "uk_UA":  # -енко, -чук ... do not change with gender
            last_f += [n for n in last if n.endswith(("енко", "чук", "юк", "ук", "ич", "ів", "ко"))]
            last_f.sort(key=last.index)
        if locale == "pl_PL":
            last_m = [n for n in last_m if not n.endswith(("owa", "ewa"))]
            last_f = [n for n in last_f] + [
                n for n in last if not n.endswith(("ski", "cki", "dzki", "ska", "cka", "dzka"))
            ]
            last_f = sorted(set(last_f), key=last.index)
    else:
        last_f = last_m = last
    return Pools(tuple(female), tuple(male), tuple(last_f), tuple(last_m))


def _pick(rng: random.Random, pool: tuple[str, ...]) -> tuple[str, bool]:
    if len(pool) > COMMON and rng.random() < 0.4:
        return pool[rng.randrange(COMMON, len(pool))], True
    return pool[rng.randrange(0, min(COMMON, len(pool)))], False


def person(rng: random.Random, locale: str) -> Person:
    p = pools(locale)
    gender = "F" if rng.random() < 0.5 else "M"
    first, rare1 = _pick(rng, p.female if gender == "F" else p.male)
    if locale in ("zh_CN", "ko_KR"):
        # Compound surnames are rare by construction; the common single ones come first.
        pool = p.last_f
        last = (
            pool[rng.randrange(0, len(pool))] if rng.random() < 0.1 else pool[rng.randrange(0, 30)]
        )
        rare2 = len(last) == 2
    else:
        last, rare2 = _pick(rng, p.last_f if gender == "F" else p.last_m)
    return Person(first, last, gender, locale, rare1 or rare2)


def pool_sizes(locale: str) -> dict[str, int]:
    p = pools(locale)
    return {
        "female": len(p.female),
        "male": len(p.male),
        "last_f": len(p.last_f),
        "last_m": len(p.last_m),
    }
