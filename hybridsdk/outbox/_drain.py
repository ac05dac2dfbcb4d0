"""Deliver outbox records through an injected send function.

`drain()` claims records, sends each in stream order, and settles it: delivered with the
answer, failed for good on a permanent error, or back to pending (attempts + 1) on a
transient one, which also stops the drain: when the cloud is unreachable the next record
would fail the same way. `drain_async()` and `DrainRunner` (a background thread) drive the
same step generator, so the settle logic exists once.

The sender is any callable taking an `OutboxRecord` and returning the serialized answer.
It must send `record.idempotency_key` with the request: a record can be sent twice (a
crash between the answer and its commit), and the gateway deduplicates on that key.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field

from hybridsdk._exceptions import (
    ConfigurationError,
    GatewayError,
    InputValidationError,
    OutboxError,
    PrivacyViolationError,
    UndeliverableRecordError,
)
from hybridsdk._trampoline import adrive, drive
from hybridsdk.outbox._store import Outbox, OutboxRecord
from hybridsdk.wire._problem_types import ENVIRONMENT_400

__all__ = [
    "AsyncSend",
    "DrainReport",
    "DrainRunner",
    "DrainSchedule",
    "Send",
    "drain",
    "drain_async",
    "is_retryable",
]

logger = logging.getLogger("hybridsdk.outbox")

Send = Callable[[OutboxRecord], bytes]
AsyncSend = Callable[[OutboxRecord], Awaitable[bytes]]

# Statuses that say "this request will never succeed": resending cannot help.
_PERMANENT_STATUSES = frozenset({404, 405, 410, 411, 413, 414, 415, 422})
# A 400 is about the request only when its problem type is not in ENVIRONMENT_400 (the
# clock, a stale key, decryption, a replay: a later try succeeds).


def is_retryable(exc: BaseException) -> bool:
    """Default split of send errors: True leaves the record pending for a later drain.

    Permanent, only when the record itself can never be delivered: its payload is not a
    deferred call (`UndeliverableRecordError`), its inputs or settings are invalid
    (`InputValidationError`, `ConfigurationError`), privacy forbids it, or the gateway
    refused the request itself (404/405/410/411/413/414/415/422, or a 400 not about the
    clock, keys or decryption). Everything else is transient — a reply that does not
    parse (a captive portal), key-configuration trouble, 401/403 (credentials can be
    fixed), unknown errors: when unsure, keep the record rather than lose it (its TTL
    still bounds how long it waits).

    Args:
        exc: what the send function raised.
    """
    if isinstance(exc, GatewayError):
        # By status first: a 401/403 (`CredentialsRejectedError`, also a
        # ConfigurationError) is kept until the credentials are fixed.
        if exc.status == 400:
            return exc.problem_type in ENVIRONMENT_400
        return exc.status not in _PERMANENT_STATUSES
    permanent = (
        UndeliverableRecordError,
        InputValidationError,
        ConfigurationError,
        PrivacyViolationError,
    )
    return not isinstance(exc, permanent)


@dataclass
class DrainReport:
    """What one drain did.

    Attributes:
        attempted: records handed to the send function.
        delivered: records whose answer was stored.
        failed: records failed for good (permanent error or out of attempts).
        stopped_by: the transient error that stopped the drain, or None if it ran dry.
        stopped_key: the idempotency key of the record that hit that error.
        delivered_keys: keys delivered, in delivery order.
        held_by: why the drain paused before sending what was left (the client's budget
            window is spent), or None. Not an error: those records stay pending, their
            attempts unchanged, for a later drain.
        held_key: the idempotency key of the first record it held back.
    """

    attempted: int = 0
    delivered: int = 0
    failed: int = 0
    stopped_by: str | None = None
    stopped_key: str | None = None
    delivered_keys: list[str] = field(default_factory=list)
    held_by: str | None = None
    held_key: str | None = None


# What the driver sends back into the step generator: the answer, or the error.


def _describe(exc: BaseException) -> str:
    # Type and message only: payloads and keys material never go into last_error.
    return f"{type(exc).__name__}: {exc}"[:2000]


def _check_args(max_batch: int, max_records: int | None, max_attempts: int | None) -> None:
    if not isinstance(max_batch, int) or max_batch < 1:
        raise ConfigurationError(f"max_batch must be an int >= 1, got {max_batch!r}")
    if max_records is not None and (not isinstance(max_records, int) or max_records < 1):
        raise ConfigurationError(f"max_records must be an int >= 1 or None, got {max_records!r}")
    if max_attempts is not None and (not isinstance(max_attempts, int) or max_attempts < 1):
        raise ConfigurationError(f"max_attempts must be an int >= 1 or None, got {max_attempts!r}")


def _drain_steps(
    outbox: Outbox,
    report: DrainReport,
    clock: Callable[[], float] | None,
    max_batch: int,
    max_records: int | None,
    max_attempts: int | None,
    retryable: Callable[[BaseException], bool],
    should_stop: Callable[[], bool] | None,
    on_delivered: Callable[[OutboxRecord], None] | None = None,
    hold: Callable[[OutboxRecord], str | None] | None = None,
) -> Generator[OutboxRecord, bytes, None]:
    """The drain with its I/O to the cloud taken out: yields records to send, receives
    the serialized answers (a failed send is thrown in by the driver).

    Fills `report` as it goes, so a driver that stops it early still has the counts.
    """

    def now() -> float | None:
        return None if clock is None else clock()

    while max_records is None or report.attempted < max_records:
        limit = max_batch if max_records is None else min(max_batch, max_records - report.attempted)
        batch = outbox.claim(limit, now=now())
        if not batch:
            return
        pending = list(batch)
        try:
            while pending:
                record = pending[0]
                if should_stop is not None and should_stop():
                    return  # the `finally` below puts what is left back to pending
                why = hold(record) if hold is not None else None
                if why is not None:
                    report.held_by, report.held_key = why, record.idempotency_key
                    logger.info(
                        "outbox drain paused before record id=%d: %s; it and the records "
                        "after it stay pending for a later drain",
                        record.id,
                        why,
                    )
                    return  # the `finally` below puts what is left back to pending
                report.attempted += 1
                try:
                    result = yield record
                except Exception as exc:
                    error: BaseException = exc
                else:
                    delivered = outbox.mark_delivered(record.idempotency_key, result, now=now())
                    pending.pop(0)  # only once settled: if settling raises, release it
                    report.delivered += 1
                    report.delivered_keys.append(record.idempotency_key)
                    _after_delivery(on_delivered, delivered)
                    continue
                pending.pop(0)
                text = _describe(error)
                attempts = record.attempts + 1
                out_of_attempts = max_attempts is not None and attempts >= max_attempts
                if not retryable(error) or out_of_attempts:
                    reason = (
                        f"gave up after {attempts} attempts: {text}" if out_of_attempts else text
                    )
                    outbox.mark_failed(record.idempotency_key, reason, now=now())
                    report.failed += 1
                    logger.warning("outbox record id=%d failed: %s", record.id, reason)
                    continue
                outbox.release(record.idempotency_key, text)
                report.stopped_by = text
                report.stopped_key = record.idempotency_key
                logger.info("outbox drain stopped by a transient error: %s", text)
                return
        finally:
            # Claimed but never settled (transient stop, driver error, interruption):
            # back to pending without counting an attempt.
            for left in pending:
                try:
                    outbox.release(left.idempotency_key)
                except OutboxError as exc:
                    # Not ours any more (or the file failed): the next claim sorts it out.
                    logger.warning("outbox: could not release record id=%d: %s", left.id, exc)


def _after_delivery(
    on_delivered: Callable[[OutboxRecord], None] | None, record: OutboxRecord
) -> None:
    """Run the drain's `on_delivered` for a committed delivery. Only here, after the
    commit: a send whose commit failed is sent again (the gateway answers it once), and
    what counts deliveries (the budget's charge) must count that answer once."""
    if on_delivered is None:
        return
    try:
        on_delivered(record)
    except Exception:
        # The delivery is committed; a callback bug must not cause a resend.
        logger.exception("outbox drain on_delivered failed for id=%d", record.id)


def drain(
    outbox: Outbox,
    send: Send,
    *,
    clock: Callable[[], float] | None = None,
    max_batch: int = 100,
    max_records: int | None = None,
    max_attempts: int | None = None,
    retryable: Callable[[BaseException], bool] = is_retryable,
    should_stop: Callable[[], bool] | None = None,
    on_delivered: Callable[[OutboxRecord], None] | None = None,
    hold: Callable[[OutboxRecord], str | None] | None = None,
) -> DrainReport:
    """Send pending records until none is left, a transient error, `max_records`, or
    `hold` says to wait.

    Args:
        outbox: the outbox to deliver from.
        send: takes a record, returns the serialized answer; raises on failure.
        clock: time source for expiry and delivery times; None uses the outbox's clock.
        max_batch: records claimed per transaction.
        max_records: stop after this many send attempts; None for no limit.
        max_attempts: fail a record for good after this many transient failures;
            None retries until its TTL expires.
        retryable: splits errors into transient (True) and permanent (False).
        should_stop: checked before each send; when it returns True the drain ends and
            the records not yet sent go back to pending, their attempts unchanged.
        on_delivered: called with each record once its delivery is committed (a send
            whose commit failed is not: it is sent again later); errors are logged.
        hold: checked before each send: None sends the record; a reason (the budget
            window is spent) ends the drain there, the record and those after it left
            pending, their attempts unchanged (`DrainReport.held_by`).
    """
    _check_args(max_batch, max_records, max_attempts)
    report = DrainReport()
    options = (
        clock,
        max_batch,
        max_records,
        max_attempts,
        retryable,
        should_stop,
        on_delivered,
        hold,
    )
    drive(_drain_steps(outbox, report, *options), send)
    return report


async def drain_async(
    outbox: Outbox,
    send: AsyncSend,
    *,
    clock: Callable[[], float] | None = None,
    max_batch: int = 100,
    max_records: int | None = None,
    max_attempts: int | None = None,
    retryable: Callable[[BaseException], bool] = is_retryable,
    on_delivered: Callable[[OutboxRecord], None] | None = None,
    hold: Callable[[OutboxRecord], str | None] | None = None,
) -> DrainReport:
    """`drain()` for an async sender; the SQLite commits (fsync) run in a worker thread.

    Args:
        outbox: the outbox to deliver from.
        send: coroutine function taking a record and returning the serialized answer.
        clock: time source for expiry and delivery times; None uses the outbox's clock.
        max_batch: records claimed per transaction.
        max_records: stop after this many send attempts; None for no limit.
        max_attempts: fail a record for good after this many transient failures.
        retryable: splits errors into transient (True) and permanent (False).
        on_delivered: see `drain()` (called in the worker thread that commits).
        hold: see `drain()` (called in that worker thread too).
    """
    _check_args(max_batch, max_records, max_attempts)
    report = DrainReport()
    options = (clock, max_batch, max_records, max_attempts, retryable, None, on_delivered, hold)
    # The flow's SQLite commits (fsync) run in a worker thread, off the event loop.
    await adrive(_drain_steps(outbox, report, *options), send, offload=True)
    return report


class DrainSchedule:
    """When to drain next: `interval_s` after a drain that ran dry; after one stopped by a
    transient error (or that failed), a full-jitter exponential backoff, so devices coming
    back online together do not hit the gateway in step. No I/O, no clock.

    Args:
        interval_s: pause between drains when everything was sent.
        backoff_base_s: first backoff ceiling after a transient error.
        backoff_max_s: largest backoff ceiling.
        random_fn: returns a float in [0, 1) for the jitter; inject for tests.
    """

    def __init__(
        self,
        *,
        interval_s: float = 30.0,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 300.0,
        random_fn: Callable[[], float] = random.random,
    ) -> None:
        if not interval_s > 0 or not backoff_base_s > 0 or not backoff_max_s >= backoff_base_s:
            raise ConfigurationError(
                "need interval_s > 0 and 0 < backoff_base_s <= backoff_max_s, got "
                f"{interval_s!r}, {backoff_base_s!r}, {backoff_max_s!r}"
            )
        self._interval_s = interval_s
        self._base_s = backoff_base_s
        self._max_s = backoff_max_s
        self._random = random_fn
        self._failures = 0

    def reset(self) -> None:
        """Forget past failures (the network is back)."""
        self._failures = 0

    def next_delay_s(self, report: DrainReport | None) -> float:
        """The wait before the next drain after `report` (None: the drain itself failed).

        Args:
            report: the last drain's report, or None when it raised.
        """
        if report is not None and report.stopped_by is None:
            self._failures = 0
            return self._interval_s
        self._failures += 1
        ceiling = min(self._max_s, self._base_s * 2.0 ** (self._failures - 1))
        return self._random() * ceiling


class DrainRunner:
    """Drains an outbox from a background thread until stopped.

    After a drain that ran dry it waits `interval_s` (or until `wake()`); after one
    stopped by a transient error it waits a full-jitter exponential backoff, so many
    devices coming back online do not hit the gateway in step.

    Args:
        outbox: the outbox to deliver from.
        send: takes a record, returns the serialized answer.
        interval_s: pause between drains when everything was sent.
        backoff_base_s: first backoff ceiling after a transient error.
        backoff_max_s: largest backoff ceiling.
        max_batch: records claimed per transaction.
        max_attempts: see `drain()`.
        retryable: see `drain()`.
        random_fn: returns a float in [0, 1) for the jitter; inject for tests.
        on_delivered: see `drain()`.
        hold: see `drain()`; a drain it paused waits `interval_s`, as one that ran dry.
    """

    def __init__(
        self,
        outbox: Outbox,
        send: Send,
        *,
        interval_s: float = 30.0,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 300.0,
        max_batch: int = 100,
        max_attempts: int | None = None,
        retryable: Callable[[BaseException], bool] = is_retryable,
        random_fn: Callable[[], float] = random.random,
        on_delivered: Callable[[OutboxRecord], None] | None = None,
        hold: Callable[[OutboxRecord], str | None] | None = None,
    ) -> None:
        _check_args(max_batch, None, max_attempts)
        self.outbox = outbox
        self._send = send
        self._schedule = DrainSchedule(
            interval_s=interval_s,
            backoff_base_s=backoff_base_s,
            backoff_max_s=backoff_max_s,
            random_fn=random_fn,
        )
        self._max_batch = max_batch
        self._max_attempts = max_attempts
        self._retryable = retryable
        self._on_delivered = on_delivered
        self._hold = hold
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_report: DrainReport | None = None
        self.drains = 0

    def start(self) -> None:
        """Start the background thread (once)."""
        if self._thread is not None:
            raise ConfigurationError("DrainRunner already started; create a new one to restart")
        self._thread = threading.Thread(target=self._run, name="hybridsdk-outbox", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Drain now instead of at the end of the current wait (e.g. network is back)."""
        self._schedule.reset()
        self._wake.set()

    def stop(self, timeout_s: float = 10.0) -> bool:
        """Stop after the record being sent, if any; True when the thread has ended.

        Args:
            timeout_s: how long to wait for the thread.
        """
        self._stopping.set()
        self._wake.set()
        if self._thread is None:
            return True
        self._thread.join(timeout_s)
        alive = self._thread.is_alive()
        if alive:
            logger.warning("outbox runner still sending after %.1fs; it stops after it", timeout_s)
        return not alive

    def next_delay_s(self, report: DrainReport | None) -> float:
        """The wait before the next drain after `report` (None: the drain itself failed)."""
        return self._schedule.next_delay_s(report)

    def _run(self) -> None:
        while not self._stopping.is_set():
            report: DrainReport | None = None
            try:
                report = drain(
                    self.outbox,
                    self._send,
                    max_batch=self._max_batch,
                    max_attempts=self._max_attempts,
                    retryable=self._retryable,
                    should_stop=self._stopping.is_set,
                    on_delivered=self._on_delivered,
                    hold=self._hold,
                )
                self.last_report = report
            except Exception:
                logger.exception("outbox drain failed; retrying after a backoff")
            self.drains += 1
            if self._stopping.is_set():
                break
            self._wake.wait(self.next_delay_s(report))
            self._wake.clear()

    def __enter__(self) -> DrainRunner:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
