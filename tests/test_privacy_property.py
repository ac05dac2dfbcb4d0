"""Property: under a strict policy no generated PII value reaches the bytes sent to the cloud.

Texts embed generated values (emails, Luhn-valid cards in several formats, IBANs with
valid checksums, SSNs, phones, IPv4/IPv6, MACs, coordinates, secrets) in random filler.
The bytes checked are the UTF-8 of `text_to_send` and the JSON body of an Open Inference
Protocol request carrying it as a BYTES tensor. The integrator will point `_wire_bodies`
at the real transport.
"""

from __future__ import annotations

import json
import random
import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridsdk.routing._detectors import PiiKind, PiiScanner, luhn_valid, shannon_entropy
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy
from hybridsdk.testing._pii_text import (
    CARD_PREFIXES,
    IBAN_BBAN_SHAPES,
    iban_with_checksum,
    luhn_complete,
    make_gps,
    make_mac,
    make_phone,
    make_secret,
)

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SCANNERS = {True: PiiScanner(use_phonenumbers=True), False: PiiScanner(use_phonenumbers=False)}


def _policy(action: PrivacyAction, use_phonenumbers: bool = True) -> PrivacyPolicy:
    """Everything detected raises to confidential and is scrubbed."""
    return PrivacyPolicy(
        scanner=_SCANNERS[use_phonenumbers],
        label_raises={kind: "confidential" for kind in PiiKind},
        confidential_action=action,
    )


# ---------------------------------------------------------------- value strategies

_lower_alnum = string.ascii_lowercase + string.digits

emails = st.builds(
    lambda local, tag, labels, tld: f"{local}{'+' + tag if tag else ''}@{'.'.join(labels)}.{tld}",
    st.from_regex(r"[a-z0-9]{1,10}(?:[._][a-z0-9]{1,8}){0,2}", fullmatch=True),
    st.one_of(st.none(), st.text(_lower_alnum, min_size=1, max_size=6)),
    st.lists(
        st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True), min_size=1, max_size=3
    ),
    st.sampled_from(("com", "org", "io", "co", "de", "museum")),
)


@st.composite
def cards(draw: st.DrawFn) -> str:
    prefix, length = draw(st.sampled_from(CARD_PREFIXES))
    body = prefix + draw(
        st.text(string.digits, min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1)
    )
    digits = luhn_complete(body)
    if len(set(digits)) == 1:  # the detector drops all-same-digit numbers; not real cards
        digits = luhn_complete(prefix + "1" * (length - len(prefix) - 2) + "2")
    sep = draw(st.sampled_from(("", " ", "-")))
    if not sep:
        return digits
    sizes = (4, 6, 5) if length == 15 else (4, 6, 4) if length == 14 else (4, 4, 4, 4, 3)
    groups, pos = [], 0
    for size in sizes:
        if pos < len(digits):
            groups.append(digits[pos : pos + size])
            pos += size
    return sep.join(groups)


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_BBAN_SHAPES)))
    alphabet = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.ascii_uppercase + string.digits,
    }
    bban = "".join(draw(st.sampled_from(alphabet[c])) for c in IBAN_BBAN_SHAPES[country])
    iban = iban_with_checksum(country, bban)
    if draw(st.booleans()):
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


ssns = st.builds(
    lambda a, g, s, sep: f"{a:03d}{sep}{g:02d}{sep}{s:04d}",
    st.integers(1, 899).filter(lambda a: a != 666),
    st.integers(1, 99),
    st.integers(1, 9999),
    st.sampled_from(("-", " ")),
)
ipv4s = st.ip_addresses(v=4).map(str)
ipv6s = (
    st.tuples(st.ip_addresses(v=6), st.booleans())
    .map(lambda t: t[0].exploded if t[1] else t[0].compressed)
    .filter(lambda s: sum(1 for g in s.split(":") if g) >= 2)
)  # "::1"-like are not hosts
seeded = st.randoms(use_true_random=False)
phones = seeded.map(make_phone)
try:
    import phonenumbers

    # A degenerate draw ("+81 3-0000-0000") is not a number any plan assigns.
    phones = phones.filter(lambda p: phonenumbers.is_valid_number(phonenumbers.parse(p, "US")))
except ImportError:  # pragma: no cover - the dev install has the privacy extra
    pass
macs = seeded.map(make_mac)
gps = seeded.map(make_gps)
secrets = st.tuples(
    seeded,
    st.sampled_from(
        (
            "aws",
            "github",
            "github_pat",
            "slack",
            "stripe",
            "google",
            "openai",
            "jwt",
            "pem",
            "entropy",
        )
    ),
).map(lambda t: (t[1], make_secret(t[0], style=t[1])))
# A random token is by definition high-entropy; a degenerate draw ("aaaa...0A") is not one.
secrets = secrets.filter(lambda t: t[0] != "entropy" or shannon_entropy(t[1]) >= 4.0).map(
    lambda t: t[1]
)

