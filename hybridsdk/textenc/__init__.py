"""Sentence encoders for text models: all-MiniLM-L6-v2 written as ONNX from its pinned
wheel (no torch), cached, and the encoder-backed intent model that uses it.

Nothing is public here yet: the gateway serves these models, and `docs/text-models.md`
describes them. Modules are private (`_x.py`) and import nothing at package import.
"""

__all__: list[str] = []
