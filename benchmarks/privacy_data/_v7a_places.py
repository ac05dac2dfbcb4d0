# ruff: noqa: RUF001
"""Hand-written streets, districts, postcodes and cities per locale (no Faker/mimesis).

Each city carries its own postcode range and streets, so an address is coherent.
address() returns (street_line, city_line); one_line() joins them the local way.
"""

# locale -> list of (city, (postcode lo, hi) or None, postcode format, [streets])
CITIES = {
    "ro_MD": [
        (
            "mun. Chișinău",
            (2001, 2075),
            "MD-{}",
            [
                "str. Ștefan cel Mare și Sfînt",
                "bd. Dacia",
                "str. Alba Iulia",
                "str. Mihai Viteazul",
                "bd. Moscova",
                "str. Ismail",
                "str. Calea Ieșilor",
            ],
        ),
        (
            "mun. Bălți",
            (3100, 3121),
            "MD-{}",
            ["str. Independenței", "str. Ștefan cel Mare", "str. Decebal", "str. Sf. Nicolae"],
        ),
        (
            "or. Cahul",
            (3901, 3909),
            "MD-{}",
            ["str. Republicii", "str. Mihai Eminescu", "str. Ion Creangă"],
        ),
        ("or. Orhei", (3501, 3505), "MD-{}", ["str. Vasile Mahu", "str. Renașterii Naționale"]),
    ],
    "el_CY": [
        (
            "Λευκωσία",
            (1010, 1107),
            "{}",
            [
                "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄",
                "Οδός Λήδρας",
                "Λεωφόρος Στασίνου",
                "Οδός Ευαγόρου",
                "Λεωφόρος Κέννεντυ",
            ],
        ),
        (
            "Λεμεσός",
            (3010, 3117),
            "{}",
            [
                "Οδός Αγίου Ανδρέα",
                "Λεωφόρος Γρίβα Διγενή",
                "Οδός Ανεξαρτησίας",
                "Λεωφόρος Σπύρου Κυπριανού",
            ],
        ),
        ("Λάρνακα", (6010, 6059), "{}", ["Λεωφόρος Αθηνών", "Οδός Ερμού", "Οδός Ζήνωνος Κιτιέως"]),
        ("Πάφος", (8010, 8049), "{}", ["Λεωφόρος Αποστόλου Παύλου", "Οδός Ευαγόρα Παλληκαρίδη"]),
    ],
    "en_GH": [
        (
            "Accra",
            None,
            "GA-{}",
            [
                "Oxford Street, Osu",
                "Ring Road Central",
                "Liberation Road",
                "Spintex Road",
                "Kwame Nkrumah Avenue",
                "Haile Selassie Street, Labone",
            ],
        ),
        ("Kumasi", None, "AK-{}", ["Harper Road, Adum", "Prempeh II Street", "Lake Road, Ahodwo"]),
        ("Tamale", None, "NT-{}", ["Bolgatanga Road", "Hospital Road"]),
        ("Takoradi", None, "WS-{}", ["Liberation Road, Market Circle", "Axim Road"]),
    ],
    "sq_AL": [
        (
            "Tiranë",
            (1001, 1057),
            "{}",
            [
                "Rruga e Durrësit",
                "Rruga Myslym Shyri",
                "Bulevardi Dëshmorët e Kombit",
                "Rruga e Kavajës",
                "Rruga Sami Frashëri",
                "Rruga Ibrahim Rugova",
            ],
        ),
        (
            "Durrës",
            (2001, 2008),
            "{}",
            ["Rruga Taulantia", "Bulevardi Epidamn", "Rruga Aleksandër Goga"],
        ),
        ("Shkodër", (4001, 4006), "{}", ["Rruga Kolë Idromeno", "Rruga 13 Dhjetori"]),
        (
            "Vlorë",
            (9401, 9406),
            "{}",
            ["Rruga Ismail Qemali", "Lagjja Pavarësia, Rruga Sheshi Flamurit"],
        ),
        ("Korçë", (7001, 7006), "{}", ["Bulevardi Republika", "Rruga Fan Noli"]),
    ],
    "ca_ES": [
        (
            "Barcelona",
            (8001, 8042),
            "{:05d}",
            [
                "Carrer de Mallorca",
                "Carrer d'Aragó",
                "Passeig de Sant Joan",
                "Carrer de Sants",
                "Carrer de Verdi",
                "Avinguda de Gaudí",
            ],
        ),
        (
            "Girona",
            (17001, 17007),
            "{}",
            [
                "Carrer de la Barca",
                "Carrer del Carme",
                "Avinguda de Jaume I",
                "Carrer de Santa Eugènia",
            ],
        ),
        (
            "Lleida",
            (25001, 25008),
            "{}",
            ["Carrer Major", "Rambla de Ferran", "Carrer de Sant Martí"],
        ),
        (
            "Reus",
            (43201, 43206),
            "{}",
            ["Carrer de Monterols", "Raval de Santa Anna", "Carrer de Sant Joan"],
        ),
        (
            "Sabadell",
            (8201, 8208),
            "{:05d}",
            ["Rambla de Sabadell", "Carrer de Sant Quirze", "Carrer de Gràcia"],
        ),
    ],
    "lb_LU": [
        (
            "Luxembourg",
            (1110, 2990),
            "L-{}",
            [
                "rue de Hollerich",
                "avenue de la Liberté",
                "boulevard Royal",
                "rue Beaumont",
                "route d'Arlon",
                "rue de Strasbourg",
            ],
        ),
        (
            "Esch-sur-Alzette",
            (4001, 4398),
            "L-{}",
            ["rue de l'Alzette", "boulevard J.F. Kennedy", "rue du Brill"],
        ),
        ("Differdange", (4501, 4599), "L-{}", ["avenue de la Liberté", "rue Emile Mark"]),
        ("Ettelbruck", (9001, 9099), "L-{}", ["Grand-Rue", "avenue J.F. Kennedy", "rue de Warken"]),
        (
            "Dudelange",
            (3401, 3491),
            "L-{}",
            ["rue de la Libération", "avenue Grande-Duchesse Charlotte"],
        ),
    ],
    "ar_MA": [
        (
            "Casablanca",
            (20000, 20250),
            "{}",
            [
                "Rue Ibn Battouta, Maârif",
                "Boulevard Zerktouni",
                "Boulevard d'Anfa",
                "Rue Tata, Derb Omar",
                "Avenue Mers Sultan",
            ],
        ),
        (
            "Rabat",
            (10000, 10170),
            "{}",
            [
                "Avenue Fal Ould Oumeir, Agdal",
                "Rue Patrice Lumumba",
                "Avenue Mohammed V",
                "Rue Oued Sebou, Agdal",
            ],
        ),
        (
            "Marrakech",
            (40000, 40140),
            "{}",
            ["Avenue Mohammed VI", "Rue de la Liberté, Guéliz", "Derb Dabachi, Médina"],
        ),
        ("Fès", (30000, 30080), "{}", ["Avenue Hassan II", "Rue Mohammed El Hayani"]),
        ("Tanger", (90000, 90100), "{}", ["Boulevard Pasteur", "Rue de Fès"]),
    ],
    "ar_JO": [
        (
            "عمّان",
            (11110, 11990),
            "{}",
            [
                "شارع الملكة رانيا",
                "شارع مكة",
                "شارع الجاردنز",
                "شارع وصفي التل",
                "شارع الرينبو، جبل عمّان",
                "شارع عبدالله غوشة",
            ],
        ),
        ("إربد", (21110, 21199), "{}", ["شارع الجامعة", "شارع الهاشمي", "شارع بغداد"]),
        ("الزرقاء", (13110, 13199), "{}", ["شارع الملك حسين", "شارع السعادة"]),
        ("العقبة", (77110, 77111), "{}", ["شارع الكورنيش", "شارع الحمامات التونسية"]),
    ],
    "fr_CM": [
        (
            "Yaoundé",
            None,
            "BP {}",
            [
                "Rue 1.816, Bastos",
                "Avenue Kennedy",
                "Rue Joseph Essono Balla",
                "Carrefour Essos",
                "Rue de Nachtigal, Mvog-Mbi",
            ],
        ),
        (
            "Douala",
            None,
            "BP {}",
            [
                "Boulevard de la Liberté, Akwa",
                "Rue Njo-Njo, Bonapriso",
                "Rue Koloko, Bonamoussadi",
                "Avenue Douala Manga Bell",
            ],
        ),
        ("Bafoussam", None, "BP {}", ["Route de Foumban", "Rue du Marché A"]),
        ("Garoua", None, "BP {}", ["Avenue Ahmadou Ahidjo", "Quartier Roumdé Adjia"]),
    ],
    "af_ZA": [
        (
            "Stellenbosch",
            (7599, 7613),
            "{:04d}",
            ["Dorpstraat", "Andringastraat", "Merrimanlaan", "Victoriastraat", "Birdstraat"],
        ),
        ("Paarl", (7620, 7646), "{:04d}", ["Hoofstraat", "Lady Greystraat", "Breestraat"]),
        (
            "Pretoria",
            (2, 181),
            "{:04d}",
            ["Kerkstraat", "Esselenstraat, Sunnyside", "Duncanstraat, Hatfield"],
        ),
        ("Bloemfontein", (9300, 9301), "{:04d}", ["Nelson Mandela-rylaan", "Kellnerstraat"]),
        ("Worcester", (6849, 6850), "{:04d}", ["Kerkstraat", "Hoogstraat", "Durbanstraat"]),
    ],
}


