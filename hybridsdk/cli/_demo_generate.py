"""Step 7 of `hybridsdk demo`: a streamed local answer and a streamed encrypted cloud answer.

The local answer comes from the pinned SmolLM2-135M ONNX model on this device; the cloud
answer goes through a real gateway on 127.0.0.1 over chunked Oblivious HTTP to `hybridsdk
llm-server` (the same small model standing in for a large one). Skipped, with one line
saying why, when the genai extra is not installed.
"""

from __future__ import annotations

import importlib.util
from typing import Any

__all__ = ["show_generation"]

_QUESTION = [{"role": "user", "content": "In one sentence, what is a rainbow?"}]


def _say(text: str = "", end: str = "\n") -> None:
    print(text, end=end, flush=True)


def _stream(client: Any, label: str) -> None:
    _say(f"   {label}: ", end="")
    stream = client.generate(messages=_QUESTION, max_tokens=40, stream=True)
    for piece in stream:
        _say(piece, end="")
    r = stream.result
    ttft = f"{r.ttft_s * 1000:.0f} ms" if r.ttft_s is not None else "-"
    _say()
    _say(
        f"   -> route {r.route.value}, {r.prompt_tokens}+{r.completion_tokens} tokens, "
        f"first token {ttft}, {r.tokens_per_s:.1f} tok/s, cost {r.cost:g}"
    )


def show_generation(*, cloud: bool) -> None:
    """Print step 7 (local, then encrypted cloud when `cloud`)."""
    _say()
    _say("7. Generation: a local answer and an encrypted cloud answer, streamed")
    missing = [
        m for m in ("gguf", "tokenizers", "jinja2", "onnx") if importlib.util.find_spec(m) is None
    ]
    if missing:
        _say(f'   skipped: needs pip install "hybridsdk[genai]" (missing {", ".join(missing)})')
        return
    from hybridsdk import Client
    from hybridsdk.generate._build import build_model
    from hybridsdk.generate._generator import LocalGenerator
    from hybridsdk.routing._policy import Mode, Policy

    folder = build_model()
    generator = LocalGenerator(folder)
    with Client(llm=generator, device=False, policy=Policy(mode=Mode.LOCAL_ONLY)) as client:
        _stream(client, "device")
    if not cloud:
        return
    from hybridsdk.gateway._launch import launch_gateway
    from hybridsdk.generate._openai_server import launch_llm_server

    with (
        launch_llm_server(folder=folder) as llm,
        launch_gateway(extra_args=["--llm-upstream", llm.url, "--no-access-log"]) as gateway,
        Client(
            cloud=gateway.url,
            llm=generator,
            device=False,
            policy=Policy(mode=Mode.CLOUD_ONLY),
            cloud_cost=0.001,
        ) as client,
    ):
        _say(f"   gateway {gateway.url} -> llm-server {llm.url} (chunked OHTTP, padded chunks)")
        _stream(client, "cloud ")
