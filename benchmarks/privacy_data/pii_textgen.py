"""Labelled texts with personal data, in many locales, for tuning and for evaluation.

    python benchmarks/privacy_data/pii_textgen.py            # writes benchmarks/privacy_data/eval.jsonl
    python benchmarks/privacy_data/pii_textgen.py --check    # regenerates and compares

Two splits that share no template, no locale-specific phrasing and no seed:

- "tune" (seeds 1000+, TUNE_LOCALES, the *_TUNE phrase tables): what the name/address/
  date-of-birth model is trained on and what anyone adjusting a detector may look at.
- "eval" (seed 7, TUNE_LOCALES plus HELD_OUT_LOCALES never seen in tuning, the *_EVAL
  phrase tables and frames): the fixed file eval.jsonl, read only by the benchmark.

Values come from Faker (names, addresses, phones, emails, cards, IBANs, IPs, MACs,
passwords, codice fiscale, NIR, BSN, CPF, DNI/NIE) or, where Faker has no valid maker
(Aadhaar with its Verhoeff digit, Steuer-ID, My Number, NINO prefixes), from the issuers'
published rules. Texts come in seven styles: chat, kiosk, ticket, IoT log, JSON form, SMS
and e-mail signature, each with hard negatives (log timestamps, firmware versions, PO
numbers, git hashes and undashed UUIDs, math constants, vectors, sensor readings, dates
that are not birthdays, check-digit failures, company and product names).

Each line of the output is {"text", "locale", "style", "spans": [[kind, start, end]]}.
Needs `faker` and `phonenumbers` (the "models" and "dev" extras).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker

HERE = Path(__file__).resolve().parent
EVAL_FILE = HERE / "eval.jsonl"
EVAL_SEED = 20261206
EVAL_SIZE = 1600

TUNE_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "ja_JP", "en_IN",
)  # fmt: skip
HELD_OUT_LOCALES = (
    "de_AT", "fr_CH", "es_MX", "en_AU", "pt_PT", "nl_BE", "ko_KR", "zh_CN", "pl_PL", "sv_SE",
)  # fmt: skip
KINDS = (
    "email", "phone", "card", "iban", "ssn", "ipv4", "ipv6", "gps", "mac", "secret",
    "national_id", "person", "address", "dob",
)  # fmt: skip
STRUCTURED = KINDS[:11]

# ---------------------------------------------------------------- values


def _verhoeff_digit(body: str) -> str:
    d = (
        (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
        (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
        (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
        (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
        (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
    )  # fmt: skip
    p = (
        (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
        (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
        (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
        (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
    )  # fmt: skip
    inv = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return str(inv[c])


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(10))
    full = body + _verhoeff_digit(body)
    return rng.choice((full, f"{full[:4]} {full[4:8]} {full[8:]}"))


def steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample(string.digits, 9)
        if digits[0] == "0":
            continue
        dup = rng.choice(digits)
        pos = rng.randint(1, 9)
        ten = "".join([*digits[:pos], dup, *digits[pos:]])
        product = 10
        for ch in ten:
            total = (int(ch) + product) % 10 or 10
            product = total * 2 % 11
        check = (11 - product) % 10
        value = ten + str(check)
        return rng.choice((value, f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"))


def mynumber(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(11))
    total = sum(int(body[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    rem = total % 11
    full = body + str(0 if rem <= 1 else 11 - rem)
    return rng.choice((full, f"{full[:4]} {full[4:8]} {full[8:]}"))


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        first, second = "A", "B"
    d = "".join(rng.choice(string.digits) for _ in range(6))
    suffix = rng.choice("ABCD")
    return rng.choice(
        (f"{first}{second}{d}{suffix}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}")
    )


def pan(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(5))
    letters = letters[:3] + rng.choice("PCHFT") + letters[4]
    return (
        letters
        + "".join(rng.choice(string.digits) for _ in range(4))
        + rng.choice(string.ascii_uppercase)
    )


def national_id(fake: Faker, rng: random.Random, country: str) -> tuple[str, str]:
    """A (cue word, value) pair for the country, or another country's id."""
    makers: dict[str, Callable[[], tuple[str, str]]] = {
        "GB": lambda: (rng.choice(("NI number", "NINO", "National Insurance no.")), nino(rng)),
        "DE": lambda: (rng.choice(("Steuer-ID", "Steuer-IdNr.", "Identifikationsnummer")), steuer_id(rng)),
        "FR": lambda: (rng.choice(("NIR", "numéro de sécurité sociale", "n° sécu")), _fr_nir(fake, rng)),
        "IT": lambda: (rng.choice(("codice fiscale", "CF", "C.F.")), Faker("it_IT").ssn()),
        "ES": lambda: (rng.choice(("DNI", "NIF", "NIE")), Faker("es_ES").nif() if rng.random() < 0.6 else Faker("es_ES").nie()),
        "NL": lambda: (rng.choice(("BSN", "burgerservicenummer", "BSN-nummer")), Faker("nl_NL").ssn()),
        "BR": lambda: (rng.choice(("CPF", "cpf", "nº do CPF")), Faker("pt_BR").cpf() if rng.random() < 0.7 else Faker("pt_BR").cpf().replace(".", "").replace("-", "")),
        "IN": lambda: (("Aadhaar", aadhaar(rng)) if rng.random() < 0.6 else ("PAN", pan(rng))),
        "JP": lambda: (rng.choice(("マイナンバー", "個人番号", "My Number")), mynumber(rng)),
    }  # fmt: skip
    if country not in makers or rng.random() < 0.25:
        country = rng.choice(sorted(makers))
    return makers[country]()


