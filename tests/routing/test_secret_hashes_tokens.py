"""Password hashes read whole, more token shapes, and ids, digests and build numbers that
stay no secret (session 10, issue 12). Every value is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=False)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


_BCRYPT = "$2b$12$Qw8eRt5yUi2oPa9sDf3gHj6kLz1xCv4bNm7QwErTyUiOpAsDfGhJk"
_ARGON = "$argon2id$v=19$m=65536,t=3,p=4$bXlzYWx0c2FsdA$Zx9Cv8Bn7Mq6Wr5Et4Yu3Io2Pa1Sd0Fg9Hj8Kl7"
_SHA512 = "$6$rounds=5000$k9Pq2Rs7$Tz4Wm8Xn1Yb5Vc9Lq3Hd7Gf2Js6Ka0Ep4Ro8Iu2Ny6Mt0Bv3Cx7Zl1Qw5Ed9"
_DJANGO = "pbkdf2_sha256$720000$Pq7Rs2Tu9Vw4$Xy8Zb3Cd6Ef1Gh5Ij0Kl4Mn9Op2Qr7St1Uv6Wx3Yz8Ab="
_MD5CRYPT = "$1$Lm4Np8Qr$St2Uv6Wx0Yz4Ab8Cd2Ef6G"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"password_hash: {_BCRYPT}", _BCRYPT),
        (f'"pwd": "{_ARGON}"', _ARGON),
        (f"svc:{_SHA512}:19800:0:99999:7:::", _SHA512),
        (f"('ingrid', '{_DJANGO}', true)", _DJANGO),
        (f"backup:{_MD5CRYPT}:1", _MD5CRYPT),
        (f"Passwort-Hash {_BCRYPT}", _BCRYPT),
    ],
)
def test_a_password_hash_is_one_secret_whole(text: str, value: str) -> None:
    assert secrets(text) == [value]


def test_doppler_token_with_an_environment() -> None:
    token = "dp.st.staging." + "Kq7Wm2Xn9Yb4Vc8Lq3Hd6Gf1Js5Ka0Ep4Ro8Iu2Ny6"
    assert secrets(f"DOPPLER_TOKEN={token}") == [token]


@pytest.mark.parametrize(
    "text",
    [
        "echo $1$2$3$4",
        'awk "{print $1$2$3}"',
        "costs $1$ or $5$ per $6$ item",
        "sha256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        "commit 8d2f4a6c1e9b7d5f3a1c0e8b6d4f2a0c9e7b5d3f",
        "request_id=3b241101-e2bb-4255-8caf-4136c566a962",
        "Build: 20261104.3-rc1+c81e7a2",
        "Trace-Id: 4bf92f3577b34da6a3ce929d0e0e4736",
        'etag: W/"5e8f2a9c41b7d3e6f0a1c2b4d6e8f0a1"',
        "docker pull registry.local/api@sha256:"
        "a3f1c9e7b5d3f1a9c7e5b3d1f9a7c5e3b1d9f7a5c3e1b9d7f5a3c1e9b7d5f3a1",
        "tx 0x9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b",
        "ULID 01HQ7ZK3M9X2VB5N8R4T6W1YCD in the log",
    ],
)
def test_ids_digests_builds_and_shell_are_no_secrets(text: str) -> None:
    assert secrets(text) == []


def test_a_hex_key_with_0x_after_a_key_cue_is_still_a_secret() -> None:
    key = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
    assert secrets(f"private key: {key}") == [key]
    assert secrets(f"signing_key={key}") == [key]
