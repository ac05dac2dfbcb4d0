# ruff: noqa: RUF001  (multilingual text: Cyrillic and Bengali letters are intended)
"""Document-like styles: statements, slips, forms, letters, notices."""

from _v6b_doc import Doc
from _v6b_lex import CURRENCY, LANG, PHRASES, date_str
from _v6b_names import ascii_name
from _v6b_places import city, street
from _v6b_profile import Profile
from _v6b_values import WORK_DOMAIN, _d, masked_card, obfuscate, password

FLAVOUR = {
    "en_PH": ["pls po", "salamat po!", "asap sana", "ty po"],
    "en_SG": ["can or not?", "thanks ah", "pls revert asap lah", "ok noted"],
    "en_NG": ["abeg treat urgently", "thank you sir", "pls help me oga", "God bless"],
}


REASONS = {
    "en": ["persistent chest pain, ECG attached", "HbA1c 9.1%, poorly controlled", "BP 160/100 on 2 agents"],
    "bn": ["বুকে ব্যথা, ইসিজি সংযুক্ত", "ডায়াবেটিস নিয়ন্ত্রণে নেই (HbA1c 9.1%)", "উচ্চ রক্তচাপ 160/100"],
    "sr": ["bol u grudima, EKG u prilogu", "HbA1c 9,1%, loše regulisan dijabetes", "TA 160/100 uz dva leka"],
    "mt": ["uġigħ fis-sider, ECG mehmuż", "dijabete mhux ikkontrollata, HbA1c 9.1%", "pressjoni 160/100"],
    "is": ["brjóstverkur, hjartalínurit fylgir", "HbA1c 9,1%, illa stjórnuð sykursýki", "BÞ 160/100 á tveimur lyfjum"],
    "ru": ["боли в груди, ЭКГ прилагается", "HbA1c 9,1%, диабет не компенсирован", "АД 160/100 на двух препаратах"],
    "pt": ["dor torácica persistente, ECG em anexo", "diabetes descompensada, HbA1c 9,1%", "suspeita de malária, TDR positivo"],
    "es": ["dolor torácico persistente, ECG adjunto", "HbA1c 9,1%, diabetes mal controlada", "PA 160/100 con dos fármacos"],
}  # fmt: skip


BANK_WORDS = {  # transfer prefix, shop, biller
    "en_PH": ("INSTAPAY ", "SM SUPERMARKET", "BILLS PAYMENT MERALCO"),
    "en_SG": ("PAYNOW ", "NTUC FAIRPRICE", "GIRO SP SERVICES"),
    "en_NG": ("NIP/", "SHOPRITE LEKKI", "DSTV SUBSCRIPTION"),
    "bn_BD": ("NPSB ", "SHWAPNO", "DESCO PREPAID"),
    "sr_RS": ("Uplata - ", "MAXI", "EPS/EDS"),
    "mt_MT": ("SEPA ", "LIDL MALTA", "ARMS LTD"),
    "is_IS": ("Millifærsla ", "BONUS", "SIMINN HF"),
    "kk_KZ": ("Перевод ", "MAGNUM CASH&CARRY", "ALSECO"),
    "pt_AO": ("TRF MULTICAIXA ", "SHOPRITE", "ENDE PRE-PAGO"),
    "es_UY": ("TRANSF. ", "TIENDA INGLESA", "ANTEL"),
}  # fmt: skip


def _money(rng, loc: str, lo: int = 100, hi: int = 90000) -> str:
    x = rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, 0.99])
    s = f"{x:,.2f}"
    if LANG[loc] in ("sr", "is", "pt", "es", "mt", "ru"):
        s = (
            s.replace(",", " ").replace(".", ",")
            if LANG[loc] == "ru"
            else (s.replace(",", "_").replace(".", ",").replace("_", "."))
        )
    return CURRENCY[loc] + s


def _date(rng, loc: str, y0: int = 2024, y1: int = 2026) -> str:
    return date_str(rng, loc, rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1))