def _fr_nir(fake: Faker, rng: random.Random) -> str:
    value = str(Faker("fr_FR").ssn())
    if rng.random() < 0.5:
        return " ".join(
            (value[0], value[1:3], value[3:5], value[5:7], value[7:10], value[10:13], value[13:])
        )
    return value


def phone(fake: Faker, rng: random.Random, region: str) -> str:
    """A phone number valid in its plan, written as Faker writes it or in a plan format."""
    for _ in range(8):
        raw = re.sub(r"\s*(?:x|ext\.?)\s*\d+$", "", fake.phone_number())
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            if rng.random() < 0.6:
                return raw
            fmt = rng.choice(
                (
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                )
            )
            return str(phonenumbers.format_number(number, fmt))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return str(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def gps(rng: random.Random, style: str) -> str:
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    form = rng.choice(("dec", "dec", "dms", "fields"))
    if form == "dms":

        def dms(v: float, pos: str, neg: str) -> str:
            a = abs(v)
            d, m = int(a), (a - int(a)) * 60
            return f"{d}°{int(m)}'{(m - int(m)) * 60:.1f}\"{pos if v >= 0 else neg}"

        return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
    if form == "fields" or style in ("json", "iot"):
        # The labelled span runs from the first number to the second.
        return f"{lat:.5f}|{lon:.5f}"
    return f"{lat:.{rng.randint(4, 6)}f}, {lon:.{rng.randint(4, 6)}f}"


def secret(fake: Faker, rng: random.Random) -> str:
    if rng.random() < 0.6:
        return str(fake.password(length=rng.randint(9, 14)))
    alnum = string.ascii_letters + string.digits
    prefix, n = rng.choice((("ghp_", 36), ("sk_live_", 24), ("xoxb-", 30), ("AKIA", 16)))
    body = "".join(
        rng.choice(string.ascii_uppercase + string.digits if prefix == "AKIA" else alnum)
        for _ in range(n)
    )
    return prefix + body


def dob(fake: Faker, rng: random.Random, lang: str) -> str:
    d = fake.date_of_birth(minimum_age=18, maximum_age=90)
    months = {
        "en": "January February March April May June July August September October November December",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    }
    forms = [d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d")]
    if lang == "en":
        forms += [d.strftime("%m/%d/%Y"), f"{months['en'].split()[d.month - 1]} {d.day}, {d.year}"]
    if lang in months:
        forms.append(f"{d.day} {months[lang].split()[d.month - 1]} {d.year}")
    if lang in ("ja", "zh"):
        forms = [f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y/%m/%d")]
    if lang == "ko":
        forms = [f"{d.year}년 {d.month}월 {d.day}일", d.strftime("%Y.%m.%d")]
    return rng.choice(forms)


# ---------------------------------------------------------------- phrasing

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    # kind -> language -> field labels (both splits: labels are the language, not a template)
    "person": {"en": ("Name", "Customer"), "de": ("Name", "Kunde"), "fr": ("Nom", "Client"), "es": ("Nombre", "Cliente"), "it": ("Nome", "Cliente"), "nl": ("Naam", "Klant"), "pt": ("Nome", "Cliente"), "ja": ("氏名", "お名前"), "ko": ("이름", "성명"), "zh": ("姓名", "客户"), "pl": ("Imię i nazwisko",), "sv": ("Namn",)},
    "address": {"en": ("Address", "Ship to"), "de": ("Adresse", "Anschrift"), "fr": ("Adresse",), "es": ("Dirección", "Domicilio"), "it": ("Indirizzo",), "nl": ("Adres",), "pt": ("Endereço", "Morada"), "ja": ("住所",), "ko": ("주소",), "zh": ("地址",), "pl": ("Adres",), "sv": ("Adress",)},
    "phone": {"en": ("Phone", "Tel", "Mobile"), "de": ("Telefon", "Tel.", "Handy"), "fr": ("Téléphone", "Tél.", "Portable"), "es": ("Teléfono", "Tel.", "Móvil"), "it": ("Telefono", "Cell."), "nl": ("Telefoon", "Tel.", "Mobiel"), "pt": ("Telefone", "Tel.", "Celular"), "ja": ("電話", "TEL"), "ko": ("전화", "연락처"), "zh": ("电话", "手机"), "pl": ("Telefon", "tel."), "sv": ("Telefon", "Mobil")},
    "email": {"en": ("Email", "E-mail"), "de": ("E-Mail",), "fr": ("Courriel", "E-mail"), "es": ("Correo", "Email"), "it": ("Email",), "nl": ("E-mail",), "pt": ("E-mail",), "ja": ("メール",), "ko": ("이메일",), "zh": ("邮箱",), "pl": ("E-mail",), "sv": ("E-post",)},
    "dob": {"en": ("Date of birth", "DOB", "Born"), "de": ("Geburtsdatum", "geb."), "fr": ("Date de naissance", "Né le"), "es": ("Fecha de nacimiento", "F. nac."), "it": ("Data di nascita", "Nato il"), "nl": ("Geboortedatum",), "pt": ("Data de nascimento",), "ja": ("生年月日",), "ko": ("생년월일",), "zh": ("出生日期",), "pl": ("Data urodzenia",), "sv": ("Födelsedatum",)},
    "iban": {"en": ("IBAN", "Account"), "de": ("IBAN", "Konto"), "fr": ("IBAN", "RIB"), "es": ("IBAN", "Cuenta"), "it": ("IBAN",), "nl": ("IBAN", "Rekening"), "pt": ("IBAN", "NIB"), "ja": ("口座",), "ko": ("계좌",), "zh": ("账户",), "pl": ("IBAN", "Konto"), "sv": ("IBAN", "Konto")},
    "secret": {"en": ("password", "pwd", "PW"), "de": ("Passwort", "Kennwort"), "fr": ("mot de passe", "mdp"), "es": ("contraseña", "clave"), "it": ("password",), "nl": ("wachtwoord",), "pt": ("senha",), "ja": ("パスワード",), "ko": ("비밀번호",), "zh": ("密码",), "pl": ("hasło",), "sv": ("lösenord",)},
}  # fmt: skip

# Sentences per split: {v} is the value. Tune and eval share none.
PHRASES_TUNE: dict[str, tuple[str, ...]] = {
    "person": (
        "My name is {v}.", "This is {v} speaking.", "{v} asked about the order.",
        "Please ask for {v} at the desk.", "I'm {v}", "{v} will pick it up", "from {v}",
        "Dear {v},", "Regards, {v}", "attn: {v}", "guest {v} arrived", "{L} - {v}", "[{L}] {v}",
        "customer {v} called twice", "{v} wrote:", "invited {v} and her team",
        "Ich bin {v}.", "Je m'appelle {v}.", "Me llamo {v}.", "Mi chiamo {v}.",
        "Ik heet {v}.", "Meu nome é {v}.", "{v}です。", "{v}様", "저는 {v}입니다",
        "我叫{v}", "{v} hat angerufen", "{v} a appelé", "{v} llamó", "visitor {v}, badge 12",
        "{v}", "{v} ({L})", "signed by {v} on behalf of", "@{v} can you check",
    ),
    "address": (
        "I live at {v}.", "Deliver to {v} please.", "Our office: {v}.", "{L} - {v}", "[{L}] {v}",
        "ship it to {v}", "address {v}", "Wohnhaft in {v}.", "J'habite au {v}.",
        "Vivo en {v}.", "Abito in {v}.", "Ik woon op {v}.", "Moro na {v}.", "住所は{v}です",
        "주소: {v}", "地址是{v}", "billing: {v}", "the van stopped at {v}", "{v}",
        "new address - {v}", "return label to {v}",
    ),
    "dob": (
        "I was born on {v}.", "birthday {v}", "DOB {v}", "{L} - {v}", "[{L}] {v}", "{L}={v}",
        "geboren am {v}", "né le {v}", "nacido el {v}", "nato il {v}", "geboren op {v}",
        "nascido em {v}", "{v}生まれ", "born in {v} in Lyon", "b. {v}", "dob={v}",
    ),
    "phone": ("Call me at {v}.", "my number is {v}", "Reach me on {v} after six.", "{L} - {v}", "[{L}] {v}", "{L}={v}"),
    "email": ("Write to {v}.", "mail me at {v}", "contact: {v}"),
    "card": ("Charge my card {v}.", "card no {v}"),
    "iban": ("Please wire it to {v}.", "IBAN {v}"),
    "ssn": ("SSN {v}", "my social is {v}"),
    "ipv4": ("Login from {v} failed.", "host {v} is down"),
    "ipv6": ("peer {v} dropped", "Connected from {v}."),
    "gps": ("I am at {v} right now.", "pin: {v}"),
    "mac": ("device {v} joined", "MAC {v} blocked"),
    "secret": ("the password is {v}", "pwd: {v}"),
    "national_id": ("{c} {v}", "my {c} is {v}"),
}  # fmt: skip
PHRASES_EVAL: dict[str, tuple[str, ...]] = {
    "person": ("Hello, {v} here.", "Booked under {v}.", "Signed, {v}", "Patient {v} checked in.", "Thanks {v}!"),
    "address": ("Send the parcel to {v}.", "Pickup address is {v}.", "We moved to {v} last month."),
    "dob": ("Date of birth: {v}.", "born {v}", "{L}: {v}"),
    "phone": ("You can text {v} anytime.", "{L} {v}", "ring {v} if the kiosk is stuck"),
    "email": ("{L}: {v}", "reply to {v} please", "cc {v}"),
    "card": ("paid with {v} yesterday", "Card: {v}"),
    "iban": ("{L}: {v}", "refund to {v}"),
    "ssn": ("SSN: {v}", "social security number {v}"),
    "ipv4": ("blocked src={v}", "the camera at {v} is offline"),
    "ipv6": ("src {v} rejected", "ping {v}"),
    "gps": ("Location {v}.", "Found it at {v}!"),
    "mac": ("new client {v}", "hw addr {v}"),
    "secret": ("{L}: {v}", "token {v}"),
    "national_id": ("{c}: {v}", "{c} {v} on file"),
}  # fmt: skip

NEGATIVES_TUNE: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"Order #{r.randint(100000, 999999)} shipped.",
    lambda r: f"version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
    lambda r: f"at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    lambda r: f"costs {r.randint(1, 999)}.{r.randint(0, 99):02d} EUR",
    lambda r: "The Grand Hotel was nice.",
    lambda r: f"Room {r.randint(100, 999)}",
    lambda r: f"due {r.randint(1, 12)}/{r.randint(1, 28)}/20{r.randint(24, 27)}",
    lambda r: f"valid until {r.randint(1, 28)}.{r.randint(1, 12)}.20{r.randint(24, 29)}",
    lambda r: f"on 20{r.randint(20, 26)}-0{r.randint(1, 9)}-{r.randint(10, 28)}",
    lambda r: ", ".join(
        f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}" for _ in range(3)
    ),
    lambda r: f"Our office is closed on {r.choice(('Monday', 'Sunday'))}.",
    lambda r: f"Contact the {r.choice(('Paris', 'London', 'Tokyo', 'Madrid'))} team.",
    lambda r: f"Parts: {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
    lambda r: r.choice(
        ("Main Street Bakery", "Bahnhofstraße station", "Rue de Rivoli store", "Dr. Oetker pizza")
    ),
)
NEGATIVES_EVAL: tuple[Callable[[random.Random], str], ...] = (
    lambda r: (
        f"2025-0{r.randint(1, 9)}-{r.randint(10, 28)} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)},{r.randint(100, 999)} INFO boot ok"
    ),
    lambda r: (
        f"fw {r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(10, 30)}.{r.randint(1, 9)} installed"
    ),
    lambda r: (
        f"updated to {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}.{r.randint(0, 99)}"
    ),
    lambda r: f"PO {r.randint(4500000000, 4599999999)} approved",
    lambda r: f"purchase order no. {r.randint(4500000000, 4599999999)}",
    lambda r: "commit " + "".join(r.choice("0123456789abcdef") for _ in range(40)),
    lambda r: "request id " + "".join(r.choice("0123456789abcdef") for _ in range(32)),
    lambda r: "build " + "".join(r.choice("0123456789abcdef") for _ in range(12)),
    lambda r: "pi ≈ 3.14159, e ≈ 2.71828",
    lambda r: "embedding [" + ", ".join(f"{r.uniform(-1, 1):.4f}" for _ in range(5)) + "]",
    lambda r: f"temp={r.uniform(15, 30):.4f} hum={r.uniform(30, 60):.4f}",
    lambda r: f"accel {r.uniform(-9, 9):.4f}, {r.uniform(-9, 9):.4f}, {r.uniform(-9, 9):.4f}",
    lambda r: f"Appointment on {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 at 10:30",
    lambda r: f"delivered {r.randint(1, 28)}.{r.randint(1, 12)}.2025",
    lambda r: f"invoice {r.randint(100000000, 999999999)}",
    lambda r: f"ticket {r.randint(10**11, 10**12 - 1)}",
    lambda r: (
        f"tracking 1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))}"
    ),
    lambda r: r.choice(
        ("Acme Robotics GmbH", "Siemens AG", "Café de Flore", "Hotel Adlon", "Toyota Motor Corp.")
    ),
    lambda r: r.choice(
        ("Raspberry Pi 5", "Jetson Orin Nano", "Galaxy S24", "iPhone 15 Pro", "ThinkPad X1")
    ),
    lambda r: f"SKU {r.randint(10000000, 99999999)}",
    lambda r: "CPF " + _bad_cpf(r),
    lambda r: f"batch {r.randint(10**8, 10**9 - 1)}",
    lambda r: f"Meeting in Berlin on {r.choice(('Monday', 'Friday'))}",
)


