"""Payment cards: every network's prefixes and lengths, every grouping, CSV cells, and
numbers of the same shape that are no cards (issue 12)."""

# Fullwidth digits are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._cards import CardDetector, card_iin_ok
from hybridsdk.routing._detectors import PiiKind, PiiScanner, luhn_valid

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def cards(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.CARD]


# Luhn-valid numbers made for these tests with each scheme's prefix and length.
NETWORKS = {
    "visa 13": "4526018159087",
    "visa 13, GS1-valid too": "4671665496802",
    "visa 19": "4301661318609139096",
    "mastercard 2-series": "2720960308246289",
    "mastercard 5-series": "5319482199351813",
    "amex": "379093786579753",
    "diners 14": "36432319487578",
    "diners 14, GS1-valid too": "36618800970680",
    "discover": "6011491186252768",
    "unionpay 19": "6201895559797114718",
    "unionpay 81": "8171388853933633",
    "jcb": "3530049746507524",
    "jcb, test range": "3512917034236679",
    "maestro": "6759127684268460",
    "mir": "2201563212233076",
    "troy": "9792924402685998",
    "rupay": "8217528907866661",
    "elo": "6362176031372151",
    "jcb 15": "213112345678904",
}


@pytest.mark.parametrize("number", list(NETWORKS.values()), ids=list(NETWORKS))
def test_every_network(number: str) -> None:
    assert luhn_valid(number) and card_iin_ok(number)
    assert cards(f"charge {number} please") == [number]


def _grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(digits[i : i + n])
        i += n
    return sep.join(out)


@pytest.mark.parametrize("sep", [" ", "  ", "-", ".", "\u00a0", "\u202f"])
def test_groupings_and_separators(sep: str) -> None:
    visa = NETWORKS["mastercard 5-series"]
    amex = NETWORKS["amex"]
    diners = NETWORKS["diners 14"]
    for value in (
        _grouped(visa, (4, 4, 4, 4), sep),
        _grouped(NETWORKS["visa 19"], (4, 4, 4, 4, 3), sep),
    ):
        assert cards(f"card: {value}.") == [value], value
    if sep in (" ", "  ", "-"):
        for value in (_grouped(amex, (4, 6, 5), sep), _grouped(diners, (4, 6, 4), sep)):
            assert cards(f"card: {value}") == [value], value


def test_mixed_separators_are_not_one_card() -> None:
    assert cards("ref 5319 4821-9935 1813") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name,Card,City\nLe Ann,4526018159087,Leeds", "4526018159087"),
        ("id;card\n77;5319482199351813;x", "5319482199351813"),
        ("PO-1234-56,2720960308246289,12.50", "2720960308246289"),
        ("Tel,+44 20 7946 0958,3530049746507524,York", "3530049746507524"),
        ("4500123456,379093786579753,2024-01-02", "379093786579753"),
        ("iban NL91 ABNA 0417 1643 00,6011491186252768", "6011491186252768"),
        ("カード番号：3530049746507524です", "3530049746507524"),
        ("card ５３１９４８２１９９３５１８１３", "５３１９４８２１９９３５１８１３"),
    ],
)
def test_cards_in_table_cells_and_scripts(text: str, value: str) -> None:
    assert cards(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "card 5319 4821 9935 1814",  # Luhn fails
        "masked 5319 **** **** 1813",
        "masked 5319********1813",
        "masked XXXX-XXXX-XXXX-1813",
        "order 7774121547280381",  # Luhn-valid, no scheme starts with 7
        "tracking 865280841485255",
        "IMEI 359624595711775",  # 15 digits, Luhn-valid, 35...: a handset
        "IMEISV: 3512917034236679",  # 16 digits after an IMEI cue
        "ts 1741430400123",  # epoch milliseconds
        "log 20250208103208306 done",  # a timestamp written as one number
        "sha 5319482199351813a9f0",  # inside a hash
        "version 5319.4821.9935.1813.2",  # a dotted version with a fifth part
        "p = 0,5319482199351813",  # a decimal fraction
        "x = -12,2720960308246289",
        "total 5,319,482,199,351,813",  # thousands groups
        "phone +5319482199351813",
        "barcode 5000889596743",  # EAN-13 that also passes Luhn, after its cue
        "EAN: 5020782515665",
        "JANコード5020782515665",
        "GTIN: 36432319487578",  # a Diners-shaped number after a barcode cue
        "konto 61 1090 4833 1142 9098 7217 0000",  # a card-like run inside an account number
    ],
)
def test_numbers_that_are_not_cards(text: str) -> None:
    assert cards(text) == [], text


def test_card_detector_offsets_hold_for_other_digits() -> None:
    text = "رقم البطاقة ٥٣١٩٤٨٢١٩٩٣٥١٨١٣"
    (f,) = CardDetector()(text)
    assert text[f.start : f.end] == "٥٣١٩٤٨٢١٩٩٣٥١٨١٣"


@pytest.mark.parametrize(
    "text",
    [
        "0 4000000000000002 0",  # a bare card between short numbers (found by hypothesis)
        "12 4000 0000 0000 0002 345",  # short numbers either side of a grouped card
        "call 7 4111-1111-1111-1111 9",
    ],
)
def test_a_card_between_short_numbers_is_still_a_card(text: str) -> None:
    assert [f.kind for f in PiiScanner(ner=False).scan(text)].count(PiiKind.CARD) == 1


def test_cards_side_by_side_between_numbers_are_each_a_card() -> None:
    # A run of more digit groups than any account number holds is several numbers
    # (found by hypothesis: "10 <card> <card> 10" sent both cards).
    text = "10 4000 0000 0000 0002 5500 0000 0000 0004 10"
    assert cards(text) == ["4000 0000 0000 0002", "5500 0000 0000 0004"]


def test_a_card_shaped_stretch_of_an_account_number_is_no_card() -> None:
    # 26 digits in groups (an account number's length) around a Luhn-valid stretch: one
    # account, no card.
    assert cards("61 1090 4000 0000 0000 0002 2874") == []


def test_thirteen_digit_cards_grouped_four_three_three_three() -> None:
    body = "453201511283"
    card = next(body + d for d in "0123456789" if luhn_valid(body + d))
    spaced = f"{card[:4]} {card[4:7]} {card[7:10]} {card[10:]}"
    assert cards(f"Card used: {spaced} exp 09/26") == [spaced]
    assert cards(f'"card_number":"{spaced.replace(" ", "-")}"') == [spaced.replace(" ", "-")]
    wrong = spaced[:-1] + str((int(spaced[-1]) + 1) % 10)
    assert cards(f"Card used: {wrong}") == []  # Luhn still decides
