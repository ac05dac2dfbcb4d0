# ruff: noqa: RUF001  (hand-written Cyrillic text is intended)
"""Hard negatives (no personal data) and unlabelled look-alike lines for v9b."""
from __future__ import annotations

import _v9b_values as V
from _v9b_text import B

# ------------------------------------------------------------------ league tables
CLUBS = {"si_LK": ["Renown SC", "Blue Star SC", "Colombo FC", "Ratnam SC", "Police SC", "Army SC", "Navy SC", "Up Country Lions", "Saunders SC", "Java Lane SC"],
         "uz_UZ": ["Paxtakor", "Navbahor", "Nasaf", "Bunyodkor", "Lokomotiv", "AGMK", "Neftchi", "Sogdiana", "Surxon", "Andijon", "Qizilqum", "Metallurg"],
         "lv_LV": ["RFS", "Riga FC", "Valmiera", "Auda", "Liepāja", "BFC Daugavpils", "Jelgava", "Tukums 2000", "Metta", "Grobiņa"],
         "be_BY": ["БАТЭ", "Динамо Минск", "Шахтёр Солигорск", "Неман", "Торпедо-БелАЗ", "Ислочь", "Гомель", "Славия", "Динамо Брест", "Витебск"],
         "mk_MK": ["Вардар", "Шкупи", "Струга", "Шкендија", "Работнички", "Силекс", "Пелистер", "Брегалница", "Тиквеш", "Македонија ЃП"],
         "fr_SN": ["ASC Jaraaf", "Génération Foot", "Teungueth FC", "Casa Sports", "AS Pikine", "Diambars", "Guédiawaye FC", "US Gorée", "Stade de Mbour", "Linguère"],
         "es_DO": ["Cibao FC", "Atlético Pantoja", "Moca FC", "Atlántico FC", "Delfines del Este", "Jarabacoa FC", "O&M FC", "Vega Real", "Atlético San Cristóbal", "Inter RD"],
         "en_UG": ["KCCA FC", "Vipers SC", "SC Villa", "URA FC", "Express FC", "BUL FC", "Police FC", "Wakiso Giants", "Kitara FC", "Maroons FC", "NEC FC", "Bright Stars"],
         "lo_LA": ["Young Elephants", "Master 7", "Ezra FC", "Viengchanh FC", "Lao Police Club", "Luang Prabang FC", "Champasak FC", "Savannakhet FC"],
         "pt_MZ": ["Ferroviário de Maputo", "Costa do Sol", "Black Bulls", "UD Songo", "Ferroviário da Beira", "Ferroviário de Nampula", "Liga Desportiva", "Chingale de Tete", "Maxaquene", "Textáfrica"]}
LEAGUE = {"si_LK": "Sri Lanka Champions League — Standings", "uz_UZ": "Superliga — turnir jadvali", "lv_LV": "Optibet Virslīga — turnīra tabula",
          "be_BY": "Высшая лига — турнирная таблица", "mk_MK": "Прва македонска фудбалска лига — табела", "fr_SN": "Ligue 1 sénégalaise — classement",
          "es_DO": "Liga Dominicana de Fútbol — tabla de posiciones", "en_UG": "StarTimes Uganda Premier League — Log", "lo_LA": "ລີກລາວ — ຕາຕະລາງຄະແນນ",
          "pt_MZ": "Moçambola — classificação"}


def neg_league_table(ctx) -> B:
    rng = ctx.rng
    clubs = list(CLUBS[ctx.loc])
    rng.shuffle(clubs)
    played = rng.randrange(10, 26)
    rows = []
    for c in clubs:
        w = rng.randrange(0, played + 1)
        d = rng.randrange(0, played - w + 1)
        l_ = played - w - d
        gf, ga = rng.randrange(w, 3 * w + 5), rng.randrange(l_, 3 * l_ + 5)
        rows.append((3 * w + d, gf - ga, c, w, d, l_, gf, ga))
    rows.sort(key=lambda r: (-r[0], -r[1]))
    b = B()
    b(f"{LEAGUE[ctx.loc]} ({played})\n")
    b(f"{'#':>2} {'':<24} {'P':>3} {'W':>3} {'D':>3} {'L':>3} {'GF':>4} {'GA':>4} {'GD':>4} {'Pts':>4}\n")
    for i, r in enumerate(rows):
        b(f"{i + 1:>2} {r[2]:<24} {played:>3} {r[3]:>3} {r[4]:>3} {r[5]:>3} {r[6]:>4} {r[7]:>4} {r[1]:>+4} {r[0]:>4}\n")
    b(f"\n{ctx.t(en='Updated', si='යාවත්කාලීන කළේ', uz='Yangilangan', ru='Обновлено', be='Абноўлена', lv='Atjaunots', mk='Ажурирано', fr='Mis à jour', es='Actualizado', pt='Actualizado', lo='ອັບເດດ')}: "
      f"{ctx.date(ctx.some_date(2024, 2025))} {rng.randrange(10, 23)}:{rng.randrange(60):02d}")
    return b


