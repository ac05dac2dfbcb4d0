"""Gateway building blocks on fake clocks: replay window, idempotency, metrics, key store."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.cli._main import main
from hybridsdk.gateway._idempotency import (
    IdempotencyClaim,
    IdempotencyStore,
    parse_idempotency_key,
)
from hybridsdk.gateway._keystore import (
    KeyRing,
    generate_keys,
    load_keys,
    read_keys,
    retire_keys,
    rotate_keys,
)
from hybridsdk.gateway._metrics import GatewayMetrics
from hybridsdk.gateway._oip_routes import match_route
from hybridsdk.gateway._problems import (
    PROBLEM_DATE,
    PROBLEM_IDEMPOTENCY_CONFLICT,
    PROBLEM_IDEMPOTENCY_IN_FLIGHT,
    PROBLEM_REPLAY,
    PROBLEM_REPLAY_WINDOW_NARROWED,
    InnerResponse,
    Problem,
)
from hybridsdk.gateway._replay import ReplayGuard, http_date, parse_http_date
from hybridsdk.wire._keyconfig import parse_key_configs
from tests._fakes import FakeTime
from tests._prometheus import parse_prometheus

# --- replay ------------------------------------------------------------------------------


def _guard(clock: FakeTime, *, max_entries: int = 100, require_date: bool = True) -> ReplayGuard:
    return ReplayGuard(window_s=60, max_entries=max_entries, require_date=require_date, clock=clock)


def test_http_date_round_trip() -> None:
    assert http_date(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT"
    assert parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777
    assert parse_http_date("yesterday") is None


def test_replay_accepts_once_then_rejects_same_key_share() -> None:
    clock = FakeTime(1_700_000_000.0)
    guard = _guard(clock)
    guard.check(b"a" * 32, http_date(clock.now))
    guard.check(b"b" * 32, http_date(clock.now))
    with pytest.raises(Problem) as caught:
        guard.check(b"a" * 32, http_date(clock.now))
    assert caught.value.type == PROBLEM_REPLAY
    assert caught.value.status == 400


@pytest.mark.parametrize("skew", [-61, 6, 61, -3600])
def test_date_outside_window_is_rejected_with_gateway_date(skew: float) -> None:
    clock = FakeTime(1_700_000_000.0)
    with pytest.raises(Problem) as caught:
        _guard(clock).check(b"a" * 32, http_date(clock.now + skew))
    problem = caught.value
    assert (problem.status, problem.type) == (400, PROBLEM_DATE)
    assert dict(problem.headers)["date"] == http_date(clock.now)


def test_date_inside_window_is_accepted() -> None:
    clock = FakeTime(1_700_000_000.0)
    guard = _guard(clock)
    guard.check(b"a" * 32, http_date(clock.now - 59))
    guard.check(b"b" * 32, http_date(clock.now + 5))  # a few seconds ahead at most
    assert len(guard) == 2


def test_missing_or_bad_date() -> None:
    clock = FakeTime(1_700_000_000.0)
    with pytest.raises(Problem, match="no Date header"):
        _guard(clock).check(b"a" * 32, None)
    with pytest.raises(Problem, match="not an HTTP date"):
        _guard(clock).check(b"a" * 32, "tomorrow")
    lenient = _guard(clock, require_date=False)
    lenient.check(b"a" * 32, None)
    with pytest.raises(Problem):
        lenient.check(b"a" * 32, None)


def test_replay_entries_expire_and_a_late_replay_fails_on_its_date() -> None:
    clock = FakeTime(1_700_000_000.0)
    guard = _guard(clock)
    sent = clock.now
    guard.check(b"a" * 32, http_date(sent))
    clock.now += 61
    guard.check(b"c" * 32, http_date(clock.now))  # triggers expiry
    assert len(guard) == 1
    with pytest.raises(Problem) as caught:
        guard.check(b"a" * 32, http_date(sent))
    assert caught.value.type == PROBLEM_DATE


def test_full_replay_table_narrows_the_window_instead_of_forgetting() -> None:
    clock = FakeTime(1_700_000_000.0)
    guard = _guard(clock, max_entries=2)
    guard.check(b"1" * 32, http_date(clock.now - 30))
    guard.check(b"2" * 32, http_date(clock.now - 20))
    guard.check(b"3" * 32, http_date(clock.now - 10))  # evicts "1"
    assert len(guard) == 2
    # "1" is no longer in the table, but its replay is refused all the same.
    with pytest.raises(Problem) as caught:
        guard.check(b"1" * 32, http_date(clock.now - 30))
    assert (caught.value.status, caught.value.type) == (503, PROBLEM_REPLAY_WINDOW_NARROWED)
    with pytest.raises(Problem) as caught:
        guard.check(b"3" * 32, http_date(clock.now - 10))
    assert caught.value.type == PROBLEM_REPLAY


# --- idempotency -------------------------------------------------------------------------


def _store(clock: FakeTime, **kwargs: int) -> IdempotencyStore:
    params = {"max_entries": 100, "max_bytes": 1 << 20, **kwargs}
    return IdempotencyStore(ttl_s=600, clock=clock, **params)


def _claim(store: IdempotencyStore, scope: str, key: str, body: bytes) -> IdempotencyClaim:
    claim = store.begin(scope, key, body)
    assert isinstance(claim, IdempotencyClaim), claim
    return claim


def test_idempotency_hit_conflict_and_in_flight() -> None:
    clock = FakeTime(1_700_000_000.0)
    store = _store(clock)
    claim = _claim(store, "s", "k1", b"body")
    with pytest.raises(Problem) as caught:
        store.begin("s", "k1", b"body")
    assert caught.value.status == 409
    store.finish(claim, InnerResponse(200, [("content-type", "application/json")], b"{}"))
    kept = store.begin("s", "k1", b"body")
    assert isinstance(kept, InnerResponse) and kept.status == 200 and kept.body == b"{}"
    assert kept.header("idempotent-replayed") == "true"
    with pytest.raises(Problem) as caught:
        store.begin("s", "k1", b"other body")
    assert (caught.value.status, caught.value.type) == (422, PROBLEM_IDEMPOTENCY_CONFLICT)
    # Another scope is another key space.
    _claim(store, "t", "k1", b"other body")


def test_idempotency_does_not_keep_server_errors_and_aborts() -> None:
    store = _store(FakeTime(1_700_000_000.0))
    store.finish(_claim(store, "s", "k", b"x"), InnerResponse(502))
    store.abort(_claim(store, "s", "k", b"x"))  # runs again
    _claim(store, "s", "k", b"x")


def test_idempotency_expires_and_is_bounded() -> None:
    clock = FakeTime(1_700_000_000.0)
    store = _store(clock, max_entries=3, max_bytes=1000)
    for i in range(5):
        store.finish(_claim(store, "s", f"k{i}", b"x"), InnerResponse(200, [], b"y" * 10))
    assert len(store) == 3
    _claim(store, "s", "k0", b"x")  # evicted: runs again
    store.finish(IdempotencyClaim("s", "big", object()), InnerResponse(200, [], b""))
    store.finish(_claim(store, "s", "huge", b"x"), InnerResponse(200, [], b"z" * 2000))
    _claim(store, "s", "huge", b"x")  # over the byte bound: not kept
    clock.now += 601
    _claim(store, "s", "k4", b"x")  # expired
    assert len(store) <= 2


def test_an_expired_claim_cannot_store_or_drop_the_next_claim_of_its_key() -> None:
    # A's claim expires while A still runs; B claims the key. A's late answer must not be
    # kept under B's body (B's retry would get A's answer), nor may A's abort drop B.
    clock = FakeTime(1_700_000_000.0)
    store = _store(clock)
    slow = _claim(store, "s", "k", b"body-A")
    clock.now += 601
    fast = _claim(store, "s", "k", b"body-B")
    store.finish(slow, InnerResponse(200, [], b"answer-for-A"))
    store.abort(slow)
    with pytest.raises(Problem) as caught:
        store.begin("s", "k", b"body-B")  # B still runs
    assert caught.value.type == PROBLEM_IDEMPOTENCY_IN_FLIGHT
    store.finish(fast, InnerResponse(200, [], b"answer-for-B"))
    kept = store.begin("s", "k", b"body-B")
    assert isinstance(kept, InnerResponse) and kept.body == b"answer-for-B"


@pytest.mark.parametrize("raw, key", [('"abc-1"', "abc-1"), ("abc", "abc"), (' "x" ', "x")])
def test_parse_idempotency_key(raw: str, key: str) -> None:
    assert parse_idempotency_key(raw) == key


@pytest.mark.parametrize("raw", ['""', "", "a" * 300, "bad\x01key"])
def test_parse_idempotency_key_rejects(raw: str) -> None:
    with pytest.raises(Problem):
        parse_idempotency_key(raw)


# --- routes ------------------------------------------------------------------------------


def test_match_route() -> None:
    assert match_route("/v2").template == "/v2"  # type: ignore[union-attr]
    infer = match_route("/v2/models/m a/versions/1/infer")
    assert infer is not None
    assert (infer.template, infer.method, infer.name, infer.version) == (
        "/v2/models/{name}/versions/{version}/infer",
        "POST",
        "m a",
        "1",
    )
    assert infer.upstream_path() == "/v2/models/m%20a/versions/1/infer"
    ready = match_route("/v2/models/m/ready")
    assert ready is not None and ready.method == "GET"
    assert match_route("/v2/models/m/x") is None
    assert match_route("/v2/repository/index") is None
    assert match_route("/admin") is None


# --- metrics -----------------------------------------------------------------------------


def test_metrics_render_parses_and_counts() -> None:
    metrics = GatewayMetrics()
    metrics.observe(route="/v2", method="GET", status=200, transport="plain", duration_s=0.002)
    metrics.observe(route="/v2", method="GET", status=200, transport="plain", duration_s=3.0)
    metrics.observe(route='we"ird\n', method="GET", status=404, transport="plain", duration_s=0)
    metrics.inc("replays_rejected_total")
    samples = parse_prometheus(metrics.render())
    key = (
        'hybridsdk_gateway_requests_total{route="/v2",method="GET",status="200",transport="plain"}'
    )
    assert samples[key] == 2
    hist = "hybridsdk_gateway_request_duration_seconds"
    assert samples[f'{hist}_bucket{{route="/v2",transport="plain",le="0.0025"}}'] == 1
    assert samples[f'{hist}_bucket{{route="/v2",transport="plain",le="5.0"}}'] == 2
    assert samples[f'{hist}_bucket{{route="/v2",transport="plain",le="+Inf"}}'] == 2
    assert samples[f'{hist}_count{{route="/v2",transport="plain"}}'] == 2
    assert samples[f'{hist}_sum{{route="/v2",transport="plain"}}'] == pytest.approx(3.002)
    assert samples["hybridsdk_gateway_replays_rejected_total"] == 1
    assert samples["hybridsdk_gateway_idempotent_hits_total"] == 0


# --- key store ---------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_generate_rotate_retire(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    first = generate_keys(keys, key_id=5, now=1000.0)
    assert _mode(keys) == 0o700
    files = sorted(keys.iterdir())
    assert [f.name for f in files] == ["key-005.json"]
    assert _mode(files[0]) == 0o600
    with pytest.raises(ConfigurationError, match="already holds keys"):
        generate_keys(keys)

    second = rotate_keys(keys, grace_s=3600, now=2000.0)
    assert second.config.key_id == 6
    current = load_keys(keys, now=2001.0)
    assert [k.config.key_id for k in current] == [6, 5]
    assert all(_mode(f) == 0o600 for f in keys.iterdir())
    # After the grace period only the new key is served.
    assert [k.config.key_id for k in load_keys(keys, now=2000.0 + 3601)] == [6]
    assert first.config.fingerprint != second.config.fingerprint
    assert retire_keys(keys) == [5]
    assert [k.config.key_id for k in read_keys(keys)] == [6]


def test_loose_or_corrupt_key_files_are_refused(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    generate_keys(keys, key_id=1)
    path = keys / "key-001.json"
    os.chmod(path, 0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        load_keys(keys)
    os.chmod(path, 0o600)
    record = json.loads(path.read_text())
    record["private_key"] = "00" * 32  # no longer matches the public key
    path.write_text(json.dumps(record))
    with pytest.raises(Exception, match="does not match"):
        load_keys(keys)
    record["config"] = "zz"
    path.write_text(json.dumps(record))
    with pytest.raises(ConfigurationError, match="not a valid gateway key"):
        load_keys(keys)
    with pytest.raises(ConfigurationError, match="does not exist"):
        load_keys(tmp_path / "missing")


def test_keyring_reloads_after_rotation_and_drops_retired(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    clock = FakeTime(10_000.0)
    generate_keys(keys, key_id=10, now=clock.now)
    ring = KeyRing(keys, clock=clock)
    assert ring.key_ids() == [10]
    rotate_keys(keys, grace_s=100, now=clock.now)
    assert [c.key_id for c in ring.configs()] == [11, 10]
    assert set(ring.gateway_keys()) == {10, 11}
    clock.now += 101
    assert [c.key_id for c in ring.configs()] == [11]
    assert set(ring.gateway_keys()) == {11}


def test_ephemeral_keyring_logs_fingerprint_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="hybridsdk.gateway")
    ring = KeyRing(None)
    (config,) = ring.configs()
    assert config.fingerprint in caplog.text
    assert "ephemeral" in caplog.text


def test_keys_cli_never_prints_private_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "k"
    assert main(["keys", "generate", "--keys", str(keys), "--key-id", "7"]) == 0
    assert main(["keys", "rotate", "--keys", str(keys), "--grace-hours", "1"]) == 0
    capsys.readouterr()
    assert main(["keys", "show", "--keys", str(keys), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [k["key_id"] for k in shown["keys"]] == [8, 7]
    assert [k["status"] for k in shown["keys"]] == ["current", "retiring"]
    served = parse_key_configs(bytes.fromhex(shown["ohttp_keys_hex"]))
    assert [c.fingerprint for c in served] == [k["fingerprint_sha256"] for k in shown["keys"]]
    privates = [json.loads(p.read_text())["private_key"] for p in keys.glob("key-*.json")]
    assert main(["keys", "show", "--keys", str(keys)]) == 0
    text = capsys.readouterr().out
    for secret in privates:
        assert secret not in text and secret not in json.dumps(shown)
    assert main(["keys", "rotate", "--keys", str(keys), "--retire"]) == 0
    assert [k.config.key_id for k in read_keys(keys)] == [8]
    assert main(["keys", "show", "--keys", str(tmp_path / "nope")]) == 1  # typed error


def test_gateway_cli_refuses_bad_options_before_serving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    both = ["gateway", "--models", str(tmp_path), "--upstream", "http://127.0.0.1:1"]
    assert main(both) == 1
    assert "--models or --upstream" in capsys.readouterr().err
    assert main(["gateway", "--upstream", "ftp://x"]) == 1
    assert "must start with http" in capsys.readouterr().err
    assert main(["gateway", "--keys", str(tmp_path / "missing")]) == 1
    assert "hybridsdk keys generate" in capsys.readouterr().err


def test_running_requests_are_never_evicted() -> None:
    # Evicting a running request's key would let a retry run it a second time.
    store = _store(FakeTime(1_700_000_000.0), max_entries=2)
    a = _claim(store, "s", "a", b"x")
    _claim(store, "s", "b", b"x")
    with pytest.raises(Problem) as caught:
        store.begin("s", "c", b"x")
    assert caught.value.status == 503
    with pytest.raises(Problem) as caught:
        store.begin("s", "a", b"x")  # still known, still running
    assert caught.value.status == 409
    store.finish(a, InnerResponse(200, [], b"{}"))
    _claim(store, "s", "c", b"x")  # a finished entry made room
    with pytest.raises(Problem):
        store.begin("s", "b", b"x")  # b is still running: kept


@pytest.mark.parametrize(
    "path", ["/v2/models/../infer", "/v2/models/./ready", "/v2/models/m/versions/../infer"]
)
def test_dot_segments_are_not_model_names(path: str) -> None:
    assert match_route(path) is None
