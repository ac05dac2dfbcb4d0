"""19-digit cards printed 4-4-4-4-3 (Verve, UnionPay) are read whole; a CVV after a
16-digit Visa or Mastercard is still left out (session 10). Numbers made up, Luhn-valid."""

from __future__ import annotations

from hybridsdk.routing._detectors import PiiScanner, luhn_valid

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def cards(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "card"]


def _luhn_tail(head: str) -> str:
    return next(head + str(d) for d in range(10) if luhn_valid(head + str(d)))


def _grouped(digits: str) -> str:
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def test_verve_and_unionpay_nineteen_digits_whole() -> None:
    for head in ("506105123456789012", "622202123456789012", "650011987654321098"):
        digits = _luhn_tail(head)
        text = f"Direct debit card: {_grouped(digits)}\nNext line"
        assert cards(text) == [_grouped(digits)]


def test_both_readings_valid_prefers_nineteen_for_verve() -> None:
    sixteen = _luhn_tail("506105123456789")
    nineteen = next(sixteen + f"{k:03d}" for k in range(1000) if luhn_valid(sixteen + f"{k:03d}"))
    text = f"Card: {_grouped(nineteen)} ok"
    assert cards(text) == [_grouped(nineteen)]


def test_cvv_after_a_visa_is_left_out() -> None:
    sixteen = _luhn_tail("411111111111111")
    nineteen = next(sixteen + f"{k:03d}" for k in range(1000) if luhn_valid(sixteen + f"{k:03d}"))
    text = f"Card: {_grouped(nineteen)} ok"
    assert cards(text) == [_grouped(sixteen)]
