"""Hand-written streets, areas and towns (with postcodes and centre coordinates) for v9b."""

# (town, postcode, lat, lon)
LK_TOWNS = [("Colombo 03", "00300", 6.9040, 79.8530), ("Colombo 05", "00500", 6.8868, 79.8667),
            ("Nugegoda", "10250", 6.8649, 79.8997), ("Maharagama", "10280", 6.8480, 79.9265),
            ("Kandy", "20000", 7.2906, 80.6337), ("Galle", "80000", 6.0535, 80.2210),
            ("Kurunegala", "60000", 7.4863, 80.3623), ("Jaffna", "40000", 9.6615, 80.0255),
            ("Negombo", "11500", 7.2083, 79.8358), ("Matara", "81000", 5.9549, 80.5550),
            ("Anuradhapura", "50000", 8.3114, 80.4037), ("Batticaloa", "30000", 7.7310, 81.6747),
            ("Ratnapura", "70000", 6.6828, 80.3992), ("Badulla", "90000", 6.9934, 81.0550),
            ("Gampaha", "11000", 7.0873, 79.9990), ("Panadura", "12500", 6.7132, 79.9026)]
LK_TOWNS_SI = {"Colombo 03": "කොළඹ 03", "Colombo 05": "කොළඹ 05", "Nugegoda": "නුගේගොඩ",
               "Maharagama": "මහරගම", "Kandy": "මහනුවර", "Galle": "ගාල්ල", "Kurunegala": "කුරුණෑගල",
               "Jaffna": "යාපනය", "Negombo": "මීගමුව", "Matara": "මාතර", "Anuradhapura": "අනුරාධපුරය",
               "Batticaloa": "මඩකලපුව", "Ratnapura": "රත්නපුර", "Badulla": "බදුල්ල", "Gampaha": "ගම්පහ",
               "Panadura": "පානදුර"}
LK_STREETS = ["Galle Road", "Duplication Road", "Havelock Road", "Baseline Road", "High Level Road",
              "Kandy Road", "Peradeniya Road", "Temple Road", "Station Road", "Church Road",
              "Hospital Road", "School Lane", "Lake Drive", "Flower Road", "Templers Road",
              "Anagarika Dharmapala Mawatha", "Old Kottawa Road", "Stanley Thilakaratne Mawatha",
              "Dutugemunu Street", "Hill Street", "Wijerama Mawatha", "Kotte Road", "Pipeline Road"]
LK_STREETS_SI = ["ගාලු පාර", "මහනුවර පාර", "පන්සල් පාර", "දුම්රියපොළ පාර", "පාසල් පටුමග",
                 "රෝහල් පාර", "හයිලෙවල් පාර", "පල්ලිය පාර", "විජේරාම මාවත", "කෝට්ටේ පාර"]

UZ_TOWNS = [("Toshkent", "100000", 41.2995, 69.2401), ("Samarqand", "140100", 39.6542, 66.9597),
            ("Buxoro", "200100", 39.7747, 64.4286), ("Namangan", "160100", 40.9983, 71.6726),
            ("Andijon", "170100", 40.7821, 72.3442), ("Farg'ona", "150100", 40.3842, 71.7843),
            ("Qarshi", "180100", 38.8606, 65.7891), ("Nukus", "230100", 42.4531, 59.6103),
            ("Urganch", "220100", 41.5500, 60.6333), ("Jizzax", "130100", 40.1158, 67.8422),
            ("Termiz", "190100", 37.2242, 67.2783), ("Navoiy", "210100", 40.1039, 65.3688)]
UZ_DISTRICTS = ["Chilonzor tumani", "Yunusobod tumani", "Mirzo Ulug'bek tumani", "Shayxontohur tumani",
                "Yakkasaroy tumani", "Olmazor tumani", "Sergeli tumani", "Mirobod tumani", "Uchtepa tumani"]
