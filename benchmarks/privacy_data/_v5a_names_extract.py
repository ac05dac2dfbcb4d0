"""Extract the person-name pools of eval_v5a from PyPI ``names-dataset==3.3.1``.

Run once (``python benchmarks/privacy_data/_v5a_names_extract.py``); it writes
``_v5a_names.json`` beside itself, which the generator reads (loading the full dataset takes
~2 GB and ~20 s, too slow for ``--check`` in a test).

Per locale (country code in COUNTRY), names ranked for that country are kept in the
dataset's rank order if they pass the filters below; the first CAP survivors are written.
- script: every letter in the locale's script (Latin, Cyrillic, Greek, Hangul, Arabic);
- one word of letters only (Persian: an inner space or ZWNJ allowed, as in نبی زاده), 2-14
  letters; Latin/Cyrillic/Greek names in title case;
- given names need gender data; they are split by their majority gender;
- fr_CA keeps the Canadian names whose share in France is larger than in the US and the UK;
- ko_KR family names: names-dataset's Hangul family-name list for KR is noise (남성, 여자,
  ...; no one-syllable surname at all), so the KR-ranked romanised surnames (Kim, Park, Choi,
  ...) are taken in rank order and written in Hangul through KO_SURNAME (first spelling wins);
- "latin": ASCII given names for e-mail local parts in non-Latin locales, kept only when
  the locale's country is the name's largest share (IR rows in 3.3.1 mix in Czech names).
"""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

import gzip
import json
import pickle
import unicodedata
from pathlib import Path

import names_dataset

CAP = 1500
COUNTRY = {
    "en_CA": "CA",
    "fr_CA": "CA",
    "es_AR": "AR",
    "pt_PT": "PT",
    "pl_PL": "PL",
    "tr_TR": "TR",
    "ko_KR": "KR",
    "el_GR": "GR",
    "bg_BG": "BG",
    "fa_IR": "IR",
}
SCRIPT = {
    "ko_KR": "HANGUL",
    "el_GR": "GREEK",
    "bg_BG": "CYRILLIC",
    "fa_IR": "ARABIC",
}
KO_SURNAME = {
    "Kim": "김",
    "Park": "박",
    "Choi": "최",
    "Cho": "조",
    "Kang": "강",
    "Jung": "정",
    "Shin": "신",
    "Jang": "장",
    "Jeong": "정",
    "Kwon": "권",
    "Seo": "서",
    "Hwang": "황",
    "Yoon": "윤",
    "Jeon": "전",
    "Yun": "윤",
    "Yoo": "유",
    "Ahn": "안",
    "Ryu": "류",
    "Baek": "백",
    "Kwak": "곽",
    "Im": "임",
    "Heo": "허",
    "Shim": "심",
    "Byun": "변",
    "Chae": "채",
    "Seong": "성",
    "Eom": "엄",
    "Sohn": "손",
    "Seok": "석",
    "Rhee": "이",
    "Cheon": "천",
    "Pyo": "표",
    "Yeon": "연",
    "Yeom": "염",
    "Seol": "설",
    "Kyung": "경",
    "Yuk": "육",
    "Eum": "음",
    "Maeng": "맹",
    "Myung": "명",
    "Namgung": "남궁",
    "Hyeon": "현",
    "Keum": "금",
    "Bahng": "방",
    "Lee": "이",
    "Han": "한",
    "Oh": "오",
    "Song": "송",
    "Lim": "임",
    "Moon": "문",
    "Yang": "양",
    "Ko": "고",
    "Bae": "배",
    "Nam": "남",
    "Noh": "노",
    "Ha": "하",
    "Koo": "구",
    "Min": "민",
    "Na": "나",
    "Jin": "진",
    "Woo": "우",
    "Ji": "지",
    "Cha": "차",
    "Joo": "주",
    "Hong": "홍",
    "Yu": "유",
    "Son": "손",
    "Go": "고",
    "Do": "도",
    "Ma": "마",
    "Tak": "탁",
    "Bong": "봉",
    "Hwangbo": "황보",
    "Sunwoo": "선우",
    "Jegal": "제갈",
    "Ok": "옥",
    "Sim": "심",
    "Won": "원",
    "Gil": "길",
    "Ki": "기",
}


