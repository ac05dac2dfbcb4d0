# ruff: noqa: RUF001
"""v10a styles built as rolls and rotas: tankers, ferries, committees, squads, test slips, intercoms, rosters."""

from __future__ import annotations

import datetime as _dt

from _v10a_common import (
    fmt_date,
    gps_str,
    money,
    short,
    some_day,
)
from _v10a_labels import LAB, fill
from _v10a_people import NID_CUE, make_person
from _v10a_values import card, ipv4, make_iban

ROTA = {"ps_AF": ("Water tanker rota", "Kabul"), "tg_TJ": ("Ҷадвали обкашонӣ / График водовоза", ""),
        "ky_KG": ("График подвоза воды", ""), "ar_QA": ("Water tanker schedule - labour camp", ""),
        "so_SO": ("Jadwalka booyadda biyaha", ""), "rw_RW": ("Gahunda y'imodoka y'amazi", ""),
        "es_NI": ("Rol de la pipa de agua", ""), "bs_BA": ("Raspored cisterne - redukcije vode", ""),
        "dv_MV": ("Water delivery rota (desal plant)", ""), "en_TT": ("WASA truck-borne water schedule", "")}
DAYS = {"tg_TJ": ["Душанбе", "Сешанбе", "Чоршанбе", "Панҷшанбе", "Ҷумъа"], "ky_KG": ["Пн", "Вт", "Ср", "Чт", "Пт"],
        "es_NI": ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes"], "bs_BA": ["Pon", "Uto", "Sri", "Čet", "Pet"],
        "rw_RW": ["Kuwa mbere", "Kuwa kabiri", "Kuwa gatatu", "Kuwa kane", "Kuwa gatanu"],
        "so_SO": ["Sabti", "Axad", "Isniin", "Talaado", "Arbaco"]}


def water_tanker_rota(rng, loc, d):
    title = ROTA[loc][0]
    coord = make_person(rng, loc)
    days = DAYS.get(loc, ["Sat", "Sun", "Mon", "Tue", "Wed"] if loc in ("ps_AF", "ar_QA", "dv_MV") else ["Mon", "Tue", "Wed", "Thu", "Fri"])
    d.ln(title, " — week ", str(rng.randint(1, 52)))
    d.ln("Fill point: hydrant ", str(rng.randint(1, 30)), " (", ("gps", gps_str(rng, coord.gps)), ")")
    d.ln("Coordinator: ", ("person", coord.full), ", ", ("phone", coord.phone))
    d.ln("")
    for day in rng.sample(days, rng.randint(2, 4)):
        drv = make_person(rng, loc)
        plate = {"ps_AF": f"KBL {rng.randint(10000, 99999)}", "tg_TJ": f"{rng.randint(1000, 9999)} {rng.choice(['AA', 'BB'])} 01",
                 "ky_KG": f"01KG{rng.randint(100, 999)}{rng.choice(['ABC', 'AAD', 'BKT'])}", "ar_QA": f"{rng.randint(100000, 999999)}",
                 "so_SO": f"SO {rng.randint(1000, 9999)}", "rw_RW": f"RA{rng.choice('BCDE')} {rng.randint(100, 999)}{rng.choice('ABCDEFGH')}",
                 "es_NI": f"M {rng.randint(100000, 999999)}", "bs_BA": f"{rng.choice('AEJKMOT')}{rng.randint(10, 99)}-{rng.choice('AEJKMOT')}-{rng.randint(100, 999)}",
                 "dv_MV": f"C{rng.randint(1000, 9999)}", "en_TT": f"T{rng.choice('CDX')}{rng.randint(1000, 9999)}"}[loc]
        d.ln(day, ": truck ", plate, " — driver ", ("person", drv.full), " ", ("phone", drv.phone))
        for _j in range(rng.randint(2, 4)):
            h = make_person(rng, loc, city=coord.city)
            litres = rng.choice([500, 1000, 2000, 3000, 5000])
            if rng.random() < 0.5:
                d.ln("   - ", ("address", h.addr), " — ", ("person", h.full), f" — {litres} L")
            else:
                d.ln("   - ", ("person", h.family.split()[0] if loc not in ("ps_AF", "ar_QA", "dv_MV") else h.full), " family, ",
                     ("address", h.addr), f" ({litres} L)", *((" call ", ("phone", h.phone)) if rng.random() < 0.5 else ()))
    d.ln("")
    d.ln("Tanks must be cleaned; chlorine residual 0.2–0.5 mg/L at delivery.")


