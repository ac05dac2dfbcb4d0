"""Builds the name/address/date-of-birth tagger: hybridsdk/routing/models/pii-ner.onnx.

    python edge_models/build/build_pii_ner.py [--tune-texts N] [--varied-texts N]
        [--epochs N] [--out PATH] [--dev-out PATH]

Trains on the "tune" split of benchmarks/privacy_data/pii_textgen.py (less the phrasings,
style and locale held out for the dev set) and on our own varied phrasings over every
Faker locale with names (`_pii_ner_data.py`), on mimesis and made-up names, on whole
documents (`_pii_ner_styles.py`), on records and business documents
(`_pii_ner_records.py`) and on the layouts and local name and address forms of session 9
(`_pii_ner_layouts.py`, `_pii_ner_layouts_people.py`, `_pii_ner_local_forms.py`); the eval
split is never read here.

The model: the hashed token features of `hybridsdk/routing/_ner_features.py` summed into a
32-wide token vector (a table lookup), a bidirectional GRU over the tokens (32 per
direction), and a linear layer over [GRU state, token vector] to the BIO labels. Trained
with torch (build time only: `pip install torch`), written by hand as an ONNX graph
(Gather, ReduceSum, GRU, MatMul) with the lookup table stored as float16, then checked
against the torch model under ONNX Runtime. Bit-reproducible for the same package versions
on the same kind of CPU (fixed seeds, a fixed "today" for Faker, one thread and
MKL_CBWR=COMPATIBLE set before torch loads, oneDNN off, deterministic kernels). Prints the
sha256, whether it is the one pinned in hybridsdk/routing/_ner.py (and what to do if not)
and, with --dev-out, writes the dev set as JSONL for `hybridsdk bench privacy --eval-file`.
--trace-every N prints a digest of the weights every N steps, to find where two builds part.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

# One thread and bitwise-reproducible MKL kernels, set before numpy or torch load their
# libraries (MKL reads MKL_CBWR once, at load).
for _var, _value in (
    ("OMP_NUM_THREADS", "1"), ("MKL_NUM_THREADS", "1"), ("MKL_CBWR", "COMPATIBLE"),
):  # fmt: skip
    os.environ[_var] = _value

import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _pii_ner_data as ner_data  # noqa: E402
from _pii_ner_dev_sets import dev_set_texts  # noqa: E402
from _pii_ner_generic import generic_all  # noqa: E402

from hybridsdk.routing._ner_features import (  # noqa: E402
    LABELS,
    N_FEATURES,
    Gazetteer,
    featurize,
    tokenize,
)

OUT = REPO / "hybridsdk" / "routing" / "models" / "pii-ner.onnx"
_KIND_TAG = {"person": "PER", "address": "ADDR", "dob": "DOB"}
DIM, HIDDEN = 32, 32
FEATURE_DROPOUT = 0.2
# Word dropout on name and address tokens: with this probability a labelled token loses
# its own word and gazetteer features (feature columns below), as if it were a word never
# seen, so that context, shape and affixes must carry the decision. Off: 0.25 measured no
# better on the dev sets than 0 once made-up names are in training (docs/privacy_tagger.md).
UNKNOWN_WORD_DROPOUT = 0.0
_WORD_COLUMNS = (1, 15, 16, 20, 23)  # w0, (w-1, w0), (w0, w1), gazetteer of w0, (g0, s0)
_FIRST_NAMED, _LAST_NAMED = LABELS.index("B-PER"), LABELS.index("I-ADDR")


def token_labels(text: str, spans: list[tuple[int, int]], gold: list[list[object]]) -> list[int]:
    """BIO label index per token from the labelled character spans."""
    labels = [0] * len(spans)
    for kind, start, end in gold:
        tag = _KIND_TAG.get(str(kind))
        if tag is None:
            continue
        first = True
        for i, (a, b) in enumerate(spans):
            if a >= int(start) and b <= int(end):  # type: ignore[call-overload]
                labels[i] = LABELS.index(("B-" if first else "I-") + tag)
                first = False
    return labels


def encode(
    texts: list[dict[str, Any]], gazetteer: Gazetteer
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, labels) per text with at least one token."""
    out = []
    for item in texts:
        text = str(item["text"])
        spans = tokenize(text)
        if spans:
            feats = featurize(text, spans, gazetteer)
            out.append((feats, np.array(token_labels(text, spans, item["spans"]), dtype=np.int64)))
    return out


