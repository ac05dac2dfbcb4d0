"""Hand-written streets, districts, cities, postcodes and city centres for eval_v6a's locales.

Written for this set (not taken from Faker/mimesis); real-world-plausible, in the local script.
"""

from __future__ import annotations

# city: (postcodes, (lat, lon), districts)
CITIES = {
    "en_ZA": {
        "Johannesburg": (["2196", "2193", "2001", "2092", "1818"], (-26.2041, 28.0473),
                         ["Rosebank", "Melville", "Soweto", "Braamfontein", "Parkhurst"]),
        "Cape Town": (["8001", "7700", "7925", "7441", "8005"], (-33.9249, 18.4241),
                      ["Gardens", "Observatory", "Woodstock", "Sea Point", "Khayelitsha"]),
        "Durban": (["4001", "4052", "4091", "4319"], (-29.8587, 31.0218),
                   ["Berea", "Morningside", "Umlazi", "Glenwood"]),
        "Pretoria": (["0002", "0083", "0181"], (-25.7479, 28.2293),
                     ["Hatfield", "Arcadia", "Brooklyn", "Mamelodi"]),
        "Gqeberha": (["6001", "6070"], (-33.9608, 25.6022), ["Walmer", "Summerstrand"]),
    },
    "is_IS": {
        "Reykjavík": (["101", "105", "107", "108", "110", "112"], (64.1466, -21.9426), []),
        "Kópavogur": (["200", "201", "203"], (64.1124, -21.9123), []),
        "Hafnarfjörður": (["220", "221"], (64.0671, -21.9377), []),
        "Akureyri": (["600", "603"], (65.6885, -18.1262), []),
        "Selfoss": (["800"], (63.9331, -20.9971), []),
    },
    "es_CL": {
        "Santiago": (["8320000", "7500000", "7750000", "8370000"], (-33.4489, -70.6693),
                     ["Providencia", "Ñuñoa", "Las Condes", "Maipú", "La Florida", "Recoleta"]),
        "Valparaíso": (["2340000", "2520000"], (-33.0472, -71.6127), ["Cerro Alegre", "Viña del Mar"]),
        "Concepción": (["4030000", "4070000"], (-36.827, -73.0503), ["Talcahuano", "San Pedro de la Paz"]),
        "Antofagasta": (["1240000"], (-23.6509, -70.3975), ["Centro"]),
        "Temuco": (["4780000"], (-38.7359, -72.5904), ["Pueblo Nuevo"]),
    },
    "es_PE": {
        "Lima": (["15001", "15046", "15074", "15073", "15036", "15401"], (-12.0464, -77.0428),
                 ["Miraflores", "Lince", "San Isidro", "Surquillo", "San Juan de Lurigancho",
                  "Jesús María", "Cercado de Lima"]),
        "Arequipa": (["04001", "04013"], (-16.409, -71.5375), ["Cayma", "Yanahuara"]),
        "Trujillo": (["13001", "13008"], (-8.1116, -79.0288), ["Víctor Larco"]),
        "Cusco": (["08002", "08003"], (-13.5319, -71.9675), ["Wanchaq", "San Blas"]),
        "Piura": (["20001"], (-5.1945, -80.6328), ["Castilla"]),
    },
    "fr_BE": {
        "Bruxelles": (["1000", "1050", "1060", "1030"], (50.8503, 4.3517), []),
        "Liège": (["4000", "4020"], (50.6326, 5.5797), []),
        "Namur": (["5000", "5100"], (50.4674, 4.8718), []),
        "Charleroi": (["6000", "6001"], (50.4108, 4.4446), []),
        "Mons": (["7000"], (50.4542, 3.9523), []),
        "Wavre": (["1300"], (50.7171, 4.6014), []),
    },
    "it_CH": {
        "Lugano": (["6900", "6903", "6962"], (46.0037, 8.9511), []),
        "Bellinzona": (["6500"], (46.1946, 9.0244), []),
        "Locarno": (["6600"], (46.1708, 8.7995), []),
        "Mendrisio": (["6850"], (45.8708, 8.9816), []),
        "Chiasso": (["6830"], (45.8323, 9.0312), []),
        "Biasca": (["6710"], (46.3597, 8.9699), []),
    },
    "sl_SI": {
        "Ljubljana": (["1000"], (46.0569, 14.5058), []),
        "Maribor": (["2000"], (46.5547, 15.6459), []),
        "Celje": (["3000"], (46.2397, 15.2677), []),
        "Kranj": (["4000"], (46.2389, 14.3556), []),
        "Koper": (["6000"], (45.5481, 13.7302), []),
        "Novo mesto": (["8000"], (45.8034, 15.1689), []),
        "Domžale": (["1230"], (46.1382, 14.5944), []),
    },
    "et_EE": {
        "Tallinn": (["10111", "10117", "10133", "13517", "11415"], (59.437, 24.7536), []),
        "Tartu": (["50090", "51004", "50411"], (58.3776, 26.729), []),
        "Narva": (["20308", "21004"], (59.3797, 28.1791), []),
        "Pärnu": (["80010", "80042"], (58.3859, 24.4971), []),
        "Viljandi": (["71020"], (58.3639, 25.59), []),
    },
    "ka_GE": {
        "თბილისი": (["0102", "0108", "0160", "0171", "0179", "0186"], (41.7151, 44.8271), []),
        "ბათუმი": (["6000", "6010"], (41.6168, 41.6367), []),
        "ქუთაისი": (["4600"], (42.2679, 42.6946), []),
        "რუსთავი": (["3700"], (41.5495, 44.9932), []),
        "ზუგდიდი": (["2100"], (42.5088, 41.8709), []),
    },
    "az_AZ": {
        "Bakı": (["AZ1000", "AZ1010", "AZ1014", "AZ1022", "AZ1065", "AZ1117"], (40.4093, 49.8671),
                 ["Nəsimi r-nu", "Yasamal r-nu", "Nərimanov r-nu", "Səbail r-nu", "Xətai r-nu"]),
        "Gəncə": (["AZ2000", "AZ2011"], (40.6828, 46.3606), ["Kəpəz r-nu"]),
        "Sumqayıt": (["AZ5000", "AZ5008"], (40.5897, 49.6686), ["5-ci mkr."]),
        "Mingəçevir": (["AZ4500"], (40.7703, 47.0496), []),
        "Şəki": (["AZ5500"], (41.1919, 47.1706), []),
    },
}

