"""Privacy Pass wire formats for token type 0x0002, publicly verifiable blind RSA.

RFC 9577 (the ``PrivateToken`` HTTP authentication scheme: TokenChallenge, Token) and
RFC 9578 section 6 (TokenRequest, TokenResponse, token key ids), checked by the RFCs'
test vectors (tests/vectors/rfc9577_challenge.json, rfc9578_blind_rsa.json).

What hybridsdk adds, and both sides compute the same way: the challenge's
``redemption_context`` binds a token to one gateway key and one time epoch
(`redemption_context`), so a batch stolen from one client can neither be spent at
another gateway nor kept for later: it dies with its epoch.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import rsa

from hybridsdk._exceptions import EncodingError
from hybridsdk.wire._blind_rsa import DETERMINISTIC, BlindingState, blind, finalize, pss_spki

__all__ = [
    "MEDIA_TYPE_TOKEN_REQUEST",
    "MEDIA_TYPE_TOKEN_RESPONSE",
    "NK",
    "TOKEN_TYPE_BLIND_RSA",
    "PendingToken",
    "Token",
    "TokenChallenge",
    "TokenRequest",
    "b64url",
    "b64url_decode",
    "begin_token_request",
    "finish_token",
    "parse_private_token_authorization",
    "redemption_context",
    "token_key_id",
]

#: RFC 9578 section 8.2.
TOKEN_TYPE_BLIND_RSA = 0x0002
#: Nk of token type 0x0002: a 2048-bit modulus.
NK = 256
MEDIA_TYPE_TOKEN_REQUEST = "application/private-token-request"
MEDIA_TYPE_TOKEN_RESPONSE = "application/private-token-response"
_TOKEN_LENGTH = 2 + 32 + 32 + 32 + NK
_CONTEXT_LABEL = b"hybridsdk private token v1"


def b64url(data: bytes) -> str:
    """base64url with padding, as RFC 9577 requires."""
    return base64.urlsafe_b64encode(data).decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Decode base64url (padding optional, nothing else tolerated).

    Raises:
        EncodingError: not base64url.
    """
    if not re.fullmatch(r"[A-Za-z0-9_-]*={0,2}", text):
        raise EncodingError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise EncodingError("not base64url") from None


def token_key_id(public_key: rsa.RSAPublicKey) -> bytes:
    """SHA-256 of the key's RSASSA-PSS SubjectPublicKeyInfo (RFC 9578 section 6.5)."""
    return hashlib.sha256(pss_spki(public_key)).digest()


def redemption_context(ohttp_key_config: bytes, epoch: int) -> bytes:
    """The 32-byte context that binds tokens to one gateway key and one epoch.

    Args:
        ohttp_key_config: the gateway's encoded OHTTP key configuration (key id, KEM
            public key and suites): a token for one gateway key is useless at any other.
        epoch: ``floor(unix_time / epoch_s)``; the gateway accepts this epoch and the
            one before, so a token lives at most two epochs.
    """
    return hashlib.sha256(
        _CONTEXT_LABEL
        + struct.pack("!H", len(ohttp_key_config))
        + ohttp_key_config
        + struct.pack("!Q", epoch)
    ).digest()


