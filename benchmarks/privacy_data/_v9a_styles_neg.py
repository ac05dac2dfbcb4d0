# ruff: noqa: RUF001  (real texts in these scripts use characters that look like Latin ones)
"""Hard negatives for v9a: texts with no personal data at all, but digits, dates,
codes, versions, hashes and place names that look like it.  Eight styles, one
record of each per locale."""
from __future__ import annotations

import _v9a_values as X
from _v9a_doc import Doc

# ------------------------------------------------------------------ water levels
_WATER = {
    "th_TH": ("tide", "ตารางน้ำขึ้น-น้ำลง สถานีป้อมพระจุลจอมเกล้า (กรมอุทกศาสตร์)", "วันที่|น้ำขึ้น|ระดับ (ม.)|น้ำลง|ระดับ (ม.)"),
    "ur_PK": ("tide", "Tide Table — Karachi (Manora) — Pakistan Navy Hydrographic Dept.", "Date|High water|Height (m)|Low water|Height (m)"),
    "sw_KE": ("tide", "Jedwali la Maji Kujaa na Kupwa — Mombasa (Kilindini)", "Tarehe|Maji kujaa|Kimo (m)|Maji kupwa|Kimo (m)"),
    "my_MM": ("tide", "ရေတက်ရေကျ ဇယား — ရန်ကုန်မြစ် (ဘိုတထောင်)", "ရက်စွဲ|ရေတက်|အမြင့် (မီ)|ရေကျ|အမြင့် (မီ)"),
    "en_NZ": ("tide", "Tide times — Port of Auckland (LINZ)", "Date|High|Height (m)|Low|Height (m)"),
    "mn_MN": ("river", "Туул гол — Улаанбаатар харуулын усны түвшин (УЦУОШГ)", "Огноо|Түвшин (см)|Өөрчлөлт|Урсац (м³/с)|Мөсний байдал"),
    "ne_NP": ("river", "Narayani River — Devghat gauging station (DHM) / नारायणी नदी जलस्तर", "Date|Level (m)|Change|Discharge (m³/s)|Status"),
    "es_PY": ("river", "Altura del río Paraguay — Puerto de Asunción (DMH)", "Fecha|Altura (m)|Variación|Caudal (m³/s)|Estado"),
    "sk_SK": ("river", "Vodný stav — Dunaj, stanica Bratislava (SHMÚ)", "Dátum|Vodný stav (cm)|Zmena|Prietok (m³/s)|Stupeň povodňovej aktivity"),
    "hy_AM": ("river", "Սևանա լճի մակարդակ — Հիդրոօդերևութաբանության կենտրոն", "Ամսաթիվ|Մակարդակ (մ)|Փոփոխություն|Ծավալ (մլն մ³)|Նշում"),
}


def neg_water_levels(rng, loc):
    d = Doc()
    kind, title, head = _WATER[loc]
    d.t(title + "\n" + head.replace("|", "\t") + "\n")
    day = X.day(rng)
    base = rng.uniform(1.0, 400.0)
    for i in range(rng.randint(6, 10)):
        dd = day.fromordinal(day.toordinal() + i)
        ds = dd.strftime("%d/%m/%Y") if loc not in ("mn_MN", "sk_SK") else dd.strftime("%Y.%m.%d" if loc == "mn_MN" else "%d.%m.%Y")
        if kind == "tide":
            h1, h2 = f"{rng.randint(0, 11):02d}:{rng.randint(0, 59):02d}", f"{rng.randint(12, 23):02d}:{rng.randint(0, 59):02d}"
            d.t(f"{ds}\t{h1}\t{rng.uniform(2.0, 3.9):.2f}\t{h2}\t{rng.uniform(0.1, 1.4):.2f}\n")
        else:
            ch = rng.uniform(-9, 9)
            base += ch
            d.t(f"{ds}\t{base:.1f}\t{ch:+.1f}\t{rng.uniform(5, 900):.1f}\t{rng.choice(['-', 'normal', 'I', '0'])}\n")
    datum = rng.choice(["MSL", "Chart Datum", "LAT"]) if kind == "tide" else rng.choice(["gauge zero", "local datum", "Baltic 1977"])
    d.t(f"\nDatum: {datum}; times local, readings every {rng.choice([10, 15, 30, 60])} min; data v{rng.randint(1, 4)}.{rng.randint(0, 9)}\n")
    return d


