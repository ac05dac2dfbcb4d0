# ruff: noqa: RUF001
"""Hand-written places, streets, companies and operators for the v10a locales.

``addr_<loc>(rng)`` returns ``(one_line, (street_line, city_line), city, (lat, lon))``.
"""

from __future__ import annotations

# city: (name, lat, lon[, extra]) -- coordinates near the real town centres
CITIES = {
    "ps_AF": [("Kabul", "کابل", 34.5281, 69.1723), ("Herat", "هرات", 34.3482, 62.1997),
              ("Mazar-i-Sharif", "مزار شریف", 36.7090, 67.1109), ("Kandahar", "کندهار", 31.6133, 65.7101),
              ("Jalalabad", "جلال آباد", 34.4265, 70.4515), ("Kunduz", "کندز", 36.7280, 68.8680),
              ("Bamyan", "بامیان", 34.8214, 67.8210)],
    "tg_TJ": [("Душанбе", "734000", 38.5598, 68.7870), ("Хуҷанд", "735700", 40.2833, 69.6222),
              ("Бохтар", "735140", 37.8364, 68.7803), ("Кӯлоб", "735360", 37.9146, 69.7845),
              ("Истаравшан", "735610", 39.9108, 69.0064), ("Хоруғ", "736000", 37.4897, 71.5531),
              ("Панҷакент", "735500", 39.4950, 67.6093), ("Ваҳдат", "735400", 38.5563, 69.0182)],
    "ky_KG": [("Бишкек", "720001", 42.8746, 74.5698), ("Ош", "723500", 40.5283, 72.7985),
              ("Жалал-Абад", "715600", 40.9333, 73.0000), ("Каракол", "722200", 42.4907, 78.3936),
              ("Токмок", "724200", 42.8421, 75.3015), ("Нарын", "722600", 41.4287, 75.9911),
              ("Талас", "724200", 42.5228, 72.2427), ("Чолпон-Ата", "722100", 42.6494, 77.0814)],
    "ar_QA": [("Doha", "الدوحة", 25.2854, 51.5310), ("Al Wakrah", "الوكرة", 25.1715, 51.6034),
              ("Al Rayyan", "الريان", 25.2919, 51.4244), ("Al Khor", "الخور", 25.6839, 51.5058),
              ("Lusail", "لوسيل", 25.4200, 51.4900), ("Umm Salal", "أم صلال", 25.4150, 51.4030)],
    "so_SO": [("Muqdisho", "Mogadishu", 2.0469, 45.3182), ("Hargeysa", "Hargeisa", 9.5600, 44.0650),
              ("Kismaayo", "Kismayo", -0.3582, 42.5454), ("Baydhabo", "Baidoa", 3.1138, 43.6498),
              ("Boosaaso", "Bosaso", 11.2842, 49.1816), ("Garoowe", "Garowe", 8.4054, 48.4845),
              ("Beledweyne", "Beledweyne", 4.7358, 45.2036)],
    "rw_RW": [("Kigali", "Gasabo", -1.9441, 30.0619), ("Kigali", "Kicukiro", -1.9706, 30.1044),
              ("Kigali", "Nyarugenge", -1.9500, 30.0588), ("Huye", "Huye", -2.5967, 29.7394),
              ("Musanze", "Musanze", -1.4998, 29.6350), ("Rubavu", "Rubavu", -1.6925, 29.2560),
              ("Rusizi", "Rusizi", -2.4846, 28.9075), ("Nyagatare", "Nyagatare", -1.2948, 30.3275)],
    "es_NI": [("Managua", "Managua", 12.1364, -86.2514), ("León", "León", 12.4379, -86.8780),
              ("Granada", "Granada", 11.9344, -85.9560), ("Masaya", "Masaya", 11.9744, -86.0942),
              ("Matagalpa", "Matagalpa", 12.9256, -85.9175), ("Estelí", "Estelí", 13.0919, -86.3538),
              ("Chinandega", "Chinandega", 12.6294, -87.1311), ("Bluefields", "RACCS", 12.0137, -83.7635),
              ("Jinotega", "Jinotega", 13.0910, -86.0023)],
    "bs_BA": [("Sarajevo", "71000", 43.8563, 18.4131), ("Tuzla", "75000", 44.5384, 18.6763),
              ("Mostar", "88000", 43.3438, 17.8078), ("Zenica", "72000", 44.2034, 17.9077),
              ("Bihać", "77000", 44.8169, 15.8708), ("Banja Luka", "78000", 44.7722, 17.1910),
              ("Bijeljina", "76300", 44.7570, 19.2144), ("Trebinje", "89101", 42.7120, 18.3440)],
    "dv_MV": [("Malé", "މާލެ", 4.1755, 73.5093), ("Hulhumalé", "ހުޅުމާލެ", 4.2114, 73.5402),
              ("Addu City", "އައްޑޫ ސިޓީ", -0.6300, 73.1580), ("Fuvahmulah", "ފުވައްމުލައް", -0.2985, 73.4240),
              ("Kulhudhuffushi", "ކުޅުދުއްފުށި", 6.6220, 73.0700), ("Thinadhoo", "ތިނަދޫ", 0.5300, 72.9960),
              ("Naifaru", "ނައިފަރު", 5.4440, 73.3650)],
    "en_TT": [("Port of Spain", "", 10.6549, -61.5019), ("San Fernando", "", 10.2797, -61.4589),
              ("Chaguanas", "", 10.5167, -61.4167), ("Arima", "", 10.6374, -61.2823),
              ("Couva", "", 10.4229, -61.4590), ("Point Fortin", "", 10.1741, -61.6841),
              ("Sangre Grande", "", 10.5869, -61.1308), ("Scarborough", "", 11.1820, -60.7350)],
}

