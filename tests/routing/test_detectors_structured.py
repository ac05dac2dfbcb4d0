"""Structured personal data from issue 12: national ids with their check digits, phone
regions, values glued to CJK text, coordinate forms, password cues, and the false
positives the independent set found (each with hard negatives)."""

from __future__ import annotations

import pytest
from faker import Faker

from hybridsdk import InferenceRequest
from hybridsdk._exceptions import ConfigurationError
from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._id_checksums import (
    aadhaar_valid,
    bsn_valid,
    codice_fiscale_valid,
    cpf_valid,
    dni_valid,
    mynumber_valid,
    nie_valid,
    nino_valid,
    nir_valid,
    pan_valid,
    steuer_id_valid,
    verhoeff_valid,
)
from hybridsdk.routing._phone_region import infer_regions, region_from_locale
from hybridsdk.routing._privacy import PrivacyPolicy

SCANNER = PiiScanner(use_phonenumbers=True)


def found(text: str, *, locale: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value(text)) for f in SCANNER.scan(text, locale=locale)]


# ---------------------------------------------------------------- check digits


def test_published_known_answers() -> None:
    assert verhoeff_valid("2363") and verhoeff_valid("123451")  # Verhoeff's own examples
    assert not verhoeff_valid("2364")
    assert steuer_id_valid("86095742719")  # the BZSt's sample number
    assert not steuer_id_valid("86095742718")
    assert mynumber_valid("123456789018")  # the Cabinet Office's sample
    assert not mynumber_valid("123456789012")
    assert cpf_valid("11144477735") and not cpf_valid("11144477736")
    assert not cpf_valid("11111111111")  # repdigits pass the arithmetic but are not issued
    assert bsn_valid("111222333") and not bsn_valid("111222334")
    assert dni_valid("12345678Z") and not dni_valid("12345678A")
    assert nie_valid("X1234567L") and not nie_valid("X1234567M")
    assert nino_valid("AB123456C")
    for bad in ("QQ123456C", "GB123456A", "AB123456E", "DA123456A", "ZZ123456A"):
        assert not nino_valid(bad), bad
    assert pan_valid("ABCPE1234F") and not pan_valid("ABCXE1234F")


@pytest.mark.parametrize("seed", range(40))
def test_faker_issued_numbers_pass_our_checks(seed: int) -> None:
    """Faker's generators were written by others from the same specs: an independent
    known-answer source (its Aadhaar maker has no Verhoeff digit, so it is not used)."""
    for locale, make, check in (
        ("it_IT", "ssn", codice_fiscale_valid),
        ("fr_FR", "ssn", nir_valid),
        ("nl_NL", "ssn", bsn_valid),
        ("es_ES", "nif", dni_valid),
        ("es_ES", "nie", nie_valid),
    ):
        fake = Faker(locale)
        fake.seed_instance(seed)
        value = getattr(fake, make)()
        assert check(value), (locale, make)
        # One changed check character fails.
        last = value[-1]
        swapped = value[:-1] + (
            str((int(last) + 1) % 10) if last.isdigit() else chr((ord(last) - 64) % 26 + 65)
        )
        assert not check(swapped), (locale, make)
    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    assert cpf_valid(fake.cpf().replace(".", "").replace("-", ""))


def test_aadhaar_needs_verhoeff_and_a_valid_first_digit() -> None:
    body = "23456789012"
    good = next(body + d for d in "0123456789" if verhoeff_valid(body + d))
    assert aadhaar_valid(good)
    assert not aadhaar_valid("1" + good[1:])  # no Aadhaar starts with 0 or 1
    assert sum(aadhaar_valid(body + d) for d in "0123456789") == 1


# ---------------------------------------------------------------- national ids in text


@pytest.mark.parametrize(
    "text, value",
    [
        ("NI number: AB 12 34 56 C, thanks", "AB 12 34 56 C"),
        ("Steuer-ID 86095742719 bitte prüfen", "86095742719"),
        ("Steuerliche IdNr. 86 095 742 719", "86 095 742 719"),
        ("numéro de sécu 1 84 12 76 451 089 46.", "1 84 12 76 451 089 46"),
        ("codice fiscale: BCCFRC15M25E852P", "BCCFRC15M25E852P"),
        ("mi DNI es 12345678Z", "12345678Z"),
        ("NIE X1234567L caducado", "X1234567L"),
        ('{"bsn": "111222333"}', "111222333"),
        ("CPF 111.444.777-35", "111.444.777-35"),
        ("meu cpf é 11144477735", "11144477735"),
        ("PAN ABCPE1234F linked", "ABCPE1234F"),
        ("マイナンバー123456789018です", "123456789018"),
        ("個人番号\uff1a1234 5678 9018", "1234 5678 9018"),
    ],
)
def test_national_ids_found(text: str, value: str) -> None:
    assert ("national_id", value) in found(text)


