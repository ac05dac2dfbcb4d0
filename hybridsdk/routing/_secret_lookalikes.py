"""Random-looking tokens that are names or ids, not credentials (session 11, eighth set).

The entropy pass in `_secret_detector.py` asks these before it reports a token:

- A generated resource name: lower-case words and a hash suffix joined by hyphens, with an
  optional namespace or kind ("pod/checkout-5d8f7c9b4-x2kqp", "prod/redis-0a1b2c3d4-9zkq",
  "deployment.apps/api-gateway-7f9c"), as Kubernetes, Nomad or Docker Compose print them.
- An identifier built from words: camel case, digits and separators where every letter run
  is a word-sized piece ("sha256WithRSAEncryption", "ecdsa-with-SHA384",
  "Microsoft-Windows-Security-Auditing", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"). A random
  token breaks into one- and two-letter runs almost at once ("xK9f...").
  A device name with a model number between separators ("HUAWEI-P30-Krisjanis", as
  phones name themselves on a LAN) is one too (session 12).
- A delimited record in capitals: EDIFACT segments ("UNB+UNOA:4+SENDER+RECEIVER"), GDS
  lines ("P/FR/12AB34567/FR/01JAN80/M/..."), whose separators join upper-case fields.
- A value whose own key names it an id ("_id", "doc_id", "eventId", "ref"): search-hit and
  document ids, row ids, message ids. A key that names a credential ("key_id" aside,
  "token", "secret", "session") keeps the value a secret.
"""

from __future__ import annotations

import re

__all__ = ["id_keyed", "looks_like_name"]

_SLUG_RE = re.compile(r"(?:[a-z][a-z0-9.-]{0,40}/)?[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}")
_WORD_RUN_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|\d+")
_SEPARATOR_RE = re.compile(r"[-_./+]+")
# A model number between separators: "HUAWEI-P30-Krisjanis", "Galaxy-A14-Deogratius".
_MODEL_PART_RE = re.compile(r"[A-Z]{1,2}\d{1,4}")
_RECORD_SPLIT_RE = re.compile(r"[/+:]")
_RECORD_FIELD_RE = re.compile(r"[A-Z0-9 .'-]*")
_ID_KEY_RE = re.compile(
    r"(?:^|[_.-])(?:id|ids|uid|oid|guid|uuid|ref|docid|objectid|eventid|hitid|rowid)$"
    r"|[a-z0-9](?:Id|ID|Ref)$|^_?id$",
)
_CREDENTIAL_KEY_RE = re.compile(r"(?i)key|token|secret|pass|pwd|auth|sess|cred|sign|salt")


def _slug(token: str) -> bool:
    """Lower-case words and a hash suffix joined by hyphens, at least one a word."""
    if _SLUG_RE.fullmatch(token) is None:
        return False
    parts = re.split(r"[-/.]", token)
    return any(len(p) >= 3 and p.isalpha() for p in parts)


def _word_built(token: str) -> bool:
    """Every letter run a piece of three or more letters (or a lone capital before a word:
    "eWith" is not allowed, "XMLParser" reads "XML" "Parser")."""
    lower = any(c.islower() for c in token)
    if not lower and "_" not in token and "-" not in token:
        return False  # capitals and digits alone: base32 ("JBSWY3DPEHPK3PXP") stays a secret
    words = 0
    for part in _SEPARATOR_RE.split(token):
        if part.isalpha() and len(part) <= 4:
            words += 1  # a short part between separators: "PnP", "DNS", "with"
            continue
        if part != token and _MODEL_PART_RE.fullmatch(part):
            continue  # a device's model number: "P30", "A14"
        for piece in _WORD_RUN_RE.findall(part):
            if piece[0].isdigit():
                continue
            if len(piece) < 3 or (lower and piece.isupper() and len(piece) > 6):
                return False
            words += 1
    return words >= 2


def _record(token: str) -> bool:
    """Upper-case fields joined by "/", "+" or ":" (EDIFACT, GDS and teletype records)."""
    if any(c.islower() for c in token):
        return False
    fields = _RECORD_SPLIT_RE.split(token)
    return len(fields) >= 4 and all(_RECORD_FIELD_RE.fullmatch(f) for f in fields)


def looks_like_name(token: str) -> bool:
    """Whether a random-looking token is a generated name, a word-built identifier or a
    delimited record rather than a credential."""
    return _slug(token) or _word_built(token) or _record(token)


def id_keyed(key: str | None) -> bool:
    """Whether a field's key names its value an id and nothing in it names a credential."""
    if not key:
        return False
    return _ID_KEY_RE.search(key) is not None and _CREDENTIAL_KEY_RE.search(key) is None