AF_AREAS = [("Karte Se", "کارته سه"), ("Karte Char", "کارته چهار"), ("Khair Khana", "خیرخانه"),
            ("Wazir Akbar Khan", "وزیر اکبر خان"), ("Shahr-e Naw", "شهر نو"), ("Taimani", "تایمنی"),
            ("Qala-e Fatullah", "قلعه فتح الله"), ("Macroyan", "مکروریان"), ("Dasht-e Barchi", "دشت برچی"),
            ("Kote Sangi", "کوته سنگی"), ("Char Qala", "چهار قلعه"), ("Shah Shahid", "شاه شهید")]
AF_ORD = [("First", "اول"), ("Second", "دوم"), ("Third", "سوم"), ("Fourth", "چهارم"),
          ("Fifth", "پنجم"), ("Sixth", "ششم"), ("Seventh", "هفتم"), ("Eighth", "هشتم")]
TJ_STREETS = ["кӯчаи Айнӣ", "кӯчаи Шотемур", "кӯчаи Бохтар", "хиёбони Рӯдакӣ", "хиёбони Исмоили Сомонӣ",
              "кӯчаи Лоҳутӣ", "кӯчаи Шероз", "кӯчаи Н. Қарабоев", "кӯчаи Саъдии Шерозӣ", "кӯчаи Мирзо Турсунзода",
              "кӯчаи Бобоҷон Ғафуров", "кӯчаи Айнӣ", "кӯчаи Дӯстӣ", "кӯчаи Сино", "кӯчаи Фирдавсӣ",
              "ул. Гагарина", "ул. Пушкина", "кӯчаи Ленин"]
KG_STREETS = ["ул. Токтогула", "ул. Киевская", "ул. Московская", "ул. Ибраимова", "пр. Манаса",
              "пр. Чуй", "ул. Ахунбаева", "ул. Абдрахманова", "пр. Жибек Жолу", "ул. Байтик Баатыра",
              "ул. Исанова", "Токтогул көч.", "Манас пр.", "Ленин көч.", "ул. Курманжан Датки",
              "ул. Масалиева", "ул. Фрунзе", "ул. Гоголя"]
