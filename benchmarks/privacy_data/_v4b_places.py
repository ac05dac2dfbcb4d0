"""Addresses, places, companies and brands for eval_v4b, written by hand per country.

Street and city names are real places; house numbers, flats and postcodes are drawn so that
they follow each country's format (they are not checked against a postal database).
`address(rng, locale)` returns (street_line, city_line); the caller writes them on one line
(one span) or on two lines (one span each).
"""

from __future__ import annotations

import random
import string

_LET = "ABDEFGHJLNPQRSTUWXYZ"  # letters valid in the inward part of a UK postcode

STREETS = {
    "en_GB": [
        "Marlborough Road",
        "Elm Grove",
        "Church Lane",
        "Victoria Street",
        "Albert Terrace",
        "Hartley Avenue",
        "Mill Lane",
        "Clarendon Road",
        "Station Approach",
        "Beech Close",
        "Kingsway",
        "Cowley Road",
        "Portland Place",
        "Hyde Park Crescent",
        "Gloucester Place",
        "Thornhill Gardens",
        "Abbey Mews",
        "Wellington Walk",
    ],
    "en_AU": [
        "Brunswick Street",
        "King Street",
        "Enmore Road",
        "Given Terrace",
        "Jetty Road",
        "Sydney Road",
        "Chapel Street",
        "Lygon Street",
        "Hay Street",
        "Parramatta Road",
        "Beaufort Street",
        "Glebe Point Road",
        "Boundary Street",
        "Nicholson Street",
        "Sandgate Road",
    ],
    "es_ES": [
        "Calle de Alcalá",
        "Calle Mayor",
        "Avda. de la Constitución",
        "Paseo de Gracia",
        "Calle Sierpes",
        "Gran Vía",
        "C/ Colón",
        "Calle del Pez",
        "Rambla de Catalunya",
        "Calle San Vicente Mártir",
        "Avenida Diagonal",
        "C/ Larios",
        "Calle Fuencarral",
        "Paseo de la Castellana",
    ],
    "es_MX": [
        "Av. Insurgentes Sur",
        "Calle Durango",
        "Av. Chapultepec",
        "Calle Morelos",
        "Av. Vallarta",
        "Calle Hidalgo",
        "Av. Revolución",
        "Calle Madero",
        "Av. Constitución",
        "Calle Amsterdam",
        "Av. Álvaro Obregón",
        "Calle 60",
        "Privada de los Pinos",
    ],
    "pt_BR": [
        "Rua Augusta",
        "Av. Paulista",
        "Rua das Laranjeiras",
        "Rua XV de Novembro",
        "Av. Afonso Pena",
        "Rua Padre Chagas",
        "Rua da Aurora",
        "Rua Oscar Freire",
        "Av. Sete de Setembro",
        "Rua Voluntários da Pátria",
        "Travessa do Ouvidor",
        "Alameda Santos",
    ],
    "it_IT": [
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Piazza Navona",
        "Via dei Mille",
        "Viale Monza",
        "Via Toledo",
        "Borgo Pinti",
        "Via San Vitale",
        "Via Roma",
        "Via Nazionale",
        "Corso Buenos Aires",
        "Via della Spiga",
        "Lungarno Corsini",
    ],
    "da_DK": [
        "Nørrebrogade",
        "Vesterbrogade",
        "Jægergårdsgade",
        "Strandvejen",
        "Søndergade",
        "Østerbrogade",
        "Amagerbrogade",
        "Frederiksberg Allé",
        "Klostergade",
        "Vestergade",
        "Ryesgade",
        "Bülowsvej",
    ],
    "nb_NO": [
        "Storgata",
        "Thorvald Meyers gate",
        "Bogstadveien",
        "Kongens gate",
        "Olav Tryggvasons gate",
        "Bryggen",
        "Torggata",
        "Markveien",
        "Kirkegata",
        "Sandviksveien",
        "Møllergata",
        "Løkkeveien",
    ],
    "id_ID": [
        "Jl. Jend. Sudirman",
        "Jl. Kemang Raya",
        "Jl. Braga",
        "Jl. Malioboro",
        "Gg. Melati III",
        "Jl. Gatot Subroto",
        "Jl. Diponegoro",
        "Jl. Raya Ubud",
        "Jl. Pemuda",
        "Jl. Dago",
        "Jl. Cikini Raya",
        "Jl. Tunjungan",
    ],
    # generic names found in most Chinese cities; city-specific ones are in CITY_STREETS
    "zh_CN": [
        "中山路",
        "人民路",
        "解放路",
        "建设路",
        "胜利街",
        "建国路",
        "漕溪北路",
        "科技园南路",
        "人民南路四段",
        "文三路",
        "天河路",
        "南京西路",
        "珞喻路",
    ],
}

