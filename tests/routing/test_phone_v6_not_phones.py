"""Numbers after account, meter, invoice, tax-number and payment-reference labels, and a
date with the hour of a time, are no phone numbers (issue 12, session 9). Every number is
made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en_ZA", "Statement\nAcc: 2013246789\n06/08/2025 POS"),
        ("es_PE", "Meter 72713457: 58810 kWh → 96784 kWh"),
        ("en_SG", "Meter no. 93214823 kWh 496"),
        ("es_UY", "N.º de medidor 43812139 kWh 420"),
        ("sr_RS", "Broj brojila 37317842 kWh 132"),
        ("sr_RS", "Račun br. 3389130541\n"),
        ("mt_MT", "Fattura nru 8703133565\n"),
        ("is_IS", "Reikningur nr. 6145129550\n"),
        ("kk_KZ", "Счёт-фактура № 6314110909\n"),
        ("sr_RS", "PIB: 787151849\n"),
        ("sl_SI", "Davčna številka: 41331186\n"),
        ("az_AZ", "VÖEN: 0844184932\n"),
        ("sl_SI", "Znesek: 70,41 € — Sklic 23723195"),
        ("fr_BE", "21/11/2025 Communication 498761483 +493,65 €"),
        ("az_AZ", "09.07.2024 Təyinat 706581191 +423.22 ₼"),
        ("bn_BD", "Refund to হিসাব নং 5678114975"),
        ("kk_KZ", "Внутри: удостоверение 221951898 и карта"),
        ("es_UY", "titular de C.I. 2.311.182-1, domiciliado"),
        ("es_UY", "C.I.: 2.741.672-0\n"),
        ("es_UY", "cédula 2.551.181-7 y tarjeta"),
        ("ka_GE", "პ/ნ 12703177717. ჩივის"),
    ],
)
def test_labelled_other_numbers(locale: str, text: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es_CL", "llamada 01-05-2025 15:21 ejecutivo Sergio"),
        ("sr_RS", "Datum: 24. 10. 2025 22:08\n"),
        ("sr_RS", "[13. 12. 2026 16:38] agent Milica"),
    ],
)
def test_date_and_hour_is_no_phone(locale: str, text: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("locale", "text", "number"),
    [
        ("sr_RS", "Tel. br. 064 123 4567", "064 123 4567"),
        ("mt_MT", "Mobile nru 7912 3344", "7912 3344"),
        ("en_ZA", "Acc holder cell: 082 555 1234", "082 555 1234"),
        ("es_CL", "llamar al +56 9 8765 4321: urgente", "+56 9 8765 4321"),
        ("es_UY", "C.I. verificada; me pueden ubicar al 093 829 511", "093 829 511"),
    ],
)
def test_phones_stay(locale: str, text: str, number: str) -> None:
    assert phones(text, locale) == [number]