# ------------------------------------------------------------------ crop price bulletin
_CROP = {
    "th_TH": ("ราคาสินค้าเกษตร ประจำวัน — สำนักงานเศรษฐกิจการเกษตร", ["ข้าวเปลือกหอมมะลิ (ตัน)", "ยางพาราแผ่นดิบ (กก.)", "มันสำปะหลังสด (กก.)", "ข้าวโพดเลี้ยงสัตว์ (กก.)", "ปาล์มน้ำมัน (กก.)"], "บาท"),
    "ur_PK": ("Daily Mandi Rates — Punjab Agriculture Marketing Information Service", ["Wheat (40 kg)", "Basmati Super (40 kg)", "Cotton Phutti (40 kg)", "Potato (100 kg)", "Onion (40 kg)"], "PKR"),
    "sw_KE": ("Bei za Mazao Sokoni — Wakulima Market (KAMIS)", ["Mahindi (90kg)", "Maharagwe Rosecoco (90kg)", "Viazi (50kg)", "Sukuma wiki (ext. bag)", "Nyanya (crate 64kg)"], "KES"),
    "my_MM": ("စိုက်ပျိုးသီးနှံ ဈေးနှုန်း — ဘုရင့်နောင် ကုန်စည်ဒိုင်", ["ပေါ်ဆန်း (တင်း)", "မတ်ပဲ (တင်း)", "ကြက်သွန်နီ (ပိဿာ)", "ပြောင်း (တင်း)", "နှမ်း (တင်း)"], "ကျပ်"),
    "mn_MN": ("Хүнсний бүтээгдэхүүний үнийн мэдээ — ҮСХ", ["Гурил, 1-р зэрэг (кг)", "Үхрийн мах (кг)", "Хонины мах (кг)", "Төмс (кг)", "Сүү (л)"], "₮"),
    "ne_NP": ("कालीमाटी फलफूल तथा तरकारी बजार — दैनिक मूल्य", ["गोलभेडा ठूलो (केजी)", "आलु रातो (केजी)", "प्याज सुकेको (केजी)", "काउली (केजी)", "अदुवा (केजी)"], "रु."),
    "es_PY": ("Precios en el Mercado de Abasto — DIGECOMA/MAG", ["Tomate (caja 20 kg)", "Mandioca (bolsa 25 kg)", "Cebolla (bolsa 20 kg)", "Locote (caja)", "Soja (t, Puerto)"], "Gs."),
    "en_NZ": ("Weekly schedule prices — meat & wool (indicative)", ["Prime steer (c/kg CW)", "Lamb 17kg (c/kg CW)", "Bull (c/kg CW)", "Coarse wool (c/kg clean)", "Milk solids forecast ($/kgMS)"], "NZD"),
    "sk_SK": ("Týždenný prehľad cien poľnohospodárskych komodít — VÚEPP", ["Pšenica potravinárska (€/t)", "Jačmeň sladovnícky (€/t)", "Kukurica (€/t)", "Repka olejná (€/t)", "Mlieko surové (€/100 kg)"], "€"),
    "hy_AM": ("Գյուղմթերքների միջին գներ — Վիճակագրական կոմիտե", ["Ցորեն (կգ)", "Կարտոֆիլ (կգ)", "Ծիրան (կգ)", "Խաղող (կգ)", "Տավարի միս (կգ)"], "դրամ"),
}


