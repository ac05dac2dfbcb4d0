"""Postal addresses of eval_v5a, written per country for this set (real street and city names).

``address(rng, locale)`` returns the lines of one address: one line (one span) or a street line
and a postcode+city line (one span each), as the labelling rules say.
"""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

from random import Random

from _v5a_values import digits, fa_digits

STREETS = {
    "en_CA": [
        "Yonge Street",
        "Queen St W",
        "Bloor St E",
        "Dundas Street",
        "Jasper Ave NW",
        "Robson St",
        "Portage Avenue",
        "Spring Garden Rd",
        "Bank Street",
        "Elgin St",
        "Kingsway",
        "Whyte Ave",
        "Ossington Ave",
        "Lakeshore Blvd W",
        "Barrington St",
        "Commercial Drive",
        "17 Ave SW",
    ],
    "fr_CA": [
        "rue Sainte-Catherine Est",
        "boulevard Saint-Laurent",
        "rue Saint-Denis",
        "avenue du Mont-Royal Est",
        "rue Cartier",
        "chemin Sainte-Foy",
        "boulevard René-Lévesque O.",
        "rue King Ouest",
        "rue des Forges",
        "avenue Papineau",
        "rue Wellington Nord",
        "boulevard Talbot",
        "rue Racine Est",
        "côte des Neiges",
    ],
    "es_AR": [
        "Av. Corrientes",
        "Av. Santa Fe",
        "Calle Florida",
        "Av. Rivadavia",
        "Thames",
        "Gurruchaga",
        "Av. Colón",
        "Bv. Oroño",
        "San Martín",
        "Av. Belgrano",
        "Mitre",
        "Av. Independencia",
        "Güemes",
        "Pasaje Spiro",
        "Av. Hipólito Yrigoyen",
    ],
    "pt_PT": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Travessa do Carmo",
        "Rua Ferreira Borges",
        "Avenida dos Aliados",
        "Rua do Almada",
        "Largo do Chafariz de Dentro",
        "Rua Visconde da Luz",
        "Avenida 5 de Outubro",
        "Rua Miguel Bombarda",
        "Calçada do Combro",
        "Rua de Cedofeita",
    ],
    "pl_PL": [
        "ul. Marszałkowska",
        "ul. Floriańska",
        "ul. Piotrkowska",
        "al. Jerozolimskie",
        "ul. Długa",
        "ul. Świętojańska",
        "ul. Kościuszki",
        "os. Tysiąclecia",
        "ul. Mickiewicza",
        "ul. Grunwaldzka",
        "ul. Wróblewskiego",
        "pl. Grunwaldzki",
        "ul. Zwycięstwa",
        "ul. Ogrodowa",
    ],
    "tr_TR": [
        "Bağdat Cad.",
        "İstiklal Caddesi",
        "Atatürk Bulvarı",
        "Cumhuriyet Mah. Gül Sok.",
        "Kıbrıs Şehitleri Cad.",
        "Moda Cad.",
        "Fevzi Çakmak Mah. 1042. Sok.",
        "Alsancak Mah. Talatpaşa Blv.",
        "Barbaros Bulvarı",
        "Tunalı Hilmi Cad.",
        "Çarşı Mah. Uzun Sok.",
        "Konak Mah. Mithatpaşa Cad.",
    ],
    "ko_KR": [
        "테헤란로",
        "세종대로",
        "올림픽로",
        "해운대해변로",
        "동성로",
        "중앙대로",
        "월드컵북로",
        "판교역로",
        "한림로",
        "노형로",
        "봉은사로",
        "은평로",
        "충장로",
    ],
    "el_GR": [
        "Ερμού",
        "Πανεπιστημίου",
        "Λεωφ. Κηφισίας",
        "Τσιμισκή",
        "Αγίου Δημητρίου",
        "Μαιζώνος",
        "Σόλωνος",
        "Λεωφ. Συγγρού",
        "Εγνατίας",
        "Καραϊσκάκη",
        "Ιπποκράτους",
        "Αθηνάς",
        "Πατησίων",
    ],
    "bg_BG": [
        "ул. „Граф Игнатиев“",
        "бул. „Витоша“",
        "ул. „Шипка“",
        "бул. „Цар Освободител“",
        "ул. „Раковски“",
        "бул. „Княгиня Мария Луиза“",
        "ул. „Оборище“",
        "бул. „България“",
        "ул. „Иван Вазов“",
        "ж.к. „Младост“ 1",
        "ул. „Хан Аспарух“",
        "бул. „Сливница“",
    ],
    "fa_IR": [
        "خیابان ولیعصر",
        "خیابان انقلاب",
        "بلوار کشاورز",
        "خیابان شریعتی",
        "خیابان آزادی",
        "بلوار فردوس",
        "خیابان چهارباغ عباسی",
        "بلوار ارم",
        "خیابان امام رضا",
        "خیابان مطهری",
        "خیابان پاسداران",
    ],
}