UZ_STREETS = ["Amir Temur ko'chasi", "Mustaqillik ko'chasi", "Navoiy ko'chasi", "Bobur ko'chasi",
              "Shota Rustaveli ko'chasi", "Bunyodkor shoh ko'chasi", "Qatortol ko'chasi", "Lutfiy ko'chasi",
              "Muqimiy ko'chasi", "Farg'ona yo'li ko'chasi", "Zarqaynar ko'chasi", "Beruniy ko'chasi",
              "Mirzo Ulug'bek ko'chasi", "Taras Shevchenko ko'chasi", "Afrosiyob ko'chasi", "Gulobod ko'chasi",
              "Yangi Sergeli ko'chasi", "Kichik halqa yo'li"]
UZ_MAHALLA = ["Yunusobod 4-mavze", "Chilonzor 9-kvartal", "Qoraqamish 2/3-mavze", "Ahmad Donish mahallasi",
              "Beshyog'och mahallasi", "Olmazor mahallasi", "Sebzor mavzesi"]
RU_STREETS_UZ = ["ул. Амира Темура", "ул. Мустакиллик", "ул. Навои", "ул. Бабура", "ул. Шота Руставели",
                 "ул. Катартал", "ул. Мукими", "ул. Беруни"]

LV_TOWNS = [("Rīga", "LV-1001", 56.9496, 24.1052), ("Rīga", "LV-1011", 56.9570, 24.1290),
            ("Rīga", "LV-1050", 56.9460, 24.1060), ("Rīga", "LV-1084", 56.9580, 24.0500),
            ("Daugavpils", "LV-5401", 55.8747, 26.5362), ("Liepāja", "LV-3401", 56.5047, 21.0108),
            ("Jelgava", "LV-3001", 56.6511, 23.7214), ("Jūrmala", "LV-2015", 56.9680, 23.7700),
            ("Ventspils", "LV-3601", 57.3894, 21.5606), ("Rēzekne", "LV-4601", 56.5099, 27.3331),
            ("Valmiera", "LV-4201", 57.5411, 25.4275), ("Cēsis", "LV-4101", 57.3119, 25.2706),
            ("Ogre", "LV-5001", 56.8162, 24.6140), ("Sigulda", "LV-2150", 57.1537, 24.8533),
            ("Tukums", "LV-3101", 56.9669, 23.1553)]
LV_STREETS = ["Brīvības iela", "Krišjāņa Barona iela", "Elizabetes iela", "Tērbatas iela", "Lāčplēša iela",
              "Dzirnavu iela", "Maskavas iela", "Ganību dambis", "Kurzemes prospekts", "Kārļa Ulmaņa gatve",
              "Augusta Deglava iela", "Imantas iela", "Slokas iela", "Rīgas iela", "Lielā iela", "Pils iela",
              "Skolas iela", "Ozolu iela", "Dārza iela", "Raiņa bulvāris", "Krišjāņa Valdemāra iela",
              "Stacijas iela", "Jaunā iela", "Liepu aleja"]
LV_FARMS = ["“Kalnieši”, Mārupes pag., Mārupes nov.", "“Ozollejas”, Krimuldas pag., Siguldas nov.",
            "“Lejasbrenči”, Vecpiebalgas pag., Cēsu nov.", "“Mežvidi”, Ķekavas pag., Ķekavas nov.",
            "“Priedes”, Skrīveru pag., Aizkraukles nov."]
LV_FARM_PC = ["LV-2167", "LV-2144", "LV-4122", "LV-2123", "LV-5125"]

BY_TOWNS_RU = [("Минск", "220030", 53.9006, 27.5590), ("Минск", "220114", 53.9350, 27.6500),
               ("Гомель", "246050", 52.4345, 30.9754), ("Брест", "224030", 52.0976, 23.7341),
               ("Гродно", "230023", 53.6694, 23.8131), ("Витебск", "210026", 55.1904, 30.2049),
               ("Могилёв", "212030", 53.9007, 30.3314), ("Бобруйск", "213826", 53.1384, 29.2214),
               ("Барановичи", "225409", 53.1327, 26.0139), ("Пинск", "225710", 52.1115, 26.1031),
               ("Молодечно", "222310", 54.3104, 26.8389), ("Полоцк", "211400", 55.4879, 28.7856)]
