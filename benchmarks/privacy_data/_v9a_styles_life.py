# ruff: noqa: RUF001  (real texts in these scripts use characters that look like Latin ones)
"""Everyday-life styles for v9a: local bank CSV exports, school parents' group chats,
land title deeds, motorcycle-taxi logbooks, tuition fee receipts and
temple/church/community donor lists."""
from __future__ import annotations

import _v9a_values as X
from _v9a_chat import GROUP, MSG
from _v9a_common import NONLATIN, date, hm, honor, money
from _v9a_doc import Doc, V
from _v9a_lex import LEX
from _v9a_people import Person, address, city_of

FOREIGN_IBAN = {"ur_PK": ["AE", "SA", "GB"], "ne_NP": ["QA", "AE"], "sw_KE": ["GB", "DE"], "th_TH": ["DE", "GB"],
                "mn_MN": ["DE"], "en_NZ": ["GB", "IE"], "sk_SK": ["CZ", "AT", "DE"], "hy_AM": ["DE", "GE"],
                "my_MM": [], "es_PY": []}
HOME_IBAN = {"ur_PK": "PK", "mn_MN": "MN", "sk_SK": "SK"}


# ------------------------------------------------------------------ bank CSV
_BANK = {
    "th_TH": ("KASIKORNBANK", "Statement / รายการเดินบัญชี", "Account Name", "Address", "Account No.", "Date,Description,Withdrawal,Deposit,Balance"),
    "ur_PK": ("HBL Habib Bank Limited", "Account Statement", "Account Title", "Address", "IBAN", "Txn Date,Description,Debit,Credit,Balance"),
    "sw_KE": ("Equity Bank Kenya", "Account Statement", "Account Name", "Address", "Account No.", "Date,Narration,Money Out,Money In,Balance"),
    "my_MM": ("KBZ Bank", "Account Statement", "Account Name", "Address", "Account No.", "Date,Description,Debit,Credit,Balance"),
    "mn_MN": ("ХААН БАНК", "Дансны хуулга", "Данс эзэмшигч", "Хаяг", "IBAN", "Огноо,Гүйлгээний утга,Зарлага,Орлого,Үлдэгдэл"),
    "ne_NP": ("Nabil Bank Ltd.", "Statement of Account", "Account Name", "Address", "Account No.", "Date,Description,Withdraw,Deposit,Balance"),
    "es_PY": ("Banco Itaú Paraguay", "Extracto de cuenta", "Titular", "Domicilio", "Cuenta N°", "Fecha;Concepto;Débito;Crédito;Saldo"),
    "en_NZ": ("ASB Bank", "Transaction export", "Account holder", "Address", "Account", "Date,Unique Id,Tran Type,Payee,Memo,Amount"),
    "sk_SK": ("Slovenská sporiteľňa", "Výpis z účtu", "Majiteľ účtu", "Adresa", "IBAN", "Dátum;Popis;Výdavok;Príjem;Zostatok"),
    "hy_AM": ("Ameriabank", "Քաղվածք", "Հաշվետեր", "Հասցե", "Հաշիվ", "Ամսաթիվ,Նկարագրություն,Ելք,Մուտք,Մնացորդ"),
}
_ROWS = {
    "th_TH": ["โอนเงินพร้อมเพย์ไปยัง {ph}", "รับโอนจาก {n}", "ชำระค่าไฟฟ้า กฟภ.", "ถอนเงินสด ATM", "K PLUS โอนเงินให้ {n}",
              "ค่าธรรมเนียมรายปีบัตรเดบิต", "SWIFT IN {n} {ib}"],
    "ur_PK": ["IBFT TO {n} {ib}", "RAAST P2P {ph}", "JAZZCASH TOPUP {ph}", "K-ELECTRIC BILL", "ATM CASH WDL",
              "IBFT FROM {n}", "HOME REMITTANCE {n} {fib}"],
    "sw_KE": ["MPESA B2C {ph} {n}", "MPESA PAYBILL 888880 KPLC PREPAID", "TILL 5{d5} NAIVAS", "EAZZYPAY TO {n}",
              "ATM WDL KENYATTA AVE", "RTGS IN {n} {fib}", "SEND TO {ph}"],
    "my_MM": ["KBZPay Transfer to {ph}", "Transfer from {n}", "Cash Deposit", "MPU POS {mc}", "KBZPay Transfer from {ph}",
              "Service Charges"],
    "mn_MN": ["Шилжүүлэг {n} {ib}", "QPay худалдан авалт", "Цалин", "Бэлэн мөнгө АТМ", "Шилжүүлэг {ph} утас",
              "Орлого {n}", "SWIFT {n} {fib}"],
    "ne_NP": ["eSewa Load {ph}", "Fonepay Transfer to {n}", "Khalti {ph}", "NEA Bill Payment", "Salary Credit",
              "Remit from {n} {fib}", "ATM Withdrawal"],
    "es_PY": ["Transf. SIPAP a {n}", "Tigo Money {ph}", "Pago ANDE", "Depósito en efectivo", "Transf. recibida de {n}",
              "Compra POS {mc}", "Pago ESSAP"],
    "en_NZ": ["D/C|{n}|rent", "AP|{n}|flat share", "EFTPOS|WOOLWORTHS NZ|", "BP|{n}|koha", "DD|ONE NZ|mobile",
              "TFR IN|{n}|{fib}", "POS|Z ENERGY|"],
    "sk_SK": ["SEPA prevod {n} {ib}", "Trvalý príkaz nájom {n}", "Platba kartou LIDL {mc}", "Výber z bankomatu",
              "Inkaso Orange Slovensko", "Prijatá platba {n} {ib}", "Prijatá platba {n} {fib}"],
    "hy_AM": ["Փոխանցում {n}", "Idram {ph}", "Կոմունալ վճար", "Աշխատավարձ", "Կանխիկացում ATM", "SWIFT {n} {fib}",
              "Փոխանցում {ph}"],
}


