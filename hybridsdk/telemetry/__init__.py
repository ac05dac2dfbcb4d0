"""Telemetry: OpenTelemetry GenAI metrics and spans for what the client did.

`GenAIRecorder` records each generation (`gen_ai.client.token.usage`,
`gen_ai.client.operation.duration`, time to first chunk) and each inference, with the
route, reason codes, privacy class and degraded step as `hybridsdk.*` attributes.
Needs the `otel` extra; nothing is imported until a recorder is made.

Public names load on first use (see `hybridsdk._lazy`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "GenAIRecorder": "hybridsdk.telemetry._genai",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.telemetry._genai import GenAIRecorder

__all__ = ["GenAIRecorder"]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
