# ruff: noqa: RUF001, SIM905  (hand-written Cyrillic/Lao/Sinhala text; word pools typed as split strings)
"""Hand-written name pools for the v9b blind set (no name package was used).

Entries "native|roman" carry the native-script form and the romanised form used in machine
formats; Cyrillic pools are romanised by the transliterators in _v9b_text.
"""

# --------------------------------------------------------------- Sri Lanka
LK_GIVEN_M = """නිමල්|Nimal කමල්|Kamal සුනිල්|Sunil චමින්ද|Chaminda ප්‍රදීප්|Pradeep රුවන්|Ruwan
ලසන්ත|Lasantha තරිඳු|Tharindu කසුන්|Kasun දිනේෂ්|Dinesh අසංක|Asanka උපුල්|Upul ජනක|Janaka
නුවන්|Nuwan බුද්ධික|Buddhika සම්පත්|Sampath ඉසුරු|Isuru දිල්ෂාන්|Dilshan ගාමිණී|Gamini
වසන්ත|Wasantha චතුර|Chathura ලහිරු|Lahiru හර්ෂ|Harsha තිළිණ|Thilina අනුර|Anura බන්දුල|Bandula
කීර්ති|Keerthi රෝහණ|Rohana සුසන්ත|Susantha ධනුෂ්ක|Dhanushka සචිත්|Sachith පසිඳු|Pasindu
හේමන්ත|Hemantha විරාජ්|Viraj ශාන්ත|Shantha මංජුල|Manjula ඕෂද|Oshada""".split()
LK_GIVEN_F = """කුමාරි|Kumari චන්දනී|Chandani නදීෂා|Nadeesha දිලානි|Dilani සඳුනි|Sanduni ඉෂාරා|Ishara
නිරෝෂා|Nirosha අනෝමා|Anoma මාලනී|Malani හසිනි|Hasini තරුෂි|Tharushi සෙව්වන්දි|Sewwandi
පියුමි|Piumi චාමරී|Chamari රසිකා|Rasika තිළිනි|Thilini ගයානි|Gayani ශශිකලා|Shashikala
ඉනෝකා|Inoka මාධවී|Madhavi එරන්දි|Erandi සචිනි|Sachini වරුණි|Waruni දුලානි|Duleni
නිලූකා|Niluka ශ්‍යාමලී|Shyamali හිරුණි|Hiruni ඕෂධී|Oshadhi සුමනා|Sumana""".split()
LK_TA_GIVEN_M = """தர்ஷன்|Tharshan குமரன்|Kumaran சிவகுமார்|Sivakumar ராஜன்|Rajan
செந்தூரன்|Senthuran மதிவாணன்|Mathivanan பிரசாந்த்|Pirashanth கஜன்|Kajan நிரோஷன்|Niroshan""".split()
LK_TA_GIVEN_F = """தேவகி|Thevaki நிர்மலா|Nirmala கவிதா|Kavitha யாழினி|Yalini லக்ஷ்மி|Luxmi
சுகந்தி|Suganthi தர்ஷிகா|Tharshika வாசுகி|Vasuki""".split()
LK_MU_GIVEN_M = ["Mohamed Rizwan", "Ahamed Nilam", "Rifkhan", "Mohamed Azhar", "Fazlan", "Inshaf"]
LK_MU_GIVEN_F = ["Fathima Rizna", "Fazeena", "Sithy Nuha", "Rinoza", "Fathima Shifna"]
LK_FAMILY = """පෙරේරා|Perera ප්‍රනාන්දු|Fernando සිල්වා|Silva ජයසිංහ|Jayasinghe වික්‍රමසිංහ|Wickramasinghe
බණ්ඩාර|Bandara දිසානායක|Dissanayake හේරත්|Herath ගුණවර්ධන|Gunawardena කුමාර|Kumara
රණසිංහ|Ranasinghe සේනානායක|Senanayake වීරසිංහ|Weerasinghe අමරසිංහ|Amarasinghe කරුණාරත්න|Karunaratne
ලියනගේ|Liyanage ඒකනායක|Ekanayake රත්නායක|Rathnayake සමරසිංහ|Samarasinghe විජේසිංහ|Wijesinghe
ගමගේ|Gamage හෙට්ටිආරච්චි|Hettiarachchi කොඩිතුවක්කු|Kodithuwakku අබේසේකර|Abeysekara මෙන්ඩිස්|Mendis
පීරිස්|Peiris එදිරිසිංහ|Edirisinghe මුණසිංහ|Munasinghe පතිරණ|Pathirana වනිගසේකර|Wanigasekara
යාපා|Yapa කුලතුංග|Kulatunga සේනාරත්න|Senaratne අල්විස්|Alwis ජයකොඩි|Jayakody
දහනායක|Dahanayake රාජකරුණා|Rajakaruna තෙන්නකෝන්|Tennakoon වෙලගෙදර|Welagedara""".split()
LK_TA_FAMILY = """சிவநேசன்|Sivanesan தம்பையா|Thambiah அருளானந்தம்|Arulanandam செல்வராஜா|Selvarajah
நவரட்ணம்|Navaratnam கந்தையா|Kandiah பாலசுப்பிரமணியம்|Balasubramaniam""".split()
LK_MU_FAMILY = ["Marikkar", "Cassim", "Hameed", "Ismail", "Lebbe", "Farook"]
LK_INITIALS = ["H.M.", "W.A.", "K.A.S.", "R.M.", "D.M.", "G.P.", "M.K.", "S.A.", "A.M.", "W.M.P.", "J.A."]

