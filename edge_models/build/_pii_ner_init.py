"""Start the tagger's training from a shipped file (build time only; session 10).

`build_pii_ner.py --init-from hybridsdk/routing/models/pii-ner.onnx` reads the pinned
file's weights back into the torch model (the inverse of `build_pii_ner.export`: the
float16 lookup table, the GRU's gates reordered from ONNX's z, r, h to torch's r, z, n,
the output layer transposed) and trains on from there at a lower learning rate. A full
build from scratch costs about 25 CPU-minutes; continuing from the pinned file on new
documents plus a replay of part of the old recipe costs a fraction of that, and stays
bit-reproducible: the same pinned file, code and package versions give the same bytes.
The gazetteer must be the one the file carries, so that every feature keeps its meaning.
"""

from __future__ import annotations

import base64
from pathlib import Path

import numpy as np


def load_weights(path: Path) -> tuple[dict[str, np.ndarray], bytes]:
    """(torch parameter name -> array, gazetteer bytes) of an ONNX file `export` wrote."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    props = {p.key: p.value for p in model.metadata_props}

    def gates(x: np.ndarray) -> np.ndarray:  # ONNX z, r, h -> torch r, z, n (axis 0)
        z, r, n = np.split(x, 3, axis=0)
        return np.concatenate([r, z, n], axis=0)

    out = {"emb.weight": init["E"].astype(np.float32)}
    for d, suffix in enumerate(("", "_reverse")):
        out["gru.weight_ih_l0" + suffix] = gates(init["W"][d])
        out["gru.weight_hh_l0" + suffix] = gates(init["R"][d])
        b_ih, b_hh = np.split(init["B"][d], 2)
        out["gru.bias_ih_l0" + suffix] = gates(b_ih)
        out["gru.bias_hh_l0" + suffix] = gates(b_hh)
    out["out.weight"] = np.ascontiguousarray(init["Wout"].T)
    out["out.bias"] = init["bout"]
    return out, base64.b64decode(props["gazetteer"])
