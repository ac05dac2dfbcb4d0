"""The async client keeps blocking work off the event loop and drains like the sync one."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import numpy as np
import pytest

from hybridsdk import AsyncClient, Client, Route
from hybridsdk.outbox._drain import DrainReport, DrainSchedule

PIXELS = np.zeros((1, 64), dtype=np.float32)


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


@pytest.mark.anyio
async def test_async_infer_reads_the_device_in_a_worker_thread() -> None:
    seen: list[tuple[bool, bool]] = []

    def reader() -> None:  # on a Pi this forks vcgencmd: milliseconds of blocking
        seen.append((_on_event_loop(), threading.current_thread() is threading.main_thread()))

    async with AsyncClient(device=reader) as client:
        result = await client.infer(inputs={"pixels": PIXELS})
        await client.infer(inputs={"pixels": PIXELS})  # within the 5 s cache: no second read
    assert result.route is Route.LOCAL
    assert seen == [(False, False)]


def test_sync_infer_reads_the_device_in_the_callers_thread() -> None:
    seen: list[bool] = []
    with Client(
        device=lambda: seen.append(threading.current_thread() is threading.main_thread())
    ) as client:
        client.infer(inputs={"pixels": PIXELS})
    assert seen == [True]


@pytest.mark.anyio
async def test_async_drain_loop_backs_off_with_full_jitter(tmp_path: Path) -> None:
    """After drains stopped by a transient error the loop waits random() * base * 2**n,
    not the interval; after a clean drain it is back to the interval."""
    reports = [DrainReport(stopped_by="ConnectError: down")] * 3 + [DrainReport()]
    delays: list[float] = []
    done = asyncio.Event()
    client = AsyncClient(
        cloud="http://127.0.0.1:9",
        outbox=tmp_path / "outbox.db",
        device=False,
        drain_interval_s=0.001,
    )

    async def fake_drain() -> DrainReport:
        report = reports.pop(0)
        if not reports:
            done.set()
        return report

    client.drain_outbox = fake_drain  # type: ignore[method-assign]
    try:
        client._ensure_drainer()
        schedule = DrainSchedule(
            interval_s=0.001, backoff_base_s=0.002, backoff_max_s=1.0, random_fn=lambda: 0.5
        )
        record = schedule.next_delay_s

        def recording(report: DrainReport | None) -> float:
            delays.append(record(report))
            return delays[-1]

        schedule.next_delay_s = recording  # type: ignore[method-assign]
        client._drain_schedule = schedule
        await asyncio.wait_for(done.wait(), 5.0)
        for _ in range(100):  # the loop computes the delay right after the last drain
            if len(delays) == 4:
                break
            await asyncio.sleep(0.001)
    finally:
        await client.aclose()
    assert delays == pytest.approx([0.001, 0.002, 0.004, 0.001])
