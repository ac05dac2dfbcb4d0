# ruff: noqa: RUF001  (multilingual text: Cyrillic and Bengali letters are intended)
"""Hard negatives: texts with no personal data, and look-alike lines sprinkled into others."""

from _v6b_doc import Doc
from _v6b_lex import CURRENCY, LANG
from _v6b_places import city, street
from _v6b_styles_docs import _date, _money
from _v6b_values import _d, hexid, uuid

COMPANY = {
    "en_PH": ["Jollibee Foods Corp.", "Ayala Land", "Gokongwei Bros. Foundation", "SM Prime"],
    "en_SG": ["Tan Chong Motor", "Lim Kopi Pte Ltd", "Ya Kun Kaya Toast", "Wee Nam Kee"],
    "en_NG": ["Dangote Group", "Adeleke Foods Ltd", "Okafor & Sons Ventures", "Zenith Bank"],
    "bn_BD": ["Rahman Traders", "আকিজ গ্রুপ", "Bashundhara Group", "Hossain Pharma Ltd"],
    "sr_RS": ["Jovanović d.o.o.", "Нектар д.о.о.", "Petrović Gradnja", "Delhaize Srbija"],
    "mt_MT": ["Camilleri Holdings Ltd", "Farrugia Bros", "Simonds Farsons Cisk", "Borg Estates"],
    "is_IS": ["Jónsson & Co ehf.", "Marel hf.", "Bakarí Sandholt", "Hagkaup"],
    "kk_KZ": ["ТОО «Ахметов и партнёры»", "Kaspi Bank", "ТОО Рахат", "Kazakhtelecom"],
    "pt_AO": ["Costa & Filhos Lda", "Refriango", "Sonangol E.P.", "Grupo Manuel Pedro"],
    "es_UY": ["Rodríguez Hnos. S.A.", "Conaprole", "Tienda Inglesa", "Fernández & Cía."],
}


# route, platform, updated, items (4), valid until, prices incl. VAT, solve, area of a circle
NEG_WORDS = {
    "en": ("Route", "platform", "Updated", ["Rice 5kg", "Cooking oil 1L", "Milk 1L", "Bread"],
           "Valid until", "Prices incl. VAT.", "Solve", "Area of a circle"),
    "bn": ("রুট", "প্ল্যাটফর্ম", "হালনাগাদ", ["চাল ৫ কেজি", "সয়াবিন তেল ১ লি.", "দুধ ১ লি.", "পাউরুটি"],
           "মেয়াদ", "মূল্য ভ্যাটসহ।", "সমাধান করো", "বৃত্তের ক্ষেত্রফল"),
    "sr": ("Linija", "peron", "Ažurirano", ["Pirinač 5kg", "Ulje 1L", "Mleko 1L", "Hleb"],
           "Važi do", "Cene sa PDV-om.", "Reši", "Površina kruga"),
    "mt": ("Rotta", "pjattaforma", "Aġġornat", ["Ross 5kg", "Żejt 1L", "Ħalib 1L", "Ħobż"],
           "Validu sa", "Il-prezzijiet jinkludu l-VAT.", "Solvi", "L-erja ta' ċirku"),
    "is": ("Leið", "stæði", "Uppfært", ["Hrísgrjón 5kg", "Matarolía 1L", "Mjólk 1L", "Brauð"],
           "Gildir til", "Verð með vsk.", "Leystu", "Flatarmál hrings"),
    "ru": ("Маршрут", "платформа", "Обновлено", ["Рис 5 кг", "Масло 1 л", "Молоко 1 л", "Хлеб"],
           "Действует до", "Цены с НДС.", "Решите", "Площадь круга"),
    "pt": ("Rota", "plataforma", "Actualizado", ["Arroz 5kg", "Óleo 1L", "Leite 1L", "Pão"],
           "Válido até", "Preços com IVA.", "Resolva", "Área do círculo"),
    "es": ("Línea", "andén", "Actualizado", ["Arroz 5kg", "Aceite 1L", "Leche 1L", "Pan"],
           "Válido hasta", "Precios con IVA.", "Resolver", "Área de un círculo"),
}  # fmt: skip


