# ruff: noqa: RUF001  (real texts in these scripts use characters that look like Latin ones)
"""Form and register styles for v9a: wedding guest books, clinic queue tickets,
livestock movement permits, police clearance applications, bus passenger lists and
SIM swap requests."""
from __future__ import annotations

import _v9a_values as X
from _v9a_common import NONLATIN, date, hm, honor, money
from _v9a_doc import Doc
from _v9a_lex import LEX
from _v9a_people import FAMILY, Person, address, city_of


def _lab(loc, table):
    return dict(zip(table["keys"].split("|"), table[loc].split("|")))  # noqa: B905


# ------------------------------------------------------------------ wedding guest book
_WED = {
    "th_TH": ("สมุดอวยพรงานมงคลสมรส {a} & {b}", ["ขอให้รักกันนานๆ นะ", "ยินดีด้วยจ้า มีลูกไวๆ", "สุขสันต์วันแต่งงาน 💕"], "ซอง"),
    "ur_PK": ("Shaadi Mubarak — {a} weds {b}", ["Allah aap dono ko khush rakhe", "Mubarak ho! ❤️", "ڈھیروں دعائیں"], "Salami"),
    "sw_KE": ("Guest Book — Harusi ya {a} na {b}", ["Mungu awabariki kwa ndoa yenu", "Congratulations, love wins!", "Hongera sana!"], "Zawadi"),
    "my_MM": ("{a} နှင့် {b} မင်္ဂလာဆောင် ဧည့်သည်မှတ်တမ်း", ["အိမ်ထောင်သက် ရှည်ပါစေ", "ပျော်ရွှင်ပါစေ", "ချစ်ခြင်းမေတ္တာ ခိုင်မြဲပါစေ"], "လက်ဖွဲ့"),
    "mn_MN": ("{a}, {b} нарын хуримын зочдын дэвтэр", ["Аз жаргалтай сайхан амьдраарай", "Хайр дурлал тань мөнхөрөх болтугай", "Баяр хүргэе!"], "Бэлэг"),
    "ne_NP": ("{a} र {b} को शुभविवाह — शुभकामना पुस्तिका", ["सुखी दाम्पत्य जीवनको शुभकामना", "Happy married life!", "बधाई छ 🎉"], "उपहार"),
    "es_PY": ("Libro de firmas — Boda de {a} y {b}", ["¡Que sean muy felices!", "Felicidades a los novios 💍", "Vy'a pópe!"], "Regalo"),
    "en_NZ": ("Guest book — {a} & {b}'s wedding", ["Congrats you two, what a day!", "Arohanui to you both", "Best wishes x"], "Gift"),
    "sk_SK": ("Kniha hostí — svadba {a} a {b}", ["Veľa lásky a trpezlivosti!", "Všetko najlepšie novomanželom", "Nech vám to klape ❤"], "Dar"),
    "hy_AM": ("{a}-ի և {b}-ի հարսանիքի հյուրերի գիրք", ["Երջանկություն ձեզ", "Շնորհավոր, սեր և համերաշխություն", "Ապրեք երկար ու երջանիկ"], "Նվեր"),
}


def wedding_guest_book(rng, loc):
    d = Doc()
    title, wishes, gift = _WED[loc]
    a, b = Person(rng, loc, "f"), Person(rng, loc, "m")
    an = a.nick if loc == "th_TH" else a.g
    bn = b.nick if loc == "th_TH" else b.g
    parts = title.replace("{a}", "\x00a\x00").replace("{b}", "\x00b\x00").split("\x00")
    for p_ in parts:
        if p_ == "a":
            d.v("person", an)
        elif p_ == "b":
            d.v("person", bn)
        else:
            d.t(p_)
    d.t(f"\n{date(rng, loc)}\n\n")
    for i in range(rng.randint(4, 8)):
        g = Person(rng, loc)
        d.t(f"{i + 1}) ")
        if rng.random() < .3:
            g2 = Person(rng, loc, "f" if g.sex == "m" else "m")
            d.v("person", g.full).t(" & ").v("person", g2.g)
        else:
            d.v("person", g.full if rng.random() < .7 else (g.g.lower() if loc in ("en_NZ", "sw_KE", "es_PY") else g.g))
        d.t(f" — {rng.choice(wishes)}")
        if rng.random() < .5:
            d.t(f" — {gift} {money(rng, loc, 5, 300)}")
        r = rng.random()
        if r < .3:
            d.t(" — ").v("phone", g.phone(intl=.1))
        elif r < .4:
            d.t(" — ").v("email", g.email())
        d.t("\n")
    return d


