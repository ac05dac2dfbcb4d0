"""Phone numbers: the regex detector (no numbering plans) and the `phonenumbers` detector
(libphonenumber's matcher and `is_valid_number`), with the run finding, trimming and
context checks they share.

Moved out of `_detectors.py` (session 10) without a change of behaviour; `_detectors`
still answers for every name defined here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from hybridsdk._exceptions import ConfigurationError, MissingDependencyError
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._dotted_phones import dotted_national, trunk_quad
from hybridsdk.routing._ipv4_context import version_context
from hybridsdk.routing._phone_context import (
    extension_end,
    has_phone_cue,
    national_form_plausible,
    other_kind_of_number,
    trunk_written,
)

# ASCII word boundaries: a number glued to CJK text ("携帯は0081 3-1234-5678です") is a run.
# One "/" may split a national number ("030/1234567", "0662/30695070": Germany, Austria);
# runs with more are dates or paths (`_phone_runs` skips them).
# After a Hebrew one-letter preposition and its hyphen ("ב-050...") a number may start.
_HEBREW_PREFIX = "(?<=[\u05d1\u05dc\u05de\u05d4\u05d5\u05db\u05e9][-\u05be])"
_PHONE_RE = re.compile(
    r"(?:(?<![\w+./-])|" + _HEBREW_PREFIX + r")(?:\+|00)?\(?\d[\d ()./-]{5,18}\d(?![\w/]|[.-]\d)",
    re.ASCII,
)
_PHONE_START_RE = re.compile(r"(?:(?<![\w+.-])|" + _HEBREW_PREFIX + r")[+(\d]", re.ASCII)
_PUNCTUATION_GAP_RE = re.compile(r"[(),;:/]|\.\s")


def _phone_runs(text: str, covered: Callable[[], int]) -> Iterator[re.Match[str]]:
    """Phone-shaped runs, left to right; `covered()` is where the caller's last number ends.

    A run that begins with a stray number ("0 . . ((212) 200-0000)") swallows the start of
    the phone number after it and, failing the shape checks itself, would hide it. So when
    a run is not taken, the search resumes inside it after real punctuation (not after a
    plain space between digit groups, where sub-runs of card-like numbers would pass as
    phone numbers).
    """
    pos = 0
    while (m := _PHONE_RE.search(text, pos)) is not None:
        if m.group(0).count("/") <= 1:
            yield m
        pos = m.end()
        if covered() < m.end():
            gap = _PUNCTUATION_GAP_RE.search(text, m.start() + 1, m.end())
            if gap is not None:
                # An opening parenthesis may begin the next number ("10 100 (212) ...").
                after = gap.start() if gap.group() == "(" else gap.end()
                restart = _PHONE_START_RE.search(text, after, m.end())
                if restart is not None:
                    pos = restart.start()


# Letters of alphabets written with spaces between words (Latin beyond ASCII, Greek,
# Cyrillic, Armenian, Georgian), where a letter glued to a number makes one token.
_GLUED_LETTER_RE = re.compile("[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0531-\u0587\u10a0-\u10ff]")
_DATE_LIKE_RE = re.compile(
    r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$|^\d{1,2}:\d{2}"
)


_DOTTED_QUAD_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_SSN_SHAPE_RE = re.compile(r"\d{3}[- ]\d{2}[- ]\d{4}")
_CEP_RE = re.compile(r"\d{5}-\d{3}")
_CEP_TAIL_RE = re.compile(r"\d{1,5} - \d{5}-\d{3}")
_DECIMAL_RE = re.compile(r"\d+\.\d+")
_ISBN_TAIL_RE = re.compile(r"^\d+-\d+(?:-\d+)*-\d$")


# A case ending hyphened to a number (Azerbaijani, Turkish, Hungarian, Finnish ...):
# "nömrə +994 55 123 45 67-ə SMS", "0532 123 45 67-ye", "06 30 123 4567-re".
_CASE_SUFFIX_RE = re.compile(r"-[a-zəçğıöşüäőűáéíóúý]{1,4}(?![^\W\d_]|-?\d)")


def _phone_context_ok(text: str, start: int, end: int, region: str | None = None) -> bool:
    """Rejects phone-shaped pieces of larger tokens and other numbers' shapes."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    # ASCII only: a number glued to CJK text ("電話03-1234-5678まで") is still a number.
    if before and ((before.isascii() and before.isalnum()) or before in "-#/_.:"):
        # tail of an id such as "order #G-2024-178999"; a label's colon ("TEL:03-...")
        # is fine, a time's ("10:30") is not
        label = before == ":" and start >= 2 and text[start - 2].isalpha()
        # "Tel.:+995...", "ტელ.:599...": an abbreviated label's dot, then its colon
        label = label or (
            before == ":" and start >= 3 and text[start - 2] == "." and text[start - 3].isalpha()
        )
        # Hebrew glues its one-letter prepositions to a number with a hyphen (maqaf):
        # "ב-050...", "ל-+972..." ("at", "to"); the letter stands alone before it.
        hebrew = (
            before in "-\u05be"
            and start >= 2
            and text[start - 2] in "בלמהוכש"
            and (start < 3 or not text[start - 3].isalpha())
        )
        if not (label or hebrew):
            return False
    if before and _GLUED_LETTER_RE.match(before):
        # letters of a spaced alphabet glued to the digits: an id's series, as Mongolian
        # register numbers are written (two Cyrillic capitals, eight digits); CJK and Thai glue words to numbers
        return False
    if (
        after
        and ((after.isascii() and after.isalnum()) or after in "-/_")
        and not (after == "-" and _CASE_SUFFIX_RE.match(text, end))
    ):
        return False
    if after == ":" and text[end + 1 : end + 2].isdigit():
        return False  # "llamada 01-05-2025 15:21": a date and the hour of a time
    if other_kind_of_number(text, start, end) is not None:
        return False  # "PO 4500012345", "montant 628 320 923 €", "TX 04832-7691"
    raw = text[start:end]
    if raw.isdigit() and len(raw) <= 5:
        return False  # a postcode or house number ("16877 Einbeck"), not a phone
    if _CEP_RE.fullmatch(raw) or _CEP_TAIL_RE.fullmatch(raw):
        # a Brazilian postcode (CEP), alone or after the house number ("apto 48 - 22438-623");
        # phones there are written 4-4 or 5-4
        return False
    if _DECIMAL_RE.fullmatch(raw) and not (
        region is not None and dotted_national(text, start, end)
    ):
        return False  # "241318.34", "55.804871": an amount or a reading, not a phone
    if _ISBN_TAIL_RE.search(raw):
        return False  # "0-86339-071-4": ISBNs end in one check character, phones do not
    # Dotted quads that could be IPv4 addresses and SSN shapes belong to the IP and SSN
    # rules; "918.26.22.93" (an octet past 255, groups of 2-3 digits) is a Spanish phone.
    if _ip_like_quad(raw) and not _dotted_phone_run(text, start, end, region):
        return False
    if "." in raw and _dotted_version(text, start, end):
        return False  # "upgrade to 84.0.1937.162", "SENTRY_RELEASE=26.0.3660.157"
    return not _SSN_SHAPE_RE.fullmatch(raw)


