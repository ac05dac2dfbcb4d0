"""Deferred answers read back, finished the way a direct answer is.

A direct answer has its pseudonymised values put back (`<EMAIL_1>` -> the address), and a
generation is cut at the request's stop sequences on what the caller sees. A deferred one
arrives later through the outbox, in the same process or after a restart, and must end up
the same: `DeferredAnswers` keeps, per idempotency key and in the storing client's memory
only, what finishing it needs and the outbox may not hold (it stores only what may leave the
device): the pseudonym mapping (as the request's restore function) and the stop sequences
(those with personal data are never sent, so never stored). Stops without personal data
travel in the stored chat request and cut the answer after a restart too; the pseudonyms
cannot come back there, and the result says so (reason ``pseudonyms_not_restored``).

`generation_result` and `inference_result` build what `deferred_generation(key)`,
`deferred_result(key)` and `on_deferred_result` return.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hybridsdk._stream_stops import StopFilter
from hybridsdk._types import InferenceResult, Reason, Route

if TYPE_CHECKING:
    from hybridsdk._generate import GenerateResult

__all__ = ["DeferredAnswers", "generation_result", "inference_result"]

# Entries kept (the oldest go first past this): a device does not defer more between reads.
_MAX_KEPT = 10_000

_NOT_RESTORED = Reason(
    code="pseudonyms_not_restored",
    message="the request left with placeholders and this process does not hold their "
    "values (stored by another process, or before a restart)",
)


@dataclass(frozen=True)
class _Finish:
    restore: Callable[[str], str] | None
    stops: tuple[str, ...]


class DeferredAnswers:
    """What finishing each deferred answer needs, by idempotency key (memory only).

    Args:
        limit: most keys kept; the oldest are forgotten first.
    """

    def __init__(self, limit: int = _MAX_KEPT) -> None:
        self._limit = limit
        self._kept: OrderedDict[str, _Finish] = OrderedDict()
        self._lock = threading.Lock()

    def keep(
        self, key: str, *, restore: Callable[[str], str] | None, stops: Sequence[str] = ()
    ) -> None:
        """Remember how to finish `key`'s answer (nothing when there is nothing to do)."""
        if restore is None and not stops:
            return
        with self._lock:
            self._kept[key] = _Finish(restore, tuple(stops))
            self._kept.move_to_end(key)
            while len(self._kept) > self._limit:
                self._kept.popitem(last=False)

    def forget(self, key: str) -> None:
        """Drop `key` (its record was not stored after all)."""
        with self._lock:
            self._kept.pop(key, None)

    def get(self, key: str) -> _Finish | None:
        with self._lock:
            return self._kept.get(key)


def generation_result(
    record: Any,
    kept: DeferredAnswers,
    *,
    cost: float,
    count_usage: Callable[[bytes, str], tuple[int, int]],
) -> GenerateResult:
    """The `GenerateResult` of a delivered deferred generation: restored, then cut at its
    stop sequences (the stored ones, and those this process kept).

    Args:
        record: the delivered `OutboxRecord`.
        kept: this process's `DeferredAnswers`.
        cost: what the delivered call cost (it was charged when delivered).
        count_usage: (prompt, completion) tokens of (payload, text) when the upstream did
            not count them.
    """
    from hybridsdk._generate import GenerateResult
    from hybridsdk.outbox._chat_deferred import (
        answer_model,
        decode_chat_answer,
        decode_deferred_chat,
        was_scrubbed,
    )

    raw, finish, usage = decode_chat_answer(record.result)
    # Counted on the cloud's whole text, as a direct answer's usage is (it generated it).
    prompt, completion = usage or count_usage(record.payload, raw)
    finish_with = kept.get(record.idempotency_key)
    reasons: list[Reason] = []
    text = raw
    if finish_with is not None and finish_with.restore is not None:
        text = finish_with.restore(text)
    elif was_scrubbed(record.payload):
        reasons.append(_NOT_RESTORED)
    stored = decode_deferred_chat(record.payload).get("stop")
    stops = [stored] if isinstance(stored, str) else list(stored or [])
    stops += list(finish_with.stops) if finish_with is not None else []
    cut = StopFilter([s for s in stops if isinstance(s, str)])
    cut.feed(text)
    cut.flush()
    return GenerateResult(
        text=cut.text,
        route=Route.CLOUD,
        reasons=reasons,
        model=answer_model(record.result),
        finish_reason="stop" if cut.stopped else finish,
        prompt_tokens=prompt,
        completion_tokens=completion,
        cloud_completion_tokens=completion,
        cost=cost,
        usage_estimated=usage is None,
        idempotency_key=record.idempotency_key,
    )


def inference_result(record: Any, kept: DeferredAnswers, *, cost: float) -> InferenceResult:
    """The `InferenceResult` of a delivered deferred infer, its text outputs restored.

    Args:
        record: the delivered `OutboxRecord`.
        kept: this process's `DeferredAnswers`.
        cost: what the delivered call cost (it was charged when delivered).
    """
    from hybridsdk._flow import _restored
    from hybridsdk.outbox._sender import decode_deferred, decode_result, was_pseudonymised

    model, _ = decode_deferred(record.payload)
    outputs = decode_result(record.result)
    finish_with = kept.get(record.idempotency_key)
    reasons: list[Reason] = []
    if finish_with is not None and finish_with.restore is not None:
        outputs = _restored(outputs, finish_with.restore)
    elif was_pseudonymised(record.payload):
        reasons.append(_NOT_RESTORED)
    return InferenceResult(
        outputs=outputs,
        route=Route.CLOUD,
        reasons=reasons,
        model=model,
        runtime="cloud",
        cost=cost,
        idempotency_key=record.idempotency_key,
        degraded_step="defer",
    )
