"""`hybridsdk llm-server`'s application: OpenAI chat completions over the real ONNX model."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient

from hybridsdk.generate._openai_server import create_llm_app
from hybridsdk.wire._openai_chat import SseParser

MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture(scope="module")
def http(generator):  # type: ignore[no-untyped-def]
    with TestClient(create_llm_app(generator, max_tokens_cap=16)) as client:
        yield client


def test_whole_answer_has_usage_and_matches_the_generator(http, generator) -> None:  # type: ignore[no-untyped-def]
    r = http.post("/v1/chat/completions", json={"messages": MESSAGES, "max_tokens": 8})
    assert r.status_code == 200
    body = r.json()
    expected = generator.generate(MESSAGES, max_tokens=8)
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["content"] == expected.text
    assert body["usage"]["prompt_tokens"] == expected.prompt_tokens
    assert body["usage"]["completion_tokens"] == expected.completion_tokens
    assert body["usage"]["total_tokens"] == expected.total_tokens


def test_stream_is_sse_with_usage_in_the_last_chunk(http, generator) -> None:  # type: ignore[no-untyped-def]
    r = http.post(
        "/v1/chat/completions", json={"messages": MESSAGES, "max_tokens": 8, "stream": True}
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = SseParser().feed(r.content)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    expected = generator.generate(MESSAGES, max_tokens=8)
    assert text == expected.text
    assert chunks[-1]["choices"][0]["finish_reason"] == expected.finish_reason
    assert chunks[-1]["usage"]["completion_tokens"] == expected.completion_tokens


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"messages": MESSAGES, "max_tokens": 17}, "cap of 16"),
        ({"messages": [], "max_tokens": 4}, "non-empty"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "role"),
        ({"messages": MESSAGES, "stream": "yes"}, "stream"),
        ({"messages": MESSAGES, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"messages": MESSAGES, "temperature": 9}, "temperature"),
    ],
)
def test_bad_requests_get_400_naming_the_field(http, body, needle) -> None:  # type: ignore[no-untyped-def]
    r = http.post("/v1/chat/completions", json=body)
    assert r.status_code == 400
    assert needle in r.json()["error"]["message"]


def test_not_json_and_models(http) -> None:  # type: ignore[no-untyped-def]
    r = http.post("/v1/chat/completions", content=b"{nope")
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]
    assert http.get("/v1/models").json()["data"][0]["id"] == "smollm2-135m-instruct"


def test_contradictory_model_options_are_refused() -> None:
    from hybridsdk._exceptions import ConfigurationError
    from hybridsdk.generate._openai_server import load_server_model

    with pytest.raises(ConfigurationError, match="--gguf runs on llama"):
        load_server_model(gguf="m.gguf", folder="onnx-folder")
    with pytest.raises(ConfigurationError, match="--gguf runs on llama"):
        load_server_model(gguf="m.gguf", backend="onnx")
    with pytest.raises(ConfigurationError, match="--model-dir is an ONNX folder"):
        load_server_model(folder="onnx-folder", backend="llamacpp")
    with pytest.raises(ConfigurationError, match="use onnx or llamacpp"):
        load_server_model(backend="vllm")