def _bad_cpf(rng: random.Random) -> str:
    """A CPF-shaped number whose check digits are wrong."""
    nine = "".join(rng.choice(string.digits) for _ in range(9))
    nums = [int(c) for c in nine]
    d1 = sum(d * (10 - i) for i, d in enumerate(nums)) * 10 % 11 % 10
    d2 = sum(d * (11 - i) for i, d in enumerate([*nums, d1])) * 10 % 11 % 10
    wrong = f"{(d1 + rng.randint(1, 9)) % 10}{d2}"
    return f"{nine[:3]}.{nine[3:6]}.{nine[6:]}-{wrong}"


def lang_of(locale: str) -> str:
    return locale.split("_")[0]


# ---------------------------------------------------------------- texts

_Piece = tuple[str, str | None]  # (text, kind or None)


_IBAN_LOCALES = (
    "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "pt_PT", "de_AT", "fr_CH",
    "nl_BE", "pl_PL",
)  # fmt: skip


def _value(kind: str, fake: Faker, rng: random.Random, locale: str, style: str) -> tuple[str, str]:
    """(value, cue) for a kind; the cue is used by national ids only."""
    region = locale.split("_")[1]
    lang = lang_of(locale)
    if kind == "person":
        return (fake.first_name() if style == "chat" and rng.random() < 0.2 else fake.name()), ""
    if kind == "address":
        sep = "\n" if style == "signature" else ", "
        return fake.address().replace("\n", sep), ""
    if kind == "dob":
        return dob(fake, rng, lang), ""
    if kind == "phone":
        return phone(fake, rng, region), ""
    if kind == "email":
        email = fake.email()
        if rng.random() < 0.1:
            local, domain = email.split("@")
            email = f"{local} (at) {domain.replace('.', ' (dot) ')}"
        return email, ""
    if kind == "card":
        digits = Faker("en_US").credit_card_number(
            card_type=rng.choice(("visa16", "mastercard", "amex", "discover"))
        )
        if rng.random() < 0.5 and len(digits) == 16:
            digits = " ".join(digits[i : i + 4] for i in range(0, 16, 4))
        return digits, ""
    if kind == "iban":
        # Faker's generic IBAN maker (locales without a bank format) gives wrong lengths.
        iban_locale = locale if locale in _IBAN_LOCALES else rng.choice(_IBAN_LOCALES)
        iban = Faker(iban_locale).iban()
        if rng.random() < 0.4:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        if rng.random() < 0.15:
            iban = iban.lower()
        return iban, ""
    if kind == "ssn":
        return Faker("en_US").ssn(), ""
    if kind == "ipv4":
        return fake.ipv4_public() if rng.random() < 0.5 else fake.ipv4_private(), ""
    if kind == "ipv6":
        return fake.ipv6(), ""
    if kind == "mac":
        mac = fake.mac_address()
        return (mac.replace(":", "") if rng.random() < 0.2 else mac), ""
    if kind == "gps":
        return gps(rng, style), ""
    if kind == "secret":
        return secret(fake, rng), ""
    if kind == "national_id":
        cue, value = national_id(fake, rng, region)
        return value, cue
    raise ValueError(kind)


