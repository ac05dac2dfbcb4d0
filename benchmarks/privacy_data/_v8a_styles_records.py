"""Record formats: EDIFACT PAXLST manifest, MARC21 record, Jira CSV export, Excel cell dump."""

from __future__ import annotations

import random

from _v8a_doc import Doc
from _v8a_kit import latin, who
from _v8a_lang import CUES, Loc, id_cue
from _v8a_values import (
    card,
    cr_cedula,
    digits,
    email,
    fmt_date,
    iban,
    ipv4,
    national_id,
    phone,
    ymd,
)
from stdnum.cr import cpf as cr_cpf

_AIR = {"BO": ("OB", "VVI", "LPB"), "CR": ("CM", "SJO", "PTY"), "HT": ("AA", "PAP", "MIA"), "DZ": ("AH", "ALG", "CDG"),
        "IQ": ("IA", "BGW", "IST"), "LB": ("ME", "BEY", "CDG"), "BW": ("BP", "GBE", "JNB"), "KH": ("K6", "PNH", "BKK"),
        "FJ": ("FJ", "NAN", "SYD"), "YE": ("IY", "ADE", "CAI")}  # fmt: skip
_NAT = {"BO": "BOL", "CR": "CRI", "HT": "HTI", "DZ": "DZA", "IQ": "IRQ", "LB": "LBN", "BW": "BWA", "KH": "KHM",
        "FJ": "FJI", "YE": "YEM"}  # fmt: skip


def paxlst(rng: random.Random, loc: Loc) -> Doc:
    """EDIFACT PAXLST (API passenger manifest): NAD+FL surname:given, DTM+329 birth date, DOC passport."""
    d = Doc()
    al, dep, arr = _AIR[loc.cc]
    fl = f"{al}{rng.randint(100, 999)}"
    day = f"25{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    d.t(
        f"UNA:+.? 'UNB+UNOA:4+{al}:ZZ+{arr}APIS:ZZ+{day}:{rng.randint(0, 23):02d}30+{digits(rng, 6)}++APIS'\n"
    )
    d.t(
        f"UNG+PAXLST+{al}+{arr}APIS+{day}:0930+1+UN+D:05B'\nUNH+1+PAXLST:D:05B:UN:IATA+{fl}/{day}/0930+01:F'\nBGM+745'\n"
    )
    d.t(
        f"NAD+MS+++{al} OPS CONTROL'\nCOM+{digits(rng, 3)} {digits(rng, 4)}:TE'\nTDT+20+{fl}'\nLOC+125+{dep}'\nDTM+189:{day}0930:201'\n"
    )
    d.t(f"LOC+87+{arr}'\nDTM+232:{day}1400:201'\n")
    n = rng.randint(1, 3)
    for _ in range(n):
        p = latin(rng, loc)
        d.t("NAD+FL+++").v("person", p.family.upper()).t(":").v("person", p.given.upper()).t("'\n")
        d.t(f"ATT+2++{'F' if p.female else 'M'}'\nDTM+329:")
        y, m, dd = ymd(rng)
        d.v("dob", f"{y % 100:02d}{m:02d}{dd:02d}").t(
            f"'\nLOC+178+{dep}'\nLOC+179+{arr}'\nNAT+2+{_NAT[loc.cc]}'\n"
        )
        d.t(
            f"RFF+AVF:{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}'\nRFF+SEA:{rng.randint(1, 40)}{rng.choice('ABCDEF')}'\n"
        )
        _sch, val = (
            national_id(rng, loc.cc, "passport")
            if loc.cc not in ("BO", "CR", "HT", "DZ")
            else ("passport", None)
        )
        if val is None and loc.cc == "CR":  # Costa Rican passports carry the cédula number
            val = cr_cpf.compact(cr_cedula(rng)).lstrip("0")
        elif val is None:  # these countries' passports: letter + digits
            val = {"BO": "B", "HT": "R", "DZ": ""}[loc.cc] + digits(rng, 9 if loc.cc == "DZ" else 7)
        d.t("DOC+P:110:111+").v("national_id", val).t(
            f"'\nDTM+36:{rng.randint(26, 34)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}'\nLOC+91+{_NAT[loc.cc]}'\n"
        )
    d.t(f"CNT+42:{n}'\nUNT+{10 + 11 * n}+1'\nUNE+1+1'\nUNZ+1+{digits(rng, 6)}'")
    return d


_TOWN = {"BO": "La Paz", "CR": "San José", "HT": "Port-au-Prince", "DZ": "Alger", "IQ": "Bagdad", "LB": "Beyrouth",
         "BW": "Gaborone", "KH": "Phnom Penh", "FJ": "Suva", "YE": "Sanaa"}  # fmt: skip


