"""The README's commands work on a clean clone: no test or example reads files outside it.

The RFC 9458 vectors live in tests/wire/vectors/; only `nox -s models` (edge_models/build/) may
read the shared datasets folder beside the checkout, and it skips cleanly without it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Any path that climbs out of the checkout to a "shared" folder, spelled as a string or
# built with pathlib.
OUTSIDE = re.compile(
    r"""\.\./shared|parents?\[\d\]\s*/\s*["']shared["']|parent\s*/\s*["']shared["']"""
)


def _python_files() -> list[Path]:
    roots = [REPO / "tests", REPO / "examples", REPO / "benchmarks", REPO / "hybridsdk"]
    return [p for root in roots if root.is_dir() for p in root.rglob("*.py")]


def test_no_test_example_or_library_file_reads_the_shared_folder() -> None:
    offenders = [
        str(p.relative_to(REPO))
        for p in _python_files()
        if OUTSIDE.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_pattern_catches_the_spellings_that_broke_clean_clones() -> None:
    # Spelled in pieces so that this file itself matches no such search.
    up, shared = "..", "shared"
    assert OUTSIDE.search(f'Path(__file__).resolve().parents[2] / "{shared}" / "vectors"')
    assert OUTSIDE.search(f'REPO.parent / "{shared}"')
    assert OUTSIDE.search(f'open("{up}/{shared}/vectors/x.json")')
    assert not OUTSIDE.search("shared = Outbox(path)")


def test_the_rfc_9458_vectors_are_in_the_repository() -> None:
    raw = json.loads(
        (REPO / "tests" / "wire" / "vectors" / "ohttp-rfc9458-appendix-a.json").read_text()
    )
    assert raw["source"].startswith("RFC 9458")
    assert raw["key_config"].startswith("01002031e1f05a74")
