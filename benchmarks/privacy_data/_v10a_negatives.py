# ruff: noqa: RUF001
"""v10a hard negatives: texts with no personal data, in styles of their own."""

from __future__ import annotations

import datetime as _dt

from _v10a_common import CITIES, CURRENCY, fmt_date, some_day, to_ar, to_fa
from _v10a_values import githash, uuid

PRAYERS = {"ps_AF": ["سهار", "غرمه", "مازدیګر", "ماښام", "ماسختن"], "ar_QA": ["الفجر", "الظهر", "العصر", "المغرب", "العشاء"],
           "tg_TJ": ["Бомдод", "Пешин", "Аср", "Шом", "Хуфтан"], "ky_KG": ["Багымдат", "Бешим", "Аср", "Шам", "Куптан"],
           "so_SO": ["Subax", "Duhur", "Casar", "Maqrib", "Cishe"], "bs_BA": ["Sabah", "Podne", "Ikindija", "Akšam", "Jacija"],
           "dv_MV": ["ފަތިސް", "މެންދުރު", "އަޞުރު", "މަޣްރިބު", "ޢިޝާ"], "en_TT": ["Fajr", "Zuhr", "Asr", "Maghrib", "Isha"]}
BASE_TIMES = [(4, 30), (12, 10), (15, 35), (18, 5), (19, 25)]


def neg_prayer_times(rng, loc, d):
    city = rng.choice(CITIES[loc])[0]
    if loc in ("rw_RW", "es_NI"):
        es = loc == "es_NI"
        d.ln("Horario de misas" if es else "Gahunda y'amasengesho / Mass times", " — ", city)
        for day in (["Lunes a viernes", "Sábado", "Domingo"] if es else ["Kuwa mbere - Kuwa gatanu", "Kuwa gatandatu", "Ku cyumweru"]):
            times = sorted(rng.sample(["6:00", "7:00", "8:30", "10:00", "12:00", "17:00", "18:30"], rng.randint(1, 3)), key=lambda x: int(x.split(":")[0]))
            d.ln(f"  {day}: {', '.join(times)}")
        d.ln("Confesiones: sábado 16:00-17:30" if es else "Penetensiya: kuwa gatandatu 15:00")
        return
    names = PRAYERS[loc]
    start = some_day(rng)
    d.ln({"ar_QA": "مواقيت الصلاة", "ps_AF": "د لمانځه وختونه / اوقات نماز", "dv_MV": "ނަމާދު ވަގުތު / Prayer times"}.get(loc, "Prayer times"), " — ", city,
         " — ", fmt_date(rng, loc, start, 0))
    d.ln("Date        " + "  ".join(f"{n:<8}" for n in names))
    for k in range(rng.randint(5, 10)):
        day = start + _dt.timedelta(days=k)
        row = []
        for i, (h, m) in enumerate(BASE_TIMES):
            mm = m + k * (1 if i % 2 else -1)
            hh = h + mm // 60
            row.append(f"{hh:02d}:{mm % 60:02d}")
        line = "  ".join(f"{x:<8}" for x in row)
        if loc == "ar_QA" and rng.random() < 0.5:
            line = to_ar(line)
        if loc == "ps_AF" and rng.random() < 0.5:
            line = to_fa(line)
        d.ln(day.strftime("%d/%m/%Y") + "  " + line)
    d.ln("Sunrise/Shuruq shown in the mosque board; Jumu'ah khutbah 12:30.")


FISH = {"dv_MV": ["Kanneli (yellowfin)", "Kalhubilamas (skipjack)", "Raagondi", "Mushimas", "Lhohi"],
        "ar_QA": ["هامور", "شعري", "صافي", "كنعد", "بياح"], "so_SO": ["Tuuna", "Kalluun cad", "Aargood", "Ciise", "Shrimp"],
        "en_TT": ["Carite", "Kingfish", "Red fish", "Shark", "Cavalli"], "es_NI": ["Pargo rojo", "Guapote", "Mojarra", "Camarón", "Langosta"],
        "bs_BA": ["Pastrmka", "Šaran", "Som", "Oslić", "Skuša"], "ky_KG": ["Чебак", "Форель (Иссык-Куль)", "Сазан", "Судак", "Карась"],
        "tg_TJ": ["Моҳии зағорабоз (карп)", "Амур", "Толстолобик", "Форел", "Сом"], "ps_AF": ["Qizil ala (trout)", "Carp", "Catfish", "Snakehead", "Tilapia"],
        "rw_RW": ["Isambaza", "Tilapia (Ifi)", "Inshuro", "Nile perch", "Catfish"]}


