"""Identity words of Latin America, the Caribbean, the Arab world, the Horn of Africa,
South-East Asia and the Pacific before a number none of the schemes checks (session 11)."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._id_generic import GenericIdDetector

DETECTOR = GenericIdDetector()


def found(text: str) -> list[str]:
    return [f.value(text) for f in DETECTOR(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cliente: Ana Mora\ncéd.: 1-0987-0654\nTel: 8888 1111", "1-0987-0654"),
        ("Non: Jak\nKat idantifikasyon: 01-23-45-1988-00-11223\n", "01-23-45-1988-00-11223"),
        ("Nimewo idantifikasyon: 003-112-554-9\n", "003-112-554-9"),
        ("الاسم: سعد\nالبطاقة الموحدة: 199887766554\nالهاتف", "199887766554"),
        ("رقم بطاقة التعريف: 04417720\nالعنوان: نهج", "04417720"),
        ("الرقم الجبائي: 099112233445566\n", "099112233445566"),
        ("Civil No.: 8812345\nBeneficiary: Ali", "8812345"),
        ("Fayda FIN: 4455 6677 8899\nAddress: Bole", "4455 6677 8899"),
        ("IC No.: 01-223344\nPhone", "01-223344"),
        ("លិខិតឆ្លងដែនលេខ: N01234567\n", "N01234567"),
        ("FNPF member no.: 10293847\nCell: 999 1234", "10293847"),
        ("NSSF No: 88776655\n", "88776655"),
        # NIF and NIT name a checked scheme of one country and unchecked numbers of others
        ("Non: Jak\nNIF: 004-112-553-7\nTelefòn", "004-112-553-7"),
        ("NIT arrendatario: 0614-220790-101-3\n", "0614-220790-101-3"),
        ("Cliente: Ana\nNIT: 4471203015\nCelular", "4471203015"),
        ("N.I.F: 099112233445566\nTéléphone", "099112233445566"),
        # Oman's and Bahrain's civil numbers (Kuwait's 12-digit one is its scheme's)
        ("الاسم: سالم\nالرقم المدني: 12093344\nالعنوان: منزل", "12093344"),
        # Amharic: "Fayda number" with the Ethiopic colon
        ("ስም፡ ሀና\nየፋይዳ ቁጥር፡ 112233445566\nአድራሻ፡ ቦሌ", "112233445566"),
    ],
)
def test_new_cue_words(text: str, value: str) -> None:
    assert found(text) == [value]


def test_hard_negatives() -> None:
    assert found("Civil engineering class of 2024, room 118") == []
    assert found("IC 7400 chips, 120 units") == []
    assert found("provident fund balance: 12,500.00") == []
    assert found("céd. 12/03/1985") == []
    # a value in the named scheme's own format is left to that scheme's check
    assert found("NIT: 901.458.372-2") == []
    assert found("NIF: 12345678A") == []
    assert found("الرقم المدني: 285131512345") == []  # KW shape, no real date
    assert found("ID: 8001015009088") == []  # a South African number failing its check
    assert found("Sample drawn 04/05/2025 11:20   ID: 50718243\n\nAssay   Value") == []
