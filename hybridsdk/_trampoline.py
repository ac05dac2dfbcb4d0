"""One driver pair for every sans-I/O generator in the SDK: `drive` and `adrive`.

A flow is a generator that yields what it needs done (a step), receives the result, and
returns its value. The driver does the step with `run` and sends the result back; when
`run` raises, the exception is thrown into the flow at its `yield`, so the flow handles
errors where it asked for the I/O, exactly as if it had made the call itself. Closing
the flow on the way out (return, error or cancellation) runs its `finally` blocks.

`Call` is the step of flows whose I/O differs between the sync and async clients only
in how a call is made: the sync driver calls it; the async one awaits it, or runs it in a
worker thread when it blocks (model runs, SQLite, a device probe that forks a process),
so the event loop never blocks on it.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = ["Call", "adrive", "arun_call", "drive", "run_call"]

S = TypeVar("S")
T = TypeVar("T")

_NO_KWARGS: Mapping[str, Any] = {}


def drive(flow: Generator[S, Any, T], run: Callable[[S], Any]) -> T:
    """Run `flow` to its return value, doing each step it yields with `run`.

    Args:
        flow: the sans-I/O generator.
        run: does one step and returns what the flow receives back.
    """
    try:
        step = next(flow)
        while True:
            try:
                reply = run(step)
            except Exception as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(reply)
    except StopIteration as done:
        result: T = done.value
        return result
    finally:
        flow.close()


async def adrive(
    flow: Generator[S, Any, T],
    run: Callable[[S], Awaitable[Any]],
    *,
    offload: bool = False,
) -> T:
    """`drive` for an async `run`.

    Args:
        flow: the sans-I/O generator.
        run: a coroutine function doing one step.
        offload: advance the flow itself in a worker thread, for flows whose own code
            blocks between steps (the outbox commits to SQLite with fsync).
    """
    import anyio.to_thread

    def advance(reply: Any, error: BaseException | None) -> tuple[bool, Any]:
        try:
            if error is not None:
                return False, flow.throw(error)
            return False, flow.send(reply)
        except StopIteration as done:
            return True, done.value

    async def step_with(reply: Any, error: BaseException | None) -> tuple[bool, Any]:
        if offload:
            return await anyio.to_thread.run_sync(advance, reply, error)
        return advance(reply, error)

    try:
        done, value = await step_with(None, None)
        while not done:
            try:
                reply = await run(value)
            except Exception as exc:
                done, value = await step_with(None, exc)
            else:
                done, value = await step_with(reply, None)
        result: T = value
        return result
    finally:
        if offload:
            await anyio.to_thread.run_sync(flow.close)
        else:
            flow.close()


@dataclass(frozen=True, slots=True)
class Call:
    """One call a flow wants made.

    Args:
        fn: the callable; in an async client, `fn` of a non-blocking call is a coroutine
            function.
        args: its positional arguments.
        kwargs: its keyword arguments.
        blocking: it blocks (an async driver runs it in a worker thread).
        shield: a blocking call that runs to its end even when the awaiting task is
            cancelled: the cancellation goes on once it has returned. For a write whose
            effect the caller must be able to know (the outbox's): an abandoned worker
            thread would commit it after the caller was told it had been cancelled.
    """

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=lambda: _NO_KWARGS)
    blocking: bool = False
    shield: bool = False


def run_call(call: Call) -> Any:
    """Make `call`, blocking: the `run` of a sync driver."""
    return call.fn(*call.args, **call.kwargs)


async def arun_call(call: Call) -> Any:
    """Await `call`, or run it in a worker thread when it blocks: the `run` of an async driver."""
    if call.blocking:
        import anyio.to_thread

        run = functools.partial(call.fn, *call.args, **call.kwargs)
        if call.shield:
            return await _to_the_end(anyio.to_thread.run_sync(run))
        return await anyio.to_thread.run_sync(run)
    return await call.fn(*call.args, **call.kwargs)


async def _to_the_end(work: Awaitable[T]) -> T:
    """Await `work`; when the awaiting task is cancelled, wait for `work` to end (however
    often it is cancelled meanwhile), then let the cancellation go on."""
    import asyncio

    task = asyncio.ensure_future(work)
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        while not task.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait({task})  # cancelling the wait leaves `task` running
        if not task.cancelled():
            task.exception()  # retrieved: the cancellation is what the caller gets
        raise