def _upper_latin(rng, p: Person) -> str:
    s = p.full_lat.upper() if p.loc != "mn_MN" else (p.gl + " " + p.fl).upper()
    if rng.random() < .3 and len(s) > 16:
        s = s[:16].rstrip(" -")
    return s


def bank_csv_export(rng, loc):
    d = Doc()
    L = LEX[loc]  # noqa: F841
    bank, title, hold, addr_l, acct_l, header = _BANK[loc]
    sep = ";" if loc in ("es_PY", "sk_SK") else ","
    p = Person(rng, loc)
    a = address(rng, loc, latin=rng.random() < .5 and loc in NONLATIN)
    d.t(f"{bank}{sep}{title}\n{hold}{sep}").v("person", p.full if rng.random() < .5 else p.full_lat.upper()).t("\n")
    d.t(f'{addr_l}{sep}"').v("address", a.one).t('"\n')
    d.t(f"{acct_l}{sep}")
    if loc in HOME_IBAN:
        d.v("iban", X.iban(rng, HOME_IBAN[loc], grouped=rng.random() < .5))
    elif loc == "en_NZ":
        d.t(f"12-{X.digits(rng, 4)}-{X.digits(rng, 7)}-00")
    else:
        d.t(f"{X.digits(rng, 3)}-{X.digits(rng, 1)}-{X.digits(rng, 5)}-{X.digits(rng, 1)}")
    d.t(f"\n{'Period' if loc not in ('mn_MN', 'es_PY', 'sk_SK', 'hy_AM') else {'mn_MN': 'Хугацаа', 'es_PY': 'Período', 'sk_SK': 'Obdobie', 'hy_AM': 'Ժամանակահատված'}[loc]}{sep}")
    days = sorted(X.day(rng) for _ in range(rng.randint(5, 10)))

    def dfmt(dt):
        return dt.strftime("%d/%m/%Y") if loc not in ("mn_MN", "sk_SK") else (
            dt.strftime("%Y.%m.%d") if loc == "mn_MN" else dt.strftime("%d.%m.%Y"))
    d.t(f"{dfmt(days[0])} - {dfmt(days[-1])}\n\n{header}\n")
    bal = rng.randint(150000, 400000)
    for dt in days:
        tpl = rng.choice(_ROWS[loc])
        if "{fib}" in tpl and not FOREIGN_IBAN[loc]:
            continue
        q = Person(rng, loc)
        d.t(dfmt(dt) + sep)
        kw = {"n": V("person", _upper_latin(rng, q) if loc not in ("mn_MN", "hy_AM") or rng.random() < .4 else q.full),
              "ph": V("phone", q.phone(intl=.2, land=0)), "d5": X.digits(rng, 5), "mc": X.masked_card(rng)}
        if "{ib}" in tpl:
            cc = HOME_IBAN.get(loc) or rng.choice(FOREIGN_IBAN[loc])
            kw["ib"] = V("iban", X.iban(rng, cc, grouped=False))
        if "{fib}" in tpl:
            kw["fib"] = V("iban", X.iban(rng, rng.choice(FOREIGN_IBAN[loc]), grouped=False))
        if loc == "en_NZ":
            typ, payee, memo = tpl.split("|")
            d.t(f"{X.digits(rng, 10)}{sep}{typ}{sep}").f(payee, **kw).t(sep).f(memo, **kw).t(sep)
            amt = rng.randint(5, 900)
            d.t(f"{'-' if typ in ('AP', 'EFTPOS', 'BP', 'DD', 'POS') else ''}{amt}.{X.digits(rng, 2)}\n")
            continue
        desc_needs_quote = sep in tpl
        d.t('"' if desc_needs_quote else "").f(tpl, **kw).t('"' if desc_needs_quote else "").t(sep)
        amt = rng.randint(100, 20000)
        credit = any(w in tpl for w in ("รับ", "FROM", "IN ", "from", "Цалин", "Орлого", "Salary", "recibida", "Prijatá",
                                        "Աշխատավարձ", "Depósito", "Deposit", "REMITTANCE", "Remit", "SWIFT"))
        bal = bal + amt if credit else bal - amt
        num = (lambda v: f"{v}.00") if loc not in ("es_PY", "sk_SK") else (lambda v: f"{v}")
        d.t(("" if credit else num(amt)) + sep + (num(amt) if credit else "") + sep + num(abs(bal)) + "\n")
    return d


# ------------------------------------------------------------------ parents' group chat
def _kid_name(rng, loc, kid: Person) -> str:
    if loc == "th_TH":
        return kid.nick
    if loc == "mn_MN":
        return kid.g
    if loc == "my_MM":
        return kid.full
    return kid.g


