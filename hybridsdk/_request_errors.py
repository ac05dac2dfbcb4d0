"""Plain-words messages for a request that does not validate.

pydantic's own text (``1 validation error for InferenceRequest ... [type=enum,
input_value=...] For further information visit https://errors.pydantic.dev/...``) is
written for library authors. These helpers name the field, the value given, what is
accepted, and the closest field name when a keyword is misspelt.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import ValidationError

if TYPE_CHECKING:
    from hybridsdk._tasks import Task

__all__ = [
    "closest_name",
    "describe_validation_error",
    "text_to_tensor_task_message",
    "unknown_field_message",
]


def closest_name(name: str, known: Iterable[str]) -> str | None:
    """The known name closest to `name` (a typo's likely intent), or None."""
    matches = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return matches[0] if matches else None


def unknown_field_message(names: Iterable[str], known: Iterable[str], what: str) -> str:
    """`what` has no field(s) `names`: say so, with the closest known field for each."""
    known = sorted(known)
    parts = []
    for name in sorted(names):
        guess = closest_name(name, known)
        hint = f" (did you mean {guess!r}?)" if guess else ""
        parts.append(f"{name!r}{hint}")
    return f"{what} has no field {', '.join(parts)}; its fields are: {', '.join(known)}"


def describe_validation_error(exc: ValidationError, what: str) -> str:
    """One line per problem: the field, the value given, and what is accepted."""
    lines = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"]) or what
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "enum":
            expected = error.get("ctx", {}).get("expected", "")
            message = f"{error['input']!r} is not accepted; use one of {expected}"
        elif error["type"] not in ("value_error", "assertion_error") and "input" in error:
            given = repr(error["input"])
            given = given if len(given) <= 60 else given[:57] + "..."
            message = f"{message} (got {given})"
        lines.append(f"{field}: {message}" if field != what else message)
    return f"invalid {what}: " + "; ".join(lines)


def text_to_tensor_task_message(task: Task, tasks: Iterable[Task]) -> str:
    """Text was sent to a task that takes tensors: name the text task(s) to use instead."""
    text_tasks = [t.name for t in tasks if t.kind == "text"]
    if text_tasks:
        fix = f"for text, use task={text_tasks[0]!r}" + (
            f" (text tasks: {', '.join(text_tasks)})" if len(text_tasks) > 1 else ""
        )
    else:
        fix = 'this client has no text task: add Task(..., kind="text") to tasks='
    return (
        f"task {task.name!r} (model {task.local_model or task.cloud_model!r}) takes tensors "
        f"(inputs=...), but the request has only text; {fix}, or pass inputs= for this task"
    )