FERRY = {"dv_MV": ("MTCC Ferry", "Malé – Maafushi – Guraidhoo"), "ar_QA": ("Dhow Al Bushra", "Doha Old Port – Al Khor"),
         "so_SO": ("Doonta Xamar Star", "Boosaaso – Berbera"), "en_TT": ("APT James", "Port of Spain – Scarborough"),
         "es_NI": ("Panga Río Escondido", "Bluefields – Corn Island"), "rw_RW": ("MV Kivu Queen", "Rubavu – Karongi – Rusizi")}
NATION = {"dv_MV": "MDV", "ar_QA": "QAT", "so_SO": "SOM", "en_TT": "TTO", "es_NI": "NIC", "rw_RW": "RWA"}


def _dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# tourists: (nationality, surnames, male given names, female given names, passport shape)
TOURISTS = [
    ("DEU", ["MUELLER", "SCHMIDT", "BECKER", "HOFFMANN", "WAGNER", "KRAUSE"], ["JONAS", "LUKAS", "FELIX", "TOBIAS"],
     ["LENA", "ANNA", "KATHARINA", "MIRIAM"], lambda r: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
    ("ITA", ["ROSSI", "BIANCHI", "ESPOSITO", "RICCI", "MARINO"], ["MARCO", "LUCA", "GIORGIO"], ["GIULIA", "FRANCESCA", "CHIARA"],
     lambda r: "YA" + _dg(r, 7)),
    ("IND", ["SHARMA", "IYER", "REDDY", "NAIR", "DESAI", "CHOPRA"], ["ARJUN", "ROHAN", "VIKRAM"], ["ANJALI", "PRIYA", "MEERA"],
     lambda r: r.choice("JKLMNPRSTUVWZ") + _dg(r, 7)),
    ("GBR", ["SMITH", "TAYLOR", "EVANS", "HUGHES", "CAMPBELL", "WRIGHT"], ["OLIVER", "JAMES", "HARRY", "CALLUM"],
     ["EMMA", "CHLOE", "SOPHIE", "HANNAH"], lambda r: _dg(r, 9)),
    ("CHN", ["WANG", "LI", "ZHANG", "LIU", "CHEN", "HUANG"], ["LEI", "JIANGUO", "HAORAN", "YUXUAN"], ["XIAOMEI", "YING", "JING"],
     lambda r: "E" + _dg(r, 8)),
    ("KEN", ["OTIENO", "KAMAU", "NJOROGE", "MUTUA", "OCHIENG"], ["BRIAN", "KEVIN", "DENNIS"], ["FAITH", "MERCY", "AKINYI"],
     lambda r: "AK" + _dg(r, 7)),
    ("USA", ["JOHNSON", "MILLER", "DAVIS", "GARCIA", "ANDERSON", "BROOKS"], ["MICHAEL", "TYLER", "JASON"],
     ["EMILY", "ASHLEY", "MADISON"], lambda r: _dg(r, 9)),
    ("POL", ["KOWALSKA", "NOWAK", "WISNIEWSKA", "ZIELINSKA"], [], ["ZOFIA", "AGNIESZKA", "MAGDALENA"],
     lambda r: "E" + r.choice("ABCDEFGHJK") + _dg(r, 7)),
    ("JPN", ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "ITO"], ["HIROSHI", "KENTA", "DAIKI"], ["HARUKA", "YUKI", "AYAKA"],
     lambda r: "T" + r.choice("KRZ") + _dg(r, 7)),
]


def _tourist(rng, taken):
    """A foreign passenger (surname, given, sex, nationality, passport) not already on the manifest."""
    while True:
        nat, surs, males, females, doc_fn = rng.choice(TOURISTS)
        female = not males or rng.random() < 0.5
        sur, giv = rng.choice(surs), rng.choice(females if female else males)
        if (sur, giv) not in taken:
            taken.add((sur, giv))
            return sur, giv, "F" if female else "M", nat, doc_fn(rng)


PORT_GPS = {"dv_MV": (4.1770, 73.5120), "ar_QA": (25.2950, 51.5480), "so_SO": (11.2870, 49.1870), "en_TT": (10.6490, -61.5170),
            "es_NI": (12.0100, -83.7700), "rw_RW": (-1.6990, 29.2550)}


