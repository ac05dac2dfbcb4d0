"""Detectors of personal data and secrets in text.

Each detector is a callable `detector(text) -> Iterable[Finding]`. A `PiiScanner` runs a
set of them and resolves overlaps: the most confident finding wins, then the longest, then
the most specific kind. Findings hold a span and a masked preview, never the value itself,
so a `Finding` can be logged or printed safely; `finding.value(text)` reads the value back
from the text it came from.

Decisions worth knowing:
- Phone numbers use `phonenumbers` (extra "privacy") when installed. The regex fallback is
  less precise: it knows no numbering plans, so it accepts any 8-15 digit run written like
  a phone number that no context explains as another number. Both modes drop numbers
  after reference words, amounts, dates and id shapes, and take bare runs after a phone
  cue (`_phone_context.py`).
- A dotted quad such as 1.2.3.4 is reported as an IPv4 address (privacy errs on recall),
  except right after a version word ("version 1.2.3.4", "v1.2.3.4") or inside a longer
  dotted run ("1.2.3.4.5").
- Hex strings of 32+ characters (API keys, tokens) count as secrets; canonical UUIDs do not.
- GPS pairs need 4+ decimals on both numbers (about 11 m), or hemisphere letters, so that
  prices and measurements ("12.50, 13.25") are not taken for coordinates.

Where things live: the data types in `_findings.py`, the value checks in
`_value_checks.py`, the detectors in modules named for their kind (`_email_detector.py`,
`_iban_detector.py`, `_ssn_detector.py`, `_ip_detectors.py`, `_gps_detector.py`,
`_phone_detectors.py`, `_secret_detector.py`, ...). This module keeps the scanner, the
default detector set and the overlap resolution, and still answers for every name it
used to define.

Regexes are compiled once at import; this module is not imported by `import hybridsdk`.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from hybridsdk._exceptions import ConfigurationError, InputValidationError
from hybridsdk.routing._email_detector import EmailDetector
from hybridsdk.routing._findings import Detector, Finding, PiiKind, coerce_kind
from hybridsdk.routing._gps_detector import GpsDetector
from hybridsdk.routing._iban_detector import IbanDetector
from hybridsdk.routing._ip_detectors import Ipv4Detector, Ipv6Detector
from hybridsdk.routing._phone_context import (
    forget_runs,
)
from hybridsdk.routing._ssn_detector import SsnDetector
from hybridsdk.routing._value_checks import (
    iban_valid,
    luhn_valid,
    shannon_entropy,
)

__all__ = [
    "Detector",
    "Finding",
    "PiiKind",
    "PiiScanner",
    "default_detectors",
    "iban_valid",
    "luhn_valid",
    "resolve_overlaps",
    "shannon_entropy",
]

logger = logging.getLogger("hybridsdk.routing.privacy")


# Breaks ties between equally confident, equally long overlapping findings.
_SPECIFICITY = {
    PiiKind.SECRET: 9,
    PiiKind.NATIONAL_ID: 7,
    PiiKind.DOB: -1,
    PiiKind.ADDRESS: -2,
    PiiKind.PERSON: -3,
    PiiKind.IBAN: 8,
    PiiKind.CARD: 7,
    PiiKind.SSN: 6,
    PiiKind.EMAIL: 5,
    PiiKind.MAC: 4,
    PiiKind.IPV6: 3,
    PiiKind.IPV4: 2,
    PiiKind.GPS: 1,
    PiiKind.PHONE: 0,
}

_FREE_FORM = frozenset({PiiKind.PERSON, PiiKind.ADDRESS, PiiKind.DOB})

# ---------------------------------------------------------------- checksums and helpers


# ---------------------------------------------------------------- regex detectors

# ---------------------------------------------------------------- phone numbers

# Phone detectors live in `_phone_detectors.py` (session 10).


def _onnxruntime_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("onnxruntime") is not None


def phonenumbers_available() -> bool:
    """True when the optional `phonenumbers` package can be imported."""
    try:
        import phonenumbers  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------- scanner


def default_detectors(
    *,
    phone_region: str = "US",
    use_phonenumbers: bool | None = None,
    locale: str | None = None,
    ner: bool | None = None,
) -> list[Detector]:
    """The built-in detectors, one per `PiiKind`.

    Args:
        phone_region: region assumed for phone numbers without a country code.
        use_phonenumbers: True requires `phonenumbers` (MissingDependencyError when absent),
            False forces the less precise regex, None uses it when installed.
        locale: default locale hint ("de_DE") for reading national phone numbers.
        ner: True requires the name/address/date-of-birth tagger (extra "onnx"), False
            is the regex-only mode for the smallest devices (no names or addresses; birth
            dates only after a cue), None uses the tagger when onnxruntime is installed.
    """
    # Imported here: these modules build on the classes above.
    from hybridsdk.routing._bare_cue_secrets import BareCueSecretDetector
    from hybridsdk.routing._birth_date_gedcom import GedcomBirthDetector
    from hybridsdk.routing._birth_dates import BirthDateDetector
    from hybridsdk.routing._cards import CardDetector
    from hybridsdk.routing._cookie_secrets import CookieSecretDetector
    from hybridsdk.routing._email_obfuscated import ObfuscatedEmailDetector
    from hybridsdk.routing._gps_forms import (
        DmsGpsDetector,
        GpsFieldPairDetector,
        HemisphereGpsDetector,
    )
    from hybridsdk.routing._id_generic import GenericIdDetector
    from hybridsdk.routing._id_records import RecordIdDetector
    from hybridsdk.routing._mac import MacDetector
    from hybridsdk.routing._national_ids import NationalIdDetector
    from hybridsdk.routing._national_ids_intl import IntlNationalIdDetector
    from hybridsdk.routing._national_ids_world import WorldNationalIdDetector
    from hybridsdk.routing._phone_detectors import RegexPhoneDetector
    from hybridsdk.routing._phone_links import PhoneLinkDetector
    from hybridsdk.routing._phone_region import RegionalPhoneDetector
    from hybridsdk.routing._phone_spoken import SpokenPhoneDetector
    from hybridsdk.routing._phone_vanity import VanityPhoneDetector
    from hybridsdk.routing._secret_detector import SecretDetector
    from hybridsdk.routing._travel_documents import TravelDocumentDetector
    from hybridsdk.routing._travel_segments import TravelSegmentDetector
    from hybridsdk.routing._ubl_parties import UblPartyTaxIdDetector

    if use_phonenumbers is None:
        use_phonenumbers = phonenumbers_available()
        if not use_phonenumbers:
            logger.info(
                "phonenumbers not installed: using the less precise regex phone detector; "
                'pip install "hybridsdk[privacy]" for numbering-plan checks'
            )
    phone: Detector = (
        RegionalPhoneDetector(default_region=phone_region, locale=locale)
        if use_phonenumbers
        else RegexPhoneDetector()
    )
    tagger: list[Detector] = []
    if ner is None:
        ner = _onnxruntime_available()
        if not ner:
            logger.info(
                "onnxruntime not installed: regex-only privacy detection, no names or addresses "
                '(birth dates only after a cue); pip install "hybridsdk[onnx]" for the tagger'
            )
    if ner:
        from hybridsdk.routing._ner import NerDetector

        tagger.append(NerDetector())
    return [
        *tagger,
        SecretDetector(),
        BareCueSecretDetector(),
        CookieSecretDetector(),
        BirthDateDetector(),
        GedcomBirthDetector(),
        NationalIdDetector(),
        IntlNationalIdDetector(),
        WorldNationalIdDetector(),
        TravelDocumentDetector(),
        TravelSegmentDetector(),
        GenericIdDetector(),
        RecordIdDetector(),
        UblPartyTaxIdDetector(),
        ObfuscatedEmailDetector(),
        DmsGpsDetector(),
        GpsFieldPairDetector(),
        HemisphereGpsDetector(),
        IbanDetector(),
        CardDetector(),
        SsnDetector(),
        EmailDetector(),
        MacDetector(),
        Ipv6Detector(),
        Ipv4Detector(),
        GpsDetector(),
        phone,
        VanityPhoneDetector(),
        SpokenPhoneDetector(),
        PhoneLinkDetector(),
    ]


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keeps non-overlapping findings: most confident, then longest, then most specific.

    Args:
        findings: candidate findings, possibly overlapping.

    Returns:
        The kept findings sorted by start.
    """
    ranked = sorted(
        findings,
        key=lambda f: (-f.confidence, -f.length, -_SPECIFICITY.get(f.kind, -1), f.start),
    )
    # Kept spans sorted by (start, end); being disjoint, their ends rise too, so the
    # only kept span that can overlap a new one is the last that starts before it ends.
    # (Checking every kept span was quadratic: 5 s for 100k characters of "a@b.co ".)
    spans: list[tuple[int, int]] = []
    kept: list[Finding] = []
    for f in ranked:
        j = bisect.bisect_left(spans, (f.end, -1))
        if j and spans[j - 1][1] > f.start and spans[j - 1][0] < f.end:
            continue
        at = bisect.bisect_left(spans, (f.start, f.end))
        spans.insert(at, (f.start, f.end))
        kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept


# Not inside a longer run of dotted groups: "05.68.23.87.95" is a French phone number.
_TIMESTAMP_RE = re.compile(
    r"(?<!\d)(?<!\d[./])(?:"
    # "8-7272-67-53-89" (Kazakhstan) holds no date: a month of 01-12, no digit group glued
    # before by a dash
    r"(?<!\d-)\d{4}[-/.](?:0\d|1[0-2])[-/.]\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?(?!\d)"
    r"|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?!\d)"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,? \d{1,2}:\d{2}(?::\d{2})?)?(?!\d)"
    r")(?![./]\d)"
)


_PLUS_RUN_BEFORE_RE = re.compile(r"\+[\d. ]{0,8}$")
# Decimal digits of the scripts phone numbers are written in: Arabic-Indic, Persian, NKo,
# the Indian scripts, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth
# (and the fullwidth plus, hyphen and parentheses).
_DIGIT_BLOCKS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
)  # fmt: skip
_PHONE_OTHER_DIGITS = {b + i: ord("0") + i for b in _DIGIT_BLOCKS for i in range(10)}
_PHONE_OTHER_DIGITS.update({0xFF0B: ord("+"), 0xFF0D: ord("-"), 0xFF08: ord("("), 0xFF09: ord(")")})
_PHONE_OTHER_DIGIT_RE = re.compile(
    "[" + "".join(f"{chr(b)}-{chr(b + 9)}" for b in _DIGIT_BLOCKS) + "\uff0b\uff0d\uff08\uff09]"
)


