"""OHTTP key configurations (RFC 9458 section 3): what a gateway publishes, what a client pins.

One configuration is ``key_id(1) kem_id(2) public_key(Npk) length(2) (kdf_id(2) aead_id(2))*``;
the ``application/ohttp-keys`` collection prefixes each one with a 2-byte length.
Only DHKEM(X25519, HKDF-SHA256) is understood as a KEM; the symmetric suites a client can use
are HKDF-SHA256/384/512 with AES-128-GCM, AES-256-GCM or ChaCha20-Poly1305.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from hybridsdk._exceptions import KeyConfigError, UnknownKeyIdError, UnsupportedSuiteError

__all__ = [
    "AEAD_AES_128_GCM",
    "AEAD_AES_256_GCM",
    "AEAD_CHACHA20_POLY1305",
    "DEFAULT_SYMMETRIC",
    "KDF_HKDF_SHA256",
    "KDF_HKDF_SHA384",
    "KDF_HKDF_SHA512",
    "KEM_X25519_HKDF_SHA256",
    "MEDIA_TYPE_OHTTP_KEYS",
    "SUPPORTED_AEADS",
    "SUPPORTED_KDFS",
    "KeyConfig",
    "SymmetricSuite",
    "UnknownKeyIdError",
    "UnsupportedSuiteError",
    "encode_key_configs",
    "generate_key_config",
    "key_config_fingerprint",
    "parse_key_config",
    "parse_key_configs",
]

_log = logging.getLogger("hybridsdk.cloud.ohttp")

MEDIA_TYPE_OHTTP_KEYS = "application/ohttp-keys"

KEM_X25519_HKDF_SHA256 = 0x0020
KDF_HKDF_SHA256 = 0x0001
KDF_HKDF_SHA384 = 0x0002
KDF_HKDF_SHA512 = 0x0003
AEAD_AES_128_GCM = 0x0001
AEAD_AES_256_GCM = 0x0002
AEAD_CHACHA20_POLY1305 = 0x0003

#: KEM id -> (name, Npk: public key length, Nsk: private key length).
_KEMS: dict[int, tuple[str, int, int]] = {
    KEM_X25519_HKDF_SHA256: ("DHKEM(X25519, HKDF-SHA256)", 32, 32),
}
SUPPORTED_KDFS: dict[int, str] = {
    KDF_HKDF_SHA256: "HKDF-SHA256",
    KDF_HKDF_SHA384: "HKDF-SHA384",
    KDF_HKDF_SHA512: "HKDF-SHA512",
}
SUPPORTED_AEADS: dict[int, str] = {
    AEAD_AES_128_GCM: "AES-128-GCM",
    AEAD_AES_256_GCM: "AES-256-GCM",
    AEAD_CHACHA20_POLY1305: "ChaCha20-Poly1305",
}


class SymmetricSuite(NamedTuple):
    """One (KDF, AEAD) pair a key configuration offers.

    Args:
        kdf_id: HPKE KDF id, e.g. 1 for HKDF-SHA256.
        aead_id: HPKE AEAD id, e.g. 1 for AES-128-GCM.
    """

    kdf_id: int
    aead_id: int

    @property
    def supported(self) -> bool:
        """Whether this SDK implements both algorithms."""
        return self.kdf_id in SUPPORTED_KDFS and self.aead_id in SUPPORTED_AEADS

    def describe(self) -> str:
        """A readable name such as ``HKDF-SHA256/AES-128-GCM``."""
        kdf = SUPPORTED_KDFS.get(self.kdf_id, f"KDF 0x{self.kdf_id:04x}")
        aead = SUPPORTED_AEADS.get(self.aead_id, f"AEAD 0x{self.aead_id:04x}")
        return f"{kdf}/{aead}"


DEFAULT_SYMMETRIC: tuple[SymmetricSuite, ...] = (
    SymmetricSuite(KDF_HKDF_SHA256, AEAD_AES_128_GCM),
    SymmetricSuite(KDF_HKDF_SHA256, AEAD_AES_256_GCM),
    SymmetricSuite(KDF_HKDF_SHA256, AEAD_CHACHA20_POLY1305),
)


def _u16(value: int, what: str) -> int:
    if not 0 <= value <= 0xFFFF:
        raise KeyConfigError(f"key configuration: {what} {value} does not fit in 16 bits")
    return value


@dataclass(frozen=True)
class KeyConfig:
    """One OHTTP key configuration: a gateway's public key and the suites it accepts.

    Args:
        key_id: 0..255, names the key in each encapsulated request.
        kem_id: HPKE KEM id; only 0x0020 (X25519) is understood.
        public_key: the KEM public key (32 bytes for X25519).
        symmetric: the (kdf_id, aead_id) pairs offered, at least one; plain tuples work.
    """

    key_id: int
    kem_id: int
    public_key: bytes
    symmetric: tuple[SymmetricSuite, ...]

    def __post_init__(self) -> None:
        if not 0 <= self.key_id <= 0xFF:
            raise KeyConfigError(f"key configuration: key id {self.key_id} not in 0..255")
        kem = _KEMS.get(self.kem_id)
        if kem is None:
            raise UnsupportedSuiteError(
                f"key configuration {self.key_id}: unknown KEM 0x{self.kem_id:04x}; "
                "only 0x0020 DHKEM(X25519, HKDF-SHA256) is supported"
            )
        if len(self.public_key) != kem[1]:
            raise KeyConfigError(
                f"key configuration {self.key_id}: {kem[0]} public key must be {kem[1]} bytes, "
                f"got {len(self.public_key)}"
            )
        suites = tuple(
            SymmetricSuite(_u16(kdf, "KDF id"), _u16(aead, "AEAD id"))
            for kdf, aead in self.symmetric
        )
        if not suites:
            raise KeyConfigError(f"key configuration {self.key_id}: no symmetric suites")
        if len(suites) > 0xFFFF // 4:
            raise KeyConfigError(f"key configuration {self.key_id}: too many symmetric suites")
        object.__setattr__(self, "public_key", bytes(self.public_key))
        object.__setattr__(self, "symmetric", suites)

    def encode(self) -> bytes:
        """The wire form of this one configuration (no length prefix)."""
        parts = [
            bytes((self.key_id,)),
            self.kem_id.to_bytes(2, "big"),
            self.public_key,
            (4 * len(self.symmetric)).to_bytes(2, "big"),
        ]
        parts.extend(
            kdf.to_bytes(2, "big") + aead.to_bytes(2, "big") for kdf, aead in self.symmetric
        )
        return b"".join(parts)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of `encode()`, lowercase hex: the value a client pins."""
        return hashlib.sha256(self.encode()).hexdigest()

    def select_suite(
        self, preferred: SymmetricSuite | tuple[int, int] | None = None
    ) -> SymmetricSuite:
        """Pick the suite to use: `preferred` if offered, else the first supported one.

        Args:
            preferred: a (kdf_id, aead_id) the caller wants; must be offered and supported.
        """
        if preferred is not None:
            wanted = SymmetricSuite(*preferred)
            if not wanted.supported:
                raise UnsupportedSuiteError(
                    f"symmetric suite {wanted.describe()} is not implemented by hybridsdk"
                )
            if wanted not in self.symmetric:
                raise UnsupportedSuiteError(
                    f"key configuration {self.key_id} does not offer {wanted.describe()}; "
                    f"it offers {', '.join(s.describe() for s in self.symmetric)}"
                )
            return wanted
        for suite in self.symmetric:
            if suite.supported:
                return suite
        raise UnsupportedSuiteError(
            f"key configuration {self.key_id} offers no suite hybridsdk implements "
            f"({', '.join(s.describe() for s in self.symmetric)})"
        )


