"""The built folder also runs under ONNX Runtime GenAI (its genai_config.json), same tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridsdk.generate import LocalGenerator

og = pytest.importorskip("onnxruntime_genai", reason="onnxruntime-genai not installed")

PARIS = [{"role": "user", "content": "What is the capital of France?"}]


def test_ort_genai_greedy_matches_local_generator(
    genai_folder: Path, generator: LocalGenerator
) -> None:
    prompt = generator.prompt_tokens(PARIS)
    ours = generator.generate(PARIS, max_tokens=24)
    model = og.Model(str(genai_folder))
    params = og.GeneratorParams(model)
    params.set_search_options(max_length=len(prompt) + 24, do_sample=False)
    gen = og.Generator(model, params)
    gen.append_tokens(prompt)
    ids: list[int] = []
    while not gen.is_done():
        gen.generate_next_token()
        ids.append(int(gen.get_next_tokens()[0]))
    assert generator.tokenizer.decode(ids) == ours.text