BY_TOWNS_BE = {"Минск": "Мінск", "Гомель": "Гомель", "Брест": "Брэст", "Гродно": "Гродна",
               "Витебск": "Віцебск", "Могилёв": "Магілёў", "Бобруйск": "Бабруйск",
               "Барановичи": "Баранавічы", "Пинск": "Пінск", "Молодечно": "Маладзечна", "Полоцк": "Полацк"}
BY_STREETS_RU = ["пр-т Независимости", "ул. Немига", "ул. Сурганова", "ул. Притыцкого", "ул. Кальварийская",
                 "ул. Я. Купалы", "ул. Московская", "пр-т Победителей", "ул. Богдановича", "ул. Червякова",
                 "ул. Революционная", "ул. Советская", "ул. Гагарина", "ул. Пушкина", "ул. Кирова",
                 "ул. Лидская", "ул. Жукова", "ул. Калиновского"]
BY_STREETS_BE = ["пр-т Незалежнасці", "вул. Кастрычніцкая", "вул. Багдановіча", "вул. Купалы",
                 "вул. Савецкая", "вул. Кірава", "вул. Каліноўскага", "вул. Старавіленская",
                 "вул. Зыбіцкая", "вул. Гарадская"]

MK_TOWNS = [("Скопје", "1000", 41.9981, 21.4254), ("Битола", "7000", 41.0297, 21.3292),
            ("Куманово", "1300", 42.1322, 21.7144), ("Прилеп", "7500", 41.3451, 21.5550),
            ("Тетово", "1200", 42.0069, 20.9715), ("Охрид", "6000", 41.1172, 20.8016),
            ("Велес", "1400", 41.7156, 21.7756), ("Штип", "2000", 41.7458, 22.1958),
            ("Струмица", "2400", 41.4378, 22.6427), ("Гостивар", "1230", 41.7972, 20.9083),
            ("Кавадарци", "1430", 41.4331, 22.0119), ("Кочани", "2300", 41.9164, 22.4128),
            ("Струга", "6330", 41.1778, 20.6783)]
MK_STREETS = ["ул. Македонија", "бул. Партизански одреди", "бул. Илинден", "ул. Орце Николов",
              "ул. Никола Вапцаров", "ул. Ѓорче Петров", "бул. Јане Сандански", "ул. Гоце Делчев",
              "ул. Димитрие Туцовиќ", "ул. Васил Главинов", "ул. Маршал Тито", "ул. 11 Октомври",
              "ул. Христо Татарчев", "ул. Широк Сокак", "ул. Браќа Миладиновци", "бул. Кочо Рацин",
              "ул. Пиринска", "ул. Народна"]

SN_TOWNS = [("Dakar", 14.7167, -17.4677), ("Pikine", 14.7646, -17.3907), ("Guédiawaye", 14.7769, -17.3947),
            ("Rufisque", 14.7153, -17.2733), ("Thiès", 14.7910, -16.9359), ("Saint-Louis", 16.0179, -16.4896),
            ("Touba", 14.8500, -15.8833), ("Ziguinchor", 12.5681, -16.2719), ("Kaolack", 14.1652, -16.0758),
            ("Mbour", 14.4194, -16.9659), ("Louga", 15.6144, -16.2286), ("Tambacounda", 13.7707, -13.6673)]
SN_DAKAR_AREAS = ["Sicap Liberté 6", "HLM Grand Yoff", "Sacré-Cœur 3", "Mermoz Pyrotechnie", "Ouakam Cité Asecna",
                  "Parcelles Assainies Unité 15", "Point E", "Fann Résidence", "Almadies", "Médina",
                  "Grand Dakar", "Ngor Village", "Sicap Baobabs", "Cité Keur Gorgui", "Liberté 5", "Yoff Tonghor"]
SN_TOWN_AREAS = ["Quartier Escale", "Quartier Randoulène", "Sor", "Darou Khoudoss", "Médina Mbaba",
                 "Quartier Boucotte", "Léona", "Ndiayène", "Grand Mbour", "Thiocé Est"]

