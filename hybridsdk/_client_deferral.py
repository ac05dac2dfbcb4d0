"""The client's outbox glue: deferred calls and generations put in the outbox, and the
delivered answers read back, finished as a direct answer is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from hybridsdk._client_recording import RecordingMixin
from hybridsdk._deferred_answers import generation_result, inference_result
from hybridsdk._exceptions import ConfigurationError, UndeliverableRecordError
from hybridsdk._flow import Defer
from hybridsdk._types import InferenceResult

if TYPE_CHECKING:
    from hybridsdk.outbox._store import Outbox

__all__ = ["DeferralMixin"]


class DeferralMixin(RecordingMixin):
    """Deferral and deferred results of `_BaseClient` (it sets these attributes)."""

    outbox: Outbox | None

    def _store(self, step: Defer) -> None:
        """Put a deferred cloud call in the outbox (blocking: SQLite commits with fsync)."""
        from hybridsdk.outbox._sender import encode_deferred

        assert self.outbox is not None
        call = step.call
        self.outbox.put(
            encode_deferred(call.model, call.inputs, pseudonymised=call.restore is not None),
            idempotency_key=call.idempotency_key,
            stream=step.stream,
        )
        # The pseudonym mapping stays in this process (the outbox holds what may leave).
        self._deferred.keep(call.idempotency_key, restore=call.restore)

    # -- deferred results -----------------------------------------------------------------

    def deferred_result(self, idempotency_key: str) -> InferenceResult | None:
        """The cloud's answer to a deferred request once delivered; None while pending.

        Raises:
            ConfigurationError: this client has no outbox, or the key is a deferred
                generation (`deferred_generation(key)`).
            UndeliverableRecordError: it will never be answered (refused for good, or
                expired unsent): the message says why.
        """
        record = self._delivered_record(idempotency_key, chat=False)
        if record is None:
            return None
        result: InferenceResult = self._delivered(record)
        return result

    def _store_chat(
        self,
        body: dict[str, Any],
        idempotency_key: str,
        restore: Callable[[str], str] | None = None,
        stops: Sequence[str] = (),
    ) -> None:
        """Put a deferred generation in the outbox (blocking: SQLite commits with fsync).

        Args:
            body: the chat request, privacy-scrubbed.
            idempotency_key: the record's key.
            restore: puts pseudonymised values back into the answer; kept in this process's
                memory only (the outbox holds what may leave the device), so the answer is
                restored when this process reads it.
            stops: the request's stop sequences; those not in `body` (personal data:
                never sent) are kept in memory, so the answer read here is cut at them too.
        """
        from hybridsdk.outbox._chat_deferred import encode_deferred_chat

        assert self.outbox is not None
        sent = body.get("stop") or []
        # Kept before the record is committed, and forgotten if it is not: an interrupt
        # between the two cannot leave a stored record whose answer this process could
        # not finish (restore, cut).
        self._deferred.keep(
            idempotency_key, restore=restore, stops=[s for s in stops if s not in sent]
        )
        try:
            self.outbox.put(
                encode_deferred_chat(body, scrubbed=restore is not None),
                idempotency_key=idempotency_key,
                stream="generate",
            )
        except BaseException:
            self._deferred.forget(idempotency_key)
            raise

    def deferred_generation(self, idempotency_key: str) -> Any:
        """The cloud's answer to a deferred generation once delivered (a `GenerateResult`
        with route "cloud"); None while pending.

        Raises:
            ConfigurationError: this client has no outbox, or the key is a deferred infer.
            UndeliverableRecordError: it will never be answered (refused for good, or
                expired unsent): the message says why.
        """
        record = self._delivered_record(idempotency_key, chat=True)
        return None if record is None else self._delivered(record)

    def _delivered_record(self, idempotency_key: str, *, chat: bool) -> Any:
        """The delivered outbox record of `idempotency_key`; None while it waits (or when
        the outbox has no such key). See `deferred_result` for what it raises."""
        if self.outbox is None:
            raise ConfigurationError("this client has no outbox: pass outbox=PATH")
        from hybridsdk.outbox._chat_deferred import is_chat
        from hybridsdk.outbox._store import OutboxState

        record = self.outbox.get(idempotency_key)
        if record is None:
            return None
        if is_chat(record.payload) and not chat:
            raise ConfigurationError(
                f"{idempotency_key!r} is a deferred generation: read it with "
                "deferred_generation(key)"
            )
        if chat and not is_chat(record.payload):
            raise ConfigurationError(
                f"{idempotency_key!r} is a deferred infer: read it with deferred_result(key)"
            )
        if record.state in (OutboxState.FAILED, OutboxState.EXPIRED):
            # Not "None while pending": a caller would poll for ever.
            why = (
                "it expired unsent (the outbox's ttl_s passed before the cloud could take it)"
                if record.state is OutboxState.EXPIRED
                else f"it failed for good: {record.last_error or 'no reason recorded'}"
            )
            raise UndeliverableRecordError(
                f"deferred request {idempotency_key!r} will never be answered: {why}. "
                "Send it again as a new request (after fixing it, if it was refused)"
            )
        if record.state is not OutboxState.DELIVERED or record.result is None:
            return None
        return record

    def _delivered(self, record: Any) -> Any:
        """The result of a delivered outbox record, finished as a direct answer is
        (`_deferred_answers`): a `GenerateResult` for a deferred generation, an
        `InferenceResult` for a deferred infer."""
        from hybridsdk.outbox._chat_deferred import is_chat

        if not is_chat(record.payload):
            return inference_result(record, self._deferred, cost=self.cloud_cost or 0.0)
        return generation_result(
            record,
            self._deferred,
            cost=self.cloud_cost or 0.0,
            count_usage=self._estimated_usage,
        )
