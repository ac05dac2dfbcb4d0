"""Authorization building blocks on fake clocks: bearer tokens, Privacy Pass verification
(bad, expired, reused, wrong-key, tampered tokens), the double-spend store, token buckets,
issuer key files."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.gateway._authz import (
    Authorizers,
    AuthRequest,
    BearerTokens,
    ClientIdentity,
    PrivateTokenVerifier,
    Unauthorized,
)
from hybridsdk.gateway._issuer_keys import (
    IssuerKeyRing,
    generate_issuer_keys,
    read_issuer_keys,
    rotate_issuer_keys,
)
from hybridsdk.gateway._rate_limit import RateLimiter
from hybridsdk.gateway._spent_tokens import InMemorySpentTokens, SpentTokenStoreFull
from hybridsdk.wire._blind_rsa import blind_sign
from hybridsdk.wire._private_token import (
    Token,
    b64url,
    begin_token_request,
    finish_token,
    parse_private_token_authorization,
)

SECRET_A = "a" * 10 + secrets.token_urlsafe(24)
SECRET_B = "b" * 10 + secrets.token_urlsafe(24)
CONFIG_A = b"\x07gateway-key-config-A"
CONFIG_B = b"\x07gateway-key-config-B"


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# -- bearer tokens -----------------------------------------------------------------------


def _plain(headers: dict[str, str]) -> AuthRequest:
    return AuthRequest("plain", "POST", "/v2/models/m/infer", headers)


def test_bearer_tokens_admit_the_right_client_and_refuse_others() -> None:
    tokens = BearerTokens.parse(f"alice:{SECRET_A}\n# comment\nbob:{SECRET_B}", source="test")
    ident = tokens(_plain({"authorization": f"Bearer {SECRET_B}"}))
    assert ident == ClientIdentity("bearer:bob", "Bearer", rate_key="bearer:bob")
    for bad in (
        {},
        {"authorization": "Bearer"},
        {"authorization": f"Bearer {SECRET_A}x"},
        {"authorization": f"Basic {SECRET_A}"},
    ):
        with pytest.raises(Unauthorized) as refused:
            tokens(_plain(bad))
        assert SECRET_A not in str(refused.value)
        assert refused.value.challenges == ['Bearer realm="hybridsdk"'] or (
            'error="invalid_token"' in refused.value.challenges[0]
        )


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("alice", "not 'client-id:token'"),
        ("alice:short", "at least 16"),
        (f"al ice:{SECRET_A}", "client id"),
        (f"alice:{SECRET_A}\nalice:{SECRET_B}", "twice"),
        ("", "at least one"),
    ],
)
def test_bearer_token_configuration_errors_name_no_secret(text: str, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match) as error:
        BearerTokens.parse(text, source="tokens.txt")
    assert SECRET_A not in str(error.value) and SECRET_B not in str(error.value)


def test_bearer_token_file_must_be_private(tmp_path: Path) -> None:
    path = tmp_path / "tokens"
    path.write_text(f"alice:{SECRET_A}\n")
    os.chmod(path, 0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        BearerTokens.from_file(path)
    os.chmod(path, 0o600)
    assert BearerTokens.from_file(path).client_for(SECRET_A) == "alice"


# -- Privacy Pass tokens -----------------------------------------------------------------


@pytest.fixture(scope="module")
def issuer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("issuer") / "keys"
    generate_issuer_keys(folder, now=1_600_000_000.0)
    return folder


def _verifier(issuer_dir: Path, clock: Clock, spent: InMemorySpentTokens | None = None):
    return PrivateTokenVerifier(
        issuer=IssuerKeyRing(issuer_dir, clock=clock),
        spent=spent or InMemorySpentTokens(clock=clock),
        issuer_name="issuer.test",
        epoch_s=300.0,
        clock=clock,
    )


def _mint(verifier: PrivateTokenVerifier, config: bytes, epoch: int) -> Token:
    key = verifier.issuer.current()[0]
    challenge = verifier.challenge_for(config, epoch)
    pending = begin_token_request(
        key.private_key.public_key(), challenge, nonce=secrets.token_bytes(32)
    )
    return finish_token(
        key.private_key.public_key(),
        pending,
        blind_sign(key.private_key, pending.request.blinded_msg),
    )


def _ohttp(token_header: str | None, config: bytes = CONFIG_A) -> AuthRequest:
    headers = {} if token_header is None else {"authorization": token_header}
    return AuthRequest("ohttp", "POST", "/v2/models/m/infer", headers, config)


def test_valid_token_is_accepted_once(issuer_dir: Path) -> None:
    clock = Clock()
    verifier = _verifier(issuer_dir, clock)
    token = _mint(verifier, CONFIG_A, verifier.epoch())
    assert verifier(_ohttp(token.authorization())) == ClientIdentity(
        "private-token", "PrivateToken"
    )
    with pytest.raises(Unauthorized, match="already redeemed"):
        verifier(_ohttp(token.authorization()))


def test_token_for_another_gateway_key_is_refused(issuer_dir: Path) -> None:
    clock = Clock()
    verifier = _verifier(issuer_dir, clock)
    token = _mint(verifier, CONFIG_B, verifier.epoch())
    with pytest.raises(Unauthorized, match="not for this gateway key") as refused:
        verifier(_ohttp(token.authorization(), CONFIG_A))
    # The refusal carries the challenge the client should answer instead.
    assert refused.value.challenges[0].startswith("PrivateToken challenge=")


def test_token_expires_with_its_epoch(issuer_dir: Path) -> None:
    clock = Clock()
    verifier = _verifier(issuer_dir, clock)
    token = _mint(verifier, CONFIG_A, verifier.epoch())
    later = _mint(verifier, CONFIG_A, verifier.epoch())
    clock.now += 300.0  # next epoch: still accepted (skew / in-flight grace)
    verifier(_ohttp(later.authorization()))
    clock.now += 300.0  # two epochs on: dead
    with pytest.raises(Unauthorized, match="epoch is over"):
        verifier(_ohttp(token.authorization()))


def test_tampered_tokens_are_refused(issuer_dir: Path) -> None:
    clock = Clock()
    verifier = _verifier(issuer_dir, clock)
    good = _mint(verifier, CONFIG_A, verifier.epoch()).encode()
    for index in (5, 40, 99, len(good) - 1):  # nonce, digest, authenticator
        bad = bytearray(good)
        bad[index] ^= 0x01
        with pytest.raises(Unauthorized):
            verifier(_ohttp(f'PrivateToken token="{b64url(bytes(bad))}"'))
    # The untouched token still works: tampered copies spent nothing.
    verifier(_ohttp(f'PrivateToken token="{b64url(good)}"'))


@pytest.mark.parametrize(
    "header",
    [None, "PrivateToken", 'PrivateToken token="AAAA"', "PrivateToken token=!!", "Bearer x"],
)
def test_missing_or_malformed_tokens_are_refused(issuer_dir: Path, header: str | None) -> None:
    verifier = _verifier(issuer_dir, Clock())
    with pytest.raises(Unauthorized):
        verifier(_ohttp(header))


def test_private_token_on_plain_transport_is_refused(issuer_dir: Path) -> None:
    clock = Clock()
    verifier = _verifier(issuer_dir, clock)
    token = _mint(verifier, CONFIG_A, verifier.epoch())
    with pytest.raises(Unauthorized, match="only inside an OHTTP request"):
        verifier(_plain({"authorization": token.authorization()}))


def test_retired_issuer_key_tokens_are_refused(tmp_path: Path) -> None:
    clock = Clock()
    folder = tmp_path / "issuer"
    generate_issuer_keys(folder, now=clock.now - 10)
    verifier = _verifier(folder, clock)
    old_token = _mint(verifier, CONFIG_A, verifier.epoch())
    rotate_issuer_keys(folder, grace_s=60.0, now=clock.now)
    os.utime(folder, ns=(1, 1))  # make sure the ring sees the change on coarse clocks
    verifier(_ohttp(_mint(verifier, CONFIG_A, verifier.epoch()).authorization()))
    clock.now += 61.0
    with pytest.raises(Unauthorized, match="unknown or retired"):
        verifier(_ohttp(old_token.authorization()))


def test_authorizers_dispatch_on_scheme_and_challenge_all(issuer_dir: Path) -> None:
    clock = Clock()
    verifier = _verifier(issuer_dir, clock)
    both = Authorizers([BearerTokens({"alice": SECRET_A}), verifier])
    assert both(_plain({"authorization": f"bearer {SECRET_A}"})).client_id == "bearer:alice"
    token = _mint(verifier, CONFIG_A, verifier.epoch())
    assert both(_ohttp(token.authorization())).client_id == "private-token"
    with pytest.raises(Unauthorized) as refused:
        both(_ohttp(None))
    kinds = [c.split(" ")[0] for c in refused.value.challenges]
    assert kinds == ["Bearer", "PrivateToken"]
    with pytest.raises(Unauthorized, match="scheme not accepted"):
        both(_ohttp("Digest abc"))


# -- double-spend store ------------------------------------------------------------------


def test_spent_store_forgets_only_after_expiry_and_fails_closed_when_full() -> None:
    clock = Clock(100.0)
    store = InMemorySpentTokens(max_entries=2, clock=clock)
    assert store.spend(b"a", 110.0) and not store.spend(b"a", 110.0)
    assert store.spend(b"b", 200.0)
    with pytest.raises(SpentTokenStoreFull):
        store.spend(b"c", 200.0)
    clock.now = 111.0  # "a" expired: room again, and "a" is no longer remembered
    assert store.spend(b"c", 200.0)
    assert not store.spend(b"b", 200.0)
    assert len(store) == 2


# -- token buckets -----------------------------------------------------------------------


def test_flooding_client_does_not_starve_another() -> None:
    clock = Clock(0.0)
    limiter = RateLimiter(
        per_client_rps=5, per_client_burst=5, global_rps=20, global_burst=20, monotonic=clock
    )
    flood = [limiter.check("bearer:mallory") for _ in range(1000)]
    assert sum(r is None for r in flood) == 5
    assert all(r is not None and r[0] == "client" for r in flood[5:])
    # Mallory's refused requests took nothing from the shared budget.
    assert all(limiter.check("bearer:alice") is None for _ in range(5))
    clock.now += 1.0
    assert limiter.check("bearer:mallory") is None
    refused = limiter.check("bearer:alice")  # 1 s refills 5: fine
    assert refused is None


def test_global_limit_and_retry_after() -> None:
    clock = Clock(0.0)
    limiter = RateLimiter(global_rps=2, global_burst=2, monotonic=clock)
    assert limiter.check(None) is None and limiter.check("x") is None
    which, wait = limiter.check("y") or ("", 0.0)
    assert which == "global" and wait == pytest.approx(0.5)
    with pytest.raises(ValueError):
        RateLimiter(per_client_rps=0)


def test_client_buckets_are_bounded() -> None:
    limiter = RateLimiter(per_client_rps=1, per_client_burst=1, max_clients=3, monotonic=Clock(0))
    for i in range(100):
        limiter.check(f"c{i}")
    assert len(limiter._clients) == 3


# -- issuer key files --------------------------------------------------------------------


def test_issuer_key_files_are_private_and_rotation_keeps_ids_distinct(tmp_path: Path) -> None:
    folder = tmp_path / "issuer"
    first = generate_issuer_keys(folder, now=1000.0)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(ConfigurationError, match="rotate"):
        generate_issuer_keys(folder)
    second = rotate_issuer_keys(folder, grace_s=10.0, now=2000.0)
    keys = read_issuer_keys(folder)
    assert [k.key_id for k in keys] == [second.key_id, first.key_id]
    assert keys[1].retire_at == 2010.0 and second.key_id[-1] != first.key_id[-1]
    loose = next(folder.glob("issuer-*.json"))
    os.chmod(loose, 0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        read_issuer_keys(folder)
    assert "PRIVATE" not in repr(first)


def test_parse_round_trip_of_authorization_header(issuer_dir: Path) -> None:
    verifier = _verifier(issuer_dir, Clock())
    token = _mint(verifier, CONFIG_A, 1)
    assert parse_private_token_authorization(token.authorization()) == token


class _AsyncStore:
    """A double-spend store across a (pretend) network: `spend` is a coroutine."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()

    async def spend(self, key: bytes, expires_at: float) -> bool:
        fresh = key not in self.seen
        self.seen.add(key)
        return fresh


