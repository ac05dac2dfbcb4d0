"""National ids of more countries (issue 12): each scheme's check digit against
python-stdnum as an oracle, found in text after its cue word (and without one where the
shape and check suffice), and not found with a wrong check digit, without its cue, or
after a reference word."""

from __future__ import annotations

import random

import pytest

from hybridsdk.routing import _id_checksums_intl as rules
from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._national_ids_intl import IntlNationalIdDetector, ascii_digits

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def ids(text: str, locale: str | None = None) -> list[str]:
    return [
        f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "national_id"
    ]


def _stdnum(name: str):  # type: ignore[no-untyped-def]
    return pytest.importorskip(f"stdnum.{name}")


ORACLES = [
    (rules.pesel_valid, "pl.pesel", 11),
    (rules.inn_valid, "ru.inn", 10),
    (rules.inn_valid, "ru.inn", 12),
    (rules.amka_valid, "gr.amka", 11),
    (rules.afm_valid, "gr.vat", 9),
    (rules.tckimlik_valid, "tr.tckimlik", 11),
    (rules.pt_nif_valid, "pt.nif", 9),
    (rules.at_vnr_valid, "at.vnr", 10),
    (rules.nhs_valid, "gb.nhs", 10),
]


@pytest.mark.parametrize(("ours", "module", "length"), ORACLES)
def test_check_digits_agree_with_stdnum(ours, module: str, length: int) -> None:  # type: ignore[no-untyped-def]
    theirs = _stdnum(module)
    r = random.Random(length)
    agree = valid = 0
    for _ in range(20000):
        v = "".join(r.choice("0123456789") for _ in range(length))
        valid += bool(theirs.is_valid(v))
        agree += ours(v) == bool(theirs.is_valid(v))
    assert valid > 20  # the sample holds valid numbers, so agreement means something
    assert agree == 20000


def test_stricter_schemes_accept_everything_stdnum_draws() -> None:
    """Where ours is stricter than stdnum (dates, ranges), every number stdnum makes from
    a real date still passes."""
    ric, rrn, luhn = _stdnum("cn.ric"), _stdnum("kr.rrn"), _stdnum("luhn")
    r = random.Random(3)
    for _ in range(300):
        body = f"110101{r.randint(1940, 2010)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
        assert rules.cn_ric_valid(body + ric.calc_check_digit(body + "0"))  # takes a full number
        kbody = f"{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('12')}{r.randint(0, 96):02d}{r.randint(0, 999):03d}"
        assert rules.rrn_valid(kbody + rrn.calc_check_digit(kbody))
        sbody = f"{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
        assert rules.personnummer_valid(sbody + luhn.calc_check_digit(sbody))


def test_published_examples() -> None:
    assert rules.snils_valid("11223344595")  # the Pension Fund's sample 112-233-445 95
    assert not rules.snils_valid("11223344596")
    assert rules.inn_valid("7707083893") and not rules.inn_valid("7707083894")
    assert rules.pesel_valid("44051401359") and not rules.pesel_valid("44051401358")
    assert rules.ahv_valid("7569217076985") and not rules.ahv_valid("7569217076984")
    assert rules.tckimlik_valid("10000000146") and not rules.tckimlik_valid("10000000147")
    assert rules.nhs_valid("9434765919") and not rules.nhs_valid("9434765918")
    assert rules.cn_ric_valid("11010519491231002X") and not rules.cn_ric_valid("110105194912310021")
    assert rules.de_rvnr_valid("65170839J003") and not rules.de_rvnr_valid("65170839J004")
    assert rules.pl_id_card_valid("ABA300000") and not rules.pl_id_card_valid("ABA400000")
    assert rules.de_id_card_valid("T220001293") and not rules.de_id_card_valid("T220001294")
    assert rules.eg_nid_valid("29001011234567")
    assert not rules.eg_nid_valid("29013011234567")  # month 13
    assert not rules.eg_nid_valid("29001015034567")  # governorate 50
    assert rules.itin_valid("912701234") and not rules.itin_valid("912931234")
    assert rules.es_nss_valid("281234567840") and not rules.es_nss_valid("281234567841")


