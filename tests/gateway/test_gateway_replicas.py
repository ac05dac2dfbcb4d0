"""Two real gateway replicas sharing one real Valkey/Redis server (issue 9.4).

A ciphertext accepted by one replica is a replay on the other; an Idempotency-Key answered
by one is answered from the store by the other; concurrent duplicates across replicas run
the model once (counted at a real upstream gateway both replicas forward to); and when the
store is down the gateway fails closed.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hybridsdk.gateway._problems import (
    PROBLEM_REPLAY,
    PROBLEM_STATE_UNAVAILABLE,
)
from tests._gateway_process import (
    GatewayProcess,
    build_affine_zoo,
    fetch_configs,
    infer_body,
    ohttp_call,
    run_gateway,
    seal,
    unseal,
)
from tests._state_server import StateServer, require_server_binary, start_server

pytestmark = pytest.mark.slow  # three gateway processes and a store server

INFER = "/v2/models/affine/infer"
BODY = infer_body("x", [[1.0, 2.0, 3.0]])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StateServer]:
    require_server_binary()
    server = start_server(tmp_path_factory.mktemp("valkey"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory, store: StateServer
) -> Iterator[tuple[GatewayProcess, GatewayProcess, GatewayProcess]]:
    """(backend, replica A, replica B): both replicas forward to the backend."""
    root = tmp_path_factory.mktemp("replicas")
    zoo = build_affine_zoo(root / "zoo")
    keys = root / "keys"
    with (
        run_gateway("--models", str(zoo), "--no-access-log", log_dir=root) as backend,
        run_gateway(
            "--upstream", backend.url, "--state-url", store.url, keys_dir=keys, log_dir=root
        ) as a,
        run_gateway(
            "--upstream", backend.url, "--state-url", store.url, keys_dir=keys, log_dir=root
        ) as b,
    ):
        yield backend, a, b


def _backend_runs(client: httpx.Client, backend: GatewayProcess) -> int:
    text = client.get(f"{backend.url}/metrics").text
    found = re.findall(
        r'hybridsdk_gateway_requests_total\{route="/v2/models/\{name\}/infer",'
        r'method="POST",status="200",transport="plain"\} (\d+)',
        text,
    )
    return sum(int(n) for n in found)


def test_a_replay_to_the_other_replica_is_rejected(cluster) -> None:  # type: ignore[no-untyped-def]
    _, a, b = cluster
    with httpx.Client(timeout=10) as client:
        config = fetch_configs(client, a.url)[0]
        sealed, context = seal(config, "POST", INFER, body=BODY, date_s=time.time())
        headers = {"content-type": "message/ohttp-req"}
        first = unseal(
            context,
            client.post(f"{a.url}/.well-known/ohttp-gateway", content=sealed, headers=headers),
        )
        assert first.status == 200
        again = unseal(
            context,
            client.post(f"{b.url}/.well-known/ohttp-gateway", content=sealed, headers=headers),
        )
        assert again.status == 400
        assert json.loads(again.content)["type"] == PROBLEM_REPLAY
        # And on the same replica too, of course.
        same = unseal(
            context,
            client.post(f"{a.url}/.well-known/ohttp-gateway", content=sealed, headers=headers),
        )
        assert json.loads(same.content)["type"] == PROBLEM_REPLAY


def test_a_repeated_key_on_the_other_replica_gets_the_stored_answer(cluster) -> None:  # type: ignore[no-untyped-def]
    backend, a, b = cluster
    key = [("idempotency-key", f"repeat-{time.time_ns()}")]
    with httpx.Client(timeout=10) as client:
        config = fetch_configs(client, a.url)[0]
        runs = _backend_runs(client, backend)
        first = ohttp_call(client, a.url, config, "POST", INFER, body=BODY, headers=key)
        assert first.status == 200
        second = ohttp_call(client, b.url, config, "POST", INFER, body=BODY, headers=key)
        assert second.status == 200 and second.content == first.content
        assert dict(second.headers)[b"idempotent-replayed"] == b"true"
        assert _backend_runs(client, backend) == runs + 1
        # The same key with another body is refused on either replica.
        other = infer_body("x", [[9.0, 9.0, 9.0]])
        clash = ohttp_call(client, b.url, config, "POST", INFER, body=other, headers=key)
        assert clash.status == 422


def test_concurrent_duplicates_across_replicas_run_the_model_once(cluster) -> None:  # type: ignore[no-untyped-def]
    backend, a, b = cluster
    key = {"idempotency-key": f"race-{time.time_ns()}", "content-type": "application/json"}
    with httpx.Client(timeout=10) as client:
        runs = _backend_runs(client, backend)

    def post(url: str) -> httpx.Response:
        with httpx.Client(timeout=10) as one:
            return one.post(f"{url}{INFER}", content=BODY, headers=key)

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(post, [a.url, b.url] * 4))
    statuses = sorted(r.status_code for r in answers)
    assert set(statuses) <= {200, 409}, statuses
    fresh = [r for r in answers if r.status_code == 200 and "idempotent-replayed" not in r.headers]
    assert len(fresh) == 1, statuses
    with httpx.Client(timeout=10) as client:
        assert _backend_runs(client, backend) == runs + 1
        # Once finished, every later duplicate gets the stored answer.
        late = client.post(f"{b.url}{INFER}", content=BODY, headers=key)
        assert late.status_code == 200 and late.headers["idempotent-replayed"] == "true"
        assert _backend_runs(client, backend) == runs + 1


def test_keys_are_scoped_per_route_across_replicas(cluster) -> None:  # type: ignore[no-untyped-def]
    """The same key on another route is another key, on every replica."""
    backend, a, b = cluster
    key = {"idempotency-key": f"scope-{time.time_ns()}", "content-type": "application/json"}
    with httpx.Client(timeout=10) as client:
        runs = _backend_runs(client, backend)
        assert client.post(f"{a.url}{INFER}", content=BODY, headers=key).status_code == 200
        versioned = client.post(
            f"{b.url}/v2/models/affine/versions/1/infer", content=BODY, headers=key
        )
        assert "idempotent-replayed" not in versioned.headers
        assert _backend_runs(client, backend) >= runs + 1


def test_store_outage_fails_closed_then_recovers(tmp_path: Path) -> None:
    require_server_binary()
    server = start_server(tmp_path / "valkey")
    zoo = build_affine_zoo(tmp_path / "zoo")
    try:
        with (
            run_gateway("--models", str(zoo), "--state-url", server.url, log_dir=tmp_path) as gw,
            httpx.Client(timeout=10) as client,
        ):
            config = fetch_configs(client, gw.url)[0]
            assert ohttp_call(client, gw.url, config, "POST", INFER, body=BODY).status == 200
            server.stop()
            down = ohttp_call(client, gw.url, config, "POST", INFER, body=BODY)
            assert down.status == 503
            problem = json.loads(down.content)
            assert problem["type"] == PROBLEM_STATE_UNAVAILABLE
            assert dict(down.headers)[b"retry-after"] == b"1"
            key = {"idempotency-key": "k-outage", "content-type": "application/json"}
            plain = client.post(f"{gw.url}{INFER}", content=BODY, headers=key)
            assert plain.status_code == 503
            assert plain.json()["type"] == PROBLEM_STATE_UNAVAILABLE
            assert "redis://" not in gw.log()  # the store's address stays out of the log
            # The store comes back on the same port: the gateway serves again.
            server = start_server(tmp_path / "valkey", port=server.port)
            deadline = time.monotonic() + 10
            while True:
                answer = ohttp_call(client, gw.url, config, "POST", INFER, body=BODY)
                if answer.status == 200 or time.monotonic() > deadline:
                    break
                time.sleep(0.1)  # waiting for a reconnect to a child process
            assert answer.status == 200
            log = gw.log()
            assert log.count("shared state store failed") == 1  # one line per outage
            assert "shared state store answers again" in log
    finally:
        server.stop()


ALICE = "alice-" + secrets.token_urlsafe(24)
MALLORY = "mallory-" + secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def authed_pair(
    tmp_path_factory: pytest.TempPathFactory, store: StateServer
) -> Iterator[tuple[GatewayProcess, GatewayProcess]]:
    """Two replicas with bearer tokens, one shared store."""
    root = tmp_path_factory.mktemp("authed")
    tokens = root / "tokens"
    tokens.write_text(f"alice:{ALICE}\nmallory:{MALLORY}\n", encoding="utf-8")
    os.chmod(tokens, 0o600)
    zoo = build_affine_zoo(root / "zoo")
    args = ("--models", str(zoo), "--bearer-tokens", str(tokens), "--state-url", store.url)
    keys = root / "keys"
    with (
        run_gateway(*args, keys_dir=keys, log_dir=root) as a,
        run_gateway(*args, keys_dir=keys, log_dir=root) as b,
    ):
        yield a, b


def test_keys_are_scoped_per_authorized_client_across_replicas(authed_pair) -> None:  # type: ignore[no-untyped-def]
    """Mallory cannot plant, nor read, an answer under a key Alice uses (real bearer tokens)."""
    a, b = authed_pair
    key = f"shared-{time.time_ns()}"
    other = infer_body("x", [[7.0, 7.0, 7.0]])

    def post(url: str, token: str, body: bytes) -> httpx.Response:
        headers = {
            "authorization": f"Bearer {token}",
            "idempotency-key": key,
            "content-type": "application/json",
        }
        return client.post(f"{url}{INFER}", content=body, headers=headers)

    with httpx.Client(timeout=10) as client:
        planted = post(a.url, MALLORY, other)  # Mallory uses the key first, with her body
        assert planted.status_code == 200
        mine = post(b.url, ALICE, BODY)  # Alice is neither refused (422) nor served Mallory's
        assert mine.status_code == 200 and "idempotent-replayed" not in mine.headers
        assert mine.json()["outputs"][0]["data"] == [3.0, 5.0, 7.0]
        again = post(a.url, ALICE, BODY)  # Alice's repeat, other replica: her stored answer
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == mine.json()
