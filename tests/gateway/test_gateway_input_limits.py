"""Work limits and input errors, in-process (httpx ASGITransport) with a tiny ONNX model:
batch / element / string limits (413) checked before any tensor is built, inputs that used
to give 500 (huge shapes, deep nesting) now 400, null and NaN refused, and the bound on
concurrent model runs (503 + Retry-After)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hybridsdk._exceptions import EncodingError
from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.gateway._limits import (
    STRING_ALLOWANCE,
    ModelLimits,
    check_declared_work,
    check_raw_strings,
)
from hybridsdk.gateway._problems import (
    PROBLEM_BAD_REQUEST,
    PROBLEM_BUSY,
    PROBLEM_TOO_LARGE,
    Problem,
)
from hybridsdk.gateway._run_slots import RunSlots
from hybridsdk.wire._oip import decode_infer_request
from tests._fakes import FakeTime
from tests._gateway_process import build_affine_zoo, seal
from tests.gateway._asgi import keys_of, opened, post_sealed, problem, serve

pytestmark = pytest.mark.anyio

INFER = "/v2/models/affine/infer"


@pytest.fixture
def zoo(tmp_path: Path) -> Path:
    return build_affine_zoo(tmp_path / "zoo")


def tensor(shape: list[Any], data: Any, datatype: str = "FP32") -> bytes:
    return json.dumps(
        {"inputs": [{"name": "x", "shape": shape, "datatype": datatype, "data": data}]}
    ).encode()


async def post(client: httpx.AsyncClient, body: bytes | str) -> httpx.Response:
    return await client.post(INFER, content=body, headers={"content-type": "application/json"})


def app_for(zoo: Path, **settings: Any) -> Any:
    return create_app(
        GatewayConfig(models_dir=zoo, access_log=False, **settings), clock=FakeTime(1_700_000_000.0)
    )


# --- inputs that gave 500 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, fragment",
    [
        (tensor([2**63, 0], []), "dimension over the limit"),
        (tensor([0, 10**30], []), "dimension over the limit"),
        (tensor([0] * 70, []), "not usable"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            b'{"inputs":[{"name":"x","shape":[1,3],"datatype":"FP32","data":'
            + b"[" * 100
            + b"1"
            + b"]" * 100
            + b"}]}",
            "does not fit",
        ),
        (tensor([1, 3], [1.0, None, 3.0]), "null, NaN or an infinity"),
        (
            b'{"inputs":[{"name":"x","shape":[1,3],"datatype":"FP32","data":[1,NaN,3]}]}',
            "null, NaN or an infinity",
        ),
        (
            b'{"inputs":[{"name":"x","shape":[1,3],"datatype":"FP32","data":[1,2,Infinity]}]}',
            "null, NaN or an infinity",
        ),
        (tensor([1, 3], [1, 2, 1e400]), "null, NaN or an infinity"),
    ],
)
async def test_bad_inputs_are_400_problems_without_error_logs(
    zoo: Path, caplog: pytest.LogCaptureFixture, body: bytes, fragment: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="hybridsdk")
    # Limits high enough that the decoder, not the work limits, sees these.
    huge = ModelLimits(max_batch_size=10**40, max_elements=10**40)
    async with serve(app_for(zoo, limits=huge)) as client:
        answer = await post(client, body)
        # With the default limits a huge batch is refused even earlier (413); never 500.
        async with serve(app_for(zoo)) as default_client:
            assert (await post(default_client, body)).status_code in (400, 413)
    assert answer.status_code == 400, answer.text
    details = problem(answer)
    assert details["type"] == PROBLEM_BAD_REQUEST
    assert fragment in details["detail"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_bytes_values_must_be_strings() -> None:
    for data in ([None], [1], [True], [1.5]):
        body = json.dumps(
            {"inputs": [{"name": "t", "shape": [1, 1], "datatype": "BYTES", "data": data}]}
        )
        with pytest.raises(EncodingError, match="BYTES data must be a list of strings"):
            decode_infer_request(body)
    ok = json.dumps(
        {"inputs": [{"name": "t", "shape": [1, 1], "datatype": "BYTES", "data": ["a"]}]}
    )
    assert decode_infer_request(ok).tensors["t"].tolist() == [["a"]]


def test_client_side_decoding_still_reads_nan_outputs() -> None:
    """Only requests are strict: a server's NaN output reaches the caller as NaN."""
    from hybridsdk.wire._oip import decode_infer_response

    body = '{"model_name":"m","outputs":[{"name":"y","shape":[1],"datatype":"FP32","data":[NaN]}]}'
    assert str(decode_infer_response(body).tensors["y"][0]) == "nan"


