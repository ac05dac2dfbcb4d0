"""The Oblivious Gateway Resource (RFC 9458) and its key configuration (RFC 9540).

What fails before decryption (wrong media type, unknown key id, unsupported suite,
undecryptable message) is answered in the clear with a 4xx problem: there is no key to
encrypt with, and nothing private has been learnt. Everything after decryption, errors
included, travels inside the encrypted response as a Binary HTTP message, so a relay sees
only ``200 message/ohttp-res``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from urllib.parse import unquote

from hybridsdk._exceptions import CryptoError, EncodingError
from hybridsdk.gateway._access import AccessControl
from hybridsdk.gateway._authz import AuthRequest
from hybridsdk.gateway._chat_routes import ChatRouter, collect_chat
from hybridsdk.gateway._keystore import KeyRing
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._oip_routes import InnerRequest, OipRouter
from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_DATE,
    PROBLEM_DECRYPT,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_OHTTP_KEY,
    PROBLEM_REPLAY,
    PROBLEM_REPLAY_WINDOW_NARROWED,
    InnerResponse,
    Problem,
)
from hybridsdk.gateway._state import ReplayState
from hybridsdk.wire._bhttp import BinaryResponse, decode_request
from hybridsdk.wire._keyconfig import (
    MEDIA_TYPE_OHTTP_KEYS,
    UnknownKeyIdError,
    UnsupportedSuiteError,
    encode_key_configs,
)
from hybridsdk.wire._ohttp import (
    HEADER_LENGTH,
    MEDIA_TYPE_REQUEST,
    MEDIA_TYPE_RESPONSE,
    ServerResponseContext,
    decapsulate_request,
)
from hybridsdk.wire._openai_chat import CHAT_PATH

__all__ = ["OhttpEndpoint"]

logger = logging.getLogger("hybridsdk.gateway")

#: Npk of DHKEM(X25519): the only KEM a decapsulated request can have used.
_X25519_ENC_LENGTH = 32
#: Clients refetch on an ohttp-key problem anyway; a short max-age bounds rotation lag.
_KEYS_MAX_AGE_S = 300


class OhttpEndpoint:
    """Turns ``message/ohttp-req`` bodies into OIP requests and back.

    Args:
        keyring: the keys to publish and decrypt with.
        replay: the replay state (in memory or shared by replicas).
        router: the OIP router that answers the decrypted requests.
        metrics: where failures and inner requests are counted.
        access_log: log one line per inner request.
        monotonic: a monotonic clock for latency; injectable for tests.
        access: authorization and rate limits for the decrypted requests (None: open).
    """

    def __init__(
        self,
        *,
        keyring: KeyRing,
        replay: ReplayState,
        router: OipRouter,
        metrics: GatewayMetrics,
        access_log: bool = True,
        monotonic: Callable[[], float] = time.perf_counter,
        access: AccessControl | None = None,
    ) -> None:
        self.access = access
        #: The chat route (`--llm-upstream`), set by the application when configured.
        self.chat: ChatRouter | None = None
        self.keyring = keyring
        self.replay = replay
        self.router = router
        self.metrics = metrics
        self.access_log = access_log
        self._monotonic = monotonic

    def key_configs(self) -> InnerResponse:
        """The ``application/ohttp-keys`` answer: every current key, newest first."""
        return InnerResponse(
            200,
            [
                ("content-type", MEDIA_TYPE_OHTTP_KEYS),
                ("cache-control", f"max-age={_KEYS_MAX_AGE_S}"),
            ],
            encode_key_configs(self.keyring.configs()),
        )

    def _open(self, body: bytes) -> tuple[bytes, ServerResponseContext]:
        try:
            return decapsulate_request(self.keyring.gateway_keys(), body)
        except (UnknownKeyIdError, UnsupportedSuiteError) as exc:
            self.metrics.inc("key_errors_total")
            raise Problem(400, PROBLEM_OHTTP_KEY, str(exc)) from None
        except CryptoError as exc:
            self.metrics.inc("decrypt_failures_total")
            raise Problem(400, PROBLEM_DECRYPT, str(exc)) from None
        except EncodingError as exc:
            self.metrics.inc("decrypt_failures_total")
            raise Problem(400, PROBLEM_BAD_REQUEST, str(exc)) from None

    async def handle(self, body: bytes, content_type: str | None) -> InnerResponse:
        """Answer one POST to the gateway resource.

        Args:
            body: the request body (already size-checked).
            content_type: its Content-Type.

        Returns:
            200 ``message/ohttp-res`` once decrypted; a plain problem before that.
        """
        media = (content_type or "").split(";")[0].strip().lower()
        if media != MEDIA_TYPE_REQUEST:
            return Problem(
                415,
                PROBLEM_MEDIA_TYPE,
                f"the gateway resource takes {MEDIA_TYPE_REQUEST}, not {content_type or 'nothing'}",
            ).response()
        try:
            plaintext, context = self._open(body)
        except Problem as problem:
            return problem.response()
        start = self._monotonic()
        route, inner_response, method = await self._inner(body, plaintext)
        self.metrics.observe(
            route=route,
            method=method,
            status=inner_response.status,
            transport="ohttp-inner",
            duration_s=self._monotonic() - start,
        )
        if self.access_log:
            logger.info(
                "ohttp-inner %s %s %d %.1fms",
                method,
                route,
                inner_response.status,
                (self._monotonic() - start) * 1000,
            )
        fields = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in inner_response.headers]
        encoded = BinaryResponse(inner_response.status, fields, inner_response.body).encode()
        return InnerResponse(
            200,
            [("content-type", MEDIA_TYPE_RESPONSE), ("cache-control", "no-store")],
            context.encapsulate_response(encoded),
        )

    def _config_bytes(self, body: bytes) -> bytes | None:
        # The request decrypted, so its key id (first byte) names a served key.
        for config in self.keyring.configs():
            if config.key_id == body[0]:
                return config.encode()
        return None

    async def _inner(self, body: bytes, plaintext: bytes) -> tuple[str, InnerResponse, str]:
        admitted = await self._admit(body, plaintext)
        if isinstance(admitted, tuple):
            return admitted
        if self.chat is not None and admitted.path == CHAT_PATH:
            return CHAT_PATH, await collect_chat(await self.chat.handle(admitted)), "POST"
        route, response = await self.router.handle(admitted)
        return route, response, admitted.method

    async def _admit(
        self, body: bytes, plaintext: bytes
    ) -> InnerRequest | tuple[str, InnerResponse, str]:
        """Decode, replay-check and authorize a decrypted request (plain or chunked OHTTP);
        a refusal comes back as (route, response, method)."""
        try:
            message = decode_request(plaintext)
        except EncodingError as exc:
            return (
                "undecodable",
                Problem(400, PROBLEM_BAD_REQUEST, f"the inner request: {exc}").response(),
                "-",
            )
        headers: dict[str, str] = {}
        for name, value in message.headers:
            headers.setdefault(name.decode("latin-1"), value.decode("latin-1"))
        enc = body[HEADER_LENGTH : HEADER_LENGTH + _X25519_ENC_LENGTH]
        try:
            await self.replay.check(enc, headers.get("date"))
        except Problem as problem:
            if problem.type == PROBLEM_REPLAY:
                self.metrics.inc("replays_rejected_total")
            elif problem.type == PROBLEM_DATE:
                self.metrics.inc("dates_rejected_total")
            elif problem.type == PROBLEM_REPLAY_WINDOW_NARROWED:
                self.metrics.inc("replay_window_narrowed_total")
            return "rejected", problem.response(), message.method
        path = unquote(message.path.split("?", 1)[0])
        client_id: str | None = None
        if self.access is not None:
            # Inside the encryption: the credential and the refusal are the gateway's
            # business only; a relay sees 200 message/ohttp-res either way.
            try:
                identity = await self.access.admit(
                    AuthRequest("ohttp", message.method, path, headers, self._config_bytes(body))
                )
            except Problem as problem:
                self.access.count(problem, self.metrics)
                return "rejected", problem.response(), message.method
            client_id = identity.client_id if identity is not None else None
        return InnerRequest(message.method, path, headers, message.content, client_id)
