"""Ukrainian РНОКПП and УНЗР, Czech/Slovak rodné číslo and Brazilian PIS/PASEP (issue 12):
check digits against python-stdnum where it has the scheme, found after their cue words
(the slashed rodné číslo and the dotted PIS also without one), and not found with a wrong
check digit, without a cue, or after an order word."""

from __future__ import annotations

import random

import pytest

from hybridsdk.routing import _id_checksums_intl as rules
from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str, locale: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in SCANNER.scan(text, locale=locale)]


@pytest.mark.parametrize(
    ("ours", "module", "lengths"),
    [(rules.ua_rntrc_valid, "ua.rntrc", (10,)), (rules.cz_rc_valid, "cz.rc", (9, 10))],
)
def test_check_digits_agree_with_stdnum(ours, module: str, lengths: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    theirs = pytest.importorskip(f"stdnum.{module}")
    r = random.Random(12)
    valid = 0
    for _ in range(20000):
        n = r.choice(lengths)
        # half the draws start with a plausible birth date, so rodné číslo has valid ones
        v = (
            f"{r.randint(0, 99):02d}{r.choice([1, 6, 12, 52, 61])}{r.randint(10, 28)}"
            if r.random() < 0.5
            else ""
        )
        v = (v + "".join(r.choice("0123456789") for _ in range(n)))[:n]
        valid += bool(theirs.is_valid(v))
        assert ours(v) == bool(theirs.is_valid(v)), v
    assert valid > 50


def test_pis_published_example_and_rule() -> None:
    assert rules.br_pis_valid("17033259504")
    assert not rules.br_pis_valid("17033259505")
    assert not rules.br_pis_valid("11111111111")
    assert not rules.br_pis_valid("1703325950")


def test_unzr_needs_a_real_date() -> None:
    assert rules.ua_unzr_valid("1997022852621")
    assert not rules.ua_unzr_valid("1997023052621")  # 30 February
    assert not rules.ua_unzr_valid("1850010152621")


@pytest.mark.parametrize(
    ("text", "value", "locale"),
    [
        ("РНОКПП: 1759013776", "1759013776", "uk_UA"),
        ("Мій ІПН 1759013776, дякую", "1759013776", "uk_UA"),
        ("ідентифікаційний код 1759013776", "1759013776", "uk_UA"),
        ('{"rnokpp": "1759013776"}', "1759013776", None),
        ("УНЗР 19970228-52621", "19970228-52621", "uk_UA"),
        ("Запис № (УНЗР): 1997022852621", "1997022852621", "uk_UA"),
        ("Rodné číslo: 710319/2745", "710319/2745", "cs_CZ"),
        ("RČ 710319/2745", "710319/2745", "cs_CZ"),
        ("r.č. 7103192745", "7103192745", "cs_CZ"),
        ("rodne_cislo=7103192745", "7103192745", None),
        ("pacient 710319/2745 přijat", "710319/2745", "cs_CZ"),  # slashed: no cue needed
        ("Nº do PIS/PASEP: 170.33259.50-4", "170.33259.50-4", "pt_BR"),
        ("trabalhador 170.33259.50-4", "170.33259.50-4", "pt_BR"),  # dotted: no cue needed
        ("NIS 17033259504", "17033259504", "pt_BR"),
        ("паспорт (ID-картка) № 524928273", "524928273", "uk_UA"),
        ("číslo OP: 243736772", "243736772", "cs_CZ"),
        ("RG: 73.997.566-8 SSP/SP", "73.997.566-8", "pt_BR"),
        ("Identidade (RG) 27.748.546-X", "27.748.546-X", "pt_BR"),
    ],
)
def test_found(text: str, value: str, locale: str | None) -> None:
    assert found(text, locale) == [("national_id", value)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("РНОКПП: 1759013777", "uk_UA"),  # wrong check digit
        ("Замовлення 1759013776 відправлено", "uk_UA"),  # no cue
        ("УНЗР 19970230-52621", "uk_UA"),  # no such date
        ("Objednávka 7103192745 odeslána", "cs_CZ"),  # bare, no cue
        ("Rodné číslo: 710319/2746", "cs_CZ"),  # wrong check digit
        ("Bestellnummer 710319/2745", "de_DE"),  # after an order word
        ("PIS 170.33259.50-5", "pt_BR"),  # wrong check digit
        ("pedido 17033259504", "pt_BR"),
        ("lote 73.997.566-8 enviado", "pt_BR"),  # RG shape without its cue
    ],
)
def test_not_an_id(text: str, locale: str) -> None:
    assert [k for k, _ in found(text, locale) if k == "national_id"] == []
