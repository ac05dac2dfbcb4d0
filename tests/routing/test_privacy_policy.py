"""The privacy policy: label raising, actions, scrubbing, restore, audit record, bad inputs."""

from __future__ import annotations

import json
import logging
import pickle

import numpy as np
import pytest

from hybridsdk._exceptions import ConfigurationError, InputValidationError, PrivacyViolationError
from hybridsdk._types import InferenceRequest, PrivacyLabel
from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._privacy import (
    PrivacyAction,
    PrivacyPolicy,
    Pseudonymizer,
    redact,
)

EMAIL = "anna.smith@example.com"
CARD = "4111 1111 1111 1111"
KEY = "AKIA4XQ7ZJ2L5MNBVC3T"
TEXT = f"Hi, I am {EMAIL}; charge {CARD} and email {EMAIL} again."


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(use_phonenumbers=True)


@pytest.fixture
def policy(scanner: PiiScanner) -> PrivacyPolicy:
    return PrivacyPolicy(scanner=scanner)


# ---------------------------------------------------------------- labels and actions


def test_findings_raise_the_label_never_lower(policy: PrivacyPolicy) -> None:
    a = policy.assess(TEXT, PrivacyLabel.PUBLIC)
    assert a.label is PrivacyLabel.PUBLIC
    assert a.effective_label is PrivacyLabel.CONFIDENTIAL
    assert a.action is PrivacyAction.PSEUDONYMISE
    assert a.counts == {"card": 1, "email": 2}
    assert a.reasons[0].code == "privacy.label_raised"
    assert "card x1, email x2" in a.reasons[0].message
    # Restricted stays restricted even though findings map to confidential.
    r = policy.assess(TEXT, "restricted")
    assert r.effective_label is PrivacyLabel.RESTRICTED
    assert r.action is PrivacyAction.KEEP_LOCAL and not r.may_leave
    assert [x.code for x in r.reasons] == ["privacy.keep_local"]


def test_secret_raises_to_restricted(policy: PrivacyPolicy) -> None:
    a = policy.assess(f"use {KEY}", PrivacyLabel.PUBLIC)
    assert a.effective_label is PrivacyLabel.RESTRICTED
    assert a.action is PrivacyAction.KEEP_LOCAL


@pytest.mark.parametrize(
    ("label", "action"),
    [
        ("public", PrivacyAction.SEND),
        ("internal", PrivacyAction.SEND),
        ("confidential", PrivacyAction.PSEUDONYMISE),
        ("restricted", PrivacyAction.KEEP_LOCAL),
    ],
)
def test_clean_text_follows_its_label(
    policy: PrivacyPolicy, label: str, action: PrivacyAction
) -> None:
    a = policy.assess("the kiosk restarted twice", label)
    assert a.findings == () and a.effective_label.value == label and a.action is action


def test_configurable_actions_and_raises(scanner: PiiScanner) -> None:
    p = PrivacyPolicy(
        scanner=scanner,
        confidential_action="redact",
        internal_action="redact",
        label_raises={"email": "internal", PiiKind.CARD: PrivacyLabel.RESTRICTED},
    )
    assert p.assess(f"mail {EMAIL}", "public").action is PrivacyAction.REDACT
    assert p.assess(TEXT, "public").action is PrivacyAction.KEEP_LOCAL
    # Kinds left out of the mapping do not raise the label.
    q = PrivacyPolicy(scanner=scanner, label_raises={})
    assert q.assess(TEXT, "public").action is PrivacyAction.SEND


# ---------------------------------------------------------------- prepare_for_cloud


def test_pseudonymise_round_trip(policy: PrivacyPolicy) -> None:
    payload = policy.prepare_for_cloud(TEXT, "internal")
    sent = payload.text_to_send
    assert EMAIL not in sent and "4111" not in sent
    assert sent == "Hi, I am <EMAIL_1>; charge <CARD_1> and email <EMAIL_1> again."
    answer = "Sent the receipt for <CARD_1> to <EMAIL_1>. Unknown <EMAIL_9> stays."
    assert payload.restore(answer) == (
        f"Sent the receipt for {CARD} to {EMAIL}. Unknown <EMAIL_9> stays."
    )
    assert payload.record.to_dict() == {
        "label": "internal",
        "effective_label": "confidential",
        "action": "pseudonymise",
        "scrubbed": {"card": 1, "email": 2},
        "sent_as_is": {},
        "chars_sent": len(sent),
    }


