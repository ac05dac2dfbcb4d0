"""A `tokenizers` tokenizer rebuilt from a GGUF file's own vocabulary and merges.

llama.cpp's "gpt2" (byte-level BPE) vocabularies carry a pre-tokeniser name
(``tokenizer.ggml.pre``); each maps to the split rules llama.cpp applies before BPE. Control
tokens (token type 3) become special tokens, matched whole in the text as llama.cpp does
with ``parse_special``, and skipped when decoding.

``qwen2`` (Qwen2.5) splits with its own regex before the byte-level mapping (llama-vocab.cpp's
LLAMA_VOCAB_PRE_TYPE_QWEN2, the same as Qwen's tokenizer.json): case-insensitive English
contractions, letters with at most one leading non-letter, single digits, punctuation runs
with trailing newlines, newline runs, and whitespace. Unlike Qwen's tokenizer.json, no NFC
normalisation is applied, as llama.cpp applies none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hybridsdk._exceptions import MissingDependencyError, ModelLoadError

_CONTROL = 3
_USER_DEFINED = 4
# llama.cpp pre-tokeniser name -> split individual digits first (llama-vocab.cpp).
_PRE_DIGITS = {"smollm": True, "starcoder": True, "refact": True, "gpt-2": False, "default": False}
# llama.cpp pre-tokeniser name -> the regex it splits with before the byte-level mapping.
_PRE_REGEX = {
    "qwen2": (
        r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])"
        r"|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+"
        r"|\s+(?!\S)|\s+"
    ),
}


def _tokenizers() -> Any:
    try:
        import tokenizers
    except ImportError:
        raise MissingDependencyError("tokenizing for local generation", "genai") from None
    return tokenizers


class GGUFTokenizer:
    """Encode/decode text exactly as the GGUF's reference (llama.cpp) tokeniser does.

    Args:
        metadata: the GGUF key/value metadata (``tokenizer.ggml.*``).
    """

    def __init__(self, metadata: dict[str, Any]) -> None:
        tk = _tokenizers()
        kind = metadata.get("tokenizer.ggml.model")
        pre = metadata.get("tokenizer.ggml.pre", "default")
        if kind != "gpt2":
            raise ModelLoadError(
                f"GGUF tokenizer model {kind!r} is not supported (only 'gpt2' BPE)"
            )
        if pre not in _PRE_DIGITS and pre not in _PRE_REGEX:
            raise ModelLoadError(
                f"GGUF pre-tokenizer {pre!r} is not supported "
                f"(known: {sorted([*_PRE_DIGITS, *_PRE_REGEX])})"
            )
        tokens: list[str] = list(metadata["tokenizer.ggml.tokens"])
        types: list[int] = [int(t) for t in metadata["tokenizer.ggml.token_type"]]
        merges = [tuple(m.split(" ", 1)) for m in metadata["tokenizer.ggml.merges"]]
        vocab = {tok: i for i, tok in enumerate(tokens)}
        bpe = tk.models.BPE(vocab=vocab, merges=merges, fuse_unk=False)
        tokenizer = tk.Tokenizer(bpe)
        if pre in _PRE_REGEX:
            steps = [
                tk.pre_tokenizers.Split(tk.Regex(_PRE_REGEX[pre]), behavior="isolated"),
                tk.pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
            ]
        else:
            steps = [tk.pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)]
            if _PRE_DIGITS[pre]:
                steps.insert(0, tk.pre_tokenizers.Digits(individual_digits=True))
        tokenizer.pre_tokenizer = tk.pre_tokenizers.Sequence(steps)
        tokenizer.decoder = tk.decoders.ByteLevel()
        specials = [
            t for t, kind_ in zip(tokens, types, strict=True) if kind_ in (_CONTROL, _USER_DEFINED)
        ]
        tokenizer.add_special_tokens(
            [tk.AddedToken(t, special=True, normalized=False) for t in specials]
        )
        self._tok = tokenizer
        self.vocab_size = len(tokens)
        self.special_ids = frozenset(vocab[t] for t in specials)
        self.eos_id = int(metadata.get("tokenizer.ggml.eos_token_id", -1))
        self.bos_id = int(metadata.get("tokenizer.ggml.bos_token_id", -1))
        self.add_bos = bool(metadata.get("tokenizer.ggml.add_bos_token", False))
        self._tokens = tokens
        self._plain_tok: Any = None

    def encode(self, text: str, *, special: bool = True) -> list[int]:
        """Token ids of `text`; control tokens in it are matched when `special`.

        Args:
            text: the text.
            special: match control tokens such as ``<|im_start|>`` (chat templates need it).
        """
        if not special:
            return self._with_bos(self._plain().encode(text, add_special_tokens=False).ids)
        return self._with_bos(self._tok.encode(text, add_special_tokens=False).ids)

    def _plain(self) -> Any:
        # The same BPE without the special-token matcher: "<|im_start|>" in user text is
        # then ordinary characters, as in llama.cpp without parse_special.
        if self._plain_tok is None:
            plain = self._tok.__class__.from_str(self._tok.to_str())
            self._plain_tok = self._tok.__class__(plain.model)
            self._plain_tok.pre_tokenizer = plain.pre_tokenizer
            self._plain_tok.decoder = plain.decoder
        return self._plain_tok

    def _with_bos(self, ids: list[int]) -> list[int]:
        return [self.bos_id, *ids] if self.add_bos and self.bos_id >= 0 else ids

    def decode(self, ids: Sequence[int], *, skip_special: bool = True) -> str:
        """Text of `ids` (control tokens dropped when `skip_special`)."""
        return str(self._tok.decode(list(ids), skip_special_tokens=skip_special))

    def token_text(self, token_id: int) -> str:
        """The raw vocabulary entry of `token_id` (byte-level symbols)."""
        return self._tokens[token_id]
