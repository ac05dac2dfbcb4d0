"""Hypothesis strategies for text carrying personal data, and the forms a leak can take."""

from __future__ import annotations

import json
import re
import string

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from hybridsdk.routing._detectors import PiiKind, PiiScanner, luhn_valid, shannon_entropy
from hybridsdk.routing._privacy import PrivacyAction, PrivacyPolicy
from hybridsdk.testing._pii_text import (
    CARD_PREFIXES,
    IBAN_BBAN_SHAPES,
    iban_with_checksum,
    luhn_complete,
    make_gps,
    make_mac,
    make_phone,
    make_secret,
)

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SCANNERS = {True: PiiScanner(use_phonenumbers=True), False: PiiScanner(use_phonenumbers=False)}


def _policy(action: PrivacyAction, use_phonenumbers: bool = True) -> PrivacyPolicy:
    """Everything detected raises to confidential and is scrubbed."""
    return PrivacyPolicy(
        scanner=_SCANNERS[use_phonenumbers],
        label_raises={kind: "confidential" for kind in PiiKind},
        confidential_action=action,
    )


# ---------------------------------------------------------------- value strategies

_lower_alnum = string.ascii_lowercase + string.digits

emails = st.builds(
    lambda local, tag, labels, tld: f"{local}{'+' + tag if tag else ''}@{'.'.join(labels)}.{tld}",
    st.from_regex(r"[a-z0-9]{1,10}(?:[._][a-z0-9]{1,8}){0,2}", fullmatch=True),
    st.one_of(st.none(), st.text(_lower_alnum, min_size=1, max_size=6)),
    st.lists(
        st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True), min_size=1, max_size=3
    ),
    st.sampled_from(("com", "org", "io", "co", "de", "museum")),
)


@st.composite
def cards(draw: st.DrawFn) -> str:
    prefix, length = draw(st.sampled_from(CARD_PREFIXES))
    body = prefix + draw(
        st.text(string.digits, min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1)
    )
    digits = luhn_complete(body)
    if len(set(digits)) == 1:  # the detector drops all-same-digit numbers; not real cards
        digits = luhn_complete(prefix + "1" * (length - len(prefix) - 2) + "2")
    sep = draw(st.sampled_from(("", " ", "-")))
    if not sep:
        return digits
    sizes = (4, 6, 5) if length == 15 else (4, 6, 4) if length == 14 else (4, 4, 4, 4, 3)
    groups, pos = [], 0
    for size in sizes:
        if pos < len(digits):
            groups.append(digits[pos : pos + size])
            pos += size
    return sep.join(groups)


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_BBAN_SHAPES)))
    alphabet = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.ascii_uppercase + string.digits,
    }
    bban = "".join(draw(st.sampled_from(alphabet[c])) for c in IBAN_BBAN_SHAPES[country])
    iban = iban_with_checksum(country, bban)
    if draw(st.booleans()):
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


ssns = st.builds(
    lambda a, g, s, sep: f"{a:03d}{sep}{g:02d}{sep}{s:04d}",
    st.integers(1, 899).filter(lambda a: a != 666),
    st.integers(1, 99),
    st.integers(1, 9999),
    st.sampled_from(("-", " ")),
)
# Any host's address. 255.0.0.0/8 (inside the reserved 240.0.0.0/4) holds none: a quad
# there is a netmask ("255.255.255.0", "255.0.0.0"), which the scanner leaves unmasked.
ipv4s = st.ip_addresses(v=4).map(str).filter(lambda a: not a.startswith("255."))
ipv6s = (
    st.tuples(st.ip_addresses(v=6), st.booleans())
    .map(lambda t: t[0].exploded if t[1] else t[0].compressed)
    .filter(lambda s: sum(1 for g in s.split(":") if g) >= 2)
)  # "::1"-like are not hosts
seeded = st.randoms(use_true_random=False)
phones = seeded.map(make_phone)
try:
    import phonenumbers

    # A degenerate draw ("+81 3-0000-0000") is not a number any plan assigns.
    phones = phones.filter(lambda p: phonenumbers.is_valid_number(phonenumbers.parse(p, "US")))
except ImportError:  # pragma: no cover - the dev install has the privacy extra
    pass
macs = seeded.map(make_mac)
# Unit-range pairs ("0.1234, -0.5678") read as weights or vectors, not places (documented).
gps = seeded.map(make_gps).filter(
    lambda g: not all(abs(float(x.strip(" °NSEW"))) < 1 for x in g.rsplit(",", 1))
)
secrets = st.tuples(
    seeded,
    st.sampled_from(
        (
            "aws",
            "github",
            "github_pat",
            "slack",
            "stripe",
            "google",
            "openai",
            "jwt",
            "pem",
            "entropy",
        )
    ),
).map(lambda t: (t[1], make_secret(t[0], style=t[1])))
# A random token is by definition high-entropy; a degenerate draw ("aaaa...0A") is not one.
secrets = secrets.filter(lambda t: t[0] != "entropy" or shannon_entropy(t[1]) >= 4.0).map(
    lambda t: t[1]
)


