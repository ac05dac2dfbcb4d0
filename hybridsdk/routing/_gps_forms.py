"""Coordinates written in forms the decimal-pair detector does not read.

- Degrees, minutes, seconds: 48°51'29.6"N 2°17'40.2"E, 48° 51 prime 29.6 double-prime N, and degrees with
  decimal minutes: N 48° 51.493' E 2° 17.670'.
- Field pairs: "lat": 48.8582, "lng": 2.2945 (JSON), lat=48.85 lon=2.29 (logs, query
  strings), latitude: .. longitude: .. (forms). The finding spans both numbers.

A field pair needs a latitude word right before the first number and a longitude word
right before the second, so sensor readings ("temp=21.5 hum=45.1") are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["DmsGpsDetector", "GpsFieldPairDetector"]

_DEG = r"\s?[°º˚]\s?"
_MIN = "\\s?['\u2032\u2019]\\s?"  # ' prime, right single quote
_SEC = "\\s?(?:[\"\u2033\u201d]|'')\\s?"  # " double prime, right double quote
_DMS_ONE = (
    r"(?:(?P<{h}1>[NSEWnsew])\s?)?(?P<{h}d>\d{{1,3}}){deg}(?P<{h}m>\d{{1,2}}(?:[.,]\d+)?){min}"
    r"(?:(?P<{h}s>\d{{1,2}}(?:[.,]\d+)?){sec})?\s?(?P<{h}2>[NSEWnsew])?"
)
_DMS_RE = re.compile(
    r"(?<![A-Za-z0-9])"
    + _DMS_ONE.format(h="a", deg=_DEG, min=_MIN, sec=_SEC)
    + r"\s?[,;/]?\s?"
    + _DMS_ONE.format(h="b", deg=_DEG, min=_MIN, sec=_SEC)
    + r"(?![A-Za-z0-9])"
)


def _hemispheres(m: re.Match[str]) -> tuple[str, str] | None:
    """The two hemisphere letters, one per number, or None."""
    letters = [m.group(g) for g in ("a1", "a2", "b1", "b2")]
    if letters[0] and letters[1] and not (letters[2] or letters[3]):
        letters = [letters[0], None, letters[1], None]  # "N 48° 51' E 2° 17'": prefixes
    a = [x for x in letters[:2] if x]
    b = [x for x in letters[2:] if x]
    if len(a) != 1 or len(b) != 1:
        return None
    return a[0].upper(), b[0].upper()


def _dms_ok(m: re.Match[str], h: str) -> bool:
    minutes = float(m.group(h + "m").replace(",", "."))
    seconds = float((m.group(h + "s") or "0").replace(",", "."))
    return minutes < 60 and seconds < 60


class DmsGpsDetector:
    """Latitude/longitude pairs in degrees-minutes(-seconds) with hemisphere letters."""

    kind = PiiKind.GPS

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _DMS_RE.finditer(text):
            hemis = _hemispheres(m)
            if hemis is None or not (_dms_ok(m, "a") and _dms_ok(m, "b")):
                continue
            ha, hb = hemis
            if ha not in "NS" or hb not in "EW":
                continue
            if int(m.group("ad")) > 90 or int(m.group("bd")) > 180:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            yield Finding.from_span(self.kind, text, start, end, 0.9, "gps_dms")


_NUM = r"[-+]?\d{1,3}(?:\.\d+)?"
_LAT_KEY = r"(?:lat(?:itude)?|breite|latitud|latitudine)"
_LON_KEY = r"(?:lng|lon(?:g(?:itude)?)?|länge|laenge|longitud|longitudine)"
_FIELD_RE = re.compile(
    r"(?i)(?<![A-Za-z])[\"']?" + _LAT_KEY + r"[\"']?\s*[:=]\s*[\"']?(?P<lat>" + _NUM + r")[\"']?"
    r"[\s,;&|]{1,6}[\"']?" + _LON_KEY + r"[\"']?\s*[:=]\s*[\"']?(?P<lon>" + _NUM + r")(?!\d|\.\d)"
)


class GpsFieldPairDetector:
    """Latitude and longitude given as two named fields (JSON keys, key=value pairs)."""

    kind = PiiKind.GPS

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _FIELD_RE.finditer(text):
            lat, lon = float(m.group("lat")), float(m.group("lon"))
            if abs(lat) > 90 or abs(lon) > 180 or (lat == 0 and lon == 0):
                continue
            if "." not in m.group("lat") and "." not in m.group("lon"):
                continue  # whole degrees locate a region, not a person
            yield Finding.from_span(
                self.kind, text, m.start("lat"), m.end("lon"), 0.9, "gps_fields"
            )
