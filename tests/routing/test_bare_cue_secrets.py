"""Secrets after a bare cue word with no separator ("token x#9Kq!2mZp"), without taking
hashes, UUIDs, versions or prose for credentials (issue 12)."""

from __future__ import annotations

import pytest
from faker import Faker

from hybridsdk._types import PrivacyLabel
from hybridsdk.routing._bare_cue_secrets import BareCueSecretDetector, looks_like_credential
from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._privacy import PrivacyPolicy

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("token x#9Kq!2mZp", "x#9Kq!2mZp"),
        ("here is the token x#9Kq!2mZp, thanks", "x#9Kq!2mZp"),
        ("Authorization: Bearer 8fJ2-kQ9!xx", "8fJ2-kQ9!xx"),
        ("apikey Zk29dfA0pq8s7fTr", "Zk29dfA0pq8s7fTr"),
        ("api key Zk29dfA0pq8s7fTr.", "Zk29dfA0pq8s7fTr"),
        ("password Hunter2!", "Hunter2!"),
        ("Passwort Xy7$qq_rT", "Xy7$qq_rT"),
    ],
)
def test_values_after_a_bare_cue(text: str, value: str) -> None:
    assert value in secrets(text)


@pytest.mark.parametrize("seed", range(30))
def test_faker_passwords_after_bare_token(seed: int) -> None:
    """Faker's passwords (written by others) after the bare cues."""
    fake = Faker()
    fake.seed_instance(seed)
    value = str(fake.password(length=9 + seed % 6))
    for cue in ("token", "Bearer", "apikey"):
        assert value in secrets(f"{cue} {value}"), (cue, value)


@pytest.mark.parametrize(
    "text",
    [
        "token limit 4096",
        "Bearer authentication is required",
        "token v2.3.1-rc1 released",
        "bump token ERC-20-compatible",
        "charset ISO-8859-1, secret ingredient",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",  # git hash, no cue
        "token 123e4567-e89b-12d3-a456-426614174000 request id",  # canonical UUID
        "request id 123e4567e89b12d3a456426614174000",  # undashed UUID, no cue
        "token <SECRET_1>",  # a placeholder left by pseudonymisation
        "secret santa 2024-12-24",
        "password reset at https://x.io/r?a=1&b=Zk2",
        "token expired at 2025-02-08T10:32:08Z",
        "token ring network 802.5",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert not [f for f in BareCueSecretDetector()(text)], text


def test_known_answers_of_the_shape_rule() -> None:
    assert looks_like_credential("x#9Kq!2mZp")
    assert looks_like_credential("Zk29dfA0pq8s7fTr")  # 16 letters and digits
    assert not looks_like_credential("zk29dfa0")  # two classes, under 16: could be a word id
    assert not looks_like_credential("deadbeefdeadbeefdeadbeef")  # hex only
    assert not looks_like_credential("GPT-4-turbo")
    assert not looks_like_credential("abc!defgh")  # no digit


def test_a_bare_token_makes_the_request_restricted() -> None:
    a = PrivacyPolicy(scanner=SCANNER).assess("token x#9Kq!2mZp", PrivacyLabel.PUBLIC)
    assert a.effective_label is PrivacyLabel.RESTRICTED