def train(
    examples: list[tuple[np.ndarray, np.ndarray]],
    epochs: int,
    seed: int,
    feature_dropout: float = FEATURE_DROPOUT,
    unknown_word_dropout: float = UNKNOWN_WORD_DROPOUT,
    trace_every: int = 0,
    init: dict[str, np.ndarray] | None = None,
    lr_peak: float = 3e-3,
) -> Any:
    import torch
    from torch import nn
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    with contextlib.suppress(RuntimeError):  # already set if torch ran in this process
        torch.set_num_interop_threads(1)
    torch.use_deterministic_algorithms(True)
    torch.backends.mkldnn.enabled = False

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding(N_FEATURES + 1, DIM, padding_idx=N_FEATURES)
            nn.init.normal_(self.emb.weight, std=0.05)
            with torch.no_grad():
                self.emb.weight[N_FEATURES].zero_()
            self.gru = nn.GRU(DIM, HIDDEN, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * HIDDEN + DIM, len(LABELS))
            self.drop = nn.Dropout(0.1)

        def forward(
            self, feats: torch.Tensor, lengths: torch.Tensor, unknown: torch.Tensor | None = None
        ) -> torch.Tensor:
            if unknown is not None:
                cols = torch.zeros(feats.shape[2], dtype=torch.bool)
                cols[list(_WORD_COLUMNS)] = True
                mask = unknown[:, :, None] & cols[None, None, :]
                feats = torch.where(mask, torch.full_like(feats, N_FEATURES), feats)
            if self.training:
                # Feature dropout: no single feature (a word seen with its context in
                # training) may carry a decision alone.
                drop = torch.rand(feats.shape) < feature_dropout
                feats = torch.where(drop, torch.full_like(feats, N_FEATURES), feats)
            x = self.emb(feats).sum(2)  # batch x tokens x DIM
            packed = pack_padded_sequence(
                self.drop(x), lengths, batch_first=True, enforce_sorted=False
            )
            h, _ = self.gru(packed)
            h, _ = pad_packed_sequence(h, batch_first=True, total_length=feats.shape[1])
            return self.out(self.drop(torch.cat([h, x], 2)))

    model = Tagger()
    if init is not None:  # --init-from: go on from a shipped file's weights
        state = model.state_dict()
        if set(init) != set(state) or any(init[k].shape != tuple(state[k].shape) for k in init):
            raise SystemExit("--init-from: the file's shapes are not this model's")
        model.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in init.items()})
    weights = torch.tensor([1.0 if lab == "O" else 2.0 for lab in LABELS])
    loss_fn = nn.CrossEntropyLoss(weight=weights, ignore_index=-1)
    opt = torch.optim.Adam(model.parameters(), lr=lr_peak)
    rng = random.Random(seed)
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][1]))
    batches = [order[i : i + 64] for i in range(0, len(order), 64)]
    total = epochs * len(batches)
    step = 0
    for epoch in range(epochs):
        rng.shuffle(batches)
        model.train()
        running, t0 = 0.0, time.perf_counter()
        for batch in batches:
            lr = lr_peak * (1 - step / total) + 1e-4
            for g in opt.param_groups:
                g["lr"] = lr
            step += 1
            n = max(len(examples[i][1]) for i in batch)
            feats = torch.full(
                (len(batch), n, examples[0][0].shape[1]), N_FEATURES, dtype=torch.int64
            )
            labels = torch.full((len(batch), n), -1, dtype=torch.int64)
            lengths = torch.zeros(len(batch), dtype=torch.int64)
            for j, i in enumerate(batch):
                f, y = examples[i]
                feats[j, : len(y)] = torch.from_numpy(f)
                labels[j, : len(y)] = torch.from_numpy(y)
                lengths[j] = len(y)
            named = (labels >= _FIRST_NAMED) & (labels <= _LAST_NAMED)
            unknown = named & (torch.rand(labels.shape) < unknown_word_dropout)
            scores = model(feats, lengths, unknown if unknown_word_dropout > 0 else None)
            loss = loss_fn(scores.reshape(-1, len(LABELS)), labels.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            running += float(loss.detach())
            if trace_every and step % trace_every == 0:
                print(f"step {step}: weights {_weights_digest(model)}")
        print(
            f"epoch {epoch + 1}: loss {running / len(batches):.4f} ({time.perf_counter() - t0:.0f} s)"
        )
    model.eval()
    return model


def _weights_digest(model: Any) -> str:
    """Short sha256 of every parameter's bytes: two builds diverge at the first step it differs."""
    h = hashlib.sha256()
    for p in model.parameters():
        h.update(p.detach().numpy().tobytes())
    return h.hexdigest()[:16]


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _examples_digest(examples: list[tuple[np.ndarray, np.ndarray]]) -> str:
    h = hashlib.sha256()
    for feats, labels in examples:
        h.update(np.ascontiguousarray(feats, dtype=np.int64).tobytes())
        h.update(np.ascontiguousarray(labels, dtype=np.int64).tobytes())
    return h.hexdigest()[:16]


def _gru_weights(gru: Any, suffix: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """torch GRU weights (gates r, z, n) as ONNX W, R, B (gates z, r, h)."""

    def gates(t: Any) -> np.ndarray:
        r, z, n = np.split(t.detach().numpy(), 3, axis=0)
        return np.concatenate([z, r, n], axis=0)

    w = gates(getattr(gru, "weight_ih_l0" + suffix))
    r = gates(getattr(gru, "weight_hh_l0" + suffix))
    b = np.concatenate(
        [gates(getattr(gru, "bias_ih_l0" + suffix)), gates(getattr(gru, "bias_hh_l0" + suffix))]
    )
    return w, r, b


def export(model: Any, gazetteer: Gazetteer, path: Path) -> bytes:
    """Writes the trained model as an ONNX graph: features [tokens, k] -> scores [tokens, labels]."""
    table = model.emb.weight.detach().numpy().astype(np.float16)
    fw, bw = _gru_weights(model.gru, ""), _gru_weights(model.gru, "_reverse")
    w = np.stack([fw[0], bw[0]]).astype(np.float32)
    r = np.stack([fw[1], bw[1]]).astype(np.float32)
    b = np.stack([fw[2], bw[2]]).astype(np.float32)
    out_w = model.out.weight.detach().numpy().T.astype(np.float32)  # (2H + DIM) x labels
    out_b = model.out.bias.detach().numpy().astype(np.float32)
    nodes = [
        helper.make_node("Gather", ["E", "features"], ["rows"], axis=0),
        helper.make_node("Cast", ["rows"], ["rows32"], to=TensorProto.FLOAT),
        helper.make_node("ReduceSum", ["rows32", "axes1"], ["tok"], keepdims=0),  # T x DIM
        helper.make_node("Unsqueeze", ["tok", "axes1"], ["seq"]),  # T x 1 x DIM
        helper.make_node(
            "GRU", ["seq", "W", "R", "B"], ["h"], direction="bidirectional",
            hidden_size=HIDDEN, linear_before_reset=1,
        ),  # T x 2 x 1 x H
        helper.make_node("Reshape", ["h", "shape_h"], ["hflat"]),  # T x 2H
        helper.make_node("Concat", ["hflat", "tok"], ["both"], axis=1),
        helper.make_node("MatMul", ["both", "Wout"], ["mm"]),
        helper.make_node("Add", ["mm", "bout"], ["scores"]),
    ]  # fmt: skip
    graph = helper.make_graph(
        nodes,
        "pii_ner",
        [helper.make_tensor_value_info("features", TensorProto.INT64, [None, None])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, [None, len(LABELS)])],
        initializer=[
            numpy_helper.from_array(table, "E"),
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axes1"),
            numpy_helper.from_array(w, "W"),
            numpy_helper.from_array(r, "R"),
            numpy_helper.from_array(b, "B"),
            numpy_helper.from_array(np.array([0, 2 * HIDDEN], dtype=np.int64), "shape_h"),
            numpy_helper.from_array(out_w, "Wout"),
            numpy_helper.from_array(out_b, "bout"),
        ],
    )
    onnx_model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="hybridsdk"
    )
    onnx_model.ir_version = 8
    onnx_model.doc_string = "hybridsdk PII tagger (hashed features, BiGRU); labels: " + ",".join(
        LABELS
    )
    helper.set_model_props(
        onnx_model, {"gazetteer": base64.b64encode(gazetteer.to_bytes()).decode("ascii")}
    )
    onnx.checker.check_model(onnx_model)
    data = onnx_model.SerializeToString()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def check_export(model: Any, blob: bytes, examples: list[tuple[np.ndarray, np.ndarray]]) -> float:
    """Largest score difference between torch and ONNX Runtime on some texts."""
    import onnxruntime as ort
    import torch

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(blob, sess_options=opts, providers=["CPUExecutionProvider"])
    worst = 0.0
    with torch.no_grad():
        model.emb.weight.copy_(model.emb.weight.half().float())  # as stored
        for feats, y in examples:
            want = model(torch.from_numpy(feats)[None], torch.tensor([len(y)]))[0].numpy()
            (got,) = sess.run(None, {"features": feats})
            worst = max(worst, float(np.abs(got - want).max()))
    return worst


