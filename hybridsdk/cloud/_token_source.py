"""Client side of Privacy Pass: get anonymous one-time tokens, spend one per request.

`PrivateTokenSource` authenticates to the issuer with a bearer credential (the issuer
learns *that* this account got N tokens, never which requests used them: the tokens are
blinded), and hands out one token per OHTTP request. The token travels inside the
encapsulated request, so the relay never sees it.

Tokens are bound to the gateway's key configuration and to an epoch: the source keeps
them per (key, epoch), drops those of past epochs, and fetches a fresh batch when none is
left. Fetching is blocking network I/O; an async application can call `prefetch` in a
thread before a burst.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from hybridsdk._exceptions import (
    ConfigurationError,
    CryptoError,
    EncodingError,
    GatewayError,
    KeyPinMismatchError,
)
from hybridsdk.wire._blind_rsa import public_key_from_pss_spki
from hybridsdk.wire._private_token import (
    MEDIA_TYPE_TOKEN_REQUEST,
    MEDIA_TYPE_TOKEN_RESPONSE,
    TOKEN_TYPE_BLIND_RSA,
    Token,
    TokenChallenge,
    b64url_decode,
    begin_token_request,
    finish_token,
    redemption_context,
    token_key_id,
)

__all__ = ["ISSUER_DIRECTORY_PATH", "PrivateTokenSource"]

logger = logging.getLogger("hybridsdk.cloud")

ISSUER_DIRECTORY_PATH = "/.well-known/private-token-issuer-directory"
_DIRECTORY_TTL_S = 300.0


class PrivateTokenSource:
    """Anonymous one-time tokens for an OHTTP gateway (`CloudEndpoint(private_tokens=...)`).

    Args:
        issuer_url: the issuer's base URL (the gateway's, for the reference gateway).
        bearer_token: the credential the issuer knows this client by (never logged).
        batch_size: tokens fetched at once; more hides timing better, fewer wastes fewer
            when an epoch ends.
        timeout_s: per-request timeout towards the issuer.
        transport: an httpx transport (tests).
        clock: Unix seconds now; injectable for tests.
        token_key_ids: the issuer keys to accept, as `hybridsdk issuer show` prints their
            token_key_id (hex); empty: any. Pinning them keeps an issuer from handing this
            client a key of its own, which would single out its requests.
    """

    def __init__(
        self,
        issuer_url: str,
        *,
        bearer_token: str,
        batch_size: int = 8,
        timeout_s: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.time,
        token_key_ids: Sequence[str] = (),
    ) -> None:
        if not issuer_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"issuer URL {issuer_url!r} must be http:// or https://")
        if not bearer_token.strip():
            raise ConfigurationError("PrivateTokenSource needs the issuer bearer token")
        if not 1 <= batch_size <= 256:
            raise ConfigurationError(f"batch_size must be 1..256, got {batch_size}")
        self.issuer_url = issuer_url.rstrip("/")
        self._bearer = bearer_token.strip()
        self.batch_size = batch_size
        self.token_key_ids = frozenset(k.strip().lower() for k in token_key_ids)
        self._clock = clock
        self._http = httpx.Client(timeout=timeout_s, transport=transport)
        self._lock = threading.Lock()
        self._directory: dict[str, Any] | None = None
        self._directory_at = -math.inf
        self._tokens: dict[tuple[bytes, int], list[Token]] = {}

    def _request_url(self, uri: str) -> str:
        """Where token requests (with the bearer credential) go: the directory's
        `issuer-request-uri`, only on the issuer's own origin. The directory is unsigned
        and cacheable, so an absolute URI elsewhere (or plain http) is refused rather
        than handed our credential."""
        if not uri.startswith(("http://", "https://")):
            if not uri.startswith("/"):
                uri = "/" + uri
            return self.issuer_url + uri
        theirs, ours = httpx.URL(uri), httpx.URL(self.issuer_url)
        if (theirs.scheme, theirs.host, theirs.port) != (ours.scheme, ours.host, ours.port):
            self._directory = None  # never reuse it
            raise ConfigurationError(
                f"the token issuer's directory sends token requests to {theirs.scheme}://"
                f"{theirs.host}, not to {self.issuer_url}; refusing to send the bearer "
                "credential elsewhere (check the issuer URL or the relay in between)"
            )
        return uri

    def __repr__(self) -> str:
        return f"PrivateTokenSource({self.issuer_url!r}, batch_size={self.batch_size})"

    def _fetch_directory(self) -> dict[str, Any]:
        now = self._clock()
        if self._directory is not None and now - self._directory_at < _DIRECTORY_TTL_S:
            return self._directory
        reply = self._http.get(self.issuer_url + ISSUER_DIRECTORY_PATH)
        if reply.status_code != 200:
            raise GatewayError(
                f"token issuer directory answered {reply.status_code}", status=reply.status_code
            )
        try:
            directory: dict[str, Any] = json.loads(reply.content)
            keys = [k for k in directory["token-keys"] if k["token-type"] == TOKEN_TYPE_BLIND_RSA]
            directory["hybridsdk-challenge"]["epoch-s"] = float(
                directory["hybridsdk-challenge"]["epoch-s"]
            )
        except (ValueError, KeyError, TypeError):
            raise EncodingError("the token issuer directory is malformed") from None
        if not keys:
            raise EncodingError("the token issuer offers no token type 0x0002 key")
        directory["token-keys"] = keys
        self._directory, self._directory_at = directory, now
        return directory

    def _epoch(self, directory: dict[str, Any]) -> int:
        return math.floor(self._clock() / float(directory["hybridsdk-challenge"]["epoch-s"]))

    def _issue(self, ohttp_key_config: bytes, epoch: int, directory: dict[str, Any]) -> list[Token]:
        info = directory["hybridsdk-challenge"]
        challenge = TokenChallenge(
            str(info["issuer-name"]),
            redemption_context(ohttp_key_config, epoch),
            str(info["origin-info"]),
        )
        public_key = public_key_from_pss_spki(
            b64url_decode(directory["token-keys"][0]["token-key"])
        )
        key_id = token_key_id(public_key).hex()
        if self.token_key_ids and key_id not in self.token_key_ids:
            self._directory = None
            raise KeyPinMismatchError(
                f"the token issuer offers key {key_id[:16]}..., not one of the pinned "
                "token_key_ids; ask the operator for its current keys (`hybridsdk issuer show`)"
            )
        url = self._request_url(str(directory.get("issuer-request-uri", "/token-request")))
        tokens: list[Token] = []
        for _ in range(self.batch_size):
            pending = begin_token_request(public_key, challenge, nonce=secrets.token_bytes(32))
            reply = self._http.post(
                url,
                content=pending.request.encode(),
                headers={
                    "content-type": MEDIA_TYPE_TOKEN_REQUEST,
                    "accept": MEDIA_TYPE_TOKEN_RESPONSE,
                    "authorization": f"Bearer {self._bearer}",
                },
            )
            if reply.status_code != 200:
                if tokens:
                    break  # keep what we got (e.g. rate-limited halfway)
                raise GatewayError(
                    f"token issuer refused a token request with {reply.status_code}",
                    status=reply.status_code,
                    retry_after_s=_retry_after(reply),
                )
            try:
                tokens.append(finish_token(public_key, pending, reply.content))
            except (EncodingError, CryptoError):
                self._directory = None  # the key may have rotated: refetch next time
                raise
        return tokens

    def prefetch(self, ohttp_key_config: bytes) -> int:
        """Make sure tokens for this gateway key and the current epoch are on hand.

        Args:
            ohttp_key_config: the gateway's encoded key configuration.

        Returns:
            how many are on hand.
        """
        with self._lock:
            directory = self._fetch_directory()
            epoch = self._epoch(directory)
            for old in [k for k in self._tokens if k[1] < epoch]:
                del self._tokens[old]  # past epochs: the gateway will not take them for long
            batch = self._tokens.setdefault((ohttp_key_config, epoch), [])
            if not batch:
                batch.extend(self._issue(ohttp_key_config, epoch, directory))
            return len(batch)

    def authorization(self, ohttp_key_config: bytes) -> str:
        """The inner ``Authorization`` value for one request to this gateway key.

        Raises:
            GatewayError: the issuer refused (bad credential, rate limit).
            EncodingError, CryptoError: the issuer's answers are not valid.
        """
        self.prefetch(ohttp_key_config)
        with self._lock:
            directory = self._fetch_directory()
            batch = self._tokens.get((ohttp_key_config, self._epoch(directory)))
            if not batch:  # the epoch turned between prefetch and now
                batch = self._tokens.setdefault((ohttp_key_config, self._epoch(directory)), [])
                batch.extend(self._issue(ohttp_key_config, self._epoch(directory), directory))
            return batch.pop().authorization()

    def close(self) -> None:
        """Close the connection to the issuer."""
        self._http.close()


def _retry_after(reply: httpx.Response) -> float | None:
    value = reply.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None
