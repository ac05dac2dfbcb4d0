"""Random-looking names and ids that are no credential (session 11): generated resource
names, word-built identifiers, capital records, values keyed as ids, Digest auth fields.
Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._secret_lookalikes import id_keyed, looks_like_name

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


@pytest.mark.parametrize(
    "text",
    [
        # generated resource names (Kubernetes, Nomad, Compose)
        "Warning  BackOff  pod/billing-api-6c9d8b7f45-q2wzx  Back-off restarting container",
        "Successfully assigned payments/ledger-sync-84f6d9c7b2-mkt7p to node-3",
        "deployment.apps/search-indexer-5b7c9d2e1f-zz8kq scaled",
        "alloc nomad/frontend-web-3f9a2b7c81-rt5vn started",
        # word-built identifiers: algorithm names, providers, cipher suites
        "Signature Algorithm: sha384WithRSAEncryption",
        "Public Key Algorithm: id-ecPublicKey, ecdsa-with-SHA512",
        '<Provider Name="Microsoft-Windows-Kernel-PnP-Configuration" />',
        "cipher=TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 negotiated",
        "Firmado con: sha512WithRSAEncryption (Autoridad Certificadora)",
        # capital records: EDIFACT and GDS lines
        "UNB+UNOC:3+AIRLINEXYZ+BORDERAPI+261207:1200+77123'",
        "UNG+CUSRES+SENDERHQ+RECVPORT+261207'",
        "SSR DOCS YY HK1 P/DE/C01X00T47/DE/12AUG79/F/30NOV31/MUSTERFRAU/ERIKA/P1",
        # values keyed as ids
        '{"_index": "logs-2026.12", "_id": "Qm7Zt2LxW9pKc4RvNa8E", "_score": 2.1}',
        "eventId=Hk8sP2mZq7WxR4tYc9Lb processed",
        '"documentRef": "b7XkP2qL9mZt4WcR8sVn"',
        # Digest authentication: a challenge nonce and a response hash
        'Authorization: Digest username="4410", realm="pbx.example.org", '
        'nonce="6f1c2a9e0b7d4e3f8a5c1b2d3e4f5a6b", uri="sip:pbx.example.org", '
        'response="0a1b2c3d4e5f60718293a4b5c6d7e8f9"',
        'WWW-Authenticate: Digest realm="voip.example.net", nonce="a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4"',
    ],
)
def test_names_and_ids_are_no_secret(text: str) -> None:
    assert secrets(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # still secrets: random tokens, base32, keys whose own key names a credential
        ("api_token=Qm7Zt2LxW9pKc4RvNa8EjH3s", "Qm7Zt2LxW9pKc4RvNa8EjH3s"),
        ('"session_id": "Qm7Zt2LxW9pKc4RvNa8EjH3s"', "Qm7Zt2LxW9pKc4RvNa8EjH3s"),
        ("totp_secret: JBSWY3DPEHPK3PXPKR4TQ2LM", "JBSWY3DPEHPK3PXPKR4TQ2LM"),
        ("Authorization: Bearer b7XkP2qL9mZt4WcR8sVnAa01", "b7XkP2qL9mZt4WcR8sVnAa01"),
        ("client_secret=Zx81Lq0Pw7Rt4Yu2Io9Mn3Bv", "Zx81Lq0Pw7Rt4Yu2Io9Mn3Bv"),
    ],
)
def test_real_credentials_stay(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "token",
    [
        "HUTxq9Sf9prhYVR9xKhd",
        "JBSWY3DPEHPK3PXP",
        "a9Xk-Qm7Z_t2LxW9pKc4",
        "wJalrXUtnF/K7MDENG/bPxRfiCY",
    ],
)
def test_random_tokens_are_not_names(token: str) -> None:
    assert not looks_like_name(token)


def test_id_keys() -> None:
    assert id_keyed("_id") and id_keyed("docId") and id_keyed("order.ref")
    assert not id_keyed("key_id") and not id_keyed("session_id") and not id_keyed("token")
    assert not id_keyed(None) and not id_keyed("name")
