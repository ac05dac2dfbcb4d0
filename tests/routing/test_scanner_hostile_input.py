"""The privacy scan stays linear in the length of hostile text.

Every request is scanned on the device before routing, so one long crafted text must not
freeze a small board. For each family of hostile input and each scanner mode, the scan
of 100k characters may cost at most `_MAX_PER_CHAR_RATIO` times the per-character cost of
10k characters of the same family, measured in the same test. Both are CPU time of this
process, not wall time, so other processes on a shared machine do not count.
Linear code gives a ratio near 1, a quadratic one near 10: the families below were
quadratic before (birth cues without a date, long digit-group runs, many findings).
An absolute cap far above normal is the backstop for anything worse.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import pytest

from hybridsdk.routing import _phone_context
from hybridsdk.routing._detectors import PiiScanner

_SMALL, _LARGE = 10_000, 100_000
_MAX_PER_CHAR_RATIO = 5.0  # linear ~1, quadratic ~10; room for a loaded machine
_MAX_SECONDS = 10.0  # CPU seconds for one 100k scan; well under a second is normal


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _many_scripts(n: int) -> str:
    rng = random.Random(0)
    ranges = [(0x41, 0x5A), (0x61, 0x7A), (0x4E00, 0x4FFF), (0x0400, 0x044F), (0x0600, 0x06FF)]
    ranges += [(0x0900, 0x097F), (0x3040, 0x309F), (0xAC00, 0xACFF), (0x30, 0x39)]
    out: list[str] = []
    while len(out) < n:
        lo, hi = rng.choice(ranges)
        out.extend(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 8)))
        out.append(rng.choice(" .,-@:/+()\n"))
    return "".join(out[:n])


FAMILIES: dict[str, Callable[[int], str]] = {
    "birth cues without a date": _repeat("born on "),
    "digit groups": _repeat("12 34 "),
    "single digits and spaces": _repeat("1 "),
    "many e-mail addresses": _repeat("a@b.co "),
    "parenthesised digits": _repeat("(1) "),
    "secret cue and one long token": lambda n: ("password: " + "x" * n)[:n],
    "gps cues": _repeat("lat 1.0 lon "),
    "random text in many scripts": _many_scripts,
    "table rows of digit-group fields": _repeat("Tel;Nr;Ort\n12 34 5;678 90;x\n"),
    "one long delimited line": _repeat("0301 234567,"),
    "spelled-out at and dot": _repeat("a at b dot "),
    "dictated digits": _repeat("zero seven, double one "),
    "Han numerals": _repeat("〇九〇の一二三四"),
    # cards, MACs, birth dates (priv-cards): a birth-date column header per line, many
    # birth cues on one line above a row, 12-hex values after device cues, CSV digit cells
    "birth-date column headers": _repeat("Date of birth\n"),
    "one long header line of birth cues": lambda n: ("dob," * n)[: n - 12] + "\n12/03/1985,",
    "device cues and 12-hex values": _repeat("device_mac: a1b2c3d4e5f6 "),
    "CSV cells of long digit runs": _repeat("12,4111111111111111,"),
    "HTML rows of birth-cue cells": _repeat("<tr><td>dob</td><td>x</td></tr>"),
    "SQL inserts with unclosed quotes": _repeat("insert into t (dob) values ('"),
    "identity cues and numbers": _repeat("ID number 1234 5678 "),
    "a table of id cues": _repeat("PESEL;Passport\n12345678;"),
    # provider prefixes, JWT-like dot runs and URL paths that never complete a token
    "key prefixes, dots and slashes": _repeat("eyJab.cd.e/glpat-x/sk-a/"),
    "cues and short copulas without a value": _repeat("password on je ni is: "),
    # structured pass 8: change phrases, misspelt cues, leaders, escaped breaks, dotted
    # pairs, XML id elements, allow lists
    "change phrases without a value": _repeat("I changed it to "),
    "misspelt cues and words": _repeat("pasword for the "),
    "dot leaders after cues": _repeat("Password .... Date of birth ..... "),
    "escaped line breaks after cues": _repeat("pw: x\\n"),
    "two-digit dotted quads after cues": _repeat("Mobil: 12.34.56.78 "),
    "XML elements of digits": _repeat("<id>12345678</id>"),
    "allow-list words and hex": _repeat("3c5a1b2c4d5e allow list "),
    # span rules after the tagger (priv-spans8): quoted values, markup lines, titles,
    # labels before values, and runs of blanks after a stop
    "quoted address values": _repeat("('Am Weg 1 Apt 2', '12345 Ort - SP'), "),
    "markup address lines": _repeat("<line>Fő utca 9. 2. em.</line>\n"),
    "titles and labels before names": _repeat("Dr. med. Anna Berg / Pak Budi:\n"),
    "a stop and a long run of blanks": lambda n: (". " + " " * n)[: n - 1] + "1",
    # ids (priv-ids8): document cues and connecting words without a value, SQL rows, XML
    # id elements, a table whose column is headed "ID"
    "document cues and connecting words": _repeat("passport no n. is my ci (x) "),
    "SQL rows under an id column": lambda n: (
        "INSERT INTO t (national_id, name) VALUES " + "('133007033', 'x'), " * n
    )[:n],
    "XML id elements": _repeat('<id type="passport">QX4410278</id>\n'),
    "rows under an ID column": lambda n: ("| Name | ID |\n" + "| Ann | 80417253 |\n" * n)[:n],
    "HTML rows under a passport column": lambda n: (
        "<table><tr><th>Name</th><th>Passport</th></tr>"
        + "<tr><td>Ann</td><td>QX4410278</td></tr>" * n
    )[:n],
}
MODES = {
    "full": {},
    "no tagger": {"ner": False},
    "no tagger, no phonenumbers": {"ner": False, "use_phonenumbers": False},
}


@pytest.fixture(scope="module", params=list(MODES))
def scanner(request: pytest.FixtureRequest) -> PiiScanner:
    s = PiiScanner(**MODES[request.param])
    s.scan("warm up: Jane Doe, +1 212 555 0100, born on 12 March 1985")
    return s


def _seconds(scanner: PiiScanner, text: str) -> float:
    """CPU seconds of one scan: a busy neighbour on a shared machine stretches wall time
    (a 10 s cap failed at load 11) but not the work this process does."""
    t0 = time.process_time()
    scanner.scan(text)
    return time.process_time() - t0


@pytest.mark.parametrize("family", list(FAMILIES))
def test_scan_time_grows_linearly(scanner: PiiScanner, family: str) -> None:
    make = FAMILIES[family]
    small, large = make(_SMALL), make(_LARGE)
    assert len(small) == _SMALL and len(large) == _LARGE
    per_char_small = statistics.median(_seconds(scanner, small) for _ in range(3)) / _SMALL
    took = _seconds(scanner, large)
    assert took < _MAX_SECONDS, f"{family}: {took:.1f} s for {_LARGE} characters"
    ratio = (took / _LARGE) / max(per_char_small, 1e-9)
    assert ratio <= _MAX_PER_CHAR_RATIO, (
        f"{family}: a character costs {ratio:.1f}x more at {_LARGE} characters than at "
        f"{_SMALL} ({took:.2f} s): worse than linear"
    )


def test_run_start_cache_gives_the_uncached_answer_in_any_order() -> None:
    rng = random.Random(1)
    text = "".join(rng.choice("0123456789 -./()+a.") for _ in range(400))
    starts = [rng.randrange(len(text) + 1) for _ in range(600)]
    cached = [_phone_context.run_start(text, s) for s in starts]
    fresh = []
    for s in starts:
        _phone_context.forget_runs()
        fresh.append(_phone_context.run_start(text, s))
    assert cached == fresh


def test_scan_keeps_no_reference_to_the_text() -> None:
    PiiScanner(ner=False, use_phonenumbers=False).scan("call 212 555 0100 or 212 555 0101")
    assert getattr(_phone_context._last_walk, "value", None) is None
