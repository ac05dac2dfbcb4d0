"""`_BaseClient`: the configuration and state the sync and async clients share, the
local models they load, and the plan of one `infer` both drivers run.

Its outbox glue (`_client_deferral`) and accounting (`_client_recording`) are mixins;
its settings' types and defaults are in `_client_setup`.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any

from hybridsdk._client_deferral import DeferralMixin
from hybridsdk._client_setup import (
    _DEFAULT,
    DEFAULT_TASKS,
    CloudSetting,
    DeviceReader,
    _Default,
    _default_device_reader,
    _DeviceCache,
    _endpoints,
    _open_outbox,
    _prebuilt_cloud,
    _runtime_options_type,
)
from hybridsdk._connectivity import Connectivity
from hybridsdk._deferred_answers import DeferredAnswers
from hybridsdk._degradation import ResponseCache
from hybridsdk._exceptions import ConfigurationError, HybridSDKError, InputValidationError
from hybridsdk._flow import CallCloud, FlowContext, LocalRun, Outcome, RunLocal, Step, request_flow
from hybridsdk._request_errors import text_to_tensor_task_message
from hybridsdk._security_events import SecurityEvents
from hybridsdk._tasks import Task
from hybridsdk._thresholds import resolve_task_thresholds
from hybridsdk._trampoline import Call
from hybridsdk._types import InferenceRequest, InferenceResult
from hybridsdk.routing._calibration import OnlineThreshold
from hybridsdk.routing._cost import cloud_cost_of
from hybridsdk.routing._policy import Mode, Policy
from hybridsdk.routing._privacy import PrivacyPolicy
from hybridsdk.routing._signals import CostBudget, LatencyEstimator, Signals

if TYPE_CHECKING:
    from hybridsdk._generate import GenerateResult
    from hybridsdk.cloud._breaker import BreakerConfig, BreakerSnapshot
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.edge._local_model import LocalModel
    from hybridsdk.edge._registry import ModelRegistry
    from hybridsdk.edge._runtime_options import RuntimeOptions
    from hybridsdk.generate._generator import LocalGenerator
    from hybridsdk.outbox._drain import DrainRunner
    from hybridsdk.outbox._store import Outbox
    from hybridsdk.telemetry._genai import GenAIRecorder

__all__ = ["_BaseClient"]

logger = logging.getLogger("hybridsdk.client")


class _BaseClient(DeferralMixin):
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
        # Fallback models loading while a cloud call is in flight (`_load_ahead`).
        self._loads_ahead: dict[str, threading.Thread] = {}
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
        self._delivery_lock = threading.Lock()
        self._delivery_charges: dict[str, float] = {}
        self._delivery_times: dict[str, float] = {}
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

    def _load_ahead(self, name: str) -> None:
        """Load local model `name` in a background thread, once, unless it is loaded.

        A cloud call with a deadline keeps only a few milliseconds for its local fallback;
        loading the model (manifest check, runtime session) took 20 ms on an idle 2-core
        board and 60-130 ms on a loaded one, so it happens while the call is in flight.
        A failed load is left for the fallback to load again and report.
        """
        if name in self._models or name in self._loads_ahead:
            return

        def load() -> None:
            try:
                self.model(name)
            except Exception as exc:  # the fallback's own load raises it in the flow
                logger.debug("loading %s ahead of a fallback failed: %s", name, exc)

        thread = threading.Thread(target=load, name=f"hybridsdk-load-{name}", daemon=True)
        self._loads_ahead[name] = thread
        thread.start()

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
        from hybridsdk._generate import Progress, generation_flow
        from hybridsdk._generate_types import make_request

        handles: list[Any] = []
        req = make_request(**fields)
        progress = Progress(self, req)
        flow = generation_flow(self, req, io, handles, progress)
        if self.telemetry is not None:
            flow = self._recorded(flow, req.privacy, progress)
        return flow, handles, progress

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
        (usually the local model); the reserve is twice its estimated latency, 15..250 ms,
        or 25 ms before the local model has run (its first run is the slowest). The model
        is loaded while the call is in flight (`_load_ahead`): no reserve covers a load.
        The floor covers what a fast model's estimate leaves out: waking the caller's
        thread and cancelling the transfer, 1-8 ms on a loaded 2-core board.
        """
        if deadline is None:
            return None
        estimate_ms = self.latency.estimate("local")
        reserve_s = 0.025 if estimate_ms is None else min(0.25, max(0.015, 2e-3 * estimate_ms))
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

    # -- the plan both drivers run --------------------------------------------------------

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
            if step.deadline is not None and step.fallback_model is not None:
                self._load_ahead(step.fallback_model)
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
        for thread in list(self._loads_ahead.values()):
            thread.join()  # a load finishing after this would leave its model open
        with self._models_lock:
            for model in self._models.values():
                model.close()
            self._models.clear()
