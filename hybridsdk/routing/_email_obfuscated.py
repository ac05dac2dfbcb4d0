"""Email addresses written to dodge scrapers: "anna (at) example (dot) com",
"anna[at]example[.]org", "anna at example dot com", "anna@example dot com".

The plain-word form ("at" ... "dot") needs both words and a known top-level domain, so
prose such as "meet at noon dot" is not taken for an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["ObfuscatedEmailDetector"]

# "at" and "dot" spelled out in the languages of the sets (arroba, chez, chiocciola,
# собака, 艾特, małpa, snabel-a, apenstaartje, Klammeraffe, παπάκι; punkt, punto, point,
# точка, 点, kropka, punt, τελεία).
_AT_WORDS = (
    r"at|AT|arroba|chez|chiocciola|собака|собачка|apenstaartje|ma[łl]pa|snabel-a|"
    r"klammeraffe|Klammeraffe|παπάκι|艾特|アットマーク|アット|골뱅이"
)
_DOT_WORDS = r"dot|DOT|punkt|Punkt|punto|point|точка|punt|kropka|τελεία|点|ドット|닷|nokta"
_AT = (
    r"(?:\s?[\(\[\{<]\s?(?:"
    + _AT_WORDS
    + r"|@)\s?[\)\]\}>]\s?|\s(?:"
    + _AT_WORDS
    + r")\s|\s?[@\uff20]\s?|\s?\[@\]\s?)"
)
_DOT = (
    r"(?:\s?[\(\[\{<]\s?(?:"
    + _DOT_WORDS
    + r"|\.)\s?[\)\]\}>]\s?|\s(?:"
    + _DOT_WORDS
    + r")\s|[.\uff0e])"
)
_SPELLED_RE = re.compile(
    r"[\(\[\{<\uff20\uff0e]|\s@|@\s|(?<![\w-])(?:" + _AT_WORDS + "|" + _DOT_WORDS + r")(?![\w-])"
)
_TLD = (
    r"(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|br|in|jp|ch|at|be|au|ca|eu|info|biz|"
    r"dev|app|me|us|mx|pt|ie|se|no|dk|fi|pl|ru|cn|kr|gr|eg|tr|ua|cz|hu|ro|sk|ae|sa|mail|рф)"
)
# Words that start "<word> at <place> dot <tld>" in prose far more often than a mailbox.
_PROSE_WORDS = frozenset(
    [
        "meet",
        "meeting",
        "look",
        "looking",
        "me",
        "us",
        "home",
        "work",
        "it",
        "this",
        "that",
        "one",
        "them",
        "him",
        "her",
        "you",
        "arrive",
        "arrived",
        "be",
        "see",
        "stay",
        "is",
        "are",
        "was",
        "were",
        "here",
        "there",
        "lunch",
        "dinner",
        "back",
        "now",
    ]
)
# Letters of alphabetic scripts in the local part ("müller"); CJK around is not part of it.
_L = "A-Za-z0-9_%+\\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
_OBF_RE = re.compile(
    # The local part may be spoken too: "anna punkt müller at web punkt de".
    rf"(?<![{_L}.])(?P<local>[{_L}]+(?:(?:\.|\s(?:{_DOT_WORDS})\s)[{_L}]+)*)"
    + _AT
    + r"(?P<domain>[A-Za-z0-9-]+(?:"
    + _DOT
    + r"[A-Za-z0-9-]+)*)"
    + _DOT
    + r"(?P<tld>(?i:"
    + _TLD
    + r"))(?![\w-])"
)


class ObfuscatedEmailDetector:
    """Email addresses with "at"/"dot" spelled out or bracketed."""

    kind = PiiKind.EMAIL

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _OBF_RE.finditer(text):
            raw = m.group(0)
            if re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]+", raw):
                continue  # a plain address: the email detector reports it
            if not _SPELLED_RE.search(raw):
                continue
            last_word = m.group("local").split()[-1].lower()
            if not re.search(r"[\(\[\{<@]", raw) and last_word in _PROSE_WORDS:
                continue  # "meet at noon dot com": prose, not a spelled-out address
            yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "email_obfuscated")