def ferry_manifest(rng, loc, d):
    vessel, route = FERRY[loc]
    cap = make_person(rng, loc)
    day = some_day(rng)
    d.ln("PASSENGER MANIFEST")
    d.ln("Vessel: ", vessel, "    Route: ", route)
    d.ln("Date: ", fmt_date(rng, loc, day, 0), "    Dep: ", f"{rng.randint(6, 17):02d}:{rng.choice(['00', '15', '30', '45'])}")
    d.ln("Master: ", ("person", cap.full_r), "    Contact: ", ("phone", cap.phone))
    d.ln("")
    d.ln(f"{'#':<3} {'SURNAME/GIVEN':<30} {'SEX':<4} {'DOB':<11} {'NAT':<4} {'DOC NO':<16} PHONE")
    n = rng.randint(6, 14)
    taken = set()
    for i in range(n):
        p = make_person(rng, loc)
        tourist = rng.random() < 0.15
        sex = "F" if p.female else "M"
        if tourist:
            sur, giv, sex, nat, doc = _tourist(rng, taken)
        else:
            nat = NATION[loc]
            doc = p.nid if rng.random() < 0.6 else p.extra["passport"]
            sur = p.family_r.upper()
            giv = p.given_r.upper()
        dob_s = p.dob.strftime("%d%b%Y").upper() if rng.random() < 0.5 else p.dob.strftime("%d/%m/%Y")
        d.w(f"{i + 1:<3} ", ("person", sur), "/", ("person", giv), " " * max(1, 30 - len(sur) - len(giv) - 1), f"{sex:<4} ",
            ("dob", dob_s), " " * max(1, 11 - len(dob_s) + 1), f"{nat:<4} ", ("national_id", doc), " " * max(1, 17 - len(doc)))
        if rng.random() < 0.7 and not tourist:
            d.ln(("phone", p.phone))
        else:
            d.ln("-")
    d.ln("")
    d.ln(f"Total on board: {n} pax + {rng.randint(2, 6)} crew.  Life jackets: {n + 10}.")
    if rng.random() < 0.5:
        lat, lon = PORT_GPS[loc]
        d.ln("Position at departure: ", ("gps", gps_str(rng, (lat + rng.uniform(-0.01, 0.01), lon + rng.uniform(-0.01, 0.01)), 0)))


COMM = {
    "ps_AF": ("Minutes of the mosque committee", "Masjid-e Jame, Karte Char", "Chair", "Secretary", "Treasurer", "Present"),
    "tg_TJ": ("Суратҷаласаи кумитаи масҷид", "Масҷиди ҷомеъи ноҳияи Сино", "Раис", "Котиб", "Хазинадор", "Ҳозирон"),
    "ky_KG": ("Протокол собрания комитета мечети", "Мечеть «Рахмат», Бишкек", "Председатель", "Секретарь", "Казначей", "Присутствовали"),
    "ar_QA": ("محضر اجتماع لجنة المسجد", "مسجد الحي، الدوحة", "الرئيس", "أمين السر", "أمين الصندوق", "الحضور"),
    "so_SO": ("Qoraalka shirka guddiga masjidka", "Masjidka Xamar Jadiid", "Guddoomiye", "Xoghaye", "HantiDhowr", "Joogay"),
    "rw_RW": ("Inyandiko-mvugo y'inama ya komite ya paruwasi", "Paruwasi Gikondo", "Perezida", "Umwanditsi", "Umubitsi", "Abari bahari"),
    "es_NI": ("Acta de la reunión del consejo parroquial", "Parroquia San Judas Tadeo, Managua", "Presidente", "Secretaria", "Tesorero", "Presentes"),
    "bs_BA": ("Zapisnik sa sjednice džematskog odbora", "Džemat Kovači, Sarajevo", "Predsjednik", "Zapisničar", "Blagajnik", "Prisutni"),
    "dv_MV": ("Mosque committee minutes", "Masjid Al-Noor, Henveiru", "Chair", "Secretary", "Treasurer", "Present"),
    "en_TT": ("Minutes of the Church Council meeting", "St. Mary's Anglican Church, Tacarigua", "Chairman", "Secretary", "Treasurer", "Present"),
}
AGENDA = {
    "ps_AF": ["Repair of the ablution area", "Winter heating (bukhari) for the mosque", "Support for widows in the area"],
    "tg_TJ": ["Таъмири таҳоратхона", "Ҳисоботи хазинадор", "Ёрдам ба оилаҳои камбизоат"],
    "ky_KG": ["Ремонт крыши", "Отчёт казначея", "Помощь малообеспеченным семьям"],
    "ar_QA": ["صيانة التكييف", "تقرير أمين الصندوق", "برنامج إفطار صائم"],
    "so_SO": ["Dayactirka musqusha", "Warbixinta lacagta", "Caawinta qoysaska barakacayaasha"],
    "rw_RW": ["Gusana igisenge cya kiliziya", "Raporo y'umubitsi", "Gufasha abakene"],
    "es_NI": ["Reparación del techo", "Informe de tesorería", "Fiesta patronal y procesión"],
    "bs_BA": ["Sanacija abdesthane", "Izvještaj blagajnika", "Iftar za džematlije"],
    "dv_MV": ["Air-conditioning repair", "Treasurer's report", "Quran class timetable"],
    "en_TT": ["Roof repairs before rainy season", "Treasurer's report", "Harvest festival"],
}


