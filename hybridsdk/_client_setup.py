"""What a client is built from: the default tasks, the `cloud=`/`device=`/`outbox=`
settings turned into objects, and the check of an `infer()` request's arguments."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Union, cast

from pydantic import ValidationError

from hybridsdk._exceptions import ConfigurationError, InputValidationError
from hybridsdk._request_errors import describe_validation_error, unknown_field_message
from hybridsdk._tasks import Task
from hybridsdk._types import InferenceRequest
from hybridsdk.routing._signals import DeviceStateLike

if TYPE_CHECKING:
    from hybridsdk.cloud._breaker import BreakerConfig
    from hybridsdk.cloud._client import AsyncCloudClient, CloudClient
    from hybridsdk.cloud._endpoint import CloudEndpoint
    from hybridsdk.cloud._retry import RetryPolicy
    from hybridsdk.edge._runtime_options import RuntimeOptions
    from hybridsdk.outbox._store import Outbox

__all__ = ["DEFAULT_TASKS", "CloudSetting", "DeviceReader"]

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
