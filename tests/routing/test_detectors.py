"""Detectors: true and false positives per kind, checksums, overlaps, bad inputs."""

from __future__ import annotations

import argparse
import random
import subprocess
import sys

import pytest

from benchmarks import privacy as bench
from hybridsdk._exceptions import ConfigurationError, InputValidationError, MissingDependencyError
from hybridsdk.routing._detectors import (
    Finding,
    PhonenumbersDetector,
    PiiKind,
    PiiScanner,
    RegexPhoneDetector,
    SecretDetector,
    iban_valid,
    luhn_valid,
    resolve_overlaps,
    shannon_entropy,
)
from hybridsdk.testing._pii_text import (
    KINDS,
    generate,
    iban_with_checksum,
    luhn_complete,
    make_card,
    make_iban,
)


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(use_phonenumbers=True)


def found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in scanner.scan(text)]


# ---------------------------------------------------------------- checksums (known answers)


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("4111111111111111", True),
        ("5555555555554444", True),
        ("378282246310005", True),
        ("79927398713", True),  # the Luhn article's example
        ("4111111111111112", False),
        ("79927398710", False),
        ("", False),
        ("41x1", False),
    ],
)
def test_luhn_known_answers(digits: str, ok: bool) -> None:
    assert luhn_valid(digits) is ok


@pytest.mark.parametrize(
    ("iban", "ok"),
    [
        ("DE89 3704 0044 0532 0130 00", True),
        ("GB82WEST12345698765432", True),
        ("FR1420041010050500013M02606", True),
        ("NO9386011117947", True),
        ("DE88 3704 0044 0532 0130 00", False),  # check digits off by one
        ("GB82WEST1234569876543", False),  # one character short for GB
        ("ZZ82WEST12345698765432", False),  # no such country
        ("GB82WEST12345698765432!", False),
    ],
)
def test_iban_known_answers(iban: str, ok: bool) -> None:
    assert iban_valid(iban) is ok


def test_generators_agree_with_checksums() -> None:
    rng = random.Random(7)
    for _ in range(200):
        assert luhn_valid(make_card(rng, fmt="plain"))
        assert iban_valid(make_iban(rng))
    assert luhn_complete("7992739871") == "79927398713"
    assert iban_with_checksum("GB", "WEST12345698765432") == "GB82WEST12345698765432"


def test_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)


# ---------------------------------------------------------------- each detector, both ways


def test_email(scanner: PiiScanner) -> None:
    text = "Mail Anna.Smith+news@mail.corp.example.co.uk or bob@x.io, not me@localhost or a@b."
    assert found(scanner, text) == [
        ("email", "Anna.Smith+news@mail.corp.example.co.uk"),
        ("email", "bob@x.io"),
    ]


@pytest.mark.parametrize(
    "card",
    ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005"],
)
def test_card_formats(scanner: PiiScanner, card: str) -> None:
    assert found(scanner, f"paid with {card} today") == [("card", card)]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # Luhn fails
        "number 7992739871300001",  # Luhn-valid but no card scheme starts with 7
        "zeros 0000 0000 0000 0000",
        "ISBN 9780306406157",
        "id 4111-1111-1111-1111-7",  # dash-joined tail: one longer token
    ],
)
def test_card_false_positives(scanner: PiiScanner, text: str) -> None:
    assert [k for k, _ in found(scanner, text) if k == "card"] == []


def test_card_followed_by_separate_number(scanner: PiiScanner) -> None:
    text = "card 4111 1111 1111 1111 2024"
    assert found(scanner, text) == [("card", "4111 1111 1111 1111")]


def test_iban(scanner: PiiScanner) -> None:
    text = "IBAN DE89 3704 0044 0532 0130 00 ABCD and GB82WEST12345698765432."
    assert found(scanner, text) == [
        ("iban", "DE89 3704 0044 0532 0130 00"),
        ("iban", "GB82WEST12345698765432"),
    ]
    assert found(scanner, "IBAN DE88 3704 0044 0532 0130 00 is wrong") == []


def test_ssn(scanner: PiiScanner) -> None:
    text = "SSN 123-45-6780, 078-05-1120, 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567"
    assert found(scanner, text) == [("ssn", "123-45-6780")]
    assert found(scanner, "SSN: 219345678 ok") == [("ssn", "219345678")]
    assert found(scanner, "ref 219345678 ok") == []  # bare 9 digits need the SSN keyword