def test_redact_is_not_reversible(scanner: PiiScanner) -> None:
    p = PrivacyPolicy(scanner=scanner, confidential_action="redact")
    payload = p.prepare_for_cloud(TEXT, "confidential")
    assert payload.text_to_send == "Hi, I am <EMAIL>; charge <CARD> and email <EMAIL> again."
    assert payload.restore("<EMAIL> <EMAIL_1>") == "<EMAIL> <EMAIL_1>"


def test_restricted_raises_violation_without_values(policy: PrivacyPolicy) -> None:
    with pytest.raises(PrivacyViolationError, match="must stay on the device") as info:
        policy.prepare_for_cloud(f"key {KEY} for {EMAIL}", "internal")
    message = str(info.value)
    assert "secret x1" in message and "email x1" in message
    assert KEY not in message and EMAIL not in message


def test_send_as_is_is_recorded(scanner: PiiScanner) -> None:
    p = PrivacyPolicy(scanner=scanner, label_raises={})
    payload = p.prepare_for_cloud(TEXT, "public")
    assert payload.text_to_send == TEXT
    assert payload.restore("x") == "x"
    assert payload.record.sent_as_is == {"card": 1, "email": 2}
    assert payload.record.scrubbed == {}


def test_scrub_kinds_limits_what_is_replaced(scanner: PiiScanner) -> None:
    p = PrivacyPolicy(scanner=scanner, scrub_kinds=["card"])
    payload = p.prepare_for_cloud(TEXT, "confidential")
    assert "4111" not in payload.text_to_send and EMAIL in payload.text_to_send
    assert payload.record.scrubbed == {"card": 1}
    assert payload.record.sent_as_is == {"email": 2}


def test_user_text_that_looks_like_a_placeholder_is_not_rewritten(policy: PrivacyPolicy) -> None:
    text = f"literal <EMAIL_1> and real {EMAIL}"
    payload = policy.prepare_for_cloud(text, "confidential")
    assert payload.text_to_send == "literal <EMAIL_1> and real <EMAIL_2>"
    assert payload.restore(payload.text_to_send) == text


def test_pseudonymizer_is_consistent_and_private() -> None:
    p = Pseudonymizer()
    a = p.placeholder(PiiKind.CARD, "4111 1111 1111 1111")
    assert p.placeholder(PiiKind.CARD, "4111 1111 1111 1111") == a == "<CARD_1>"
    # Another spelling gets its own placeholder, so restoring gives back what was written.
    assert p.placeholder(PiiKind.CARD, "4111-1111-1111-1111") == "<CARD_2>"
    assert p.placeholder(PiiKind.EMAIL, "a@x.io") == "<EMAIL_1>"
    assert repr(p) == "Pseudonymizer(placeholders=3)" and len(p) == 3
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(p)
    # restore is one pass: a restored value that looks like a placeholder stays as is.
    q = Pseudonymizer()
    q.placeholder(PiiKind.EMAIL, "<EMAIL_2>@x.io")
    q.placeholder(PiiKind.EMAIL, "b@x.io")
    assert q.restore("<EMAIL_1>") == "<EMAIL_2>@x.io"


def test_payload_repr_and_logs_hold_no_values(
    policy: PrivacyPolicy, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="hybridsdk"):
        payload = policy.prepare_for_cloud(TEXT, "internal")
        policy.assess(TEXT, "public")
    shown = repr(payload) + json.dumps(payload.record.to_dict()) + caplog.text
    assert "privacy egress" in caplog.text
    for value in (EMAIL, "anna", "4111", "1111"):
        assert value not in shown


def test_overlapping_findings_are_refused() -> None:
    text = "abcdefghij"
    with pytest.raises(ConfigurationError, match="overlap"):
        redact(text, [Finding(PiiKind.EMAIL, 0, 5, 0.9), Finding(PiiKind.CARD, 3, 8, 0.9)])