CITIES = {
    "en_CA": [
        ("Toronto", "ON", "M5V"),
        ("Vancouver", "BC", "V6B"),
        ("Calgary", "AB", "T2P"),
        ("Ottawa", "ON", "K1P"),
        ("Halifax", "NS", "B3H"),
        ("Winnipeg", "MB", "R3C"),
        ("Edmonton", "AB", "T6E"),
        ("Victoria", "BC", "V8W"),
    ],
    "fr_CA": [
        ("Montréal", "QC", "H2X"),
        ("Québec", "QC", "G1R"),
        ("Sherbrooke", "QC", "J1H"),
        ("Gatineau", "QC", "J8X"),
        ("Trois-Rivières", "QC", "G9A"),
        ("Saguenay", "QC", "G7H"),
        ("Moncton", "NB", "E1C"),
    ],
    "es_AR": [
        ("CABA", "C1043"),
        ("Córdoba", "X5000"),
        ("Rosario", "S2000"),
        ("Mendoza", "M5500"),
        ("La Plata", "B1900"),
        ("Salta", "A4400"),
        ("Mar del Plata", "B7600"),
        ("San Miguel de Tucumán", "T4000"),
    ],
    "pt_PT": [
        ("Lisboa", "1100"),
        ("Porto", "4050"),
        ("Coimbra", "3000"),
        ("Braga", "4700"),
        ("Faro", "8000"),
        ("Aveiro", "3810"),
        ("Setúbal", "2900"),
        ("Funchal", "9000"),
    ],
    "pl_PL": [
        ("Warszawa", "00"),
        ("Kraków", "31"),
        ("Łódź", "90"),
        ("Wrocław", "50"),
        ("Gdańsk", "80"),
        ("Poznań", "60"),
        ("Lublin", "20"),
        ("Gdynia", "81"),
    ],
    "tr_TR": [
        ("Kadıköy/İstanbul", "347"),
        ("Beyoğlu/İstanbul", "344"),
        ("Çankaya/Ankara", "066"),
        ("Konak/İzmir", "352"),
        ("Muratpaşa/Antalya", "070"),
        ("Nilüfer/Bursa", "161"),
        ("Seyhan/Adana", "010"),
    ],
    "ko_KR": [
        ("서울특별시 강남구", "06"),
        ("서울특별시 중구", "04"),
        ("부산광역시 해운대구", "48"),
        ("대구광역시 중구", "41"),
        ("경기도 성남시 분당구", "13"),
        ("인천광역시 연수구", "21"),
        ("제주특별자치도 제주시", "63"),
    ],
    "el_GR": [
        ("Αθήνα", "105"),
        ("Θεσσαλονίκη", "546"),
        ("Πάτρα", "262"),
        ("Ηράκλειο", "712"),
        ("Λάρισα", "412"),
        ("Βόλος", "382"),
        ("Χαλάνδρι", "152"),
        ("Πειραιάς", "185"),
    ],
    "bg_BG": [
        ("София", "1000"),
        ("Пловдив", "4000"),
        ("Варна", "9000"),
        ("Бургас", "8000"),
        ("Русе", "7000"),
        ("Стара Загора", "6000"),
        ("Велико Търново", "5000"),
    ],
    "fa_IR": [
        ("تهران", "1"),
        ("اصفهان", "8"),
        ("شیراز", "7"),
        ("مشهد", "9"),
        ("تبریز", "5"),
        ("کرج", "3"),
    ],
}

CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _ca_postcode(rng: Random, fsa: str) -> str:
    return f"{fsa} {rng.randint(0, 9)}{rng.choice(CA_LETTERS)}{rng.randint(0, 9)}"


def address(rng: Random, locale: str, *, multiline: bool | None = None) -> list[str]:
    """The address's lines; one line or two (street, postcode+city)."""
    if multiline is None:
        multiline = rng.random() < 0.45
    street = rng.choice(STREETS[locale])
    city = rng.choice(CITIES[locale])
    n = rng.randint(1, 480)
    if locale in ("en_CA", "fr_CA"):
        name, prov, fsa = city
        unit = rng.random() < 0.35
        if locale == "en_CA":
            line1 = f"{'Unit ' + str(rng.randint(1, 40)) + ', ' if unit and rng.random() < 0.5 else (str(rng.randint(101, 2408)) + '-' if unit else '')}{rng.randint(2, 3999)} {street}"
        else:
            line1 = f"{rng.randint(10, 9999)}, {street}{', app. ' + str(rng.randint(1, 30)) if unit else ''}"
        line2 = (
            f"{name} ({prov}) {_ca_postcode(rng, fsa)}"
            if locale == "fr_CA"
            else f"{name}, {prov} {_ca_postcode(rng, fsa)}"
        )
        if rng.random() < 0.4 and locale == "en_CA":
            line2 = f"{name} {prov}  {_ca_postcode(rng, fsa)}"
    elif locale == "es_AR":
        name, cpa = city
        line1 = f"{street} {rng.randint(100, 5999)}" + (
            f", {rng.randint(1, 14)}º {rng.choice('ABCDEF')}" if rng.random() < 0.5 else ""
        )
        line2 = (
            f"{cpa}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))} {name}"
            if rng.random() < 0.6
            else f"({cpa[1:]}) {name}"
        )
    elif locale == "pt_PT":
        name, cp = city
        line1 = f"{street}, {n}" + (
            f", {rng.randint(1, 8)}.º {rng.choice(['Esq.', 'Dto.', 'A', 'B'])}"
            if rng.random() < 0.5
            else ""
        )
        line2 = f"{cp[:2]}{rng.randint(0, 9)}{rng.randint(0, 9)}-{digits(rng, 3)} {name}"
    elif locale == "pl_PL":
        name, pc = city
        line1 = f"{street} {rng.randint(1, 180)}" + (
            f"/{rng.randint(1, 90)}" if rng.random() < 0.6 else rng.choice(["", "A", "B"])
        )
        line2 = f"{pc}-{digits(rng, 3)} {name}"
    elif locale == "tr_TR":
        name, pk = city
        line1 = f"{street} No:{rng.randint(1, 240)}" + (
            f" D:{rng.randint(1, 24)}" if rng.random() < 0.6 else ""
        )
        line2 = f"{pk}{digits(rng, 2)} {name}"
    elif locale == "ko_KR":
        name, pc = city
        line1 = f"{name} {street} {rng.randint(1, 420)}" + (
            f", {rng.randint(1, 30)}0{rng.randint(1, 9)}호" if rng.random() < 0.5 else ""
        )
        line2 = f"({pc}{digits(rng, 3)})"
        if not multiline:
            return [f"{line1} {line2}" if rng.random() < 0.5 else f"({pc}{digits(rng, 3)}) {line1}"]
        return [line2, line1]
    elif locale == "el_GR":
        name, tk = city
        line1 = f"{street} {rng.randint(1, 160)}"
        line2 = (
            f"{tk} {digits(rng, 2)} {name}"
            if rng.random() < 0.6
            else f"Τ.Κ. {tk}{digits(rng, 2)}, {name}"
        )
        if line2.startswith("Τ.Κ."):
            line2 = line2[5:]
    elif locale == "bg_BG":
        name, pk = city
        line1 = f"{street} № {rng.randint(1, 120)}" + (
            f", ет. {rng.randint(1, 9)}, ап. {rng.randint(1, 40)}" if rng.random() < 0.5 else ""
        )
        if street.startswith("ж.к."):
            line1 = f"{street}, бл. {rng.randint(1, 320)}, вх. {rng.choice('АБВГ')}, ет. {rng.randint(1, 14)}"
        line2 = (
            f"{pk[0]}{digits(rng, 3)} {name}"
            if rng.random() < 0.5
            else f"гр. {name} {pk[0]}{digits(rng, 3)}"
        )
    else:  # fa_IR
        name, pc = city
        alley = rng.choice(
            ["کوچه بهار", "کوچه نسترن", "کوچه ۱۲", "کوچه شهید رضایی", "بن بست لاله", "کوچه سوم"]
        )
        line1 = f"{street}، {alley}، پلاک {rng.randint(1, 90)}" + (
            f"، واحد {rng.randint(1, 20)}" if rng.random() < 0.5 else ""
        )
        code = pc + digits(rng, 9)
        code = f"{code[:5]}-{code[5:]}" if rng.random() < 0.5 else code
        if rng.random() < 0.5:
            line1 = fa_digits(line1)
        # Persian addresses are written on one line, the postcode after the street part.
        out = f"{name}، {line1}" + (f"، کد پستی {code}" if rng.random() < 0.5 else "")
        return [fa_digits(out) if any("۰" <= c <= "۹" for c in line1) else out]
    if not multiline:
        sep = rng.choice([", ", " ", " - "]) if locale != "ko_KR" else " "
        return [f"{line1}{sep}{line2}"]
    return [line1, line2]


