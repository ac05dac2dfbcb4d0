"""Numbers that a machine format's layout names as other than a phone (docs/privacy_figures.md,
"Seventh set as a dev set"):

- a web server's access log: the status and byte count after the request
  (`"GET / HTTP/1.1" 304 16688`);
- an Android `logcat -v threadtime` line: the process and thread ids before the level
  and tag (`12-07 15:01:54.572  2997  3022 I Tag: ...`);
- an HL7 v2 segment: a number in a field that holds no phone (`PID|1||4182659^^^HOSP^MR`,
  a patient's account or licence number at the end of the PID segment); the phone fields
  (PID-13/14, NK1-5/6, GT1-6/7, IN1-7, ORC-14/23, OBR-17, STF-10) keep their numbers;
- a table of small counts set in columns ("22 12  5  5   41": a league table's row);
- numbers of two columns, parted by a gap of three or more spaces or a tab ("2395      2395":
  a ledger's rent and paid amounts), which no plan writes inside a phone number;
- the queue id of an SMTP server's reply ("250 2.0.0 OK 1733512345 - gsmtp", "250 Ok:
  queued as 4711"): a message's number at the receiving server;
- an SDP origin line's session id and version ("o=- 3912 3912 IN IP4 ...");
- a TAF's validity period ("TAF XXXX 222200Z 2223/2323") and a rate in an exchange-rate
  board's row ("EUR    2543.1776  2586.5288").

Each looks at most one line around the number.
"""

from __future__ import annotations

import re

__all__ = ["log_field_number"]

_ACCESS_BEFORE_RE = re.compile(r'HTTP/\d(?:\.\d)?"[ \t]+([1-5]\d\d[ \t]+)?\Z')
_STATUS_RE = re.compile(r"[1-5]\d\d[ \t]+\d")
# "2997  3022 I ActivityManager:": process id, thread id, level letter, tag and colon (the
# time before them is blanked before phones are read, so the line is read after them)
_LOGCAT_AFTER_RE = re.compile(r"[ \t]+[VDIWEFA][ \t]+[\w.$/-]{1,60}[ \t]*:")
_SEGMENT_RE = re.compile(r"[A-Z][A-Z0-9]{2}\|")
# Phone fields of the segments that carry them (1-based field numbers); any other field
# of these segments holds no phone.
_PHONE_FIELDS = {
    "PID": frozenset({13, 14}),
    "NK1": frozenset({5, 6, 31, 40}),
    "GT1": frozenset({6, 7, 8}),
    "IN1": frozenset({7}),
    "ORC": frozenset({14, 23}),
    "OBR": frozenset({17}),
    "STF": frozenset({10}),
    "PV1": frozenset(),
    "PD1": frozenset(),
}
_SMALL_COUNTS_RE = re.compile(r"\d{1,3}(?:[ \t]{1,4}\d{1,3}){3,}")
# An SDP origin line: "o=<user> <session id> <version> IN IP4 <address>" (RFC 8866).
_SDP_ORIGIN_BEFORE_RE = re.compile(r"(?:^|\n)o=\S{1,64}[ \t]+(?:\d+[ \t]+)?$")
# A TAF's validity "DDHH/DDHH" after its issue time "DDHHMMZ" ("TAF XXXX 222200Z 2223/2323").
_TAF_BEFORE_RE = re.compile(r"\b\d{6}Z[ \t]+$")
_DECIMAL_RE = re.compile(r"\d{1,6}\.\d{2,6}")
# A row of an exchange-rate or price board: a currency code, then two or more decimals.
_RATE_ROW_RE = re.compile(r"[ \t]*[A-Z]{3}\b[^\n]*?\d\.\d{2,}[^\n]*?\d\.\d{2,}")


def _rate_row(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return _RATE_ROW_RE.match(text, line) is not None


_COLUMN_GAP_RE = re.compile(r"\d(?: {3,}|\t)[ \t]*\d")
_SMTP_REPLY_BEFORE_RE = re.compile(
    r"(?i)\b250[ -](?:2\.\d{1,3}\.\d{1,3}[ \t]+)?(?:ok|accepted|queued)?[ \t:]*"
    r"(?:queued as|id=|message accepted for delivery)?[ \t:]*$"
)


def _hl7_field(text: str, start: int) -> str | None:
    line = text.rfind("\n", 0, start) + 1
    cr = text.rfind("\r", 0, start) + 1  # HL7 segments may end with a bare CR
    line = max(line, cr)
    if start - line > 600 or not _SEGMENT_RE.match(text, line):
        return None
    segment = text[line : line + 3]
    fields = _PHONE_FIELDS.get(segment)
    if fields is None:
        return None
    number = text.count("|", line, start)
    return None if number in fields else f"HL7 {segment}-{number}"


def log_field_number(text: str, run: int, start: int, end: int) -> str | None:
    """Why the phone-shaped text[start:end] (its digit run starting at `run`) is a field of
    a log or record format that holds no phone; None if it may be a phone.

    Args:
        text: the scanned text.
        run: where the run of digit groups holding the number starts.
        start: the number's start.
        end: the number's end.
    """
    raw = text[start:end]
    if raw.lstrip("( ").startswith("+"):
        return None
    # the run may have been walked back over the time's digits: read before the number
    window = text[max(0, start - 40) : start]
    if '"' in window:
        m = _ACCESS_BEFORE_RE.search(window)
        # the status is before the number or its first group ("304 16688" read as one)
        if m and (m.group(1) or _STATUS_RE.match(raw)):
            return "access log status and size"
    if _LOGCAT_AFTER_RE.match(text, end):
        return "log process and thread ids"
    if run and text[run - 1] in "|~^":
        reason = _hl7_field(text, run)
        if reason is not None:
            return reason
    if "  " in raw and _SMALL_COUNTS_RE.fullmatch(raw) and sum(c.isdigit() for c in raw) <= 12:
        return "column of small counts"
    if ("   " in raw or "\t" in raw) and _COLUMN_GAP_RE.search(raw):
        return "numbers of two columns"
    if "250" in window and _SMTP_REPLY_BEFORE_RE.search(window):
        return "SMTP queue id"
    if "o=" in window and _SDP_ORIGIN_BEFORE_RE.search(window):
        return "SDP session id and version"
    if "/" in raw and "Z" in window and _TAF_BEFORE_RE.search(window):
        return "TAF validity period"
    if "." in raw and _DECIMAL_RE.fullmatch(raw) and _rate_row(text, start):
        return "rate in a currency row"
    return None