@st.composite
def national_ids(draw: st.DrawFn) -> str:
    """Ids whose shape needs no cue word: NINO, DNI/NIE, codice fiscale, CPF, Aadhaar, NIR."""
    from faker import Faker

    from hybridsdk.routing._id_checksums import aadhaar_valid, cpf_valid

    fake = Faker(draw(st.sampled_from(("it_IT", "fr_FR", "es_ES"))))
    fake.seed_instance(draw(st.integers(0, 2**32)))
    style = draw(st.sampled_from(("faker", "nino", "cpf", "aadhaar")))
    digits = draw(st.text(string.digits, min_size=11, max_size=11))
    if style == "faker":
        if fake.locales[0] == "es_ES":
            return str(fake.nie() if draw(st.booleans()) else fake.nif())
        return str(fake.ssn())
    if style == "nino":
        first = draw(st.sampled_from("ABCEGHJKLMNPRSTWXYZ"))
        second = draw(st.sampled_from("ABCEGHJKLMNPRSTWXYZ").filter(lambda c: first + c != "GB"))
        prefix = first + second
        if prefix in ("KN", "NK", "NT", "TN", "ZZ", "BG"):
            prefix = "AB"
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:6]} {draw(st.sampled_from('ABCD'))}"
    if style == "cpf":
        nine = "12" + digits[2:9]  # never a repdigit
        full = next(
            nine + f"{a}{b}" for a in range(10) for b in range(10) if cpf_valid(nine + f"{a}{b}")
        )
        return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"
    body = "5" + digits[:10]
    full = next(body + d for d in string.digits if aadhaar_valid(body + d))
    return f"{full[:4]} {full[4:8]} {full[8:]}"


pii_values = st.one_of(
    emails, cards(), ibans(), ssns, phones, ipv4s, ipv6s, macs, gps, secrets, national_ids()
)

_WORDS = (
    "the", "invoice", "please", "call", "meeting", "kiosk", "camera", "sent", "from",
    "Thursday", "ok", "thanks", "to", "and", "of", "Ref", "ID", "paid", "was", "at",
)  # fmt: skip
filler_tokens = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from((",", ".", "!", "?", ":", ";", "-", "(", ")")),
    st.integers(0, 999).map(str),
)


# A national phone number right after a reference word ("invoice 212-200-0000", "Ref (212)
# 200-0000") is read as that reference by design (issue 12; tests/routing/
# test_phone_precision.py pins it): such a draw gets a neutral word in between.
_REFERENCE_WORDS = frozenset({"invoice", "Ref", "ID"})
_NATIONAL_PHONE_RE = re.compile(r"\(?\d{3}\)?[ -]\d{3}-\d{4}")


@st.composite
def texts_with_pii(draw: st.DrawFn) -> tuple[str, list[str]]:
    values = draw(st.lists(pii_values, min_size=1, max_size=4))
    parts: list[str] = []
    for value in values:
        fillers = draw(st.lists(filler_tokens, max_size=6))
        parts.extend(fillers)
        if _NATIONAL_PHONE_RE.fullmatch(value) and _REFERENCE_WORDS & set(fillers):
            # "call", not "at": "invoice at (212) 200-0000" still reads as the invoice's
            parts.append("call")
        wrap = draw(st.sampled_from(("{}", "({})", "{}.", "{},", '"{}"', "<{}>", "{}:")))
        parts.append(wrap.format(value))
    parts.extend(draw(st.lists(filler_tokens, max_size=6)))
    return " ".join(parts), values


# ---------------------------------------------------------------- what reaches the wire


def _wire_bodies(text_to_send: str) -> list[bytes]:
    """The bytes handed to the cloud transport for this text."""
    oip = {"inputs": [{"name": "text", "datatype": "BYTES", "shape": [1], "data": [text_to_send]}]}
    return [
        text_to_send.encode("utf-8"),
        json.dumps(oip).encode("utf-8"),
        json.dumps(oip, ensure_ascii=False).encode("utf-8"),
    ]


def _forms(value: str) -> list[bytes]:
    """The value and the normalised forms a reader could still recognise."""
    forms = {value}
    compact = re.sub(r"[\s-]", "", value)
    if compact.isdigit() and luhn_valid(compact):
        forms.add(compact)  # a card's digits-only form
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value):
        forms.add(value.replace(" ", ""))  # an IBAN's compact form
    if "\n" in value:  # PEM: each body line is key material on its own
        forms.update(line for line in value.splitlines() if len(line) >= 16)
    out = set()
    for form in forms:
        out.add(form.encode("utf-8"))
        out.add(json.dumps(form)[1:-1].encode("utf-8"))  # as escaped inside a JSON string
    return sorted(out)
