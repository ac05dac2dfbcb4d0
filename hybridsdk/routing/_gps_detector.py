"""GPS coordinates in decimal degrees: four decimals on both numbers or hemisphere letters;
constants, vectors, readings and table columns of that shape are no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._findings import Finding, PiiKind
from hybridsdk.routing._gps_readings import reading_label

__all__ = ["READING_BEFORE_RE", "GpsDetector"]

_GPS_RE = re.compile(
    r"(?<![\w.])(?P<lat>[-+]?\d{1,2}\.(?P<latd>\d{2,10}))\s*°?\s*(?P<ns>[NSns](?![A-Za-z]))?"
    r"\s*[,;/ ]\s*"
    # the hemisphere letter on the same line, no word's first letter ("\nE-post: ...")
    r"(?P<lon>[-+]?\d{1,3}\.(?P<lond>\d{2,10}))[ \t]*°?[ \t]*(?P<ew>[EWew](?![A-Za-z-]))?"
    r"(?![\w]|\.\d)",
    re.ASCII,
)
# Well-known constants (pi, e, sqrt 2, sqrt 3, golden ratio, ln 2, ...): first digits.
_CONSTANTS = ("3.1415", "2.7182", "1.4142", "1.7320", "1.6180", "0.6931", "0.5772", "2.3025")
# A number list around the pair (vectors, embeddings, sensor series) is not a location.
# A run of comma-separated numbers around the pair: a vector or a series.
# Not from inside a version ("fw 4.8.72.125; 0.8694, -9.7257, 0.1713": the run starts at "125").
_NUM_RUN_RE = re.compile(r"(?<![\d.])[-+]?\d+(?:\.\d+)?(?:\s*[,;]\s*[-+]?\d+(?:\.\d+)?)+", re.ASCII)


# A reading's name right before the pair: "Temperature 21.4567, 45.1234".
READING_BEFORE_RE = re.compile(
    r"(?i)(?:temp\w*|humidity|hum|pressure|voltage|volt|current|ratio|score|weights?|\bph|"
    r"scale|translate\w*|rotate\w*|skew|matrix|rgba?|hsla?|vec[234]?|cubic-bezier|"
    r"Temperatur|Luftfeuchte|Druck|température|humidité|temperatura|umidità|humedad|"
    r"температур\w*|влажност\w*|温度|湿度|気温|습도|온도)\W{0,4}$"
)


def _not_coordinates(text: str, m: re.Match[str], lat: float, lon: float) -> bool:
    """Constants, vectors and readings that have a coordinate pair's shape."""
    if READING_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
        return True
    if reading_label(text, m.start()):
        return True
    if m.group("lat").lstrip("+-").startswith(_CONSTANTS) or m.group("lon").lstrip("+-").startswith(
        _CONSTANTS
    ):
        return True
    if abs(lat) < 1 and abs(lon) < 1:
        return True  # unit-range values: weights, probabilities, normalised readings
    # An odd count of numbers (x, y, z; r, g, b) is a vector; an even run may be a route.
    # Whole numbers in the run ("room 4, 48.8584, 2.2945") are not counted.
    lo, hi = max(0, m.start() - 200), min(len(text), m.end() + 200)
    for run in _NUM_RUN_RE.finditer(text, lo, hi):
        if run.start() <= m.start("lat") and m.end("lon") <= run.end():
            numbers = re.split(r"\s*[,;]\s*", run.group(0))
            return sum("." in n for n in numbers) % 2 == 1
    return False


class GpsDetector:
    """Latitude, longitude pairs in decimal degrees, ranges checked."""

    kind = PiiKind.GPS

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _GPS_RE.finditer(text):
            lat, lon = float(m.group("lat")), float(m.group("lon"))
            hemispheres = m.group("ns") is not None and m.group("ew") is not None
            if hemispheres and (lat < 0 or lon < 0):
                continue
            precise = len(m.group("latd")) >= 4 and len(m.group("lond")) >= 4
            if not (precise or hemispheres):
                continue
            if abs(lat) > 90 or abs(lon) > 180:
                continue
            gap = text[m.end("lat") : m.start("lon")]
            if not hemispheres and ("   " in gap or "\t" in gap) and gap.isspace():
                continue  # "AED   21.5997    21.9983": two columns of a table (rates, prices)
            if not hemispheres and _not_coordinates(text, m, lat, lon):
                continue
            end = m.end()
            while text[end - 1].isspace():
                end -= 1  # "48.8584, 2.2945 - ...": the blank before a degree sign or letter
            yield Finding.from_span(self.kind, text, m.start(), end, 0.85, "gps")
