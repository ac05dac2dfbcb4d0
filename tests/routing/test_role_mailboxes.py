"""Role mailboxes (session 10): reported by default, left unmasked with
`PiiScanner(role_mailboxes=False)`, and a personal address is reported either way. Every
address is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._role_mailboxes import is_role_mailbox

DEFAULT = PiiScanner(ner=False, use_phonenumbers=False)
KEEP_ROLES = PiiScanner(ner=False, use_phonenumbers=False, role_mailboxes=False)

ROLES = [
    "careers@acme-foods.com.ph",
    "hr@stateport.ng",
    "jobs@fjordbank.is",
    "recruitment@telco.com.uy",
    "info@hotel-alpina.ch",
    "noreply@notifications.shop.sg",
    "no-reply@billing.example.org",
    "do-not-reply@bank.co.za",
    "kontakt@firma.de",
    "contacto@clinica.cl",
    "contato@loja.com.br",
    "customer.service@airline.com",
    "rrhh@empresa.pe",
    "bewerbung@werkstatt.at",
    "recrutement@mairie.be",
    "support+tickets@app.io",
    "Info@Hotel.com",
]
PERSONAL = [
    "jane.doe@gmail.com",
    "hr.anna@company.com",
    "info.jonas@web.de",
    "careers2026.tim@firm.com",
    "maria.lopez@contacto.cl",
    "k.sato@support.co.jp",
    "jobs.kwame@yahoo.com",
    "ana@info.ro",
]


@pytest.mark.parametrize("address", ROLES)
def test_role_mailboxes_are_recognised(address: str) -> None:
    assert is_role_mailbox(address)


@pytest.mark.parametrize("address", PERSONAL)
def test_personal_addresses_are_never_role_mailboxes(address: str) -> None:
    assert not is_role_mailbox(address)


@pytest.mark.parametrize("bad", ["", "@", "info", "info@", "@acme.com", "a@b@c"])
def test_malformed_input_is_no_role_mailbox(bad: str) -> None:
    assert not is_role_mailbox(bad)


def _emails(scanner: PiiScanner, text: str) -> list[str]:
    return [f.value(text) for f in scanner.scan(text) if f.kind.value == "email"]


def test_default_reports_role_and_personal_addresses() -> None:
    text = "From: Tomás Ruiz <tomas.ruiz@correo.uy>\nTo: careers@telco.com.uy\n"
    assert _emails(DEFAULT, text) == ["tomas.ruiz@correo.uy", "careers@telco.com.uy"]


def test_opt_out_keeps_role_addresses_but_never_personal_ones() -> None:
    text = (
        "From: Tomás Ruiz <tomas.ruiz@correo.uy>\nTo: careers@telco.com.uy\n"
        "Cc: hr.lucia@telco.com.uy, info@telco.com.uy\n"
    )
    assert _emails(KEEP_ROLES, text) == ["tomas.ruiz@correo.uy", "hr.lucia@telco.com.uy"]
    for address in PERSONAL:
        assert _emails(KEEP_ROLES, f"write to {address} today") == [address]


def test_opt_out_leaves_other_kinds_alone() -> None:
    text = "Mail info@acme.com or call +44 20 7946 0018, IBAN DE89 3704 0044 0532 0130 00"
    kinds = {f.kind.value for f in KEEP_ROLES.scan(text)}
    assert "email" not in kinds and {"phone", "iban"} <= kinds
