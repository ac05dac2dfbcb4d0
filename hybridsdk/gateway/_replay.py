"""Replay protection for encapsulated requests (RFC 9458 section 6.5).

A request is accepted once: its HPKE key share (`enc`) is remembered until the request's
Date leaves the acceptance window, after which the Date check alone rejects a replay.
The window is asymmetric: a Date up to `window_s` in the past is fine (slow links, clock
drift), but only `max_future_s` (a few seconds) in the future, so nobody can park entries
far ahead of the clock.

Memory is bounded, and the table is shared fairly:

- Requests dated ahead of the current second may hold at most a quarter of the table
  (`AHEAD_SHARE`); past that, more future-dated ones wait. A flood dated in the future
  therefore cannot fill the table with entries that outlive everyone else's.
- When the table is full, a newcomer may push out only an entry dated strictly before
  both its own Date and the current second; the acceptance floor then rises to that
  entry's Date, so a replay of it is still refused rather than let through. The floor
  never reaches the current second, so a freshly dated request gets in unless a flood
  filled three quarters of the table within this very second (and then at the next).

What a flood can do is narrow the window of old Dates accepted. A request below the
floor, or one that has to wait, gets its own problem type
(`PROBLEM_REPLAY_WINDOW_NARROWED`, 503 with Retry-After), never the Date problem: the
sender's clock is not at fault.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable

from hybridsdk.gateway._problems import (
    PROBLEM_DATE,
    PROBLEM_REPLAY,
    PROBLEM_REPLAY_WINDOW_NARROWED,
    Problem,
)
from hybridsdk.wire._http_date import format_http_date as http_date
from hybridsdk.wire._http_date import parse_http_date

__all__ = [
    "AHEAD_SHARE",
    "DEFAULT_MAX_FUTURE_S",
    "ReplayGuard",
    "check_date",
    "http_date",
    "narrowed_problem",
    "parse_http_date",
    "replay_problem",
]

#: The default for `max_future_s`: client clocks within a few seconds ahead of ours.
DEFAULT_MAX_FUTURE_S = 5.0
#: The share of the table that requests dated ahead of the current second may hold.
AHEAD_SHARE = 0.25


def _date_problem(detail: str, now: float) -> Problem:
    return Problem(400, PROBLEM_DATE, detail, headers=[("date", http_date(now))])


def replay_problem() -> Problem:
    """The 400 answer to a key share seen before."""
    return Problem(
        400,
        PROBLEM_REPLAY,
        "this encapsulated request was already received; a retry must be encapsulated afresh",
    )


def narrowed_problem(retry_after_s: int) -> Problem:
    """The 503 answer while a flood has narrowed the replay window.

    Args:
        retry_after_s: when a freshly encapsulated request should get in.
    """
    return Problem(
        503,
        PROBLEM_REPLAY_WINDOW_NARROWED,
        "the gateway's replay window is temporarily narrowed (its table of recent requests "
        "is full); encapsulate the request afresh with the current Date and retry",
        headers=[("retry-after", str(max(1, retry_after_s)))],
    )


def check_date(
    date_header: str | None,
    now: float,
    *,
    window_s: float,
    max_future_s: float,
    require_date: bool,
) -> float:
    """The request's Date as Unix seconds, or raise the 400 Date problem.

    An undated request (allowed only without `require_date`) counts as sent now.

    Args:
        date_header: the inner request's Date value, if any.
        now: our clock, Unix seconds.
        window_s: how far in the past a Date may be.
        max_future_s: how far in the future a Date may be.
        require_date: refuse a request without a Date.
    """
    if date_header is None:
        if require_date:
            raise _date_problem(
                "the encapsulated request has no Date header; send the current time "
                "(this gateway's is in the Date header of this response)",
                now,
            )
        return now
    sent = parse_http_date(date_header)
    if sent is None:
        raise _date_problem("the Date header of the encapsulated request is not an HTTP date", now)
    if not now - window_s <= sent <= now + max_future_s:
        raise _date_problem(
            f"the request's Date is {sent - now:+.0f} s from this gateway's clock, outside "
            f"its window of -{window_s:.0f} s/+{max_future_s:.0f} s; retry with the "
            "gateway's time from this response's Date header",
            now,
        )
    return sent


class ReplayGuard:
    """Date window plus a bounded, fairly shared table of seen key shares.

    Args:
        window_s: a Date up to this far in the past is accepted.
        max_entries: the most key shares remembered at once.
        require_date: reject requests without a Date.
        clock: Unix seconds now; injectable for tests.
        max_future_s: a Date up to this far in the future is accepted.
    """

    def __init__(
        self,
        *,
        window_s: float,
        max_entries: int,
        require_date: bool,
        clock: Callable[[], float],
        max_future_s: float = DEFAULT_MAX_FUTURE_S,
    ) -> None:
        self.window_s = window_s
        self.max_future_s = max_future_s
        self.max_entries = max_entries
        self.require_date = require_date
        self._clock = clock
        self._seen: dict[bytes, float] = {}  # enc -> its Date
        self._heap: list[tuple[float, bytes]] = []  # (Date, enc), oldest first; lazy deletes
        self._per_second: dict[int, int] = {}  # whole second of a Date -> entries
        self._max_ahead = max(1, int(max_entries * AHEAD_SHARE))
        self._floor = -math.inf  # requests dated at or before this are refused

    def __len__(self) -> int:
        return len(self._seen)

    @property
    def floor(self) -> float:
        """Requests dated at or before this (Unix seconds) are refused; -inf when never full."""
        return self._floor

    def check(self, enc: bytes, date_header: str | None) -> None:
        """Accept the request once, or raise `Problem` (400 Date or replay, 503 narrowed).

        Call only after the request decrypted: garbage must not fill the table.

        Args:
            enc: the request's encapsulated key share.
            date_header: the inner request's Date value, if any.
        """
        now = self._clock()
        sent = check_date(
            date_header,
            now,
            window_s=self.window_s,
            max_future_s=self.max_future_s,
            require_date=self.require_date,
        )
        self._expire(now)
        if sent <= self._floor:
            raise narrowed_problem(1)  # a fresh request is dated above the floor
        if enc in self._seen:
            raise replay_problem()
        second = math.floor(now)
        if sent >= second + 1 and self._ahead(second) >= self._max_ahead:
            raise narrowed_problem(math.ceil(sent - now))  # by then it is not ahead
        if len(self._seen) >= self.max_entries:
            self._make_room(sent, now)
        self._seen[enc] = sent
        heapq.heappush(self._heap, (sent, enc))
        bucket = math.floor(sent)
        self._per_second[bucket] = self._per_second.get(bucket, 0) + 1

    def _ahead(self, second: int) -> int:
        # Dates are whole seconds in practice, and at most max_future_s ahead: a few buckets.
        last = second + math.ceil(self.max_future_s)
        return sum(self._per_second.get(s, 0) for s in range(second + 1, last + 1))

    def _forget(self, enc: bytes, dated: float) -> None:
        del self._seen[enc]
        bucket = math.floor(dated)
        left = self._per_second[bucket] - 1
        if left:
            self._per_second[bucket] = left
        else:
            del self._per_second[bucket]

    def _oldest(self) -> tuple[float, bytes]:
        while True:
            dated, enc = self._heap[0]
            if self._seen.get(enc) == dated:
                return dated, enc
            heapq.heappop(self._heap)  # left behind by an earlier removal

    def _make_room(self, sent: float, now: float) -> None:
        # Only an entry dated strictly before both the newcomer and the current second may
        # go: the floor then stays below every request dated now, so it never locks out a
        # fresh request. If the oldest entry is newer than that, the newcomer waits.
        limit = min(sent, math.floor(now))
        while len(self._seen) >= self.max_entries:
            dated, enc = self._oldest()
            if dated >= limit:
                raise narrowed_problem(math.ceil(dated - now) + 1)
            heapq.heappop(self._heap)
            self._forget(enc, dated)
            self._floor = max(self._floor, dated)

    def _expire(self, now: float) -> None:
        # An entry dated before now - window_s is refused by the Date check alone.
        horizon = now - self.window_s
        while self._heap and self._heap[0][0] < horizon:
            dated, enc = heapq.heappop(self._heap)
            if self._seen.get(enc) == dated:
                self._forget(enc, dated)
