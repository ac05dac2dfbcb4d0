"""Property: under a strict policy no generated PII value reaches the bytes sent to the cloud.

Texts embed generated values (emails, Luhn-valid cards in several formats, IBANs with
valid checksums, SSNs, phones, IPv4/IPv6, MACs, coordinates, secrets) in random filler.
The bytes checked are the UTF-8 of `text_to_send` and the JSON body of an Open Inference
Protocol request carrying it as a BYTES tensor. The integrator will point `_wire_bodies`
at the real transport.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy
from hybridsdk.testing._pii_text import (
    make_phone,
)
from tests._pii_strategies import (
    _SCANNERS,
    _WORDS,
    SETTINGS,
    _forms,
    _policy,
    _wire_bodies,
    texts_with_pii,
)


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