# --------------------------------------------------------------- Uzbekistan (Latin; Cyrillic by transliteration)
UZ_GIVEN_M = """Aziz Bekzod Doston Jasur Otabek Sardor Sherzod Ulug'bek Farrux Javlon Islom Shoxrux
Rustam Temur Jahongir Akmal Dilshod Nodir Behruz Abdulla Anvar Bobur Eldor Ilhom Mirjalol Odil
Ravshan Sanjar Xurshid Zafar Komil Sirojiddin Baxtiyor Qahramon Azamat Muzaffar Shavkat Umid
Jamshid Asliddin""".split()
UZ_GIVEN_F = """Dilnoza Gulnora Madina Malika Nigora Sevara Shahnoza Zarina Feruza Kamola Mohira Nilufar
Dildora Gulchehra Munisa Nodira Oysha Robiya Sarvinoz Umida Yulduz Zilola Maftuna Hilola Barno
Durdona Ozoda Shaxlo Iroda Charos Nargiza Muxlisa Gulbahor Saodat""".split()
UZ_FAMILY = """Karimov Rashidov Yusupov Tursunov Aliyev Nazarov Xolmatov Ismoilov Abdullayev Mirzayev
Raximov Sobirov Qodirov Ergashev Usmonov Hamidov Jo'rayev Saidov Normatov Po'latov Toshpulatov
Qurbonov Mahmudov Umarov Sultonov Xasanov Ahmedov Ortiqov Boboyev Zokirov Nurmatov Mamatqulov
Xudoyberdiyev Eshonqulov Haydarov Fayzullayev G'ulomov Yo'ldoshev Shukurov Berdiyev Sharipov
Ro'ziyev Tojiboyev""".split()