# ------------------------------------------------------------------ village feast recipes
FEAST = {
    "si_LK": ("ගමේ දන්සල සඳහා කිරිබත් (පුද්ගලයන් {N})", ["හාල් (රතු කැකුළු) — {A} kg", "පොල් කිරි — {B} l", "ලුණු — {C} g"],
              ["හාල් හොඳින් සෝදා වතුර {B} l ක තම්බන්න.", "බත් තැම්බුණු පසු පොල් කිරි හා ලුණු එක් කර විනාඩි 10 ක් අඩු ගින්නේ තබන්න.", "තැටියක දමා කැබලි කපා ලුණු මිරිස් සමඟ බෙදන්න."]),
    "uz_UZ": ("To'y oshi — {N} kishilik qozon", ["Guruch (devzira) — {A} kg", "Sabzi — {A} kg", "Go'sht — {B} kg", "Zig'ir yog'i — {C} l", "Zira — 60 g"],
              ["Qozonni qizdirib, yog'ni tutunlaguncha qizdiring.", "Go'shtni qovurib, piyoz va sabzini qo'shing, zirvakni 40 daqiqa qaynating.", "Guruchni yoyib, suv qo'shing va dam bering."]),
    "lv_LV": ("Jāņu siers ciemata svētkiem ({N} porcijas)", ["Biezpiens — {A} kg", "Piens — {B} l", "Olas — {C} gab.", "Sviests — 400 g", "Ķimenes — 2 ēd. k."],
              ["Pienu uzvāra, pievieno biezpienu un vāra, līdz atdalās sūkalas.", "Masu nokāš, pievieno olas, sviestu un ķimenes.", "Ieliek drānā, nospiež un atstāj vēsumā uz nakti."]),
    "be_BY": ("Дранікі на вясковае свята ({N} порцый)", ["Бульба — {A} кг", "Цыбуля — {C} шт.", "Яйкі — {C} шт.", "Мука — 1 кг", "Смятана — {B} л"],
              ["Бульбу і цыбулю натраць на дробнай тарцы.", "Дадаць яйкі, муку, соль і добра перамяшаць.", "Смажыць на разагрэтай патэльні да залацістай скарыначкі, падаваць са смятанай."]),
    "mk_MK": ("Тавче гравче за селска слава ({N} порции)", ["Грав тетовец — {A} кг", "Кромид — {C} глави", "Црвен пипер — 100 г", "Масло — {B} л"],
              ["Гравот се накиснува преку ноќ и се вари до омекнување.", "Кромидот се пржи со пиперот и се додава во гравот.", "Се пече во земјени тави на 200 °C околу 40 минути."]),
    "fr_SN": ("Thiéboudienne pour le baptême du quartier ({N} personnes)", ["Riz brisé — {A} kg", "Poisson (thiof) — {B} kg", "Tomate concentrée — {C} boîtes", "Huile — {B} L", "Légumes (chou, manioc, carotte) — {A} kg"],
               ["Farcir le poisson au roof et le faire frire.", "Faire revenir oignons et tomate, ajouter l'eau et les légumes.", "Retirer légumes et poisson, cuire le riz dans le bouillon 40 minutes."]),
    "es_DO": ("Sancocho para la fiesta patronal ({N} personas)", ["Carne de res — {B} lb", "Pollo — {B} lb", "Yuca — {A} lb", "Plátano verde — {C} unidades", "Auyama — {A} lb"],
              ["Sazonar las carnes con limón, ajo y orégano.", "Sofreír las carnes y añadir agua; hervir 30 minutos.", "Agregar los víveres y cocinar hasta espesar. Servir con arroz blanco y aguacate."]),
    "en_UG": ("Luwombo for a village introduction ceremony ({N} guests)", ["Chicken — {B} kg", "Groundnut paste — {A} kg", "Banana leaves — {C} bundles", "Tomatoes — {A} kg", "Matooke — {C} bunches"],
              ["Smoke the banana leaves over the fire to soften them.", "Wrap the seasoned chicken with the groundnut sauce in the leaves.", "Steam the parcels over matooke for about two hours."]),
    "lo_LA": ("ລາບງົວ ແລະ ເຂົ້າໜຽວ ສຳລັບບຸນບ້ານ ({N} ຄົນ)", ["ຊີ້ນງົວ — {B} kg", "ເຂົ້າໜຽວ — {A} kg", "ເຂົ້າຂົ້ວ — 500 g", "ນ້ຳປາ — {C} ຂວດ", "ຜັກຫອມ, ໃບຫອມ — 2 kg"],
              ["ແຊ່ເຂົ້າໜຽວໄວ້ 1 ຄືນ ແລ້ວໜຶ້ງ.", "ຟັກຊີ້ນໃຫ້ລະອຽດ ປຸງດ້ວຍນ້ຳປາ ໝາກນາວ ແລະ ເຂົ້າຂົ້ວ.", "ໃສ່ຜັກຫອມ ແລ້ວຈັດໃສ່ຖາດ."]),
    "pt_MZ": ("Matapa para a festa do bairro ({N} pessoas)", ["Folhas de mandioca pilada — {A} kg", "Amendoim pilado — {B} kg", "Leite de coco — {C} L", "Camarão seco — 1 kg", "Alho — 2 cabeças"],
              ["Cozer as folhas em água com alho durante 30 minutos.", "Juntar o amendoim e o leite de coco, mexendo sempre.", "Acrescentar o camarão e deixar apurar. Servir com xima ou arroz."]),
}