# (city line template pieces): city, postcode maker spec, extra
CITIES = {
    "en_GB": [
        ("London", "SW11"),
        ("London", "E8"),
        ("Leeds", "LS6"),
        ("Manchester", "M20"),
        ("Bristol", "BS7"),
        ("Oxford", "OX4"),
        ("Edinburgh", "EH9"),
        ("Cardiff", "CF24"),
        ("Norwich", "NR2"),
        ("Brighton", "BN1"),
        ("Glasgow", "G12"),
        ("York", "YO10"),
    ],
    "en_AU": [
        ("Fitzroy", "VIC 3065"),
        ("Newtown", "NSW 2042"),
        ("Paddington", "QLD 4064"),
        ("Fremantle", "WA 6160"),
        ("Glenelg", "SA 5045"),
        ("Sandy Bay", "TAS 7005"),
        ("Braddon", "ACT 2612"),
        ("Brunswick", "VIC 3056"),
        ("Surry Hills", "NSW 2010"),
        ("West End", "QLD 4101"),
        ("Parramatta", "NSW 2150"),
    ],
    "es_ES": [
        ("Madrid", "28"),
        ("Barcelona", "08"),
        ("Sevilla", "41"),
        ("Valencia", "46"),
        ("Bilbao", "48"),
        ("Málaga", "29"),
        ("Zaragoza", "50"),
        ("Granada", "18"),
        ("Alicante", "03"),
        ("Valladolid", "47"),
    ],
    "es_MX": [
        ("Ciudad de México, CDMX", "06"),
        ("Guadalajara, Jal.", "44"),
        ("Monterrey, N.L.", "64"),
        ("Cancún, Q.R.", "77"),
        ("Puebla, Pue.", "72"),
        ("Querétaro, Qro.", "76"),
        ("Mérida, Yuc.", "97"),
        ("Tijuana, B.C.", "22"),
    ],
    "pt_BR": [
        ("São Paulo - SP", "01"),
        ("Rio de Janeiro - RJ", "22"),
        ("Curitiba - PR", "80"),
        ("Belo Horizonte - MG", "30"),
        ("Porto Alegre - RS", "90"),
        ("Recife - PE", "50"),
        ("Salvador - BA", "40"),
        ("Florianópolis - SC", "88"),
        ("Campinas - SP", "13"),
    ],
    "it_IT": [
        ("Torino", "101", "TO"),
        ("Milano", "201", "MI"),
        ("Roma", "001", "RM"),
        ("Napoli", "801", "NA"),
        ("Firenze", "501", "FI"),
        ("Bologna", "401", "BO"),
        ("Palermo", "901", "PA"),
        ("Genova", "161", "GE"),
        ("Bari", "701", "BA"),
        ("Verona", "371", "VR"),
    ],
    "da_DK": [
        ("København N", "2200"),
        ("København V", "1620"),
        ("København Ø", "2100"),
        ("Aarhus C", "8000"),
        ("Odense C", "5000"),
        ("Aalborg", "9000"),
        ("Hellerup", "2900"),
        ("Vejle", "7100"),
        ("Frederiksberg C", "1820"),
        ("Roskilde", "4000"),
    ],
    "nb_NO": [
        ("Oslo", "0184"),
        ("Oslo", "0555"),
        ("Oslo", "0352"),
        ("Bergen", "5003"),
        ("Trondheim", "7011"),
        ("Stavanger", "4006"),
        ("Tromsø", "9008"),
        ("Drammen", "3015"),
        ("Kristiansand", "4611"),
    ],
    "id_ID": [
        ("Kebayoran Baru, Jakarta Selatan", "12190"),
        ("Menteng, Jakarta Pusat", "10310"),
        ("Sumur Bandung, Bandung", "40111"),
        ("Gondomanan, Yogyakarta", "55122"),
        ("Denpasar Barat, Denpasar", "80113"),
        ("Genteng, Surabaya", "60275"),
        ("Medan Baru, Medan", "20153"),
        ("Ubud, Gianyar", "80571"),
    ],
    "zh_CN": [
        ("北京市", "朝阳区", "1000"),
        ("北京市", "海淀区", "1000"),
        ("上海市", "徐汇区", "2000"),
        ("上海市", "静安区", "2000"),
        ("广东省深圳市", "南山区", "5180"),
        ("广东省广州市", "天河区", "5106"),
        ("四川省成都市", "武侯区", "6100"),
        ("浙江省杭州市", "西湖区", "3100"),
        ("湖北省武汉市", "洪山区", "4300"),
    ],
}


