"""The privacy policy: what may leave the device, and in what form.

A `PrivacyPolicy` scans a text for personal data, lets what it finds raise (never lower)
the request's `PrivacyLabel`, and picks an action per effective label:

    restricted    -> keep_local (never leaves the device)
    confidential  -> redact or pseudonymise (configurable; never sent as is)
    internal      -> send (configurable: redact / pseudonymise / keep_local)
    public        -> send (configurable likewise)

Pseudonymisation swaps each value for a numbered placeholder such as `<EMAIL_1>` and keeps
the mapping in a per-request `Pseudonymizer`, so the cloud's answer can be restored on the
device. The mapping never appears in reprs or logs. `prepare_for_cloud` returns the text to
send, the function that restores the answer, and an `EgressRecord` (kinds and counts, no
values) for the audit log. Tensors are not scanned: they carry the label they were given.
"""

from __future__ import annotations

import enum
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hybridsdk._exceptions import ConfigurationError, InputValidationError, PrivacyViolationError
from hybridsdk._types import InferenceRequest, PrivacyLabel, Reason
from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._findings import coerce_kind

__all__ = [
    "DEFAULT_LABEL_RAISES",
    "CloudPayload",
    "EgressRecord",
    "PrivacyAction",
    "PrivacyAssessment",
    "PrivacyPolicy",
    "Pseudonymizer",
]

logger = logging.getLogger("hybridsdk.routing.privacy")


class PrivacyAction(str, enum.Enum):
    """What happens to a request's text before the cloud sees it."""

    KEEP_LOCAL = "keep_local"
    REDACT = "redact"
    PSEUDONYMISE = "pseudonymise"
    SEND = "send"


# What each kind of finding raises a request's label to, at least.
DEFAULT_LABEL_RAISES: Mapping[PiiKind, PrivacyLabel] = {
    PiiKind.SECRET: PrivacyLabel.RESTRICTED,
    PiiKind.CARD: PrivacyLabel.CONFIDENTIAL,
    PiiKind.SSN: PrivacyLabel.CONFIDENTIAL,
    PiiKind.IBAN: PrivacyLabel.CONFIDENTIAL,
    PiiKind.EMAIL: PrivacyLabel.CONFIDENTIAL,
    PiiKind.PHONE: PrivacyLabel.CONFIDENTIAL,
    PiiKind.GPS: PrivacyLabel.CONFIDENTIAL,
    PiiKind.IPV4: PrivacyLabel.CONFIDENTIAL,
    PiiKind.IPV6: PrivacyLabel.CONFIDENTIAL,
    PiiKind.MAC: PrivacyLabel.CONFIDENTIAL,
    PiiKind.NATIONAL_ID: PrivacyLabel.CONFIDENTIAL,
    PiiKind.PERSON: PrivacyLabel.CONFIDENTIAL,
    PiiKind.ADDRESS: PrivacyLabel.CONFIDENTIAL,
    PiiKind.DOB: PrivacyLabel.CONFIDENTIAL,
}

_SCRUB_ACTIONS = (PrivacyAction.REDACT, PrivacyAction.PSEUDONYMISE)
_MAX_SCRUB_PASSES = 3


def _coerce_label(label: PrivacyLabel | str) -> PrivacyLabel:
    try:
        return PrivacyLabel(label)
    except ValueError:
        known = ", ".join(x.value for x in PrivacyLabel)
        raise ConfigurationError(f"unknown privacy label {label!r}; use one of: {known}") from None


def _coerce_action(action: PrivacyAction | str, what: str) -> PrivacyAction:
    try:
        return PrivacyAction(action)
    except ValueError:
        known = ", ".join(x.value for x in PrivacyAction)
        raise ConfigurationError(
            f"{what}: unknown action {action!r}; use one of: {known}"
        ) from None


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    return dict(sorted(Counter(f.kind.value for f in findings).items()))


