"""Dev set for structured personal data (issue 12): national ids, IBANs, coordinates,
e-mail addresses, IPs and cards written in many languages, scripts and layouts, with hard
negatives (order numbers, phones, timestamps, hashes, EANs, versions, prices).

Written from the issuers' format rules, not from any eval set. Values with a check digit
are drawn at random and kept only when `python-stdnum` (dev extra) accepts them, so the
scanner's own checksum code is not what makes them; the few schemes stdnum lacks (SNILS,
German SV number, Spanish NSS, Egyptian id, Polish identity card, German identity card,
French SPI) use the rule as published, written here again.

    python benchmarks/privacy_data/structured_dev.py            # writes structured_dev.jsonl
    python benchmarks/privacy_data/structured_dev.py --score    # scores the scanner on it
    python benchmarks/privacy_data/structured_dev.py --stress   # id-shaped random numbers

Scoring is exact span per kind (as `hybridsdk bench privacy`), structured kinds only,
regex-only mode with the text's locale hint unless --full.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import string
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "structured_dev.jsonl"
SEED = 4242


# ---------------------------------------------------------------- values


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _date(r: random.Random, lo: int = 1940, hi: int = 2012) -> datetime.date:
    return datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def _until(r: random.Random, make: Any, ok: Any) -> str:
    for _ in range(10000):
        v = make()
        if ok(v):
            return str(v)
    raise RuntimeError("no valid value drawn")


def pesel(r: random.Random) -> str:
    from stdnum.pl import pesel as m

    def make() -> str:
        d = _date(r)
        mm = d.month + (20 if d.year >= 2000 else 0)
        body = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{_d(r, 4)}"
        return body + m.calc_check_digit(body)

    return _until(r, make, m.is_valid)


def pl_nip(r: random.Random) -> str:
    from stdnum.pl import nip as m

    return _until(r, lambda: str(r.randint(1, 9)) + _d(r, 9), m.is_valid)


def pl_id_card(r: random.Random) -> str:
    w = (7, 3, 1, 0, 7, 3, 1, 7, 3)
    while True:
        letters = "".join(r.choice(string.ascii_uppercase) for _ in range(3))
        rest = _d(r, 5)
        vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
        check = sum(a * b for a, b in zip(w, vals, strict=True)) % 10
        return f"{letters}{check}{rest}"


def personnummer(r: random.Random, style: str) -> str:
    from stdnum import luhn

    d = _date(r)
    body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{_d(r, 3)}"
    ten = body + luhn.calc_check_digit(body)
    if style == "12":
        return f"{d.year // 100}{ten[:6]}-{ten[6:]}"
    if style == "12bare":
        return f"{d.year // 100}{ten}"
    if style == "bare":
        return ten
    return f"{ten[:6]}-{ten[6:]}"


def inn(r: random.Random, n: int) -> str:
    from stdnum.ru import inn as m

    if n == 10:
        return _until(r, lambda: (b := _d(r, 9)) + m.calc_company_check_digit(b), m.is_valid)
    return _until(r, lambda: (b := _d(r, 10)) + m.calc_personal_check_digits(b), m.is_valid)


def snils(r: random.Random, style: str) -> str:
    body = str(r.randint(2000000, 999999999)).zfill(9)
    s = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 101
    check = f"{0 if s == 100 else s:02d}"
    if style == "bare":
        return body + check
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check}"


def ru_passport(r: random.Random, style: str) -> str:
    s, n = f"{r.randint(1, 99):02d}{r.randint(0, 25):02d}", _d(r, 6)
    return {"a": f"{s[:2]} {s[2:]} {n}", "b": f"{s} {n}", "c": s + n}[style]


def cn_ric(r: random.Random) -> str:
    from stdnum.cn import ric as m

    regions = ("110101", "310104", "440305", "510104", "330106", "320102", "420111", "620102")

    def make() -> str:
        d = _date(r)
        body = f"{r.choice(regions)}{d:%Y%m%d}{_d(r, 3)}"
        return body + m.calc_check_digit(body + "0")  # stdnum's takes the full number

    def ok(v: str) -> bool:
        try:
            return bool(m.is_valid(v))
        except KeyError:
            return False

    return _until(r, make, ok)


def kr_rrn(r: random.Random, dashed: bool = True) -> str:
    from stdnum.kr import rrn as m

    def make() -> str:
        d = _date(r, 1950, 2015)
        g = r.choice("12") if d.year < 2000 else r.choice("34")
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{r.randint(0, 95):02d}{_d(r, 3)}"
        return body + m.calc_check_digit(body)

    v = _until(r, make, m.is_valid)
    return f"{v[:6]}-{v[6:]}" if dashed else v


def amka(r: random.Random) -> str:
    from stdnum import luhn
    from stdnum.gr import amka as m

    def make() -> str:
        d = _date(r)
        body = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{_d(r, 4)}"
        return body + luhn.calc_check_digit(body)

    return _until(r, make, m.is_valid)


def afm(r: random.Random) -> str:
    from stdnum.gr import vat as m

    return _until(r, lambda: (b := _d(r, 8)) + m.calc_check_digit(b), m.is_valid)


def eg_nid(r: random.Random) -> str:
    d = _date(r, 1950, 2008)
    c = "2" if d.year < 2000 else "3"
    gov = r.choice(["01", "02", "03", "04", "12", "13", "14", "16", "21", "24", "26", "88"])
    return f"{c}{d.year % 100:02d}{d.month:02d}{d.day:02d}{gov}{_d(r, 5)}"


def tc(r: random.Random) -> str:
    from stdnum.tr import tckimlik as m

    return _until(
        r, lambda: (b := str(r.randint(1, 9)) + _d(r, 8)) + m.calc_check_digits(b), m.is_valid
    )


def pt_nif(r: random.Random) -> str:
    from stdnum.pt import nif as m

    return _until(r, lambda: (b := r.choice("12") + _d(r, 7)) + m.calc_check_digit(b), m.is_valid)


def be_nn(r: random.Random, formatted: bool) -> str:
    from stdnum.be import nn as m

    def make() -> str:
        d = _date(r, 1940, 1999)
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(1, 997):03d}"
        return body + f"{97 - int(body) % 97:02d}"

    v = _until(r, make, m.is_valid)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}" if formatted else v


def at_vnr(r: random.Random) -> str:
    from stdnum.at import vnr as m

    def make() -> str:
        d = _date(r)
        serial = str(r.randint(100, 999))
        dob = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        return serial + m.calc_check_digit(serial + "0" + dob) + dob

    v = _until(r, make, m.is_valid)
    return f"{v[:4]} {v[4:]}"


def ch_ahv(r: random.Random) -> str:
    from stdnum import ean
    from stdnum.ch import ssn as m

    v = _until(r, lambda: (b := "756" + _d(r, 9)) + ean.calc_check_digit(b), m.is_valid)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def nhs(r: random.Random) -> str:
    from stdnum.gb import nhs as m

    v = _until(r, lambda: _d(r, 10), m.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def itin(r: random.Random) -> str:
    return f"9{_d(r, 2)}-{r.randint(70, 88)}-{_d(r, 4)}"


def de_rvnr(r: random.Random, spaced: bool) -> str:
    w = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    d = _date(r)
    letter = r.choice(string.ascii_uppercase)
    head = f"{r.choice(['12', '13', '15', '24', '38', '53', '65'])}{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    serial = f"{r.randint(0, 99):02d}"
    digits = head + f"{ord(letter) - 64:02d}" + serial
    check = sum(sum(divmod(a * int(c), 10)) for a, c in zip(w, digits, strict=True)) % 10
    if spaced:
        return f"{head[:2]} {head[2:]} {letter} {serial}{check}"
    return f"{head}{letter}{serial}{check}"


def es_nss(r: random.Random, style: str) -> str:
    prov, num = r.randint(1, 52), r.randint(10**7, 10**8 - 1)
    check = int(f"{prov:02d}{num:08d}") % 97
    p, n, c = f"{prov:02d}", f"{num:08d}", f"{check:02d}"
    return {"slash": f"{p}/{n}/{c}", "space": f"{p} {n} {c}", "bare": p + n + c}[style]


def dni(r: random.Random) -> str:
    from stdnum.es import dni as m

    b = _d(r, 8)
    return b + m.calc_check_digit(b)


def nie(r: random.Random) -> str:
    from stdnum.es import nie as m

    b = r.choice("XYZ") + _d(r, 7)
    return b + m.calc_check_digit(b)


def steuer_id(r: random.Random) -> str:
    from stdnum.de import idnr as m

    def make() -> str:
        digits = r.sample("0123456789", 9)
        digits.insert(r.randint(0, 9), r.choice(digits))
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        return "".join(digits) + str(r.randint(0, 9))

    return _until(r, make, m.is_valid)


def nir(r: random.Random) -> str:
    from stdnum.fr import nir as m

    def make() -> str:
        d = _date(r)
        body = f"{r.choice('12')}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}{_d(r, 6)}"
        return body + m.calc_check_digits(body)

    v = _until(r, make, m.is_valid)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def bsn(r: random.Random) -> str:
    from stdnum.nl import bsn as m

    return _until(r, lambda: str(r.randint(1, 6)) + _d(r, 8), m.is_valid)


def codice_fiscale(r: random.Random) -> str:
    from stdnum.it import codicefiscale as m

    d = _date(r)
    body = (
        "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        + f"{d.year % 100:02d}"
        + "ABCDEHLMPRST"[d.month - 1]
        + f"{d.day + r.choice([0, 40]):02d}"
        + r.choice("HFGL")
        + f"{r.randint(100, 999)}"
    )
    return body + m.calc_check_digit(body)


def aadhaar(r: random.Random, style: str) -> str:
    from stdnum import verhoeff

    b = str(r.randint(2, 9)) + _d(r, 10)
    v = b + verhoeff.calc_check_digit(b)
    sep = {"space": " ", "dash": "-", "bare": ""}[style]
    return sep.join((v[:4], v[4:8], v[8:]))


def mynumber(r: random.Random) -> str:
    from stdnum.jp import in_ as m

    b = _d(r, 11)
    v = b + m.calc_check_digit(b)
    return r.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])


def pan(r: random.Random) -> str:
    return (
        "".join(r.choice(string.ascii_uppercase) for _ in range(3))
        + "P"
        + r.choice(string.ascii_uppercase)
        + _d(r, 4)
        + r.choice(string.ascii_uppercase)
    )


def nino(r: random.Random) -> str:
    v = r.choice(["AB", "CE", "JK", "PR", "SW", "HT"]) + _d(r, 6) + r.choice("ABCD")
    return r.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"])


def ssn(r: random.Random) -> str:
    return f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


IBAN_SPECS = {
    # country: BBAN as (kind, length) groups: n digits, a upper letters, c alphanumerics
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n",
    "SE": "20n", "GB": "4a14n", "GR": "7n16c", "EG": "25n", "AT": "16n", "BE": "12n",
    "CH": "5n12c", "PT": "21n", "IE": "4a14n", "FI": "14n", "NO": "11n", "DK": "14n",
    "CZ": "20n", "HU": "24n", "RO": "4a16c", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n",
    "LU": "3n13c", "SK": "20n", "SI": "15n", "HR": "17n", "BG": "4a6n8c", "MT": "4a5n18c",
}  # fmt: skip


def iban(r: random.Random, cc: str) -> str:
    import re

    from stdnum import iban as m

    bban = ""
    for n, kind in re.findall(r"(\d+)([nac])", IBAN_SPECS[cc]):
        pool = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.digits + string.ascii_uppercase,
        }[kind]
        bban += "".join(r.choice(pool) for _ in range(int(n)))
    v = cc + m.calc_check_digits(cc + "00" + bban) + bban
    from stdnum.iso7064 import mod_97_10

    # Mod 97 only: stdnum's national BBAN checks (ES, FR, IT ...) are not modelled here.
    assert mod_97_10.is_valid(v[4:] + v[:4]), v
    return v


def card(r: random.Random) -> str:
    from stdnum import luhn

    prefix = r.choice(["4", "51", "53", "55", "2221", "37", "6011", "3530"])
    n = 15 if prefix == "37" else 16
    b = prefix + _d(r, n - len(prefix) - 1)
    return b + luhn.calc_check_digit(b)


# ---------------------------------------------------------------- texts

# (locale, cue phrase, value maker) per national id scheme; "{v}" is the value.
NATID: list[tuple[str, str, Any]] = [
    ("pl_PL", "PESEL: {v}", pesel),
    ("pl_PL", "Mój numer PESEL to {v}.", pesel),
    ("pl_PL", '{{"pesel": "{v}", "imie": "Anna"}}', pesel),
    (
        "pl_PL",
        "NIP {v}",
        lambda r: (v := pl_nip(r))[:3] + "-" + v[3:6] + "-" + v[6:8] + "-" + v[8:],
    ),
    ("pl_PL", "NIP: {v}", pl_nip),
    ("pl_PL", "Seria i numer dowodu osobistego: {v}", pl_id_card),
    ("sv_SE", "Personnummer: {v}", lambda r: personnummer(r, "10")),
    ("sv_SE", "mitt personnummer är {v}", lambda r: personnummer(r, "12")),
    ("sv_SE", "personnr={v}", lambda r: personnummer(r, "12bare")),
    ("sv_SE", "Kund {v} har ringt", lambda r: personnummer(r, "10")),
    ("sv_SE", "personnummer {v}", lambda r: personnummer(r, "bare")),
    ("ru_RU", "ИНН {v}", lambda r: inn(r, 12)),
    ("ru_RU", "ИНН организации: {v}", lambda r: inn(r, 10)),
    ("ru_RU", "СНИЛС: {v}", lambda r: snils(r, "fmt")),
    ("ru_RU", "снилс {v}", lambda r: snils(r, "bare")),
    ("ru_RU", "Паспорт: {v}, выдан ОВД", lambda r: ru_passport(r, "a")),
    ("ru_RU", "паспорт серии {v}", lambda r: ru_passport(r, "b")),
    ("ru_RU", '"passport": "{v}"', lambda r: ru_passport(r, "c")),
    ("ru_RU", "Номер СНИЛС {v} проверен", lambda r: snils(r, "fmt")),
    ("zh_CN", "身份证号{v}。", cn_ric),
    ("zh_CN", "身份证号码：{v}", cn_ric),
    ("zh_CN", "客户 {v} 已登记", cn_ric),
    ("zh_CN", '{{"id_card": "{v}"}}', cn_ric),
    ("ko_KR", "주민등록번호: {v}", kr_rrn),
    ("ko_KR", "주민번호는 {v} 입니다", kr_rrn),
    ("ko_KR", "RRN {v}", lambda r: kr_rrn(r, dashed=False)),
    ("ko_KR", "고객 {v} 확인", kr_rrn),
    ("el_GR", "ΑΜΚΑ: {v}", amka),
    ("el_GR", "Ο ΑΦΜ μου είναι {v}", afm),
    ("el_GR", "afm={v}", afm),
    ("el_GR", '{{"amka": "{v}"}}', amka),
    ("ar_EG", "الرقم القومي: {v}", eg_nid),
    ("ar_EG", "رقم البطاقة {v}", eg_nid),
    ("ar_EG", "national_id={v}", eg_nid),
    ("ar_EG", "العميل {v} تم التحقق", eg_nid),
    (
        "ar_EG",
        "الرقم القومي {v}",
        lambda r: eg_nid(r).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    ),
    ("hi_IN", "आधार नंबर: {v}", lambda r: aadhaar(r, "space")),
    ("hi_IN", "आधार {v}", lambda r: aadhaar(r, "bare")),
    ("hi_IN", "Aadhaar no. {v}", lambda r: aadhaar(r, "dash")),
    ("hi_IN", "पैन कार्ड: {v}", pan),
    ("hi_IN", "PAN {v}", pan),
    ("ja_JP", "マイナンバー：{v}", mynumber),
    ("ja_JP", "個人番号は{v}です", mynumber),
    ("es_ES", "DNI: {v}", dni),
    ("es_ES", "NIE {v}", nie),
    ("es_ES", "Nº Seguridad Social: {v}", lambda r: es_nss(r, "slash")),
    ("es_ES", "número de afiliación {v}", lambda r: es_nss(r, "bare")),
    ("es_ES", "NSS {v}", lambda r: es_nss(r, "space")),
    ("de_DE", "Steuer-ID: {v}", steuer_id),
    ("de_DE", "Sozialversicherungsnummer {v}", lambda r: de_rvnr(r, True)),
    ("de_DE", "SV-Nr.: {v}", lambda r: de_rvnr(r, False)),
    ("de_DE", "Rentenversicherungsnummer: {v}", lambda r: de_rvnr(r, True)),
    ("fr_FR", "numéro de sécurité sociale : {v}", nir),
    ("it_IT", "Codice fiscale: {v}", codice_fiscale),
    ("it_IT", "cf {v}", lambda r: codice_fiscale(r).lower()),
    ("nl_NL", "BSN: {v}", bsn),
    ("nl_NL", "burgerservicenummer {v}", bsn),
    ("en_GB", "NI number: {v}", nino),
    ("en_GB", "NHS number {v}", nhs),
    ("en_US", "ITIN {v}", itin),
    ("en_US", "SSN: {v}", ssn),
    ("de_DE", "AHV-Nr. {v}", ch_ahv),
    ("de_DE", "SVNR {v}", at_vnr),
    ("fr_FR", "numéro national : {v}", lambda r: be_nn(r, True)),
    ("nl_NL", "rijksregisternummer {v}", lambda r: be_nn(r, False)),
    ("en_GB", "TC Kimlik No: {v}", tc),
    ("en_GB", "NIF {v}", pt_nif),
]

FRAMES = [
    "{s}",
    "Hallo, {s} Danke.",
    "ticket #4471: {s}",
    "{s}\n",
    "[2025-03-14 10:22:08] INFO user verified {s}",
    "- {s}",
]

NEGATIVES = [
    ("en_US", "Order 20250314123456 shipped, invoice 8812345678."),
    ("de_DE", "Bestellnummer 44051401359, Lieferung am 12.03.2025"),
    ("pl_PL", "Zamówienie nr 44051401358 wysłane. Tel. 600 123 456"),
    ("pl_PL", "Numer faktury 1234563218, kwota 129,99 zł"),
    ("ru_RU", "Заказ 7707083893 оформлен 2025-03-14 10:22:08"),
    ("ru_RU", "Телефон 8 (495) 123-45-67, заказ № 500100732259"),
    ("zh_CN", "订单号110101199003074579已发货"),
    ("zh_CN", "时间戳 20250314102208123 记录"),
    ("ko_KR", "주문번호 900101-1234567 배송 완료"),
    ("ko_KR", "EAN 8801234567893 상품"),
    ("sv_SE", "Ordernummer 811218-9875, leverans 2025-03-14"),
    ("sv_SE", "Ring 070-123 45 67 eller 08-123 456 78"),
    ("el_GR", "Παραγγελία 090000046, τηλ. 210 123 4567"),
    ("ar_EG", "رقم الطلب 29001011234567 تم الشحن"),
    ("ar_EG", "timestamp 20250314102208 ok"),
    ("hi_IN", "ऑर्डर 2345 6789 0123 भेजा गया"),
    ("en_GB", "Invoice 943 476 5919 due, call 020 7946 0018"),
    ("es_ES", "Pedido 28/12345678/41 enviado"),
    ("de_DE", "Artikel 65170839J004 im Lager"),
    ("en_US", "commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b merged, build 1.4.22.3"),
    ("en_US", "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("en_US", "Price 1299.50 EUR, weight 12.5 kg, EAN 4006381333931"),
    ("fr_FR", "Commande 1234567890123 du 14/03/2025, suivi 6A12345678901"),
    ("it_IT", "Ordine n. 0012345678, P.IVA 01234567890"),
    ("nl_NL", "Factuur 2025-0001234, KvK 12345678"),
    ("ja_JP", "注文番号123456789012を確認"),
    ("en_US", "uuid 123e4567-e89b-12d3-a456-426614174000 and v2.10.3"),
    ("pl_PL", "Kod produktu ABC123456 w magazynie"),
    ("en_US", "Temperature 21.4567, 45.1234 humidity ratio"),
    ("de_DE", "Version 10.0.19045.2965 installiert"),
    ("en_US", "The meeting is at 10.30 in room 4.12"),
    ("ru_RU", "серийный номер 112-233-445 96"),
]

IBAN_FORMS = [
    ("{v}", "compact"),
    ("{g}", "grouped"),
    ("{gl}", "grouped lower"),
    ("{l}", "lower compact"),
    ("{gn}", "grouped nbsp"),
    ("{m}", "mixed case"),
]
IBAN_CUES = [
    ("de_DE", "IBAN: {x}"), ("de_DE", "Bitte überweisen Sie auf {x}, danke"),
    ("fr_FR", "IBAN : {x}"), ("es_ES", "Mi IBAN es {x}."), ("it_IT", "IBAN {x} intestato"),
    ("nl_NL", "rekeningnummer {x}"), ("pl_PL", "Numer konta: {x}"), ("sv_SE", "IBAN-nummer: {x}"),
    ("el_GR", "IBAN: {x}"), ("ar_EG", "رقم الآيبان {x}"), ("ru_RU", "IBAN получателя: {x}"),
    ("ja_JP", "振込先IBAN{x}です"), ("zh_CN", "账户IBAN：{x}。"), ("ko_KR", "IBAN은 {x}입니다"),
    ("hi_IN", "IBAN {x} पर भेजें"), ("en_GB", '{{"iban":"{x}"}}'), ("en_US", "iban={x}\n"),
]  # fmt: skip

# (locale, frame with {x}, the value's own template)
GPS_FORMS = [
    ("en_US", "Location: {x}", "{lat:.5f}, {lon:.5f}"),
    ("en_US", "pos {x} ok", "{alat:.4f} {ns}, {alon:.4f} {ew}"),
    ("en_US", "at {x}", "{ns} {alat:.4f}, {ew} {alon:.4f}"),
    ("en_US", "fix {x}", "{ns}{alat:.5f} {ew}{alon:.5f}"),
    ("de_DE", "Standort: {x}", "{clat}, {clon}"),
    ("de_DE", "Koordinaten {x}", "{clat}; {clon}"),
    ("fr_FR", "coordonnées {x}", "{dms}"),
    ("es_ES", "ubicación {x}", "{dms2}"),
    ("it_IT", "posizione {x}", "{dm}"),
    ("en_US", "https://maps.google.com/maps/@{x},15z", "{lat:.6f},{lon:.6f}"),
    ("en_US", "see geo:{x}", "{lat:.5f},{lon:.5f}"),
    ("en_US", '{{"latitude": {x}}}', '{lat:.5f}, "longitude": {lon:.5f}'),
    ("en_US", '{{"lat":"{x}"}}', '{lat:.5f}","lon":"{lon:.5f}'),
    ("fr_FR", "latitude : {x}", "{lat:.5f} longitude : {lon:.5f}"),
    ("es_ES", "api?lat={x}", "{lat:.5f}&lng={lon:.5f}"),
    ("ru_RU", "Координаты: {x}", "{lat:.5f}, {lon:.5f}"),
    ("ja_JP", "位置{x}です", "{lat:.5f},{lon:.5f}"),
    ("zh_CN", "坐标：{x}", "{lat:.5f}，{lon:.5f}"),
    ("en_US", '"coordinates": [{x}]', "{lat:.5f}, {lon:.5f}"),
    ("en_US", "GPS {x}", "{lat:.3f},{lon:.3f}"),
    ("pl_PL", "szer. {x}", "{lat:.5f}, dł. {lon:.5f}"),
    ("de_DE", "Breite {x}", "{lat:.5f}, Länge {lon:.5f}"),
    ("ru_RU", "широта {x}", "{lat:.5f}, долгота {lon:.5f}"),
]

EMAIL_FORMS = [
    ("en_US", "mail me: {u}@{d}"),
    ("de_DE", "E-Mail: {u} (at) {d0} (punkt) {tld}"),
    ("de_DE", "{u} [at] {d0} [dot] {tld}"),
    ("es_ES", "{u} arroba {d0} punto {tld}"),
    ("fr_FR", "{u} chez {d0} point {tld}"),
    ("it_IT", "{u} chiocciola {d0} punto {tld}"),
    ("ru_RU", "почта {u} собака {d0} точка {tld}"),
    ("zh_CN", "邮箱{u}@{d}谢谢"),
    ("ja_JP", "メールは{u}@{d}です"),
    ("ja_JP", "連絡先：{u}＠{d}"),
    ("zh_CN", "{u} 艾特 {d0} 点 {tld}"),
    ("en_US", "{u}(at){d}"),
    ("en_US", "{u} AT {d0} DOT {tld}"),
    ("de_DE", "müller.{u}@{d}"),
    ("ru_RU", "пишите на иван@почта.рф"),
    ("el_GR", "email {u}@{d0}.gr"),
    ("nl_NL", "{u} apenstaartje {d0} punt {tld}"),
    ("pl_PL", "{u} małpa {d0} kropka {tld}"),
    ("sv_SE", "{u} snabel-a {d0} punkt {tld}"),
]

IP_FORMS = [
    ("en_US", "connect to {ip}:8080"),
    ("en_US", "http://{ip}/admin"),
    ("zh_CN", "服务器IP{ip}已连接"),
    ("ja_JP", "IPアドレス：{ip}"),
    ("en_US", "dev {ip} is down"),
    ("en_US", "srv {ip}"),
    ("de_DE", "Host {ip}, Port 22"),
    ("en_US", "ssh admin@{ip}"),
    ("ko_KR", "IP {ip}에서 접속"),
    ("en_US", "from={ip};"),
]

CARD_FORMS = [
    ("en_US", "card {g}"),
    ("en_US", "card {d}"),
    ("de_DE", "Kartennummer: {dash}"),
    ("ja_JP", "カード番号{g}です"),
    ("fr_FR", "carte n° {dot}"),
    ("en_US", "cc={v}"),
]


def _lat_lon(r: random.Random) -> tuple[float, float]:
    return r.uniform(-60, 70), r.uniform(-170, 170)


def _dms(x: float, pos: str, neg: str, style: int) -> str:
    h = pos if x >= 0 else neg
    x = abs(x)
    d = int(x)
    m_full = (x - d) * 60
    m = int(m_full)
    s = (m_full - m) * 60
    if style == 0:
        return f"{d}°{m}'{s:.1f}\"{h}"
    if style == 1:
        return f"{d}º {m}′ {s:.1f}″ {h}"
    return f"{h} {d}° {m_full:.3f}'"


# Forms with several values: each id's cue is near other numbers (phones, dates, order
# numbers), which must not be read as ids. "{a}", "{b}" are labelled, "{p}" a phone,
# "{o}" an order number, "{i}" an IBAN.
MULTI: list[tuple[str, str, Any, Any]] = [
    ("pl_PL", "PESEL: {a}\nTel.: {p}\nZamówienie nr {o}\nNIP: {b}", pesel, pl_nip),
    ("el_GR", "ΑΦΜ: {a}, τηλ. {p}, ΑΜΚΑ: {b}, παραγγελία {o}", afm, amka),
    (
        "ru_RU",
        "ИНН {a}; телефон {p}; СНИЛС {b}; заказ {o}",
        lambda r: inn(r, 12),
        lambda r: snils(r, "fmt"),
    ),
    (
        "sv_SE",
        "Personnummer {a}, mobil {p}, order {o}, IBAN {i}",
        lambda r: personnummer(r, "10"),
        None,
    ),
    ("ko_KR", "주민등록번호 {a} / 연락처 {p} / 주문번호 {o}", kr_rrn, None),
    ("zh_CN", "身份证号：{a}，手机：{p}，订单号：{o}", cn_ric, None),
    ("ar_EG", "الرقم القومي: {a} - هاتف: {p} - رقم الطلب {o}", eg_nid, None),
    (
        "de_DE",
        "Steuer-ID {a}, Tel. {p}, Bestellnummer {o}, SV-Nr. {b}",
        steuer_id,
        lambda r: de_rvnr(r, True),
    ),
    ("en_GB", "NHS no. {a}, phone {p}, order {o}, NI {b}", nhs, nino),
    ("es_ES", "DNI {a}, teléfono {p}, pedido {o}, NSS {b}", dni, lambda r: es_nss(r, "slash")),
    ("nl_NL", '{{"bsn": "{a}", "telefoon": "{p}", "order": "{o}", "iban": "{i}"}}', bsn, None),
    ("ja_JP", "マイナンバー：{a}　電話：{p}　注文番号：{o}", mynumber, None),
    ("hi_IN", "आधार: {a}, फ़ोन: {p}, ऑर्डर {o}, PAN {b}", lambda r: aadhaar(r, "space"), pan),
]
PHONES = {
    "pl_PL": "600 123 456", "el_GR": "210 123 4567", "ru_RU": "+7 495 123-45-67",
    "sv_SE": "070-123 45 67", "ko_KR": "010-1234-5678", "zh_CN": "138 0013 8000",
    "ar_EG": "0100 123 4567", "de_DE": "030 12345678", "en_GB": "020 7946 0018",
    "es_ES": "612 345 678", "nl_NL": "06 12345678", "ja_JP": "090-1234-5678", "hi_IN": "98765 43210",
}  # fmt: skip


def build(seed: int = SEED) -> list[dict[str, Any]]:
    r = random.Random(seed)
    out: list[dict[str, Any]] = []

    def add(locale: str, text: str, spans: list[tuple[str, str]]) -> None:
        got = []
        pos = 0
        for kind, value in spans:
            i = text.index(value, pos)
            got.append([kind, i, i + len(value)])
            pos = i + len(value)
        out.append({"text": text, "locale": locale, "style": "dev", "spans": got})

    for _ in range(4):
        for locale, cue, make in NATID:
            v = make(r)
            kind = "ssn" if cue.startswith("SSN") else "national_id"
            text = r.choice(FRAMES).format(s=cue.format(v=v))
            add(locale, text, [(kind, v)])
    for locale, text in NEGATIVES:
        add(locale, text, [])
    for _ in range(4):
        for locale, form, make_a, make_b in MULTI:
            a = make_a(r)
            b = make_b(r) if make_b else ""
            o, i = _d(r, r.choice([8, 9, 10, 11, 12])), iban(r, r.choice(["SE", "NL", "DE"]))
            text = form.format(a=a, b=b, p=PHONES[locale], o=o, i=i)
            spans = [
                (k, v)
                for k, v, key in (
                    ("national_id", a, "{a}"),
                    ("national_id", b, "{b}"),
                    ("iban", i, "{i}"),
                )
                if key in form
            ]
            spans.sort(
                key=lambda kv: form.index(
                    {"national_id": "{a}", "iban": "{i}"}[kv[0]]
                    if kv[1] != b or kv[0] == "iban"
                    else "{b}"
                )
            )
            add(locale, text, spans)
    for cc in IBAN_SPECS:
        for form, _ in IBAN_FORMS:
            v = iban(r, cc)
            g = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            m = v[0] + v[1:].lower()  # "De89...": only the first letter capitalised
            x = form.format(v=v, g=g, gl=g.lower(), l=v.lower(), gn=g.replace(" ", "\u00a0"), m=m)
            locale, cue = r.choice(IBAN_CUES)
            add(locale, cue.format(x=x), [("iban", x)])
    for _ in range(4):
        for locale, frame, form in GPS_FORMS:
            lat, lon = _lat_lon(r)
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            value_text = form.format(
                lat=lat, lon=lon, alat=abs(lat), alon=abs(lon), ns=ns, ew=ew,
                clat=f"{lat:.5f}".replace(".", ","), clon=f"{lon:.5f}".replace(".", ","),
                dms=_dms(lat, "N", "S", 0) + " " + _dms(lon, "E", "W", 0),
                dms2=_dms(lat, "N", "S", 1) + ", " + _dms(lon, "E", "W", 1),
                dm=_dms(lat, "N", "S", 2) + " " + _dms(lon, "E", "W", 2),
            )  # fmt: skip
            add(locale, frame.format(x=value_text), [("gps", value_text)])
    users = ["anna.meyer", "j_smith", "li.wei88", "kim.minjun", "o.petrova", "marco+news"]
    domains = ["example.com", "mail.example.org", "web.de", "firma.co.uk", "yandex.ru", "naver.com"]
    for _ in range(3):
        for locale, form in EMAIL_FORMS:
            u, d = r.choice(users), r.choice(domains)
            d0, tld = d.rsplit(".", 1)
            text = form.format(u=u, d=d, d0=d0, tld=tld)
            add(locale, text, [("email", _email_value(text, u))])
    for _ in range(3):
        for locale, form in IP_FORMS:
            ip = f"{r.choice([10, 172, 192, 85, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            add(locale, form.format(ip=ip), [("ipv4", ip)])
        for locale, form in CARD_FORMS:
            v = card(r)
            g = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            text = form.format(v=v, g=g, d=g, dash=g.replace(" ", "-"), dot=g.replace(" ", "."))
            value = text[text.index(v[:4]) :].split("です")[0]
            add(locale, text, [("card", value)])
    return out


def _email_value(text: str, user: str) -> str:
    i = text.index(user) if user in text else text.index("иван")
    if "müller." in text:
        i = text.index("müller.")
    tail = text[i:]
    for stop in ("谢谢", "です"):
        tail = tail.split(stop)[0]
    return tail.rstrip()


def score(data: list[dict[str, Any]], *, full: bool, show: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from hybridsdk.routing._detectors import PiiScanner

    scanner = PiiScanner(ner=None if full else False)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[str] = []
    for item in data:
        text = item["text"]
        truth = {tuple(s) for s in item["spans"]}
        found = {(f.kind.value, f.start, f.end) for f in scanner.scan(text, locale=item["locale"])}
        found = {f for f in found if f[0] not in ("person", "address", "dob", "phone", "secret")}
        for f in found:
            per[f[0]]["tp" if f in truth else "fp"] += 1
            if f not in truth:
                errors.append(f"FP {f[0]:12} {text[f[1] : f[2]]!r:40} in {text!r}")
        for t in truth:
            if t not in found:
                per[t[0]]["fn"] += 1
                errors.append(f"FN {t[0]:12} {text[t[1] : t[2]]!r:40} in {text!r}")
    for kind, c in sorted(per.items()):
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        print(f"{kind:12} P {p:.3f}  R {rec:.3f}  (tp {tp} fp {fp} fn {fn})")
    for e in errors[:show]:
        print(e)


def stress(n: int = 6000, seed: int = 7) -> None:
    """Random numbers shaped like ids (bare runs, dated runs, grouped runs, coordinates and
    IBAN-like tokens) in reference frames; prints what each detector reports on them. Some
    shapes are ids by construction (a random 9xx-7x-xxxx is an ITIN's shape), so this
    counts exposure, not errors."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from hybridsdk.routing._detectors import PiiScanner

    r = random.Random(seed)
    scanner = PiiScanner(ner=False)

    def stamp() -> datetime.datetime:
        return datetime.datetime(2020, 1, 1) + datetime.timedelta(seconds=r.randint(0, 2 * 10**8))

    shapes = [
        *(lambda k=k: _d(r, k) for k in (9, 10, 11, 12, 13, 14, 18)),
        lambda: stamp().strftime("%Y%m%d%H%M%S"),
        lambda: str(int(stamp().timestamp() * 1000)),
        lambda: stamp().strftime("%y%m%d") + "-" + _d(r, 4),
        lambda: stamp().strftime("%y%m%d") + "-" + _d(r, 7),
        lambda: f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)} {_d(r, 2)}",
        lambda: f"{_d(r, 2)}/{_d(r, 8)}/{_d(r, 2)}",
        lambda: f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}",
        lambda: f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _d(r, 6),
        lambda: f"9{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}",
        lambda: f"{_d(r, 2)}.{_d(r, 3)},{_d(r, 3)}.{_d(r, 3)}",
        lambda: r.choice(["DE", "GB", "FR"]) + _d(r, 2) + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(18)),
    ]  # fmt: skip
    frames = [
        "Order {x} shipped", "{x}", "ref {x}", "Bestellnummer {x}", "Tel. {x}", "id={x}",
        "заказ {x}", "订单{x}", "Ticket {x} closed", "batch {x} ok", "value {x}", "{x} units",
        "serial {x}", "Kunde {x}", "nr {x}",
    ]  # fmt: skip
    counts: Counter[tuple[str, str]] = Counter()
    for _ in range(n):
        text = r.choice(frames).format(x=r.choice(shapes)())
        for f in scanner.scan(text):
            if f.kind.value in ("national_id", "iban", "gps", "card", "email", "ipv4", "ssn"):
                counts[(f.kind.value, f.detector)] += 1
    print(f"{n} texts")
    for (kind, detector), c in counts.most_common():
        print(f"{kind:12} {detector:18} {c}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--full", action="store_true", help="with the tagger (slower)")
    ap.add_argument("--show", type=int, default=40, help="errors to print")
    ap.add_argument("--stress", action="store_true", help="id-shaped random numbers")
    args = ap.parse_args()
    if args.stress:
        stress()
        return
    data = build()
    if args.score:
        score(data, full=args.full, show=args.show)
        return
    with OUT.open("w", encoding="utf-8") as f:
        for item in data:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(data)} texts -> {OUT}")


if __name__ == "__main__":
    main()
