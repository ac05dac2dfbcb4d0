# ruff: noqa: RUF001  (hand-written Cyrillic text is intended)
"""Community and civic styles for v9b: church membership card, funeral contribution list, water
board bill, market stall licence, vaccination card, driving school register, hostel check-in
book, alumni directory, volunteer roster, SACCO loan book, parcel locker notice, player licence."""
from __future__ import annotations

import _v9b_names as N
import _v9b_values as V
from _v9b_styles_docs import CUR, SCALE, SEP, amt, cur_amt
from _v9b_text import (
    B,
    add_address,
    ascii_fold,
    money,
    pe,
    render,
    rom_be,
    rom_mk,
    rom_ru,
    ru_fem,
    uz_cyr,
)


def _nm(ctx, p):
    return p.official() if ctx.lang in ("ru", "be", "uzc") or (ctx.lang == "uz" and ctx.rng.random() < 0.5) else p.full()


def _given(p):
    g = p.given.split(" ")
    return g[-1] if "." in p.given else g[0]


# ------------------------------------------------------------------ church membership card
# Given names that a parish's own member or priest would not carry: Muslim names in Sri Lanka,
# Uganda and Mozambique (Senegal's parishioners are drawn from their own pools below), Albanian names at a Macedonian Orthodox church, Uzbek names at
# the Russian Orthodox cathedral in Tashkent (there the pools' Russian names are required).
_NOT_CHURCH = {"si_LK": set(N.LK_MU_GIVEN_M + N.LK_MU_GIVEN_F), "mk_MK": set(N.MK_SQ_GIVEN_M + N.MK_SQ_GIVEN_F),
               "en_UG": {"Hassan", "Ismail", "Hakim", "Sulaiman", "Yusuf", "Sharifah", "Aisha", "Rehema", "Zaitun"},
               "pt_MZ": {"Momade", "Ussene", "Rachide", "Fátima", "Zaida"}}


def _church_person(ctx, **kw):
    if ctx.loc == "fr_SN":  # Senegal's Catholics: Christian given names, mostly Serer, Diola and Manjak families
        q = ctx.person(**kw)
        g = ctx.rng.choice(N.SN_CATHOLIC_F if q.female else N.SN_CATHOLIC_M)
        f = ctx.rng.choice(N.SN_CATHOLIC_FAMILY)
        q.given, q.family, q.rg, q.rf = g, f, g, f
        return q
    for _ in range(30):
        q = ctx.person(**kw)
        if ctx.loc == "uz_UZ":
            ok = q.given in N.RU_GIVEN_M + N.RU_GIVEN_F
        else:
            ok = not set(q.given.split(" ")) & _NOT_CHURCH.get(ctx.loc, set()) and q.given not in _NOT_CHURCH.get(ctx.loc, set())
        if ok:
            return q
    return q