# --------------------------------------------------------------- Russian (Belarus and Uzbekistan minorities)
RU_GIVEN_M = """Александр Сергей Дмитрий Андрей Владимир Николай Павел Виктор Олег Юрий Игорь Михаил
Евгений Константин Артём Денис Вадим Геннадий Руслан Станислав""".split()
RU_GIVEN_F = """Ольга Елена Татьяна Наталья Светлана Ирина Марина Анна Екатерина Юлия Людмила Дарья
Оксана Надежда Вероника Галина Лариса Валентина""".split()
RU_FAMILY_M = """Козлов Новицкий Ковалёв Морозов Соколов Зайцев Алексеев Кузнецов Смирнов Лебедев Попов
Волков Фёдоров Ильин Голубев Ткаченко Шевченко Коваленко Мельников Орлов Ермолович Лукашевич Карпович
Жук Бондарь Мельник Якубович Пашкевич Климович Кузьмич Лапицкий Шиманский""".split()
RU_PATR_M = """Александрович Сергеевич Николаевич Владимирович Иванович Петрович Михайлович Викторович
Анатольевич Геннадьевич""".split()
RU_PATR_F = """Александровна Сергеевна Николаевна Владимировна Ивановна Петровна Михайловна Викторовна
Анатольевна Геннадьевна""".split()

# --------------------------------------------------------------- Belarus (Belarusian Cyrillic)
BE_GIVEN_M = """Аляксандр Сяргей Дзмітрый Андрэй Уладзімір Мікалай Павел Віктар Алег Юрый Ігар Міхаіл
Янка Васіль Зміцер Антон Раман Максім Яўген Кірыл Арцём Вадзім Ілья Дзяніс Генадзь Францішак
Тарас Станіслаў Лявон Рыгор Алесь Валерый Пятро Сымон Уладзіслаў""".split()
BE_GIVEN_F = """Вольга Алена Таццяна Наталля Святлана Ірына Марына Ганна Кацярына Юлія Ала Людміла
Дар'я Аксана Надзея Вераніка Яна Ксенія Насця Зінаіда Галіна Алеся Крысціна Ульяна Паліна
Тамара Лілія Ядвіга Эльвіра Жанна Данута""".split()
# (masculine, feminine) pairs; invariable ones repeat
BE_FAMILY = [tuple(p.split("/")) if "/" in p else (p, p) for p in """Казлоў/Казлова Навіцкі/Навіцкая
Ермаловіч Лукашэвіч Карповіч Сяргеенка Бондар Мельнік Кавалёў/Кавалёва Жук Грыневіч Дубовік
Бабіч Руткоўскі/Руткоўская Пашкевіч Марозаў/Марозава Янушкевіч Якубовіч Сідарэнка Валчок
Лапіцкі/Лапіцкая Шыманскі/Шыманская Кузьміч Гаўрылюк Місевіч Шпак Цыбулька Рабцэвіч Клімовіч
Хмяльніцкі/Хмяльніцкая Зайцаў/Зайцава Сакалоў/Сакалова Варанецкі/Варанецкая Кароль Бурак
Аляксееў/Аляксеева Шаўчук Леановіч Каско Радзюк Юшкевіч""".split()]
BE_PATR_M = "Аляксандравіч Сяргеевіч Мікалаевіч Уладзіміравіч Іванавіч Пятровіч Міхайлавіч Віктаравіч Васілевіч Антонавіч".split()
BE_PATR_F = "Аляксандраўна Сяргееўна Мікалаеўна Уладзіміраўна Іванаўна Пятроўна Міхайлаўна Віктараўна Васілеўна Антонаўна".split()

