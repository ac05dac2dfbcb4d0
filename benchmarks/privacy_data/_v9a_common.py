"""Small helpers shared by the v9a life and form styles: honorifics, money, dates."""
from __future__ import annotations

import _v9a_values as X
from _v9a_people import Person


def honor(rng, p: Person, native=True) -> str:
    """A title written before a name (kept outside the span); '' about half the time."""
    loc, f = p.loc, p.sex == "f"
    if loc == "th_TH":
        if not native:
            return rng.choice(["Mrs. ", "Ms. "]) if f else "Mr. "
        return rng.choice(["นาง", "นางสาว"]) if f else "นาย"
    if loc == "my_MM":
        if not native:
            return rng.choice(["Daw ", "Ma "]) if f else rng.choice(["U ", "Ko ", "Mg "])
        return rng.choice(["ဒေါ်", "မ"]) if f else rng.choice(["ဦး", "ကို", "မောင်"])
    if rng.random() < .45:
        return ""
    if loc == "ur_PK":
        return (rng.choice(["Mrs. ", "Ms. "]) if f else "Mr. ") if not native else ("محترمہ " if f else "جناب ")
    if loc == "ne_NP":
        return ("श्रीमती " if f else "श्री ") if native else ("Mrs. " if f else "Mr. ")
    if loc == "es_PY":
        return "Sra. " if f else "Sr. "
    if loc == "en_NZ":
        return rng.choice(["Ms ", "Mrs "]) if f else "Mr "
    if loc == "sk_SK":
        return rng.choice(["Ing. ", "Mgr. ", "MUDr. ", "Bc. "])
    if loc == "hy_AM":
        return "տկն. " if f else "պրն. "
    if loc == "sw_KE":
        return rng.choice(["Mrs. ", "Ms. "]) if f else "Mr. "
    return ""


def money(rng, loc, lo, hi) -> str:
    v = rng.randint(lo, hi) * {"th_TH": 5, "ur_PK": 20, "sw_KE": 10, "ne_NP": 10}.get(loc, 1)
    if loc == "th_TH":
        return f"{v:,}.00"
    if loc == "ur_PK":
        return f"Rs. {v:,}"
    if loc == "sw_KE":
        return f"KSh {v:,}"
    if loc == "my_MM":
        return f"{v * 100:,} ကျပ်"
    if loc == "mn_MN":
        return f"{v * 100:,}₮"
    if loc == "ne_NP":
        return f"रु. {v:,}"
    if loc == "es_PY":
        return f"Gs. {v * 1000:,}".replace(",", ".")
    if loc == "en_NZ":
        return f"${v / 10:,.2f}"
    if loc == "sk_SK":
        return f"{v / 10:,.2f} €".replace(",", " ").replace(".", ",")
    return f"{v * 100:,} դրամ".replace(",", " ")


def date(rng, loc, year=2024) -> str:
    return X.fmt_date(X.day(rng, year), loc, rng)


def hm(rng, lo=6, hi=21) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"


def native_name(rng, p: Person, latin_p=0.0) -> str:
    return p.full_lat if rng.random() < latin_p else p.full


# locales whose native script is not Latin
NONLATIN = {"th_TH", "ur_PK", "my_MM", "mn_MN", "ne_NP", "hy_AM"}
