# ruff: noqa: RUF001
"""v10a styles about money: disputes, top-up ledgers, cooperative payouts, remittance KYC, POS batches."""

from __future__ import annotations

import datetime as _dt

from _v10a_common import (
    COMPANIES,
    CURRENCY,
    OPERATORS,
    WALLETS,
    fmt_date,
    money,
    short,
    some_day,
    to_fa,
    ts,
)
from _v10a_labels import LAB
from _v10a_people import NID_CUE, make_person
from _v10a_values import (
    card,
    foreign_phone,
    ipv4,
    ipv6,
    make_iban,
    masked_card,
    phone,
    token,
)

GREET = {"ps_AF": "Salaam", "tg_TJ": "Салом", "ky_KG": "Здравствуйте", "ar_QA": "Hi", "so_SO": "Salaan",
         "rw_RW": "Muraho", "es_NI": "Hola", "bs_BA": "Poštovani", "dv_MV": "Hi", "en_TT": "Hi"}
PSP = {"ps_AF": "hesab.af", "tg_TJ": "alif.tj", "ky_KG": "paybox.kg", "ar_QA": "skipcash.qa", "so_SO": "waafipay.so",
       "rw_RW": "irembopay.rw", "es_NI": "pagos.ni", "bs_BA": "monri.ba", "dv_MV": "bml.mv", "en_TT": "wipay.tt"}


def dispute_email(rng, loc, d):
    owner, cust = make_person(rng, loc), make_person(rng, loc, native_addr=False)
    amt = money(rng, loc, 40, 900)
    t = ts(rng)
    due = t.date() + _dt.timedelta(days=rng.randint(7, 20))
    reason = rng.choice(["product_not_received", "fraudulent", "duplicate", "subscription_canceled"])
    d.ln("From: Disputes <", ("email", f"disputes@{PSP[loc]}"), ">")
    d.ln("To: ", ("email", owner.email))
    d.ln("Subject: A payment of ", amt, " was disputed (", reason, ")")
    d.ln("")
    d.ln(GREET[loc], " ", ("person", short(owner)), ",")
    d.ln("")
    d.ln("A cardholder has disputed a payment to ", rng.choice(COMPANIES[loc]).rstrip("."), ". The funds (", amt, ") and a ", money(rng, loc, 5, 30),
         " dispute fee have been withdrawn from your balance.")
    d.ln("")
    d.ln("  Payment:        py_", token(rng, 24))
    d.ln("  Customer:       ", ("person", cust.full_r if rng.random() < 0.6 else cust.full), " (", ("email", cust.email), ")")
    d.ln("  Card:           ", rng.choice(["Visa", "Mastercard"]), " ", masked_card(rng))
    if rng.random() < 0.5:
        d.ln("  Billing:        ", ("address", cust.addr_lines[0]))
        d.ln("                  ", ("address", cust.addr_lines[1]))
    else:
        d.ln("  Billing:        ", ("address", cust.addr))
    if rng.random() < 0.7:
        d.ln("  Checkout IP:    ", ("ipv4", ipv4(rng, False)))
    else:
        d.ln("  Checkout IP:    ", ("ipv6", ipv6(rng)))
    d.ln("  Respond by:     ", due.isoformat())
    d.ln("")
    d.ln("Submit evidence such as proof of delivery, customer communication or a signed receipt. If you do not respond, the dispute "
         "will be decided in the cardholder's favour.")
    d.ln("")
    d.ln("> Reply from merchant:")
    d.ln("> Evidence: order delivered on ", some_day(rng).isoformat(), ", signed by ", ("person", cust.given), " at the door.")
    d.ln("> Customer called us from ", ("phone", cust.phone), " on the same day to confirm receipt.")
    d.ln("> --")
    d.ln("> ", ("person", owner.full_r), " | ", ("phone", owner.phone))


LEDGER_HEAD = {
    "ps_AF": ("د کریډیټ دفتر / دفتر کریدت", "شماره", "نوم", "مبلغ"),
    "tg_TJ": ("Дафтари пуркунии ҳисоб", "Рақам", "Ному насаб", "Маблағ"),
    "ky_KG": ("Журнал пополнений", "Номер", "ФИО", "Сумма"),
    "ar_QA": ("سجل شحن الرصيد", "الرقم", "الاسم", "المبلغ"),
    "so_SO": ("Buugga kaarka hadalka", "Lambarka", "Magaca", "Lacagta"),
    "rw_RW": ("Igitabo cy'ama-inite", "Nimero", "Amazina", "Amafaranga"),
    "es_NI": ("Cuaderno de recargas", "Número", "Nombre", "Monto"),
    "bs_BA": ("Evidencija dopuna", "Broj", "Ime i prezime", "Iznos"),
    "dv_MV": ("ރީޗާޖު ފޮތް / Reload book", "Number", "Name", "Amount"),
    "en_TT": ("Top-up book", "Number", "Name", "Amt"),
}


