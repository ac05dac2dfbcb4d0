"""What of a generation leaves the device: its messages scrubbed (redacted or
pseudonymised, with the restorer of the pseudonyms), the cloud request body, and the
deferral of the whole request to the outbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hybridsdk._generate_types import GenerateRequest, Progress, _reason
from hybridsdk._types import Route
from hybridsdk.routing._privacy import PrivacyAction
from hybridsdk.wire._openai_chat import message_text

if TYPE_CHECKING:
    from hybridsdk._client_base import _BaseClient


def _defer(
    client: _BaseClient,
    progress: Progress,
    body: dict[str, Any],
    restore: Callable[[str], str] | None,
) -> None:
    """Store the generation in the outbox, then mark `progress` deferred, in the same
    (blocking) call: a caller cancelled while it ran reads route ``deferred`` exactly when
    the record was committed."""
    req = progress.req
    client._store_chat(body, req.idempotency_key, restore, req.stop)
    progress.route = Route.DEFERRED
    progress.reasons.append(
        _reason("deferred", "stored in the outbox; sent when the cloud is back")
    )


def _same(text: str) -> str:
    """Restores nothing: the messages left as written."""
    return text


def _outgoing(
    client: _BaseClient, req: GenerateRequest, assessment: Any
) -> tuple[list[dict[str, Any]], Callable[[str], str] | None]:
    """The messages that may leave the device, and the function that puts the
    pseudonymised values back into an answer (None when nothing can come back: they leave
    as written, or redacted)."""
    if assessment.action is PrivacyAction.SEND:
        return req.messages, None
    return _scrubbed(client, req)


def _cloud_body(
    client: _BaseClient, req: GenerateRequest, messages: list[dict[str, Any]]
) -> dict[str, Any]:
    """The OpenAI request the cloud gets, with `messages` as they may leave (`_outgoing`)."""
    body: dict[str, Any] = {
        "messages": messages,
        "max_tokens": req.max_tokens,
        "temperature": req.temperature,
    }
    # A stop sequence leaves the device too: one with personal data is kept back (the
    # caller's side applies every stop, `_stream_stops`, so the answer still ends there).
    stops = [s for s in req.stop if not client.privacy.assess(s, req.privacy).findings]
    if stops:
        body["stop"] = stops
    if req.seed is not None:
        body["seed"] = req.seed
    return body


def _scrubbed(
    client: _BaseClient, req: GenerateRequest
) -> tuple[list[dict[str, Any]], Callable[[str], str] | None]:
    """Messages with their personal data redacted or pseudonymised, and the restorer of
    the pseudonyms (None when none was made: redacted values cannot come back, and a
    redacted request in the outbox must not be marked pseudonymised)."""
    out: list[dict[str, Any]] = []
    restores: list[Callable[[str], str]] = []
    for message in req.messages:
        content = message["content"]
        text = content if isinstance(content, str) else message_text([message])
        payload = client.privacy.prepare_for_cloud(text, req.privacy)
        out.append({**message, "content": payload.text_to_send})
        if payload.assessment.action is PrivacyAction.PSEUDONYMISE:
            restores.append(payload.restore)
    if not restores:
        return out, None

    def restore(answer: str) -> str:
        for fn in restores:
            answer = fn(answer)
        return answer

    return out, restore
