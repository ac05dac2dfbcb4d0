"""Which countries' numbering plans to read a phone number in.

A number written without its country code ("030 12345678", "06 12 34 56 78") is valid
only in its own country's plan. The region comes, in this order, from: the locale hint on
the request or the policy ("de_DE", "pt-BR", "fr"), the script of the text and letters
only some languages use (kana -> JP, Hangul -> KR, "ł" -> PL ...), the calling codes of
the text's international numbers, country and city names and common words of the text's
language ("Deutschland", "merci", "obrigado"), and last the configured default
(`_phone_region_cues.py`).
`RegionalPhoneDetector` then reads the text in up to three plans and keeps what any of
them finds valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.routing._detectors import (
    Finding,
    PiiKind,
    resolve_overlaps,
)
from hybridsdk.routing._phone_context import (
    extension_end,
    has_phone_cue,
    national_form_plausible,
)
from hybridsdk.routing._phone_detectors import (
    _DATE_LIKE_RE,
    _DOTTED_QUAD_RE,
    PhonenumbersDetector,
    SpanIndex,
    _phone_context_ok,
    _phone_runs,
    _phone_variants,
    _single_digit_groups_ok,
    _trim_phone,
)
from hybridsdk.routing._phone_region_cues import LANGUAGE_REGION, text_regions

__all__ = ["RegionalPhoneDetector", "infer_regions", "region_from_locale"]


def region_from_locale(locale: str) -> str:
    """The ISO 3166 region of a locale tag: "de_DE" -> "DE", "pt-BR" -> "BR", "fr" -> "FR".

    Args:
        locale: a POSIX or BCP 47 tag, or a bare language or region code.

    Raises:
        ConfigurationError: the tag names no known language or region.
    """
    parts = [p for p in re.split(r"[-_.@]", locale.strip()) if p]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    if parts:
        head = parts[0]
        if head.lower() in LANGUAGE_REGION:
            return LANGUAGE_REGION[head.lower()]
        if len(head) == 2 and head.isalpha() and head.isupper():
            return head
    raise ConfigurationError(
        f"cannot read a region from locale {locale!r}; give a tag such as 'de_DE', 'pt-BR' or 'fr'"
    )


def infer_regions(text: str, *, locale: str | None = None, default: str = "US") -> list[str]:
    """Candidate regions for phone numbers in `text`, most likely first, at most three.

    Args:
        text: the text being scanned.
        locale: a locale hint from the request or the policy.
        default: the region used when nothing in the text points elsewhere.
    """
    pn: Any
    try:
        import phonenumbers as pn
    except ImportError:  # the shape-only mode reads no plans; calling codes are skipped
        pn = None
    found: list[str] = []
    if locale:
        found.append(region_from_locale(locale))
    found.extend(text_regions(text, pn, hinted=bool(locale)))
    found.append(default)
    out: list[str] = []
    for region in found:
        if region not in out:
            out.append(region)
    return out[:3]


class RegionalPhoneDetector:
    """Phone numbers valid in the plan of the text's likely region(s).

    Args:
        default_region: region used when neither the hint nor the text names one.
        locale: a default locale hint (per call, `locale=` overrides it).
    """

    kind = PiiKind.PHONE
    accepts_locale = True

    def __init__(self, *, default_region: str = "US", locale: str | None = None) -> None:
        self._by_region: dict[str, PhonenumbersDetector] = {}
        self.default_region = self._detector(default_region).region
        if locale is not None:
            region_from_locale(locale)  # fail early on a bad hint
        self.locale = locale

    def _detector(self, region: str) -> PhonenumbersDetector:
        det = self._by_region.get(region)
        if det is None:
            det = PhonenumbersDetector(region=region)
            self._by_region[region] = det
        return det

    def __call__(self, text: str, *, locale: str | None = None) -> Iterator[Finding]:
        hint = locale or self.locale
        regions = infer_regions(text, locale=hint, default=self.default_region)
        found: list[Finding] = []
        for i, region in enumerate(regions):
            try:
                det = self._detector(region)
            except ConfigurationError:
                continue  # a region phonenumbers does not know
            # The most likely region's findings win overlaps: slightly more confident.
            bump = 0.02 * (len(regions) - i)
            found.extend(_bumped(f, bump) for f in det(text))
        found.extend(self._trunk_prefixed(text, found, hinted=hint is not None))
        found.extend(self._cued_wide(text, found))
        yield from (self._with_trunk_eight(text, f) for f in resolve_overlaps(found))

    def _with_trunk_eight(self, text: str, f: Finding) -> Finding:
        """The finding with the trunk prefix "8" before it when the number it makes is
        valid in a plan that dials 8 (Russia, Kazakhstan, Belarus): "8 (912) 181-43-45"
        read in another plan as "(912) 181-43-45"."""
        m = _EIGHT_BEFORE_RE.search(text, max(0, f.start - 3), f.start)
        if m is None or text[f.start : f.end].lstrip("( ").startswith(("+", "00", "8")):
            return f
        pn = self._detector(self.default_region)._pn
        raw = text[m.start() : f.end]
        for region in ("RU", "KZ", "BY"):
            try:
                if pn.is_valid_number(pn.parse(raw, region)):
                    return Finding.from_span(
                        f.kind, text, m.start(), f.end, f.confidence, f.detector
                    )
            except pn.NumberParseException:
                continue
        return f

    def _trunk_prefixed(
        self, text: str, found: list[Finding], *, hinted: bool
    ) -> Iterator[Finding]:
        """National numbers with a trunk prefix ("0121 496 0018", "(028) 5889-7558") that
        no inferred region reads: a leading 0 marks a national phone number in most plans,
        so any plan of `WIDE_REGIONS` that finds it valid is enough. Not with a locale
        hint, unless a phone cue stands before it: the hinted plan has read the text
        already, and 23 plans accept many ids and amounts that start with 0."""
        pn = self._detector(self.default_region)._pn
        index = SpanIndex((f.start, f.end) for f in found)
        for m in _TRUNK_RE.finditer(text):
            a, b = m.span()
            if index.overlaps(a, b):
                continue
            raw = m.group(0)
            digits = re.sub(r"\D", "", raw)
            if not 9 <= len(digits) <= 12 or (raw.isdigit() and len(digits) < 10):
                continue
            if not _phone_context_ok(text, a, b) or _DATE_LIKE_RE.match(raw):
                continue
            if hinted and not has_phone_cue(text, a):
                continue
            for region in WIDE_REGIONS:
                try:
                    number = pn.parse(raw, region)
                except pn.NumberParseException:
                    continue
                if pn.is_valid_number(number):
                    b = extension_end(text, b)
                    yield Finding.from_span(self.kind, text, a, b, 0.7, "phonenumbers_trunk")
                    break

    def _cued_wide(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """Numbers right after a phone cue ("Tel. 825 51 63 21", "móvil: ...") that no
        inferred region reads: the cue says what they are, so any plan of `WIDE_REGIONS`
        that finds them valid is enough (the text may name no region at all)."""
        pn = self._detector(self.default_region)._pn
        index = SpanIndex((f.start, f.end) for f in found)
        covered = 0
        for m in _phone_runs(text, lambda: covered):  # noqa: B023 (reads the live value)
            if m.start() < covered or index.overlaps(m.start(), m.end()):
                continue
            if not has_phone_cue(text, m.start()):
                continue
            for a, b in _phone_variants(text, m.start(), m.end(), max_trim=2, max_trim_digits=3):
                a, b = _trim_phone(text, a, b)
                raw = text[a:b]
                if len(re.sub(r"\D", "", raw)) < 8 or not _phone_context_ok(text, a, b):
                    continue
                if not _single_digit_groups_ok(raw) or _DATE_LIKE_RE.match(raw):
                    continue
                if _DOTTED_QUAD_RE.fullmatch(raw):
                    break  # dotted pairs ("55.91.36.32") are read in the text's own plans only
                if any(_cued_reading_ok(pn, raw, region) for region in CUED_REGIONS):
                    b = extension_end(text, b)
                    yield Finding.from_span(self.kind, text, a, b, 0.7, "phonenumbers_cued")
                    covered = b
                    break


def _cued_reading_ok(pn: Any, raw: str, region: str) -> bool:
    """Valid in `region`'s plan and written as that plan writes it: with its trunk prefix
    where the plan always writes one, and an area code of the plan's length ("(123)
    456-7890" is no Brazilian number, whose area codes have two digits)."""
    try:
        number = pn.parse(raw, region, keep_raw_input=True)
    except pn.NumberParseException:
        return False
    if not pn.is_valid_number(number) or not national_form_plausible(pn, number, raw, region):
        return False
    written = re.findall(r"\d+", raw)
    if len(written) == 1 or raw.lstrip("( ").startswith(("+", "00")):
        return True
    national = re.findall(r"\d+", pn.format_number(number, pn.PhoneNumberFormat.NATIONAL))
    first = national[0] if national else ""
    if first.startswith("0") and not written[0].startswith("0"):
        first = first[1:]
    return len(first) == len(written[0])


