"""Phone-shaped numbers that telecom, mail and money-transfer records name as something
else (session 11): control numbers, SIM codes, SIP tags, session and queue ids, byte
counts, SDP origin fields, two columns of a ledger. Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def phones(text: str, locale: str | None = None) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text, locale=locale) if f.kind.value == "phone"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Western Union — MTCN: 482-915-3307\nImporte: 150 USD", "es_MX"),
        ("Reçu de transfert\nMTCN 7718204456\nMontant : 5 000 HTG", "fr_HT"),
        ("Carte SIM activée\nPIN1: 4471  PUK: 58203316", "fr_FR"),
        ('From: "Recepción" <sip:201@pbx.example.mx>;tag=7731904452', "es_MX"),
        ("login user=walk-in nas_id=214 session=8842017735 bytes_in=4412093", "en_PH"),
        ("\tAcct-Input-Octets = 918273645\n\tAcct-Output-Octets = 55102938", "en_ZA"),
        ("status=sent (250 2.0.0 OK 8817262534 - gsmtp)", "en_KE"),
        ("status=sent (250 2.0.0 Ok: queued as 6618203945)", "de_DE"),
        ("v=0\no=- 4471 4471 IN IP4 10.0.0.9\ns=call", "es_ES"),
        ("Fecha        Alquiler    Pagado\n01/02/2026   2395        2395\n", "es_PA"),
        ("Date\tRent\tPaid\n01/02/2026\t4180\t4180\n", "en_NA"),
        ("TAF LFPG 071700Z 0718/0824 22012KT 9999 BKN030", "fr_FR"),
        ("TAF SKBO 231100Z 2312/2412 VRB03KT 9999 SCT020", "es_CO"),
        ("Moneda   Compra      Venta\nEUR    6234.5678   6290.1200\n", "es_PA"),
        ("Devise  Achat  Vente\nUSD  2543.1776  2586.5288", "fr_HT"),
    ],
)
def test_other_numbers_in_records(text: str, locale: str) -> None:
    assert phones(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Tel: 0151 2345678", "de_DE", "0151 2345678"),
        ("session=8842017735 phone=+50762345678", "es_PA", "+50762345678"),
        ("MTCN: 482-915-3307  Receptor tel. +52 55 1234 5678", "es_MX", "+52 55 1234 5678"),
        ("Celular del remitente: 6234-5678", "es_PA", "6234-5678"),
        ("Contacto: Ana Ruiz 6234.5678", "es_PA", "6234.5678"),
        ("Vuelo 0718/0824 confirmado; tel. 6234-5678", "es_PA", "6234-5678"),
    ],
)
def test_phones_beside_them_stay(text: str, locale: str, value: str) -> None:
    assert phones(text, locale) == [value]
