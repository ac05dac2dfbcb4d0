# ruff: noqa: RUF001  (multilingual text: Cyrillic and Bengali letters are intended)
"""Hand-written streets, areas, cities and postcode formats per locale (own lists)."""

# locale: streets, areas, [(city, postcode, region)], gps centre
P = {
    "en_PH": dict(
        streets=["Sampaguita St.", "Mabini St.", "Rizal Ave.", "Kalayaan Ave.", "P. Burgos St.",
                 "Katipunan Ave.", "Gen. Luna St.", "Aguinaldo Hwy", "Narra St.", "Magsaysay Blvd."],
        areas=["Brgy. San Isidro", "Brgy. Malanday", "Brgy. Pinagbuhatan", "Brgy. Poblacion",
               "Brgy. Kapitolyo", "Brgy. Lahug", "Brgy. Sto. Niño"],
        cities=[("Quezon City", "1109", "Metro Manila"), ("Pasig City", "1600", "Metro Manila"),
                ("Antipolo City", "1870", "Rizal"), ("Cebu City", "6000", "Cebu"),
                ("Davao City", "8000", "Davao del Sur"), ("Bacoor", "4102", "Cavite"),
                ("Iloilo City", "5000", "Iloilo")],
        centre=(14.60, 121.00)),
    "en_SG": dict(
        streets=["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd",
                 "Toa Payoh Lor 1", "Yishun Ring Rd", "Clementi Ave 2", "Punggol Field",
                 "Woodlands Dr 14", "Bukit Batok West Ave 6"],
        areas=[], cities=[("Singapore", None, None)], centre=(1.35, 103.82)),
    "en_NG": dict(
        streets=["Adeola Odeku Street", "Allen Avenue", "Awolowo Road", "Herbert Macaulay Way",
                 "Ogui Road", "Aminu Kano Crescent", "Bode Thomas Street", "Olu Obasanjo Road",
                 "Ahmadu Bello Way", "Ikwerre Road"],
        areas=["Victoria Island", "Ikeja", "Ikoyi", "Surulere", "Wuse 2", "Yaba", "GRA"],
        cities=[("Lagos", "101241", "Lagos State"), ("Abuja", "900288", "FCT"),
                ("Port Harcourt", "500272", "Rivers State"), ("Ibadan", "200284", "Oyo State"),
                ("Enugu", "400102", "Enugu State"), ("Kano", "700233", "Kano State")],
        centre=(6.52, 3.38)),
    "bn_BD": dict(
        streets=["রোড ৫", "রোড ২৭", "সাত মসজিদ রোড", "মিরপুর রোড", "গ্রীন রোড", "বেইলি রোড",
                 "Road 11", "Road 4", "Mirpur Road", "Gulshan Avenue"],
        areas=["ধানমন্ডি", "মিরপুর ১০", "মোহাম্মদপুর", "উত্তরা সেক্টর ৭", "Dhanmondi", "Banani",
               "Uttara Sector 4", "Mirpur 2"],
        cities=[("ঢাকা", "১২০৫", None), ("ঢাকা", "১২১৬", None), ("চট্টগ্রাম", "৪০০০", None),
                ("Dhaka", "1205", None), ("Dhaka", "1213", None), ("Chattogram", "4100", None),
                ("Sylhet", "3100", None)],
        centre=(23.78, 90.40)),
    "sr_RS": dict(
        streets=["Булевар ослобођења", "Кнез Михаилова", "Улица војводе Мишића", "Цара Душана",
                 "Bulevar kralja Aleksandra", "Njegoševa", "Takovska", "Bulevar Mihajla Pupina",
                 "Карађорђева", "Vojvode Stepe"],
        areas=[],
        cities=[("Београд", "11000", None), ("Нови Сад", "21000", None), ("Ниш", "18000", None),
                ("Beograd", "11070", None), ("Kragujevac", "34000", None), ("Subotica", "24000", None),
                ("Čačak", "32000", None)],
        centre=(44.80, 20.46)),
    "mt_MT": dict(
        streets=["Triq il-Kbira", "Triq San Pawl", "Triq ir-Repubblika", "Triq il-Kungress",
                 "Triq Santa Lucija", "Triq il-Mitħna", "Triq Manwel Dimech", "Triq Birkirkara",
                 "Triq il-Wied", "Triq tal-Qroqq"],
        areas=[],
        cities=[("Ħal Qormi", "QRM", None), ("Birkirkara", "BKR", None), ("Tas-Sliema", "SLM", None),
                ("Ħaż-Żabbar", "ZBR", None), ("Il-Mosta", "MST", None), ("San Ġwann", "SGN", None),
                ("Rabat", "RBT", None)],
        centre=(35.90, 14.45)),
    "is_IS": dict(
        streets=["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hringbraut", "Borgartún",
                 "Álfheimar", "Hraunbær", "Furugrund", "Lækjargata", "Bústaðavegur"],
        areas=[],
        cities=[("Reykjavík", "101", None), ("Reykjavík", "105", None), ("Reykjavík", "110", None),
                ("Kópavogur", "200", None), ("Hafnarfjörður", "220", None), ("Akureyri", "600", None),
                ("Garðabær", "210", None)],
        centre=(64.13, -21.90)),
    "kk_KZ": dict(
        streets=["ул. Абая", "пр. Назарбаева", "ул. Толе би", "мкр. Самал-2", "ул. Жандосова",
                 "пр. Республики", "ул. Кенесары", "Абай даңғылы", "Сәтпаев көшесі", "ул. Сейфуллина"],
        areas=[],
        cities=[("Алматы", "050000", None), ("Астана", "010000", None), ("Шымкент", "160000", None),
                ("Караганда", "100000", None), ("Актобе", "030000", None), ("Алматы", "050040", None)],
        centre=(43.24, 76.89)),
    "pt_AO": dict(
        streets=["Rua Rainha Ginga", "Avenida 4 de Fevereiro", "Rua Amílcar Cabral",
                 "Rua Major Kanhangulo", "Avenida Deolinda Rodrigues", "Rua Comandante Che Guevara",
                 "Rua Marien Ngouabi", "Avenida Pedro de Castro Van-Dúnem Loy"],
        areas=["Bairro Ingombota", "Maianga", "Talatona", "Bairro Alvalade", "Kilamba",
               "Viana", "Cazenga"],
        cities=[("Luanda", None, None), ("Benguela", None, None), ("Huambo", None, None),
                ("Lubango", None, None)],
        centre=(-8.84, 13.23)),
    "es_UY": dict(
        streets=["Av. 18 de Julio", "Bulevar Artigas", "Av. Italia", "Rambla República de Chile",
                 "Juan Paullier", "Av. Brasil", "Colonia", "Canelones", "Gral. Flores",
                 "Luis Alberto de Herrera"],
        areas=["Cordón", "Pocitos", "Malvín", "Parque Rodó", "La Blanqueada", "Centro"],
        cities=[("Montevideo", "11200", None), ("Montevideo", "11300", None),
                ("Montevideo", "11400", None), ("Ciudad de la Costa", "15000", None),
                ("Salto", "50000", None), ("Maldonado", "20000", None)],
        centre=(-34.90, -56.16)),
}  # fmt: skip

