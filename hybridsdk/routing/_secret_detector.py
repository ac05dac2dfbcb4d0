"""Secrets found by their format or their randomness: `SecretDetector` runs the provider
formats (`_provider_tokens.py`), the labelled values (`_cue_secrets.py`) and a high-entropy
pass over tokens, with the checks that tell a random credential from ids, digests, UUIDs,
placeholders and public key material.

Moved out of `_detectors.py` (session 10) without a change of behaviour; `_detectors`
still answers for every name defined here.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.routing._command_secrets import command_secrets
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._secret_lookalikes import id_keyed, looks_like_name
from hybridsdk.routing._value_checks import IBAN_LENGTHS, shannon_entropy

# '=' only as base64 padding, so `KEY=value` yields the value alone.
_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9+/_.@-])[A-Za-z0-9+/_-]{20,512}={0,2}(?![A-Za-z0-9+/=_@-])")
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_HEX_RE = re.compile(r"[0-9a-fA-F]+")
# No "nonce": a Digest challenge travels in the clear and names no credential.
_HEX_SECRET_CUE_RE = re.compile(
    r"(?i)(?:key|token|secret|bearer|auth|credential|password|signature|hmac|salt)"
)
# The key of a key=value field right before a value ("req=", '"trace": "').
_OWN_KEY_RE = re.compile(r"(?<![\w.-])([A-Za-z_][\w.-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?$")
# ULIDs (26 Crockford base-32 characters) named as ids right before: request, trace ids.
_ULID_RE = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")
_ID_CUE_RE = re.compile(
    r"(?i)(?:\bid(?:-\d)?|_id|-id(?:-\d)?|\bref(?:erence)?|request|trace|span|correlation|order|tracking|"
    r"invoice|ticket|sku|serial|txn|transaction|ulid|uuid|guid|build|commit|digest|etag|"
    r"checksum|job|run)[\"']?\W{0,4}$"
)
# "password_hash: 5f4d...", "token sha256=...": a digest named right before the hex.
_HEX_DIGEST_CUE_RE = re.compile(
    r"(?i)(?:hash(?:ed)?|digest|sha-?\d*|md5|checksum|fingerprint)[\"']?\W{0,4}$"
)


# Public material that looks random: the body of a public key or certificate, an SSH
# public key, inline image data, a subresource-integrity digest ("sha512-...").
_PEM_MARK_RE = re.compile(r"-----(BEGIN|END) ([A-Z0-9 ]{1,40})-----")
_SSH_PUBLIC_BEFORE_RE = re.compile(
    r"(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d{3}|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)"
    r"@openssh\.com)[ \t]+$"
)
_SSH_BLOB_RE = re.compile(r"AAAA[B-E]3NzaC1|AAAAE2VjZHNh|AAAAC3NzaC1")
_SRI_RE = re.compile(r"sha(?:256|384|512)-")
_ID_HEADER_RE = re.compile(
    r"(?i)(?:x-amz-id-2|x-amz-request-id|x-amz-cf-id|x-request-id|x-correlation-id|x-trace-id|"
    r"traceparent|request[-_]?id|trace[-_]?id|correlation[-_]?id)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_NOT_SECRET_KEY_CUE_RE = re.compile(
    r"(?i)(?:cache|idempotency|partition|primary|sort|object|row|foreign|dedup\w*|routing|"
    r"lookup|map|dict|hash|index|shard|s3|bucket|etag)[_ -]?keys?[\"']?[ \t]*[:=]?[ \t]*[\"']?$"
)
# Values a server hands out in the open to check a round trip, no credential: OAuth
# "nonce" and "state", anti-forgery tokens ("csrf_token", "X-XSRF-TOKEN", "_csrf").
_ROUND_TRIP_KEY_RE = re.compile(r"(?i)(?:^|[_.-])(?:nonce|state|csrf|xsrf)(?:[_-]?token)?$|^csrf")
_PUBLIC_KEY_CUE_RE = re.compile(
    r"(?i)(?:public[_ -]?key|pub[_-]?key|applicationserverkey|publishable[_ -]?key)[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?$"
)
# Documented example keys and placeholders written in a key's own format:
# AKIAIOSFODNN7EXAMPLE, "sk_live_xxxxxxxxxxxxxxxx", "ghp_XXXX...". Not a run of zeros: a real
# key may hold one, and a missed key costs more than a request kept on the device.
_PLACEHOLDER_RUN_RE = re.compile(r"([xX*#.])\1{7,}")


def _placeholder_key(token: str) -> bool:
    """Whether a key-shaped token is a documentation example or a placeholder."""
    return "EXAMPLE" in token.upper() or _PLACEHOLDER_RUN_RE.search(token) is not None


# A short prefix before a hex body ("SK" + 32 hex, "key_" + 40 hex) keeps it a hex key.
_PREFIXED_HEX_RE = re.compile(r"(?:0x|[A-Za-z]{0,5}?[_-]?)[0-9a-fA-F]{32,}")  # "0x": a chain hash
# A path segment that is a word or an API version: "/api/devices/<id>/register", "/v1/orders/..".
_PATH_WORD_RE = re.compile(r"[a-z]{3,}|v\d{1,2}")


def _hexish(token: str) -> bool:
    """Whether a token is hex, or a short letter prefix and 32+ hex (ids and hex keys)."""
    core = token.rstrip("=")
    return _HEX_RE.fullmatch(core) is not None or _PREFIXED_HEX_RE.fullmatch(core) is not None


def _path_parts(start: int, token: str) -> list[tuple[int, str]]:
    """A URL path ("/api/devices/<uuid>/register") split into its segments, each judged on
    its own (a path is no credential, though one segment may be); other tokens whole."""
    if "/" not in token or not (token.startswith("/") or token.count("/") >= 2):
        return [(start, token)]
    segments = token.split("/")
    if not any(_PATH_WORD_RE.fullmatch(s) for s in segments):
        return [(start, token)]  # base64 with slashes in it
    parts, at = [], start
    for segment in segments:
        if segment:
            parts.append((at, segment))
        at += len(segment) + 1
    return parts


def _public_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of PEM blocks that hold public material (public keys, certificates), paired
    BEGIN to END in one pass; private-key blocks are not among them."""
    if "-----BEGIN" not in text:
        return []
    blocks: list[tuple[int, int]] = []
    open_at: tuple[int, str] | None = None
    for m in _PEM_MARK_RE.finditer(text):
        if m.group(1) == "BEGIN":
            open_at = (m.end(), m.group(2))
        elif open_at is not None and m.group(2) == open_at[1]:
            if "PRIVATE" not in open_at[1]:
                blocks.append((open_at[0], m.start()))
            open_at = None
    return blocks