# --------------------------------------------------------------- Latvia
LV_GIVEN_M = """Jānis Andris Mārtiņš Kārlis Edgars Raimonds Gatis Aigars Uldis Valdis Artūrs Roberts
Krišjānis Ēriks Ivars Normunds Māris Gints Dainis Oskars Rihards Toms Ģirts Jurģis Armands
Kristaps Arvīds Ainārs Viesturs Reinis Uģis Aivars Imants Guntis Kaspars Edvīns Dāvis""".split()
LV_GIVEN_F = """Anna Ilze Inese Līga Kristīne Dace Baiba Zane Santa Laura Elīna Agnese Sandra Gunta Ieva
Māra Dzintra Rūta Sintija Evija Aija Vija Lelde Madara Signe Marta Austra Ērika Solvita Daiga
Jolanta Vizma Ilona Anete Beāte""".split()
LV_FAMILY = [tuple(p.split("/")) if "/" in p else (p, p) for p in """Bērziņš/Bērziņa Kalniņš/Kalniņa
Ozoliņš/Ozoliņa Jansons/Jansone Ozols/Ozola Liepiņš/Liepiņa Krūmiņš/Krūmiņa Balodis/Balode
Eglītis/Eglīte Zariņš/Zariņa Pētersons/Pētersone Vītols/Vītola Kļaviņš/Kļaviņa Kārkliņš/Kārkliņa
Vanags/Vanaga Zvirbulis/Zvirbule Lācis/Lāce Siliņš/Siliņa Dūmiņš/Dūmiņa Grīnbergs/Grīnberga
Šmits/Šmite Upītis/Upīte Freimanis/Freimane Strazdiņš/Strazdiņa Mednis/Medne Sproģis/Sproģe
Rozenbergs/Rozenberga Puriņš/Puriņa Avotiņš/Avotiņa Apinis/Apine Līcis/Līce Vilks/Vilka
Zālītis/Zālīte Priede Gailis/Gaile Briedis/Briede Kalējs/Kalēja Dzenis/Dzene Rudzītis/Rudzīte
Ivanovs/Ivanova Kuzņecovs/Kuzņecova Petrovs/Petrova Smirnovs/Smirnova Daugulis/Daugule""".split()]

# --------------------------------------------------------------- North Macedonia
MK_GIVEN_M = """Александар Никола Марко Стефан Горан Зоран Дејан Игор Влатко Бојан Филип Трајче Благоја
Ѓорѓи Кире Ристо Методија Петар Илија Тони Дарко Огнен Сашо Љупчо Живко Бранко Васко Томислав
Кочо Борче Јордан Панче Гоце Ацо Славчо Мирче""".split()
MK_GIVEN_F = """Ана Марија Елена Ивана Билјана Снежана Катерина Маја Јасмина Весна Драгана Софија Теодора
Милена Александра Сања Ирена Лидија Виолета Цветанка Ѓурѓа Добрила Верче Благица Симона Бисера
Искра Марта Калина Даниела Менка Стојна""".split()
MK_SQ_GIVEN_M = "Arben Besnik Fatmir Ilir Agim Driton Blerim Valon".split()
MK_SQ_GIVEN_F = "Arta Blerina Drita Mimoza Teuta Valbona Fjolla".split()
MK_FAMILY = [tuple(p.split("/")) for p in """Трајковски/Трајковска Стојановски/Стојановска
Николовски/Николовска Петровски/Петровска Јовановски/Јовановска Ристовски/Ристовска
Димитров/Димитрова Георгиев/Георгиева Стојанов/Стојанова Илиевски/Илиевска Наумовски/Наумовска
Костов/Костова Митрески/Митреска Спасовски/Спасовска Ангеловски/Ангеловска Талевски/Талевска
Велјановски/Велјановска Атанасов/Атанасова Андоновски/Андоновска Блажевски/Блажевска
Тодоровски/Тодоровска Пауновски/Пауновска Зафировски/Зафировска Симоновски/Симоновска
Кузмановски/Кузмановска Стефановски/Стефановска Темелковски/Темелковска Аврамовски/Аврамовска
Ѓорѓиевски/Ѓорѓиевска Дамчевски/Дамчевска Цветков/Цветкова Христов/Христова Малинковски/Малинковска
Мицевски/Мицевска Јакимовски/Јакимовска Бошковски/Бошковска Арсовски/Арсовска Шопов/Шопова
Ефремов/Ефремова Ќосев/Ќосева Џамбазов/Џамбазова""".split()]
MK_SQ_FAMILY = "Ademi Rexhepi Xhaferi Sulejmani Ismaili Bajrami Limani Memeti Osmani".split()