# ------------------------------------------------------------------ clinic queue ticket
_Q = {
    "keys": "clinic|title|q|name|hn|age|doc|room|wait|sms",
    "th_TH": "โรงพยาบาลส่งเสริมสุขภาพตำบล|บัตรคิว|คิวที่|ชื่อ|HN|วันเกิด|แพทย์|ห้องตรวจ|รออีกประมาณ|แจ้งเตือนทาง SMS ไปที่",
    "ur_PK": "Shifa Family Clinic|TOKEN|Token No.|Patient|MR#|DOB|Doctor|Room|Approx. wait|SMS alert to",
    "sw_KE": "Afya Bora Medical Centre|QUEUE TICKET|Nambari|Mgonjwa|OP No.|DOB|Daktari|Chumba|Muda wa kusubiri|SMS itatumwa kwa",
    "my_MM": "ပြည်သူ့ဆေးခန်း|တန်းစီလက်မှတ်|အမှတ်|လူနာအမည်|လူနာအမှတ်|မွေးသက္ကရာဇ်|ဆရာဝန်|အခန်း|စောင့်ချိန်|SMS ပို့မည့်ဖုန်း",
    "mn_MN": "Өрхийн эрүүл мэндийн төв|ДАРААЛЛЫН ТАСАЛБАР|Дугаар|Үйлчлүүлэгч|Карт №|Төрсөн огноо|Эмч|Өрөө|Хүлээх хугацаа|SMS илгээх утас",
    "ne_NP": "सामुदायिक स्वास्थ्य क्लिनिक|टोकन|टोकन नं.|बिरामी|OPD नं.|जन्म मिति|डाक्टर|कोठा|प्रतीक्षा|SMS पठाइने नम्बर",
    "es_PY": "Unidad de Salud Familiar|TICKET DE TURNO|Turno|Paciente|Ficha N°|Fecha de nac.|Médico/a|Consultorio|Espera aprox.|Aviso por SMS al",
    "en_NZ": "Kōwhai Medical Centre|QUEUE TICKET|Number|Patient|Patient ID|DOB|Doctor|Room|Est. wait|We'll text you at",
    "sk_SK": "Ambulancia všeobecného lekára|PORADOVÝ LÍSTOK|Poradie|Pacient|Č. karty|Dátum nar.|Lekár|Ambulancia|Čakanie cca|SMS upozornenie na",
    "hy_AM": "Պոլիկլինիկա N 8|ՀԵՐԹԱԿԱՆ ՏՈՄՍ|Համար|Պացիենտ|Քարտ N|Ծննդյան ամսաթիվ|Բժիշկ|Սենյակ|Սպասում|SMS հեռախոսին",
}


def clinic_queue_ticket(rng, loc):
    d = Doc()
    L = _lab(loc, _Q)
    p, doc = Person(rng, loc), Person(rng, loc)
    dt = {"th_TH": "นพ. " if doc.sex == "m" else "พญ. ", "my_MM": "ဒေါက်တာ ", "mn_MN": "", "ne_NP": "डा. ",
          "hy_AM": "բժ. "}.get(loc, "Dr. " if loc != "sk_SK" else "MUDr. ")
    d.t(f"{L['clinic']}\n*** {L['title']} ***\n{L['q']}: {rng.choice('ABCDEF')}{rng.randint(1, 199):03d}\n")
    d.t(f"{L['name']}: ").t(honor(rng, p) if loc in ("th_TH", "my_MM") else "").v("person", p.full).t("\n")
    d.t(f"{L['hn']}: {X.digits(rng, rng.randint(6, 9))}\n")
    d.t(f"{L['age']}: ").v("dob", p.dob_text(rng)).t("\n")
    if rng.random() < .4:
        lab, val = p.doc_id(rng)
        if loc == "my_MM" and rng.random() < .6:
            val = p.id(rng, native=True)
        d.t(f"{lab}: ").v("national_id", val).t("\n")
    d.t(f"{L['doc']}: {dt}").v("person", doc.full if rng.random() < .5 else doc.f if loc not in ("my_MM", "mn_MN") else doc.short).t(
        f"   {L['room']} {rng.randint(1, 12)}\n{L['wait']}: {rng.randint(5, 90)} min\n")
    if rng.random() < .7:
        d.t(f"{L['sms']} ").v("phone", p.phone(intl=.1, land=0, native=rng.random() < .3)).t("\n")
    d.t(f"{date(rng, loc)} {hm(rng, 7, 17)}   #{X.hexid(rng, 6).upper()}\n")
    return d


