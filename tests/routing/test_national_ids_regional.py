"""National ids, fourth pass (session 9): Gulf, Andean, Malaysian, Taiwanese and Balkan
schemes; identity-card and passport words of the Balkans, the Baltics and Arabic;
boarding-pass passport lines (APIS, SSR DOCS); a plain "Ref.:" label; and what must
still not become an id.

Every number here was made for these tests (a random body, its check digit computed).
"""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

scanner = PiiScanner(ner=False, use_phonenumbers=False)


def ids(text: str, locale: str | None = None) -> list[str]:
    return [
        text[f.start : f.end]
        for f in scanner.scan(text, locale=locale)
        if f.kind.value == "national_id"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # SA national id and iqama after their Arabic names (hamza or not), Latin "iqama"
        ("رقم الإقامة: 2719350643", "2719350643"),
        ("رقم الاقامة 2719350643", "2719350643"),
        ("السجل المدني: ١٣٨٢٠٤٧١٥٥", "١٣٨٢٠٤٧١٥٥"),
        ("Iqama no. 2719350643, sponsor attached", "2719350643"),
        # AE Emirates ID on its shape alone, or after its name
        ("card 784-1987-1234567-1 on file", "784-1987-1234567-1"),
        ("Emirates ID: 784200398765436", "784200398765436"),
        # CO NIT dotted with its check digit; after "NIT"; PE RUC
        ("Proveedor 901.458.372-1 registrado", "901.458.372-1"),
        ("NIT persona natural: 52817364-2", "52817364-2"),
        ("RUC 10458729137", "10458729137"),
        # MY MyKad dashed alone; bare after "No. IC" / "IC number"; income tax number
        ('{"nationalId": "880415-10-5523"}', "880415-10-5523"),
        ("No. IC: 880415105523", "880415105523"),
        ("IC number 880415105523 ya", "880415105523"),
        ("No. cukai pendapatan: IG40817263590", "IG40817263590"),
        ("Ruj. cukai IG40817263590 diterima", "IG40817263590"),
        # HR health insurance (MBO, HZZO), SI ZZZS, RS LBO; TW NHI card
        ("MBO (HZZO): 804512379", "804512379"),
        ("Številka zavarovanja ZZZS: 031845726", "031845726"),
        ("LBO: 10293847561", "10293847561"),
        ("健保卡號：000045218963", "000045218963"),
        # KW civil id (a date), QA id after their names; EC RUC (the cédula and 001)
        ("الرقم المدني: 285041512345", "285041512345"),
        ("QID 28535612345", "28535612345"),
        ("RUC: 1712345675001", "1712345675001"),
        # LT personal code abbreviated
        ("Asm. kodas: 38804150125", "38804150125"),
        ("A. k. 49107230452", "49107230452"),
        # identity cards: hr bs sr sl bg lt lv; passports: ar pt
        ("Br. osobne: 118263540", "118263540"),
        ("Broj osobne iskaznice ___ 118263540", "118263540"),
        ("Broj lične karte: 009182736", "009182736"),
        ("Osebna izkaznica št. 004518273", "004518273"),
        ("Лична карта №: 645123874", "645123874"),
        ("Asmens tapatybės kortelės Nr. 21845037", "21845037"),
        ("رقم الجواز: K40817263", "K40817263"),
        ("Passaporte n.º: P518273", "P518273"),
        # CO and CA-ON driving licences; CO "CC No."
        ("Licencia de conducción No.: 7163520948", "7163520948"),
        ("Driver's licence: K4018-27365-810412", "K4018-27365-810412"),
        ("CC No.: 71635209", "71635209"),
        # a dotted DNI after a generic identity key (HTML form, JSON)
        ('<input name="id_number" value="31.482.905"/>', "31.482.905"),
        # TW id card after a bare "ID" label (tab or colon)
        ("ID\tA123456789", "A123456789"),
        # BE national number dashed; CH AHV after a plain "Ref.:"
        ("Votre référence :\n880415-123-42.", "880415-123-42"),
        ("Ref.: 7569384017262. IBAN follows", "7569384017262"),
        ("Your reference: 880415-10-5523.", "880415-10-5523"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in ids(text), ids(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BOARDING 07:40  GATE B12\nAPIS  DOC XK4417203  DOB 14MAR71  NAT KOR", "XK4417203"),
        ("ETKT 284 6519603146\nDOCS 552017348 HR DOB 03JUN88\nFQTV", "552017348"),
        ("SSR DOCS BA HK1/P/GBR/508461231/GBR/12MAR80/M/14AUG29/SMITH/JOHN", "508461231"),
    ],
)
def test_boarding_pass_passport_lines(text: str, value: str) -> None:
    assert ids(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # an order or invoice reference keeps hiding even a shaped, checked number
        "Order ref: 880415-10-5523",
        "Invoice no. 7569384017262",
        # no date in the MyKad's first six digits, or a place code never issued
        "Part 881345-10-5523 in stock",
        "Part 880415-19-5523 in stock",
        # a bare 10-digit Luhn number without an iqama or register word
        "Tracking 2719350643 shipped",
        "Total 2719350643 units",
        # a nine-digit number without a health-insurance word
        "Batch 804512379 released",
        # DOC lines without a date of birth after them, a lower-case word
        "APIS DOC SENT  DOB 14MAR71",
        "DOC XK4417203 ready for review",
        # "IC" as an integrated circuit; "CC" as a carbon copy
        "IC 880415105523 replaced on the board",
        "CC: 71635209 people",
        # dotted amounts are no DNI without an identity word
        "Total amount: 12.345.678 pesos",
        # MBO as a degree; NIT without the check digit right
        "MBO diploma 2019, 804512379 points",
        "NIT: 901.458.372-2",
        # KW civil id with no real date; EC RUC whose cédula check fails
        "الرقم المدني: 285131512345",
        "RUC: 1712345674001",
    ],
)
def test_not_an_id(text: str) -> None:
    assert ids(text) == [], ids(text)


def test_ec_ruc_agrees_with_stdnum() -> None:
    ruc = pytest.importorskip("stdnum.ec.ruc")
    from hybridsdk.routing._national_ids_regional import REGIONAL_CUED

    valid = next(v for name, _, v, _ in REGIONAL_CUED if name == "ec_ruc")
    for body in ("171234567", "091876543", "010203040"):
        for last in "0123456789":
            value = body + last + "001"
            assert valid(value) == ruc.is_valid(value), value
