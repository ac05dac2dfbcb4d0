"""The streams a caller reads a generation from: `GenerateStream` and
`AsyncGenerateStream` drive the sans-I/O flow step by step (one `_StreamCore` between
them) and release what it holds when stopped or dropped."""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any, Union

from hybridsdk._exceptions import InputValidationError
from hybridsdk._generate_partial import partial_result
from hybridsdk._generate_types import Emit, GenerateResult, Progress
from hybridsdk._trampoline import Call, arun_call, run_call

__all__ = ["AsyncGenerateStream", "GenerateStream", "StepValue"]

logger = logging.getLogger("hybridsdk.generate")


def _release_dropped(handles: list[Any]) -> None:
    """A dropped stream's finaliser: stop and close what it still holds (the device
    stream, so its model lock is released); handles closed only by an await (an async
    cloud stream) are cancelled and left to their own finalisers."""
    for handle in handles:
        cancel = getattr(handle, "cancel", None)
        if cancel is not None:
            cancel()
        close = getattr(handle, "close", None)
        if close is not None and getattr(handle, "aclose", None) is None:
            try:
                close()
            except Exception:  # a finaliser must not raise; the handle is dropped anyway
                logger.debug("closing a dropped stream's handle failed", exc_info=True)
    handles.clear()


StepValue = Union[Call, Emit]  # noqa: UP007 (a runtime alias on Python 3.10)


class _StreamCore:
    """What the sync and async streams share: the flow, its last reply or error, the
    handles to release and the result. The drivers below only carry out the I/O."""

    def __init__(
        self,
        flow: Generator[StepValue, Any, GenerateResult],
        handles: list[Any],
        progress: Progress | None = None,
    ) -> None:
        self._flow = flow
        self._handles = handles
        self._progress = progress
        self._shown: list[str] = []  # every piece handed to the caller
        self._reply: Any = None
        self._error: BaseException | None = None
        self._result: GenerateResult | None = None
        self._partial: GenerateResult | None = None
        self._stopped_early = False  # closed before the flow returned: a partial result
        self._failure: Exception | None = None  # what the generation raised
        # Left with `break` and dropped unclosed: release the device model when the last
        # reference goes, not when the flow's frames are freed (an idle worker thread of
        # an async client may still hold the device stream it last advanced).
        weakref.finalize(self, _release_dropped, handles).atexit = False

    def _advance(self) -> Call | Emit | None:
        """Send the last reply (or throw the last error) into the flow; its next step,
        or None once it has finished (then `result` is set)."""
        try:
            if self._error is not None:
                error, self._error = self._error, None
                step = self._flow.throw(error)
            else:
                step = self._flow.send(self._reply)
        except StopIteration as done:
            self._result = done.value
            return None
        self._reply = None
        return step

    @property
    def result(self) -> GenerateResult:
        """The generation's result once the stream has ended: iterated to its end, or
        stopped early by `cancel()` / `close()` (or leaving ``with``), in which case it
        is the partial result, ``finish_reason="cancelled"``: the text received, the path,
        the tokens so far and the cost already charged."""
        if self._result is not None:
            return self._result
        if self._failure is not None:  # it failed (and said so): not a cancellation
            raise self._failure
        if not self._stopped_early or self._progress is None:
            raise InputValidationError(
                "the stream has not finished: iterate it to the end, or stop it with "
                "cancel() / close() (or a `with` block) to get what it produced so far"
            )
        if self._partial is None:
            self._partial = partial_result(self._progress, "".join(self._shown))
        return self._partial

    def _prepare_partial(self) -> None:
        """Build the partial result now (counting its tokens)."""
        if self._stopped_early and self._progress is not None and self._partial is None:
            with contextlib.suppress(InputValidationError):  # no path chosen yet
                _ = self.result

    def _release(self, handle: Any) -> bool:
        """Cancel a handle and close it if that needs no await; False if it wants
        `aclose()`."""
        cancel = getattr(handle, "cancel", None)
        if cancel is not None:
            cancel()
        if getattr(handle, "aclose", None) is not None and isinstance(self, AsyncGenerateStream):
            return False
        close = getattr(handle, "close", None)
        if close is not None:
            with contextlib.suppress(ValueError):  # a generator still running in a thread
                close()
        return True


class GenerateStream(_StreamCore):
    """Text pieces of one generation as they come; `result` once it ends.

    `cancel()` (or `close()`) stops it: the device stops after the token in flight, a
    cloud stream's connection is closed.
    """

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        while self._result is None:
            try:
                step = self._advance()
            except BaseException as exc:
                if isinstance(exc, Exception):  # not an interrupt: the generation's error
                    self._failure = exc
                self._close_handles()
                raise
            if step is None:
                break
            if isinstance(step, Emit):
                if step.text:
                    self._shown.append(step.text)
                    return step.text
                continue
            try:
                self._reply = run_call(step)
            except Exception as exc:
                self._error = exc
            except BaseException:  # KeyboardInterrupt, SystemExit: release, then go
                self.close()
                raise
        self._close_handles()
        raise StopIteration

    def _close_handles(self) -> None:
        for handle in self._handles:
            self._release(handle)
        self._handles.clear()

    def cancel(self) -> None:
        """Stop generating; iteration ends."""
        self.close()

    def close(self) -> None:
        """Stop and release everything the generation holds; `result` then holds what it
        produced (``finish_reason="cancelled"`` when it had not finished)."""
        self._stopped_early = self._stopped_early or self._result is None
        self._close_handles()
        self._flow.close()

    def __enter__(self) -> GenerateStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncGenerateStream(_StreamCore):
    """The asyncio twin of `GenerateStream` (``async for piece in stream``; ``async with``
    closes it). A task cancelled while it waits for a piece ends the stream and releases
    what it holds before the cancellation goes on."""

    def __aiter__(self) -> AsyncIterator[str]:
        return self

    async def __anext__(self) -> str:
        while self._result is None:
            try:
                step = self._advance()
            except BaseException as exc:
                if isinstance(exc, Exception):  # not an interrupt: the generation's error
                    self._failure = exc
                await self._close_handles()
                raise
            if step is None:
                break
            if isinstance(step, Emit):
                if step.text:
                    self._shown.append(step.text)
                    return step.text
                continue
            try:
                self._reply = await arun_call(step)
            except Exception as exc:
                self._error = exc
            except BaseException:
                # Cancelled (a timeout around the loop): the stream ends here, and what it
                # holds (the device model's lock, the cloud connection) is released now,
                # not when the caller drops it.
                import anyio

                with anyio.CancelScope(shield=True):
                    # Its partial result is built when read (no model load here).
                    await self._stop()
                raise
        await self._close_handles()
        raise StopAsyncIteration

    async def _close_handles(self) -> None:
        for handle in self._handles:
            if not self._release(handle):
                await handle.aclose()
        self._handles.clear()

    async def _stop(self) -> None:
        self._stopped_early = self._stopped_early or self._result is None
        await self._close_handles()
        self._flow.close()

    async def aclose(self) -> None:
        """Stop and release everything the generation holds; `result` then holds what it
        produced (``finish_reason="cancelled"`` when it had not finished)."""
        await self._stop()
        if self._stopped_early and self._partial is None:
            # Counting its tokens (a long answer's, with the device tokenizer when it is
            # loaded; it is never loaded for this) is done off the event loop.
            await arun_call(Call(self._prepare_partial, blocking=True))

    async def cancel(self) -> None:
        """Stop generating; iteration ends."""
        await self.aclose()

    async def __aenter__(self) -> AsyncGenerateStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
