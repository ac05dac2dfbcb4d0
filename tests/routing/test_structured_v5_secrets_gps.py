"""Secrets and coordinates on the fifth dev sets (issue 12, session 9): a password cue's
value in a form's label and value cells, alarm codes, an article or possessive glued to
the loanword "password", abbreviated cues, generated passwords of letters and symbols
without a digit, session cookies; decimal pairs named as readings by a label or after a
firmware version. Every example is made up for this file."""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._bare_cue_secrets import random_with_symbols
from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str, kind: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("<dl><dt>Password</dt><dd>cedar-Hill-27</dd></dl>", "cedar-Hill-27"),
        ("<dt>Palavra-passe</dt><dd>Qz8!mare</dd>", "Qz8!mare"),
        ("<tr><th>Contraseña</th><td>Rio#4471x</td></tr>", "Rio#4471x"),
        ("<dt>비밀번호</dt><dd>jeju-Moon-19</dd>", "jeju-Moon-19"),
        ("<dt>رمز عبور</dt><dd>tabriz-Gol-42</dd>", "tabriz-Gol-42"),
        ("le code de l'alarme c'est givre@518, pas un mot", "givre@518"),
        ("código de la alarma: 7731", "7731"),
        ("кодът на алармата е Pm4%Lq-8Zx, не казвай", "Pm4%Lq-8Zx"),
        ("رمز دزدگیر Nahid#3391* هست", "Nahid#3391*"),
        ("password-ът е burgas4410 но го смени", "burgas4410"),
        ("password ـش kerman-Sib-77 هست", "kerman-Sib-77"),
        ("Wi-Fi: Lobby  slapt.: Kopa$5521", "Kopa$5521"),
        ("a pass do wifi é onda@3381 ok", "onda@3381"),
        ("Password reset, temporary password qWmTr_EkLpsZa sent by SMS", "qWmTr_EkLpsZa"),
        ("temporary password -QmZrTbWkpl sent by SMS to +32 470 12 34 56", "-QmZrTbWkpl"),
        ("temporary password ABcd%efg!hij sent", "ABcd%efg!hij"),
        (
            "GET / HTTP/1.1\nCookie: sessionid=4b1f0c9e2d7a3b6f8e1c5d0a9b2e7f4c6d3a8b1e; lang=en\n",
            "4b1f0c9e2d7a3b6f8e1c5d0a9b2e7f4c6d3a8b1e",
        ),
        (
            "Set-Cookie: PHPSESSID=q8v1n3k5m7p9r2t4w6y8z0; Path=/; HttpOnly",
            "q8v1n3k5m7p9r2t4w6y8z0",
        ),
    ],
)
def test_secrets_found(text: str, secret: str) -> None:
    assert found(text, "secret") == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "<dt>Password</dt><dd>required</dd>",
        "<dt>Username</dt><dd>cedar-Hill-27</dd>",
        "the password Hello-World is weak",
        "password read_only_Mode here",
        "password -Verbose flag",
        "Cookie: _ga=GA1.2.1234567890.1700000000; consent=yes; theme=dark",
        "Cookie: sid=deleted; csrftoken=abc",
        "the alarm code changed yesterday",
    ],
)
def test_no_secret(text: str) -> None:
    assert found(text, "secret") == []


def test_random_with_symbols_alone() -> None:
    assert random_with_symbols("K-p-R#tLmWqZs")
    assert not random_with_symbols("Hello-World")
    assert not random_with_symbols("abc12345!")  # digits: the other rules' business
    assert not random_with_symbols("short#A")


@pytest.mark.parametrize(
    "text",
    [
        "sensor readings at failure: 3.12871, 2.76604",
        "temperature in the server room: 3.16118, 2.75502.",
        "Температура в сървърното: 3.15551, 2.70914.",
        '"text": "دمای اتاق سرور: 3.18812, 2.73392"',
        "door open 9 min.\nfw 4.1.8-rc2; 3.11874, 2.79913",
        "fw 4.8.72.125; 0.8694, -9.7257, 0.1713",
    ],
)
def test_readings_are_no_coordinates(text: str) -> None:
    assert found(text, "gps") == []


@pytest.mark.parametrize(
    "text",
    [
        "sensor location: 48.85837, 2.29448",
        "Meet here: 48.85837, 2.29448",
        "Driver at 48.85837, 2.29448; fw 1.2.3",
    ],
)
def test_coordinates_stay(text: str) -> None:
    assert found(text, "gps") == ["48.85837, 2.29448"]


def test_a_hemisphere_letter_is_not_the_next_lines_word() -> None:
    text = "Posisjon: 59.7794, 10.8636\nE-post: kari@example.no"
    assert found(text, "gps") == ["59.7794, 10.8636"]
    assert found("Position: 48.8584 N, 2.2945 E", "gps") == ["48.8584 N, 2.2945 E"]