def neg_fish_auction(rng, loc, d):
    d.ln({"ar_QA": "سوق السمك — أسعار اليوم", "es_NI": "Mercado de mariscos — precios del día", "bs_BA": "Ribarnica — cijene danas"}.get(loc, "Fish market — today's prices"),
         " ", fmt_date(rng, loc, some_day(rng), 0))
    cur = CURRENCY[loc]
    for f in FISH[loc]:
        lo = rng.randint(10, 300)
        d.ln(f"  {f:<28} {lo}–{lo + rng.randint(5, 60)} {cur}/kg   boxes: {rng.randint(2, 90)}")
    d.ln(f"Landings: {rng.randint(5, 80)} boats, {rng.uniform(1, 40):.1f} t.  Ice {rng.randint(2, 20)} {cur}/block.")


def neg_innings_summary(rng, loc, d):
    teams = ["Afghanistan", "Ireland", "Scotland", "Nepal", "West Indies", "Netherlands", "UAE", "Oman"]
    a, b = rng.sample(teams, 2)
    runs = rng.randint(140, 330)
    wk = rng.randint(3, 10)
    ov = 50 if rng.random() < 0.5 else 20
    d.ln(f"{a} v {b} — {'ODI' if ov == 50 else 'T20I'} — innings summary")
    overs = f"{ov}" if wk < 10 else f"{rng.randint(ov - 8, ov - 1)}.{rng.randint(0, 5)}"
    d.ln(f"{a} {runs}/{wk} ({overs} ov)  RR {runs / ov:.2f}")
    d.ln(f"Extras {rng.randint(3, 25)} (b {rng.randint(0, 4)}, lb {rng.randint(0, 8)}, w {rng.randint(0, 12)}, nb {rng.randint(0, 3)})")
    fow = sorted(rng.sample(range(5, runs), wk))
    d.ln("Fall of wickets: " + ", ".join(f"{x}-{i + 1}" for i, x in enumerate(fow)))
    d.ln("Powerplay 1: " + f"{rng.randint(30, 70)}/{rng.randint(0, 3)}; boundaries: {rng.randint(8, 30)} fours, {rng.randint(1, 14)} sixes")
    d.ln(f"{b} need {runs + 1} to win. DLS par at 20 ov: {rng.randint(80, 140)}.")


SHOP = {"ps_AF": ["آرد ۱ بوری", "برنج ۵ کیلو", "روغن ۲ لیتر", "چای سبز", "بوره", "پیاز", "کچالو", "نان"],
        "tg_TJ": ["орд 1 халта", "биринҷ 3 кг", "равған 2 л", "чой кабуд", "қанд", "пиёз", "сабзӣ", "нон 4 дона"],
        "ky_KG": ["ун 1 кап", "гүрүч 3 кг", "май 1 л", "чай", "кант", "пияз", "сабиз", "нан 3"],
        "ar_QA": ["حليب 2", "خبز", "رز بسمتي 5 كيلو", "دجاج", "طماطم", "خيار", "تمر", "لبن"],
        "so_SO": ["bariis 5 kg", "baasto", "saliid 3 L", "sonkor", "caano", "basal", "yaanyo", "muufo"],
        "rw_RW": ["umuceri 2 kg", "ibishyimbo", "amavuta", "isukari", "amata", "inyanya", "ibitoki", "umunyu"],
        "es_NI": ["frijoles 2 lb", "arroz 5 lb", "tortillas", "cuajada", "plátanos", "aceite", "azúcar", "pinolillo"],
        "bs_BA": ["hljeb", "mlijeko 2", "jaja 10", "kahva", "šećer", "ulje", "luk", "sir za pitu", "jufke"],
        "dv_MV": ["ހަނޑޫ", "ފުށް", "ހަކުރު", "ކިރު", "ރިހާކުރު", "ލުނބޯ", "bread", "tuna can"],
        "en_TT": ["flour 2 lb", "channa", "aloo", "pepper sauce", "bake powder", "geera", "bread", "Crix"]}


def neg_shopping_list(rng, loc, d):
    items = rng.sample(SHOP[loc], rng.randint(5, len(SHOP[loc])))
    d.ln(rng.choice(["list", "List:", "shopping", "to buy"]) if loc in ("en_TT",) else {"es_NI": "Lista del súper", "bs_BA": "Kupiti:"}.get(loc, "—"))
    for it in items:
        d.ln(rng.choice(["- ", "* ", "□ ", ""]) + it)
    d.ln(rng.choice(["", "dont forget gas cylinder", "(bin day tomorrow)", "x2 if on offer"]))