# --------------------------------------------------------------- Senegal
SN_GIVEN_M = """Mamadou Moussa Ibrahima Abdoulaye Cheikh Ousmane Aliou Modou Babacar Serigne Pape Amadou
Lamine Mouhamed Assane Saliou Malick Souleymane Alioune Boubacar Idrissa Demba Samba Khadim
Djibril Fallou Mbaye Oumar Massamba Thierno Landing Bakary Youssou Ansoumana Étienne Jean-Pierre
Ousseynou Elhadji Gorgui Matar""".split()
SN_GIVEN_F = """Fatou Aminata Awa Mariama Aïssatou Khady Ndeye Coumba Rokhaya Adja Astou Bineta Dieynaba
Fatoumata Sokhna Maimouna Yacine Ramatoulaye Seynabou Ngoné Anta Penda Oumou Khardiata Marème
Soda Nafissatou Thioro Adama Dior Absa Marie-Thérèse Siga Arame Mame_Diarra""".split()
SN_GIVEN_F = [w.replace("_", " ") for w in SN_GIVEN_F]
# Senegal's Catholic minority (parish cards): Christian given names with Serer, Diola and Manjak families
SN_CATHOLIC_M = """Jean Pierre Joseph Paul Augustin Ignace Alphonse Victor Martin Étienne Jean-Pierre Emmanuel
Benoît Théodore Léopold Clément""".split()
SN_CATHOLIC_F = """Marie Thérèse Hélène Bernadette Odile Agnès Joséphine Cécile Pauline Marie-Thérèse Élisabeth
Madeleine Augustine Philomène""".split()
SN_CATHOLIC_FAMILY = """Faye Sarr Diouf Sène Tine Ndour Diatta Sagna Coly Manga Mendy Gomis Bassène Badji Diédhiou
Senghor Dione Thiaw Sambou Preira""".split()
SN_FAMILY = """Diop Ndiaye Fall Sow Ba Diallo Sarr Faye Gueye Mbaye Cissé Seck Niang Thiam Sy Kane Dieng
Diouf Sène Touré Camara Wade Ndour Mbengue Diagne Sall Ly Badji Diatta Sagna Coly Manga Mendy
Gomis Tine Dione Ka Thiaw Lô Diédhiou Samb Cissokho Dramé Tall Kébé Ngom Diakhaté Senghor Bassène""".split()

# --------------------------------------------------------------- Dominican Republic
DO_GIVEN_M = """José Juan Luis Carlos Ramón Rafael Manuel Francisco Pedro Miguel Julio Héctor Félix Wilson
Yeison Wander Starlin Robinson Franklin Eury Anderson Yunior Amaury Leonel Hipólito Danilo
Radhamés Fausto Cristian Alexis Darío Nelson Ángel Teodoro Santo Rubén Geraldo Kelvin Osvaldo
Ovidio Domingo Wáscar""".split()
DO_GIVEN_F = """María Ana Carmen Altagracia Yokasta Yaritza Yudelka Mercedes Rosa Juana Milagros Yesenia
Daysi Yomaira Ramona Luz Esperanza Leidy Massiel Yahaira Nathalie Darlenis Francia Belkis Dulce
Griselda Marisol Arelis Yanelis Scarlet Keila Wendy Paola Sugeidy Lourdes Anyelina Rosanna""".split()
DO_FAMILY = """Rodríguez Pérez Martínez García Sánchez Gómez Díaz Reyes Jiménez Peña Santana Guzmán
Rosario Féliz Mejía Castillo Cruz Núñez Tavárez Valdez Ventura Almonte De la Cruz Báez Polanco
Encarnación Medina Batista Mateo Abreu Ureña Taveras Paulino Espinal Frías Vargas Cabrera Liriano
Hiraldo Beltré Marte Brito Castro Suero Matos Then Rosado Fermín Disla""".split("\n")
DO_FAMILY = [w for line in DO_FAMILY for w in line.replace("De la Cruz", "De_la_Cruz").split()]
DO_FAMILY = [w.replace("_", " ") for w in DO_FAMILY]