# names that do not belong in the committee of a Sarajevo džemat, a Doha mosque or an Anglican
# church council in Trinidad (Serb/Croat names; non-Muslim expatriates; Hindu and Muslim names)
_NOT_MEMBER = {
    "bs_BA": ({"Dragan", "Nenad", "Milorad", "Goran", "Zoran", "Slobodan", "Dejan", "Bojan", "Srđan", "Ognjen", "Nikola",
               "Milica", "Jelena", "Dragana", "Snežana", "Tijana", "Mirjana", "Vesna", "Tanja", "Ljiljana", "Nevena", "Anđela",
               "Dunja", "Josip", "Ante", "Ivan", "Marko", "Mario", "Dario", "Željko", "Vedran", "Ivana", "Marija", "Ana", "Kristina"},
              {"Petrović", "Savić", "Đurić", "Simić", "Todorović", "Lukić", "Mitrović", "Stanković", "Vidović", "Njegić", "Jurić",
               "Marić", "Perić", "Bošnjak", "Knežević", "Ćosić", "Zovko", "Barbarić", "Ljubić"}),
    "en_TT": ({"Feroze", "Imran", "Nazim", "Shiva", "Krishna", "Vishnu", "Deoraj", "Shastri", "Ramesh", "Savitri", "Vashti",
               "Indira", "Nadira", "Reshma", "Kamla", "Sunita", "Anisa"},
              {"Mohammed", "Ali", "Khan", "Hosein", "Juman", "Maharaj"}),
}
_MUSLIM_EXPAT = {"Mohammed Ashraf Kutty", "Fathima Beevi"}


def _member(rng, loc):
    """A plausible member of the locale's congregation."""
    while True:
        p = make_person(rng, loc)
        if loc == "ar_QA":
            if p.nat in ("634", "818", "586", "050", "400") or p.full in _MUSLIM_EXPAT:
                return p
            continue
        if loc in _NOT_MEMBER:
            givens, fams = _NOT_MEMBER[loc]
            g, f = p.extra.get("latin", p.full_r).split(" ", 1) if loc == "bs_BA" else (p.given, p.family)
            if g in givens or f in fams:
                continue
        return p


