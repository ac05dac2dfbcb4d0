"""The client's Privacy Pass token source sends its bearer credential only to its issuer."""

from __future__ import annotations

import json

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from hybridsdk import ConfigurationError, GatewayError
from hybridsdk.cloud._token_source import PrivateTokenSource
from hybridsdk.wire._blind_rsa import pss_spki
from hybridsdk.wire._private_token import b64url

BEARER = "s3cret-bearer-token-0123456789"


@pytest.fixture(scope="module")
def token_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return b64url(pss_spki(key.public_key()))


def _source(
    token_key: str, request_uri: str, seen: list[tuple[str, str | None]]
) -> PrivateTokenSource:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("private-token-issuer-directory"):
            directory = {
                "issuer-request-uri": request_uri,
                "token-keys": [{"token-type": 2, "token-key": token_key}],
                "hybridsdk-challenge": {"issuer-name": "x", "origin-info": "", "epoch-s": 300},
            }
            return httpx.Response(200, content=json.dumps(directory))
        seen.append((str(request.url), request.headers.get("authorization")))
        return httpx.Response(403)

    return PrivateTokenSource(
        "https://issuer.example", bearer_token=BEARER, transport=httpx.MockTransport(handler)
    )


@pytest.mark.parametrize(
    "foreign",
    [
        "http://attacker.example/collect",
        "https://attacker.example/token-request",
        "http://issuer.example/token-request",  # same host, plain http
        "https://issuer.example:8443/token-request",
    ],
)
def test_a_directory_pointing_elsewhere_never_gets_the_bearer_credential(
    token_key: str, foreign: str
) -> None:
    seen: list[tuple[str, str | None]] = []
    source = _source(token_key, foreign, seen)
    with pytest.raises(ConfigurationError, match="refusing to send the bearer credential"):
        source.prefetch(b"\x01cfg")
    assert seen == []


@pytest.mark.parametrize(
    "uri", ["/token-request", "token-request", "https://issuer.example/token-request"]
)
def test_the_issuers_own_origin_is_used(token_key: str, uri: str) -> None:
    seen: list[tuple[str, str | None]] = []
    source = _source(token_key, uri, seen)
    with pytest.raises(GatewayError):  # the fake issuer answers 403
        source.prefetch(b"\x01cfg")
    assert seen == [("https://issuer.example/token-request", f"Bearer {BEARER}")]