# ---------------------------------------------------------------- tensors and requests


def test_tensors_carry_their_label(policy: PrivacyPolicy) -> None:
    assert policy.assess_tensors("public").action is PrivacyAction.SEND
    assert policy.assess_tensors("internal").action is PrivacyAction.SEND
    conf = policy.assess_tensors("confidential")
    assert conf.action is PrivacyAction.KEEP_LOCAL
    assert conf.reasons[0].code == "privacy.tensors_not_scrubbable"
    assert policy.assess_tensors("restricted").action is PrivacyAction.KEEP_LOCAL


def test_assess_request(policy: PrivacyPolicy) -> None:
    x = np.zeros((1, 4), dtype=np.float32)
    text_only = InferenceRequest(text=TEXT, privacy="internal")
    assert policy.assess_request(text_only).action is PrivacyAction.PSEUDONYMISE
    tensors_only = InferenceRequest(inputs={"x": x}, privacy="internal")
    assert policy.assess_request(tensors_only).action is PrivacyAction.SEND
    # PII in the text raises the whole request to confidential, and tensors cannot be
    # scrubbed: the request stays local.
    both_internal = InferenceRequest(inputs={"x": x}, text=TEXT, privacy="internal")
    assert policy.assess_request(both_internal).action is PrivacyAction.KEEP_LOCAL
    both_conf = InferenceRequest(inputs={"x": x}, text="hello", privacy="confidential")
    a = policy.assess_request(both_conf)
    assert a.action is PrivacyAction.KEEP_LOCAL
    assert [r.code for r in a.reasons][-1] == "privacy.tensors_not_scrubbable"


# ---------------------------------------------------------------- bad configuration and input


def test_configuration_errors(scanner: PiiScanner) -> None:
    with pytest.raises(ConfigurationError, match="cannot be 'send'"):
        PrivacyPolicy(scanner=scanner, confidential_action="send")
    with pytest.raises(ConfigurationError, match="unknown action"):
        PrivacyPolicy(scanner=scanner, internal_action="shred")
    with pytest.raises(ConfigurationError, match="unknown PII kind"):
        PrivacyPolicy(scanner=scanner, label_raises={"passport": "restricted"})
    with pytest.raises(ConfigurationError, match="unknown privacy label"):
        PrivacyPolicy(scanner=scanner, label_raises={"email": "secret"})
    with pytest.raises(ConfigurationError, match="must be a PiiScanner"):
        PrivacyPolicy(scanner=[lambda t: []])  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="mapping"):
        PrivacyPolicy(scanner=scanner, label_raises=[("email", "restricted")])  # type: ignore[arg-type]


def test_bad_inputs(policy: PrivacyPolicy) -> None:
    with pytest.raises(ConfigurationError, match="unknown privacy label"):
        policy.assess("hello", "top-secret")
    with pytest.raises(InputValidationError, match="str"):
        policy.assess(b"hello", "public")  # type: ignore[arg-type]
    with pytest.raises(InputValidationError, match="str"):
        policy.prepare_for_cloud(None, "public")  # type: ignore[arg-type]


def test_strict_policy(scanner: PiiScanner) -> None:
    p = PrivacyPolicy.strict(scanner=scanner)
    payload = p.prepare_for_cloud(f"ip 10.0.0.1 mail {EMAIL}", "public")
    assert payload.text_to_send == "ip <IPV4> mail <EMAIL>"
    with pytest.raises(PrivacyViolationError):
        p.prepare_for_cloud(f"key {KEY}", "public")


def test_tensors_follow_the_label_their_text_raised() -> None:
    import numpy as np

    from hybridsdk import InferenceRequest

    request = InferenceRequest(
        inputs={"x": np.zeros((1, 2), np.float32)},
        text="reach me at jane.doe@example.com",
        privacy="internal",
    )
    assessment = PrivacyPolicy().assess_request(request)
    assert assessment.effective_label.value == "confidential"
    assert not assessment.may_leave  # tensors cannot be scrubbed: they stay local
