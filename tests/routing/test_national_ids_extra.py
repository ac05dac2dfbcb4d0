"""Identity and tax numbers of the Caucasus, Central Asia, Africa, the Philippines,
Uruguay, Serbia, Slovenia and Malta: after their cue words, or bare with shape and check;
hard negatives stay clean (issue 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def ids(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "national_id"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # UY cédula (check digit) and RUT
        ("Nombre: Ana Ruiz\nC.I.: 3.721.590-1\nTel: 099 123 456", "3.721.590-1"),
        ("titular de la CI 5852808-4, con domicilio en Salto", "5852808-4"),
        ("perdió su cédula 3.721.590-1 en la terminal", "3.721.590-1"),
        ("RUT: 218313170016\nTotal: $U 1.200", "218313170016"),
        # RS PIB, JMBG in Cyrillic
        ("PIB: 164768058\nAdresa: Kralja Petra 4", "164768058"),
        ("ПИБ 607191466, седиште у Нишу", "607191466"),  # noqa: RUF001
        ("ЈМБГ: 0302985860129\n", "0302985860129"),
        # AZ VÖEN, FIN
        ("VÖEN: 0058217692\nÜnvan: Nizami küç. 5", "0058217692"),
        ("FİN: QWRTZPK\nÜnvan: Bakı", "QWRTZPK"),
        ("müştəri FIN 7XK2M9P ilə yoxlanıldı", "7XK2M9P"),
        ("FİN kodu: 4TR8ZQ1", "4TR8ZQ1"),
        # SI davčna številka
        ("Davčna številka: 59120819\nNaslov: Celovška 10", "59120819"),
        # MT VAT (bare too), identity card
        ("VAT No.: MT10683157\n", "MT10683157"),
        ("Invoice to MT10683157 for services", "MT10683157"),
        ("Karta tal-Identità: 271634M\n", "271634M"),
        # KZ IIN (ИИН, ЖСН), identity card
        ("ИИН: 850714359810\nАдрес: г. Астана", "850714359810"),  # noqa: RUF001
        ("ЖСН 011225612833, мекенжайы", "011225612833"),
        ("IIN 850714359810 verified", "850714359810"),
        ("Уд. личности №: 047215836\n", "047215836"),
        ("в сумке было удостоверение 047215836 и ключи", "047215836"),
        # GE personal number
        ("პირადი ნომერი: 01008012345\nმისამართი: თბილისი", "01008012345"),
        ("პაციენტი, პ/ნ 61004023178, დაბ. 1980", "61004023178"),
        # AO BI and NIF
        ("BI n.º: 004581266LA041\nMorada: Luanda", "004581266LA041"),
        ("portadora do NIF 002714389BA017, residente em Benguela", "002714389BA017"),
        # NG BVN, TIN
        ("BVN: 22190437718\nPhone: 0803 000 0000", "22190437718"),
        ("TIN: 10293847-0001\n", "10293847-0001"),
        # PH TIN, PhilHealth; BD e-TIN
        ("TIN: 123-456-789-000\n", "123-456-789-000"),
        ("PhilHealth No.: 01-050423178-2\n", "01-050423178-2"),
        ("e-TIN: 374615820913\n", "374615820913"),
        # ZA id after a bare "ID" or a generic word, over a 13-digit Maestro-like run
        ("verified via ID 6903150166030 + date of birth", "6903150166030"),
        ("ID number: 5804220129001\n", "5804220129001"),
    ],
)
def test_numbers_after_their_cues(text: str, value: str) -> None:
    assert ids(text) == [value], ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "C.I.: 3.721.590-3",  # check digit wrong (and no CL RUT)
        "RUT: 218313170017",
        "PIB: 164768059",
        "VÖEN: 0058217693",
        "Davčna številka: 59120818",
        "VAT No.: MT10683158",
        "Invoice MT10683158",
        "ИИН: 850714359811",
        "FIN: PAYROLL",  # a finance department, no digit
        "FIN: 1234567",  # seven digits
        "fin 7XK2M9P",  # lowercase "fin" is a word
        "ci sono 3721590 persone",  # Italian "ci": the cue is a capital C.I./CI
        "Order 01008012345 shipped",  # GE format without its cue
        "ref 004581266LA041",  # AO format without its cue
        "Invoice no. 10293847-0001",  # NG TIN format without its cue
        "Call 22190437718 today",
        "ID 1234567890123",  # no real date and Luhn
        "a significant 004581266LA041 change",  # "nif" inside a word is no cue
        "the mobile 22190437718 line",  # nor "bi" inside one
        "ID,Name\n80417253,Ada\n80417254,Bo\n",  # a bare ID column holds row ids
    ],
)
def test_hard_negatives(text: str) -> None:
    assert ids(text) == [], ids(text)
