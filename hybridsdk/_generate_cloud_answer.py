"""Asking the cloud for a generation: streamed or whole, over the endpoints in failover
order (`_generate_cloud.walk_endpoints`), and the post-hoc escalation of a device answer
that failed a check."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from hybridsdk._exceptions import CircuitOpenError
from hybridsdk._generate_outgoing import _cloud_body, _outgoing, _same
from hybridsdk._generate_types import (
    Emit,
    GenerateRequest,
    GenerateResult,
    Progress,
    _reason,
    _Timer,
)
from hybridsdk._stream_restore import StreamRestorer
from hybridsdk._stream_stops import StopFilter
from hybridsdk._trampoline import Call
from hybridsdk._types import Reason, Route

if TYPE_CHECKING:
    from hybridsdk._client_base import _BaseClient


def _cloud_answer(
    client: _BaseClient,
    req: GenerateRequest,
    io: Any,
    handles: list[Any],
    messages: list[dict[str, Any]],
    restore: Callable[[str], str],
    reasons: list[Reason],
    emitted: list[str],
    timer: _Timer,
    *,
    restorer: StreamRestorer | None = None,
    stops: StopFilter | None = None,
    progress: Progress | None = None,
) -> Generator[Call | Emit, Any, GenerateResult | BaseException]:
    """Ask the cloud (endpoints in failover order); its `GenerateResult`, or the failure.

    `messages` are what may leave (scrubbed), `restore` puts the values back. With a
    `restorer` the answer is streamed and each piece emitted to the caller, restored;
    without (a post-hoc escalation) it is asked for whole, nothing is emitted, and the
    request carries its idempotency key, so a resend after a timeout is run once.
    `stops` cuts the answer at the caller's stop sequences (the upstream may ignore them).
    `progress` follows the endpoint being read and the charge (for a caller that cancels).
    """
    from hybridsdk._generate_cloud import walk_endpoints
    from hybridsdk.cloud._chat_transport import ChatExchange

    stream = restorer is not None
    stops = stops if stops is not None else StopFilter(req.stop)
    body = _cloud_body(client, req, messages)
    deadline = None if req.deadline_ms is None else req.started + req.deadline_ms / 1000.0

    def piece_out(piece: str) -> Emit:
        assert restorer is not None
        if len(emitted) == 1:
            # Charged once, at the cloud's first text: from then on it is generating (and
            # billing) whether the answer ends whole, fails over or is cancelled.
            _charge(client, progress)
            if progress is not None:
                progress.charged = True
        # Either may hold back a tail: a placeholder's start, a stop sequence's start.
        text = stops.feed(restorer.feed(piece))
        if text:
            timer.mark()
        return Emit(text)

    def exchange_for(endpoint: Any) -> ChatExchange:
        if stream:
            exchange = ChatExchange(endpoint, body, incremental=req.incremental, deadline=deadline)
        else:
            exchange = ChatExchange(
                endpoint, body, stream=False, idempotency_key=req.idempotency_key, deadline=deadline
            )
        if progress is not None:
            progress.endpoint, progress.exchange = endpoint, exchange
        return exchange

    # Endpoints in failover order with infer's breakers, retries and budgets.
    walk = yield from walk_endpoints(
        client,
        io,
        handles,
        make_exchange=exchange_for,
        deadline=deadline,
        # a stream is not deduplicated: resent only if not processed; a whole answer is
        # run once per idempotency key by the gateway
        idempotent=not stream,
        reasons=reasons,
        emitted=emitted,
        on_piece=piece_out if stream else None,
    )
    exchange, endpoint = walk.exchange, walk.endpoint
    if exchange is None or endpoint is None:
        return walk.failure or CircuitOpenError("no cloud endpoint could be tried")
    if not stream and emitted:
        timer.mark()  # a whole answer: its text arrived at the end
    reasons.append(_reason("cloud_endpoint", f"{endpoint.name} answered"))
    if not walk.first:
        reasons.append(
            _reason("endpoint_failover", f"{endpoint.name} answered after the first failed")
        )
    if not (stream and emitted):
        _charge(client, progress)  # a whole answer, or one without text (a stream's at its first)
    if restorer is not None:
        tail = stops.feed(restorer.flush()) + stops.flush()
        if tail:
            yield Emit(tail)
    cloud_text = "".join(emitted)
    if not stream:
        stops.feed(restore(cloud_text))
        stops.flush()
    estimated = exchange.usage is None
    prompt, completion = exchange.usage or (0, 0)
    if estimated:
        gen = yield Call(client._local_generator, blocking=True)
        prompt = len(gen.prompt_tokens(messages))
        completion = len(gen.tokenizer.encode(cloud_text))
    ttft, rate = timer.rates(completion)
    return GenerateResult(
        text=stops.text,  # restored, and cut at a stop the upstream may have ignored
        route=Route.CLOUD,
        reasons=reasons,
        model=exchange.model or endpoint.name or endpoint.url,
        finish_reason="stop" if stops.stopped else exchange.finish_reason or "stop",
        prompt_tokens=prompt,
        completion_tokens=completion,
        cloud_completion_tokens=completion,
        cost=client.cloud_cost or 0.0,
        ttft_s=ttft,
        tokens_per_s=rate,
        usage_estimated=estimated,
        idempotency_key=req.idempotency_key,
    )


_CHECK_WORDS = {
    "cut_off": "it was cut off at max_tokens",
    "no_code_block": "a code request answered without code",
    "code_invalid": "its code does not compile",
    "no_final_number": "a maths question answered without a final number",
}


def _escalate(
    client: _BaseClient,
    req: GenerateRequest,
    io: Any,
    handles: list[Any],
    assessment: Any,
    device: GenerateResult,
    failed: list[str],
) -> Generator[Call | Emit, Any, GenerateResult]:
    """Post-hoc escalation: the device's answer failed `failed`; ask the cloud, whole.

    The cloud's answer replaces the device's (route "cascade"); the device's tokens stay
    counted. When the cloud fails, the device's answer is returned with the reason.
    """
    check = failed[0]
    reasons = list(device.reasons)
    why = "; ".join(_CHECK_WORDS.get(c, c) for c in failed)
    reasons.append(
        _reason(
            f"post_hoc_escalation:{check}",
            f"the device's answer failed {', '.join(failed)} ({why}); "
            f"asked the cloud after {device.completion_tokens} device tokens",
        )
    )
    messages, put_back = _outgoing(client, req, assessment)
    emitted: list[str] = []
    cloud = yield from _cloud_answer(
        client, req, io, handles, messages, put_back or _same, reasons, emitted, _Timer(req.started)
    )
    if isinstance(cloud, GenerateResult):
        cloud.route = Route.CASCADE
        cloud.completion_tokens += device.completion_tokens
        return cloud
    if emitted:
        _charge(client)  # the cloud generated (and billed) part of an answer
    reasons.append(
        _reason(
            "post_hoc_escalation_failed",
            f"the cloud failed ({type(cloud).__name__}: {cloud}): the device's answer stands",
        )
    )
    device.reasons = reasons
    if emitted:
        device.cost = client.cloud_cost or 0.0
    return device


def _charge(client: _BaseClient, progress: Progress | None = None) -> None:
    """Charge one cloud call to the client's budget window (as `infer` does), or take over
    the charge made ahead when the generation was routed to it (`progress.held_at`)."""
    if progress is not None and progress.held_at is not None:
        progress.held_at = None
        return
    if client.budget is not None and client.cloud_cost:
        client.budget.record(client.cloud_cost, client.clock())