def _public_material(text: str, start: int, token: str, blocks: list[tuple[int, int]]) -> bool:
    """Whether the token at `start` is public material (see `_public_blocks`)."""
    if _SRI_RE.match(token) or _SSH_BLOB_RE.match(token):
        return True
    before = text[max(0, start - 40) : start]
    if before.endswith("base64,") or _SSH_PUBLIC_BEFORE_RE.search(before):
        return True
    i = bisect.bisect_right(blocks, (start, len(text))) - 1
    return i >= 0 and blocks[i][0] <= start < blocks[i][1]


class SecretDetector:
    """Credentials: known key prefixes, PEM private keys, JWTs, and high-entropy tokens.

    Args:
        min_length: shortest token the entropy check looks at.
        min_entropy: bits per character a token needs to count as random; the bar is
            lowered for short tokens, which cannot reach a high entropy.
    """

    kind = PiiKind.SECRET

    def __init__(self, *, min_length: int = 20, min_entropy: float = 4.0) -> None:
        if min_length < 8:
            raise ConfigurationError(f"min_length must be >= 8, got {min_length}")
        if not 0.0 < min_entropy <= 8.0:
            raise ConfigurationError(f"min_entropy must be in (0, 8] bits, got {min_entropy}")
        self.min_length = min_length
        self.min_entropy = min_entropy
        # Imported here: that module builds on the classes above.
        from hybridsdk.routing._cue_secrets import labelled_secrets
        from hybridsdk.routing._provider_tokens import provider_tokens

        self._labelled = labelled_secrets
        self._provider_tokens = provider_tokens

    def __call__(self, text: str) -> Iterator[Finding]:
        # Formats that name their provider (hybridsdk/routing/_provider_tokens.py).
        for name, a, b in self._provider_tokens(text):
            if name != "pem_private_key" and _placeholder_key(text[a:b]):
                continue
            yield Finding.from_span(self.kind, text, a, b, 0.99, name)
        # "password: hunter2", "api_key=...", "Passwort lautet ...": the label says what
        # the value is (many languages; hybridsdk/routing/_cue_secrets.py).
        for a, b, label_confidence in self._labelled(text):
            yield Finding.from_span(self.kind, text, a, b, label_confidence, "labelled")
        # Redis "AUTH", FTP "PASS", IMAP "LOGIN" (hybridsdk/routing/_command_secrets.py)
        for a, b in command_secrets(text):
            yield Finding.from_span(self.kind, text, a, b, 0.9, "command")
        blocks = _public_blocks(text)
        for m in _TOKEN_RE.finditer(text):
            for start, token in _path_parts(m.start(), m.group(0)):
                finding = self._entropy_finding(text, start, token, blocks)
                if finding is not None:
                    yield finding

    def _entropy_finding(
        self, text: str, start: int, token: str, blocks: list[tuple[int, int]]
    ) -> Finding | None:
        """The token at `start` as a secret when it looks random and nothing around says
        it is an id, a digest or public material."""
        if len(token) < self.min_length:
            return None
        confidence = self._looks_random(token)
        if confidence is None:
            return None
        before = max(0, start - 32)
        if _placeholder_key(token) or _public_material(text, start, token, blocks):
            return None
        if _HEX_DIGEST_CUE_RE.search(text, max(0, start - 24), start):
            return None  # "fingerprint SHA256:...", "checksum: ...": a digest
        if _ID_HEADER_RE.search(text, before, start):
            return None  # "x-amz-id-2: ...", "X-Request-ID: ...": request ids in logs
        if _NOT_SECRET_KEY_CUE_RE.search(text, before, start):
            return None  # "cache key 87f2...", "partition_key=...": a lookup key, no credential
        if _PUBLIC_KEY_CUE_RE.search(text, before, start):
            return None  # "publicKey": "...", VAPID "applicationServerKey": public by design
        if looks_like_name(token):
            return None  # "pod/api-7f9c8d6b5-x2kqp", "sha256WithRSAEncryption", "UNB+UNOA+..."
        own = _OWN_KEY_RE.search(text, before, start)
        if own is not None and id_keyed(own.group(1)):
            return None  # '"_id": "kX9...", "eventId=...": a document or event id
        if own is not None and _ROUND_TRIP_KEY_RE.search(own.group(1)):
            return None  # "nonce=...", '"csrf_token" = "...': checks, not credentials
        if _ULID_RE.fullmatch(token) and _ID_CUE_RE.search(text, max(0, start - 24), start):
            return None  # "request_id=01HF8M3QZ7...": a ULID named as an id
        # git hashes, digests and undashed UUIDs: ids, not credentials, unless a key cue
        # names them; a value's own key decides ("token=AKIA... req=<hex>": req's)
        if _hexish(token) and not _HEX_SECRET_CUE_RE.search(
            own.group(1) if own else text[before:start]
        ):
            return None
        return Finding.from_span(self.kind, text, start, start + len(token), confidence, "entropy")

    def _looks_random(self, token: str) -> float | None:
        """A confidence when the token looks like a random credential, else None."""
        if _UUID_RE.fullmatch(token):
            return None
        if IBAN_LENGTHS.get(token[:2]) == len(token) and token[2:4].isdigit() and token.isupper():
            return None  # IBAN-shaped (bad checksum): an account number, not a credential
        core = token.rstrip("=")
        has_digit = any(c.isdigit() for c in core)
        has_upper = any(c.isupper() for c in core)
        has_lower = any(c.islower() for c in core)
        if _hexish(core):
            # Hex keys: 16 symbols cap entropy at 4 bits, so judge them by length.
            if len(core) >= 32 and has_digit and shannon_entropy(core) >= 3.0:
                return 0.6
            return None
        if not (has_digit and (has_upper or has_lower)) and not (has_upper and has_lower):
            return None
        # Random strings of length n reach about log2(n) - 0.5 bits; cap the bar there.
        bar = min(self.min_entropy, math.log2(len(core)) - 0.6)
        if shannon_entropy(core) < bar:
            return None
        if not has_digit and len(core) < 32:
            return None  # mixed-case words (CamelCase identifiers) without digits
        return 0.7
