"""Decimal pairs that words before them name as readings, not coordinates (used by
`GpsDetector` after its constants, unit-range and vector rules):

    temperature in the server room: 3.17, 2.72      sensor readings at failure: ...
    Температура в сървърното: ...                   fw 5.2.7-rc1; 3.19, 2.70

A label a few words long that names a reading (temperature, reading, sensor, measurement
in 20+ languages) and ends in a colon right before the pair, unless it also names a place
("sensor location:"); or a device's firmware version and a separator ("fw 2.4.1;").
"""

from __future__ import annotations

import re

__all__ = ["reading_label"]

# A label that names a reading, a few words long, ending in a colon right before the pair:
# "temperature in the server room:", "sensor readings at failure:", "دمای اتاق سرور:".
_READING_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:temp\w*|reading\w*|sensor\w*|measure\w*|messwert\w*|messung\w*|"
    r"lectura\w*|leitura\w*|lecture\w*|mesure\w*|misura\w*|pomiar\w*|odczyt\w*|meting\w*|"
    r"показани\w*|измерен\w*|температур\w*|θερμοκρασ\w*|μέτρησ\w*|μετρήσ\w*|sıcaklı\w*|"
    r"ölçüm\w*|lämpötil\w*|hőmérséklet\w*|nhiệt độ|suhu|دمای|دما|قرائت\w*|درجة الحرارة|"
    r"قراءة|قراءات|القراءات|온도|측정|温度|測定|读数|讀數)[^\d\n:=]{0,40}[:=][ \t\"'(\[]{0,3}$"
)
# ... unless the label names a place ("sensor location:", "posição do sensor:").
_PLACE_IN_LABEL_RE = re.compile(
    r"(?i)locat|coord|gps|posi[tcз]|standort|lage|ubicaci|localiza|emplacement|lieu|"
    r"położ|местополож|τοποθεσ|konum|sijainti|مکان|موقع|위치|位置|地点"
)


# A device's status line: its firmware version, then its readings ("fw 2.4.1; 3.19, 2.70").
_AFTER_VERSION_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:fw|firmware|sw|software|version|ver|build)\.?[ \t:=]*v?\d+(?:\.\d+)+"
    r"(?:[-+][\w.]+)?[ \t]*[;,|][ \t]*$"
)


def reading_label(text: str, start: int) -> bool:
    """Whether the words right before text[start:] name the decimal pair after them a
    reading: a reading's label ending in a colon, or a device's firmware version."""
    if _AFTER_VERSION_RE.search(text, max(0, start - 40), start):
        return True
    m = _READING_LABEL_RE.search(text, max(0, start - 64), start)
    return m is not None and _PLACE_IN_LABEL_RE.search(m.group(0)) is None