def parents_group_chat(rng, loc):
    d = Doc()
    L = LEX[loc]  # noqa: F841
    kids = [Person(rng, loc) for _ in range(4)]
    teacher = Person(rng, loc, "f")
    tname = {"sk_SK": teacher.f, "en_NZ": teacher.g, "ur_PK": teacher.g, "sw_KE": teacher.f,
             "th_TH": teacher.nick if rng.random() < .5 else teacher.g, "es_PY": teacher.g,
             "hy_AM": teacher.full, "mn_MN": teacher.g, "ne_NP": teacher.g, "my_MM": teacher.full}[loc]
    parents = [Person(rng, loc, rng.choice("mf")) for _ in range(4)]
    group = GROUP[loc].format(g=rng.randint(1, 6), s=rng.choice("ABCK") if loc != "th_TH" else rng.randint(1, 4))
    day = X.day(rng)
    fmt = {"th_TH": "line", "my_MM": "viber", "mn_MN": "messenger"}.get(loc, rng.choice(["wa_android", "wa_ios"]))
    if fmt == "line":
        d.t(f"[LINE] แชทในกลุ่ม {group}\nวันที่บันทึก: {day.year}/{day.month:02d}/{day.day:02d} 21:{rng.randint(10, 59)}\n\n")
        d.t(f"{day.year}/{day.month:02d}/{day.day:02d}(อ.)\n")
    elif fmt == "viber":
        d.t("Date,Time,Sender Name,Sender Phone,Message\n")
    elif fmt == "messenger":
        d.t(f"{group}\n\n")
    msgs = list(MSG[loc])
    rng.shuffle(msgs)
    minute = rng.randint(0, 300)
    displays, phones = [], []
    for who in range(4):
        sender, kid = parents[who], kids[who]
        kn = _kid_name(rng, loc, kid)
        phones.append(sender.phone(intl=1.0, land=0))
        dk = rng.random()
        if fmt in ("viber", "messenger") and dk < .15:
            dk = .7
        if dk < .15:
            disp = None
        elif loc == "th_TH":
            disp = ["แม่น้อง" if sender.sex == "f" else "พ่อน้อง", V("person", kn)] if dk < .6 else [V("person", sender.nick)]
        elif loc == "sw_KE" and dk < .5:
            disp = ["Mama " if sender.sex == "f" else "Baba ", V("person", kid.g)]
        elif loc == "en_NZ" and dk < .4:
            disp = [V("person", sender.g), " (", V("person", kid.g), "'s mum)" if sender.sex == "f" else "'s dad)"]
        elif dk < .6:
            disp = [V("person", sender.full if loc != "mn_MN" else sender.short)]
        else:
            disp = [V("person", sender.g.lower() if loc in ("sw_KE", "es_PY", "en_NZ", "sk_SK") and rng.random() < .4 else sender.g)]
        if dk < .15:
            disp = [V("phone", phones[who])]
        displays.append(disp)
    for i, m in enumerate(msgs[:rng.randint(5, 8)]):
        who = rng.randrange(4)
        sender, kid = parents[who], kids[who]
        kn = _kid_name(rng, loc, kid)
        disp = displays[who]
        hhmm = f"{(7 + (minute + i * 7) // 60) % 24:02d}:{(minute + i * 7) % 60:02d}"
        kw = {"kid": V("person", kn), "t": V("person", tname), "ph": V("phone", rng.choice([teacher, sender]).phone(intl=.2, land=0)),
              "addr": V("address", address(rng, loc, physical=True).one), "em": V("email", teacher.email() if rng.random() < .5 else
                                                                 f"office@{rng.choice(['school', 'academy']) if loc != 'ne_NP' else 'vidyalaya'}.{loc[3:].lower()}"),
              "iban": V("iban", X.iban(rng, "SK")) if loc == "sk_SK" else ""}
        if loc == "hy_AM" and m.startswith("Parev"):
            kw["kid"] = V("person", kid.gl)
        ds = f"{day.day:02d}/{day.month:02d}/{day.year}"
        if fmt == "line":
            d.t(f"{hhmm}\t").put(disp).t("\t").f(m, **kw).t("\n")
        elif fmt == "viber":
            d.t(f"{ds},{hhmm},").put(disp)
            d.t(",").v("phone", phones[who]).t(',"').f(m, **kw).t('"\n')
        elif fmt == "messenger":
            d.put(disp).t(f"  {hhmm}\n").f(m, **kw).t("\n\n")
        elif fmt == "wa_ios":
            d.t(f"[{ds}, {hhmm}:{rng.randint(10, 59)}] ").put(disp).t(": ").f(m, **kw).t("\n")
        else:
            d.t(f"{ds}, {hhmm} - ").put(disp).t(": ").f(m, **kw).t("\n")
    return d


# ------------------------------------------------------------------ land title deed
_NZ_LRD = {"Auckland": ("North Auckland", "NA"), "Hamilton": ("South Auckland", "SA"), "Rotorua": ("South Auckland", "SA"),
           "Gisborne": ("Gisborne", "GS"), "Wellington": ("Wellington", "WN"), "Christchurch": ("Canterbury", "CB"),
           "Dunedin": ("Otago", "OT"), "Invercargill": ("Southland", "SL")}