def pick_city(rng, locale: str):
    return rng.choice(CITIES[locale])


def city_name(rng, locale: str) -> str:
    return pick_city(rng, locale)[0]


def street_name(rng, locale: str) -> str:
    return rng.choice(pick_city(rng, locale)[3])


def address(rng, locale: str):
    city, rng_pc, fmt, streets = pick_city(rng, locale)
    st = rng.choice(streets)
    n = rng.randint(1, 180)
    if rng_pc:
        pc = fmt.format(rng.randint(*rng_pc))
    elif locale == "en_GH":
        pc = fmt.format(f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
    else:
        pc = fmt.format(rng.randint(100, 15000))
    if locale == "ro_MD":
        line1 = f"{st} {n}" + (f", ap. {rng.randint(1, 120)}" if rng.random() < 0.6 else "")
        line2 = f"{pc}, {city}"
    elif locale == "el_CY":
        line1 = f"{st} {n}" + (
            f", Διαμ. {rng.randint(1, 9)}0{rng.randint(1, 4)}" if rng.random() < 0.5 else ""
        )
        line2 = f"{pc} {city}"
    elif locale == "en_GH":
        line1 = f"H/No. {n}, {st}" if rng.random() < 0.6 else f"Plot {n}, {st}"
        line2 = f"{city}, {pc}" if rng.random() < 0.6 else city
        if line2 == city:
            line1 = line1 + f" ({pc})"
    elif locale == "sq_AL":
        line1 = f"{st}, Pallati {n}, Shk. {rng.randint(1, 4)}, Ap. {rng.randint(1, 40)}"
        line2 = f"{pc} {city}"
    elif locale == "ca_ES":
        line1 = f"{st}, {n}" + rng.choice(
            [
                "",
                f", {rng.randint(1, 6)}r {rng.randint(1, 4)}a",
                f", {rng.randint(1, 6)}è {rng.randint(1, 4)}a",
                ", baixos",
            ]
        )
        line2 = f"{pc} {city}"
    elif locale == "lb_LU":
        line1 = f"{n}, {st}" if rng.random() < 0.6 else f"{n} {st}"
        line2 = f"{pc} {city}"
    elif locale == "ar_MA":
        line1 = f"{n}, {st}" + (f", Appt {rng.randint(1, 20)}" if rng.random() < 0.4 else "")
        line2 = f"{pc} {city}"
    elif locale == "ar_JO":
        line1 = f"{st}، عمارة {n}" + (f"، شقة {rng.randint(1, 12)}" if rng.random() < 0.5 else "")
        line2 = f"{city} {pc}"
    elif locale == "fr_CM":
        line1 = (
            st
            if rng.random() < 0.5
            else f"{st}, immeuble {rng.choice(['Atlantique', 'Kadji', 'Tsinga', 'Le Bon Berger'])}"
        )
        line2 = f"{pc} {city}"
    else:  # af_ZA
        line1 = f"{st} {n}"
        line2 = f"{city} {pc}" if rng.random() < 0.5 else f"{city}, {pc}"
    return line1, line2


def one_line(rng, locale: str) -> str:
    a, b = address(rng, locale)
    sep = "، " if locale == "ar_JO" else ", "
    return a + sep + b
