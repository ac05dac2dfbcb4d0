"""Person names for the fourth held-out privacy set, half b (eval_v4b).

Source: PyPI `names-dataset==3.3.1` (Philippe Remy, MIT licence), first and last names per
country from its `get_top_names`. Loading that package takes about a minute and 2 GB, so
`python benchmarks/privacy_data/_v4b_names.py --extract` runs it once and writes the filtered,
rank-ordered lists to `eval_v4b_names.json` beside this file; the generator reads that file.

Filtering (per country, per list, rank order kept): the name must be written in the locale's
script (Latin letters with diacritics, or Han characters for zh_CN), 2-20 characters, no
digits, start with a capital (Latin), contain a vowel (except "Ng"), not be a roman numeral,
and not be one of a few dataset artefacts. names-dataset
3.3.1 has no Australian list: en_AU draws from GB (70%) and from whichever of IE, IT, GR, IN, PH and LB
names-dataset has (30%), which is the mix of a Sydney or Melbourne customer list.

Chinese family names: names-dataset lists almost no single-character Han family names (its
Chinese family names are in pinyin), so the generator takes the dataset's pinyin ranking and
writes each name in its usual Han spelling (`_HAN_FAMILY`, 150 names), and draws 10% from the
compound Han family names the dataset does list (欧阳, 司徒, ...).

Sampling (`pick_*`): 60% of draws come uniformly from the top 300 of the filtered list and 40%
uniformly from ranks 301..end (up to rank 1000, Han up to 400), so rarer names are common.
"""

from __future__ import annotations

import json
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

NAMES_FILE = Path(__file__).with_name("eval_v4b_names.json")

# locale -> names-dataset country codes (the first is the main one)
COUNTRIES = {
    "en_GB": ["GB"],
    "es_ES": ["ES"],
    "pt_BR": ["BR"],
    "zh_CN": ["CN"],
    "it_IT": ["IT"],
    "da_DK": ["DK"],
    "nb_NO": ["NO"],
    "id_ID": ["ID"],
    "es_MX": ["MX"],
    "en_AU": ["GB", "IE", "IT", "GR", "IN", "PH", "LB"],
}

_LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞŁŠŽ][a-zà-öø-ÿłšžA-ZÀ-ÖØ-Þ'’-]+( [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+)?$")  # noqa: RUF001
_HAN = re.compile(r"^[\u4e00-\u9fff]{1,3}$")
# obvious artefacts seen in the lists (company words, titles, single letters)
_JUNK = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "The",
    "And",
    "Von",
    "Van",
    "De",
    "Da",
    "Do",
    "Dos",
    "El",
    "La",
    "Le",
    "Di",
    "Del",
    "Official",
    "Shop",
    "Store",
    "Team",
    "Page",
    "Group",
    "Love",
}


_VOWEL = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý]", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVX]+$", re.IGNORECASE)


def _keep(name: str, han: bool) -> bool:
    if han:
        return bool(_HAN.match(name))
    # no vowel ("Pg", "Gb") or a roman numeral ("Ii"): initials and suffixes, not names
    plausible = bool(_VOWEL.search(name)) or name == "Ng"
    return (
        bool(_LATIN.match(name))
        and 2 <= len(name) <= 20
        and name not in _JUNK
        and plausible
        and not _ROMAN.match(name)
    )


def extract() -> dict[str, dict[str, list[str]]]:
    """Read names-dataset and return {country: {"M": [...], "F": [...], "L": [...]}}."""
    from names_dataset import NameDataset  # slow: only here

    nd = NameDataset()
    out: dict[str, dict[str, list[str]]] = {}
    codes = sorted({c for cs in COUNTRIES.values() for c in cs})
    for code in codes:
        han = code == "CN"
        n = 6000 if han else 1400
        try:
            first = nd.get_top_names(n=n, country_alpha2=code)[code]
        except KeyError:
            print(code, "not in names-dataset, skipped")
            continue
        last = nd.get_top_names(n=n, country_alpha2=code, use_first_names=False)[code]
        cap = 400 if han else 1000
        lists = {
            "M": [x for x in first["M"] if _keep(x, han)][:cap],
            "F": [x for x in first["F"] if _keep(x, han)][:cap],
            "L": [x for x in last if _keep(x, han) and (not han or len(x) <= 2)][:cap],
        }
        if han:  # Han family names are rare in the dataset: keep its pinyin ranking too
            lists["L_pinyin"] = [x for x in last if _keep(x, False)][:300]
        out[code] = lists
    return out


@lru_cache(maxsize=1)
def _lists() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    return data


def _ranked(rng: random.Random, names: list[str]) -> str:
    head = min(300, len(names))
    if rng.random() < 0.6 or len(names) <= head:
        return names[rng.randrange(head)]
    return names[rng.randrange(head, len(names))]


def _country(rng: random.Random, locale: str) -> str:
    codes = [c for c in COUNTRIES[locale] if c in _lists()]
    if len(codes) == 1 or rng.random() < 0.7:
        return codes[0]
    return rng.choice(codes[1:])


def pick_first(rng: random.Random, locale: str, gender: str | None = None) -> str:
    g = gender or rng.choice("MF")
    return _ranked(rng, _lists()[_country(rng, locale)][g])