def neg_feast_recipe(ctx) -> B:
    rng = ctx.rng
    title, ings, steps = FEAST[ctx.loc]
    n = rng.choice([50, 80, 100, 150, 200])
    q = {"N": str(n), "A": str(rng.randrange(5, 40)), "B": str(rng.randrange(3, 25)), "C": str(rng.randrange(4, 30))}
    def f(s):
        for k, v in q.items():
            s = s.replace("{" + k + "}", v)
        return s
    b = B()
    b(f(title), "\n\n")
    for i in ings:
        b("• ", f(i), "\n")
    b("\n")
    for k, s in enumerate(steps):
        b(f"{k + 1}. ", f(s), "\n")
    b(f"\n⏱ {rng.randrange(2, 6)} h   🔥 {rng.choice([160, 180, 200])} °C")
    return b


# ------------------------------------------------------------------ bus route maps
ROUTES = {"si_LK": ("Route 138  Kottawa ⇄ Pettah", ["Kottawa", "Maharagama", "Navinna", "Nugegoda", "Kirulapone", "Thimbirigasyaya", "Town Hall", "Pettah"]),
          "uz_UZ": ("67-avtobus: Chilonzor — Yunusobod", ["Chilonzor metro", "Novza", "Olmazor", "Chorsu", "Ko'kcha", "Bodomzor", "Yunusobod bozori"]),
          "lv_LV": ("22. autobuss: Lidosta — Abrenes iela", ["Lidosta", "Dzirciema iela", "Kalnciema iela", "Akmens tilts", "Centrāltirgus", "Abrenes iela"]),
          "be_BY": ("Аўтобус 100: Плошча Незалежнасці — Маскоўская", ["Пл. Незалежнасці", "Кастрычніцкая", "Плошча Перамогі", "Акадэмія навук", "Парк Чалюскінцаў", "Маскоўская"]),
          "mk_MK": ("Линија 22: Аеродром — Ѓорче Петров", ["Аеродром", "Лисиче", "Рекорд", "Градски трговски центар", "Карпош 4", "Ѓорче Петров"]),
          "fr_SN": ("Ligne 8 Dakar Dem Dikk : Parcelles — Palais", ["Terminus Parcelles", "Case-Bi", "Liberté 6", "Sacré-Cœur", "Colobane", "Sandaga", "Palais"]),
          "es_DO": ("Ruta OMSA Corredor 27: Av. 27 de Febrero", ["Plaza de la Bandera", "Núñez de Cáceres", "Winston Churchill", "Abraham Lincoln", "Máximo Gómez", "Plaza de la Salud", "Las Américas"]),
          "en_UG": ("Taxi route: Old Taxi Park ⇄ Ntinda", ["Old Taxi Park", "Nakivubo", "Kampala Road", "Wandegeya", "Kamwokya", "Kisaasi junction", "Ntinda stage"]),
          "lo_LA": ("ລົດເມສາຍ 29: ຕະຫຼາດເຊົ້າ — ສະພານມິດຕະພາບ", ["ຕະຫຼາດເຊົ້າ", "ປະຕູໄຊ", "ໂພນສະຫວັນ", "ທາດຫຼວງ", "ບ້ານດົງໂດກ", "ສະພານມິດຕະພາບ"]),
          "pt_MZ": ("Rota Metrobus: Baixa — Zimpeto", ["Baixa", "Museu", "Alto Maé", "Xipamanine", "Benfica", "Magoanine", "Zimpeto"])}


