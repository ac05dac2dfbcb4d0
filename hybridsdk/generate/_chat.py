"""OpenAI chat-message shapes -> prompt text, with the chat template from the GGUF metadata."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from hybridsdk._exceptions import InputValidationError, MissingDependencyError, ModelLoadError

ROLES = ("system", "user", "assistant")


def normalise_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    """Validate OpenAI-style chat messages; return ``[{"role", "content"}]`` with text content.

    Accepts ``content`` as a string or as a list of ``{"type": "text", "text": ...}`` parts.

    Args:
        messages: the conversation, oldest first.
    """
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise InputValidationError(
            "messages must be a list of {'role': ..., 'content': ...} dicts, "
            f"not {type(messages).__name__}"
        )
    if not messages:
        raise InputValidationError("messages is empty: pass at least one user message")
    out: list[dict[str, str]] = []
    for i, msg in enumerate(messages):
        if not isinstance(msg, Mapping):
            raise InputValidationError(f"messages[{i}] is {type(msg).__name__}, expected a dict")
        role = msg.get("role")
        if role not in ROLES:
            raise InputValidationError(
                f"messages[{i}]['role'] is {role!r}; use one of {', '.join(ROLES)}"
            )
        content = msg.get("content")
        if isinstance(content, list):
            texts = []
            for j, part in enumerate(content):
                if not (isinstance(part, Mapping) and part.get("type") == "text"
                        and isinstance(part.get("text"), str)):  # fmt: skip
                    raise InputValidationError(
                        f"messages[{i}]['content'][{j}] is not a text part "
                        "({'type': 'text', 'text': ...}); the local model reads text only"
                    )
                texts.append(part["text"])
            content = "".join(texts)
        if not isinstance(content, str):
            raise InputValidationError(
                f"messages[{i}]['content'] is {type(content).__name__}; pass a string"
            )
        out.append({"role": str(role), "content": content})
    return out


class ChatTemplate:
    """A Jinja chat template (as stored in ``tokenizer.chat_template``), sandboxed.

    Args:
        source: the template text.
        bos_token: text of the BOS token, for templates that use it.
        eos_token: text of the EOS token.
    """

    def __init__(self, source: str, *, bos_token: str = "", eos_token: str = "") -> None:
        try:
            from jinja2 import TemplateSyntaxError
            from jinja2.sandbox import ImmutableSandboxedEnvironment
        except ImportError:
            raise MissingDependencyError("chat templates", "genai") from None
        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        try:
            self._template = env.from_string(source)
        except TemplateSyntaxError as exc:
            raise ModelLoadError(
                f"the chat template does not parse (line {exc.lineno}: {exc.message}); pass "
                "a valid Jinja chat template"
            ) from None
        self._bos = bos_token
        self._eos = eos_token

    def render(
        self, messages: Sequence[Mapping[str, Any]], *, add_generation_prompt: bool = True
    ) -> str:
        """The prompt text for `messages`, ending with the assistant's turn opener."""
        return str(
            self._template.render(
                messages=normalise_messages(messages),
                add_generation_prompt=add_generation_prompt,
                bos_token=self._bos,
                eos_token=self._eos,
            )
        )
