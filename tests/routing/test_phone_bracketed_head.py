"""A phone whose area code is bracketed ends where the writer's punctuation says.

"(212) 200-2000 5000 0000 0006": the brackets and the hyphen mark a whole number, so the
groups after the space are trimmed off whatever their length (before, only groups of up
to three digits were, and the phone was lost in the run; the hypothesis property test
found it). Groups joined to the number without a bracketed head keep the old rule.
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner


def _found(text: str) -> list[tuple[str, str]]:
    scanner = PiiScanner(ner=False)
    return [(f.kind.value, text[f.start : f.end]) for f in scanner.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "(212) 200-2000 5000 0000 0006",
        "(212) 200-2000 5000",
        "(212) 200-2000 50000 left at the desk",
    ],
)
def test_a_bracketed_phone_is_found_before_a_long_group(text: str) -> None:
    assert ("phone", "(212) 200-2000") in _found(text)


def test_a_card_after_a_bracketed_phone_is_still_a_card() -> None:
    text = "(212) 200-2000 4111 1111 1111 1111"
    assert _found(text) == [("phone", "(212) 200-2000"), ("card", "4111 1111 1111 1111")]


@pytest.mark.parametrize("text", ["(1) 2000 5000 0000 0006", "(12) 3456 7890 1234 5678"])
def test_a_bracketed_list_number_before_digit_groups_is_no_phone(text: str) -> None:
    assert PiiKind.PHONE.value not in [kind for kind, _ in _found(text)]
