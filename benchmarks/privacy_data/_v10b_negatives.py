"""Hard negatives of the v10b set: ferry schedules, fishing quota tables, exam pass-rate
summaries, road toll tariffs and USSD menu sheets. No personal data at all; numbers that
look like values (times, tonnages, codes, percentages) on purpose."""

# ruff: noqa: RUF001

from __future__ import annotations

import _v10b_values as V
from _v10b_doc import Doc
from _v10b_locale import Loc

# amounts scaled to what the currency buys (a coffee costs about 1 unit in LYD, 100 in FCFA ...)
SCALE = {"LY": 1, "SD": 100, "ZM": 5, "ZW": 1, "CI": 100, "MG": 1000, "HN": 5, "VE": 5, "SR": 5, "FO": 5}

FERRY = {
    "LY": ("خط العبارات – ميناء طرابلس / Tripoli – Valletta ferry (Virtu)", ["طرابلس", "فاليتا", "مصراتة", "بنغازي"]),
    "SD": ("الخط النهري وادي حلفا – أسوان / Wadi Halfa – Aswan steamer", ["وادي حلفا", "أسوان", "أبو سمبل"]),
    "ZM": ("MV Liemba & lake services – Mpulungu Harbour timetable", ["Mpulungu", "Kasaba Bay", "Kigoma", "Nsumbu"]),
    "ZW": ("Kariba Ferries – Kariba to Mlibizi timetable", ["Kariba", "Mlibizi", "Bumi Hills", "Binga"]),
    "CI": ("SOTRA Bateaux-bus – horaires lagunaires", ["Plateau", "Treichville", "Abobo-Doumé", "Blockhauss", "Yopougon"]),
    "MG": ("Bac Soanierana-Ivongo – Sainte-Marie : horaires", ["Soanierana-Ivongo", "Ambodifotatra", "Toamasina"]),
    "HN": ("Galaxy Wave / Utila Dream – horarios de ferry", ["La Ceiba", "Roatán", "Utila"]),
    "VE": ("Conferry – Puerto La Cruz ⇄ Margarita: horarios", ["Puerto La Cruz", "Punta de Piedras", "Cumaná", "Chacopata"]),
    "SR": ("Canawaima veerdienst South Drain – Moleson Creek", ["South Drain", "Moleson Creek", "Albina", "Saint-Laurent"]),
    "FO": ("Strandfaraskip Landsins – ferðaætlan", ["Tórshavn", "Tvøroyri", "Gamlarætt", "Skopun", "Klaksvík", "Syðradalur"]),
}