_DOTTED_RUN_RE = re.compile(r"\d+(?:\.\d+){2,}")


def _dotted_version(text: str, start: int, end: int) -> bool:
    """A dotted run of three or more dots that is a release version: a lone "0" group
    after the first ("131.0.7729.176": no plan writes a group so) or named a version by
    the words around it (`_ipv4_context.version_context`)."""
    raw = text[start:end]
    if not _DOTTED_RUN_RE.fullmatch(raw):
        return False
    if "0" in raw.split(".")[1:]:
        return True
    return version_context(text, start, end)


def _ip_like_quad(raw: str) -> bool:
    """A dotted quad read as an address or a version: octets all <= 255, or a one-digit
    group ("4.11.24.124", "2.14.2.67")."""
    if not _DOTTED_QUAD_RE.fullmatch(raw):
        return False
    if trunk_quad(raw):
        return False  # "081.45.02.57", "079.068.94.09": a trunk "0", no address writes so
    groups = raw.split(".")
    return all(int(g) <= 255 for g in groups) or any(len(g) == 1 for g in groups)


def _dotted_phone_run(text: str, a: int, b: int, region: str | None = None) -> bool:
    """ "Mobil: 55.50.85.54": a dotted quad of two-digit groups after a phone cue is a
    phone (`_ipv4_context.dotted_phone`), not an address."""
    from hybridsdk.routing._ipv4_context import dotted_phone

    return dotted_phone(text, a, b, region)