# --------------------------------------------------------------- Uganda
UG_GIVEN_M = """Joseph John Moses Peter David Isaac Emmanuel Patrick Robert Samuel Godfrey Richard Ronald
Brian Denis Ivan Hassan Ismail Charles Geoffrey Fred Julius Herbert Alex Simon Edward Paul Hakim
Arthur Innocent Sulaiman Benon Collins Deogratius Ambrose Vincent Eria Yusuf""".split()
UG_GIVEN_F = """Sarah Grace Esther Prossy Florence Harriet Justine Agnes Betty Juliet Rose Joan Annet Winnie
Sylvia Mercy Lydia Christine Brenda Patience Immaculate Sharifah Aisha Phiona Doreen Gloria Rehema
Irene Jackline Olivia Lillian Scovia Proscovia Teddy Zaitun""".split()
UG_FAMILY = """Mukasa Ssempijja Kato Waiswa Okello Opio Ocen Ssebaggala Lubega Kiggundu Tumusiime
Twinomujuni Byaruhanga Mugisha Asiimwe Ahimbisibwe Wandera Wafula Barasa Odongo Oryem Lokwang
Musoke Kayongo Ssali Kabuye Mutebi Kizza Tumwine Baguma Ojok Mwesigwa Katende Ssekandi Bwambale
Kule Masereka Wamala Nsubuga Ochan Egesa Tusiime""".split()
UG_FAMILY_F = """Nakato Babirye Nabirye Achieng Atim Auma Akello Namubiru Nansubuga Ainembabazi
Kyomuhendo Kisakye Nalwanga Nakimuli Nalubega Namutebi Nabukeera Birungi Amongi Akullo Nakku
Kemigisha Namaganda""".split()

