"""Secrets (issue 12, session 9): a checklist's "pw changed → X", a key=value inside inline
code, and a meeting's dial-in PIN. Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- [x] office wifi pw changed → `Lotus_418`", "Lotus_418"),
        ("* guest wifi password changed -> Mango2290!", "Mango2290!"),
        ("- Passwort geändert → `Birke#5512`", "Birke#5512"),
        ("contraseña nueva ⇒ Perro5521", "Perro5521"),
        ("mot de passe changé → Ecureuil77", "Ecureuil77"),
        ("geslo spremenjeno → Smreka_309", "Smreka_309"),
        ("parool muudetud -> Kuusk4471", "Kuusk4471"),
        ("пароль изменён → Berёza_88x", "Berёza_88x"),
        ("şifre değiştirildi → Lale2024?", "Lale2024?"),
    ],
)
def test_changed_with_an_arrow(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "password reset → done",
        "- [x] wifi pw changed → see the sticky note",
        "WLAN neu → Router im Flur",
        "pw changed → 2026-03-04",
    ],
)
def test_changed_with_an_arrow_needs_a_credential(text: str) -> None:
    assert secrets(text) == []


def test_inline_code_backtick_is_not_part_of_the_value() -> None:
    assert secrets("set `DB_PASSWORD=Xk9mQ2pa` in .env") == ["Xk9mQ2pa"]
    assert secrets("Example: `API_KEY=<your-key>` `DB_PASSWORD=changeme` (placeholders)") == []


@pytest.mark.parametrize(
    "text",
    [
        "DESCRIPTION:Dial-in +27 21 555 0100 PIN 4410\nEND:VEVENT",
        "Einwahl: +49 30 1234567, PIN 8812",
        "Join by phone (conference): +41 44 555 01 02, PIN: 7731",
        "Audioconférence +32 2 555 12 34 code PIN 5521",
        "Conferencia: +56 2 2555 0101 PIN 3390",
    ],
)
def test_dial_in_pins_are_no_secrets(text: str) -> None:
    assert secrets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my bank card PIN: 7731",
        "Dial-in details below.\nATM PIN 4410",
        "alarm PIN 5521 for the back door",
    ],
)
def test_other_pins_are_kept(text: str) -> None:
    assert len(secrets(text)) == 1
