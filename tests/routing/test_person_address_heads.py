"""A name the tagger read as an address's head is split out when written again, so the
repeat pass masks it everywhere (and its other mentions never reach the cloud)."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._name_repeats import spread_free_form
from hybridsdk.routing._person_address_heads import name_heads


def _address(text: str, value: str) -> Finding:
    at = text.index(value)
    return Finding.from_span(PiiKind.ADDRESS, text, at, at + len(value), 0.5, "ner")


def _kinds(findings: list[Finding], text: str) -> list[tuple[str, str]]:
    return sorted((f.kind.value, f.value(text)) for f in findings)


# (text, the tagger's address span, the name at its head) in several languages and scripts
CASES = [
    (
        "Details: Karmnu Azzopardi, 7, Triq il-Mitħna, Qormi QRM 1234\n\nSaħħa,\nKarmnu Azzopardi",
        "Karmnu Azzopardi, 7, Triq il-Mitħna, Qormi QRM 1234",
        "Karmnu Azzopardi",
    ),
    (
        "Ship to: Jane Whitlow, 12 Pear Tree Road, Leeds LS6 2AB\nThanks, Jane Whitlow",
        "Jane Whitlow, 12 Pear Tree Road, Leeds LS6 2AB",
        "Jane Whitlow",
    ),
    (
        "Envío:\nLucía Ferrándiz Soto\nCalle del Olmo 14, 3º B\n28005 Madrid\n"
        "Firmado: Lucía Ferrándiz Soto",
        "Lucía Ferrándiz Soto\nCalle del Olmo 14, 3º B\n28005 Madrid",
        "Lucía Ferrándiz Soto",
    ),
    (
        "Empfänger: Jörg van der Linde, Lindenweg 4, 50667 Köln. Gruß an Jörg van der Linde",
        "Jörg van der Linde, Lindenweg 4, 50667 Köln",
        "Jörg van der Linde",
    ),
    (
        "Адрес: Ирина Соколова, ул. Садовая 5, кв. 12, Москва\nС уважением, Ирина Соколова",
        "Ирина Соколова, ул. Садовая 5, кв. 12, Москва",
        "Ирина Соколова",
    ),
    (
        "მისამართი: ნინო ბერიძე, ჭავჭავაძის გამზ. 12, თბილისი\nპატივისცემით, ნინო ბერიძე",
        "ნინო ბერიძე, ჭავჭავაძის გამზ. 12, თბილისი",
        "ნინო ბერიძე",
    ),
]


@pytest.mark.parametrize(("text", "span", "name"), CASES)
def test_a_repeated_head_becomes_a_name_and_the_address_starts_after_it(
    text: str, span: str, name: str
) -> None:
    out = name_heads(text, [_address(text, span)])
    people = [f.value(text) for f in out if f.kind is PiiKind.PERSON]
    addrs = [f.value(text) for f in out if f.kind is PiiKind.ADDRESS]
    assert people == [name]
    assert len(addrs) == 1
    assert span.endswith(addrs[0])
    assert not addrs[0].startswith(name)


@pytest.mark.parametrize(("text", "span", "name"), CASES)
def test_every_other_mention_of_the_name_is_found(text: str, span: str, name: str) -> None:
    # Property: after the repeat pass, each mention of the name outside the address is
    # covered by a person finding.
    out = spread_free_form(text, [_address(text, span)])
    people = [(f.start, f.end) for f in out if f.kind is PiiKind.PERSON]
    at = text.find(name)
    mentions = 0
    while at >= 0:
        mentions += 1
        assert any(s <= at and at + len(name) <= e for s, e in people), (name, at)
        at = text.find(name, at + 1)
    assert mentions >= 2


def test_a_head_written_only_once_is_left_in_the_address() -> None:
    text = "Ship to: Jane Whitlow, 12 Pear Tree Road, Leeds LS6 2AB. Thanks!"
    span = "Jane Whitlow, 12 Pear Tree Road, Leeds LS6 2AB"
    assert _kinds(name_heads(text, [_address(text, span)]), text) == [("address", span)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a street at the head, written again: no name
        (
            "Roadworks: Pear Tree Road, Leeds LS6 2AB is closed; use Pear Tree Road later.",
            "Pear Tree Road, Leeds LS6 2AB",
        ),
        ("Baustelle: Alte Lindenstraße, 50667 Köln. Umleitung über Alte Lindenstraße.", "Alte Lindenstraße, 50667 Köln"),
        ("Lavori: Via Roma Nuova, 00184 Roma. Deviazione per Via Roma Nuova.", "Via Roma Nuova, 00184 Roma"),
        ("Triq San Pawl, San Ġwann SGN 1234 magħluqa; uża Triq San Pawl.", "Triq San Pawl, San Ġwann SGN 1234"),
        # a head with a digit or a single word is no name's shape
        ("Block 4B, High Street, Leeds. Block 4B is shut.", "Block 4B, High Street, Leeds"),
        ("Harbourside, 3 Quay Lane, Bristol. Harbourside opens at 9.", "Harbourside, 3 Quay Lane, Bristol"),
        # lower-case words are no name
        ("deliver to back door, 3 Quay Lane, Bristol; the back door is open", "back door, 3 Quay Lane, Bristol"),
        # the head repeated only inside a longer word is no repeat
        ("Jane Whitlow, 12 Pear Tree Road, Leeds. MaryJane Whitlowes", "Jane Whitlow, 12 Pear Tree Road, Leeds"),
    ],
)  # fmt: skip
def test_hard_negatives_keep_the_address_whole(text: str, span: str) -> None:
    assert _kinds(name_heads(text, [_address(text, span)]), text) == [("address", span)]


def test_other_findings_pass_unchanged() -> None:
    text = "Call Jane Whitlow on 0113 496 0000. Jane Whitlow"
    phone = Finding.from_span(PiiKind.PHONE, text, 21, 34, 0.9, "phone")
    assert name_heads(text, [phone]) == [phone]


def test_a_head_without_a_number_after_it_is_no_name() -> None:
    # an advert the tagger read as an address, its title written again: no house number
    text = "For sale: Vintage Oak Bureau\nVintage Oak Bureau, good condition, 120 EUR, Leeds"
    span = "Vintage Oak Bureau, good condition, 120 EUR, Leeds"
    assert _kinds(name_heads(text, [_address(text, span)]), text) == [("address", span)]


def test_the_name_never_reaches_the_cloud() -> None:
    # Regression (the v6 mt_MT leak, with made-up values): a tagger that reads the name as
    # the address's head and misses the signature; what leaves holds neither mention.
    from hybridsdk.routing._detectors import PiiScanner
    from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy

    text, span, name = CASES[0]

    def tagger(t: str) -> list[Finding]:
        return [_address(t, span)] if span in t else []

    policy = PrivacyPolicy(
        scanner=PiiScanner(detectors=[tagger]),
        label_raises={k: "confidential" for k in PiiKind},
        confidential_action=PrivacyAction.PSEUDONYMISE,
    )
    sent = policy.prepare_for_cloud(text, "confidential").text_to_send
    assert name not in sent
    assert "Azzopardi" not in sent