def neg_crop_bulletin(rng, loc):
    d = Doc()
    title, items, cur = _CROP[loc]
    d.t(f"{title}\n{X.fmt_date(X.day(rng), loc, rng)}\n\n")
    for it in items:
        lo = rng.uniform(10, 900)
        hi = lo * rng.uniform(1.02, 1.3)
        d.t(f"{it:<32} {lo:,.2f} - {hi:,.2f} {cur}   ({rng.uniform(-6, 6):+.1f}%)\n")
    d.t(f"\nBulletin no. {rng.randint(100, 999)}/{rng.randint(2024, 2025)} · arrivals {rng.randint(100, 9000)} t · index {rng.uniform(90, 130):.2f}\n")
    return d


# ------------------------------------------------------------------ power outage schedule
_LOAD = {
    "th_TH": ("ประกาศดับไฟเพื่อปรับปรุงระบบจำหน่าย การไฟฟ้าส่วนภูมิภาค", ["ฟีดเดอร์ KKA-{n}", "ฟีดเดอร์ UDA-{n}", "ฟีดเดอร์ CMA-{n}"], "งดจ่ายไฟ"),
    "ur_PK": ("LESCO Load Management Schedule (feeder-wise)", ["Feeder GULBERG-{n}", "Feeder JOHAR TOWN-{n}", "Feeder SAMANABAD-{n}"], "Off"),
    "sw_KE": ("KPLC — Notice of Interruption of Electricity Supply", ["Area: PARTS OF KASARANI {n}", "Area: WHOLE OF LANET {n}", "Area: PARTS OF NYALI {n}"], "Off"),
    "my_MM": ("လျှပ်စစ်မီး အလှည့်ကျ ပေးဝေမည့် အစီအစဉ် — YESC", ["အုပ်စု {n}", "ဖိဒါ {n}"], "မီးပျက်"),
    "mn_MN": ("Цахилгаан түгээх сүлжээ — хязгаарлалтын хуваарь", ["Дэд станц {n}", "Шугам {n}"], "Тасалгаа"),
    "ne_NP": ("नेपाल विद्युत प्राधिकरण — मर्मत सम्भार सूचना", ["फिडर {n}", "सबस्टेशन {n}"], "बिजुली बन्द"),
    "es_PY": ("ANDE — Cortes programados por mantenimiento", ["Alimentador {n}", "Subestación {n}"], "Corte"),
    "en_NZ": ("Vector — Planned power outages (network maintenance)", ["Zone sub {n}", "11kV feeder {n}"], "Off"),
    "sk_SK": ("VSD — Plánované prerušenie distribúcie elektriny", ["Trafostanica TS {n}", "Vedenie VN {n}"], "Vypnutie"),
    "hy_AM": ("ՀԷՑ — պլանային անջատումներ", ["Ենթակայան {n}", "Ֆիդեր {n}"], "Անջատում"),
}


def neg_load_shedding(rng, loc):
    d = Doc()
    title, groups, off = _LOAD[loc]
    d.t(f"{title}\n{X.fmt_date(X.day(rng), loc, rng)}\n\n")
    for _ in range(rng.randint(5, 9)):
        g = rng.choice(groups).format(n=rng.randint(1, 48))
        h = rng.randint(5, 20)
        d.t(f"{g:<28} {off} {h:02d}:00-{h + rng.randint(1, 4):02d}:00\n")
    d.t(f"\nReason: {rng.choice(['maintenance', 'line upgrade', 'tree trimming', 'transformer replacement'])}; ref {X.hexid(rng, 8).upper()}; schedule rev. {rng.randint(1, 9)}\n")
    return d


