"""Replay protection for encapsulated requests (RFC 9458 section 6.5).

A request is accepted once: its HPKE key share (`enc`) is remembered until the request's
Date leaves the acceptance window, after which the Date check alone rejects a replay.
Memory is bounded: when the table is full the entry that would expire first is dropped,
and the acceptance floor is raised past it, so a replay of a dropped entry is still
rejected (as stale) rather than let through. Under a flood the window narrows; it never
opens.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable

from hybridsdk.gateway._problems import PROBLEM_DATE, PROBLEM_REPLAY, Problem
from hybridsdk.wire._http_date import format_http_date as http_date
from hybridsdk.wire._http_date import parse_http_date

__all__ = ["ReplayGuard", "http_date", "parse_http_date"]


class ReplayGuard:
    """Date window plus a bounded table of seen key shares.

    Args:
        window_s: a Date within +- this of our clock is accepted.
        max_entries: the most key shares remembered at once.
        require_date: reject requests without a Date.
        clock: Unix seconds now; injectable for tests.
    """

    def __init__(
        self,
        *,
        window_s: float,
        max_entries: int,
        require_date: bool,
        clock: Callable[[], float],
    ) -> None:
        self.window_s = window_s
        self.max_entries = max_entries
        self.require_date = require_date
        self._clock = clock
        self._seen: dict[bytes, float] = {}  # enc -> expiry
        self._heap: list[tuple[float, bytes]] = []
        self._floor = -math.inf  # requests expiring at or before this are refused

    def __len__(self) -> int:
        return len(self._seen)

    def _date_problem(self, detail: str, now: float) -> Problem:
        return Problem(
            400,
            PROBLEM_DATE,
            detail,
            headers=[("date", http_date(now))],
        )

    def check(self, enc: bytes, date_header: str | None) -> None:
        """Accept the request once, or raise `Problem` (400 date or replay).

        Call only after the request decrypted: garbage must not fill the table.

        Args:
            enc: the request's encapsulated key share.
            date_header: the inner request's Date value, if any.
        """
        now = self._clock()
        if date_header is None:
            if self.require_date:
                raise self._date_problem(
                    "the encapsulated request has no Date header; send the current time "
                    "(this gateway's is in the Date header of this response)",
                    now,
                )
            # An undated request is remembered for the longest any dated one can be.
            expiry = now + 2 * self.window_s
        else:
            sent = parse_http_date(date_header)
            if sent is None:
                raise self._date_problem(
                    "the Date header of the encapsulated request is not an HTTP date", now
                )
            if abs(sent - now) > self.window_s:
                raise self._date_problem(
                    f"the request's Date is {sent - now:+.0f} s from this gateway's clock, "
                    f"outside the +-{self.window_s:.0f} s window; retry with the gateway's "
                    "time from this response's Date header",
                    now,
                )
            expiry = sent + self.window_s
        self._expire(now)
        if expiry <= self._floor:
            raise self._date_problem(
                "the request is too old for this gateway's (temporarily narrowed) replay "
                "window; retry with a fresh request",
                now,
            )
        if enc in self._seen:
            raise Problem(
                400,
                PROBLEM_REPLAY,
                "this encapsulated request was already received; a retry must be "
                "encapsulated afresh",
            )
        while len(self._seen) >= self.max_entries:
            dropped_expiry, dropped = heapq.heappop(self._heap)
            if self._seen.get(dropped) == dropped_expiry:
                del self._seen[dropped]
                self._floor = max(self._floor, dropped_expiry)
        self._seen[enc] = expiry
        heapq.heappush(self._heap, (expiry, enc))

    def _expire(self, now: float) -> None:
        while self._heap and self._heap[0][0] < now:
            expiry, enc = heapq.heappop(self._heap)
            if self._seen.get(enc) == expiry:
                del self._seen[enc]