# --- work limits ---------------------------------------------------------------------------


async def test_batch_over_the_limit_is_413_and_per_model_limits_apply(zoo: Path) -> None:
    rows = 5
    body = tensor([rows, 3], [0.5] * (rows * 3))
    async with serve(app_for(zoo, limits=ModelLimits(max_batch_size=4))) as client:
        answer = await post(client, body)
        assert answer.status_code == 413
        details = problem(answer)
        assert details["type"] == PROBLEM_TOO_LARGE
        assert "at most 4 rows" in details["detail"] and "has 5" in details["detail"]
        assert (await post(client, tensor([4, 3], [0.5] * 12))).status_code == 200
    per_model = {"affine": ModelLimits(max_batch_size=8)}
    settings = {"limits": ModelLimits(max_batch_size=4), "model_limits": per_model}
    async with serve(app_for(zoo, **settings)) as client:
        assert (await post(client, body)).status_code == 200


async def test_element_limit_counts_data_longer_than_the_shape(zoo: Path) -> None:
    limits = ModelLimits(max_elements=30)
    async with serve(app_for(zoo, limits=limits)) as client:
        answer = await post(client, tensor([11, 3], [0.0] * 33))
        assert answer.status_code == 413 and "33" in problem(answer)["detail"]
        # The shape claims 3 values, the data carries 1,000: refused before numpy sees it.
        answer = await post(client, tensor([1, 3], [0.0] * 1000))
        assert answer.status_code == 413 and "1000" in problem(answer)["detail"]


def test_string_limit_is_separate_and_checked_on_declared_shapes() -> None:
    limits = ModelLimits(max_batch_size=10**6, max_elements=10**6, max_bytes_elements=100)
    strings = {"inputs": [{"name": "t", "shape": [101, 1], "datatype": "BYTES", "data": []}]}
    with pytest.raises(Problem) as caught:
        check_declared_work(strings, limits, model="intent")
    assert caught.value.status == 413 and "strings" in caught.value.detail
    numbers = {"inputs": [{"name": "t", "shape": [101, 1], "datatype": "FP32", "data": []}]}
    check_declared_work(numbers, limits, model="intent")
    # Two inputs add up.
    two = {"inputs": [{**strings["inputs"][0], "shape": [60, 1], "name": n} for n in "ab"]}
    with pytest.raises(Problem, match="120"):
        check_declared_work(two, limits, model="intent")