def _scripts(name: str) -> set[str]:
    return {unicodedata.name(ch, "?").split()[0] for ch in name if ch.isalpha()}


def _ok(name: str, locale: str) -> bool:
    script = SCRIPT.get(locale, "LATIN")
    core = name.replace("\u200c", "")
    if locale == "fa_IR":
        core = core.replace(" ", "")
    if not core.isalpha() or not 2 <= len(core) <= 14 or _scripts(core) != {script}:
        return False
    if any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in core):
        return False  # Arabic presentation forms: pasted from PDFs, not typed names
    if script in ("LATIN", "CYRILLIC", "GREEK") and name != name[:1].upper() + name[1:].lower():
        return False
    if script != "HANGUL" and len(core) < 3:
        return False
    if script == "LATIN" and not any(c in "aeiouyáéíóúàèâêôãõäëïöüıąę" for c in core.lower()):
        return False
    return name.lower() not in JUNK


# Page, group and place names that names-dataset 3.3.1 ranks as person names in these countries.
JUNK = {
    "constructora",
    "osp",
    "polscy",
    "nieczynne",
    "kibice",
    "sklep",
    "firma",
    "grupo",
    "club",
    "tienda",
    "taller",
    "escuela",
    "loja",
    "grupa",
    "market",
    "shop",
    "store",
    "official",
    "radio",
    "studio",
    "hotel",
    "restaurant",
    "auto",
    "moto",
    "cafe",
    "bar",
    "pizza",
    "tv",
    "lewiatan",
    "wiosna",
    "dzieci",
    "rodzina",
    "familia",
    "family",
    "team",
    "pani",
    "pan",
    "hurtownia",
    "projekt",
    "ekipa",
    "piekarnia",
    "desconhecido",
    "tierra",
    "магазин",
    "пловдив",
    "софия",
    "варна",
    "бургас",
    "ράδιο",
    "ζαχαροπλαστείο",
    "βμκ",
    "αθηνα",
    "جوجه",
    "ايران",
    "ایران",
    "تهران",
    "خانوم",
    "خانم",
    "آقا",
    "مهندس",
    "دکتر",
    "г-н",
    "г-жа",
}


def _french(info: dict) -> bool:
    shares = info.get("country") or {}
    return shares.get("FR", 0) > max(shares.get("US", 0), shares.get("GB", 0))


def _ranked(table: dict, cc: str) -> list[tuple[int, str, dict]]:
    rows = [(v["rank"][cc], n, v) for n, v in table.items() if v["rank"].get(cc)]
    return sorted(rows, key=lambda r: (r[0], r[1]))


def main() -> None:
    base = Path(names_dataset.__file__).parent / "v3"
    with gzip.open(base / "first_names.pkl.gz") as fh:
        first = pickle.load(fh)
    with gzip.open(base / "last_names.pkl.gz") as fh:
        last = pickle.load(fh)
    out: dict[str, dict[str, list[str]]] = {}
    for locale, cc in COUNTRY.items():
        pools: dict[str, list[str]] = {"given_f": [], "given_m": [], "family": [], "latin": []}
        for _, name, info in _ranked(first, cc):
            if locale == "fr_CA" and not _french(info):
                continue
            if locale in SCRIPT and name.isascii() and name.isalpha() and 3 <= len(name) <= 10:
                shares = info.get("country") or {}
                if shares and max(shares, key=shares.get) == cc and len(pools["latin"]) < CAP:
                    pools["latin"].append(name)
            if not _ok(name, locale) or not info.get("gender"):
                continue
            g = info["gender"]
            key = "given_f" if g.get("F", 0) > g.get("M", 0) else "given_m"
            if locale == "ko_KR" and len(name) != 2:
                continue
            if len(pools[key]) < CAP:
                pools[key].append(name)
        for _, name, info in _ranked(last, cc):
            if locale == "fr_CA" and not _french(info):
                continue
            if locale == "ko_KR":
                hangul = KO_SURNAME.get(name)
                if hangul and hangul not in pools["family"]:
                    pools["family"].append(hangul)
                continue
            if not _ok(name, locale):
                continue
            if len(pools["family"]) < CAP:
                pools["family"].append(name)
        out[locale] = pools
        print(locale, {k: len(v) for k, v in pools.items()})
    path = Path(__file__).with_name("_v5a_names.json")
    path.write_text(
        json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