_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")

# Streets and areas above that belong to one city: an address keeps street, area and city
# together (no "Ogui Road, Victoria Island, Kano"). Applied after the random draws, so it
# changes no other value in a text.
_STREET_CITY = {
    "en_NG": {"Adeola Odeku Street": "Lagos", "Allen Avenue": "Lagos", "Awolowo Road": "Lagos",
              "Herbert Macaulay Way": "Lagos", "Bode Thomas Street": "Lagos", "Ogui Road": "Enugu",
              "Aminu Kano Crescent": "Abuja", "Olu Obasanjo Road": "Port Harcourt",
              "Ikwerre Road": "Port Harcourt"},
    "en_PH": {"Katipunan Ave.": "Quezon City", "Aguinaldo Hwy": "Bacoor"},
}  # fmt: skip
_STREET_AREA = {
    "en_NG": {"Adeola Odeku Street": "Victoria Island", "Allen Avenue": "Ikeja",
              "Awolowo Road": "Ikoyi", "Bode Thomas Street": "Surulere",
              "Herbert Macaulay Way": "Yaba"},
    "bn_BD": {"Gulshan Avenue": "Gulshan", "Mirpur Road": "Dhanmondi", "মিরপুর রোড": "ধানমন্ডি",
              "সাত মসজিদ রোড": "ধানমন্ডি", "গ্রীন রোড": "ধানমন্ডি"},
}  # fmt: skip
_CITY_AREAS = {
    "en_NG": {"Lagos": ["Victoria Island", "Ikeja", "Ikoyi", "Surulere", "Yaba", "Lekki Phase 1"],
              "Abuja": ["Wuse 2", "Garki", "Maitama"], "Port Harcourt": ["GRA", "D-Line"],
              "Ibadan": ["Bodija", "Ring Road"], "Enugu": ["GRA", "Independence Layout"],
              "Kano": ["Nassarawa GRA", "Sabon Gari"]},
    "en_PH": {"Quezon City": ["Brgy. San Isidro", "Brgy. Poblacion", "Brgy. Sto. Niño",
                              "Brgy. Loyola Heights"],
              "Pasig City": ["Brgy. Pinagbuhatan", "Brgy. Kapitolyo", "Brgy. San Joaquin"],
              "Antipolo City": ["Brgy. San Isidro", "Brgy. Dela Paz", "Brgy. San Roque"],
              "Cebu City": ["Brgy. Lahug", "Brgy. Sto. Niño", "Brgy. Mabolo"],
              "Davao City": ["Brgy. Poblacion", "Brgy. Buhangin", "Brgy. Talomo"],
              "Bacoor": ["Brgy. Molino III", "Brgy. Niog", "Brgy. Talaba"],
              "Iloilo City": ["Brgy. San Isidro", "Brgy. Jaro", "Brgy. Mandurriao"]},
    "pt_AO": {"Luanda": ["Bairro Ingombota", "Maianga", "Talatona", "Bairro Alvalade", "Kilamba",
                         "Viana", "Cazenga"],
              "Benguela": ["Bairro da Graça", "Bairro Benfica"],
              "Huambo": ["Bairro Académico", "Cidade Alta"],
              "Lubango": ["Bairro Comercial", "Bairro da Mitcha"]},
    "bn_BD": {"Chattogram": ["Agrabad", "Nasirabad"], "চট্টগ্রাম": ["আগ্রাবাদ", "নাসিরাবাদ"],
              "Sylhet": ["Zindabazar", "Amberkhana"]},
}  # fmt: skip