def neg_ferry_schedule(rng, L: Loc, d: Doc) -> None:
    title, ports = FERRY[L.region]
    d.line(title)
    m0 = rng.randint(1, 6)
    d.line(f"Valid {rng.randint(1, 28):02d}.{m0:02d}.2025 – {rng.randint(1, 28):02d}.{m0 + rng.randint(3, 6):02d}.2025")
    d.line("")
    d.line("Route                          Dep    Arr    Days           Fare adult / car")
    for _ in range(rng.randint(5, 9)):
        a, b = rng.sample(ports, 2)
        h, m = rng.randint(5, 21), rng.choice([0, 15, 30, 45])
        dur = rng.randint(20, 600)
        h2, m2 = (h + (m + dur) // 60) % 24, (m + dur) % 60
        days = rng.choice(["daily", "Mon–Fri", "Tue, Thu, Sat", "Sun", "Wed"])
        d.line(f"{a + ' – ' + b:<30} {h:02d}:{m:02d}  {h2:02d}:{m2:02d}  {days:<14} {rng.randint(2, 40) * SCALE[L.region]:,} / {rng.randint(40, 90) * SCALE[L.region]:,} {L.pl['currency']}")
    d.line("")
    d.line(f"Check-in closes {rng.choice([20, 30, 45, 60])} min before departure. Vessel capacity {rng.randint(80, 900)} pax, {rng.randint(0, 200)} cars.")
    d.line(f"Weather cancellations are posted on channel 16 VHF and at the terminal. Ref. timetable T{rng.randint(2024, 2025)}-{rng.randint(1, 12):02d}.")


SPECIES = {
    "ar": ["التونة الحمراء", "السردين", "الجمبري", "الأخطبوط", "الدنيس"], "en": ["Kapenta", "Tilapia", "Tigerfish", "Bream", "Nile perch"],
    "fr": ["Thon albacore", "Sardinelle", "Crevette", "Langouste", "Poulpe"], "es": ["Langosta espinosa", "Caracol rosado", "Pargo", "Mero", "Camarón"],
    "nl": ["Bang bang", "Kandratiki", "Garnaal", "Trahira", "Koepila"], "fo": ["Toskur", "Hýsa", "Upsi", "Svartkalvi", "Makrelur", "Sild"],
}


def neg_fishing_quota(rng, L: Loc, d: Doc) -> None:
    hdr = {"ar": "جدول الحصص السنوية للصيد (طن)", "en": "Annual catch limits (tonnes)", "fr": "Quotas de capture annuels (tonnes)",
           "es": "Cuotas anuales de captura (toneladas)", "nl": "Jaarlijkse vangstquota (ton)", "fo": "Árlig kvotur (tons)"}[L.lang]
    d.line(hdr + f" – {rng.choice([2024, 2025])}")
    d.line("")
    d.line("Species                 Zone   TAC      Allocated  Landed   Uptake")
    for sp in rng.sample(SPECIES[L.lang], min(5, len(SPECIES[L.lang]))):
        for zone in rng.sample(["A", "B", "C", "Vb", "IIa", "N", "S"], rng.randint(1, 2)):
            tac = rng.randint(200, 90000)
            alloc = int(tac * rng.uniform(0.7, 1.0))
            land = int(alloc * rng.uniform(0.2, 1.05))
            d.line(f"{sp:<23} {zone:<6} {tac:>7,}  {alloc:>9,}  {land:>7,}  {100 * land / alloc:5.1f}%")
    d.line("")
    d.line(f"Closed season: {rng.randint(1, 28):02d}/{rng.randint(1, 6):02d} – {rng.randint(1, 28):02d}/{rng.randint(7, 12):02d}. Minimum mesh {rng.choice([8, 10, 12, 40, 120])} mm.")
    d.line(f"Source: fisheries statistics bulletin no. {rng.randint(10, 99)}, table {rng.randint(1, 9)}.{rng.randint(1, 9)}")


REGIONS = {
    "LY": ["طرابلس", "بنغازي", "مصراتة", "سبها", "الزاوية", "درنة"], "SD": ["الخرطوم", "الجزيرة", "نهر النيل", "كسلا", "البحر الأحمر", "شمال كردفان"],
    "ZM": ["Lusaka", "Copperbelt", "Southern", "Eastern", "Northern", "Western", "Luapula"],
    "ZW": ["Harare", "Bulawayo", "Manicaland", "Midlands", "Masvingo", "Matabeleland North"],
    "CI": ["Abidjan 1", "Abidjan 2", "Bouaké", "Daloa", "Korhogo", "San-Pédro"], "MG": ["Analamanga", "Atsinanana", "Boeny", "Haute Matsiatra", "Diana", "Atsimo-Andrefana"],
    "HN": ["Francisco Morazán", "Cortés", "Atlántida", "Choluteca", "Olancho", "Copán"], "VE": ["Distrito Capital", "Zulia", "Carabobo", "Lara", "Mérida", "Bolívar"],
    "SR": ["Paramaribo", "Wanica", "Nickerie", "Commewijne", "Marowijne", "Brokopondo"], "FO": ["Norðoyggjar", "Eysturoy", "Norðurstreymoy", "Suðurstreymoy", "Vágar", "Suðuroy"],
}
EXAMS = {"ar": "نتائج امتحانات الشهادة الثانوية – نسب النجاح", "en": "Grade 12 / O-Level examinations – pass rates by province",
         "fr": "Résultats du BAC – taux de réussite par DRENA", "es": "Pruebas de egreso – porcentaje de aprobación por departamento",
         "nl": "Examenuitslagen VWO/HAVO – slagingspercentages per district", "fo": "Studentsprógv – úrslit býtt á øki"}


def neg_pass_rates(rng, L: Loc, d: Doc) -> None:
    d.line(EXAMS[L.lang] + f" {rng.choice([2023, 2024])}")
    d.line("")
    d.line("Region                   Sat     Passed   Rate     Δ vs prev")
    tot_s = tot_p = 0
    for r in REGIONS[L.region]:
        s = rng.randint(400, 60000)
        p = int(s * rng.uniform(0.3, 0.92))
        tot_s += s
        tot_p += p
        d.line(f"{r:<24} {s:>7,}  {p:>7,}  {100 * p / s:5.1f}%   {rng.uniform(-6, 6):+.1f} pts")
    d.line(f"{'TOTAL':<24} {tot_s:>7,}  {tot_p:>7,}  {100 * tot_p / tot_s:5.1f}%")
    d.line("")
    d.line(f"Distinctions: {rng.randint(100, 5000):,}   Absent: {rng.randint(50, 3000):,}   Results withheld pending investigation: {rng.randint(0, 400)}")
    d.line(f"Re-marking requests open until {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}; fee {rng.randint(5, 100)} {L.pl['currency']} per subject.")


TOLL = {
    "LY": ["بوابة جنزور", "بوابة القره بوللي"], "SD": ["بوابة سوبا", "بوابة الجيلي"], "ZM": ["Shimabala", "Kafulafuta", "Manyumbi", "Katuba"],
    "ZW": ["Skyline", "Norton", "Lutumba", "Mutare Rd"], "CI": ["Péage d'Attinguié", "Péage de Moapé", "Péage de Grand-Bassam"],
    "MG": ["Pont de Mangoro", "RN2 Ambohimangakely"], "HN": ["Peaje Zambrano", "Peaje Villa de San Antonio", "Peaje Búfalo"],
    "VE": ["Peaje Guacara", "Peaje Tazón", "Peaje El Palito"], "SR": ["Jules Wijdenboschbrug", "Coppenamebrug"],
    "FO": ["Vága-tunnilin", "Norðoya-tunnilin", "Eysturoyar-tunnilin", "Sandoyar-tunnilin"],
}


def neg_toll_tariff(rng, L: Loc, d: Doc) -> None:
    cur = L.pl["currency"]
    d.line({"ar": "تعرفة رسوم الطرق", "en": "ROAD TOLL TARIFF", "fr": "TARIFS DE PÉAGE", "es": "TARIFAS DE PEAJE", "nl": "TOLTARIEVEN", "fo": "GJALD FYRI TUNLAR"}[L.lang]
           + f" – effective {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025")
    classes = ["Class 1 – light vehicle", "Class 2 – minibus (≤ 25 seats)", "Class 3 – bus", "Class 4 – 2-axle truck", "Class 5 – 3+ axle truck", "Motorcycle"]
    plazas = TOLL[L.region]
    d.line("")
    d.line(f"{'Vehicle class':<34}" + "".join(f"{p[:16]:>18}" for p in plazas))
    for c in classes:
        base = rng.randint(2, 60) * SCALE[L.region] / 10
        d.line(f"{c:<34}" + "".join(f"{base * rng.uniform(0.8, 1.5):>14.2f} {cur:<3}" for _ in plazas))
    d.line("")
    d.line(f"Discount with e-tag: {rng.randint(5, 30)}%. Monthly pass (class 1): {rng.randint(50, 900)} {cur.rstrip('.')}. Exempt: ambulances, fire, military.")
    d.line(f"Gazette notice no. {rng.randint(10, 999)} of {rng.choice([2024, 2025])}.")


USSD_MENU = {
    "LY": ["*100# الرصيد", "*120# شحن الرصيد", "*155# باقات الإنترنت", "*111# خدمة ليبيانا كاش"], "SD": ["*900# بنكك", "*222# الرصيد", "*333# باقات", "*444# تحويل رصيد"],
    "ZM": ["*115# MTN MoMo", "*778# Airtel Money", "*114# balance", "*117# data bundles", "*303# Zamtel Kwacha"],
    "ZW": ["*151# EcoCash", "*143# bundles", "*140# balance", "*111# OneMoney", "*236# Zipit"], "CI": ["#144# Orange Money", "*133# MTN MoMo", "*155# Moov Money", "#111# solde"],
    "MG": ["#111# MVola", "#144# Orange Money", "#322# Airtel Money", "*123# solde"], "HN": ["*555# Tigo Money", "*123# saldo", "*611# paquetes", "*100# recargas"],
    "VE": ["*611 saldo Movistar", "*88 consulta Digitel", "*2 Movilnet saldo", "*711 recargas"], "SR": ["*131# saldo Telesur", "*136# bundels", "*123# Digicel", "*500# Uni5Pay"],
    "FO": ["*100# saldo", "*111# dátupakkar", "*123# innlesing", "*555# roaming"],
}


def neg_ussd_menu(rng, L: Loc, d: Doc) -> None:
    d.line({"ar": "دليل الأكواد المختصرة", "en": "Quick codes – dial from your handset", "fr": "Codes USSD utiles", "es": "Códigos rápidos USSD",
            "nl": "Handige USSD-codes", "fo": "Stuttkotur"}[L.lang])
    d.line("")
    for item in rng.sample(USSD_MENU[L.region], len(USSD_MENU[L.region])):
        d.line(f"  {item}")
    d.line("")
    d.line(f"Menu v{rng.randint(2, 9)}.{rng.randint(0, 20)}  |  Customer care short code {rng.choice(['111', '121', '100', '8000', '1414'])} (free)  |  SMS 'HELP' to {rng.randint(100, 999)}")
    d.line(f"Daily limit {rng.randint(1, 50) * 1000:,} {L.pl['currency']}; fees {rng.uniform(0.5, 3):.1f}% capped at {rng.randint(5, 90)} {L.pl['currency'].rstrip('.')}.")
    d.line(f"Tariff sheet rev. {rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}, {V.rand(rng, 'ABCDEF', 2)}-{rng.randint(100, 999)}")


NEG_STYLES = [neg_ferry_schedule, neg_fishing_quota, neg_pass_rates, neg_toll_tariff, neg_ussd_menu]
