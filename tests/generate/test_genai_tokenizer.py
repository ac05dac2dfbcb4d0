"""The GGUF-metadata tokenizer against llama.cpp's tokenisation of the same GGUF.

Reference ids live in data/tokenizer_reference.json, made with llama-cpp-python (llama.cpp's
tokenizer, ``tokenize(text, add_bos=False, special=True)``) by _make_tokenizer_reference.py.
When llama-cpp-python is installed the test also asks it live.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridsdk.generate._tokenizer import GGUFTokenizer
from tests.generate._tokenizer_texts import TEXTS

REFERENCE = Path(__file__).parent / "data" / "tokenizer_reference.json"


@pytest.fixture(scope="module")
def tokenizer(gguf_model) -> GGUFTokenizer:  # type: ignore[no-untyped-def]
    return GGUFTokenizer(gguf_model.metadata)


def test_reference_covers_the_texts() -> None:
    ref = json.loads(REFERENCE.read_text("utf-8"))
    assert [r["text"] for r in ref["cases"]] == TEXTS
    assert len(TEXTS) >= 19


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_matches_llama_cpp(tokenizer: GGUFTokenizer, index: int) -> None:
    case = json.loads(REFERENCE.read_text("utf-8"))["cases"][index]
    assert tokenizer.encode(case["text"], special=True) == case["special"]
    assert tokenizer.encode(case["text"], special=False) == case["plain"]


@pytest.mark.parametrize("text", TEXTS)
def test_decode_round_trips(tokenizer: GGUFTokenizer, text: str) -> None:
    assert tokenizer.decode(tokenizer.encode(text, special=False)) == text


def test_live_llama_cpp_when_installed(gguf_model) -> None:  # type: ignore[no-untyped-def]
    llama_cpp = pytest.importorskip("llama_cpp", reason="llama-cpp-python not installed")
    from hybridsdk.generate._artifacts import ensure_gguf

    llm = llama_cpp.Llama(model_path=str(ensure_gguf()), vocab_only=True, verbose=False)
    ours = GGUFTokenizer(gguf_model.metadata)
    for text in TEXTS:
        expected = llm.tokenize(text.encode(), add_bos=False, special=True)
        assert ours.encode(text, special=True) == expected, text


def test_special_tokens_are_single_ids(tokenizer: GGUFTokenizer) -> None:
    ids = tokenizer.encode("<|im_start|>assistant<|im_end|>", special=True)
    assert ids[0] == 1 and ids[-1] == 2 == tokenizer.eos_id
    assert 1 not in tokenizer.encode("<|im_start|>", special=False)
