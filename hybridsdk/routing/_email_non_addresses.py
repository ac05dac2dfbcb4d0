"""Strings with an address's shape that are no one's e-mail address (issue 12, session 9).

- A message identifier in a mail header: "Message-ID: <9c1e...@mx1.mailhost.net>",
  "In-Reply-To:", "References:" (folded over several lines), "Content-ID:" and the
  "Resent-"/"X-" variants. RFC 5322 gives these a "local@domain" shape, but they name a
  message or a MIME part, not a mailbox. Only what stands inside the angle brackets of such
  a header is dropped; a "Reply-To:" or "From:" line is untouched.
- A message identifier in a mail server's log, written as a field: Postfix
  "message-id=<...@host>", Sendmail "msgid=<...>", Exim "id=...@host" after "<=" (session 11).
- A SIP or SIPS URI of a number ("sip:2156@pbx.example.net", "<sips:+15550100@carrier.net>"):
  an extension or a phone line at a SIP server, no mailbox. The phone number in it stays a
  phone; a SIP URI with a named user ("sip:anna.berg@corp.example") is still an address.
- A placeholder at a documentation domain (RFC 2606): "user@example.com",
  "your.name@example.org", "someone@example.net", the stand-in a form or a template shows.
  A real-looking mailbox at those domains ("anna.berg@example.com") is still found; only
  the generic local parts below are dropped.
"""

from __future__ import annotations

import re

__all__ = ["in_message_id", "is_placeholder_address", "is_sip_uri", "message_id_spans"]

_ID_HEADER_RE = re.compile(
    r"^[ \t]*(?:(?:Resent|X(?:-[\w]+)?)-)?(?:Message-?ID|In-Reply-To|References|Content-ID"
    r"|Original-Message-ID|Thread-Index)[ \t]*:[^\n]*(?:\r?\n[ \t]+[^\n]*)*",
    re.IGNORECASE | re.MULTILINE,
)
_BRACKETED_RE = re.compile(r"<[^<>\s]{3,998}>")


# A log field naming a message: Postfix "message-id=<..>", Sendmail "msgid=<..>", Exim's
# "id=..." on an arrival line ("<= sender ... id=...@host"), bracketed or bare.
_ID_FIELD_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?:resent-)?message-id|msg-?id|mid)=(<[^<>\s]{3,998}>|[^\s<>,;]{3,998})"
)
_EXIM_ID_RE = re.compile(r"(?<=\s)id=([^\s<>,;]{3,998})")
_SIP_BEFORE_RE = re.compile(r"(?i)(?<![\w.+-])sips?:$")
_SIP_NUMBER_RE = re.compile(r"\+?[\d*#.-]{2,20}[@\uff20]")


def message_id_spans(text: str) -> list[tuple[int, int]]:
    """The "<...>" spans of message-identifier headers and log fields in text (empty when
    there are none); a bare log-field value is widened by one character each side, so that
    `in_message_id` holds for it too."""
    lowered = text.lower()
    if "id" not in lowered and "reply-to" not in lowered and "references" not in lowered:
        return []
    spans: list[tuple[int, int]] = []
    if "-id" in lowered or "reply-to" in lowered or "references" in lowered:
        for header in _ID_HEADER_RE.finditer(text):
            for m in _BRACKETED_RE.finditer(text, header.start(), header.end()):
                spans.append((m.start(), m.end()))
    if "id=" in lowered:
        for m in _ID_FIELD_RE.finditer(text):
            spans.append((m.start(1) - 1, m.end(1) + 1))
        if "<=" in text:
            for m in _EXIM_ID_RE.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if "<=" in text[line_start : m.start()]:
                    spans.append((m.start(1) - 1, m.end(1) + 1))
    return spans


def is_sip_uri(text: str, start: int, value: str) -> bool:
    """Whether the address-shaped `value` at `start` is a "sip:" URI whose user part is an
    extension or a phone number. A named user ("sip:anna.berg@corp.example") is often the
    person's own e-mail address (Teams, Lync) and stays one."""
    return (
        _SIP_BEFORE_RE.search(text, max(0, start - 6), start) is not None
        and _SIP_NUMBER_RE.match(value) is not None
    )


def in_message_id(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans from message_id_spans."""
    return any(s < start and end < e for s, e in spans)


# Generic stand-ins for a mailbox in forms, templates and docs, in a few languages.
_PLACEHOLDER_LOCALS = frozenset(
    [
        "user",
        "username",
        "user.name",
        "user_name",
        "name",
        "yourname",
        "your.name",
        "your_name",
        "your-name",
        "you",
        "someone",
        "somebody",
        "anyone",
        "nobody",
        "email",
        "e-mail",
        "mail",
        "address",
        "youremail",
        "your.email",
        "firstname.lastname",
        "first.last",
        "firstname",
        "lastname",
        "name.surname",
        "vorname.nachname",
        "prenom.nom",
        "nome.cognome",
        "nombre.apellido",
        "nome.sobrenome",
        "voornaam.achternaam",
        "imie.nazwisko",
        "usuario",
        "utilisateur",
        "utente",
        "benutzer",
        "gebruiker",
        "kullanici",
        "test",
        "tester",
        "foo",
        "bar",
        "foobar",
        "sample",
        "example",
    ]
)
_PLACEHOLDER_DOMAIN_RE = re.compile(
    r"(?:[\w-]+\.)*example\.(?:com|org|net|edu)|(?:[\w-]+\.)+(?:example|test|invalid)",
    re.IGNORECASE,
)


def is_placeholder_address(value: str) -> bool:
    """Whether an address is a generic stand-in at a reserved documentation domain."""
    local, sep, domain = value.rpartition("@")
    if not sep:
        local, sep, domain = value.rpartition("\uff20")
    return (
        bool(sep)
        and local.lower() in _PLACEHOLDER_LOCALS
        and _PLACEHOLDER_DOMAIN_RE.fullmatch(domain) is not None
    )