def church_member_card(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    if loc == "uz_UZ":
        ctx.lang = "ru"
    p = _church_person(ctx, dob=V.rand_date(rng, 1950, 2000))
    sp = _church_person(ctx, female=not p.female, dob=V.rand_date(rng, 1950, 2000))
    parish = {"si_LK": "St. Anthony's Church, Kochchikade", "uz_UZ": "Свято-Успенский кафедральный собор, Ташкент",
              "lv_LV": "Rīgas Sv. Jāņa evaņģēliski luteriskā draudze", "be_BY": "Парафія Святога Роха, Мінск" if ctx.lang == "be" else "Свято-Духов кафедральный собор, Минск",
              "mk_MK": "Црква Св. Климент Охридски, Скопје", "fr_SN": "Paroisse Saint-Joseph de Médina, Dakar",
              "es_DO": "Parroquia Nuestra Señora de la Altagracia, Higüey", "en_UG": "St. Paul's Cathedral Namirembe",
              "lo_LA": "ຄຣິສຕະຈັກ ຂ່າວປະເສີດ ນະຄອນຫຼວງ", "pt_MZ": "Paróquia de São José de Lhanguene, Maputo"}[loc]
    head = t(en="PARISH MEMBERSHIP CARD", si="දේවස්ථාන සාමාජික කාඩ්පත", ru="КАРТОЧКА ПРИХОЖАНИНА", be="КАРТКА ПАРАФІЯНІНА",
             lv="DRAUDZES LOCEKĻA KARTE", mk="ЧЛЕНСКА КАРТА НА ПАРОХИСКА ЗАЕДНИЦА", fr="CARTE DE MEMBRE PAROISSIAL",
             es="CARNÉ DE FELIGRÉS", pt="CARTÃO DE MEMBRO DA PARÓQUIA", lo="ບັດສະມາຊິກຄຣິສຕະຈັກ", uz="JAMOA A'ZOLIK KARTASI")
    bapt = t(en="Baptised", si="බව්තීස්ම වූ දිනය", ru="Крещение", be="Хрышчэнне", lv="Kristīts", mk="Крстен", fr="Baptême",
             es="Bautizo", pt="Baptismo", lo="ວັນຮັບບັບຕິສະມາ", uz="Suvga cho'mdirilgan")
    spw = t(en="Spouse", si="කලත්‍රයා", ru="Супруг(а)", be="Муж/жонка", lv="Laulātais", mk="Брачен другар", fr="Conjoint(e)",
            es="Cónyuge", pt="Cônjuge", lo="ຄູ່ສົມລົດ", uz="Turmush o'rtog'i")
    ch = t(en="Children", si="දරුවන්", ru="Дети", be="Дзеці", lv="Bērni", mk="Деца", fr="Enfants", es="Hijos", pt="Filhos", lo="ລູກ", uz="Farzandlari")
    addr, _ = ctx.address(1)
    b(f"{parish}\n{head}  {ctx.L('no')} {rng.randrange(100, 9999)}\n\n{ctx.L('name')}: ", pe(_nm(ctx, p)), "\n")
    b(f"{ctx.L('dob')}: ", ("dob", ctx.date(p.dob)), f"    {bapt}: {ctx.date(V._dt.date.fromordinal(p.dob.toordinal() + rng.randrange(20, 400)))}\n")
    b(f"{ctx.L('address')}: ", ("address", addr[0]), f"\n{ctx.L('phone')}: ", ("phone", ctx.phone()), "\n")
    b(f"{spw}: ", pe(_nm(ctx, sp)), "\n")
    kids = rng.randrange(0, 4)
    if kids:
        b(f"{ch}:\n")
        born = []
        for _ in range(kids):
            k = _church_person(ctx, dob=V.rand_date(rng, max(p.dob.year + 20, 1975), 2020))
            if any(abs(k.dob.toordinal() - o) < 330 for o in born):  # siblings are not born weeks apart
                continue
            born.append(k.dob.toordinal())
            b("  - ", pe(_given(k)), " (", ("dob", ctx.date(k.dob)), ")\n")
    priest = _church_person(ctx, female=False)
    b(f"\n{t(en='Parish priest', si='පූජකතුමා', ru='Настоятель', be='Пробашч', lv='Mācītājs', mk='Парох', fr='Le curé', es='Párroco', pt='O pároco', lo='ສິດຍາພິບານ', uz='Ruhoniy')}: ",
      t(en="Rev. Fr. ", si="අති පූජ්‍ය ", ru="прот. ", be="кс. ", lv="", mk="о. ", fr="Abbé ", es="Pbro. ", pt="Pe. ", lo="", uz=""), pe(priest.full()))
    return b


# ------------------------------------------------------------------ funeral contributions
_FUN = {
    "en": ("Contributions towards the burial of the late {DEC} (father of {REL})", "Send to {TR} on {PHONE} (MoMo). May the soul rest in peace."),
    "si": ("{DEC} මහතාගේ අවමංගල්‍ය කටයුතු සඳහා ආධාර ලැයිස්තුව", "මුදල් {TR} ට {PHONE} අංකයට එවන්න. නිවන් සුව ලැබේවා."),
    "fr": ("Cotisations pour les funérailles de feu {DEC} (père de {REL})", "Envoyer par Wave ou Orange Money à {TR} au {PHONE}. Qu'Allah l'accueille dans Son paradis."),
    "es": ("Colecta para los gastos del velorio de {DEC} (papá de {REL})", "Depósitos a {TR}, {PHONE}. Que descanse en paz."),
    "pt": ("Contribuições para o funeral do malogrado {DEC} (pai de {REL})", "Enviar por M-Pesa para {TR}: {PHONE}. Paz à sua alma."),
    "ru": ("Сбор на похороны {DEC} (отец {REL})", "Переводить {TR}, тел. {PHONE}. Светлая память."),
    "be": ("Збор на пахаванне {DEC} (бацька {REL})", "Пераводзіць {TR}, тэл. {PHONE}. Светлая памяць."),
    "lv": ("Ziedojumi bērēm — {DEC} (tēvs {REL})", "Pārskaitīt {TR}, tālr. {PHONE}. Gaišu piemiņu."),
    "mk": ("Прилози за погребот на починиот {DEC} (татко на {REL})", "Уплати кај {TR}, тел. {PHONE}. Бог да му ја прости душата."),
    "uz": ("Marhum {DEC} ({REL}ning otasi) ta'ziyasi uchun yig'ilgan mablag'", "Pul {TR}ga {PHONE} raqamiga o'tkazilsin (Click/Payme)."),
    "lo": ("ລາຍຊື່ຜູ້ປະກອບສ່ວນງານສົບ ພໍ່{DEC} (ພໍ່ຂອງ{REL})", "ໂອນເງິນໃຫ້{TR} ເບີ {PHONE}. ຂໍໃຫ້ດວງວິນຍານໄປສູ່ສຸຄະຕິ."),
}


def funeral_contributions(ctx) -> B:
    rng, b, loc = ctx.rng, B(), ctx.loc
    if loc in ("be_BY",) and ctx.lang == "be" and rng.random() < 0.3:
        ctx.lang = "ru"
    lg = "uz" if ctx.lang == "uzc" else ctx.lang
    head, foot = _FUN[lg]
    dec = ctx.person(female=False, dob=V.rand_date(rng, 1935, 1960))
    rel, tr = ctx.person(), ctx.person()
    render(b, head + "\n\n", {"DEC": pe(dec.full()), "REL": pe(_given(rel))})
    tot = 0
    for i in range(rng.randrange(5, 11)):
        q = ctx.person()
        a = rng.randrange(1, 20) * SCALE[loc] * (5 if loc in ("en_UG", "lo_LA") else 1)
        tot += a
        nm = q.full() if rng.random() < 0.6 else _given(q)
        if rng.random() < 0.25 and q.script == "latin":
            nm = nm.lower()
        b(f"{i + 1}. ", pe(nm), f" — {a:,}".replace(",", SEP[loc]))
        if rng.random() < 0.3:
            b(" (", ("phone", ctx.phone(True)), ")")
        b(f" {'✅' if rng.random() < 0.7 else '⏳'}\n")
    b(f"\n{ctx.L('total')}: {cur_amt(ctx, f'{tot:,}'.replace(',', SEP[loc]))}\n")
    render(b, foot, {"TR": pe(_given(tr)), "PHONE": ("phone", ctx.phone(True))})
    return b


# ------------------------------------------------------------------ water board bill
_WATER = {"si_LK": "NATIONAL WATER SUPPLY & DRAINAGE BOARD", "uz_UZ": "«SUVSOZ» AJ — Toshkent shahar filiali",
          "lv_LV": "SIA “Rīgas ūdens”", "be_BY": "УП «Минскводоканал»", "mk_MK": "ЈП Водовод и канализација — Скопје",
          "fr_SN": "SEN'EAU — Facture d'eau", "es_DO": "CAASD — Corporación del Acueducto y Alcantarillado de Santo Domingo",
          "en_UG": "NATIONAL WATER AND SEWERAGE CORPORATION", "lo_LA": "ລັດວິສາຫະກິດນ້ຳປະປາ ນະຄອນຫຼວງວຽງຈັນ",
          "pt_MZ": "ÁGUAS DA REGIÃO DE MAPUTO, SA"}


def water_board_bill(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    p = ctx.person()
    addr, _ = ctx.address(2)
    d = ctx.some_date(2024, 2025)
    prev = rng.randrange(100, 3000)
    use = rng.randrange(5, 60)
    head = _WATER[loc] + "\n" + t(en="WATER BILL", si="ජල බිල්පත", uz="Suv uchun hisob-varaq", ru="Счёт за водоснабжение", be="Рахунак за водазабеспячэнне",
                                   lv="Rēķins par ūdensapgādi", mk="Сметка за вода", fr="Facture", es="Factura de agua", pt="Factura de água", lo="ໃບເກັບເງິນຄ່ານ້ຳປະປາ")
    b(head, "\n\n", f"{t(en='Account No.', si='ගිණුම් අංකය', uz='Abonent raqami', ru='Лицевой счёт', be='Асабовы рахунак', lv='Klienta Nr.', mk='Шифра на корисник', fr='Référence client', es='NIC / Contrato', pt='N.º de cliente', lo='ເລກລູກຄ້າ')}: {V.digits(rng, 9)}\n")
    b(f"{ctx.L('name')}: ", pe(_nm(ctx, p)), f"\n{t(en='Service address', si='සේවා ලිපිනය', uz='Manzil', ru='Адрес', be='Адрас', lv='Objekta adrese', mk='Адреса на мерното место', fr='Adresse de branchement', es='Dirección del servicio', pt='Local de consumo', lo='ທີ່ຢູ່')}:\n  ")
    add_address(b, addr, "\n  ")
    b(f"\n{t(en='Meter No.', si='මීටර් අංකය', uz='Hisoblagich', ru='Счётчик №', be='Лічыльнік №', lv='Skaitītāja Nr.', mk='Водомер бр.', fr='Compteur n°', es='Medidor No.', pt='Contador n.º', lo='ເລກໝໍ້ນ້ຳ')} {rng.choice(['WM', 'A', 'K'])}{V.digits(rng, 7)}   "
      f"{t(en='Readings', si='කියවීම්', uz='Ko’rsatkichlar', ru='Показания', be='Паказанні', lv='Rādījumi', mk='Состојба', fr='Index', es='Lecturas', pt='Leituras', lo='ຕົວເລກ')}: {prev} → {prev + use} ({use} m³)\n")
    b(f"{ctx.L('amount')}: {money(rng, 5 * SCALE[loc], 60 * SCALE[loc], max(1, SCALE[loc] // 10), SEP[loc])} {CUR[loc]}    "
      f"{t(en='Due date', si='ගෙවිය යුතු දිනය', uz='To’lov muddati', ru='Оплатить до', be='Аплаціць да', lv='Apmaksāt līdz', mk='Рок за плаќање', fr='Date limite', es='Fecha límite', pt='Data limite', lo='ກຳນົດຈ່າຍ')}: {ctx.date(d)}\n")
    if rng.random() < 0.6:
        b(f"{t(en='E-bill sent to', si='ඊ-බිල්පත යවන ලිපිනය', uz='Elektron hisob', ru='Электронный счёт', be='Электронны рахунак', lv='E-rēķins', mk='Е-сметка', fr='Facture envoyée à', es='Factura enviada a', pt='Factura enviada para', lo='ສົ່ງໃບບິນໄປທີ່')}: ", ("email", ctx.email(p)), "\n")
    b(f"{ctx.L('mobile')}: ", ("phone", ctx.phone(True)), "\n")
    if rng.random() < 0.5:
        b(f"{t(en='Last payment by card', fr='Dernier paiement par carte', es='Último pago con tarjeta', pt='Último pagamento com cartão', lv='Pēdējais maksājums ar karti', ru='Последняя оплата картой', be='Апошняя аплата карткай', mk='Последно плаќање со картичка', uz='Oxirgi to’lov karta orqali', lo='ຈ່າຍຄັ້ງລ່າສຸດດ້ວຍບັດ', si='අවසන් ගෙවීම කාඩ්පතෙන්')} **** {V.digits(rng, 4)}\n")
    if loc in ("lv_LV", "mk_MK", "be_BY"):
        b(f"{ctx.L('account')}: ", ("iban", V.iban(rng, {"lv_LV": "LV", "mk_MK": "MK", "be_BY": "BY"}[loc])), f" ({_WATER[loc]})")
    return b


# ------------------------------------------------------------------ market stall licence
_MARKET = {"si_LK": "Manning Market, Peliyagoda", "uz_UZ": "Chorsu bozori", "lv_LV": "Rīgas Centrāltirgus", "be_BY": "Комаровский рынок",
           "mk_MK": "Бит Пазар, Скопје", "fr_SN": "Marché Sandaga, Dakar", "es_DO": "Mercado Nuevo de la Duarte", "en_UG": "Owino (St. Balikuddembe) Market",
           "lo_LA": "ຕະຫຼາດເຊົ້າ", "pt_MZ": "Mercado Xipamanine"}
_MARKET_GPS = {"si_LK": (6.9650, 79.8880), "uz_UZ": (41.3263, 69.2350), "lv_LV": (56.9440, 24.1150), "be_BY": (53.9120, 27.5780),
               "mk_MK": (42.0020, 21.4360), "fr_SN": (14.6720, -17.4380), "es_DO": (18.4880, -69.9100), "en_UG": (0.3100, 32.5760),
               "lo_LA": (17.9650, 102.6130), "pt_MZ": (-25.9390, 32.5560)}


def market_stall_licence(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    p = ctx.person()
    head = t(en="MARKET STALL LICENCE", si="වෙළඳ කුටි බලපත්‍රය", uz="Savdo joyi uchun ruxsatnoma", ru="РАЗРЕШЕНИЕ на торговое место", be="ДАЗВОЛ на гандлёвае месца",
             lv="Tirdzniecības vietas atļauja", mk="ДОЗВОЛА за продажно место", fr="AUTORISATION D'OCCUPATION D'UNE CANTINE", es="LICENCIA DE PUESTO DE MERCADO",
             pt="LICENÇA DE BANCA NO MERCADO", lo="ໃບອະນຸຍາດຈັບຈອງແຜງຂາຍເຄື່ອງ")
    auth = {"si_LK": "Colombo Municipal Council", "uz_UZ": "Toshkent shahar hokimligi", "lv_LV": "Rīgas valstspilsētas pašvaldība",
            "be_BY": "Мингорисполком", "mk_MK": "Општина Чаир", "fr_SN": "Ville de Dakar — Direction des Marchés", "es_DO": "Ayuntamiento del Distrito Nacional",
            "en_UG": "Kampala Capital City Authority (KCCA)", "lo_LA": "ຫ້ອງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ", "pt_MZ": "Conselho Municipal de Maputo"}[loc]
    b(f"{auth}\n{head}\n{ctx.L('no')} {rng.choice(['ML', 'TL', 'KC'])}/{rng.randrange(1000, 9999)}/{rng.randrange(2023, 2026)}\n\n")
    b(f"{ctx.L('name')}: ", pe(_nm(ctx, p)), f"\n{ctx.L('dob')}: ", ("dob", ctx.date(p.dob)), "\n")
    b(f"{ctx.nid_word()}: ", ("national_id", ctx.nid(p)), "\n")
    addr, _ = ctx.address(1)
    b(f"{ctx.L('address')}: ", ("address", addr[0]), f"\n{ctx.L('phone')}: ", ("phone", ctx.phone(True)), "\n")
    goods = t(en=rng.choice(["vegetables", "dried fish", "second-hand clothes", "mobile accessories"]),
              si=rng.choice(["එළවළු", "කරවල", "පලතුරු"]), uz=rng.choice(["ziravorlar", "quruq mevalar", "non"]),
              ru=rng.choice(["овощи", "сухофрукты", "хозтовары"]), be=rng.choice(["гародніна", "мёд", "хатнія тавары"]),
              lv=rng.choice(["dārzeņi", "medus", "zivis"]), mk=rng.choice(["зеленчук", "сирење", "текстил"]),
              fr=rng.choice(["tissus", "légumes", "poisson fumé"]), es=rng.choice(["víveres", "frutas", "ropa"]),
              pt=rng.choice(["capulanas", "hortícolas", "peixe seco"]), lo=rng.choice(["ຜັກ", "ຜ້າຊິ້ນ", "ເຄື່ອງໃຊ້"]))
    b(f"{t(en='Market', si='වෙළඳපොළ', uz='Bozor', ru='Рынок', be='Рынак', lv='Tirgus', mk='Пазар', fr='Marché', es='Mercado', pt='Mercado', lo='ຕະຫຼາດ')}: {_MARKET[loc]}, "
      f"{t(en='stall', si='කුටිය', uz='rasta', ru='место', be='месца', lv='vieta', mk='тезга', fr='cantine', es='puesto', pt='banca', lo='ແຜງ')} {rng.choice('ABCDEFGH')}-{rng.randrange(1, 300)} ({goods})\n")
    if rng.random() < 0.6:
        la, lo = _MARKET_GPS[loc]
        b("GPS: ", ("gps", V.gps(rng, la, lo, rng.choice([0, 1]))), "\n")
    d = ctx.some_date(2024, 2025)
    b(f"{ctx.L('issued')}: {ctx.date(d)}   {ctx.L('expires')}: {ctx.date(V.rand_date(rng, d.year + 1, d.year + 1))}\n"
      f"{ctx.L('amount')}: {cur_amt(ctx, amt(ctx, 10, 300))} ({ctx.L('paid')})\n")
    off = ctx.person()
    b(f"{ctx.L('signature')}: ", pe(off.full()))
    return b


# ------------------------------------------------------------------ vaccination card
_VAX = ["BCG", "OPV0", "HepB0", "Penta1", "OPV1", "PCV1", "Rota1", "Penta2", "OPV2", "PCV2", "Penta3", "IPV", "MR1", "YF", "MR2"]


def _community(ctx, p) -> tuple:
    """Which of the locale's naming traditions a person's name comes from (a child and the father
    who passes on the family name share one), with the script it is written in."""
    loc = ctx.loc
    if loc == "si_LK":
        from _v9b_styles_docs import _lk_community
        return (_lk_community(p), p.script)
    if loc == "uz_UZ":
        ru = set(N.RU_GIVEN_M + N.RU_GIVEN_F)
        return (p.given in ru or p.given in {rom_ru(g) for g in ru}, p.script)
    if loc == "mk_MK":
        return (p.given in N.MK_SQ_GIVEN_M + N.MK_SQ_GIVEN_F, p.script)
    return (p.script,)


def _pairs(pool):
    return {m: f for m, f in pool}


def _child_family(ctx, dad, mom, female: bool) -> tuple[str, str]:
    """The family name (native form, romanised form) a child takes from the father (Dominican
    children: father's first surname + mother's first surname); feminine forms where the language
    has them."""
    loc, f, rf = ctx.loc, dad.family, dad.rf
    if loc == "es_DO":
        def first(x):
            return next((s for s in N.DO_FAMILY if x == s or x.startswith(s + " ")), x.split(" ")[0])
        f = rf = f"{first(dad.family)} {first(mom.family)}"
    if not female:
        return f, rf
    if loc == "lv_LV":
        return _pairs(N.LV_FAMILY).get(f, f), ascii_fold(_pairs(N.LV_FAMILY).get(f, f))
    if loc == "be_BY":
        be = _pairs(N.BE_FAMILY).get(f)
        return (be, rom_be(be)) if be else (ru_fem(f, True), rom_ru(ru_fem(f, True)))
    if loc == "mk_MK":
        mk = _pairs(N.MK_FAMILY).get(f)
        return (mk, rom_mk(mk)) if mk else (f, rf)
    if loc == "uz_UZ":
        if f.endswith(("ii", "iy")):
            f = f[:-2] + "aya"
        elif f.endswith(("ov", "ev", "in")):
            f += "a"
        else:
            f = ru_fem(f, True)
        if rf.endswith(("ov", "ev", "in")):
            rf += "a"
        return f, rf
    return f, rf


_PATR_FATHER = {"Александрович": "Александр", "Сергеевич": "Сергей", "Николаевич": "Николай", "Владимирович": "Владимир",
                "Иванович": "Иван", "Петрович": "Пётр", "Михайлович": "Михаил", "Викторович": "Виктор",
                "Анатольевич": "Анатолий", "Геннадьевич": "Геннадий", "Аляксандравіч": "Аляксандр", "Сяргеевіч": "Сяргей",
                "Мікалаевіч": "Мікалай", "Уладзіміравіч": "Уладзімір", "Іванавіч": "Іван", "Пятровіч": "Пятро",
                "Міхайлавіч": "Міхаіл", "Віктаравіч": "Віктар", "Васілевіч": "Васіль", "Антонавіч": "Антон"}


def _patr_father(patr: str) -> str:
    """The father's given name that a patronymic is formed from (Russian, Belarusian, Uzbek)."""
    for suf in (" o‘g‘li", " qizi", " ўғли", " қизи"):
        if patr.endswith(suf):
            return patr[: -len(suf)]
    fem = dict(zip(N.RU_PATR_F + N.BE_PATR_F, N.RU_PATR_M + N.BE_PATR_M, strict=True))
    masc = fem.get(patr, patr)
    if masc in _PATR_FATHER:
        return _PATR_FATHER[masc]
    return patr[:-4]  # Uzbek name + -ович/-овна in Russian text


def vaccination_card(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    dob = V.rand_date(rng, 2021, 2025)
    child = ctx.person(dob=dob)
    mom = ctx.person(female=True, dob=V.rand_date(rng, 1980, 2004))
    dad = ctx.person(female=False, dob=V.rand_date(rng, 1975, 2002))
    if loc != "en_UG":  # Ugandan children do not take a family name from the father
        for _ in range(30):
            if _community(ctx, dad) == _community(ctx, child):
                break
            dad = ctx.person(female=False, dob=V.rand_date(rng, 1975, 2002))
        child.family, child.rf = _child_family(ctx, dad, mom, child.female)
        if child.patr:  # the father is the one the child's patronymic names
            dad.given = _patr_father(child.patr)
            dad.rg = ascii_fold(dad.given) if dad.script == "latin" else dad.rg
    head = t(en="CHILD HEALTH CARD — IMMUNISATION RECORD", si="ළමා සෞඛ්‍ය සංවර්ධන වාර්තාව — ප්‍රතිශක්තිකරණ", uz="Bolaning emlash kartasi (063/u shakl)",
             ru="Карта профилактических прививок (ф. 063/у)", be="Карта прафілактычных прышчэпак (ф. 063/у)", lv="Bērna vakcinācijas pase",
             mk="Картон за имунизација на дете", fr="CARNET DE VACCINATION DE L'ENFANT", es="CARNET DE VACUNACIÓN INFANTIL",
             pt="CARTÃO DE SAÚDE DA CRIANÇA — VACINAÇÃO", lo="ປຶ້ມບັນທຶກການສັກຢາກັນພະຍາດເດັກ")
    fac = {"si_LK": "MOH Office, Maharagama", "uz_UZ": "12-oilaviy poliklinika", "lv_LV": "Ģimenes ārsta prakse", "be_BY": "Детская поликлиника №17",
           "mk_MK": "ЈЗУ Дом на здравје Скопје", "fr_SN": "Poste de santé de Grand Yoff", "es_DO": "UNAP Los Mina", "en_UG": "Kisenyi Health Centre IV",
           "lo_LA": "ສຸກສາລາ ບ້ານໂພນໄຊ", "pt_MZ": "Centro de Saúde do Alto Maé"}[loc]
    b(head, f"\n{fac}\n\n{ctx.L('name')}: ", pe(_nm(ctx, child)), f"   {ctx.L('sex')}: {ctx.L('female') if child.female else ctx.L('male')}\n")
    b(f"{ctx.L('dob')}: ", ("dob", ctx.date(dob)), f"   {t(en='Birth weight', si='උපත් බර', uz='Tug’ilgandagi vazni', ru='Вес при рождении', be='Вага пры нараджэнні', lv='Dzimšanas svars', mk='Родилна тежина', fr='Poids de naissance', es='Peso al nacer', pt='Peso ao nascer', lo='ນ້ຳໜັກແຮກເກີດ')}: {rng.randrange(24, 42) / 10} kg\n")
    b(f"{ctx.L('mother')}: ", pe(_nm(ctx, mom)), f"\n{ctx.L('father')}: ", pe(_nm(ctx, dad)), "\n")
    addr, _ = ctx.address(1)
    b(f"{ctx.L('address')}: ", ("address", addr[0]), f"\n{ctx.L('phone')}: ", ("phone", ctx.phone(True)), "\n\n")
    b(f"{t(en='Vaccine', si='එන්නත', uz='Vaksina', ru='Прививка', be='Прышчэпка', lv='Vakcīna', mk='Вакцина', fr='Vaccin', es='Vacuna', pt='Vacina', lo='ວັກຊີນ')}    {ctx.L('date')}        {t(en='Batch', fr='Lot', es='Lote', pt='Lote', lv='Sērija', ru='Серия', be='Серыя', mk='Серија', uz='Seriya', lo='ລັອດ', si='කාණ්ඩය')}\n")
    o = dob.toordinal()
    import datetime as _dt
    for k, v in enumerate(_VAX[: rng.randrange(4, len(_VAX))]):
        day = _dt.date.fromordinal(o + [0, 0, 0, 42, 42, 42, 42, 70, 70, 70, 98, 98, 270, 270, 540][k] + rng.randrange(0, 6))
        b(f"{v:<9} {ctx.date(day):<12} {rng.choice('ABCDEFGHJK')}{V.digits(rng, 5)}\n")
    nurse = ctx.person(female=True)
    b(f"\n{t(en='Vaccinator', si='එන්නත් කළේ', uz='Hamshira', ru='Медсестра', be='Медсястра', lv='Vakcinētājs', mk='Медицинска сестра', fr='Agent vaccinateur', es='Vacunadora', pt='Vacinadora', lo='ພະຍາບານ')}: ", pe(nurse.full()))
    return b


# ------------------------------------------------------------------ driving school register
def driving_school_register(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    school = {"si_LK": "Lanka Learners Driving School — Nugegoda", "uz_UZ": "«Avto-Maktab Yo‘l» nodavlat ta'lim muassasasi", "lv_LV": "Autoskola “Drošais ceļš”",
              "be_BY": "Автошкола «Автомотоклуб» — Гомель", "mk_MK": "Авто школа Пеликан — Битола", "fr_SN": "Auto-école Teranga Conduite — Thiès",
              "es_DO": "Escuela de Choferes La Confianza — Santiago", "en_UG": "Kampala Safe Drivers School", "lo_LA": "ໂຮງຮຽນສອນຂັບລົດ ວຽງຈັນ",
              "pt_MZ": "Escola de Condução Estrela — Beira"}[loc]
    head = t(en="Learner register — category B", si="ඉගෙනුම් ලියාපදිංචි ලේඛනය — B කාණ්ඩය", uz="O'quvchilar ro'yxati — B toifa", ru="Журнал учёта курсантов — категория B",
             be="Журнал уліку курсантаў — катэгорыя B", lv="Audzēkņu reģistrs — B kategorija", mk="Регистар на кандидати — категорија Б",
             fr="Registre des élèves — permis B", es="Registro de alumnos — categoría 2", pt="Livro de registo de instruendos — carta ligeira", lo="ທະບຽນນັກຮຽນ — ປະເພດ B")
    inst = ctx.person()
    b(f"{school}\n{head}\n{t(en='Instructor', si='උපදේශක', uz='O’qituvchi', ru='Инструктор', be='Інструктар', lv='Instruktors', mk='Инструктор', fr='Moniteur', es='Instructor', pt='Instrutor', lo='ຄູສອນ')}: ", pe(inst.full()), "\n\n")
    b(f"{ctx.L('no'):<4}| {ctx.L('name'):<28}| {ctx.L('dob'):<12}| {ctx.nid_word():<16}| {ctx.L('phone')}\n" + "-" * 86 + "\n")
    for i in range(rng.randrange(3, 7)):
        p = ctx.person(dob=V.rand_date(rng, 1975, 2007))
        nm = _nm(ctx, p)
        b(f"{i + 1:<4}| ", pe(nm), " " * max(1, 28 - len(nm)), "| ", ("dob", ctx.date(p.dob)), " | ",
          ("national_id", ctx.nid(p)), " | ", ("phone", ctx.phone(True)), "\n")
    b(f"\n{t(en='Next test date', si='ඊළඟ පරීක්ෂණ දිනය', uz='Keyingi imtihon', ru='Дата экзамена', be='Дата экзамену', lv='Eksāmena datums', mk='Испит', fr='Date d’examen', es='Fecha de examen', pt='Data do exame', lo='ວັນສອບເສັງ')}: {ctx.date(ctx.some_date(2025, 2025))}")
    return b


# ------------------------------------------------------------------ hostel check-in book
def hostel_checkin_book(ctx) -> B:
    from _v9b_styles_docs import _LOCS, _NAT
    from _v9b_text import Ctx
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    hostel = {"si_LK": "Ella Backpackers Hostel", "uz_UZ": "Bukhara Old Town Hostel", "lv_LV": "Old Riga Hostel", "be_BY": "Хостел «На Немиге»",
              "mk_MK": "Ohrid Lake Hostel", "fr_SN": "Auberge de Ngor", "es_DO": "Hostal Zona Colonial", "en_UG": "Red Chilli Hideaway — Kampala",
              "lo_LA": "Luang Prabang Mekong Hostel", "pt_MZ": "Fatima's Backpackers — Maputo"}[loc]
    b(f"{hostel} — {t(en='Check-in book', si='පැමිණීමේ පොත', uz='Ro’yxatga olish daftari', ru='Журнал регистрации гостей', be='Журнал рэгістрацыі гасцей', lv='Viesu reģistrācijas žurnāls', mk='Книга на гости', fr='Registre des arrivées', es='Libro de registro', pt='Livro de registo de hóspedes', lo='ປຶ້ມລົງທະບຽນແຂກ')}\n")
    b("Date | Name | Nationality | Passport | Nights | Contact | Bed\n")
    for _ in range(rng.randrange(3, 6)):
        home = rng.choice(_LOCS)
        hc = Ctx(rng, home)
        hc.lang = {"si_LK": "en", "lo_LA": "en", "mk_MK": "en", "uz_UZ": "uz", "be_BY": "be"}.get(home, hc.lang)
        p = hc.person()
        nm = p.roman() if p.script != "latin" else p.full()
        if home == "be_BY":
            nm = p.roman()
        b(f"{ctx.date(ctx.some_date(2024, 2025))} | ", pe(nm), f" | {_NAT[home]} | ", ("national_id", hc.passport()),
          f" | {rng.randrange(1, 7)} | ")
        if rng.random() < 0.5:
            b(("email", hc.email(p).replace(" ", "")))
        else:
            b(("phone", hc.phone(True, intl=True) if home != loc else ctx.phone(True)))
        b(f" | {rng.choice(['D', 'F', 'M'])}{rng.randrange(1, 12)}-{rng.choice('AB')}\n")
    if rng.random() < 0.4:
        b(f"{t(en='Deposit card', si='තැන්පතු කාඩ්පත', uz='Depozit kartasi', ru='Карта для депозита', be='Картка для дэпазіту', lv='Depozīta karte', mk='Картичка за депозит', fr='Carte de caution', es='Tarjeta de garantía', pt='Cartão de caução', lo='ບັດມັດຈຳ')} (bed {rng.choice(['D', 'F', 'M'])}{rng.randrange(1, 12)}): ",
          ("card", V.card(rng, rng.choice(["visa", "mc"]))), f" exp {rng.randrange(1, 13):02d}/{rng.randrange(26, 31)}\n")
    staff = ctx.person()
    b(f"{t(en='Night shift', si='රාත්‍රී සේවය', uz='Tungi smena', ru='Ночная смена', be='Начная змена', lv='Nakts maiņa', mk='Ноќна смена', fr='Veilleur', es='Turno de noche', pt='Turno da noite', lo='ກະກາງຄືນ')}: ", pe(_given(staff)))
    return b


# ------------------------------------------------------------------ alumni directory
def alumni_directory(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    school = {"si_LK": "University of Colombo Alumni Association — Directory", "uz_UZ": "Toshkent davlat iqtisodiyot universiteti bitiruvchilari", "lv_LV": "Rīgas Valsts 1. ģimnāzijas absolventi",
              "be_BY": "Выпускники БГУ, факультет журналистики", "mk_MK": "Алумни — Економски факултет, УКИМ", "fr_SN": "Amicale des anciens du Lycée Blaise Diagne",
              "es_DO": "Egresados PUCMM — Directorio", "en_UG": "Makerere University Alumni Association — Directory", "lo_LA": "ສະມາຄົມນັກສຶກສາເກົ່າ ມະຫາວິທະຍາໄລແຫ່ງຊາດລາວ",
              "pt_MZ": "Associação dos Antigos Estudantes da UEM — Directório"}[loc]
    cls = t(en="Class of", si="කණ්ඩායම", uz="Bitirgan yili", ru="Выпуск", be="Выпуск", lv="Izlaidums", mk="Генерација", fr="Promotion", es="Promoción", pt="Turma de", lo="ຮຸ່ນ")
    b(school, "\n\n")
    for _ in range(rng.randrange(3, 6)):
        p = ctx.person()
        if ctx.lang in ("ru", "be", "uzc", "uz", "mk", "lo", "si") or rng.random() < 0.3:
            nm = p.official() if ctx.lang in ("ru", "be") else f"{p.family} {p.given}"
            b(pe(nm))
        else:
            b(pe(f"{p.family}, {p.given}"))
        b(f" — {cls} {rng.randrange(1985, 2022)}\n   ", ("email", ctx.email(p)))
        if rng.random() < 0.7:
            b(" · ", ("phone", ctx.phone(True)))
        b(f" · {rng.choice(['Engineer', 'Teacher', 'Accountant', 'Doctor', 'Entrepreneur', 'Lawyer'])}\n")
    return b


# ------------------------------------------------------------------ volunteer roster
_VOL = {
    "en": "Hi all 👋 volunteer roster for Saturday's {EVENT}:",
    "si": "සෙනසුරාදා {EVENT} සඳහා ස්වේච්ඡා සේවක ලැයිස්තුව:",
    "fr": "Salut à tous, voici le planning des bénévoles pour le {EVENT} de samedi :",
    "es": "Saludos! Lista de voluntarios para el {EVENT} del sábado:",
    "pt": "Olá a todos! Escala de voluntários para o {EVENT} de sábado:",
    "ru": "Всем привет! График волонтёров на субботний {EVENT}:",
    "be": "Усім прывітанне! Графік валанцёраў на суботні {EVENT}:",
    "lv": "Sveiki! Brīvprātīgo grafiks sestdienas {EVENT}:",
    "mk": "Здраво на сите! Распоред на волонтери за сабота — {EVENT}:",
    "uz": "Assalomu alaykum! Shanba kungi {EVENT} uchun ko'ngillilar ro'yxati:",
    "lo": "ສະບາຍດີທຸກຄົນ ລາຍຊື່ອາສາສະໝັກ {EVENT} ວັນເສົາ:",
}
_EVENT = {"en": ["beach clean-up", "blood donation camp", "food drive"], "si": ["ශ්‍රමදාන", "ලේ දන්දීම", "දන්සල"],
          "fr": ["set setal", "don de sang", "distribution de kits"], "es": ["operativo médico", "jornada de limpieza", "reparto de canastas"],
          "pt": ["limpeza da praia", "campanha de doação de sangue", "distribuição de cestas"], "ru": ["субботник", "сбор крови", "раздачу продуктов"],
          "be": ["суботнік", "збор крыві", "раздачу прадуктаў"], "lv": ["talkā", "asins donoru dienā", "pārtikas akcijā"],
          "mk": ["чистење на кејот", "крводарителска акција", "хуманитарна акција"], "uz": ["hashar", "qon topshirish aksiyasi", "xayriya"],
          "lo": ["ອະນາໄມ", "ບໍລິຈາກເລືອດ", "ແຈກເຄື່ອງ"]}
_SHIFT = {"en": ["Registration", "Logistics", "First aid", "Kitchen"], "si": ["ලියාපදිංචිය", "ප්‍රවාහනය", "ප්‍රථමාධාර", "කුස්සිය"],
          "fr": ["Accueil", "Logistique", "Secourisme", "Cuisine"], "es": ["Registro", "Logística", "Primeros auxilios", "Cocina"],
          "pt": ["Recepção", "Logística", "Primeiros socorros", "Cozinha"], "ru": ["Регистрация", "Логистика", "Медпункт", "Кухня"],
          "be": ["Рэгістрацыя", "Лагістыка", "Медпункт", "Кухня"], "lv": ["Reģistrācija", "Loģistika", "Pirmā palīdzība", "Virtuve"],
          "mk": ["Регистрација", "Логистика", "Прва помош", "Кујна"], "uz": ["Ro'yxat", "Logistika", "Tibbiy yordam", "Oshxona"],
          "lo": ["ລົງທະບຽນ", "ຂົນສົ່ງ", "ປະຖົມພະຍາບານ", "ເຮືອນຄົວ"]}


def volunteer_roster(ctx) -> B:
    rng, b = ctx.rng, B()
    lg = "uz" if ctx.lang == "uzc" else ctx.lang
    b(_VOL[lg].replace("{EVENT}", rng.choice(_EVENT[lg])), "\n")
    casual = rng.random() < 0.5
    for sh in rng.sample(_SHIFT[lg], rng.randrange(2, 5)):
        h0 = rng.randrange(7, 14)
        b(f"\n{sh} ({h0}:{rng.choice(['00', '30'])}-{h0 + rng.randrange(2, 5)}:00): ")
        for j in range(rng.randrange(1, 4)):
            p = ctx.person()
            g = _given(p)
            if casual and p.script == "latin" and rng.random() < 0.5:
                g = g.lower()
            if j:
                b(", ")
            b(pe(g if casual else p.full()))
            if rng.random() < 0.35:
                b(" ", ("phone", ctx.phone(True)))
    lead = ctx.person()
    b("\n\n", {"en": "Questions → call ", "si": "ප්‍රශ්න ඇත්නම් අමතන්න ", "fr": "Questions → appelez ", "es": "Dudas → llamar a ",
               "pt": "Dúvidas → ligar para ", "ru": "Вопросы → звоните ", "be": "Пытанні → тэлефануйце ", "lv": "Jautājumi → zvaniet ",
               "mk": "Прашања → јавете се кај ", "uz": "Savollar bo'lsa → ", "lo": "ມີຄຳຖາມໂທຫາ "}[lg], pe(_given(lead)), " ", ("phone", ctx.phone(True)))
    if rng.random() < 0.4:
        b(" / ", ("email", ctx.email(lead)))
    return b


# ------------------------------------------------------------------ SACCO loan book
def sacco_loan_book(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    name = {"si_LK": "Sanasa Thrift & Credit Co-operative Society — Kegalle", "uz_UZ": "«Hamkor» kredit uyushmasi", "lv_LV": "Krājaizdevu sabiedrība “Kalnciems”",
            "be_BY": "Кредитный кооператив «Взаимопомощь»", "mk_MK": "Штедилница „Мој Дом“", "fr_SN": "Mutuelle d'épargne et de crédit — Pikine",
            "es_DO": "Cooperativa de Ahorros y Créditos La Altagracia", "en_UG": "Bukoto Teachers SACCO Ltd", "lo_LA": "ສະຫະກອນເງິນຝາກ-ສິນເຊື່ອ ບ້ານໜອງບອນ",
            "pt_MZ": "Associação de Poupança e Crédito Xitique — Chamanculo"}[loc]
    head = t(en="LOAN BOOK", si="ණය ලේඛනය", uz="Qarzlar daftari", ru="Книга учёта займов", be="Кніга ўліку пазык", lv="Aizdevumu reģistrs",
             mk="Книга на кредити", fr="REGISTRE DES PRÊTS", es="LIBRO DE PRÉSTAMOS", pt="LIVRO DE EMPRÉSTIMOS", lo="ປຶ້ມບັນທຶກເງິນກູ້")
    gua = t(en="Guarantors", si="ඇපකරුවන්", uz="Kafillar", ru="Поручители", be="Паручыцелі", lv="Galvotāji", mk="Жиранти", fr="Avalistes",
            es="Garantes", pt="Fiadores", lo="ຜູ້ຄ້ຳປະກັນ")
    b(f"{name}\n{head} — {ctx.date(ctx.some_date(2024, 2025))}\n\n")
    for i in range(rng.randrange(2, 5)):
        p = ctx.person()
        b(f"[{i + 1}] {ctx.L('member')} {ctx.L('no')} {rng.randrange(100, 2999)} — ", pe(_nm(ctx, p)), "\n")
        b(f"    {ctx.nid_word()}: ", ("national_id", ctx.nid(p)), f"   {ctx.L('mobile')}: ", ("phone", ctx.phone(True)), "\n")
        a = rng.randrange(10, 300) * SCALE[loc] * 10
        b(f"    {ctx.L('amount')}: {cur_amt(ctx, f'{a:,}'.replace(',', SEP[loc]))}   {rng.choice([6, 12, 18, 24])} m   {rng.choice([1, 1.5, 2])}%/m\n")
        g1, g2 = ctx.person(), ctx.person()
        b(f"    {gua}: ", pe(g1.full()), "; ", pe(g2.full()), "\n")
        b(f"    {ctx.L('balance')}: {int(a * rng.random()):,}\n".replace(",", SEP[loc]))
    tr = ctx.person()
    b(f"\n{t(en='Treasurer', si='භාණ්ඩාගාරික', uz='G’aznachi', ru='Казначей', be='Скарбнік', lv='Kasieris', mk='Благајник', fr='Trésorier(e)', es='Tesorero(a)', pt='Tesoureiro(a)', lo='ຜູ້ຖືບັນຊີ')}: ", pe(tr.full()))
    return b


# ------------------------------------------------------------------ parcel locker notice
_LOCKER = {
    "en": "Hi {G}, your parcel {TRK} is waiting in locker {L} at {SITE}. Pickup code: {CODE}. Collect by {DATE}. Help: {HELP}",
    "si": "ආයුබෝවන් {G}, ඔබගේ පාර්සලය {TRK} {SITE} හි ලොකර් {L} තුළ ඇත. ලබා ගැනීමේ කේතය: {CODE}. {DATE} ට පෙර ලබා ගන්න. උදවු: {HELP}",
    "uz": "Hurmatli {G}, {TRK} raqamli posilkangiz {SITE} dagi {L}-pochtomatda. Olish kodi: {CODE}. {DATE} gacha oling. Ma'lumot: {HELP}",
    "ru": "{G}, ваша посылка {TRK} ждёт вас в постамате {SITE}, ячейка {L}. Код получения: {CODE}. Заберите до {DATE}. Справки: {HELP}",
    "be": "{G}, ваша пасылка {TRK} чакае ў паштамаце {SITE}, ячэйка {L}. Код атрымання: {CODE}. Забярыце да {DATE}. Даведкі: {HELP}",
    "lv": "Sveiki, {G}! Jūsu sūtījums {TRK} gaida pakomātā {SITE}, šūna {L}. Izņemšanas kods: {CODE}. Izņemiet līdz {DATE}. Info: {HELP}",
    "mk": "Почитуван/а {G}, пратката {TRK} ве чека во пакетомат {SITE}, преграда {L}. Код: {CODE}. Подигнете до {DATE}. Инфо: {HELP}",
    "fr": "Bonjour {G}, votre colis {TRK} vous attend dans le casier {L} — {SITE}. Code de retrait : {CODE}. À retirer avant le {DATE}. Aide : {HELP}",
    "es": "Hola {G}, tu paquete {TRK} está en el casillero {L} de {SITE}. Código de retiro: {CODE}. Recógelo antes del {DATE}. Ayuda: {HELP}",
    "pt": "Olá {G}, a sua encomenda {TRK} está no cacifo {L} em {SITE}. Código de levantamento: {CODE}. Levante até {DATE}. Apoio: {HELP}",
    "lo": "ສະບາຍດີ {G} ພັດສະດຸ {TRK} ຂອງທ່ານຢູ່ຕູ້ {L} ທີ່ {SITE}. ລະຫັດຮັບເຄື່ອງ: {CODE}. ກະລຸນາຮັບກ່ອນ {DATE}. ສອບຖາມ: {HELP}",
}
_SITES = {"si_LK": ["Keells Super Havelock Town", "Arpico Nugegoda"], "uz_UZ": ["Korzinka Chilonzor", "Makro Yunusobod"],
          "lv_LV": ["Rimi Āgenskalns", "Maxima Purvciems"], "be_BY": ["Евроопт ул. Притыцкого", "Корона Замок"],
          "mk_MK": ["Рамстор Мол", "Веро Центар"], "fr_SN": ["Auchan Sacré-Cœur", "Station Total Liberté 6"],
          "es_DO": ["Plaza Lama Av. 27", "Bravo Churchill"], "en_UG": ["Acacia Mall", "Capital Shoppers Ntinda"],
          "lo_LA": ["ຕະຫຼາດເຊົ້າມໍລ໌", "Vientiane Center"], "pt_MZ": ["Shoprite Julius Nyerere", "Baía Mall"]}


_POSTDOM = {"si_LK": "slpost.lk", "uz_UZ": "pochta.uz", "lv_LV": "omniva.lv", "be_BY": "belpost.by", "mk_MK": "posta.com.mk",
            "fr_SN": "laposte.sn", "es_DO": "inposdom.gob.do", "en_UG": "ugapost.co.ug", "lo_LA": "laopost.la", "pt_MZ": "correios.co.mz"}


def parcel_locker_notice(ctx) -> B:
    rng, b, loc = ctx.rng, B(), ctx.loc
    lg = "uz" if ctx.lang == "uzc" else ctx.lang
    p = ctx.person()
    trk = rng.choice([f"{rng.choice(['RR', 'LP', 'CP', 'EE'])}{V.digits(rng, 9)}{rng.choice(['LK', 'UZ', 'LV', 'BY', 'MK', 'SN', 'DO', 'UG', 'LA', 'MZ', 'CN'])}",
                      f"{V.digits(rng, 12)}", f"LP00{V.digits(rng, 12)}"])
    help_ = ("phone", ctx.phone(False)) if rng.random() < 0.4 else ("email", ctx.email(role=rng.choice(["support", "help", "info"]), domain=_POSTDOM[loc]))
    g = _given(p)
    if rng.random() < 0.3:
        g = p.full()
    msg = _LOCKER[lg]
    if ctx.lang == "uzc":
        keys = ["{G}", "{TRK}", "{SITE}", "{CODE}", "{DATE}", "{HELP}", "{L}"]
        for n, k in enumerate(keys):
            msg = msg.replace(k, f"\x00{n}\x00")
        msg = uz_cyr(msg)
        for n, k in enumerate(keys):
            msg = msg.replace(f"\x00{n}\x00", k)
    if rng.random() < 0.5:
        sender = {"si_LK": "SL Post", "uz_UZ": "UzPost", "lv_LV": "Omniva", "be_BY": "Белпочта", "mk_MK": "Пошта на С. Македонија",
                  "fr_SN": "La Poste Sénégal", "es_DO": "INPOSDOM", "en_UG": "Posta Uganda", "lo_LA": "ໄປສະນີລາວ", "pt_MZ": "Correios de Moçambique"}[loc]
        b(f"[{sender}] ")
    render(b, msg, {"G": pe(g), "TRK": trk, "L": str(rng.randrange(1, 80)), "SITE": rng.choice(_SITES[loc]), "CODE": V.digits(rng, 6),
                    "DATE": ctx.date(ctx.some_date(2025, 2025)), "HELP": help_})
    return b


# ------------------------------------------------------------------ football player licence
def player_licence(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    fed = {"si_LK": "Football Federation of Sri Lanka", "uz_UZ": "O'zbekiston futbol assotsiatsiyasi", "lv_LV": "Latvijas Futbola federācija",
           "be_BY": "Белорусская федерация футбола", "mk_MK": "Фудбалска федерација на Македонија", "fr_SN": "Fédération Sénégalaise de Football",
           "es_DO": "Federación Dominicana de Fútbol", "en_UG": "Federation of Uganda Football Associations (FUFA)", "lo_LA": "ສະຫະພັນບານເຕະແຫ່ງຊາດລາວ",
           "pt_MZ": "Federação Moçambicana de Futebol"}[loc]
    club = {"si_LK": ["Renown SC", "Blue Star SC", "Colombo FC"], "uz_UZ": ["Navbahor", "Nasaf", "Sogdiana"], "lv_LV": ["FK Auda", "Valmiera FC", "FK Tukums 2000"],
            "be_BY": ["Неман Гродно", "Ислочь", "Славия-Мозырь"], "mk_MK": ["ФК Пелистер", "ФК Силекс", "ФК Брегалница"],
            "fr_SN": ["ASC Jaraaf", "Casa Sports", "Génération Foot"], "es_DO": ["Cibao FC", "Moca FC", "Atlético Pantoja"],
            "en_UG": ["Vipers SC", "KCCA FC", "BUL FC"], "lo_LA": ["Young Elephants FC", "Ezra FC", "Master 7 FC"],
            "pt_MZ": ["Ferroviário de Maputo", "Black Bulls", "UD Songo"]}[loc]
    minor = rng.random() < 0.4
    p = ctx.person(female=rng.random() < 0.2, dob=V.rand_date(rng, 2007, 2012) if minor else V.rand_date(rng, 1990, 2006))
    head = t(en="PLAYER REGISTRATION / LICENCE", si="ක්‍රීඩක ලියාපදිංචිය", uz="O'yinchi litsenziyasi", ru="ЛИЦЕНЗИЯ ИГРОКА", be="ЛІЦЭНЗІЯ ГУЛЬЦА",
             lv="SPĒLĒTĀJA LICENCE", mk="ЛИЦЕНЦА НА ИГРАЧ", fr="LICENCE JOUEUR", es="FICHA DE JUGADOR", pt="LICENÇA DE JOGADOR", lo="ໃບອະນຸຍາດນັກເຕະ")
    season = rng.randrange(2024, 2026)
    b(f"{fed}\n{head} — {season}/{(season + 1) % 100}\n\n{ctx.L('name')}: ", pe(_nm(ctx, p)), "\n")
    b(f"{ctx.L('dob')}: ", ("dob", ctx.date(p.dob)), f"   {ctx.L('pob')}: {ctx.address(1)[1][0]}\n")
    b(f"{t(en='Club', si='සමාජය', uz='Klub', ru='Клуб', be='Клуб', lv='Klubs', mk='Клуб', fr='Club', es='Club', pt='Clube', lo='ສະໂມສອນ')}: {rng.choice(club)}   "
      f"FIFA ID: {rng.choice('123456789ABCDEFGHJ')}{V.token(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n")
    if minor:
        g = ctx.person(female=rng.random() < 0.5, dob=V.rand_date(rng, 1970, 1990))
        b(f"{ctx.L('guardian')}: ", pe(_nm(ctx, g)), f" — {ctx.L('phone')}: ", ("phone", ctx.phone(True)), "\n")
    else:
        b(f"{ctx.nid_word()}: ", ("national_id", ctx.nid(p)), f"\n{ctx.L('phone')}: ", ("phone", ctx.phone(True)), "\n")
    b(f"{t(en='Position', si='ස්ථානය', uz='Pozitsiya', ru='Амплуа', be='Амплуа', lv='Pozīcija', mk='Позиција', fr='Poste', es='Posición', pt='Posição', lo='ຕຳແໜ່ງ')}: "
      f"{rng.choice(['GK', 'DF', 'MF', 'FW'])}   #{rng.randrange(1, 40)}\n")
    if rng.random() < 0.5:
        b(f"{ctx.L('email')}: ", ("email", ctx.email(p)), "\n")
    sec = ctx.person()
    b(f"{t(en='Registration officer', si='ලියාපදිංචි නිලධාරී', uz='Ro’yxatga oluvchi', ru='Инспектор', be='Інспектар', lv='Reģistrētājs', mk='Референт', fr='Agent d’enregistrement', es='Oficial de registro', pt='Oficial de registo', lo='ພະນັກງານລົງທະບຽນ')}: ", pe(sec.full()))
    return b