def topup_agent_ledger(rng, loc, d):
    agent = make_person(rng, loc)
    title, h_num, h_name, h_amt = LEDGER_HEAD[loc]
    day = some_day(rng)
    d.ln(title, " — ", fmt_date(rng, loc, day, 0))
    d.ln("Agent: ", ("person", agent.full), "  ", ("phone", agent.phone), "  (", rng.choice(OPERATORS[loc]), " / ", WALLETS[loc], ")")
    d.ln("")
    d.ln(f"#   time   {h_name:<26} {h_num:<18} net       {h_amt}")
    casual = rng.random() < 0.4
    for i in range(rng.randint(5, 10)):
        c = make_person(rng, loc)
        nm = c.given if rng.random() < 0.35 else c.full
        if casual and loc in ("en_TT", "es_NI", "so_SO", "rw_RW", "bs_BA") and rng.random() < 0.5:
            nm = nm.lower()
        num = c.phone
        if loc in ("ps_AF",) and rng.random() < 0.4:
            num = to_fa(num)
        hh = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        d.ln(f"{i + 1:<3} {hh}  ", ("person", nm), " " * max(1, 27 - len(nm)), ("phone", num), " " * max(1, 19 - len(num)),
             f"{rng.choice(OPERATORS[loc]):<9} {money(rng, loc, 1, 60 if loc in ('ar_QA', 'so_SO', 'bs_BA', 'en_TT') else 500)}")
    d.ln("")
    d.ln("float left: ", money(rng, loc, 100, 20000), "   commission ", str(rng.randint(2, 6)), "%")
    if rng.random() < 0.5:
        d.ln("owes me: ", ("person", make_person(rng, loc).given.lower() if loc in ("en_TT", "es_NI", "so_SO") else make_person(rng, loc).given),
             " ", money(rng, loc, 1, 50), " (pay friday)")


CROP = {"ps_AF": ("saffron (g)", "Herat Saffron Women's Cooperative"), "tg_TJ": ("зардолу (кг)", "Кооперативи «Зардолуи Исфара»"),
        "ky_KG": ("картошка (кг)", "СПК «Ак-Суу Дыйкан»"), "so_SO": ("sisin (kg)", "Iskaashatada Beeraleyda Afgooye"),
        "rw_RW": ("ikawa (kg cherry)", "Koperative COOPAC Nyamasheke"), "es_NI": ("café pergamino (qq)", "Cooperativa Las Segovias R.L."),
        "bs_BA": ("maline (kg)", "Zadruga \"Malina\" Bratunac"), "dv_MV": ("kanneli (kg)", "Fisheries cooperative, Kaafu"),
        "en_TT": ("cocoa (kg wet)", "Tamana Cocoa Farmers' Co-op"), "ar_QA": ("tomato (kg)", "Al Sulaiteen farm producers")}


def harvest_payout_sheet(rng, loc, d):
    crop, coop = CROP[loc]
    sec, tre = make_person(rng, loc), make_person(rng, loc)
    day = some_day(rng)
    price = {"ps_AF": rng.randint(180, 320), "tg_TJ": rng.randint(8, 25), "ky_KG": rng.randint(12, 30), "so_SO": rng.randint(1, 3),
             "rw_RW": rng.randint(400, 900), "es_NI": rng.randint(3500, 7000), "bs_BA": rng.randint(3, 7), "dv_MV": rng.randint(20, 45),
             "en_TT": rng.randint(20, 45), "ar_QA": rng.randint(2, 6)}[loc]
    d.ln(coop)
    d.ln("Payout sheet / ", crop, " / ", fmt_date(rng, loc, day, 0))
    d.ln("Price: ", str(price), " ", CURRENCY[loc], " per unit.  Prepared by ", ("person", sec.full), ", checked by ", ("person", tre.full))
    d.ln("")
    use_iban = loc in ("bs_BA",) or (loc == "es_NI" and rng.random() < 0.5)
    d.ln(f"{'No':<4}{'Member':<28}{NID_CUE[loc]:<22}{'Qty':>7}  {'Amount':>12}  Paid to")
    n = rng.randint(8, 16)
    total = 0
    for i in range(n):
        m = make_person(rng, loc)
        q = rng.randint(5, 900)
        amt = q * price
        total += amt
        nm = m.full
        d.w(f"{i + 1:<4}", ("person", nm), " " * max(1, 28 - len(nm)), ("national_id", m.nid), " " * max(1, 22 - len(m.nid)),
            f"{q:>7}  {amt:>12,}  ")
        r = rng.random()
        if use_iban and r < 0.6:
            d.ln(("iban", make_iban(rng, "BA" if loc == "bs_BA" else "NI")))
        elif r < 0.85:
            d.ln(WALLETS[loc], " ", ("phone", m.phone))
        else:
            d.ln("cash (signed)")
    d.ln("")
    d.ln(f"TOTAL {total:,} {CURRENCY[loc]}  /  members paid: {n}")
    d.ln("Treasurer phone: ", ("phone", tre.phone), "   Complaints within 7 days to the committee.")


