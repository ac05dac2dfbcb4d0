"""Hand-written street, district, city and postcode lists per locale (own work, no Faker).

address(rng, loc, lang) returns the address as a list of lines; callers join them with
", " for a one-line address (one span) or write them on separate lines (one span each).
"""

HK_STREETS = [  # (English, Chinese, district EN, district ZH, area EN, area ZH)
    ("Hip Wo Street", "協和街", "Kwun Tong", "觀塘", "Kowloon", "九龍"),
    ("Nathan Road", "彌敦道", "Mong Kok", "旺角", "Kowloon", "九龍"),
    ("King's Road", "英皇道", "North Point", "北角", "Hong Kong", "香港"),
    ("Castle Peak Road", "青山公路", "Tsuen Wan", "荃灣", "New Territories", "新界"),
    ("Sha Tin Centre Street", "沙田正街", "Sha Tin", "沙田", "New Territories", "新界"),
    ("Shau Kei Wan Road", "筲箕灣道", "Shau Kei Wan", "筲箕灣", "Hong Kong", "香港"),
    ("Un Chau Street", "元州街", "Sham Shui Po", "深水埗", "Kowloon", "九龍"),
    ("Tai Po Road", "大埔道", "Tai Po", "大埔", "New Territories", "新界"),
]
# audit: no named public housing estate here (Fu Shan Estate is in Wong Tai Sin, so "Fu Shan
# Estate, King's Road, North Point" was incoherent); private building names fit any street
HK_BUILDINGS = [("Wah Fu Building", "華富大廈"), ("Kam Lung Mansion", "金龍大廈"),
                ("Hoi Tak Court", "海德苑"), ("Tak On Building", "德安大廈")]  # fmt: skip

EC = {
    "Quito": (["Av. 10 de Agosto", "Av. Amazonas", "Av. de la Prensa", "Calle Juan León Mera",
               "Av. Mariscal Sucre", "Calle Vozandes"], ["Cordero", "Colón", "Veintimilla", "Pinto"],
              "17", ["La Mariscal", "Iñaquito", "Cotocollao", "Chillogallo", "La Floresta"]),
    "Guayaquil": (["Av. 9 de Octubre", "Calle Chile", "Av. Francisco de Orellana",
                   "Calle Boyacá", "Av. Carlos Julio Arosemena"], ["Rumichaca", "Pedro Carbo", "Escobedo"],
                  "09", ["Urdesa Central", "Kennedy Norte", "Alborada 6ta etapa", "Los Ceibos"]),
    "Cuenca": (["Av. Solano", "Calle Larga", "Av. Huayna Cápac", "Calle Gran Colombia"],
               ["Benigno Malo", "Hermano Miguel", "Tarqui"], "01", ["El Vergel", "Totoracocha"]),
}  # fmt: skip

GT_CITIES = [("Ciudad de Guatemala", "010", True), ("Mixco", "0105", False),
             ("Quetzaltenango", "09001", False), ("Villa Nueva", "01064", False),
             ("Antigua Guatemala", "03001", False), ("Cobán", "16001", False)]  # fmt: skip

GH = {
    "Accra": (["Kwame Nkrumah Avenue", "Ring Road Central", "Oxford Street", "Liberation Road",
               "Spintex Road", "Dr. Busia Highway"], ["Adabraka", "Osu", "Dansoman", "Madina",
              "East Legon", "Kaneshie"], "GA"),
    "Kumasi": (["Prempeh II Street", "Harper Road", "Lake Road"], ["Asokwa", "Bantama", "Adum",
               "Ahodwo"], "AK"),
    "Takoradi": (["Liberation Road", "John Sarbah Road"], ["Anaji", "Effia"], "WS"),
    "Tamale": (["Bolgatanga Road", "Hospital Road"], ["Lamashegu", "Vittin"], "NT"),
}  # fmt: skip

