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

import itertools
import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = [
    "BareCueSecretDetector",
    "looks_like_credential",
    "random_letters",
    "random_with_symbols",
    "sentence_end",
]

_CUE = (
    r"(?i:\b(?:bearer|token|api[-_ ]?key|access[-_ ]?token|auth[-_ ]?token|secret|"
    r"pass(?:word|wd|phrase|code)?|pwd|passwort|kennwort|mot de passe|contrase[ñn]a|senha|"
    r"wachtwoord|lösenord|hasło))"
)
# Only spaces between cue and value: with a separator the labelled rule already applies.
_BARE_RE = re.compile(_CUE + r"[ \t]+(?P<value>[!-~]{8,256})(?![!-~])")

# A cue that is a field's value ("token_type=Bearer"), or a value that is the next
# key=value field ("Bearer expires_in=3600"): no credential follows the cue.
_VALUE_BEFORE_RE = re.compile(r"[\w.-][ \t]*=[ \t]*[\"']?$")
_NEXT_FIELD_RE = re.compile(r"[A-Za-z_][\w.-]*=")
_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_VERSION_RE = re.compile(r"v?\d+(?:\.\d+)+(?:[-+_.][0-9A-Za-z.]+)?", re.IGNORECASE)
_DATE_RE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:[T ]\S*)?")
_PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*(?:_\d+)?>")
_TRAILING = ",;\"'"
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


def random_letters(value: str) -> bool:
    """True for a run of letters whose case flips at random ("skuHqOJTFvi"): four or more
    flips, where words and CamelCase names ("JavaScript", "McDonald") have three at most.

    Args:
        value: the candidate.
    """
    if len(value) < 8 or not (value.isascii() and value.isalpha()):
        return False
    flips = sum(a.isupper() != b.isupper() for a, b in itertools.pairwise(value))
    return flips >= 4


_PASSWORD_SYMBOLS = frozenset("!#$%&*+=?@^_~-")


def random_with_symbols(value: str) -> bool:
    """True for a generated password of letters and symbols without a digit
    ("qWmTr_EkLpsZa", "-QmZrTbWkpl", "UJesb%aaw!im"): 8+ ASCII characters with a symbol,
    and either letters whose case flips at random or, with a symbol inside (not only at
    an end), lower and upper case in one unbroken piece; dashed or underscored words ("Hello-World",
    "read_only_Mode") are not taken.

    Args:
        value: the candidate, sentence punctuation already removed.
    """
    if len(value) < 8 or not value.isascii() or any(c.isdigit() or c.isspace() for c in value):
        return False
    symbols = [c for c in value if not c.isalpha()]
    if not symbols or any(c not in _PASSWORD_SYMBOLS for c in symbols):
        return False
    letters = "".join(c for c in value if c.isalpha())
    if random_letters(letters):
        return True
    if not any(c in _PASSWORD_SYMBOLS for c in value[1:-1]):
        return False
    parts = [p for p in re.split(r"[-_]", value) if p]
    if all(p.isalpha() for p in parts):
        return False  # words joined by dashes or underscores
    return any(c.isupper() for c in value) and any(c.islower() for c in value)


def sentence_end(text: str, start: int, end: int, *, field: bool, code: bool = False) -> int:
    """Where a value read as text[start:end] ends once the sentence's "." or "!" is off.

    Passwords end in "!" and "." as often as sentences do, so the place decides, the
    same way in every language:
    - followed by anything but a space: a letter ("sol1326.입니다"), a closing quote
      ("Bearer x!'"), or the sentence's own mark ("maple1538!。"): kept;
    - after a code key (`code`: "pwd=x! status=ok", "smtp_password: x."): always kept;
    - at the end of a line: kept after a field separator ("hasło: Vlak767." on its own
      line of a ticket), but not at the end of the whole text, as a one-line message's
      last "." ends its sentence ("hasło: Abc12345."); "!" is kept at either end; only
      emoji or symbols after it ("Xk9mQ2p! 🙏") count as the line's end;
    - before more words on the line: one "." or "!" is the sentence's and is dropped
      ("pw is K&FP8sO!Jz! can I ..."), an ellipsis ("...") all of it, and after a
      number all of them ("PIN 4821..").

    Args:
        text: the text.
        start: where the value starts.
        end: where the raw value ends (at a space, quote or end of text).
        field: whether the value follows a field separator (":", "=") rather than prose.
        code: whether it is a code key's value (`DB_PASSWORD=...`), where nothing is prose.
    """
    if code or end <= start or text[end - 1] not in ".!":
        return end  # a code key's value has no sentence around it ("pwd=x! status=ok")
    nxt = text[end] if end < len(text) else ""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1  # blanks at the end of a line are invisible: the line ends here
    if after == len(text) or text[after] in "\r\n":
        nxt = text[after] if after < len(text) else ""
    elif not _has_word(text, after):
        nxt = "\n"  # only emoji or symbols follow on the line ("Xk9mQ2p! 🙏"): its end
    if nxt and not nxt.isspace():
        return end  # glued to a letter, a closing quote or the sentence's own mark
    run = end
    while run > start and text[run - 1] in ".!":
        run -= 1
    if run == start:
        return end
    if nxt in ("", "\n", "\r"):
        if text[end - 1] == "!" or code:
            return end
        if field and nxt != "":
            return end
        return end - 1
    if text[start:run].isdigit() or (text[run:end] == "." * (end - run) and end - run >= 3):
        return run
    return end - 1


def _has_word(text: str, pos: int) -> bool:
    """Whether a letter or digit follows on the line from `pos`."""
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    return any(c.isalnum() for c in text[pos : min(end, pos + 200)])


class BareCueSecretDetector:
    """Passwords and tokens after a bare cue word ("token ...", "Bearer ...", "apikey ...")."""

    kind = PiiKind.SECRET

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _BARE_RE.finditer(text):
            start, end = m.start("value"), m.end("value")
            if _VALUE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) or (
                _NEXT_FIELD_RE.match(text, start)
            ):
                continue  # "token_type=Bearer expires_in=3600": fields, not a cue and value
            while end - start > 8 and text[end - 1] in _TRAILING:
                end -= 1  # punctuation after the value
            end = sentence_end(text, start, end, field=False)
            if looks_like_credential(text[start:end]):
                yield Finding.from_span(self.kind, text, start, end, 0.9, "bare_cue")
