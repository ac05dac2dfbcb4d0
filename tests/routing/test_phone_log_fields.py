"""Numbers of machine formats that hold no phone (hybridsdk/routing/_phone_log_fields.py):
an access log's status and size, a logcat line's process and thread ids, an HL7 field
other than a phone field, a column of small counts. Phones in the same texts are still
found. All values are made up."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(use_phonenumbers=True, ner=False)


def _phones(scanner: PiiScanner, text: str, locale: str) -> list[str]:
    return [
        text[f.start : f.end] for f in scanner.scan(text, locale=locale) if f.kind is PiiKind.PHONE
    ]


@pytest.mark.parametrize(
    ("status", "size", "locale"),
    [("304", "16688", "ro_MD"), ("200", "48213", "de_DE"), ("500", "29014", "en_GH"),
     ("301", "1234567", "fr_FR"), ("404", "9153", "el_GR")],
)  # fmt: skip
def test_access_log_status_and_size(
    scanner: PiiScanner, status: str, size: str, locale: str
) -> None:
    line = f'10.2.3.4 - - [07/Mar/2026:10:00:01 +0100] "GET /api/v1/items HTTP/1.1" {status} {size} "-" "curl/8.5.0"\n'
    line += f'10.2.3.5 - - [07/Mar/2026:10:00:02 +0100] "POST /login HTTP/2.0" {status} {size}3 "-" "okhttp/4.12.0"\n'
    assert _phones(scanner, line, locale) == []


@pytest.mark.parametrize(
    ("pid", "tid", "phone", "locale"),
    [("2997", "3022", "+373 69 123 456", "ro_MD"), ("5637", "5650", "+593 99 123 4567", "es_EC"),
     ("21558", "21581", "+1 876 555 0142", "en_JM"), ("4663", "4666", "+971 50 123 4567", "ar_AE")],
)  # fmt: skip
def test_logcat_process_and_thread_ids(
    scanner: PiiScanner, pid: str, tid: str, phone: str, locale: str
) -> None:
    text = (
        f"03-07 15:01:54.572  {pid}  {tid} I ActivityManager: Start proc\n"
        f'03-07 15:01:55.100  {pid}  {tid} D OkHttp: {{"msisdn":"{phone}"}}\n'
        f"03-07 15:01:56.001  {pid}  {tid} W Choreographer: Skipped 31 frames\n"
    )
    assert _phones(scanner, text, locale) == [phone]


def test_hl7_non_phone_fields_and_phone_fields(scanner: PiiScanner) -> None:
    text = (
        "MSH|^~\\&|LAB|HOSP|||20260307||ADT^A01|1|P|2.5\r"
        "PID|1||4182659^^^HOSP^MR~8845123907^^^XX^NI||Doe^Jan||19610303|M|||Main St 1^^Town"
        "||+44 20 7946 0321|||||||||||58830917\r"
        "NK1|1|Doe^Ana|SPO|||+44 20 7946 0788\r"
        "PV1|1|I|W1^101^1||||4471^Smith^Alex|||||||||||77120984\r"
    )
    assert _phones(scanner, text, "en_GB") == ["+44 20 7946 0321", "+44 20 7946 0788"]


def test_hl7_phone_field_without_plus_is_kept(scanner: PiiScanner) -> None:
    text = "PID|1||12345^^^H^MR||Roe^Eva||19700101|F|||Calle 2^^Madrid||912 345 678\n"
    assert _phones(scanner, text, "es_ES") == ["912 345 678"]


def test_column_of_small_counts(scanner: PiiScanner) -> None:
    text = (
        " 1. Northside FC             22 15  4  3   49\n"
        " 2. Harbour United           22 12  5  5   41\n"
        " 3. Old Town Rovers          22 10  8  4   38\n"
    )
    assert _phones(scanner, text, "en_GB") == []


@pytest.mark.parametrize(
    ("text", "locale", "phone"),
    [
        ("Tel: 030  1234 5678", "de_DE", "030  1234 5678"),  # a double space in a phone
        ('Note "call me HTTP/1.1" 0612345678', "nl_NL", "0612345678"),  # quote, no status
        ("Mobile: 069 12 34 56", "sq_AL", "069 12 34 56"),
    ],
)
def test_phones_near_these_shapes_are_kept(
    scanner: PiiScanner, text: str, locale: str, phone: str
) -> None:
    assert _phones(scanner, text, locale) == [phone]
