"""HTTP dates (RFC 9110 section 5.6.7): one formatter and one parser for the whole SDK.

The client's Date header and Retry-After, the gateway's replay window and the clock-skew
correction all read dates here. A recipient must accept all three forms (IMF-fixdate,
obsolete RFC 850 and asctime); all are GMT. What does not parse gives None.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import email.utils
import functools
import re
import time

__all__ = ["format_http_date", "parse_http_date"]

_MONTHS = {m: i for i, m in enumerate(calendar.month_abbr) if m}
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_LONG_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_TIME = r"(\d{2}):(\d{2}):(\d{2})"
_IMF_FIXDATE = re.compile(rf"{_DAY}, (\d{{2}}) {_MON} (\d{{4}}) {_TIME} GMT")
_RFC850_DATE = re.compile(rf"{_LONG_DAY}, (\d{{2}})-{_MON}-(\d{{2}}) {_TIME} GMT")
_ASCTIME_DATE = re.compile(rf"{_DAY} {_MON} ( \d|\d{{2}}) {_TIME} (\d{{4}})")


def format_http_date(epoch_s: float) -> str:
    """`epoch_s` (Unix seconds) as an IMF-fixdate, e.g. ``Sun, 06 Nov 1994 08:49:37 GMT``.

    Args:
        epoch_s: Unix seconds; the fraction is dropped.
    """
    return email.utils.formatdate(epoch_s, usegmt=True)


def parse_http_date(value: str, *, now: float | None = None) -> float | None:
    """Unix seconds of an HTTP-date in any of its three forms, or None.

    Args:
        value: the header value, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
        now: wall-clock seconds that place an RFC 850 two-digit year (time.time() by default).
    """
    this_year = time.gmtime(time.time() if now is None else now).tm_year
    return _epoch(value.strip(), this_year)


@functools.lru_cache(maxsize=64)  # a peer sends the same Date all through a second
def _epoch(value: str, this_year: int) -> float | None:
    if m := _IMF_FIXDATE.fullmatch(value):
        day, mon, year, hh, mm, ss = m.groups()
    elif m := _ASCTIME_DATE.fullmatch(value):
        mon, day, hh, mm, ss, year = m.groups()
    elif m := _RFC850_DATE.fullmatch(value):
        day, mon, yy, hh, mm, ss = m.groups()
        # RFC 9110 5.6.7: a 2-digit year more than 50 years ahead means the past century.
        year_i = this_year - this_year % 100 + int(yy)
        if year_i > this_year + 50:
            year_i -= 100
        year = str(year_i)
    else:
        return None
    try:
        moment = _dt.datetime(
            int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss), tzinfo=_dt.timezone.utc
        )
    except ValueError:  # 31 Feb, 25:00...
        return None
    return moment.timestamp()
