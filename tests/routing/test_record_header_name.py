"""A document's first line is a name when one of its words is a whole word of an e-mail's
local part in the text (hybridsdk/routing/_record_fields.py, `Records._header_name`), never
when the word only sits inside a longer one. All names and addresses are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._record_fields import Records


def _header(text: str) -> list[str]:
    return [text[a:b] for a, b in Records(text).names if a < text.index("\n")]


@pytest.mark.parametrize(
    "text",
    [
        "ANA MOTA\nLisboa · +351 912 000 000 · a.mota@example.pt\n",
        "Ana Mota\nanamota@example.pt · Lisboa\n",
        "Ana Mota\nE-mail: amota@example.pt\n",
        "Brönte Quill\nquill_b@example.org\n",
    ],
)
def test_a_header_whose_word_is_a_local_part_word_is_a_name(text: str) -> None:
    assert _header(text) == [text[: text.index("\n")]]


@pytest.mark.parametrize(
    "text",
    [
        "Banana Republic\nOrders: bananas@example.com\n",
        "Main Street Bakery\nmaintenance@example.com\n",
        "Rosa Ventures\nprimrosa.ventura@example.com\n",
    ],
)
def test_a_word_inside_a_longer_local_part_is_no_name(text: str) -> None:
    assert _header(text) == []
