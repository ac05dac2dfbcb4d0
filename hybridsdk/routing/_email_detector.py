"""E-mail addresses: internationalised local parts and domains (RFC 6531), quoted local
parts, URL-encoded and GDS-written forms; message ids, SIP URIs, placeholders, retina
image names and SSH remotes are no mailbox.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._email_gds import gds_email_spans
from hybridsdk.routing._email_non_addresses import (
    in_message_id,
    is_placeholder_address,
    is_sip_uri,
    message_id_spans,
)
from hybridsdk.routing._findings import Finding, PiiKind

__all__ = ["EmailDetector"]

# Letters of alphabetic scripts may be in an address (RFC 6531, IDNs: "müller@bücher.de",
# "иван@почта.рф"), one script per part, so an address glued to text in another script
# ("ईमेलanna@web.de", "メールはanna@example.comです") is cut where the script changes.
_SCRIPTS = (
    "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",  # Latin
    "0-9\u0370-\u03ff",  # Greek
    "0-9\u0400-\u04ff",  # Cyrillic
    "0-9\u0600-\u06ff",  # Arabic
    "0-9\u0900-\u097f",  # Devanagari
    "0-9\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af",  # kana, CJK, Hangul
)
# In a local part, CJK text takes no digits: with no spaces in the prose, "邮箱是8918959317@qq.com"
# is the prose and then an address of digits (CJK local parts themselves are rare).
_LOCAL_SCRIPTS = (*_SCRIPTS[:-1], _SCRIPTS[-1].removeprefix("0-9"))
# Internationalised top-level domains in CJK scripts (an address written wholly in them:
# "用户@例子.中国"); a closed list, so CJK text after an ASCII address is never a TLD.
_CJK_TLDS = "中国|中國|公司|网络|網絡|台灣|台湾|香港|澳門|澳门|新加坡|한국|닷컴|닷넷|삼성|コム|みんな|在线|中文网|网址|网店|商城|游戏|手机|集团|我爱你|信息|移动"
# An apostrophe inside a local part ("o'brien@...") is kept; no match starts right after
# one that follows a letter, so "a'a'a'..." is read once (linear), not from every "'".
_LOCAL = "|".join(
    rf"(?<![{c}_.%+-])(?<![{c}_%+-]')[{c}_%+-]+(?:[.'][{c}_%+-]+)*" for c in _LOCAL_SCRIPTS
)
# A quoted local part (RFC 5322): "john doe"@example.com, the quotes included.
_LOCAL += r'|(?<![\w"])"[^"\\\r\n@<>]{1,64}"(?=[@\uff20])'
_LABEL = "|".join(rf"[{c}](?:[{c}-]{{0,61}}[{c}])?" for c in _SCRIPTS)
# A case ending hyphened to an address ends it: Georgian "...@tsu.ge-ზე", Azerbaijani
# "-ə", Turkish "-ye", Hungarian "-ra", Kazakh "-ға". At most four letters, then no more
# word, hyphen or ".label": "tr-ye" ends an address, "my-company.com" does not.
_CASE_SUFFIX = r"[^\W\d_]{1,4}(?![\w-]|\.\w)"
_EMAIL_RE = re.compile(
    rf"(?:{_LOCAL})[@\uff20](?:(?:{_LABEL})\.)+"
    rf"(?:[A-Za-z]{{2,24}}(?![A-Za-z0-9_]|-(?!{_CASE_SUFFIX}))"
    r"|[\u0400-\u04ff]{2,12}(?![\u0400-\u04ff0-9_-])"
    r"|[\u0370-\u03ff]{2,12}(?![\u0370-\u03ff0-9_-])"
    rf"|(?:{_CJK_TLDS})(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af0-9_-]))"
)


# An EDIFACT segment's tag and data-element separator before the address, with the
# channel qualifier after it: "COM+anna@mail.ly:EM'" (the "+" is the format's, not a
# sub-address of the local part).
_EDIFACT_TAG_RE = re.compile(r"[A-Z]{3}\+")
_EDIFACT_QUALIFIER_AFTER_RE = re.compile(r":[A-Z]{2}\b")
_SSH_REMOTE_AFTER_RE = re.compile(r":[\w.~-]+/")
_EMAIL_URLENC_RE = re.compile(
    r"(?<=[=:/,])[A-Za-z0-9._+-]{1,64}%40(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}(?![A-Za-z0-9_-])"
)
_RETINA_RE = re.compile(r"[@\uff20]\d(?:\.\d+)?x\.[A-Za-z]{2,5}$")


class EmailDetector:
    """Email addresses (subdomains, plus-addressing, dotted local parts)."""

    kind = PiiKind.EMAIL

    def __call__(self, text: str) -> Iterator[Finding]:
        if "%40" in text:  # URL-encoded: "?email=anna.meyer%40example.com"
            for m in _EMAIL_URLENC_RE.finditer(text):
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.95, "email")
        for a, b in gds_email_spans(text):  # "APE ANNA.MEYER//GMAIL.COM" in a PNR
            yield Finding.from_span(self.kind, text, a, b, 0.9, "email")
        if "@" not in text and "\uff20" not in text:
            return
        id_spans = message_id_spans(text)
        for m in _at_lines_matches(text):
            if id_spans and in_message_id(id_spans, m.start(), m.end()):
                continue  # "Message-ID: <9c1e...@mx1.host.net>": names a message, no mailbox
            if is_sip_uri(text, m.start(), m.group(0)):
                continue  # "sip:2156@pbx.example.net": an extension at a SIP server
            if "example" in m.group(0) and is_placeholder_address(m.group(0)):
                continue  # "user@example.com": a template's stand-in
            if _RETINA_RE.search(m.group(0)):
                continue  # "icon@2x.png": an image at twice the resolution, not an address
            if _SSH_REMOTE_AFTER_RE.match(text, m.end()):
                continue  # "git@github.com:acme/app.git": an SSH remote
            start = m.start()
            while text[start] == "-":
                start += 1  # Hebrew "ל-anna@...": the prefix's hyphen is no part of it
            if _EDIFACT_QUALIFIER_AFTER_RE.match(text, m.end()):
                start = _after_edifact_tag(text, start, m.group(0))
            yield Finding.from_span(self.kind, text, start, m.end(), 0.95, "email")


def _after_edifact_tag(text: str, start: int, match: str) -> int:
    """Where the address starts when an EDIFACT segment's tag is glued before it
    ("COM+anna@mail.ly:EM'", "CTA+OC'COM+anna@..." on one line: an apostrophe ends a
    segment and may sit in a local part too); `start` when there is none."""
    local = match[: match.find("@")]
    cut = 0
    for t in _EDIFACT_TAG_RE.finditer(local):
        head = t.start() == 0 and (start == 0 or text[start - 1] in "\n'")
        if head or local[t.start() - 1 : t.start()] == "'":
            cut = t.end()
    return start + cut


def _at_lines_matches(text: str) -> Iterator[re.Match[str]]:
    """`_EMAIL_RE.finditer(text)`, run only over the lines that hold an "@": no match
    holds a line break, and every one holds an "@" (a long log with one address is not
    read from every word's start)."""
    at = min((i for i in (text.find("@"), text.find("\uff20")) if i >= 0), default=-1)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        yield from _EMAIL_RE.finditer(text, start, end)
        at = min((i for i in (text.find("@", end), text.find("\uff20", end)) if i >= 0), default=-1)