def _uk_postcode(rng: random.Random, outward: str) -> str:
    return f"{outward} {rng.randrange(1, 10)}{rng.choice(_LET)}{rng.choice(_LET)}"


# streets that belong to one city: an address puts them only there (others are common names)
CITY_STREETS = {
    "zh_CN": {
        "朝阳区": ["建国路", "朝阳路", "工体北路"],
        "海淀区": ["中关村大街", "学院路", "成府路"],
        "徐汇区": ["漕溪北路", "衡山路", "肇嘉浜路"],
        "静安区": ["南京西路", "延安中路", "江宁路"],
        "南山区": ["科技园南路", "深南大道", "南海大道"],
        "天河区": ["天河路", "体育西路", "珠江新城华夏路"],
        "武侯区": ["人民南路四段", "武侯祠大街", "科华北路"],
        "西湖区": ["文三路", "天目山路", "北山街"],
        "洪山区": ["珞喻路", "雄楚大道", "光谷大道"],
    },
    "it_IT": {
        "Roma": ["Piazza Navona", "Via Nazionale"],
        "Napoli": ["Via Toledo"],
        "Firenze": ["Borgo Pinti", "Lungarno Corsini"],
        "Bologna": ["Via San Vitale"],
        "Milano": ["Corso Buenos Aires", "Via della Spiga", "Viale Monza"],
    },
    "da_DK": {
        "København N": ["Nørrebrogade", "Jægergårdsgade"],
        "København V": ["Vesterbrogade"],
        "København Ø": ["Østerbrogade", "Ryesgade"],
        "Frederiksberg C": ["Frederiksberg Allé", "Bülowsvej"],
        "Hellerup": ["Strandvejen"],
        "Aarhus C": ["Klostergade"],
    },
    "nb_NO": {
        "Oslo": ["Thorvald Meyers gate", "Bogstadveien", "Markveien", "Møllergata", "Torggata"],
        "Bergen": ["Bryggen", "Sandviksveien"],
        "Trondheim": ["Olav Tryggvasons gate"],
    },
    "es_ES": {
        "Madrid": [
            "Calle de Alcalá",
            "Gran Vía",
            "Calle Fuencarral",
            "Paseo de la Castellana",
            "Calle del Pez",
        ],
        "Barcelona": ["Paseo de Gracia", "Rambla de Catalunya", "Avenida Diagonal"],
        "Sevilla": ["Calle Sierpes"],
        "Málaga": ["C/ Larios"],
        "Valencia": ["Calle San Vicente Mártir"],
    },
    "pt_BR": {
        "São Paulo - SP": ["Rua Augusta", "Av. Paulista", "Rua Oscar Freire", "Alameda Santos"],
        "Rio de Janeiro - RJ": ["Rua das Laranjeiras", "Travessa do Ouvidor"],
        "Recife - PE": ["Rua da Aurora"],
        "Belo Horizonte - MG": ["Av. Afonso Pena"],
        "Porto Alegre - RS": ["Rua Padre Chagas"],
    },
    "id_ID": {
        "Kebayoran Baru, Jakarta Selatan": ["Jl. Jend. Sudirman", "Jl. Kemang Raya"],
        "Menteng, Jakarta Pusat": ["Jl. Cikini Raya", "Jl. Diponegoro"],
        "Sumur Bandung, Bandung": ["Jl. Braga", "Jl. Dago"],
        "Gondomanan, Yogyakarta": ["Jl. Malioboro"],
        "Ubud, Gianyar": ["Jl. Raya Ubud"],
        "Genteng, Surabaya": ["Jl. Tunjungan"],
    },
    "es_MX": {
        "Ciudad de México, CDMX": [
            "Av. Insurgentes Sur",
            "Calle Durango",
            "Calle Amsterdam",
            "Av. Álvaro Obregón",
            "Calle Madero",
        ],
        "Guadalajara, Jal.": ["Av. Chapultepec", "Av. Vallarta"],
        "Mérida, Yuc.": ["Calle 60"],
    },
    "en_AU": {
        "Fitzroy": ["Brunswick Street", "Nicholson Street"],
        "Newtown": ["King Street", "Enmore Road"],
        "Paddington": ["Given Terrace", "Sandgate Road"],
        "Fremantle": ["Hay Street", "Beaufort Street"],
        "Sandy Bay": ["Chapel Street"],
        "Braddon": ["Lygon Street"],
        "Glenelg": ["Jetty Road"],
        "Brunswick": ["Sydney Road"],
        "Surry Hills": ["Glebe Point Road"],
        "West End": ["Boundary Street"],
        "Parramatta": ["Parramatta Road"],
    },
}