class PiiScanner:
    """Runs detectors over a text and returns non-overlapping findings.

    Args:
        detectors: detectors to run; plain callables `text -> Iterable[Finding]` work.
            Defaults to `default_detectors(...)`.
        phone_region: region for phone numbers without a country code (default detectors).
        use_phonenumbers: see `default_detectors`.
        ner: the name/address/date-of-birth tagger; see `default_detectors`.
        min_confidence: findings below this confidence are dropped.
        kinds: only report these kinds (default: all).
        role_mailboxes: report generic role addresses ("careers@", "info@", "noreply@" of
            a company) like any address (default). False leaves them unmasked; a
            personal address ("jane.doe@", "hr.anna@") is reported either way
            (`_role_mailboxes.py`).
    """

    def __init__(
        self,
        detectors: Sequence[Detector] | None = None,
        *,
        phone_region: str = "US",
        use_phonenumbers: bool | None = None,
        ner: bool | None = None,
        min_confidence: float = 0.0,
        kinds: Iterable[PiiKind | str] | None = None,
        role_mailboxes: bool = True,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigurationError(f"min_confidence must be in [0, 1], got {min_confidence}")
        self.detectors: list[Detector] = (
            list(detectors)
            if detectors is not None
            else default_detectors(
                phone_region=phone_region, use_phonenumbers=use_phonenumbers, ner=ner
            )
        )
        for d in self.detectors:
            if not callable(d):
                raise ConfigurationError(
                    f"a detector must be callable as detector(text) -> findings, got {type(d).__name__}"
                )
        self.min_confidence = min_confidence
        self.kinds = None if kinds is None else frozenset(coerce_kind(k) for k in kinds)
        self.role_mailboxes = role_mailboxes

    def scan(self, text: str, *, locale: str | None = None) -> list[Finding]:
        """Findings in `text`, non-overlapping and sorted by position.

        Args:
            text: the text to scan.
            locale: a locale hint ("de_DE", "pt-BR") for detectors that read it (phone
                numbers written without a country code).
        """
        if not isinstance(text, str):
            raise InputValidationError(
                f"privacy scanning needs text as str, got {type(text).__name__}; "
                "decode bytes first (text.decode('utf-8'))"
            )
        if not text:
            return []
        candidates: list[Finding] = []
        # Phone numbers last, on the text with what other detectors found blanked out: a
        # card or an IBAN glued to a phone number would otherwise hide it in one long run.
        # (A phone detector that must see the text unmasked says so: `reads_unmasked`.)
        phones = [
            d
            for d in self.detectors
            if getattr(d, "kind", None) is PiiKind.PHONE and not getattr(d, "reads_unmasked", False)
        ]
        others = [d for d in self.detectors if not any(d is p for p in phones)]
        for detector in others:
            self._collect(detector, text, len(text), candidates, locale)
        if phones:
            masked = text
            # Timestamps and dates are blanked too: "2025-02-08 10:32:08,306" is no phone.
            # Tagged names and addresses are not blanked: a phone number inside one is
            # still read (and wins the overlap, being checked against a numbering plan).
            # Birth dates after a cue are blanked too ("geb. 13-10-1957" is no phone).
            blanks = [
                (f.start, f.end)
                for f in candidates
                if (f.kind not in _FREE_FORM or f.detector == "dob_cue")
                and f.detector != "mac_phone_shaped"  # its phone reading wins (`_mac.py`)
            ]
            blanks += [
                m.span()
                for m in _TIMESTAMP_RE.finditer(text)
                # "+33.1.23.45.67.89": dotted groups of an international number, no date
                if not _PLUS_RUN_BEFORE_RE.search(text, max(0, m.start() - 9), m.start())
            ]
            if blanks:
                chars = list(text)
                for a, b in blanks:
                    chars[a:b] = " " * (b - a)
                masked = "".join(chars)
            if _PHONE_OTHER_DIGIT_RE.search(masked) is not None:
                # Arabic-Indic, fullwidth ... digits of other scripts, one for one
                masked = masked.translate(_PHONE_OTHER_DIGITS)
            if "\u00a0" in masked or "\u202f" in masked:
                # No-break spaces from web pages ("+49\u00a030\u00a0123456"): same length, so
                # offsets hold; the shape-only detector reads plain spaces only.
                masked = masked.replace("\u00a0", " ").replace("\u202f", " ")
            try:
                for detector in phones:
                    self._collect(detector, masked, len(text), candidates, locale)
            finally:
                forget_runs()  # the phone checks' cache must not keep the text alive
        if any(f.kind is PiiKind.DOB and f.detector == "ner" for f in candidates):
            candidates = _drop_uncued_birth_dates(text, candidates)
        if any(f.kind in _FREE_FORM for f in candidates):
            from hybridsdk.routing._name_repeats import spread_free_form
            from hybridsdk.routing._span_rules import shape_free_form
            from hybridsdk.routing._structure import forget_structure

            try:
                candidates = spread_free_form(text, shape_free_form(text, candidates))
            finally:
                forget_structure()  # read once by both passes; must not keep the text alive
        from hybridsdk.routing._id_suffixes import with_id_suffixes
        from hybridsdk.routing._phone_plus_word import with_spoken_plus
        from hybridsdk.routing._value_repeats import spread_values

        found = spread_values(
            text, with_spoken_plus(text, with_id_suffixes(text, resolve_overlaps(candidates)))
        )
        if "/" in text or "NAD+" in text:
            from hybridsdk.routing._travel_names import travel_names

            found = travel_names(text, found)
        if "=" in text or "  - " in text:
            from hybridsdk.routing._citation_names import citation_names

            found = citation_names(text, found)
        if "\n" in text:
            from hybridsdk.routing._roster_names import roster_names

            found = roster_names(text, found)
            if not any(
                f.kind in (PiiKind.PERSON, PiiKind.ADDRESS) and f.detector == "ner" for f in found
            ):
                from hybridsdk.routing._record_fields import unseen_records

                found = unseen_records(text, found)
        from hybridsdk.routing._cue_names import cue_names

        found = cue_names(text, found)
        if not self.role_mailboxes and "@" in text:
            from hybridsdk.routing._role_mailboxes import is_role_mailbox

            found = [
                f
                for f in found
                if f.kind is not PiiKind.EMAIL or not is_role_mailbox(text[f.start : f.end])
            ]
        return found

    def _collect(
        self,
        detector: Detector,
        text: str,
        length: int,
        candidates: list[Finding],
        locale: str | None = None,
    ) -> None:
        found = (
            detector(text, locale=locale)  # type: ignore[call-arg]
            if locale is not None and getattr(detector, "accepts_locale", False)
            else detector(text)
        )
        for f in found:
            if not isinstance(f, Finding):
                raise ConfigurationError(
                    f"detector {detector!r} yielded {type(f).__name__}, not Finding"
                )
            if f.end > length:
                raise ConfigurationError(
                    f"detector {detector!r} reported a span past the end of the text"
                )
            if f.confidence < self.min_confidence:
                continue
            if self.kinds is not None and f.kind not in self.kinds:
                continue
            candidates.append(f)


def _drop_uncued_birth_dates(text: str, candidates: list[Finding]) -> list[Finding]:
    """Drops the tagger's birth dates with no birth cue around them: it also tags
    appointment, delivery and invoice dates (hybridsdk/routing/_birth_dates.py)."""
    from hybridsdk.routing._birth_dates import tagged_birth_date_ok

    return [
        f
        for f in candidates
        if not (f.kind is PiiKind.DOB and f.detector == "ner")
        or tagged_birth_date_ok(text, f.start, f.end)
    ]


# Names moved to modules of their own in session 10 (`_secret_detector.py`,
# `_phone_detectors.py`) and 12 (`_findings.py`, `_value_checks.py`, `_email_detector.py`,
# `_iban_detector.py`, `_ssn_detector.py`, `_ip_detectors.py`, `_gps_detector.py`): still
# importable from here, loaded on first use (PEP 562), so that those modules can import
# `Finding` and `PiiKind` without importing this one.
_MOVED = {
    "_PREVIEW_MAX": "hybridsdk.routing._findings",
    "_mask": "hybridsdk.routing._findings",
    "IBAN_LENGTHS": "hybridsdk.routing._value_checks",
    "READING_BEFORE_RE": "hybridsdk.routing._gps_detector",
    "_SCRIPTS": "hybridsdk.routing._email_detector",
    "_LOCAL_SCRIPTS": "hybridsdk.routing._email_detector",
    "_CJK_TLDS": "hybridsdk.routing._email_detector",
    "_LOCAL": "hybridsdk.routing._email_detector",
    "_LABEL": "hybridsdk.routing._email_detector",
    "_CASE_SUFFIX": "hybridsdk.routing._email_detector",
    "_EMAIL_RE": "hybridsdk.routing._email_detector",
    "_SSH_REMOTE_AFTER_RE": "hybridsdk.routing._email_detector",
    "_EMAIL_URLENC_RE": "hybridsdk.routing._email_detector",
    "_RETINA_RE": "hybridsdk.routing._email_detector",
    "_IBAN_START_RE": "hybridsdk.routing._iban_detector",
    "_IBAN_SEPARATORS": "hybridsdk.routing._iban_detector",
    "_iban_walk": "hybridsdk.routing._iban_detector",
    "_SSN_RE": "hybridsdk.routing._ssn_detector",
    "_SSN_PLAIN_RE": "hybridsdk.routing._ssn_detector",
    "_SSN_KNOWN_INVALID": "hybridsdk.routing._ssn_detector",
    "ssn_valid": "hybridsdk.routing._ssn_detector",
    "_IPV4_RE": "hybridsdk.routing._ip_detectors",
    "_VERSION_BEFORE_RE": "hybridsdk.routing._ip_detectors",
    "_OUTLINE_BEFORE_RE": "hybridsdk.routing._ip_detectors",
    "_PRODUCT_BEFORE_RE": "hybridsdk.routing._ip_detectors",
    "_PRODUCT_WORDS_NOT": "hybridsdk.routing._ip_detectors",
    "_TWO_DIGIT_QUAD_RE": "hybridsdk.routing._ip_detectors",
    "_text_region": "hybridsdk.routing._ip_detectors",
    "_IPV6_RE": "hybridsdk.routing._ip_detectors",
    "_GPS_RE": "hybridsdk.routing._gps_detector",
    "_CONSTANTS": "hybridsdk.routing._gps_detector",
    "_NUM_RUN_RE": "hybridsdk.routing._gps_detector",
    "_not_coordinates": "hybridsdk.routing._gps_detector",
    "_TOKEN_RE": "hybridsdk.routing._secret_detector",
    "_UUID_RE": "hybridsdk.routing._secret_detector",
    "_HEX_RE": "hybridsdk.routing._secret_detector",
    "_HEX_SECRET_CUE_RE": "hybridsdk.routing._secret_detector",
    "_OWN_KEY_RE": "hybridsdk.routing._secret_detector",
    "_ULID_RE": "hybridsdk.routing._secret_detector",
    "_ID_CUE_RE": "hybridsdk.routing._secret_detector",
    "_HEX_DIGEST_CUE_RE": "hybridsdk.routing._secret_detector",
    "_PEM_MARK_RE": "hybridsdk.routing._secret_detector",
    "_SSH_PUBLIC_BEFORE_RE": "hybridsdk.routing._secret_detector",
    "_SSH_BLOB_RE": "hybridsdk.routing._secret_detector",
    "_SRI_RE": "hybridsdk.routing._secret_detector",
    "_ID_HEADER_RE": "hybridsdk.routing._secret_detector",
    "_NOT_SECRET_KEY_CUE_RE": "hybridsdk.routing._secret_detector",
    "_PUBLIC_KEY_CUE_RE": "hybridsdk.routing._secret_detector",
    "_PLACEHOLDER_RUN_RE": "hybridsdk.routing._secret_detector",
    "_placeholder_key": "hybridsdk.routing._secret_detector",
    "_PREFIXED_HEX_RE": "hybridsdk.routing._secret_detector",
    "_PATH_WORD_RE": "hybridsdk.routing._secret_detector",
    "_hexish": "hybridsdk.routing._secret_detector",
    "_path_parts": "hybridsdk.routing._secret_detector",
    "_public_blocks": "hybridsdk.routing._secret_detector",
    "_public_material": "hybridsdk.routing._secret_detector",
    "SecretDetector": "hybridsdk.routing._secret_detector",
    "_HEBREW_PREFIX": "hybridsdk.routing._phone_detectors",
    "_PHONE_RE": "hybridsdk.routing._phone_detectors",
    "_PHONE_START_RE": "hybridsdk.routing._phone_detectors",
    "_PUNCTUATION_GAP_RE": "hybridsdk.routing._phone_detectors",
    "_phone_runs": "hybridsdk.routing._phone_detectors",
    "_DATE_LIKE_RE": "hybridsdk.routing._phone_detectors",
    "_DOTTED_QUAD_RE": "hybridsdk.routing._phone_detectors",
    "_SSN_SHAPE_RE": "hybridsdk.routing._phone_detectors",
    "_CEP_RE": "hybridsdk.routing._phone_detectors",
    "_CEP_TAIL_RE": "hybridsdk.routing._phone_detectors",
    "_DECIMAL_RE": "hybridsdk.routing._phone_detectors",
    "_ISBN_TAIL_RE": "hybridsdk.routing._phone_detectors",
    "_CASE_SUFFIX_RE": "hybridsdk.routing._phone_detectors",
    "_phone_context_ok": "hybridsdk.routing._phone_detectors",
    "_DOTTED_RUN_RE": "hybridsdk.routing._phone_detectors",
    "_dotted_version": "hybridsdk.routing._phone_detectors",
    "_ip_like_quad": "hybridsdk.routing._phone_detectors",
    "_dotted_phone_run": "hybridsdk.routing._phone_detectors",
    "_PHONE_GROUP_RE": "hybridsdk.routing._phone_detectors",
    "_LIST_OF_THREES_RE": "hybridsdk.routing._phone_detectors",
    "_IDD_BEFORE_RE": "hybridsdk.routing._phone_detectors",
    "_regex_phone_shape_ok": "hybridsdk.routing._phone_detectors",
    "_phone_variants": "hybridsdk.routing._phone_detectors",
    "_trim_digits": "hybridsdk.routing._phone_detectors",
    "_loose_gap": "hybridsdk.routing._phone_detectors",
    "_trim_phone": "hybridsdk.routing._phone_detectors",
    "_single_digit_groups_ok": "hybridsdk.routing._phone_detectors",
    "RegexPhoneDetector": "hybridsdk.routing._phone_detectors",
    "PhonenumbersDetector": "hybridsdk.routing._phone_detectors",
    "_overlaps": "hybridsdk.routing._phone_detectors",
    "SpanIndex": "hybridsdk.routing._phone_detectors",
}


def __getattr__(name: str) -> Any:
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