MD = {
    "Chișinău": (["bd. Ștefan cel Mare și Sfînt", "str. Mihai Eminescu", "bd. Dacia",
                   "str. Alba Iulia", "str. Ismail", "bd. Moscova", "str. Calea Ieșilor"],
                  ["MD-2001", "MD-2012", "MD-2028", "MD-2068", "MD-2075"]),
    "Bălți": (["str. Independenței", "str. Ștefan cel Mare", "str. Decebal"], ["MD-3100", "MD-3121"]),
    "Cahul": (["str. Republicii", "str. Păcii"], ["MD-3909"]),
    "Orhei": (["str. Vasile Mahu", "str. Renașterii Naționale"], ["MD-3505"]),
    "Ungheni": (["str. Națională", "str. Decebal"], ["MD-3600"]),
}  # fmt: skip

AL = {
    "Tiranë": (["Rruga e Durrësit", "Rruga Myslym Shyri", "Bulevardi Zogu I", "Rruga e Kavajës",
                "Rruga Sami Frashëri", "Rruga Ali Demi"], ["1001", "1010", "1019", "1023", "1031"]),
    "Durrës": (["Rruga Taulantia", "Rruga Egnatia", "Lagjja 13"], ["2001", "2002"]),
    "Shkodër": (["Rruga Kolë Idromeno", "Rruga 13 Dhjetori"], ["4001"]),
    "Vlorë": (["Rruga Sadik Zotaj", "Lagjja Pavarësia"], ["9401"]),
    "Korçë": (["Bulevardi Republika", "Rruga Fan Noli"], ["7001"]),
    "Elbasan": (["Rruga Qemal Stafa", "Lagjja Luigj Gurakuqi"], ["3001"]),
}  # fmt: skip

MA = {
    "Casablanca": (["Rue Ibn Battouta", "Boulevard Zerktouni", "Rue Soumaya", "Bd Abdelmoumen",
                    "Rue Jean Jaurès"], ["Maârif", "Gauthier", "Hay Hassani", "Sidi Maârouf"], "20"),
    "Rabat": (["Avenue Fal Ould Oumeir", "Rue Oqba", "Avenue Mohammed VI"], ["Agdal", "Hay Riad",
              "Souissi"], "10"),
    "Marrakech": (["Rue de la Liberté", "Avenue Yacoub El Mansour"], ["Guéliz", "Daoudiate"], "40"),
    "Fès": (["Avenue Allal Ben Abdellah", "Rue Abou Bakr Seddik"], ["Atlas", "Narjiss"], "30"),
    "Tanger": (["Rue de Fès", "Avenue Moulay Youssef"], ["Malabata", "Iberia"], "90"),
}  # fmt: skip

AE = [  # (area EN, area AR, city EN, city AR, street EN, street AR)
    ("Al Barsha 1", "البرشاء 1", "Dubai", "دبي", "Street 12", "شارع 12"),
    ("Al Nahda 2", "النهدة 2", "Dubai", "دبي", "Street 5", "شارع 5"),
    ("Jumeirah Village Circle", "قرية جميرا الدائرية", "Dubai", "دبي", "District 14", "المنطقة 14"),
    (
        "Al Khalidiyah",
        "الخالدية",
        "Abu Dhabi",
        "أبوظبي",
        "Zayed the First Street",
        "شارع زايد الأول",
    ),
    (
        "Al Majaz 3",
        "المجاز 3",
        "Sharjah",
        "الشارقة",
        "Jamal Abdul Nasser Street",
        "شارع جمال عبد الناصر",
    ),
    ("Al Nuaimiya 1", "النعيمية 1", "Ajman", "عجمان", "Sheikh Khalifa Street", "شارع الشيخ خليفة"),
]
AE_TOWERS = [
    "Al Attar Tower",
    "Marina Pinnacle",
    "Al Waleed Building",
    "Emirates Crown",
    "Lake View Tower",
]

