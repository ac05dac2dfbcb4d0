"""Addresses, cities, companies and other capitalised non-names for eval_v5b (written by hand).

Street and city names are real places; house numbers, flats and postcodes are drawn at random
within each country's real postcode scheme. An address is returned as its lines so renderers can
write it on one line (one span) or over several lines (one span per line).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    lines: tuple[str, ...]  # street line(s) first, then postcode + city line
    city: str

    def one_line(self, sep: str = ", ") -> str:
        return sep.join(self.lines)


def _n(rng: random.Random, lo: int = 1, hi: int = 160) -> int:
    return rng.randrange(lo, hi)


# (street or locality, postcode stem, city) per locale; postcodes stay in the city's real range.
IN_PLACES = [
    ("14th Cross, Indiranagar", "5600", "38", "Bengaluru"), ("Linking Road, Bandra West", "4000", "50", "Mumbai"),
    ("Anna Salai, Teynampet", "6000", "18", "Chennai"), ("Park Street", "7000", "16", "Kolkata"),
    ("Sector 62", "2013", "09", "Noida"), ("Road No. 12, Banjara Hills", "5000", "34", "Hyderabad"),
    ("FC Road, Shivajinagar", "4110", "04", "Pune"), ("Ashok Marg, C-Scheme", "3020", "01", "Jaipur"),
    ("Hazratganj", "2260", "01", "Lucknow"), ("Panampilly Nagar", "6820", "36", "Kochi"),
    ("Sarojini Nagar", "1100", "23", "New Delhi"), ("CG Road, Navrangpura", "3800", "09", "Ahmedabad"),
]
IN_BUILDINGS = ["Sai Krupa Apartments", "Shanti Niwas", "Prestige Shantiniketan", "Green Park Residency",
                "Lodha Amara", "Sunshine Towers", "Gokul Dham Society", "DLF Phase 2"]
IE_PLACES = [
    ("Griffith Avenue, Drumcondra", "Dublin 9", "D09"), ("Leeson Street Upper", "Dublin 4", "D04"),
    ("Shop Street", "Galway", "H91"), ("O'Connell Street", "Limerick", "V94"), ("Douglas Road", "Cork", "T12"),
    ("The Mall", "Waterford", "X91"), ("Castle Street", "Sligo", "F91"), ("Main Street", "Bray, Co. Wicklow", "A98"),
    ("Clanbrassil Street", "Dundalk, Co. Louth", "A91"), ("Tralee Road", "Killarney, Co. Kerry", "V93"),
    ("Rathgar Road", "Dublin 6", "D06"), ("Newcastle Road", "Galway", "H91"),
]
CH_PLACES = [
    ("Bahnhofstrasse", "8001", "Zürich"), ("Rue du Rhône", "1204", "Genève"), ("Via Nassa", "6900", "Lugano"),
    ("Spalenberg", "4051", "Basel"), ("Kramgasse", "3011", "Bern"), ("Avenue de la Gare", "1003", "Lausanne"),
    ("Marktgasse", "8400", "Winterthur"), ("Rorschacher Strasse", "9000", "St. Gallen"),
    ("Pilatusstrasse", "6003", "Luzern"), ("Viale Stazione", "6500", "Bellinzona"),
    ("Rue de la Gare", "2000", "Neuchâtel"), ("Seestrasse", "8810", "Horgen"), ("Langstrasse", "8004", "Zürich"),
    ("Chemin des Vignes", "1260", "Nyon"),
]
BE_PLACES = [
    ("Meir", "2000", "Antwerpen"), ("Rue Haute", "1000", "Bruxelles"), ("Veldstraat", "9000", "Gent"),
    ("Bondgenotenlaan", "3000", "Leuven"), ("Rue Saint-Gilles", "4000", "Liège"), ("Steenstraat", "8000", "Brugge"),
    ("Chaussée de Louvain", "1030", "Schaerbeek"), ("Bruul", "2800", "Mechelen"), ("Rue de Fer", "5000", "Namur"),
    ("Kerkstraat", "3500", "Hasselt"), ("Avenue Louise", "1050", "Ixelles"), ("Kortrijksesteenweg", "9830", "Sint-Martens-Latem"),
    ("Rue de la Station", "1400", "Nivelles"), ("Diestsestraat", "3000", "Leuven"),
]
CO_PLACES = [
    ("Calle", "Bogotá D.C.", "1102"), ("Carrera", "Bogotá", "1101"), ("Carrera", "Medellín", "0500"),
    ("Calle", "Cali, Valle del Cauca", "7600"), ("Calle", "Barranquilla", "0800"), ("Carrera", "Bucaramanga", "6800"),
    ("Avenida", "Cartagena de Indias", "1300"), ("Transversal", "Pereira", "6600"), ("Diagonal", "Manizales", "1700"),
]
TW_PLACES = [
    ("106", "臺北市", "大安區", "忠孝東路四段"), ("110", "臺北市", "信義區", "松仁路"), ("220", "新北市", "板橋區", "文化路一段"),
    ("407", "臺中市", "西屯區", "臺灣大道三段"), ("802", "高雄市", "苓雅區", "四維三路"), ("701", "臺南市", "東區", "大學路"),
    ("320", "桃園市", "中壢區", "中央西路二段"), ("300", "新竹市", "東區", "光復路二段"), ("104", "台北市", "中山區", "南京東路二段"),
    ("231", "新北市", "新店區", "北新路三段"), ("970", "花蓮縣", "花蓮市", "中山路"),
]
TW_ROMAN = {"忠孝東路四段": ("Sec. 4, Zhongxiao E. Rd.", "Da'an Dist., Taipei City"),
            "松仁路": ("Songren Rd.", "Xinyi Dist., Taipei City"),
            "文化路一段": ("Sec. 1, Wenhua Rd.", "Banqiao Dist., New Taipei City"),
            "臺灣大道三段": ("Sec. 3, Taiwan Blvd.", "Xitun Dist., Taichung City"),
            "四維三路": ("Siwei 3rd Rd.", "Lingya Dist., Kaohsiung City"),
            "大學路": ("Daxue Rd.", "East Dist., Tainan City"),
            "中央西路二段": ("Sec. 2, Zhongyang W. Rd.", "Zhongli Dist., Taoyuan City"),
            "光復路二段": ("Sec. 2, Guangfu Rd.", "East Dist., Hsinchu City"),
            "南京東路二段": ("Sec. 2, Nanjing E. Rd.", "Zhongshan Dist., Taipei City"),
            "北新路三段": ("Sec. 3, Beixin Rd.", "Xindian Dist., New Taipei City"),
            "中山路": ("Zhongshan Rd.", "Hualien City, Hualien County")}
HR_PLACES = [
    ("Ilica", "10000", "Zagreb"), ("Ulica kralja Zvonimira", "21000", "Split"), ("Korzo", "51000", "Rijeka"),
    ("Ulica od Puča", "20000", "Dubrovnik"), ("Europska avenija", "31000", "Osijek"), ("Vukovarska ulica", "10000", "Zagreb"),
    ("Ulica Ante Starčevića", "23000", "Zadar"), ("Savska cesta", "10000", "Zagreb"), ("Ulica Matije Gupca", "35000", "Slavonski Brod"),
    ("Istarska ulica", "52100", "Pula"), ("Trg kralja Tomislava", "42000", "Varaždin"),
]
LT_PLACES = [
    ("Gedimino pr.", "01103", "Vilnius"), ("Laisvės al.", "44309", "Kaunas"), ("Tiltų g.", "91246", "Klaipėda"),
    ("Vilniaus g.", "01402", "Vilnius"), ("Savanorių pr.", "03154", "Vilnius"), ("Tilžės g.", "76353", "Šiauliai"),
    ("Ukmergės g.", "08109", "Vilnius"), ("Kęstučio g.", "44312", "Kaunas"), ("Respublikos g.", "35185", "Panevėžys"),
    ("Žirmūnų g.", "09214", "Vilnius"), ("Taikos pr.", "91201", "Klaipėda"),
]
MY_PLACES = [
    ("Jalan SS 2/24", "47300", "Petaling Jaya, Selangor"), ("Jalan Tun Razak", "50400", "Kuala Lumpur"),
    ("Lorong Burma", "10050", "George Town, Pulau Pinang"), ("Jalan Molek 1/10, Taman Molek", "81100", "Johor Bahru, Johor"),
    ("Jalan Padungan", "93100", "Kuching, Sarawak"), ("Jalan Gaya", "88000", "Kota Kinabalu, Sabah"),
    ("Jalan Bukit Bintang", "55100", "Kuala Lumpur"), ("Persiaran Multimedia", "63000", "Cyberjaya, Selangor"),
    ("Jalan Sultan Ismail", "20200", "Kuala Terengganu, Terengganu"), ("Jalan Kebun Teh 1", "80250", "Johor Bahru, Johor"),
    ("Jalan Tasik Utama 3, Taman Tasik Utama", "75450", "Ayer Keroh, Melaka"),
]
SA_PLACES = [
    ("طريق الملك فهد", "حي العليا", "الرياض", "122", "King Fahd Rd", "Al Olaya", "Riyadh"),
    ("شارع التحلية", "حي الروضة", "جدة", "234", "Tahlia St", "Al Rawdah", "Jeddah"),
    ("طريق الأمير محمد بن عبدالعزيز", "حي السليمانية", "الرياض", "123", "Prince Mohammed bin Abdulaziz Rd", "As Sulimaniyah", "Riyadh"),
    ("شارع الظهران", "حي الشاطئ", "الدمام", "324", "Dhahran St", "Ash Shati", "Dammam"),
    ("طريق الملك عبدالعزيز", "حي الحمراء", "جدة", "233", "King Abdulaziz Rd", "Al Hamra", "Jeddah"),
    ("شارع الأمير سلطان", "حي المحمدية", "جدة", "236", "Prince Sultan St", "Al Muhammadiyah", "Jeddah"),
    ("طريق الملك خالد", "حي الثقبة", "الخبر", "346", "King Khalid Rd", "Ath Thuqbah", "Al Khobar"),
    ("شارع قباء", "حي قباء", "المدينة المنورة", "423", "Quba St", "Quba", "Madinah"),
]

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def address(rng: random.Random, locale: str, *, lang: str = "", latin: bool = False) -> Address:
    """A realistic address of the locale's country, in the given language where that matters."""
    if locale == "en_IN":
        street, stem, tail, city = rng.choice(IN_PLACES)
        pin = stem + tail
        first = rng.choice([f"Flat {rng.randrange(1, 12)}0{rng.randrange(1, 9)}, {rng.choice(IN_BUILDINGS)}",
                            f"H.No. {_n(rng)}/{rng.randrange(1, 9)}", f"#{_n(rng, 1, 900)}", f"{_n(rng)}"])
        pin_s = rng.choice([pin, pin[:3] + " " + pin[3:]])
        return Address((f"{first}, {street}", rng.choice([f"{city} - {pin_s}", f"{city} {pin_s}"])), city)
    if locale == "en_IE":
        street, town, key = rng.choice(IE_PLACES)
        code = key + " " + rng.choice("ACDEFHKNPRTVWXY") + str(rng.randrange(10, 99)) + rng.choice("ACDEFHKNPRTVWXY")
        first = rng.choice([f"{_n(rng)} {street}", f"Apt {rng.randrange(1, 40)}, {_n(rng)} {street}", f"{_n(rng)} {street}"])
        if rng.random() < 0.6:
            return Address((first, f"{town} {code}"), town.split(",")[0])
        # Without an Eircode the town is not a postcode+city line: keep the address on one line.
        return Address((f"{first}, {town}",), town.split(",")[0])
    if locale == "de_CH":
        street, pc, city = rng.choice(CH_PLACES)
        num = f"{_n(rng, 1, 90)}{rng.choice(['', '', '', 'a', 'b'])}"
        line1 = f"{num}, {street}" if street.startswith(("Rue", "Avenue", "Chemin")) and rng.random() < 0.5 else f"{street} {num}"
        city_line = f"{rng.choice(['', '', 'CH-'])}{pc} {city}"
        return Address((line1, city_line), city)
    if locale == "nl_BE":
        street, pc, city = rng.choice(BE_PLACES)
        num = str(_n(rng, 1, 300))
        if rng.random() < 0.25:
            num += rng.choice([" bus 3", "/2", " bte 5", " bus 12"])
        line1 = f"{street} {num}"
        return Address((line1, f"{rng.choice(['', '', 'B-'])}{pc} {city}"), city.split()[0])
    if locale == "es_CO":
        kind, city, pc = rng.choice(CO_PLACES)
        main = rng.randrange(1, 150)
        suffix = rng.choice(["", "", "A", "B", " Bis", " Sur"])
        cross = rng.randrange(1, 120)
        n = rng.randrange(1, 99)
        abbrev = {"Calle": rng.choice(["Calle", "Cl.", "CL"]), "Carrera": rng.choice(["Carrera", "Cra.", "Kr", "Cra"]),
                  "Avenida": rng.choice(["Avenida", "Av."]), "Transversal": "Transversal", "Diagonal": "Diagonal"}[kind]
        line1 = f"{abbrev} {main}{suffix} # {cross}-{n:02d}" if rng.random() < 0.7 else f"{abbrev} {main}{suffix} No. {cross}-{n:02d}"
        if rng.random() < 0.4:
            line1 += rng.choice([f" Apto {rng.randrange(1, 20)}0{rng.randrange(1, 6)}", f" Torre {rng.randrange(1, 6)} Apto {rng.randrange(101, 1504)}", f", Casa {rng.randrange(1, 80)}"])
        if rng.random() < 0.6:  # most Colombian addresses carry no postcode: then one line
            return Address((f"{line1}, {city}",), city.split(",")[0])
        return Address((line1, f"{city} {pc}{rng.randrange(10, 99)}"), city.split(",")[0])
    if locale == "zh_TW":
        pc, city, dist, road = rng.choice(TW_PLACES)
        num = _n(rng, 1, 400)
        floor = rng.choice(["", f"{rng.randrange(2, 20)}樓", f"{rng.randrange(2, 15)}樓之{rng.randrange(1, 6)}"])
        lane = rng.choice(["", "", f"{rng.randrange(2, 300)}巷", f"{rng.randrange(2, 300)}巷{rng.randrange(1, 30)}弄"])
        if latin:
            rroad, rcity = TW_ROMAN[road]
            fl = f"{rng.randrange(2, 20)}F., " if floor else ""
            ln = f"Ln. {rng.randrange(2, 300)}, " if lane else ""
            return Address((f"{fl}No. {num}, {ln}{rroad}", f"{rcity} {pc}"), rcity.split(", ")[-1])
        return Address((f"{rng.choice([pc, ''])}{city}{dist}{road}{lane}{num}號{floor}",), city)
    if locale == "hr_HR":
        street, pc, city = rng.choice(HR_PLACES)
        return Address((f"{street} {_n(rng, 1, 120)}{rng.choice(['', '', '', 'a', '/II'])}", f"{rng.choice(['', '', 'HR-'])}{pc} {city}"), city)
    if locale == "lt_LT":
        street, pc, city = rng.choice(LT_PLACES)
        num = f"{_n(rng, 1, 120)}{rng.choice(['', '', f'-{rng.randrange(1, 80)}', 'A'])}"
        return Address((f"{street} {num}", f"{rng.choice(['LT-', 'LT-', ''])}{pc} {city}"), city)
    if locale == "ms_MY":
        street, pc, city = rng.choice(MY_PLACES)
        first = rng.choice([f"No. {_n(rng)}, {street}", f"{_n(rng)}, {street}", f"Lot {_n(rng)}, {street}",
                            f"A-{rng.randrange(1, 30)}-{rng.randrange(1, 12)}, {street}"])
        return Address((first, f"{pc} {city}"), city.split(",")[0])
    if locale == "ar_SA":
        street, dist, city, pc, estreet, edist, ecity = rng.choice(SA_PLACES)
        bno = rng.randrange(1000, 9999)
        zipc = f"{pc}{rng.randrange(10, 99)}"
        extra = rng.randrange(1000, 9999)
        if latin:
            return Address((f"{bno} {estreet}, {edist}", f"{ecity} {zipc}-{extra}"), ecity)
        arabic_digits = rng.random() < 0.35
        line1 = f"{bno} {street}، {dist}"
        line2 = f"{city} {zipc} - {extra}" if rng.random() < 0.6 else f"{city} {zipc}"
        if arabic_digits:
            line1, line2 = line1.translate(AR_DIGITS), line2.translate(AR_DIGITS)
        return Address((line1, line2), city)
    raise KeyError(locale)


