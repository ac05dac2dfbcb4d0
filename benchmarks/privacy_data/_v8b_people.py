"""People and places for eval_v8b: names from _v8b_names.json (names-dataset), hand-written
street/area/postcode lists per locale (no Faker, no mimesis)."""

from __future__ import annotations

import json
from pathlib import Path

POOLS = json.loads(Path(__file__).with_name("_v8b_names.json").read_text(encoding="utf-8"))

LOCALES = ("es_PA", "es_SV", "ar_TN", "ar_KW", "ar_OM", "am_ET", "zh_MO", "en_NA", "fr_HT", "ms_BN")
# main language and second language of each locale
LANGS = {
    "es_PA": ("es", "en"),
    "es_SV": ("es", "en"),
    "ar_TN": ("ar", "fr"),
    "ar_KW": ("ar", "en"),
    "ar_OM": ("ar", "en"),
    "am_ET": ("am", "en"),
    "zh_MO": ("zh", "pt"),
    "en_NA": ("en", "af"),
    "fr_HT": ("fr", "ht"),
    "ms_BN": ("ms", "en"),
}
NATIVE = {"ar_TN": "arab", "ar_KW": "arab", "ar_OM": "arab", "am_ET": "ethi", "zh_MO": "hani"}


def _pick(rng, xs, top=None):
    xs = xs[:top] if top else xs
    return rng.choice(xs)


class Person:
    def __init__(
        self,
        given: str,
        family: str,
        full: str,
        sex: str,
        script: str,
        latn_given: str = "",
        latn_family: str = "",
    ) -> None:
        self.given, self.family, self.full, self.sex, self.script = given, family, full, sex, script
        self.latn_given = latn_given or given
        self.latn_family = latn_family or family


def _latin_alias(rng, loc: str, sex: str, fam_native: str):
    """Latin-script given/family names used to build e-mail local parts for non-Latin persons."""
    q = POOLS[loc]["latn"]
    if loc == "zh_MO":
        rev = {v: k for k, v in POOLS[loc]["hani"]["fam_map"].items()}
        return rng.choice(q["syll"][:50]) + rng.choice(q["syll"][:50]).lower(), rev.get(
            fam_native, "chan"
        )
    nat = POOLS[loc].get("arab", {}).get("fam_map", {})
    rev = {v: k for k, v in nat.items()}
    g = rng.choice(q[sex][:60])
    if loc in ("ar_KW", "ar_OM"):
        g = rng.choice([x for x in q[sex][:80] if x in ARAB_GIVEN_LATN])
    return g, rev.get(fam_native) or rng.choice(q["fam"][:60])


def person(rng, loc: str, script: str | None = None, sex: str | None = None) -> Person:
    p = _person(rng, loc, script, sex)
    if p.script != "latn" and p.latn_given == p.given:
        p.latn_given, p.latn_family = _latin_alias(rng, loc, p.sex, p.family)
    return p