# ------------------------------------------------------------------ air quality
_AQ = {
    "th_TH": ["เขตปทุมวัน", "เขตบางนา", "อ.เมืองเชียงใหม่", "อ.แม่สาย"], "ur_PK": ["Lahore - Gulberg", "Karachi - Korangi", "Islamabad - G-10", "Peshawar"],
    "sw_KE": ["Nairobi - CBD", "Nairobi - Industrial Area", "Mombasa - Port", "Kisumu"], "my_MM": ["ရန်ကုန် - ဗဟန်း", "မန္တလေး", "နေပြည်တော်"],
    "mn_MN": ["Толгойт", "Нисэх", "Баруун 4 зам", "Дархан"], "ne_NP": ["Ratnapark", "Bhaisepati", "Pokhara", "Biratnagar"],
    "es_PY": ["Asunción - Centro", "San Lorenzo", "Ciudad del Este"], "en_NZ": ["Auckland - Queen St", "Christchurch - Woolston", "Timaru"],
    "sk_SK": ["Bratislava - Trnavské mýto", "Košice - Štúrova", "Žilina - Obežná"], "hy_AM": ["Երևան - Կենտրոն", "Երևան - Նոր Նորք", "Վանաձոր", "Ալավերդի"],
}


def neg_air_quality(rng, loc):
    d = Doc()
    d.t(f"AQI / PM2.5 — {X.fmt_date(X.day(rng), loc, rng)} {rng.randint(6, 22):02d}:00\nStation\tAQI\tPM2.5 µg/m³\tPM10\tO3\tCategory\n")
    for st in _AQ[loc]:
        pm = rng.uniform(3, 220)
        d.t(f"{st}\t{int(pm * 1.6)}\t{pm:.1f}\t{pm * 1.7:.1f}\t{rng.uniform(5, 90):.0f}\t"
            f"{rng.choice(['Good', 'Moderate', 'Unhealthy for sensitive groups', 'Unhealthy'])}\n")
    d.t(f"\nSensor firmware {rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}; calibration {X.hexid(rng, 7)}; 24h mean {rng.uniform(10, 120):.1f}\n")
    return d


# ------------------------------------------------------------------ metrics scrape
def neg_metrics_scrape(rng, loc):
    d = Doc()
    d.t("# HELP go_gc_duration_seconds A summary of the pause duration of garbage collection cycles.\n# TYPE go_gc_duration_seconds summary\n")
    for q in ("0", "0.25", "0.5", "0.75", "1"):
        d.t(f'go_gc_duration_seconds{{quantile="{q}"}} {rng.uniform(1e-5, 9e-4):.6e}\n')
    d.t(f"go_gc_duration_seconds_sum {rng.uniform(0.1, 40):.4f}\ngo_gc_duration_seconds_count {rng.randint(100, 90000)}\n")
    d.t(f'# HELP build_info Build information.\n# TYPE build_info gauge\nbuild_info{{version="{rng.randint(1, 3)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",'
        f'revision="{X.hexid(rng, 12)}",goversion="go1.{rng.randint(20, 23)}.{rng.randint(0, 9)}",site="{loc[3:].lower()}"}} 1\n')
    d.t("# TYPE http_requests_total counter\n")
    for code in ("200", "301", "404", "500"):
        for h in rng.sample(["/api/v1/orders", "/healthz", "/metrics", "/api/v1/queue", "/login"], 2):
            d.t(f'http_requests_total{{code="{code}",handler="{h}",method="GET"}} {rng.randint(0, 900000)}\n')
    d.t(f"process_start_time_seconds {rng.uniform(1.70e9, 1.73e9):.2f}\nprocess_resident_memory_bytes {rng.randint(10**7, 10**9)}\n")
    d.t(f'queue_wait_seconds_bucket{{le="0.5"}} {rng.randint(0, 999)}\nqueue_wait_seconds_bucket{{le="+Inf"}} {rng.randint(1000, 9999)}\n')
    return d