def parse_key_config(data: bytes | bytearray | memoryview) -> KeyConfig:
    """Parse exactly one key configuration (no length prefix, no trailing bytes).

    Args:
        data: the encoded configuration.
    """
    raw = bytes(data)
    if len(raw) < 3:
        raise KeyConfigError(f"key configuration is {len(raw)} bytes; at least 3 are needed")
    key_id = raw[0]
    kem_id = int.from_bytes(raw[1:3], "big")
    kem = _KEMS.get(kem_id)
    if kem is None:
        raise UnsupportedSuiteError(
            f"key configuration {key_id}: unknown KEM 0x{kem_id:04x}; "
            "only 0x0020 DHKEM(X25519, HKDF-SHA256) is supported"
        )
    npk = kem[1]
    pos = 3 + npk
    if len(raw) < pos + 2:
        raise KeyConfigError(
            f"key configuration {key_id}: cut off in the public key or suite length "
            f"({len(raw)} bytes, need at least {pos + 2})"
        )
    public_key = raw[3:pos]
    sym_length = int.from_bytes(raw[pos : pos + 2], "big")
    pos += 2
    if sym_length < 4 or sym_length % 4:
        raise KeyConfigError(
            f"key configuration {key_id}: symmetric algorithms length {sym_length} at offset "
            f"{pos - 2} must be a non-zero multiple of 4"
        )
    if pos + sym_length != len(raw):
        raise KeyConfigError(
            f"key configuration {key_id}: symmetric algorithms declare {sym_length} bytes, "
            f"{len(raw) - pos} present"
        )
    suites = [
        SymmetricSuite(
            int.from_bytes(raw[i : i + 2], "big"), int.from_bytes(raw[i + 2 : i + 4], "big")
        )
        for i in range(pos, len(raw), 4)
    ]
    return KeyConfig(key_id, kem_id, public_key, tuple(suites))