async def test_a_body_of_many_strings_is_refused_before_it_is_parsed(
    zoo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hybridsdk.wire import _oip

    def no_parsing(body: Any) -> Any:
        raise AssertionError("the body was parsed")

    item = {"name": "x", "shape": [200_000, 1], "datatype": "BYTES", "data": ["ab"] * 200_000}
    strings = json.dumps({"inputs": [item]}, separators=(",", ":")).encode()
    assert len(strings) < 1 << 20  # under the body cap
    async with serve(app_for(zoo)) as client:
        monkeypatch.setattr(_oip, "_load", no_parsing)
        answer = await post(client, strings)
    assert answer.status_code == 413
    details = problem(answer)
    assert details["type"] == PROBLEM_TOO_LARGE
    assert (
        "at most 256 strings" in details["detail"]
        and "at least 200007 JSON strings" in details["detail"]
    )


def test_the_raw_string_count_never_refuses_a_valid_request() -> None:
    limits = ModelLimits(max_bytes_elements=4)
    # Escaped quotes inside strings, and as many keys as the allowance: still fine.
    text = 'say "hi" \\"there\\" ' * 1000
    body = {
        "id": "r1",
        "inputs": [{"name": "t", "shape": [4, 1], "datatype": "BYTES", "data": [text] * 4}],
        "parameters": {f"k{i}": f"v{i}" for i in range((STRING_ALLOWANCE - 20) // 2)},
    }
    raw = json.dumps(body).encode()
    check_raw_strings(raw, limits, model="m")
    check_declared_work(json.loads(raw), limits, model="m")
    many = json.dumps({"data": ["x"] * (4 + STRING_ALLOWANCE + 1)}).encode()
    with pytest.raises(Problem, match="at least 1030"):
        check_raw_strings(many, limits, model="m")


async def test_limits_apply_inside_ohttp(zoo: Path) -> None:
    clock = FakeTime(1_700_000_000.0)
    app = create_app(
        GatewayConfig(models_dir=zoo, access_log=False, limits=ModelLimits(max_batch_size=1)),
        clock=clock,
    )
    async with serve(app) as client:
        config = await keys_of(client)
        enc, ctx = seal(config, "POST", INFER, body=tensor([2, 3], [1.0] * 6), date_s=clock.now)
        inner = opened(ctx, await post_sealed(client, enc))
    assert inner.status == 413
    assert problem(inner)["type"] == PROBLEM_TOO_LARGE


def test_limits_config_is_checked() -> None:
    with pytest.raises(ValueError):
        ModelLimits(max_batch_size=0)
    with pytest.raises(ValueError):
        ModelLimits.model_validate({"max_rows": 3})
    with pytest.raises(ValueError):
        GatewayConfig(max_concurrent_runs=0)


# --- concurrent runs -----------------------------------------------------------------------


async def test_run_slots_queue_then_refuse_with_retry_after() -> None:
    slots = RunSlots(max_running=1, max_waiting=1, retry_after_s=2.5)
    release = asyncio.Event()
    entered: list[int] = []

    async def hold(i: int) -> None:
        async with slots.slot():
            entered.append(i)
            await release.wait()

    first = asyncio.create_task(hold(1))
    second = asyncio.create_task(hold(2))
    await asyncio.sleep(0)
    assert entered == [1] and slots.admitted == 2
    with pytest.raises(Problem) as caught:
        async with slots.slot():
            pass
    assert caught.value.status == 503 and caught.value.type == PROBLEM_BUSY
    assert ("retry-after", "3") in caught.value.headers
    release.set()
    await asyncio.gather(first, second)
    assert entered == [1, 2] and slots.admitted == 0
    async with slots.slot():
        assert slots.admitted == 1
    with pytest.raises(ValueError):
        RunSlots(max_running=0, max_waiting=0)


async def test_busy_gateway_answers_503_with_retry_after(
    zoo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runs at once on a gateway with one slot and no queue: one is refused."""
    from hybridsdk.gateway import _models

    started = asyncio.Event()
    loop = asyncio.get_running_loop()
    gate = asyncio.Event()
    real_run = _models.ServedModel.run

    def slow_run(self: Any, feeds: Any, outputs: Any) -> Any:
        loop.call_soon_threadsafe(started.set)
        asyncio.run_coroutine_threadsafe(gate.wait(), loop).result(timeout=10)
        return real_run(self, feeds, outputs)

    monkeypatch.setattr(_models.ServedModel, "run", slow_run)
    app = app_for(zoo, max_concurrent_runs=1, max_waiting_runs=0)
    async with serve(app) as client:
        first = asyncio.create_task(post(client, tensor([1, 3], [1.0, 2.0, 3.0])))
        await asyncio.wait_for(started.wait(), 10)
        second = await post(client, tensor([1, 3], [1.0, 2.0, 3.0]))
        gate.set()
        assert (await first).status_code == 200
    assert second.status_code == 503
    assert second.headers["retry-after"] == "1"
    assert problem(second)["type"] == PROBLEM_BUSY


async def test_oversized_chunked_bodies_give_back_their_share_of_the_body_budget() -> None:
    # The chunk that crosses the size limit was taken from the shared budget and never
    # given back: twenty oversized uploads shrank a 2 MiB budget to about 1 MiB for good,
    # after which one stalled upload made every other body a 503.
    config = GatewayConfig(max_body_bytes=1 << 20, max_pending_body_bytes=2 << 20, access_log=False)
    app = create_app(config, clock=FakeTime(1_700_000_000.0))
    piece = 64 * 1024

    async def oversized() -> AsyncIterator[bytes]:
        for _ in range(17):  # 17 x 64 KiB > 1 MiB, chunked (no Content-Length)
            yield b"x" * piece

    async def stalled(release: asyncio.Event) -> AsyncIterator[bytes]:
        yield b"x" * (900 * 1024)
        await release.wait()
        yield b"x"

    async def small_beside_a_stalled_upload(client: httpx.AsyncClient) -> int:
        release = asyncio.Event()
        slow = asyncio.create_task(client.post("/v2/models/nope/infer", content=stalled(release)))
        await asyncio.sleep(0.2)
        answer = await client.post("/v2/models/nope/infer", content=b"{}" * 100_000)
        release.set()
        await slow
        return answer.status_code

    async with serve(app) as client:
        assert await small_beside_a_stalled_upload(client) == 404  # the body got through
        for _ in range(20):
            answer = await client.post("/v2/models/nope/infer", content=oversized())
            assert answer.status_code == 413
        assert await small_beside_a_stalled_upload(client) == 404