def _person(rng, loc: str, script: str | None = None, sex: str | None = None) -> Person:
    """script: 'latn' or the locale's native script; None = the locale's usual mix."""
    sex = sex or rng.choice("mf")
    p = POOLS[loc]
    if script is None:
        script = NATIVE.get(loc, "latn")
        if script != "latn" and rng.random() < 0.3:
            script = "latn"
    if loc in ("es_PA", "es_SV"):
        q = p["latn"]
        g = _pick(rng, q[sex])
        f1, f2 = _pick(rng, q["fam"]), _pick(rng, q["fam"])
        fam = f1 if rng.random() < 0.35 else f"{f1} {f2}"
        return Person(g, fam, f"{g} {fam}", sex, "latn")
    if loc in ("ar_TN", "ar_KW", "ar_OM") and script == "arab":
        q = p["arab"]
        g = _pick(rng, q[sex], 30)
        fam = _pick(rng, q["fam"], 40)
        if loc == "ar_OM" and rng.random() < 0.5:
            father = _pick(rng, q["m"], 30)
            link = "بن" if sex == "m" else "بنت"
            return Person(g, fam, f"{g} {link} {father} {fam}", sex, "arab")
        return Person(g, fam, f"{g} {fam}", sex, "arab")
    if loc == "am_ET" and script == "ethi":
        q = p["ethi"]
        g = _pick(rng, q[sex], 25)
        fam = rng.choice(q["m"][:20] + q["fam"][:30])
        return Person(g, fam, f"{g} {fam}", sex, "ethi")
    if loc == "zh_MO":
        fams = p["latn"]["fam"][:30]
        fl = rng.choice(fams)
        if script == "hani":
            g = _pick(rng, p["hani"]["given"], 58)
            fh = p["hani"]["fam_map"][fl]
            return Person(g, fh, fh + g, "m", "hani")
        syl = p["latn"]["syll"][:50]
        if rng.random() < 0.3 and p["latn"]["eng"]:
            g = rng.choice(p["latn"]["eng"])
        else:
            g = f"{rng.choice(syl)} {rng.choice(syl)}"
        return Person(
            g, fl, f"{fl.upper()} {g.upper()}" if rng.random() < 0.4 else f"{g} {fl}", sex, "latn"
        )
    if loc == "ms_BN":
        q = p["latn"]
        g = _pick(rng, q[sex], 70)
        if rng.random() < 0.4:
            g2 = _pick(rng, q[sex], 70)
            if g2 != g:
                g = f"{g} {g2}" if sex == "m" or g in ("Nur", "Nurul", "Siti") else g
        father = _pick(rng, q["m"], 70)
        link = rng.choice(["bin", "bin"] if sex == "m" else ["binti", "binti", "bte"])
        return Person(g, father, f"{g} {link} {father}", sex, "latn")
    q = p["latn"]
    if loc == "ar_KW":
        g = _pick(rng, q[sex], 60)
        fam = rng.choice(q["fam_kw"]) if rng.random() < 0.55 else _pick(rng, q["fam"], 60)
        if fam.startswith("Al") and g not in ARAB_GIVEN_LATN:
            g = _pick(rng, [x for x in q[sex][:60] if x in ARAB_GIVEN_LATN])
        return Person(g, fam, f"{g} {fam}", sex, "latn")
    g = _pick(rng, q[sex], 80)
    fam = _pick(rng, q["fam"], 80)
    if loc == "ar_OM" and fam.replace(" ", "").startswith("Al") and g not in ARAB_GIVEN_LATN:
        # an Omani tribal name (Albalushi, Al Balushi, Alfarsi…) goes with an Arabic given name
        g = _pick(rng, [x for x in q[sex][:80] if x in ARAB_GIVEN_LATN])
    if fam == g:
        fam = q["fam"][0] if q["fam"][0] != g else q["fam"][1]
    return Person(g, fam, f"{g} {fam}", sex, "latn")


# Arabic given names among the KW/OM Latin pools (the pools also hold the expatriate communities'
# names); a Kuwaiti or Omani tribal family name (Al…) is only paired with one of these
ARAB_GIVEN_LATN = {
    "Ahmed", "Mohammed", "Mohammad", "Abdullah", "Khaled", "Fahad", "Mahmoud", "Muhammad", "Yousef",
    "Bader", "Hussain", "Faisal", "Khalid", "Aziz", "Hamad", "Kamal", "Anwar", "Nasser", "Ashraf", "Jamal",
    "Adel", "Mostafa", "Salman", "Salem", "Waleed", "Talal", "Salim", "Saleh", "Sameer", "Sultan",
    "Abdulaziz", "Amr", "Ayman", "Emad", "Abdulrahman", "Abbas", "Mubarak", "Nawaf", "Hany", "Fawaz", "Wael",
    "Rashid", "Rashed", "Kareem", "Saud", "Said", "Saif", "Amir", "Hamed", "Adnan", "Ismail", "Tariq",
    "Majid", "Bilal", "Yasir", "Saeed", "Mazin", "Umar", "Naser", "Nasir", "Abdulla", "Muhammed", "Adil",
    "Noor", "Fatma", "Mariam", "Mona", "Reem", "Eman", "Dalal", "Aisha", "Maha", "Maryam", "Noura", "Rawan",
    "Zainab", "Shahad", "Heba", "Asmaa", "Abeer", "Hayat", "Lulu", "Haya", "Fajer", "Shaikha", "Nouf",
    "Hessa", "Fatema", "Aseel", "Esraa", "Hadeel", "Noha", "Doaa", "Noora", "Lama", "Sameera", "Rahaf",
    "Reham", "Anfal", "Zahraa", "Ghadeer", "Shoug", "Reema", "Amany", "Shaimaa", "Yasmeen", "Mariyam",
    "Rahma", "Halima", "Amna", "Sharifa", "Azza", "Bushra", "Nasra", "Ameera", "Moza", "Shamsa", "Hajer",
    "Raya", "Warda", "Noof", "Sumaya", "Sheikha", "Muna", "Aysha", "Ayesha", "Fathima",
}