def land_title_deed(rng, loc):
    d = Doc()
    o = Person(rng, loc)
    s = Person(rng, loc)
    off = Person(rng, loc)
    a = address(rng, loc)
    cn, cl, la, lo = city_of(rng, loc)  # noqa: RUF059
    if loc in ("hy_AM", "en_NZ"):  # these deeds give the property's own address: the parcel is there
        cn, la, lo = a.city, a.lat, a.lon
    g = V("gps", X.gps(rng, la, lo, rng.choice([0, 1, 2])))
    kw = dict(owner=V("person", o.full), seller=V("person", s.full), officer=V("person", off.full),
              id=V("national_id", o.id()), addr=V("address", a.one), gps=g, city=cn, date=date(rng, loc, rng.randint(2015, 2024)),
              dob=V("dob", o.dob_text(rng)), h=honor(rng, o), h2=honor(rng, s), h3=honor(rng, off),
              n1=X.digits(rng, 5), n2=str(rng.randint(1, 999)), n3=str(rng.randint(1, 9999)))
    if loc == "th_TH":
        tpl = ("โฉนดที่ดิน\nเลขที่ {n1} เล่ม {n2} หน้า {n3}\nระวาง 5136 IV 6428-08 เลขที่ดิน {n2}\nจังหวัด{city}\n"
               "เนื้อที่ {r} ไร่ {ng} งาน {w} ตารางวา\nผู้ถือกรรมสิทธิ์ {h}{owner} เลขประจำตัวประชาชน {id}\n"
               "อยู่บ้านเลขที่ {addr}\nพิกัดแปลง (WGS84): {gps}\nจดทะเบียน ขาย ระหว่าง {h2}{seller} ผู้ขาย กับ {h}{owner} ผู้ซื้อ\n"
               "เมื่อวันที่ {date}\nพนักงานเจ้าหน้าที่ {h3}{officer}\n")
        kw.update(r=rng.randint(0, 20), ng=rng.randint(0, 3), w=rng.randint(0, 99))
        kw["id"] = V("national_id", o.id(rng, native=rng.random() < .3))
    elif loc == "ur_PK":
        fa = Person(rng, loc, "m")
        if rng.random() < .7:
            fa.f = o.f
        kw["father"] = V("person", fa.full)
        kw["rel"] = "ولد" if o.sex == "m" else rng.choice(["بنت", "زوجہ"])
        tpl = ("فرد ملکیت — Registry Deed\nموضع {n2}، تحصیل و ضلع {city}\nخسرہ نمبر {n3}، کھیوٹ نمبر {n2}، کھتونی نمبر {n3}\n"
               "رقبہ: {k} کنال {m} مرلہ\nمالک: {owner} {rel} {father}\nشناختی کارڈ نمبر: {id}\nسکونت: {addr}\n"
               "بائع: {seller}\nتاریخ رجسٹری: {date}\nGPS: {gps}\nسب رجسٹرار: {officer}\n")
        kw.update(k=rng.randint(0, 40), m=rng.randint(0, 19))
    elif loc == "sw_KE":
        kw["owner"] = V("person", o.full.upper())
        kw["kra"] = V("national_id", X.ke_kra(rng))
        kw["title"] = rng.choice([f"NAIROBI/BLOCK {rng.randint(1, 150)}/{rng.randint(1, 3000)}",
                                  f"KIAMBU/RUIRU EAST BLOCK {rng.randint(1, 9)}/{rng.randint(1, 2000)}",
                                  f"NAKURU MUNICIPALITY BLOCK {rng.randint(1, 30)}/{rng.randint(1, 900)}",
                                  f"KAJIADO/KITENGELA/{rng.randint(1000, 90000)}"])
        tc = {"NAIROBI": (-1.2921, 36.8219), "KIAMBU": (-1.1460, 36.9600), "NAKURU": (-0.3031, 36.0800),
              "KAJIADO": (-1.4760, 36.9610)}[kw["title"].split("/")[0].split(" ")[0]]
        kw["gps"] = V("gps", X.gps(rng, tc[0], tc[1], rng.choice([0, 1, 2])))
        tpl = ("REPUBLIC OF KENYA\nTHE LAND REGISTRATION ACT, 2012\nCERTIFICATE OF TITLE\nTitle Number: {title}\n"
               "Approximate Area: 0.{n2} Ha\nRegistry Map Sheet No. {n3}\nPART B - PROPRIETORSHIP SECTION\n"
               "Entry 1: {owner}, ID No. {id}, of {addr}\nKRA PIN: {kra}\nEntry 2: Transfer from {seller} dated {date}\n"
               "Centroid (Arc 1960 to WGS84): {gps}\nLand Registrar: {officer}\n")
    elif loc == "my_MM":
        fa = Person(rng, loc, "m")
        kw["father"] = V("person", fa.full)
        kw["hf"] = honor(rng, fa)
        kw["id"] = V("national_id", o.id(rng, native=True))
        tpl = ("လယ်ယာမြေလုပ်ပိုင်ခွင့် လက်မှတ် (ပုံစံ-၇)\nကွင်းအမှတ် {n2}  ဦးပိုင်အမှတ် {n3}\nဧရိယာ {ac} ဧက\n{city}မြို့နယ်\n"
               "လုပ်ပိုင်ခွင့်ရသူ {h}{owner}\nအဘအမည် {hf}{father}\nနိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ် {id}\nနေရပ်လိပ်စာ {addr}\n"
               "တည်နေရာ {gps}\nထုတ်ပေးသည့်ရက်စွဲ {date}\nမြို့နယ်လယ်ယာမြေစီမံခန့်ခွဲရေးအဖွဲ့ {h3}{officer}\n")
        kw["ac"] = X.nd(f"{rng.randint(1, 30)}.{rng.randint(0, 99):02d}", "my")
    elif loc == "mn_MN":
        tpl = ("ГАЗАР ӨМЧЛӨХ ЭРХИЙН ГЭРЧИЛГЭЭ\nДугаар: {n1}\nГазар өмчлөгч: {owner}\nРегистрийн дугаар: {id}\n"
               "Төрсөн огноо: {dob}\nОршин суугаа хаяг: {addr}\nГазрын байршил: {city}, нэгж талбарын дугаар {n3}\n"
               "Хэмжээ: {m2} м²\nКоординат: {gps}\nОлгосон огноо: {date}\nГазрын албаны мэргэжилтэн {officer}\n")
        kw["m2"] = rng.randint(300, 700)
    elif loc == "ne_NP":
        fa, gf = Person(rng, loc, "m"), Person(rng, loc, "m")
        fa.f = gf.f = o.f
        kw.update(father=V("person", fa.full), grand=V("person", gf.full), id=V("national_id", o.id(rng, native=True)),
                  bs=X.bs_date(rng, 2072, 2081))
        tpl = ("लालपुर्जा\nजग्गाधनीको नाम थर: {owner}\nबुबाको नाम: {father}\nबाजेको नाम: {grand}\n"
               "नागरिकता प्रमाणपत्र नं.: {id}\nठेगाना: {addr}\nकित्ता नं.: {n3}, क्षेत्रफल: {rp} (रोपनी-आना-पैसा-दाम)\n"
               "जिल्ला: {city}\nGPS: {gps}\nमालपोत अधिकृत: {officer}\nमिति: {bs}\n")
        kw["rp"] = X.nd(f"{rng.randint(0, 9)}-{rng.randint(0, 15)}-{rng.randint(0, 3)}-{rng.randint(0, 3)}", "ne")
    elif loc == "es_PY":
        tpl = ("REPÚBLICA DEL PARAGUAY\nDIRECCIÓN GENERAL DE LOS REGISTROS PÚBLICOS\nTítulo de propiedad — Finca N° {n1} de {city}, Padrón N° {n3}\n"
               "Propietario/a: {h}{owner}, C.I. N° {id}, nacido/a el {dob}, domiciliado/a en {addr}\nSuperficie: {m2} m²\n"
               "Adquirido por compra a {h2}{seller} según Escritura N° {n2} del {date}, autorizada por el Escribano {officer}\n"
               "Coordenadas: {gps}\n")
        kw["m2"] = rng.randint(300, 5000)
    elif loc == "en_NZ":
        o2 = Person(rng, loc)
        o2.f = o.f
        rng.choice(['NA', 'WN', 'CB', 'OT', 'SA'])  # was the identifier prefix; kept so later draws stay put
        kw.update(owner2=V("person", f"{o2.g} {o2.f}"), dp=rng.randint(10000, 560000), lot=rng.randint(1, 80),
                  idt=f"{_NZ_LRD[a.city][1]}{rng.randint(10, 99)}{rng.choice('ABCD')}/{rng.randint(1, 999)}",
                  lrd=_NZ_LRD[a.city][0], m2=rng.randint(300, 1200), inst=f"{rng.randint(10000000, 13999999)}.{rng.randint(1, 9)}")
        tpl = ("RECORD OF TITLE\nUNDER LAND TRANSFER ACT 2017\nFREEHOLD\nSearch Copy\n\nIdentifier {idt}\nLand Registration District {lrd}\n"
               "Date Issued {date}\n\nEstate Fee Simple\nArea {m2} square metres more or less\nLegal Description Lot {lot} Deposited Plan {dp}\n"
               "Property address {addr}\n\nRegistered Owners\n{owner} and {owner2}\n\nInterests\n{inst} Mortgage to ASB Bank Limited - {date}\n")
    elif loc == "sk_SK":
        maiden = Person(rng, loc, o.sex) if o.sex == "f" else o
        kw.update(inv=V("person", f"{o.f} {o.g}"), maiden=V("person", maiden.f), lv=rng.randint(100, 9999),
                  m2=rng.randint(200, 2000), ku=cn, v=rng.randint(100, 9999))
        tpl = ("Výpis z listu vlastníctva č. {lv}\nOkres: {city}   Obec: {city}   Katastrálne územie: {ku}\n"
               "ČASŤ A: MAJETKOVÁ PODSTATA\nParcely registra \"C\" evidované na katastrálnej mape\n  {n3}  zastavaná plocha a nádvorie  {m2} m²\n"
               "ČASŤ B: VLASTNÍCI A INÉ OPRÁVNENÉ OSOBY\n1  {inv} r. {maiden}, {addr}, SR\n   Dátum narodenia: {dob}   Spoluvlastnícky podiel: 1/1\n"
               "   Titul nadobudnutia: Kúpna zmluva V {v}/2021 zo dňa {date}\nČASŤ C: ŤARCHY\n  Záložné právo v prospech Slovenská sporiteľňa, a.s.\n")
    else:
        kw.update(cad=f"{rng.randint(1, 11):02d}-{X.digits(rng, 3)}-{X.digits(rng, 4)}-{X.digits(rng, 4)}", m2=rng.randint(40, 900),
                  id=V("national_id", X.am_passport(rng)))
        tpl = ("ԱՆՇԱՐԺ ԳՈՒՅՔԻ ՆԿԱՏՄԱՄԲ ԻՐԱՎՈՒՆՔՆԵՐԻ ՊԵՏԱԿԱՆ ԳՐԱՆՑՄԱՆ ՎԿԱՅԱԿԱՆ\nՎկայական N {n1}\nԱնշարժ գույքի հասցե՝ {addr}\n"
               "Կադաստրային ծածկագիր՝ {cad}\nՍեփականատեր՝ {owner}\nԱնձնագիր՝ {id}, ծնված՝ {dob}\nՄակերես՝ {m2} քմ\nԿոորդինատներ՝ {gps}\n"
               "Գրանցման ամսաթիվ՝ {date}\nԿադաստրի կոմիտեի ներկայացուցիչ՝ {officer}\n")
    d.f(tpl, **kw)
    return d