def _phrase(
    kind: str, value: str, cue: str, lang: str, rng: random.Random, split: str
) -> list[_Piece]:
    table = PHRASES_TUNE if split == "tune" else PHRASES_EVAL
    template = rng.choice(table[kind])
    label = rng.choice(LABELS.get(kind, {}).get(lang) or LABELS.get(kind, {}).get("en") or (kind,))
    if kind == "mac" and len(value) == 12:
        template = "wlan0 mac={v}" if split == "eval" else "mac {v}"
    if kind == "secret" and "{L}" not in template and split == "eval" and rng.random() < 0.5:
        template = "{L}: {v}"
    if kind == "ssn" and "-" not in value[3:4]:
        template = "SSN {v}"
    if kind == "gps" and "|" in value:
        lat, lon = value.split("|")
        keys = rng.choice((("lat", "lng"), ("lat", "lon"), ("latitude", "longitude")))
        if split == "eval":
            pre = f'"{keys[0]}": '
            mid = f', "{keys[1]}": '
        else:
            pre, mid = f"{keys[0]}=", f" {keys[1]}="
        return [(pre, None), (lat + mid + lon, "gps")]
    before, after = template.split("{v}")
    before = before.replace("{L}", label).replace("{c}", cue)
    after = after.replace("{L}", label).replace("{c}", cue)
    return [(before, None), (value, kind), (after, None)]