_UNI = {"BO": ("UMSA", "Universidad Mayor de San Andrés"), "CR": ("UCR", "Universidad de Costa Rica"),
        "HT": ("UEH", "Université d'État d'Haïti"), "DZ": ("USTHB", "USTHB"), "IQ": ("UOB", "جامعة بغداد"),
        "LB": ("AUB", "American University of Beirut"), "BW": ("UB", "University of Botswana"),
        "KH": ("RUPP", "Royal University of Phnom Penh"), "FJ": ("USP", "University of the South Pacific"),
        "YE": ("SU", "جامعة صنعاء")}  # fmt: skip
_PHYS = {"es": "hojas : |b ilustraciones", "fr": "feuillets : |b illustrations", "ht": "paj : |b ilistrasyon",
         "ar": "ورقة : |b إيضاحيات", "en": "leaves : |b illustrations", "km": "leaves : |b illustrations"}  # fmt: skip
_SUP = {
    "es": "Tutor",
    "fr": "Directeur de mémoire",
    "ht": "Direktè",
    "ar": "المشرف",
    "en": "Supervisor",
    "km": "Supervisor",
}
_DEGREE = {"es": ["Licenciatura", "Maestría"], "fr": ["Master", "Licence"], "ht": ["Lisans"], "ar": ["ماجستير", "بكالوريوس"],
           "en": ["BSc", "MSc", "MA"], "km": ["Bachelor", "Master"]}  # fmt: skip
_SUBJECT = {"es": "Microfinanzas", "fr": "Déchets -- Gestion", "ht": "Edikasyon", "ar": "التعليم الإلكتروني",
            "en": "Irrigation", "km": "Agriculture"}  # fmt: skip
_TOWN_AR = {"IQ": "بغداد", "YE": "صنعاء", "LB": "بيروت", "DZ": "الجزائر"}
_TXT = {"es": "texto", "fr": "texte", "ht": "tèks", "ar": "نص", "en": "text", "km": "text"}
_THESIS = {
    "es": "Tesis",
    "fr": "Mémoire",
    "ht": "Memwa",
    "ar": "رسالة",
    "en": "Thesis",
    "km": "Thesis",
}