# ------------------------------------------------------------------ motorcycle-taxi logbook
_MOTO = {
    "th_TH": ("สมุดบันทึกวินมอเตอร์ไซค์ วิน{win}", "คนขับ", "เวลา | จุดรับ | จุดส่ง | ผู้โดยสาร | เบอร์ | ค่าโดยสาร",
              ["ปากซอย", "BTS อารีย์", "ตลาดนัด", "7-11 หน้าหมู่บ้าน", "โรงพยาบาล"], "บาท"),
    "ur_PK": ("Bykea Rider Log — {win}", "Rider", "Time | Pickup | Drop | Customer | Mobile | Fare",
              ["Liberty Chowk", "Kalma Chowk", "Jinnah Hospital", "Metro station", "Anarkali"], "Rs"),
    "sw_KE": ("BODA BODA LOG — Stage {win}", "Rider", "Saa | Kutoka | Kwenda | Mteja | Simu | Nauli",
              ["Stage ya matatu", "Junction Mall", "Kenyatta Market", "Total Petrol Station", "Chief's camp"], "KSh"),
    "my_MM": ("ဆိုင်ကယ်ကယ်ရီ မှတ်တမ်း — {win}", "ယာဉ်မောင်း", "အချိန် | စတင်နေရာ | ဆိုက်ရောက်နေရာ | ခရီးသည် | ဖုန်း | ခ",
              ["ဈေးရှေ့", "ဘုရားလမ်းဆုံ", "ဆေးရုံရှေ့", "ကားဂိတ်", "ကျောင်းရှေ့"], "ကျပ်"),
    "ne_NP": ("Pathao Rider Daily Log — {win}", "Rider", "समय | कहाँबाट | कहाँसम्म | यात्रु | फोन | भाडा",
              ["Ratnapark", "New Baneshwor chowk", "Kalanki", "Bir Hospital", "Koteshwor"], "रु."),
    "es_PY": ("Planilla de viajes — Mototaxi parada {win}", "Conductor", "Hora | Desde | Hasta | Pasajero | Celular | Tarifa",
              ["Terminal", "Shopping", "Hospital Regional", "Plaza", "Mercado 4"], "Gs."),
}
_MOTO_OTHER = {
    "mn_MN": ("Хүргэлтийн мотоциклын бүртгэл — {win}", "Жолооч", "Цаг | Хаанаас | Хаашаа | Хүлээн авагч | Утас | Төлбөр",
              ["Нарантуул зах", "Зайсан", "Их дэлгүүр", "Сансар", "3-р хороолол"], "₮"),
    "en_NZ": ("Scooter courier run sheet — {win}", "Rider", "Time | Pickup | Drop | Customer | Phone | Fee",
              ["Depot", "Countdown", "Uni library", "Ferry terminal", "Westfield"], "$"),
    "sk_SK": ("Kuriér — denný záznam jázd — {win}", "Kuriér", "Čas | Odkiaľ | Kam | Zákazník | Telefón | Cena",
              ["Depo", "Hlavná stanica", "Aupark", "Nemocnica", "Tesco"], "€"),
    "hy_AM": ("Մոտոառաքիչի օրագիր — {win}", "Վարորդ", "Ժամ | Որտեղից | Ուր | Հաճախորդ | Հեռ. | Վարձ",
              ["Կասկադ", "Գում շուկա", "Երևան Մոլ", "Հրապարակ", "Մետրո"], "դրամ"),
}