KG_MKR = ["мкр. Джал", "мкр. Асанбай", "мкр. Восток-5", "мкр. Аламедин-1", "мкр. Тунгуч", "ж/м Ак-Орго",
          "мкр. Кок-Жар", "мкр. Учкун"]
QA_AREAS = [("Al Sadd", "السد"), ("Bin Mahmoud", "بن محمود"), ("Najma", "نجمة"), ("Al Mansoura", "المنصورة"),
            ("Fereej Bin Omran", "فريج بن عمران"), ("Madinat Khalifa South", "مدينة خليفة الجنوبية"),
            ("Al Gharrafa", "الغرافة"), ("Muaither", "معيذر"), ("Old Airport", "المطار القديم"),
            ("Al Hilal", "الهلال"), ("Al Duhail", "الدحيل"), ("Umm Ghuwailina", "أم غويلينة"),
            ("Al Aziziya", "العزيزية"), ("Ain Khaled", "عين خالد")]
SO_DISTRICTS = ["Hodan", "Wadajir", "Hawl-Wadaag", "Waaberi", "Karaan", "Yaqshiid", "Dharkenley",
                "Shibis", "Xamar Weyne", "Kaxda", "Heliwaa", "Dayniile"]
SO_ROADS = ["Wadada Maka Al Mukarama", "Wadada Warshadaha", "Jidka Sodonka", "Wadada Taleex",
            "Wadada Afgooye", "Isgoyska KM4", "Wadada Jamhuuriyada", "Wadada Wadnaha", "Suuqa Bakaaraha"]
SO_HGA = ["Jigjiga Yar", "Masalaha", "26 June", "Ga'an Libaax", "Xaafadda Shacabka", "Togdheer Road"]
RW_SECTORS = {"Gasabo": ["Kimihurura", "Remera", "Kacyiru", "Kibagabaga", "Gisozi", "Kagugu", "Nyarutarama", "Kinyinya"],
              "Kicukiro": ["Gikondo", "Kanombe", "Niboye", "Kagarama", "Gatenga", "Kicukiro"],
              "Nyarugenge": ["Nyamirambo", "Kimisagara", "Nyakabanda", "Muhima", "Rwezamenyo"]}
NI_BARRIOS = ["Bolonia", "Los Robles", "Altamira", "Villa Fontana", "Linda Vista", "Ciudad Jardín",
              "Barrio Monseñor Lezcano", "Las Colinas", "Reparto San Juan", "Barrio Largaespada",
              "Villa Libertad", "Reparto Schick", "Barrio Martha Quezada", "Colonia Centroamérica"]
NI_LANDMARKS = ["la rotonda El Güegüense", "el Hospital Militar", "la Iglesia El Carmen", "el antiguo cine González",
                "la UCA", "el mercado Huembes", "la Lotería Nacional", "la gasolinera Puma",
                "el parque central", "la Casa Pellas", "la pulpería La Esperanza", "el colegio Teresiano"]