def test_aadhaar_spaced_and_cued() -> None:
    body = "98765432101"
    good = next(body + d for d in "0123456789" if verhoeff_valid(body + d))
    spaced = f"{good[:4]} {good[4:8]} {good[8:]}"
    assert ("national_id", spaced) in found(f"Aadhaar: {spaced}")
    assert ("national_id", good) in found(f"my aadhar no is {good}")


def test_spaced_aadhaar_before_a_short_number_is_found_and_in_fours_is_not() -> None:
    body = "50000000000"
    good = next(body + d for d in "0123456789" if verhoeff_valid(body + d))
    spaced = f"{good[:4]} {good[4:8]} {good[8:]}"
    for tail in (" 0", " 12 units", " 999"):  # a neighbouring number (hypothesis found " 0")
        assert ("national_id", spaced) in found(spaced + tail)
    assert not any(kind == "national_id" for kind, _ in found(spaced + " 5661"))  # a card in fours


@pytest.mark.parametrize(
    "text",
    [
        "order 111222333 shipped",  # BSN-valid digits, but no cue: an order number
        "invoice 86095742719 paid",  # Steuer-ID-valid digits, no cue
        "ticket 123456789018 closed",  # My Number-valid digits, no cue
        "BSN: 111222334",  # cue but a wrong check digit
        "CPF 111.444.777-36",
        "codice fiscale: BCCFRC15M25E852Q",
        "DNI 12345678A",
        "QQ123456C is a test code",
        "serial 11111111111",
        "ISBN 978-3-16-148410-0",
    ],
)
def test_national_id_hard_negatives(text: str) -> None:
    assert not [k for k, _ in found(text) if k == "national_id"], found(text)


# ---------------------------------------------------------------- phones by region


@pytest.mark.parametrize(
    "text, locale, value",
    [
        ("Ruf mich unter 030 12345678 an", "de_DE", "030 12345678"),
        ("Ruf mich bitte unter 030 12345678 an, danke", None, "030 12345678"),
        ("Appelez-moi au 06 12 34 56 78, merci", None, "06 12 34 56 78"),
        ("Llámame al 612 345 678, gracias", None, "612 345 678"),
        ("Chiamami al 347 123 4567, grazie", None, "347 123 4567"),
        ("Bel me op 06 12345678, bedankt", None, "06 12345678"),
        ("Me liga no (11) 91234-5678, obrigado", None, "(11) 91234-5678"),
        ("電話は090-1234-5678までお願いします", None, "090-1234-5678"),
        ("Call 98765 43210", "en_IN", "98765 43210"),
        ("Our London office: 020 7946 0018", None, "020 7946 0018"),
        ("전화 010-1234-5678 주세요", None, "010-1234-5678"),
        ("Call me on 0412 345 678", "en-AU", "0412 345 678"),
    ],
)
def test_phone_region_from_hint_script_and_words(text: str, locale: str | None, value: str) -> None:
    assert ("phone", value) in found(text, locale=locale)


def test_region_inference_order_and_bad_locale() -> None:
    assert region_from_locale("pt-BR") == "BR"
    assert region_from_locale("de_DE.UTF-8") == "DE"
    assert region_from_locale("ja") == "JP"
    assert infer_regions("hello", locale="fr_FR")[0] == "FR"
    assert infer_regions("東京の電話")[0] == "JP"  # Han + kana: Japanese, not Chinese
    assert infer_regions("plain text") == ["US"]
    with pytest.raises(ConfigurationError, match="locale"):
        region_from_locale("klingon-ish")
    with pytest.raises(ConfigurationError, match="locale"):
        PrivacyPolicy(locale="??")


