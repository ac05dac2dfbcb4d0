# ruff: noqa: RUF001  (multilingual text: Cyrillic and Bengali letters are intended)
"""One-off: extract first/last name pools from names-dataset 3.3.1 into _v6b_names.json.

Run once (about 20 s); the generator reads only the JSON, so it stays fast and reproducible.
Usage: python benchmarks/privacy_data/_v6b_names_extract.py
"""

import json
import pathlib
import re

from names_dataset import NameDataset

COUNTRIES = ["PH", "SG", "NG", "BD", "RS", "MT", "IS", "KZ", "AO", "UY"]
OUT = pathlib.Path(__file__).with_name("_v6b_names.json")
N = 400


def _ok(name: str, cc: str) -> bool:
    if len(name) < 2 or name.lower() in {"md", "mj", "jm", "aj", "jc", "sk", "mr", "mrs", "dr"}:
        return False
    if cc == "KZ":
        return bool(re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі -]+", name))
    return bool(re.fullmatch(r"[^\W\d_][^\W\d_ '.-]*(?:[ '-][^\W\d_]+)*", name))


def main() -> None:
    nd = NameDataset()
    out = {}
    for cc in COUNTRIES:
        first = nd.get_top_names(n=N, country_alpha2=cc)[cc]
        last = nd.get_top_names(n=N, country_alpha2=cc, use_first_names=False)[cc]
        out[cc] = {
            "M": [x for x in first["M"] if _ok(x, cc)],
            "F": [x for x in first["F"] if _ok(x, cc)],
            "L": [x for x in last if _ok(x, cc)],
        }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
