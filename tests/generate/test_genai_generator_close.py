"""`GenerationStream.close()` from another thread while a token is being decoded: it used to
raise ``ValueError: generator already executing`` and leave the stream holding the model's
lock until the stream object was collected; now the decoding thread releases it as soon as
its token is done."""

from __future__ import annotations

import threading
import time

MESSAGES = [{"role": "user", "content": "Count from one to fifty, one number per line."}]


def test_close_while_another_thread_decodes_releases_the_model(generator) -> None:  # type: ignore[no-untyped-def]
    stream = generator.stream(MESSAGES, max_tokens=64)
    got: list[str] = []
    done = threading.Event()

    def consume() -> None:
        for piece in stream:
            got.append(piece)
        done.set()

    worker = threading.Thread(target=consume, daemon=True)
    worker.start()
    deadline = time.monotonic() + 30
    while not (got and stream._chunks.gi_running):  # a token is being decoded right now
        assert time.monotonic() < deadline
        time.sleep(0)
    stream.close()  # from this thread, mid-token: no ValueError
    assert done.wait(30)
    assert stream.result.finish_reason == "cancelled"
    assert stream.result.text == "".join(got)
    # The model is free again for a generation on this thread, at once.
    assert generator.generate(MESSAGES, max_tokens=2).completion_tokens == 2


def test_after_close_the_result_holds_exactly_what_was_streamed(generator) -> None:  # type: ignore[no-untyped-def]
    stream = generator.stream(MESSAGES, max_tokens=64)
    first, second = next(stream), next(stream)
    stream.close()  # at the yield of `second`: it was streamed, so it is in the text
    assert stream.result.finish_reason == "cancelled"
    assert stream.result.text == first + second