# ---------------------------------------------------------------- places (hand-written)
PA_AREAS = [
    ("Bella Vista", "Ciudad de Panamá"),
    ("San Francisco", "Ciudad de Panamá"),
    ("Betania", "Ciudad de Panamá"),
    ("Juan Díaz", "Ciudad de Panamá"),
    ("Pueblo Nuevo", "Ciudad de Panamá"),
    ("Parque Lefevre", "Ciudad de Panamá"),
    ("Victoriano Lorenzo", "San Miguelito"),
    ("Belisario Porras", "San Miguelito"),
    ("Barrio Norte", "Colón"),
    ("Cristóbal", "Colón"),
    ("Las Lomas", "David, Chiriquí"),
    ("Bajo Boquete", "Boquete, Chiriquí"),
    ("Canto del Llano", "Santiago, Veraguas"),
    ("Monagrillo", "Chitré, Herrera"),
    ("Vista Alegre", "Arraiján"),
    ("Barrio Balboa", "La Chorrera"),
]
PA_STREETS = [
    "Calle 50",
    "Vía España",
    "Avenida Balboa",
    "Calle Uruguay",
    "Vía Argentina",
    "Calle 73 Este",
    "Avenida Ricardo J. Alfaro",
    "Vía Brasil",
    "Calle Samuel Lewis",
    "Avenida Perú",
    "Calle 12 Oeste",
    "Avenida Domingo Díaz",
    "Calle Aquilino de la Guardia",
    "Vía Porras",
    "Calle 4a Sur",
]
SV_AREAS = [
    ("Colonia Escalón", "San Salvador"),
    ("Colonia San Benito", "San Salvador"),
    ("Colonia Miramonte", "San Salvador"),
    ("Colonia Médica", "San Salvador"),
    ("Colonia Layco", "San Salvador"),
    ("Residencial Santa Elena", "Antiguo Cuscatlán"),
    ("Colonia Santa Lucía", "Ilopango"),
    ("Reparto Las Cañas", "Ilopango"),
    ("Colonia El Palmar", "Santa Ana"),
    ("Barrio San Francisco", "San Miguel"),
    ("Colonia Ciudad Pacífica", "San Miguel"),
    ("Colonia Jardines de la Libertad", "Santa Tecla"),
    ("Barrio El Calvario", "Soyapango"),
    ("Urbanización Los Santos", "Soyapango"),
    ("Colonia Zacamil", "Mejicanos"),
]
SV_STREETS = [
    "Calle El Mirador",
    "Pasaje Los Almendros",
    "Avenida Masferrer Norte",
    "Calle La Reforma",
    "Paseo General Escalón",
    "Calle Arce",
    "Avenida Los Andes",
    "Calle Principal",
    "Senda Florida Sur",
    "Calle Padres Aguilar",
    "Avenida Las Palmas",
    "Pasaje San Carlos",
    "Calle Los Abetos",
    "Avenida Bernal",
]
TN_STREETS = [
    ("Rue Ibn Khaldoun", "نهج ابن خلدون"),
    ("Avenue Habib Bourguiba", "شارع الحبيب بورقيبة"),
    ("Avenue de la Liberté", "شارع الحرية"),
    ("Rue Ali Belhouane", "نهج علي بلهوان"),
    ("Rue Tahar Sfar", "نهج الطاهر صفر"),
    ("Avenue Farhat Hached", "شارع فرحات حشاد"),
    ("Rue de Palestine", "نهج فلسطين"),
    ("Rue Jamel Abdennasser", "نهج جمال عبد الناصر"),
]
TN_CITIES = [
    ("1002", "Tunis Belvédère", "تونس البلفيدير"),
    ("1053", "Les Berges du Lac", "البحيرة"),
    ("2000", "Le Bardo", "باردو"),
    ("2080", "Ariana", "أريانة"),
    ("4000", "Sousse", "سوسة"),
    ("3000", "Sfax", "صفاقس"),
    ("5000", "Monastir", "المنستير"),
    ("8000", "Nabeul", "نابل"),
    ("2070", "La Marsa", "المرسى"),
    ("7000", "Bizerte", "بنزرت"),
    ("1073", "Montplaisir", "مونبليزير"),
    ("2036", "La Soukra", "السكرة"),
]
KW_AREAS = [
    ("Salmiya", "السالمية"),
    ("Hawalli", "حولي"),
    ("Jabriya", "الجابرية"),
    ("Mishref", "مشرف"),
    ("Rumaithiya", "الرميثية"),
    ("Farwaniya", "الفروانية"),
    ("Khaitan", "خيطان"),
    ("Fintas", "الفنطاس"),
    ("Mangaf", "المنقف"),
    ("Surra", "السرة"),
    ("Qurtuba", "قرطبة"),
    ("Adailiya", "العديلية"),
    ("Kaifan", "كيفان"),
    ("Sabah Al Salem", "صباح السالم"),
]
OM_AREAS = [
    ("Al Khuwair", "الخوير", "133"),
    ("Al Ghubrah", "الغبرة", "130"),
    ("Ruwi", "روي", "112"),
    ("Madinat Sultan Qaboos", "مدينة السلطان قابوس", "115"),
    ("Al Mawaleh", "الموالح", "121"),
    ("Al Seeb", "السيب", "121"),
    ("Qurum", "القرم", "118"),
    ("Sohar", "صحار", "311"),
    ("Nizwa", "نزوى", "611"),
    ("Salalah", "صلالة", "211"),
    ("Sur", "صور", "411"),
]
ET_SUBCITIES = [
    ("Bole", "ቦሌ"),
    ("Yeka", "የካ"),
    ("Kirkos", "ቂርቆስ"),
    ("Arada", "አራዳ"),
    ("Lideta", "ልደታ"),
    ("Kolfe Keranio", "ኮልፌ ቀራኒዮ"),
    ("Nifas Silk-Lafto", "ንፋስ ስልክ ላፍቶ"),
    ("Akaki Kality", "አቃቂ ቃሊቲ"),
    ("Gulele", "ጉለሌ"),
    ("Addis Ketema", "አዲስ ከተማ"),
]
MO_STREETS = [
    ("新馬路", "Avenida de Almeida Ribeiro", "澳門"),
    ("南灣大馬路", "Avenida da Praia Grande", "澳門"),
    ("高士德大馬路", "Avenida de Horta e Costa", "澳門"),
    ("提督馬路", "Avenida do Almirante Lacerda", "澳門"),
    ("黑沙環中街", "Rua Central da Areia Preta", "澳門"),
    ("慕拉士大馬路", "Avenida de Venceslau de Morais", "澳門"),
    ("巴波沙大馬路", "Avenida de Artur Tamagnini Barbosa", "澳門"),
    ("柯維納馬路", "Estrada Governador Albano de Oliveira", "氹仔"),
    ("基馬拉斯大馬路", "Avenida de Guimarães", "氹仔"),  # not Rua do Cunha: a village lane, no tower flats
    ("布拉干薩街", "Rua de Bragança", "氹仔"),
]
MO_BLDGS = [
    ("金利來大廈", "Kam Lei Loi"),
    ("寶龍花園", "Pou Long"),
    ("海怡花園", "Hoi I"),
    ("利達新邨", "Lei Tat San Chun"),
    ("美居廣場", "Mei Keui"),
    ("濠景花園", "Hou Keng"),
]
NA_AREAS = [
    ("Klein Windhoek", "Windhoek"),
    ("Olympia", "Windhoek"),
    ("Eros", "Windhoek"),
    ("Khomasdal", "Windhoek"),
    ("Katutura", "Windhoek"),
    ("Pionierspark", "Windhoek"),
    ("Ludwigsdorf", "Windhoek"),
    ("Kramersdorf", "Swakopmund"),
    ("Vineta", "Swakopmund"),
    ("Kuisebmond", "Walvis Bay"),
    ("Oshakati East", "Oshakati"),
    ("Uukwangula", "Ongwediva"),
]
NA_STREETS = {
    "Windhoek": [
        "Sam Nujoma Drive",
        "Independence Avenue",
        "Robert Mugabe Avenue",
        "Nelson Mandela Avenue",
        "Hosea Kutako Drive",
        "Jan Jonker Road",
        "Dr Frans Indongo Street",
        "Mose Tjitendero Street",
        "Feld Street",
        "Schanzen Road",
        "Florence Nightingale Street",
    ],
    "Swakopmund": [
        "Sam Nujoma Avenue",
        "Bahnhof Street",
        "Libertina Amathila Avenue",
        "Tobias Hainyeko Street",
    ],
    "Walvis Bay": ["Theo-Ben Gurirab Street", "Nangolo Mbumba Drive", "Sam Nujoma Avenue"],
    "Oshakati": ["Main Road", "Robert Mugabe Street"],
    "Ongwediva": ["Main Road", "Eliander Mwatale Street"],
}
LOCAL_ES = [
    "Calle Principal",
    "Avenida Central",
    "Calle 3a Norte",
    "Calle Los Almendros",
    "Pasaje Las Flores",
    "Avenida Independencia",
    "Calle El Progreso",
    "Calle 2a Poniente",
]
HT_COMMUNES = [
    ("HT6110", "Port-au-Prince"),
    ("HT6120", "Delmas"),
    ("HT6140", "Pétion-Ville"),
    ("HT6130", "Carrefour"),
    ("HT1110", "Cap-Haïtien"),
    ("HT9110", "Jacmel"),
    ("HT8110", "Les Cayes"),
    ("HT4110", "Gonaïves"),
]
HT_STREETS = {
    "Pétion-Ville": [
        "Rue Lamarre",
        "Rue Grégoire",
        "Rue Faubert",
        "Rue Clerveaux",
        "Rue Chavannes",
        "Rue Rebecca",
        "Rue Louverture",
        "Route de Frères",
        "Impasse Lavaud",
    ],
    "Port-au-Prince": [
        "Rue Capois",
        "Avenue John Brown",
        "Rue Geffrard",
        "Avenue Christophe",
        "Rue Pavée",
    ],
    "Delmas": [
        "Route de Delmas",
        "Delmas 33, Rue Louverture",
        "Delmas 75, Impasse Colin",
        "Rue Mercier Laham",
    ],
}
HT_LOCAL = ["Grand-Rue", "Rue du Commerce", "Rue de l'Église", "Rue Stenio Vincent"]
BN_AREAS = [
    ("Kampong Kiarong", "BE1318", "Bandar Seri Begawan"),
    ("Kampong Beribi", "BE1118", "Bandar Seri Begawan"),
    ("Kampong Mata-Mata", "BE1718", "Bandar Seri Begawan"),
    ("Kampong Kilanas", "BF2720", "Bandar Seri Begawan"),
    ("Kampong Rimba", "BE3119", "Bandar Seri Begawan"),
    ("Kampong Jerudong", "BG3122", "Bandar Seri Begawan"),
    ("Kampong Pandan", "KA1931", "Kuala Belait"),
    ("Kampong Panaga", "KB2333", "Seria"),
    ("Kampong Petani", "TA1341", "Tutong"),
]
BN_STREETS = {
    "Bandar Seri Begawan": [
        "Jalan Gadong",
        "Jalan Tutong",
        "Jalan Muara",
        "Jalan Pemancha",
        "Jalan Sultan",
        "Jalan Kota Batu",
        "Jalan Jerudong",
        "Jalan Berakas",
        "Jalan Menteri Besar",
    ],
    "Kuala Belait": ["Jalan Pretty", "Jalan Bunga Raya", "Jalan Sungai"],
    "Seria": ["Jalan Tengah", "Jalan Sultan Omar Ali"],
    "Tutong": ["Jalan Tanjong Maya", "Jalan Tutong"],
}