DO_TOWNS = [("Santo Domingo", "10124", 18.4861, -69.9312), ("Santo Domingo", "10205", 18.4700, -69.9400),
            ("Santo Domingo Este", "11504", 18.4880, -69.8570), ("Santiago de los Caballeros", "51000", 19.4517, -70.6970),
            ("La Romana", "22000", 18.4273, -68.9728), ("San Pedro de Macorís", "21000", 18.4539, -69.3086),
            ("Puerto Plata", "57000", 19.7934, -70.6884), ("La Vega", "41000", 19.2221, -70.5296),
            ("San Francisco de Macorís", "31000", 19.3008, -70.2525), ("Higüey", "23000", 18.6150, -68.7075),
            ("Baní", "94000", 18.2796, -70.3319), ("Moca", "56000", 19.3941, -70.5253), ("Bonao", "42000", 18.9367, -70.4092)]
DO_SECTORS = ["Naco", "Piantini", "Gazcue", "Los Prados", "Villa Juana", "Cristo Rey", "Bella Vista",
              "Evaristo Morales", "Los Mina", "Villa Mella", "Herrera", "Arroyo Hondo", "Ensanche Ozama",
              "Los Jardines", "Villa Consuelo", "Reparto Yapur", "Cienfuegos", "Pueblo Nuevo"]
DO_STREETS = ["Av. 27 de Febrero", "Av. Winston Churchill", "Av. Máximo Gómez", "Av. Independencia",
              "Calle Mercedes", "Calle Las Damas", "Av. Duarte", "Calle Padre Billini", "Av. Tiradentes",
              "Av. Sarasota", "Calle Beller", "Calle del Sol", "Calle José Reyes", "Calle 5", "Calle 8",
              "Calle Respaldo 4", "Av. Estrella Sadhalá", "Calle Restauración", "Av. Núñez de Cáceres"]

UG_TOWNS = [("Kampala", 0.3476, 32.5825), ("Entebbe", 0.0512, 32.4637), ("Jinja", 0.4244, 33.2041),
            ("Mbarara", -0.6072, 30.6545), ("Gulu", 2.7724, 32.2881), ("Mbale", 1.0784, 34.1750),
            ("Lira", 2.2499, 32.8999), ("Fort Portal", 0.6710, 30.2750), ("Masaka", -0.3338, 31.7341),
            ("Arua", 3.0201, 30.9110), ("Kabale", -1.2486, 29.9899), ("Hoima", 1.4331, 31.3524),
            ("Soroti", 1.7146, 33.6111), ("Mukono", 0.3533, 32.7553)]
UG_AREAS = ["Kololo", "Nakasero", "Ntinda", "Bukoto", "Kansanga", "Muyenga", "Najjera", "Kireka",
            "Mengo", "Rubaga", "Nsambya", "Kawempe", "Bwaise", "Kyebando", "Makindye", "Naalya", "Kisaasi"]
UG_STREETS = ["Kampala Road", "Jinja Road", "Entebbe Road", "Bombo Road", "Gayaza Road", "Ggaba Road",
              "Acacia Avenue", "Lumumba Avenue", "Parliament Avenue", "Luwum Street", "Nasser Road",
              "Kiira Road", "Namirembe Road", "Salaama Road", "Main Street", "Republic Street",
              "High Street", "Bukoto Street", "Kira Road", "Mawanda Road", "Lira Road", "Pakwach Road"]

LA_TOWNS = [("ນະຄອນຫຼວງວຽງຈັນ", "Vientiane Capital", 17.9757, 102.6331),
            ("ຫຼວງພະບາງ", "Luang Prabang", 19.8856, 102.1347),
            ("ປາກເຊ", "Pakse", 15.1202, 105.7990),
            ("ສະຫວັນນະເຂດ", "Savannakhet", 16.5563, 104.7520),
            ("ທ່າແຂກ", "Thakhek", 17.4108, 104.8310),
            ("ອຸດົມໄຊ", "Oudomxay", 20.6927, 101.9870),
            ("ວັງວຽງ", "Vang Vieng", 18.9235, 102.4478)]
