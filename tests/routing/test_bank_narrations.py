"""Names in a bank statement's export: the account holder and the counterparties after a
transfer's words, and no name in a narration without one
(hybridsdk/routing/_bank_narrations.py). All names and numbers are made up."""

from __future__ import annotations

from hybridsdk.routing._bank_narrations import statement_names
from hybridsdk.routing._detectors import PiiKind, PiiScanner

_STATEMENT = (
    "Lakeside Bank,Statement\n"
    "Account Name,TAVITA ORMSBY\n"
    "Period,01/02/2024 - 30/06/2024\n"
    "\n"
    "Date,Description,Debit,Credit,Balance\n"
    "03/02/2024,ATM Withdrawal,200.00,,5400.00\n"
    "09/02/2024,SWIFT IN KEREN VALDIVIA GB00TEST00000000000001,,310.00,5710.00\n"
    "14/03/2024,IBFT TO HALONA BREDESEN PK00TEST0000000000000001,90.00,,5620.00\n"
    "02/04/2024,Electricity Bill,75.00,,5545.00\n"
    "19/05/2024,MPESA B2C 0700 000 001 WANJA OKELLO,40.00,,5505.00\n"
    "21/06/2024,Transfer to savings,100.00,,5405.00\n"
)


def test_the_holder_and_the_counterparties_are_names() -> None:
    names, _ = statement_names(_STATEMENT)
    got = [_STATEMENT[a:b] for a, b in names]
    assert got == ["TAVITA ORMSBY", "KEREN VALDIVIA", "HALONA BREDESEN", "WANJA OKELLO"]


def test_semicolon_exports_and_other_scripts() -> None:
    text = (
        "Dátum;Popis;Výdavok;Príjem;Zostatok\n"
        "07.05.2024;SEPA prevod DOMINIKA ZÁTOPKOVÁ SK0000000000000000000001;81;;1956\n"
        "20.07.2024;Platba kartou 4000******0001;14;;1942\n"
        "02.08.2024;Փոխանցում Անահիտ Սեդրակյան;10;;1932\n"
    )
    names, _ = statement_names(text)
    assert [text[a:b] for a, b in names] == ["DOMINIKA ZÁTOPKOVÁ", "Անահիտ Սեդրակյան"]


def test_a_narration_without_a_name_is_no_name_for_the_scanner() -> None:
    found = PiiScanner(use_phonenumbers=True, ner=True).scan(_STATEMENT)
    people = [_STATEMENT[f.start : f.end] for f in found if f.kind is PiiKind.PERSON]
    assert "KEREN VALDIVIA" in people and "WANJA OKELLO" in people
    assert not any(p in {"ATM Withdrawal", "Electricity Bill", "Period", "Balance"} for p in people)


def test_two_rows_at_least_and_a_date_first() -> None:
    one = "Date,Description,Debit,Credit,Balance\n03/02/2024,SWIFT IN KEREN VALDIVIA,,310.00,5710.00\n"
    assert statement_names(one) == ([], [])
    undated = "Ref,Description,Debit,Credit\nA1,SWIFT IN KEREN VALDIVIA,,310.00\nA2,Transfer from JO MARSH,,1.00\n"
    assert statement_names(undated) == ([], [])
