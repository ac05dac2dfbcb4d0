# ruff: noqa: RUF001  (real texts in these scripts use characters that look like Latin ones)
"""Hand-written name pools for th_TH, my_MM, mn_MN and ne_NP.

Entries are ``native|romanised|sex`` (given) or ``native|romanised`` (family),
separated by ``;``.  Written by hand for this set; no package lists were used.
"""

# Thailand: given names (central, Isan and northern names, southern Malay-Muslim
# names), family names (long coined Thai surnames, Sino-Thai sae- names, Malay names).
TH_GIVEN = """
สมชาย|Somchai|m; ธนากร|Thanakorn|m; วีระพงษ์|Weeraphong|m; ณัฐวุฒิ|Nattawut|m;
ประเสริฐ|Prasert|m; กิตติศักดิ์|Kittisak|m; อนุชา|Anucha|m; สุรชัย|Surachai|m;
ชาตรี|Chatri|m; ปิยะ|Piya|m; ธีรวัฒน์|Theerawat|m; วิชัย|Wichai|m; บุญมี|Boonmee|m;
ทองสุข|Thongsuk|m; เอกชัย|Ekkachai|m; จักรพันธ์|Jakkaphan|m; ภานุวัฒน์|Phanuwat|m;
อภิสิทธิ์|Aphisit|m; ศุภชัย|Suppachai|m; ไพโรจน์|Pairoj|m; สมศักดิ์|Somsak|m;
อำนาจ|Amnat|m; ยุทธนา|Yutthana|m; พงศกร|Pongsakorn|m; ธวัชชัย|Thawatchai|m;
คำแปง|Khampaeng|m; อับดุลเลาะ|Abdullah|m; ฮาซัน|Hasan|m; ชัยวัฒน์|Chaiwat|m;
สุทธิพงษ์|Sutthiphong|m; บุญส่ง|Boonsong|m; ศักดิ์ชัย|Sakchai|m;
สมหญิง|Somying|f; กาญจนา|Kanchana|f; ณัฐธิดา|Natthida|f; วิไลวรรณ|Wilaiwan|f;
สุภาพร|Supaporn|f; อรอุมา|On-uma|f; พิมพ์ชนก|Phimchanok|f; ปวีณา|Paweena|f;
จันทร์เพ็ญ|Janpen|f; รัตนา|Rattana|f; ศิริพร|Siriporn|f; นงลักษณ์|Nonglak|f;
มาลัย|Malai|f; บัวผัน|Buaphan|f; ดวงใจ|Duangjai|f; สุนันทา|Sunanta|f; อัมพร|Amphon|f;
ประภาพร|Praphaporn|f; ชุติมา|Chutima|f; ธัญญารัตน์|Thanyarat|f; กัลยา|Kanlaya|f;
เพ็ญศรี|Pensri|f; ลำดวน|Lamduan|f; นูรีฮัน|Nurihan|f; ซารีนา|Sarina|f;
แสงเดือน|Saengduean|f; ปิยะนุช|Piyanut|f; วรรณา|Wanna|f; อุไรวรรณ|Uraiwan|f;
พรทิพย์|Porntip|f; คำปุน|Khampun|f
"""
TH_NICK = """
ต้อม|Tom; แบงค์|Bank; นุ่น|Nun; ปู|Pu; เจี๊ยบ|Jiap; บอย|Boy; เก่ง|Keng; แอน|Ann;
ฝน|Fon; ต่าย|Tai; หมิว|Miw; โอ๊ต|Oat; น้ำ|Nam; ออม|Aom; ภูมิ|Phum; ข้าวหอม|Khaohom;
ปั้น|Pan; มะปราง|Maprang; ไอซ์|Ice; เฟิร์น|Fern
"""
TH_FAMILY = """
วงศ์สวัสดิ์|Wongsawat; ศรีสุข|Srisuk; ใจดี|Jaidee; แก้วมณี|Kaewmanee; ทองดี|Thongdee;
บุญเรือง|Boonruang; สุขสมบูรณ์|Suksomboon; จันทร์แก้ว|Chankaew; พรหมมา|Phromma;
ชัยประเสริฐ|Chaiprasert; รัตนพันธ์|Rattanaphan; เพชรรัตน์|Phetcharat; ศรีวงศ์|Sriwong;
อินทร์แก้ว|Inkaew; ปัญญาดี|Panyadee; มหาวงศ์|Mahawong; สายทอง|Saithong;
คงเจริญ|Khongcharoen; แซ่ลิ้ม|Sae-Lim; แซ่ตั้ง|Sae-Tang; ตั้งศิริ|Tangsiri;
เลิศวิริยะ|Lertwiriya; โชติกุล|Chotikul; วัฒนาพร|Wattanaporn; บุญมา|Boonma;
นาคสวัสดิ์|Naksawat; อุดมสุข|Udomsuk; กิตติวงศ์|Kittiwong; เจริญผล|Charoenphon;
ดาวเรือง|Daoruang; ทองมา|Thongma; สีดา|Sida; ยอดยิ่ง|Yodying; หวังดี|Wangdee;
อาแว|Awae; ดอเลาะ|Doloh; ลาเต๊ะ|Lateh; สาและ|Saleh; ปิ่นทอง|Pinthong;
บุญประเสริฐ|Boonprasert; พึ่งทอง|Phuengthong; คำภักดี|Khamphakdee; ไชยวงศ์|Chaiwong
"""

