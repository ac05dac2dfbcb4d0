"""One-off: extract curated name pools for eval_v8b from names-dataset 3.3.1.

Run once (slow, ~40 s, loads the dataset); writes _v8b_names.json, which the generator reads.
Only top-ranked entries, in the locale's script, 2+ letters per word, minus junk/titles.
Arabic-script family names for Tunisia and Kuwait and Chinese characters for Macau surnames
are not in the dataset: they are hand transliterations of the dataset's own Latin entries
(tables below).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("_v8b_names.json")

LATN_ES = re.compile(r"^[A-Za-zÁÉÍÓÚÑÜáéíóúñü]{2,}( [A-Za-zÁÉÍÓÚÑÜáéíóúñü]{2,})?$")
LATN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ'-]{2,}( [A-Za-zÀ-ÖØ-öø-ÿ'-]{2,})?$")
ARAB = re.compile(r"^[\u0621-\u064A]{2,}$")
ETHI = re.compile(r"^[\u1200-\u137F]{2,}$")
HANI = re.compile(r"^(?![^强杰伟辉]*[强杰伟辉])[\u4e00-\u9fff]{2}$")

JUNK = {
    # titles, honorifics, words, place/brand names seen among top entries
    "Hj",
    "Hjh",
    "Hajah",
    "Dk",
    "Pg",
    "Awg",
    "Abg",
    "Awang",
    "Awangku",
    "Dayang",
    "Pengiran",
    "Abang",
    "Raden",
    "Mbah",
    "Pak",
    "Bro",
    "Budak",
    "Anak",
    "Brunei",
    "Jual",
    "Aku",
    "Ayam",
    "Koleksi",
    "Kitchen",
    "Seller",
    "Eshop",
    "Cinta",
    "Saja",
    "Manja",
    "Bunga",
    "Mawar",
    "Cahaya",
    "Bintang",
    "Indah",
    "Sii",
    "Ct",
    "Zai",
    "Xii",
    "Sya",
    "Haz",
    "Izz",
    "Yus",
    "Zul",
    "Mas",
    "Wan",
    "Hm",
    "Hs",
    "Bn",
    "Hms",
    "Ht",
    "Hmy",
    "Hab",
    "Phm",
    "Phs",
    "Bwn",
    "Hmj",
    "Hmz",
    "Md",
    "Mohd",
    "Muhd",
    "Med",
    "Abu",
    "Abo",
    "Um",
    "Love",
    "Lovely",
    "Meme",
    "Kwt",
    "Al",
    "Sk",
    "Oman",
    "Macau",
    "Est",
    "Ca",
    "Ess",
    "Ch",
    "Kh",
    "Ma",
    "Alm",
    "Als",
    "Alsh",
    "Alk",
    "Alh",
    "Ale",
    "Alom",
    "Ala",
    "Alli",
    "Aly",
    "Apple",
    "Cherry",
    "Cat",
    "Imms",
    "Sacky",
    "Jossy",
    "Maggy",
    "Penny",
    "Ndeshy",
    "Dali",
    "Tuah",
    "Kelana",
    "Bungsu",
    "Tengah",
    "Merah",
    "Sabtu",
    "Jumat",
    "Kamis",
    "Putra",
    "Putri",
    "Puteri",
    "Seri",
    "Wati",
    "Yati",
    "Deekay",
    "Erra",
    "Didie",
    "Dinie",
    "Zie",
    "Azie",
    "Yatie",
    "Wandy",
    "Waie",
    "Aming",
    "Ajim",
    "Fiqah",
    "Qilah",
    "Syaz",
    "Syasya",
    "Erah",
    "Edah",
    "Leha",
    "Dilah",
    "Wana",
    "Wani",
    "Yee",
    "Siew",
    "Dwi",
    "Endang",
    "Asep",
    "Joko",
    "Eko",
    "Wahyu",
    "Budi",
    "Agung",
    "Angga",
    "Bayu",
    "Didik",
    "Wawan",
    "Heri",
    "Yanto",
    "Supri",
    "Hendra",
    "Jaka",
    "Udin",
    "Santoso",
    "Setiawan",
    "Pratama",
    "Saputra",
    "Wijaya",
    "Hidayat",
    "Yanti",
    "Khai",
    "Alai",
    "Danish",
    "Mirul",
    "Ewan",
    "Nguyen",
    "Tran",
    "Pham",
    "Hoa",
    "Thuy",
    "Huong",
    "Thu",
    "Phuong",
    "Anh",
    "Ngoc",
    "Yen",
    "Linh",
    "Hien",
    "Thanh",
    "Nguyễn",
    "Le",
    "Vu",
    "Hoang",
    "Yuki",
    "Kumari",
    "Rani",
    "Laxmi",
    "Raju",
    "Ramesh",
    "Suresh",
    "Rajesh",
    "Babu",
    "Ram",
    "Raj",
    "Rai",
    "Francisca De",
    "Piñateria",
    "Potrillo",
    "Bbsita",
    "Piolina",
    "Comcepcion",
    "Renesito",
    "Josuecito",
    "Chamakitho",
    "Quinteros",
    "Argueta",
    "Marillita",
    "Dianitta",
    "Melicita",
    "Divaldo",
    "Edenilson Jose",
    "Enate",
    "Wesen",
    "Yeab",
    "Asres",
    "Honey",
    "Mahal",
    "Nona",
    "Moon",
    "Bunda",
    "Mamah",
    "Sousou",
    "Fish",
    "Anson",
    "Minh",
    "Dung",
    "Nam",
    "Hai",
    "Abdii Koo",
    "Fkir",
    "Stega",
    "Koo",
    "Fastener",
    "Princess",
    "Amanda",
    "Sa Ada",
    "Haadha",
    "Oromuman",
    "Mãrãm",
    "Shamsudkn",
    "Heart",
    "Habibi",
    "Tota",
    "Sh",
    "Kumare",
    "Madu",
    "Sudu",
    "Mis",
    "Zooz",
    "Mitu",
    "Ed",
    "Kw",
    "Bhai",
    "Boboy",
    "Babah",
    "Fiz",
    "Mee",
    "Justy",
    "Tangy",
    "Tully",
    "Ndessy",
    "Fessy",
    "Amoy",
    "Bebeh",
    "Dyg",
    "Lyn",
    "Nani",
    "Marry",
    "Merry",
    "Mae",
    "Muscat",
    "Kuwait",
    "Salalah",
    "Sohar",
    "Nizwa",
    "Dubai",
    "Along",
    "Soon",
    "Putera",
    "Ayahe",
    "Dedy",
}
JUNK_ARAB = {
    "ولد",
    "مجهول",
    "مكشخ",
    "الفتى",
    "مهبول",
    "الفتاة",
    "مر",
    "امة",
    "مكشخة",
    "مجهولة",
    "فتاة",
    "الله",
    "صمت",
    "صمتي",
    "الغلا",
    "شموخ",
    "كلي",
    "غلا",
    "الحياه",
    "ميمي",
    "همس",
    "فطوم",
    "ورد",
    "الريم",
    "بالله",
    "الهوية",
    "الرحمان",
    "ساجدة",
    "حياة",
    "شوشو",
    "فوفو",
    "الحمد",
    "عشق",
    "غرام",
    "جوجو",
    "شوق",
    "روز",
    "روحي",
    "الحياة",
    "غصن",
    "حلاتي",
    "حكاية",
    "عواش",
    "ميم",
    "الحمدلله",
    "شموخي",
    "الجوري",
    "مريوم",
    "رونق",
    "غزلان",
    "بو",
    "البلوشي",
    "عزوز",
    "عبود",
    "مهبولة",
    "المؤمنة",
    "مؤمنة",
    "محبة",
    "طيف",
    "دودو",
    "لولو",
    "حبيبي",
    "قلبي",
    "بنت",
    "ابن",
    "ام",
    "ابو",
}
JUNK_ETHI = {
    "አላህ",
    "ልጅ",
    "ፍቅር",
    "ያሸንፋል",
    "ነው",
    "የጌታ",
    "ወኪል",
    "ወሎ",
    "አይቀርም",
    "ግሪን",
    "በቃበቃ",
    "ዘናጩ",
    "ኣክማልኤሪስዶ",
    "ማሜ",
    "አባ",
    "መሀ",
    "ቴዲ",
    "ዳኒ",
    "አሌክስ",
    "ኤላ",
    "ደኑር",
    "ከበሸኖ",
    "ሚሚ",
    "አቡ",
    "አማራ",
    "ሸይቾ",
    "ሽኩር",
    "የኔ",
    "የወሎ",
    "ቅዱስ",
    "ተመሰገን",
    "የአለህ",
    "ዜድ",
    "አልሀምዱሊላህ",
    "ዘምዘም",
    "ወሲብ",
    "ሀርግ",
    "መሲፍቅር",
    "አንተ",
    "ሁሉም",
    "እኔ",
    "ለሁሉም",
    "ዝምታ",
    "ሙሀመድሁሴ",
    "ሰላሜ",
    "ፈለገ",
    "አባቴ",
    "ባባ",
    "ጀግናው",
    "ቸሩ",
    "ሃረገወይን",
    "ሀይሊላቀው",
    "ከይረድን",
    "ሸላሙ",
    "ሳኒ",
    "አዩ",
    "ጌታ",
    "ማርያም",
    "እናት",
    "አባት",
    "ሰላም",
}
JUNK_HANI = {"小明", "大文", "明明", "星星", "師傅", "小龍", "大明"}
SV_EXTRA = {
    "Edenilson",
    "Balmore",
    "Marielos",
    "Idalma",
    "Yanileth",
    "Yosiris",
    "Marleny",
    "Rigoberto",
    "Ovidio",
    "Adonay",
    "Adalberto",
    "Misael",
    "Amílcar",
    "Yanira",
    "Dinora",
    "Mayela",
    "Elmer",
    "Danilo",
    "Yaneth",
    "Beatriz",
    "Jeannette",
    "Miriam",
    "Esmeralda",
    "Veronica",
    "Edith",
}
# hand transliterations of the dataset's own Latin surnames (Tunisia, Kuwait) and syllables (Macau)
TN_ARAB_FAM = {
    "Trabelsi": "الطرابلسي",
    "Jlassi": "الجلاصي",
    "Hammami": "الحمامي",
    "Gharbi": "الغربي",
    "Ayari": "العياري",
    "Dridi": "الدريدي",
    "Mejri": "الماجري",
    "Saidi": "السعيدي",
    "Riahi": "الرياحي",
    "Amri": "العامري",
    "Nasri": "النصري",
    "Selmi": "السالمي",
    "Tlili": "التليلي",
    "Sassi": "ساسي",
    "Ferchichi": "الفرشيشي",
    "Ben Ali": "بن علي",
    "Ben Amor": "بن عمر",
    "Ben Salem": "بن سالم",
    "Barhoumi": "البرهومي",
    "Cherif": "الشريف",
    "Abidi": "العبيدي",
    "Aloui": "العلوي",
    "Arfaoui": "العرفاوي",
    "Salhi": "الصالحي",
    "Ayadi": "العيادي",
    "Hamdi": "حمدي",
    "Ammar": "عمار",
}
KW_ARAB_FAM = {
    "Alajmi": "العجمي",
    "Almutairi": "المطيري",
    "Alazmi": "العازمي",
    "Alenezi": "العنزي",
    "Alotaibi": "العتيبي",
    "Alhajri": "الهاجري",
    "Alshammari": "الشمري",
    "Alkandari": "الكندري",
    "Alharbi": "الحربي",
    "Alshatti": "الشطي",
    "Alqattan": "القطان",
    "Alqallaf": "القلاف",
    "Alkhaldi": "الخالدي",
    "Alrashidi": "الرشيدي",
    "Alsaleh": "الصالح",
    "Alrashed": "الراشد",
    "Aladwani": "العدواني",
    "Alawadhi": "العوضي",
    "Alfahad": "الفهد",
}
MO_HAN_FAM = {
    "Chan": "陳",
    "Wong": "黃",
    "Leong": "梁",
    "Lei": "李",
    "Lam": "林",
    "Ng": "吳",
    "Ho": "何",
    "Cheong": "張",
    "Lao": "劉",
    "Choi": "蔡",
    "Fong": "馮",
    "Cheang": "鄭",
    "Tam": "譚",
    "Lai": "黎",
    "Lo": "羅",
    "Ieong": "楊",
    "Chao": "周",
    "Tang": "鄧",
    "Lou": "盧",
    "Hong": "洪",
    "Ip": "葉",
    "Kuok": "郭",
    "Mak": "麥",
    "Chu": "朱",
    "Vong": "黃",
    "Leung": "梁",
    "Lau": "劉",
    "Kuan": "關",
    "Sou": "蘇",
    "Pun": "潘",
    "Un": "袁",
    "Kong": "江",
    "Sio": "蕭",
}


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _keep(names, rx, junk, top):
    out = []
    window = names[: top * 3] if rx in (LATN, LATN_ES) else names
    for n in window:
        n = n.strip()
        if n in junk or not rx.match(n) or n in out:
            continue
        if rx in (LATN, LATN_ES) and not all(w[0].isupper() for w in n.split()):
            continue
        out.append(n)
        if len(out) >= top:
            break
    return out


def main() -> None:
    from names_dataset import NameDataset

    nd = NameDataset()
    raw = {}
    for cc in ("PA", "SV", "TN", "KW", "OM", "ET", "MO", "NA", "HT", "BN"):
        f = nd.get_top_names(n=800, country_alpha2=cc)[cc]
        fam = nd.get_top_names(n=800, country_alpha2=cc, use_first_names=False)[cc]
        raw[cc] = {"m": f.get("M", []), "f": f.get("F", []), "fam": fam}

    def latn(cc, top=120, rx=LATN):
        r = raw[cc]
        return {k: _keep(r[k], rx, JUNK, top) for k in ("m", "f", "fam")}

    pools: dict = {}
    pools["es_PA"] = {"latn": latn("PA", top=60, rx=LATN_ES)}
    pa_tokens = {_fold(w) for k in ("m", "f") for n in raw["PA"][k][:800] for w in n.split()}
    pa_tokens |= {_fold(w) for w in SV_EXTRA}

    def sv_ok(n):
        return all(_fold(w) in pa_tokens for w in n.split()) and not re.search("[äëïöüâêîôû]", n)

    sv = latn("SV", top=400, rx=LATN_ES)
    sv["m"] = [n for n in sv["m"] if sv_ok(n)][:120]
    sv["f"] = [n for n in sv["f"] if sv_ok(n)][:120]
    sv_fam = [n for n in sv["fam"] if " " not in n and n not in pa_tokens | {"Edenilson"}][:30]
    # the SV list is led by regional surnames and its tail has misspellings (Moralezz, Ernadez):
    # keep its top 30 and add the common Hispanic surnames from the (clean) PA list
    pa_fam = pools["es_PA"]["latn"]["fam"][:40]
    sv["fam"] = sv_fam + [n for n in pa_fam if _fold(n) not in {_fold(x) for x in sv_fam}]
    pools["es_SV"] = {"latn": sv}

    tn = latn("TN")
    tn_ar = {k: _keep(raw["TN"][k], ARAB, JUNK_ARAB, 60) for k in ("m", "f")}
    tn_ar["fam_map"] = {k: v for k, v in TN_ARAB_FAM.items() if k in raw["TN"]["fam"][:300]}
    tn_ar["fam"] = list(tn_ar["fam_map"].values())
    pools["ar_TN"] = {"latn": tn, "arab": tn_ar}

    kw = latn("KW")
    om_ar = {k: _keep(raw["OM"][k], ARAB, JUNK_ARAB, 60) for k in ("m", "f", "fam")}
    kw_ar = {
        "m": om_ar["m"],
        "f": om_ar["f"],
        "fam_map": {k: v for k, v in KW_ARAB_FAM.items() if k in raw["KW"]["fam"][:400]},
    }
    kw_ar["fam"] = list(kw_ar["fam_map"].values())
    kw["fam_kw"] = [k for k in KW_ARAB_FAM if k in raw["KW"]["fam"][:400]]
    pools["ar_KW"] = {"latn": kw, "arab": kw_ar}
    pools["ar_OM"] = {"latn": latn("OM"), "arab": om_ar}

    et = latn("ET")
    et_g = {k: _keep(raw["ET"][k], ETHI, JUNK_ETHI, 40) for k in ("m", "f", "fam")}
    pools["am_ET"] = {"latn": et, "ethi": et_g}

    han_given = _keep(raw["MO"]["m"] + raw["MO"]["f"], HANI, JUNK_HANI, 60)
    mo_fam = [n for n in raw["MO"]["fam"][:120] if n in MO_HAN_FAM]
    syll = [
        n for n in raw["MO"]["m"][:150] + raw["MO"]["f"][:150] if re.match(r"^[A-Z][a-z]{1,5}$", n)
    ]
    syll = [s for s in syll if s not in JUNK and s not in mo_fam[:6] and re.search("[aeiouy]", s)][
        :60
    ]
    eng = [
        n
        for n in raw["MO"]["f"][:80] + raw["MO"]["m"][:80]
        if n
        in {
            "Ivy",
            "Winnie",
            "Suki",
            "Kelvin",
            "Jason",
            "Kenny",
            "Jacky",
            "Vincent",
            "Tony",
            "Eric",
            "Ricky",
            "Ken",
            "Sam",
            "Carmen",
            "Vivian",
            "Queenie",
            "Candy",
            "Joyce",
            "Kitty",
            "Fanny",
        }
    ]
    pools["zh_MO"] = {
        "latn": {"fam": mo_fam, "syll": syll, "eng": eng},
        "hani": {"fam_map": {k: MO_HAN_FAM[k] for k in mo_fam}, "given": han_given},
    }
    pools["en_NA"] = {"latn": latn("NA")}
    pools["fr_HT"] = {"latn": latn("HT")}
    bn = latn("BN")
    chinese = {
        "Wong",
        "Lim",
        "Chong",
        "Chin",
        "Yong",
        "Liew",
        "Leong",
        "Teo",
        "Chai",
        "Goh",
        "Ting",
        "Bong",
        "Jong",
        "Foo",
        "Liaw",
        "Shim",
        "Yeo",
        "Wee",
        "Ong",
        "Kong",
        "Chee",
    }
    bn["chinese_fam"] = [n for n in raw["BN"]["fam"][:300] + raw["BN"]["m"][:300] if n in chinese]
    bn["chinese_fam"] = list(dict.fromkeys(bn["chinese_fam"]))
    bn["m"] = [n for n in bn["m"] if n not in chinese]
    bn["fam"] = [n for n in bn["fam"] if n not in chinese]
    pools["ms_BN"] = {"latn": bn}
    OUT.write_text(json.dumps(pools, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