def test_ipv4(scanner: PiiScanner) -> None:
    text = "hosts 192.168.1.1, 10.0.0.1. and 999.1.1.1, 256.1.1.1, 01.2.3.4"
    assert found(scanner, text) == [("ipv4", "192.168.1.1"), ("ipv4", "10.0.0.1")]


def test_version_strings_are_not_ips(scanner: PiiScanner) -> None:
    # Decision: a bare dotted quad is an IP; after a version word, or longer, it is not.
    for text in ("version 1.2.3.4", "v1.2.3.4", "firmware 10.4.0.12", "build 1.2.3.4.5"):
        assert found(scanner, text) == [], text
    assert found(scanner, "ping 1.2.3.4") == [("ipv4", "1.2.3.4")]


def test_ipv6(scanner: PiiScanner) -> None:
    text = (
        "from 2001:db8::8a2e:370:7334 and fe80::1%eth0 and 2001:0db8:0000:0000:0000:ff00:0042:8329"
    )
    assert [k for k, _ in found(scanner, text)] == ["ipv6"] * 3
    for neg in ("at 12:30:45", "std::vector", "a::", "1:2:3", "dead:beef"):
        assert found(scanner, neg) == [], neg


def test_mac(scanner: PiiScanner) -> None:
    text = "mac 00:1a:2b:3c:4d:5e, 00-1A-2B-3C-4D-5E and 001a.2b3c.4d5e"
    assert [k for k, _ in found(scanner, text)] == ["mac"] * 3
    assert found(scanner, "null 00:00:00:00:00:00 bcast ff:ff:ff:ff:ff:ff") == []


def test_gps(scanner: PiiScanner) -> None:
    text = "at 48.85661, 2.35222 and 40.7128° N, 74.0060° W"
    assert found(scanner, text) == [
        ("gps", "48.85661, 2.35222"),
        ("gps", "40.7128° N, 74.0060° W"),
    ]
    for neg in ("prices 12.50, 13.25", "lat 95.12345, 10.12345", "lon 45.12345, 190.12345"):
        assert found(scanner, neg) == [], neg


@pytest.mark.parametrize(
    ("secret", "detector"),
    [
        ("AKIA4XQ7ZJ2L5MNBVC3T", "aws_access_key"),
        ("ghp_" + "a1B2c3D4e5" * 3 + "f6G7h8", "github_token"),
        ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat"),
        ("xoxb-123456789012-abcdefABCDEF", "slack_token"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "stripe_key"),
        ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "google_api_key"),
        ("sk-proj-abcdEFGH1234ijklMNOP5678", "openai_key"),
        (
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "jwt",
        ),
        ("Zx8Qa7Lk2Pm9Rt4Vw1Yb6Nc3", "entropy"),
        ("3f786850e387550fdab836ed7e6dc881de23001b", "entropy"),
    ],
)
def test_secrets(scanner: PiiScanner, secret: str, detector: str) -> None:
    text = f"key {secret} here"
    findings = scanner.scan(text)
    assert [(f.kind, f.value(text), f.detector) for f in findings] == [
        (PiiKind.SECRET, secret, detector)
    ]


def test_pem_block_spans_to_its_end(scanner: PiiScanner) -> None:
    text = "-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY----- after"
    assert found(scanner, text) == [("secret", text[: -len(" after")])]
    truncated = "start -----BEGIN PRIVATE KEY-----\nMIIabc and no end"
    assert found(scanner, truncated) == [("secret", truncated[len("start ") :])]


@pytest.mark.parametrize(
    "token",
    [
        "supercalifragilisticexpialidocious",
        "get_user_account_settings_v2",
        "HttpRequestHandlerFactoryBean",
        "550e8400-e29b-41d4-a716-446655440000",  # UUIDs are ids, not secrets
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
        "MT00CLJV27385KZVR5ZAT7S94C89QC3",  # IBAN-shaped, bad checksum
    ],
)
def test_low_entropy_or_id_tokens_are_not_secrets(scanner: PiiScanner, token: str) -> None:
    assert found(scanner, f"see {token} now") == []


def test_secret_after_equals_sign(scanner: PiiScanner) -> None:
    text = "export API_KEY=Zx8Qa7Lk2Pm9Rt4Vw1Yb6Nc3"
    assert found(scanner, text) == [("secret", "Zx8Qa7Lk2Pm9Rt4Vw1Yb6Nc3")]


@pytest.mark.parametrize("use_pn", [True, False])
def test_phones_both_detectors(use_pn: bool) -> None:
    s = PiiScanner(use_phonenumbers=use_pn)
    for phone in ("(415) 555-2671", "+44 20 7946 0958", "+33 1 42 68 53 00", "+1 312 867 5309"):
        assert found(s, f"call {phone} today") == [("phone", phone)], phone


