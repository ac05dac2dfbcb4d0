"""One precedence for the cascade's confidence threshold, decided once per client.

From strongest to weakest:

1. a tracked threshold (`target_cloud_share=`), which moves to hold the cloud share;
2. a threshold you set on your own `Task(confidence_threshold=...)`;
3. a threshold you set on `Policy(confidence_threshold=...)`;
4. the calibrated threshold a built-in task pins (intent: 0.74);
5. `Policy`'s default (0.9).

So `Policy(confidence_threshold=0.8)` applies to the built-in tasks too, and is never a
silent no-op: when one of your own tasks pins a different value, that task keeps it and a
WARNING says so when the client is made.
"""

from __future__ import annotations

import dataclasses
import logging

from hybridsdk._tasks import Task
from hybridsdk.routing._policy import Policy

__all__ = ["resolve_task_thresholds"]

logger = logging.getLogger("hybridsdk.client")


def _policy_default() -> float:
    default = Policy.__dataclass_fields__["confidence_threshold"].default
    assert isinstance(default, float)
    return default


def resolve_task_thresholds(
    tasks: dict[str, Task], policy: Policy, *, builtin: bool
) -> dict[str, Task]:
    """The tasks with the precedence above applied.

    Args:
        tasks: the client's tasks by name.
        policy: the client's policy.
        builtin: whether `tasks` are the built-in defaults (their pins yield to a policy
            threshold the caller set).
    """
    wanted = policy.confidence_threshold
    if wanted == _policy_default():  # the caller did not set one: every pin stands
        return tasks
    resolved: dict[str, Task] = {}
    for name, task in tasks.items():
        pin = task.confidence_threshold
        if pin is None or pin == wanted:
            resolved[name] = task
        elif builtin:
            logger.debug(
                "task %s: Policy(confidence_threshold=%s) replaces the built-in %s",
                name,
                wanted,
                pin,
            )
            resolved[name] = dataclasses.replace(task, confidence_threshold=None)
        else:
            logger.warning(
                "task %r pins confidence_threshold=%s, which wins over "
                "Policy(confidence_threshold=%s) for its requests; change the Task's own "
                "threshold (or set it to None) to use the policy's",
                name,
                pin,
                wanted,
            )
            resolved[name] = task
    return resolved