# Company names that contain a family name (never person), brands, products, and places.
COMPANIES = {
    "en_IN": ["Tata Consultancy Services", "Bajaj Finserv", "Godrej Properties", "Kirloskar Brothers Ltd", "Mahindra Logistics", "Birla Sun Life"],
    "en_IE": ["Murphy & Sons Plumbing Ltd", "Kelly's Hardware", "O'Brien Insurances", "Dunnes Stores", "Byrne Wallace LLP", "Smurfit Kappa"],
    "de_CH": ["Müller Transporte AG", "Schmid Holzbau GmbH", "Lindt & Sprüngli", "Meier Elektro AG", "Bucherer SA", "Hürlimann Bräu"],
    "nl_BE": ["Peeters Bouw NV", "Janssens & Co", "Colruyt", "Maes Transport BV", "Delhaize", "Brasserie Dupont"],
    "es_CO": ["Grupo Aval", "Almacenes Éxito", "Ferretería Rodríguez e Hijos", "Transportes Gómez S.A.S.", "Alpina", "Postobón"],
    "zh_TW": ["長榮航空", "林記豆花", "陳記麵線", "台積電", "統一超商", "王品集團"],
    "hr_HR": ["Jurić d.o.o.", "Kovačević Gradnja d.o.o.", "Podravka", "Konzum", "Horvat Promet d.o.o.", "Kraš"],
    "lt_LT": ["Kazlausko statyba UAB", "UAB „Petrausko baldai“", "Maxima", "Švyturys", "Jankausko transportas", "Vilniaus duona"],
    "ms_MY": ["Tan Brothers Trading Sdn Bhd", "Syarikat Ahmad & Anak", "Petronas", "Mamak Ali Corner", "Lim Kee Hardware", "Maybank"],
    "ar_SA": ["مجموعة بن لادن", "شركة العثيم", "الراجحي المالية", "أرامكو السعودية", "مؤسسة القحطاني للمقاولات", "جرير"],
}
PRODUCTS = {
    "en_IN": ["Maruti Swift Dzire", "Redmi Note 13", "Amul Gold", "Royal Enfield Classic 350", "Parle-G", "Ola S1 Pro"],
    "en_IE": ["Ford Focus", "Barry's Tea", "Kerrygold", "Galaxy S23", "Brompton", "Leap Card"],
    "de_CH": ["Rivella", "Victorinox Huntsman", "Ovomaltine", "Zuger Kirschtorte", "SBB GA Travelcard", "Freitag F41"],
    "nl_BE": ["Jupiler", "Côte d'Or", "Speculoos", "Volvo XC40", "Duvel Moortgat", "Neuhaus"],
    "es_CO": ["Renault Logan", "Café Juan Valdez", "Arepa de choclo", "Xiaomi Redmi", "Chevrolet Spark", "Colombina"],
    "zh_TW": ["Gogoro", "珍珠奶茶", "大同電鍋", "捷安特", "鳳梨酥", "iPhone 15"],
    "hr_HR": ["Vegeta", "Rimac Nevera", "Cedevita", "Smoki", "Jana", "Škoda Octavia"],
    "lt_LT": ["Švyturys Ekstra", "Rūta šokoladas", "Toyota Corolla", "Bolt", "Kibinai", "Samsung Galaxy"],
    "ms_MY": ["Proton Saga", "Milo", "Perodua Myvi", "Nasi Lemak", "Touch 'n Go", "Grab"],
    "ar_SA": ["تويوتا كامري", "المراعي", "قهوة سعودية", "آيفون", "نون", "هنقرستيشن"],
}
