"""`drive` / `adrive`: the one driver pair for the SDK's sans-I/O generators."""

from __future__ import annotations

import threading
from collections.abc import Generator
from typing import Any

import pytest

from hybridsdk._trampoline import Call, adrive, arun_call, drive, run_call


def _flow(log: list[str]) -> Generator[int, Any, str]:
    try:
        total = yield 1
        try:
            total += yield 2
        except KeyError as exc:
            log.append(f"handled {exc.args[0]}")
            total += 100
        return f"total {total}"
    finally:
        log.append("closed")


def _double(step: int) -> int:
    if step == 2 and _double.fail:  # type: ignore[attr-defined]
        raise KeyError("two")
    return step * 2


def test_drive_sends_replies_and_returns_the_value() -> None:
    log: list[str] = []
    _double.fail = False  # type: ignore[attr-defined]
    assert drive(_flow(log), _double) == "total 6"
    assert log == ["closed"]


def test_drive_throws_errors_in_where_the_flow_asked() -> None:
    log: list[str] = []
    _double.fail = True  # type: ignore[attr-defined]
    assert drive(_flow(log), _double) == "total 102"
    assert log == ["handled two", "closed"]


def test_an_unhandled_error_propagates_and_closes_the_flow() -> None:
    log: list[str] = []

    def boom(step: int) -> int:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        drive(_flow(log), boom)
    assert log == ["closed"]


@pytest.mark.anyio
@pytest.mark.parametrize("offload", [False, True])
async def test_adrive_matches_drive(offload: bool) -> None:
    log: list[str] = []
    threads: list[bool] = []

    def flow() -> Generator[int, Any, str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return (yield from _flow(log))

    async def run(step: int) -> int:
        _double.fail = True  # type: ignore[attr-defined]
        return _double(step)

    assert await adrive(flow(), run, offload=offload) == "total 102"
    assert log == ["handled two", "closed"]
    assert threads == [not offload]  # offload: the flow's own code runs in a worker thread


@pytest.mark.anyio
async def test_calls_block_only_in_worker_threads() -> None:
    main = threading.main_thread

    def where() -> bool:
        return threading.current_thread() is main()

    async def coro() -> str:
        return "awaited"

    assert run_call(Call(where, blocking=True)) is True
    assert await arun_call(Call(where, blocking=True)) is False
    assert await arun_call(Call(coro)) == "awaited"
    assert run_call(Call(divmod, (7, 2))) == (3, 1)
    assert await arun_call(Call(max, kwargs={"default": 5}, args=([],), blocking=True)) == 5
