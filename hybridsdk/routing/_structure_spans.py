"""Names and addresses placed by a text's structure (`_structure`): a span that lies in a
key, a tag or attribute name, a segment id or a header cell is no name and no address; a
span that starts in a key and runs into its value keeps the value part; and a value whose
key means a name ("name", "firstName", "nombre", "姓名", `<FamilyName>`, `cn=`) or an
address (`street_address`, "adresse") is one when it has the shape.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from hybridsdk.routing import _person_shapes as ps
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._record_fields import (
    _address_label,
    _address_value,
    _capitalised,
    _name_cell,
    _name_header,
)
from hybridsdk.routing._stacked_labels import stacked_labels
from hybridsdk.routing._structure import Span, Structure, key_words, structure_of
from hybridsdk.routing._structure_cells import marc_person
from hybridsdk.routing._structure_keys import name_in_key, no_name_key, person_key

__all__ = ["apply_structure", "form_key_share"]

_Make = Callable[[Finding, int, int], Finding]

# Keys of a name field in machine formats beyond the form labels of `_record_fields`:
# LDAP and X.500 attributes, abbreviations, and role words.
_NAME_KEYS = frozenset(
    [
        "cn",
        "sn",
        "given name",
        "givenname",
        "display name",
        "displayname",
        "fn",
        "fname",
        "lname",
        "first",
        "last",
        "family",
        "given",
        "full name",
        "contact name",
        "holder name",
        "account holder",
        "account name",
        "owner name",
        "patient name",
        "guardian name",
        "customer name",
        "client name",
        "user full name",
        "person name",
        "user name",
        "name first",
        "name last",
        "name given",
        "name family",
    ]
)
_ADDRESS_KEYS = frozenset(
    [
        "address",
        "street address",
        "street",
        "address line",
        "address line 1",
        "address line1",
        "addr",
        "addr line",
        "adr line",
        "street name",
        "home address",
        "postal address",
        "mailing address",
        "billing address",
        "shipping address",
        "adresse",
        "dirección",
        "direccion",
        "indirizzo",
        "endereço",
        "adres",
        "anschrift",
        "straße",
        "strasse",
        "calle",
        "rue",
        "улица",
        "адрес",
        "地址",
        "住所",
        "주소",
        "عنوان",
        "العنوان",
        "adresa",
        "adressi",
        "osoite",
    ]
)


# X.500 attribute types whose values hold no person's name (country, state, locality,
# organisation, unit, domain component) and no address but for the street's.
_X500_NO_NAME = frozenset(["C", "ST", "L", "O", "OU", "DC"])


@functools.lru_cache(maxsize=4096)  # keys recur across texts
def _name_key(key: str) -> bool:
    words = key_words(key)
    return words in _NAME_KEYS or _name_header(words) or _name_header(key)


# The last words of a key that names a person's name whatever comes before them
# ("SubjectUserName", "target user display name"): a "subject" or "company" word before
# them names whose name it is.
_PERSON_NAME_TAILS = tuple(" " + k for k in _NAME_KEYS if " " in k and k.split()[0] != "name")


@functools.lru_cache(maxsize=4096)  # keys recur across texts
def _person_name_key(key: str) -> bool:
    words = key_words(key)
    return _name_key(key) or (words.endswith(_PERSON_NAME_TAILS) and "company" not in words)


@functools.lru_cache(maxsize=4096)  # keys recur across texts
def _address_key(key: str) -> bool:
    words = key_words(key)
    return words in _ADDRESS_KEYS or _address_label(words) or _address_label(key)


def _within(spans: list[Span], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, 1 << 60))
    return bool(i) and spans[i - 1][0] <= start and end <= spans[i - 1][1]


def form_key_share(keys: list[Span], spans: list[Span]) -> float:
    """The share of `keys` that some span of `spans` (sorted) overlaps."""
    if not keys:
        return 0.0
    hit = 0
    for a, b in keys:
        i = bisect.bisect_left(spans, (b, -1))
        if any(e > a for _, e in spans[max(0, i - 4) : i]):
            hit += 1
    return hit / len(keys)


# An identifier of three or more capitalised parts, or camelCase: a key, never a name
# ("TargetUserName", "givenName"; "McDonald" and "DeShawn" have two parts).
_IDENTIFIER_RE = re.compile(r"(?:[A-Z][a-z0-9]+){3,}|[a-z]+(?:[A-Z][a-z0-9]+)+")


# A component delimiter and a country code that end an address value (HL7's `XAD`:
# "street^^postcode city^ES"): the code is no part of the address.
_CODE_TAIL_RE = re.compile(r"\^+[A-Z]{2,3}\Z")


_ROLE_VALUE_RE = re.compile(r"[^,;(·|\n]+?(?=\s*(?:,|;|\(|·|\||\s/\s|\s-\s| {2}|\t|$))")


# "Surname, Given" as registers write it: one field, comma and all ("Hysa, Elton").
_SURNAME_FIRST_RE = re.compile(r"[^\W\d_][\w'’-]*, [^\W\d_][\w'’-]*")


def _without_code(text: str, f: Finding, make: _Make) -> Finding:
    m = _CODE_TAIL_RE.search(text, f.start, f.end)
    return make(f, f.start, m.start()) if m is not None and m.start() > f.start else f


def _after_key(text: str, key: Span, end: int) -> int:
    """Where the value starts after `key`, up to `end`: past its delimiter and blanks."""
    at = key[1]
    while at < end and not text[at].isalnum():
        at += 1
    return at


def _place(
    text: str, found: list[Finding], st: Structure, share: float, make: _Make
) -> list[Finding]:
    out = []
    for f in found:
        if f.kind is PiiKind.PERSON and _IDENTIFIER_RE.fullmatch(text, f.start, f.end):
            continue  # a key written as a value: `<Data Name="TargetUserName">`
        k = st.in_key(f.start, f.end, share) or st.key_at(f.start, share)
        if k is not None:
            if f.end > k[1] + 1:
                s, e = _after_key(text, k, f.end), f.end
                while e > s and text[e - 1] in "~'*|^":
                    e -= 1  # a segment's terminator or delimiter
                if e - s >= 2:
                    out.append(make(f, s, e))
            continue
        out.append(f)
    return out


def _no_name_values(text: str, people: list[Finding], st: Structure) -> list[Finding]:
    """Names dropped from values whose key says they hold none (`_structure_keys`)."""
    spans = sorted(
        (a, min(b, a + 80))
        for key, (a, b) in st.fields
        if (no_name_key(key_words(key)) and not _person_name_key(key))
        or key in _X500_NO_NAME
        or (key.startswith("marc:") and not marc_person(key))
    )
    if not spans:
        return people
    out = []
    for f in people:
        i = bisect.bisect_right(spans, (f.start, len(text)))
        if i and spans[i - 1][0] <= f.start and f.end <= spans[i - 1][1]:
            continue
        out.append(f)
    return out


def _category_cells(text: str, st: Structure) -> list[Span]:
    """Cells of a table's category columns (an event's type, a call's application, a
    status): three or more cells of one word each, few values, one written twice or
    more ("Normal", "Warning", "Normal"); a column whose header names a person keeps its
    cells (a ledger's tenant, the same each month)."""
    out: list[Span] = []
    for key, col in st.columns:
        if len(col) < 3 or (key and (_person_name_key(key) or person_key(key_words(key)))):
            continue
        values = [text[a:b].casefold() for a, b in col]
        if any(len(v.split()) > 1 for v in values):
            continue
        distinct = len(set(values))
        if distinct < len(values) and distinct <= max(2, len(values) // 2):
            out.extend(col)
    return sorted(out)


def _no_address_values(text: str, addrs: list[Finding], st: Structure) -> list[Finding]:
    """Addresses dropped from values whose key names a person or an organisation (`cn`,
    `O`, "Full name"): "Acme Issuing CA 01" under `CN =` is no address."""
    spans = sorted(
        (a, b)
        for key, (a, b) in st.fields
        if key in ("CN", "O", "OU") or (_name_key(key) and not _address_key(key))
    )
    if not spans:
        return addrs
    return [f for f in addrs if not _within(spans, f.start, f.end)]


def apply_structure(
    text: str, addrs: list[Finding], people: list[Finding]
) -> tuple[list[Finding], list[Finding], list[Span], list[Span]]:
    """The findings less those in keys, and the name and address values the keys name.

    Args:
        text: the scanned text.
        addrs: the tagger's address findings.
        people: the tagger's person findings.

    Returns:
        (addrs, people, name values, address values).
    """

    def make(f: Finding, s: int, e: int) -> Finding:
        return Finding.from_span(f.kind, text, s, e, f.confidence, f.detector)

    if addrs and "^" in text:
        addrs = [_without_code(text, f, make) for f in addrs]
    labels, stacked = stacked_labels(text, _name_key) if "\n" in text else ([], [])
    if labels:
        people = [f for f in people if not _within(labels, f.start, f.end)]
    st = structure_of(text)
    if not (st.keys or st.form_keys or st.fields or st.columns):
        return addrs, people, stacked, []
    share = form_key_share(st.form_keys, sorted((f.start, f.end) for f in people))

    people = _place(text, people, st, share, make)
    if people and st.columns:
        cats = _category_cells(text, st)
        if cats:
            people = [f for f in people if not _within(cats, f.start, f.end)]
    if people and st.fields:
        people = _no_name_values(text, people, st)
    addrs = _place(text, addrs, st, share, make)
    if addrs and st.fields:
        addrs = _no_address_values(text, addrs, st)
    names: list[Span] = []
    places: list[Span] = []
    for key, (a, b) in st.fields:
        value = text[a:b].strip()
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            value = value[1:-1].strip()  # a quoted value: `name: "Aiko"`, `name = 'Ana'`
        if not value:
            continue
        a = text.find(value, a, b)
        span = (a, a + len(value))
        if _person_name_key(key):
            # one upper-case word is a code as often as a surname ("ADMIN", "N/A")
            upper_one = value.isupper() and len(value.split()) == 1
            if (
                _name_cell(value)
                and _capitalised(value)
                and not upper_one
                and not _IDENTIFIER_RE.fullmatch(value)
            ):
                names.append(span)
        elif (person_key(key_words(key)) or name_in_key(key_words(key))) and not no_name_key(
            key_words(key)
        ):
            # a role's value up to a comma, a bracket or a separator ("Martor: Ana Lupu,
            # CNP ..."): two words or more, or one of a script without case
            m = _SURNAME_FIRST_RE.fullmatch(value) or _ROLE_VALUE_RE.match(value)
            part = m.group(0).rstrip() if m is not None else ""
            words = part.split()
            caseless = bool(part) and not any(c.isupper() or c.islower() for c in part)
            if (
                (len(words) >= 2 or caseless)
                and _name_cell(part.replace(", ", " "))
                and _capitalised(part.replace(",", ""))
                and not part.isupper()
                and not _IDENTIFIER_RE.fullmatch(part)
                and not ps.company(text, a, a + len(part))
            ):
                names.append((a, a + len(part)))
        elif _address_key(key):
            # LDAP writes an address's lines apart with "$"; each line is one address
            at = span[0]
            for part in value.split("$"):
                s = text.find(part.strip(), at) if part.strip() else -1
                at += len(part) + 1
                if s >= 0 and _address_value(part):
                    places.append((s, s + len(part.strip())))
    return addrs, people, sorted(set(names + stacked)), sorted(set(places))
