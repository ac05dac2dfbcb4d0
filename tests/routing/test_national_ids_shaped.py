"""Myanmar NRC and Mongolian register numbers found on their shape; ids written in Thai,
Lao, Myanmar or Khmer digits; identity words of Belarus, Uzbekistan and Sri Lanka (session 12)."""

# Cyrillic and Myanmar text is what these tests are about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def ids(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.NATIONAL_ID]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (" 1 | Mon Oo | 12/LaMaNa(N)359748 | 09 459 681 579", "12/LaMaNa(N)359748"),
        ("NRC: 14/PaThaNa(N)077969\n", "14/PaThaNa(N)077969"),
        ("ကတ်ပြားအမှတ် ၁၂/တမန(နိုင်)၁၆၄၅၅၁\n", "၁၂/တမန(နိုင်)၁၆၄၅၅၁"),
        ("13 | Отгоны Ундрах | ОХ85071808 | - |", "ОХ85071808"),
        ("national_id = 'ГШ00231064' WHERE id = 4", "ГШ00231064"),
        # a Thai citizen id in Thai digits (its check digit holds)
        ("เลขประจำตัวประชาชน ๓-๔๘๖๒-๐๘๑๕๐-๙๖-๖\n", "๓-๔๘๖๒-๐๘๑๕๐-๙๖-๖"),
    ],
)
def test_found_on_shape(text: str, value: str) -> None:
    assert ids(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Room 12/B(N)123456 was booked",  # one capital is no township code
        "Invoice ТК85139908 issued",  # month 13 is no birth month
        "15/LaMaNa(N)359748",  # no state 15
    ],
)
def test_not_found(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Асабісты нумар: 4281282A357BI3\n", "4281282A357BI3"),
        ("ЖШШИР: 30107983083831\nМанзил: Тошкент", "30107983083831"),
        ("    ජා.හැ.අ. අංකය: 840849253V   ජංගම", "840849253V"),
        (
            "№ | Ф.И.Ш. | ЖШШИР\n---------------\n1 | Зарина | 42209982113289\n",
            "42209982113289",
        ),
    ],
)
def test_identity_words_of_belarus_uzbekistan_sri_lanka(text: str, value: str) -> None:
    assert ids(text) == [value]


def test_dashed_cnic_and_paraguayan_numbers() -> None:
    assert ids('{"email":"a@b.pk","doc_no":"69059-0641588-8","consent":true}') == [
        "69059-0641588-8"
    ]
    assert ids("ref 89059-0641588-8") == []  # no province 8
    assert ids("6. C.I. N°: 3.828.933\n7. RUC: 5821323-6\n") == ["3.828.933", "5821323-6"]
    assert ids("7. RUC: 5821323-5\n") == []  # the check digit fails


def test_kyc_service_name_is_no_cue() -> None:
    log = "<134>1 2025-03-01T10:46:03.919+07:00 bkk-db-01 kyc-svc 53878 VERIFY - check failed"
    assert ids(log) == []
    assert ids("KYC: 4281282A357BI3") == ["4281282A357BI3"]


def test_dominican_rnc_and_macedonian_edb() -> None:
    assert ids("RNC: 037-4031970-6\nDirección: Av. Duarte") == ["037-4031970-6"]
    assert ids("ЕДБ: 5113187945329\nАдреса: бул. Илинден") == ["5113187945329"]
    assert ids("ЕДБ: 5113187945328\nАдреса: бул. Илинден") == []  # the check digit fails
