"""Message identifiers in mail headers and documentation placeholders are no addresses
(issue 12, session 9). Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._email_non_addresses import is_placeholder_address, message_id_spans

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def emails(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "email"]


@pytest.mark.parametrize(
    "header",
    [
        "Message-ID: <a81c03d2-5e7f-4b11-9c0e-2f6d1e44b907@relay2.postbox.example>",
        "Message-Id: <20260411.093512.77@smtp.korrespondenz.de>",
        "In-Reply-To: <CAF9x+Qm_2kq@mail.gmail.com>",
        "References: <one.17@lists.vakantiehuis.nl>\n <two.18@lists.vakantiehuis.nl>",
        "Content-ID: <image001.png@01DA7C2E.5F0A3B10>",
        "X-Original-Message-ID: <zz71@outbound.correo.cl>",
        "Resent-Message-ID: <r-9913@mx.posta.si>",
    ],
)
def test_message_identifiers_are_no_addresses(header: str) -> None:
    text = f"From: Sunita Rai <sunita.rai@fastmail.in>\n{header}\nSubject: Re: factura\n"
    assert emails(text) == ["sunita.rai@fastmail.in"]


def test_sender_and_reply_to_lines_are_kept() -> None:
    text = (
        "From: Jonas Berg <jonas.berg@posteo.de>\n"
        "Reply-To: <jonas.private@web.de>\n"
        "To: ngozi.eze@yahoo.co.uk\n"
        "Message-ID: <55aa@posteo.de>\n"
    )
    assert emails(text) == ["jonas.berg@posteo.de", "jonas.private@web.de", "ngozi.eze@yahoo.co.uk"]


def test_address_in_prose_naming_a_message_id_is_kept() -> None:
    # Not a header line: the word in running text does not make the address an identifier.
    text = "Please quote the Message-ID when you write to <mirela.popescu@gmail.com> again."
    assert emails(text) == ["mirela.popescu@gmail.com"]


def test_no_header_no_spans() -> None:
    assert message_id_spans("Contact <kai@posteo.de> any time") == []


@pytest.mark.parametrize(
    "text",
    [
        "example: user@example.com / 000-000-0000",
        "E-Mail (Beispiel): vorname.nachname@example.org",
        "Correo: nombre.apellido@example.com",
        "format attendu : prenom.nom@example.net",
        "Enter your e-mail, e.g. your.name@example.com",
        "someone@mail.example is a stand-in",
    ],
)
def test_placeholders_are_no_addresses(text: str) -> None:
    assert emails(text) == []


@pytest.mark.parametrize(
    "address",
    ["anna.berg@example.com", "jane.doe@example.org", "user@gmail.com", "name@posteo.de"],
)
def test_real_looking_or_real_domain_addresses_are_kept(address: str) -> None:
    assert emails(f"write to {address} please") == [address]
    assert not is_placeholder_address(address)
