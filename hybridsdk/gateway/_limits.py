"""Per-model work limits, checked on the parsed JSON before any tensor is built.

The body-size cap bounds bytes on the wire, not work: 1 MB of short strings is 200,000
rows, and a text model's memory grows with rows (the built-in intent model needs about
150 KB per string, so 200,000 strings would need ~30 GB). These limits bound what a
request may ask a model to do, from the shapes it declares, before numpy or ONNX
Runtime allocate anything; a request over a limit gets 413 problem+json.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from hybridsdk.gateway._problems import PROBLEM_TOO_LARGE, Problem

__all__ = ["STRING_ALLOWANCE", "ModelLimits", "check_declared_work", "check_raw_strings"]

#: JSON strings a request may hold besides its BYTES elements: keys, names, datatypes, ids,
#: parameters. Only used for the cheap check on raw bytes, before parsing.
STRING_ALLOWANCE = 1024


class ModelLimits(BaseModel):
    """What one request may ask of one model.

    Args:
        max_batch_size: the largest first dimension of any input tensor.
        max_elements: the most elements over all input tensors of a request.
        max_bytes_elements: the most elements over all BYTES (string) input tensors of a
            request; strings cost far more per element than numbers in text models.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_batch_size: int = Field(default=64, gt=0)
    max_elements: int = Field(default=1_000_000, gt=0)
    max_bytes_elements: int = Field(default=256, gt=0)


def _too_large(model: str, what: str, got: int, limit: int) -> Problem:
    return Problem(
        413,
        PROBLEM_TOO_LARGE,
        f"model {model!r} takes at most {limit} {what} per request, this one has {got}; "
        "split it into smaller requests",
    )


def check_declared_work(obj: dict[str, Any], limits: ModelLimits, *, model: str) -> None:
    """Refuse a parsed inference request whose declared work is over `limits`.

    Only the declared shapes (and the length of flat `data` lists) are read, so the check
    costs nothing per element. Malformed tensors are left to the decoder, which names
    what is wrong; a shape that lies about its data is caught there too, after this
    check has already bounded the declared size.

    Args:
        obj: the request body, parsed from JSON.
        limits: this model's limits.
        model: the model name, for the message.

    Raises:
        Problem: 413 when a batch, the element count or the string count is too large.
    """
    inputs = obj.get("inputs")
    if not isinstance(inputs, list):
        return
    elements = 0
    strings = 0
    for item in inputs:
        if not isinstance(item, dict):
            continue
        shape = item.get("shape")
        if not isinstance(shape, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape
        ):
            continue
        if shape and shape[0] > limits.max_batch_size:
            raise _too_large(model, "rows (batch size)", shape[0], limits.max_batch_size)
        count = 1
        for dim in shape:
            count *= dim
        data = item.get("data")
        if isinstance(data, list):
            # Flat data longer than the shape claims is work too (a mismatch is a 400
            # later, but only after numpy has converted it all).
            count = max(count, len(data))
        elements += count
        if elements > limits.max_elements:
            raise _too_large(model, "tensor elements", elements, limits.max_elements)
        if item.get("datatype") == "BYTES":
            strings += count
            if strings > limits.max_bytes_elements:
                raise _too_large(
                    model, "strings (BYTES elements)", strings, limits.max_bytes_elements
                )


def check_raw_strings(body: bytes, limits: ModelLimits, *, model: str) -> None:
    """Refuse, before parsing, a body holding far more JSON strings than a request may.

    Parsing 1 MB of 200,000 short strings costs tens of milliseconds and ~15 MB of Python
    objects; counting its quotes costs about a millisecond and nothing. The count is a
    lower bound on the number of string tokens (every ``\\"`` is taken as an escaped
    quote), so a valid request is never refused here: at most `max_bytes_elements`
    string elements plus `STRING_ALLOWANCE` keys and names.

    Args:
        body: the raw request body.
        limits: this model's limits.
        model: the model name, for the message.

    Raises:
        Problem: 413 when the body holds too many strings.
    """
    strings_at_least = (body.count(b'"') - body.count(b'\\"')) // 2
    limit = limits.max_bytes_elements + STRING_ALLOWANCE
    if strings_at_least > limit:
        raise Problem(
            413,
            PROBLEM_TOO_LARGE,
            f"model {model!r} takes at most {limits.max_bytes_elements} strings (BYTES "
            f"elements) per request, this one holds at least {strings_at_least} JSON strings; "
            "split it into smaller requests",
        )