def bank_statement(rng, loc, L):
    d = Doc()
    me = Profile(rng, loc)
    d.t(f"{L['account']} {_d(rng, 4)}****{_d(rng, 4)} — ").v("person", me.name).t("\n")
    if me.iban and rng.random() < 0.6:
        d.t("IBAN ").v("iban", me.iban).t("\n")
    d.t(f"{L['date']:<12}{L['desc']:<44}{L['total']:>14}\n")
    for _ in range(rng.randint(4, 9) if rng.random() < 0.75 else rng.randint(25, 45)):
        d.t(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026  ")
        r = rng.random()
        if r < 0.35:
            other = Profile(rng, loc)
            pre = rng.choice(["TRF ", "IB TRANSFER ", BANK_WORDS[loc][0]])
            d.t(pre).v("person", other.name.upper() if rng.random() < 0.5 else other.name)
            if other.iban and rng.random() < 0.4:
                d.t(" ").v("iban", other.iban.replace(" ", ""))
            d.t(" " * 3)
        elif r < 0.5:
            d.t(f"POS {BANK_WORDS[loc][1]} {masked_card(rng)}   ")
        elif r < 0.6:
            d.t(f"ATM {city(rng, loc).upper()} #{_d(rng, 6)}   ")
        else:
            d.t(f"{BANK_WORDS[loc][2]} REF {_d(rng, 10)}   ")
        d.t(f"{_money(rng, loc, 10, 40000):>14}\n")
    d.t(f"{L['balance']}: {_money(rng, loc)}\n")
    return d


def payroll_slip(rng, loc, L):
    d = Doc()
    e = Profile(rng, loc, lo=1960, hi=2003)
    comp = {"en_PH": "Ayala Land Inc.", "kk_KZ": "АО «Kaspi Bank»", "is_IS": "Landsvirkjun",
            "sr_RS": "NIS a.d. Novi Sad", "mt_MT": "GO p.l.c.", "en_NG": "Dangote Cement Plc",
            "bn_BD": "Grameenphone Ltd.", "pt_AO": "Sonangol E.P.", "es_UY": "UTE",
            "en_SG": "DBS Bank Ltd"}[loc]  # fmt: skip
    d.t(f"{comp}\n{'=' * 40}\n{L['employee']}: ").v(
        "person", e.name.upper() if rng.random() < 0.3 else e.name
    )
    d.t(f"\n{e.id_label}: ").v("national_id", e.id)
    if rng.random() < 0.5:
        lbl2, v2 = rng.choice(e.ids)
        if v2 != e.id and lbl2 != e.id_label:
            d.t(f"\n{lbl2}: ").v("national_id", v2)
    d.t(f"\n{L['date']}: {_date(rng, loc)}\n{L['salary']}: {_money(rng, loc, 20000, 300000)}\n")
    d.t(f"{L['net']}: {_money(rng, loc, 15000, 250000)}\n{L['bank_acc']}: ")
    if e.iban:
        d.v("iban", e.iban)
    else:
        d.t(e.bank_acc)
    if rng.random() < 0.5:
        d.t(f"\n{L['address']}: ").v("address", ", ".join(e.addr))
    return d


def school_enrolment(rng, loc, L):
    d = Doc()
    kid = Profile(rng, loc, lo=2012, hi=2020)
    par = Profile(rng, loc, lo=1970, hi=1990)
    if loc != "is_IS" and loc != "kk_KZ":
        kid.p.last = par.p.last
    d.t(f"{L['child']}: ").v("person", kid.name).t(f"\n{L['dob']}: ").v("dob", kid.dob)
    if rng.random() < 0.5:
        d.t(f"\n{kid.id_label}: ").v("national_id", kid.id)
    d.t(f"\n{L['parent']}: ").v("person", par.name).t(f"\n{L['phone']}: ").v("phone", par.phone)
    d.t(f"\n{L['email']}: ").v("email", par.email).t(f"\n{L['address']}:\n")
    d.lines("address", kid.addr)
    d.t(
        f"\n{L['notes']}: {rng.choice(['peanut allergy', 'bus route 4', 'asthma — inhaler in bag', '-']) if LANG[loc] == 'en' else '-'}"
    )
    return d


def clinic_referral(rng, loc, L):
    d = Doc()
    pt = Profile(rng, loc)
    doc = Profile(rng, loc)
    d.t(f"{L['referral']}\n\n{L['patient']}: ").v("person", pt.name)
    d.t(f" ({L['dob']} ").v("dob", pt.dob).t(")\n")
    d.t(f"{pt.id_label}: ").v("national_id", pt.id).t(f"\n{L['phone']}: ").v("phone", pt.phone)
    d.t(f"\n\n{L['reason']}: {rng.choice(REASONS[LANG[loc]])}\n")
    d.t(f"{L['date']}: {_date(rng, loc)}\n\n{L['doctor']}: Dr. ").v("person", doc.name)
    return d


_WALLET_ID = {
    "bn_BD": "NID", "sr_RS": "Broj lične karte", "is_IS": "kt.", "kk_KZ": "Уд. личности №",
    "pt_AO": "BI n.º", "es_UY": "C.I.", "mt_MT": "ID Card No.", "en_SG": "NRIC", "en_NG": "NIN",
}  # fmt: skip


def police_report(rng, loc, L):
    d = Doc()
    v = Profile(rng, loc)
    d.t(f"{L['date']}: {_date(rng, loc)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n")
    d.t(f"{L['applicant']}: ").v("person", v.name).t(", ").v("dob", v.dob).t(", ")
    d.v("address", ", ".join(v.addr)).t(f"\n{L['phone']}: ").v("phone", v.phone).t("\n")
    ph = PHRASES[LANG[loc]]
    d.t(f"{L['desc']}: {ph['stolen']} {street(rng, loc)}. {ph['contents']} ")
    # the wallet phrase names the identity card: give that card's number, not a tax id or passport
    wallet = dict(v.ids).get(_WALLET_ID.get(loc, ""), v.id)
    d.v("national_id", wallet).t(f" {ph['card']} ").v("card", v.card).t(". ")
    d.t(f"Case ref. {_d(rng, 4)}/{rng.randint(2025, 2026)}")
    return d


def job_application(rng, loc, L):
    d = Doc()
    a = Profile(rng, loc, lo=1975, hi=2003)
    hr = rng.choice(["hr", "careers", "jobs", "recruitment"])
    dom = rng.choice(WORK_DOMAIN[loc])
    d.t("From: ").v("person", a.name).t(" <").v("email", a.email).t(
        f">\nTo: {hr}@{dom}\n{L['subject']}: "
    )
    d.t(
        rng.choice(
            ["Application — Accounts Assistant", "Application for IT Support role", "CV attached"]
        )
    )
    d.t(f"\n\n{L['dear']} HR,\n\n")
    if LANG[loc] == "en":
        d.t("I am writing to apply for the advertised position. I was born on ").v("dob", a.dob)
        d.t(" and currently live at ").v("address", ", ".join(a.addr)).t(". You can reach me on ")
        d.v("phone", a.phone).t(" any time. " + rng.choice(FLAVOUR[loc]) + "\n\n")
    else:
        d.t(f"{L['dob']}: ").v("dob", a.dob).t(f"\n{L['address']}: ").v(
            "address", ", ".join(a.addr)
        )
        d.t(f"\n{L['phone']}: ").v("phone", a.phone).t("\n\n")
    d.t(f"{L['regards']},\n").v("person", a.name)
    return d


def support_call_notes(rng, loc, L):
    d = Doc()
    c = Profile(rng, loc)
    agent = Profile(rng, loc)
    d.t(
        f"[{_date(rng, loc, 2026, 2026)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}] agent "
    ).v("person", agent.first)
    ph = PHRASES[LANG[loc]]
    nm = c.name.lower() if rng.random() < 0.3 else c.name
    nm = ascii_name(nm, loc) if rng.random() < 0.3 else nm
    d.t("\n" + L["name"].lower() + ": ").v("person", nm).t(f" {ph['cb']} ").v("phone", c.phone)
    d.t(f"\n- {c.id_label} ").v("national_id", c.id).t(f" {ph['verified']}")
    d.t("\n- card ").t(masked_card(rng))
    em = obfuscate(rng, c.email, L["at"], L["dot"]) if rng.random() < 0.35 else c.email
    d.t(f"\n- {ph['changed']} ").v("email", em)
    if rng.random() < 0.6:
        d.t(f"\n- temp {L['password'].lower()}: ").v("secret", password(rng, L["pwd_words"]))
    d.t(f"\n- ticket #{_d(rng, 7)} {ph['esc']}")
    if LANG[loc] == "en":
        d.t(f' (cust said: "{rng.choice(FLAVOUR[loc])}")')
    return d


def wedding_invitation(rng, loc, L):
    d = Doc()
    a = Profile(rng, loc, "F", 1990, 2000)
    b = Profile(rng, loc, "M", 1988, 2000)
    d.v("person", a.name).t("\n&\n").v("person", b.name).t("\n\n")
    d.t(f"{_date(rng, loc, 2026, 2027)}, {rng.randint(14, 18)}:00\n{L['venue']}: ")
    d.v("address", ", ".join(a.addr)).t(f"\n{L['rsvp']}: ")
    d.v("person", a.first).t(" ").v("phone", a.phone)
    if rng.random() < 0.5:
        d.t(" / ").v("person", b.first).t(" ").v("phone", b.phone)
    if rng.random() < 0.4:
        d.t(" · ").v("email", obfuscate(rng, b.email, L["at"], L["dot"]))
    return d


def obituary(rng, loc, L):
    d = Doc()
    x = Profile(rng, loc, lo=1930, hi=1960)
    kid = Profile(rng, loc)
    d.t(f"{L['deceased']}\n\n").v("person", x.name.upper()).t("\n* ").v("dob", x.dob)
    dd, mm = rng.randint(1, 25), rng.randint(1, 12)
    d.t(f" † {date_str(rng, loc, dd, mm, 2026)}\n\n")
    d.t(f"{L['funeral']}: {date_str(rng, loc, dd + 3, mm, 2026)}, ").v("address", ", ".join(x.addr))
    d.t("\n\n").v("person", kid.first).t(" ").v("phone", kid.phone)
    return d


def gym_membership(rng, loc, L):
    d = Doc()
    m = Profile(rng, loc)
    em = Profile(rng, loc)
    d.t(
        rng.choice(
            ["Anytime Fitness", "World Class", "Gold's Gym", "Fitness Park"]
            + (["Sporthúsið", "World Class Laugar"] if loc == "is_IS" else [])
        )
    )
    d.t(f" — {L['member']} #{_d(rng, 6)}\n{L['name']}: ").v("person", m.name)
    d.t(f"\n{L['dob']}: ").v("dob", m.dob).t(f"\n{L['email']}: ").v("email", m.email)
    d.t(f"\n{L['phone']}: ").v("phone", m.phone).t("\nDirect debit card: ").v("card", m.card)
    d.t(f"\n{L['emergency']}: ").v("person", em.name).t(", ").v("phone", em.phone)
    d.t(f"\nPlan: 12 months, {_money(rng, loc, 900, 4000)}/mo, start {_date(rng, loc, 2026, 2026)}")
    return d


def visa_application(rng, loc, L):
    d = Doc()
    a = Profile(rng, loc)
    f, l_ = a.p.latin()
    from _v6b_names import ascii_fold

    pas = [v for k, v in a.ids if "ass" in k.lower() or "пасп" in k.lower() or "gabr" in k.lower()]
    pas = pas[0] if pas else a.id
    d.t("APPLICATION FOR SCHENGEN VISA\n1. Surname/Given names: ").v(
        "person", ascii_fold(l_).upper()
    )
    d.t("/").v("person", ascii_fold(f).upper()).t("\n2. Date of birth: ").v("dob", a.dob)
    d.t("\n3. Travel document no.: ").v("national_id", pas)
    d.t("\n4. Home address: ").v("address", ", ".join(a.addr)).t("\n5. Email: ").v("email", a.email)
    d.t("  Tel: ").v("phone", a.phone)
    d.t(f"\n6. {L['purpose']}: {rng.choice(['tourism', 'business', 'visiting family'])}")
    d.t(f"\n7. Intended arrival: {_date(rng, loc, 2026, 2026)}")
    return d


def utility_bill(rng, loc, L):
    d = Doc()
    c = Profile(rng, loc)
    prov = {"en_PH": "MERALCO", "en_SG": "SP Group", "en_NG": "Ikeja Electric", "bn_BD": "DESCO",
            "sr_RS": "EPS Snabdevanje", "mt_MT": "ARMS Ltd", "is_IS": "Orka náttúrunnar",
            "kk_KZ": "АлматыЭнергоСбыт", "pt_AO": "ENDE", "es_UY": "UTE"}[loc]  # fmt: skip
    d.t(f"{prov}\n{L['invoice']} {_d(rng, 10)}\n").v("person", c.name).t("\n")
    d.lines("address", c.addr)
    d.t(
        f"\n{L['meter']} {_d(rng, 8)}  kWh {rng.randint(80, 900)}\n{L['total']}: {_money(rng, loc, 500, 20000)}\n"
    )
    d.t(f"{L['due']}: {_date(rng, loc, 2026, 2026)}")
    if rng.random() < 0.4:
        d.t(f"\n{L['email']}: ").v("email", c.email)
    return d


def parking_fine(rng, loc, L):
    d = Doc()
    o = Profile(rng, loc)
    plate = rng.choice(
        [
            f"{rng.choice('ABCNX')}{rng.choice('ABD')}{rng.choice('CEF')} {_d(rng, 4)}",
            f"BG {_d(rng, 3)}-{rng.choice(['AA', 'KS'])}",
            f"{_d(rng, 3)} ABC 02",
            f"LD-{_d(rng, 2)}-{_d(rng, 2)}-AB",
        ]
    )
    d.t(
        f"{L['fine']} — {L['plate']} {plate}\n{L['date']}: {_date(rng, loc, 2026, 2026)} {rng.randint(7, 22)}:{rng.randint(10, 59)}\n"
    )
    d.t(f"Location: {street(rng, loc)} (near no. {rng.randint(1, 99)})\n")
    d.t("Registered keeper: ").v("person", o.name).t("\n").v("address", ", ".join(o.addr))
    d.t(f"\n{o.id_label}: ").v("national_id", o.id)
    d.t(f"\n{L['total']}: {_money(rng, loc, 1000, 9000)}")
    return d


def order_email(rng, loc, L):
    d = Doc()
    c = Profile(rng, loc)
    shop = rng.choice(
        ["Lazada", "Shopee", "Jumia", "Daraz", "Temu", "eMAG", "Kaspi.kz", "Mercado Libre", "Kúnni"]
    )
    d.t(f"{shop} — {L['order']} #{_d(rng, 9)}\n\n{L['dear']} ").v("person", c.first).t(",\n\n")
    d.t(f"{L['thanks']}! {L['ship_to']}:\n").v("person", c.name).t("\n")
    d.lines("address", c.addr)
    d.t("\n").v("phone", c.phone)
    d.t(f"\n\n1 x Wireless earbuds  {_money(rng, loc, 900, 5000)}\nPaid with {masked_card(rng)}")
    d.t(f"\nEstimated delivery: {_date(rng, loc, 2026, 2026)}")
    return d


def tax_return(rng, loc, L):
    d = Doc()
    t = Profile(rng, loc)
    d.t("TAX RETURN 2025\n")
    d.t(f"{L['name']}: ").v("person", t.name).t(f"\n{t.id_label}: ").v("national_id", t.id)
    d.t(f"\n{L['dob']}: ").v("dob", t.dob).t(f"\n{L['address']}: ").v("address", " ".join(t.addr))
    d.t(f"\nGross income: {_money(rng, loc, 100000, 900000)}\nTax withheld: {_money(rng, loc)}\n")
    if t.iban:
        d.t("Refund to: ").v("iban", t.iban)
    else:
        d.t(f"Refund to {L['account']} {t.bank_acc}")
    return d


def vet_record(rng, loc, L):
    d = Doc()
    o = Profile(rng, loc)
    pet = rng.choice(
        ["Bantay", "Max", "Luna", "Brownie", "Tigra", "Kisi", "Rex", "Bobi", "Шарик", "Pipoca"]
    )
    d.t(f"Patient (pet): {pet}, {rng.choice(['dog', 'cat'])}, chip {_d(rng, 15)}\n")
    d.t(f"{L['name']}: ").v("person", o.name).t(f"  {L['phone']} ").v("phone", o.phone).t("\n")
    d.t(f"{L['address']}: ").v("address", ", ".join(o.addr)).t("\n")
    d.t(
        f"Vaccines: rabies {_date(rng, loc, 2025, 2026)}, DHPP booster due {_date(rng, loc, 2026, 2027)}\nWeight {rng.randint(3, 40)}.{rng.randint(0, 9)} kg"
    )
    return d


STYLES = {f.__name__: f for f in [bank_statement, payroll_slip, school_enrolment, clinic_referral,
          police_report, job_application, support_call_notes, wedding_invitation, obituary,
          gym_membership, visa_application, utility_bill, parking_fine, order_email, tax_return,
          vet_record]}  # fmt: skip
