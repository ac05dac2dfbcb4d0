# ruff: noqa: RUF001
"""Form-like styles written in the locale's language (records, certificates, contracts)."""

from _v7a_common import dob, full, lex, maybe_lookalike, people
from _v7a_doc import Doc
from _v7a_names import agree
from _v7a_places import address, city_name, one_line, pick_city
from _v7a_values import card, email, fmt_date, national_id, other_date, phone

DR = {"el_CY": "Δρ.", "ar_JO": "د.", "ar_MA": "Dr", "af_ZA": "Dr.", "ca_ES": "Dr."}
LABS = [
    ("Hb", "g/L", 118, 165, "120-160"),
    ("WBC", "10^9/L", 3.8, 12.5, "4.0-10.0"),
    ("PLT", "10^9/L", 140, 420, "150-400"),
    ("Glucose", "mmol/L", 4.1, 9.8, "3.9-6.1"),
    ("CRP", "mg/L", 0.5, 60, "<5"),
    ("ALT", "U/L", 9, 70, "<41"),
    ("Creatinine", "µmol/L", 55, 130, "62-106"),
    ("HbA1c", "%", 4.9, 9.1, "<6.0"),
]


def _dr(locale):
    return DR.get(locale, "Dr.")


def _sep(locale):
    return "، " if locale == "ar_JO" else ", "


def _nameline(d, rng, locale, label, p, **kw):
    d.t(f"{label}: ", ("person", full(rng, p, locale, **kw)), "\n")