KYC = {
    "ps_AF": ("Hawala / Money transfer KYC", "Sender", "Beneficiary", "Tazkira"),
    "tg_TJ": ("Анкетаи фиристанда / Анкета отправителя", "Фиристанда", "Гиранда", "Шиносномаи"),
    "ky_KG": ("Анкета клиента (перевод)", "Отправитель", "Получатель", "Паспорт"),
    "ar_QA": ("Exchange house remittance form / نموذج تحويل", "Remitter", "Beneficiary", "QID"),
    "so_SO": ("Foomka xawaaladda (KYC)", "Diraha", "Qaataha", "Aqoonsi"),
    "rw_RW": ("Ifishi yo kohereza amafaranga / KYC", "Uwohereza", "Uwakira", "Indangamuntu"),
    "es_NI": ("Formulario de remesa - Conozca a su cliente", "Remitente", "Beneficiario", "Cédula"),
    "bs_BA": ("Obrazac za novčanu doznaku (KYC)", "Pošiljalac", "Primalac", "JMBG"),
    "dv_MV": ("Remittance KYC form", "Sender", "Beneficiary", "ID Card"),
    "en_TT": ("Money transfer - Customer identification", "Sender", "Receiver", "National ID"),
}
ABROAD = {"ps_AF": [("DE", None), ("GB", "GB"), ("SE", "SE")], "tg_TJ": [("RU", "RU"), ("TR", None)], "ky_KG": [("RU", "RU"), ("KZ", None), ("TR", None)],
          "ar_QA": [("IN", "IN"), ("PH", "PH"), ("NP", "NP")], "so_SO": [("GB", "GB"), ("SE", "SE"), ("NO", None), ("US", "US")],
          "rw_RW": [("BE", None), ("FR", None), ("KE", "KE")], "es_NI": [("CR", None), ("ES", None), ("US", "US")],
          "bs_BA": [("DE", None), ("AT", None), ("SI", None), ("HR", None)], "dv_MV": [("IN", "IN"), ("AE", None)],
          "en_TT": [("US", "US"), ("GB", "GB")]}


EXPAT_NAT = {"IN": "356", "PH": "608", "NP": "524"}


def _national(rng, loc, nat, other_than=None):
    """A person of the locale whose nationality code is ``nat`` (expatriates in Qatar)."""
    for _ in range(1000):
        p = make_person(rng, loc)
        if p.nat == nat and p.full != other_than:
            return p
    raise RuntimeError(nat)


IBAN_OK = {"DE", "GB", "SE", "NO", "TR", "KZ", "BE", "FR", "CR", "ES", "AT", "SI", "HR", "AE"}