# Myanmar: Burmese names have no family name.  The first pool holds opening name
# elements (with the sex they are usual for), the second closing elements; a name is
# one to three elements written without spaces in Burmese script.  Kachin, Chin and
# Mon-style elements are among them.
MM_GIVEN = """
အောင်|Aung|m; ကျော်|Kyaw|m; ဇော်|Zaw|m; မင်း|Min|m; သန့်ဇင်|Thant Zin|m;
ထက်နိုင်|Htet Naing|m; ဝင်း|Win|m; မျိုး|Myo|m; နေ|Nay|m; ဖြိုး|Phyo|m; ရဲ|Ye|m;
သူရ|Thura|m; ပိုင်|Paing|m; ဟိန်း|Hein|m; စိုး|Soe|m; တင်|Tin|m; လှ|Hla|m;
သိန်း|Thein|m; ညီ|Nyi|m; ချမ်း|Chan|m; ဝေ|Wai|m; ခင်မောင်|Khin Maung|m;
ဇေယျာ|Zeyar|m; ကောင်း|Kaung|m; ရန်နိုင်|Yan Naing|m; ဘုန်း|Phone|m; လျှံ|Hlyan|m;
ဗညား|Banya|m; ဘရန်|Brang|m; လျန်|Lian|m; တန်|Tan|m;
ခင်|Khin|f; နု|Nu|f; မြ|Mya|f; သီတာ|Thida|f; ဆု|Su|f; နှင်း|Hnin|f; ယု|Yu|f;
ဖူး|Phoo|f; သဉ္ဇာ|Thinzar|f; ဝတ်ရည်|Wutyee|f; မေ|May|f; စန္ဒာ|Sandar|f; အိ|Ei|f;
ချို|Cho|f; ပန်း|Pan|f; ခိုင်|Khaing|f; နန္ဒာ|Nandar|f; သက်|Thet|f; ဇာ|Zar|f;
ရွှေ|Shwe|f; ရတနာ|Yadanar|f; ဇင်|Zin|f; မိ|Mi|f; နွယ်|Nwe|f; သဲ|Thae|f;
ငြိမ်း|Nyein|f; အိအိ|Ei Ei|f; စုမွန်|Su Mon|f; မွန်|Mon|f; ကေ|Kay|f; ဆိုင်း|Hsaing|f
"""
MM_FAMILY = """
မိုး|Moe; ထွန်း|Tun; လင်း|Lin; ဦး|Oo; အေး|Aye; မြင့်|Myint; ခိုင်|Khaing; ဝင်း|Win;
ဇော်|Zaw; နိုင်|Naing; လွင်|Lwin; ကြည်|Kyi; သန်း|Than; ဆွေ|Swe; ထက်|Htet;
ပြည့်|Pyae; ဖြိုး|Phyo; စံ|San; မြတ်|Myat; သူ|Thu; မာ|Mar; ရီ|Yi; ဖြူ|Phyu;
သင်း|Thin; ညွန့်|Nyunt; အောင်|Aung; နွယ်|Nwe; လေး|Lay; ချို|Cho; ပိုး|Po;
ကျော်|Kyaw; ဝေ|Wai; ဟန်|Han; ဇင်|Zin; စိုး|Soe; မွန်|Mon; သော်|Thaw; ထူး|Htoo;
ကိုကို|Ko Ko; ဖြိုးဝေ|Phyo Wai; ခိုင်ဇာ|Khaing Zar; ဆွေဆင်|Swe Sin
"""