def marc(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """MARC21 bibliographic record of a local thesis (author, advisor are private persons)."""
    d = Doc()
    a, adv = who(rng, loc, lang), who(rng, loc, lang)
    lc = {"es": "spa", "fr": "fre", "ht": "hat", "ar": "ara", "en": "eng", "km": "khm"}[lang]
    y = rng.randint(2008, 2024)
    titles = {"es": "Impacto del microcrédito en mujeres comerciantes", "fr": f"Gestion des déchets urbains à {_TOWN[loc.cc]}",
              "ht": "Lang kreyòl nan lekòl fondamantal", "ar": "أثر التعليم الإلكتروني على طلبة الجامعات",
              "en": "Smallholder irrigation and food security", "km": "ការអភិវឌ្ឍកសិកម្មខ្នាតតូច"}  # fmt: skip
    d.t(
        f"LDR  0{rng.randint(1000, 2999)}cam a2200{rng.randint(200, 400)} i 4500\n001  {loc.tld}-{digits(rng, 7)}\n"
    )
    d.t(
        f"005  {y + 1}0{rng.randint(1, 9)}1{rng.randint(0, 9)}10{rng.randint(10, 59)}44.0\n008  {str(y)[2:]}0412s{y}    {loc.tld}      bm   000 0 {lc} d\n"
    )
    d.t(f"040  __ |a {loc.cc}-{_UNI[loc.cc][0]} |b {lc} |e rda\n")
    d.t(f"041  0_ |a {lc} |b eng\n100  1_ |a ")
    if a.latin and " " in a.family and rng.random() < 0.7:
        d.v("person", f"{a.family}, {a.given}")
    else:
        d.v("person", a.full)
    d.t(", |e autor.\n" if lang == "es" else ", |e author.\n")
    d.t(f"245  10 |a {titles[lang]} / |c ").v("person", a.full).t(".\n")
    d.t(
        f"264  _1 |a {_TOWN_AR.get(loc.cc, _TOWN[loc.cc]) if lang == 'ar' else _TOWN[loc.cc]} : |b {_UNI[loc.cc][1]}, |c {y}.\n"
    )
    d.t(
        f"300  __ |a {rng.randint(80, 320)} {_PHYS[lang]} ; |c 28 cm.\n336  __ |a {_TXT[lang]} |b txt |2 rdacontent\n"
    )
    d.t(
        f"502  __ |a {_THESIS[lang]} ("
        + rng.choice(_DEGREE[lang])
        + f") -- {y}.\n500  __ |a {_SUP[lang]}: "
    ).v("person", adv.full).t(".\n")
    d.t(f"650  _4 |a {_SUBJECT[lang]}.\n700  1_ |a ").v("person", adv.full).t(", |e tutor.\n")
    d.t(
        f"856  40 |u https://repositorio.{loc.tld}/handle/123456789/{rng.randint(1000, 30000)}\n999  __ |c {rng.randint(1000, 90000)} |d {rng.randint(1000, 90000)}"
    )
    return d


def jira_csv(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Jira CSV export: assignee/reporter names, customer data pasted in descriptions."""
    d = Doc()
    proj = rng.choice(["SOP", "CRM", "APP", "NET", "POS"])
    d.t(
        "Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Reporter,Created,Description\n"
    )
    for _ in range(rng.randint(2, 4)):
        a, r = latin(rng, loc), latin(rng, loc)
        c = who(rng, loc, lang)
        k = rng.randint(100, 4000)
        created = f"{rng.randint(1, 28):02d}/{rng.choice(['Jan', 'Feb', 'Mar', 'Oct', 'Nov', 'Dec'])}/25 {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}"
        kind = rng.choice(["login", "pay", "net", "ui"])
        summ = {"login": "Cliente no puede iniciar sesión" if lang == "es" else "Customer cannot log in",
                "pay": "Pago duplicado" if lang == "es" else "Duplicate payment", "net": "VPN drops every 10 min",
                "ui": "Typo on checkout page"}[kind]  # fmt: skip
        d.t(
            f'"{summ}",{proj}-{k},{10000 + k},{rng.choice(["Bug", "Task", "Support"])},{rng.choice(["Open", "In Progress", "Done"])},'
        )
        d.t(f"{rng.choice(['High', 'Medium', 'Low'])},").v("person", a.full).t(",").v(
            "person", r.full
        ).t(f',{created},"')
        if kind == "login":
            d.t("Customer ").v("person", c.full).t(" (").v("phone", phone(rng, loc.cc)).t(
                ") locked out after password reset. Last IP "
            ).v("ipv4", ipv4(rng)).t('"\n')
        elif kind == "pay":
            d.t("Charged twice on card ending ").t(digits(rng, 4)).t(", customer email ").v(
                "email", email(rng, loc.cc, a.given, r.family)
            )
            d.t(f". Order #{digits(rng, 8)}, amount {loc.cur} {rng.randint(20, 900)}.00")
            if loc.cc in ("CR", "IQ", "LB", "YE") and rng.random() < 0.6:
                d.t(". Refund to IBAN ").v("iban", iban(rng, loc.cc, rng.random() < 0.5))
            elif rng.random() < 0.5:
                d.t(". Customer pasted the full card in chat: ").v("card", card(rng))
            d.t('"\n')
        elif kind == "net":
            d.t("Tunnel from ").v("ipv4", ipv4(rng, False)).t(" to ").v("ipv4", ipv4(rng, True)).t(
                f' resets, see log build {digits(rng, 5)}"\n'
            )
        else:
            d.t(
                f'Label says ""Total"" twice; version {rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"\n'
            )
    return d


def excel_dump(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Excel cell/formula dump (openpyxl-style listing) of a payment/collection sheet."""
    d = Doc()
    c = CUES[lang]
    sheet = {
        "es": "Cobranzas",
        "fr": "Cotisations",
        "ht": "Kotizasyon",
        "ar": "الاشتراكات",
        "en": "Collections",
        "km": "ការបង់ប្រាក់",
    }[lang]
    scheme = national_id(rng, loc.cc)[0]
    cue = id_cue(rng, loc.cc, scheme, lang)
    d.t(
        f"Sheet: {sheet}\nA1 = '{c['name']}'\nB1 = '{c['phone']}'\nC1 = '{cue}'\nD1 = '{c['amount']}'\nE1 = '{c['date']}'\n"
    )
    n = rng.randint(2, 4)
    for i in range(2, 2 + n):
        p = who(rng, loc, lang)
        d.t(f"A{i} = '").v("person", p.full).t(f"'\nB{i} = '").v("phone", phone(rng, loc.cc)).t(
            f"'\nC{i} = '"
        )
        d.v("national_id", national_id(rng, loc.cc, scheme)[1]).t(
            f"'\nD{i} = {rng.randint(50, 5000)}\n"
        )
        d.t(f"E{i} = '{fmt_date(rng, ymd(rng, 2025, 2025), lang, loc.cc, False)}'\n")
    d.t(
        f'D{2 + n} = =SUM(D2:D{1 + n})\nF2 = =IF(D2>1000,"VIP","")\nG2 = =VLOOKUP(C2,{"Clientes" if lang == "es" else "Clients"}!A:F,3,FALSE)\nH1 = \'{"Tasa" if lang == "es" else "Rate"}\'\nH2 = 0.0{rng.randint(1, 9)}'
    )
    if rng.random() < 0.3:
        d.t(f"\nJ1 = '{'Tarjeta' if lang == 'es' else 'Card'}'\nJ2 = '").v("card", card(rng)).t("'")
    return d
