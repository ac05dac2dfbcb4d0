"""Session cookies in HTTP headers: "Cookie: sessionid=7f3a...; lang=en",
"Set-Cookie: PHPSESSID=...; Path=/". A session id is a bearer credential: whoever holds it
is logged in. Hex-only values are left to key cues elsewhere (a digest is no secret), but
in a cookie named for a session, a login or a token the value is the credential whatever
its alphabet. Other cookies (language, consent, analytics ids) are not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["CookieSecretDetector"]

_HEADER_RE = re.compile(r"(?im)^[ \t]*(?:set-)?cookie[ \t]*:[ \t]*([^\r\n]*)")
_PAIR_RE = re.compile(r"(?:^|;)[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]{1,64})=([^;\s]*)")
# Cookie names that hold a session or login: sessionid, session_id, PHPSESSID, JSESSIONID,
# ASP.NET_SessionId, connect.sid, sid, auth_token, remember_token, jwt, access_token ...
_SESSION_NAME_RE = re.compile(
    r"(?i)(?:^|[_.-])(?:sess(?:ion)?(?:[_.-]?id)?|\w*sessid|sid|auth(?:[_.-]?token)?|"
    r"(?:access|refresh|remember|login|id)?[_.-]?token|remember[_.-]?me|jwt|"
    r"sessionid|session[_.-]?key)$"
)
_VALUE_RE = re.compile(r"[A-Za-z0-9%._~+/=:|-]{16,512}")


class CookieSecretDetector:
    """Values of session, login and token cookies in `Cookie:` and `Set-Cookie:` lines."""

    kind = PiiKind.SECRET

    def __call__(self, text: str) -> Iterator[Finding]:
        if "ookie" not in text and "OOKIE" not in text:
            return
        for header in _HEADER_RE.finditer(text):
            base = header.start(1)
            for pair in _PAIR_RE.finditer(header.group(1)):
                name, value = pair.group(1), pair.group(2).strip('"')
                if not _SESSION_NAME_RE.search(name) or not _VALUE_RE.fullmatch(value):
                    continue
                if not any(c.isdigit() for c in value) or len(set(value)) < 6:
                    continue  # "deleted", "xxxxxxxxxxxxxxxx": no session id
                start = base + pair.start(2) + (1 if pair.group(2).startswith('"') else 0)
                yield Finding.from_span(
                    self.kind, text, start, start + len(value), 0.85, "cookie_session"
                )