def street_for(rng: random.Random, locale: str, city: str) -> str:
    own = CITY_STREETS.get(locale, {})
    tied = {x for streets in own.values() for x in streets}
    free = [x for x in STREETS[locale] if x not in tied]
    pool = own.get(city, []) * 2 + free
    return rng.choice(pool or STREETS[locale])


def address(rng: random.Random, locale: str) -> tuple[str, str]:
    """(street line, postcode + city line) in the country's usual order."""
    city = rng.choice(CITIES[locale])
    street = street_for(rng, locale, city[1] if locale == "zh_CN" else city[0])
    n = rng.randrange(1, 240)
    if locale == "en_GB":
        s = f"{n} {street}" if rng.random() < 0.65 else f"Flat {rng.randrange(1, 30)}, {n} {street}"
        c = (
            f"{city[0]} {_uk_postcode(rng, city[1])}"
            if rng.random() < 0.7
            else f"{city[0].upper()} {_uk_postcode(rng, city[1])}"
        )
    elif locale == "en_AU":
        s = f"{n} {street}" if rng.random() < 0.6 else f"Unit {rng.randrange(1, 20)}/{n} {street}"
        c = f"{city[0]} {city[1]}" if rng.random() < 0.7 else f"{city[0].upper()} {city[1]}"
    elif locale == "es_ES":
        floor = rng.choice(
            [
                "",
                f", {rng.randrange(1, 9)}º {rng.choice('ABCD')}",
                f", {rng.randrange(1, 7)}º izq.",
                f", {rng.randrange(1, 7)}º dcha.",
                ", bajo",
            ]
        )
        s = f"{street}, {n}{floor}" if rng.random() < 0.6 else f"{street} {n}{floor}"
        c = f"{city[1]}{rng.randrange(1, 100):03d} {city[0]}"
    elif locale == "es_MX":
        col = rng.choice(
            [
                "Col. Roma Norte",
                "Col. Del Valle",
                "Col. Americana",
                "Col. Centro",
                "Col. Condesa",
                "Col. San Pedro Garza",
                "Col. Jardines del Bosque",
            ]
        )
        inner = rng.choice(
            ["", f", Int. {rng.randrange(1, 12)}", f" Depto. {rng.randrange(101, 905)}"]
        )
        s = f"{street} {n}{inner}, {col}"
        c = f"{city[1]}{rng.randrange(0, 1000):03d} {city[0]}"
    elif locale == "pt_BR":
        extra = rng.choice(
            [
                "",
                f", apto {rng.randrange(11, 204)}",
                f", casa {rng.randrange(1, 4)}",
                f", bloco B, apto {rng.randrange(11, 99)}",
            ]
        )
        s = f"{street}, {n * 7}{extra}"
        c = f"{city[1]}{rng.randrange(0, 1000):03d}-{rng.randrange(0, 1000):03d} {city[0]}"
    elif locale == "it_IT":
        s = (
            f"{street} {n}"
            if rng.random() < 0.6
            else f"{street}, {n}{rng.choice(['', '/B', '/A', ' int. 4'])}"
        )
        cap = f"{city[1]}{rng.randrange(0, 100):02d}"
        c = rng.choice(
            [f"{cap} {city[0]} ({city[2]})", f"{cap} {city[0]} {city[2]}", f"{cap} {city[0]}"]
        )
    elif locale == "da_DK":
        s = f"{street} {n}" + rng.choice(
            ["", ", 2. tv.", ", st. th.", ", 1.", ", 3. mf.", ", 4. th."]
        )
        c = f"{city[1]} {city[0]}"
    elif locale == "nb_NO":
        s = f"{street} {n}" + rng.choice(["", "B", "A", ", leil. H0302", ", 3. etg."])
        c = f"{city[1]} {city[0]}"
    elif locale == "id_ID":
        s = f"{street} No. {n}" + rng.choice(
            [
                "",
                f", RT {rng.randrange(1, 15):02d}/RW {rng.randrange(1, 12):02d}",
                f" Blok {rng.choice('ABCD')}{rng.randrange(1, 9)}",
            ]
        )
        c = f"{city[0]} {city[1]}"
    elif locale == "zh_CN":
        s = f"{city[1]}{street}{n}号" + rng.choice(
            [
                "",
                f"{rng.randrange(1, 12)}号楼{rng.randrange(1, 30)}{rng.randrange(1, 4):02d}室",
                f"{rng.randrange(1, 6)}单元{rng.randrange(101, 2802)}室",
            ]
        )
        c = f"{city[0]} {city[2]}{rng.randrange(10, 99)}"
    else:
        raise KeyError(locale)
    return s, c


