"""The llama.cpp backend: any GGUF through llama-cpp-python, behind the ``llamacpp`` extra.

For GGUF models the ONNX exporter does not cover (other architectures, other quantisations,
SentencePiece vocabularies). The backend is a decoder with `OnnxDecoder`'s interface
(``reset``, ``forward`` -> logits, ``context_length``) plus llama.cpp's own tokenizer, so the
`LocalGenerator` loop runs unchanged on top of it: the same greedy/top-p picking, stop
sequences, cancellation, counts and timings (`GenerationResult`) as the ONNX backend.

Build one with ``LocalGenerator.from_pinned(backend="llamacpp")`` (the pinned SmolLM2 GGUF
that `ensure_gguf` fetches) or ``LocalGenerator.from_gguf(path)``.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hybridsdk._exceptions import (
    InferenceError,
    InputValidationError,
    MissingDependencyError,
    ModelLoadError,
    ModelNotFoundError,
)
from hybridsdk.generate._chat import ChatTemplate
from hybridsdk.generate._generator import LocalGenerator

__all__ = [
    "DEFAULT_CONTEXT",
    "LlamaCppDecoder",
    "LlamaCppGenerator",
    "LlamaCppTokenizer",
    "llama_cpp_module",
]

logger = logging.getLogger("hybridsdk.generate")

# The KV cache llama.cpp allocates up front grows with n_ctx (SmolLM2-135M: ~46 MB per 1k
# positions in f16); 2048 covers the chat use and keeps a small board's memory free.
DEFAULT_CONTEXT = 2048


def llama_cpp_module() -> Any:
    """The `llama_cpp` module, or MissingDependencyError naming the llamacpp extra."""
    try:
        import llama_cpp
    except ImportError:
        raise MissingDependencyError("the llama.cpp generation backend", "llamacpp") from None
    return llama_cpp


class LlamaCppTokenizer:
    """llama.cpp's tokenizer of the loaded GGUF, with `GGUFTokenizer`'s encode/decode.

    Args:
        llm: the loaded ``llama_cpp.Llama``.
    """

    def __init__(self, llm: Any) -> None:
        self._llm = llm
        self._lib = llama_cpp_module()
        self._vocab = self._lib.llama_model_get_vocab(llm._model.model)
        self._pieces: dict[tuple[int, bool], bytes] = {}
        self.vocab_size = int(llm.n_vocab())
        self.eos_id = int(llm.token_eos())
        self.bos_id = int(llm.token_bos())

    def encode(self, text: str, *, special: bool = True) -> list[int]:
        """Token ids of `text` (BOS added when the GGUF asks for it).

        Args:
            text: the text.
            special: match control tokens such as ``<|im_start|>`` (chat templates need it).
        """
        if not text:
            return []
        # add_bos=True lets llama.cpp add BOS only when the vocabulary says add_bos_token.
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=special))

    def decode(self, ids: Sequence[int], *, skip_special: bool = True) -> str:
        """Text of `ids` (control tokens dropped when `skip_special`); an incomplete UTF-8
        character at the end becomes U+FFFD, which the generator holds back."""
        special = not skip_special
        return b"".join(self._piece(int(t), special) for t in ids).decode("utf-8", "replace")

    def _piece(self, token: int, special: bool) -> bytes:
        # Decoding is per-token byte pieces, concatenated (llama.cpp's own detokenize loop),
        # cached: a generation decodes its tail every token. llama-cpp-python's detokenize
        # has a 32-byte buffer per piece; this one grows to what llama.cpp asks for.
        piece = self._pieces.get((token, special))
        if piece is None:
            if not 0 <= token < self.vocab_size:
                raise InputValidationError(
                    f"token id {token} is outside the vocabulary (0..{self.vocab_size - 1})"
                )
            size = 64
            while True:
                buf = ctypes.create_string_buffer(size)
                n = self._lib.llama_token_to_piece(self._vocab, token, buf, size, 0, special)
                if n >= 0:
                    break
                size = -n
            piece = self._pieces[(token, special)] = buf.raw[:n]
        return piece

    def token_text(self, token_id: int) -> str:
        """The vocabulary entry of `token_id` as llama.cpp prints it."""
        return str(self._llm._model.token_get_text(token_id))


class LlamaCppDecoder:
    """`OnnxDecoder`'s interface over one llama.cpp context (one sequence, last-token logits).

    Args:
        llm: the loaded ``llama_cpp.Llama``.
    """

    def __init__(self, llm: Any) -> None:
        self._llm = llm
        self._lib = llama_cpp_module()
        self.context_length = int(llm.n_ctx())
        self.n_vocab = int(llm.n_vocab())
        self.length = 0
        # Held for each llama.cpp call and by close(), so a close from another thread
        # waits for the step in flight instead of freeing the context under it.
        self._guard = threading.Lock()
        self._closed = False

    def close(self) -> None:
        """Free llama.cpp's model and context once no step is running; later steps raise."""
        with self._guard:
            if not self._closed:
                self._closed = True
                self._llm.close()

    def reset(self, capacity: int = 256) -> None:
        """Forget the sequence (llama.cpp's KV cache is allocated once, at `n_ctx`).

        Args:
            capacity: unused; kept for `OnnxDecoder`'s interface.
        """
        with self._guard:
            if not self._closed:
                self._llm.reset()  # the next eval drops every position past n_tokens = 0
            self.length = 0

    def forward(
        self, tokens: list[int], *, keep: int = 1, copy: bool = True
    ) -> NDArray[np.float32]:
        """Append `tokens` to the sequence; return the logits [1, vocab] of its last position.

        Args:
            tokens: new token ids (a whole prompt, or one generated token).
            keep: must be 1: llama.cpp is asked for the last position's logits only.
            copy: ignored: the logits are always copied out of llama.cpp's buffer (about
                20 us a token), so a `close()` from another thread cannot free them under
                the caller.
        """
        if not tokens:
            raise InputValidationError("no tokens to run")
        if keep != 1:
            raise InputValidationError(
                f"keep={keep}: the llama.cpp backend returns the last position's logits only"
            )
        total = self.length + len(tokens)
        if total > self.context_length:
            raise InputValidationError(
                f"the sequence would hold {total} tokens; the llama.cpp context is "
                f"{self.context_length}: shorten the prompt, lower max_tokens or load with a "
                "larger context_length"
            )
        with self._guard:
            if self._closed:
                raise InferenceError("this llama.cpp generator was closed; load a new one")
            try:
                self._llm.eval(tokens)
            except Exception as exc:  # llama-cpp-python raises RuntimeError on a failed decode
                raise InferenceError(f"llama.cpp failed decoding: {exc}") from exc
            self.length = total
            ptr = self._lib.llama_get_logits_ith(self._llm._ctx.ctx, -1)
            view = np.ctypeslib.as_array(ptr, shape=(1, self.n_vocab))
            logits: NDArray[np.float32] = view.copy()
        return logits