# Latin spellings used in Latin-script Georgian texts
KA_LATIN_CITY = {"თბილისი": "Tbilisi", "ბათუმი": "Batumi", "ქუთაისი": "Kutaisi",
                 "რუსთავი": "Rustavi", "ზუგდიდი": "Zugdidi"}

STREETS = {
    "en_ZA": ["Jan Smuts Avenue", "Oxford Road", "Long Street", "Main Road", "Church Street",
              "Vilakazi Street", "Florida Road", "Beyers Naudé Drive", "Kloof Street",
              "Voortrekker Road", "Nelson Mandela Drive", "Musgrave Road", "Rivonia Road",
              "Queen Street", "Hendrik Verwoerd St", "Juta Street", "7th Avenue", "Loop Street"],
    "is_IS": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bergstaðastræti", "Njálsgata",
              "Grettisgata", "Hringbraut", "Suðurgata", "Álfhólsvegur", "Hamraborg",
              "Strandgata", "Hafnarstræti", "Brekkugata", "Eyravegur", "Sóleyjargata",
              "Miklabraut", "Háaleitisbraut", "Bústaðavegur"],
    "es_CL": ["Av. Providencia", "Av. Irarrázaval", "Calle Los Aromos", "Pasaje Las Violetas",
              "Av. Apoquindo", "Calle Merced", "Av. Vicuña Mackenna", "Calle San Diego",
              "Av. Grecia", "Calle Almirante Montt", "Av. Pedro de Valdivia", "Los Alerces",
              "Av. Libertador Bernardo O'Higgins", "Calle Huérfanos", "Av. Matta"],
    "es_PE": ["Av. Arequipa", "Jr. Huallaga", "Av. José Larco", "Calle Las Begonias",
              "Av. Brasil", "Jr. de la Unión", "Av. Javier Prado Este", "Calle Schell",
              "Av. Angamos Oeste", "Jr. Cusco", "Av. Los Próceres", "Calle Berlín",
              "Av. Petit Thouars", "Jr. Ica", "Av. Universitaria"],
    "fr_BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute",
              "Boulevard d'Avroy", "Rue Saint-Gilles", "Rue de Fer", "Avenue de la Toison d'Or",
              "Rue du Midi", "Chaussée d'Ixelles", "Rue des Wallons", "Place Flagey",
              "Rue de Namur", "Boulevard Tirou", "Rue de la Station", "Rue Grétry"],
    "it_CH": ["Via Nassa", "Via Pessina", "Corso Elvezia", "Via Cantonale", "Viale Stazione",
              "Via San Gottardo", "Via Canova", "Piazza Grande", "Via Ciseri", "Via Trevano",
              "Via Lucchini", "Via Motta", "Corso San Gottardo", "Via della Posta",
              "Via Ravecchia"],
    "sl_SI": ["Slovenska cesta", "Trubarjeva ulica", "Celovška cesta", "Dunajska cesta",
              "Gosposvetska cesta", "Partizanska cesta", "Prešernova ulica", "Tržaška cesta",
              "Ulica heroja Staneta", "Kidričeva ulica", "Cankarjeva ulica", "Jamova cesta",
              "Koroška cesta", "Vojkova ulica", "Glavni trg", "Smetanova ulica"],
    "et_EE": ["Narva mnt", "Pärnu mnt", "Tartu mnt", "Mustamäe tee", "Endla tn", "Vabaduse pst",
              "Rüütli tn", "Kalda tee", "Riia tn", "Raekoja plats", "Sõpruse pst",
              "Kreutzwaldi tn", "Lasnamäe tn", "Paldiski mnt", "Ülikooli tn", "Akadeemia tee"],
    "ka_GE": ["ჭავჭავაძის გამზ.", "რუსთაველის გამზ.", "აღმაშენებლის გამზ.", "ვაჟა-ფშაველას გამზ.",
              "პეკინის ქ.", "ყაზბეგის გამზ.", "მარჯანიშვილის ქ.", "გორგასლის ქ.", "ფალიაშვილის ქ.",
              "ბარათაშვილის ქ.", "ნინოშვილის ქ.", "გამსახურდიას გამზ.", "წერეთლის გამზ."],
    "az_AZ": ["Nizami küç.", "Füzuli küç.", "Azadlıq pr.", "Həsən bəy Zərdabi pr.",
              "Təbriz küç.", "Atatürk pr.", "Səməd Vurğun küç.", "Rəşid Behbudov küç.",
              "Cəfər Cabbarlı küç.", "Neftçilər pr.", "Üzeyir Hacıbəyov küç.", "Bülbül pr.",
              "Xətai pr.", "Moskva pr."],
}