NI_DIRS = ["al lago", "arriba", "abajo", "al sur", "al norte"]
BA_STREETS = {
    "Sarajevo": ["Zmaja od Bosne", "Ferhadija", "Maršala Tita", "Alipašina", "Kralja Tvrtka", "Hamze Hume",
                 "Titova", "Džemala Bijedića", "Grbavička", "Patriotske lige", "Koševo", "Bistrik"],
    "Tuzla": ["Turalibegova", "Maršala Tita", "Slatina", "Bosne Srebrene", "Hasana Kikića"],
    "Mostar": ["Braće Fejića", "Kralja Tomislava", "Maršala Tita", "Bulevar narodne revolucije", "Onešćukova"],
    "Zenica": ["Maršala Tita", "Masarykova", "Školska", "Londža"],
    "Bihać": ["Bosanska", "Pape Ivana Pavla II", "Bihaćkih branilaca"],
    "Banja Luka": ["Краља Петра I Карађорђевића", "Булевар цара Душана", "Његошева", "Светог Саве", "Вука Караџића"],
    "Bijeljina": ["Николе Тесле", "Карађорђева", "Милоша Обилића"],
    "Trebinje": ["Његошева", "Вожда Карађорђа", "Јована Дучића"],
}
MV_HOUSES = ["Fehivilaa|ފެހިވިލާ", "Sunny Villa|ސަނީވިލާ", "Nooraanee Villa|ނޫރާނީވިލާ", "Dhunthari|ދުންތަރި",
             "Blue Bell|ބްލޫބެލް", "Kinbigasdhoshuge|ކިނބިގަސްދޮށުގޭ", "Hirudhoo|ހިރުދޫ", "Ranthari|ރަންތަރި",
             "Gulfaamuge|ގުލްފާމުގެ", "Sosunge|ސޮސުންގެ", "Finifenmaage|ފިނިފެންމާގެ", "Asurumaage|އަސުރުމާގެ",
             "Dhilbahaaru|ދިލްބަހާރު", "Maavaru|މާވަރު", "Reethimaage|ރީތިމާގެ"]
MV_STREETS = ["Majeedhee Magu|މަޖީދީ މަގު", "Chandhanee Magu|ޗާނދަނީ މަގު", "Sosun Magu|ސޮސުން މަގު",
              "Buruzu Magu|ބުރުޒު މަގު", "Fareedhee Magu|ފަރީދީ މަގު", "Orchid Magu|އޯކިޑް މަގު",
              "Ameer Ahmed Magu|އަމީރު އަޙްމަދު މަގު", "Boduthakurufaanu Magu|ބޮޑުތަކުރުފާނު މަގު",
              "Janavaree Magu|ޖަނަވަރީ މަގު", "Alikilegefaanu Magu|އަލިކިލެގެފާނު މަގު"]
MV_WARDS = ["H.", "Ma.", "M.", "G.", "Hulhumalé"]
TT_STREETS = {
    "Port of Spain": ["Frederick Street", "Pembroke Street", "Charlotte Street", "Ariapita Avenue", "Picton Street",
                      "Gordon Street", "Roberts Street", "Belmont Circular Road"],
    "San Fernando": ["Coffee Street", "Rushworth Street", "Lady Hailes Avenue", "Cipero Street", "Carib Street"],
    "Chaguanas": ["Ramdass Street", "Cunupia Main Road", "Edinburgh 500", "Longdenville Old Road", "Endeavour Road"],
    "Arima": ["Eastern Main Road", "Queen Mary Avenue", "Tumpuna Road", "Pinto Road"],
    "Couva": ["Mc Bean Road", "Southern Main Road", "Camden Road", "Balmain Street"],
    "Point Fortin": ["Techier Main Road", "Adventure Road", "Clifton Hill"],
    "Sangre Grande": ["Ojoe Road", "Brierley Street", "Foster Road"],
    "Scarborough": ["Milford Road", "Bacolet Street", "Wilson Road", "Signal Hill Road"],
}

TT_AREAS = {
    "Port of Spain": ["Woodbrook", "St. James", "Belmont", "Newtown"], "San Fernando": ["Marabella", "Gulf View", "Pleasantville"],
    "Chaguanas": ["Felicity", "Montrose", "Enterprise"], "Arima": ["Malabar", "Maloney Gardens", "O'Meara"],
    "Couva": ["Preysal", "Balmain", "Freeport"], "Point Fortin": ["Techier", "Egypt Village"],
    "Sangre Grande": ["Coalmine", "Vega de Oropouche"], "Scarborough": ["Bacolet", "Lambeau", "Signal Hill"],
}

