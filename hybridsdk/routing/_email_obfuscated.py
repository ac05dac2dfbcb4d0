"""Email addresses written to dodge scrapers: "anna (at) example (dot) com",
"anna[at]example[.]org", "anna at example dot com", "anna@example dot com".

The plain-word form ("at" ... "dot") needs both words and a top-level domain (any two
letters, or a generic one such as com, org, info), so prose such as "meet at noon dot" is
not taken for an address. "at" and "dot" are read in 30+ languages ("arobase ... point",
"골뱅이 ... 점", "एट ... डॉट"), and the address may be glued to CJK text after it
("... dot com입니다").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._email_detector import _CASE_SUFFIX, _EMAIL_RE

__all__ = ["ObfuscatedEmailDetector"]

# "at" and "dot" spelled out in 30+ languages: arroba, arobase, chez, chiocciola,
# Klammeraffe, apenstaartje, snabel-a, krøllalfa, kissanhäntä, małpa, zavináč, kukac,
# a rond, собака, равлик, παπάκι, שטרודל, एट, অ্যাট, แอท, a còng, 艾特, アット, 골뱅이 ...;
# punkt, punto, ponto, point, punt, kropka, piste, tečka, bodka, pont, punct, nokta,
# точка, крапка, τελεία, נקודה, نقطة, डॉट, ডট, จุด, chấm, titik, 点, ドット, 점, 닷 ...
_AT_WORDS = (
    r"at|AT|At|arroba|arobase|arobas|chez|chiocciola|собака|собачка|равлик|apenstaartje|"
    r"apestaart|ma[łl]pa|snabel-a|snabela|krøllalfa|kissanhäntä|miukumauku|zavin[áa][čc]|"
    r"kukac|a rond|klammeraffe|Klammeraffe|παπάκι|שטרודל|آت|एट|ऐट|অ্যাট|แอท|a còng|"
    r"艾特|アットマーク|アット|あっと|골뱅이|앳|ät|"
    # Slovene "afna", Croatian "manki", Serbian "majmunče", Bulgarian "кльомба"
    r"afna|manki|majmun[čc]e|мајмунче|кльомба|"
    # Turkish speakers say "et" for "@"; Persian writes the English word: "اَت", "ات"
    r"et|اَت|ات"
)
_DOT_WORDS = (
    r"dot|DOT|Dot|punkt|Punkt|punto|ponto|point|точка|крапка|punt|kropka|τελεία|piste|"
    r"te[čc]ka|bodka|pont|punct|nokta|נקודה|نقطة|نقطه|डॉट|डोट|ডট|จุด|chấm|titik|tuldok|"
    r"点|點|ドット|どっと|닷|점|دات|punktum|"
    # South Slavic, Baltic, Icelandic, Albanian, Turkic, Georgian, Armenian
    r"pika|pik[ëe]|to[čc]ka|ta[čc]ka|тачка|точка|punkts|ta[šs]kas|punktur|n[öo]qt[əe]|"
    r"nuqta|нүкте|нукте|წერტილი|կետ"
)
# A plus-address tag dictated: "anna dot berg plus news at ..." (the "+" of "anna.berg+news@").
_PLUS_WORDS = r"plus|mais|más|mas|più|piu|artı|arti|плюс|συν|پلاس"  # noqa: RUF001
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
    + r")\s|[.\uff0e])"  # not " . ": "we sat at home. No ..." is prose
)
_SPELLED_RE = re.compile(
    r"[\(\[\{<\uff20\uff0e]|\s@|@\s|(?<![\w-])(?:" + _AT_WORDS + "|" + _DOT_WORDS + r")(?![\w-])"
)
# Any two-letter (country) domain, and the generic ones people write out.
_TLD = (
    r"(?:[a-z]{2}|com|org|net|edu|gov|mil|int|info|biz|name|pro|mobi|app|dev|online|site|"
    r"xyz|shop|store|tech|cloud|email|mail|asia|рф|рус|укр|бел|срб)"  # noqa: RUF001
)
# With "at" and "dot" as plain words only (no bracket, no "@"), the TLD must be one of
# these, and the domain must hold a letter or the local part a digit: "ring at 5 dot pm"
# is prose.
_PLAIN_TLD_NAMES = (
    "com org net edu gov io co uk de fr es it nl br in jp ch at be au ca eu info biz dev app "
    "us mx pt ie se dk no is fi pl ru cn kr gr eg tr ua cz hu ro sk ae sa vn id th my ph sg hk tw "
    "il ir pk bd ng ke za ar cl pe ve nz lt lv ee si hr rs bg by kz ge az md ba mk al lu li "
    "mt cy ma tn dz qa kw om jo lb ec uy py bo cr do gt hn sv ni pa cu lk np mn kh la mm "
    "uz tm kg tj af iq sy ye mail online site shop store tech cloud email \u0440\u0444"
)
_PLAIN_TLDS = frozenset(_PLAIN_TLD_NAMES.split())
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
        "no",
        "yes",
    ]
)
# Letters of alphabetic scripts in the local part ("müller"); CJK around is not part of it.
_L = "A-Za-z0-9_%+\\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
_OBF_RE = re.compile(
    # The local part may be spoken too: "anna punkt müller at web punkt de".
    # or bracketed like the domain's: "anna[dot]berg[at]mail[dot]ru", "anna [dot] berg [at] ..."
    rf"(?<![{_L}.])(?P<local>[{_L}]+(?:(?:\.|\s(?:{_DOT_WORDS}|{_PLUS_WORDS})\s|"
    rf"\s?[\(\[\{{<]\s?(?:{_DOT_WORDS})\s?[\)\]\}}>]\s?)[{_L}]+)*)"
    + _AT
    + r"(?P<domain>[A-Za-z0-9-]+(?:"
    + _DOT
    + r"[A-Za-z0-9-]+)*)"
    + _DOT
    + r"(?P<tld>(?i:"
    + _TLD
    + r"))(?![A-Za-z0-9_\u00c0-\u024f\u0370-\u04ff]|-(?!"  # CJK text may follow ("...comです")
    + _CASE_SUFFIX  # or a case ending: "...(at)tsu.ge-ზე"
    + r"))"
)
# After a literal "@", dots written with spaces around them: "anna@yahoo . co . uk". The
# top-level domain must be a known one (`_PLAIN_TLDS`), so "me@home . Then" is prose.
_SPACED_DOTS_RE = re.compile(
    rf"(?<![{_L}.])[{_L}]+(?:\.[{_L}]+)*@(?P<domain>[A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)*)"
    r" ?\. ?(?P<tld>[A-Za-z]{2,6})(?![A-Za-z0-9_\u00c0-\u024f\u0370-\u04ff]|-(?!"
    + _CASE_SUFFIX
    + r"))"
)


_ET_AT_RE = re.compile(r"\set\s")
# "et" is "@" in Turkish, Croatian, Albanian: read so only with their word for "dot".
_ET_DOT_RE = re.compile(r"\s(?:nokta|to[čc]ka|ta[čc]ka|pik[ëe]|pika|n[öo]qt[əe])\s", re.IGNORECASE)


class ObfuscatedEmailDetector:
    """Email addresses with "at"/"dot" spelled out or bracketed."""

    kind = PiiKind.EMAIL

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _OBF_RE.finditer(text):
            raw = m.group(0)
            if _EMAIL_RE.fullmatch(raw):
                continue  # a plain address: the email detector reports it
            if not _SPELLED_RE.search(raw):
                continue
            if _ET_AT_RE.search(raw) and not _ET_DOT_RE.search(raw):
                continue  # "et" is "@" in Turkish only: "chat et chien point fr" is French
            last_word = m.group("local").split()[-1].lower()
            plain = not re.search(r"[\(\[\{<@\uff20]", raw)
            if plain and last_word in _PROSE_WORDS:
                continue  # "meet at noon dot com": prose, not a spelled-out address
            if plain and (
                m.group("tld").lower() not in _PLAIN_TLDS
                or not (
                    any(c.isalpha() for c in m.group("domain"))
                    or any(c.isdigit() for c in m.group("local"))
                )
            ):
                continue  # "ring at 5 dot pm"; "lin88 at 126 dot com" is a mailbox
            yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "email_obfuscated")
        if " ." in text and "@" in text:  # a space before a dot: rare outside these
            for m in _SPACED_DOTS_RE.finditer(text):
                if " " not in m.group(0) or m.group("tld").lower() not in _PLAIN_TLDS:
                    continue  # no spaced dot (the email detector's), or prose after "@"
                yield Finding.from_span(
                    self.kind, text, m.start(), m.end(), 0.9, "email_spaced_dots"
                )
