"""httpx errors as the SDK's, by the phase they failed in (one mapping for every caller).

httpx.ConnectError / ConnectTimeout / PoolTimeout -> ConnectError (surely not sent)
httpx.ReadTimeout / WriteTimeout -> ReadTimeoutError (maybe processed)
httpx.UnsupportedProtocol / InvalidURL -> ConfigurationError
any other httpx error -> TransportError (phase unknown)
"""

from __future__ import annotations

import httpx

from hybridsdk._exceptions import ConfigurationError, ConnectError, ReadTimeoutError, TransportError

__all__ = ["map_httpx_error"]


def map_httpx_error(exc: httpx.HTTPError | httpx.StreamError, what: str) -> Exception:
    """The SDK error for `exc`.

    Args:
        exc: what httpx raised.
        what: the call, for the message ("infer call to gw-a").
    """
    kind = type(exc).__name__
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return ConnectError(
            f"could not connect for the {what} ({kind}); nothing was sent. Check that the "
            "endpoint is up and reachable."
        )
    if isinstance(exc, (httpx.ReadTimeout, httpx.WriteTimeout)):
        return ReadTimeoutError(
            f"the {what} timed out waiting for the answer ({kind}); it may have been "
            "processed. Give it a longer deadline, or let the retry policy resend it "
            "(safe: the idempotency key deduplicates)."
        )
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return ConfigurationError(f"cannot make the {what}: {exc}")
    return TransportError(f"the {what} failed mid-exchange ({kind}); it may have been processed.")
