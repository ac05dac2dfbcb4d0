"""Fresh texts from the dev sets' generators (eval_v3 .. eval_v8), for training the tagger.

Each dev set's generator (`benchmarks/privacy_data/eval_vN*_gen.py`) makes record i from
its own `random.Random(f"eval_vN?/{i}")` alone. Here the same record function runs with
that seed string prefixed ("pii-ner/<round>/eval_v3/17"), so it writes new texts from the
same templates, styles and value pools, never one of the committed records (their seeds
are not drawn). Nothing in the generators is edited: only the name `random` (or `Random`)
that the generator module looks up is swapped while a record is made, then restored, so
each generator's `--check` still reproduces its file byte for byte.

Labels: the spans of kinds person, address and dob become the tagger's BIO labels
(`build_pii_ner.token_labels` ignores every other kind, so those tokens are O).
"""

from __future__ import annotations

import importlib
import json
import random
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "privacy_data"

# version -> (generator module, record function, number of records in its committed file)
GENERATORS: dict[str, list[tuple[str, str, int]]] = {
    "3": [("eval_v3_gen", "make_record", 2000)],
    "4": [("eval_v4a_gen", "make", 1000), ("eval_v4b_gen", "make", 1000)],
    "5": [("eval_v5a_gen", "make", 1000), ("eval_v5b_gen", "build", 1000)],
    "6": [("eval_v6a_gen", "make", 1000), ("eval_v6b_gen", "make", 1000)],
    "7": [("eval_v7a_gen", "make", 1000), ("eval_v7b_gen", "record", 1000)],
    "8": [("eval_v8a_gen", "make", 1000), ("eval_v8b_gen", "record", 1000)],
}
_KEPT = ("person", "address", "dob")


class _Prefix:
    value = ""


class _ReseededRandom(random.Random):
    """random.Random whose "eval_v..." seed strings get the current prefix."""

    def __init__(self, x: Any = None) -> None:
        if isinstance(x, str) and x.startswith("eval_v"):
            x = _Prefix.value + x
        super().__init__(x)


_PROXY = types.ModuleType("random")
_PROXY.__dict__.update(random.__dict__)
_PROXY.Random = _ReseededRandom  # type: ignore[attr-defined]


@contextmanager
def _reseeded(module: types.ModuleType, prefix: str) -> Iterator[None]:
    saved = {k: module.__dict__[k] for k in ("random", "Random") if k in module.__dict__}
    _Prefix.value = prefix
    if saved.get("random") is random:
        module.random = _PROXY  # type: ignore[attr-defined]
    if saved.get("Random") is random.Random:
        module.Random = _ReseededRandom  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module.__dict__.update(saved)
        _Prefix.value = ""


def _as_record(out: Any) -> dict[str, Any]:
    if isinstance(out, tuple):  # (record, counts) in v5a / v5b
        out = out[0]
    if isinstance(out, str):  # a JSON line in v8a
        out = json.loads(out)
    return dict(out)


def _load(name: str) -> types.ModuleType:
    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    return importlib.import_module(name)


def _order(module_name: str, size: int) -> list[int]:
    """The generator's indices in a fixed shuffled order: the index picks the locale and
    style (often in blocks), so any prefix of this order mixes them like the whole set."""
    order = list(range(size))
    random.Random(f"pii-ner/order/{module_name}").shuffle(order)
    return order


def draw(module_name: str, func: str, size: int, k: int) -> dict[str, Any]:
    """The k-th fresh record of one generator: the (k mod size)-th index of a shuffled
    order, with seed round k // size (each round a new prefix, so no text repeats)."""
    module = _load(module_name)
    index = _order(module_name, size)[k % size]
    with _reseeded(module, f"pii-ner/{k // size}/"):
        rec = _as_record(getattr(module, func)(index))
    return {
        "text": rec["text"],
        "spans": [list(s) for s in rec["spans"] if s[0] in _KEPT],
        "locale": rec.get("locale", ""),
    }


def dev_set_texts(n: int, versions: list[str]) -> list[dict[str, Any]]:
    """n fresh texts, shared evenly over the generators of the given dev-set versions.

    A record whose generator refuses it (its own self-check fails on a new seed) is skipped
    and counted; the draw is deterministic, so the same records are skipped every build.
    """
    gens = [g for v in versions for g in GENERATORS[v]]
    if n <= 0 or not gens:
        return []
    out: list[dict[str, Any]] = []
    skipped = 0
    for j, (name, func, size) in enumerate(gens):
        share = n // len(gens) + (1 if j < n % len(gens) else 0)
        for k in range(share):
            try:
                out.append(draw(name, func, size, k))
            except ImportError as exc:  # never skip silently: the file would differ
                raise SystemExit(
                    f"{name} needs {exc.name}: pip install -e '.[models]' (python-stdnum, "
                    "names-dataset and pyyaml are in the models extra for this source)"
                ) from exc
            except Exception:  # the generator's own self-check refused this seed
                skipped += 1
    print(f"dev-set generators v{','.join(versions)}: {len(out)} texts ({skipped} refused)")
    return out