# mobile operators (top-up) and banks per locale
OPERATORS = {
    "ps_AF": ["AWCC", "Roshan", "Etisalat", "MTN", "Salaam"], "tg_TJ": ["Tcell", "MegaFon", "ZET-Mobile", "Babilon-M"],
    "ky_KG": ["Beeline", "MegaCom", "O!"], "ar_QA": ["Ooredoo", "Vodafone"], "so_SO": ["Hormuud", "Somtel", "Golis", "Telesom"],
    "rw_RW": ["MTN", "Airtel"], "es_NI": ["Claro", "Tigo"], "bs_BA": ["BH Mobile", "m:tel", "HT Eronet"],
    "dv_MV": ["Dhiraagu", "Ooredoo"], "en_TT": ["bmobile", "Digicel"],
}
WALLETS = {"ps_AF": "M-Paisa", "tg_TJ": "Алиф Мобі", "ky_KG": "Элсом", "ar_QA": "Ooredoo Money", "so_SO": "EVC Plus",
           "rw_RW": "MoMo", "es_NI": "Tigo Money", "bs_BA": "m:cash", "dv_MV": "Dhiraagu Pay", "en_TT": "bmobile Wallet"}
CURRENCY = {"ps_AF": "AFN", "tg_TJ": "TJS", "ky_KG": "KGS", "ar_QA": "QAR", "so_SO": "USD", "rw_RW": "RWF",
            "es_NI": "C$", "bs_BA": "KM", "dv_MV": "MVR", "en_TT": "TT$"}
COMPANIES = {
    "ps_AF": ["Kabul Saffron Traders", "Herat Dry Fruit Co.", "Aria Logistics", "Afghan Wireless Shop #12"],
    "tg_TJ": ["ҶДММ «Сомон Савдо»", "Душанбе Сити Маркет", "ООО «Памир Логистик»"],
    "ky_KG": ["ОсОО «Ала-Too Trade»", "Бишкек Аква Сервис", "ОсОО «Иссык-Куль Тур»"],
    "ar_QA": ["Al Meera Consumer Goods", "Doha Marine Services W.L.L.", "Pearl Hospitality Group"],
    "so_SO": ["Hormuud Trading", "Bakaara Logistics", "Xamar Water Supply"],
    "rw_RW": ["Kivu Coffee Cooperative", "Inyange Industries", "Kigali Fresh Ltd"],
    "es_NI": ["Distribuidora La Colonia", "Café Las Segovias S.A.", "Agua Pura El Manantial"],
    "bs_BA": ["Bingo d.o.o.", "Sarajevska pivara", "Vodovod Mostar d.o.o."],
    "dv_MV": ["Maldives Transport Co.", "Island Aviation Services", "Hulhumale Water Supply"],
    "en_TT": ["Massy Stores", "Hi-Lo Food Stores", "Carib Brewery Ltd"],
}


def pick_city(rng, loc, city=None):
    pool = [c for c in CITIES[loc] if city in (c[0], c[1])] if city else []
    return rng.choice(pool or CITIES[loc])


def _jitter(rng, lat, lon):
    return lat + rng.uniform(-0.03, 0.03), lon + rng.uniform(-0.03, 0.03)


