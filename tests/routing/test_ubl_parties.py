"""A sole trader's or private buyer's tax number in a UBL e-invoice is personal data; a
firm's is not (`_ubl_parties`)."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._ubl_parties import UblPartyTaxIdDetector, person_party_name

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def _party(role: str, name: str, tax_id: str, person: str = "") -> str:
    return (
        f"<cac:{role}><cac:Party>\n"
        f"  <cac:PartyName><cbc:Name>{name}</cbc:Name></cac:PartyName>\n{person}"
        f"  <cac:PartyTaxScheme><cbc:CompanyID>{tax_id}</cbc:CompanyID>"
        f"<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n"
        f"</cac:Party></cac:{role}>\n"
    )


def _invoice(*parties: str) -> str:
    return "<Invoice>\n  <cbc:ID>INV-2024-0193</cbc:ID>\n" + "".join(parties) + "</Invoice>"


def test_the_person_party_s_tax_number_not_the_firm_s() -> None:
    text = _invoice(
        _party("AccountingSupplierParty", "Baltic Office Supplies SIA", "LV40003112233"),
        _party("AccountingCustomerParty", "Ilze Kalniņa", "LV12038811223"),
    )
    found = [f.value(text) for f in UblPartyTaxIdDetector()(text)]
    assert found == ["LV12038811223"]
    ids = [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "national_id"]
    assert ids == ["LV12038811223"]


def test_a_person_element_marks_a_person_whatever_the_name() -> None:
    person = "  <cac:Person><cbc:FirstName>Ana</cbc:FirstName></cac:Person>\n"
    text = _invoice(_party("AccountingCustomerParty", "Oficina Ana", "123 456 789", person))
    assert [f.value(text) for f in UblPartyTaxIdDetector()(text)] == ["123 456 789"]


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Gints Zālītis", True),
        ("Rachide Inácio Simango Muchanga", True),
        ("Паліна Гаўрылюк", True),
        ("Ceylon Hardware Traders (Pvt) Ltd", False),
        ("«Savdo Texnika» MChJ", False),
        ("SIA “Rīgas Dati”", False),
        ("ООО «ЗубрТехСнаб»", False),
        ("Teranga Distribution SARL", False),
        ("Xirico Comercial, Lda", False),
        ("ບໍລິສັດ ແມ່ຂອງ ດີຈີຕອນ ຈຳກັດ", False),
        ("Acme", False),
        ("Unit 42 Traders", False),
    ],
)
def test_person_party_name(name: str, person: bool) -> None:
    assert person_party_name(name) is person
