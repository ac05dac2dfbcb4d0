"""Run generated code against its tests in a sandboxed subprocess (HumanEval judging).

`judge(program)` writes the program to a fresh temporary directory and runs it with
``python -I`` (isolated: no user site, no PYTHON* variables, script dir not trusted) in
that directory, with

- a wall-clock timeout (the whole process group is killed when it runs out),
- resource limits set in ``preexec_fn``: address space (RLIMIT_AS, 1 GiB), CPU seconds
  (RLIMIT_CPU), open files (RLIMIT_NOFILE), written file size (RLIMIT_FSIZE) and no core
  dumps (RLIMIT_CORE 0),
- stdin closed, a minimal environment (PATH, LANG, HOME=the temporary directory),
- an audit hook installed before the generated code runs that refuses writes, deletes and
  renames outside the temporary directory, new processes (fork/exec/spawn/subprocess/
  os.system) and sockets.

The verdict is the exit code: 0 means every assertion held. The audit hook is a guard
against a model's careless code, not a jail against a determined attacker (no namespaces,
no seccomp): run this only on code from models you run yourself.

`humaneval_program(problem, code)` builds the program for a HumanEval problem from a
model's answer (a whole function or only its body) and `extract_code(answer)` pulls the
code out of a chat answer (the first fenced block, else the raw text).
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MEMORY_BYTES = 1 << 30
FILE_BYTES = 1 << 20
OPEN_FILES = 64

# Runs before the generated code, in the same process. `_ROOT` is the temporary directory.
_GUARD = r"""
import os as _os, sys as _sys
_ROOT = _os.path.realpath(_os.getcwd())
_WRITE_FLAGS = _os.O_WRONLY | _os.O_RDWR | _os.O_CREAT | _os.O_APPEND | _os.O_TRUNC

def _inside(path):
    if isinstance(path, int):
        return True
    p = _os.path.realpath(_os.fsdecode(path))
    return p == _ROOT or p.startswith(_ROOT + _os.sep)

def _guard(event, args):
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS)
        if writes and not _inside(path):
            raise PermissionError(f"sandbox: no writes outside {_ROOT}: {path!r}")
    elif event in ("os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
                   "os.truncate", "os.utime", "shutil.rmtree", "os.link", "os.symlink"):
        for a in args:
            if isinstance(a, (str, bytes, _os.PathLike)) and not _inside(a):
                raise PermissionError(f"sandbox: {event} outside {_ROOT}: {a!r}")
    elif event == "os.rename":
        if not (_inside(args[0]) and _inside(args[1])):
            raise PermissionError(f"sandbox: rename outside {_ROOT}")
    elif event in ("os.fork", "os.forkpty", "os.exec", "os.posix_spawn", "os.spawn",
                   "os.system", "subprocess.Popen", "pty.spawn", "os.kill", "os.killpg",
                   "socket.connect", "socket.bind", "socket.sendto", "ctypes.dlopen"):
        raise PermissionError(f"sandbox: {event} is not allowed")

_sys.addaudithook(_guard)
"""


@dataclass(frozen=True)
class Verdict:
    """What running one program gave: `passed` is exit code 0 within the time limit."""

    passed: bool
    status: str  # "passed", "failed", "timeout" or "killed" (a signal, e.g. SIGXCPU)
    returncode: int | None
    seconds: float
    stderr_tail: str


def _limits(memory_bytes: int, cpu_seconds: int) -> Any:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_NOFILE, (OPEN_FILES, OPEN_FILES))
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def judge(
    program: str,
    *,
    timeout_s: float = 5.0,
    memory_bytes: int = MEMORY_BYTES,
    cpu_seconds: int | None = None,
) -> Verdict:
    """Run `program` sandboxed; passed when it exits 0 within `timeout_s`."""
    cpu = cpu_seconds if cpu_seconds is not None else max(1, int(timeout_s) + 1)
    with tempfile.TemporaryDirectory(prefix="hybridsdk-judge-") as tmp:
        root = Path(tmp) / "run"
        root.mkdir()
        (root / "main.py").write_text(_GUARD + "\n" + program + "\n", "utf-8")
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(root)}
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-I", "-B", "main.py"],
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_limits(memory_bytes, cpu),  # the judge runs single-threaded
            start_new_session=True,
        )
        try:
            _, err = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
            return Verdict(False, "timeout", None, time.perf_counter() - t0, _tail(err))
        seconds = time.perf_counter() - t0
    rc = proc.returncode
    status = "passed" if rc == 0 else ("killed" if rc < 0 else "failed")
    return Verdict(rc == 0, status, rc, seconds, _tail(err))


def _tail(err: bytes | None) -> str:
    return (err or b"")[-400:].decode("utf-8", "replace")


_FENCE = re.compile(r"```[ \t]*(?:python|py|python3)?[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)


def extract_code(answer: str) -> str:
    """The code in a chat answer: the first fenced block (even if cut off), else the text
    before a closing fence (models sometimes open none but close one)."""
    before = answer.split("```", 1)[0]
    if re.search(r"^(?:def|class|import|from) ", before, re.MULTILINE):
        return before
    m = _FENCE.search(answer)
    return m.group(1) if m else before


def humaneval_program(problem: dict[str, Any], code: str) -> str:
    """The program that checks `code` against a HumanEval problem's tests.

    An answer that defines the entry point is a whole function: it follows the prompt (whose
    imports and helpers it may use) and replaces the stub. Otherwise it is the body and is
    appended to the prompt, as HumanEval's own completions are.
    """
    entry = problem["entry_point"]
    if re.search(rf"^\s*def\s+{re.escape(entry)}\s*\(", code, re.MULTILINE):
        body = problem["prompt"] + "\n    pass\n\n" + code
    else:
        body = problem["prompt"] + code
    return f"{body}\n\n{problem['test']}\n\ncheck({entry})\n"