_PHONE_GROUP_RE = re.compile(r"\+?\(?\d+\)?")
_LIST_OF_THREES_RE = re.compile(r"\d{3}(?: \d{3}){3,}")
_IDD_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9+])00(\d{1,3})[ .-]?$")


def _regex_phone_shape_ok(raw: str, *, cued: bool = False) -> bool:
    """The shape rules of the regex fallback (no numbering plan behind them); `cued`: a
    phone cue word stands right before it ("Tel. 0301234567")."""
    if raw.count("(") != raw.count(")") or _DATE_LIKE_RE.match(raw):
        return False
    digits = re.sub(r"\D", "", raw)
    if not 8 <= len(digits) <= 15:
        return False
    if not (any(c in raw for c in " ().-") or raw.startswith("+") or cued):
        return False  # a bare digit run is more often an id than a phone, unless cued
    if "." in raw and not re.fullmatch(r"\+?\d{2,4}(?:\.\d{2,4}){2,4}", raw):
        return False  # decimals and versions, not phone numbers
    groups = re.split(r"\D+", raw.strip("+()"))
    if len(groups[-1]) < 2:
        return False  # phone numbers end in a group of 2+ digits; ISBNs may not
    if not raw.startswith(("+", "00")):
        if len(digits) > 12:
            return False  # national numbers are shorter; longer runs are ids or cards
        if len(groups) >= 3 and all(len(g) == 4 for g in groups):
            return False  # 4-4-4 is how cards are written, not phones
        if len(groups) >= 4 and all(len(g) == 3 for g in groups) and "(" not in raw:
            return False  # 3-3-3-3: a list of readings or a vector
    return True


def _phone_variants(
    text: str, start: int, end: int, *, max_trim: int, max_trim_digits: int = 99
) -> Iterator[tuple[int, int]]:
    """Spans of a phone-shaped match, whole first, then with whitespace-separated groups of
    at most `max_trim_digits` digits trimmed off the ends where a space separates them,
    so "(212) 200-0000 7" still yields the phone number."""
    groups = [(g.start(), g.end()) for g in _PHONE_GROUP_RE.finditer(text, start, end)]
    n = len(groups)

    # Once per group, not once per variant: a long run has many variants.
    short = [sum(map(str.isdigit, text[a:b])) <= max_trim_digits for a, b in groups]

    def trimmable(i: int) -> bool:
        return short[i]

    for trimmed in range(0, min(n - 1, 2 * max_trim) + 1):
        for left in range(0, trimmed + 1):
            right = trimmed - left
            if left > max_trim or right > max_trim:
                continue
            if not all(trimmable(i) for i in (*range(left), *range(n - right, n))):
                continue
            a, b = groups[left][0], groups[n - 1 - right][1]
            if left and not _loose_gap(text[groups[left - 1][1] : a]):
                continue
            if right and not _loose_gap(text[b : groups[n - right][0]]):
                continue
            yield a, b


def _trim_digits(m: re.Match[str]) -> int:
    """How long a trailing group may be to be trimmed off a run: any length after a number
    that starts with "+" ("+44 20 7946 0000 5000 0000 0006": the plan says where it ends)
    or with a bracketed area code ("(212) 200-2000 5000 0000 0006": the writer marked its
    head), else 3 digits ("212 200 0000 7")."""
    return 99 if m.group(0).startswith(("+", "(")) else 3