def _describe(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{kind} x{n}" for kind, n in counts.items()) or "nothing"


_PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_(\d{1,6})>")


class Pseudonymizer:
    """Per-request reversible mapping between values and placeholders like `<EMAIL_1>`.

    One instance per request: it holds the original values, so it must not outlive the
    request, be logged, or be shared. Its repr shows only how many placeholders it holds.

    Args:
        reserved: text whose existing placeholder-like tokens must not be reused (the
            original text), so restoring never rewrites something the user wrote.
    """

    __slots__ = ("_counters", "_forward", "_reserved", "_reverse")

    def __init__(self, *, reserved: str = "") -> None:
        self._forward: dict[tuple[PiiKind, str], str] = {}
        self._reverse: dict[str, str] = {}
        self._counters: Counter[str] = Counter()
        self._reserved = frozenset(m.group(0) for m in _PLACEHOLDER_RE.finditer(reserved))

    def __repr__(self) -> str:
        return f"Pseudonymizer(placeholders={len(self._reverse)})"

    def __len__(self) -> int:
        return len(self._reverse)

    def __reduce__(self) -> Any:
        raise TypeError("a Pseudonymizer holds personal data and cannot be pickled")

    def placeholder(self, kind: PiiKind, value: str) -> str:
        """The placeholder for a value, the same one each time the value recurs.

        Args:
            kind: the value's kind; names the placeholder.
            value: the original value.
        """
        # Keyed by the exact spelling: restoring must give back the text as written.
        key = (kind, value)
        existing = self._forward.get(key)
        if existing is not None:
            return existing
        name = kind.value.upper()
        while True:
            self._counters[name] += 1
            token = f"<{name}_{self._counters[name]}>"
            if token not in self._reserved:
                break
        self._forward[key] = token
        # A later scrubbing pass can catch a value that holds earlier placeholders; store
        # it expanded so a single restore pass gives back the original text.
        self._reverse[token] = self.restore(value)
        return token

    def apply(self, text: str, findings: Sequence[Finding]) -> str:
        """The text with each finding swapped for its placeholder.

        Args:
            text: the scanned text.
            findings: non-overlapping findings in `text`.
        """
        return _splice(text, findings, lambda f: self.placeholder(f.kind, f.value(text)))

    def restore(self, answer: str) -> str:
        """The answer with every known placeholder put back to its value.

        One pass: restored values are not scanned again, and unknown placeholders stay.

        Args:
            answer: text that came back from the cloud.
        """
        if not self._reverse:
            return answer
        return _PLACEHOLDER_RE.sub(lambda m: self._reverse.get(m.group(0), m.group(0)), answer)


def _splice(text: str, findings: Sequence[Finding], replace: Callable[[Finding], str]) -> str:
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            raise ConfigurationError("findings overlap; resolve them before scrubbing")
        parts.append(text[pos : f.start])
        parts.append(replace(f))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def redact(text: str, findings: Sequence[Finding]) -> str:
    """The text with each finding replaced by its kind, e.g. `<EMAIL>`; not reversible.

    Args:
        text: the scanned text.
        findings: non-overlapping findings in `text`.
    """
    return _splice(text, findings, lambda f: f"<{f.kind.value.upper()}>")


@dataclass(frozen=True)
class PrivacyAssessment:
    """What the policy found in a request and what it will do.

    Attributes:
        label: the label the caller gave.
        effective_label: the label after detected data raised it (never lower).
        findings: what was found (spans and masked previews, no values).
        action: keep_local, redact, pseudonymise or send.
        reasons: why, as stable codes and words.
    """

    label: PrivacyLabel
    effective_label: PrivacyLabel
    findings: tuple[Finding, ...]
    action: PrivacyAction
    reasons: list[Reason] = field(default_factory=list)

    @property
    def may_leave(self) -> bool:
        """True when some form of the text may be sent to the cloud."""
        return self.action is not PrivacyAction.KEEP_LOCAL

    @property
    def counts(self) -> dict[str, int]:
        """Findings per kind."""
        return _counts(self.findings)


@dataclass(frozen=True)
class EgressRecord:
    """What left the device for one request: kinds and counts, never values.

    Attributes:
        label: the caller's label.
        effective_label: the label after detection.
        action: what was done to the text.
        scrubbed: per kind, how many values were redacted or pseudonymised.
        sent_as_is: per kind, how many detected values left unchanged (policy allowed it).
        chars_sent: length of the text that left.
    """

    label: PrivacyLabel
    effective_label: PrivacyLabel
    action: PrivacyAction
    scrubbed: dict[str, int]
    sent_as_is: dict[str, int]
    chars_sent: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form for the audit log."""
        return {
            "label": self.label.value,
            "effective_label": self.effective_label.value,
            "action": self.action.value,
            "scrubbed": dict(self.scrubbed),
            "sent_as_is": dict(self.sent_as_is),
            "chars_sent": self.chars_sent,
        }


def _identity(answer: str) -> str:
    return answer


@dataclass(frozen=True)
class CloudPayload:
    """The text that may leave the device, and how to restore the cloud's answer.

    Attributes:
        text_to_send: the (possibly scrubbed) text.
        restore: maps the cloud's answer back, replacing placeholders with the values.
        record: the audit record of what left.
        assessment: the assessment the payload was built from.
    """

    text_to_send: str = field(repr=False)
    restore: Callable[[str], str] = field(repr=False)
    record: EgressRecord
    assessment: PrivacyAssessment = field(repr=False)


class PrivacyPolicy:
    """Decides, per request, whether text stays local, leaves scrubbed, or leaves as is.

    Args:
        confidential_action: `pseudonymise` (default), `redact` or `keep_local`;
            confidential data never leaves as is.
        internal_action: action for internal requests (default `send`).
        public_action: action for public requests (default `send`).
        label_raises: kind -> label that a finding of that kind raises the request to, at
            least. Defaults to `DEFAULT_LABEL_RAISES` (secrets restricted, the rest
            confidential). Kinds missing from the mapping do not raise the label.
        scanner: the `PiiScanner` to use (default: all built-in detectors).
        scrub_kinds: which kinds redact/pseudonymise replace (default: every kind found).
        locale: default locale hint ("de_DE") for texts whose request gives none.
    """

    def __init__(
        self,
        *,
        confidential_action: PrivacyAction | str = PrivacyAction.PSEUDONYMISE,
        internal_action: PrivacyAction | str = PrivacyAction.SEND,
        public_action: PrivacyAction | str = PrivacyAction.SEND,
        label_raises: Mapping[PiiKind | str, PrivacyLabel | str] | None = None,
        scanner: PiiScanner | None = None,
        scrub_kinds: Iterable[PiiKind | str] | None = None,
        locale: str | None = None,
    ) -> None:
        conf = _coerce_action(confidential_action, "confidential_action")
        if conf is PrivacyAction.SEND:
            raise ConfigurationError(
                "confidential_action cannot be 'send': confidential data leaves only redacted "
                "or pseudonymised; use 'redact', 'pseudonymise' or 'keep_local'"
            )
        self._actions: dict[PrivacyLabel, PrivacyAction] = {
            PrivacyLabel.PUBLIC: _coerce_action(public_action, "public_action"),
            PrivacyLabel.INTERNAL: _coerce_action(internal_action, "internal_action"),
            PrivacyLabel.CONFIDENTIAL: conf,
            PrivacyLabel.RESTRICTED: PrivacyAction.KEEP_LOCAL,
        }
        raises = DEFAULT_LABEL_RAISES if label_raises is None else label_raises
        if not isinstance(raises, Mapping):
            raise ConfigurationError("label_raises must be a mapping of kind -> label")
        self.label_raises: dict[PiiKind, PrivacyLabel] = {
            coerce_kind(k): _coerce_label(v) for k, v in raises.items()
        }
        if scanner is not None and not isinstance(scanner, PiiScanner):
            raise ConfigurationError(
                f"scanner must be a PiiScanner, got {type(scanner).__name__}; wrap plain "
                "detectors with PiiScanner([...])"
            )
        self.scanner = scanner if scanner is not None else PiiScanner()
        self.scrub_kinds = (
            None if scrub_kinds is None else frozenset(coerce_kind(k) for k in scrub_kinds)
        )
        if locale is not None:
            from hybridsdk.routing._phone_region import region_from_locale

            region_from_locale(locale)  # a bad hint fails here, not on the first request
        self.locale = locale

    @classmethod
    def strict(cls, *, scanner: PiiScanner | None = None) -> PrivacyPolicy:
        """Every detected kind raises to confidential (secrets to restricted), and every
        label that may leave is redacted, not pseudonymised: nothing reversible is kept.

        Args:
            scanner: the `PiiScanner` to use.
        """
        raises: dict[PiiKind | str, PrivacyLabel | str] = {
            kind: PrivacyLabel.CONFIDENTIAL for kind in PiiKind
        }
        raises[PiiKind.SECRET] = PrivacyLabel.RESTRICTED
        return cls(
            confidential_action=PrivacyAction.REDACT,
            internal_action=PrivacyAction.REDACT,
            public_action=PrivacyAction.REDACT,
            label_raises=raises,
            scanner=scanner,
        )

    def action_for(self, label: PrivacyLabel | str) -> PrivacyAction:
        """The configured action for a label.

        Args:
            label: the effective label.
        """
        return self._actions[_coerce_label(label)]

    def assess(
        self, text: str, label: PrivacyLabel | str, *, locale: str | None = None
    ) -> PrivacyAssessment:
        """Scans `text` and decides what may leave.

        Args:
            text: the request's text.
            label: the caller's label; findings can only raise it.
            locale: the text's locale hint; defaults to the policy's.
        """
        if not isinstance(text, str):
            raise InputValidationError(
                f"assess() needs text as str, got {type(text).__name__}; decode bytes first"
            )
        given = _coerce_label(label)
        findings = tuple(self.scanner.scan(text, locale=locale or self.locale))
        effective = given
        reasons: list[Reason] = []
        raised_by: Counter[str] = Counter()
        for f in findings:
            target = self.label_raises.get(f.kind)
            if target is not None and target.rank > given.rank:
                raised_by[f.kind.value] += 1
                effective = effective.at_least(target)
        if effective is not given:
            reasons.append(
                Reason(
                    code="privacy.label_raised",
                    message=f"{_describe(dict(sorted(raised_by.items())))} found: label "
                    f"{given.value} raised to {effective.value}",
                )
            )
        action = self._actions[effective]
        reasons.append(self._action_reason(effective, action, findings))
        assessment = PrivacyAssessment(given, effective, findings, action, reasons)
        logger.debug(
            "privacy assess: label=%s effective=%s action=%s found=%s",
            given.value,
            effective.value,
            action.value,
            _describe(assessment.counts),
        )
        return assessment

    def assess_tensors(self, label: PrivacyLabel | str) -> PrivacyAssessment:
        """The decision for tensor inputs, which are not scanned and cannot be scrubbed.

        Restricted stays local; confidential stays local too, because tensors cannot be
        redacted; internal and public follow their action (a scrub action counts as
        keep_local, for the same reason).

        Args:
            label: the label the tensors were given.
        """
        given = _coerce_label(label)
        action = self._actions[given]
        if action in _SCRUB_ACTIONS:
            reason = Reason(
                code="privacy.tensors_not_scrubbable",
                message=f"{given.value} data may leave only scrubbed, and tensors cannot be "
                "scrubbed: keep local",
            )
            action = PrivacyAction.KEEP_LOCAL
        else:
            reason = self._action_reason(given, action, ())
        return PrivacyAssessment(given, given, (), action, [reason])

    def assess_request(self, request: InferenceRequest) -> PrivacyAssessment:
        """The decision for a whole request: its text scanned, its tensors by label.

        Args:
            request: the request.
        """
        text_part = (
            self.assess(request.text, request.privacy, locale=request.locale)
            if request.text is not None
            else None
        )
        if request.inputs is None:
            assert text_part is not None  # a request has inputs or text
            return text_part
        # The text's findings raise the label of the whole request, tensors included.
        label = text_part.effective_label if text_part is not None else request.privacy
        tensor_part = self.assess_tensors(label)
        if text_part is None:
            return tensor_part
        if tensor_part.action is PrivacyAction.KEEP_LOCAL:
            return PrivacyAssessment(
                text_part.label,
                text_part.effective_label,
                text_part.findings,
                PrivacyAction.KEEP_LOCAL,
                [*text_part.reasons, *tensor_part.reasons],
            )
        return text_part

    def prepare_for_cloud(
        self, text: str, label: PrivacyLabel | str, *, locale: str | None = None
    ) -> CloudPayload:
        """The form of `text` that may leave the device, or PrivacyViolationError.

        Args:
            text: the request's text.
            label: the caller's label.
            locale: the text's locale hint; defaults to the policy's.

        Raises:
            PrivacyViolationError: the effective label keeps the text on the device.
        """
        locale = locale or self.locale
        assessment = self.assess(text, label, locale=locale)
        if assessment.action is PrivacyAction.KEEP_LOCAL:
            raise PrivacyViolationError(
                f"this text must stay on the device: label {assessment.label.value}, effective "
                f"{assessment.effective_label.value} ({_describe(assessment.counts)} found). "
                "Run it on the local model, or remove the data before asking for the cloud."
            )
        if assessment.action is PrivacyAction.SEND:
            record = EgressRecord(
                assessment.label,
                assessment.effective_label,
                assessment.action,
                {},
                assessment.counts,
                len(text),
            )
            return CloudPayload(text, _identity, record, assessment)

        pseudonymizer = (
            Pseudonymizer(reserved=text)
            if assessment.action is PrivacyAction.PSEUDONYMISE
            else None
        )
        scrubbed: Counter[str] = Counter()
        current = text
        targets = self._scrub_targets(assessment.findings)
        kept = [f for f in assessment.findings if f not in targets]
        # Re-scan the result: scrubbing can join text into a new match; stop when clean.
        for _ in range(_MAX_SCRUB_PASSES):
            if not targets:
                break
            scrubbed.update(f.kind.value for f in targets)
            if pseudonymizer is not None:
                current = pseudonymizer.apply(current, targets)
            else:
                current = redact(current, targets)
            targets = self._scrub_targets(self.scanner.scan(current, locale=locale))
        else:
            if targets:
                raise PrivacyViolationError(
                    f"personal data still found after {_MAX_SCRUB_PASSES} scrubbing passes "
                    f"({_describe(_counts(targets))}); keep this request local"
                )
        record = EgressRecord(
            assessment.label,
            assessment.effective_label,
            assessment.action,
            dict(sorted(scrubbed.items())),
            _counts(kept),
            len(current),
        )
        logger.info("privacy egress: %s", record.to_dict())
        restore = pseudonymizer.restore if pseudonymizer is not None else _identity
        return CloudPayload(current, restore, record, assessment)

    def _scrub_targets(self, findings: Iterable[Finding]) -> list[Finding]:
        if self.scrub_kinds is None:
            return list(findings)
        return [f for f in findings if f.kind in self.scrub_kinds]

    @staticmethod
    def _action_reason(
        label: PrivacyLabel, action: PrivacyAction, findings: Sequence[Finding]
    ) -> Reason:
        found = _describe(_counts(findings))
        if action is PrivacyAction.KEEP_LOCAL:
            return Reason(
                code="privacy.keep_local",
                message=f"{label.value} data does not leave the device ({found} found)",
            )
        if action is PrivacyAction.SEND:
            return Reason(
                code="privacy.send", message=f"{label.value} data may leave as is ({found} found)"
            )
        return Reason(
            code=f"privacy.{action.value}",
            message=f"{label.value} data leaves only after {action.value} ({found} found)",
        )
