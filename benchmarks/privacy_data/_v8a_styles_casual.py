"""Casual hand-typed styles: radio dedication requests (public figures are persons too), church
prayer-request slips, microfinance loan officer visit notes.  Lowercase, missing diacritics, typos,
values glued to punctuation and to non-Latin script."""

from __future__ import annotations

import random
import unicodedata

from _v8a_doc import Doc
from _v8a_kit import who
from _v8a_lang import Loc
from _v8a_places import LOOSE_STREETS, address
from _v8a_values import fmt_date, gps, phone, ymd

SINGERS = {
    "BO": ["Zulma Yugar", "Luzmila Carpio", "Gian Marco"], "CR": ["Debi Nova", "Walter Ferguson", "Marco Antonio Solís"],
    "HT": ["Wyclef Jean", "Emeline Michel", "Roberto Martino"], "DZ": ["Souad Massi", "Soolking", "Idir"],
    "IQ": ["كاظم الساهر", "سيف نبيل", "Kadim Al Sahir"], "LB": ["Fairuz", "Nancy Ajram", "Wael Kfoury", "فيروز"],
    "BW": ["Vee Mampeezy", "Amantle Brown", "Charma Gal"], "KH": ["ព្រាប សុវត្ថិ", "ស៊ីន ស៊ីសាមុត", "Preap Sovath"],
    "FJ": ["Laisa Vulakoro", "Knox", "Seru Serevi"], "YE": ["أيوب طارش", "أبو بكر سالم", "بلقيس"],
}  # fmt: skip


def _plain(s: str) -> str:
    """Drop Latin diacritics (casual typing)."""
    return "".join(
        c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)
    ).replace("ı", "i")


