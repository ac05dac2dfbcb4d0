"""Phone-plan-shaped numbers that their text numbers as something else, and phones that
looked like amounts (session 10, issue 12). Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._phone_references import numbered_reference

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str | None) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Efni: Umsókn um starf gjaldkera (612/2025)", "is_IS"),
        ("Teema: kandideerimine (377/2026)", "et_EE"),
        ("Aktenzeichen: 4711/2024 bitte angeben", "de_DE"),
        ("Predmet: razpis (915/2025)", "sl_SI"),
        ("Subject: application for post (804/2026)", "en_SG"),
    ],
)
def test_number_and_year_is_a_reference(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Tilkynning um hraðasekt No 7423118", "is_IS"),
        ("Trahviteade No 5512093", "et_EE"),
        ("Rešenje Br. 0612 3341", "sr_RS"),
        ("Obvestilo Št. 7390-2025.", "sl_SI"),
        ("Bußgeldbescheid Nr. 0171 4402931", "de_DE"),
        ("Notice No 6623104", "en_PH"),
    ],
)
def test_number_after_a_numbered_noun_is_a_reference(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "phone"),
    [
        ("Mobile No 0803 456 7812", "en_NG", "0803 456 7812"),
        ("Home No: 0803 456 7812", "en_NG", "0803 456 7812"),
        ("Casa Nº 912 345 678", "pt_AO", "912 345 678"),
        ("pode me ligar no (21) 98765-4321", "pt_BR", "(21) 98765-4321"),
        ("mano naujas nr. 8-612-34567", "lt_LT", "8-612-34567"),
        ("llámame, mi número nuevo no 612 345 678", "es_ES", "612 345 678"),
        ("Tel. No. 6612345", "is_IS", "6612345"),
        ("Sími nr. 8612345", "is_IS", "8612345"),
        ("CP No. 0917 123 4567", "en_PH", "0917 123 4567"),
        ("Handy: 0664/1234567", "de_AT", "0664/1234567"),
        ("HP: 9123-4567 / ana.lim@mail.sg", "en_SG", "9123-4567"),
        ("H/P 8234 5678", "en_SG", "8234 5678"),
    ],
)
def test_phones_after_phone_nouns_stay(text: str, locale: str, phone: str) -> None:
    assert phones(text, locale) == [phone]


def test_numbered_reference_helper() -> None:
    assert numbered_reference("(412/2025)", 1, "412/2025") == "number and year"
    assert numbered_reference("Notice No 6515758", 10, "6515758") == "numbered reference"
    assert numbered_reference("Office No 6515758", 10, "6515758") is None
    assert numbered_reference("call 0664/1234567", 5, "0664/1234567") is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("12.03.2026  POS Goodwill 4471  -312.40 ₾", "ka_GE"),
        ("03.02.2026  POS Market 2210  -95.10 ₼", "az_AZ"),
        ("05.01.2026  Kaspi 3381  -12 500 ₸", "kk_KZ"),
        ("Paid 0803 455 2210 ₦ on delivery", "en_NG"),
        ("Total ৳ 01712 345678", "bn_BD"),
    ],
)
def test_amounts_in_more_currencies_are_no_phones(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Re: ინვოისი 599123456", "ka_GE"),
        ("Arve 5123 4567 tasumata", "et_EE"),
        ("Sifariş 0501234567 göndərildi", "az_AZ"),
        ("Тапсырыс 87011234567 дайын", "kk_KZ"),
        ("ইনভয়েস 01712345678 পরিশোধ", "bn_BD"),
        ("Pöntun 6612345 afgreidd", "is_IS"),
    ],
)
def test_invoice_and_order_words_in_more_languages(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "phone"),
    [
        ("ICE: Sofie Peeters 04 221 30 18", "fr_BE", "04 221 30 18"),
        ("Emergency: Jan Meyers 0471 22 33 44", "nl_BE", "0471 22 33 44"),
        ("Kontakt Anna Flowers 0171 2345678", "de_DE", "0171 2345678"),
    ],
)
def test_a_name_ending_like_a_currency_code_is_no_amount(
    text: str, locale: str, phone: str
) -> None:
    assert phones(text, locale) == [phone]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("318.604.27  Kabel HDMI 2m  x12  S/ 24.90", "es_PE"),
        ("455.120.93  Lepilo 5kg  x7  12,40 €", "sl_SI"),
        ("612.884.35  Paber A4  x20  4,99 €", "et_EE"),
    ],
)
def test_dotted_three_three_two_codes_are_no_phones(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "phone"),
    [
        ("Tel. 512.345.67", "et_EE", "512.345.67"),
        ("Móvil: 612.34.56.78", "es_ES", "612.34.56.78"),
        ("GSM 0471.12.34.56", "nl_BE", "0471.12.34.56"),
    ],
)
def test_dotted_phones_with_a_cue_or_another_grouping_stay(
    text: str, locale: str, phone: str
) -> None:
    assert phones(text, locale) == [phone]