@pytest.mark.parametrize("use_pn", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "on 2023-01-15 and 12/31/2024",
        "at 14:05:33",
        "order #G-2024-178999 shipped",
        "ORD-55812931",
        "ts 1700000000",
        "ISBN 978-3-16-148410-0",
        "price $1,234.56",
        "bad ip 938.25.123.49",
        "bad ssn 000-12-3456",
    ],
)
def test_phone_false_positives(use_pn: bool, text: str) -> None:
    assert found(PiiScanner(use_phonenumbers=use_pn), text) == []


def test_regex_phone_is_less_precise() -> None:
    # Documented: the fallback knows no numbering plan, so 555-0100 style and invalid area
    # codes pass; phonenumbers rejects an area code that does not exist.
    text = "call (123) 456-7890"
    assert found(PiiScanner(use_phonenumbers=False), text) == [("phone", "(123) 456-7890")]
    assert found(PiiScanner(use_phonenumbers=True), text) == []


# ---------------------------------------------------------------- overlaps and Finding


def test_overlap_most_confident_then_longest_wins() -> None:
    text = "x" * 40
    a = Finding(PiiKind.PHONE, 0, 10, 0.8)
    b = Finding(PiiKind.CARD, 5, 25, 0.99)
    c = Finding(PiiKind.SECRET, 20, 40, 0.7)
    d = Finding(PiiKind.SECRET, 30, 35, 0.7)
    assert resolve_overlaps([a, b, c, d]) == [b, d]
    e = Finding(PiiKind.IPV4, 0, 10, 0.9)
    f = Finding(PiiKind.IPV4, 0, 12, 0.9)
    assert resolve_overlaps([e, f]) == [f]
    assert text  # spans only, no value needed


def test_iban_beats_card_and_phone_inside_it(scanner: PiiScanner) -> None:
    text = "pay NL91ABNA0417164300 now"
    assert found(scanner, text) == [("iban", "NL91ABNA0417164300")]


def test_finding_repr_holds_no_value(scanner: PiiScanner) -> None:
    text = "mail anna@example.com card 4111 1111 1111 1111 key AKIA4XQ7ZJ2L5MNBVC3T"
    findings = scanner.scan(text)
    assert len(findings) == 3
    shown = repr(findings) + str(findings)
    for value in ("anna", "example", "4111", "1111", "AKIA", "IOSFODNN7"):
        assert value not in shown
    assert findings[1].preview == "#### #### #### #…"


def test_finding_validates_itself() -> None:
    with pytest.raises(ConfigurationError, match="start < end"):
        Finding(PiiKind.EMAIL, 5, 5, 0.5)
    with pytest.raises(ConfigurationError, match="confidence"):
        Finding(PiiKind.EMAIL, 0, 5, 1.5)


# ---------------------------------------------------------------- configuration and bad inputs


def test_scanner_rejects_non_text(scanner: PiiScanner) -> None:
    with pytest.raises(InputValidationError, match="str"):
        scanner.scan(b"bytes")  # type: ignore[arg-type]
    assert scanner.scan("") == []


def test_scanner_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="min_confidence"):
        PiiScanner(min_confidence=2.0)
    with pytest.raises(ConfigurationError, match="unknown PII kind"):
        PiiScanner(kinds=["passport"])
    with pytest.raises(ConfigurationError, match="callable"):
        PiiScanner([42])  # type: ignore[list-item]
    with pytest.raises(ConfigurationError, match="phone region"):
        PhonenumbersDetector(region="XX")
    with pytest.raises(ConfigurationError, match="min_length"):
        SecretDetector(min_length=4)


def test_plain_callable_detector_and_bad_output() -> None:
    def digits_seven(text: str) -> list[Finding]:
        i = text.find("7")
        return [] if i < 0 else [Finding(PiiKind.SECRET, i, i + 1, 0.5)]

    assert [f.start for f in PiiScanner([digits_seven]).scan("ab7")] == [2]
    with pytest.raises(ConfigurationError, match="not Finding"):
        PiiScanner([lambda t: ["oops"]]).scan("abc")  # type: ignore[list-item]
    with pytest.raises(ConfigurationError, match="past the end"):
        PiiScanner([lambda t: [Finding(PiiKind.EMAIL, 0, 99, 0.5)]]).scan("abc")


