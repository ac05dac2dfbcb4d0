"""One-off: extract name pools for eval_v6a from names-dataset 3.3.1 into _v6a_names.json.

Run once (slow, loads the whole dataset); the generator only reads the JSON.
Filters: Slovenia's and Switzerland's pools drop names that are in Albania's/Kosovo's top lists
(the Facebook-derived data over-represents them); Georgian and Estonian pools are split by script.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("_v6a_names.json")

LOCALES = {
    "en_ZA": "ZA",
    "is_IS": "IS",
    "es_CL": "CL",
    "es_PE": "PE",
    "fr_BE": "BE",
    "it_CH": "CH",
    "sl_SI": "SI",
    "et_EE": "EE",
    "ka_GE": "GE",
    "az_AZ": "AZ",
}
GEO = re.compile("[\u10a0-\u10ff]")
CYR = re.compile("[\u0400-\u04ff]")
# Facebook-page words in Georgian pools (furniture, unknown, clothes, shop, company, ...)
KA_STOP = {
    "ავეჯის",
    "უცნობი",
    "საოჯახო",
    "ახალი",
    "ავტო",
    "ყველაფერი",
    "ტანსაცმელი",
    "ხელნაკეთი",
    "ონლაინ",
    "ფარმასი",
    "გაუ",
    "მეორადი",
    "გაუქმდა",
    "კომპანია",
    "მაღაზია",
    "ფრინველი",
    "ნია",
    "ანი",
    "ია",
    "ნათია",
    "გია",
    "უძრავი ქონების",
    "ნაადრევი",
    "ყველაზე",
    "ჩემი",
    "მხოლოდ",
}
# the same page words in Latin transliteration ("cancelled", "only", "simply", "unknown", ...)
KA_LAT_STOP = {
    "Ucnobi",
    "Gau",
    "Gauqmda",
    "Gauqmebulia",
    "Gaukmda",
    "Gauq",
    "Gaukmebulia",
    "Mxolod",
    "Ubralod",
    "Farmasi",
    "Georgia",
    "Natia",
    "Gio",
}
# Kosovo is absent from names-dataset, so its frequent given names are listed by hand to keep the
# Slovene pool Slovene (the Facebook data over-represent them)
KOSOVO = set(
    [
        "Valon",
        "Burim",
        "Qendrim",
        "Driton",
        "Faton",
        "Rinor",
        "Leotrim",
        "Agon",
        "Labinot",
        "Arbnor",
        "Mergim",
        "Egzon",
        "Endrit",
        "Alban",
        "Liridon",
        "Besnik",
        "Dardan",
        "Ardit",
        "Granit",
        "Armend",
        "Kushtrim",
        "Blerim",
        "Bekim",
        "Fitim",
        "Bujar",
        "Ardian",
        "Arlind",
        "Besart",
        "Agron",
        "Fatmir",
        "Flamur",
        "Mentor",
        "Astrit",
        "Artan",
        "Arber",
        "Visar",
        "Bajram",
        "Afrim",
        "Besim",
        "Drilon",
        "Kastriot",
        "Agim",
        "Meriton",
        "Edona",
        "Blerta",
        "Egzona",
        "Arta",
        "Agnesa",
        "Kaltrina",
        "Besa",
        "Fitore",
        "Albina",
        "Marigona",
        "Vlora",
        "Blerina",
        "Dafina",
        "Mimoza",
        "Arlinda",
        "Donjeta",
        "Ardita",
        "Fjolla",
        "Dona",
        "Qendresa",
        "Gresa",
        "Diellza",
        "Besarta",
        "Genta",
        "Liridona",
        "Albulena",
        "Fatlinda",
        "Qlirim",
        "Dren",
        "Lirim",
        "Shkelzen",
        "Enis",
        "Arianit",
        "Florent",
        "Valmir",
        "Ilir",
        "Arben",
        "Gentrit",
        "Edon",
        "Erion",
        "Gezim",
        "Rilind",
        "Shpend",
        "Lulzim",
        "Nexhat",
        "Arton",
        "Vigan",
        "Donika",
        "Teuta",
        "Lindita",
        "Valbona",
        "Hana",
        "Elmedina",
        "Albana",
        "Jehona",
        "Lumnije",
        "Shqipe",
        "Njomza",
        "Vjosa",
        "Fatime",
        "Shpresa",
        "Drenusha",
        "Rrezarta",
    ]
)
LAT_OK = re.compile(r"^[A-Za-zÀ-ɏ' -]+$")


def _top(nd, cc, n_first=300, n_last=600):
    f = nd.get_top_names(n=n_first, country_alpha2=cc).get(cc, {})
    last = nd.get_top_names(n=n_last, country_alpha2=cc, use_first_names=False).get(cc, [])
    return f.get("M", []), f.get("F", []), last


# non-names in the surname pools (abbreviations, a city, a country, given names) are replaced in
# place by real local surnames, so the pool keeps its size and order
SURNAME_FIX = {
    "fr_BE": {
        "Vdb": "Van Den Abeele",
        "Bxl": "Dethier",
        "Bruxelles": "Delcourt",
        "Belgium": "Hanssens",
        "Kevin": "Goffinet",
    },
    "es_PE": {"Xtlv": "Mogollón"},
    "it_CH": {"Swiss": "Cattaneo", "Marco": "Pedrazzini"},
    "es_CL": {
        "Alejandra": "Bórquez",
        "Ignacia": "Quilodrán",
        "Pierre": "Huenchumilla",
        "Joseph": "Painequeo",
        "Fernanda": "Antileo",
        "Belen": "Cayupán",
        "Jean": "Sotomayor",
        "Andrés": "Errázuriz",
        "Antonia": "Larraín",
        "Constanza": "Vial",
        "Belén": "Bascuñán",
        "Alexander": "Cuadra",
        "Angel": "Ossandón",
        "Valentina": "Mujica",
    },
    "en_ZA": {
        "Precious": "Motsepe",
        "Mpho": "Sekgobela",
        "Lerato": "Mathibela",
        "Portia": "Ramokgopa",
        "Pretty": "Phasha",
        "Angel": "Maponya",
        "Mbali": "Mashilo",
        "Junior": "Lekota",
        "Thando": "Tlou",
        "Lebo": "Kgomo",
        "Maria": "Sefolo",
        "Promise": "Tshabangu",
        "Patricia": "Hlungwani",
    },
}


def main() -> None:
    from names_dataset import NameDataset

    nd = NameDataset()
    alb = set()
    for cc in ("AL", "XK"):
        m, f, la = _top(nd, cc, 1000, 2000)
        alb |= set(m) | set(f) | set(la)
    out = {}
    for loc, cc in LOCALES.items():
        m, f, la = _top(nd, cc, 1500, 3000) if loc in ("ka_GE", "et_EE") else _top(nd, cc)
        pools = {}
        if loc == "ka_GE":
            sur_ka = re.compile("(ძე|შვილი|ია|უა|ანი|ავა|ელი|ური|ვა)$")
            sur_la = re.compile("(dze|shvili|ia|ua|ani|ava|eli|uri|ov|ev|ova|eva)$")
            pools["M_ka"] = [x for x in m if GEO.search(x) and len(x) >= 3 and x not in KA_STOP][
                :150
            ]
            pools["F_ka"] = [x for x in f if GEO.search(x) and len(x) >= 3 and x not in KA_STOP][
                :150
            ]
            pools["L_ka"] = [
                x for x in la if GEO.search(x) and sur_ka.search(x) and x not in KA_STOP
            ]
            pools["L_ka"] = pools["L_ka"][:300]
            m = [x for x in m if LAT_OK.match(x) and len(x) >= 3 and x not in KA_LAT_STOP]
            f = [x for x in f if LAT_OK.match(x) and len(x) >= 3 and x not in KA_LAT_STOP]
            la = [x for x in la if LAT_OK.match(x) and sur_la.search(x) and x not in KA_LAT_STOP]
        elif loc == "et_EE":
            pools["M_ru"] = [x for x in m if CYR.search(x)][:100]
            pools["F_ru"] = [x for x in f if CYR.search(x)][:100]
            pools["L_ru"] = [x for x in la if CYR.search(x)][:200]
            m = [x for x in m if LAT_OK.match(x)]
            f = [x for x in f if LAT_OK.match(x)]
            la = [x for x in la if LAT_OK.match(x)]
        else:
            m = [x for x in m if LAT_OK.match(x)]
            f = [x for x in f if LAT_OK.match(x)]
            la = [x for x in la if LAT_OK.match(x)]
        if loc in ("sl_SI", "it_CH"):
            m = [x for x in m if x not in alb]
            f = [x for x in f if x not in alb]
            la = [x for x in la if x not in alb]
        if loc == "sl_SI":
            m = [x for x in m if x not in KOSOVO and not re.search("[qëç]|xh", x)]
            f = [x for x in f if x not in KOSOVO and not re.search("[qëç]|xh", x)]
            la = [x for x in la if not re.search("(q|xh|ë|ç|sh|dh|gj|aj|[aiu])$|q|xh|ë", x)]
        # particles and company forms that the data list as names
        junk = {"Oü", "OÜ", "De", "El", "Zh", "Van", "Da", "Du"}
        m, f, la = ([x for x in xs if x not in junk] for xs in (m, f, la))
        if loc == "az_AZ":
            m = [x for x in m if not re.search("(ova|eva)$", x)]
            f = [x for x in f if not re.search("(ova|eva)$", x)]
            la = [x for x in la if re.search("(ov|ev|ova|eva|li|lı|zade|zadə)$", x)]
        if loc == "es_CL" or loc == "es_PE":
            la = [x for x in la if len(x) > 2]
        # first names that are also frequent surnames in the pool are noise
        pools.update(
            {"M": m[:200], "F": f[:200], "L": [x for x in la if x not in set(m[:50])][:400]}
        )
        fix = SURNAME_FIX.get(loc, {})
        pools["L"] = [fix.get(x, x) for x in pools["L"]]
        out[loc] = pools
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main()
