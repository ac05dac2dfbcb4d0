# ruff: noqa: RUF001  (multilingual text: full-width punctuation, en dashes and typographic quotes are meant)
"""Document and form styles for eval_v5b: rental agreement, insurance claim, school enrolment,
hotel registration card, pharmacy label, boarding pass, shipping label, CV, and a letter with a
letterhead as PDF-extracted text (hard wraps, hyphenation)."""

from __future__ import annotations

import _v5b_places as places
import _v5b_values as val
from _v5b_doc import Doc, hard_wrap
from _v5b_people import Ctx, fmt_date, make_person
from _v5b_render import (
    address_block,
    field,
    full_or_split_name,
    honorific_name,
    maybe_negative,
    money,
    nationality,
    nid_field,
)

LAYOUTS = ["colon", "colon", "dots", "under", "tab"]


def _layout(ctx: Ctx) -> str:
    return ctx.rng.choice(LAYOUTS)


def _addr_field(ctx: Ctx, doc: Doc, layout: str, key: str = "address") -> None:
    label = ctx.L(key)
    doc.t(f"{label}{'：' if ctx.lang == 'zh' else ': '}")
    multi = ctx.rng.random() < 0.45
    address_block(ctx, doc, multiline=multi, indent=" " * (len(label) + 2) if ctx.rng.random() < 0.6 else "")
    doc.t("\n")


