"""Where and how the cloud client reaches one gateway: `CloudEndpoint`.

An endpoint is either an Oblivious HTTP gateway (mode ``"ohttp"``: the request is
encrypted end to end, optionally POSTed through a relay) or a plain Open Inference
Protocol server (mode ``"plain"``: Triton, KServe, MLServer... over HTTP/TLS).
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit, urlunsplit

from hybridsdk._exceptions import ConfigurationError, KeyConfigError
from hybridsdk.wire._keyconfig import KeyConfig, parse_key_config, parse_key_configs

if TYPE_CHECKING:
    from hybridsdk.cloud._token_source import PrivateTokenSource

__all__ = ["OHTTP_GATEWAY_PATH", "CloudEndpoint", "EndpointMode"]

EndpointMode = Literal["ohttp", "plain"]

#: RFC 9540: where a gateway publishes its keys and accepts encapsulated requests.
OHTTP_GATEWAY_PATH = "/.well-known/ohttp-gateway"

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(url: str, what: str) -> tuple[str, str]:
    """(scheme, host) of an absolute http(s) URL, or ConfigurationError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"{what} {url!r} must be an absolute http:// or https:// URL, e.g. "
            "'https://gateway.example.com'"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{what} {url!r} must not have a query or fragment")
    try:
        port = parts.port  # urlsplit checks the range only when asked
    except ValueError:
        port = -1
    if port is not None and not 0 < port <= 65535:
        raise ConfigurationError(
            f"{what} {url!r} has an invalid port: ports are 1..65535, e.g. 'http://127.0.0.1:8000'"
        )
    return parts.scheme, parts.hostname