# ------------------------------------------------------------------ livestock permit
_LV = {
    "keys": "title|owner|addr|animals|from|to|vet|plate|valid|farm",
    "th_TH": "ใบอนุญาตให้เคลื่อนย้ายสัตว์ (ร.4)|ผู้ขออนุญาต|ที่อยู่|ชนิดสัตว์|ต้นทาง|ปลายทาง|สัตวแพทย์ผู้ตรวจ|ทะเบียนรถ|ใช้ได้ถึง|พิกัดฟาร์ม",
    "ur_PK": "LIVESTOCK MOVEMENT PERMIT — L&DD Department|Owner|Address|Animals|From|To|Veterinary Officer|Vehicle No.|Valid till|Farm GPS",
    "sw_KE": "LIVESTOCK MOVEMENT PERMIT — Directorate of Veterinary Services|Owner|Address|Animals|From|To|Veterinary Officer|Vehicle Reg.|Valid until|Boma GPS",
    "my_MM": "တိရစ္ဆာန်ရွှေ့ပြောင်းခွင့် လက်မှတ်|ပိုင်ရှင်|နေရပ်|တိရစ္ဆာန်|မှ|သို့|တိရစ္ဆာန်ဆေးကုဆရာဝန်|ယာဉ်အမှတ်|သက်တမ်း|ခြံတည်နေရာ",
    "mn_MN": "МАЛ ТЭЭВЭРЛЭХ ЗӨВШӨӨРӨЛ / мал эмнэлгийн гэрчилгээ|Малчин|Хаяг|Малын төрөл|Хаанаас|Хаашаа|Мал эмч|Улсын дугаар|Хүчинтэй|Өвөлжөөний байршил",
    "ne_NP": "पशु ओसारपसार अनुमति पत्र|पशुधनी|ठेगाना|पशु|बाट|सम्म|पशु चिकित्सक|सवारी नं.|मान्य मिति|फार्म GPS",
    "es_PY": "GUÍA DE TRASLADO DE GANADO — SENACSA|Propietario|Domicilio|Animales|Origen|Destino|Médico veterinario|Chapa|Válido hasta|Coordenadas del establecimiento",
    "en_NZ": "NAIT ANIMAL STATUS DECLARATION (ASD)|Person in charge|Address|Animals|From NAIT no.|To|Declared by|Truck rego|Valid for movement on|Farm location",
    "sk_SK": "Sprievodný list zvierat / hlásenie presunu (CEHZ)|Chovateľ|Adresa|Zvieratá|Z chovu|Do|Úradný veterinárny lekár|EČV|Platné do|GPS farmy",
    "hy_AM": "Կենդանիների տեղափոխման թույլտվություն|Սեփականատեր|Հասցե|Կենդանիներ|Որտեղից|Ուր|Անասնաբույժ|Մեքենայի համարանիշ|Վավեր է մինչև|Ֆերմայի կոորդինատներ",
}
_ANIMALS = {
    "th_TH": ["โคเนื้อ {n} ตัว", "กระบือ {n} ตัว", "สุกร {n} ตัว"], "ur_PK": ["Cattle x{n}", "Buffalo x{n}", "Goats x{n}"],
    "sw_KE": ["Cattle (Boran) x{n}", "Goats x{n}", "Camels x{n}"], "my_MM": ["နွား {n} ကောင်", "ကျွဲ {n} ကောင်", "ဆိတ် {n} ကောင်"],
    "mn_MN": ["Адуу {n}", "Үхэр {n}", "Хонь {n}", "Ямаа {n}", "Тэмээ {n}"], "ne_NP": ["भैंसी {n}", "बाख्रा {n}", "गाई {n}"],
    "es_PY": ["Bovinos (Nelore) {n} cab.", "Bovinos (Brahman) {n} cab."], "en_NZ": ["Cattle (Friesian) x{n}", "Deer x{n}", "Dairy heifers x{n}"],
    "sk_SK": ["Hovädzí dobytok {n} ks", "Ovce {n} ks", "Ošípané {n} ks"], "hy_AM": ["Խոշոր եղջերավոր {n}", "Ոչխար {n}"],
}