# Mongolia: given names (Khalkha, some Buryat and Kazakh names of Bayan-Ölgii);
# the "family" pool holds fathers' names used as patronymics (nominative,
# genitive as written before the given name, romanised).
MN_GIVEN = """
Бат-Эрдэнэ|Bat-Erdene|m; Болд|Bold|m; Ганбаатар|Ganbaatar|m; Төмөрбаатар|Tumurbaatar|m;
Энхбаяр|Enkhbayar|m; Батбаяр|Batbayar|m; Мөнх-Очир|Munkh-Ochir|m; Сүхбат|Sukhbat|m;
Ганзориг|Ganzorig|m; Баярсайхан|Bayarsaikhan|m; Тэмүүлэн|Temuulen|m; Билгүүн|Bilguun|m;
Эрдэнэбат|Erdenebat|m; Дорж|Dorj|m; Нямдорж|Nyamdorj|m; Пүрэвдорж|Purevdorj|m;
Ариунболд|Ariunbold|m; Отгонбаяр|Otgonbayar|m; Тэмүүжин|Temuujin|m; Ганхуяг|Gankhuyag|m;
Жаргалсайхан|Jargalsaikhan|m; Цогтбаяр|Tsogtbayar|m; Өлзийбат|Ulziibat|m; Нэргүй|Nergui|m;
Сэргэлэн|Sergelen|m; Ерлан|Yerlan|m; Серик|Serik|m; Мөнхтулга|Munkhtulga|m;
Баатарсүх|Baatarsukh|m; Цэнд-Аюуш|Tsend-Ayush|m; Дашням|Dashnyam|m;
Оюунчимэг|Oyunchimeg|f; Сарантуяа|Sarantuya|f; Энхтуяа|Enkhtuya|f; Номин|Nomin|f;
Ану|Anu|f; Мөнхзул|Munkhzul|f; Ариунаа|Ariunaa|f; Болормаа|Bolormaa|f;
Уранчимэг|Uranchimeg|f; Солонго|Solongo|f; Отгонтуяа|Otgontuya|f; Цэцэгмаа|Tsetsegmaa|f;
Алтанцэцэг|Altantsetseg|f; Хулан|Khulan|f; Гэрэлмаа|Gerelmaa|f; Одончимэг|Odonchimeg|f;
Энхжаргал|Enkhjargal|f; Мөнхцэцэг|Munkhtsetseg|f; Дэлгэрмаа|Delgermaa|f; Саруул|Saruul|f;
Нарантуяа|Narantuya|f; Бүжин|Bujin|f; Хүслэн|Khuslen|f; Анужин|Anujin|f;
Ундрах|Undrakh|f; Золзаяа|Zolzaya|f; Айгерим|Aigerim|f; Гүлнара|Gulnara|f;
Туяа|Tuya|f; Сувд|Suvd|f; Дулмаа|Dulmaa|f
"""
MN_FAMILY = """
Бат|Батын|Bat; Дорж|Доржийн|Dorj; Ганбаатар|Ганбаатарын|Ganbaatar; Цэрэн|Цэрэнгийн|Tseren;
Намжил|Намжилын|Namjil; Пүрэв|Пүрэвийн|Purev; Баяр|Баярын|Bayar; Энх|Энхийн|Enkh;
Лхагва|Лхагвын|Lkhagva; Даваа|Даваагийн|Davaa; Мягмар|Мягмарын|Myagmar; Сүх|Сүхийн|Sukh;
Бямба|Бямбын|Byamba; Нямаа|Нямаагийн|Nyamaa; Жамъян|Жамъянгийн|Jamyan; Гомбо|Гомбын|Gombo;
Очир|Очирын|Ochir; Цогт|Цогтын|Tsogt; Батсүх|Батсүхийн|Batsukh; Эрдэнэ|Эрдэнийн|Erdene;
Гантулга|Гантулгын|Gantulga; Төмөр|Төмөрийн|Tumur; Ням|Нямын|Nyam; Дашдорж|Дашдоржийн|Dashdorj;
Чулуун|Чулууны|Chuluun; Мөнх|Мөнхийн|Munkh; Амар|Амарын|Amar; Отгон|Отгоны|Otgon;
Алтангэрэл|Алтангэрэлийн|Altangerel; Сэрээтэр|Сэрээтэрийн|Sereeter; Баасан|Баасангийн|Baasan;
Дэмбэрэл|Дэмбэрэлийн|Demberel; Шагдар|Шагдарын|Shagdar; Хүрэлбаатар|Хүрэлбаатарын|Khurelbaatar;
Нурлан|Нурланы|Nurlan; Болат|Болатын|Bolat; Лувсан|Лувсангийн|Luvsan; Ганболд|Ганболдын|Ganbold;
Жаргал|Жаргалын|Jargal; Содном|Содномын|Sodnom; Раднаа|Раднаагийн|Radnaa
"""