def one_line(rng: random.Random, locale: str, street: str, city: str) -> str:
    if locale == "zh_CN":
        return city.split(" ")[0] + street
    if locale == "es_MX":
        return f"{street}, {city}"
    return street + rng.choice([", ", ", ", " - "] if locale == "pt_BR" else [", "]) + city


COMPANIES = {  # company names that contain a family or given name: NOT person
    "en_GB": [
        "Sainsburys",
        "Morrisons",
        "Marks and Spencer",
        "John Lewis",
        "Dyson",
        "Barclays",
        "Rolls-Royce",
    ],
    "en_AU": ["Harvey Norman", "Woolworths", "Bunnings", "Myer", "David Jones", "Dan Murphys"],
    "es_ES": ["El Corte Inglés", "Mercadona", "Pescanova", "Zara", "Loewe", "Tous", "Freixenet"],
    "es_MX": ["Grupo Salinas", "Liverpool", "Coppel", "Bimbo", "Elektra", "Farmacias Guadalajara"],
    "pt_BR": [
        "Magazine Luiza",
        "Casas Bahia",
        "Natura",
        "Lojas Renner",
        "Havaianas",
        "Drogaria São Paulo",
    ],
    "it_IT": ["Ferrero", "Barilla", "Benetton", "Lavazza", "Luxottica", "Esselunga", "Ferragamo"],
    "da_DK": [
        "Mærsk",
        "Carlsberg",
        "Jensens Bøfhus",
        "Bang og Olufsen",
        "Lego",
        "Netto",
        "Georg Jensen",
    ],
    "nb_NO": ["Rema 1000", "Olsen Bil", "Kiwi", "Equinor", "Tine", "Freia", "Ringnes"],
    "id_ID": [
        "Sinar Mas",
        "Kalbe Farma",
        "Indomaret",
        "Alfamart",
        "Tokopedia",
        "Bakmi GM",
        "Sido Muncul",
    ],
    "zh_CN": ["华为", "海尔", "李宁", "阿里巴巴", "小米", "王老吉", "张小泉"],
}

PRODUCTS = {
    "en_GB": ["Hovis loaf", "PG Tips", "Heinz beans", "Walkers crisps", "Oatly Barista"],
    "en_AU": ["Vegemite", "Tim Tams", "Arnotts Shapes", "Bonds socks", "Milo tin"],
    "es_ES": ["Cola Cao", "jamón ibérico", "aceite Carbonell", "Estrella Damm", "turrón Vicens"],
    "es_MX": ["Jarritos", "tortillas Maseca", "Valentina", "café Legal", "Gansito"],
    "pt_BR": ["Guaraná Antarctica", "Pão de Açúcar", "Nescau", "Toddy", "biscoito Globo"],
    "it_IT": ["Nutella", "Pavesini", "Parmigiano Reggiano", "Aperol", "Mulino Bianco"],
    "da_DK": ["Anthon Berg", "Cocio", "Kelsen småkager", "Arla mælk", "Gammel Dansk"],
    "nb_NO": ["Kvikk Lunsj", "Jarlsberg", "Solo", "Grandiosa", "Tine melk"],
    "id_ID": ["Indomie", "Teh Botol Sosro", "Kopi Kapal Api", "Chitato", "Aqua 600ml"],
    "zh_CN": ["农夫山泉", "老干妈", "康师傅", "旺仔牛奶", "三只松鼠"],
}

CURRENCY = {
    "en_GB": "£{}",
    "en_AU": "${} AUD",
    "es_ES": "{} €",
    "es_MX": "${} MXN",
    "pt_BR": "R$ {}",
    "it_IT": "€ {}",
    "da_DK": "{} kr.",
    "nb_NO": "kr {}",
    "id_ID": "Rp {}",
    "zh_CN": "¥{}",
}


def price(rng: random.Random, locale: str) -> str:
    if locale == "id_ID":
        v = f"{rng.randrange(5, 900) * 1000:,}".replace(",", ".")
    elif locale in ("en_GB", "en_AU", "es_MX", "zh_CN"):
        v = f"{rng.randrange(100, 99999) / 100:.2f}"
    else:
        v = f"{rng.randrange(100, 99999) / 100:.2f}".replace(".", ",")
    return CURRENCY[locale].format(v)


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