# ------------------------------------------------------------------ build log
def neg_build_log(rng, loc):
    d = Doc()
    steps = ["FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
             "COPY . .", "RUN python -m compileall -q src", "EXPOSE 8080", 'CMD ["gunicorn", "app:wsgi"]']
    d.t(f"Running with gitlab-runner 16.{rng.randint(0, 11)}.{rng.randint(0, 5)} (" + X.hexid(rng, 8) + ")\n")
    d.t(f"Checking out {X.hexid(rng, 8)} as detached HEAD (ref is release/{rng.randint(1, 5)}.{rng.randint(0, 20)})...\n")
    for i, s in enumerate(steps, 1):
        d.t(f"Step {i}/{len(steps)} : {s}\n ---> {'Using cache' if rng.random() < .5 else 'Running in ' + X.hexid(rng, 12)}\n ---> {X.hexid(rng, 12)}\n")
    d.t(f"Successfully built {X.hexid(rng, 12)}\nSuccessfully tagged registry.example/{loc[3:].lower()}-app:{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}\n")
    d.t(f"digest: sha256:{X.hexid(rng, 64)} size: {rng.randint(1000, 5000)}\n")
    d.t(f"===== {rng.randint(100, 900)} passed, {rng.randint(0, 5)} skipped, {rng.randint(0, 3)} xfailed in {rng.uniform(5, 300):.2f}s =====\n")
    d.t(f"Cleaning up project directory and file based variables\nJob succeeded (id {rng.randint(10**8, 10**9)}, {rng.randint(1, 15)}m {rng.randint(0, 59)}s)\n")
    return d


# ------------------------------------------------------------------ almanac
_ALM = {
    "th_TH": ["วันมาฆบูชา", "วันสงกรานต์", "วันวิสาขบูชา", "วันอาสาฬหบูชา", "วันเข้าพรรษา", "วันออกพรรษา", "วันลอยกระทง"],
    "ur_PK": ["Pakistan Day", "Eid ul-Fitr (tentative)", "Labour Day", "Eid ul-Adha (tentative)", "Ashura", "Independence Day", "Defence Day", "Quaid-e-Azam Day"],
    "sw_KE": ["Madaraka Day", "Idd-ul-Fitr", "Mashujaa Day", "Jamhuri Day", "Utamaduni Day", "Good Friday", "Easter Monday"],
    "my_MM": ["တပို့တွဲလပြည့်", "သင်္ကြန်", "ကဆုန်လပြည့် ညောင်ရေသွန်းပွဲ", "ဝါဆိုလပြည့်", "သီတင်းကျွတ်လပြည့်", "တန်ဆောင်မုန်းလပြည့်"],
    "mn_MN": ["Цагаан сар", "Эмэгтэйчүүдийн баяр", "Эх үрсийн баяр", "Үндэсний их баяр наадам", "Монгол бахархлын өдөр", "Тусгаар тогтнолын өдөр"],
    "ne_NP": ["महाशिवरात्रि", "होली", "नयाँ वर्ष", "बुद्ध जयन्ती", "दशैं (घटस्थापना)", "तिहार (लक्ष्मीपूजा)", "छठ"],
    "es_PY": ["Día de los Héroes", "Jueves y Viernes Santo", "Día del Trabajador", "Independencia Nacional", "Paz del Chaco", "Fundación de Asunción", "Navidad"],
    "en_NZ": ["Waitangi Day", "Good Friday", "ANZAC Day", "King's Birthday", "Matariki", "Labour Day", "Anniversary Day"],
    "sk_SK": ["Zjavenie Pána", "Veľký piatok", "Sviatok práce", "Sviatok slovanských vierozvestcov", "Výročie SNP", "Deň Ústavy", "Deň boja za slobodu a demokraciu"],
    "hy_AM": ["Սուրբ Ծնունդ", "Բանակի օր", "Կանանց տոն", "Եղեռնի զոհերի հիշատակի օր", "Հաղթանակի օր", "Հանրապետության օր", "Անկախության տոն"],
}


