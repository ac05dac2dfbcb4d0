"""`import hybridsdk` is cheap and silent: no runtime, no HTTP stack, no I/O."""

from __future__ import annotations

import subprocess
import sys
import textwrap

HEAVY = [
    "onnxruntime",
    "ai_edge_litert",
    "tflite_runtime",
    "tensorflow",
    "httpx",
    "starlette",
    "uvicorn",
    "sklearn",
    "onnx",
    "phonenumbers",
    "psutil",
    "sqlite3",
    "opentelemetry",
]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_import_loads_no_runtime_and_prints_nothing() -> None:
    proc = _run(
        f"""
        import sys
        import hybridsdk
        heavy = {HEAVY!r}
        loaded = [m for m in heavy if m in sys.modules]
        print(",".join(loaded))
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.strip() == "", f"import hybridsdk loaded: {proc.stdout.strip()}"


def test_import_works_with_optional_packages_absent() -> None:
    # A meta-path finder that refuses every optional package, as if it were not installed.
    proc = _run(
        """
        import sys
        BLOCKED = {"onnxruntime", "ai_edge_litert", "tflite_runtime", "tensorflow",
                   "starlette", "uvicorn", "psutil", "phonenumbers", "sklearn", "onnx"}
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in BLOCKED:
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                return None
        sys.meta_path.insert(0, Block())
        import hybridsdk
        req = hybridsdk.InferenceRequest(inputs={"pixels": [[0.0] * 64]})
        print(req.privacy.value)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "internal"


def test_import_opens_no_socket() -> None:
    proc = _run(
        """
        import socket
        def refuse(*a, **k):
            raise AssertionError("socket opened at import")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import hybridsdk
        """
    )
    assert proc.returncode == 0, proc.stderr


def test_import_is_cheap() -> None:
    # numpy and pydantic load on first use of a request type, not at import.
    proc = _run(
        """
        import sys
        import hybridsdk
        print(",".join(m for m in ("numpy", "pydantic") if m in sys.modules))
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_loading_a_litert_model_prints_nothing() -> None:
    # LiteRT's C++ runtime prints an INFO line on fd 2; the SDK routes it to its logger.
    proc = _run(
        """
        from hybridsdk.edge._local_model import load_model
        model = load_model("digits-linear-int8-tflite")
        import numpy as np
        model.run({"pixels": np.zeros((1, 64), np.float32)})
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and proc.stdout == ""