def test_locale_hint_travels_on_the_request() -> None:
    policy = PrivacyPolicy()
    # An Italian mobile number: no trunk 0, and not valid in the US plan.
    request = InferenceRequest(text="347 123 4567 anytime", locale="it_IT")
    assert policy.assess_request(request).counts == {"phone": 1}
    assert policy.assess("347 123 4567 anytime", "internal").counts == {}
    assert policy.assess("347 123 4567, grazie", "internal").counts == {"phone": 1}
    assert PrivacyPolicy(locale="it").assess("347 123 4567 anytime", "internal").counts == {
        "phone": 1
    }
    # A phone cue right before it is enough on its own: any plan that reads it will do.
    assert policy.assess("ring 347 123 4567", "internal").counts == {"phone": 1}


def test_trunk_prefixed_national_numbers_need_no_region() -> None:
    assert ("phone", "0121 496 0018") in found("Reach me on 0121 496 0018 after six")
    assert ("phone", "030 12345678") in found("ring 030 12345678")
    assert not found("postcode 02112411 Lopes")  # 8 bare digits: a postal code


# ---------------------------------------------------------------- CJK, coordinates


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("メールはanna.k@example.co.jpです", "email", "anna.k@example.co.jp"),
        ("卡号4111111111111111已付款", "card", "4111111111111111"),
        ("IP地址192.168.1.20被封", "ipv4", "192.168.1.20"),
        ("設備aa:bb:cc:dd:ee:01に接続", "mac", "aa:bb:cc:dd:ee:01"),
        ("주소는anna@example.com입니다", "email", "anna@example.com"),
        ("座標35.6812,139.7671で待ち合わせ", "gps", "35.6812,139.7671"),
    ],
)
def test_values_glued_to_cjk_text(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Tower at 48°51'29.6\"N 2°17'40.2\"E today", "48°51'29.6\"N 2°17'40.2\"E"),
        ("pos N 48° 51.493' E 2° 17.670'", "N 48° 51.493' E 2° 17.670'"),
        ('{"lat": 48.8582, "lng": 2.2945}', '48.8582, "lng": 2.2945'),
        ("gps lat=52.52 lon=13.405 fix=3", "52.52 lon=13.405"),
        ("latitude: -33.8688, longitude: 151.2093", "-33.8688, longitude: 151.2093"),
    ],
)
def test_coordinate_forms(text: str, value: str) -> None:
    assert ("gps", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "constants 3.14159, 2.71828 in the notes",
        "embedding [0.1234, -0.5678, 0.9012, 0.3456, 0.7777]",
        "rgb 12.3456, 45.6789, 78.9012",
        "weights 0.5123, 0.4877",
        "temp=21.5432 hum=45.1234",
        "lat=48 lon=11",  # whole degrees: a region, not a place
    ],
)
def test_coordinate_hard_negatives(text: str) -> None:
    assert not [k for k, _ in found(text) if k == "gps"], found(text)


# ---------------------------------------------------------------- passwords, emails, ...


@pytest.mark.parametrize(
    "text, value",
    [
        # A password cue then letters and digits is a password even without a separator
        # (issue 12: "пароль Qw3rty9", "Wachtwoord river133"); a plain word is not.
        ("wifi pwd hunter22 ok", "hunter22"),
        ("wifi pwd reset ok", None),
        ("pwd: hunter22", "hunter22"),
        ("PW: S3cret!x", "S3cret!x"),
        ('{"user": "ana", "password": "abc123xyz"}', "abc123xyz"),
        ("Passwort: geheim123", "geheim123"),
        ("mot de passe : soleil42", "soleil42"),
        ("la contraseña es Verano2024", "Verano2024"),
        ("senha: banana77", "banana77"),
        ("パスワードはabc12345です", "abc12345"),
    ],
)
def test_password_cues(text: str, value: str | None) -> None:
    secrets = [v for k, v in found(text) if k == "secret"]
    if value is None:
        assert secrets == []  # a cue with no separator, then a word, is prose
    else:
        assert secrets == [value]


def test_password_placeholders_are_not_secrets() -> None:
    for text in ('"password": "***"', "password: <SECRET_1>", "password: null"):
        assert not [k for k, _ in found(text) if k == "secret"], text


