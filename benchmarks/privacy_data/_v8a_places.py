"""Hand-written streets, neighbourhoods, cities and postcode formats for the ten v8a locales.

Each address is returned as a list of lines: one line = one address span when printed on one
line (joined with ", "), or one span per line when printed over several lines.
"""

from __future__ import annotations

import random

KH_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# (street, neighbourhood, city)
BO = [
    ("Av. 6 de Agosto", "Sopocachi", "La Paz"), ("Calle Jaén", "Zona Central", "La Paz"),
    ("Av. Hernando Siles", "Obrajes", "La Paz"), ("Calle 21", "Calacoto", "La Paz"),
    ("Av. Juan Pablo II", "Villa Bolívar A", "El Alto"), ("Calle Rosendo Gutiérrez", "Sopocachi", "La Paz"),
    ("Av. Cristo Redentor", "Barrio Equipetrol", "Santa Cruz de la Sierra"),
    ("Calle Warnes", "Casco Viejo", "Santa Cruz de la Sierra"),
    ("Av. Banzer, 4to anillo", "Barrio Las Palmas", "Santa Cruz de la Sierra"),
    ("Av. Ayacucho", "Zona Norte", "Cochabamba"), ("Calle España", "Queru Queru", "Cochabamba"),
    ("Calle Bolívar", "Centro", "Sucre"), ("Av. Las Américas", "Zona Sur", "Tarija"),
    ("Calle Junín", "Centro", "Oruro"), ("Av. Villazón", "San Roque", "Potosí"),
]  # fmt: skip
CR = [
    ("Calle 33, avenidas 5 y 7", "Barrio Escalante", "San José", "10101"),
    ("de la iglesia católica 200 m norte y 50 m oeste", "San Pedro de Montes de Oca", "San José", "11501"),
    ("del Palí 100 m sur, casa esquinera portón negro", "Desamparados", "San José", "10301"),
    ("Avenida Central, calle 4", "Alajuela centro", "Alajuela", "20101"),
    ("Residencial Los Arcos, casa 14B", "Cariari", "Heredia", "40703"),
    ("de la Escuela Ricardo Jiménez 75 m este", "Guadalupe", "San José", "10801"),
    ("Condominio Vistas del Valle, casa 32", "Santa Ana", "San José", "10901"),
    ("costado sur del parque, casa celeste", "Liberia", "Guanacaste", "50101"),
    ("Urbanización La Cima, lote 8", "Tres Ríos", "Cartago", "30301"),
    ("frente a la Cruz Roja, casa 5", "Pérez Zeledón", "San José", "11901"),
    ("Barrio Los Ángeles, de la plaza 300 m oeste", "Limón centro", "Limón", "70101"),
    ("Calle 9, avenida 2", "Puntarenas centro", "Puntarenas", "60101"),
]  # fmt: skip
HT = [
    ("Rue Capois", "", "Port-au-Prince", "HT6110"), ("Rue Lamarre", "Delmas 33", "Delmas", "HT6120"),
    ("Rue Grégoire", "", "Pétion-Ville", "HT6140"), ("Impasse Lavaud", "Bourdon", "Port-au-Prince", "HT6115"),
    ("Rue Clerveaux", "", "Pétion-Ville", "HT6140"), ("Route de Frères", "Juvénat", "Pétion-Ville", "HT6140"),
    ("Rue 24-B", "", "Cap-Haïtien", "HT1110"), ("Rue Espagnole", "", "Cap-Haïtien", "HT1110"),
    ("Avenue Bourdon", "", "Port-au-Prince", "HT6115"), ("Rue Stenio Vincent", "", "Gonaïves", "HT4110"),
    ("Rue Monseigneur Guilloux", "Bois Verna", "Port-au-Prince", "HT6112"),
    ("Rue Geffrard", "", "Jacmel", "HT9110"), ("Ruelle Rivière", "Carrefour Feuilles", "Port-au-Prince", "HT6113"),
]  # fmt: skip
DZ = [
    ("Rue Didouche Mourad", "Alger Centre", "Alger", "16000"),
    ("Cité 500 Logements, Bt 12", "Bab Ezzouar", "Alger", "16024"),
    ("Rue Larbi Ben M'hidi", "", "Oran", "31000"), ("Cité AADL, Bloc C", "Haï Sabah", "Oran", "31000"),
    ("Boulevard Zighoud Youcef", "", "Constantine", "25000"), ("Cité 1000 Logements", "El Khroub", "Constantine", "25100"),
    ("Rue des Frères Bouadou", "Bir Mourad Raïs", "Alger", "16300"), ("Cité Les Bananiers", "Mohammadia", "Alger", "16211"),
    ("Rue Hassiba Ben Bouali", "", "Alger", "16016"), ("Cité 20 Août", "", "Sétif", "19000"),
    ("Rue de la Liberté", "", "Béjaïa", "06000"), ("Nouvelle Ville, Bt 8", "", "Tizi Ouzou", "15000"),
    ("Cité Ben Boulaid", "", "Blida", "09000"),
]  # fmt: skip
DZ_AR = [
    ("حي 1000 مسكن، عمارة 5", "باب الزوار", "الجزائر"), ("شارع ديدوش مراد", "الجزائر الوسطى", "الجزائر"),
    ("حي عدل، العمارة ب", "حي الصباح", "وهران"), ("نهج العربي بن مهيدي", "", "وهران"),
    ("حي 20 أوت", "", "سطيف"), ("المدينة الجديدة علي منجلي، الوحدة الجوارية 6", "الخروب", "قسنطينة"),
]  # fmt: skip
IQ = [
    ("محلة 903، زقاق 12، دار 7", "الكرادة", "بغداد"), ("محلة 611، زقاق 23، دار 41", "المنصور", "بغداد"),
    ("محلة 852، زقاق 5، دار 19", "زيونة", "بغداد"), ("محلة 314، زقاق 9", "الأعظمية", "بغداد"),
    ("حي الجامعة، شارع 14", "", "البصرة"), ("حي الحسين، قرب جامع الحسين", "", "كربلاء"),
    ("حي الأمير، شارع الكوفة", "", "النجف"), ("حي الجزائر، محلة 106", "", "البصرة"),
    ("شارع فلسطين، محلة 506، زقاق 30، دار 8", "", "بغداد"), ("حي الزهور، شارع 20", "", "الموصل"),
]  # fmt: skip
IQ_EN = [
    ("House 7, Alley 12, Mahalla 903", "Karrada", "Baghdad"), ("Street 60, House 24", "Ainkawa", "Erbil"),
    ("Dream City, Villa 118", "", "Erbil"), ("Mahalla 611, Alley 23, House 41", "Mansour", "Baghdad"),
    ("Salim Street, Building 4", "", "Sulaymaniyah"),
]  # fmt: skip
LB = [
    ("Rue Abdel Aziz, Imm. Nassar, 3e étage", "Hamra", "Beyrouth"),
    ("Rue Pasteur, Imm. Khoury", "Gemmayzé", "Beyrouth"), ("Rue Armenia, bloc B", "Mar Mikhael", "Beyrouth"),
    ("Rue Principale, Imm. Saliba", "Jdeideh", "Metn"), ("Rue du Souk, Imm. Haddad", "", "Jounieh"),
    ("Route de Jbeil, Imm. Akiki, 2e", "Amchit", "Jbeil"), ("Rue Riad El Solh, Imm. Bizri", "", "Saïda"),
    ("Rue Mar Elias, Imm. Itani", "Mazraa", "Beyrouth"), ("Rue Sassine, Imm. Chalhoub", "Achrafieh", "Beyrouth"),
    ("Hay el Jamous, bloc 4", "Haret Hreik", "Baabda"), ("Rue Azmi, Imm. Karam, 4e", "", "Tripoli"),
]  # fmt: skip
LB_AR = [
    ("شارع عبد العزيز، بناية نصار، الطابق الثالث", "الحمرا", "بيروت"),
    ("شارع مار الياس، بناية عيتاني", "المزرعة", "بيروت"), ("الشارع العام، بناية حمود", "حارة حريك", "بعبدا"),
    ("شارع عزمي، بناية الخطيب", "", "طرابلس"), ("شارع رياض الصلح", "", "صيدا"),
]  # fmt: skip
BW = [
    ("Plot 12345, Extension 9", "", "Gaborone"), ("Plot 2345 Unit 4", "Gaborone West Phase 1", "Gaborone"),
    ("Plot 54321", "Block 8", "Gaborone"), ("Plot 1122", "Area W", "Francistown"),
    ("Plot 7781", "Tlokweng", "Tlokweng"), ("Plot 4410", "Mogoditshane", "Mogoditshane"),
    ("Plot 16030", "Phakalane", "Gaborone"), ("Plot 301", "Maun Ward", "Maun"),
    ("Plot 889", "Boseja", "Mahalapye"), ("Plot 2051", "Monarch", "Francistown"),
    ("Plot 60213", "Block 10", "Gaborone"), ("Plot 3312", "Lobatse Peleng", "Lobatse"),
]  # fmt: skip
KH = [
    ("ផ្ទះលេខ {n} ផ្លូវ ២៧១", "សង្កាត់ទួលទំពូងទី២ ខណ្ឌចំការមន", "រាជធានីភ្នំពេញ", "120408"),
    ("ផ្ទះលេខ {n} ផ្លូវ ៦៣", "សង្កាត់បឹងកេងកង១ ខណ្ឌបឹងកេងកង", "រាជធានីភ្នំពេញ", "120101"),
    ("ផ្ទះលេខ {n}E0 ផ្លូវ ៥១៦", "សង្កាត់បឹងកក់២ ខណ្ឌទួលគោក", "រាជធានីភ្នំពេញ", "120408"),
    ("ភូមិស្វាយដង្គំ", "សង្កាត់ស្វាយដង្គំ ក្រុងសៀមរាប", "ខេត្តសៀមរាប", "171202"),
    ("ភូមិព្រែកមហាទេព", "សង្កាត់ស្វាយប៉ោ ក្រុងបាត់ដំបង", "ខេត្តបាត់ដំបង", "020101"),
    ("ផ្ទះលេខ {n} ផ្លូវ ១៩២៨", "សង្កាត់ភ្នំពេញថ្មី ខណ្ឌសែនសុខ", "រាជធានីភ្នំពេញ", "120801"),
]  # fmt: skip
KH_EN = [
    ("No. {n}, St. 271", "Sangkat Tuol Tumpung II, Khan Chamkar Mon", "Phnom Penh", "120408"),
    ("No. {n}, St. 63", "Sangkat Boeng Keng Kang I, Khan Boeng Keng Kang", "Phnom Penh", "120101"),
    ("#{n}, St. 598", "Sangkat Chrang Chamreh, Khan Russey Keo", "Phnom Penh", "120607"),
    ("Svay Dangkum Village", "Sangkat Svay Dangkum", "Siem Reap", "171202"),
    ("Borey Peng Huoth, House {n}", "Sangkat Nirouth, Khan Chbar Ampov", "Phnom Penh", "121206"),
]  # fmt: skip
FJ = [
    ("Lot {n} Ratu Sukuna Road", "Nasese", "Suva"), ("{n} Namena Road", "Tamavua", "Suva"),
    ("Lot {n} Waiyavi Stage 2", "", "Lautoka"), ("{n} Queen Elizabeth Drive", "Nasese", "Suva"),
    ("Lot {n} Nadawa", "Nasinu", "Nasinu"), ("{n} Vunimono Street", "Nakasi", "Nausori"),
    ("Lot {n} Martintar", "", "Nadi"), ("{n} Drasa Avenue", "", "Lautoka"),
    ("Lot {n} Vatuwaqa Road", "Vatuwaqa", "Suva"), ("{n} Nasekula Road", "", "Labasa"),
    ("Lot {n} Namaka", "", "Nadi"), ("{n} Fong Street", "Samabula", "Suva"),
]  # fmt: skip
YE = [
    ("شارع الزبيري، جوار جامع الرحمن", "", "صنعاء"), ("شارع حدة، عمارة السلام، الدور الثاني", "", "صنعاء"),
    ("حي الأصبحي، شارع 45", "", "صنعاء"), ("المعلا، شارع مدرم، عمارة 14", "", "عدن"),
    ("كريتر، شارع الملكة أروى", "", "عدن"), ("خور مكسر، حي السعادة", "", "عدن"),
    ("شارع جمال، حي الحصب", "", "تعز"), ("حي الديس، شارع الستين", "", "المكلا"),
    ("شارع الخمسين، حي السنينة", "", "صنعاء"), ("حي الربصة، شارع الحديدة", "", "إب"),
]  # fmt: skip