def livestock_permit(rng, loc):
    d = Doc()
    L = _lab(loc, _LV)
    o, v = Person(rng, loc), Person(rng, loc)
    a = address(rng, loc)
    c2 = city_of(rng, loc)
    d.t(f"{L['title']}\nNo. {rng.choice(['LMP', 'A', 'R4', 'G'])}-{X.digits(rng, 6)}   {LEX[loc]['date']}: {date(rng, loc)}\n\n")
    d.t(f"{L['owner']}: ").t(honor(rng, o)).v("person", o.full).t("\n")
    lab, val = o.doc_id(rng)
    d.t(f"{lab}: ").v("national_id", val).t("\n")
    if loc == "sw_KE" and rng.random() < .5:
        d.t("KRA PIN: ").v("national_id", X.ke_kra(rng)).t("\n")
    d.t(f"{L['addr']}: ").v("address", a.one).t(f"\n{LEX[loc]['phone']}: ").v("phone", o.phone()).t("\n")
    d.t(f"{L['farm']}: ").v("gps", X.gps(rng, a.lat, a.lon)).t("\n")
    an = rng.choice(_ANIMALS[loc]).format(n=rng.randint(2, 60))
    d.t(f"{L['animals']}: {an}\n")
    tags = ", ".join(f"{loc[3:]}{X.digits(rng, 9)}" for _ in range(rng.randint(1, 3)))
    d.t(f"Ear tags / RFID: {tags} …\n")
    d.t(f"{L['from']}: {a.city}   {L['to']}: {c2[0] if loc in NONLATIN else c2[1]}\n")
    plate = {"th_TH": f"{rng.choice(['กข', 'บท', '2ฒ', '3กก'])} {rng.randint(100, 9999)}", "ur_PK": f"LES-{rng.randint(100, 9999)}",
             "sw_KE": f"KD{rng.choice('ABCDEFGH')} {rng.randint(100, 999)}{rng.choice('ABCDEFGHJKLM')}", "my_MM": f"{rng.choice(['YGN', 'MDY', 'SHN'])} {rng.randint(1, 9)}{rng.choice('ABCDEFGH')}/{rng.randint(1000, 9999)}",
             "mn_MN": f"{rng.randint(1000, 9999)} УБ{rng.choice('АБВГ')}", "ne_NP": f"बा {rng.randint(1, 9)} ख {rng.randint(1000, 9999)}",
             "es_PY": f"{rng.choice(['AAB', 'AAC', 'XBC'])} {rng.randint(100, 999)}", "en_NZ": f"{rng.choice(['KTR', 'NZR', 'HMB'])}{rng.randint(100, 999)}",
             "sk_SK": f"{rng.choice(['BA', 'KE', 'PO', 'ZA', 'NR'])}-{rng.randint(100, 999)}{rng.choice('ABCDE')}{rng.choice('KLMNO')}",
             "hy_AM": f"{rng.randint(10, 99)} {rng.choice(['OU', 'SS', 'LL'])} {rng.randint(100, 999)}"}[loc]
    d.t(f"{L['plate']}: {plate}   {L['valid']}: {date(rng, loc)}\n")
    d.t(f"{L['vet']}: ").v("person", v.full).t("   ").v("phone", v.phone(intl=0, land=.3)).t("\n")
    return d