def main(argv: list[str] | None = None) -> int:
    global HIDDEN  # --hidden sets the GRU width that train() and export() read
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-texts", type=int, default=16000)
    parser.add_argument("--varied-texts", type=int, default=36000)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--feature-dropout", type=float, default=FEATURE_DROPOUT)
    parser.add_argument("--unknown-word-dropout", type=float, default=UNKNOWN_WORD_DROPOUT)
    parser.add_argument("--mimesis-texts", type=int, default=12000)
    parser.add_argument("--synthetic-texts", type=int, default=20000)
    parser.add_argument("--styled-texts", type=int, default=24000)
    parser.add_argument("--record-texts", type=int, default=15000)
    parser.add_argument("--layout-texts", type=int, default=18000)
    # 0 by default: the pinned file was built without them. Session 11's from-scratch build
    # with 24,000 lost person F1 on v3 and v7 (docs/privacy_figures.md, Session 11).
    parser.add_argument("--generic-texts", type=int, default=0)
    parser.add_argument(
        "--given-names-source", action=argparse.BooleanOptionalAction, default=False,
        help="also draw generic texts' names from gender-guesser (GNU FDL data; off: not reviewed)",
    )  # fmt: skip
    # 0 by default: fresh texts from the dev sets' generators (_pii_ner_dev_sets.py).
    parser.add_argument(
        "--dev-set-texts", type=int, default=0,
        help="also train on N fresh texts drawn from the generators of the dev sets below",
    )  # fmt: skip
    parser.add_argument(
        "--dev-set-versions", default="3,4,5,6,7",
        help="comma-separated dev-set versions whose generators --dev-set-texts draws from",
    )  # fmt: skip
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="GRU width per direction")
    parser.add_argument(
        "--init-from", type=Path, default=None,
        help="start from this file's weights (its gazetteer must match; see _pii_ner_init.py)",
    )  # fmt: skip
    parser.add_argument("--lr", type=float, default=3e-3, help="peak learning rate")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dev-out", type=Path, default=None, help="also write the dev set here")
    parser.add_argument("--dev-texts", type=int, default=2000)
    parser.add_argument(
        "--trace-every", type=int, default=0,
        help="print a digest of the weights every N steps (to find where two builds diverge)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    HIDDEN = args.hidden
    t0 = time.perf_counter()
    if args.dev_out is not None:
        with args.dev_out.open("w", encoding="utf-8") as f:
            for item in ner_data.dev_texts(args.dev_texts):
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"wrote the dev set to {args.dev_out}")
    with ner_data.frozen_faker_clock():  # the same dates on any day
        texts = ner_data.tune_texts(args.tune_texts, seed=1000)
        texts += ner_data.varied_texts(args.varied_texts, seed=3000)
        words = ner_data.gazetteer_words_all()
        texts += ner_data.mimesis_texts(args.mimesis_texts, seed=5000)
        known = set().union(*words.values())
        texts += ner_data.synthetic_texts(args.synthetic_texts, seed=6000, known=known)
        texts += ner_data.styled_all(args.styled_texts, seed=7000, known=known)
        texts += ner_data.records_all(args.record_texts, seed=8000, known=known)
        texts += ner_data.layouts_all(args.layout_texts, seed=9000, known=known)
        texts += generic_all(
            args.generic_texts, seed=11000, known=known, given_names=args.given_names_source
        )
        texts += dev_set_texts(args.dev_set_texts, args.dev_set_versions.split(","))
    gazetteer = Gazetteer.from_words(words)
    init = None
    if args.init_from is not None:
        from _pii_ner_init import load_weights

        init, gaz_bytes = load_weights(args.init_from)
        if gaz_bytes != gazetteer.to_bytes():
            raise SystemExit(f"--init-from: {args.init_from} carries another gazetteer")
        print(f"starting from {args.init_from} (sha256 {_file_digest(args.init_from)[:12]}...)")
    examples = encode(texts, gazetteer)
    counts = np.bincount(np.concatenate([y for _, y in examples]), minlength=len(LABELS))
    print(f"{len(examples)} texts, {int(counts.sum())} tokens, {counts.tolist()} per label")
    print(f"training data digest {_examples_digest(examples)}")
    model = train(
        examples, args.epochs, seed=0, feature_dropout=args.feature_dropout,
        unknown_word_dropout=args.unknown_word_dropout, trace_every=args.trace_every,
        init=init, lr_peak=args.lr,
    )  # fmt: skip
    blob = export(model, gazetteer, args.out)
    worst = check_export(model, blob, examples[:: max(1, len(examples) // 200)])
    if worst > 1e-3:
        raise SystemExit(f"the ONNX graph disagrees with the torch model (max diff {worst:.2e})")
    print(f"wrote {args.out} ({len(blob)} bytes) in {time.perf_counter() - t0:.1f} s")
    digest = hashlib.sha256(blob).hexdigest()
    print(f"sha256 {digest}")
    print(pinned_verdict(digest))
    return 0


def pinned_verdict(digest: str) -> str:
    """Whether `digest` is the sha256 pinned in hybridsdk/routing/_ner.py, and what to do if not."""
    from hybridsdk.routing._ner import MODEL_SHA256

    if digest == MODEL_SHA256:
        return (
            "matches the sha256 pinned in hybridsdk/routing/_ner.py: the shipped file is reproduced"
        )
    return (
        f"DIFFERS from the sha256 pinned in hybridsdk/routing/_ner.py ({MODEL_SHA256[:12]}...): "
        "the package refuses this file until MODEL_SHA256 there is set to the sha256 above. "
        "If you changed the training, pin the new sha256 and refit the prompt scorer "
        "(python -m benchmarks.fit_prompt_scorer). If you did not, the same commit with the "
        "same torch, numpy and Faker versions on the same kind of CPU should have given the "
        "pinned file: see docs/privacy.md, The tagger, on what the build reproduces."
    )


if __name__ == "__main__":
    sys.exit(main())
