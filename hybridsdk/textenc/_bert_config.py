"""The shape of a BERT encoder, as read from its `config.json`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hybridsdk._exceptions import ModelLoadError

__all__ = ["BertConfig"]


@dataclass(frozen=True)
class BertConfig:
    """What the graph builder and the numpy reference need to know.

    Args:
        hidden_size: width of every token vector.
        num_layers: transformer blocks.
        num_heads: attention heads (hidden_size must divide by it).
        intermediate_size: width of the feed-forward layer.
        layer_norm_eps: LayerNorm epsilon.
        vocab_size: word-piece vocabulary size.
        max_positions: longest sequence the position table covers.
    """

    hidden_size: int = 384
    num_layers: int = 6
    num_heads: int = 12
    intermediate_size: int = 1536
    layer_norm_eps: float = 1e-12
    vocab_size: int = 30522
    max_positions: int = 512

    @property
    def head_size(self) -> int:
        """Width of one attention head."""
        return self.hidden_size // self.num_heads

    @classmethod
    def from_json(cls, config: dict[str, Any]) -> BertConfig:
        """Read a Hugging Face BERT `config.json` (only plain absolute-position GELU BERT).

        Raises:
            ModelLoadError: the config describes a variant this builder does not write.
        """
        if config.get("hidden_act", "gelu") != "gelu":
            raise ModelLoadError(
                f"BERT with hidden_act {config.get('hidden_act')!r} is not supported"
            )
        if config.get("position_embedding_type", "absolute") != "absolute":
            raise ModelLoadError("only absolute position embeddings are supported")
        made = cls(
            hidden_size=int(config["hidden_size"]),
            num_layers=int(config["num_hidden_layers"]),
            num_heads=int(config["num_attention_heads"]),
            intermediate_size=int(config["intermediate_size"]),
            layer_norm_eps=float(config.get("layer_norm_eps", 1e-12)),
            vocab_size=int(config["vocab_size"]),
            max_positions=int(config["max_position_embeddings"]),
        )
        if made.hidden_size % made.num_heads:
            raise ModelLoadError("hidden_size does not divide by num_attention_heads")
        return made
