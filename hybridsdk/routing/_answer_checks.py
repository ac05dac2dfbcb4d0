"""Post-hoc checks of a device answer that can be verified without another model.

A small model's own log-probs and entropy do not say when it is wrong (measured in
docs/generate.md: AUROC 0.33-0.44 for "cloud right, device wrong", pointing the wrong way).
What can be checked is whether the answer fails on its own terms:

    cut_off          the answer stopped at max_tokens (finish_reason "length")
    no_code_block    a code request whose answer holds no code at all
    code_invalid     a code request whose code does not compile (`compile`, never run)
    no_final_number  a maths question whose answer ends without a number

`failed_checks(prompt, answer, finish_reason)` returns the names of the checks that fire,
in that order. Every check is a pure function of the texts; nothing is executed.
"""

from __future__ import annotations

import re
import warnings

__all__ = [
    "ANSWER_CHECKS",
    "code_of",
    "failed_checks",
    "is_code_request",
    "is_maths_request",
]

ANSWER_CHECKS: tuple[str, ...] = ("cut_off", "no_code_block", "code_invalid", "no_final_number")

_CODE_REQUEST = re.compile(
    r"```|\b(?:python|javascript|typescript|java|rust|golang|c\+\+|bash|sql)\b"
    r"|\b(?:function|def|script|snippet|regex|class|implement)\b",
    re.IGNORECASE,
)
_FENCE = re.compile(r"```[ \t]*[\w+-]*[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)
_CODE_LINE = re.compile(r"^\s*(?:def |class |import |from \S+ import |return\b|for |while |if )")
_NUMBER = re.compile(r"\d")
# A maths question: a number and an arithmetic cue (an operator between numbers or a word).
_MATHS_CUE = re.compile(
    r"\d\s*[-+*/x\u00d7\u00f7^]\s*\d|\b(?:how (?:many|much|long|far|old)|calculate|compute|total|"
    r"sum|product|difference|percent|average|solve)\b",
    re.IGNORECASE,
)


def is_code_request(prompt: str) -> bool:
    """Whether the prompt asks for code (a fence, a language or a code word).

    Args:
        prompt: the user's text.
    """
    return _CODE_REQUEST.search(prompt) is not None


def is_maths_request(prompt: str) -> bool:
    """Whether the prompt is a maths question: it holds a number and an arithmetic cue,
    and is not a code request.

    Args:
        prompt: the user's text.
    """
    return (
        _NUMBER.search(prompt) is not None
        and _MATHS_CUE.search(prompt) is not None
        and not is_code_request(prompt)
    )


def code_of(answer: str) -> str | None:
    """The code in an answer: its fenced blocks joined, else its lines from the first
    line that looks like Python; None when it holds none.

    Args:
        answer: the model's answer.
    """
    blocks = _FENCE.findall(answer)
    if blocks:
        return "\n".join(blocks)
    lines = answer.splitlines()
    for i, line in enumerate(lines):
        if _CODE_LINE.match(line):
            return "\n".join(lines[i:])
    return None


def _compiles(code: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning on odd escapes is not a failure
            compile(code, "<answer>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError):
        return False
    return True


def failed_checks(prompt: str, answer: str, finish_reason: str | None) -> list[str]:
    """The names of the `ANSWER_CHECKS` that `answer` fails, in `ANSWER_CHECKS` order.

    Args:
        prompt: the user's text.
        answer: the device model's answer.
        finish_reason: "stop", "length" (cut off at max_tokens) or None when unknown.
    """
    out: list[str] = []
    if finish_reason == "length":
        out.append("cut_off")
    if is_code_request(prompt):
        code = code_of(answer)
        if code is None or not code.strip():
            out.append("no_code_block")
        elif not _compiles(code):
            out.append("code_invalid")
    elif is_maths_request(prompt):
        tail = answer.strip().splitlines()[-1:] if answer.strip() else []
        if not tail or _NUMBER.search(tail[0]) is None:
            out.append("no_final_number")
    return out
