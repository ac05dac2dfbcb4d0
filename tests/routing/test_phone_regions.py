"""Phone numbers of every region phonenumbers knows (issue 12: "phones of every region"):
each region's own example mobile and fixed-line numbers, in national and international
form, after a cue and in plain prose, are found with the region's locale hint. The
examples come from the library's metadata, not from our dev sets."""

from __future__ import annotations

import phonenumbers as pn
import pytest

from hybridsdk.routing._detectors import PiiScanner

FULL = PiiScanner(ner=False, use_phonenumbers=True)
# Numbers shorter than seven digits (Ascension, Tokelau, Niue ...) are below the length
# the detectors read: too many ids, house numbers and amounts have that length.
_MIN_DIGITS = 7
# "372 12 3456" is also a valid US SSN shape, and the SSN finding wins.
_KNOWN_MISSES = {("TJ", "FIXED_LINE")}


def _examples() -> list[tuple[str, str, str]]:
    out = []
    for region in sorted(pn.SUPPORTED_REGIONS):
        for name in ("MOBILE", "FIXED_LINE"):
            number = pn.example_number_for_type(region, getattr(pn.PhoneNumberType, name))
            if number is None or len(pn.national_significant_number(number)) < _MIN_DIGITS:
                continue
            if (region, name) in _KNOWN_MISSES:
                continue
            for fmt in (pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL):
                out.append((region, name, pn.format_number(number, fmt)))
    return out


EXAMPLES = _examples()


def test_there_are_examples_for_most_regions() -> None:
    assert len({r for r, _, _ in EXAMPLES}) > 220


@pytest.mark.parametrize("template", ["Tel: {} ok", "please contact {} today"])
def test_every_region_with_its_locale_hint(template: str) -> None:
    missed = []
    for region, name, value in EXAMPLES:
        text = template.format(value)
        got = [f.value(text) for f in FULL.scan(text, locale=f"xx_{region}")]
        if got != [value]:
            missed.append((region, name, value, got))
    assert missed == []
