# ruff: noqa: RUF001 - text in many scripts on purpose
"""Person names for eval_v4a, drawn from names-dataset 3.3.1 (per country, in the locale's script).

The dataset takes ~45 s and ~2 GB to load, so the filtered, rank-ordered pools are written once
to `_v4a_name_pools.json` (`python benchmarks/privacy_data/_v4a_names.py --rebuild`) and the
generator reads that file. Sampling (see `pick`): 60 % uniformly from the 300 best-ranked names
of the pool, 40 % uniformly from ranks 301..2000 (or the end of the pool).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

POOLS_FILE = Path(__file__).with_name("_v4a_name_pools.json")
TOP = 300
CAP = 2000

# locale -> names-dataset country. Romania is not in the dataset: Moldova's (Romanian-speaking)
# names stand in. Vietnam is not in it either: see _vietnamese().
COUNTRY = {
    "en_US": "US", "de_DE": "DE", "fr_FR": "FR", "ja_JP": "JP", "ru_RU": "RU",
    "ro_RO": "MD", "hu_HU": "HU", "fi_FI": "FI", "he_IL": "IL",
}
_LATIN = r"[A-Za-zÀ-ÖØ-öø-ɏ'’]"
SCRIPT = {
    "ja_JP": re.compile(r"^[\u4e00-\u9fff][\u3040-\u30ff\u4e00-\u9fff]+$"),
    "ru_RU": re.compile(r"^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$"),
    "he_IL": re.compile(r"^[\u05d0-\u05ea][\u05d0-\u05ea'\"]+$"),
}
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?$")
# Letters only Vietnamese writes (horn vowels and the dot-below / hook-above tone letters).
_VN_ONLY = set("ưƯơƠạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹỲỴỶỸ")
_VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Đoàn", "Trịnh", "Lưu", "Mai", "Cao", "Tạ", "Đào", "Tô", "Hà", "Lâm", "Quách", "Thái", "Tăng", "Châu", "Kiều", "Mạc", "Vương", "Triệu", "Phùng"]
_VN_BASE = set("abcdeghiklmnopqrstuvxyđ")
_VN_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}


def _vn_word(name: str) -> bool:
    """Title-case word spelled with the Vietnamese alphabet and tone marks only."""
    import unicodedata

    if not (name[:1].isupper() and name[1:] == name[1:].lower()):
        return False
    prev = ""
    tones = 0
    for ch in unicodedata.normalize("NFD", name.lower()):
        if ch in _VN_MARKS:
            if prev not in "aeiouy":  # marks sit on vowels only
                return False
            tones += ch in "\u0300\u0301\u0303\u0309\u0323"
        elif ch in _VN_BASE:
            prev = ch
        else:
            return False
    base = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if c in _VN_BASE)
    return tones <= 1 and bool(_VN_SYLLABLE.match(base))


# One Vietnamese syllable: onset, one to three vowels, allowed coda.
_VN_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$")
VN_KEEP = 80  # lower ranks are mostly nicknames and ordinary words people put in the name field


def _ok(locale: str, name: str) -> bool:
    pat = SCRIPT.get(locale)
    return bool(pat.match(name)) if pat else bool(_LATIN_NAME.match(name)) and len(name) > 2


def _vietnamese(nd: object) -> dict[str, list[str]]:
    """Every dataset name written with letters only Vietnamese uses, ranked by its best rank."""

    def scan(table: dict, first: bool) -> list[tuple[int, str, dict]]:
        rows = []
        for name, info in table.items():
            if not (_vn_word(name) and set(name) & _VN_ONLY) or name in _VN_FAMILY:
                continue
            ranks = [r for r in (info.get("rank") or {}).values() if r]
            rows.append((min(ranks or [10**9]), name, info.get("gender") or {}))
        rows.sort(key=lambda r: (r[0], r[1]))
        return rows

    first = scan(nd.first_names, True)  # type: ignore[attr-defined]
    # Family names: the dataset's last-name table mixes in given names, so keep only the common
    # Vietnamese family names (written out here) that the dataset holds, in its rank order.
    table = nd.last_names  # type: ignore[attr-defined]
    last = []
    for name in _VN_FAMILY:
        ranks = [r for r in ((table.get(name) or {}).get("rank") or {}).values() if r]
        if ranks:
            last.append((min(ranks), name, {}))
    last.sort(key=lambda r: (r[0], r[1]))
    top_last = set(_VN_FAMILY)
    male = [n for _, n, g in first if g.get("M", 0) >= 0.5 and n not in top_last]
    female = [n for _, n, g in first if g.get("F", 0) > 0.5 and n not in top_last]
    return {"M": male[:VN_KEEP], "F": female[:VN_KEEP], "L": [n for _, n, _ in last][:CAP]}


_RO_ONLY = set("ăĂșȘțȚţŢ")  # not â î ş: Turkish, Portuguese and French write those too
_RO_ALPHA = re.compile(r"^[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţ]+(-[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţ]+)?$")
RO_MD_KEEP = 150


def _romanian(nd: object, moldova: list[str], gender: str, surnames: set[str]) -> list[str]:
    """Moldova's best 150 given names, then every dataset first name spelled in the Romanian
    alphabet with a Romanian-only letter (ă ș ț ţ), ranked by its best rank in any country (Moldova's list below rank ~150 is
    mostly spam, shop names and words)."""
    head = moldova[:RO_MD_KEEP]
    seen = set(head)
    rows = []
    for name, info in nd.first_names.items():  # type: ignore[attr-defined]
        if name in seen or name in surnames or len(name) < 4 or name[0] == "Ă":
            continue
        if not (set(name) & _RO_ONLY) or not _RO_ALPHA.match(name):
            continue
        g = info.get("gender") or {}
        if (g.get("M", 0) >= 0.5) != (gender == "M"):
            continue
        ranks = [r for r in (info.get("rank") or {}).values() if r]
        rows.append((min(ranks or [10**9]), name))
    rows.sort()
    return head + [n for _, n in rows]


def rebuild() -> None:
    from names_dataset import NameDataset

    nd = NameDataset()
    pools: dict[str, dict[str, list[str]]] = {}
    for locale, cc in COUNTRY.items():
        firsts = nd.get_top_names(n=20000, country_alpha2=cc)[cc]
        lasts = nd.get_top_names(n=20000, country_alpha2=cc, use_first_names=False)[cc]
        last = [n for n in lasts if _ok(locale, n)]
        last_set = set(last[:CAP])
        pool = {"L": last[:CAP]}
        for g in ("M", "F"):
            names = [n for n in firsts[g] if _ok(locale, n)]
            # The dataset files some surnames as first names; keep a clash only among the top 100.
            names = [n for i, n in enumerate(names) if i < 100 or n not in last_set]
            if locale == "ro_RO":
                names = _romanian(nd, names, g, last_set)
            pool[g] = names[:CAP]
        pools[locale] = pool
    pools["vi_VN"] = _vietnamese(nd)
    POOLS_FILE.write_text(json.dumps(pools, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                          encoding="utf-8")


_POOLS: dict[str, dict[str, list[str]]] | None = None


def pools() -> dict[str, dict[str, list[str]]]:
    global _POOLS
    if _POOLS is None:
        _POOLS = json.loads(POOLS_FILE.read_text(encoding="utf-8"))
    return _POOLS


def pick(rng: random.Random, locale: str, part: str) -> str:
    """One name of `part` ("M", "F" or "L"): 60 % from ranks 1..300, 40 % from 301..2000.

    ro_RO given names split at 150 instead (Moldova's head, then the Romanian-letter names);
    pools of 300 names or fewer (vi_VN) are sampled uniformly.
    """
    pool = pools()[locale][part]
    top = RO_MD_KEEP if (locale == "ro_RO" and part != "L") else TOP
    if len(pool) > top and rng.random() < 0.4:
        return rng.choice(pool[top:])
    return rng.choice(pool[:top])


if __name__ == "__main__":
    if "--rebuild" in sys.argv:
        rebuild()
    for loc, p in pools().items():
        print(loc, {k: len(v) for k, v in p.items()}, p["M"][:3], p["F"][:3], p["L"][:3])