# --------------------------------------------------------------- Laos
LA_GIVEN_M = """ສົມພອນ|Somphone ສຸກສະຫວັນ|Souksavanh ບຸນມີ|Bounmy ຄຳພອນ|Khamphone ໂພນສະຫວັນ|Phonesavanh
ແສງເພັດ|Sengphet ທອງຈັນ|Thongchanh ສີສຸກ|Sisouk ບຸນທະວີ|Bounthavy ຄຳລາ|Khamla ພູວົງ|Phouvong
ສົມສັກ|Somsack ວຽງຄຳ|Viengkham ເພັດສະໝອນ|Phetsamone ວັນທອງ|Vanthong ສິນໄຊ|Sinxay
ອານຸສອນ|Anousone ຄຳສິງ|Khamsing ພຸດທະສອນ|Phoutthasone ສອນໄຊ|Sonexay ໂພນໄຊ|Phonexay
ບຸນເຫຼືອງ|Bounleuang ແກ້ວ|Keo ສົມຈິດ|Somchith ອຳພອນ|Amphone ຄຳແພງ|Khamphaeng ໄຊສົມບູນ|Xaysomboun
ບົວພັນ|Bouaphanh ສຸລິຍາ|Souliya ທອງສຸກ|Thongsouk ສົມບັດ|Sombath ບຸນທອງ|Bounthong ທອງໃສ|Thongsay""".split()
LA_GIVEN_F = """ວິໄລພອນ|Vilayphone ຈັນທະລີ|Chanthaly ນ້ອຍ|Noy ມະນີວັນ|Manivanh ສຸພາພອນ|Souphaphone
ດາວວອນ|Daovone ມາໄລທອງ|Malaythong ໜູຄຳ|Noukham ບົວສອນ|Bouasone ລັດສະໝີ|Latsamy ວົງເດືອນ|Vongdeuan
ຈັນສະໝອນ|Chansamone ທິບພະວັນ|Thipphavanh ໄພວັນ|Phaivanh ດວງຈັນ|Douangchanh ແສງດາວ|Sengdao
ພອນສະຫວັນ|Phonsavanh ບຸນຍົງ|Bounyong ນາລີ|Nalee ອາລຸນີ|Alouny ສີດາ|Sida ປິ່ນ|Pin ເກດສະໜາ|Ketsana
ຈັນເພັງ|Chanpheng ມາລີ|Malee ວັນນີ|Vanny ແພງສີ|Phengsy ສຸດາລັດ|Soudalath ແສງຈັນ|Sengchanh ນິດ|Nith ໄຂແກ້ວ|Khaikeo""".split()
LA_FAMILY = """ພົມມະຈັນ|Phommachanh ສີສະຫວາດ|Sisavath ວົງສາ|Vongsa ແກ້ວມະນີ|Keomany ອິນທະວົງ|Inthavong
ຈັນທະວົງ|Chanthavong ສຸວັນນະວົງ|Souvannavong ພົມມະສອນ|Phommasone ແສງສຸວັນ|Sengsouvanh
ໄຊຍະວົງ|Xayavong ຫຼວງລາດ|Luangrath ທຳມະວົງ|Thammavong ດວງມາລາ|Douangmala ວິໄລສັກ|Vilaysack
ຄູນວິສິດ|Khounvisith ມະນີວົງ|Manivong ເພັດສະວົງ|Phetsavong ບຸນຍະວົງ|Bounyavong ສຸຂະເສີມ|Soukhaseum
ລັດຕະນະວົງ|Rattanavong ສີຫາລາດ|Sihalath ປະທຳມະວົງ|Pathammavong ແກ້ວສະຫວ່າງ|Keosavang
ພັນທະວົງ|Phanthavong ວົງພະຈັນ|Vongphachanh ຄຳວົງສາ|Khamvongsa ສີສຸລາດ|Sisoulath ເທບວົງສາ|Thepvongsa
ອຸດົມສຸກ|Oudomsouk ພູມມະວົງ|Phoumavong ສີວິໄລ|Sivilay ນໍລະສິງ|Norasing ຈູນລະມະນີ|Chounlamany
ກິດຕິພອນ|Kittiphone ວ່າງ|Vang ຢ່າງ|Yang ລີ|Lee ຊົ່ງ|Xiong ສີປະເສີດ|Sipaseuth ແສງອາລຸນ|Sengaloun""".split()

# --------------------------------------------------------------- Mozambique
MZ_GIVEN_M = """João António Manuel José Carlos Fernando Alberto Armando Celso Dércio Edson Hélio Lázaro
Nelson Orlando Samuel Tomás Valter Zacarias Abílio Benedito Custódio Domingos Ernesto Faustino
Gervásio Horácio Inácio Jacinto Lourenço Mateus Narciso Américo Belmiro Cândido Filipe Hilário
Momade Ussene Rachide Agostinho""".split()
MZ_GIVEN_F = """Maria Ana Joana Celeste Graça Luísa Lurdes Rosa Teresa Albertina Felismina Atália Cacilda
Delfina Esperança Flora Glória Helena Isabel Júlia Laurinda Marta Nilza Olga Palmira Regina Sónia
Tânia Vânia Zulmira Fátima Argentina Amélia Anabela Benvinda Celina Ermelinda Hortência Zaida
Muanaíssa""".split()
MZ_FAMILY = """Macuácua Cossa Sitoe Machava Nhantumbo Muianga Tembe Mabunda Matsinhe Chilaule Cumbe Bila
Langa Mabote Massingue Nhaca Guambe Manhiça Uamusse Zandamela Mucavele Chambal Novela Mahumane
Chivambo Sambo Timana Mussa Amade Issufo Mutemba Jamisse Mabjaia Fumo Muchanga Ngovene Simango
Tivane Macamo Chiziane Baloi Dimande Mulhanga Santos Fernandes Sousa Pereira""".split()