KA_LATIN_STREETS = ["Chavchavadze Ave", "Rustaveli Ave", "Aghmashenebeli Ave",
                    "Vazha-Pshavela Ave", "Pekini St", "Kazbegi Ave", "Marjanishvili St",
                    "Gorgasali St", "Paliashvili St", "Barnovi St", "Tsereteli Ave"]

# street-like names used OUTSIDE addresses (hard negatives): squares, landmarks, malls
LANDMARKS = {
    "en_ZA": ["Sandton City", "the V&A Waterfront", "Gateway Theatre", "Menlyn Park"],
    "is_IS": ["Kringlan", "Smáralind", "Hallgrímskirkja", "Harpa"],
    "es_CL": ["Costanera Center", "Plaza de Armas", "Mall Plaza Vespucio", "Parque Forestal"],
    "es_PE": ["Jockey Plaza", "Larcomar", "Plaza San Martín", "Real Plaza Salaverry"],
    "fr_BE": ["la Grand-Place", "Médiacité", "Rive Gauche", "le Cinquantenaire"],
    "it_CH": ["Piazza della Riforma", "Lugano Centro", "il Palacinema", "Piazza Indipendenza"],
    "sl_SI": ["BTC City", "Prešernov trg", "Europark", "Citycenter Celje"],
    "et_EE": ["Ülemiste keskus", "Viru keskus", "Raekoja plats", "Lõunakeskus"],
    "ka_GE": ["თბილისი მოლი", "ისტ ფოინთი", "თავისუფლების მოედანი", "გალერეა თბილისი"],
    "az_AZ": ["28 Mall", "Gənclik Mall", "Fəvvarələr meydanı", "Park Bulvar"],
}