def address(rng, loc, native=None, city=None):
    """Return (one_line, (line1, line2), city_name, (lat, lon))."""
    c = pick_city(rng, loc, city)
    gps = _jitter(rng, c[2], c[3])
    n = rng.randint(2, 240)
    if loc == "ps_AF":
        a, an = rng.choice(AF_AREAS) if c[0] == "Kabul" else rng.choice(
            [("Jada-e Mahbas", "جاده محبس"), ("Shahr-e Naw", "شهر نو"), ("Mandawi", "مندوی"), ("Karte Ariana", "کارته آریانا")])
        o, on = rng.choice(AF_ORD)
        if native:
            l1 = f"خانه {to_fa(str(n))}، سرک {on}"
            l2 = f"{an}، {c[1]}"
            return f"{l1}، {l2}", (l1, l2), c[1], gps
        l1 = f"House {n}, {o} Street"
        l2 = f"{a}, {c[0]}"
        return f"{l1}, {l2}", (l1, l2), c[0], gps
    if loc == "tg_TJ":
        st = rng.choice(TJ_STREETS)
        l1 = f"{st} {n}" + (f", хонаи {rng.randint(1, 90)}" if rng.random() < 0.6 else "")
        l2 = f"{c[1]}, ш. {c[0]}"
        return f"ш. {c[0]}, {l1}", (l1, l2), c[0], gps
    if loc == "ky_KG":
        if rng.random() < 0.3 and c[0] == "Бишкек":
            l1 = f"{rng.choice(KG_MKR)}, д. {rng.randint(1, 60)}, кв. {rng.randint(1, 120)}"
        else:
            l1 = f"{rng.choice(KG_STREETS)} {n}" + (f", кв. {rng.randint(1, 80)}" if rng.random() < 0.5 else "")
        l2 = f"{c[1]}, г. {c[0]}"
        return f"г. {c[0]}, {l1}", (l1, l2), c[0], gps
    if loc == "ar_QA":
        zone, street, bld = rng.randint(13, 91), rng.randint(200, 990), rng.randint(1, 120)
        a, an = rng.choice(QA_AREAS) if c[0] == "Doha" else (f"Zone {zone}", f"منطقة {zone}")
        if c[0] != "Doha":
            l1 = f"Building {bld}, Street {street}"
            if native:
                l1 = f"مبنى {bld}، شارع {street}"
                return f"{l1}، {an}، {c[1]}", (l1, f"{an}، {c[1]}"), c[1], gps
            return f"{l1}, {a}, {c[0]}", (l1, f"{a}, {c[0]}"), c[0], gps
        if native:
            l1 = f"مبنى {bld}، شارع {street}، منطقة {zone}"
            return f"{l1}، {an}، {c[1]}", (l1, f"{an}، {c[1]}"), c[1], gps
        l1 = f"Building {bld}, Street {street}, Zone {zone}"
        return f"{l1}, {a}, {c[0]}", (l1, f"{a}, {c[0]}, Qatar"), c[0], gps
    if loc == "so_SO":
        if c[0] == "Muqdisho":
            l1 = f"{rng.choice(SO_ROADS)}, Guri {n}"
            l2 = f"Degmada {rng.choice(SO_DISTRICTS)}, {c[0]}"
        elif c[0] == "Hargeysa":
            l1 = f"Guri {n}, {rng.choice(['Wadada Madaxtooyada', 'Wadada Xorriyadda', 'Jidka Berbera', 'Suuqa Waaheen'])}"
            l2 = f"Xaafadda {rng.choice(SO_HGA)}, {c[0]}"
        else:
            l1 = f"Guri {n}, {rng.choice(['Wadada Dekedda', 'Wadada Suuqa', 'Jidka Garoonka', 'Wadada Isbitaalka'])}"
            l2 = f"Xaafadda {rng.choice(['Horseed', 'Wadajir', 'Hanti Wadaag', 'Bulo Xaaji', 'Shaqaalaha'])}, {c[0]}"
        return f"{l1}, {l2}", (l1, l2), c[0], gps
    if loc == "rw_RW":
        if c[0] == "Kigali":
            sec = rng.choice(RW_SECTORS[c[1]])
            pre = {"Gasabo": "KG", "Kicukiro": "KK", "Nyarugenge": "KN"}[c[1]]
            l1 = f"{pre} {rng.randint(2, 720)} {rng.choice(['St', 'Ave', 'Rd'])}, No. {rng.randint(1, 60)}"
            l2 = f"{sec}, {c[1]}, Kigali"
        else:
            l1 = f"Umudugudu wa {rng.choice(['Amahoro', 'Ubumwe', 'Isangano', 'Kabeza', 'Rugali'])}, Inzu No. {rng.randint(1, 90)}"
            l2 = f"Akagari ka {rng.choice(['Ngoma', 'Butare', 'Cyabagarura', 'Gisenyi', 'Kamembe'])}, Akarere ka {c[0]}"
        return f"{l1}, {l2}", (l1, l2), c[0], gps
    if loc == "es_NI":
        lm = rng.choice(NI_LANDMARKS)
        k = rng.randint(1, 5)
        lm = ("Del " + lm[3:]) if lm.startswith("el ") else ("De " + lm)
        l1 = f"{lm} {k} c. {rng.choice(NI_DIRS)}" + (f", {rng.choice(['1/2 c. arriba', '20 vrs. al sur', 'casa esquinera', 'portón negro'])}" if rng.random() < 0.6 else "")
        if c[0] == "Managua":
            l2 = f"{rng.choice(NI_BARRIOS)}, Managua"
        else:
            l2 = f"{rng.choice(['Barrio El Calvario', 'Barrio San Felipe', 'Barrio Guadalupe', 'Reparto Santa Ana', 'Barrio San Juan'])}, {c[0]}"
        return f"{l1}, {l2}", (l1, l2), c[0], gps
    if loc == "bs_BA":
        st = rng.choice(BA_STREETS[c[0]])
        num = f"{n}" + (rng.choice(["", "", "a", "b"]))
        cyr = not st.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in st)
        city = {"Banja Luka": "Бања Лука", "Bijeljina": "Бијељина", "Trebinje": "Требиње"}.get(c[0], c[0]) if cyr else c[0]
        l1 = f"{st} {num}"
        l2 = f"{c[1]} {city}"
        return f"{l1}, {l2}", (l1, l2), c[0], gps
    if loc == "dv_MV":
        h_r, h_d = rng.choice(MV_HOUSES).split("|")
        s_r, s_d = rng.choice(MV_STREETS).split("|")
        pc = f"20{rng.randint(0, 3)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if native:
            l1 = f"{h_d}، {s_d}"
            return f"{l1}، މާލެ {pc}", (l1, f"މާލެ {pc}"), "މާލެ", (4.1755 + rng.uniform(-0.004, 0.004), 73.5093 + rng.uniform(-0.006, 0.006))
        if c[0] == "Hulhumalé":
            l1 = f"Flat {rng.randint(1, 19)}-{rng.randint(1, 12):02d}, Lot {rng.randint(10001, 11999)}"
            l2 = f"Hulhumalé {rng.choice(['23000', '23001'])}"
            return f"{l1}, {l2}", (l1, l2), c[0], gps
        if c[0] == "Malé":
            l1 = f"{rng.choice(MV_WARDS[:4])} {h_r}, {s_r}"
            return f"{l1}, Malé {pc}", (l1, f"Malé {pc}"), c[0], gps
        ward = rng.choice(['Hithadhoo', 'Feydhoo', 'Maradhoo', 'Meedhoo']) if c[0] == "Addu City" else rng.choice(['Dhandimagu', 'Hoadhandu', 'Uthuru Ward', 'Dhekunu Ward'])
        road = rng.choice(['Neeloafaru Magu', 'Ameenee Magu', 'Hithahaa Magu', 'Raiy Magu'])
        l1 = f"{h_r}, {road}"
        l2 = f"{ward}, {c[0]}"
        return f"{l1}, {l2}", (l1, l2), c[0], gps
    if loc == "en_TT":
        st = rng.choice(TT_STREETS[c[0]])
        pre = rng.choice([f"{n} ", f"#{n} ", f"LP {n} ", f"Lot {n} ", f"{n}A "])
        l1 = f"{pre}{st}"
        area = rng.choice(TT_AREAS[c[0]])
        one = f"{l1}, {c[0]}" if rng.random() < 0.5 else f"{l1}, {area}"
        return one, (l1, f"{area}, {c[0]}"), c[0], gps
    raise KeyError(loc)


FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def to_fa(s: str) -> str:
    return s.translate(FA)


def to_ar(s: str) -> str:
    return s.translate(AR)