def rental_agreement(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    lay = _layout(ctx)
    doc.t(ctx.L("t_rental") + "\n\n")
    landlord = ctx.other if rng.random() < 0.7 else None
    doc.t(ctx.L("landlord") + ": ")
    if landlord:
        doc.v("person", landlord.full)
    else:
        doc.t(rng.choice(places.COMPANIES[ctx.locale]))
        doc.negatives += 1
    doc.t("\n" + ctx.L("tenant") + ": ")
    doc.v("person", ctx.person.full).t("\n")
    field(ctx, doc, "dob", "dob", lay)
    nid_field(ctx, doc, lay)
    field(ctx, doc, "phone", "phone", lay)
    if rng.random() < 0.6:
        field(ctx, doc, "email", "email", lay)
    doc.t("\n")
    obj = {"en": "Premises", "de": "Mietobjekt", "fr": "Objet loué", "it": "Ente locato", "nl": "Gehuurd goed", "es": "Inmueble",
           "hr": "Predmet najma", "lt": "Nuomojamos patalpos", "zh": "租賃標的", "ms": "Premis", "ar": "العقار"}[ctx.lang]
    doc.t(f"{obj}: ")
    address_block(ctx, doc, multiline=rng.random() < 0.5)
    doc.t("\n")
    start = fmt_date(rng, ctx.locale, ctx.lang, val.other_date(rng))
    doc.t(f"{ctx.L('rent')}: {money(ctx, 400, 4000)}\n{ctx.L('deposit')}: {money(ctx, 800, 9000)}\n{ctx.L('date')}: {start}\n")
    if ctx.has("iban"):
        pay = {"en": "Rent is payable monthly in advance to", "de": "Der Mietzins ist monatlich im Voraus zu überweisen auf",
               "fr": "Le loyer est payable d'avance chaque mois sur le compte", "it": "La pigione è pagabile anticipatamente sul conto",
               "nl": "De huur wordt maandelijks vooraf gestort op", "hr": "Najamnina se plaća mjesečno unaprijed na račun",
               "lt": "Nuompinigiai mokami kas mėnesį į sąskaitą", "ar": "يدفع الإيجار مقدماً على الحساب"}.get(ctx.lang, "IBAN")
        doc.t(pay + " ")
        ctx.fill(doc, "{iban}")
        doc.t(".\n")
    maybe_negative(ctx, doc)
    doc.t(f"\n{ctx.L('sign')}: ______________   {ctx.L('sign')}: ______________")
    return doc


def insurance_claim(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    lay = _layout(ctx)
    doc.t(ctx.L("t_claim") + "\n")
    doc.t(f"{ctx.L('policy')}: {rng.choice(['MP', 'HH', 'KFZ', 'AUTO', 'P'])}{rng.randrange(100000, 9999999)}  ")
    doc.t(f"{ctx.L('claim')}: {rng.randrange(2019, 2027)}/{rng.randrange(10000, 99999)}\n\n")
    full_or_split_name(ctx, doc, ctx.person, lay)
    field(ctx, doc, "dob", "dob", lay)
    _addr_field(ctx, doc, lay)
    field(ctx, doc, "phone", "phone", lay)
    if rng.random() < 0.5:
        field(ctx, doc, "licence", "licence", lay)
    else:
        nid_field(ctx, doc, lay)
    plate = {"en_IN": f"MH 12 {rng.choice('ABCDE')}{rng.choice('FGHJK')} {rng.randrange(1000, 9999)}", "en_IE": f"{rng.randrange(151, 242)}-D-{rng.randrange(100, 99999)}",
             "de_CH": f"ZH {rng.randrange(1000, 999999)}", "nl_BE": f"1-{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}-{rng.randrange(100, 999)}",
             "es_CO": f"{rng.choice('BCDEFGHJK')}{rng.choice('ABCDE')}{rng.choice('NPQRS')}{rng.randrange(100, 999)}", "zh_TW": f"{rng.choice('ABKR')}{rng.choice('ABCDE')}{rng.choice('ABCDE')}-{rng.randrange(1000, 9999)}",
             "hr_HR": f"ZG {rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}", "lt_LT": f"{rng.choice('KLMN')}{rng.choice('ABCDE')}{rng.choice('ABCDE')} {rng.randrange(100, 999)}",
             "ms_MY": f"W{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')} {rng.randrange(100, 9999)}", "ar_SA": f"{rng.choice(['أ ب ج', 'ح ط ي', 'ر س ص'])} {rng.randrange(1000, 9999)}"}[ctx.locale]
    doc.t(f"{ctx.L('vehicle')}: {plate}\n")
    when = fmt_date(rng, ctx.locale, ctx.lang, val.other_date(rng))
    where = places.address(rng, ctx.locale).city
    desc = {"en": f"On {when} at approx. {rng.randrange(7, 22)}:{rng.choice(['05', '20', '45'])} I was stopped at the lights in {where} when the third party ({ctx.other.full}) reversed into the front of my car.",
            "de": f"Am {when} stand ich in {where} an der Ampel, als der Unfallgegner ({ctx.other.full}) rückwärts in meine Front fuhr.",
            "fr": f"Le {when}, à l'arrêt au feu à {where}, le véhicule de la partie adverse ({ctx.other.full}) a reculé dans l'avant de ma voiture.",
            "it": f"Il {when} ero fermo al semaforo a {where} quando la controparte ({ctx.other.full}) ha fatto retromarcia urtando la mia auto.",
            "nl": f"Op {when} stond ik in {where} aan het rode licht toen de tegenpartij ({ctx.other.full}) achteruit tegen mijn wagen reed.",
            "es": f"El {when} estaba detenido en el semáforo en {where} cuando el otro conductor ({ctx.other.full}) dio reversa y golpeó mi carro.",
            "hr": f"Dana {when} stajao sam na semaforu u {where} kada je druga strana ({ctx.other.full}) unatrag udarila u moje vozilo.",
            "lt": f"{when} stovėjau prie šviesoforo ({where}), kai kitas vairuotojas ({ctx.other.full}) važiuodamas atbulas atsitrenkė į mano automobilį.",
            "zh": f"{when}於{where}停等紅燈時，對方駕駛（{ctx.other.full}）倒車撞到我的車頭。",
            "ms": f"Pada {when} saya berhenti di lampu isyarat di {where} apabila pihak ketiga ({ctx.other.full}) mengundur dan melanggar kereta saya.",
            "ar": f"بتاريخ {when} كنت واقفاً عند الإشارة في {where} عندما رجع الطرف الآخر ({ctx.other.full}) بسيارته واصطدم بمقدمة سيارتي."}[ctx.lang]
    name2 = ctx.other.full
    head, tail = desc.split(name2, 1)
    doc.t(f"\n{ctx.L('description')}:\n{head}").v("person", name2).t(tail + "\n")
    doc.negatives += 1  # incident date is not a birth date; plate is not an id
    if rng.random() < 0.5:
        doc.t(f"\n{ctx.L('iban') if ctx.has('iban') else ctx.L('card')}: ")
        ctx.fill(doc, "{iban}" if ctx.has("iban") else "{card}")
        doc.t("\n")
    maybe_negative(ctx, doc)
    return doc


def school_enrolment(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    lay = _layout(ctx)
    child = make_person(rng, ctx.locale, ctx.lang, child=True)
    parent = ctx.person
    if ctx.locale not in ("zh_TW", "ms_MY", "ar_SA", "es_CO") and rng.random() < 0.7:
        child.family = parent.family
        child.full = f"{child.given} {parent.family}"
    doc.t(ctx.L("t_enrol") + "\n" + "=" * rng.randrange(10, 30) + "\n")
    field(ctx, doc, "pupil", "name", lay, value=child.full)
    field(ctx, doc, "dob", "dob", lay, value=fmt_date(rng, ctx.locale, ctx.lang, child.dob))
    if rng.random() < 0.5:
        key = {"en_IN": "aadhaar", "zh_TW": "tw_id", "hr_HR": "oib", "lt_LT": "lt_code", "ms_MY": "mykad", "nl_BE": "be_nn",
               "de_CH": "ahv", "en_IE": "pps", "es_CO": "cedula", "ar_SA": "sa_id"}[ctx.locale]
        from _v5b_people import make_nid, national_ids
        labels = next(lb for lb, k in national_ids(ctx.locale, ctx.lang) if k == key)
        field(ctx, doc, rng.choice(labels), "nid", lay, raw=True, value=make_nid(rng, key, child))
    doc.t("\n")
    field(ctx, doc, "parent", "name", lay, value=parent.full)
    field(ctx, doc, "phone", "phone", lay)
    field(ctx, doc, "email", "email", lay)
    _addr_field(ctx, doc, lay)
    if rng.random() < 0.25:
        portal = {"en": "Parent portal login", "de": "Login Elternportal", "fr": "Accès portail parents", "it": "Accesso portale genitori",
                  "nl": "Login ouderportaal", "es": "Acceso plataforma de padres", "hr": "e-Dnevnik prijava", "lt": "e. dienyno prisijungimas",
                  "zh": "家長帳號", "ms": "Log masuk portal ibu bapa", "ar": "حساب ولي الأمر في نظام نور"}[ctx.lang]
        doc.t(f"{portal}: ").v("email", ctx.get("email")).t(f" / {ctx.L('password')}: ").v("secret", val.password(rng)).t("\n")
    doc.t(f"{ctx.L('emergency')}: ").v("person", ctx.other.full).t(", ")
    doc.v("phone", val.phone(rng, ctx.locale)).t("\n")
    allergy = {"en": "Allergies: peanuts", "de": "Allergien: keine", "fr": "Allergies : aucune", "it": "Allergie: lattosio",
               "nl": "Allergieën: geen", "es": "Alergias: ninguna", "hr": "Alergije: nema", "lt": "Alergijos: nėra",
               "zh": "過敏：無", "ms": "Alahan: tiada", "ar": "الحساسية: لا يوجد"}[ctx.lang]
    doc.t(allergy + "\n")
    maybe_negative(ctx, doc)
    return doc


def hotel_registration(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    lay = rng.choice(["colon", "tab", "dots"])
    doc.t(ctx.L("t_hotel") + f"   #{rng.randrange(10000, 99999)}\n")
    full_or_split_name(ctx, doc, ctx.person, lay)
    field(ctx, doc, "dob", "dob", lay)
    field(ctx, doc, "nationality", None, lay, value=nationality(ctx))
    if rng.random() < 0.6:
        field(ctx, doc, "passport", "passport", lay)
    else:
        nid_field(ctx, doc, lay)
    _addr_field(ctx, doc, lay)
    field(ctx, doc, "phone", "phone", lay)
    if rng.random() < 0.5:
        field(ctx, doc, "email", "email", lay)
    arr = val.other_date(rng)
    doc.t(f"{ctx.L('arrival')}: {fmt_date(rng, ctx.locale, ctx.lang, arr)}  {ctx.L('departure')}: {fmt_date(rng, ctx.locale, ctx.lang, (arr[0], arr[1], min(28, arr[2] + rng.randrange(1, 6))))}\n")
    doc.t(f"{ctx.L('room')}: {rng.randrange(101, 1520)}\n")
    doc.negatives += 1
    if rng.random() < 0.55:
        field(ctx, doc, "card", "card", lay)
    if rng.random() < 0.35:
        doc.t(f"\nWi-Fi: {rng.choice(['Guest', 'HOTEL_GUEST', 'Lobby-5G'])}  {ctx.L('password')}: ").v("secret", val.password(rng)).t("\n")
    maybe_negative(ctx, doc)
    return doc


DRUGS = ["Amoxicillin 500 mg", "Paracetamol 1 g", "Ibuprofen 400 mg", "Metformin 850 mg", "Atorvastatin 20 mg",
         "Omeprazole 20 mg", "Salbutamol 100 µg", "Levothyroxine 50 µg", "Cetirizine 10 mg", "Amlodipine 5 mg"]
DOSE = {"en": "Take ONE tablet TWICE a day after food", "de": "1-0-1 nach dem Essen", "fr": "1 comprimé matin et soir",
        "it": "1 compressa 2 volte al giorno", "nl": "2 x per dag 1 tablet", "es": "1 tableta cada 12 horas",
        "hr": "1 tableta 2 puta dnevno", "lt": "Vartoti po 1 tabletę 2 kartus per dieną", "zh": "每日兩次，每次一顆，飯後服用",
        "ms": "Makan 1 biji 2 kali sehari selepas makan", "ar": "قرص واحد مرتين يومياً بعد الأكل"}


PHARMACIES = {"en_IN": ["Apollo Pharmacy", "MedPlus"], "en_IE": ["Boots", "Hickey's Pharmacy"], "de_CH": ["TopPharm Apotheke", "Pharmacie Principale", "Farmacia Centrale"],
              "nl_BE": ["Apotheek De Lelie", "Pharmacie Multipharma"], "es_CO": ["Droguería La Rebaja", "Cruz Verde"], "zh_TW": ["大樹藥局", "杏一醫療用品"],
              "hr_HR": ["Ljekarne Grada Zagreba", "Ljekarna Prima Pharme"], "lt_LT": ["Eurovaistinė", "Camelia"], "ms_MY": ["Caring Pharmacy", "Guardian"],
              "ar_SA": ["صيدلية النهدي", "صيدليات الدواء"]}


def pharmacy_label(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    pharm = rng.choice(PHARMACIES[ctx.locale])
    doc.neg(f"{pharm}\n")
    doc.t(f"{ctx.L('t_rx')} #{rng.randrange(100000, 9999999)}   {fmt_date(rng, ctx.locale, ctx.lang, val.other_date(rng))}\n")
    doc.t(ctx.L("patient") + ": ")
    p = ctx.person
    if rng.random() < 0.5 and ctx.lang not in ("zh", "ar"):
        doc.v("person", f"{p.family.upper()}, {p.given}")
    else:
        doc.v("person", p.full)
    doc.t(f"   {ctx.L('dob')}: ").v("dob", fmt_date(rng, ctx.locale, ctx.lang, p.dob)).t("\n")
    doc.t(f"{rng.choice(DRUGS)}  x{rng.choice([14, 20, 28, 30, 60])}\n{DOSE[ctx.lang]}\n")
    doc.t(ctx.L("doctor") + " ")
    doc.v("person", ctx.other.full if rng.random() < 0.6 else ctx.other.family).t("\n")
    if rng.random() < 0.4:
        field(ctx, doc, "phone", "phone", "colon")
    if rng.random() < 0.3:
        nid_field(ctx, doc, "colon")
    exp = {"en": "Exp", "de": "Verw. bis", "fr": "Exp.", "it": "Scad.", "nl": "Houdbaar tot", "es": "Vence", "hr": "Rok",
           "lt": "Tinka iki", "zh": "有效期限", "ms": "Tamat", "ar": "الانتهاء"}[ctx.lang]
    doc.neg(f"{exp} {rng.randrange(1, 13):02d}/{rng.randrange(2026, 2030)}  Lot {rng.choice('ABCDEFK')}{rng.randrange(1000, 99999)}")
    return doc


AIRLINES = [("AI", "AIR INDIA"), ("EI", "AER LINGUS"), ("LX", "SWISS"), ("SN", "BRUSSELS AIRLINES"), ("AV", "AVIANCA"),
            ("BR", "EVA AIR"), ("OU", "CROATIA AIRLINES"), ("BT", "AIRBALTIC"), ("MH", "MALAYSIA AIRLINES"), ("SV", "SAUDIA")]
AIRPORTS = {"en_IN": ["DEL", "BOM", "BLR"], "en_IE": ["DUB", "SNN", "ORK"], "de_CH": ["ZRH", "GVA", "BSL"], "nl_BE": ["BRU", "CRL", "ANR"],
            "es_CO": ["BOG", "MDE", "CTG"], "zh_TW": ["TPE", "KHH", "RMQ"], "hr_HR": ["ZAG", "SPU", "DBV"], "lt_LT": ["VNO", "KUN", "PLQ"],
            "ms_MY": ["KUL", "PEN", "BKI"], "ar_SA": ["RUH", "JED", "DMM"]}


def boarding_pass(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    from _v5b_people import ascii_fold
    code, airline = AIRLINES[["en_IN", "en_IE", "de_CH", "nl_BE", "es_CO", "zh_TW", "hr_HR", "lt_LT", "ms_MY", "ar_SA"].index(ctx.locale)]
    p = ctx.person
    fam = ascii_fold(p.latin_family).upper().replace(".", "") or "X"
    giv = ascii_fold(p.latin_given).upper().replace(".", "") or "X"
    title = "MS" if p.female else "MR"
    pnr = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    org = rng.choice(AIRPORTS[ctx.locale])
    dst = rng.choice(["LHR", "DXB", "SIN", "FRA", "AMS", "IST", "DOH", "CDG", "MAD", "NRT"])
    flight = f"{code}{rng.randrange(10, 999)}"
    when = val.other_date(rng)
    if rng.random() < 0.5:
        doc.t(f"{airline}  BOARDING PASS\nNAME OF PASSENGER\n").v("person", fam).t("/").v("person", giv).t(f" {title}\n")
        doc.neg(f"FROM {org}  TO {dst}  FLIGHT {flight}  DATE {when[2]:02d}{['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][when[1] - 1]}  SEAT {rng.randrange(1, 45)}{rng.choice('ABCDEFK')}\n")
        doc.t(f"BOOKING REF {pnr}  GATE {rng.choice('ABCDE')}{rng.randrange(1, 40)}  BOARDING {rng.randrange(5, 23):02d}:{rng.choice(['05', '25', '40', '55'])}  SEQ {rng.randrange(1, 300):03d}\n")
        doc.t(f"ETKT {rng.randrange(100, 999)} {rng.randrange(1000000000, 9999999999)}\n")
        if rng.random() < 0.6:
            doc.t("DOCS ").v("national_id", val.passport(rng, ctx.locale)).t(f" {val.REGION[ctx.locale]} DOB ").v("dob", f"{p.dob[2]:02d}{['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][p.dob[1] - 1]}{p.dob[0] % 100:02d}").t("\n")
        if rng.random() < 0.4:
            doc.t("FQTV ").t(f"{code} {rng.randrange(100000000, 999999999)}\n")
    else:
        # Booking confirmation e-mail body (the airline writes in the passenger's language or English)
        doc.t(f"{airline} - Booking confirmation {pnr}\n\nPassenger 1: ").v("person", f"{giv.title()} {fam.title()}").t(f" ({title})\n")
        if rng.random() < 0.5:
            doc.t("Passenger 2: ").v("person", f"{ascii_fold(ctx.other.latin_given).title()} {ascii_fold(ctx.other.latin_family).title()}").t("\n")
        doc.t("Contact: ").v("email", ctx.get("email")).t(" / ").v("phone", ctx.get("phone")).t("\n")
        doc.neg(f"{flight} {org}-{dst} {when[0]}-{when[1]:02d}-{when[2]:02d} dep {rng.randrange(5, 23):02d}:{rng.choice(['10', '35', '50'])}  Fare {money(ctx, 200, 3000)}\n")
        if rng.random() < 0.5:
            doc.t("APIS: passport ").v("national_id", val.passport(rng, ctx.locale)).t(", date of birth ").v("dob", f"{p.dob[0]}-{p.dob[1]:02d}-{p.dob[2]:02d}").t("\n")
        if rng.random() < 0.5:
            doc.t("Paid with card ").v("card", ctx.get("card")).t("\n")
    maybe_negative(ctx, doc)
    return doc


CARRIERS = {"en_IN": ["Delhivery", "Blue Dart", "India Post"], "en_IE": ["An Post", "DPD Ireland", "Fastway"], "de_CH": ["Die Post", "DPD", "Planzer"],
            "nl_BE": ["bpost", "PostNL", "GLS"], "es_CO": ["Servientrega", "Coordinadora", "Interrapidísimo"], "zh_TW": ["黑貓宅急便", "新竹物流", "中華郵政"],
            "hr_HR": ["Hrvatska pošta", "GLS", "Overseas Express"], "lt_LT": ["LP Express", "Omniva", "DPD Lietuva"], "ms_MY": ["Pos Laju", "J&T Express", "Ninja Van"],
            "ar_SA": ["سبل", "أرامكس", "SMSA"]}


def shipping_label(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    carrier = rng.choice(CARRIERS[ctx.locale])
    doc.neg(f"{carrier}   {rng.choice(['EXPRESS', 'STANDARD', 'COD', 'PRIORITY'])}\n")
    doc.t(f"{ctx.L('tracking')}: {rng.choice(['', 'RR', 'CP', 'JT'])}{rng.randrange(10 ** 9, 10 ** 12)}{rng.choice(['', 'IN', 'CH', 'MY', 'LT'])}\n\n")
    sender_company = rng.random() < 0.5
    doc.t(ctx.L("from") + ":\n")
    if sender_company:
        doc.neg(rng.choice(places.COMPANIES[ctx.locale]) + "\n")
    else:
        doc.v("person", ctx.other.full).t("\n")
    address_block(ctx, doc, multiline=True)
    doc.t("\n\n" + ctx.L("to") + ":\n")
    honor = rng.random() < 0.3
    if honor:
        honorific_name(ctx, doc, ctx.person)
    else:
        doc.v("person", ctx.person.full)
    doc.t("\n")
    multi = rng.random() < 0.8
    address_block(ctx, doc, multiline=multi)
    doc.t("\n")
    ctx.fill(doc, rng.choice(["{phone}", "Tel {phone}", "☎ {phone}", "HP: {phone}"]) + "\n")
    doc.t(f"{ctx.L('weight')}: {rng.uniform(0.2, 25):.2f} kg   {rng.randrange(1, 4)}/{rng.randrange(4, 6)}\n")
    if rng.random() < 0.3:
        cod = {"en": "COD amount", "ms": "Bayaran semasa serahan", "es": "Valor a cobrar", "zh": "代收貨款", "ar": "الدفع عند الاستلام"}.get(ctx.lang, "COD")
        doc.t(f"{cod}: {money(ctx, 10, 900)}\n")
    maybe_negative(ctx, doc)
    return doc


JOBS = {"en": ["Software Engineer", "Staff Nurse", "Sales Executive", "Accountant"], "de": ["Pflegefachfrau HF", "Softwareentwickler", "Kaufmann EFZ"],
        "fr": ["Infirmière", "Développeur", "Assistante de direction"], "it": ["Contabile", "Infermiere", "Cuoco"], "nl": ["Boekhouder", "Verpleegkundige", "Ontwikkelaar"],
        "es": ["Ingeniero de sistemas", "Auxiliar contable", "Enfermera jefe"], "hr": ["Programer", "Medicinska sestra", "Računovođa"],
        "lt": ["Programuotojas", "Buhalterė", "Vadybininkas"], "zh": ["軟體工程師", "護理師", "業務專員"], "ms": ["Jurutera perisian", "Jururawat", "Eksekutif akaun"],
        "ar": ["مهندس برمجيات", "محاسب", "ممرضة"]}


def cv(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    p = ctx.person
    if rng.random() < 0.5:
        doc.v("person", p.full.upper() if ctx.lang not in ("zh", "ar") and rng.random() < 0.5 else p.full).t("\n")
        doc.t(ctx.L("t_cv") + "\n\n")
    else:
        doc.t(ctx.L("t_cv") + " — ").v("person", p.full).t("\n\n")
    sep = rng.choice([" | ", " · ", "\n", " • "])
    parts = ["phone", "email", "addr"]
    rng.shuffle(parts)
    for i, part in enumerate(parts):
        if i:
            doc.t(sep)
        if part == "addr":
            if rng.random() < 0.5:
                doc.t(places.address(rng, ctx.locale).city)
                doc.negatives += 1
            else:
                ctx.fill(doc, "{addr}")
        else:
            ctx.fill(doc, "{" + part + "}")
    doc.t("\n")
    if rng.random() < 0.6:
        doc.t(f"{ctx.L('dob')}: ").v("dob", ctx.get("dob"))
        doc.t(f"   {ctx.L('nationality')}: {nationality(ctx)}\n")
    if ctx.lang == "en" and rng.random() < 0.25:
        doc.t("US work authorisation: H-1B (2019–2022), SSN ").v("ssn", ctx.get("ssn")).t("\n")
    doc.t(f"\n{ctx.L('experience')}\n")
    for _ in range(rng.randrange(1, 3)):
        y = rng.randrange(2008, 2022)
        doc.neg(f"{y} – {y + rng.randrange(1, 5)}  {rng.choice(JOBS[ctx.lang])}, {rng.choice(places.COMPANIES[ctx.locale])}\n")
    doc.t(f"\n{ctx.L('education')}\n")
    uni = {"en_IN": "IIT Bombay", "en_IE": "University College Dublin", "de_CH": "ETH Zürich", "nl_BE": "KU Leuven", "es_CO": "Universidad de los Andes",
           "zh_TW": "國立臺灣大學", "hr_HR": "Sveučilište u Zagrebu", "lt_LT": "Vilniaus universitetas", "ms_MY": "Universiti Malaya", "ar_SA": "جامعة الملك سعود"}[ctx.locale]
    doc.t(f"{rng.randrange(1995, 2018)}  {uni}\n")
    if rng.random() < 0.5:
        ref = {"en": "References", "de": "Referenzen", "fr": "Références", "it": "Referenze", "nl": "Referenties", "es": "Referencias",
               "hr": "Preporuke", "lt": "Rekomendacijos", "zh": "推薦人", "ms": "Rujukan", "ar": "المعرفون"}[ctx.lang]
        doc.t(f"\n{ref}: ").v("person", ctx.other.full).t(", ").v("phone", val.phone(rng, ctx.locale)).t("\n")
    maybe_negative(ctx, doc)
    return doc


LETTER_BODY = {
    "en": "we refer to your application of {date} and confirm that your file has been reviewed. Please find enclosed the documents requested. Should you have any questions regarding the outstanding balance, do not hesitate to contact us.",
    "de": "wir beziehen uns auf Ihre Anfrage vom {date} und bestätigen Ihnen, dass Ihre Unterlagen geprüft wurden. Die gewünschten Dokumente erhalten Sie in der Beilage. Bei Fragen zur Abrechnung stehen wir Ihnen gerne zur Verfügung.",
    "fr": "nous nous référons à votre demande du {date} et vous confirmons que votre dossier a été examiné. Vous trouverez ci-joint les documents demandés. Pour toute question concernant le décompte, nous restons à votre disposition.",
    "it": "facciamo riferimento alla Sua richiesta del {date} e Le confermiamo che la documentazione è stata esaminata. In allegato trova i documenti richiesti. Per qualsiasi domanda restiamo volentieri a disposizione.",
    "nl": "wij verwijzen naar uw aanvraag van {date} en bevestigen dat uw dossier werd behandeld. In bijlage vindt u de gevraagde documenten. Voor vragen over de afrekening kunt u steeds bij ons terecht.",
    "es": "hacemos referencia a su solicitud del {date} y le confirmamos que su expediente fue revisado. Adjuntamos los documentos solicitados. Cualquier inquietud sobre el saldo pendiente con gusto la atenderemos.",
    "hr": "pozivamo se na Vaš zahtjev od {date} te potvrđujemo da je Vaš predmet razmotren. U prilogu dostavljamo tražene dokumente. Za sva pitanja u vezi s obračunom stojimo Vam na raspolaganju.",
    "lt": "atsižvelgdami į Jūsų {date} prašymą, patvirtiname, kad Jūsų dokumentai išnagrinėti. Pridedame prašytus dokumentus. Kilus klausimų dėl įsiskolinimo, kreipkitės.",
    "zh": "關於您於{date}提出之申請，本公司已完成審核，檢附所需文件如附件。如對帳款有任何疑問，歡迎與我們聯繫。",
    "ms": "dengan hormatnya perkara di atas dirujuk berhubung permohonan tuan/puan bertarikh {date}. Bersama-sama ini disertakan dokumen yang diminta. Sebarang pertanyaan mengenai baki tertunggak, sila hubungi kami.",
    "ar": "إشارة إلى طلبكم المؤرخ في {date} نفيدكم بأنه تمت مراجعة ملفكم، ومرفق لكم المستندات المطلوبة. وفي حال وجود أي استفسار بخصوص المبلغ المستحق نأمل التواصل معنا.",
}


GREET = {"en": "Dear", "de": "Guten Tag", "fr": "Bonjour", "it": "Gentile", "nl": "Geachte", "es": "Apreciado(a)"}
DEPT = {"en": "Customer Service", "de": "Kundendienst", "fr": "Service clientèle", "it": "Servizio clienti", "nl": "Klantendienst",
        "es": "Servicio al cliente", "hr": "Odjel naplate", "lt": "Klientų aptarnavimo skyrius", "zh": "客服部", "ms": "Bahagian Akaun",
        "ar": "إدارة خدمة العملاء"}


def pdf_letter(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    company = rng.choice(places.COMPANIES[ctx.locale])
    doc.neg(company.upper() + "\n")
    address_block(ctx, doc, multiline=rng.random() < 0.5)
    doc.t("\nTel ").v("phone", val.phone(rng, ctx.locale, mobile=False)).t("\n\n")
    p = ctx.person
    honorific_name(ctx, doc, p)
    doc.t("\n")
    address_block(ctx, doc, multiline=True)
    doc.t(f"\n\n{places.address(rng, ctx.locale).city}, {fmt_date(rng, ctx.locale, ctx.lang, val.other_date(rng))}\n\n")
    if ctx.lang in ("de", "fr", "nl", "it", "es", "en"):
        doc.t(GREET[ctx.lang] + " ")
        honorific_name(ctx, doc, p, full=False)
        doc.t(",\n")
    elif ctx.lang == "zh":
        honorific_name(ctx, doc, p)
        doc.t("您好：\n")
    else:
        doc.t(ctx.L("dear") + " ").v("person", p.full).t(",\n")
    ctx.fill(doc, LETTER_BODY[ctx.lang])
    if rng.random() < 0.6:
        doc.t(" ")
        ctx.fill(doc, {"en": "Your reference: {nid}.", "de": "Ihre Referenz: {nid}.", "fr": "Votre référence : {nid}.", "zh": "身分證字號：{nid}。",
                       "ar": "رقم الهوية: {nid}."}.get(ctx.lang, "Ref.: {nid}."))
    if ctx.has("iban") and rng.random() < 0.5:
        doc.t(" IBAN ")
        ctx.fill(doc, "{iban}")
        doc.t(".")
    maybe_negative(ctx, doc, " ")
    doc.t("\n\n" + ctx.L("regards") + "\n")
    doc.v("person", ctx.other.full)
    doc.t("\n" + DEPT[ctx.lang])
    return hard_wrap(doc, rng, rng.randrange(48, 78))


STYLES = {"rental_agreement": rental_agreement, "insurance_claim": insurance_claim, "school_enrolment": school_enrolment,
          "hotel_registration": hotel_registration, "pharmacy_label": pharmacy_label, "boarding_pass": boarding_pass,
          "shipping_label": shipping_label, "cv": cv, "pdf_letter": pdf_letter}