# ------------------------------------------------------------------ police clearance
_PC = {
    "keys": "title|prev|mother|pob|cur|perm|purpose|purpose_v|photo",
    "th_TH": "คำร้องขอหนังสือรับรองความประพฤติ (ตรวจสอบประวัติอาชญากรรม)|ชื่อเดิม|ชื่อมารดา|สถานที่เกิด|ที่อยู่ปัจจุบัน|ภูมิลำเนา|วัตถุประสงค์|ทำงานที่ประเทศญี่ปุ่น|รูปถ่าย 1 นิ้ว",
    "ur_PK": "APPLICATION FOR POLICE CHARACTER CERTIFICATE|Previous name (if any)|Mother's name|Place of birth|Present address|Permanent address|Purpose|Employment in Saudi Arabia|Attach 2 photographs",
    "sw_KE": "APPLICATION FOR CERTIFICATE OF GOOD CONDUCT (DCI)|Other names used|Mother's name|Place of birth|Current address|Permanent home|Purpose|Employment in Qatar|Fingerprints taken: yes",
    "my_MM": "ပြစ်မှုကင်းရှင်းကြောင်း ထောက်ခံချက် လျှောက်လွှာ|ယခင်အမည်|အမိအမည်|မွေးရပ်|လက်ရှိနေရပ်|အမြဲတမ်းနေရပ်|ရည်ရွယ်ချက်|ထိုင်းနိုင်ငံ အလုပ်လုပ်ရန်|ဓာတ်ပုံ ၂ ပုံ",
    "mn_MN": "ЯЛ ШИЙТГЭЛТЭЙ ЭСЭХ ТОДОРХОЙЛОЛТ АВАХ ӨРГӨДӨЛ|Өмнөх нэр|Эхийн нэр|Төрсөн газар|Одоогийн хаяг|Үндсэн хаяг|Зорилго|Солонгос улсад ажиллах|Зураг 3х4",
    "ne_NP": "प्रहरी चारित्रिक प्रमाणपत्रका लागि निवेदन|पहिलेको नाम|आमाको नाम|जन्म स्थान|हालको ठेगाना|स्थायी ठेगाना|प्रयोजन|वैदेशिक रोजगार (मलेसिया)|फोटो २ प्रति",
    "es_PY": "SOLICITUD DE CERTIFICADO DE ANTECEDENTES POLICIALES|Otros nombres|Nombre de la madre|Lugar de nacimiento|Domicilio actual|Domicilio permanente|Motivo|Trabajo en España|Foto carné",
    "en_NZ": "REQUEST FOR A CRIMINAL RECORD CHECK (Ministry of Justice)|Previous names|Mother's full name|Place of birth|Current address|Previous address (last 5 years)|Purpose|Working holiday visa, Canada|Photo ID sighted",
    "sk_SK": "Žiadosť o vydanie výpisu z registra trestov|Predchádzajúce priezvisko|Meno matky|Miesto narodenia|Trvalý pobyt|Prechodný pobyt|Účel|Zamestnanie v Rakúsku|Overenie totožnosti: OP",
    "hy_AM": "Դիմում դատվածության մասին տեղեկանք ստանալու համար|Նախկին ազգանուն|Մոր անունը|Ծննդավայր|Ներկայիս հասցե|Գրանցման հասցե|Նպատակ|Աշխատանք Ռուսաստանում|Լուսանկար 3x4",
}


def _masc(loc, fam):
    """The masculine form of a family name (Slovak -ová names); others unchanged."""
    for masc, _lat, extra in FAMILY[loc]:
        if loc == "sk_SK" and fam == extra:
            return masc
    return fam