@dataclass(frozen=True)
class TokenChallenge:
    """RFC 9577 section 2.1.

    Args:
        issuer_name: who issues the tokens (ASCII).
        redemption_context: empty or 32 bytes.
        origin_info: the origins the token is good for (ASCII, comma separated) or "".
        token_type: 0x0002.
    """

    issuer_name: str
    redemption_context: bytes = b""
    origin_info: str = ""
    token_type: int = TOKEN_TYPE_BLIND_RSA

    def __post_init__(self) -> None:
        if not 1 <= len(self.issuer_name) < 1 << 16 or not self.issuer_name.isascii():
            raise EncodingError("TokenChallenge issuer_name must be 1..65535 ASCII characters")
        if len(self.redemption_context) not in (0, 32):
            raise EncodingError("TokenChallenge redemption_context must be 0 or 32 bytes")
        if len(self.origin_info) >= 1 << 16 or not self.origin_info.isascii():
            raise EncodingError("TokenChallenge origin_info must be ASCII under 65536 bytes")

    def encode(self) -> bytes:
        """The TokenChallenge bytes."""
        issuer = self.issuer_name.encode("ascii")
        origin = self.origin_info.encode("ascii")
        return (
            struct.pack("!HH", self.token_type, len(issuer))
            + issuer
            + bytes([len(self.redemption_context)])
            + self.redemption_context
            + struct.pack("!H", len(origin))
            + origin
        )

    def digest(self) -> bytes:
        """SHA-256 of the encoded challenge: what a Token carries."""
        return hashlib.sha256(self.encode()).digest()

    @classmethod
    def decode(cls, data: bytes) -> TokenChallenge:
        """Parse TokenChallenge bytes.

        Raises:
            EncodingError: malformed.
        """
        try:
            token_type, issuer_len = struct.unpack_from("!HH", data, 0)
            pos = 4
            issuer = data[pos : pos + issuer_len]
            pos += issuer_len
            ctx_len = data[pos]
            context = data[pos + 1 : pos + 1 + ctx_len]
            pos += 1 + ctx_len
            (origin_len,) = struct.unpack_from("!H", data, pos)
            origin = data[pos + 2 : pos + 2 + origin_len]
            pos += 2 + origin_len
        except (struct.error, IndexError):
            raise EncodingError("TokenChallenge is truncated") from None
        if pos != len(data) or len(issuer) != issuer_len or len(origin) != origin_len:
            raise EncodingError("TokenChallenge has the wrong length")
        try:
            return cls(issuer.decode("ascii"), context, origin.decode("ascii"), token_type)
        except UnicodeDecodeError:
            raise EncodingError("TokenChallenge names must be ASCII") from None

    def www_authenticate(self, token_key: bytes, *, max_age_s: int | None = None) -> str:
        """The ``WWW-Authenticate: PrivateToken ...`` value for this challenge.

        Args:
            token_key: the issuer's key, as `pss_spki` encodes it.
            max_age_s: how long the challenge may be reused.
        """
        value = f'PrivateToken challenge="{b64url(self.encode())}", token-key="{b64url(token_key)}"'
        if max_age_s is not None:
            value += f', max-age="{max_age_s}"'
        return value


@dataclass(frozen=True)
class Token:
    """RFC 9577 section 2.2 for token type 0x0002.

    Args:
        nonce: 32 random bytes chosen by the client; what the double-spend check keys on.
        challenge_digest: SHA-256 of the TokenChallenge.
        token_key_id: SHA-256 of the issuer key's SPKI.
        authenticator: the RSA signature (Nk bytes).
    """

    nonce: bytes
    challenge_digest: bytes
    token_key_id: bytes
    authenticator: bytes

    def authenticator_input(self) -> bytes:
        """What the authenticator signs: type, nonce, challenge digest, key id."""
        return (
            struct.pack("!H", TOKEN_TYPE_BLIND_RSA)
            + self.nonce
            + self.challenge_digest
            + self.token_key_id
        )

    def encode(self) -> bytes:
        """The Token bytes."""
        return self.authenticator_input() + self.authenticator

    def authorization(self) -> str:
        """The ``Authorization`` header value that redeems this token."""
        return f'PrivateToken token="{b64url(self.encode())}"'

    @classmethod
    def decode(cls, data: bytes) -> Token:
        """Parse Token bytes of type 0x0002.

        Raises:
            EncodingError: wrong type or length.
        """
        if len(data) != _TOKEN_LENGTH:
            raise EncodingError(f"a type 0x0002 token is {_TOKEN_LENGTH} bytes, not {len(data)}")
        (token_type,) = struct.unpack_from("!H", data, 0)
        if token_type != TOKEN_TYPE_BLIND_RSA:
            raise EncodingError(f"token type 0x{token_type:04x} is not supported (only 0x0002)")
        return cls(data[2:34], data[34:66], data[66:98], data[98:])