# Nepal: given names (hill Brahmin/Chhetri, Newar, Tamang, Sherpa, Gurung, Tharu and
# Madhesi names), family names across castes and ethnic groups.
NE_GIVEN = """
राम|Ram|m; हरि|Hari|m; सुनिल|Sunil|m; बिकास|Bikash|m; प्रकाश|Prakash|m; सन्तोष|Santosh|m;
दिपक|Dipak|m; रमेश|Ramesh|m; सुरेश|Suresh|m; नवराज|Nabaraj|m; कृष्ण|Krishna|m;
गणेश|Ganesh|m; बिनोद|Binod|m; राजेन्द्र|Rajendra|m; सरोज|Saroj|m; अनिल|Anil|m;
पेम्बा|Pemba|m; दावा|Dawa|m; मिङ्मा|Mingma|m; टेक बहादुर|Tek Bahadur|m;
चन्द्र बहादुर|Chandra Bahadur|m; मन बहादुर|Man Bahadur|m; भुपेन्द्र|Bhupendra|m;
सुदिप|Sudip|m; आयुष|Aayush|m; निरज|Niraj|m; रोशन|Roshan|m; उमेश|Umesh|m; शिव|Shiv|m;
इमरान|Imran|m; लक्ष्मण|Laxman|m; ढुण्डिराज|Dhundiraj|m;
सीता|Sita|f; गीता|Gita|f; सरिता|Sarita|f; सुनिता|Sunita|f; कमला|Kamala|f; लक्ष्मी|Laxmi|f;
बिमला|Bimala|f; पार्वती|Parbati|f; अनिता|Anita|f; मञ्जु|Manju|f; सबिना|Sabina|f;
प्रतिमा|Pratima|f; रिता|Rita|f; पूजा|Puja|f; स्मृति|Smriti|f; आस्था|Aastha|f; प्रिया|Priya|f;
सुस्मिता|Susmita|f; दुर्गा|Durga|f; मीना|Mina|f; शान्ति|Shanti|f; यशोदा|Yashoda|f;
फूलमाया|Phulmaya|f; डोल्मा|Dolma|f; पासाङ|Pasang|f; ल्हामु|Lhamu|f; रञ्जना|Ranjana|f;
सम्झना|Samjhana|f; उषा|Usha|f; कल्पना|Kalpana|f; हिरा|Hira|f
"""
NE_FAMILY = """
श्रेष्ठ|Shrestha; तामाङ|Tamang; गुरुङ|Gurung; मगर|Magar; राई|Rai; लिम्बू|Limbu; शेर्पा|Sherpa;
थापा|Thapa; अधिकारी|Adhikari; पौडेल|Poudel; भट्टराई|Bhattarai; खड्का|Khadka; कार्की|Karki;
बस्नेत|Basnet; शर्मा|Sharma; आचार्य|Acharya; घिमिरे|Ghimire; ढकाल|Dhakal;
न्यौपाने|Neupane; प्रधान|Pradhan; महर्जन|Maharjan; डंगोल|Dangol; शाक्य|Shakya;
बज्राचार्य|Bajracharya; यादव|Yadav; साह|Sah; झा|Jha; चौधरी|Chaudhary; थारू|Tharu;
विश्वकर्मा|Bishwakarma; परियार|Pariyar; सुनार|Sunar; रेग्मी|Regmi; कोइराला|Koirala;
लामा|Lama; भण्डारी|Bhandari; ओली|Oli; बुढा|Budha; रोकाया|Rokaya; मिया|Miya;
सुब्बा|Subba; जोशी|Joshi
"""
