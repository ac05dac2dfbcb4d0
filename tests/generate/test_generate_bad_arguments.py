"""Bad arguments to `client.generate` raise `InputValidationError` naming the argument,
before any model or network is touched (a seed of the wrong type raised numpy's TypeError
from the device, a NaN deadline pydantic's ValidationError, a string deadline TypeError)."""

from __future__ import annotations

import pytest

from hybridsdk import Client
from hybridsdk._exceptions import InputValidationError

MESSAGES = [{"role": "user", "content": "Hi"}]


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"seed": "abc"}, "seed"),
        ({"seed": 1.5}, "seed"),
        ({"seed": True}, "seed"),
        ({"temperature": "hot"}, "temperature"),
        ({"temperature": float("nan")}, "temperature"),
        ({"temperature": 2.5}, "temperature"),
        ({"deadline_ms": float("nan")}, "deadline_ms"),
        ({"deadline_ms": float("inf")}, "deadline_ms"),
        ({"deadline_ms": "5"}, "deadline_ms"),
        ({"cost_ceiling": -1}, "cost_ceiling"),
        ({"cost_ceiling": float("nan")}, "cost_ceiling"),
        ({"privacy": "secretish"}, "privacy"),
    ],
)
def test_bad_arguments_are_typed_and_named(kwargs, needle) -> None:  # type: ignore[no-untyped-def]
    # No model: the check must come first (a generator would be loaded on first use).
    with Client(device=False) as client, pytest.raises(InputValidationError, match=needle):
        client.generate(messages=MESSAGES, max_tokens=2, **kwargs)