def police_clearance_form(rng, loc):
    d = Doc()
    L = _lab(loc, _PC)
    X_ = LEX[loc]
    p = Person(rng, loc)
    fa, mo = Person(rng, loc, "m"), Person(rng, loc, "f")
    if loc not in ("my_MM", "mn_MN", "es_PY"):
        fa.f = p.f if loc != "sk_SK" or p.sex == "m" else fa.f
    a1, a2 = address(rng, loc), address(rng, loc)
    cn, cl, _, _ = city_of(rng, loc)  # noqa: RUF059
    d.t(f"{L['title']}\nRef: {X.digits(rng, 8)}\n\n")
    d.t(f"1. {X_['name']}: ").v("person", p.full).t("\n")
    if loc in NONLATIN:
        d.t("   (in English): ").v("person", p.full_lat.upper()).t("\n")
    if rng.random() < .3:
        prev = Person(rng, loc, p.sex)
        pv = prev.full if loc in ("my_MM", "mn_MN") else (prev.g if loc in ("th_TH", "ur_PK", "ne_NP") else prev.f)
        d.t(f"2. {L['prev']}: ").v("person", pv).t("\n")
        if pv == prev.f and p.sex == "f" and loc in ("sw_KE", "en_NZ", "sk_SK", "hy_AM"):
            fa.f = _masc(loc, prev.f)  # a woman's former surname is her father's
    elif loc == "sk_SK" and p.sex == "f":
        fa.f = _masc(loc, p.f)
    d.t(f"3. {X_['father']}: ").v("person", fa.full).t(f"\n4. {L['mother']}: ").v("person", mo.full).t("\n")
    d.t(f"5. {X_['dob']}: ").v("dob", p.dob_text(rng)).t(f"   {L['pob']}: {cn}\n")
    d.t(f"6. {X_['id']}: ").v("national_id", p.id()).t("\n")
    if rng.random() < .6:
        pp = {"th_TH": X.th_passport, "ur_PK": X.pk_passport, "hy_AM": X.am_passport}.get(loc)
        if pp:
            d.t(f"7. {X_['passport']}: ").v("national_id", pp(rng)).t("\n")
        elif loc == "en_NZ":
            d.t("7. Driver licence: ").v("national_id", X.nz_dl(rng)).t(f"  version {rng.randint(100, 999)}\n")
        elif loc == "sk_SK":
            d.t("7. Číslo OP: ").v("national_id", X.sk_op(rng)).t("\n")
        elif loc == "ne_NP":
            d.t("7. राष्ट्रिय परिचयपत्र नं. (NIN): ").v("national_id", X.np_nid(rng)).t("\n")
        elif loc == "es_PY":
            d.t("7. RUC: ").v("national_id", X.py_ruc_of(X.py_ci(rng, dotted=False))).t("\n")
        elif loc == "sw_KE":
            d.t("7. KRA PIN: ").v("national_id", X.ke_kra(rng)).t("\n")
    d.t(f"8. {L['cur']}:\n")
    for ln in a1.lines:
        d.t("   ").v("address", ln).t("\n")
    d.t(f"9. {L['perm']}: ").v("address", a2.one).t("\n")
    d.t(f"10. {X_['mobile']}: ").v("phone", p.phone(land=0)).t(f"   {X_['email']}: ").v("email", p.email()).t("\n")
    d.t(f"11. {L['purpose']}: {L['purpose_v']}\n12. {L['photo']}\n\n{X_['sig']}: ____________   {X_['date']}: {date(rng, loc)}\n")
    return d


# ------------------------------------------------------------------ bus passenger list
_BUS = {
    "keys": "title|route|dep|plate|driver|cols",
    "th_TH": "บริษัท ขนส่ง จำกัด — รายชื่อผู้โดยสาร|กรุงเทพฯ (หมอชิต 2) - เชียงใหม่|ออกเดินทาง|ทะเบียนรถ|พนักงานขับรถ|ที่นั่ง|ชื่อ-สกุล|เลขบัตรประชาชน|โทร|ขึ้นที่",
    "ur_PK": "Daewoo Express — Passenger Manifest|Lahore - Islamabad|Departure|Bus No.|Driver|Seat|Name|CNIC|Mobile|Boarding",
    "sw_KE": "Orodha ya Abiria — Modern Coast|Nairobi - Mombasa|Kuondoka|Namba ya basi|Dereva|Kiti|Jina|ID No.|Simu|Kupanda",
    "my_MM": "JJ Express — ခရီးသည်စာရင်း|ရန်ကုန် - မန္တလေး|ထွက်ခွာချိန်|ယာဉ်အမှတ်|ယာဉ်မောင်း|ခုံ|အမည်|မှတ်ပုံတင်|ဖုန်း|တက်မည့်နေရာ",
    "mn_MN": "Зорчигчдын жагсаалт — Драгон төв|Улаанбаатар - Эрдэнэт|Хөдлөх цаг|Улсын дугаар|Жолооч|Суудал|Нэр|Регистр|Утас|Суух газар",
    "ne_NP": "यात्रु विवरण — Sajha Yatayat|Kathmandu - Pokhara|प्रस्थान|सवारी नं.|चालक|सिट|नाम|नागरिकता नं.|मोबाइल|चढ्ने ठाउँ",
    "es_PY": "Lista de pasajeros — NSA|Asunción - Ciudad del Este|Salida|Chapa|Conductor|Asiento|Nombre|C.I.|Celular|Sube en",
    "en_NZ": "InterCity — Passenger manifest|Auckland - Wellington|Departs|Coach|Driver|Seat|Name|Ticket|Mobile|Board at",
    "sk_SK": "Zoznam cestujúcich — zájazd|Bratislava - Chorvátsko|Odchod|EČV|Vodič|Miesto|Meno|Číslo OP|Telefón|Nástup",
    "hy_AM": "Ուղևորների ցուցակ — Երևան-Թբիլիսի|Երևան - Թբիլիսի|Մեկնում|Համարանիշ|Վարորդ|Նստ.|Անուն|Անձնագիր|Հեռ.|Նստելու վայր",
}
_BOARD = {
    "th_TH": ["หมอชิต 2", "รังสิต", "อยุธยา"], "ur_PK": ["Thokar", "Kalma Chowk", "Faizabad"], "sw_KE": ["Nairobi CBD", "Mlolongo", "Voi"],
    "my_MM": ["အောင်မင်္ဂလာ", "ဒဂုံဧရာ"], "mn_MN": ["Драгон төв", "Баянгол"], "ne_NP": ["Gongabu", "Kalanki", "Naubise"],
    "es_PY": ["Terminal Asunción", "San Lorenzo", "Caacupé"], "en_NZ": ["Sky City", "Manukau", "Hamilton Transport Centre"],
    "sk_SK": ["Mlynské nivy", "Senec", "Trnava"], "hy_AM": ["Կիլիկիա կայարան", "Աբովյան"],
}


