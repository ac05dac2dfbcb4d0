"""One-off: pull top-ranked first/last names per country from names-dataset 3.3.1.

Writes _v7a_names.json (raw top lists; filtering happens in _v7a_names.py).
Run: python benchmarks/privacy_data/_v7a_names_extract.py
"""

import json
from pathlib import Path

COUNTRIES = ["MD", "CY", "GH", "AL", "ES", "LU", "MA", "JO", "CM", "ZA"]


def main() -> None:
    from names_dataset import NameDataset

    nd = NameDataset()
    out = {}
    for cc in COUNTRIES:
        first = nd.get_top_names(n=250, country_alpha2=cc, use_first_names=True).get(cc, {})
        last = nd.get_top_names(n=400, country_alpha2=cc, use_first_names=False).get(cc, [])
        out[cc] = {"M": first.get("M", []), "F": first.get("F", []), "last": last}
    path = Path(__file__).with_name("_v7a_names.json")
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
