"""The client's view of a gateway's OHTTP keys: fetch (RFC 9540), pin check, cache.

`KeyCache` holds one endpoint's current key configuration. Its flows yield the HTTP
call to make and take the reply (see `_messages`), so the sync and async clients share
them. A fetched collection must contain a configuration whose SHA-256 matches a pin, or
`KeyPinMismatchError` is raised before anything is encapsulated or sent. Key material is
never logged; fingerprints are public and appear shortened.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator

from hybridsdk._exceptions import KeyConfigError, KeyPinMismatchError
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._messages import HttpCall, HttpReply, gateway_error
from hybridsdk.wire._keyconfig import MEDIA_TYPE_OHTTP_KEYS, KeyConfig, parse_key_configs

__all__ = ["KeyCache"]

logger = logging.getLogger("hybridsdk.cloud.keys")


def _short(fingerprint: str) -> str:
    return fingerprint[:16]


class KeyCache:
    """One endpoint's OHTTP key configuration: pinned, or fetched and cached.

    Thread-safe; no I/O of its own (the client runs its flows).

    Args:
        endpoint: an endpoint in mode ``"ohttp"``.
        clock: monotonic seconds, for the cache's time to live.
    """

    def __init__(
        self, endpoint: CloudEndpoint, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.endpoint = endpoint
        self._clock = clock
        self._lock = threading.Lock()
        # Seconds to add to this device's clock for Dates sent to this gateway (learned
        # from the gateway's own Date when it refuses ours; 0 until then).
        self.clock_offset_s = 0.0
        self._pins = frozenset(endpoint.pins)
        pinned = [c for c in endpoint.pinned_configs() if _usable(c)]
        if endpoint.key_config is not None and not pinned:
            raise KeyConfigError(
                f"CloudEndpoint {endpoint.name}: the pinned key_config offers no symmetric "
                "suite hybridsdk implements"
            )
        self._pinned = pinned[0] if pinned else None
        self._current: KeyConfig | None = self._pinned
        self._expires = float("inf")
        self.fetches = 0

    def cached(self) -> KeyConfig | None:
        """The key to use now without fetching, or None when a fetch is needed."""
        with self._lock:
            if self._current is not None and self._clock() < self._expires:
                return self._current
            if self._pinned is not None:
                # A pinned config needs no fetch; it is used until the gateway refuses it.
                self._current, self._expires = self._pinned, float("inf")
                return self._current
            return None

    def invalidate(self, key: KeyConfig) -> None:
        """Forget `key` after the gateway refused it (only if it is still the current one).

        Args:
            key: the configuration the refused request was encapsulated to.
        """
        with self._lock:
            if self._current == key:
                self._current = None

    def fetch_call(self) -> HttpCall:
        """The GET that asks the gateway for its key configurations."""
        headers = dict(self.endpoint.headers)
        headers["accept"] = MEDIA_TYPE_OHTTP_KEYS
        return HttpCall("GET", self.endpoint.keys_url, headers, purpose="keys")

    def accept(self, reply: HttpReply) -> list[KeyConfig]:
        """Check a key fetch reply against the pins, cache the chosen key, return them all.

        Args:
            reply: the reply to `fetch_call()`.
        """
        return self._accept(reply)[0]

    def _accept(self, reply: HttpReply) -> tuple[list[KeyConfig], KeyConfig]:
        """Check a key fetch reply against the pins and cache the chosen key.

        Args:
            reply: the reply to `fetch_call()`.

        Raises:
            GatewayError: the key endpoint answered an error status.
            KeyConfigError: the body is not a usable ``application/ohttp-keys``.
            KeyPinMismatchError: no configuration matches a pin.
        """
        name = self.endpoint.name
        if not 200 <= reply.status <= 299:
            raise gateway_error(reply, where="key endpoint", endpoint=self.endpoint)
        media = reply.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != MEDIA_TYPE_OHTTP_KEYS:
            raise KeyConfigError(
                f"key endpoint of {name} answered with content-type {media or '(none)'!r}, "
                f"expected {MEDIA_TYPE_OHTTP_KEYS}; is {self.endpoint.keys_url} an OHTTP gateway?"
            )
        configs = parse_key_configs(reply.content)
        usable = [c for c in configs if _usable(c)]
        if self._pins:
            matching = [c for c in usable if c.fingerprint in self._pins]
            if not matching:
                fetched = ", ".join(_short(c.fingerprint) for c in configs)
                pinned = ", ".join(sorted(_short(p) for p in self._pins))
                raise KeyPinMismatchError(
                    f"gateway {name} published key configuration(s) {fetched}..., none matching "
                    f"the pin(s) {pinned}...; nothing was sent. If the gateway rotated its key "
                    "on purpose, update CloudEndpoint.key_pin_sha256 / key_config; otherwise "
                    "someone may be intercepting the key fetch."
                )
            usable = matching
        if not usable:
            raise KeyConfigError(
                f"gateway {name} offers no key configuration with a suite hybridsdk implements"
            )
        chosen = usable[0]
        with self._lock:
            self._current = chosen
            self._expires = self._clock() + self.endpoint.key_cache_ttl_s
            self.fetches += 1
        logger.debug(
            "gateway %s: using key id %d (%s...)", name, chosen.key_id, _short(chosen.fingerprint)
        )
        return configs, chosen

    def configs_flow(self) -> Generator[HttpCall, HttpReply, list[KeyConfig]]:
        """Fetch and check the gateway's key configurations (always fetches)."""
        reply = yield self.fetch_call()
        return self._accept(reply)[0]

    def key_flow(self, *, force: bool = False) -> Generator[HttpCall, HttpReply, KeyConfig]:
        """The key to encapsulate to: cached, or fetched and pin-checked.

        Args:
            force: fetch even when a key is cached (after the gateway refused it).
        """
        if not force:
            cached = self.cached()
            if cached is not None:
                return cached
        reply = yield self.fetch_call()
        return self._accept(reply)[1]


def _usable(config: KeyConfig) -> bool:
    return any(suite.supported for suite in config.symmetric)