def test_an_async_spent_store_gives_an_awaitable_verdict(issuer_dir: Path) -> None:
    import asyncio

    clock = Clock()
    verifier = PrivateTokenVerifier(
        issuer=IssuerKeyRing(issuer_dir, clock=clock),
        spent=_AsyncStore(),
        issuer_name="issuer.test",
        clock=clock,
    )
    token = _mint(verifier, CONFIG_A, verifier.epoch())
    first = verifier(_ohttp(token.authorization()))
    assert asyncio.run(first) == ClientIdentity("private-token", "PrivateToken")  # type: ignore[arg-type]
    with pytest.raises(Unauthorized, match="already redeemed"):
        asyncio.run(verifier(_ohttp(token.authorization())))  # type: ignore[arg-type]


def test_an_empty_shared_spent_store_is_used_not_replaced(tmp_path: Path) -> None:
    # An empty store is falsy (it has a length): `spent_tokens or InMemorySpentTokens()`
    # gave each app a private store, so two apps sharing one store both accepted a token.
    from hybridsdk.gateway._access import build_access
    from hybridsdk.gateway._auth_config import AuthConfig
    from hybridsdk.gateway._authz import AuthRequest, Unauthorized
    from hybridsdk.wire._private_token import finish_token

    keys = tmp_path / "issuer"
    generate_issuer_keys(keys)
    environ = {"HYBRIDSDK_GATEWAY_BEARER_TOKENS": "alice:" + "a" * 32}
    shared = InMemorySpentTokens()
    config = AuthConfig(issuer_keys_path=keys)
    first = build_access(config, spent_tokens=shared, environ=environ)
    second = build_access(config, spent_tokens=shared, environ=environ)
    assert first.tokens is not None and second.tokens is not None
    assert first.tokens.spent is shared and second.tokens.spent is shared
    verifier = first.tokens
    key = verifier.issuer.current()[0]
    public = key.private_key.public_key()
    key_config = b"\x07gateway-key-config"
    pending = begin_token_request(
        public, verifier.challenge_for(key_config, verifier.epoch()), nonce=secrets.token_bytes(32)
    )
    token = finish_token(public, pending, blind_sign(key.private_key, pending.request.blinded_msg))
    request = AuthRequest(
        "ohttp", "POST", "/v2/models/m/infer", {"authorization": token.authorization()}, key_config
    )
    first.tokens(request)
    with pytest.raises(Unauthorized):
        second.tokens(request)  # the same token at the other app: spent
