"""ONNX Runtime `MatMulNBits` at one token (M=1), 1 thread: what bounds a decode step.

Each case is one session holding `reps` distinct random weights of SmolLM2-135M's shapes,
all applied to the same activation row; the figure is CPU time per call and GMAC/s. With a
few weights they stay in cache; with as many as the model has (120 projections) every
call streams its weight from memory, as a real decode step does.

    python -m benchmarks.matmulnbits
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np


def _session(k: int, n: int, bits: int, accuracy: int, reps: int, float_zp: bool) -> Any:
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    blocks = k // 32
    nodes, inits = [], []
    for r in range(reps):
        q = rng.integers(0, 256, size=(n, blocks, 32 * bits // 8), dtype=np.uint8)
        s = rng.random(n * blocks, dtype=np.float32) * 0.01
        inits += [numpy_helper.from_array(q, f"q{r}"), numpy_helper.from_array(s, f"s{r}")]
        inputs = ["x", f"q{r}", f"s{r}"]
        if float_zp:
            zp = rng.random(n * blocks, dtype=np.float32) * 15
            inits.append(numpy_helper.from_array(zp, f"z{r}"))
            inputs.append(f"z{r}")
        nodes.append(
            helper.make_node(
                "MatMulNBits", inputs, [f"y{r}"], domain="com.microsoft",
                K=k, N=n, bits=bits, block_size=32, accuracy_level=accuracy,
            )
        )  # fmt: skip
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, k])],
        [helper.make_tensor_value_info(f"y{r}", TensorProto.FLOAT, [1, 1, n]) for r in range(reps)],
        inits,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)],
    )
    model.ir_version = 9
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(
        model.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )


def case(
    k: int, n: int, bits: int, accuracy: int, reps: int, *, float_zp: bool = False, iters: int = 20
) -> tuple[float, float]:
    """Median CPU microseconds per call and GMAC/s."""
    sess = _session(k, n, bits, accuracy, reps, float_zp)
    x = np.random.default_rng(1).standard_normal((1, 1, k)).astype(np.float32)
    for _ in range(3):
        sess.run(None, {"x": x})
    times = []
    for _ in range(iters):
        t = time.thread_time()
        sess.run(None, {"x": x})
        times.append(time.thread_time() - t)
    per_call = float(np.median(times)) / reps
    return per_call * 1e6, k * n / per_call / 1e9


def main() -> None:
    import os

    rows = [
        ("4-bit 576x1536, 8 weights (in cache)", (576, 1536, 4, 4, 8), {}),
        ("4-bit 576x1536, 120 weights (streamed)", (576, 1536, 4, 4, 120), {}),
        ("4-bit 576x1536, float zero points", (576, 1536, 4, 4, 8), {"float_zp": True}),
        ("8-bit 576x1536, 8 weights (in cache)", (576, 1536, 8, 4, 8), {}),
        ("8-bit lm head 576x49152 (streamed)", (576, 49152, 8, 4, 2), {"iters": 8}),
    ]
    for label, shape, kw in rows:
        us, gmac = case(*shape, **kw)
        print(f"{label:42s} {us:9.1f} us/call  {gmac:6.2f} GMAC/s")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
