"""Post-hoc checks of a device answer: each fires on its failure and not on a good answer."""

from __future__ import annotations

import pytest

from hybridsdk.routing._answer_checks import (
    ANSWER_CHECKS,
    code_of,
    failed_checks,
    is_code_request,
    is_maths_request,
)

CODE_Q = "Write a Python function that reverses a string."
MATHS_Q = "A shop sells 12 apples at $3 each. How much money does it take?"


def test_requests_are_recognised() -> None:
    assert is_code_request(CODE_Q) and is_code_request("```js\nlet x\n```")
    assert not is_code_request("What time does the museum open?")
    assert is_maths_request(MATHS_Q) and is_maths_request("What is 17 * 23?")
    assert not is_maths_request("How many museums are there?")  # no number
    assert not is_maths_request("Write a Python function that sums 3 numbers.")  # code


@pytest.mark.parametrize(
    ("prompt", "answer", "finish", "expected"),
    [
        (CODE_Q, "```python\ndef rev(s):\n    return s[::-1]\n```", "stop", []),
        (CODE_Q, "def rev(s):\n    return s[::-1]", "stop", []),
        (CODE_Q, "You can reverse it with slicing.", "stop", ["no_code_block"]),
        (CODE_Q, "```python\ndef rev(s):\n    return s[::-1\n```", "stop", ["code_invalid"]),
        (CODE_Q, "```python\ndef rev(s):\n    return (s", "length", ["cut_off", "code_invalid"]),
        (MATHS_Q, "12 apples at $3 each make 36 dollars.\nThe answer is 36.", "stop", []),
        (MATHS_Q, "Multiply the apples by the price.", "stop", ["no_final_number"]),
        (MATHS_Q, "12 * 3 = 36\nSo the shop takes thirty-six.", "stop", ["no_final_number"]),
        (MATHS_Q, "", "stop", ["no_final_number"]),
        ("Where is the station?", "Turn left and", "length", ["cut_off"]),
        ("Where is the station?", "Turn left.", "stop", []),
        ("Where is the station?", "Turn left.", None, []),
    ],
)
def test_failed_checks(prompt: str, answer: str, finish: str | None, expected: list[str]) -> None:
    got = failed_checks(prompt, answer, finish)
    assert got == expected
    assert all(name in ANSWER_CHECKS for name in got)


def test_code_is_compiled_never_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "ran"
    answer = f"```python\nopen({str(marker)!r}, 'w').write('x')\n```"
    assert failed_checks(CODE_Q, answer, "stop") == []
    assert not marker.exists()
    assert code_of("no code here") is None
    assert code_of("Here:\n```\nx = 1\n```\nand\n```py\ny = 2\n```") == "x = 1\n\ny = 2\n"
