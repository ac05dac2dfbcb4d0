# ruff: noqa: RUF001, RUF003
"""Hand-written name pools for the v10a locales (native script | romanised form).

Written from the author's own knowledge of naming in each country; no package lists.
Entries are ``native|roman``; where the locale writes names in Latin script only the
native and romanised forms are the same.
"""

from __future__ import annotations


def _semi(block: str) -> list[str]:
    return [x.strip() for x in block.replace("\n", " ").split(";") if x.strip()]


def _pairs(block: str) -> list[tuple[str, str]]:
    out = []
    for item in block.replace("\n", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        if "|" in item:
            a, b = item.split("|")
            out.append((a.strip(), b.strip()))
        else:
            out.append((item, item))
    return out


# --- ps_AF: Pashto / Dari (Perso-Arabic script) ---------------------------------
AF_MALE = _pairs("""
احمد|Ahmad; محمد|Mohammad; عبدالله|Abdullah; نجیب|Najib; فرید|Farid; حمید|Hamid; شفیق|Shafiq;
ذبیح الله|Zabihullah; رحمت الله|Rahmatullah; عبدالرحمن|Abdulrahman; اجمل|Ajmal; ولی|Wali;
وحید|Wahid; جاوید|Jawed; سمیع الله|Samiullah; حبیب الله|Habibullah; ضیاءالحق|Ziaulhaq;
مسعود|Masood; بصیر|Basir; نصیر|Nasir; قدیر|Qadir; رحیم|Rahim; کریم|Karim; عزیز|Aziz;
شریف|Sharif; یونس|Yunus; ادریس|Idris; بلال|Bilal; اسد|Asad; مجیب|Mujib; همایون|Humayoun;
فواد|Fawad; خالد|Khalid; طارق|Tariq; سهراب|Sohrab; میرویس|Mirwais; لطف الله|Lutfullah;
عصمت الله|Esmatullah; انور|Anwar; داوود|Dawood; سلیمان|Sulaiman; زلمی|Zalmai; گلاب|Gulab;
جمشید|Jamshid; منصور|Mansoor; پاینده|Painda; اسحاق|Ishaq; هدایت الله|Hedayatullah;
امان الله|Amanullah; نقیب|Naqib; رامین|Ramin; نوید|Navid; شاه ولی|Shah Wali; ملنګ|Malang;
سیدال|Saidal; خان آغا|Khan Agha; عبدالقیوم|Abdul Qayum; ګل محمد|Gul Mohammad
""")
AF_FEMALE = _pairs("""
مریم|Maryam; فاطمه|Fatima; زهرا|Zahra; لیلا|Laila; شبنم|Shabnam; فرشته|Fereshta; نرگس|Nargis;
زرغونه|Zarghuna; ملالی|Malalai; پلوشه|Palwasha; سحر|Sahar; مژگان|Mozhgan; هما|Homa;
نازنین|Nazanin; ګلالۍ|Gulalai; سوسن|Sosan; نادیه|Nadia; ستاره|Setara; شکریه|Shukria;
حلیمه|Halima; رحیمه|Rahima; فریبا|Fariba; وږمه|Wazhma; نجیبه|Najiba; زینب|Zainab;
خدیجه|Khadija; بی بی گل|Bibi Gul; پروین|Parwin; ثریا|Soraya; مرسل|Mursal; لطیفه|Latifa;
شیلا|Shila; آرزو|Arezo; تمنا|Tamana; مینه|Mina; حسنا|Husna; صدف|Sadaf; فرزانه|Farzana;
ماریه|Mariya; نیلوفر|Nilofar; روشنک|Roshanak; سپوږمۍ|Spozhmai; شیما|Shima; ګلبهار|Gulbahar
""")
AF_FAMILY = _pairs("""
احمدزی|Ahmadzai; پوپلزی|Popalzai; محمدزی|Mohammadzai; نورزی|Noorzai; اڅکزی|Achakzai;
ستانکزی|Stanikzai; کاکړ|Kakar; وردک|Wardak; صافی|Safi; شینواری|Shinwari; مومند|Momand;
یوسفزی|Yousafzai; خروټی|Kharoti; جلالی|Jalali; هاشمی|Hashimi; رحیمی|Rahimi; کریمی|Karimi;
حیدری|Haidari; نظری|Nazari; عزیزی|Azizi; صدیقی|Siddiqi; امیری|Amiri; قادری|Qaderi;
نوری|Noori; سلطانی|Sultani; محمدی|Mohammadi; حکیمی|Hakimi; نیازی|Niazi; زاخیل|Zakhil;
اندړ|Andar; غوری|Ghori; بلوڅ|Baloch; جعفری|Jafari; رضایی|Rezaie; مرادی|Moradi;
شریفی|Sharifi; فیضی|Faizi; یعقوبی|Yaqubi; سروری|Sarwari; اکبری|Akbari; صمیمی|Samimi;
عثمانی|Usmani; لودین|Ludin; ترکمنی|Turkmani; بدخشی|Badakhshi; پنجشیری|Panjshiri
""")

# --- tg_TJ: Tajik Cyrillic ---------------------------------------------------------
TJ_MALE = ["Фаррух", "Далер", "Шоҳрух", "Фирдавс", "Бахтиёр", "Ҷамшед", "Исмоил", "Сӯҳроб", "Умед", "Рустам", "Манучеҳр", "Зафар", "Аъзам", "Парвиз", "Шуҳрат", "Анвар", "Фарҳод", "Хуршед", "Ҳусейн", "Абдуллоҳ", "Муҳаммад", "Сайфулло", "Нозим", "Комрон", "Дилшод", "Амирхон", "Абдуқодир", "Неъматулло", "Саидҷон", "Бобоҷон", "Қурбон", "Ғайрат", "Меҳрубон", "Шерзод", "Толибҷон", "Ёқуб", "Рашид", "Исфандиёр", "Баҳром", "Наврӯз", "Ҷонибек", "Азиз", "Сиёвуш", "Суҳайл", "Хушрав", "Мирзо"]
TJ_FEMALE = ["Мадина", "Нигина", "Фотима", "Зарина", "Шаҳло", "Гулноза", "Меҳрангез", "Парвина", "Дилнавоз", "Сабрина", "Мунира", "Нилуфар", "Малика", "Ситора", "Фарангис", "Гулчеҳра", "Ҳусниё", "Тахмина", "Зулфия", "Мавҷуда", "Зебо", "Сурайё", "Дилором", "Манижа", "Гулрухсор", "Шаҳноза", "Ойша", "Барно", "Нодира", "Рухшона", "Фарзона", "Сарвиноз", "Гулбаҳор", "Мастона", "Меҳрона", "Садбарг", "Ширин", "Латофат", "Муҳаббат", "Гулмоҳ", "Наргис", "Шабнам"]
# family names: stems in -ов/-ев take -а for women; -зода, -ӣ, -ён are invariant
TJ_FAMILY = ["Раҳимов", "Назаров", "Саидов", "Каримов", "Ҳасанов", "Мирзоев", "Исмоилов", "Шарипов", "Қодиров", "Абдуллоев", "Сафаров", "Давлатов", "Холов", "Юсупов", "Раҷабов", "Ашуров", "Ғафуров", "Бобоев", "Алиев", "Нуров", "Қурбонов", "Одинаев", "Султонов", "Ҷӯраев", "Зоиров", "Маҳмадов", "Олимов", "Пирмуҳаммадов", "Раҳмонзода", "Назарзода", "Саидзода", "Шарифзода", "Қаюмзода", "Ҳамидзода", "Давлатзода", "Ҷалолзода", "Каримзода", "Абдуллозода", "Азизӣ", "Бадахшонӣ", "Ҳисорӣ", "Рустамиён", "Ориён", "Самадзода", "Шоҳзода"]

# --- ky_KG: Kyrgyz Cyrillic --------------------------------------------------------
KG_MALE = ["Бакыт", "Нурлан", "Азамат", "Эрлан", "Канат", "Улан", "Талант", "Мирлан", "Айбек", "Бекжан", "Кубанычбек", "Жыргалбек", "Темирлан", "Санжар", "Эмил", "Тилек", "Нурбек", "Адилет", "Асылбек", "Кайрат", "Медер", "Чыңгыз", "Марат", "Алмаз", "Үмөт", "Жоомарт", "Мелис", "Нурсултан", "Эркин", "Айдар", "Камчыбек", "Саматбек", "Дастан", "Руслан", "Өмүрбек", "Бектур", "Азиз", "Даниель", "Жаныбек", "Курманбек", "Орозбек", "Төлөгөн", "Атай", "Максат", "Элдияр"]
KG_FEMALE = ["Айгүл", "Жазгүл", "Айжан", "Нургүл", "Гүлнара", "Чолпон", "Бермет", "Айпери", "Асель", "Назгүл", "Динара", "Жылдыз", "Айнура", "Мээрим", "Нуриза", "Бүбүсара", "Гүлзат", "Айдай", "Аселя", "Каныкей", "Толгонай", "Акмөөр", "Элнура", "Перизат", "Бактыгүл", "Сайкал", "Аида", "Жибек", "Алтынай", "Нурайым", "Замира", "Венера", "Гүлмира", "Айсулуу", "Анара", "Салтанат", "Элиза", "Дамира", "Мөлдүр", "Чынара", "Көкүл", "Айым"]
KG_FAMILY = ["Асанов", "Токтогулов", "Осмонов", "Жумабеков", "Садыков", "Мамытов", "Абдыкадыров", "Исаков", "Бейшеналиев", "Кадыров", "Муратбеков", "Турдубаев", "Сыдыков", "Алымкулов", "Эсенгулов", "Дуйшеналиев", "Жээнбеков", "Сатыбалдиев", "Омурбеков", "Калыков", "Бакиров", "Чотонов", "Мамбетов", "Усенов", "Сагынбаев", "Бообеков", "Ибраимов", "Орозалиев", "Кененбаев", "Абдыраев", "Темиров", "Жусупов", "Айтматов", "Ниязбеков", "Маматов", "Акматов", "Тыныбеков", "Рысбеков", "Шаршеев", "Карабаев", "Кудайбергенов", "Мырзакматов"]

# --- ar_QA: Qatari Arabic, plus expatriate names (Latin) ---------------------------
QA_MALE = _pairs("""
محمد|Mohammed; عبدالله|Abdullah; خالد|Khalid; حمد|Hamad; جاسم|Jassim; علي|Ali; سعود|Saud;
فهد|Fahad; ناصر|Nasser; راشد|Rashid; سلطان|Sultan; مبارك|Mubarak; عبدالعزيز|Abdulaziz;
يوسف|Yousef; أحمد|Ahmed; حسن|Hassan; غانم|Ghanim; فيصل|Faisal; ثامر|Thamer; ماجد|Majed;
عيسى|Essa; سالم|Salem; منصور|Mansour; خليفة|Khalifa; مشعل|Mishal; بدر|Bader; عمر|Omar;
نايف|Naif; هزاع|Hazza; عادل|Adel; طلال|Talal; حامد|Hamed; سيف|Saif; مطلق|Mutlaq; جابر|Jaber;
شاهين|Shaheen; محسن|Mohsin; إبراهيم|Ibrahim
""")
QA_FEMALE = _pairs("""
مريم|Maryam; نورة|Noora; الجازي|Aljazi; دانة|Dana; عائشة|Aisha; فاطمة|Fatma; موزة|Moza;
هند|Hind; لطيفة|Latifa; العنود|Alanoud; ريم|Reem; حصة|Hessa; منيرة|Munira; شما|Shamma;
أسماء|Asma; سارة|Sara; خلود|Kholoud; لولوة|Lolwa; مها|Maha; بثينة|Buthaina; نوف|Nouf;
جواهر|Jawaher; أمل|Amal; غادة|Ghada; روضة|Rawda; عفراء|Afra
""")
QA_FAMILY = _pairs("""
الكواري|Al-Kuwari; المري|Al-Marri; النعيمي|Al-Naimi; السليطي|Al-Sulaiti; المهندي|Al-Mohannadi;
الهاجري|Al-Hajri; العمادي|Al-Emadi; العبيدلي|Al-Obaidli; المناعي|Al-Mannai; الدوسري|Al-Dosari;
الخاطر|Al-Khater; الأنصاري|Al-Ansari; المالكي|Al-Malki; الشهواني|Al-Shahwani; الرميحي|Al-Rumaihi;
الباكر|Al-Baker; الغانم|Al-Ghanim; الكبيسي|Al-Kubaisi; اليافعي|Al-Yafei; الحمادي|Al-Hammadi;
المحمود|Al-Mahmoud; فخرو|Fakhroo; الملا|Al-Mulla; العبدالله|Al-Abdulla; الجابر|Al-Jaber;
الخليفي|Al-Khulaifi; العطية|Al-Attiyah; البوعينين|Al-Buainain; السويدي|Al-Suwaidi;
الهتمي|Al-Hitmi; الخنجي|Al-Khenji; النصر|Al-Naser; الدرويش|Al-Darwish; المفتاح|Al-Muftah;
البنعلي|Al-Binali; الساعي|Al-Saie; القحطاني|Al-Qahtani; الحميدي|Al-Humaidi; المسلماني|Al-Muslemani;
العذبة|Al-Athba; الزمان|Al-Zaman
""")
QA_EXPAT = [  # (given, family, nationality code for QID, sex)
    ("Anil Kumar", "Nair", "356", "m"), ("Shibu", "Varghese", "356", "m"), ("Rajesh", "Pillai", "356", "m"),
    ("Fathima", "Beevi", "356", "f"), ("Divya", "Menon", "356", "f"), ("Jinu", "Thomas", "356", "m"),
    ("Bincy", "Joseph", "356", "f"), ("Mohammed Ashraf", "Kutty", "356", "m"), ("Sreeja", "Krishnan", "356", "f"),
    ("Maricel", "Dela Cruz", "608", "f"), ("Jonalyn", "Bautista", "608", "f"), ("Rowena", "Santos", "608", "f"),
    ("Arnel", "Reyes", "608", "m"), ("Mark Anthony", "Villanueva", "608", "m"), ("Jerome", "Dimaculangan", "608", "m"),
    ("Ram Bahadur", "Thapa", "524", "m"), ("Bishnu", "Gurung", "524", "m"), ("Sunita", "Tamang", "524", "f"),
    ("Dil Kumar", "Shrestha", "524", "m"), ("Mostafa", "Abdelrahman", "818", "m"), ("Heba", "El-Sayed", "818", "f"),
    ("Chaminda", "Perera", "144", "m"), ("Dilani", "Wickramasinghe", "144", "f"), ("Wanjiru", "Kamau", "404", "f"),
    ("Peter", "Otieno", "404", "m"), ("Imran", "Qureshi", "586", "m"), ("Sadia", "Rehman", "586", "f"),
    ("Abdul Karim", "Mia", "050", "m"), ("Rokeya", "Begum", "050", "f"), ("Tariq", "Haddad", "400", "m"),
]

# --- so_SO: Somali (Latin orthography); family = father / grandfather names ---------
SO_MALE = ["Cabdiraxmaan", "Maxamed", "Cali", "Axmed", "Xasan", "Xuseen", "Cabdullaahi", "Faarax", "Yuusuf", "Ismaaciil", "Cumar", "Cabdiqaadir", "Mahad", "Liban", "Abshir", "Guuleed", "Warsame", "Bashiir", "Khaalid", "Cabdirashiid", "Shariif", "Mustafe", "Ayaanle", "Jaamac", "Nuur", "Siciid", "Daahir", "Keyse", "Caydiid", "Qaasim", "Xirsi", "Buux", "Cabdiwali", "Faysal", "Saciid", "Muuse", "Ibraahim", "Cabdisalaan", "Sakariye", "Mukhtaar", "Yaasiin", "Bile", "Dahir", "Sahal", "Hamse"]
SO_FEMALE = ["Faadumo", "Caasha", "Hodan", "Sahra", "Ifrah", "Nimco", "Hibo", "Ayaan", "Sagal", "Fardowsa", "Hawo", "Maryan", "Deeqa", "Ubax", "Xaliimo", "Khadra", "Sucaad", "Shukri", "Amran", "Idil", "Ruun", "Naciimo", "Kaltuun", "Ladan", "Hamdi", "Cawo", "Filsan", "Muna", "Samsam", "Najma", "Asli", "Yasmin", "Roda", "Ikraan", "Warda", "Zamzam", "Nasteexo", "Qamar", "Istar", "Ilhaan"]
SO_FAMILY = ["Maxamed", "Cali", "Axmed", "Xasan", "Xuseen", "Cabdullaahi", "Faarax", "Yuusuf", "Ismaaciil", "Cumar", "Warsame", "Jaamac", "Nuur", "Siciid", "Daahir", "Guuleed", "Aadan", "Carab", "Cilmi", "Dirie", "Egal", "Gedi", "Hersi", "Jibriil", "Kaahin", "Mire", "Mohamud", "Nuux", "Obsiiye", "Qorane", "Raage", "Samatar", "Shire", "Tarabi", "Ugaas", "Waris", "Xaaji", "Yabarow", "Abtidoon", "Barre", "Cige", "Duale", "Farah"]

# --- rw_RW: Kinyarwanda names, with Christian / French given names -----------------
RW_KINYA_M = ["Niyonzima", "Habimana", "Nkurunziza", "Mugisha", "Ndayisaba", "Hakizimana", "Nsengimana", "Bizimana", "Uwimana", "Nshimiyimana", "Iradukunda", "Niyomugabo", "Twagirayezu", "Munyaneza", "Ntwari", "Gatete", "Rukundo", "Kayitare", "Nsanzimana", "Mutabazi", "Ishimwe", "Tuyishime", "Mbarushimana", "Ndahiro", "Sibomana", "Rwigema", "Kagame", "Murenzi", "Kamanzi", "Gasana", "Niyitegeka", "Hategekimana", "Nzeyimana", "Karangwa", "Manzi"]
RW_KINYA_F = ["Mukamana", "Uwase", "Ingabire", "Umutoni", "Uwamahoro", "Mukandayisenga", "Nyiransabimana", "Uwineza", "Mukamurenzi", "Umuhoza", "Uwera", "Kampire", "Mutesi", "Ishimwe", "Iradukunda", "Nikuze", "Uwimbabazi", "Mukeshimana", "Umurerwa", "Nyirahabimana", "Tuyisenge", "Kayitesi", "Uwamariya", "Murekatete", "Ineza", "Keza", "Gatesi", "Mahoro"]
RW_CHRISTIAN_M = _semi("""Jean Claude; Jean de Dieu; Emmanuel; Eric; Patrick; Innocent; Olivier; Fabrice;
Théoneste; Aimable; Jean Bosco; Didier; Félicien; Eugène; Gilbert; Vincent; Pacifique;
Célestin; Alphonse; Joseph; Fidèle; Samuel; Yves; Kevin; Valens; Augustin; Protais;
Jean Pierre; Prosper; Damascène""")
RW_CHRISTIAN_F = _semi("""Alphonsine; Claudine; Jeanne; Esperance; Solange; Marie Claire; Grace; Diane;
Chantal; Josiane; Vestine; Clementine; Immaculée; Annonciata; Béatrice; Françoise; Aline;
Divine; Sandrine; Liliane; Odette; Speciose; Vanessa; Gloriose; Delphine; Pélagie;
Donatha; Consolée; Marie Goretti; Nadine""")

# --- es_NI: Nicaraguan Spanish, plus Caribbean-coast Creole / Miskito names -----------
NI_MALE = _semi("""José; Juan Carlos; Luis; Carlos; Francisco; Miguel Ángel; Jorge; Róger; Álvaro; Ernesto;
Denis; Marvin; Wilmer; Norlan; Yader; Bayardo; Edgard; Harold; Kevin; Byron; Eddy; Léster;
Osmar; Fredy; Danilo; Everth; Santiago; Enrique; Manuel; Xavier; Maynor; Julio César; Augusto; Rigoberto; Orlando; Félix""")
NI_FEMALE = _semi("""María José; Ana Lucía; Karla; Fátima; Jessenia; Yahoska; Scarleth; Arlen; Maryuri;
Heysel; Lissette; Xiomara; Ruth; Indira; Tania; Martha; Claudia; Reyna; Jahoska; Aura;
Gioconda; Mercedes; Azucena; Dayana; Ileana; Carmen; Ixchel; Bertha; Valeria; Norma; Mayela; Zoila; Jazmina""")
NI_FAMILY = ["Gutiérrez", "López", "Martínez", "Pérez", "González", "Rodríguez", "Hernández", "Sánchez", "Mendoza", "Castillo", "Chamorro", "Lacayo", "Somarriba", "Argüello", "Pallais", "Cuadra", "Gurdián", "Zeledón", "Centeno", "Obando", "Espinoza", "Téllez", "Baltodano", "Membreño", "Aráuz", "Rivas", "Mairena", "Urbina", "Chavarría", "Molina", "Sequeira", "Blandón", "Zamora", "Moncada", "Ruiz", "Aguirre", "Bermúdez", "Picado", "Úbeda", "Altamirano", "Solórzano", "Meza"]
NI_COAST = [("Glenda", "Hodgson", "f"), ("Sheila", "Downs", "f"), ("Alvin", "Hooker", "m"),
            ("Kensy", "Sambola", "f"), ("Brooklyn", "Rivera", "m"), ("Nora", "Newball", "f"),
            ("Dexter", "Forbes", "m"), ("Yolanda", "Lackwood", "f"), ("Erwin", "Bent", "m")]

# --- bs_BA: Bosnian / Serbian / Croatian (Latin; Cyrillic derived by transliteration) --
BA_MALE = ["Emir", "Haris", "Mirza", "Nermin", "Jasmin", "Mirsad", "Adnan", "Amar", "Kenan", "Tarik", "Armin", "Senad", "Edin", "Almir", "Dženan", "Faruk", "Benjamin", "Elvir", "Muhamed", "Alen", "Samir", "Sead", "Nedžad", "Ismet", "Hamza", "Vedran", "Dragan", "Nenad", "Milorad", "Goran", "Zoran", "Slobodan", "Dejan", "Bojan", "Srđan", "Ognjen", "Nikola", "Josip", "Ante", "Ivan", "Marko", "Mario", "Dario", "Željko", "Zlatan", "Safet", "Husein", "Ibrahim", "Reuf"]
BA_FEMALE = ["Amra", "Selma", "Dženana", "Lejla", "Amila", "Merima", "Aida", "Emina", "Ajla", "Naida", "Belma", "Alma", "Elma", "Sanela", "Mirela", "Azra", "Hana", "Adna", "Sabina", "Jasmina", "Edina", "Minela", "Lamija", "Vildana", "Mediha", "Fata", "Hajra", "Milica", "Jelena", "Dragana", "Snežana", "Tijana", "Ivana", "Marija", "Ana", "Kristina", "Mirjana", "Vesna", "Tanja", "Ljiljana", "Nevena", "Anđela", "Dunja", "Ilma", "Sumeja", "Zehra", "Nejra", "Ismihana"]
BA_FAMILY = ["Hodžić", "Begović", "Mehmedović", "Hadžić", "Karić", "Delić", "Kovačević", "Babić", "Softić", "Ćatić", "Pašić", "Mujkić", "Zukić", "Omerović", "Jusufović", "Tahirović", "Hasanbegović", "Salihović", "Smajić", "Imamović", "Šehić", "Fazlić", "Alić", "Bešlagić", "Čaušević", "Muratović", "Kurtović", "Halilović", "Džaferović", "Hrnjić", "Avdić", "Spahić", "Ibrišimović", "Dedić", "Ramić", "Petrović", "Savić", "Đurić", "Simić", "Todorović", "Lukić", "Mitrović", "Stanković", "Jurić", "Marić", "Perić", "Bošnjak", "Knežević", "Ćosić", "Zovko", "Barbarić", "Ljubić", "Vidović", "Njegić"]

# --- dv_MV: Dhivehi in Thaana | romanised ---------------------------------------------
MV_MALE = _pairs("""
އަޙްމަދު|Ahmed; މުޙައްމަދު|Mohamed; އިބްރާހީމް|Ibrahim; ޢަލީ|Ali; ޙަސަން|Hassan; ޙުސައިން|Hussain;
ޢަބްދުﷲ|Abdulla; އިސްމާޢީލް|Ismail; ޔޫސުފް|Yoosuf; މޫސާ|Moosa; ޝަރީފް|Shareef; ރަޝީދު|Rasheed;
ނަސީމް|Naseem; ޝިޔާމް|Shiyam; ނާޝިދު|Nashid; އިލްހާމް|Ilham; ސަޢީދު|Saeed; ޒާހިރު|Zahir;
ވަޙީދު|Waheed; ލަޠީފް|Latheef; ނަޢީމް|Naeem; ރިޔާޒް|Riyaz; މައުސޫމް|Mausoom; ޢަޒީމް|Azim;
ޝަހީމް|Shaheem; ނިޔާޒް|Niyaz; ޢާރިފް|Areef; ހިޝާމް|Hisham; ޒުބައިރު|Zubair; ފަޟީލް|Fazeel;
އާޞިމް|Asim; ޢުމަރު|Umar; ޢީސާ|Easa; ޖަމީލް|Jameel; ސަމީރު|Sameer; އައިމަން|Aiman;
ޝާހިދު|Shahid; ހަމްދާން|Hamdhan
""")
MV_FEMALE = _pairs("""
ޢާއިޝަތު|Aishath; ފާޠިމަތު|Fathimath; މަރިޔަމް|Mariyam; ހައްވާ|Hawwa; އާމިނަތު|Aminath;
ޚަދީޖާ|Khadheeja; ޝިފާނާ|Shifana; ނަޒީރާ|Nazeera; ރާނިޔާ|Raniya; ޒީނާ|Zeena; ލީނާ|Leena;
ހުދާ|Hudha; ސާޖިދާ|Sajidha; ނަޖީބާ|Najeeba; ޝަހީދާ|Shaheedha; ޢަޒީމާ|Azeema; މުނާ|Muna;
ނުހާ|Nuha; ޒުލްފާ|Zulfa; ރަޝީދާ|Rasheedha; ތަސްލީމާ|Thasleema; ޒާހިރާ|Zahira; ޙަފްޞާ|Hafsa;
އާސިޔާ|Asiya; ނަސްރީނާ|Nasreena; ޝައުފާ|Shaufa; މައިޝާ|Maisha; ދީނާ|Dheena; ނަސްމާ|Nasma
""")
MV_SECOND = _pairs("""
ރަޝީދު|Rasheed; ޝަރީފް|Shareef; ޒާހިރު|Zahir; ވަޙީދު|Waheed; ނަސީމް|Naseem; ލަޠީފް|Latheef;
ސަޢީދު|Saeed; ޙަމީދު|Hameed; މަނިކު|Manik; ދީދީ|Didi; މުޙައްމަދު|Mohamed; އިބްރާހީމް|Ibrahim;
ޢަލީ|Ali; ޙަސަން|Hassan; ޙުސައިން|Hussain; ޢަބްދުﷲ|Abdulla; ރިޔާޒް|Riyaz; ޝިޔާމް|Shiyam;
ނާޝިދު|Nashid; ޢަފީފް|Afeef; ނަޝީދު|Nasheed; ފަހުމީ|Fahmy; ޖާބިރު|Jabir; ޝަކީލް|Shakeel;
މާހިރު|Mahir; ޙަލީމް|Haleem; ރަޢޫފް|Rauf; ސަލީމް|Saleem; ނަޒީރު|Nazeer; ފާއިޒް|Faiz;
ޝާފިޢު|Shafiu; ވަސީމް|Waseem; ޢާދިލް|Adil; ޚަލީލް|Khaleel; ރަމީޒް|Ramiz; ޝަމީމް|Shameem;
ޤާސިމް|Qasim; ލުޠުފީ|Luthfee; މަޖީދު|Majeed; ކަލޭފާނު|Kaleyfaanu
""")

# --- en_TT: Trinidad and Tobago: African, Indian, Chinese, Syrian-Lebanese, Spanish roots
TT_MALE = _semi("""Marlon; Kerwin; Dexter; Andre; Rajesh; Sunil; Vishnu; Ravi; Nigel; Jason; Kevin;
Shiva; Ramesh; Darren; Kwame; Jerome; Anthony; Curtis; Sheldon; Dwayne; Kenneth; Ricardo;
Feroze; Imran; Nazim; Deoraj; Krishna; Rawle; Akeem; Keston; Shastri; Omari; Brent;
Michael; Roger; Terrence""")
TT_FEMALE = _semi("""Sharon; Nicole; Kezia; Latoya; Anisa; Savitri; Priya; Shanice; Kimberly; Renee;
Vashti; Sunita; Indira; Nadira; Candice; Keisha; Simone; Melissa; Tricia; Jillian;
Chandra; Kamla; Shelly-Ann; Natalie; Giselle; Reshma; Asha; Afiya; Stacy-Ann; Alana""")
TT_FAMILY = ["Ramdass", "Maharaj", "Persad", "Mohammed", "Ali", "Khan", "Baptiste", "Charles", "Joseph", "Alexander", "Phillip", "Williams", "Roberts", "Ramkissoon", "Rampersad", "Singh", "Seepersad", "Boodram", "Mootoo", "Ramsaroop", "Sookdeo", "Jagessar", "Ramlal", "Bissoon", "Lalla", "Chin", "Achong", "Ho-A-Shoo", "Lee", "Chee", "Hadeed", "Sabga", "Aboud", "Fortune", "Granger", "Cudjoe", "Yorke", "Mitchell", "Thomas", "Hosein", "Juman", "De Silva", "Lezama", "Pierre", "Gomez"]