def congregation_committee_record(rng, loc, d):
    title, place, l_chair, l_sec, l_tre, l_pres = COMM[loc]
    chair, sec, tre = _member(rng, loc), _member(rng, loc), _member(rng, loc)
    others = [_member(rng, loc) for _ in range(rng.randint(3, 6))]
    day = some_day(rng)
    d.ln(title)
    d.ln(place, " — ", fmt_date(rng, loc, day, 2 if loc != "ps_AF" else 0))
    d.ln("")
    d.ln(l_chair, ": ", ("person", chair.full))
    d.ln(l_sec, ": ", ("person", sec.full))
    d.ln(l_tre, ": ", ("person", tre.full))
    d.w(l_pres, ": ")
    for i, o in enumerate(others):
        d.w(("person", o.full), ", " if i < len(others) - 1 else "")
    d.ln("")
    d.ln("")
    for k, item in enumerate(AGENDA[loc], 1):
        d.ln(f"{k}. {item}")
        if k == 1:
            w = make_person(rng, loc)
            d.w("   ")
            fill(d, LAB[loc]["quote"], who=("person", w.full), ph=("phone", w.phone), amt=money(rng, loc, 300, 9000))
            d.ln("")
        elif k == 2:
            d.w("   ")
            fill(d, LAB[loc]["balance"], a=money(rng, loc, 100, 50000), b=money(rng, loc, 50, 9000))
            d.ln("")
            if loc in ("bs_BA", "ar_QA", "es_NI", "so_SO"):
                d.ln("   Donations may be paid to account ", ("iban", make_iban(rng, {"bs_BA": "BA", "ar_QA": "QA", "es_NI": "NI", "so_SO": "SO"}[loc])), ".")
            don = [_member(rng, loc) for _ in range(rng.randint(2, 5))]
            d.ln("   ", LAB[loc]["donations"])
            for x in don:
                d.ln("     - ", ("person", x.full), ": ", money(rng, loc, 10, 2000))
        else:
            v = rng.choice(others)
            d.w("   ")
            fill(d, LAB[loc]["coordinate"], who=("person", short(v)), ph=("phone", v.phone))
            d.ln("")
        d.ln("")
    nxt = fmt_date(rng, loc, day + _dt.timedelta(days=rng.randint(14, 40)), 0)
    d.ln(LAB[loc]["next"], ": ", nxt, " " if nxt.endswith(".") else ". ", LAB[loc]["closed"])
    d.ln(LAB[loc]["signed"], ": ", ("person", sec.full), " (", l_sec.lower(), ")")


SQUAD = {"ps_AF": "Shaheen Asmayee FC youth squad", "tg_TJ": "ФК «Истиқлол» — тими наврасон", "ky_KG": "ФК «Абдыш-Ата» U-17",
         "ar_QA": "Al Arabi SC U-15 registration", "so_SO": "Horseed FC youth team", "rw_RW": "APR FC Academy U-17",
         "es_NI": "Real Estelí F.C. — Sub-17", "bs_BA": "FK Željezničar — kadeti", "dv_MV": "New Radiant SC U-16",
         "en_TT": "Defence Force FC youth academy"}


def squad_registration_sheet(rng, loc, d):
    title = SQUAD[loc]
    coach = make_person(rng, loc)
    d.ln(title, " — player registration ", str(rng.choice([2024, 2025])))
    d.ln("Coach: ", ("person", coach.full), "  ", ("phone", coach.phone), "  ", ("email", coach.email))
    d.ln("")
    d.ln("No | Player | Date of birth | ", NID_CUE[loc], " | Pos | Parent/guardian | Parent phone")
    for i in range(rng.randint(4, 9)):
        pl = make_person(rng, loc)
        pl.dob = _dt.date(rng.randint(2007, 2011), rng.randint(1, 12), rng.randint(1, 28))
        par = make_person(rng, loc)
        idv = pl.nid if loc in ("rw_RW", "dv_MV", "ar_QA", "so_SO") or (loc == "ps_AF" and rng.random() < 0.6) else None
        if loc == "bs_BA":
            from _v10a_values import jmbg
            idv = jmbg(rng, pl.dob, pl.female)
        elif loc == "ky_KG":
            from _v10a_values import kg_pin
            idv = kg_pin(rng, pl.dob, pl.female)
        elif loc == "es_NI":
            from _v10a_values import cedula_ni
            idv = cedula_ni(rng, pl.dob) if pl.dob.year <= 2008 else None
        elif loc == "ar_QA":
            from _v10a_values import qa_qid
            idv = qa_qid(rng, pl.dob, pl.nat or "634")
        elif loc == "rw_RW":
            from _v10a_values import rw_nid
            idv = rw_nid(rng, pl.dob, pl.female)
        elif loc == "en_TT":
            from _v10a_values import tt_nid
            idv = tt_nid(rng, pl.dob)
        d.w(f"{i + 1:<2} | ", ("person", pl.full), " | ", ("dob", fmt_date(rng, loc, pl.dob, 0)), " | ")
        d.w(("national_id", idv) if idv else "pending (birth cert.)")
        d.ln(" | ", rng.choice(["GK", "DF", "MF", "FW"]), " | ", ("person", par.full), " | ", ("phone", par.phone))
    d.ln("")
    d.ln("Medical clearance and two photos required. Fee ", money(rng, loc, 5, 200), " per season.")