def test_lowercase_iban_bare_mac_and_cued_ssn() -> None:
    assert ("iban", "de89 3704 0044 0532 0130 00") in found("iban de89 3704 0044 0532 0130 00")
    assert ("iban", "gb82west12345698765432") in found("to gb82west12345698765432 pls")
    assert ("mac", "a4c3f0851b2e") in found("wlan0 mac=a4c3f0851b2e up")
    assert ("mac", "A4C3F0851B2E") in found("BSSID A4C3F0851B2E")
    assert not found("commit a4c3f0851b2e merged")  # a short git hash
    assert ("ssn", "219098765") in found("SSN: 219098765")
    assert not [k for k, _ in found("invoice 219098765") if k == "ssn"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("write anna.k (at) example (dot) com", "anna.k (at) example (dot) com"),
        ("mail: bob[at]corp.example[.]org", "bob[at]corp.example[.]org"),
        ("jo at mail dot de", "jo at mail dot de"),
    ],
)
def test_obfuscated_emails(text: str, value: str) -> None:
    assert ("email", value) in found(text)


def test_obfuscated_email_hard_negatives() -> None:
    assert not found("meet at noon dot com is a site")
    assert not found("look at the dot matrix")


@pytest.mark.parametrize(
    "text",
    [
        "2025-02-08 10:32:08,306 INFO kiosk started",
        "[08/02/2025 10:32:08] boot",
        "fw 2.4.17.3 installed",
        "updated to 2.4.17.3 last night",
        "FW: 1.0.12.4",
        "PO 4500012345 approved",
        "purchase order no. 4500012345",
        "Bestellnummer 4500012345",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",
        "request id 550e8400e29b41d4a716446655440000",
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ],
)
def test_reported_false_positives_are_gone(text: str) -> None:
    assert found(text) == []


def test_hex_secret_with_a_cue_is_still_a_secret() -> None:
    text = "signing key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    assert [k for k, _ in found(text)] == ["secret"]


def test_regex_fallback_finds_a_phone_after_a_number_list() -> None:
    scanner = PiiScanner(use_phonenumbers=False, ner=False)
    text = "10 100 (212) 200-0000"
    assert [f.value(text) for f in scanner.scan(text)] == ["(212) 200-0000"]


def test_phone_after_a_reference_word_keeps_its_country_code() -> None:
    # The reference cue only silences national forms; "+49 ..." is always a phone.
    assert ("phone", "+49 30 12345678") in found("Ref +49 30 12345678")


def test_new_kinds_raise_the_label() -> None:
    a = PrivacyPolicy().assess("BSN: 111222333", "public")
    assert a.effective_label.value == "confidential" and a.counts == {"national_id": 1}
    assert PiiKind("national_id") is PiiKind.NATIONAL_ID


@pytest.mark.parametrize(
    "phone", ["713-835-4284", "(312) 439-7919", "+44 20 7946 0170", "+1 617 662 3232"]
)
def test_spaced_aadhaar_right_after_a_phone_is_found(phone: str) -> None:
    # The phone's last group and the id's first two matched the Aadhaar shape, failed its
    # check and hid the id behind it; with a comma between them it was found.
    body = "50123456789"
    good = next(body + d for d in "0123456789" if verhoeff_valid(body + d))
    spaced = f"{good[:4]} {good[4:8]} {good[8:]}"
    for sep in (" ", ", "):
        assert ("national_id", spaced) in found(f"call {phone}{sep}{spaced} ok")


def test_two_spaced_aadhaars_back_to_back_are_both_found() -> None:
    # Hypothesis drew the same id twice with one space between: six groups of four, read
    # as one longer number, so both reached the cloud. Both halves pass the check: two ids.
    ids = []
    for body in ("50000000000", "98765432101"):
        good = next(body + d for d in "0123456789" if verhoeff_valid(body + d))
        ids.append(f"{good[:4]} {good[4:8]} {good[8:]}")
    for first, second in ((ids[0], ids[0]), (ids[0], ids[1])):
        assert found(f"ids {first} {second} ok") == [
            ("national_id", first),
            ("national_id", second),
        ]
    # One half failing the check, or a seventh group: still a longer number, no id.
    bad = ids[1][:-1] + str((int(ids[1][-1]) + 1) % 10)
    assert not any(kind == "national_id" for kind, _ in found(f"ids {ids[0]} {bad} ok"))
    assert not any(kind == "national_id" for kind, _ in found(f"ids 1234 {ids[0]} {ids[1]} ok"))


def test_the_tail_of_a_number_in_fours_is_no_spaced_aadhaar() -> None:
    for head in ("1234 ", "1234 5678 "):
        body = "50123456789"
        good = next(body + d for d in "0123456789" if verhoeff_valid(body + d))
        text = f"ref {head}{good[:4]} {good[4:8]} {good[8:]} ok"
        assert not any(kind == "national_id" for kind, _ in found(text))