@dataclass(frozen=True)
class TokenRequest:
    """RFC 9578 section 6.1: what a client sends the issuer.

    Args:
        truncated_token_key_id: the last byte of the issuer key id.
        blinded_msg: Nk bytes.
    """

    truncated_token_key_id: int
    blinded_msg: bytes

    def encode(self) -> bytes:
        """The TokenRequest bytes."""
        return struct.pack("!HB", TOKEN_TYPE_BLIND_RSA, self.truncated_token_key_id) + (
            self.blinded_msg
        )

    @classmethod
    def decode(cls, data: bytes) -> TokenRequest:
        """Parse a TokenRequest.

        Raises:
            EncodingError: wrong type or size (the issuer answers 422).
        """
        if len(data) != 3 + NK:
            raise EncodingError(f"a type 0x0002 TokenRequest is {3 + NK} bytes, not {len(data)}")
        token_type, truncated = struct.unpack_from("!HB", data, 0)
        if token_type != TOKEN_TYPE_BLIND_RSA:
            raise EncodingError(f"token type 0x{token_type:04x} is not supported (only 0x0002)")
        return cls(truncated, data[3:])


@dataclass(frozen=True)
class PendingToken:
    """A token request in flight: what the client keeps until the issuer answers.

    Args:
        request: the TokenRequest to send.
        nonce: the token's nonce.
        challenge_digest: the challenge's digest.
        key_id: the issuer key id.
        state: the blinding secret.
    """

    request: TokenRequest
    nonce: bytes
    challenge_digest: bytes
    key_id: bytes
    state: BlindingState


def begin_token_request(
    public_key: rsa.RSAPublicKey,
    challenge: TokenChallenge,
    *,
    nonce: bytes,
    r: int | None = None,
    salt: bytes | None = None,
) -> PendingToken:
    """Client side of RFC 9578 section 6.1: blind a fresh token input.

    Args:
        public_key: the issuer's key.
        challenge: the challenge the token answers.
        nonce: 32 random bytes (`secrets.token_bytes(32)`).
        r: the blind (tests only).
        salt: the PSS salt (tests only).
    """
    key_id = token_key_id(public_key)
    digest = challenge.digest()
    token_input = struct.pack("!H", TOKEN_TYPE_BLIND_RSA) + nonce + digest + key_id
    blinded, state = blind(public_key, token_input, DETERMINISTIC, r=r, salt=salt)
    return PendingToken(TokenRequest(key_id[-1], blinded), nonce, digest, key_id, state)


def finish_token(public_key: rsa.RSAPublicKey, pending: PendingToken, response: bytes) -> Token:
    """Client side of RFC 9578 section 6.3: unblind the TokenResponse into a Token.

    Raises:
        EncodingError: the response has the wrong size.
        CryptoError: it does not verify (the issuer used another key, or lied).
    """
    authenticator = finalize(public_key, response, pending.state, DETERMINISTIC)
    return Token(pending.nonce, pending.challenge_digest, pending.key_id, authenticator)


_AUTH_PARAM = re.compile(r'\s*([A-Za-z0-9_-]+)\s*=\s*("([^"]*)"|[^,\s]*)\s*(?:,|$)')


def parse_private_token_authorization(value: str) -> Token | None:
    """The Token in an ``Authorization: PrivateToken token=...`` value, or None when the
    header uses another scheme.

    Raises:
        EncodingError: it is a PrivateToken header but malformed.
    """
    scheme, _, params = value.strip().partition(" ")
    if scheme.lower() != "privatetoken":
        return None
    found: str | None = None
    pos = 0
    params = params.strip()
    while pos < len(params):
        match = _AUTH_PARAM.match(params, pos)
        if match is None or match.end() == pos:
            raise EncodingError("malformed PrivateToken parameters")
        if match.group(1).lower() == "token":
            found = match.group(3) if match.group(3) is not None else match.group(2)
        pos = match.end()
    if found is None:
        raise EncodingError("PrivateToken authorization without a token parameter")
    return Token.decode(b64url_decode(found))