def _frame(
    style: str, items: list[list[_Piece]], rng: random.Random, lang: str, split: str
) -> list[_Piece]:
    """Wraps phrase pieces in a text of the given style."""
    out: list[_Piece] = []

    def add(s: str) -> None:
        out.append((s, None))

    if style == "json":
        add("{")
        for i, pieces in enumerate(items):
            kind = next((k for _, k in pieces if k), "note")
            value = next((t for t, k in pieces if k), "")
            key = {
                "person": "name",
                "dob": "birth_date",
                "national_id": "tax_id",
                "secret": "password",
            }.get(kind, kind)
            if kind == "gps":
                out.extend([('"geo": {', None), *pieces, ("}", None)])
            elif kind in (
                "person",
                "address",
                "dob",
                "phone",
                "email",
                "secret",
                "national_id",
                "iban",
            ):
                add(f'"{key}": "')
                out.append((value, kind))
                add('"')
            else:
                add(f'"{kind}_field": "')
                out.extend(pieces)
                add('"')
            if i < len(items) - 1:
                add(", ")
        add("}")
        return out
    if style == "iot":
        add(
            f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 0{rng.randint(0, 9)}:1{rng.randint(0, 9)}:2{rng.randint(0, 9)},{rng.randint(100, 999)} INFO dev=kiosk-{rng.randint(1, 40)} "
        )
        for pieces in items:
            out.extend(pieces)
            add(" ")
        return out
    if style == "signature":
        add(rng.choice(("Best regards,\n", "Mit freundlichen Grüßen\n", "Cordialement,\n", "--\n")))
        for pieces in items:
            out.extend(pieces)
            add("\n")
        return out
    openers = {
        "chat": ("hi! ", "hey, ", "Hello team, ", "ok so "),
        "kiosk": ("Kiosk form: ", "Self check-in. ", "Visitor registration: "),
        "ticket": (
            f"Ticket #{rng.randint(1000, 99999)}: ",
            "Support case: customer reports that ",
            "[HELPDESK] ",
        ),
        "sms": ("", "Msg: ", "SMS from unknown: "),
    }
    add(rng.choice(openers[style]))
    for pieces in items:
        out.extend(pieces)
        add(rng.choice((" ", ". ", "; ", " - ")))
    if style in ("chat", "ticket") and rng.random() < 0.5:
        add(rng.choice(("Thanks!", "Cheers", "Danke!", "Merci.", "Gracias", "ありがとう")))
    return out