def _load(lib: Any, path: Path, n_ctx: int, threads: int) -> Any:
    try:
        return lib.Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            n_threads=threads,
            n_threads_batch=threads,
            # llama.cpp's own CLI and server turn it on for the CPU ("auto"); the Python
            # binding defaults to off. Decode 57 vs 51 tok/s here at 1 thread.
            flash_attn=True,
            verbose=False,
        )
    except Exception as exc:  # llama-cpp-python raises ValueError on a failed load
        raise ModelLoadError(f"llama.cpp could not load {path}: {exc}") from exc


class LlamaCppGenerator(LocalGenerator):
    """`LocalGenerator` on llama.cpp: the same `stream`/`generate` API over any GGUF.

    Args:
        gguf: path of a GGUF file.
        threads: llama.cpp threads for both prompt and decode.
        context_length: KV-cache positions (prompt + completion), capped at the model's
            training context.
        chat_template: a Jinja chat template, for a GGUF that carries none (base models).
        source: what the GGUF is (recorded in `config`), e.g. the pinned package.
    """

    def __init__(  # the parent's __init__ loads an ONNX folder; this one loads a GGUF
        self,
        gguf: str | Path,
        *,
        threads: int = 1,
        context_length: int = DEFAULT_CONTEXT,
        chat_template: str | None = None,
        source: dict[str, Any] | None = None,
    ) -> None:
        lib = llama_cpp_module()
        path = Path(gguf)
        if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
            raise InputValidationError(f"threads={threads!r}; pass 1 or more")
        if (
            isinstance(context_length, bool)
            or not isinstance(context_length, int)
            or context_length < 16
        ):
            raise InputValidationError(f"context_length={context_length!r}; pass 16 or more")
        if not path.is_file():
            raise ModelNotFoundError(f"no GGUF file at {path}: pass the path of a .gguf model")
        with path.open("rb") as fh:
            if fh.read(4) != b"GGUF":
                raise ModelLoadError(f"{path} is not a GGUF file (no GGUF magic at its start)")
        llm = _load(lib, path, context_length, threads)
        trained = int(llm._model.n_ctx_train())
        if 0 < trained < context_length:
            # Positions past the training context give garbage: reload at the model's own.
            llm.close()
            llm = _load(lib, path, trained, threads)
        self._llm = llm
        try:
            self._set_up(llm, lib, path, chat_template, source, threads)
        except BaseException:
            llm.close()  # a refused model is freed now, not at garbage collection
            raise
        self._decoder = LlamaCppDecoder(llm)  # type: ignore[assignment]
        self._lock = threading.Lock()
        self._owner = None
        logger.info(
            "llama.cpp backend: %s, context %d, %d thread(s)", path.name, llm.n_ctx(), threads
        )

    def _set_up(
        self,
        llm: Any,
        lib: Any,
        path: Path,
        chat_template: str | None,
        source: dict[str, Any] | None,
        threads: int,
    ) -> None:
        meta: dict[str, str] = dict(llm.metadata)
        template = chat_template or meta.get("tokenizer.chat_template")
        if not template:
            raise ModelLoadError(
                f"{path.name} carries no chat template (tokenizer.chat_template): pass "
                "chat_template= a Jinja template for it"
            )
        self.tokenizer = LlamaCppTokenizer(llm)  # type: ignore[assignment]
        bos, eos = self.tokenizer.bos_id, self.tokenizer.eos_id
        self.template = ChatTemplate(
            template,
            bos_token=self.tokenizer.decode([bos], skip_special=False) if bos >= 0 else "",
            eos_token=self.tokenizer.decode([eos], skip_special=False) if eos >= 0 else "",
        )
        # Every end-of-generation token (eos, eot, <|im_end|>, ...), as llama.cpp marks them.
        vocab = lib.llama_model_get_vocab(llm._model.model)
        self._eos = frozenset(
            i for i in range(self.tokenizer.vocab_size) if lib.llama_vocab_is_eog(vocab, i)
        )
        self.config = {
            "backend": "llamacpp",
            "gguf": str(path),
            "source": source or {"file": path.name},
            "context_length": int(llm.n_ctx()),
            "threads": threads,
            "llama_cpp_version": str(getattr(lib, "__version__", "unknown")),
        }

    def close(self, *, timeout_s: float = 30.0) -> None:
        """Free llama.cpp's model and context now (otherwise when garbage-collected).

        A generation streaming in another thread is waited for (up to `timeout_s`); later
        calls raise `InferenceError` instead of touching freed memory.

        Raises:
            InferenceError: this thread has a stream open on this generator, or another
                thread's stream did not end within `timeout_s`.
        """
        if self._owner == threading.get_ident():
            raise InferenceError(
                "this thread has an open stream on this generator: iterate it to the end or "
                "close() the stream first"
            )
        if not self._lock.acquire(timeout=timeout_s):
            raise InferenceError(
                f"a generation on this generator did not end within {timeout_s:g} s; cancel "
                "its stream, then close"
            )
        try:
            self._decoder.close()  # type: ignore[attr-defined]
        finally:
            self._lock.release()

    def stream(self, *args: Any, **kwargs: Any) -> Any:
        """As `LocalGenerator.stream`; refused once the generator is closed."""
        if self._decoder._closed:  # type: ignore[attr-defined]
            raise InferenceError("this llama.cpp generator was closed; load a new one")
        return super().stream(*args, **kwargs)
