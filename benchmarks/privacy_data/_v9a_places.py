"""Hand-written places for the v9a locales: cities (native, romanised, centre
coordinates), areas with postcodes, and streets.  Written from knowledge of each
country; the streets are real street names, the house numbers are made up.

City rows: ``native|romanised|lat|lon``; area rows under a city:
``native|romanised|postcode``; street rows: ``native|romanised``.
"""

PLACES = {
"th_TH": {
    "กรุงเทพมหานคร|Bangkok|13.7563|100.5018": (
        "แขวงสามเสนใน เขตพญาไท|Samsen Nai, Phaya Thai|10400; แขวงคลองตันเหนือ เขตวัฒนา|Khlong Tan Nuea, Watthana|10110;"
        "แขวงบางจาก เขตพระโขนง|Bang Chak, Phra Khanong|10260; แขวงลาดยาว เขตจตุจักร|Lat Yao, Chatuchak|10900;"
        "แขวงหนองบอน เขตประเวศ|Nong Bon, Prawet|10250; แขวงบางซื่อ เขตบางซื่อ|Bang Sue, Bang Sue|10800",
        "ซอยอารีย์ 4 ถนนพหลโยธิน|Soi Ari 4, Phahonyothin Rd; ซอยสุขุมวิท 63|Soi Sukhumvit 63; ถนนลาดพร้าว|Lat Phrao Rd;"
        "ถนนรัชดาภิเษก|Ratchadaphisek Rd; ซอยอ่อนนุช 17|Soi On Nut 17; ถนนงามวงศ์วาน|Ngam Wong Wan Rd;"
        "ซอยประชาราษฎร์บำเพ็ญ 11|Soi Pracharat Bamphen 11"),
    "เชียงใหม่|Chiang Mai|18.7883|98.9853": (
        "ตำบลช้างเผือก อำเภอเมืองเชียงใหม่|Chang Phueak, Mueang Chiang Mai|50300;"
        "ตำบลสุเทพ อำเภอเมืองเชียงใหม่|Suthep, Mueang Chiang Mai|50200; ตำบลหนองหอย อำเภอเมืองเชียงใหม่|Nong Hoi, Mueang Chiang Mai|50000",
        "ถนนห้วยแก้ว|Huay Kaew Rd; ถนนนิมมานเหมินท์ ซอย 9|Nimmanhaemin Soi 9; ถนนช้างคลาน|Chang Khlan Rd"),
    "ขอนแก่น|Khon Kaen|16.4322|102.8236": (
        "ตำบลในเมือง อำเภอเมืองขอนแก่น|Nai Mueang, Mueang Khon Kaen|40000",
        "ถนนมิตรภาพ|Mittraphap Rd; ถนนศรีจันทร์|Si Chan Rd; ถนนหน้าเมือง|Na Mueang Rd"),
    "สงขลา|Songkhla|7.0086|100.4747": (
        "ตำบลหาดใหญ่ อำเภอหาดใหญ่|Hat Yai, Hat Yai|90110",
        "ถนนเพชรเกษม|Phetkasem Rd; ถนนนิพัทธ์อุทิศ 3|Niphat Uthit 3 Rd; ถนนศรีภูวนารถ|Si Phuwanat Rd"),
    "อุดรธานี|Udon Thani|17.4138|102.7870": (
        "ตำบลหมากแข้ง อำเภอเมืองอุดรธานี|Mak Khaeng, Mueang Udon Thani|41000",
        "ถนนโพศรี|Pho Si Rd; ถนนทหาร|Thahan Rd"),
    "ปัตตานี|Pattani|6.8698|101.2501": (
        "ตำบลสะบารัง อำเภอเมืองปัตตานี|Sabarang, Mueang Pattani|94000",
        "ถนนหนองจิก|Nong Chik Rd; ถนนยะรัง|Yarang Rd"),
    "ภูเก็ต|Phuket|7.8804|98.3923": (
        "ตำบลตลาดใหญ่ อำเภอเมืองภูเก็ต|Talat Yai, Mueang Phuket|83000",
        "ถนนถลาง|Thalang Rd; ถนนเทพกระษัตรี|Thepkasattri Rd"),
},
"ur_PK": {
    "لاہور|Lahore|31.5204|74.3587": (
        "گلبرگ III|Gulberg III|54660; ماڈل ٹاؤن|Model Town|54700; جوہر ٹاؤن|Johar Town|54782; سمن آباد|Samanabad|54500",
        ""),
    "کراچی|Karachi|24.8607|67.0011": (
        "گلشن اقبال بلاک 13-D|Gulshan-e-Iqbal Block 13-D|75300; ڈیفنس فیز 6|DHA Phase 6|75500;"
        "نارتھ ناظم آباد بلاک ایچ|North Nazimabad Block H|74700; لیاری|Lyari|75660", ""),
    "اسلام آباد|Islamabad|33.6844|73.0479": (
        "جی-9/2|G-9/2|44090; ایف-7/3|F-7/3|44000; آئی-8/4|I-8/4|44790", ""),
    "پشاور|Peshawar|34.0151|71.5249": (
        "حیات آباد فیز 3|Hayatabad Phase 3|25100; یونیورسٹی ٹاؤن|University Town|25120", ""),
    "کوئٹہ|Quetta|30.1798|66.9750": (
        "جناح ٹاؤن|Jinnah Town|87300; سیٹلائٹ ٹاؤن|Satellite Town|87100", ""),
    "ملتان|Multan|30.1575|71.5249": (
        "شاہ رکن عالم کالونی|Shah Rukn-e-Alam Colony|60000; گلگشت کالونی|Gulgasht Colony|60700", ""),
    "حیدرآباد|Hyderabad|25.3960|68.3578": (
        "لطیف آباد یونٹ 7|Latifabad Unit 7|71000; قاسم آباد|Qasimabad|71000", ""),
    "گلگت|Gilgit|35.9208|74.3144": ("جوٹیال|Jutial|15100", ""),
},
"sw_KE": {
    "Nairobi|Nairobi|-1.2921|36.8219": (
        "Kilimani|Kilimani|00100; Westlands|Westlands|00800; South B|South B|00200; Eastleigh|Eastleigh|00610;"
        "Kasarani|Kasarani|00608; Umoja|Umoja|00518; Kileleshwa|Kileleshwa|00100",
        "Ngong Road|Ngong Road; Argwings Kodhek Road|Argwings Kodhek Road; Riara Road|Riara Road;"
        "Mombasa Road|Mombasa Road; Kiambu Road|Kiambu Road; Jogoo Road|Jogoo Road; Waiyaki Way|Waiyaki Way;"
        "Muthithi Road|Muthithi Road; First Avenue|First Avenue"),
    "Mombasa|Mombasa|-4.0435|39.6682": (
        "Nyali|Nyali|80118; Tudor|Tudor|80100; Likoni|Likoni|80110; Bamburi|Bamburi|80106",
        "Links Road|Links Road; Moi Avenue|Moi Avenue; Nkrumah Road|Nkrumah Road; Digo Road|Digo Road"),
    "Kisumu|Kisumu|-0.0917|34.7680": (
        "Milimani|Milimani|40100; Nyalenda|Nyalenda|40100; Migosi|Migosi|40100",
        "Oginga Odinga Street|Oginga Odinga Street; Jomo Kenyatta Highway|Jomo Kenyatta Highway"),
    "Nakuru|Nakuru|-0.3031|36.0800": (
        "Section 58|Section 58|20100; Milimani|Milimani|20100; Lanet|Lanet|20112",
        "Kenyatta Avenue|Kenyatta Avenue; Oginga Odinga Road|Oginga Odinga Road"),
    "Eldoret|Eldoret|0.5143|35.2698": (
        "Elgon View|Elgon View|30100; Pioneer|Pioneer|30100", "Uganda Road|Uganda Road; Oloo Street|Oloo Street"),
    "Nyeri|Nyeri|-0.4201|36.9476": ("Ruringu|Ruringu|10100; Kamakwa|Kamakwa|10100", "Kimathi Way|Kimathi Way"),
    "Garissa|Garissa|-0.4532|39.6461": ("Bulla Iftin|Bulla Iftin|70100", "Kismayu Road|Kismayu Road"),
    "Kakamega|Kakamega|0.2827|34.7519": ("Amalemba|Amalemba|50100; Milimani|Milimani|50100",
                                          "Kakamega-Webuye Road|Kakamega-Webuye Road"),
},
"my_MM": {
    "ရန်ကုန်|Yangon|16.8409|96.1735": (
        "ဗဟန်းမြို့နယ်|Bahan Township|11201; ကမာရွတ်မြို့နယ်|Kamaryut Township|11041;"
        "စမ်းချောင်းမြို့နယ်|Sanchaung Township|11111; လှိုင်မြို့နယ်|Hlaing Township|11051;"
        "တာမွေမြို့နယ်|Tamwe Township|11211; မြောက်ဥက္ကလာပမြို့နယ်|North Okkalapa Township|11031;"
        "သာကေတမြို့နယ်|Thaketa Township|11221",
        "ပြည်လမ်း|Pyay Road; ကမ္ဘာအေးဘုရားလမ်း|Kabar Aye Pagoda Road; အနော်ရထာလမ်း|Anawrahta Road;"
        "မဟာဗန္ဓုလလမ်း|Mahabandoola Road; အင်းစိန်လမ်း|Insein Road; ဗဟိုလမ်း|Baho Road;"
        "ဦးဝိစာရလမ်း|U Wisara Road; သိမ်ဖြူလမ်း|Theinbyu Road"),
    "မန္တလေး|Mandalay|21.9588|96.0891": (
        "ချမ်းအေးသာစံမြို့နယ်|Chanayethazan Township|05021; မဟာအောင်မြေမြို့နယ်|Mahaaungmye Township|05031;"
        "အောင်မြေသာဇံမြို့နယ်|Aungmyethazan Township|05011",
        "၇၈ လမ်း|78th Street; ၃၅ လမ်း|35th Street; ၆၂ လမ်း|62nd Street; ၂၆ လမ်း|26th Street"),
    "နေပြည်တော်|Naypyitaw|19.7633|96.0785": (
        "ဇမ္ဗူသီရိမြို့နယ်|Zabuthiri Township|15011; ပုဗ္ဗသီရိမြို့နယ်|Pobbathiri Township|15021",
        "ရွှေကူမာရီလမ်း|Shwe Kumari Road; ဘောဂသီရိလမ်း|Bawga Thiri Road"),
    "မော်လမြိုင်|Mawlamyine|16.4905|97.6283": (
        "မော်လမြိုင်မြို့နယ်|Mawlamyine Township|12011",
        "ကမ်းနားလမ်း|Strand Road; ဗိုလ်ချုပ်လမ်း|Bogyoke Road"),
    "တောင်ကြီး|Taunggyi|20.7892|97.0378": (
        "တောင်ကြီးမြို့နယ်|Taunggyi Township|06011",
        "ဗိုလ်ချုပ်အောင်ဆန်းလမ်း|Bogyoke Aung San Road; မြို့မလမ်း|Myoma Road"),
    "မြစ်ကြီးနား|Myitkyina|25.3833|97.3961": (
        "မြစ်ကြီးနားမြို့နယ်|Myitkyina Township|01011", "ဈေးလမ်း|Market Road; ဇိုင်ဝန်းလမ်း|Zaiwun Road"),
    "ပုသိမ်|Pathein|16.7792|94.7321": (
        "ပုသိမ်မြို့နယ်|Pathein Township|10011", "ကုန်သည်လမ်း|Merchant Street; မဟာဗန္ဓုလလမ်း|Mahabandoola Road"),
},
"mn_MN": {
    "Улаанбаатар|Ulaanbaatar|47.9184|106.9177": (
        "Сүхбаатар дүүрэг|Sukhbaatar district|14200; Чингэлтэй дүүрэг|Chingeltei district|15160;"
        "Баянгол дүүрэг|Bayangol district|16050; Баянзүрх дүүрэг|Bayanzurkh district|13380;"
        "Хан-Уул дүүрэг|Khan-Uul district|17010; Сонгинохайрхан дүүрэг|Songinokhairkhan district|18080",
        "Энхтайваны өргөн чөлөө|Peace Avenue; Сөүлийн гудамж|Seoul Street; Чингисийн өргөн чөлөө|Chinggis Avenue;"
        "Их тойруу|Ikh Toiruu; Жуковын гудамж|Zhukov Street; Токиогийн гудамж|Tokyo Street"),
    "Дархан|Darkhan|49.4867|105.9228": ("Дархан-Уул аймаг, Дархан сум|Darkhan soum, Darkhan-Uul|45000", ""),
    "Эрдэнэт|Erdenet|49.0278|104.0446": ("Орхон аймаг, Баян-Өндөр сум|Bayan-Undur soum, Orkhon|61000", ""),
    "Ховд|Khovd|48.0056|91.6419": ("Ховд аймаг, Жаргалант сум|Jargalant soum, Khovd|84000", ""),
    "Өлгий|Ulgii|48.9683|89.9622": ("Баян-Өлгий аймаг, Өлгий сум|Ulgii soum, Bayan-Ulgii|83000", ""),
    "Чойбалсан|Choibalsan|48.0731|114.5356": ("Дорнод аймаг, Хэрлэн сум|Kherlen soum, Dornod|21000", ""),
},
"ne_NP": {
    "काठमाडौं|Kathmandu|27.7172|85.3240": (
        "बानेश्वर|Baneshwor|10; नक्साल|Naxal|1; लाजिम्पाट|Lazimpat|2; कोटेश्वर|Koteshwor|32;"
        "चाबहिल|Chabahil|7; बौद्ध|Boudha|6; कलंकी|Kalanki|14", "44600"),
    "ललितपुर|Lalitpur|27.6644|85.3188": ("पुल्चोक|Pulchowk|3; जावलाखेल|Jawalakhel|4; कुपण्डोल|Kupondole|1", "44700"),
    "पोखरा|Pokhara|28.2096|83.9856": ("लेकसाइड|Lakeside|6; महेन्द्रपुल|Mahendrapul|9; बिरौटा|Birauta|17", "33700"),
    "भरतपुर|Bharatpur|27.6833|84.4333": ("नारायणगढ|Narayangarh|10", "44200"),
    "विराटनगर|Biratnagar|26.4525|87.2718": ("ट्राफिक चोक|Traffic Chowk|5", "56613"),
    "धरान|Dharan|26.8125|87.2836": ("भानु चोक|Bhanu Chowk|8", "56700"),
    "जनकपुरधाम|Janakpurdham|26.7288|85.9266": ("रामानन्द चोक|Ramanand Chowk|4", "45600"),
    "नेपालगञ्ज|Nepalgunj|28.0500|81.6167": ("धम्बोझी|Dhamboji|6", "21900"),
    "धनगढी|Dhangadhi|28.6833|80.6000": ("चटकपुर|Chatakpur|2", "10900"),
},
"es_PY": {
    "Asunción|Asunción|-25.2637|-57.5759": (
        "Villa Morra|Villa Morra|; Sajonia|Sajonia|; Recoleta|Recoleta|; Barrio Obrero|Barrio Obrero|;"
        "Trinidad|Trinidad|; San Vicente|San Vicente|; Las Mercedes|Las Mercedes|; Ykua Satí|Ykua Satí|",
        "Avda. Mariscal López|Avda. Mariscal López; Avda. España|Avda. España; Avda. Eusebio Ayala|Avda. Eusebio Ayala;"
        "Avda. Santísimo Sacramento|Avda. Santísimo Sacramento; Tte. Fariña|Tte. Fariña; Cerro Corá|Cerro Corá;"
        "25 de Mayo|25 de Mayo; Estrella|Estrella; Herrera|Herrera; Avda. Artigas|Avda. Artigas; Tacuary|Tacuary"),
    "San Lorenzo|San Lorenzo|-25.3400|-57.5089": ("Barcequillo|Barcequillo|; Villa del Agrónomo|Villa del Agrónomo|",
                                                   "Avda. Mcal. Estigarribia|Avda. Mcal. Estigarribia; Sargento Silva|Sargento Silva"),
    "Luque|Luque|-25.2670|-57.4872": ("Laurelty|Laurelty|; Centro|Centro|", "Avda. Gral. Aquino|Avda. Gral. Aquino; Curupayty|Curupayty"),
    "Ciudad del Este|Ciudad del Este|-25.5097|-54.6111": ("Área 1|Área 1|; San Isidro|San Isidro|; Boquerón|Boquerón|",
                                                          "Avda. San Blas|Avda. San Blas; Monseñor Rodríguez|Monseñor Rodríguez; Avda. Adrián Jara|Avda. Adrián Jara"),
    "Encarnación|Encarnación|-27.3306|-55.8667": ("San Pedro|San Pedro|; Pacucuá|Pacucuá|",
                                                  "Avda. Irrazábal|Avda. Irrazábal; Juan L. Mallorquín|Juan L. Mallorquín"),
    "Concepción|Concepción|-23.4064|-57.4344": ("Centro|Centro|", "Pdte. Franco|Pdte. Franco; Avda. Agustín Fernando de Pinedo|Avda. Agustín Fernando de Pinedo"),
    "Filadelfia|Filadelfia|-22.3500|-60.0333": ("Centro|Centro|", "Hindenburg|Hindenburg; Unruh|Unruh"),
    "Pedro Juan Caballero|Pedro Juan Caballero|-22.5472|-55.7331": ("Jardín Aurora|Jardín Aurora|", "Avda. Dr. Francia|Avda. Dr. Francia"),
},
"en_NZ": {
    "Auckland|Auckland|-36.8485|174.7633": (
        "Ponsonby|Ponsonby|1011; Grey Lynn|Grey Lynn|1021; Māngere|Māngere|2022; Ōtāhuhu|Ōtāhuhu|1062;"
        "Henderson|Henderson|0612; Papatoetoe|Papatoetoe|2025; Mount Albert|Mount Albert|1025; Takapuna|Takapuna|0622",
        "Ponsonby Road|Ponsonby Road; Great North Road|Great North Road; Massey Road|Massey Road;"
        "Great South Road|Great South Road; Dominion Road|Dominion Road; Lincoln Road|Lincoln Road;"
        "Hurstmere Road|Hurstmere Road; Atkinson Avenue|Atkinson Avenue"),
    "Wellington|Wellington|-41.2866|174.7756": (
        "Te Aro|Te Aro|6011; Newtown|Newtown|6021; Island Bay|Island Bay|6023; Karori|Karori|6012",
        "Cuba Street|Cuba Street; Riddiford Street|Riddiford Street; Aro Street|Aro Street; The Parade|The Parade; Karori Road|Karori Road"),
    "Christchurch|Christchurch|-43.5321|172.6362": (
        "Riccarton|Riccarton|8041; Sydenham|Sydenham|8023; Papanui|Papanui|8053; Linwood|Linwood|8062",
        "Riccarton Road|Riccarton Road; Colombo Street|Colombo Street; Papanui Road|Papanui Road; Linwood Avenue|Linwood Avenue"),
    "Dunedin|Dunedin|-45.8788|170.5028": ("North Dunedin|North Dunedin|9016; Mornington|Mornington|9011",
                                          "George Street|George Street; Castle Street|Castle Street; Mailer Street|Mailer Street"),
    "Hamilton|Hamilton|-37.7870|175.2793": ("Hamilton East|Hamilton East|3216; Frankton|Frankton|3204",
                                            "Grey Street|Grey Street; Killarney Road|Killarney Road"),
    "Rotorua|Rotorua|-38.1368|176.2497": ("Ngongotahā|Ngongotahā|3010; Fenton Park|Fenton Park|3010",
                                         "Fenton Street|Fenton Street; Ranolf Street|Ranolf Street"),
    "Gisborne|Gisborne|-38.6623|178.0176": ("Kaiti|Kaiti|4010", "Wainui Road|Wainui Road; Gladstone Road|Gladstone Road"),
    "Invercargill|Invercargill|-46.4132|168.3538": ("Georgetown|Georgetown|9812", "Dee Street|Dee Street; Tay Street|Tay Street"),
},
"sk_SK": {
    "Bratislava|Bratislava|48.1486|17.1077": (
        "Staré Mesto|Staré Mesto|811 01; Staré Mesto|Staré Mesto|811 07; Ružinov|Ružinov|821 08;"
        "Petržalka|Petržalka|851 01; Nové Mesto|Nové Mesto|831 04; Karlova Ves|Karlova Ves|841 04",
        "Obchodná|Obchodná; Mýtna|Mýtna; Záhradnícka|Záhradnícka; Ružová dolina|Ružová dolina;"
        "Budatínska|Budatínska; Romanova|Romanova; Karloveská|Karloveská; Račianska|Račianska; Šancová|Šancová"),
    "Košice|Košice|48.7164|21.2611": ("|Košice|040 01; |Košice|040 11; |Košice|040 22",
                                      "Hlavná|Hlavná; Štúrova|Štúrova; Moldavská cesta|Moldavská cesta; Jantárová|Jantárová; Trieda SNP|Trieda SNP"),
    "Prešov|Prešov|48.9984|21.2339": ("|Prešov|080 01", "Hlavná|Hlavná; Levočská|Levočská; Sabinovská|Sabinovská"),
    "Žilina|Žilina|49.2231|18.7394": ("|Žilina|010 01", "Národná|Národná; Hurbanova|Hurbanova; Vysokoškolákov|Vysokoškolákov"),
    "Banská Bystrica|Banská Bystrica|48.7395|19.1535": ("|Banská Bystrica|974 01", "Dolná|Dolná; Tajovského|Tajovského; Partizánska cesta|Partizánska cesta"),
    "Nitra|Nitra|48.3069|18.0864": ("|Nitra|949 01", "Štefánikova trieda|Štefánikova trieda; Párovská|Párovská; Akademická|Akademická"),
    "Komárno|Komárno|47.7633|18.1289": ("|Komárno|945 01", "Palatínova|Palatínova; Eötvösova|Eötvösova"),
    "Dunajská Streda|Dunajská Streda|47.9925|17.6186": ("|Dunajská Streda|929 01", "Hlavná|Hlavná; Kukučínova|Kukučínova"),
    "Poprad|Poprad|49.0594|20.2975": ("|Poprad|058 01", "Námestie sv. Egídia|Námestie sv. Egídia; Levočská|Levočská"),
    "Michalovce|Michalovce|48.7544|21.9195": ("|Michalovce|071 01", "Námestie osloboditeľov|Námestie osloboditeľov; Štefánikova|Štefánikova"),
},
"hy_AM": {
    "Երևան|Yerevan|40.1792|44.4991": (
        "Կենտրոն|Kentron|0010; Արաբկիր|Arabkir|0012; Նոր Նորք|Nor Nork|0061; Աջափնյակ|Ajapnyak|0062;"
        "Մալաթիա-Սեբաստիա|Malatia-Sebastia|0064; Շենգավիթ|Shengavit|0026; Դավթաշեն|Davtashen|0054",
        "Աբովյան փող.|Abovyan St; Թումանյան փող.|Tumanyan St; Մաշտոցի պող.|Mashtots Ave;"
        "Բաղրամյան պող.|Baghramyan Ave; Կոմիտասի պող.|Komitas Ave; Տիգրան Մեծի պող.|Tigran Mets Ave;"
        "Սայաթ-Նովայի պող.|Sayat-Nova Ave; Արշակունյաց պող.|Arshakunyats Ave; Հալաբյան փող.|Halabyan St;"
        "Բաբաջանյան փող.|Babajanyan St; Գայի պող.|Gai Ave"),
    "Գյումրի|Gyumri|40.7942|43.8453": ("|Gyumri|3101", "Ռիժկովի փող.|Rizhkov St; Աբովյան փող.|Abovyan St; Վարդանանց փող.|Vardanants St"),
    "Վանաձոր|Vanadzor|40.8128|44.4883": ("|Vanadzor|2001", "Տիգրան Մեծի փող.|Tigran Mets St; Բաթումի փող.|Batumi St"),
    "Աբովյան|Abovyan|40.2739|44.6256": ("|Abovyan|2201", "Հանրապետության փող.|Hanrapetutyan St"),
    "Վաղարշապատ|Vagharshapat|40.1572|44.2925": ("|Vagharshapat|1101", "Մաշտոցի փող.|Mashtots St"),
    "Կապան|Kapan|39.2076|46.4059": ("|Kapan|3301", "Շահումյան փող.|Shahumyan St"),
    "Դիլիջան|Dilijan|40.7417|44.8636": ("|Dilijan|3901", "Մյասնիկյան փող.|Myasnikyan St"),
},
}