def encode_key_configs(configs: Iterable[KeyConfig]) -> bytes:
    """Encode an ``application/ohttp-keys`` collection (each config 2-byte length prefixed).

    Args:
        configs: one or more key configurations.
    """
    out = bytearray()
    count = 0
    for config in configs:
        encoded = config.encode()
        out += len(encoded).to_bytes(2, "big")
        out += encoded
        count += 1
    if not count:
        raise KeyConfigError("an application/ohttp-keys collection needs at least one config")
    return bytes(out)


def parse_key_configs(data: bytes | bytearray | memoryview) -> list[KeyConfig]:
    """Parse an ``application/ohttp-keys`` collection, all or nothing.

    A configuration whose KEM hybridsdk does not know is skipped (the length prefix makes
    that safe, and lets a gateway add e.g. a post-quantum key beside X25519); any framing
    or content error rejects the whole collection, as does a collection with no usable key.

    Args:
        data: the response body of the gateway's key endpoint.
    """
    raw = bytes(data)
    configs: list[KeyConfig] = []
    skipped: list[int] = []
    pos = 0
    if not raw:
        raise KeyConfigError("application/ohttp-keys body is empty; expected key configurations")
    while pos < len(raw):
        if pos + 2 > len(raw):
            raise KeyConfigError(
                f"application/ohttp-keys: length prefix at offset {pos} is cut off"
            )
        length = int.from_bytes(raw[pos : pos + 2], "big")
        start = pos + 2
        end = start + length
        if end > len(raw):
            raise KeyConfigError(
                f"application/ohttp-keys: config at offset {pos} declares {length} bytes, "
                f"{len(raw) - start} remain"
            )
        if length >= 3 and int.from_bytes(raw[start + 1 : start + 3], "big") not in _KEMS:
            skipped.append(int.from_bytes(raw[start + 1 : start + 3], "big"))
        else:
            try:
                configs.append(parse_key_config(raw[start:end]))
            except KeyConfigError as exc:
                raise KeyConfigError(
                    f"application/ohttp-keys: config at offset {pos} is malformed: {exc}"
                ) from None
        pos = end
    if skipped:
        _log.debug("skipped key configurations with unknown KEMs: %s", [hex(k) for k in skipped])
    if not configs:
        raise UnsupportedSuiteError(
            "application/ohttp-keys holds no configuration with a KEM hybridsdk supports "
            f"(found KEMs {', '.join(f'0x{k:04x}' for k in skipped)}); need 0x0020 X25519"
        )
    return configs


def key_config_fingerprint(config: KeyConfig | bytes) -> str:
    """SHA-256 of an encoded key configuration, lowercase hex, for pinning.

    Args:
        config: a KeyConfig, or its encoding (a single config, not a collection).
    """
    encoded = config.encode() if isinstance(config, KeyConfig) else bytes(config)
    return hashlib.sha256(encoded).hexdigest()


def generate_key_config(
    key_id: int = 0,
    *,
    symmetric: Sequence[SymmetricSuite | tuple[int, int]] = DEFAULT_SYMMETRIC,
    private_key: bytes | None = None,
) -> tuple[KeyConfig, bytes]:
    """Make a gateway key: a fresh (or given) X25519 private key and its configuration.

    Args:
        key_id: the id clients will put in their requests.
        symmetric: the (kdf_id, aead_id) pairs to offer; all must be supported.
        private_key: 32 raw private-key bytes to reuse instead of generating.

    Returns:
        (the public KeyConfig, the 32 raw private-key bytes; keep them secret).
    """
    suites = tuple(SymmetricSuite(*s) for s in symmetric)
    for suite in suites:
        if not suite.supported:
            raise UnsupportedSuiteError(f"cannot offer {suite.describe()}: not implemented")
    if private_key is None:
        secret = X25519PrivateKey.generate()
    else:
        if len(private_key) != 32:
            raise KeyConfigError(f"X25519 private key must be 32 bytes, got {len(private_key)}")
        secret = X25519PrivateKey.from_private_bytes(bytes(private_key))
    raw_private = secret.private_bytes_raw()
    public = secret.public_key().public_bytes_raw()
    return KeyConfig(key_id, KEM_X25519_HKDF_SHA256, public, suites), raw_private