CY = {  # city EN, city EL: streets (EN, EL), postcodes
    ("Nicosia", "Λευκωσία"): ([("Makariou III Avenue", "Λεωφ. Μακαρίου Γ'"), ("Ledras Street", "Οδός Λήδρας"),
                               ("Kennedy Avenue", "Λεωφ. Κέννεντυ"), ("Athalassas Avenue", "Λεωφ. Αθαλάσσης")],
                              ["1065", "1082", "1096", "2024", "2121"]),
    ("Limassol", "Λεμεσός"): ([("Anexartisias Street", "Οδός Ανεξαρτησίας"), ("Gladstonos Street", "Οδός Γλάδστωνος"),
                               ("Makariou III Avenue", "Λεωφ. Μακαρίου Γ'")], ["3036", "3041", "3105", "4046"]),
    ("Larnaca", "Λάρνακα"): ([("Ermou Street", "Οδός Ερμού"), ("Grigori Afxentiou Avenue", "Λεωφ. Γρηγόρη Αυξεντίου")],
                             ["6021", "6023", "7100"]),
    ("Paphos", "Πάφος"): ([("Apostolou Pavlou Avenue", "Λεωφ. Αποστόλου Παύλου"), ("Evagora Pallikaridi", "Ευαγόρα Παλληκαρίδη")],
                          ["8010", "8046", "8220"]),
}  # fmt: skip

JM = [  # (street, town line)
    ("Hope Road", "Kingston 6"), ("Constant Spring Road", "Kingston 10"), ("Red Hills Road", "Kingston 19"),
    ("Mannings Hill Road", "Kingston 8"), ("Barnett Street", "Montego Bay, St. James"),
    ("Main Street", "Ocho Rios, St. Ann"), ("Manchester Road", "Mandeville, Manchester"),
    ("Brunswick Avenue", "Spanish Town, St. Catherine"), ("Hellshire Drive", "Portmore, St. Catherine"),
]  # fmt: skip


def address(rng, loc: str, lang: str) -> list[str]:
    n = rng.randint(2, 180)
    if loc == "zh_HK":
        en, zh, de, dz, ae, az = rng.choice(HK_STREETS)
        b_en, b_zh = rng.choice(HK_BUILDINGS)
        fl, flat = rng.randint(2, 38), f"{rng.randint(1, 28)}{rng.choice('ABCDEFGH')}"
        if lang == "zh":
            return [f"{az}{dz}{zh}{n}號{b_zh}{fl}樓{flat}室"]
        return [f"Flat {flat}, {fl}/F, {b_en}, {n} {en}", f"{de}, {ae}"]
    if loc == "es_EC":
        city = rng.choice(list(EC))
        streets, cross, _, hoods = EC[city]
        num = (
            f"N{rng.randint(10, 60)}-{rng.randint(10, 199)}"
            if city == "Quito"
            else str(rng.randint(100, 1999))
        )
        return [
            f"{rng.choice(streets)} {num} y {rng.choice(cross)}",
            f"{rng.choice(hoods)}, {city}",
        ]
    if loc == "es_GT":
        city, pc, zoned = rng.choice(GT_CITIES)
        kind = rng.choice(["Calle", "Avenida"])
        line1 = f"{rng.randint(1, 24)}a. {kind} {rng.randint(1, 40)}-{rng.randint(10, 99)}"
        if zoned:
            z = rng.choice([1, 5, 7, 10, 11, 12, 13, 14, 15, 18])
            return [f"{line1} zona {z}", f"{pc}{z:02d} {city}"]
        return [f"{line1} zona {rng.randint(1, 6)}", f"{pc if len(pc) == 5 else pc + '0'} {city}"]
    if loc == "en_GH":
        city = rng.choice(list(GH))
        streets, hoods, reg = GH[city]
        gps_code = f"{reg}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        return [f"House No. {n}, {rng.choice(streets)}", f"{rng.choice(hoods)}, {city}", gps_code][
            : rng.choice([2, 3])
        ]
    if loc == "ro_MD":
        city = rng.choice(list(MD))
        streets, pcs = MD[city]
        line1 = f"{rng.choice(streets)} {n}" + (
            f", ap. {rng.randint(1, 120)}" if rng.random() < 0.6 else ""
        )
        return [
            line1,
            f"{rng.choice(pcs)}, {city}"
            if rng.random() < 0.5
            else f"{rng.choice(pcs)} mun. {city}",
        ]
    if loc == "sq_AL":
        city = rng.choice(list(AL))
        streets, pcs = AL[city]
        line1 = f"{rng.choice(streets)}, Pallati {rng.randint(1, 90)}, Shk. {rng.randint(1, 4)}, Ap. {rng.randint(1, 40)}"
        return [line1, f"{rng.choice(pcs)} {city}"]
    if loc == "fr_MA":
        city = rng.choice(list(MA))
        streets, hoods, pc = MA[city]
        line1 = rng.choice(
            [
                f"{n}, {rng.choice(streets)}",
                f"Imm. {rng.randint(1, 60)}, Appt {rng.randint(1, 20)}, {rng.choice(streets)}",
            ]
        )
        return [
            f"{line1}, {rng.choice(hoods)}",
            f"{pc}{rng.randint(0, 9)}{rng.randint(0, 9)}0 {city}",
        ]
    if loc == "ar_AE":
        area, area_ar, city, city_ar, st, st_ar = rng.choice(AE)
        if lang == "ar":
            return [f"فيلا {n}، {st_ar}، {area_ar}، {city_ar}"]
        if rng.random() < 0.5:
            return [
                f"Flat {rng.randint(1, 40)}{rng.randint(1, 20):02d}, {rng.choice(AE_TOWERS)}",
                f"{area}, {city}",
            ]
        return [f"Villa {n}, {st}", f"{area}, {city}"]
    if loc == "el_CY":
        (c_en, c_el), (streets, pcs) = rng.choice(list(CY.items()))
        s_en, s_el = rng.choice(streets)
        flat = rng.randint(101, 504)
        if lang == "el":
            return [f"{s_el} {n}, Διαμ. {flat}", f"{rng.choice(pcs)} {c_el}"]
        return [f"{n} {s_en}, Flat {flat}", f"{rng.choice(pcs)} {c_en}"]
    if loc == "en_JM":
        st, town = rng.choice(JM)
        return [
            f"{rng.choice(['', 'Apt 3, ', 'Lot '])}{n} {st}".replace("Lot ", "Lot ").strip(),
            town,
        ]
    raise KeyError(loc)