def moto_taxi_logbook(rng, loc):
    d = Doc()
    title, drv_l, head, spots, cur = (_MOTO.get(loc) or _MOTO_OTHER[loc])
    drv = Person(rng, loc, "m")
    d.t(title.format(win=rng.choice(["A", "7", "12", "Sai 3", "Norte", "1B"])) + "\n")
    d.t(f"{drv_l}: ").v("person", drv.full).t(f" | {LEX[loc]['id']}: ").v("national_id", drv.id()).t(" | ").v(
        "phone", drv.phone()).t(f" | {date(rng, loc)}\n\n{head}\n")
    for _ in range(rng.randint(5, 9)):
        p = Person(rng, loc)
        d.t(hm(rng) + " | ")
        r = rng.random()
        if r < .3:
            a = address(rng, loc, home=True)
            d.v("address", a.one).t(" | " + rng.choice(spots))
        elif r < .45:
            a = address(rng, loc, home=True)
            d.t(rng.choice(spots) + " | ").v("gps", X.gps(rng, a.lat, a.lon, 1))
        else:
            s1, s2 = rng.sample(spots, 2)
            d.t(f"{s1} | {s2}")
        d.t(" | ")
        k = rng.random()
        if k < .2:
            d.t("-")
        elif k < .6:
            d.v("person", p.nick if loc == "th_TH" else p.g)
        else:
            d.v("person", p.full)
        d.t(" | ")
        if rng.random() < .6:
            d.v("phone", p.phone(intl=.1, land=0))
        else:
            d.t("-")
        d.t(f" | {rng.randint(2, 30) * (1 if loc in ('sk_SK', 'en_NZ') else 10)} {cur}\n")
    return d


