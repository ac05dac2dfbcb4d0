"""Each span rule after the tagger (hybridsdk/routing/_span_rules.py), measured alone.

    python benchmarks/privacy_data/span_rules_dev.py [--refresh] [--rules lines,merge]
    python benchmarks/privacy_data/span_rules_dev.py --cost   # their time, in one process
    python benchmarks/privacy_data/span_rules_dev.py --stage-cost   # first pass vs all, v4
    python benchmarks/privacy_data/span_rules_dev.py --errors --sets eval_v4a --kind person

Runs the scanner once per text of the first set (eval.jsonl, and eval_lines.jsonl, the same
relabelled) and the dev sets (eval_v2, eval_v3, eval_v4a, eval_v4b, eval_v5a, eval_v5b) with the span rules
off, keeps the candidates (cached under /tmp), then
scores person and address for: no rule, all rules, all rules but one (for each rule). Per
set: exact precision / recall, overlap recall, and `lost`: labelled values of any kind
that some finding overlapped without the rules and none overlaps with them (a rule that
drops a real finding shows up here). Dev sets only: never point it at a blind set.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hybridsdk.routing import _span_rules  # noqa: E402
from hybridsdk.routing._detectors import PiiScanner, resolve_overlaps  # noqa: E402
from hybridsdk.routing._name_repeats import spread_free_form  # noqa: E402

SETS = ("eval_v5a", "eval_v5b", "eval_v4a", "eval_v4b", "eval_v3", "eval_v2", "eval", "eval_lines")
# One cache per work tree: other trees run other code.
CACHE = Path(f"/tmp/span_rules_dev_cache_{zlib.crc32(str(REPO).encode()):08x}.pkl")


def _collect(refresh: bool) -> dict[str, list[tuple[dict[str, Any], list[Any]]]]:
    data: dict[str, list[tuple[dict[str, Any], list[Any]]]] = {}
    if CACHE.is_file() and not refresh:
        with CACHE.open("rb") as fh:
            data = pickle.load(fh)
        if all(name in data for name in SETS):
            return data
    seen: list[list[Any]] = []

    def capture(text: str, findings: Any) -> list[Any]:
        out = list(findings)
        seen.append(out)
        return out

    original = _span_rules.shape_free_form
    _span_rules.shape_free_form = capture  # type: ignore[assignment]
    scanner = PiiScanner(use_phonenumbers=True, ner=True)
    try:
        for name in SETS:
            if name in data:
                continue  # cached (scan again with --refresh)
            rows = []
            path = REPO / "benchmarks" / "privacy_data" / f"{name}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                seen.clear()
                scanner.scan(item["text"], locale=item["locale"])
                rows.append((item, seen[0] if seen else None))
            data[name] = rows
    finally:
        _span_rules.shape_free_form = original  # type: ignore[assignment]
    with CACHE.open("wb") as fh:
        pickle.dump(data, fh)
    return data


def _final(text: str, cands: list[Any] | None, rules: set[str]) -> list[Any]:
    if cands is None:
        return []
    saved = set(_span_rules.ENABLED)
    _span_rules.ENABLED.clear()
    _span_rules.ENABLED.update(rules)
    try:
        shaped = _span_rules.shape_free_form(text, cands) if rules else list(cands)
        return resolve_overlaps(spread_free_form(text, shaped))
    finally:
        _span_rules.ENABLED.clear()
        _span_rules.ENABLED.update(saved)


def _score(rows: list[Any], rules: set[str], base: list[list[Any]]) -> dict[str, Any]:
    c: dict[str, Counter[str]] = {"person": Counter(), "address": Counter()}
    other_changed = 0
    lost = 0
    for (item, cands), before in zip(rows, base, strict=True):
        text = item["text"]
        found = _final(text, cands, rules)
        fs = {(f.kind.value, f.start, f.end) for f in found}
        truth = {(k, a, b) for k, a, b in item["spans"]}
        for kind in c:
            t = {s for s in truth if s[0] == kind}
            p = {s for s in fs if s[0] == kind}
            c[kind]["tp"] += len(t & p)
            c[kind]["fp"] += len(p - t)
            c[kind]["fn"] += len(t - p)
            c[kind]["near"] += sum(
                any(k == kind and s < b and a < e for k, s, e in p) for _, a, b in t
            )
            c[kind]["n"] += len(t)
        bo = {(f.kind.value, f.start, f.end) for f in before if f.kind.value not in c}
        no = {s for s in fs if s[0] not in c}
        other_changed += bo != no
        for _, a, b in truth:
            was = any(f.start < b and a < f.end for f in before)
            now = any(f.start < b and a < f.end for f in found)
            lost += was and not now
    out: dict[str, Any] = {}
    for kind, x in c.items():
        out[kind] = (
            round(x["tp"] / max(1, x["tp"] + x["fp"]), 3),
            round(x["tp"] / max(1, x["n"]), 3),
            round(x["near"] / max(1, x["n"]), 3),
        )
    out["lost"] = lost
    out["other_kinds_changed"] = other_changed
    return out


def _context(text: str, a: int, b: int, width: int = 30) -> str:
    left = text[max(0, a - width) : a]
    return f"{left}[{text[a:b]}]{text[b : b + width]}".replace("\n", "⏎")


def _errors(data: Any, sets: list[str], kind: str, only: str | None) -> None:
    """Errors of one kind with every rule on, as errors.py prints them (from the cache)."""
    every = set(_span_rules.ENABLED)
    for s in sets:
        for i, (item, cands) in enumerate(data[s]):
            text = item["text"]
            found = {(f.kind.value, f.start, f.end) for f in _final(text, cands, every)}
            truth = {(k, a, b) for k, a, b in item["spans"]}
            for k, a, b in sorted((found | truth) - (found & truth), key=lambda x: x[1]):
                if k != kind:
                    continue
                other = found if (k, a, b) in truth else truth
                bound = any(kk == kind and x < b and a < y for kk, x, y in other)
                cls = "fn" if (k, a, b) in truth else "fp"
                show = "boundary" if bound else cls
                if only and only != show:
                    continue
                label = ("BOUND-" if bound else "") + cls.upper()
                tag = f"{s}:{i} {item['locale']} {item.get('style', '')}"
                print(f"{tag} {label:9} {_context(text, a, b)}")


# The rules main had before session 8's second pass: `--stage-cost` times them against all.
_FIRST_PASS = frozenset(
    ["lines", "merge", "abbrev", "trailing", "no_letters", "technical", "money", "long_digits", "bare_address", "json_key", "csv_header", "form_label", "tiny_person", "person_in_address", "words", "house_number", "csv_cells", "ticket_subject"]
)


def _stage_cost(data: Any, repeats: int = 3) -> None:
    """The stage after the tagger (rules, name repeats, overlaps) on v4's cached candidates,
    first-pass rules vs all, alternating text by text in one process (ms per 100 chars)."""
    every = set(_span_rules.ENABLED)
    rows = [(it["text"], c) for s in ("eval_v4a", "eval_v4b") for it, c in data[s] if c]
    out: dict[str, list[float]] = {"first pass": [], "all": []}
    try:
        for rep in range(repeats):
            for i, (text, cands) in enumerate(rows):
                order = [("first pass", _FIRST_PASS), ("all", every)]
                for name, rules in order if (i + rep) % 2 == 0 else order[::-1]:
                    _span_rules.ENABLED.clear()
                    _span_rules.ENABLED.update(rules)
                    t0 = time.perf_counter()
                    resolve_overlaps(
                        spread_free_form(text, _span_rules.shape_free_form(text, cands))
                    )
                    out[name].append((time.perf_counter() - t0) * 1e5 / max(1, len(text)))
    finally:
        _span_rules.ENABLED.clear()
        _span_rules.ENABLED.update(every)
    for name, v in out.items():
        print(f"{name}: p50 {statistics.median(v):.4f} mean {statistics.mean(v):.4f} ms/100 chars")


def _cost(n: int = 600, repeats: int = 3) -> None:
    """Scan time with the rules on and off, alternating text by text in one process (p50
    ms per 100 characters), and the rules' own time on the captured candidates."""
    real = _span_rules.shape_free_form

    def ident(text: str, findings: Any) -> list[Any]:
        return list(findings)

    scanner = PiiScanner(ner=True, use_phonenumbers=True)
    path = REPO / "benchmarks" / "privacy_data" / "eval_v3.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()][:n]
    on: list[float] = []
    off: list[float] = []
    own: list[float] = []
    captured: list[tuple[str, list[Any]]] = []
    try:
        for rep in range(repeats):
            for i, item in enumerate(rows):
                text = item["text"]
                for fn in (real, ident) if (i + rep) % 2 == 0 else (ident, real):
                    _span_rules.shape_free_form = fn  # type: ignore[assignment]
                    t0 = time.perf_counter()
                    scanner.scan(text, locale=item["locale"])
                    ms = (time.perf_counter() - t0) * 1000 * 100 / max(1, len(text))
                    (on if fn is real else off).append(ms)

        def capture(text: str, findings: Any) -> list[Any]:
            captured.append((text, list(findings)))
            return list(findings)

        _span_rules.shape_free_form = capture  # type: ignore[assignment]
        for item in rows:
            scanner.scan(item["text"], locale=item["locale"])
    finally:
        _span_rules.shape_free_form = real  # type: ignore[assignment]
    for _ in range(5):
        for text, found in captured:
            t0 = time.perf_counter()
            real(text, found)
            own.append((time.perf_counter() - t0) * 1000 * 100 / max(1, len(text)))
    a, b = statistics.median(on), statistics.median(off)
    print(f"scan p50 ms/100 chars: rules on {a:.3f}, off {b:.3f}, on/off {a / b:.3f}")
    print(
        f"rules alone p50 ms/100 chars: {statistics.median(own):.4f}"
        f" (p95 {statistics.quantiles(own, n=20)[18]:.4f})"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--refresh", action="store_true", help="re-run the scanner (after a merge)")
    p.add_argument("--rules", help="comma-separated rules to ablate (default: all)")
    p.add_argument("--cost", action="store_true", help="time the rules instead (eval_v3)")
    p.add_argument("--stage-cost", action="store_true", help="first-pass rules vs all (v4)")
    p.add_argument("--sets", help="comma-separated sets (default: all five)")
    p.add_argument("--errors", action="store_true", help="print the errors with all rules on")
    p.add_argument("--kind", default="address", help="with --errors: person or address")
    p.add_argument("--only", choices=("fn", "fp", "boundary"), help="with --errors")
    args = p.parse_args(argv)
    if args.cost:
        _cost()
        return 0
    data = _collect(args.refresh)
    sets = args.sets.split(",") if args.sets else list(SETS)
    if args.errors:
        _errors(data, sets, args.kind, args.only)
        return 0
    if args.stage_cost:
        _stage_cost(data)
        return 0
    every = set(_span_rules.ENABLED)
    ablate = sorted(every) if not args.rules else args.rules.split(",")
    configs = [("none", set()), ("all", every)] + [(f"-{r}", every - {r}) for r in ablate]
    print("config               " + "  ".join(f"{s:>44}" for s in sets))
    print(" " * 21 + "  ".join(f"{'person P/R/ovl':>22}{'address P/R/ovl':>22}" for _ in sets))
    for name, rules in configs:
        cells = []
        for s in sets:
            rows = data[s]
            base = [_final(it["text"], cands, set()) for it, cands in rows]
            r = _score(rows, rules, base)
            cells.append(
                f"{'/'.join(map(str, r['person'])):>22}{'/'.join(map(str, r['address'])):>22}"
                + f" lost {r['lost']} oth {r['other_kinds_changed']}"
            )
        print(f"{name:20} " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