def bus_passenger_list(rng, loc):
    d = Doc()
    parts = _BUS[loc].split("|")
    title, route, dep, plate, drv_l = parts[:5]
    cols = parts[5:]
    drv = Person(rng, loc, "m")
    d.t(f"{title}\n{route}   {dep}: {date(rng, loc)} {hm(rng)}   {plate}: {rng.randint(10, 99)}-{rng.randint(1000, 9999)}\n")
    d.t(f"{drv_l}: ").v("person", drv.full).t(" ").v("phone", drv.phone(intl=0)).t("\n\n")
    d.t(" | ".join(cols) + "\n")
    seats = rng.sample(range(1, 45), rng.randint(5, 10))
    for s in sorted(seats):
        p = Person(rng, loc)
        d.t(f"{s:>2} | ").v("person", p.full if rng.random() < .8 else p.full_lat.upper()).t(" | ")
        if loc == "en_NZ":
            d.t(f"IC{X.digits(rng, 8)}")
        elif rng.random() < .85:
            d.v("national_id", p.id() if loc != "sk_SK" else X.sk_op(rng))
        else:
            d.t("-")
        d.t(" | ")
        if rng.random() < .75:
            d.v("phone", p.phone(intl=.05, land=0))
        else:
            d.t("-")
        d.t(f" | {rng.choice(_BOARD[loc])}\n")
    d.t(f"\n{LEX[loc]['total']}: {len(seats)}\n")
    return d


# ------------------------------------------------------------------ SIM swap request
_SIM = {
    "keys": "op|title|cust|msisdn|reason|reason_v|old|new|imsi|agent|store|verify",
    "th_TH": "AIS|แบบฟอร์มขอเปลี่ยนซิมการ์ด (ซิมหาย/ชำรุด)|ชื่อผู้จดทะเบียน|หมายเลขโทรศัพท์|เหตุผล|ซิมหาย|ICCID เดิม|ICCID ใหม่|IMSI|พนักงาน|สาขา|ยืนยันตัวตนด้วยบัตรประชาชนตัวจริง",
    "ur_PK": "Jazz|SIM REPLACEMENT / DUPLICATE SIM FORM|Customer name|MSISDN|Reason|Lost SIM|Old ICCID|New ICCID|IMSI|Franchise agent|Franchise|Biometric verification (BVS): PASSED",
    "sw_KE": "Safaricom|SIM SWAP REQUEST|Customer name|MSISDN|Reason|SIM damaged|Old SIM serial|New SIM serial|IMSI|Agent|Shop|M-PESA frozen for 24 hours after swap",
    "my_MM": "ATOM|ဆင်းမ်ကတ် အစားထိုး လျှောက်လွှာ|အမည်|ဖုန်းနံပါတ်|အကြောင်းရင်း|ဆင်းမ်ပျောက်|ICCID ဟောင်း|ICCID အသစ်|IMSI|ဝန်ထမ်း|ဆိုင်|မှတ်ပုံတင် မူရင်း စစ်ဆေးပြီး",
    "mn_MN": "Юнител|SIM карт солих хүсэлт|Хэрэглэгчийн нэр|Дугаар|Шалтгаан|Гээсэн|Хуучин ICCID|Шинэ ICCID|IMSI|Ажилтан|Салбар|Иргэний үнэмлэх шалгасан",
    "ne_NP": "Ncell|SIM बदल्ने निवेदन|ग्राहकको नाम|मोबाइल नं.|कारण|SIM हराएको|पुरानो ICCID|नयाँ ICCID|IMSI|कर्मचारी|केन्द्र|नागरिकता प्रमाणपत्र रुजु गरियो",
    "es_PY": "Tigo|SOLICITUD DE REPOSICIÓN DE CHIP|Titular|Línea|Motivo|Robo de celular|ICCID anterior|ICCID nuevo|IMSI|Asesor|Sucursal|Validación biométrica: OK",
    "en_NZ": "One NZ|SIM SWAP / REPLACEMENT REQUEST|Account holder|Mobile number|Reason|Moving to eSIM|Old SIM|New SIM/eID|IMSI|Staff|Store|ID sighted: NZ driver licence",
    "sk_SK": "Orange Slovensko|Žiadosť o výmenu SIM karty|Meno účastníka|Telefónne číslo|Dôvod|Strata SIM|Pôvodná SIM (ICCID)|Nová SIM (ICCID)|IMSI|Predajca|Predajňa|Totožnosť overená z OP",
    "hy_AM": "Team Telecom|SIM քարտի փոխարինման դիմում|Բաժանորդ|Հեռախոսահամար|Պատճառ|Կորուստ|Հին ICCID|Նոր ICCID|IMSI|Աշխատակից|Սրահ|Անձը հաստատված է անձնագրով",
}
_MCC = {"th_TH": "52003", "ur_PK": "41001", "sw_KE": "63902", "my_MM": "41409", "mn_MN": "42899", "ne_NP": "42902",
        "es_PY": "74404", "en_NZ": "53001", "sk_SK": "23101", "hy_AM": "28301"}
