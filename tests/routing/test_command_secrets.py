"""Passwords given as protocol commands (session 11): Redis AUTH in MONITOR output and
redis-cli transcripts, FTP/POP3 PASS, IMAP LOGIN. Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('1765432100.118822 [0 10.1.4.7:51022] "AUTH" "Qz1P-Hk2m-884"', "Qz1P-Hk2m-884"),
        ('1765432100.2 [0 10.1.4.7:51022] "AUTH" "app_rw" "Rio.Tinto.77!"', "Rio.Tinto.77!"),
        ("127.0.0.1:6379> AUTH Mosaico2291\nOK", "Mosaico2291"),
        ("> USER anna\n> PASS Lirio#448\n< 230 Logged in", "Lirio#448"),
        ("a1 LOGIN anna.berg Tulipan77\na1 OK", "Tulipan77"),
    ],
)
def test_command_passwords(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        '1765432100.3 [0 10.1.4.7:51022] "AUTH" "****"',
        "127.0.0.1:6379> AUTH <redacted>",
        "NOAUTH Authentication required.",
        "please pass the salt",
        "> PASS\n< 501 Syntax error",
        "Auth failed for user anna",
    ],
)
def test_no_password_given(text: str) -> None:
    assert secrets(text) == []
