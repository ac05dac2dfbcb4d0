"""Gateway state (issue 9.3/9.4) without gateway processes: idempotency scoped per client,
O(1) store eviction order, the Valkey/Redis backend's atomic claims against a real server,
and the client's own error for a narrowed replay window."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hybridsdk import ClockSkewError, ReplayWindowNarrowedError
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._messages import HttpReply, parse_ohttp_reply
from hybridsdk.cloud._retry import classify
from hybridsdk.gateway._idempotency import IdempotencyClaim, IdempotencyStore
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._oip_routes import InnerRequest, OipRouter
from hybridsdk.gateway._problems import (
    PROBLEM_IDEMPOTENCY_CONFLICT,
    PROBLEM_IDEMPOTENCY_IN_FLIGHT,
    PROBLEM_REPLAY,
    PROBLEM_REPLAY_WINDOW_NARROWED,
    InnerResponse,
    Problem,
)
from hybridsdk.gateway._redis_spent_tokens import RedisSpentTokens
from hybridsdk.gateway._redis_state import REPLICA_CLOCK_SLACK_S, RedisState
from hybridsdk.gateway._replay import http_date, narrowed_problem
from hybridsdk.gateway._state import MemoryIdempotencyState, idempotency_scope
from hybridsdk.gateway._upstream import Upstream
from hybridsdk.wire._bhttp import BinaryResponse
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import decapsulate_request, encapsulate_request, gateway_keys
from tests._state_server import StateServer, require_server_binary, start_server

INFER = "/v2/models/m/infer"


# --- per-client scope --------------------------------------------------------------------


def _router(calls: list[bytes]) -> OipRouter:
    def upstream(request: httpx.Request) -> httpx.Response:
        calls.append(request.content)
        return httpx.Response(200, json={"outputs": [], "n": len(calls)})

    metrics = GatewayMetrics()
    store = IdempotencyStore(ttl_s=60, max_entries=100, max_bytes=1 << 20, clock=time.monotonic)
    return OipRouter(
        models=None,
        upstream=Upstream(
            "http://upstream", timeout_s=5, metrics=metrics, transport=httpx.MockTransport(upstream)
        ),
        idempotency=MemoryIdempotencyState(store),
        metrics=metrics,
    )


def test_idempotency_keys_are_scoped_per_client() -> None:
    calls: list[bytes] = []
    router = _router(calls)
    headers = {"content-type": "application/json", "idempotency-key": "k"}

    async def ask(client: str | None, body: bytes = b"{}") -> InnerResponse:
        _, response = await router.handle(InnerRequest("POST", INFER, headers, body, client))
        return response

    async def scenario() -> None:
        assert (await ask("bearer:alice")).status == 200
        # Another client with the same key neither gets alice's answer nor is refused.
        mallory = await ask("bearer:mallory", b'{"other": 1}')
        assert mallory.status == 200 and mallory.header("idempotent-replayed") is None
        again = await ask("bearer:alice")
        assert again.header("idempotent-replayed") == "true"
        assert json.loads(again.body)["n"] == 1
        assert (await ask(None)).header("idempotent-replayed") is None  # anonymous scope

    asyncio.run(scenario())
    assert len(calls) == 3


def test_scope_separates_clients_and_routes() -> None:
    assert idempotency_scope(None, INFER) == idempotency_scope("anonymous", INFER)
    assert idempotency_scope("a", INFER) != idempotency_scope("b", INFER)
    assert idempotency_scope("a", INFER) != idempotency_scope("a", "/v2/models/n/infer")


# --- in-memory store eviction ------------------------------------------------------------


def _claimed(claim: InnerResponse | IdempotencyClaim) -> IdempotencyClaim:
    assert isinstance(claim, IdempotencyClaim), claim
    return claim


def test_store_evicts_finished_oldest_first_and_never_a_running_one() -> None:
    now = [0.0]
    store = IdempotencyStore(ttl_s=100, max_entries=3, max_bytes=1 << 20, clock=lambda: now[0])
    _claimed(store.begin("s", "running", b"x"))  # never finishes in this test
    for key in ("a", "b"):
        store.finish(_claimed(store.begin("s", key, b"x")), InnerResponse(200, [], b"y"))
    c = _claimed(store.begin("s", "c", b"x"))  # over: the oldest finished one ("a") goes
    store.finish(c, InnerResponse(200, [], b"y"))
    assert len(store) == 3
    _claimed(store.begin("s", "a", b"x"))  # forgotten, so it runs again
    with pytest.raises(Problem) as caught:
        store.begin("s", "running", b"x")
    assert caught.value.type == PROBLEM_IDEMPOTENCY_IN_FLIGHT
    # Only running entries left: a new key is shed rather than dropping one of them.
    full = IdempotencyStore(ttl_s=100, max_entries=2, max_bytes=1 << 20, clock=lambda: now[0])
    full.begin("s", "r1", b"x")
    full.begin("s", "r2", b"x")
    with pytest.raises(Problem) as caught:
        full.begin("s", "r3", b"x")
    assert caught.value.status == 503
    now[0] = 101
    _claimed(full.begin("s", "r3", b"x"))  # the stuck ones expired


def test_store_keeps_answers_ttl_from_when_they_were_stored() -> None:
    now = [0.0]
    store = IdempotencyStore(ttl_s=10, max_entries=10, max_bytes=1 << 20, clock=lambda: now[0])
    slow = _claimed(store.begin("s", "slow", b"x"))
    now[0] = 8  # a slow request finishes late
    store.finish(slow, InnerResponse(200, [], b"y"))
    now[0] = 15
    kept = store.begin("s", "slow", b"x")
    assert isinstance(kept, InnerResponse) and kept.header("idempotent-replayed") == "true"


def test_memory_expired_claim_cannot_answer_the_next_claim_on_its_key() -> None:
    # R6, in memory: a run outlives its TTL and a second request re-claims the key; the
    # first one's finish() must not keep its answer under the second one's body.
    now = [0.0]
    state = MemoryIdempotencyState(
        IdempotencyStore(ttl_s=10, max_entries=10, max_bytes=1 << 20, clock=lambda: now[0])
    )

    async def scenario() -> InnerResponse | IdempotencyClaim:
        scope, key = idempotency_scope("bearer:alice", INFER), "k1"
        a = _claimed(await state.begin(scope, key, b"body-A"))  # A claims, runs long
        now[0] = 11  # A's claim expires
        b = _claimed(await state.begin(scope, key, b"body-B"))  # B claims
        await state.finish(a, InnerResponse(200, [], b"answer-for-A"))  # A ends
        await state.abort(a)  # and a stray abort of A's must not free B's claim either
        with pytest.raises(Problem) as caught:
            await state.begin(scope, key, b"body-B")
        assert caught.value.type == PROBLEM_IDEMPOTENCY_IN_FLIGHT
        await state.finish(b, InnerResponse(200, [], b"answer-for-B"))  # B ends
        return await state.begin(scope, key, b"body-B")  # retry of B

    kept = asyncio.run(scenario())
    assert isinstance(kept, InnerResponse) and kept.body == b"answer-for-B"


# --- Valkey/Redis backend ----------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StateServer]:
    require_server_binary()
    running = start_server(tmp_path_factory.mktemp("valkey"))
    try:
        yield running
    finally:
        running.stop()


def _state(
    server: StateServer, *, claim_ttl_s: float = 30.0, prefix: str | None = None
) -> RedisState:
    return RedisState.from_url(
        server.url,
        window_s=60,
        idempotency_ttl_s=600,
        claim_ttl_s=claim_ttl_s,
        max_response_bytes=1 << 20,
        clock=time.time,
        prefix=prefix or f"t{os.urandom(4).hex()}:",
    )


def test_redis_replay_is_atomic_and_expires_with_the_window(server: StateServer) -> None:
    async def scenario() -> None:
        one, two = _state(server, prefix="same:"), _state(server, prefix="same:")
        enc = os.urandom(32)
        date = http_date(time.time())
        results = await asyncio.gather(
            *(s.check(enc, date) for s in (one, two) * 5), return_exceptions=True
        )
        accepted = [r for r in results if r is None]
        refused = [r for r in results if isinstance(r, Problem) and r.type == PROBLEM_REPLAY]
        assert (len(accepted), len(refused)) == (1, 9)
        ttl_ms = await one._redis.pttl(f"same:replay:{enc.hex()}")
        assert 0 < ttl_ms <= (60 + REPLICA_CLOCK_SLACK_S + 1) * 1000
        with pytest.raises(Problem):  # a Date past the future cap never reaches the store
            await one.check(os.urandom(32), http_date(time.time() + 30))
        await one.aclose()
        await two.aclose()

    asyncio.run(scenario())


def test_redis_spent_tokens_outlive_their_expiry_by_the_replica_clock_slack(
    server: StateServer,
) -> None:
    # A replica whose clock is behind still accepts a token up to the slack after its
    # expiry: the spent entry must last that long, or the token could be spent again.
    async def scenario() -> None:
        state = _state(server, prefix="spent-slack:")
        spent = RedisSpentTokens(state, prefix="spent-slack:")
        key, expires_at = os.urandom(16), time.time() + 1
        assert await spent.spend(key, expires_at) is True
        assert await spent.spend(key, expires_at) is False
        ttl_ms = await state._redis.pttl(f"spent-slack:{key.hex()}")
        assert REPLICA_CLOCK_SLACK_S * 1000 < ttl_ms <= (REPLICA_CLOCK_SLACK_S + 2) * 1000
        await state.aclose()

    asyncio.run(scenario())


def test_redis_claim_complete_conflict_and_release(server: StateServer) -> None:
    async def scenario() -> None:
        a = _state(server, prefix="idem:")
        b = _state(server, prefix="idem:")
        scope = idempotency_scope("bearer:alice", INFER)
        claim = _claimed(await a.begin(scope, "k", b"body"))
        with pytest.raises(Problem) as caught:
            await b.begin(scope, "k", b"body")
        assert caught.value.type == PROBLEM_IDEMPOTENCY_IN_FLIGHT
        await a.finish(claim, InnerResponse(200, [("content-type", "x/y")], b"\x00answer"))
        kept = await b.begin(scope, "k", b"body")
        assert isinstance(kept, InnerResponse) and kept.body == b"\x00answer"
        assert kept.headers == [("content-type", "x/y"), ("idempotent-replayed", "true")]
        with pytest.raises(Problem) as caught:
            await b.begin(scope, "k", b"another body")
        assert caught.value.type == PROBLEM_IDEMPOTENCY_CONFLICT
        # A 5xx is not kept, and an aborted claim is released: both run again.
        await a.finish(_claimed(await a.begin(scope, "k5", b"body")), InnerResponse(502))
        await b.abort(_claimed(await b.begin(scope, "k5", b"body")))
        _claimed(await a.begin(scope, "k5", b"body"))
        # No client text in key names.
        names = [n.decode() for n in await a._redis.keys("idem:*")]
        assert names and not any("alice" in n or ":k" in n.split("idem:", 1)[1] for n in names)
        await a.aclose()
        await b.aclose()

    asyncio.run(scenario())


def test_redis_expired_claim_cannot_clobber_the_next_owner(server: StateServer) -> None:
    async def scenario() -> None:
        slow = _state(server, claim_ttl_s=0.05, prefix="clob:")
        fast = _state(server, prefix="clob:")
        late = _claimed(await slow.begin("s", "k", b"body"))
        await asyncio.sleep(0.1)  # the slow replica's claim expires (real server TTL)
        mine = _claimed(await fast.begin("s", "k", b"body"))
        await slow.finish(late, InnerResponse(200, [], b"late"))  # must not overwrite
        with pytest.raises(Problem) as caught:
            await slow.begin("s", "k", b"body")
        assert caught.value.type == PROBLEM_IDEMPOTENCY_IN_FLIGHT
        await fast.finish(mine, InnerResponse(200, [], b"mine"))
        kept = await slow.begin("s", "k", b"body")
        assert isinstance(kept, InnerResponse) and kept.body == b"mine"
        await slow.aclose()
        await fast.aclose()

    asyncio.run(scenario())


def test_redis_expired_claim_on_the_same_replica_cannot_answer_the_next(
    server: StateServer,
) -> None:
    # R6: one RedisState (one replica) holds both claims; A's claim expires while A runs
    # and B re-claims. A's finish() must not store A's answer under B's body digest.
    async def scenario() -> InnerResponse | IdempotencyClaim:
        state = _state(server, claim_ttl_s=0.2, prefix="same:")
        scope, key = idempotency_scope("bearer:alice", INFER), "k1"
        a = _claimed(await state.begin(scope, key, b"body-A"))  # A claims, runs long
        await asyncio.sleep(0.4)  # A's claim TTL passes (real server TTL)
        b = _claimed(await state.begin(scope, key, b"body-B"))  # B claims, same replica
        await state.finish(a, InnerResponse(200, [], b"answer-for-A"))  # A ends
        await state.abort(a)  # a stray abort of A's must not release B's claim
        with pytest.raises(Problem) as caught:
            await state.begin(scope, key, b"body-B")
        assert caught.value.type == PROBLEM_IDEMPOTENCY_IN_FLIGHT
        await state.finish(b, InnerResponse(200, [], b"answer-for-B"))  # B ends
        kept = await state.begin(scope, key, b"body-B")  # retry of B
        await state.aclose()
        return kept

    kept = asyncio.run(scenario())
    assert isinstance(kept, InnerResponse) and kept.body == b"answer-for-B"


def test_redis_unreachable_fails_closed(tmp_path: Path) -> None:
    from tests._gateway_process import free_port

    async def scenario() -> None:
        state = RedisState.from_url(
            f"redis://127.0.0.1:{free_port()}/0",
            timeout_s=0.5,
            window_s=60,
            idempotency_ttl_s=600,
            claim_ttl_s=30,
            max_response_bytes=1 << 20,
            clock=time.time,
        )
        for call in (
            state.check(os.urandom(32), http_date(time.time())),
            state.begin("s", "k", b"x"),
        ):
            with pytest.raises(Problem) as caught:
                await call
            assert caught.value.status == 503
        assert not await state.ping()
        await state.aclose()

    asyncio.run(scenario())


# --- the client's error ------------------------------------------------------------------


def test_client_raises_its_own_error_for_a_narrowed_window_not_clock_skew() -> None:
    config, private = generate_key_config(1)
    sealed, context = encapsulate_request(config, b"\x00")  # content irrelevant here
    _, server_context = decapsulate_request(gateway_keys((config, private)), sealed)
    problem = narrowed_problem(2).response()
    inner = BinaryResponse(
        problem.status,
        [(k.encode(), v.encode()) for k, v in problem.headers],
        problem.body,
    ).encode()
    reply = HttpReply(
        200, {"content-type": "message/ohttp-res"}, server_context.encapsulate_response(inner)
    )
    with pytest.raises(ReplayWindowNarrowedError) as caught:
        parse_ohttp_reply(reply, context, CloudEndpoint("https://gw.invalid"))
    error = caught.value
    assert not isinstance(error, ClockSkewError)
    assert (error.status, error.problem_type, error.retry_after_s) == (
        503,
        PROBLEM_REPLAY_WINDOW_NARROWED,
        2,
    )
    verdict = classify(error, idempotent=False)
    assert verdict.retryable  # nothing ran: a fresh request is safe to send


# --- settings ----------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "127.0.0.1:6379", "valkey://h"])
def test_a_state_url_that_is_not_redis_is_a_clear_error(url: str) -> None:
    from pydantic import ValidationError

    from hybridsdk.gateway._config import GatewayConfig

    with pytest.raises(ValidationError, match="redis://"):
        GatewayConfig(state_url=url)


def test_cli_rejects_bad_state_flags_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hybridsdk.cli._main import main

    assert main(["gateway", "--state-url", "http://127.0.0.1:6379"]) != 0
    assert "must start with redis://" in capsys.readouterr().err
    assert main(["gateway", "--max-future-skew-s", "-1"]) != 0
    assert "max_future_skew_s" in capsys.readouterr().err