def _loose_gap(sep: str) -> bool:
    """A gap with a space in it may end a number; "-" or "." alone joins its groups."""
    return " " in sep


def _trim_phone(text: str, a: int, b: int) -> tuple[int, int]:
    """Drops trailing separators, square brackets and a parenthesis that belongs to the
    prose around ("[0301 234567]": the matcher may take the "[")."""
    while a < b and text[a] == "[":
        a += 1
    while b > a and text[b - 1] in " .-]":
        b -= 1
    raw = text[a:b]
    if (
        raw.count(")") > raw.count("(")
        and not raw.startswith("(")
        and a > 0
        and text[a - 1] == "("
        and ")" in raw[:6]
    ):
        return a - 1, b  # "727)2501234" as the matcher reports "8(727)2501234": its "(" too
    if raw.endswith(")") and raw.count(")") > raw.count("("):
        b -= 1
    if raw.startswith("(") and raw.count("(") > raw.count(")"):
        a += 1
    return a, b


def _single_digit_groups_ok(raw: str) -> bool:
    """One-digit groups only as a trunk prefix or right after the country code."""
    groups = re.findall(r"\d+", raw)
    allowed = (0, 1) if raw.startswith(("+", "00")) else (0,)
    return all(len(g) > 1 or i in allowed for i, g in enumerate(groups))


class RegexPhoneDetector:
    """Phone numbers by shape only: 8-15 digits with phone-style separators.

    Less precise than `PhonenumbersDetector`: it knows no numbering plan, so it accepts
    numbers no operator would assign and can take some order or account numbers for phones.
    With a locale hint for a country that always writes its trunk prefix (France, Germany,
    the UK, Japan ...), a national number must start with it ("06 12 34 56 78").
    """

    kind = PiiKind.PHONE
    accepts_locale = True

    def __call__(self, text: str, *, locale: str | None = None) -> Iterator[Finding]:
        covered = 0
        for m in _phone_runs(text, lambda: covered):  # noqa: B023 (reads the live value)
            if m.start() < covered or _LIST_OF_THREES_RE.fullmatch(m.group(0)):
                continue  # "669 684 680 336": readings or a vector, no piece of it a phone
            for a, b in _phone_variants(
                text, m.start(), m.end(), max_trim=6, max_trim_digits=_trim_digits(m)
            ):
                a, b = _trim_phone(text, a, b)
                raw = text[a:b]
                # Only a bare run of phone length needs the cue to pass the shape rules.
                cued = raw.isdigit() and 8 <= len(raw) <= 15 and has_phone_cue(text, a)
                if not (_regex_phone_shape_ok(raw, cued=cued) and _phone_context_ok(text, a, b)):
                    continue
                if _DOTTED_QUAD_RE.fullmatch(raw) and not has_phone_cue(text, a):
                    continue  # with no plan to check it, a bad IP address as much as a phone
                if (
                    locale is not None
                    and not raw.lstrip("( ").startswith(("0", "+"))
                    and trunk_written(locale)
                    and not (cued or has_phone_cue(text, a))
                ):
                    continue  # "75018 50 44" in France: a postcode and more, not a phone
                b = extension_end(text, b)
                yield Finding.from_span(self.kind, text, a, b, 0.6, "phone_re")
                covered = b
                break