def neg_bus_route_map(ctx) -> B:
    rng = ctx.rng
    title, stops = ROUTES[ctx.loc]
    b = B()
    b(title, "\n\n")
    t0 = rng.randrange(5, 7) * 60 + rng.randrange(0, 30)
    t = t0
    for i, s in enumerate(stops):
        if i:
            t += rng.randrange(3, 9)
        mark = "●" if i in (0, len(stops) - 1) else "○"
        b(f"  {mark} {s:<28} +{t - t0:>2} min\n")
        if i < len(stops) - 1:
            b("  │\n")
    fare = {"si_LK": "Rs. 60", "uz_UZ": "2 000 so'm", "lv_LV": "1,50 EUR", "be_BY": "0,90 BYN", "mk_MK": "40 ден.", "fr_SN": "200 FCFA",
            "es_DO": "RD$35", "en_UG": "UGX 2,000", "lo_LA": "8 000 ກີບ", "pt_MZ": "20 MT"}[ctx.loc]
    b(f"\n{ctx.t(en='First bus', si='පළමු බස් රථය', uz='Birinchi reys', ru='Первый рейс', be='Першы рэйс', lv='Pirmais reiss', mk='Прв поаѓа', fr='Premier départ', es='Primera salida', pt='Primeira partida', lo='ຖ້ຽວທຳອິດ')} "
      f"{t0 // 60:02d}:{t0 % 60:02d} · {ctx.t(en='every', si='සෑම', uz='har', ru='каждые', be='кожныя', lv='ik pēc', mk='на секои', fr='toutes les', es='cada', pt='a cada', lo='ທຸກໆ')} "
      f"{rng.choice([8, 10, 12, 15, 20])} min · {fare}")
    return b


# ------------------------------------------------------------------ quiz sheets
QUIZ = {
    "en": [("How many sides does a hexagon have?", "6"), ("What is 12 × 15?", "180"), ("Which gas do plants absorb from the air?", "Carbon dioxide"),
           ("How many minutes are there in 3.5 hours?", "210"), ("What is the boiling point of water at sea level?", "100 °C"), ("Round 3.14159 to two decimals.", "3.14")],
    "si": [("ෂඩාස්‍රයක පැති කීයද?", "6"), ("12 × 15 = ?", "180"), ("ශ්‍රී ලංකාවේ දිගම ගඟ කුමක්ද?", "මහවැලි ගඟ"), ("පැය 3.5 ක මිනිත්තු කීයද?", "210"),
           ("ජලය නටන උෂ්ණත්වය කීයද?", "100 °C")],
    "uz": [("Oltiburchakning nechta tomoni bor?", "6"), ("12 × 15 = ?", "180"), ("O'zbekistonning eng uzun daryosi qaysi?", "Amudaryo"),
           ("3,5 soatda necha daqiqa bor?", "210"), ("Suv necha gradusda qaynaydi?", "100 °C")],
    "ru": [("Сколько сторон у шестиугольника?", "6"), ("12 × 15 = ?", "180"), ("Какой газ поглощают растения?", "Углекислый газ"),
           ("Сколько минут в 3,5 часа?", "210"), ("При какой температуре кипит вода?", "100 °C")],
    "be": [("Колькі старон у шасцівугольніка?", "6"), ("12 × 15 = ?", "180"), ("Якая самая доўгая рака Беларусі?", "Дняпро"),
           ("Колькі хвілін у 3,5 гадзіны?", "210"), ("Пры якой тэмпературы кіпіць вада?", "100 °C")],
    "lv": [("Cik malu ir sešstūrim?", "6"), ("12 × 15 = ?", "180"), ("Kura ir garākā upe Latvijā?", "Gauja"),
           ("Cik minūšu ir 3,5 stundās?", "210"), ("Kādā temperatūrā vārās ūdens?", "100 °C")],
    "mk": [("Колку страни има шестоаголник?", "6"), ("12 × 15 = ?", "180"), ("Кое е најдлабокото езеро во Македонија?", "Охридско"),
           ("Колку минути има во 3,5 часа?", "210"), ("На колку степени врие водата?", "100 °C")],
    "fr": [("Combien de côtés a un hexagone ?", "6"), ("12 × 15 = ?", "180"), ("Quel fleuve marque la frontière nord du Sénégal ?", "Le fleuve Sénégal"),
           ("Combien de minutes y a-t-il dans 3,5 heures ?", "210"), ("À quelle température l'eau bout-elle ?", "100 °C")],
    "es": [("¿Cuántos lados tiene un hexágono?", "6"), ("12 × 15 = ?", "180"), ("¿Cuál es el pico más alto del Caribe?", "Pico Duarte"),
           ("¿Cuántos minutos hay en 3,5 horas?", "210"), ("¿A qué temperatura hierve el agua?", "100 °C")],
    "pt": [("Quantos lados tem um hexágono?", "6"), ("12 × 15 = ?", "180"), ("Qual é o maior rio de Moçambique?", "Zambeze"),
           ("Quantos minutos há em 3,5 horas?", "210"), ("A que temperatura ferve a água?", "100 °C")],
    "lo": [("ຮູບຫົກແຈມີຈັກຂ້າງ?", "6"), ("12 × 15 = ?", "180"), ("ແມ່ນ້ຳທີ່ຍາວທີ່ສຸດໃນລາວແມ່ນແມ່ນ້ຳຫຍັງ?", "ແມ່ນ້ຳຂອງ"),
           ("3,5 ຊົ່ວໂມງ ມີຈັກນາທີ?", "210"), ("ນ້ຳຟົດຢູ່ອຸນຫະພູມເທົ່າໃດ?", "100 °C")],
}


