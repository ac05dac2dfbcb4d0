"""Credentials written right after a bare cue word, with no colon or equals sign:
"token x#9Kq!2mZp", "Bearer 8fJ2-kQ9!", "apikey Zk29dfA0pq8s7fTr", "password Hunter2!".

The separator-less form is common in chat and tickets, but so is prose ("token limit
4096", "Bearer authentication", "token v2.3.1-rc1"). So the value must look like a
credential on its own: 8+ characters with no space, letters and digits, and either three character
classes (lower, upper, digit, symbol) or 16+ letters and digits mixed; words and numbers
joined by dashes ("ERC-20-compatible") are not taken. Hex-only strings (git
hashes, digests, undashed UUIDs), canonical UUIDs, version strings, dates and redaction
placeholders are never taken; hex keys after a cue stay the entropy rule's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["BareCueSecretDetector"]

_CUE = (
    r"(?i:\b(?:bearer|token|api[-_ ]?key|access[-_ ]?token|auth[-_ ]?token|secret|"
    r"pass(?:word|wd|phrase|code)?|pwd|passwort|kennwort|mot de passe|contrase[ñn]a|senha|"
    r"wachtwoord|lösenord|hasło))"
)
# Only spaces between cue and value: with a separator the labelled rule already applies.
_BARE_RE = re.compile(_CUE + r"[ \t]+(?P<value>[!-~]{8,256})(?![!-~])")

_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_VERSION_RE = re.compile(r"v?\d+(?:\.\d+)+(?:[-+_.][0-9A-Za-z.]+)?", re.IGNORECASE)
_DATE_RE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:[T ]\S*)?")
_PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*(?:_\d+)?>")
_TRAILING = ".,;\"'"
_PART_SPLIT_RE = re.compile(r"[-_./:]")


def _classes(value: str) -> int:
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )


def looks_like_credential(value: str) -> bool:
    """True when a space-free string could be a password or API token on its own.

    Args:
        value: the candidate, trailing sentence punctuation already removed.
    """
    if len(value) < 8 or _PLACEHOLDER_RE.search(value):
        return False
    if _HEX_RE.fullmatch(value) or _UUID_RE.fullmatch(value):
        return False  # hashes and ids, not credentials
    if _VERSION_RE.fullmatch(value) or _DATE_RE.fullmatch(value):
        return False
    if "://" in value or ("@" in value and "." in value.split("@")[-1]):
        return False  # URLs and e-mail addresses have their own rules
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    parts = [p for p in _PART_SPLIT_RE.split(value) if p]
    if all(p.isalpha() or p.isdigit() for p in parts):
        return False  # words and numbers joined: "ERC-20-compatible", "ISO-8859-1"
    return _classes(value) >= 3 or (len(value) >= 16 and value.isalnum())


class BareCueSecretDetector:
    """Passwords and tokens after a bare cue word ("token ...", "Bearer ...", "apikey ...")."""

    kind = PiiKind.SECRET

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _BARE_RE.finditer(text):
            start, end = m.start("value"), m.end("value")
            while end - start > 8 and text[end - 1] in _TRAILING:
                end -= 1  # sentence punctuation after the value
            if looks_like_credential(text[start:end]):
                yield Finding.from_span(self.kind, text, start, end, 0.9, "bare_cue")