LA_VILLAGES = [("ສີສັງວອນ", "Sisangvone"), ("ໂພນໄຊ", "Phonxay"), ("ສີຫອມ", "Sihom"), ("ໜອງບອນ", "Nongbone"),
               ("ດົງປາລານ", "Dongpalane"), ("ທົ່ງຂັນຄຳ", "Thongkhankham"), ("ສະພານທອງ", "Saphanthong"),
               ("ຫັດສະດີ", "Hatsady"), ("ໂພນຕ້ານ", "Phontan"), ("ໜອງດ້ວງ", "Nongduang"), ("ຂົວຫຼວງ", "Khualuang"),
               ("ວັດຈັນ", "Watchan"), ("ອະນຸ", "Anou"), ("ດົງໂດກ", "Dongdok"), ("ໂພນສີນວນ", "Phonsinuan")]
LA_DISTRICTS = [("ຈັນທະບູລີ", "Chanthabouly"), ("ສີໂຄດຕະບອງ", "Sikhottabong"), ("ໄຊເສດຖາ", "Xaysetha"),
                ("ສີສັດຕະນາກ", "Sisattanak"), ("ໄຊທານີ", "Xaythany"), ("ຫາດຊາຍຟອງ", "Hadxayfong")]

MZ_TOWNS = [("Maputo", "1100", -25.9692, 32.5732), ("Matola", "1114", -25.9622, 32.4589),
            ("Beira", "2100", -19.8436, 34.8389), ("Nampula", "3100", -15.1165, 39.2666),
            ("Quelimane", "2300", -17.8786, 36.8883), ("Tete", "2300", -16.1564, 33.5867),
            ("Pemba", "3200", -12.9740, 40.5178), ("Chimoio", "2200", -19.1164, 33.4833),
            ("Inhambane", "1300", -23.8650, 35.3833), ("Xai-Xai", "1200", -25.0519, 33.6442),
            ("Lichinga", "3300", -13.3128, 35.2406)]
MZ_STREETS = ["Av. Julius Nyerere", "Av. 24 de Julho", "Av. Vladimir Lenine", "Av. Karl Marx",
              "Av. Kenneth Kaunda", "Av. Mao Tsé-Tung", "Av. Ahmed Sekou Touré", "Rua do Bagamoyo",
              "Av. Acordos de Lusaka", "Av. Guerra Popular", "Rua da Mesquita", "Av. das FPLM",
              "Rua da Resistência", "Av. Filipe Samuel Magaia", "Rua de Tchamba", "Av. do Trabalho",
              "Rua Correia de Brito", "Av. Paulo Samuel Kankhomba"]
MZ_BAIRROS = ["Sommerschield", "Polana Cimento", "Alto Maé", "Malhangalene", "Maxaquene", "Chamanculo",
              "Xipamanine", "Mafalala", "Coop", "Triunfo", "Costa do Sol", "Zimpeto", "Machava",
              "Bairro Ferroviário", "Bairro Muahivire", "Bairro da Ponta Gêa", "Bairro Chingodzi"]