# ------------------------------------------------------------------ tuition receipt
_TUI = {
    "th_TH": ("โรงเรียนอนุบาลบ้านรักเรียน", "ใบเสร็จรับเงินค่าธรรมเนียมการศึกษา", "นักเรียน", "ชั้น อ.{g}/{s}", "ผู้ปกครอง",
              ["ค่าเทอม ภาคเรียนที่ 1", "ค่าอาหารกลางวัน", "ค่ารถรับส่ง", "ค่าอุปกรณ์การเรียน"], "ผู้รับเงิน"),
    "ur_PK": ("The City School — Gulshan Campus", "FEE RECEIPT", "Student", "Class {g}-{s}", "Father/Guardian",
              ["Tuition Fee (Apr-Jun)", "Annual Charges", "Computer Lab", "Transport"], "Cashier"),
    "sw_KE": ("St. Mary's Academy", "FEES RECEIPT", "Student", "Grade {g} {s}", "Parent/Guardian",
              ["Tuition Term 1", "Lunch", "Transport", "Activity fee"], "Bursar"),
    "my_MM": ("ကိုယ်ပိုင်အထက်တန်းကျောင်း", "ကျောင်းလခ ငွေလက်ခံဖြတ်ပိုင်း", "ကျောင်းသား/သူ", "Grade-{g} ({s})", "အုပ်ထိန်းသူ",
              ["ကျောင်းလခ", "စာအုပ်ဖိုး", "ကျောင်းကားခ", "ထမင်းဖိုး"], "ငွေလက်ခံသူ"),
    "mn_MN": ("“Шинэ Эхлэл” сургууль", "Сургалтын төлбөрийн баримт", "Сурагч", "{g}{s} анги", "Асран хамгаалагч",
              ["Сургалтын төлбөр I улирал", "Хоолны төлбөр", "Автобус", "Дугуйлан"], "Нягтлан"),
    "ne_NP": ("श्री सरस्वती माध्यमिक विद्यालय", "शुल्क रसिद", "विद्यार्थी", "कक्षा {g} ({s})", "अभिभावक",
              ["मासिक शुल्क", "परीक्षा शुल्क", "यातायात शुल्क", "कम्प्युटर शुल्क"], "लेखापाल"),
    "es_PY": ("Colegio San José de Asunción", "RECIBO DE CUOTA", "Alumno/a", "{g}° grado sección {s}", "Encargado/a",
              ["Cuota mensual marzo", "Matrícula", "Transporte", "Materiales"], "Cajero/a"),
    "en_NZ": ("Kauri Park School", "Receipt — School donation & activity fees", "Student", "Room {g}{s}", "Caregiver",
              ["School donation", "EOTC camp", "Stationery pack", "Swimming lessons"], "Office"),
    "sk_SK": ("Súkromná základná škola", "Príjmový pokladničný doklad — školné", "Žiak/žiačka", "{g}.{s}", "Zákonný zástupca",
              ["Školné september", "Školský klub", "Obedy", "Výlet"], "Vyhotovil"),
    "hy_AM": ("«Քվանտ» վարժարան", "Ուսման վարձի անդորրագիր", "Աշակերտ", "{g}-րդ դասարան ({s})", "Ծնող",
              ["Ուսման վարձ, I կիսամյակ", "Սնունդ", "Տրանսպորտ", "Խմբակ"], "Գանձապահ"),
}


def tuition_receipt(rng, loc):
    d = Doc()
    L = LEX[loc]
    school, title, st_l, cls, g_l, items, cash_l = _TUI[loc]
    kid = Person(rng, loc)
    par = Person(rng, loc)
    if loc in ("sk_SK",) and par.sex == kid.sex:
        pass
    cashier = Person(rng, loc)
    d.t(f"{school}\n").v("phone", X.phone(rng, loc, land=.6)).t(" · ").v(
        "email", f"accounts@{rng.choice(['school', 'academy', 'edu'])}{rng.randint(1, 99)}.{loc[3:].lower()}").t("\n")
    d.t(f"{title}\nNo. {rng.randint(1000, 99999)}    {L['date']}: {date(rng, loc)}\n")
    sec = str(rng.randint(1, 4)) if loc == "th_TH" else rng.choice("ABCD")
    d.t(f"{st_l}: ").v("person", kid.full).t(f"   {cls.format(g=rng.randint(1, 6), s=sec)}   ID {rng.randint(10000, 99999)}\n")
    d.t(f"{g_l}: ").t(honor(rng, par)).v("person", par.full).t(f"   {L['mobile']}: ").v("phone", par.phone(land=0)).t("\n")
    if rng.random() < .4:
        d.t(f"{L['addr']}: ").v("address", address(rng, loc).one).t("\n")
    d.t("-" * 36 + "\n")
    for it in rng.sample(items, rng.randint(2, 4)):
        d.t(f"{it:<28} {money(rng, loc, 10, 900)}\n")
    d.t("-" * 36 + f"\n{L['total']}: {money(rng, loc, 100, 3000)}\n")
    r = rng.random()
    if r < .25:
        d.t(f"Card: {X.masked_card(rng)}  APPR {X.digits(rng, 6)}\n")
    elif r < .35:
        d.t("Card: ").v("card", X.card(rng)).t(f"  APPR {X.digits(rng, 6)}\n")
    elif r < .55 and loc in HOME_IBAN:
        d.t("IBAN: ").v("iban", X.iban(rng, HOME_IBAN[loc])).t("\n")
    d.t(f"{cash_l}: ").v("person", cashier.short if rng.random() < .3 else cashier.full).t("\n")
    return d