pii_values = st.one_of(emails, cards(), ibans(), ssns, phones, ipv4s, ipv6s, macs, gps, secrets)

_WORDS = (
    "the", "invoice", "please", "call", "meeting", "kiosk", "camera", "sent", "from",
    "Thursday", "ok", "thanks", "to", "and", "of", "Ref", "ID", "paid", "was", "at",
)  # fmt: skip
filler_tokens = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from((",", ".", "!", "?", ":", ";", "-", "(", ")")),
    st.integers(0, 999).map(str),
)


@st.composite
def texts_with_pii(draw: st.DrawFn) -> tuple[str, list[str]]:
    values = draw(st.lists(pii_values, min_size=1, max_size=4))
    parts: list[str] = []
    for value in values:
        parts.extend(draw(st.lists(filler_tokens, max_size=6)))
        wrap = draw(st.sampled_from(("{}", "({})", "{}.", "{},", '"{}"', "<{}>", "{}:")))
        parts.append(wrap.format(value))
    parts.extend(draw(st.lists(filler_tokens, max_size=6)))
    return " ".join(parts), values


# ---------------------------------------------------------------- what reaches the wire


def _wire_bodies(text_to_send: str) -> list[bytes]:
    """The bytes handed to the cloud transport for this text."""
    oip = {"inputs": [{"name": "text", "datatype": "BYTES", "shape": [1], "data": [text_to_send]}]}
    return [
        text_to_send.encode("utf-8"),
        json.dumps(oip).encode("utf-8"),
        json.dumps(oip, ensure_ascii=False).encode("utf-8"),
    ]


def _forms(value: str) -> list[bytes]:
    """The value and the normalised forms a reader could still recognise."""
    forms = {value}
    compact = re.sub(r"[\s-]", "", value)
    if compact.isdigit() and luhn_valid(compact):
        forms.add(compact)  # a card's digits-only form
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value):
        forms.add(value.replace(" ", ""))  # an IBAN's compact form
    if "\n" in value:  # PEM: each body line is key material on its own
        forms.update(line for line in value.splitlines() if len(line) >= 16)
    out = set()
    for form in forms:
        out.add(form.encode("utf-8"))
        out.add(json.dumps(form)[1:-1].encode("utf-8"))  # as escaped inside a JSON string
    return sorted(out)


def _assert_no_leak(text_to_send: str, values: list[str]) -> None:
    bodies = _wire_bodies(text_to_send)
    for value in values:
        for form in _forms(value):
            for body in bodies:
                assert form not in body, f"a {len(value)}-char PII value reached the wire"


@SETTINGS
@given(texts_with_pii())
def test_redact_lets_no_pii_reach_the_wire(sample: tuple[str, list[str]]) -> None:
    text, values = sample
    payload = _policy(PrivacyAction.REDACT).prepare_for_cloud(text, "internal")
    _assert_no_leak(payload.text_to_send, values)


@SETTINGS
@given(texts_with_pii())
def test_pseudonymise_lets_no_pii_reach_the_wire_and_restores(
    sample: tuple[str, list[str]],
) -> None:
    text, values = sample
    payload = _policy(PrivacyAction.PSEUDONYMISE).prepare_for_cloud(text, "public")
    _assert_no_leak(payload.text_to_send, values)
    assert payload.restore(payload.text_to_send) == text


@SETTINGS
@given(texts_with_pii())
def test_regex_phone_fallback_also_lets_no_pii_through(sample: tuple[str, list[str]]) -> None:
    text, values = sample
    payload = _policy(PrivacyAction.REDACT, use_phonenumbers=False).prepare_for_cloud(
        text, "internal"
    )
    _assert_no_leak(payload.text_to_send, values)


def test_the_leak_check_can_fail() -> None:
    # Sending as is must trip the check, or the properties above prove nothing.
    text = "mail anna@example.com card 4111-1111-1111-1111"
    payload = PrivacyPolicy(scanner=_SCANNERS[True], label_raises={}).prepare_for_cloud(
        text, "public"
    )
    with pytest.raises(AssertionError, match="reached the wire"):
        _assert_no_leak(payload.text_to_send, ["4111-1111-1111-1111"])
    assert b"4111111111111111" in _forms("4111-1111-1111-1111")


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(",.!?:;-()")), max_size=30).map(
        " ".join
    ),
    st.sampled_from(("public", "internal")),
)
def test_filler_alone_is_sent_unchanged(text: str, label: str) -> None:
    payload = _policy(PrivacyAction.REDACT).prepare_for_cloud(text, label)
    assert payload.text_to_send == text


@SETTINGS
@given(st.text(max_size=200), st.sampled_from(("public", "internal", "confidential")))
def test_arbitrary_text_never_crashes_and_round_trips(text: str, label: str) -> None:
    payload = _policy(PrivacyAction.PSEUDONYMISE).prepare_for_cloud(text, label)
    assert payload.restore(payload.text_to_send) == text


def test_random_seed_is_stable() -> None:
    assert make_phone(random.Random(1)) == make_phone(random.Random(1))
