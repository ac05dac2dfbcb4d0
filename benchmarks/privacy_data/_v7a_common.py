"""Shared helpers for the v7a styles: lexicon lookup, people, labelled value tuples."""

from _v7a_lex_a import LEX_A
from _v7a_lex_b import LEX_B
from _v7a_names import person
from _v7a_values import birth_date, fmt_date, lookalike

LEX = {**LEX_A, **LEX_B}


def lex(locale: str) -> dict:
    return LEX[locale]


def people(rng, locale: str, gender: str = "") -> dict:
    p = person(rng, locale, gender)
    if locale == "ar_JO":
        from _v7a_names import pools

        pl = pools(locale)
        # the four-part name: given, father, grandfather, family
        p["quad"] = " ".join([p["given"], rng.choice(pl["M"]), rng.choice(pl["M"]), p["family"]])
    p["full"] = p["given"] + " " + p["family"]
    p["birth"] = birth_date(rng)
    return p


def full(rng, p: dict, locale: str, form: str = "") -> str:
    form = form or rng.choice(["gf", "gf", "gf", "FG", "F,G"])
    if locale == "ar_JO" and form in ("gf", "quad") and rng.random() < 0.5:
        return p["quad"]
    if form == "FG":
        return p["family"].upper() + " " + p["given"]
    if form == "F,G":
        return p["family"] + ", " + p["given"]
    return p["full"]


def dob(rng, locale: str, p: dict, form: str = "") -> tuple:
    return ("dob", fmt_date(rng, locale, p["birth"], form))


def maybe_lookalike(rng, prob: float = 0.1) -> str:
    return lookalike(rng) if rng.random() < prob else ""
