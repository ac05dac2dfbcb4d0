"""Passwords sent as protocol commands, as logs and transcripts show them (session 11):

- Redis: `AUTH <password>` or, with ACL users, `AUTH <user> <password>`; in `MONITOR` output
  every argument is quoted (`1733581234.1 [0 10.0.0.5:50412] "AUTH" "s3cr3t-Pass"`), in a
  redis-cli transcript it is not (`127.0.0.1:6379> AUTH s3cr3t-Pass`);
- FTP and POP3: `PASS <password>` on its own line of a session log (`> PASS s3cr3t`), and
  IMAP `a1 LOGIN <user> <password>`.

The password is the span; the command and the user name are not. A masked value (`****`,
`<redacted>`) is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["command_secrets"]

_QUOTED = r'"((?:[^"\\\n]|\\.){1,128})"'
_REDIS_MONITOR_RE = re.compile(rf'(?i)"auth"[ \t]+{_QUOTED}(?:[ \t]+{_QUOTED})?')
_REDIS_CLI_RE = re.compile(r"(?im)(?:^|>[ \t]*)auth[ \t]+(\S{1,128})(?:[ \t]+(\S{1,128}))?[ \t]*$")
_PASS_LINE_RE = re.compile(r"(?m)^[ \t]*(?:[<>][ \t]*)?(?:PASS|pass)[ \t]+(\S{1,128})[ \t]*$")
_IMAP_LOGIN_RE = re.compile(
    r"(?m)^[ \t]*(?:[<>][ \t]*)?\w{1,8}[ \t]+LOGIN[ \t]+\S{1,64}[ \t]+(\S{1,128})"
)
_MASKED_RE = re.compile(r"[*x•.#]{3,}|<[^<>]*>|\[[^\[\]]*\]|(?i:redacted|hidden|masked)")


def _last(m: re.Match[str]) -> tuple[int, int]:
    group = 2 if m.group(2) is not None else 1
    return m.start(group), m.end(group)


def command_secrets(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords given to AUTH, PASS and LOGIN commands in text."""
    low = text.lower()
    spans: list[tuple[int, int]] = []
    if "auth" in low:
        spans.extend(_last(m) for m in _REDIS_MONITOR_RE.finditer(text))
        spans.extend(_last(m) for m in _REDIS_CLI_RE.finditer(text))
    if "pass" in low:
        spans.extend((m.start(1), m.end(1)) for m in _PASS_LINE_RE.finditer(text))
    if "LOGIN" in text:
        spans.extend((m.start(1), m.end(1)) for m in _IMAP_LOGIN_RE.finditer(text))
    for a, b in spans:
        if not _MASKED_RE.fullmatch(text[a:b].strip("\"'")):
            yield a, b