LANDMARKS = {
    "en_CA": [
        "the Tim Hortons on Yonge Street",
        "CN Tower",
        "Union Station",
        "Stanley Park",
        "the Eaton Centre",
    ],
    "fr_CA": ["Berri-UQAM", "Jean-Talon", "Laurier Québec", "Carrefour Laval", "Square-Victoria"],
    "es_AR": [
        "Plaza de Mayo",
        "Parque Centenario",
        "Abasto Shopping",
        "Corrientes y Callao",
        "Plaza Serrano",
    ],
    "pt_PT": [
        "a Praça do Comércio",
        "o Colombo",
        "a estação de São Bento",
        "o Mercado do Bolhão",
        "a Rua Augusta",
    ],
    "pl_PL": [
        "Galeria Mokotów",
        "Dworzec Centralny",
        "Rynek Główny",
        "Manufaktura",
        "ulica Piotrkowska",
    ],
    "tr_TR": ["Kadıköy iskelesi", "Kızılay", "Forum İstanbul", "Taksim meydanı", "Bağdat Caddesi"],
    "ko_KR": ["강남역", "코엑스", "해운대 해수욕장", "광화문", "판교 현대백화점"],
    "el_GR": ["το Σύνταγμα", "το Μοναστηράκι", "τον Λευκό Πύργο", "το Mall Athens", "την Ερμού"],
    "bg_BG": ["НДК", "Mall of Sofia", "Централна гара", "морската градина", "бул. „Витоша“"],
    "fa_IR": ["میدان آزادی", "برج میلاد", "میدان نقش جهان", "بازار تجریش", "خیابان ولیعصر"],
}
