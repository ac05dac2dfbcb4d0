"""Tokens of logs, dumps and headers that the tagger takes for names (docs/privacy_figures.md,
"Sixth set as a dev set"):

- an Android log's level and tag ("I/Sync:", "W/Http(1234):"), or the tag alone after
  its level;
- SQL keywords in upper case ("UNLOCK TABLES", "LOCK TABLES ... WRITE") in a text that
  holds SQL;
- a calendar or vCard property's parameter value other than a common name
  ("ROLE=REQ-PARTICIPANT", "RSVP=TRUE", "PARTSTAT=ACCEPTED");
- a key right before its colon on a comment line of a dump or script ("-- Host: db01",
  "# Server: ...") or a mail header's hyphenated name at a line start ("X-Mailer:").

Each looks at most 80 characters around the span.
"""

from __future__ import annotations

import re

__all__ = ["log_token"]

_LOGCAT_RE = re.compile(r"[VDIWEFA]/[\w.$-]+")
_LEVEL_BEFORE_RE = re.compile(r"(?:^|[\s\[])[VDIWEFA]/\Z")
_TAG_END_RE = re.compile(r"[\w.$-]*(?:\(\s*\d+\))?\]?:")
_SQL_WORDS = frozenset(
    [
        "LOCK",
        "UNLOCK",
        "TABLES",
        "TABLE",
        "WRITE",
        "READ",
        "INSERT",
        "INTO",
        "VALUES",
        "CREATE",
        "DROP",
        "ALTER",
        "SELECT",
        "FROM",
        "WHERE",
        "SET",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "ENGINE",
        "DEFAULT",
        "CHARSET",
        "NULL",
        "KEY",
        "PRIMARY",
        "UNIQUE",
        "INDEX",
        "IF",
        "EXISTS",
        "NOT",
        "UPDATE",
        "DELETE",
        "TRUNCATE",
        "VIEW",
        "DATABASE",
        "USE",
    ]
)
_SQL_CUE_RE = re.compile(r"\b(?:INSERT INTO|CREATE TABLE|LOCK TABLES|COPY \w+|UPDATE \w+ SET)\b")
_PARAM_BEFORE_RE = re.compile(r";([A-Z][A-Z-]*)=\"?\Z")
_COMMENT_START_RE = re.compile(r"(?:--|#|//|;)[ \t]*\Z")
_HEADER_NAME_RE = re.compile(
    r"(?:X|Content|Message|Reply|Return|MIME|User|In-Reply|Received|DKIM|List|Delivered|"
    r"Thread|Accept|Authentication|Resent|Original)-[A-Za-z0-9-]+"
)


def log_token(text: str, start: int, end: int) -> bool:
    """Whether the person span is a log tag, an SQL keyword or a dump's or header's key."""
    value = text[start:end]
    after = text[end : end + 12]
    if _LOGCAT_RE.fullmatch(value) and _TAG_END_RE.match(after):
        return True
    if _LEVEL_BEFORE_RE.search(text, max(0, start - 3), start) and _TAG_END_RE.match(after):
        return True
    if "=" in text[start - 2 : start]:
        m = _PARAM_BEFORE_RE.search(text, max(0, start - 24), start)
        if m is not None and m.group(1) != "CN":
            return True
    if value.isupper() and all(w in _SQL_WORDS for w in value.split()):
        return bool(_SQL_CUE_RE.search(text))
    if not after.startswith(":"):
        return False
    ls = text.rfind("\n", max(0, start - 80), start) + 1
    head = text[ls:start]
    if _COMMENT_START_RE.fullmatch(head):
        return True
    return not head.strip() and _HEADER_NAME_RE.fullmatch(value) is not None
