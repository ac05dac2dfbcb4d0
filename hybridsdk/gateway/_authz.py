"""Who may call the gateway: the authorization hook and its two built-in schemes.

An authorizer is any callable taking an `AuthRequest` and returning a `ClientIdentity`
(or an awaitable of one), raising `Unauthorized` to refuse. Built in:

- `BearerTokens`: static ``Authorization: Bearer <secret>`` tokens for plain OIP behind
  TLS (or inside OHTTP). Only SHA-256 digests of the secrets are kept; every
  configured digest is compared in constant time on each request; secrets are never
  logged or echoed.
- `PrivateTokenVerifier`: anonymous one-time Privacy Pass tokens (RFC 9577/9578, type
  0x0002) carried inside the encapsulated request, so a relay never sees them. Each is
  bound to the gateway key that decrypted the request and to a short epoch, and is
  redeemable once (`SpentTokenStore`).

`Authorizers` tries the schemes in order of the Authorization header's scheme.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from hybridsdk._exceptions import ConfigurationError, CryptoError, EncodingError
from hybridsdk.gateway._issuer_keys import IssuerKeyRing
from hybridsdk.gateway._spent_tokens import SpentTokenStore
from hybridsdk.wire._blind_rsa import DETERMINISTIC, verify
from hybridsdk.wire._private_token import (
    TokenChallenge,
    b64url,
    parse_private_token_authorization,
    redemption_context,
)

__all__ = [
    "AuthRequest",
    "Authorizer",
    "Authorizers",
    "BearerTokens",
    "ClientIdentity",
    "PrivateTokenVerifier",
    "Unauthorized",
]

logger = logging.getLogger("hybridsdk.gateway")

_MIN_SECRET_LENGTH = 16
_SPENT = "this token was already redeemed; each token is good for one request"
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9._~+/=-]+")
_CLIENT_ID = re.compile(r"[A-Za-z0-9._@-]{1,64}")


@dataclass(frozen=True)
class AuthRequest:
    """What an authorizer sees of one request.

    Args:
        transport: ``plain`` (OIP over HTTP/TLS) or ``ohttp`` (decrypted from OHTTP:
            the headers are the inner ones, which a relay never saw).
        method: the HTTP method.
        path: the decoded path.
        headers: lowercase name -> first value.
        ohttp_key_config: the encoded key configuration that decrypted the request
            (``ohttp`` only).
    """

    transport: Literal["plain", "ohttp"]
    method: str
    path: str
    headers: Mapping[str, str] = field(default_factory=dict)
    ohttp_key_config: bytes | None = None


@dataclass(frozen=True)
class ClientIdentity:
    """Who a request is from, as far as the gateway may know.

    Args:
        client_id: a stable, non-secret name: ``bearer:<id>`` for a bearer token,
            ``private-token`` for every anonymous token holder (they are unlinkable by
            design). Idempotency keys and logs may use it.
        scheme: the scheme that admitted the request.
        rate_key: the per-client rate-limit bucket, or None (anonymous one-time tokens
            have no client to limit; the issuer limits how many each account gets).
    """

    client_id: str
    scheme: str
    rate_key: str | None = None


_ANONYMOUS = ClientIdentity("private-token", "PrivateToken")


class Unauthorized(Exception):
    """Raised by an authorizer to refuse a request (answered 401, or 403 when
    `forbidden`).

    Args:
        detail: what was wrong and what to do (never the credential itself).
        challenges: WWW-Authenticate values to send.
        forbidden: the credential is valid but not for this (403).
    """

    def __init__(
        self, detail: str, *, challenges: Sequence[str] = (), forbidden: bool = False
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.challenges = list(challenges)
        self.forbidden = forbidden


AuthResult = ClientIdentity | Awaitable[ClientIdentity]


class Authorizer(Protocol):
    """The hook: return who the caller is, or raise `Unauthorized`."""

    def __call__(self, request: AuthRequest) -> AuthResult:
        """Authorize one request.

        Args:
            request: what the gateway knows of it.
        """
        ...


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("utf-8")).digest()


class BearerTokens:
    """Static bearer tokens: ``client-id -> secret``.

    Args:
        tokens: client id -> secret (at least 16 characters).
        realm: the realm named in the 401 challenge.
    """

    scheme = "Bearer"

    def __init__(self, tokens: Mapping[str, str], *, realm: str = "hybridsdk") -> None:
        if not tokens:
            raise ConfigurationError("BearerTokens needs at least one client-id -> token")
        self._digests: list[tuple[str, bytes]] = []
        for client, secret in tokens.items():
            if not _CLIENT_ID.fullmatch(client):
                raise ConfigurationError(
                    f"bearer client id {client!r} must be 1-64 of A-Z a-z 0-9 . _ @ -"
                )
            if len(secret) < _MIN_SECRET_LENGTH or not _TOKEN_CHARS.fullmatch(secret):
                raise ConfigurationError(
                    f"the bearer token of client {client!r} must be at least "
                    f"{_MIN_SECRET_LENGTH} URL-safe characters (e.g. `python -c 'import "
                    "secrets; print(secrets.token_urlsafe(32))'`)"
                )
            self._digests.append((client, _digest(secret)))
        self.realm = realm

    @classmethod
    def parse(cls, text: str, *, source: str) -> BearerTokens:
        """Read ``client-id:token`` entries, one a line or comma separated; ``#`` starts
        a comment.

        Args:
            text: the entries.
            source: where they came from, for error messages (never the text itself).
        """
        tokens: dict[str, str] = {}
        for number, raw in enumerate(re.split(r"[\n,]", text), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            client, sep, secret = line.partition(":")
            if not sep:
                raise ConfigurationError(
                    f"{source}: entry {number} is not 'client-id:token' (the token is not shown)"
                )
            if client.strip() in tokens:
                raise ConfigurationError(f"{source}: client id {client.strip()!r} appears twice")
            tokens[client.strip()] = secret.strip()
        return cls(tokens)

    @classmethod
    def from_file(cls, path: Path) -> BearerTokens:
        """Read tokens from a file that only its owner can read.

        Raises:
            ConfigurationError: missing, readable by others, or malformed.
        """
        try:
            mode = path.stat().st_mode
        except OSError:
            raise ConfigurationError(f"bearer token file {path} cannot be read") from None
        if mode & 0o077:
            raise ConfigurationError(
                f"bearer token file {path} is accessible by other users (mode "
                f"{mode & 0o777:04o}); run: chmod 600 {path}"
            )
        return cls.parse(path.read_text(encoding="utf-8"), source=str(path))

    def client_for(self, presented: str) -> str | None:
        """The client id whose token this is, or None; constant time in the secrets."""
        digest = _digest(presented)
        found: str | None = None
        for client, expected in self._digests:  # no early exit: every digest is compared
            if hmac.compare_digest(digest, expected):
                found = client
        return found

    def challenge(self) -> str:
        """The WWW-Authenticate value for this scheme."""
        return f'Bearer realm="{self.realm}"'

    def __call__(self, request: AuthRequest) -> ClientIdentity:
        """Admit a request carrying one of the tokens."""
        scheme, _, credential = request.headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not credential.strip():
            raise Unauthorized("send Authorization: Bearer <token>", challenges=[self.challenge()])
        client = self.client_for(credential.strip())
        if client is None:
            raise Unauthorized(
                "the bearer token is not valid; check the token configured for this client",
                challenges=[f'{self.challenge()}, error="invalid_token"'],
            )
        return ClientIdentity(f"bearer:{client}", "Bearer", rate_key=f"bearer:{client}")


class PrivateTokenVerifier:
    """Anonymous one-time tokens (Privacy Pass type 0x0002) inside OHTTP requests.

    Args:
        issuer: the issuer keys (their tokens are accepted while the key is current).
        spent: the double-spend store.
        issuer_name: the challenge's issuer_name.
        origin_info: the challenge's origin_info ("" for any).
        epoch_s: the length of one epoch; a token is accepted in its epoch and the one
            before and after (clock skew), so it lives at most three epochs.
        clock: Unix seconds now; injectable for tests.
    """

    scheme = "PrivateToken"

    def __init__(
        self,
        *,
        issuer: IssuerKeyRing,
        spent: SpentTokenStore,
        issuer_name: str,
        origin_info: str = "",
        epoch_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not (math.isfinite(epoch_s) and epoch_s >= 1):
            raise ConfigurationError(f"token epoch must be >= 1 s, got {epoch_s!r}")
        TokenChallenge(issuer_name, b"", origin_info)  # validates the names
        self.issuer = issuer
        self.spent = spent
        self.issuer_name = issuer_name
        self.origin_info = origin_info
        self.epoch_s = epoch_s
        self._clock = clock

    def epoch(self, now: float | None = None) -> int:
        """The epoch number at `now` (default: the clock)."""
        return math.floor((self._clock() if now is None else now) / self.epoch_s)

    def challenge_for(self, ohttp_key_config: bytes, epoch: int) -> TokenChallenge:
        """The challenge of one gateway key and epoch."""
        return TokenChallenge(
            self.issuer_name, redemption_context(ohttp_key_config, epoch), self.origin_info
        )

    def challenges(self, ohttp_key_config: bytes | None) -> list[str]:
        """WWW-Authenticate values: the current challenge under the newest issuer key."""
        keys = self.issuer.current()
        if ohttp_key_config is None or not keys:
            return []
        challenge = self.challenge_for(ohttp_key_config, self.epoch())
        return [challenge.www_authenticate(keys[0].token_key, max_age_s=int(self.epoch_s))]

    def __call__(self, request: AuthRequest) -> AuthResult:
        """Admit a request carrying a valid, unspent, bound token (an awaitable when the
        double-spend store is across the network)."""

        def refuse(detail: str) -> Unauthorized:
            # The challenge is built only for refusals: admitted requests skip the work.
            return Unauthorized(detail, challenges=self.challenges(request.ohttp_key_config))

        config = request.ohttp_key_config
        if request.transport != "ohttp" or config is None:
            raise Unauthorized(
                "PrivateToken is accepted only inside an OHTTP request, where no relay "
                "can see or steal it"
            )
        try:
            token = parse_private_token_authorization(request.headers.get("authorization", ""))
        except EncodingError as exc:
            raise refuse(f"malformed PrivateToken: {exc}") from None
        if token is None:
            raise refuse("send Authorization: PrivateToken token=...")
        key = self.issuer.by_id(token.token_key_id)
        if key is None:
            raise refuse("the token's issuer key is unknown or retired; fetch fresh tokens")
        now_epoch = self.epoch()
        matched = next(
            (
                epoch
                for epoch in (now_epoch, now_epoch - 1, now_epoch + 1)
                if hmac.compare_digest(
                    self.challenge_for(config, epoch).digest(), token.challenge_digest
                )
            ),
            None,
        )
        if matched is None:
            raise refuse(
                "the token is not for this gateway key or its epoch is over; fetch fresh "
                "tokens for the gateway's current key"
            )
        try:
            verify(
                key.public_key,
                token.authenticator_input(),
                token.authenticator,
                DETERMINISTIC,
            )
        except CryptoError:
            raise refuse("the token's signature is not valid") from None
        spent_key = hashlib.sha256(token.token_key_id + token.nonce).digest()
        fresh = self.spent.spend(spent_key, (matched + 2) * self.epoch_s)
        if inspect.isawaitable(fresh):
            return self._after_spend(fresh, refuse)
        if not fresh:
            raise refuse(_SPENT)
        return _ANONYMOUS

    @staticmethod
    async def _after_spend(
        fresh: Awaitable[bool], refuse: Callable[[str], Unauthorized]
    ) -> ClientIdentity:
        if not await fresh:
            raise refuse(_SPENT)
        return _ANONYMOUS

    def token_key_b64(self) -> str:
        """The newest issuer key as base64url (for logs and directories)."""
        return b64url(self.issuer.current()[0].token_key)


class Authorizers:
    """Several schemes: the request's Authorization scheme picks one; a request with no
    credential is refused with every scheme's challenge.

    Args:
        schemes: authorizers with a `scheme` attribute (``Bearer``, ``PrivateToken``...).
    """

    def __init__(self, schemes: Sequence[BearerTokens | PrivateTokenVerifier]) -> None:
        self.schemes = list(schemes)

    def __call__(self, request: AuthRequest) -> AuthResult:
        """Dispatch on the Authorization scheme."""
        given = request.headers.get("authorization", "").strip().partition(" ")[0].lower()
        for scheme in self.schemes:
            if scheme.scheme.lower() == given:
                return scheme(request)
        challenges: list[str] = []
        for scheme in self.schemes:
            if isinstance(scheme, BearerTokens):
                challenges.append(scheme.challenge())
            else:
                challenges.extend(scheme.challenges(request.ohttp_key_config))
        names = " or ".join(s.scheme for s in self.schemes)
        if given:
            raise Unauthorized(
                f"authorization scheme not accepted here; use {names}", challenges=challenges
            )
        raise Unauthorized(f"this gateway needs authorization ({names})", challenges=challenges)
