"""A sole trader's tax number in a UBL e-invoice (Peppol, EN 16931).

    <cac:AccountingCustomerParty><cac:Party>
      <cac:PartyName><cbc:Name>Gints Zālītis</cbc:Name></cac:PartyName>
      <cac:PartyTaxScheme><cbc:CompanyID>LV27097419086</cbc:CompanyID>...

A firm's tax or registration number is not personal data; a natural person's is: many
countries give a sole trader or a private buyer their personal number as their tax number
(Latvia's personal code behind "LV", Belarus's passport-style ids, Mozambique's NUIT).
This detector reads each `cac:Party` of a UBL document and reports its `cbc:CompanyID`
values when the party is a person: it holds a `cac:Person` element, or its name reads as
a person's (two to five words, no legal form such as "Ltd", "SIA", "ООО", "SARL", "Lda",
"ບໍລິສັດ", no trade word such as "Traders", "Supplies", "Distribution", no quotes round a
trade name, no digits). A sole trader's own tail ("IK", "ИП", "e.U.", "s.p.") is not a
legal form of a company, so such a party stays a person.
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["CONFIDENCE", "UblPartyTaxIdDetector", "person_party_name"]

CONFIDENCE = 0.85

_PARTY_RE = re.compile(r"<(?:\w+:)?Party>(.*?)</(?:\w+:)?Party>", re.DOTALL)
_NAME_RE = re.compile(r"<(?:\w+:)?(?:RegistrationName|Name)>([^<]{1,120})</")
_PERSON_RE = re.compile(r"<(?:\w+:)?Person>")
_COMPANY_ID_RE = re.compile(r"<(?:\w+:)?CompanyID(?:\s[^>]*)?>(?P<v>[^<]{5,24})</")
_VALUE_RE = re.compile(r"[A-Z0-9](?:[A-Z0-9]|[ ./\-](?=[A-Z0-9])){4,22}")
# Company forms (whole words) and trade words that show a firm, not a person.
_FIRM_RE = re.compile(
    r"(?i)(?<![^\W_])(?:"
    r"ltd\.?|limited|pvt|pte|plc|llc|llp|inc\.?|corp\.?|co\.|gmbh|ag|kg|ohg|ug|sa|s\.a\.|sas"
    r"|sarl|s\.a\.r\.l\.|spa|s\.p\.a\.|srl|s\.r\.l\.|s\.l\.|sl|lda|ltda|nv|bv|ab|oy|oyj|aps"
    r"|a/s|as|sia|uab|oü|ou|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|kft|zrt|d\.o\.o\.|doo|mchj|ooo"
    r"|ооо|оао|зао|пао|ао|ооо|тов|еоод|оод|дооел|доо|ад|ltd\. şti\.|a\.ş\."
    r"|traders?|trading|suppl(?:y|ies)|distribution|comercial|commercial|company|group"
    r"|holdings?|services?|solutions|systems|technolog\w*|texnika|store|shop|market|bank"
    r"|hotel|pharmacy|industries|enterprises?|international|global|logistics|consulting"
    r"|partners|associates|foundation|university|school|hospital|clinic|ministry|agency"
    r"|office|cent(?:er|re)|studio|ferreter[ií]a|farmacia|supermercado|empresa|soci[ée]t[ée]"
    r"|trade|trejd|dati|network|media|motors|electronics|construction"
    r")(?![^\W_])"
    r"|ບໍລິສັດ|ຈຳກັດ|บริษัท|จำกัด|公司|株式会社|有限会社|주식회사|\(주\)|[«»“”„\"&@]"
)
_WORD_RE = re.compile(r"[^\W\d_][^\s,;()]*")


def person_party_name(name: str) -> bool:
    """Whether a party's name reads as a natural person's (see the module docstring)."""
    name = name.strip()
    if not name or any(c.isdigit() for c in name) or _FIRM_RE.search(name):
        return False
    words = _WORD_RE.findall(name)
    return 2 <= len(words) <= 5 and len(words) == len(name.split())


class UblPartyTaxIdDetector:
    """The tax numbers of UBL parties that are persons; see the module docstring."""

    kind = PiiKind.NATIONAL_ID

    def __call__(self, text: str) -> Iterator[Finding]:
        if "CompanyID" not in text or "Party>" not in text:
            return
        for party in _PARTY_RE.finditer(text):
            body = party.group(1)
            if _PERSON_RE.search(body) is None:
                name = _NAME_RE.search(body)
                if name is None or not person_party_name(name.group(1)):
                    continue
            for m in _COMPANY_ID_RE.finditer(text, party.start(1), party.end(1)):
                raw = m.group("v").strip()
                if _VALUE_RE.fullmatch(raw) and sum(c.isdigit() for c in raw) >= 5:
                    a = m.start("v") + m.group("v").index(raw)
                    yield Finding.from_span(
                        self.kind, text, a, a + len(raw), CONFIDENCE, "ubl_party_tax_id"
                    )