def neg_almanac(rng, loc):
    d = Doc()
    y = rng.randint(2025, 2026)
    d.t(f"{y} — calendar / almanac ({loc[3:]})\n\n")
    for ev in _ALM[loc]:
        dd = X.day(rng, y)
        d.t(f"{X.fmt_date(dd, loc, rng)}\t{ev}\tsunrise {rng.randint(5, 7):02d}:{rng.randint(0, 59):02d} sunset {rng.randint(17, 20):02d}:{rng.randint(0, 59):02d}\t"
            f"moon {rng.choice(['🌑', '🌓', '🌕', '🌗'])} {rng.randint(0, 100)}%\n")
    d.t(f"\nWorking days: {rng.randint(240, 252)}; public holidays: {len(_ALM[loc])}; edition {rng.randint(1, 9)}\n")
    return d


# ------------------------------------------------------------------ road conditions
_ROAD = {
    "th_TH": ["ทางหลวงหมายเลข 1 (พหลโยธิน) กม.{k}", "ทางหลวงหมายเลข 2 (มิตรภาพ) กม.{k}", "ทางหลวงหมายเลข 4 (เพชรเกษม) กม.{k}"],
    "ur_PK": ["M-2 Motorway km {k}", "N-5 GT Road km {k}", "Karakoram Highway (N-35) km {k}", "Lowari Tunnel"],
    "sw_KE": ["A104 Nairobi-Nakuru km {k}", "A109 Mombasa Road km {k}", "Kisumu-Busia road km {k}"],
    "my_MM": ["ရန်ကုန်-မန္တလေး အမြန်လမ်း မိုင် {k}", "မန္တလေး-မူဆယ် လမ်း မိုင် {k}"],
    "mn_MN": ["Улаанбаатар-Дархан зам {k} км", "Улаанбаатар-Дархан-Эрдэнэт зам {k} км", "Мянганы зам {k} км"],
    "ne_NP": ["Prithvi Highway km {k}", "BP Highway km {k}", "Narayangadh-Mugling road km {k}", "Araniko Highway km {k}"],
    "es_PY": ["Ruta PY02 km {k}", "Ruta PY01 km {k}", "Ruta Transchaco (PY09) km {k}"],
    "en_NZ": ["SH1 Desert Road", "SH2 Remutaka Hill Road", "SH73 Arthur's Pass", "SH6 Haast Pass", "SH94 Milford Road"],
    "sk_SK": ["D1 km {k}", "R1 km {k}", "I/18 Strečno km {k}", "I/66 km {k}"],
    "hy_AM": ["Երևան-Սևան մայրուղի {k} կմ", "Սպիտակի լեռնանցք", "Վարդենյաց լեռնանցք", "Մ2 Երևան-Մեղրի {k} կմ"],
}


def neg_road_conditions(rng, loc):
    d = Doc()
    d.t(f"Road status — {X.fmt_date(X.day(rng), loc, rng)} {rng.randint(5, 22):02d}:{rng.choice(['00', '30'])}\n")
    for r in rng.sample(_ROAD[loc], min(len(_ROAD[loc]), rng.randint(3, 5))):
        d.t(f"- {r.format(k=rng.randint(3, 420))}: {rng.choice(['open', 'one lane, stop/go', 'closed (slip)', 'snow chains required', 'roadworks 22:00-05:00', 'flooding, avoid'])}; "
            f"delay ~{rng.randint(0, 90)} min; temp {rng.randint(-15, 38)}°C\n")
    d.t(f"Next update in {rng.randint(1, 6)} h. Bulletin {X.digits(rng, 5)}.\n")
    return d


NEG = [("neg_water_levels", neg_water_levels), ("neg_crop_bulletin", neg_crop_bulletin),
       ("neg_load_shedding", neg_load_shedding), ("neg_air_quality", neg_air_quality),
       ("neg_metrics_scrape", neg_metrics_scrape), ("neg_build_log", neg_build_log),
       ("neg_almanac", neg_almanac), ("neg_road_conditions", neg_road_conditions)]