@pytest.mark.parametrize(
    ("text", "value", "locale"),
    [
        ("PESEL: 44051401359", "44051401359", "pl_PL"),
        (
            "Mój numer PESEL, o który Pan prosił w poprzednim mailu, to 44051401359",
            "44051401359",
            "pl_PL",
        ),
        ('{"pesel": "44051401359"}', "44051401359", "pl_PL"),
        ("NIP 123-456-32-18", "123-456-32-18", "pl_PL"),
        ("Seria i numer dowodu: ABA300000", "ABA300000", "pl_PL"),
        ("Kund 811218-9876 har ringt", "811218-9876", "sv_SE"),
        ("personnummer 19811218-9876", "19811218-9876", "sv_SE"),
        ("personnr=198112189876", "198112189876", "sv_SE"),
        ("ИНН 7707083893", "7707083893", "ru_RU"),
        ("СНИЛС: 112-233-445 95", "112-233-445 95", "ru_RU"),
        ("снилс 11223344595", "11223344595", "ru_RU"),
        ("Паспорт: 45 07 123456, выдан ОВД", "45 07 123456", "ru_RU"),
        ("身份证号11010519491231002X。", "11010519491231002X", "zh_CN"),
        ("客户 11010519491231002X 已登记", "11010519491231002X", "zh_CN"),
        ("ΑΦΜ 090000045", "090000045", "el_GR"),
        ("ΑΜΚΑ: 01018012345", None, "el_GR"),
        ("الرقم القومي: 29001011234567", "29001011234567", "ar_EG"),
        ("الرقم القومي ٢٩٠٠١٠١١٢٣٤٥٦٧", "٢٩٠٠١٠١١٢٣٤٥٦٧", "ar_EG"),
        ("SV-Nummer 65 170839 J 003", "65 170839 J 003", "de_DE"),
        ("AHV 756.9217.0769.85", "756.9217.0769.85", "de_DE"),
        ("ITIN 912-70-1234", "912-70-1234", "en_US"),
        ("NHS number 943 476 5919", "943 476 5919", "en_GB"),
        ("Nº Seguridad Social: 28/12345678/40", "28/12345678/40", "es_ES"),
        ("DNI 12.345.678-Z", "12.345.678-Z", "es_ES"),
        ("TC Kimlik No: 10000000146", "10000000146", None),
        ("Personalausweis T220001293", "T220001293", "de_DE"),
        ("आधार 234567890124", None, "hi_IN"),
    ],
)
def test_found_after_cue_or_by_shape(text: str, value: str | None, locale: str | None) -> None:
    got = ids(text, locale)
    if value is None:  # made-up digits: found only when the check digit happens to fit
        return
    assert got == [value], (text, got)


def test_korean_rrn() -> None:
    rrn = _stdnum("kr.rrn")
    body = "900101123456"
    v = body + rrn.calc_check_digit(body)
    dashed = f"{v[:6]}-{v[6:]}"
    assert ids(f"고객 {dashed} 확인") == [dashed]
    bad = dashed[:-1] + str((int(dashed[-1]) + 1) % 10)
    assert ids(f"고객 {bad} 확인") == []  # no cue, wrong check digit
    assert ids(f"주민등록번호: {bad}") == [bad]  # issued since 2020: no check digit


@pytest.mark.parametrize(
    "text",
    [
        "PESEL: 44051401358",  # wrong check digit
        "Bestellnummer 44051401359",  # no cue
        "ИНН 7707083894",
        "СНИЛС: 112-233-445 96",
        "ΑΦΜ 090000046",
        "NHS number 943 476 5918",
        # (A wrong check after the generic "身份证号" is read by the generic finder since
        # session 10: the words name no scheme. A scheme's own name still defers to it.)
        "订单号11010519491231002X已发货",  # a reference word, not a cue
        "رقم الطلب 29001011234567 تم الشحن",
        "Order 29001011234567 shipped",
        "timestamp 20250314102208 ok",
        "EAN 8801234567893",
        "Kod produktu ABA300000 w magazynie",  # dowód shape without its cue
        "Ordernummer 811218-9875, leverans 2025-03-14",
        "PESEL: 44051401359, tel. 600 123 456",
        "uuid 19811218-9876-4abc-8def-0123456789ab",  # a personnummer's shape inside a UUID
        "path a/811218-9876",
    ],
)
def test_hard_negatives(text: str) -> None:
    got = ids(text)
    if "PESEL: 44051401359" in text:
        assert got == ["44051401359"]  # the phone after it is not an id
    else:
        assert got == [], (text, got)


def test_other_scripts_digits_keep_offsets() -> None:
    text = "رقم ٢٩٠٠١٠١١٢٣٤٥٦٧"
    assert len(ascii_digits(text)) == len(text)
    assert ascii_digits("١٢٣ १२३ １２３") == "123 123 123"
    found = list(IntlNationalIdDetector()("الرقم القومي ٢٩٠٠١٠١١٢٣٤٥٦٧"))
    assert [f.detector for f in found] == ["eg_national_id"]


def test_cue_must_precede_without_other_numbers_between() -> None:
    det = IntlNationalIdDetector()
    assert [f.detector for f in det("ΑΦΜ 090000045")] == ["gr_afm"]
    assert list(det("ΑΦΜ 1234, τηλ 090000045")) == []
    assert [f.detector for f in det("PESEL (11 cyfr): 44051401359")] == ["pesel"]
    assert list(IntlNationalIdDetector(cue_window=4)("ΑΦΜ: the number is 090000045")) == []
