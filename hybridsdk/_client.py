"""`Client` and `AsyncClient`: one call, `client.infer(request)`, local or cloud.

Both drive the same request flow (`_flow.request_flow`, no I/O) and share `_BaseClient`,
which holds the configuration and the live trackers (latency, budget, device state,
connectivity, response cache). They differ only in how a step is carried out: blocking
calls, or awaits with model runs moved off the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Union, cast

from pydantic import ValidationError

from hybridsdk._connectivity import Connectivity
from hybridsdk._deferred_answers import DeferredAnswers, generation_result, inference_result
from hybridsdk._degradation import ResponseCache
from hybridsdk._exceptions import (
    CloudError,
    ConfigurationError,
    HybridSDKError,
    InputValidationError,
    UndeliverableRecordError,
)
from hybridsdk._flow import (
    CallCloud,
    Defer,
    FlowContext,
    LocalRun,
    Outcome,
    RunLocal,
    Step,
    request_flow,
)
from hybridsdk._request_errors import (
    describe_validation_error,
    text_to_tensor_task_message,
    unknown_field_message,
)
from hybridsdk._security_events import SecurityEvents
from hybridsdk._tasks import Task
from hybridsdk._thresholds import resolve_task_thresholds
from hybridsdk._trampoline import Call, adrive, arun_call, drive, run_call
from hybridsdk._types import InferenceRequest, InferenceResult
from hybridsdk.routing._calibration import OnlineThreshold
from hybridsdk.routing._cost import cloud_cost_of
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._privacy import PrivacyPolicy
from hybridsdk.routing._signals import CostBudget, DeviceStateLike, LatencyEstimator, Signals

if TYPE_CHECKING:
    from hybridsdk._generate import GenerateResult
    from hybridsdk.cloud._breaker import BreakerConfig, BreakerSnapshot
    from hybridsdk.cloud._chat_transport import AsyncChatIO, SyncChatIO
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.edge._local_model import LocalModel
    from hybridsdk.edge._registry import ModelRegistry
    from hybridsdk.edge._runtime_options import RuntimeOptions
    from hybridsdk.generate._generator import LocalGenerator
    from hybridsdk.outbox._drain import DrainReport, DrainRunner, DrainSchedule
    from hybridsdk.outbox._store import Outbox
    from hybridsdk.telemetry._genai import GenAIRecorder

__all__ = ["DEFAULT_TASKS", "AsyncClient", "Client"]

logger = logging.getLogger("hybridsdk.client")

DEFAULT_TASKS = (
    Task("digits", local_model="digits-linear-fp32", cloud_model="digits-svc-fp32"),
    # Cloud: MiniLM + head blended with TF-IDF (edge_models/cloud/text/, served by the gateway).
    # 0.74: 24% to the cloud, in-scope accuracy 96.4% against the cloud's 96.8% on
    # CLINC150 val (edge_models/cloud/text/manifest.json, val_cascade_from_intent_linear_fp32).
    # 80: the position of "oos" in both models' labels; an edge "oos" with p >= 0.5 is
    # answered locally (on val: 8 requests, all truly out of scope).
    Task(
        "intent",
        local_model="intent-linear-fp32",
        cloud_model="intent-minilm-fp32",
        kind="text",
        confidence_threshold=0.74,
        out_of_scope_index=80,
    ),
)


class _Default:
    """The "not given" marker of `breaker=` (None means no breaker)."""


_DEFAULT = _Default()

DeviceReader = Callable[[], "DeviceStateLike | None"]
#: `cloud=`: a gateway URL, an endpoint, several in failover order, or a cloud client.
CloudSetting = Union[
    str, "CloudEndpoint", Sequence["CloudEndpoint"], "CloudClient", "AsyncCloudClient", None
]


class _DeviceCache:
    """The device state, re-read at most every `ttl_s` (a Pi's vcgencmd costs ms).

    `due()` says a read is needed; the driver makes the (blocking) `read()` where it may
    block (a worker thread in `AsyncClient`) and hands the value to `store()`.
    """

    def __init__(
        self, reader: DeviceReader | None, ttl_s: float, clock: Callable[[], float]
    ) -> None:
        self._reader = reader
        self._ttl_s = ttl_s
        self._clock = clock
        self.value: Any = None
        self._read_at = float("-inf")

    def due(self) -> bool:
        return self._reader is not None and self._clock() - self._read_at >= self._ttl_s

    def read(self) -> Any:
        assert self._reader is not None
        try:
            return self._reader()
        except Exception:  # a probe must never break a request
            logger.debug("device probe failed", exc_info=True)
            return None

    def store(self, value: Any) -> None:
        self.value = value
        self._read_at = self._clock()


def _default_device_reader() -> Any:
    from hybridsdk.edge._device_state import read_device_state

    return read_device_state()


class _BaseClient:
    """Configuration and state shared by the sync and async clients (see `Client`)."""

    _cloud: CloudClient | AsyncCloudClient | None = None

    def __init__(
        self,
        *,
        tasks: Sequence[Task] | None = None,
        default_task: str | None = None,
        policy: Policy | None = None,
        privacy: PrivacyPolicy | None = None,
        cloud: CloudSetting = None,
        outbox: str | os.PathLike[str] | Outbox | None = None,
        models: str | os.PathLike[str] | ModelRegistry | None = None,
        runtime: RuntimeOptions | None = None,
        retry: RetryPolicy | None = None,
        breaker: BreakerConfig | _Default | None = _DEFAULT,
        device: DeviceReader | bool | None = True,
        cache: ResponseCache | bool | None = True,
        budget: CostBudget | None = None,
        cloud_cost: float | None = None,
        target_cloud_share: float | None = None,
        offline_after: int | None = 3,
        probe_interval_s: float = 2.0,
        drain_interval_s: float = 30.0,
        on_deferred_result: Callable[[InferenceResult | GenerateResult], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        llm: LocalGenerator | str | None = None,
        telemetry: GenAIRecorder | None = None,
    ) -> None:
        self._llm_backend = "onnx"
        if isinstance(llm, str):
            if llm not in ("onnx", "llamacpp"):
                raise ConfigurationError(
                    f"llm={llm!r}; pass a LocalGenerator, or 'onnx' or 'llamacpp' to load the "
                    "pinned model on that backend on first use"
                )
            self._llm_backend, llm = llm, None
        self._llm = llm
        self._llm_lock = threading.Lock()
        # Records each infer and generation (route, reasons, privacy) as OTel metrics.
        self.telemetry = telemetry
        task_list = tuple(tasks) if tasks is not None else DEFAULT_TASKS
        if not task_list:
            raise ConfigurationError("a client needs at least one Task")
        self.tasks: dict[str, Task] = {t.name: t for t in task_list}
        if len(self.tasks) != len(task_list):
            raise ConfigurationError("task names must be unique")
        self.default_task = default_task or task_list[0].name
        if self.default_task not in self.tasks:
            raise ConfigurationError(
                f"default_task {self.default_task!r} is not one of {sorted(self.tasks)}"
            )
        prebuilt = _prebuilt_cloud(cloud, retry=retry, breaker=breaker)
        self.endpoints = prebuilt.endpoints if prebuilt is not None else _endpoints(cloud)
        if policy is None:
            # Without a cloud there is nothing to escalate to: answer locally.
            policy = Policy(mode=Mode.PREFER_LOCAL if self.endpoints else Mode.LOCAL_ONLY)
        self.policy = policy
        # One precedence for cascade thresholds (docs/routing.md): see _thresholds.py.
        self.tasks = resolve_task_thresholds(self.tasks, policy, builtin=tasks is None)
        self.privacy = privacy if privacy is not None else PrivacyPolicy()
        self.clock = clock
        self.latency = LatencyEstimator()
        self.security = SecurityEvents()
        self.budget = budget
        # One number charges the budget, feeds the budget rule and is result.cost.
        self.cloud_cost = cloud_cost_of(cloud_cost, policy.rules)
        if target_cloud_share is not None and not 0.0 < target_cloud_share < 1.0:
            raise ConfigurationError(
                f"target_cloud_share={target_cloud_share!r} must be in (0, 1), e.g. 0.12"
            )
        self.target_cloud_share = target_cloud_share
        self._trackers: dict[str, OnlineThreshold] = {}
        self.cache = ResponseCache(clock=clock) if cache is True else cache or None
        reader = _default_device_reader if device is True else device or None
        self._device = _DeviceCache(reader, 5.0, clock)
        # offline_after=None: never declare the network down (breakers still apply).
        self.connectivity = Connectivity(
            failures_to_offline=offline_after if offline_after is not None else 2**62,
            probe_interval_s=probe_interval_s,
            clock=clock,
            on_change=self._on_connectivity,
        )
        self._models_from = models
        self._registry: ModelRegistry | None = None
        if runtime is not None and not isinstance(runtime, _runtime_options_type()):
            raise ConfigurationError(
                f"runtime= takes a RuntimeOptions, got {type(runtime).__name__}: "
                "e.g. runtime=RuntimeOptions(threads=2)"
            )
        self._load_kwargs = runtime.load_kwargs() if runtime is not None else {}
        self._models: dict[str, LocalModel] = {}
        self._models_lock = threading.Lock()
        self.outbox = _open_outbox(outbox)
        # How to finish each deferred answer (pseudonym restorers, stop sequences), by
        # key: memory only, never stored.
        self._deferred = DeferredAnswers()
        if on_deferred_result is not None:
            if self.outbox is None:
                raise ConfigurationError("on_deferred_result needs an outbox (outbox=PATH)")
            callback = on_deferred_result
            self.outbox.on_delivered = lambda record: callback(self._delivered(record))
        self._drainer: DrainRunner | None = None
        self._drain_interval_s = drain_interval_s
        if prebuilt is not None:
            self._adopt_cloud(prebuilt)
        elif self.endpoints:
            options: dict[str, Any] = {"retry": retry}
            if not isinstance(breaker, _Default):
                options["breaker"] = breaker
            self._open_cloud(options)

    def _open_cloud(self, options: dict[str, Any]) -> None:
        """Create the cloud client (sync or async) for `self.endpoints`."""
        raise NotImplementedError

    def _adopt_cloud(self, cloud: CloudClient | AsyncCloudClient) -> None:
        """Use a cloud client the caller built (the full-control layer)."""
        raise NotImplementedError

    # -- models ---------------------------------------------------------------------------

    def registry(self) -> ModelRegistry:
        """The model zoo this client loads from (`models=`, else the default zoo)."""
        if self._registry is None:
            from hybridsdk.edge._registry import ModelRegistry

            models = self._models_from
            self._registry = models if isinstance(models, ModelRegistry) else ModelRegistry(models)
        return self._registry

    def model(self, name: str) -> LocalModel:
        """The loaded local model `name` (verified and loaded on first use, then kept)."""
        model = self._models.get(name)
        if model is not None:
            return model
        with self._models_lock:
            model = self._models.get(name)
            if model is None:
                from hybridsdk.edge._local_model import load_model

                if name not in self.registry().names():
                    model = self._encoder_model(name)
                if model is None:
                    model = load_model(name, registry=self.registry(), **self._load_kwargs)
                logger.info("loaded %s on %s (%s)", name, model.runtime, model.accelerator)
                self._models[name] = model
        return model

    def _local_generator(self) -> LocalGenerator:
        """The on-device LLM (`llm=`, else the pinned model, built and loaded on first use)."""
        if self._llm is None:
            with self._llm_lock:
                if self._llm is None:
                    from hybridsdk.generate._generator import LocalGenerator

                    self._llm = LocalGenerator.from_pinned(
                        backend="llamacpp" if self._llm_backend == "llamacpp" else "onnx"
                    )
        return self._llm

    def _generation(self, io: Any, fields: dict[str, Any]) -> tuple[Any, list[Any], Any]:
        """The flow of one generation, the handles it opens, and its `Progress`."""
        from hybridsdk._generate import Progress, generation_flow, make_request

        handles: list[Any] = []
        req = make_request(**fields)
        progress = Progress(self, req)
        flow = generation_flow(self, req, io, handles, progress)
        if self.telemetry is not None:
            flow = self._recorded(flow, req.privacy, progress)
        return flow, handles, progress

    def _recorded(
        self, flow: Generator[Any, Any, Any], privacy: str, progress: Any = None
    ) -> Generator[Any, Any, Any]:
        """`flow`, recording its result through `self.telemetry` when it returns (or what
        it had done, from `progress`, when the caller cancels it)."""
        from hybridsdk.telemetry._genai import GenerationRecord

        started = time.perf_counter()
        assert self.telemetry is not None
        try:
            result = yield from flow
        except HybridSDKError as exc:
            # A typed failure (a rejected request, no path, the deadline) is recorded with
            # its error.type, as the GenAI conventions ask; the caller still gets the error.
            route = "cloud" if isinstance(exc, CloudError) else "none"
            self.telemetry.record_generation(
                GenerationRecord(
                    model="unknown",
                    route=route,
                    duration_s=time.perf_counter() - started,
                    privacy_class=privacy,
                    error_type=type(exc).__name__,
                )
            )
            raise
        except GeneratorExit:
            # Closed before it finished: the caller cancelled or left the stream.
            self.telemetry.record_generation(
                self._cancelled_record(progress, time.perf_counter() - started, privacy)
            )
            raise
        self.telemetry.record_generation(
            GenerationRecord.from_generate(
                result, duration_s=time.perf_counter() - started, privacy_class=privacy
            )
        )
        return result

    def _cancelled_record(self, progress: Any, duration_s: float, privacy: str) -> Any:
        """The telemetry record of a generation the caller cancelled: its route, model,
        reasons and, when the device tokenizer is loaded already (no model load on a
        cancel), its tokens so far, as its partial result has them."""
        from dataclasses import replace

        from hybridsdk._generate import partial_result
        from hybridsdk.telemetry._genai import GenerationRecord

        if progress is None or progress.route is None:  # before a path was chosen
            return GenerationRecord(
                model="unknown",
                route="none",
                duration_s=duration_s,
                privacy_class=privacy,
                error_type="cancelled",
            )
        if self._llm is not None:
            record = GenerationRecord.from_generate(
                partial_result(progress, ""), duration_s=duration_s, privacy_class=privacy
            )
            return replace(record, error_type="cancelled")
        endpoint = progress.endpoint
        return GenerationRecord(
            model=progress.model or getattr(endpoint, "name", None) or "unknown",
            route=progress.route.value,
            duration_s=duration_s,
            reason_codes=tuple(r.code for r in progress.reasons),
            privacy_class=privacy,
            degraded_step=progress.failover or ("local" if progress.degraded else None),
            finish_reason="cancelled",
            error_type="cancelled",
        )

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

    def _record_delivery(self, record: Any, answer: bytes, duration_s: float) -> None:
        """Record a deferred call the drain delivered in telemetry, as its result reads
        (route "cloud", degraded step "defer", tokens): it was a cloud call, charged."""
        if self.telemetry is None:
            return
        from dataclasses import replace

        from hybridsdk.outbox._chat_deferred import is_chat
        from hybridsdk.telemetry._genai import GenerationRecord

        delivered = replace(record, result=answer)
        cost = self.cloud_cost or 0.0
        try:
            if not is_chat(record.payload):
                result = inference_result(delivered, self._deferred, cost=cost)
                self.telemetry.record_infer(result, duration_s=duration_s)
                return
            chat = generation_result(
                delivered, self._deferred, cost=cost, count_usage=self._estimated_usage
            )
            entry = GenerationRecord.from_generate(chat, duration_s=duration_s)
            self.telemetry.record_generation(replace(entry, degraded_step="defer"))
        except Exception:  # telemetry must never fail a delivery
            logger.warning("could not record a delivered deferred call", exc_info=True)

    def _recording(self, send: Callable[[Any], bytes]) -> Callable[[Any], bytes]:
        """`send` for the drain, recording each delivery in telemetry."""

        def deliver(record: Any) -> bytes:
            started = time.perf_counter()
            answer = send(record)
            self._record_delivery(record, answer, time.perf_counter() - started)
            return answer

        return deliver

    def _charge_delivery(self, record: Any = None) -> None:
        """Charge one delivered deferred call to the budget window, as a direct one is:
        the drain's `on_delivered`, so after its delivery is committed (a send whose commit
        failed is sent again and answered once by the gateway: charged once)."""
        if self.budget is not None and self.cloud_cost:
            self.budget.record(self.cloud_cost, self.clock())

    def _over_budget(self, record: Any = None) -> str | None:
        """Why the drain must not send another deferred call now (the budget window
        cannot pay for it), or None: the drain's `hold`. The record waits for a later
        window, as a direct call over budget would not be made."""
        budget, cost = self.budget, self.cloud_cost
        if budget is None or not cost:
            return None
        now = self.clock()
        if budget.can_afford(cost, now):
            return None
        return (
            f"over budget: {budget.spent(now):g} of {budget.limit:g} spent in the last "
            f"{budget.window_s:g} s and a call costs {cost:g}"
        )

    def _estimated_usage(self, payload: bytes, text: str) -> tuple[int, int]:
        """(prompt, completion) tokens of a deferred generation the upstream did not count,
        with the device model's tokenizer (as a direct generation is); (0, 0) when the
        device model cannot be loaded here."""
        from hybridsdk.outbox._chat_deferred import decode_deferred_chat

        try:
            gen = self._local_generator()
            messages = decode_deferred_chat(payload).get("messages") or []
            return len(gen.prompt_tokens(messages)), len(gen.tokenizer.encode(text))
        except HybridSDKError as exc:
            logger.info("deferred generation's tokens not counted: %s", exc)
            return 0, 0

    def _encoder_model(self, name: str) -> LocalModel | None:
        """A device encoder model (intent-minilm-int8) from the cloud model folder, if any."""
        from hybridsdk.textenc._local import encoder_device_models, load_encoder_local_model

        if name not in encoder_device_models():
            return None
        threads = self._load_kwargs.get("threads")
        return load_encoder_local_model(name, edge_registry=self.registry(), threads=threads)

    # -- per request ----------------------------------------------------------------------

    def _task_for(self, request: InferenceRequest) -> Task:
        if request.task is not None:
            task = self.tasks.get(request.task)
            if task is None:
                raise ConfigurationError(
                    f"unknown task {request.task!r}; this client has {sorted(self.tasks)}"
                )
            return task
        if request.model is not None:
            for task in self.tasks.values():
                if request.model in (task.local_model, task.cloud_model):
                    return task
            return Task(request.model, local_model=request.model)
        if request.inputs is None:  # text only: the first text task, if there is one
            for task in self.tasks.values():
                if task.kind == "text":
                    return task
        return self.tasks[self.default_task]

    def _tracker(self, task: Task) -> OnlineThreshold | None:
        """The online threshold of `task` when a target cloud share is set."""
        if self.target_cloud_share is None or self.policy.mode is not Mode.PREFER_LOCAL:
            return None
        tracker = self._trackers.get(task.name)
        if tracker is None:
            initial = task.confidence_threshold or self.policy.confidence_threshold
            start = min(max(initial, 0.01), 0.99)
            tracker = OnlineThreshold(target_share=self.target_cloud_share, initial_threshold=start)
            self._trackers[task.name] = tracker
        return tracker

    def _context(self, request: InferenceRequest) -> FlowContext:
        now = self.clock()
        signals = Signals.from_state(
            now=now,
            device=self._device.value,
            online=self.connectivity.online,
            breaker_open=self._all_breakers_open(),
            latency=self.latency,
            budget=self.budget,
            cloud_cost_estimate=self.cloud_cost,
        )
        task = self._task_for(request)
        if request.inputs is None and not self._takes_text(task):
            raise InputValidationError(text_to_tensor_task_message(task, self.tasks.values()))
        return FlowContext(
            task=task,
            policy=self.policy,
            privacy=self.privacy,
            signals=signals,
            cache=self.cache,
            cloud_configured=bool(self.endpoints),
            outbox_configured=self.outbox is not None,
            cloud_cost=self.cloud_cost or 0.0,
            tracker=self._tracker(task),
            clock=self.clock,
        )

    def _takes_text(self, task: Task) -> bool:
        """False only when the task's local model surely has no text input."""
        if task.kind == "text" or task.local_model is None:
            return True
        try:
            entry = self.registry().entry(task.local_model)
        except HybridSDKError:
            return True  # the flow reports a missing zoo or model with its own advice
        return any(spec.name == task.text_input for spec in entry.inputs)

    def _probe_timeout_s(self, request: InferenceRequest) -> float:
        """How long an offline probe may hold this request: at most half its time left
        (the rest is for answering), at most 2 s; 0 skips the probe this time."""
        remaining_ms = request.remaining_ms(self.clock())
        if remaining_ms is None:
            return 2.0
        budget_s = min(2.0, remaining_ms / 2000.0)
        return budget_s if budget_s >= 0.01 else 0.0

    def _cloud_deadline_s(self, deadline: float | None) -> float | None:
        """Seconds the cloud call may take: the time left, less a reserve for the fallback.

        When the cloud call fails at its deadline, the degradation chain still has to run
        (usually the local model); the reserve is twice its estimated latency, 2..250 ms,
        or 25 ms before the local model has run (its first run includes loading it).
        """
        if deadline is None:
            return None
        estimate_ms = self.latency.estimate("local")
        reserve_s = 0.025 if estimate_ms is None else min(0.25, max(0.002, 2e-3 * estimate_ms))
        return max(0.0, deadline - reserve_s - self.clock())

    def _local_outcome(self, model: LocalModel, outputs: Any, started: float) -> Outcome:
        ms = (time.perf_counter() - started) * 1000.0
        self.latency.observe("local", ms)
        value = LocalRun(outputs, model.entry.name, model.runtime, model.accelerator)
        return Outcome(value=value, elapsed_ms=ms)

    def _cloud_outcome(self, answer: Any, error: BaseException | None, started: float) -> Outcome:
        ms = (time.perf_counter() - started) * 1000.0
        if error is None:
            self.connectivity.record_success()
            self.latency.observe("cloud", ms)
            if self.budget is not None and self.cloud_cost:
                self.budget.record(self.cloud_cost, self.clock())
            return Outcome(value=answer, elapsed_ms=ms)
        self.security.observe(error, "cloud")
        self.connectivity.record_failure(error)
        return Outcome(error=error, elapsed_ms=ms)

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

    # -- the plan both drivers run --------------------------------------------------------

    def _record(self, req: InferenceRequest, result: InferenceResult, started: float) -> None:
        if self.telemetry is not None:
            # The declared label: detection may have raised it; the result does not say.
            self.telemetry.record_infer(
                result, duration_s=time.perf_counter() - started, privacy_class=req.privacy.value
            )

    def _plan(self, request: InferenceRequest) -> Generator[Call, Any, InferenceResult]:
        """Everything `infer` does, as calls for a driver: device read, offline probe,
        then each step of the request flow."""
        yield from self._observe(request)
        flow = request_flow(request, self._context(request))
        step = next(flow)
        while True:
            outcome = yield from self._step(step)
            try:
                step = flow.send(outcome)
            except StopIteration as stop:
                result: InferenceResult = stop.value
                return result

    def _observe(self, request: InferenceRequest) -> Generator[Call, Any, None]:
        """What `infer` and `generate` look at before routing: the device state (when
        due), and while offline one cheap probe of the cloud (when due)."""
        if self._device.due():
            self._device.store((yield Call(self._device.read, blocking=True)))
        timeout_s = self._probe_timeout_s(request)
        if self._cloud is not None and timeout_s > 0 and self.connectivity.probe_due():
            self.connectivity.record_probe((yield Call(self._cloud.probe, (timeout_s,))))

    def _step(self, step: Step) -> Generator[Call, Any, Outcome]:
        """One flow step as calls; every error becomes the step's `Outcome`."""
        started = time.perf_counter()
        if isinstance(step, RunLocal):
            try:
                model = yield Call(self.model, (step.model,), blocking=True)
                started = time.perf_counter()  # the estimate is of runs, not the first load
                outputs = yield Call(model.run, (step.inputs,), blocking=True)
            except Exception as exc:
                self.security.observe(exc, "local")
                return Outcome(error=exc, elapsed_ms=(time.perf_counter() - started) * 1000.0)
            return self._local_outcome(model, outputs, started)
        if isinstance(step, CallCloud):
            if self._cloud is None:
                return Outcome(error=ConfigurationError("no cloud endpoint is configured"))
            kwargs = {
                "idempotency_key": step.idempotency_key,
                "deadline_s": self._cloud_deadline_s(step.deadline),
            }
            try:
                answer = yield Call(self._cloud.infer, (step.model, step.inputs), kwargs)
            except Exception as exc:
                return self._cloud_outcome(None, exc, started)
            return self._cloud_outcome(answer, None, started)
        try:
            yield Call(self._store, (step,), blocking=True)
        except (HybridSDKError, OSError) as exc:
            return Outcome(error=exc, elapsed_ms=(time.perf_counter() - started) * 1000.0)
        return Outcome(value=True, elapsed_ms=(time.perf_counter() - started) * 1000.0)

    def _all_breakers_open(self) -> bool:
        return self._cloud is not None and self._cloud.all_breakers_open()

    def _breaker_snapshots(self) -> list[BreakerSnapshot]:
        return self._cloud.breaker_snapshots() if self._cloud is not None else []

    def _on_connectivity(self, online: bool) -> None:
        if online and self._drainer is not None:
            self._drainer.wake()

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

    # -- health ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """A JSON-able snapshot for metrics and dashboards: connectivity, breakers,
        latency estimates, outbox, cache, loaded models, and security events (a tampered
        model zoo, a gateway key failing its pin: `security.ok` is False once one is seen)."""
        from dataclasses import asdict

        data: dict[str, Any] = {
            "connectivity": asdict(self.connectivity.snapshot()),
            "breakers": [{**asdict(s), "state": s.state.value} for s in self._breaker_snapshots()],
            "latency_ms": {path: self.latency.estimate(path) for path in ("local", "cloud")},
            "models": {
                name: {"runtime": m.runtime, "accelerator": m.accelerator}
                for name, m in self._models.items()
            },
            "cache_entries": len(self.cache) if self.cache is not None else None,
            "outbox": asdict(self.outbox.stats()) if self.outbox is not None else None,
            "security": self.security.snapshot(),
        }
        return data

    def _close_models(self) -> None:
        with self._models_lock:
            for model in self._models.values():
                model.close()
            self._models.clear()


def _runtime_options_type() -> type[RuntimeOptions]:
    from hybridsdk.edge._runtime_options import RuntimeOptions

    return RuntimeOptions


def _prebuilt_cloud(
    cloud: CloudSetting, *, retry: RetryPolicy | None, breaker: BreakerConfig | _Default | None
) -> CloudClient | AsyncCloudClient | None:
    if cloud is None or isinstance(cloud, str | tuple | list):
        return None
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient

    if not isinstance(cloud, CloudClient | AsyncCloudClient):
        return None
    if retry is not None or not isinstance(breaker, _Default):
        raise ConfigurationError(
            "retry= and breaker= configure the cloud client this Client builds; with your own "
            f"{type(cloud).__name__}, pass them to it instead"
        )
    return cloud


def _endpoints(cloud: CloudSetting) -> list[CloudEndpoint]:
    if cloud is None:
        return []
    from hybridsdk.cloud._endpoint import CloudEndpoint

    if isinstance(cloud, str):
        return [CloudEndpoint(url=cloud)]
    if isinstance(cloud, CloudEndpoint):
        return [cloud]
    return list(cast("Sequence[CloudEndpoint]", cloud))


def _open_outbox(outbox: str | os.PathLike[str] | Outbox | None) -> Outbox | None:
    if outbox is None:
        return None
    from hybridsdk.outbox._store import Outbox

    return outbox if isinstance(outbox, Outbox) else Outbox(outbox)


def _as_request(request: InferenceRequest | None, fields: Mapping[str, Any]) -> InferenceRequest:
    if request is None:
        unknown = set(fields) - set(InferenceRequest.model_fields)
        if unknown:
            raise InputValidationError(
                unknown_field_message(unknown, InferenceRequest.model_fields, "infer()")
            )
        try:
            return InferenceRequest(**fields)
        except ValidationError as exc:
            raise InputValidationError(describe_validation_error(exc, "request")) from None
    if fields:
        raise ConfigurationError("pass either a request or its fields, not both")
    if not isinstance(request, InferenceRequest):
        raise ConfigurationError(
            f"infer() takes an InferenceRequest, got {type(request).__name__}; "
            "or pass the fields as keywords: infer(inputs={...})"
        )
    return request


class Client(_BaseClient):
    """Route inference requests to a local model or an encrypted cloud, blocking.

    The common case is one call: ``Client().infer(inputs={"pixels": x})`` answers from
    the on-device digits model. Give `cloud=` a gateway URL (or `CloudEndpoint`s) for
    the cascade, `outbox=` a path to defer requests while offline.

    Args:
        tasks: the tasks this client serves (default: digits and intent from the zoo).
        default_task: the task of requests that name neither task nor model.
        policy: routing mode, rules and cascade threshold (default: prefer local when a
            cloud is configured, else local only).
        privacy: what may leave the device and in which form.
        cloud: the gateway URL, an endpoint, several endpoints in failover order, or a
            `CloudClient` you built for full control (transport, retry budget, pool size);
            the client closes it.
        outbox: path of the durable outbox for deferrable requests (None: no deferring).
        models: the model zoo: its folder, or a `ModelRegistry` (e.g. with a public key
            pinned by the application, which overrides the zoo's own `manifest.pub`);
            default: $HYBRIDSDK_MODELS_DIR, else the embedded zoo. The manifest signature
            is always checked unless the registry was made with `allow_unsigned=True`.
        runtime: how local models load and run (`RuntimeOptions(threads=2)`...).
        retry: the cloud retry policy (default `RetryPolicy()`).
        breaker: per-endpoint circuit breaker settings (default `BreakerConfig()`;
            None: no breaker).
        device: read device state (thermal, battery, memory) for the rules: True, False,
            or a callable returning a `DeviceState`.
        cache: keep recent cloud answers for the degradation chain (True, False, or a
            `ResponseCache`).
        budget: a cost budget window for cloud calls.
        cloud_cost: the cost of one cloud call: charged to `budget`, read by the budget
            rule, reported as `result.cost` (default: the policy's budget rule's
            `cost_per_call`; set in both places, they must agree).
        target_cloud_share: keep the cascade's cloud share at this fraction as inputs
            drift (an online threshold per task, started at the policy's threshold);
            for `generate`, the share of the shipped prompt scorer's training prompts
            its threshold sends to the cloud (default: the share stored with it).
        offline_after: consecutive connection failures after which the client counts
            itself offline and stops cloud attempts (None: never).
        probe_interval_s: while offline, how often one cheap probe checks the cloud.
        drain_interval_s: how often the outbox drainer looks for work (it is also woken
            when the cloud comes back).
        on_deferred_result: called (from the drainer) with each deferred request's
            answer once it is delivered (a `GenerateResult` for a deferred generation);
            or poll `deferred_result(key)` / `deferred_generation(key)`.
        clock: monotonic seconds.
        llm: the on-device LLM for `generate`: a `LocalGenerator`, or "onnx" (default) or
            "llamacpp" to load the pinned model on that backend on first use.
        telemetry: a `hybridsdk.telemetry.GenAIRecorder`: each infer is recorded as
            `hybridsdk.client.infer.duration` with its route, reasons and privacy label.
    """

    _cloud: CloudClient | None = None
    _chat_io: SyncChatIO | None = None

    def _open_cloud(self, options: dict[str, Any]) -> None:
        from hybridsdk.cloud._client import CloudClient

        self._adopt_cloud(CloudClient(self.endpoints, clock=self.clock, **options))

    def _adopt_cloud(self, cloud: CloudClient | AsyncCloudClient) -> None:
        from hybridsdk.cloud._client import CloudClient

        if not isinstance(cloud, CloudClient):
            raise ConfigurationError("Client needs a CloudClient; AsyncClient takes the async one")
        self._cloud = cloud
        if self.outbox is not None:
            self._start_drainer(self._drain_interval_s)

    @property
    def cloud(self) -> CloudClient | None:
        """The cloud client, when a cloud is configured."""
        return self._cloud

    def infer(self, request: InferenceRequest | None = None, /, **fields: Any) -> InferenceResult:
        """Answer one request, locally or in the cloud, as the policy decides.

        Args:
            request: the request; or give its fields as keywords (`inputs=`, `text=`...).

        Returns:
            The result, saying which path answered and why.

        Raises:
            InputValidationError: the inputs do not fit the model.
            PrivacyViolationError: the policy allows only a path that privacy forbids.
            RoutingError: no path and no degradation step could answer.
        """
        req = _as_request(request, fields)
        started = time.perf_counter()
        result = drive(self._plan(req), run_call)
        self._record(req, result, started)
        return result

    def generate(
        self,
        *,
        messages: Sequence[Mapping[str, Any]],
        max_tokens: int = 256,
        stream: bool = False,
        stop: str | Sequence[str] | None = None,
        temperature: float = 0.0,
        seed: int | None = None,
        privacy: str = "internal",
        deadline_ms: float | None = None,
        cost_ceiling: float | None = None,
        deferrable: bool = False,
        relay_buffers: bool = False,
        escalate_on: Sequence[str] | None = None,
    ) -> Any:
        """Generate a chat answer on the device or through the encrypted gateway.

        Args:
            messages: OpenAI chat messages ``[{"role": "user", "content": "..."}]``.
            max_tokens: most tokens to generate.
            stream: return a `GenerateStream` of text pieces (its `result` at the end,
                or what it produced once stopped by `cancel()` / `close()` / `with`)
                instead of the whole `GenerateResult`.
            stop: up to 4 stop sequences.
            temperature: 0 is greedy.
            seed: sampler seed.
            privacy: the messages' label (detected personal data can only raise it).
            deadline_ms: time budget in milliseconds.
            cost_ceiling: the most this generation may cost on the cloud path.
            deferrable: may wait for the cloud: with an outbox, a generation the cloud
                cannot take now is stored and sent later (`deferred_generation(key)`).
            relay_buffers: the relay holds whole responses: ask the gateway for one chunk.
            escalate_on: post-hoc checks of the device's answer ("cut_off",
                "no_code_block", "code_invalid", "no_final_number"); when the answer
                fails one and the cloud may be used, the cloud answers instead (route
                "cascade"). Off by default (docs/generate.md has the measurements);
                not with `stream=True`.
        """
        from hybridsdk._generate import GenerateStream
        from hybridsdk.cloud._chat_transport import SyncChatIO

        if self._chat_io is None:
            self._chat_io = SyncChatIO()
        flow, handles, progress = self._generation(
            self._chat_io,
            dict(
                messages=messages,
                max_tokens=max_tokens,
                stop=stop,
                temperature=temperature,
                seed=seed,
                privacy=privacy,
                deadline_ms=deadline_ms,
                cost_ceiling=cost_ceiling,
                deferrable=deferrable,
                relay_buffers=relay_buffers,
                stream=stream,
                escalate_on=escalate_on,
            ),
        )
        pieces = GenerateStream(flow, handles, progress)
        if stream:
            return pieces
        for _ in pieces:
            pass
        return pieces.result

    def _send_chat(self, record: Any) -> bytes:
        """Deliver one deferred generation (the drain's `chat` sender)."""
        from hybridsdk._generate_cloud import deliver_deferred_chat
        from hybridsdk.cloud._chat_transport import SyncChatIO

        if self._chat_io is None:
            self._chat_io = SyncChatIO()
        return drive(deliver_deferred_chat(self, record, self._chat_io), run_call)

    def _start_drainer(self, interval_s: float) -> None:
        from hybridsdk.outbox._drain import DrainRunner
        from hybridsdk.outbox._sender import cloud_sender

        assert self._cloud is not None and self.outbox is not None
        self._drainer = DrainRunner(
            self.outbox,
            self._recording(cloud_sender(self._cloud, chat=self._send_chat)),
            interval_s=interval_s,
            on_delivered=self._charge_delivery,
            hold=self._over_budget,
        )
        self._drainer.start()

    def drain_outbox(self) -> DrainReport:
        """Send what the outbox holds now; returns the `DrainReport`."""
        if self._cloud is None or self.outbox is None:
            raise ConfigurationError("draining needs both cloud= and outbox=")
        from hybridsdk.outbox._drain import drain
        from hybridsdk.outbox._sender import cloud_sender

        return drain(
            self.outbox,
            self._recording(cloud_sender(self._cloud, chat=self._send_chat)),
            on_delivered=self._charge_delivery,
            hold=self._over_budget,
        )

    def close(self) -> None:
        """Stop the outbox drainer, close connections and models."""
        if self._drainer is not None:
            self._drainer.stop()
            self._drainer = None
        if self._cloud is not None:
            self._cloud.close()
        if self._chat_io is not None:
            self._chat_io.close()
        if self.outbox is not None:
            self.outbox.close()
        self._close_models()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """The asyncio twin of `Client`: same arguments, same flow, `await client.infer(...)`.

    `cloud=` takes an `AsyncCloudClient` where `Client` takes a `CloudClient`.

    Model runs happen in a worker thread, so the event loop never blocks on inference.
    """

    _cloud: AsyncCloudClient | None = None
    _chat_io: AsyncChatIO | None = None
    _drain_task: asyncio.Task[None] | None = None
    _drain_wake: asyncio.Event | None = None
    _drain_schedule: DrainSchedule

    def _open_cloud(self, options: dict[str, Any]) -> None:
        from hybridsdk.cloud._client import AsyncCloudClient

        self._adopt_cloud(AsyncCloudClient(self.endpoints, clock=self.clock, **options))

    def _adopt_cloud(self, cloud: CloudClient | AsyncCloudClient) -> None:
        from hybridsdk.cloud._client import AsyncCloudClient

        if not isinstance(cloud, AsyncCloudClient):
            raise ConfigurationError(
                "AsyncClient needs an AsyncCloudClient; Client takes CloudClient"
            )
        self._cloud = cloud

    async def infer(
        self, request: InferenceRequest | None = None, /, **fields: Any
    ) -> InferenceResult:
        """Answer one request; see `Client.infer`."""
        req = _as_request(request, fields)
        self._ensure_drainer()
        started = time.perf_counter()
        result = await adrive(self._plan(req), arun_call)
        self._record(req, result, started)
        return result

    async def generate(
        self,
        *,
        messages: Sequence[Mapping[str, Any]],
        max_tokens: int = 256,
        stream: bool = False,
        stop: str | Sequence[str] | None = None,
        temperature: float = 0.0,
        seed: int | None = None,
        privacy: str = "internal",
        deadline_ms: float | None = None,
        cost_ceiling: float | None = None,
        deferrable: bool = False,
        relay_buffers: bool = False,
        escalate_on: Sequence[str] | None = None,
    ) -> Any:
        """Generate a chat answer; see `Client.generate` (``stream=True`` returns an
        `AsyncGenerateStream` for ``async for``)."""
        from hybridsdk._generate import AsyncGenerateStream
        from hybridsdk.cloud._chat_transport import AsyncChatIO

        self._ensure_drainer()  # deferred generations drain as deferred infers do
        if self._chat_io is None:
            self._chat_io = AsyncChatIO()
        flow, handles, progress = self._generation(
            self._chat_io,
            dict(
                messages=messages,
                max_tokens=max_tokens,
                stop=stop,
                temperature=temperature,
                seed=seed,
                privacy=privacy,
                deadline_ms=deadline_ms,
                cost_ceiling=cost_ceiling,
                deferrable=deferrable,
                relay_buffers=relay_buffers,
                stream=stream,
                escalate_on=escalate_on,
            ),
        )
        pieces = AsyncGenerateStream(flow, handles, progress)
        if stream:
            return pieces
        async for _ in pieces:
            pass
        return pieces.result

    async def _asend_chat(self, record: Any) -> bytes:
        """Deliver one deferred generation (the async drain's `chat` sender): the same
        flow as `Client`'s, so the same once-only request (whole, Idempotency-Key)."""
        from hybridsdk._generate_cloud import deliver_deferred_chat
        from hybridsdk.cloud._chat_transport import AsyncChatIO

        if self._chat_io is None:
            self._chat_io = AsyncChatIO()
        return await adrive(deliver_deferred_chat(self, record, self._chat_io), arun_call)

    def _ensure_drainer(self) -> None:
        # Started on first use: it needs the running event loop.
        if self._drain_task is None and self._cloud is not None and self.outbox is not None:
            from hybridsdk.outbox._drain import DrainSchedule

            self._drain_wake = asyncio.Event()
            self._drain_schedule = DrainSchedule(interval_s=self._drain_interval_s)
            self._drain_task = asyncio.get_running_loop().create_task(self._drain_loop())

    def _on_connectivity(self, online: bool) -> None:
        if online and self._drain_wake is not None:
            self._drain_schedule.reset()
            self._drain_wake.set()

    async def _drain_loop(self) -> None:
        # The same schedule as the sync client's drainer thread: the interval after a
        # drain that ran dry, a full-jitter backoff after one stopped by an error.
        assert self._drain_wake is not None
        schedule = self._drain_schedule
        delay_s = self._drain_interval_s
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._drain_wake.wait(), delay_s)
            self._drain_wake.clear()
            report: DrainReport | None = None
            try:
                report = await self.drain_outbox()
            except Exception:  # a failed round waits for the next one
                logger.warning("outbox drain failed", exc_info=True)
            delay_s = schedule.next_delay_s(report)
            logger.debug("next outbox drain in %.2f s", delay_s)

    async def drain_outbox(self) -> DrainReport:
        """Send what the outbox holds now; returns the `DrainReport`."""
        if self._cloud is None or self.outbox is None:
            raise ConfigurationError("draining needs both cloud= and outbox=")
        from hybridsdk.outbox._drain import drain_async
        from hybridsdk.outbox._sender import async_cloud_sender

        send = async_cloud_sender(self._cloud, chat=self._asend_chat)

        async def deliver(record: Any) -> bytes:
            started = time.perf_counter()
            answer = await send(record)
            took = time.perf_counter() - started
            if self.telemetry is not None:  # counting tokens may load the device model
                await arun_call(Call(self._record_delivery, (record, answer, took), blocking=True))
            return answer

        return await drain_async(
            self.outbox, deliver, on_delivered=self._charge_delivery, hold=self._over_budget
        )

    async def aclose(self) -> None:
        """Stop the outbox drainer, close connections, the outbox and models."""
        if self._drain_task is not None:
            self._drain_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._drain_task
            self._drain_task = None
        if self._cloud is not None:
            await self._cloud.aclose()
        if self._chat_io is not None:
            await self._chat_io.aclose()
        if self.outbox is not None:
            self.outbox.close()
        self._close_models()

    def __enter__(self) -> AsyncClient:
        raise ConfigurationError(
            "AsyncClient is an async context manager: use `async with AsyncClient(...) as "
            "client:` inside a coroutine, or hybridsdk.Client for blocking code"
        )

    def __exit__(self, *exc: object) -> None:  # pragma: no cover - __enter__ always raises
        return None

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
