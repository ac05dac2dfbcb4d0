"""Hand-written name pools for the v10b locales.

Arabic entries are "native|latin" pairs: the Arabic script as people write it and the
romanised form that passports, bank files and e-mail addresses carry.  Other locales are
written in Latin script; machine formats fold their diacritics.
"""

NAMES = {
    "ar_LY": {
        "m": "محمد|Mohamed أحمد|Ahmed علي|Ali عبدالله|Abdalla مصطفى|Mustafa خالد|Khaled عمر|Omar سالم|Salem إبراهيم|Ibrahim عبدالسلام|Abdulsalam عبدالحميد|Abdulhamid فرج|Faraj ميلاد|Milad مفتاح|Muftah رمضان|Ramadan الهادي|Alhadi الصادق|Alsadiq المبروك|Almabrouk الطاهر|Altaher عبدالرزاق|Abdulrazag حسين|Hussein أسامة|Osama طارق|Tarek وليد|Walid نوري|Nouri جمعة|Juma مختار|Mukhtar صلاح|Salah بشير|Bashir عادل|Adel معتز|Moutaz أنس|Anas يوسف|Yousef حمزة|Hamza عصام|Essam ناصر|Nasser إدريس|Idris سليمان|Suleiman عبدالباسط|Abdulbaset زكريا|Zakaria يوبا|Yuba ماسين|Masin أكسيل|Aksil أخاموك|Akhamouk عمران|Omran الصيد|Alsaid",
        "f": "فاطمة|Fatima عائشة|Aisha مريم|Maryam خديجة|Khadija سعاد|Suad نجاة|Najat حنان|Hanan أسماء|Asma سارة|Sara هدى|Huda آمنة|Amna زينب|Zainab ربيعة|Rabia سالمة|Salma مبروكة|Mabrouka نعيمة|Naima فوزية|Fawzia رحاب|Rehab إيمان|Iman نسرين|Nesrine هاجر|Hajer ابتسام|Ibtisam وفاء|Wafa سميرة|Samira أمل|Amal منى|Mona رقية|Ruqaya حليمة|Halima تسنيم|Tasnim ريم|Reem دنيا|Donia تيللي|Tilelli تيزيري|Tiziri عزيزة|Aziza خيرية|Khairia",
        "family": "الورفلي|Al-Warfalli الزنتاني|Al-Zintani المصراتي|Al-Misrati الترهوني|Al-Tarhouni الفيتوري|Al-Fitouri المقريف|Al-Magariaf بن_غربية|Ben_Gharbia الشريف|Al-Sharif السنوسي|Al-Senussi العبيدي|Al-Obeidi المغربي|Al-Maghrebi الكيلاني|Al-Kilani بن_عمران|Ben_Omran الزوي|Al-Zway التاجوري|Al-Tajouri الفرجاني|Al-Ferjani القماطي|Al-Gammati الدرسي|Al-Dorsi البرعصي|Al-Baraasi العقوري|Al-Agouri الجهاني|Al-Jehani بن_حليم|Ben_Halim الشاعري|Al-Shaari القاضي|Al-Gadi أبوزيد|Abuzaid الطرابلسي|Al-Trabelsi الغرياني|Al-Ghariani الحاسي|Al-Hassi الزليتني|Al-Zliteni بوخمادة|Boukhmada الهوني|Al-Houni المسلاتي|Al-Msallati النالوتي|Al-Naluti الجادوي|Al-Jadawi اليفرني|Al-Yafrani التباوي|Al-Tebawi الغدامسي|Al-Ghadamsi الأوجلي|Al-Awjali الكبتي|Al-Kabti الشويهدي|Al-Shwehdi بن_شتوان|Ben_Shatwan الككلي|Al-Kikli",
    },
    "ar_SD": {
        "m": "محمد|Mohamed أحمد|Ahmed عثمان|Osman عبدالرحيم|Abdelrahim الطيب|Eltayeb حسن|Hassan حسين|Hussein عوض|Awad مجذوب|Magzoub بابكر|Babiker عبدالقادر|Abdelgadir الفاتح|Elfatih مصعب|Musab مزمل|Muzamil معتصم|Mutasim ياسر|Yasir خالد|Khalid عمر|Omer إبراهيم|Ibrahim آدم|Adam إسحاق|Ishag يعقوب|Yagoub حامد|Hamid صديق|Siddig النور|Elnour الأمين|Elamin عبدالمنعم|Abdelmoneim هاشم|Hashim المعز|Elmoez أبوبكر|Abubakar محجوب|Mahgoub دفع_الله|Dafaalla عبدالعظيم|Abdelazim تاج_السر|Tagelsir كمال|Kamal أيمن|Ayman منتصر|Muntasir سيف_الدين|Saifeldin جعفر|Gaafar أوهاج|Ohaj أدروب|Adarob كوكو|Koko",
        "f": "فاطمة|Fatima آمنة|Amna مريم|Mariam سلمى|Salma هبة|Hiba رشا|Rasha سارة|Sara إسراء|Israa آلاء|Alaa أميرة|Amira ندى|Nada مها|Maha سهام|Siham عفاف|Afaf إخلاص|Ikhlas انتصار|Intisar نفيسة|Nafisa حواء|Hawa زينب|Zeinab سعدية|Saadia بخيتة|Bakhita ست_النفور|Sitt_Elnafour عزة|Azza رفيدة|Rufaida مودة|Mawada رزان|Razan تسابيح|Tasabeeh شيماء|Shaimaa منى|Muna عائشة|Aisha حليمة|Halima ريان|Rayan",
        "family": "عبدالله|Abdalla الطيب|Eltayeb ميرغني|Mirghani المهدي|Elmahdi عبدالرحمن|Abdelrahman النور|Elnour حمدان|Hamdan بشير|Bashir دهب|Dahab إدريس|Idris خليل|Khalil الحاج|Elhag بابكر|Babiker محجوب|Mahgoub عوض_الكريم|Awadelkarim الشيخ|Elsheikh فضل|Fadul مكي|Makki أبوشامة|Abushama صالح|Saleh موسى|Musa هارون|Haroun نور_الدائم|Nour_Eldaim كباشي|Kabbashi جبريل|Gibril أبكر|Abakar إسماعيل|Ismail عبدالماجد|Abdelmagid بدوي|Badawi سر_الختم|Sirelkhatim قرشي|Gurashi يوسف|Yousif عطا_المنان|Ata_Elmanan الزبير|Elzubair كوكو|Kuku الأمين|Elamin حسب_الرسول|Hasabelrasoul الريح|Elrayah ود_البشير|Wad_Elbashir الشريف|Elsharif عبدالباقي|Abdelbagi أبوعاقلة|Abuaagla",
    },
    "en_ZM": {
        "m": "Mwila Mulenga Bwalya Mutale Mwansa Musonda Kabwe Chanda Kondwani Mubanga Mukela Lubasi Choolwe Kunda Kapembwa Mumba Kalaba Sepo Akufuna Chikondi Chimwemwe Tiyamike Brian Joseph Emmanuel Moses Patrick Given Kelvin Felix Oscar Enock Chabala Mwenya Nkandu Luka Mapalo Hachilensa Lweendo Chisenga Musunga Ndumba Kasongo Fumbani Elijah Jacob",
        "f": "Chilufya Chileshe Natasha Thandiwe Mwaka Namukolo Inonge Mutinta Luyando Bupe Nalishebo Precious Memory Mary Esther Charity Loveness Chisomo Rhoda Ruth Agness Grace Prudence Mulenga Mwape Towela Nchimunya Taonga Mainza Chipo Kalunga Likando Mirriam Beatrice Febby Dorcas Misozi Nomsa",
        "family": "Banda Phiri Mwale Tembo Zulu Mulenga Mwansa Bwalya Chanda Musonda Sakala Lungu Daka Ngoma Kabwe Chilufya Mumba Mutale Nkhata Siame Simukonda Hamoonga Mweemba Chibesakunda Nalumango Muyunda Mukelabai Lubinda Sikazwe Simwinga Chisanga Kasonde Chomba Mbewe Zimba Ng'andu Mvula Kalumba Chitalu Chipasha Lisulo Nyirenda Hachoongo Siachitema Munkombwe Kaunda",
    },
    "en_ZW": {
        "m": "Tendai Tatenda Tafadzwa Farai Kudzai Tinashe Tawanda Takudzwa Munyaradzi Sibusiso Nkosana Bongani Mthokozisi Themba Simbarashe Anesu Shingai Panashe Kudakwashe Tapiwa Blessing Tonderai Fungai Nkululeko Mandla Sakhile Lwazi Dumisani Thulani Kelvin Trust Innocent Learnmore Brighton Praise Tichaona Kuda Ngonidzashe Zvikomborero Busani Mqondisi Ndabezinhle",
        "f": "Rutendo Rumbidzai Chipo Nyasha Nokuthula Thandeka Lindiwe Zanele Sithembile Nqobile Kundai Ruvimbo Chiedza Fadzai Vimbai Tsitsi Ropafadzo Makanaka Precious Gamuchirai Nomsa Sikhululekile Busisiwe Ntombizodwa Zodwa Memory Gift Loveness Privilege Tariro Nyarai Chengetai Samukeliso Thembelihle Sinqobile Mufaro",
        "family": "Moyo Ncube Sibanda Dube Ndlovu Nyathi Mpofu Khumalo Mlambo Chikwanha Mutasa Chiweshe Marufu Makoni Mapfumo Mukanya Zvobgo Gumbo Shumba Mhlanga Tshuma Mabhena Maphosa Nkomo Masuku Hove Mandaza Chigumba Madzima Nyamande Mushonga Chirwa Mazarura Chitsiga Maposa Nhamo Chikore Matanda Zhou Chidzikwe Mawere Makumbe Mangwende Nyoni Bhebhe Moyo-Sibanda",
    },
    "fr_CI": {
        "m": "Kouassi Kouadio Konan Yao Kouamé Koffi Yapi N'Guessan Drissa Seydou Ibrahim Mamadou Moussa Siaka Lassina Souleymane Brahima Zié Nanga Tiémoko Yacouba Sery Gnahoré Dago Zadi Jean-Marc Armel Serge Hervé Franck Ange Arnaud Didier Yannick Ghislain Kévin Aboubakar Zoumana Gbêhi Blé Ehouman Désiré Fulgence Landry",
        "f": "Aya Amenan Adjoua Affoué Ahou Akissi Amoin Aminata Mariam Fatoumata Awa Salimata Kadidia Djeneba Marie-Laure Christelle Rosine Prisca Estelle Élodie Raïssa Inès Nadège Laetitia Bintou Rokia Korotoum Massandjé Clarisse Huguette Edwige Mireille Ange-Marie Sandrine Tata",
        "family": "Kouassi Koné Ouattara Traoré Coulibaly Diabaté Bamba Touré Yao Kouadio N'Guessan Konan Kouamé Brou Aka Assi Yapo Gnagne Zadi Dago Digbeu Séri Gnahoré Tapé Zokou Kacou Amani Adou Ahoua Kra Boni Soro Silué Tuo Yéo Koffi Dosso Fofana Cissé Sangaré Doumbia Kamagaté Diomandé Sylla Bakayoko Méité Gueu Gbané Akpa Djédjé",
    },
    "fr_MG": {
        "m": "Andry Hery Faly Fetra Mamy Naina Tiana Haja Toky Rado Njaka Fitiavana Ravo Sitraka Tsiry Mahery Tojo Rindra Hasina Bodo Vonjy Ando Rivo Mbola Tsilavina Nantenaina Lanto Manitra Christian Olivier Jean-Claude Jean_de_Dieu Heriniaina Fanomezana Solofo Tahiry Zo Aina Ismaël Soilihi",
        "f": "Lova Voahangy Hanitra Holy Miora Fanja Nirina Tahina Mialy Fenosoa Nomena Volatiana Lalao Tantely Noro Onja Harisoa Soa Sarobidy Mirana Fanambinana Marie_Odile Ny_Aina Niry Fy Domoina Hoby Faniry Nathalie Hanta Vola Bakoly Ravaka Rondro Haingo Malala",
        "family": "Rakoto Rabe Rasoa Rakotomalala Rakotondrabe Randrianarisoa Rasoanaivo Razafindrakoto Andrianaivo Rajaonarison Ravelojaona Ratsimbazafy Randriamampionona Rakotoarisoa Razafimahatratra Andriamanantena Rasolofoniaina Rabemananjara Ramanantsoa Rakotonirina Randrianasolo Razanajatovo Rafidimanana Rajaonah Rasamoelina Andriantsitohaina Razakamanana Rabearivelo Ranaivoson Zafisambo Tovondrainy Ramaroson Rahajarizafy Randrianjafy Rakotovao Ratovonirina Ahamada Soilihi Velontsoa Tsimiaraka Rabenandrasana Raharimanana",
    },
    "es_HN": {
        "m": "José Juan Carlos Luis Marvin Wilmer Elvin Kevin Brayan Edwin Darwin Selvin Nelson Osman Olvin Wilfredo Héctor Fredy Mario Jorge Santos Reinaldo Ángel Gerson Josué Cristian Wellington Ubaldo Lempira Denis Rigoberto Alexis Oscar Elmer Cruz Nahún Isaac",
        "f": "Dilcia Karla Yessenia Sonia Lesly Iris Gloria Maritza Suyapa Reina Lourdes Ana María Marlen Dunia Glenda Yolani Wendy Yaneth Nohemy Keyla Lilian Sandra Jennifer Heydi Daysi Orfilia Belkis Elsa Alba Doris Rosa Gladys Fanny Delmy Merlin Arely",
        "family": "Hernández López Martínez Rodríguez García Flores Mejía Reyes Zelaya Cruz Ramírez Castro Aguilar Murillo Ordóñez Pineda Rivera Maradiaga Paz Banegas Sosa Alvarado Bonilla Cálix Funes Lagos Midence Ponce Suazo Velásquez Villeda Andino Amaya Fúnez Osorto Canales Sierra Chinchilla Turcios Bustillo Matute Cárcamo Bodden Ebanks McNab Güity Bernárdez Arzú Sambulá Handal Kafati",
    },
    "es_VE": {
        "m": "José Luis Carlos Jesús Jhonny Yorman Yoel Wilmer Johan Eduardo Rafael Gregorio Simón Reinaldo Freddy Orangel Yonathan Franklin Deivis Leonel Alirio Gustavo Hendrick Yeferson Ramón Nelson Ángel Gabriel Daniel Andrés Yohandry Argenis Néstor Eudes",
        "f": "María Yusmary Yelitza Yenny Yuleidy Mariángel Daniela Dayana Génesis Oriana Rosmary Yarelis Nathaly Andreína Carolina Betzabeth Milagros Zuleima Neida Nelly Yaritza Mileidy Fabiola Isabel Rosa Ana Luisa Gabriela Anais Migdalia Omaira Yajaira Deisy Marbelis Yaneidy",
        "family": "González Rodríguez Pérez Hernández García Martínez López Sánchez Díaz Ramírez Rojas Torres Mendoza Silva Guerrero Medina Castillo Márquez Contreras Salazar Carrillo Briceño Villalobos Urdaneta Chacón Bracho Fernández Montilla Peña Escalona Colmenares Zambrano Quintero De_Abreu Gouveia Ferreira D'Agostino Di_Giacomo Saab Atencio Epieyú Uriana Ipuana Pushaina",
    },
    "nl_SR": {
        "m": "Ravindra Sunil Radjesh Soeniel Anand Dinesh Rishi Krishna Soedarmo Wagiman Paidjo Djoko Sarmin Soekirman Rinaldo Ronny Errol Xavier Romeo Orlando Delano Kwasi Kwaku Kofi Yaw Amoksi Ricardo Marciano Hugo Jurgen Stanley Glenn Kenneth Humphrey Ashwin Navin Sharif Sewnath",
        "f": "Anjali Devika Kavita Sharmila Reshma Shanti Priya Sriwati Soekarni Sitie Wartini Shirley Gracia Xaviera Jennifer Desi Muriel Ilse Adjoa Akosua Afi Ama Charlene Marisa Esmeralda Rosita Lucretia Jolanda Ingrid Sandra Chandrika Nasreen Wilma Sheila Mayra Rachel",
        "family": "Ramdin Jagernath Mohan Sewdien Baldewsingh Ramsaran Rambaran Bhagwandin Jhinkoe Soekhlal Hanoeman Mahabier Kalloe Ramlakhan Sital Biharie Raghoebarsing Sontoredjo Karijopawiro Kromodimedjo Wongsodikromo Sarmo Soemita Kartoredjo Setropawiro Atmodikoro Pawirodihardjo Sodikromo Kasanpawiro Pinas Breeveld Brunings Vyent Wijngaarde Kross Blokland Zschuschen Aloeboetoe Adjako Doekoe Amoida Sabajo Pané Tjon_A_Hung Chin_A_Lin Tjin-A-Tsoi Lie_A_Kwie Ho_A_Sjoe Dipoksentono Nurmohamed",
    },
    "fo_FO": {
        "m": "Jógvan Óli Rógvi Sjúrður Heðin Tróndur Brandur Bárður Eyðun Hanus Poul Símun Kári Dánjal Teitur Hallur Gunnar Sámal Jákup Rasmus Pætur Magnus Høgni Regin Sverri Ísak Jónleif Leivur Hans_Jørgen Fróði Gutti Tummas Arnbjørn Oddur Bogi Ári",
        "f": "Óluva Guðrun Sunneva Turið Rannvá Ásla Elin Marjun Bjørg Ragna Sólja Hjørdis Beinta Birita Eyðvør Katrin Anna Jóhanna Sigrid Tóra Gunnvá Malan Súsanna Randi Rakul Sigga Hildur Lena Durita Ingibjørg Kristianna Vár Liv Elsa Mirjam Tórunn",
        "family": "Joensen Hansen Jacobsen Olsen Poulsen Petersen Johannesen Thomsen Nielsen Mortensen Djurhuus Patursson Dahl Lamhauge Højgaard Dam Niclasen Rasmussen Simonsen Midjord Vang Skaale Ellefsen Mikkelsen Danielsen Jensen Davidsen Justinussen Zachariasen Hentze Gregersen Debes Ziska Hammer Sólsker á_Rógvi í_Lágabø á_Lakjuni við_Á í_Gerðinum Jógvansson Hansdóttir Vágsheyg Kjærbo Tróndarson",
    },
}

NAMES["fo_FO"]["f"] = NAMES["fo_FO"]["f"].replace("Lena ", "Ólavá ")


def pools(locale: str) -> dict[str, list]:
    """Parsed pools; Arabic entries become (native, latin) pairs, '_' marks a space."""
    out = {}
    for k, s in NAMES[locale].items():
        items = []
        for tok in s.split():
            tok = tok.replace("_", " ")
            if "|" in tok:
                a, b = tok.split("|")
                items.append((a, b))
            else:
                items.append((tok, tok))
        out[k] = items
    return out