def radio_dedication(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Listener dedication requests sent through a radio station's web form (one or several)."""
    d = Doc()
    station = {"BO": "Radio Fides", "CR": "Radio Columbia", "HT": "Radio Kiskeya", "DZ": "Radio El Bahdja", "IQ": "راديو سوا",
               "LB": "Radio Nostalgie", "BW": "Yarona FM", "KH": "វិទ្យុ FM 102", "FJ": "Radio Fiji Two / Viti FM",
               "YE": "إذاعة عدن"}[loc.cc]  # fmt: skip
    head = {"es": "Saludos y dedicatorias", "fr": "Dédicaces", "ht": "Dedikas", "ar": "إهداءات المستمعين", "en": "Requests & shout-outs",
            "km": "សំណើបទចម្រៀង"}[lang]  # fmt: skip
    d.t(f"{station} — {head}  [{rng.randint(6, 23)}:{rng.randint(10, 59)}]\n")
    for _ in range(rng.randint(1, 3)):
        a = who(rng, loc, lang, False)  # the sender ("my brother" in the Darja variant)
        b = who(rng, loc, lang, True)  # the dedicatee (mum, sister, wife, ...)
        s = rng.choice(SINGERS[loc.cc])
        num = phone(rng, loc.cc, style=rng.choice(["nat", "plain"]))
        d.t("- ")
        cc = loc.cc
        if cc in ("BO", "CR"):
            d.t("porfa pongan una de ").v("person", s).t(" para mi ").t(
                rng.choice(["amor", "mami", "ñaña", "comadre", "esposa"])
            ).t(" ")
            d.v("person", _plain(b.given.lower()) if rng.random() < 0.4 else b.given).t(
                " q esta de cumple!! de parte de "
            )
            d.v("person", _plain(a.full).lower() if rng.random() < 0.5 else a.full).t(", cel ").v(
                "phone", num
            ).t(" saludos a toda la familia")
        elif cc == "HT":
            d.t("tanpri mete ").v("person", s).t(" pou manman m ").v("person", b.given).t(
                ", se fet li jodi a. se "
            ).v("person", a.full)
            d.t(" ki voye l, tel:").v("phone", num).t(" mesi anpil radyo a")
        elif cc == "DZ":
            if rng.random() < 0.5:
                d.t("salam, svp une dedicace ").v("person", s).t(" l ma soeur ").v(
                    "person", b.given
                ).t(" w ga3 les amis de ").t(rng.choice(["Oran", "Bab El Oued", "Setif"]))
                d.t(", de la part de ").v("person", a.full).t(" ").v("phone", num).t(" merci bcp")
            else:
                d.t("السلام عليكم نحب نهدي اغنية ").v("person", s).t(" لخويا ").v(
                    "person", a.given
                ).t(" و لكل الفاميلية، رقمي ").v("phone", num)
        elif cc in ("IQ", "YE"):
            d.t("مرحبا اريد اغنية ").v("person", s).t(" اهداء الى ").v("person", b.full).t(
                " من "
            ).v("person", a.full).t(" رقم الموبايل:").v("phone", num)
        elif cc == "LB":
            if rng.random() < 0.5:
                d.t("bonjour!! please play ").v("person", s).t(" for my mom ").v(
                    "person", b.given
                ).t(" 3id miled sa3id ❤️ from ").v("person", a.full)
                d.t(" ").v("phone", num).t(" merci ktir")
            else:
                d.t("بدي اهدي غنية لـ").v("person", s).t(" لإمي ").v("person", b.given).t(" من ").v(
                    "person", a.full
                ).t("، تلفون ").v("phone", num)
        elif cc == "KH":
            d.t("សូមចាក់បទ ").v("person", s).t(" ជូន").v("person", b.full).t(" ពី").v(
                "person", a.full
            ).t(" លេខ").v("phone", num).t(" អរគុណ")
        else:
            d.t("pls play ").v("person", s).t(" for my ").t(
                rng.choice(["wife", "gran", "bestie", "cuzzy"])
            ).t(" ").v("person", b.given.lower() if rng.random() < 0.3 else b.given)
            d.t(" its her bday today!! from ").v("person", a.full).t(" in ").t(
                rng.choice(
                    ["Nadi", "Nasinu", "Labasa"]
                    if cc == "FJ"
                    else ["Tlokweng", "Maun", "Mogoditshane"]
                )
            )
            d.t(" ph ").v("phone", num)
        d.t("\n")
    return d


def prayer_request(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Hand-written prayer request slip dropped in a church box, typed into the parish bulletin draft."""
    d = Doc()
    p = who(rng, loc, lang)
    fem = rng.random() < 0.5
    sick = who(rng, loc, lang, fem)
    if lang in ("es",):
        d.t("Peticiones de oracion — semana ").t(str(rng.randint(1, 52))).t("\n")
        d.t("pido oracion por la salud de mi ").t(
            rng.choice(["mama", "hijita", "tia"] if fem else ["papa", "hermano", "abuelito"])
        ).t(" ").v("person", _plain(sick.full))
        d.t(
            f" que esta internad{'a' if fem else 'o'} en el hospital desde el lunes, q Dios le de fuerzas. "
        ).v("person", _plain(p.given)).t(" (").v("phone", phone(rng, loc.cc)).t(")")
    elif lang in ("fr", "ht"):
        d.t("Intentions de prière — dimanche\n")
        d.t("priez pour ").v("person", _plain(sick.full)).t(
            " malade depi 2 semèn, fanmi an bezwen sipò. kontak: "
            if loc.cc == "HT"  # Kreyòl body only in Haiti; Lebanese slips are in French
            else ", malade depuis 2 semaines, la famille a besoin de soutien. contact : "
        ).v("person", p.full)
        d.t(" ").v("phone", phone(rng, loc.cc))
    elif lang == "ar":
        d.t("نوايا الصلاة — الأحد\nصلوا لأجل ").v("person", sick.full).t(
            " المريضة في المستشفى. من " if fem else " المريض في المستشفى. من "
        ).v("person", p.full).t(" ").v("phone", phone(rng, loc.cc))
    elif lang == "km":
        d.t("សូមអធិស្ឋានឲ្យ ").v("person", sick.full).t(" ដែលកំពុងឈឺ។ ពី ").v("person", p.full).t(" ").v(
            "phone", phone(rng, loc.cc)
        )
    else:
        d.t("Prayer requests — Sunday service\n")
        d.t("pls pray for my ").t(
            rng.choice(["mum", "aunty", "daughter"] if fem else ["uncle", "son", "dad"])
        ).t(" ").v("person", sick.full).t(" admitted at ")
        d.t(
            rng.choice(
                {
                    "BW": ["Princess Marina Hospital", "Nyangabgwe Hospital"],
                    "FJ": ["CWM Hospital", "Lautoka Hospital"],
                    "LB": ["AUBMC", "Rafik Hariri Hospital"],
                    "KH": ["Calmette Hospital", "Royal Phnom Penh Hospital"],
                }.get(loc.cc, ["the hospital", "the district hospital"])
            )
        )
        d.t(" since tuesday, surgery on friday. thank u church family - ").v("person", p.given).t(
            " "
        ).v("phone", phone(rng, loc.cc))
    return d


def _visit(d: Doc, rng: random.Random, loc: Loc, lang: str) -> None:
    fem = lang in ("es", "fr", "ht", "en")
    cl = who(rng, loc, lang, fem if lang != "ar" else False)
    rel = who(rng, loc, lang, lang == "en")  # "su hijo" / "(frère)" / "(sister)"
    v = fmt_date(rng, ymd(rng, 2025, 2025), lang, loc.cc, False)
    lines = address(rng, loc.cc, "ar" if lang == "ar" else "en" if lang == "en" else "")
    one = ("، " if lang == "ar" else " " if lang == "km" else ", ").join(lines)
    if lang == "es":
        d.t(f"visita {v}: fui a ").v("address", one).t(" la sra ").v(
            "person", _plain(cl.family.split(" ")[0]).lower() if rng.random() < 0.4 else cl.full
        )
        d.t(" no estaba, hable con su hijo ").v("person", rel.given).t(
            rng.choice(
                [
                    " dice q pagara el viernes. negocio abierto, stock bajo. ",
                    " dice q su mama viaja a la feria y paga a fin de mes. ",
                    f" mostro voucher de pago parcial {loc.cur} {200 if loc.cc == 'BO' else 50000}. ",
                    " negocio cerrado, vecinos dicen q se mudo?? ",
                ]
            )
        )
        d.t("gps ").v("gps", gps(rng, loc.cc, one)).t(". nuevo cel:").v(
            "phone", phone(rng, loc.cc)
        ).t(" (el anterior ya no sirve)")
    elif lang in ("fr", "ht"):
        d.t(f"visite {v} : cliente ").v("person", cl.full).t(" absente, j'ai parlé avec ").v(
            "person", rel.given
        )
        d.t(" (frère). adresse ").v("address", one).t(
            rng.choice(
                [
                    ". promet de payer samedi. nouveau num ",
                    ". a payé la moitié, reçu remis. num ",
                    ". boutique fermée, les voisins disent qu'elle est en province. essayer le ",
                ]
            )
        ).v("phone", phone(rng, loc.cc)).t(", gps ").v("gps", gps(rng, loc.cc, one))
    elif lang == "ar":
        d.t(f"زيارة {v}: العميل ").v("person", cl.full).t(" غير موجود، تكلمت مع ").v(
            "person", rel.full
        ).t(". العنوان: ").v("address", one)
        d.t(
            rng.choice(
                [
                    ". وعد بالدفع الأسبوع القادم. رقم جديد:",
                    ". دفع نصف القسط. رقم جديد:",
                    ". المحل مسكر، الجيران قالوا سافر. جربوا رقم:",
                ]
            )
        ).v("phone", phone(rng, loc.cc)).t(" الموقع ").v("gps", gps(rng, loc.cc, one))
    elif lang == "km":
        d.t(f"ចុះជួប {v}: អតិថិជន ").v("person", cl.full).t(" មិននៅផ្ទះ បាននិយាយជាមួយ ").v(
            "person", rel.full
        ).t(" ។ អាសយដ្ឋាន ").v("address", one)
        d.t(" ។ លេខថ្មី ").v("phone", phone(rng, loc.cc)).t(" GPS ").v("gps", gps(rng, loc.cc, one))
    else:
        d.t(f"visit {v}: client ").v("person", cl.full).t(" not home, spoke w/ ").v(
            "person", rel.given
        ).t(" (sister). addr ").v("address", one)
        d.t(
            rng.choice(
                [
                    ". says will pay end of month, shop open but low stock. new no. ",
                    ". paid half, receipt given. new no. ",
                    ". business closed, neighbours say moved to cattlepost?? try ",
                    ". promised to pay after payday. cell ",
                ]
            )
        ).v("phone", phone(rng, loc.cc)).t(" gps ").v("gps", gps(rng, loc.cc, one))
    if rng.random() < 0.3:  # a street named outside an address (unlabelled)
        road = rng.choice(LOOSE_STREETS[loc.cc])
        d.t({"es": f" (desvio por obras en {road})", "fr": f" (route barrée : {road})", "ht": f" (blokis sou {road})",
             "ar": f" (زحمة في {road})", "km": f" (ស្ទះចរាចរណ៍ {road})", "en": f" (roadworks on {road})"}[lang])  # fmt: skip


def loan_officer_note(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Microfinance loan officer's field visit notes (one visit, or a day's visits typed in the app)."""
    d = Doc()
    n = rng.choice([1, 1, 2, 3, 5])
    if n > 1:
        agent = who(rng, loc, lang)
        head = {"es": "Reporte de visitas — asesor", "fr": "Rapport de visites — agent", "ht": "Rapò vizit — ajan",
                "ar": "تقرير الزيارات — الموظف", "km": "របាយការណ៍ចុះជួបអតិថិជន — មន្ត្រីឥណទាន",
                "en": "Field visits — loan officer"}[lang]  # fmt: skip
        d.t(head + " ").v("person", agent.full).t("\n")
    for i in range(n):
        if n > 1:
            d.t(f"{i + 1}) ")
        _visit(d, rng, loc, lang)
        if i < n - 1:
            d.t("\n")
    return d
