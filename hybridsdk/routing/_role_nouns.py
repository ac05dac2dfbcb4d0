"""Person spans that are a role, a trade or a cohort, never a name (docs/privacy_figures.md,
"Ninth set as a dev set"), whatever the tagger or a layout rule said: a court's parties and
officers ("The Plaintiff", "Réu", "Prasītājs", "Тужителот", "LE TRIBUNAL", "Greffier"), a
directory's trades ("Lawyer", "Entrepreneur") and an alumni list's cohort words
("Promotion", "Turma", "Выпуск", "Izlaidums"), each alone or behind an article.

A span with a landmark's type word in it ("Kalma Chowk", "Kenyatta Market", "Terminal
Asunción", "Плошча Перамогі", "โรงพยาบาล") is a place of a logbook or a route, never a
name; types that are also surnames ("Park", "Plaza", "Mall", "Mercado") are not listed.

Trades that are also surnames ("Baker", "Farmer", "Mason", "Taylor") are not listed.
Each reads only the span.
"""

from __future__ import annotations

__all__ = ["landmark", "role_noun"]

_ARTICLES = frozenset({"the", "le", "la", "les", "el", "o", "a", "der", "die", "das"})
_ROLES = frozenset(
    {
        # a court's parties and officers
        "plaintiff",
        "defendant",
        "petitioner",
        "respondent",
        "appellant",
        "appellee",
        "claimant",
        "complainant",
        "applicant",
        "tribunal",
        "registrar",
        "greffier",
        "greffière",
        "président",
        "présidente",
        "demandeur",
        "demanderesse",
        "défendeur",
        "défenderesse",
        "demandante",
        "demandado",
        "demandada",
        "réu",
        "ré",
        "kläger",
        "klägerin",
        "beklagte",
        "beklagter",
        "prasītājs",
        "atbildētājs",
        "истец",
        "ответчик",
        "тужител",
        "тужителот",
        "тужениот",
        "судија",
        "javobgar",
        "da'vogar",
        # a directory's trades
        "lawyer",
        "attorney",
        "entrepreneur",
        "engineer",
        "teacher",
        "accountant",
        "pharmacist",
        "architect",
        "businessman",
        "businesswoman",
        "consultant",
        "retired",
        # an alumni list's cohort words
        "class",
        "promotion",
        "turma",
        "выпуск",
        "генерација",
        "izlaidums",
        "bitirgan",
    }
)


def role_noun(value: str) -> bool:
    """Whether the person span `value` is only a role, a trade or a cohort word, with or
    without an article ("The Plaintiff", "Lawyer", "Turma")."""
    words = value.casefold().split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if not words:
        return value.strip().casefold() == "the"
    return all(w in _ROLES for w in words)


_LANDMARKS = frozenset(
    {
        "chowk",
        "market",
        "bazaar",
        "bazar",
        "depot",
        "depo",
        "terminal",
        "hospital",
        "nemocnica",
        "station",
        "stadium",
        "metro",
        "palais",
        "плошча",
        "площадь",
        "площа",
        "аеродром",
        "аэропорт",
        "метро",
        "մետրո",
        "โรงพยาบาล",
        "ตลาดนัด",
    }
)


def landmark(value: str) -> bool:
    """Whether the person span `value` holds a landmark's type word ("Kalma Chowk")."""
    return any(w in _LANDMARKS for w in value.casefold().split())