def remittance_kyc_form(rng, loc, d):
    title, s_lab, b_lab, id_lab = KYC[loc]
    lab = LAB[loc]
    s = make_person(rng, loc)
    b = make_person(rng, loc)
    agent = make_person(rng, loc)
    ctry, ph_region = rng.choice(ABROAD[loc])
    inbound = loc in ("ps_AF", "tg_TJ", "ky_KG", "so_SO", "es_NI", "bs_BA", "rw_RW") and rng.random() < 0.6
    if loc == "ar_QA":
        # money from Qatar to India, the Philippines or Nepal is sent by a resident of that
        # nationality to family at home: both names come from that nationality's pool
        s = _national(rng, loc, EXPAT_NAT[ctry])
        b = _national(rng, loc, EXPAT_NAT[ctry], other_than=s.full)
    d.ln(title)
    d.ln("Ref: TRX", str(rng.randint(10 ** 7, 10 ** 8 - 1)), "   Date: ", fmt_date(rng, loc, some_day(rng), 0))
    d.ln("")
    d.ln(f"[{s_lab}]")
    d.ln(lab["name"] + ": ", ("person", s.full))
    d.ln(lab["dob"] + ": ", ("dob", fmt_date(rng, loc, s.dob, 0)))
    if inbound:
        d.ln("Country of residence: ", ctry)
        d.ln("Passport: ", ("national_id", s.extra["passport"]), " (", loc[-2:], ")")
        if ph_region:
            d.ln(lab["phone"] + ": ", ("phone", foreign_phone(rng, ph_region)))
    else:
        d.ln(id_lab, ": ", ("national_id", s.nid))
        d.ln(lab["address"] + ": ", ("address", s.addr))
        d.ln(lab["phone"] + ": ", ("phone", s.phone))
    d.ln(lab["occupation"] + ": ", rng.choice(["driver", "trader", "nurse", "construction", "student", "teacher", "IT"]),
         "    " + lab["funds"] + ": ", rng.choice(["salary", "business", "savings", "family support"]))
    d.ln("")
    d.ln(f"[{b_lab}]")
    d.ln(lab["name"] + ": ", ("person", b.full))
    d.ln(lab["relationship"] + ": ", rng.choice(["sister", "mother", "daughter", "aunt"] if b.female else ["brother", "father", "husband", "son", "uncle"]))
    if inbound or not ph_region:
        d.ln(lab["phone"] + ": ", ("phone", b.phone), "   Payout: ", rng.choice(["cash pickup", WALLETS[loc]]))
    else:
        d.ln(lab["phone"] + ": ", ("phone", foreign_phone(rng, ph_region)), "   Country: ", ctry)
    local = {"ar_QA": "QA", "bs_BA": "BA", "es_NI": "NI", "so_SO": "SO"}.get(loc)
    ib = ctry if (not inbound and ctry in IBAN_OK) else local
    if ib and rng.random() < 0.6:
        d.ln("Account (IBAN): ", ("iban", make_iban(rng, ib)))
    d.ln(lab["amount"] + ": ", money(rng, loc, 50, 3000), "   " + lab["purpose"] + ": ", rng.choice(["family support", "school fees", "medical", "wedding", "house repair"]))
    d.ln("")
    d.ln(lab["declaration"], "  ", lab["signed"], ": ________")
    d.ln(lab["checked"] + " ", ("person", agent.full_r), " / branch ", rng.choice(["Main", "Market", "Airport road", "Central"]))


def pos_terminal_batch(rng, loc, d):
    mer = rng.choice(COMPANIES[loc])
    t = ts(rng)
    d.ln("*** SETTLEMENT REPORT ***")
    d.ln(mer)
    d.ln("MID ", str(rng.randint(10 ** 11, 10 ** 12 - 1)), "  TID ", f"{rng.randint(10000000, 99999999)}")
    d.ln("TERMINAL IP ", ("ipv4", ipv4(rng, True)), "  BATCH ", f"{rng.randint(1, 999):06d}")
    d.ln(t.strftime("%d/%m/%Y %H:%M"))
    d.ln("-" * 40)
    for _i in range(rng.randint(4, 8)):
        ch = make_person(rng, loc)
        tt = t - _dt.timedelta(minutes=rng.randint(1, 600))
        amt = f"{rng.randint(2, 900)}.{rng.randint(0, 99):02d}"
        if rng.random() < 0.2:
            d.ln(tt.strftime("%H:%M"), " SALE MANUAL ", ("card", card(rng, sep="")), f" {amt}")
            d.ln("      CARDHOLDER ", ("person", ch.full_r.upper()))
        else:
            nm = ch.full_r.upper() if rng.random() < 0.5 else None
            d.ln(tt.strftime("%H:%M"), f" {rng.choice(['SALE', 'SALE', 'REFUND', 'VOID'])} ", masked_card(rng), f" {amt}",
                 *(("  ", ("person", nm)) if nm else ()))
    d.ln("-" * 40)
    d.ln(f"TOTAL SALES {rng.randint(2, 20)}   {rng.randint(100, 9000)}.{rng.randint(0, 99):02d} {CURRENCY[loc]}")
    d.ln("HOST RESPONSE 00 APPROVED   AUTH ", f"{rng.randint(100000, 999999)}")
    d.ln("Helpdesk ", ("phone", phone(rng, loc, 0, fixed=True)))