# names-dataset ranks Chinese family names in pinyin; these are the usual Han spellings
_HAN_PAIRS = [
    x.split(":")
    for x in [
        "Wang:王",
        "Li:李",
        "Zhang:张",
        "Liu:刘",
        "Chen:陈",
        "Yang:杨",
        "Huang:黄",
        "Zhao:赵",
        "Wu:吴",
        "Zhou:周",
        "Xu:徐",
        "Sun:孙",
        "Ma:马",
        "Zhu:朱",
        "Hu:胡",
        "Guo:郭",
        "He:何",
        "Gao:高",
        "Lin:林",
        "Luo:罗",
        "Zheng:郑",
        "Liang:梁",
        "Xie:谢",
        "Song:宋",
        "Tang:唐",
        "Han:韩",
        "Feng:冯",
        "Deng:邓",
        "Cao:曹",
        "Peng:彭",
        "Zeng:曾",
        "Xiao:肖",
        "Tian:田",
        "Dong:董",
        "Pan:潘",
        "Yuan:袁",
        "Cai:蔡",
        "Jiang:蒋",
        "Yu:余",
        "Du:杜",
        "Ye:叶",
        "Cheng:程",
        "Wei:魏",
        "Su:苏",
        "Lu:陆",
        "Ding:丁",
        "Ren:任",
        "Lu:卢",
        "Yao:姚",
        "Shen:沈",
        "Zhong:钟",
        "Jiang:姜",
        "Cui:崔",
        "Tan:谭",
        "Fan:范",
        "Wang:汪",
        "Liao:廖",
        "Shi:石",
        "Jin:金",
        "Wei:韦",
        "Jia:贾",
        "Xia:夏",
        "Fu:傅",
        "Fang:方",
        "Zou:邹",
        "Xiong:熊",
        "Bai:白",
        "Meng:孟",
        "Qin:秦",
        "Qiu:邱",
        "Hou:侯",
        "Jiang:江",
        "Yin:尹",
        "Xue:薛",
        "Yan:闫",
        "Duan:段",
        "Lei:雷",
        "Long:龙",
        "Li:黎",
        "Shi:史",
        "Tao:陶",
        "He:贺",
        "Mao:毛",
        "Hao:郝",
        "Gu:顾",
        "Gong:龚",
        "Shao:邵",
        "Wan:万",
        "Qian:钱",
        "Yan:严",
        "Lai:赖",
        "Qin:覃",
        "Hong:洪",
        "Wu:武",
        "Mo:莫",
        "Kong:孔",
        "Ou:欧",
        "Chang:常",
        "Wen:温",
        "Niu:牛",
        "Qi:齐",
        "Ning:宁",
        "Ge:葛",
        "Kang:康",
        "Yi:易",
        "Zhan:詹",
        "Guan:关",
        "Ji:纪",
        "Xing:邢",
        "Bao:鲍",
        "Shu:舒",
        "Zhuang:庄",
        "Qu:屈",
        "Xiang:向",
        "Rao:饶",
        "Ou:区",
        "Sheng:盛",
        "Tong:童",
        "Lv:吕",
        "Ni:倪",
        "Luo:骆",
        "Yue:岳",
        "Hua:华",
        "Mei:梅",
        "Lan:兰",
        "Xin:辛",
        "Dai:戴",
        "Ruan:阮",
    ]
]
_HAN_FAMILY: dict[str, str] = {}
for _py, _han in _HAN_PAIRS:  # the first (commoner) spelling of a pinyin wins
    _HAN_FAMILY.setdefault(_py, _han)
_HAN_COMPOUND = {
    "欧阳",
    "司徒",
    "上官",
    "司马",
    "诸葛",
    "申屠",
    "慕容",
    "夏侯",
    "皇甫",
    "令狐",
    "尉迟",
    "端木",
    "宇文",
    "东方",
    "淳于",
    "赫连",
    "轩辕",
}


def _han_family(rng: random.Random) -> str:
    lists = _lists()["CN"]
    if rng.random() < 0.1:
        return rng.choice([x for x in lists["L"] if x in _HAN_COMPOUND])
    ranked = [_HAN_FAMILY[x] for x in lists["L_pinyin"] if x in _HAN_FAMILY]
    return _ranked(rng, ranked)


def pick_last(rng: random.Random, locale: str) -> str:
    code = _country(rng, locale)
    return _han_family(rng) if code == "CN" else _ranked(rng, _lists()[code]["L"])


def pick_person(rng: random.Random, locale: str) -> tuple[str, str, str]:
    """(given, family, gender) from one country's lists."""
    code = _country(rng, locale)
    g = rng.choice("MF")
    lists = _lists()[code]
    family = _han_family(rng) if code == "CN" else _ranked(rng, lists["L"])
    return _ranked(rng, lists[g]), family, g


def main(argv: list[str]) -> int:
    if argv != ["--extract"]:
        print("usage: python benchmarks/privacy_data/_v4b_names.py --extract", file=sys.stderr)
        return 2
    data = extract()
    NAMES_FILE.write_text(
        json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    for code, lists in sorted(data.items()):
        print(code, {k: len(v) for k, v in lists.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