STYLES = ("chat", "kiosk", "ticket", "iot", "json", "sms", "signature")
_STYLE_KINDS = {
    "chat": ("person", "phone", "email", "address", "dob", "gps", "secret", "national_id", "iban", "card"),
    "kiosk": ("person", "dob", "phone", "email", "national_id", "address", "ssn", "card"),
    "ticket": ("person", "email", "phone", "ipv4", "ipv6", "mac", "secret", "card", "iban", "address"),
    "iot": ("ipv4", "ipv6", "mac", "gps", "secret"),
    "json": ("person", "email", "phone", "address", "dob", "gps", "national_id", "secret", "iban"),
    "sms": ("phone", "person", "address", "secret", "card", "email"),
    "signature": ("person", "address", "phone", "email"),
}  # fmt: skip


def generate(
    split: str, n: int, *, seed: int | None = None, locales: tuple[str, ...] | None = None
) -> list[dict[str, Any]]:
    """`n` labelled texts of one split.

    Args:
        split: "tune" or "eval".
        n: number of texts.
        seed: random seed (default: 1000 for tune, EVAL_SEED for eval).
        locales: locales to draw from (default: the split's).
    """
    if split not in ("tune", "eval"):
        raise ValueError("split must be 'tune' or 'eval'")
    seed = (1000 if split == "tune" else EVAL_SEED) if seed is None else seed
    if split == "tune" and seed == EVAL_SEED:
        raise ValueError("the eval seed is reserved for the eval split")
    locales = locales or (TUNE_LOCALES if split == "tune" else TUNE_LOCALES + HELD_OUT_LOCALES)
    negatives = NEGATIVES_TUNE if split == "tune" else NEGATIVES_EVAL
    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in locales}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed * 100 + i)
    Faker.seed(seed)  # the throwaway Fakers made inside value makers
    out = []
    for i in range(n):
        locale = locales[i % len(locales)]
        fake = fakers[locale]
        lang = lang_of(locale)
        style = STYLES[(i // len(locales)) % len(STYLES)]
        k = rng.choice((0, 1, 1, 2, 2, 3)) if rng.random() > 0.12 else 0
        kinds = [rng.choice(_STYLE_KINDS[style]) for _ in range(k)]
        if style == "signature" and k:
            kinds = ["person", *[x for x in kinds if x != "person"]]
        items: list[list[_Piece]] = []
        for kind in kinds:
            value, cue = _value(kind, fake, rng, locale, style)
            items.append(_phrase(kind, value, cue, lang, rng, split))
        for _ in range(rng.choice((0, 1, 1, 2)) if k else rng.choice((1, 2))):
            items.insert(rng.randint(0, len(items)), [(rng.choice(negatives)(rng), None)])
        pieces = _frame(style, items, rng, lang, split)
        text, spans, pos = [], [], 0
        for piece, kind in pieces:
            if kind:
                spans.append([kind, pos, pos + len(piece)])
            text.append(piece)
            pos += len(piece)
        out.append({"text": "".join(text), "locale": locale, "style": style, "spans": spans})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=EVAL_FILE)
    parser.add_argument("--n", type=int, default=EVAL_SIZE)
    parser.add_argument("--check", action="store_true", help="regenerate and compare with --out")
    args = parser.parse_args(argv)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate("eval", args.n))
    if args.check:
        same = args.out.read_text(encoding="utf-8") == lines
        print("eval set reproduces" if same else "eval set DIFFERS from a fresh generation")
        return 0 if same else 1
    args.out.write_text(lines, encoding="utf-8")
    print(f"wrote {args.n} texts to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