SLIP = {"ps_AF": ("Driving test appointment", "Kabul Traffic Department"), "tg_TJ": ("Талони имтиҳони ронандагӣ", "БДА ВКД, Душанбе"),
        "ky_KG": ("Талон на экзамен по вождению", "ЦОН «Унаа», Бишкек"), "ar_QA": ("Road test appointment / موعد اختبار القيادة", "Traffic Dept. - Al Duhail"),
        "so_SO": ("Ballanta imtixaanka darawalnimada", "Wasaaradda Gaadiidka, Muqdisho"), "rw_RW": ("Ikizamini cyo gutwara ibinyabiziga", "Rwanda National Police - Busanza"),
        "es_NI": ("Cita para examen práctico de manejo", "Dirección de Tránsito Nacional"), "bs_BA": ("Potvrda o prijavi vozačkog ispita", "Auto-škola \"Prioritet\", Sarajevo"),
        "dv_MV": ("Driving test booking slip", "Transport Authority, Malé"), "en_TT": ("Driving test appointment slip", "Licensing Office, Wrightson Road")}


def driving_test_slip(rng, loc, d):
    title, office = SLIP[loc]
    c = make_person(rng, loc)
    ex = make_person(rng, loc)
    day = some_day(rng)
    d.ln(title)
    d.ln(office)
    d.ln("Booking ref: DT-", str(rng.randint(100000, 999999)))
    d.ln("")
    lab = LAB[loc]
    rows = [(lab["candidate"], [("person", c.full)]), (lab["dob"], [("dob", fmt_date(rng, loc, c.dob, 0))]),
            (NID_CUE[loc], [("national_id", c.nid)]), (lab["category"], [rng.choice(["B", "B", "C", "A1", "BE"])]),
            (lab["when"], [fmt_date(rng, loc, day, 0), f" {rng.randint(8, 15):02d}:{rng.choice(['00', '20', '40'])}"]),
            (lab["examiner"], [("person", ex.family if rng.random() < 0.5 else ex.full)]), (lab["phone"], [("phone", c.phone)])]
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            rows.append((lab["address"], [("address", c.addr_lines[0]), "\n" + " " * 20, ("address", c.addr_lines[1])]))
        else:
            rows.append((lab["address"], [("address", c.addr)]))
    rows.append((lab["fee"], [money(rng, loc, 10, 900), f" (No. {rng.randint(10 ** 6, 10 ** 7 - 1)})"]))
    for k, v in rows:
        d.ln(f"{k + ':':<20}", *v)
    d.ln("")
    d.ln(lab["bring"])


def intercom_directory(rng, loc, d):
    b = make_person(rng, loc, native_addr=False)
    conc = make_person(rng, loc)
    d.ln("INTERCOM DIRECTORY")
    d.ln(("address", b.addr))
    d.ln("Gate IP panel: ", ("ipv4", ipv4(rng, True)), "   SIP server ext 100")
    d.ln("")
    floors = rng.randint(3, 6)
    for fl in range(1, floors + 1):
        for u in range(1, rng.randint(2, 4)):
            p = make_person(rng, loc)
            apt = f"{fl}{u:02d}"
            ext = f"1{apt}"
            form = rng.randrange(4)
            if form == 0:
                name = f"{p.family_r.upper()}, {p.given_r}"
            elif form == 1:
                name = p.family.upper() if loc in ("tg_TJ", "ky_KG", "bs_BA", "es_NI", "en_TT", "rw_RW", "so_SO") else p.family_r.upper()
            elif form == 2:
                name = p.full
            else:
                name = None
            if name:
                d.w(f"Apt {apt:<5} ext {ext:<6} ", ("person", name))
            else:
                d.w(f"Apt {apt:<5} ext {ext:<6} (vacant)")
            if name and rng.random() < 0.3:
                d.w("   fwd ", ("phone", p.phone))
            d.ln("")
    d.ln("")
    d.ln("Concierge / building manager: ", ("person", conc.full), " ", ("phone", conc.phone))
    d.ln("Lift service: ext 190.  Emergency: ", {"ps_AF": "119", "tg_TJ": "112", "ky_KG": "112", "ar_QA": "999", "so_SO": "888",
                                                  "rw_RW": "112", "es_NI": "118", "bs_BA": "122", "dv_MV": "119", "en_TT": "999"}[loc])