# Neighbourhoods by town (added in the session-12 audit, so that an address's area lies in its town:
# the first cut drew one list for every town outside the capital, giving "Layibi, Fort Portal",
# "Sicap Liberté 6, Guédiawaye" or "Bairro da Ponta Gêa, Chimoio").
SN_AREAS_BY_TOWN = {
    "Pikine": ["Pikine Icotaf", "Thiaroye", "Guinaw Rails", "Keur Massar"],
    "Guédiawaye": ["Golf Sud", "Sam Notaire", "Wakhinane Nimzatt", "Médina Gounass"],
    "Rufisque": ["Keury Souf", "Colobane", "Diokoul", "Thiawlène"],
    "Thiès": ["Quartier Randoulène", "Médina Fall", "Cité Lamy", "Grand Thiès"],
    "Saint-Louis": ["Sor", "Guet Ndar", "Ndiolofène", "Balacoss"],
    "Touba": ["Darou Khoudoss", "Darou Minam", "Ndamatou"],
    "Ziguinchor": ["Quartier Boucotte", "Quartier Escale", "Tilène", "Lyndiane"],
    "Kaolack": ["Médina Mbaba", "Léona", "Kasnack", "Ndorong"],
    "Mbour": ["Grand Mbour", "Thiocé Est", "Tefess", "Mbour Sérère"],
    "Louga": ["Artillerie", "Thiokhna", "Keur Serigne Louga"],
    "Tambacounda": ["Médina Coura", "Quartier Abattoirs", "Pont"],
}
UG_AREAS_BY_TOWN = {
    "Entebbe": ["Kitoro", "Nakiwogo", "Bugonga", "Central Division"],
    "Jinja": ["Bugembe", "Walukuba", "Mpumudde", "Masese"],
    "Mbarara": ["Kakoba", "Ruharo", "Kamukuzi", "Nyamitanga"],
    "Gulu": ["Layibi", "Pece", "Bardege", "Laroo"],
    "Mbale": ["Namakwekwe", "Malukhu", "Industrial Division", "Senior Quarters"],
    "Lira": ["Adyel", "Ojwina", "Railways"],
    "Fort Portal": ["Boma", "Kagote", "Kabundaire"],
    "Masaka": ["Nyendo", "Kimaanya", "Kijjabwemi"],
    "Arua": ["Oli", "Mvara", "Pajulu"],
    "Kabale": ["Kirigime", "Makanga", "Central Division"],
    "Hoima": ["Bujumbura", "Mparo", "Busiisi"],
    "Soroti": ["Pamba", "Nakatunya", "Opiyai"],
    "Mukono": ["Seeta", "Ntawo", "Goma"],
}
MZ_BAIRROS_BY_TOWN = {
    "Maputo": ["Sommerschield", "Polana Cimento", "Alto Maé", "Malhangalene", "Maxaquene", "Chamanculo",
               "Xipamanine", "Mafalala", "Coop", "Triunfo", "Costa do Sol", "Zimpeto"],
    "Matola": ["Machava", "Matola A", "Liberdade", "Fomento", "Tchumene"],
    "Beira": ["Bairro da Ponta Gêa", "Macuti", "Munhava", "Chaimite"],
    "Nampula": ["Bairro Muahivire", "Muatala", "Namutequeliua", "Bairro Central"],
    "Quelimane": ["Coalane", "Sampene", "Bairro Central"],
    "Tete": ["Bairro Chingodzi", "Matundo", "Bairro Francisco Manyanga"],
    "Pemba": ["Paquitequete", "Natite", "Wimbe", "Bairro Cimento"],
    "Chimoio": ["Soalpo", "Bairro 25 de Setembro", "Bairro 7 de Abril"],
    "Inhambane": ["Balane", "Muelé", "Liberdade"],
    "Xai-Xai": ["Inhamissa", "Patrice Lumumba", "Bairro Urbano n.º 1"],
    "Lichinga": ["Chiuaula", "Namacula", "Sanjala"],
}
DO_SECTORS_BY_TOWN = {
    "Santo Domingo Este": ["Los Mina", "Ensanche Ozama", "Alma Rosa", "Villa Faro", "Los Frailes"],
    "Santiago de los Caballeros": ["Centro de la Ciudad", "Los Jardines", "Pueblo Nuevo", "Villa Olga",
                                   "La Esmeralda", "Bella Vista"],
    "La Romana": ["Centro de la Ciudad", "Villa Verde", "Buena Vista Norte"],
    "Puerto Plata": ["Centro de la Ciudad", "Los Maestros", "Padre Granero"],
    "Higüey": ["Centro de la Ciudad", "San Martín", "Villa Cerro"],
}
# Street names found in most Ugandan towns (UG_STREETS holds Kampala's own roads)
UG_TOWN_STREETS = ["Main Street", "Market Street", "Station Road", "Hospital Road", "Church Road", "School Road",
                   "Kampala Road", "Coronation Road", "Republic Street"]