def test_filters_by_kind_and_confidence() -> None:
    text = "anna@example.com Zx8Qa7Lk2Pm9Rt4Vw1Yb6Nc3"
    assert [f.kind for f in PiiScanner(kinds=["email"]).scan(text)] == [PiiKind.EMAIL]
    assert [f.kind for f in PiiScanner(min_confidence=0.9).scan(text)] == [PiiKind.EMAIL]


def test_missing_phonenumbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "phonenumbers", None)  # import now raises ImportError
    with pytest.raises(MissingDependencyError, match=r"hybridsdk\[privacy\]"):
        PiiScanner(use_phonenumbers=True)
    fallback = PiiScanner()  # auto: regex fallback
    assert any(isinstance(d, RegexPhoneDetector) for d in fallback.detectors)


def test_import_does_not_load_phonenumbers() -> None:
    code = (
        "import sys, hybridsdk.routing._privacy, benchmarks.privacy;"
        "assert 'phonenumbers' not in sys.modules, 'phonenumbers imported at module top'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------- synthetic set and bench


def test_synthetic_set_is_seeded_and_labelled() -> None:
    data = generate(600, seed=3)
    assert len(data) == 600
    assert data == generate(600, seed=3)
    assert data != generate(600, seed=4)
    kinds = {s.kind for d in data for s in d.spans}
    assert kinds == set(KINDS)
    assert sum(1 for d in data if not d.spans) >= 150  # hard-negative-only texts
    for d in data:
        for s in d.spans:
            value = d.text[s.start : s.end]
            assert value == value.strip() and value, (s, d.text)
    with pytest.raises(ConfigurationError):
        generate(0)


def test_bench_runs_and_reports_per_kind() -> None:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    result = bench.run(parser.parse_args(["--n", "120", "--repeats", "1", "--no-eval-set"]))
    assert result["dataset"]["texts"] == 120
    for figures in result["scanners"].values():
        assert set(figures["per_kind"]) == set(KINDS)
        assert figures["overall"]["recall"] > 0.9
        assert figures["scan_texts_per_s"] > 0
    assert "precision" in bench.format_text(result).replace("prec", "precision")
    with pytest.raises(ConfigurationError):
        bench.run(parser.parse_args(["--n", "0"]))


@pytest.mark.parametrize("use_phonenumbers", [True, False])
def test_a_stray_number_before_a_phone_does_not_hide_it(use_phonenumbers: bool) -> None:
    # Found by the property test: the run "0 . . ((212" swallowed the phone's opening.
    text = "4000000000000002 the 0 . . ((212) 200-0000) 0"
    found = PiiScanner(use_phonenumbers=use_phonenumbers).scan(text)
    assert ("phone", "(212) 200-0000") in [(f.kind.value, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize("use_phonenumbers", [True, False])
def test_a_card_glued_to_a_phone_number_hides_neither(use_phonenumbers: bool) -> None:
    # Found by the property test: one long run of digit groups hid both values.
    text = "+44 20 7946 0000 4000 0000 0000 0002"
    found = PiiScanner(use_phonenumbers=use_phonenumbers).scan(text)
    assert [(f.kind.value, text[f.start : f.end]) for f in found] == [
        ("phone", "+44 20 7946 0000"),
        ("card", "4000 0000 0000 0002"),
    ]


@pytest.mark.parametrize("use_phonenumbers", [True, False])
def test_luhn_failing_card_shapes_do_not_turn_into_phones(use_phonenumbers: bool) -> None:
    for text in (
        "Value: 2221 2736 9039 7661.",
        "Ref 3419 802792 94141 noted",
        "See 6294 5299 3431 3519 1 in",
    ):
        assert PiiScanner(use_phonenumbers=use_phonenumbers).scan(text) == [], text


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("password: S3cr3t!pass", "secret", "S3cr3t!pass"),
        ("api_key=abcd1234abcd1234", "secret", "abcd1234abcd1234"),
        ("my ssn is 536221234", "ssn", "536221234"),
    ],
)
def test_labelled_values_are_found(text: str, kind: str, value: str) -> None:
    assert [(f.kind.value, text[f.start : f.end]) for f in PiiScanner().scan(text)] == [
        (kind, value)
    ]


@pytest.mark.parametrize("use_phonenumbers", [True, False])
def test_00_international_prefix(use_phonenumbers: bool) -> None:
    text = "call 0044 20 7946 0958 now"
    found = PiiScanner(use_phonenumbers=use_phonenumbers).scan(text)
    assert [(f.kind.value, text[f.start : f.end]) for f in found] == [
        ("phone", "0044 20 7946 0958")
    ]