def _without_userinfo(url: str) -> str:
    """`url` without a ``user:password@`` part (kept for connecting, never for naming)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _positive(value: float, what: str) -> None:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
        raise ConfigurationError(f"CloudEndpoint.{what} must be a finite number > 0, got {value!r}")


def _parse_pinned(data: bytes) -> tuple[KeyConfig, ...]:
    # Accept one encoded config (what `KeyConfig.encode()` gives) or a whole
    # application/ohttp-keys collection (what the gateway serves).
    try:
        return (parse_key_config(data),)
    except KeyConfigError as single_error:
        try:
            return tuple(parse_key_configs(data))
        except KeyConfigError:
            raise KeyConfigError(
                f"CloudEndpoint.key_config is not a valid OHTTP key configuration: {single_error}"
            ) from None


@dataclass(frozen=True)
class CloudEndpoint:
    """One cloud endpoint the client may send inferences to.

    Args:
        url: base URL of the gateway or OIP server, e.g. ``"https://gw.example.com"``;
            keys and encapsulated requests go to ``url + /.well-known/ohttp-gateway``,
            plain requests to ``url + /v2/models/{model}/infer``.
        mode: ``"ohttp"`` (end-to-end encrypted) or ``"plain"`` (OIP JSON over HTTP/TLS).
        relay_url: an OHTTP relay to POST encapsulated requests through (the relay sees
            the client's address, the gateway sees the request, neither sees both). Needs
            `key_config`: the client then never contacts the gateway itself.
        key_config: the gateway's key configuration, pinned: one encoded config or an
            ``application/ohttp-keys`` collection. No key fetch is needed.
        key_pin_sha256: SHA-256 fingerprint(s) of the encoded config that a fetched key
            must match, as hex or as `hybridsdk keys show` prints them ("sha256:<hex>");
            several allow a key rotation overlap.
        name: identity in results, logs and breakers; the URL by default, without any
            credentials written into it (``https://user:secret@host`` is named
            ``https://host``: the name goes into logs and stored errors).
        headers: extra headers on every outer request (e.g. relay/gateway auth); a relay
            sees them, so put nothing private here.
        connect_timeout_s: time to establish a connection (capped by the deadline).
        read_timeout_s: time to wait for the answer when the request has no deadline.
        key_cache_ttl_s: how long a fetched key configuration is reused.
        allow_insecure_http: allow plain mode over cleartext http:// to a non-loopback host.
        private_tokens: anonymous one-time tokens (`PrivateTokenSource`) to attach inside
            each encapsulated request, for a gateway that requires them (ohttp only).
    """

    url: str
    mode: EndpointMode = "ohttp"
    relay_url: str | None = None
    key_config: bytes | None = field(default=None, repr=False)
    key_pin_sha256: str | Sequence[str] = ()
    name: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 30.0
    key_cache_ttl_s: float = 3600.0
    allow_insecure_http: bool = False
    private_tokens: PrivateTokenSource | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.url, str):
            raise ConfigurationError(f"CloudEndpoint.url must be a string, got {self.url!r}")
        url = self.url.rstrip("/")
        scheme, host = _check_url(url, "CloudEndpoint.url")
        object.__setattr__(self, "url", url)
        if self.mode not in ("ohttp", "plain"):
            raise ConfigurationError(
                f"CloudEndpoint.mode must be 'ohttp' or 'plain', got {self.mode!r}"
            )
        for what in ("connect_timeout_s", "read_timeout_s", "key_cache_ttl_s"):
            _positive(getattr(self, what), what)
        pins = (
            (self.key_pin_sha256,) if isinstance(self.key_pin_sha256, str) else self.key_pin_sha256
        )
        # Accept the form `hybridsdk keys show` prints ("sha256:<hex>") as well as bare hex.
        normalised = tuple(p.strip().lower().removeprefix("sha256:").replace(":", "") for p in pins)
        for pin in normalised:
            if not _SHA256_HEX.fullmatch(pin):
                raise ConfigurationError(
                    f"CloudEndpoint.key_pin_sha256 {pin!r} is not a SHA-256 hex digest "
                    "(64 hex digits; see `KeyConfig.fingerprint`)"
                )
        object.__setattr__(self, "key_pin_sha256", normalised)
        if self.key_config is not None:
            if not isinstance(self.key_config, (bytes, bytearray, memoryview)):
                raise ConfigurationError("CloudEndpoint.key_config must be bytes")
            object.__setattr__(self, "key_config", bytes(self.key_config))
            _parse_pinned(self.key_config)  # fail at construction, not at first request
        if self.mode == "plain":
            if (
                self.relay_url is not None
                or self.key_config is not None
                or normalised
                or self.private_tokens is not None
            ):
                raise ConfigurationError(
                    "CloudEndpoint: relay_url, key_config, key_pin_sha256 and private_tokens only "
                    "apply to "
                    "mode='ohttp'; a plain endpoint relies on TLS"
                )
            if scheme == "http" and not _is_loopback(host) and not self.allow_insecure_http:
                raise ConfigurationError(
                    f"CloudEndpoint {url!r}: plain mode over http:// would send inputs in "
                    "cleartext; use https://, mode='ohttp', or allow_insecure_http=True"
                )
        elif scheme == "http" and not _is_loopback(host) and not self.pinned:
            # Keys fetched over cleartext could be swapped by anyone on the path.
            raise ConfigurationError(
                f"CloudEndpoint {url!r}: fetching OHTTP keys over http:// is not safe "
                "without a pin; use https:// or set key_config / key_pin_sha256"
            )
        if self.relay_url is not None:
            object.__setattr__(self, "relay_url", self.relay_url.rstrip("/"))
            _check_url(self.relay_url, "CloudEndpoint.relay_url")
            if self.key_config is None:
                # Fetching keys from the gateway would show it this client's address, which
                # is exactly what the relay is there to hide.
                raise ConfigurationError(
                    "CloudEndpoint: with relay_url, pin the key configuration itself "
                    "(key_config=...) so the client never contacts the gateway directly; get it "
                    "with `hybridsdk keys show --json` or from the gateway operator"
                )
        for key, value in self.headers.items():
            if not _HEADER_NAME.fullmatch(key) or any(c in value for c in "\r\n\0"):
                raise ConfigurationError(f"CloudEndpoint.headers: invalid header {key!r}")
        object.__setattr__(self, "headers", dict(self.headers))
        if not self.name:
            object.__setattr__(self, "name", _without_userinfo(url))

    def __repr__(self) -> str:
        # Reaches error messages and tracebacks: no password from the URL, no header values.
        relay = None if self.relay_url is None else _without_userinfo(self.relay_url)
        return (
            f"CloudEndpoint(url={_without_userinfo(self.url)!r}, mode={self.mode!r}, "
            f"relay_url={relay!r}, name={self.name!r}, headers={sorted(self.headers)!r}, "
            f"pinned={self.pinned})"
        )

    @property
    def pinned(self) -> bool:
        """Whether the gateway key is pinned (by configuration or fingerprint)."""
        return self.key_config is not None or bool(self.key_pin_sha256)

    @property
    def pins(self) -> tuple[str, ...]:
        """The accepted fingerprints, from `key_pin_sha256` and `key_config`."""
        pins = tuple(self.key_pin_sha256)
        if self.key_config is not None:
            pins += tuple(c.fingerprint for c in self.pinned_configs())
        return pins

    def pinned_configs(self) -> tuple[KeyConfig, ...]:
        """The key configurations given in `key_config` (empty when none)."""
        return () if self.key_config is None else _parse_pinned(self.key_config)

    @property
    def keys_url(self) -> str:
        """Where the gateway publishes its key configurations (RFC 9540)."""
        return self.url + OHTTP_GATEWAY_PATH

    @property
    def post_url(self) -> str:
        """Where encapsulated requests go: the relay if any, else the gateway."""
        return self.relay_url if self.relay_url is not None else self.url + OHTTP_GATEWAY_PATH

    @property
    def authority(self) -> str:
        """host[:port] of the gateway, the target named inside the encrypted request."""
        return urlsplit(self.url).netloc

    def infer_url(self, model: str) -> str:
        """The full URL of a plain OIP inference for `model`.

        Args:
            model: the model name.
        """
        return f"{self.url}/v2/models/{model}/infer"
