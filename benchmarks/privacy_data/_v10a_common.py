"""Small helpers shared by the v10a style modules."""

from __future__ import annotations

import datetime as _dt

from _v10a_people import make_person
from _v10a_places import CITIES, COMPANIES, CURRENCY, OPERATORS, WALLETS, to_ar, to_fa
from _v10a_values import fmt_date, some_day

__all__ = [
    "CITIES",
    "COMPANIES",
    "CURRENCY",
    "OPERATORS",
    "WALLETS",
    "fmt_date",
    "gps_str",
    "iso",
    "lname",
    "money",
    "people",
    "short",
    "some_day",
    "to_ar",
    "to_fa",
    "ts",
]


def people(rng, loc, n, **kw):
    return [make_person(rng, loc, **kw) for _ in range(n)]


def ts(rng, year=2024):
    d = some_day(rng, year)
    return _dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def iso(t, ms=True, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += f".{(t.second * 37 + t.minute * 11) % 1000:03d}"
    return s + ("Z" if z else "")


def gps_str(rng, g, form=None):
    lat, lon = g
    form = rng.randrange(4) if form is None else form
    if form == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if form == 1:
        return f"{lat:.6f},{lon:.6f}"
    if form == 2:
        return f"{lat:.4f} {lon:.4f}"

    def dms(v, pos, neg):
        h = pos if v >= 0 else neg
        v = abs(v)
        dd = int(v)
        mm = int((v - dd) * 60)
        ss = (v - dd - mm / 60) * 3600
        return f"{dd}°{mm:02d}'{ss:04.1f}\"{h}"
    return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"


def lname(p, roman=False):
    """Display name for logs and machine formats."""
    return p.full_r if roman else p.full


def money(rng, loc, lo=5, hi=5000):
    v = rng.randint(lo, hi) * {"rw_RW": 500, "ps_AF": 20, "ky_KG": 20, "es_NI": 10, "tg_TJ": 3, "dv_MV": 5}.get(loc, 1)
    cur = CURRENCY[loc]
    if loc == "bs_BA":
        return f"{v},{rng.randint(0, 99):02d} KM"
    if loc in ("es_NI", "en_TT"):
        return f"{cur}{v:,}.{rng.randint(0, 99):02d}"
    return f"{v:,} {cur}"


def short(p):
    """Given name as used in casual text."""
    return p.given.split()[0] if p.loc not in ("ps_AF", "ar_QA", "dv_MV") else p.given