RESORT = {"dv_MV": "Veligandu Island Resort, North Malé Atoll", "ar_QA": "Sealine beach resort, Mesaieed", "en_TT": "Castara Bay hotel, Tobago",
          "es_NI": "Hotel Playa San Juan del Sur", "bs_BA": "Hotel Bjelašnica, Babin Do", "ky_KG": "Пансионат «Радуга», Иссык-Куль",
          "rw_RW": "Kivu Lakeside Hotel, Rubavu"}


def resort_duty_roster(rng, loc, d):
    mgr = make_person(rng, loc)
    d.ln("DUTY ROSTER — ", RESORT[loc])
    wk = some_day(rng)
    d.ln("Week starting ", fmt_date(rng, loc, wk, 0), "   HR: ", ("person", mgr.full_r), " ext 2201 / ", ("phone", mgr.phone))
    d.ln("")
    d.ln(f"{'Staff':<28}{'Dept':<14}{'Shift':<13}{'Off day':<9}Mobile")
    for _i in range(rng.randint(6, 12)):
        expat = loc in ("dv_MV", "ar_QA") and rng.random() < 0.4
        if expat:
            from _v10a_names import QA_EXPAT
            g, f, _n, _sex = rng.choice(QA_EXPAT)
            nm = f"{g} {f}"
            ph = None
        else:
            p = make_person(rng, loc)
            nm = p.full_r if loc in ("dv_MV", "ar_QA") else p.full
            ph = p.phone
        d.w(("person", nm), " " * max(1, 28 - len(nm)), f"{rng.choice(['F&B', 'Housekeeping', 'Front office', 'Dive centre', 'Kitchen', 'Security', 'Spa']):<14}",
            f"{rng.choice(['06:00-14:00', '14:00-22:00', '22:00-06:00', 'split']):<13}{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):<9}")
        d.ln(("phone", ph) if ph else "ext " + str(rng.randint(2000, 2999)))
    d.ln("")
    d.ln("Swaps only with approval of the head of department. Radio channel 4 for boats/jetty.")


def carnival_band_registration(rng, loc, d):
    p = make_person(rng, loc)
    em = make_person(rng, loc)
    band = {"en_TT": rng.choice(["Tribe", "Harts", "Yuma", "Bliss", "Ronnie & Caro"]), "es_NI": rng.choice(["Comparsa Alegría", "Carnaval Managua - Comparsa Los Güegües"])}[loc]
    es = loc == "es_NI"
    d.ln(("Inscripción de comparsa " if es else "Mas band registration — ") + band + (" 2025"))
    d.ln(("Sección: " if es else "Section: ") + rng.choice(["Frontline", "Backline", "Midline", "Reina", "Warriors", "Paradise"]))
    d.ln("")
    d.ln("Nombre completo: " if es else "Masquerader name: ", ("person", p.full))
    d.ln("Fecha de nacimiento: " if es else "Date of birth: ", ("dob", fmt_date(rng, loc, p.dob, 0)))
    d.ln("Cédula: " if es else "National ID / Passport: ", ("national_id", p.nid))
    d.ln("Celular: " if es else "Mobile: ", ("phone", p.phone))
    d.ln("Correo: " if es else "Email: ", ("email", p.email))
    d.ln("Dirección: " if es else "Address: ", ("address", p.addr))
    d.ln("Talla: " if es else "Costume size: ", rng.choice(["XS", "S", "M", "L", "XL"]), ("   Bra: " + rng.choice(["32B", "34C", "36D"])) if p.female and not es else "")
    d.ln("Contacto de emergencia: " if es else "Emergency contact: ", ("person", em.full), " ", ("phone", em.phone))
    if rng.random() < 0.5:
        d.ln("Tarjeta: " if es else "Card for deposit: ", ("card", card(rng, rng.choice(["visa", "mc"]))), "  exp ", f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}")
    else:
        d.ln("Deposit paid: ", money(rng, loc, 500, 6000), " cash at mas camp")
    d.ln("")
    d.ln("I agree to the band rules and waiver." if not es else "Acepto el reglamento de la comparsa.")