class PhonenumbersDetector:
    """Phone numbers valid in their numbering plan, found by Google's libphonenumber port.

    Phone-shaped runs the matcher skips (a number glued to a neighbouring number) are
    retried with end groups trimmed and checked with `is_valid_number`.

    Args:
        region: ISO 3166 region assumed for numbers written without a country code.
    """

    kind = PiiKind.PHONE

    def __init__(self, *, region: str = "US") -> None:
        try:
            import phonenumbers
        except ImportError as exc:
            raise MissingDependencyError(
                "phone number detection with phonenumbers", "privacy", tried=("phonenumbers",)
            ) from exc
        if region.upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ConfigurationError(
                f"unknown phone region {region!r}; use an ISO 3166 code such as 'US' or 'GB'"
            )
        self._pn: Any = phonenumbers
        self.region = region.upper()

    def __call__(self, text: str) -> Iterator[Finding]:
        pn = self._pn
        spans: list[tuple[int, int]] = []
        for m in pn.PhoneNumberMatcher(text, self.region, leniency=pn.Leniency.VALID):
            a, b = _trim_phone(text, m.start, m.end)  # "(+44 121 ...)": not the "("
            a = self._with_idd_prefix(text, a, b)
            if _phone_context_ok(text, a, b, self.region) and self._plausible(m.number, text, a, b):
                spans.append((a, b))
                yield Finding.from_span(self.kind, text, a, b, 0.8, "phonenumbers")
        covered = 0
        for m in _phone_runs(text, lambda: covered):  # noqa: B023 (reads the live value)
            if m.start() < covered or _overlaps(spans, m.start(), m.end()):
                continue
            for a, b in _phone_variants(
                text, m.start(), m.end(), max_trim=6, max_trim_digits=_trim_digits(m)
            ):
                a, b = _trim_phone(text, a, b)
                raw = text[a:b]
                if len(re.sub(r"\D", "", raw)) < 7 or not _phone_context_ok(
                    text, a, b, self.region
                ):
                    continue
                if not _single_digit_groups_ok(raw):
                    continue  # "301 200 0 100" is a list of numbers, not a phone
                if (
                    _DOTTED_QUAD_RE.search(raw)
                    and not raw.startswith("+")
                    and not trunk_quad(raw)
                    and not _dotted_phone_run(text, a, b, self.region)
                ) or _DATE_LIKE_RE.match(raw):
                    continue  # an IPv4 address or a date; "+33.1.23.45.67.89" is a phone
                try:
                    # "00" is the international prefix almost everywhere ("0044 ...").
                    international = "+" + raw[2:] if raw.startswith("00") else raw
                    number = pn.parse(international, self.region, keep_raw_input=True)
                except pn.NumberParseException:
                    continue
                if pn.is_valid_number(number) and self._plausible(number, text, a, b):
                    b = extension_end(text, b)  # " x312", " ext. 12" stay with the number
                    yield Finding.from_span(self.kind, text, a, b, 0.75, "phonenumbers")
                    covered = b
                    break

    def _with_idd_prefix(self, text: str, a: int, b: int) -> int:
        """Where the number starts when a "00" + country code prefix that this region's
        plan does not dial ("0081 3-1234-5678" read in Japan, whose prefix is 010) stands
        before the part the matcher found."""
        m = _IDD_BEFORE_RE.search(text, max(0, a - 7), a)
        if m is None:
            return a
        pn = self._pn
        try:
            number = pn.parse("+" + m.group(1) + re.sub(r"\D", "", text[a:b]), None)
        except pn.NumberParseException:
            return a
        return m.start() if pn.is_valid_number(number) else a

    def _plausible(self, number: Any, text: str, a: int, b: int) -> bool:
        """Written as a phone in this plan ("6 12 34 56 78" is not, in France), or
        vouched for by a phone cue right before it."""
        return national_form_plausible(self._pn, number, text[a:b], self.region) or has_phone_cue(
            text, a
        )


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of `spans`, disjoint and sorted (the matcher's order):
    a look-up, not a scan, so a text of many numbers costs linear time."""
    j = bisect.bisect_left(spans, (b, -1))
    return j > 0 and spans[j - 1][1] > a


class SpanIndex:
    """Overlap look-ups against spans that may overlap each other and come in any order:
    sorted starts and the running maximum of their ends."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        reach = -1
        for _, e in ordered:
            reach = max(reach, e)
            self._reach.append(reach)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps one of the spans."""
        j = bisect.bisect_left(self._starts, b)
        return j > 0 and self._reach[j - 1] > a
