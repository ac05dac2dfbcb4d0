"""The result of a generation the caller ended early, from its `Progress`."""

from __future__ import annotations

import logging

from hybridsdk._exceptions import HybridSDKError, InputValidationError
from hybridsdk._generate_types import GenerateResult, Progress
from hybridsdk._types import Route

__all__ = ["partial_result"]

logger = logging.getLogger("hybridsdk.generate")


def partial_result(progress: Progress, text: str) -> GenerateResult:
    """The result of a generation the caller ended early: `text` (what it received),
    ``finish_reason="cancelled"``, the path, reasons, cost charged and tokens so far.

    Tokens the cloud generated are counted with the device tokenizer (a cancelled stream
    has no closing usage; ``usage_estimated=True``), the device's from its generator. The
    device model is never loaded for this (seconds on the caller's path, the event loop of
    an async client): when this client has not loaded it, the cloud's streamed pieces are
    counted (about one token each as a gateway streams them; still an estimate) and the
    prompt is not (0).

    Raises:
        InputValidationError: it was ended before a path was chosen (nothing to report).
    """
    if progress.route is None:
        raise InputValidationError(
            "the generation was cancelled before a path was chosen: nothing was generated "
            "or charged, so it has no result"
        )
    client, req = progress.client, progress.req
    if progress.route is Route.DEFERRED:
        # Stored before the caller stopped waiting: its answer comes through the outbox
        # (`deferred_generation(key)`); nothing was generated or charged here.
        return GenerateResult(
            text="",
            route=Route.DEFERRED,
            reasons=list(progress.reasons),
            finish_reason="cancelled",
            idempotency_key=req.idempotency_key,
        )
    cloud_text = "".join(progress.cloud)
    prompt, cloud_tokens, device_tokens = _counted_so_far(progress, cloud_text)
    completion = cloud_tokens + device_tokens
    timer = progress.timer
    ttft, rate = timer.rates(completion) if timer is not None else (None, 0.0)
    model = progress.model
    if model is None and progress.endpoint is not None:
        exchange_model = getattr(progress.exchange, "model", None)
        model = exchange_model or progress.endpoint.name or progress.endpoint.url
    return GenerateResult(
        text=text,
        route=progress.route,
        reasons=list(progress.reasons),
        model=model,
        finish_reason="cancelled",
        prompt_tokens=prompt,
        completion_tokens=completion,
        cloud_completion_tokens=cloud_tokens,
        cost=(client.cloud_cost or 0.0) if progress.charged else 0.0,
        ttft_s=ttft,
        tokens_per_s=rate,
        failover=progress.failover,
        usage_estimated=bool(cloud_text),
        idempotency_key=req.idempotency_key,
        degraded_step="local" if progress.degraded else None,
    )


def _counted_so_far(progress: Progress, cloud_text: str) -> tuple[int, int, int]:
    """(prompt, cloud, device) tokens of a cancelled generation (see `partial_result`)."""
    gen = getattr(progress.client, "_llm", None)  # loaded already, or not at all
    if gen is None:
        # The device did not run (it would have loaded the model): the cloud's pieces.
        return 0, len(progress.cloud), 0
    req = progress.req
    cloud_tokens = device_tokens = prompt = 0
    try:
        tokens = gen.tokenizer.encode
        cloud_tokens = len(tokens(cloud_text)) if cloud_text else 0
        if progress.device is not None:
            try:
                device_tokens = progress.device.result.completion_tokens
            except InputValidationError:  # still ending in a worker thread: count its text
                device_tokens = len(tokens("".join(progress.device_text)))
        asked = progress.sent if progress.device is None and progress.sent else req.messages
        prompt = len(gen.prompt_tokens(asked))
    except HybridSDKError as exc:  # the device model cannot count here: the counts stay 0
        logger.info("cancelled generation's tokens not counted: %s", exc)
    return prompt, cloud_tokens, device_tokens