def _coherent(loc: str, st: str, place: tuple, area: str) -> tuple[tuple, str]:
    """Move city (and area) to the one the street belongs to; pick an area of that city."""
    p = P[loc]
    want = _STREET_CITY.get(loc, {}).get(st)
    if loc == "pt_AO" and st != "Rua Amílcar Cabral":  # the others are Luanda streets
        want = "Luanda"
    if want and place[0] != want:
        place = next(c for c in p["cities"] if c[0] == want)
    if st in _STREET_AREA.get(loc, {}):
        return place, _STREET_AREA[loc][st]
    ok = _CITY_AREAS.get(loc, {}).get(place[0])
    if ok and area not in ok:
        area = ok[p["areas"].index(area) % len(ok)]
    return place, area


def address(rng, loc: str) -> list[str]:
    """Return the address as lines (street line, postcode + city line...)."""
    p = P[loc]
    st = rng.choice(p["streets"])
    city, pc, region = rng.choice(p["cities"])
    area = rng.choice(p["areas"]) if p["areas"] else ""
    n = rng.randint(1, 240)
    if loc in ("en_NG", "en_PH", "pt_AO"):
        (city, pc, region), area = _coherent(loc, st, (city, pc, region), area)
    if loc == "en_PH":
        first = rng.choice([f"{n} {st}", f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)} {st}",
                            f"Unit {rng.randint(2, 30)}{rng.randint(1, 20):02d}, {n} {st}"])  # fmt: skip
        return [
            f"{first}, {area}",
            f"{city}, {pc} {region}" if rng.random() < 0.5 else f"{pc} {city}",
        ]
    if loc == "en_SG":
        blk = rng.randint(100, 699)
        pc = f"{rng.choice(['56', '52', '64', '46', '31', '65', '12', '82', '73'])}{blk:03d}{rng.randint(0, 9)}"[
            :6
        ]
        return [f"Blk {blk} {st}", f"#{rng.randint(2, 25):02d}-{rng.randint(10, 1800)}",
                f"Singapore {pc}"] if rng.random() < 0.5 else [
                f"Blk {blk} {st} #{rng.randint(2, 25):02d}-{rng.randint(10, 1800)}", f"Singapore {pc}"]  # fmt: skip
    if loc == "en_NG":
        return [f"{n} {st}, {area}", f"{city} {pc}" if rng.random() < 0.5 else f"{city}, {region}"]
    if loc == "bn_BD":
        dhaka_street = st not in ("রোড ৫", "রোড ২৭", "Road 11", "Road 4")
        if not st.isascii():
            num = str(n).translate(_BN_DIGITS)
            if city.isascii() or (dhaka_street and city != "ঢাকা"):
                city, pc = "ঢাকা", "১২০৯"
            area = area if not area.isascii() else "ধানমন্ডি"
            _, area = _coherent(loc, st, (city, pc, None), area)
            return [f"বাড়ি {num}, {st}, {area}", f"{city}-{pc}"]
        if not area.isascii():
            area = "Dhanmondi"
        if not city.isascii() or (dhaka_street and city != "Dhaka"):
            city, pc = "Dhaka", "1209"
        _, area = _coherent(loc, st, (city, pc, None), area)
        return [
            f"House {n}, {st}, {area}",
            f"{city}-{pc}" if rng.random() < 0.5 else f"{city} {pc}",
        ]
    if loc == "sr_RS":
        cyr = not st.isascii()
        while (not city.isascii()) != cyr and city != "Čačak":
            city, pc, _ = rng.choice(p["cities"])
        first = f"{st} {n}" + (f"/{rng.randint(1, 30)}" if rng.random() < 0.3 else "")
        return [first, f"{pc} {city}"]
    if loc == "mt_MT":
        pcode = f"{pc} {rng.randint(1000, 9999)}"
        house = rng.choice([f"{n},", f"Flat {rng.randint(1, 9)}, {n},",
                            rng.choice(["Dar il-Ħena,", "Ta' Marija,", "Villa Rosa,", "Sunny Flats,"])])  # fmt: skip
        return [f"{house} {st}", f"{city} {pcode}"]
    if loc == "is_IS":
        return [f"{st} {n}" + (rng.choice(["", "", "a", "b"])), f"{pc} {city}"]
    if loc == "kk_KZ":
        if st.startswith(("ул.", "пр.", "мкр.")):
            return [f"{pc}, г. {city}", f"{st}, д. {n}, кв. {rng.randint(1, 200)}"]
        return [f"{pc}, {city} қ.", f"{st} {n}, {rng.randint(1, 200)} пәтер"]
    if loc == "pt_AO":
        return [f"{st}, n.º {n}", f"{area}, {city}"]
    # es_UY
    return [f"{st} {rng.randint(800, 4500)}" + (f" apto {rng.randint(1, 12)}0{rng.randint(1, 4)}"
            if rng.random() < 0.5 else ""), f"{pc} {city}" if rng.random() < 0.5 else f"{city}, CP {pc}"]  # fmt: skip


def one_line(rng, loc: str) -> str:
    parts = address(rng, loc)
    return ", ".join(parts)


def city(rng, loc: str) -> str:
    return rng.choice(P[loc]["cities"])[0]


def street(rng, loc: str) -> str:
    return rng.choice(P[loc]["streets"])