# Plans tried for trunk-prefixed numbers when the text names no region.
WIDE_REGIONS = (
    "GB", "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PT", "SE", "PL", "IE", "AU", "JP",
    "KR", "IN", "BR", "AR", "MX", "ZA", "NZ", "CN",
)  # fmt: skip
# Plans tried for a number right after a phone cue: the cue says what it is, so more
# plans than for a bare trunk-prefixed number.
CUED_REGIONS = (
    *WIDE_REGIONS,
    "RU", "TR", "PL", "CZ", "GR", "SE", "NO", "DK", "FI", "HU", "RO", "UA", "EG", "SA", "AE",
    "IL", "TH", "VN", "ID", "MY", "PH", "SG", "HK", "TW", "CO", "CL", "PE", "NG", "KE", "PK",
    "BD", "IR",
)  # fmt: skip
_TRUNK_RE = re.compile(
    r"(?<![\w+.-])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ -]?\d{2,8}){1,4}(?![\w]|[.-]\d)", re.ASCII
)


_EIGHT_BEFORE_RE = re.compile(r"(?<![\w+.-])8[ -]?$")


def _bumped(f: Finding, bump: float) -> Finding:
    return Finding(f.kind, f.start, f.end, min(1.0, f.confidence + bump), f.preview, f.detector)
