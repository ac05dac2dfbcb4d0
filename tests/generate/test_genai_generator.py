"""LocalGenerator: chat template, streaming, stop sequences, cancellation, counts, bad input."""

from __future__ import annotations

import threading

import pytest

from hybridsdk import InputValidationError
from hybridsdk.generate import LocalGenerator

PARIS = [{"role": "user", "content": "What is the capital of France?"}]
COUNT = [{"role": "user", "content": "Count from 1 to 20, separated by commas."}]


@pytest.fixture(scope="module")
def paris(generator: LocalGenerator):  # type: ignore[no-untyped-def]
    return generator.generate(PARIS, max_tokens=40)


def test_prompt_uses_the_gguf_chat_template(generator: LocalGenerator) -> None:
    text = generator.template.render(PARIS)
    assert text.startswith("<|im_start|>system\n")
    assert text.endswith(
        "<|im_start|>user\nWhat is the capital of France?<|im_end|>\n<|im_start|>assistant\n"
    )
    ids = generator.prompt_tokens(PARIS)
    assert ids[0] == 1 and ids.count(1) == 3  # three <|im_start|> control tokens


def test_greedy_answer_and_counts(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    assert "Paris" in paris.text
    assert paris.finish_reason == "stop"
    assert paris.prompt_tokens == len(generator.prompt_tokens(PARIS))
    assert paris.completion_tokens == len(generator.tokenizer.encode(paris.text, special=False))
    assert paris.total_tokens == paris.prompt_tokens + paris.completion_tokens
    assert 0 < paris.ttft_s <= paris.total_s
    assert paris.decode_tokens_per_s > 0


def test_stream_chunks_add_up_to_the_result(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    stream = generator.stream(PARIS, max_tokens=40)
    chunks = list(stream)
    assert len(chunks) > 3 and all(chunks)
    assert "".join(chunks) == stream.result.text == paris.text


def test_result_before_the_end_is_an_error(generator: LocalGenerator) -> None:
    stream = generator.stream(PARIS, max_tokens=5)
    with pytest.raises(InputValidationError, match="not finished"):
        _ = stream.result
    list(stream)


def test_stop_sequence_ends_before_it(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    word = "Paris"
    cut = paris.text.index(word)
    stream = generator.stream(PARIS, max_tokens=40, stop=[word, "zzz-never"])
    text = "".join(stream)
    assert text == paris.text[:cut] == stream.result.text
    assert stream.result.finish_reason == "stop"
    assert stream.result.completion_tokens < paris.completion_tokens


def test_stop_sequence_spanning_tokens(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    # "apital of Fr" starts inside one token and ends inside another.
    stop = "apital of Fr"
    assert stop in paris.text
    result = generator.generate(PARIS, max_tokens=40, stop=stop)
    assert result.text == paris.text[: paris.text.index(stop)]
    assert stop not in "".join(generator.stream(PARIS, max_tokens=40, stop=stop))


def test_max_tokens_gives_length(generator: LocalGenerator) -> None:
    result = generator.generate(COUNT, max_tokens=7)
    assert result.finish_reason == "length"
    assert result.completion_tokens == 7


def test_cancel_stops_the_stream(generator: LocalGenerator) -> None:
    stream = generator.stream(COUNT, max_tokens=200)
    got = []
    for chunk in stream:
        got.append(chunk)
        if len(got) == 3:
            stream.cancel()
    assert len(got) == 3
    assert stream.result.finish_reason == "cancelled"
    assert stream.result.text == "".join(got)
    assert stream.result.completion_tokens < 200
    # The generator is free again and starts from an empty cache.
    assert generator.generate(PARIS, max_tokens=40).text.startswith("The capital")


def test_cancel_from_another_thread(generator: LocalGenerator) -> None:
    stream = generator.stream(COUNT, max_tokens=200)
    first = next(stream)
    threading.Thread(target=stream.cancel).start()
    rest = list(stream)
    assert stream.cancelled and stream.result.finish_reason == "cancelled"
    assert len(rest) <= 2
    assert stream.result.text == first + "".join(rest)


def test_close_releases_the_generator(generator: LocalGenerator) -> None:
    stream = generator.stream(COUNT, max_tokens=200)
    next(stream)
    stream.close()
    assert stream.result.finish_reason == "cancelled"
    assert generator.generate(PARIS, max_tokens=3).completion_tokens == 3


def test_second_open_stream_in_one_thread_is_refused(generator: LocalGenerator) -> None:
    first = generator.stream(COUNT, max_tokens=50)
    next(first)
    second = generator.stream(PARIS, max_tokens=5)
    with pytest.raises(InputValidationError, match="open stream"):
        next(second)
    first.close()
    assert "".join(generator.stream(PARIS, max_tokens=40)).startswith("The capital")


def test_threads_take_turns(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    results: list[str] = []

    def run() -> None:
        results.append(generator.generate(PARIS, max_tokens=40).text)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert results == [paris.text] * 3


def test_sampling_is_seeded(generator: LocalGenerator) -> None:
    a = generator.generate(PARIS, max_tokens=12, temperature=0.9, seed=7)
    b = generator.generate(PARIS, max_tokens=12, temperature=0.9, seed=7)
    assert a.text == b.text


def test_content_parts_are_accepted(generator: LocalGenerator, paris) -> None:  # type: ignore[no-untyped-def]
    parts = [
        {"role": "user", "content": [{"type": "text", "text": "What is the capital of France?"}]}
    ]
    assert generator.generate(parts, max_tokens=40).text == paris.text


@pytest.mark.parametrize(
    ("messages", "kwargs", "match"),
    [
        ([], {}, "empty"),
        ("hello", {}, "list"),
        ([{"role": "robot", "content": "x"}], {}, "role"),
        ([{"role": "user", "content": 5}], {}, "string"),
        ([{"role": "user", "content": [{"type": "image_url"}]}], {}, "text part"),
        (PARIS, {"max_tokens": 0}, "max_tokens"),
        (PARIS, {"max_tokens": True}, "max_tokens"),
        (PARIS, {"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        (PARIS, {"stop": [""]}, "stop"),
        (PARIS, {"temperature": -1}, "temperature"),
        (PARIS, {"top_p": 0}, "top_p"),
        (PARIS, {"max_tokens": 9000}, "context"),
    ],
)
def test_bad_input_is_refused(generator: LocalGenerator, messages, kwargs, match) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputValidationError, match=match):
        generator.stream(messages, **kwargs)


def test_incremental_detokenising_equals_whole_decodes(generator: LocalGenerator) -> None:
    from hybridsdk.generate._generator import _IncrementalText

    tok = generator.tokenizer
    text = "Café ☕ 東京 👩‍👩‍👧 naïve — ok\n<|im_end|> done"
    ids = tok.encode(text, special=True)
    rng = __import__("random").Random(7)
    # Random ids too: byte tokens that split characters or leave invalid UTF-8 behind.
    noise = [rng.randrange(tok.vocab_size) for _ in range(300)]
    for seq in (ids, noise, ids + noise[:40] + ids):
        inc = _IncrementalText(tok)
        for n in range(1, len(seq) + 1):
            assert inc.text(seq[:n]) == tok.decode(seq[:n])