def neg_quiz_sheet(ctx) -> B:
    rng = ctx.rng
    lg = "uz" if ctx.lang == "uzc" else ctx.lang
    qs = list(QUIZ[lg])
    rng.shuffle(qs)
    head = ctx.t(en="General knowledge quiz — Round", si="සාමාන්‍ය දැනීම ප්‍රශ්නාවලිය — වටය", uz="Umumiy bilim viktorinasi — tur",
                 ru="Викторина — раунд", be="Віктарына — раўнд", lv="Erudīcijas viktorīna — kārta", mk="Квиз — круг",
                 fr="Quiz de culture générale — manche", es="Concurso de cultura general — ronda", pt="Quiz de cultura geral — ronda", lo="ຕອບຄຳຖາມ — ຮອບ")
    b = B()
    b(f"{head} {rng.randrange(1, 5)}\n\n")
    qs = qs[:rng.randrange(3, len(qs) + 1)]  # the answer key answers the questions asked
    for i, (q, _) in enumerate(qs):
        b(f"{i + 1}. {q}\n   ______\n")
    b("\n" + ctx.t(en="Answers", si="පිළිතුරු", uz="Javoblar", ru="Ответы", be="Адказы", lv="Atbildes", mk="Одговори", fr="Réponses",
                   es="Respuestas", pt="Respostas", lo="ຄຳຕອບ") + ": ")
    b("; ".join(f"{i + 1}) {a}" for i, (_, a) in enumerate(qs)))
    return b


NEG_STYLES = [neg_league_table, neg_feast_recipe, neg_bus_route_map, neg_quiz_sheet]


# ------------------------------------------------------------------ look-alike lines
def lookalike(rng) -> str:
    k = rng.randrange(10)
    if k == 0:
        return f"Order #{rng.choice(['ORD', 'SO', 'PO'])}-{rng.randrange(2023, 2026)}-{rng.randrange(1, 999999):06d}"
    if k == 1:
        return f"app v{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)} (build {rng.randrange(1000, 9999)})"
    if k == 2:
        return f"commit {V.hexs(rng, 40)}"
    if k == 3:
        return f"X-Request-ID: {V.uuid(rng)}"
    if k == 4:
        return f"Card **** **** **** {rng.randrange(1000, 9999)}"
    if k == 5:
        return f"Tracking: {rng.choice(['RR', 'CP', 'LX'])}{V.digits(rng, 9)}{rng.choice(['CN', 'DE', 'GB'])}"
    if k == 6:
        return f"sensor T={rng.randrange(150, 390) / 10}°C RH={rng.randrange(20, 95)}% P={rng.randrange(9900, 10300) / 10} hPa"
    if k == 7:
        return "π ≈ 3.14159265, e ≈ 2.71828183, √2 ≈ 1.41421356"
    if k == 8:
        return f"Invoice date: {rng.randrange(2023, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return f"IMEI {V.digits(rng, 15)}"
