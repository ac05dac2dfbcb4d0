"""HPKE base mode (RFC 9180) for DHKEM(X25519, HKDF-SHA256): just what OHTTP needs, fast.

Why this exists: speed. Oblivious HTTP (RFC 9458) runs one HPKE setup, one single-shot
seal/open (sequence number 0) and one export per request. pyhpke computes the same bytes,
but builds KDF objects per call, runs every HKDF step through cryptography's HMAC class,
re-derives and re-serialises keys, and hashes the constant ``info`` on every request: about
60 us of Python on top of the X25519 work, per side. Here every label that does not depend
on the shared secret is concatenated once per (suite, info) and cached, HKDF is
HMAC over hashlib's OpenSSL hashes (RFC 2104 written out: two hash calls, a third faster
than `hmac.digest`, which matters with twenty HMACs per request and response), and X25519
and the AEADs are cryptography's (OpenSSL) objects used directly.

Scope, on purpose: base mode only (no PSK, no sender authentication), KEM 0x0020 only, KDFs
HKDF-SHA256/384/512, AEADs AES-128-GCM, AES-256-GCM, ChaCha20-Poly1305. pyhpke stays the
reference: tests/test_ohttp_perf_equivalence.py checks this module byte for byte against
pyhpke for every KDF and AEAD (same enc, same ciphertext for a fixed ephemeral key, same
export), against cryptography's own HPKE, and against the RFC 9458 appendix A vectors; and
`hybridsdk.wire._ohttp.set_hpke_backend("pyhpke")` switches OHTTP back to pyhpke.

The names follow RFC 9180 section 5.1: LabeledExtract / LabeledExpand with the
``HPKE-v1`` prefix, ``suite_id = "HPKE" || kem_id || kdf_id || aead_id`` for the key
schedule and ``"KEM" || kem_id`` inside the KEM.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

__all__ = [
    "KEM_X25519",
    "Schedule",
    "SenderSetup",
    "SpareSetups",
    "base_open",
    "base_seal",
    "encap",
    "hmac_digest",
    "kem_shared_secret",
    "labeled_expand",
    "labeled_extract",
    "schedule",
    "setup_sender",
]

KEM_X25519 = 0x0020
_VERSION = b"HPKE-v1"
_MODE_BASE = b"\x00"
_KEM_SUITE_ID = b"KEM" + KEM_X25519.to_bytes(2, "big")
_NSECRET = 32  # Nsecret of DHKEM(X25519, HKDF-SHA256)

#: kdf id -> (hashlib name, Nh)
_KDFS: dict[int, tuple[str, int]] = {1: ("sha256", 32), 2: ("sha384", 48), 3: ("sha512", 64)}
#: aead id -> (Nk, Nn)
_AEADS: dict[int, tuple[int, int]] = {1: (16, 12), 2: (32, 12), 3: (32, 12)}

# The KEM's labels around the DH output and kem_context never change: join them once.
_EAE_PRK_PREFIX = _VERSION + _KEM_SUITE_ID + b"eae_prk"
_SHARED_SECRET_PREFIX = _NSECRET.to_bytes(2, "big") + _VERSION + _KEM_SUITE_ID + b"shared_secret"


_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))
#: hashlib name -> (constructor, block size) for the RFC 2104 construction.
_HASHES: dict[str, tuple[Callable[..., hashlib._Hash], int]] = {
    "sha256": (hashlib.sha256, 64),
    "sha384": (hashlib.sha384, 128),
    "sha512": (hashlib.sha512, 128),
}


def hmac_digest(hash_name: str, key: bytes, msg: bytes) -> bytes:
    """HMAC (RFC 2104) of `msg`; the same bytes as ``hmac.digest(key, msg, hash_name)``.

    Written out over hashlib because the one-shot `hmac.digest` costs about 1.5 us per
    call here against 1 us for two plain hash calls. No branch depends on secret values.

    Args:
        hash_name: "sha256", "sha384" or "sha512".
        key: the HMAC key (hashed first when longer than the block, as RFC 2104 says).
        msg: the message.
    """
    new, block = _HASHES[hash_name]
    if len(key) > block:
        key = new(key).digest()
    key = key.ljust(block, b"\x00")
    return new(key.translate(_OPAD) + new(key.translate(_IPAD) + msg).digest()).digest()


def _expand(hash_name: str, digest_size: int, prk: bytes, info: bytes, length: int) -> bytes:
    """HKDF-Expand (RFC 5869); one HMAC when `length` <= Nh, the only case OHTTP hits."""
    if length <= digest_size:
        return hmac_digest(hash_name, prk, info + b"\x01")[:length]
    if length > 255 * digest_size:
        raise ValueError(f"HKDF-Expand length {length} exceeds 255 * {digest_size}")
    block = b""
    out = bytearray()
    counter = 1
    while len(out) < length:
        block = hmac_digest(hash_name, prk, block + info + bytes((counter,)))
        out += block
        counter += 1
    return bytes(out[:length])


def labeled_extract(kdf_id: int, suite_id: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    """RFC 9180 LabeledExtract: HKDF-Extract(salt, "HPKE-v1" || suite_id || label || ikm).

    An empty salt is HMAC with an empty key, which equals the RFC's Nh zero bytes: HMAC pads
    short keys with zeros.

    Args:
        kdf_id: HPKE KDF id (1, 2 or 3).
        suite_id: the suite_id bytes of the caller (KEM or full suite).
        salt: the HKDF salt.
        label: the RFC label, e.g. b"secret".
        ikm: the input keying material.
    """
    return hmac_digest(_KDFS[kdf_id][0], salt, _VERSION + suite_id + label + ikm)


def labeled_expand(
    kdf_id: int, suite_id: bytes, prk: bytes, label: bytes, info: bytes, length: int
) -> bytes:
    """RFC 9180 LabeledExpand: HKDF-Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label
    || info, L).

    Args:
        kdf_id: HPKE KDF id (1, 2 or 3).
        suite_id: the suite_id bytes of the caller (KEM or full suite).
        prk: the pseudorandom key.
        label: the RFC label, e.g. b"key".
        info: the context bytes.
        length: L, the output length in bytes.
    """
    hash_name, nh = _KDFS[kdf_id]
    labeled = length.to_bytes(2, "big") + _VERSION + suite_id + label + info
    return _expand(hash_name, nh, prk, labeled, length)


def kem_shared_secret(dh: bytes, enc: bytes, pkr: bytes) -> bytes:
    """DHKEM ExtractAndExpand(dh, enc || pkRm) for X25519 (RFC 9180 section 4.1).

    Args:
        dh: the 32-byte X25519 output.
        enc: the serialised ephemeral public key.
        pkr: the serialised recipient public key.
    """
    eae_prk = hmac_digest("sha256", b"", _EAE_PRK_PREFIX + dh)
    return hmac_digest("sha256", eae_prk, _SHARED_SECRET_PREFIX + enc + pkr + b"\x01")


@dataclass(frozen=True, slots=True)
class Schedule:
    """Every constant of the base-mode key schedule for one (suite, info, export), joined once.

    Attributes:
        kdf_id: HPKE KDF id.
        aead_id: HPKE AEAD id.
        hash_name: hashlib name of the KDF's hash.
        nh: the KDF's output size.
        nk: the AEAD key size.
        nn: the AEAD nonce size.
        secret_msg: LabeledExtract's message for "secret" (the PSK is empty in base mode).
        key_info: LabeledExpand's info for "key" (key_schedule_context included).
        nonce_info: the same for "base_nonce".
        exp_info: the same for "exp".
        export_info: LabeledExpand's info for "sec" with the exporter context.
        export_length: L of the export.
    """

    kdf_id: int
    aead_id: int
    hash_name: str
    nh: int
    nk: int
    nn: int
    secret_msg: bytes
    key_info: bytes
    nonce_info: bytes
    exp_info: bytes
    export_info: bytes
    export_length: int

    def derive(self, shared_secret: bytes) -> tuple[bytes, bytes, bytes]:
        """KeySchedule (mode base) then Export: (key, base_nonce, exported secret).

        Args:
            shared_secret: the KEM shared secret.
        """
        h, nh = self.hash_name, self.nh
        secret = hmac_digest(h, shared_secret, self.secret_msg)
        key = _expand(h, nh, secret, self.key_info, self.nk)
        base_nonce = _expand(h, nh, secret, self.nonce_info, self.nn)
        exporter_secret = _expand(h, nh, secret, self.exp_info, nh)
        exported = _expand(h, nh, exporter_secret, self.export_info, self.export_length)
        return key, base_nonce, exported

    def aead(self, key: bytes) -> AESGCM | ChaCha20Poly1305:
        """The AEAD object for `key`.

        Args:
            key: Nk bytes.
        """
        return ChaCha20Poly1305(key) if self.aead_id == 3 else AESGCM(key)


@lru_cache(maxsize=256)
def schedule(
    kdf_id: int, aead_id: int, info: bytes, exporter_context: bytes, export_length: int
) -> Schedule:
    """The cached key-schedule constants for one suite, `info` and export.

    OHTTP's info is fixed per (key config, suite) and its exporter context is a constant
    label, so a client or gateway computes this once per key.

    Args:
        kdf_id: HPKE KDF id (1, 2 or 3).
        aead_id: HPKE AEAD id (1, 2 or 3).
        info: the HPKE info.
        exporter_context: the Export context.
        export_length: the Export length L.

    Raises:
        ValueError: an unknown KDF or AEAD id, or an export longer than 255 * Nh.
    """
    if kdf_id not in _KDFS or aead_id not in _AEADS:
        raise ValueError(f"HPKE suite KDF 0x{kdf_id:04x} AEAD 0x{aead_id:04x} not implemented")
    hash_name, nh = _KDFS[kdf_id]
    nk, nn = _AEADS[aead_id]
    if not 0 < export_length <= 255 * nh:
        raise ValueError(f"HPKE export length {export_length} not in 1..{255 * nh}")
    suite_id = (
        b"HPKE"
        + KEM_X25519.to_bytes(2, "big")
        + kdf_id.to_bytes(2, "big")
        + aead_id.to_bytes(2, "big")
    )
    psk_id_hash = labeled_extract(kdf_id, suite_id, b"", b"psk_id_hash", b"")
    info_hash = labeled_extract(kdf_id, suite_id, b"", b"info_hash", info)
    context = _MODE_BASE + psk_id_hash + info_hash

    def expand_info(label: bytes, ctx: bytes, length: int) -> bytes:
        return length.to_bytes(2, "big") + _VERSION + suite_id + label + ctx

    return Schedule(
        kdf_id=kdf_id,
        aead_id=aead_id,
        hash_name=hash_name,
        nh=nh,
        nk=nk,
        nn=nn,
        secret_msg=_VERSION + suite_id + b"secret",
        key_info=expand_info(b"key", context, nk),
        nonce_info=expand_info(b"base_nonce", context, nn),
        exp_info=expand_info(b"exp", context, nh),
        export_info=expand_info(b"sec", exporter_context, export_length),
        export_length=export_length,
    )


def encap(
    pkr: X25519PublicKey, pkr_bytes: bytes, ephemeral: X25519PrivateKey | None = None
) -> tuple[bytes, bytes]:
    """DHKEM(X25519) Encap (RFC 9180 section 4.1): (shared_secret, enc).

    Each result must seal exactly one message: a second use would repeat the AEAD key and
    nonce.

    Args:
        pkr: the recipient's public key.
        pkr_bytes: its 32 raw bytes (part of kem_context).
        ephemeral: a fixed ephemeral key, for known-answer tests only; fresh when None.

    Raises:
        ValueError: the DH output is all zeros (a low-order recipient key).
    """
    sk_e = X25519PrivateKey.generate() if ephemeral is None else ephemeral
    enc = sk_e.public_key().public_bytes_raw()
    return kem_shared_secret(sk_e.exchange(pkr), enc, pkr_bytes), enc


def base_seal(
    sched: Schedule,
    pkr: X25519PublicKey,
    pkr_bytes: bytes,
    plaintext: bytes | bytearray | memoryview,
    ephemeral: X25519PrivateKey | None = None,
) -> tuple[bytes, bytes, bytes]:
    """SetupBaseS + Seal (sequence 0, empty aad) + Export.

    Args:
        sched: the schedule of the suite, info and export.
        pkr: the recipient's public key.
        pkr_bytes: its 32 raw bytes (part of kem_context).
        plaintext: what to encrypt.
        ephemeral: a fixed ephemeral key, for known-answer tests only; fresh when None.

    Returns:
        (enc, ciphertext with tag, exported secret).

    Raises:
        ValueError: the DH output is all zeros (a low-order recipient key).
    """
    setup = setup_sender(sched, pkr, pkr_bytes, ephemeral)
    return setup.enc, setup.seal(plaintext), setup.exported


def base_open(
    sched: Schedule,
    skr: X25519PrivateKey,
    pkr_bytes: bytes,
    enc: bytes,
    ciphertext: bytes | bytearray | memoryview,
) -> tuple[bytes, bytes]:
    """SetupBaseR + Open (sequence 0, empty aad) + Export.

    Args:
        sched: the schedule of the suite, info and export.
        skr: the recipient's private key.
        pkr_bytes: the recipient's 32 raw public-key bytes.
        enc: the sender's serialised ephemeral public key.
        ciphertext: the sealed bytes, tag included.

    Returns:
        (plaintext, exported secret).

    Raises:
        ValueError: `enc` is not a usable X25519 key (wrong length, low order).
        cryptography.exceptions.InvalidTag: wrong key or tampered ciphertext.
    """
    dh = skr.exchange(X25519PublicKey.from_public_bytes(enc))
    key, nonce, exported = sched.derive(kem_shared_secret(dh, enc, pkr_bytes))
    return sched.aead(key).decrypt(nonce, ciphertext, None), exported


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class SenderSetup:
    """An HPKE sender context (SetupBaseS, then Export) ready to seal one message.

    Attributes:
        enc: the serialised ephemeral public key.
        aead: the AEAD object holding the context's key.
        nonce: the base nonce (sequence 0: the only message sealed).
        exported: the exported secret.
        pid: the process that made it (a setup must never serve two processes).
    """

    enc: bytes
    aead: AESGCM | ChaCha20Poly1305
    nonce: bytes
    exported: bytes
    pid: int

    def seal(self, plaintext: bytes | bytearray | memoryview) -> bytes:
        """Seal the one message (empty aad)."""
        return self.aead.encrypt(self.nonce, plaintext, None)

    def __copy__(self) -> SenderSetup:
        raise TypeError("an HPKE sender setup seals one message: it cannot be copied")

    def __deepcopy__(self, memo: object) -> SenderSetup:
        return self.__copy__()


def setup_sender(
    sched: Schedule,
    pkr: X25519PublicKey,
    pkr_bytes: bytes,
    ephemeral: X25519PrivateKey | None = None,
) -> SenderSetup:
    """SetupBaseS and Export for one message: everything but the sealing itself.

    Args:
        sched: the schedule of the suite, info and export.
        pkr: the recipient's public key.
        pkr_bytes: its 32 raw bytes.
        ephemeral: a fixed ephemeral key, for known-answer tests only; fresh when None.

    Raises:
        ValueError: the DH output is all zeros (a low-order recipient key).
    """
    shared, enc = encap(pkr, pkr_bytes, ephemeral)
    key, nonce, exported = sched.derive(shared)
    return SenderSetup(enc, sched.aead(key), nonce, exported, os.getpid())


class SpareSetups:
    """Sender setups for one recipient made ahead of time, each handed out exactly once.

    Setting up an HPKE sender costs two X25519 operations (the ephemeral key and the DH)
    and the key schedule, none of which depends on the message. A client can make the next
    request's setup while it waits for the current answer (`prefetch`), so that `take`
    leaves only the sealing on the next request's critical path. Setups are popped, never
    peeked. A setup used by two processes would repeat an AEAD key and nonce, so each
    remembers the process that made it: `take` drops setups another process made (a child
    forked from C, as uWSGI forks, skips Python's fork hooks).

    Args:
        make: makes one fresh setup.
        spare: how many to keep ready (threads racing may briefly add one or two more).
    """

    def __init__(self, make: Callable[[], SenderSetup], spare: int = 4) -> None:
        self._make = make
        self.spare = spare
        self._ready: deque[SenderSetup] = deque()

    def __len__(self) -> int:
        return len(self._ready)

    def take(self) -> SenderSetup:
        """A setup no one else has had: a spare if one is ready, else a new one."""
        try:
            setup = self._ready.popleft()  # atomic: two threads never get the same one
        except IndexError:
            return self._make()
        if setup.pid != os.getpid():  # inherited through a fork
            self._ready.clear()
            return self._make()
        return setup

    def prefetch(self) -> None:
        """Make one setup for a later `take`, unless `spare` are ready already."""
        if len(self._ready) < self.spare:
            self._ready.append(self._make())

    def clear(self) -> None:
        """Drop every spare setup."""
        self._ready.clear()
