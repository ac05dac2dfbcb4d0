"""Coordinates written in forms the decimal-pair detector does not read.

- Degrees, minutes, seconds: 48°51'29.6"N 2°17'40.2"E, 48° 51 prime 29.6 double-prime N, and degrees with
  decimal minutes: N 48° 51.493' E 2° 17.670' (the prime may be left out after three
  decimals, as geocaches are listed: S 34° 54.066 W 056° 09.870).
- Field pairs: "lat": 48.8582, "lng": 2.2945 (JSON), lat=48.85 lon=2.29 (logs, query
  strings, OpenStreetMap's mlat=..&mlon=..), latitude: .. longitude: .. (forms). The
  finding spans both numbers.
- KML <coordinates>: lon,lat[,alt] tuples split by spaces; each finding spans lon,lat.
- Longitude first: GeoJSON "coordinates": [lon, lat] (nested arrays too), WKT POINT(lon
  lat), PostGIS ST_MakePoint(lon, lat); and Bing Maps' cp=lat~lon.
- NMEA 0183 sentences from GPS receivers ($GPGGA, $GPRMC, $GPGLL ...): ddmm.mmmm,N,
  dddmm.mmmm,E; the finding spans from the latitude to the longitude's hemisphere.

A field pair needs a latitude word right before the first number and a longitude word
right before the second, so sensor readings ("temp=21.5 hum=45.1") are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._gps_detector import READING_BEFORE_RE

__all__ = ["DmsGpsDetector", "GpsFieldPairDetector", "HemisphereGpsDetector"]

_DEG = r"\s?[°º˚]\s?"
_MIN = "\\s?['\u2032\u2019]\\s?"  # ' prime, right single quote
_SEC = "\\s?(?:[\"\u2033\u201d]|'')\\s?"  # " double prime, right double quote
# Seconds may drop their symbol right before the hemisphere letter ("57°30'33.9N").
_DMS_ONE = (
    r"(?:(?<![^\W_])(?P<{h}1>[NSEWnsew])\s?)?(?P<{h}d>\d{{1,3}}){deg}(?P<{h}m>\d{{1,2}}(?:[.,]\d+)?)"
    # geocaching writes decimal minutes with three decimals and no prime: "S 34° 54.066"
    r"(?:{min}|(?<=[.,]\d\d\d)(?=[\s,;)]|\.(?!\d)|$))"
    r"(?:(?P<{h}s>\d{{1,2}}(?:[.,]\d+)?)(?:{sec}|(?=\s?[NSEWnsew](?![^\W\d_]))))?"
    r"\s?(?P<{h}2>[NSEWnsew])?"
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
    if letters[0] and letters[1] and letters[3] and not letters[2]:
        letters[0] = None  # "jestem w 50°51'56"N 15°24'35"E": the "w" is a word of the prose
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
            if m.group("a1") and m.group("a2") and m.group("b2") and not m.group("b1"):
                start = m.start("ad")  # the prefix letter was a word of the prose
            while end > start and text[end - 1].isspace():
                end -= 1
            yield Finding.from_span(self.kind, text, start, end, 0.9, "gps_dms")


_NUM = r"[-+]?\d{1,3}(?:[.,]\d+)?"
# Keys in the languages of the sets: English, German, French, Spanish, Italian, Dutch,
# Polish, Swedish, Russian, Greek, Japanese, Chinese, Korean, Arabic.
_LAT_KEY = (
    r"(?:m?lat(?:itude|itud|itudine)?|breite|breitengrad|szer(?:oko[śs][ćc])?\.?|"
    r"breddgrad|широта|γεωγρ\. πλάτος|πλάτος|緯度|纬度|위도|خط العرض|अक्षांश|"
    r"北緯|南緯|北纬|南纬|북위|남위)"
)
_LON_KEY = (
    r"(?:m?lng|m?lon(?:g(?:itude|itud|itudine)?)?|länge|laenge|längengrad|d[łl](?:ugo[śs][ćc])?\.?|"
    r"längdgrad|долгота|γεωγρ\. μήκος|μήκος|経度|经度|경도|خط الطول|देशांतर|"
    r"東経|西経|东经|西经|동경|서경)"
)
_FIELD_RE = re.compile(
    r"(?i)(?<![A-Za-z])[\"']?"
    + _LAT_KEY
    + r"[\"']?\s*[:=\uff1a]?\s*[\"']?(?P<lat>"
    + _NUM
    + r")[\"']?"
    r"[\s,;&|/\uff0c\u3001]{1,6}[\"']?"
    + _LON_KEY
    + r"[\"']?\s*[:=\uff1a]?\s*[\"']?(?P<lon>"
    + _NUM
    + r")"
    r"(?!\d|[.,]\d)"
)


class GpsFieldPairDetector:
    """Latitude and longitude given as two named fields (JSON keys, key=value pairs)."""

    kind = PiiKind.GPS

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _FIELD_RE.finditer(text):
            raw_lat, raw_lon = m.group("lat"), m.group("lon")
            lat, lon = float(raw_lat.replace(",", ".")), float(raw_lon.replace(",", "."))
            if abs(lat) > 90 or abs(lon) > 180 or (lat == 0 and lon == 0):
                continue
            if not any(c in raw_lat + raw_lon for c in ".,"):
                continue  # whole degrees locate a region, not a person
            yield Finding.from_span(
                self.kind, text, m.start("lat"), m.end("lon"), 0.9, "gps_fields"
            )


# "N 48.8584, E 2.2945", "S33.8688 E151.2093": hemisphere letters before the numbers;
# "48,8584, 2,2945": decimal commas (then the pair is split by ", " or ";"); "48.8584，
# 2.2945": a fullwidth comma; "GPS 48.858,2.294": three decimals after a location word.
_PREFIX_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<ns>[NS])\s?(?P<lat>\d{1,2}[.,]\d{1,10})°?\s*[,;/\uff0c]?\s*"
    r"(?P<ew>[EWO])\s?(?P<lon>\d{1,3}[.,]\d{1,10})°?(?![\w]|[.,]\d)"
)
_COMMA_RE = re.compile(
    r"(?<![A-Za-z0-9_.,])(?P<lat>[-+]?\d{1,2},\d{4,10})(?:\s*;\s*|,\s+)(?P<lon>[-+]?\d{1,3},\d{4,10})"
    r"(?![\w]|[.,]\d)"
)
_LOOSE_RE = re.compile(
    r"(?<![\w.])(?P<lat>[-+]?\d{1,2}\.\d{2,10})\s*(?:[,;/]|[\uff0c\u060c\u3001])\s*"
    r"(?P<lon>[-+]?\d{1,3}\.\d{2,10})"
    r"(?![\w]|[.,]\d)",
    re.ASCII,
)
_LOCATION_CUE_RE = re.compile(
    r"(?i)(?:gps|coord\w*|location|loc|position|geo|standort|koordinat\w*|ubicaci[oó]n|"
    r"lat[/_ ]?l(?:ng|on)|latlong|center|centre|marker|pin|venue|"
    r"posizione|coordonn[ée]es|координат\w*|местоположение|位置|坐标|座標|위치|좌표|"
    r"موقع|الإحداثيات|स्थान|निर्देशांक|θέση|συντεταγμένες|pozycja|lokalizacja|plats|"
    r"positie|locatie|@)[\s:=\uff1a\"'\[(]*$"
)


# NMEA 0183 position fields: latitude ddmm.mmmm, N/S, longitude dddmm.mmmm, E/W, each a
# comma-separated field (GGA, RMC, GLL, GNS sentences). The order and the hemisphere
# fields make the shape specific enough without the sentence header.
_NMEA_RE = re.compile(
    r"(?<![\w.])(?P<lat>[0-8]\d[0-5]\d\.\d{1,7}|9000\.0{1,7}),[NS],"
    r"(?P<lon>(?:0\d\d|1[0-7]\d)[0-5]\d\.\d{1,7}|18000\.0{1,7}),[EW](?=[,*\s]|$)"
)


# KML: <coordinates>lon,lat[,alt] lon,lat[,alt] ...</coordinates>, tuples split by spaces.
_KML_OPEN_RE = re.compile(r"<(?:kml:)?coordinates>\s*")
_KML_TUPLE_RE = re.compile(
    r"(?P<lon>[-+]?\d{1,3}\.\d{2,10}),(?P<lat>[-+]?\d{1,2}\.\d{2,10})(?:,[-+]?\d+(?:\.\d+)?)?"
    r"(?=\s|<)"
)
_KML_GAP_RE = re.compile(r"\s+")


# Longitude first: GeoJSON "coordinates": [lon, lat] (RFC 7946; also nested in lines and
# polygons), WKT POINT(lon lat), PostGIS ST_MakePoint(lon, lat); Bing Maps cp=lat~lon.
_NUMF = r"[-+]?\d{1,3}\.\d{2,10}"
_GEOJSON_OPEN_RE = re.compile(r"\"coordinates\"\s*:\s*")
_GEOJSON_PAIR_RE = re.compile(
    r"\[*\s*(?P<lon>"
    + _NUMF
    + r")\s*,\s*(?P<lat>"
    + _NUMF
    + r")(?:\s*,\s*[-+]?\d+(?:\.\d+)?)?\s*\]"
)
_GEOJSON_GAP_RE = re.compile(r"[\s,\]]*")
_LON_FIRST_RE = re.compile(
    r"(?i)(?:\bpoint\s*z?\s*\(\s*(?P<lon>" + _NUMF + r")\s+(?P<lat>" + _NUMF + r")"
    r"|\bst_(?:make)?point\s*\(\s*(?P<lon2>" + _NUMF + r")\s*,\s*(?P<lat2>" + _NUMF + r"))"
)
_BING_RE = re.compile(r"(?<=[?&]cp=)(?P<lat>" + _NUMF + r")~(?P<lon>" + _NUMF + r")")


def _lon_lat_ok(lon: str, lat: str) -> bool:
    return (
        abs(float(lat)) <= 90
        and abs(float(lon)) <= 180
        and not (abs(float(lat)) < 1 and abs(float(lon)) < 1)
    )


class HemisphereGpsDetector:
    """Decimal pairs in forms the plain pair detector skips: hemisphere letters first,
    decimal commas, a fullwidth comma, three decimals right after a location word, and
    the position fields of NMEA sentences and the lon,lat tuples of KML."""

    kind = PiiKind.GPS

    def __call__(self, text: str) -> Iterator[Finding]:
        if '"coordinates"' in text:
            for m in _GEOJSON_OPEN_RE.finditer(text):
                pos = m.end()
                while (t := _GEOJSON_PAIR_RE.match(text, pos)) is not None:
                    if _lon_lat_ok(t.group("lon"), t.group("lat")):
                        yield Finding.from_span(
                            self.kind, text, t.start("lon"), t.end("lat"), 0.9, "gps_geojson"
                        )
                    pos = _GEOJSON_GAP_RE.match(text, t.end()).end()  # type: ignore[union-attr]
        low = text.lower()
        if "point" in low:
            for m in _LON_FIRST_RE.finditer(text):
                lon, lat = m.group("lon") or m.group("lon2"), m.group("lat") or m.group("lat2")
                a = m.start("lon") if m.group("lon") else m.start("lon2")
                b = m.end("lat") if m.group("lat") else m.end("lat2")
                if _lon_lat_ok(lon, lat):
                    yield Finding.from_span(self.kind, text, a, b, 0.9, "gps_lon_first")
        if "cp=" in text:
            for m in _BING_RE.finditer(text):
                if _lon_lat_ok(m.group("lon"), m.group("lat")):
                    yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "gps_bing")
        if "coordinates>" in text:
            for m in _KML_OPEN_RE.finditer(text):
                pos = m.end()
                while (t := _KML_TUPLE_RE.match(text, pos)) is not None:
                    if abs(float(t.group("lat"))) <= 90 and abs(float(t.group("lon"))) <= 180:
                        yield Finding.from_span(
                            self.kind, text, t.start(), t.end("lat"), 0.9, "gps_kml"
                        )
                    gap = _KML_GAP_RE.match(text, t.end())
                    if gap is None:
                        break
                    pos = gap.end()
        if ",N," in text or ",S," in text:
            for m in _NMEA_RE.finditer(text):
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "gps_nmea")
        for m in _PREFIX_RE.finditer(text):
            lat = float(m.group("lat").replace(",", "."))
            lon = float(m.group("lon").replace(",", "."))
            if lat <= 90 and lon <= 180:
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.9, "gps_prefix")
        for pattern in (_COMMA_RE, _LOOSE_RE):
            for m in pattern.finditer(text):
                raw_lat, raw_lon = m.group("lat"), m.group("lon")
                lat = float(raw_lat.replace(",", "."))
                lon = float(raw_lon.replace(",", "."))
                if abs(lat) > 90 or abs(lon) > 180 or (abs(lat) < 1 and abs(lon) < 1):
                    continue
                if READING_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
                    continue  # "Temperatur 21,4567; 45,1234": readings, not a place
                short = min(len(re.split(r"[.,]", raw_lat)[1]), len(re.split(r"[.,]", raw_lon)[1]))
                cued = _LOCATION_CUE_RE.search(text, max(0, m.start() - 24), m.start())
                wide_comma = any(c in m.group(0) for c in "\uff0c\u060c\u3001")
                if pattern is _LOOSE_RE and short >= 4 and not wide_comma:
                    continue  # the plain pair detector reads it
                if short < 4 and (cued is None or short < 3):
                    continue  # "12.50, 13.25": prices and measurements; 3 decimals and a location word
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.86, "gps_loose")
