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
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from hybridsdk._client_base import _BaseClient
from hybridsdk._client_setup import DEFAULT_TASKS, _as_request
from hybridsdk._exceptions import ConfigurationError
from hybridsdk._trampoline import adrive, arun_call, drive, run_call
from hybridsdk._types import InferenceRequest, InferenceResult

if TYPE_CHECKING:
    from hybridsdk.cloud._chat_transport import AsyncChatIO, SyncChatIO
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
    from hybridsdk.outbox._drain import DrainReport, DrainSchedule

__all__ = ["DEFAULT_TASKS", "AsyncClient", "Client"]

logger = logging.getLogger("hybridsdk.client")


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
            on_delivered=self._delivery_committed,
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
            on_delivered=self._delivery_committed,
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
            try:
                answer = await send(record)
            except BaseException:
                self._release_delivery_charge(record)
                raise
            # Recorded in telemetry once committed (`_delivery_committed`, in the worker
            # thread that commits: counting tokens may load the device model).
            self._sent_after_s(record, time.perf_counter() - started)
            return answer

        return await drain_async(
            self.outbox, deliver, on_delivered=self._delivery_committed, hold=self._over_budget
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