def lookalike(rng, loc: str) -> str:
    return rng.choice([
        f"Order no. {_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
        f"version {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
        f"ref {hexid(rng, 40)}", f"trace-id {uuid(rng)}", f"card **** {_d(rng, 4)}",
        f"tracking LX{_d(rng, 9)}{rng.choice(['PH', 'SG', 'NG', 'RS', 'MT', 'IS', 'KZ', 'AO', 'UY'])}",
        "pi ≈ 3.14159265358979, e ≈ 2.718281828459", f"SKU {rng.choice('ABCX')}{_d(rng, 7)}-{_d(rng, 2)}",
        f"sensor T={rng.randint(-5, 40)}.{rng.randint(0, 9)}°C RH={rng.randint(20, 99)}% p={rng.randint(980, 1040)} hPa",
        f"{COMPANY[loc][rng.randrange(4)]}, {street(rng, loc)}",
        "example: user@example.com / 000-000-0000 / 0000 0000 0000 0000",
        f"invoice {_d(rng, 8)} dated {_date(rng, loc)}",
    ])  # fmt: skip


def neg_release_notes(rng, loc, L):
    d = Doc()
    d.t(
        f"## v{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} — {_date(rng, loc, 2026, 2026)}\n\n"
    )
    for _ in range(rng.randint(3, 6)):
        d.t(
            f"- {rng.choice(['Fixed crash on login screen', 'Faster sync (x1.8)', 'Dark mode for receipts', 'Dropped Android 8 support', 'New QR payments'])} (#{_d(rng, 4)}, {hexid(rng, 7)})\n"
        )
    d.t(f"\nSHA256: {hexid(rng, 64)}")
    return d


def neg_price_list(rng, loc, L):
    d = Doc()
    w = NEG_WORDS[LANG[loc]]
    d.t(f"{COMPANY[loc][rng.randrange(4)]} — {city(rng, loc)}\n")
    for _ in range(rng.randint(4, 8)):
        d.t(f"{rng.choice('ABKX')}{_d(rng, 5)}  {rng.choice(w[3])}  {_money(rng, loc, 1, 900)}\n")
    d.t(f"{w[4]} {_date(rng, loc, 2026, 2026)}. {w[5]}")
    return d


def neg_sensor_log(rng, loc, L):
    d = Doc()
    for _ in range(rng.randint(5, 10)):
        d.t(
            f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z node={hexid(rng, 6)} "
        )
        d.t(
            f"temp={rng.randint(-10, 45)}.{rng.randint(0, 99):02d} hum={rng.randint(10, 99)} batt={rng.randint(3, 4)}.{_d(rng, 2)}V fw=3.{rng.randint(0, 9)}.{rng.randint(0, 20)}\n"
        )
    return d


def neg_timetable(rng, loc, L):
    d = Doc()
    w = NEG_WORDS[LANG[loc]]
    route = f"{rng.randint(1, 99)}{rng.choice(['', 'A', 'X'])}"
    d.t(f"{w[0]} {route}: {street(rng, loc)} → {city(rng, loc)}\n")
    for _ in range(rng.randint(4, 8)):
        hhmm = f"{rng.randint(5, 23):02d}:{rng.choice(['00', '15', '30', '45'])}"
        d.t(f"{hhmm}  {w[1]} {rng.randint(1, 9)}  {CURRENCY[loc]}{rng.randint(1, 99)}\n")
    d.t(f"{w[2]} {_date(rng, loc, 2026, 2026)}")
    return d


def neg_company_news(rng, loc, L):
    d = Doc()
    c = COMPANY[loc][rng.randrange(4)]
    d.t(
        f"{c} reported Q{rng.randint(1, 4)} revenue of {_money(rng, loc, 10**6, 9 * 10**6)}m, up {rng.randint(1, 30)}.{rng.randint(0, 9)}% y/y. "
    )
    d.t(
        f"The new branch on {street(rng, loc)} opens on {_date(rng, loc, 2026, 2026)}. Shares closed at {rng.randint(1, 900)}.{_d(rng, 2)}. "
    )
    d.t(f"Press release ID {uuid(rng)}.")
    return d


def neg_homework(rng, loc, L):
    d = Doc()
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    w = NEG_WORDS[LANG[loc]]
    d.t(f"Q{rng.randint(1, 9)}. {w[6]} {a}x + {b} = {a * rng.randint(2, 9) + b}.\n")
    d.t(f"Q{rng.randint(1, 9)}. {w[7]} r={rng.randint(2, 20)} cm (π = 3.14159)\n")
    d.t(
        f"Answer key version {rng.randint(1, 9)}.{rng.randint(0, 9)} — exam code {_d(rng, 6)}-{rng.choice('ABCD')}"
    )
    return d


NEGATIVES = {f.__name__: f for f in [neg_release_notes, neg_price_list, neg_sensor_log,
             neg_timetable, neg_company_news, neg_homework]}  # fmt: skip