def address(rng, loc: str, script: str | None = None, physical: bool = False) -> list[str]:
    """An address as 1 or 2 lines (street line; area/postcode + city line).
    physical: a dwelling (rented unit, voter's residence), never a PO Box."""
    n = rng.randrange(1, 240)
    native = script not in (None, "latn") or (
        script is None and loc in NATIVE and rng.random() < 0.6
    )
    if loc == "es_PA":
        corr, city = rng.choice(PA_AREAS)
        capital = city in ("Ciudad de Panamá", "San Miguelito")
        st = rng.choice(PA_STREETS if capital else LOCAL_ES)
        if rng.random() < 0.5:
            l1 = f"{st}, PH {rng.choice(['Torre Ámbar', 'Vista Mar', 'Los Robles', 'Marbella Plaza'])}, Apto. {rng.randrange(1, 30)}{rng.choice('ABCD')}"
        else:
            l1 = f"{st}, Casa N° {n}"
        return [l1, f"{corr}, {city}"]
    if loc == "es_SV":
        col, city = rng.choice(SV_AREAS)
        st = rng.choice(SV_STREETS if city == "San Salvador" else LOCAL_ES)
        l1 = (
            f"{st} #{n}"
            if rng.random() < 0.5
            else f"{st}, Pol. {rng.choice('ABCDEFGH')}, Casa #{n}"
        )
        return [l1, f"{col}, {city}"]
    if loc == "ar_TN":
        st = rng.choice(TN_STREETS)
        pc, fr, ar = rng.choice(TN_CITIES)
        if native:
            return [f"{n} {st[1]}", f"{pc} {ar}"]
        return [f"{n}, {st[0]}", f"{pc} {fr}"]
    if loc == "ar_KW":
        en, ar = rng.choice(KW_AREAS)
        b, s, h = rng.randrange(1, 13), rng.randrange(1, 120), rng.randrange(1, 60)
        if native:
            return [f"قطعة {b}، شارع {s}، منزل {h}", ar]
        return [f"Block {b}, Street {s}, House {h}", en]
    if loc == "ar_OM":
        en, ar, pc = rng.choice(OM_AREAS)
        w, h = rng.randrange(1000, 9999), rng.randrange(1, 400)
        if native:
            return [f"منزل {h}، سكة {w}", f"{ar}، الرمز البريدي {pc}"]
        return [f"House {h}, Way {w}", f"{en}, PC {pc}"]
    if loc == "am_ET":
        en, am = rng.choice(ET_SUBCITIES)
        w = rng.randrange(1, 15)
        if native:
            return [f"{am} ክፍለ ከተማ፣ ወረዳ {w:02d}፣ የቤት ቁጥር {n}", "አዲስ አበባ"]
        return [f"House No. {n}, Woreda {w:02d}", f"{en} Sub-City, Addis Ababa"]
    if loc == "zh_MO":
        zh, pt, area = rng.choice(MO_STREETS)
        bz, bp = rng.choice(MO_BLDGS)
        f, x = rng.randrange(1, 30), rng.choice("ABCDEFGH")
        if native:
            return [f"{area}{zh}{n}號{bz}{f}樓{x}座"]
        return [
            f"{pt}, n.º {n}, Edf. {bp}, {f}.º andar {x}",
            "Macau" if area == "澳門" else "Taipa, Macau",
        ]
    if loc == "en_NA":
        sub, city = rng.choice(NA_AREAS)
        if rng.random() < 0.25 and not physical:
            return [f"PO Box {rng.randrange(1000, 99999)}", city]
        return [f"{n} {rng.choice(NA_STREETS[city])}, {sub}", city]
    if loc == "fr_HT":
        pc, com = rng.choice(HT_COMMUNES)
        streets = HT_STREETS.get(com, HT_LOCAL)
        return [f"{n}, {rng.choice(streets)}", f"{pc} {com}"]
    if loc == "ms_BN":
        kg, pc, city = rng.choice(BN_AREAS)
        return [
            f"No. {n}, Simpang {rng.randrange(1, 80)}, {rng.choice(BN_STREETS[city])}",
            f"{kg}, {city} {pc}",
        ]
    raise KeyError(loc)


def one_line(lines: list[str], loc: str) -> str:
    if loc == "zh_MO" and len(lines) == 1:
        return lines[0]
    sep = (
        "، "
        if any("\u0600" <= c <= "\u06ff" for c in lines[0])
        else ("፣ " if any("\u1200" <= c <= "\u137f" for c in lines[0]) else ", ")
    )
    return sep.join(lines)


CITY = {
    "es_PA": "Ciudad de Panamá",
    "es_SV": "San Salvador",
    "ar_TN": "Tunis",
    "ar_KW": "Kuwait City",
    "ar_OM": "Muscat",
    "am_ET": "Addis Ababa",
    "zh_MO": "Macau",
    "en_NA": "Windhoek",
    "fr_HT": "Port-au-Prince",
    "ms_BN": "Bandar Seri Begawan",
}
CURRENCY = {
    "es_PA": "B/.",
    "es_SV": "$",
    "ar_TN": "DT",
    "ar_KW": "KWD",
    "ar_OM": "OMR",
    "am_ET": "ETB",
    "zh_MO": "MOP",
    "en_NA": "N$",
    "fr_HT": "HTG",
    "ms_BN": "B$",
}