def neg_ci_pipeline_summary(rng, loc, d):
    d.ln(f"Pipeline #{rng.randint(10000, 999999)}  passed  for {githash(rng, 8)} on main")
    d.ln(f"Triggered {rng.randint(2, 59)} minutes ago, finished in {rng.randint(2, 40)}m {rng.randint(0, 59)}s")
    for stage, jobs in [("build", ["compile", "docker-image"]), ("test", ["unit", "lint", "e2e"]), ("deploy", ["staging"])]:
        for j in jobs:
            d.ln(f"  {stage:<7} {j:<14} {rng.choice(['passed', 'passed', 'skipped', 'manual'])}  {rng.randint(10, 900)}s  runner #{rng.randint(1, 40)}")
    d.ln(f"Coverage: {rng.uniform(60, 95):.1f}%   image tag v{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}   artifact sha256:{githash(rng, 64)}")


def neg_span_latency_table(rng, loc, d):
    d.ln("service       route                    p50     p95     p99     err%   rps")
    for r in ["GET /health", "POST /api/v1/bookings", "GET /api/v1/schedule", "POST /api/v1/payouts", "GET /metrics"]:
        p50 = rng.uniform(2, 80)
        d.ln(f"{rng.choice(['gateway', 'booking', 'ledger']):<13} {r:<24} {p50:>5.1f}ms {p50 * 3.1:>6.1f}ms {p50 * 6.4:>6.1f}ms {rng.uniform(0, 3):>5.2f}  {rng.randint(1, 900)}")
    d.ln(f"window 15m, collector 0.{rng.randint(80, 99)}.0, trace sample ratio 0.{rng.randint(1, 25):02d}, export id {uuid(rng)}")


MOON = {"ar_QA": "التقويم القمري", "ps_AF": "د سپوږمۍ پړاوونه", "tg_TJ": "Марҳалаҳои моҳ", "ky_KG": "Фазы Луны",
        "so_SO": "Wejiyada dayaxa", "rw_RW": "Ibihe by'ukwezi", "es_NI": "Fases lunares", "bs_BA": "Mjesečeve mijene",
        "dv_MV": "Moon phases", "en_TT": "Moon phases (fishing & planting)"}


def neg_moon_phase_calendar(rng, loc, d):
    d.ln(MOON[loc], " ", str(rng.choice([2024, 2025])))
    t = _dt.datetime(2024, 1, 11, 11, 57) + _dt.timedelta(days=29.530588 * rng.randint(0, 14))
    for k in range(rng.randint(3, 6)):
        for ph, off in (("New moon", 0), ("First quarter", 7.38), ("Full moon", 14.77), ("Last quarter", 22.15)):
            x = t + _dt.timedelta(days=29.530588 * k + off)
            d.ln(f"  {ph:<14} {x.strftime('%d.%m')} {x.strftime('%H:%M')} UTC   illum {0 if off == 0 else (50 if off in (7.38, 22.15) else 100)}%")
    d.ln(f"Crescent visibility (Yallop q) {rng.uniform(-0.3, 0.4):+.3f}; altitude {rng.uniform(2, 12):.1f}°, elongation {rng.uniform(7, 16):.1f}°")


def neg_ha_entity_states(rng, loc, d):
    d.ln("entity_id                         state        unit   last_changed")
    rows = [("sensor.roof_tank_level", f"{rng.randint(5, 100)}", "%"), ("sensor.pump_power", f"{rng.uniform(0, 1.5):.2f}", "kW"),
            ("binary_sensor.gate_contact", rng.choice(["on", "off"]), ""), ("sensor.outdoor_temp", f"{rng.uniform(-5, 45):.1f}", "°C"),
            ("switch.generator", rng.choice(["on", "off"]), ""), ("sensor.grid_voltage", f"{rng.randint(190, 240)}", "V"),
            ("sensor.inverter_soc", f"{rng.randint(10, 100)}", "%"), ("light.courtyard", rng.choice(["on", "off"]), "")]
    for e, st, u in rng.sample(rows, rng.randint(5, 8)):
        d.ln(f"{e:<33} {st:<12} {u:<6} 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+00:00")
    d.ln(f"core 2024.{rng.randint(1, 12)}.{rng.randint(0, 5)}  recorder purge_keep_days: {rng.choice([7, 10, 30])}")


NEG_STYLES = [("neg_prayer_times", neg_prayer_times), ("neg_fish_auction", neg_fish_auction), ("neg_innings_summary", neg_innings_summary),
              ("neg_shopping_list", neg_shopping_list), ("neg_ci_pipeline_summary", neg_ci_pipeline_summary),
              ("neg_span_latency_table", neg_span_latency_table), ("neg_moon_phase_calendar", neg_moon_phase_calendar),
              ("neg_ha_entity_states", neg_ha_entity_states)]