def address(rng: random.Random, cc: str, variant: str = "") -> list[str]:
    """Lines of one coherent address (street line first)."""
    n = str(rng.randint(2, 480))
    if cc == "BO":
        st, zone, city = rng.choice(BO)
        num = rng.choice(["Nº ", "N° ", "# ", "No. "]) + n
        return [
            f"{st} {num}",
            f"{'Zona ' if not zone.startswith(('Zona', 'Barrio', 'Casco', 'Centro')) else ''}{zone}, {city}",
        ]
    if cc == "CR":
        st, barrio, canton, pc = rng.choice(CR)
        return [
            st,
            f"{barrio}, {canton} {pc}" if rng.random() < 0.5 else f"{pc} {barrio}, {canton}",
        ]
    if cc == "HT":
        st, q, city, pc = rng.choice(HT)
        line1 = f"{rng.choice(['#', 'No ', ''])}{n}, {st}" if rng.random() < 0.6 else f"{st} #{n}"
        line1 += f", {q}" if q else ""
        return [line1, f"{pc} {city}" if rng.random() < 0.6 else city]
    if cc == "DZ":
        if variant == "ar":
            st, q, city = rng.choice(DZ_AR)
            return [f"{st} رقم {n}", f"{q}، {city}" if q else city]
        st, q, city, pc = rng.choice(DZ)
        line1 = f"{st} N°{rng.randint(1, 60)}" if st.startswith("Cit") else f"{n}, {st}"
        if q:
            line1 += f", {q}"
        return [line1, f"{pc} {city}"]
    if cc == "IQ":
        if variant == "en":
            st, q, city = rng.choice(IQ_EN)
            return [st, f"{q}, {city}" if q else city]
        st, q, city = rng.choice(IQ)
        return [st, f"{q} - {city}" if q else city]
    if cc == "LB":
        if variant == "ar":
            st, q, city = rng.choice(LB_AR)
            return [st, f"{q}، {city}" if q else city]
        st, q, city = rng.choice(LB)
        return [st, f"{q}, {city}" if q else city]
    if cc == "BW":
        st, q, city = rng.choice(BW)
        st = st.replace("12345", str(rng.randint(1000, 69999)))
        return [st, f"{q}, {city}" if q and q != city else city]
    if cc == "KH":
        if variant == "en":
            st, q, city, pc = rng.choice(KH_EN)
            return [st.format(n=n), q, f"{city} {pc}"]
        st, q, city, pc = rng.choice(KH)
        return [st.format(n=n.translate(KH_DIGITS)), q, city]
    if cc == "FJ":
        st, q, city = rng.choice(FJ)
        return [st.format(n=n), f"{q}, {city}" if q and q != city else city]
    if cc == "YE":
        st, q, city = rng.choice(YE)
        return [st, city]
    raise KeyError(cc)


def city(rng: random.Random, cc: str) -> str:
    table = {"BO": BO, "CR": CR, "HT": HT, "DZ": DZ, "IQ": IQ_EN, "LB": LB, "BW": BW,
             "KH": KH_EN, "FJ": FJ, "YE": YE}  # fmt: skip
    row = rng.choice(table[cc])
    return row[2]


# street names used outside addresses (hard negatives: "the road is closed on ...")
LOOSE_STREETS = {
    "BO": ["la Av. 6 de Agosto", "la Calle Comercio"], "CR": ["la avenida segunda", "la Circunvalación"],
    "HT": ["la Route de Delmas", "Rue Capois"], "DZ": ["la rue Didouche Mourad", "شارع العربي بن مهيدي"],
    "IQ": ["شارع المتنبي", "شارع فلسطين"], "LB": ["Rue Hamra", "شارع الحمرا"],
    "BW": ["the A1 highway", "Nelson Mandela Drive"], "KH": ["មហាវិថីព្រះនរោត្តម", "Russian Blvd"],
    "FJ": ["Ratu Sukuna Road", "Kings Road"], "YE": ["شارع الزبيري", "شارع الستين"],
}  # fmt: skip