_ICC = {"th_TH": "8966", "ur_PK": "8992", "sw_KE": "89254", "my_MM": "8995", "mn_MN": "89976", "ne_NP": "89977",
        "es_PY": "89595", "en_NZ": "8964", "sk_SK": "89421", "hy_AM": "89374"}


def sim_swap_request(rng, loc):
    d = Doc()
    L = _lab(loc, _SIM)
    X_ = LEX[loc]
    p, ag = Person(rng, loc), Person(rng, loc)
    icc = lambda: _ICC[loc] + X.digits(rng, 19 - len(_ICC[loc]))  # noqa: E731
    d.t(f"{L['op']} — {L['title']}\n{X_['date']}: {date(rng, loc)} {hm(rng, 9, 20)}   Ticket #{X.digits(rng, 9)}\n\n")
    d.t(f"{L['cust']}: ").t(honor(rng, p)).v("person", p.full).t("\n")
    d.t(f"{L['msisdn']}: ").v("phone", p.phone(intl=(rng.random() < .4 and 1.0) or 0.0, land=0)).t("\n")
    lab, val = p.doc_id(rng)
    d.t(f"{lab}: ").v("national_id", val).t("\n")
    d.t(f"{X_['dob']}: ").v("dob", p.dob_text(rng)).t("\n")
    if rng.random() < .5:
        d.t(f"{X_['addr']}: ").v("address", address(rng, loc).one).t("\n")
    if rng.random() < .4:
        d.t(f"{X_['email']}: ").v("email", p.email()).t("\n")
    if rng.random() < .35:
        d.t("Alt. contact: ").v("phone", Person(rng, loc).phone()).t("\n")
    d.t(f"{L['reason']}: {L['reason_v']}\n{L['old']}: {icc()}\n{L['new']}: {icc()}\n{L['imsi']}: {_MCC[loc]}{X.digits(rng, 10)}\n")
    d.t(f"IMEI: {X.digits(rng, 15)}\n")
    d.t(f"{L['verify']}\n{L['agent']}: ").v("person", ag.short if rng.random() < .5 else ag.full).t(
        f" (ID {rng.randint(1000, 9999)})   {L['store']}: {rng.choice(['Central', 'Mall', 'Plaza', 'Airport'])}\n")
    d.t(f"{X_['sig']}: ____________\n")
    return d


FORMS = {"wedding_guest_book": wedding_guest_book, "clinic_queue_ticket": clinic_queue_ticket,
         "livestock_permit": livestock_permit, "police_clearance_form": police_clearance_form,
         "bus_passenger_list": bus_passenger_list, "sim_swap_request": sim_swap_request}