# ------------------------------------------------------------------ donor lists
_DON = {
    "th_TH": ("รายนามผู้ร่วมทำบุญทอดกฐินสามัคคี วัด{w} ประจำปี {y}", "ครอบครัว", "ผู้ไม่ประสงค์ออกนาม",
              ["ป่าสันติธรรม", "ศรีบุญเรือง", "โพธิ์ทอง"], "ขออนุโมทนาบุญ สาธุ 🙏", "e-Donation"),
    "ur_PK": ("مسجد {w} — تعمیراتی فنڈ عطیات {y}", "خاندان", "ایک بندۂ خدا",
              ["نور", "بلال", "الفلاح"], "جزاک اللہ خیراً", ""),
    "sw_KE": ("HARAMBEE — {w} Church Building Fund {y}", "Familia ya", "Mtu wa nia njema",
              ["AIC Kilimani", "PCEA Nyeri Town", "ACK St. Stephen's"], "Mungu awabariki nyote 🙏", ""),
    "my_MM": ("{w} ကထိန်အလှူရှင်များ {y}", "မိသားစု", "အမည်မဖော်လိုသူ",
              ["ရွှေကျင်ကျောင်းတိုက်", "မဟာဝိသုတာရာမ ကျောင်း", "ဓမ္မရံသီ ကျောင်း"], "သာဓု သာဓု သာဓု", ""),
    "mn_MN": ("{w} хийдийн хандивын жагсаалт {y}", "гэр бүл", "Нэрээ нууцалсан",
              ["Гандантэгчэнлин", "Дашчойлин", "Амарбаясгалант"], "Буян болтугай 🙏", ""),
    "ne_NP": ("{w} जीर्णोद्धार सहयोगदाताहरू {y}", "परिवार", "नाम नखुलाउने",
              ["श्री पशुपतिनाथ मन्दिर", "स्वयम्भू गुम्बा", "श्री दक्षिणकाली मन्दिर"], "धन्यवाद 🙏", ""),
    "es_PY": ("Parroquia {w} — Colecta para el techo {y}", "Flia.", "Anónimo",
              ["San Roque González", "Virgen de la Asunción", "San Blas"], "Dios les pague 🙏", ""),
    "en_NZ": ("{w} Marae — koha received for the wharekai rebuild {y}", "whānau", "Anonymous",
              ["Ōrākei", "Tūrangawaewae", "Te Tii"], "Ngā mihi nui ki a koutou katoa", ""),
    "sk_SK": ("Farnosť {w} — zbierka na opravu organa {y}", "rodina", "Nemenovaný darca",
              ["sv. Martina", "Sedembolestnej Panny Márie", "sv. Egídia"], "Pán Boh zaplať!", ""),
    "hy_AM": ("{w} եկեղեցու վերանորոգման նվիրատուներ {y}", "ընտանիք", "Անանուն",
              ["Սուրբ Սարգիս", "Սուրբ Գայանե", "Սուրբ Հովհաննես"], "Աստված օրհնի", ""),
}


def temple_donor_list(rng, loc):
    d = Doc()
    title, fam_w, anon, places, bless, tax = _DON[loc]
    d.t(title.format(w=rng.choice(places), y=rng.randint(2022, 2025) + (543 if loc == "th_TH" else 0)) + "\n\n")
    for i in range(1, rng.randint(7, 13)):
        p = Person(rng, loc)
        r = rng.random()
        num = X.nd(str(i), "my") if loc == "my_MM" else (X.nd(str(i), "ne") if loc == "ne_NP" and rng.random() < .5 else str(i))
        d.t(f"{num}. ")
        if r < .12:
            d.t(anon)
        elif r < .3:
            if loc in ("th_TH", "my_MM", "mn_MN"):
                d.t(f"{fam_w}" if loc != "mn_MN" else "").v("person", p.f if loc != "mn_MN" else p.gen).t(" " + fam_w if loc == "mn_MN" else "")
            elif loc in ("en_NZ", "ne_NP"):
                d.v("person", p.f).t(f" {fam_w}")
            elif loc == "hy_AM":
                d.v("person", p.f).t(f"ների {fam_w}")
            else:
                d.t(f"{fam_w} ").v("person", p.f)
        else:
            d.t(honor(rng, p)).v("person", p.full)
        d.t(f" — {money(rng, loc, 5, 500)}")
        if rng.random() < .25 and r >= .12:
            d.t(" (").v("phone", p.phone(intl=0)).t(")")
        if loc == "th_TH" and tax and rng.random() < .2 and r >= .3:
            d.t(f" [{tax} ").v("national_id", p.id()).t("]")
        d.t("\n")
    d.t(f"\n{bless}\n")
    if rng.random() < .5:
        c = Person(rng, loc)
        d.t({"th_TH": "ผู้ประสานงาน", "ur_PK": "رابطہ", "sw_KE": "Mratibu", "my_MM": "ဆက်သွယ်ရန်", "mn_MN": "Холбоо барих",
             "ne_NP": "सम्पर्क", "es_PY": "Contacto", "en_NZ": "Contact", "sk_SK": "Kontakt", "hy_AM": "Կապ"}[loc] + ": ")
        d.v("person", c.full).t(" ").v("phone", c.phone()).t("\n")
    return d


LIFE = {"bank_csv_export": bank_csv_export, "parents_group_chat": parents_group_chat,
        "land_title_deed": land_title_deed, "moto_taxi_logbook": moto_taxi_logbook,
        "tuition_receipt": tuition_receipt, "temple_donor_list": temple_donor_list}