CITY = {
    "zh_HK": ["Kowloon Bay", "Central", "Tsim Sha Tsui"], "es_EC": ["Quito", "Guayaquil", "Ambato"],
    "es_GT": ["Guatemala", "Xela", "Escuintla"], "en_GH": ["Accra", "Kumasi", "Cape Coast"],
    "ro_MD": ["Chișinău", "Bălți", "Comrat"], "sq_AL": ["Tiranë", "Durrës", "Berat"],
    "fr_MA": ["Casablanca", "Rabat", "Meknès"], "ar_AE": ["Dubai", "Abu Dhabi", "Sharjah"],
    "el_CY": ["Nicosia", "Limassol", "Larnaca"], "en_JM": ["Kingston", "Montego Bay", "May Pen"],
}  # fmt: skip
CITY_BY_LANG = {
    ("el_CY", "el"): ["Λευκωσία", "Λεμεσός", "Λάρνακα"], ("el_CY", "en"): ["Nicosia", "Limassol", "Larnaca"],
    ("zh_HK", "zh"): ["九龍灣", "中環", "尖沙咀"], ("ar_AE", "ar"): ["دبي", "أبوظبي", "الشارقة"],
}  # fmt: skip


def cities(loc: str, lang: str) -> list[str]:
    return CITY_BY_LANG.get((loc, lang), CITY[loc])


STREET_ONLY = {  # streets named outside an address (hard negatives)
    "zh_HK": "Nathan Road", "es_EC": "la Av. Amazonas", "es_GT": "la Sexta Avenida",
    "en_GH": "Ring Road", "ro_MD": "bd. Ștefan cel Mare", "sq_AL": "Bulevardi Dëshmorët e Kombit",
    "fr_MA": "boulevard Zerktouni", "ar_AE": "Sheikh Zayed Road", "el_CY": "Λεωφ. Μακαρίου",
    "en_JM": "Half Way Tree Road",
}  # fmt: skip