def discharge(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    doc = people(rng, locale)
    d.t(
        rng.choice(L["hospital"]),
        "\n",
        L["t_discharge"],
        f" Nr. {rng.randint(1000, 99999)}/2026\n\n",
    )
    _nameline(d, rng, locale, L["patient"], p)
    d.t(f"{L['born']}: ", dob(rng, locale, p))
    if rng.random() < 0.6:
        cue, v = national_id(rng, locale, p["birth"])
        d.t(f"   {cue} ", ("national_id", v))
    d.t("\n", f"{L['address']}: ", ("address", one_line(rng, locale)), "\n")
    if rng.random() < 0.7:
        d.t(f"{L['phone']}: ", ("phone", phone(rng, locale)), "\n")
    a = other_date(rng)
    d.t(f"{L['admitted']}: {fmt_date(rng, locale, a, 'num')}   ")
    d.t(
        f"{L['discharged']}: {fmt_date(rng, locale, a.fromordinal(a.toordinal() + rng.randint(2, 12)), 'num')}\n\n"
    )
    dx = rng.sample(L["diagnoses"], 2)
    d.t(f"{L['diagnosis']}: {dx[0]}; {dx[1]}\n")
    labs = rng.sample(LABS, 3)
    d.t(", ".join(f"{n} {rng.uniform(lo, hi):.1f} {u}" for n, u, lo, hi, _ in labs), "\n\n")
    d.t(L["therapy"], "\n")
    la = maybe_lookalike(rng, 0.15)
    if la:
        d.t(f"Ref. {la}\n")
    d.t(f"\n{L['doctor']}: {_dr(locale)} ", ("person", full(rng, doc, locale, "gf")))
    return d


def lab(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    d.t(L["t_lab"], "\n", "=" * rng.randint(20, 40), "\n")
    _nameline(d, rng, locale, L["patient"], p)
    d.t(f"{L['born']}: ", dob(rng, locale, p), "\n")
    if rng.random() < 0.5:
        cue, v = national_id(rng, locale, p["birth"])
        d.t(f"{cue}: ", ("national_id", v), "\n")
    s = other_date(rng)
    d.t(
        f"{L['sample']}: {fmt_date(rng, locale, s, 'num')} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"
        f"   ID: {rng.randint(10**7, 10**8 - 1)}\n\n"
    )
    d.t(f"{'Test':<12}{L['result']:<14}{L['ref']}\n")
    for n, u, lo, hi, ref in rng.sample(LABS, rng.randint(4, 8)):
        val = f"{rng.uniform(lo, hi):.1f}"
        if locale in ("ro_MD", "sq_AL", "ca_ES", "lb_LU", "fr_CM", "af_ZA", "el_CY"):
            val = val.replace(".", ",")
        d.t(f"{n:<12}{val + ' ' + u:<14}{ref}\n")
    if rng.random() < 0.5:
        d.t(
            f"\n{L['doctor']}: {_dr(locale)} ",
            ("person", full(rng, people(rng, locale), locale, "gf")),
        )
    return d


def birth_extract(rng, locale):
    L, d = lex(locale), Doc()
    fa, mo = people(rng, locale, "M"), people(rng, locale, "F")
    child = people(rng, locale)
    for par in (fa, mo):
        par["birth"] = par["birth"].replace(year=child["birth"].year - rng.randint(20, 40))
    child["family"] = agree(locale, fa["family"], child["gender"])
    child["full"] = child["given"] + " " + child["family"]
    child["quad"] = " ".join([child["given"], fa["given"], fa["family"]])
    d.t(L["t_birth"], "\n", f"Nr. {rng.randint(1, 3000)}/{child['birth'].year}\n\n")
    _nameline(d, rng, locale, L["child"], child, form="gf")
    d.t(f"{L['born']}: ", dob(rng, locale, child, rng.choice(["num", "long"])), "\n")
    d.t(f"{L['birthplace']}: {city_name(rng, locale)}\n")
    _nameline(d, rng, locale, L["father"], fa, form="gf")
    if rng.random() < 0.5:
        cue, v = national_id(rng, locale, fa["birth"])
        d.t(f"   {cue}: ", ("national_id", v), "\n")
    _nameline(d, rng, locale, L["mother"], mo, form="gf")
    if rng.random() < 0.5:
        d.t(f"{L['address']}: ", ("address", one_line(rng, locale)), "\n")
    d.t(f"{L['registered']}: {fmt_date(rng, locale, other_date(rng), 'num')}\n")
    la = maybe_lookalike(rng)
    if la:
        d.t(f"# {la}\n")
    return d


def marriage_extract(rng, locale):
    L, d = lex(locale), Doc()
    g, b = people(rng, locale, "M"), people(rng, locale, "F")
    g["birth"] = g["birth"].replace(year=rng.randint(1950, 2000))
    b["birth"] = b["birth"].replace(year=g["birth"].year + rng.randint(-3, 8))
    d.t(L["t_marriage"], f" – Nr. {rng.randint(1, 999)}\n\n")
    for lab_, p in ((L["groom"], g), (L["bride"], b)):
        d.t(f"{lab_}: ", ("person", full(rng, p, locale)), "\n")
        d.t(f"  {L['born']}: ", dob(rng, locale, p), f", {city_name(rng, locale)}\n")
        if rng.random() < 0.4:
            cue, v = national_id(rng, locale, p["birth"])
            d.t(f"  {cue}: ", ("national_id", v), "\n")
    d.t(f"{L['married_on']}: {fmt_date(rng, locale, other_date(rng), 'long')}\n")
    for _ in range(rng.randint(1, 2)):
        d.t(f"{L['witness']}: ", ("person", full(rng, people(rng, locale), locale, "gf")), "\n")
    if rng.random() < 0.5:
        d.t(f"{L['address']}: ", ("address", one_line(rng, locale)), "\n")
    return d


CARS = [
    "Dacia Logan",
    "Toyota Corolla",
    "Hyundai i20",
    "VW Golf",
    "Kia Picanto",
    "Renault Clio",
    "Skoda Octavia",
    "Toyota Hilux",
    "Suzuki Swift",
]


def plate(rng, locale):
    r = rng.randint
    u = "ABCEHKMPTXY"
    return {
        "ro_MD": f"{rng.choice(['C', 'B', 'O'])}{rng.choice(u)}{rng.choice(u)} {r(100, 999)}",
        "el_CY": f"{rng.choice(u)}{rng.choice(u)}{rng.choice(u)} {r(100, 999)}",
        "en_GH": f"GR {r(1000, 9999)}-{r(10, 24)}",
        "sq_AL": f"AA {r(100, 999)} {rng.choice(u)}{rng.choice(u)}",
        "ca_ES": f"{r(1000, 9999)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
        "lb_LU": f"{rng.choice(u)}{rng.choice(u)} {r(1000, 9999)}",
        "ar_MA": f"{r(1000, 99999)}-أ-{r(1, 89)}",
        "ar_JO": f"{r(10, 99)}-{r(10000, 99999)}",
        "fr_CM": f"CE {r(100, 999)} {rng.choice(u)}{rng.choice(u)}",
        "af_ZA": f"CA {r(100, 999)}-{r(100, 999)}",
    }[locale]


def car_rental(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    d.t(L["t_rental"], f"  No. RA-{rng.randint(10000, 99999)}\n\n")
    _nameline(d, rng, locale, L["renter"], p)
    d.t(f"{L['born']}: ", dob(rng, locale, p), "\n")
    cue, v = national_id(rng, locale, p["birth"])
    d.t(f"{cue}: ", ("national_id", v), "\n")
    a1, a2 = address(rng, locale)
    if rng.random() < 0.5:
        d.t(f"{L['address']}:\n", ("address", a1), "\n", ("address", a2), "\n")
    else:
        d.t(f"{L['address']}: ", ("address", a1 + _sep(locale) + a2), "\n")
    d.t(
        f"{L['phone']}: ",
        ("phone", phone(rng, locale)),
        " | ",
        f"{L['email']}: ",
        ("email", email(rng, locale, p)),
        "\n\n",
    )
    s = other_date(rng)
    d.t(f"{L['vehicle']}: {rng.choice(CARS)}, {L['plate']}: {plate(rng, locale)}\n")
    d.t(
        f"{L['pickup']}: {fmt_date(rng, locale, s, 'num')} 10:00   {L['ret']}: "
        f"{fmt_date(rng, locale, s.fromordinal(s.toordinal() + rng.randint(1, 14)), 'num')} 10:00\n"
    )
    d.t(
        f"{L['deposit']}: ",
        ("card", card(rng)),
        f"  exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}\n",
    )
    if rng.random() < 0.3:
        d.t(f"KM: {rng.randint(10000, 190000)}  Fuel 8/8  Total: {rng.randint(80, 900)},00\n")
    return d


def vehicle_reg(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    d.t(L["t_vehreg"], "\n", f"A. {plate(rng, locale)}\n")
    d.t(
        f"B. {L['first_reg']}: {fmt_date(rng, locale, other_date(rng).replace(year=rng.randint(2008, 2024)), 'num')}\n"
    )
    d.t(f"C.1.1 {L['owner']}: ", ("person", full(rng, p, locale, "FG")), "\n")
    a1, a2 = address(rng, locale)
    d.t("C.1.3 ", ("address", a1), "\n      ", ("address", a2), "\n")
    if rng.random() < 0.5:
        cue, v = national_id(rng, locale, p["birth"])
        d.t(f"C.1.4 {cue}: ", ("national_id", v), "\n")
    d.t(f"D.1 {rng.choice(CARS)}\nE. {vin}\nP.1 {rng.choice([998, 1199, 1498, 1598, 1968])} cm3\n")
    return d


INSURERS = {
    "ro_MD": ["Moldasig", "Grawe Carat", "Donaris VIG"],
    "el_CY": ["Hydra Insurance", "CNP Asfalistiki"],
    "en_GH": ["SIC Insurance", "Enterprise Insurance", "Hollard Ghana"],
    "sq_AL": ["Sigal Uniqa", "Eurosig"],
    "ca_ES": ["Mapfre", "RACC Seguros", "Zurich"],
    "lb_LU": ["Foyer", "La Luxembourgeoise", "AXA"],
    "ar_MA": ["Wafa Assurance", "RMA", "Saham"],
    "ar_JO": ["الشرق العربي للتأمين", "التأمين الأردنية"],
    "fr_CM": ["Activa Assurances", "AXA Cameroun", "Chanas"],
    "af_ZA": ["Santam", "OUTsurance", "Miway"],
}


def accident(rng, locale):
    L, d = lex(locale), Doc()
    a, b = people(rng, locale), people(rng, locale)
    city, _pc, _fmt, streets = pick_city(rng, locale)
    s1, s2 = rng.sample(streets, 2)
    d.t(L["t_accident"], "\n", f"{L['place']}: {L['junction'].format(s1=s1, s2=s2)}, {city}")
    if rng.random() < 0.5:
        from _v7a_values import gps

        d.t(" (GPS ", ("gps", gps(rng, locale, city)), ")")
    t = other_date(rng)
    d.t(
        f"\n{fmt_date(rng, locale, t, 'num')}, {L['time']}: {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}\n\n"
    )
    for tag, p in (("A", a), ("B", b)):
        d.t(f"{L['driver']} {tag}: ", ("person", full(rng, p, locale)), "\n")
        d.t(f"  {L['phone']}: ", ("phone", phone(rng, locale)), "\n")
        if rng.random() < 0.5:
            d.t(f"  {L['address']}: ", ("address", one_line(rng, locale)), "\n")
        if rng.random() < 0.4:
            d.t(f"  {L['born']}: ", dob(rng, locale, p), "\n")
        d.t(
            f"  {L['plate']}: {plate(rng, locale)}, {L['insurer']}: {rng.choice(INSURERS[locale])}\n"
        )
    d.t("\n", L["damage"], "\n")
    return d


def change_address(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    d.t(L["t_coa"], "\n\n")
    _nameline(d, rng, locale, L["name"], p)
    d.t(f"{L['born']}: ", dob(rng, locale, p), "\n")
    if rng.random() < 0.6:
        cue, v = national_id(rng, locale, p["birth"])
        d.t(f"{cue}: ", ("national_id", v), "\n")
    d.t(f"{L['old']}: ", ("address", one_line(rng, locale)), "\n")
    a1, a2 = address(rng, locale)
    d.t(f"{L['new']}:\n", ("address", a1), "\n", ("address", a2), "\n")
    d.t(f"{L['since']} {fmt_date(rng, locale, other_date(rng))}\n")
    if rng.random() < 0.7:
        d.t(f"{L['phone']}: ", ("phone", phone(rng, locale)), "\n")
    if rng.random() < 0.6:
        d.t(f"{L['email']}: ", ("email", email(rng, locale, p)), "\n")
    d.t("\n", ("person", p["full"]))
    return d


def transcript(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    p["birth"] = p["birth"].replace(year=rng.randint(1995, 2006))
    d.t(L["university"], "\n", L["t_transcript"], "\n\n")
    _nameline(d, rng, locale, L["student"], p)
    d.t(
        f"{L['born']}: ",
        dob(rng, locale, p),
        f"    Nr. {rng.randint(2019, 2025)}{rng.randint(10000, 99999)}\n\n",
    )
    scale20 = locale in ("ar_MA", "fr_CM")
    tot = 0.0
    rows = rng.randint(6, 14)
    for i in range(rows):
        c = L["courses"][i % len(L["courses"])] + (
            "" if i < len(L["courses"]) else " " + "I" * (i // len(L["courses"]) + 1)
        )
        g = (
            rng.randint(10, 19)
            if scale20
            else rng.randint(50, 95)
            if locale in ("en_GH", "af_ZA", "el_CY")
            else rng.randint(5, 10)
        )
        tot += g
        d.t(f"{i + 1:>2}. {c:<36}{rng.choice([3, 4, 5, 6]):>3} ECTS   {L['grade']}: {g}\n")
    d.t(f"\n{L['average']}: {tot / rows:.2f}\n")
    d.t(f"{fmt_date(rng, locale, other_date(rng), 'num')}\n")
    return d


_OCR = str.maketrans({"l": "1", "O": "0", "I": "l", "e": "c", "a": "o", "S": "5", "B": "8"})


def _noisy(rng, s):
    return "".join(c.translate(_OCR) if rng.random() < 0.15 else c for c in s)


def ocr_id(rng, locale):
    L, d = lex(locale), Doc()
    p = people(rng, locale)
    d.t(_noisy(rng, L["t_id"]), "\n", rng.choice(["", "~ ", "| "]))
    d.t(
        _noisy(rng, L["surname"]),
        "\n",
        ("person", p["family"].upper() if locale != "ar_JO" else p["family"]),
        "\n",
    )
    d.t(_noisy(rng, L["given"]), "\n", ("person", p["given"]), rng.choice(["\n", " .\n", "\n\n"]))
    d.t(
        _noisy(rng, L["sex"]),
        " ",
        p["gender"] if locale != "ar_JO" else ("ذكر" if p["gender"] == "M" else "أنثى"),
        "   ",
        _noisy(rng, L["nationality"]),
        " ",
        L["nat_val"],
        "\n",
    )
    d.t(_noisy(rng, L["born"]), "\n", dob(rng, locale, p, "num"), "\n")
    cue, v = national_id(rng, locale, p["birth"], "card")
    d.t(_noisy(rng, cue), rng.choice([" ", "\n", ": "]), ("national_id", v), "\n")
    e = other_date(rng).replace(year=rng.randint(2027, 2035))
    d.t(_noisy(rng, L["expiry"]), " ", fmt_date(rng, locale, e, "num"), "\n")
    d.t(rng.choice(["", "%%", "iii ;", "—"]))
    return d


STYLES = {
    "discharge_summary": discharge,
    "lab_results": lab,
    "birth_extract": birth_extract,
    "marriage_extract": marriage_extract,
    "car_rental": car_rental,
    "vehicle_registration": vehicle_reg,
    "accident_report": accident,
    "change_of_address": change_address,
    "university_transcript": transcript,
    "ocr_id_card": ocr_id,
}
