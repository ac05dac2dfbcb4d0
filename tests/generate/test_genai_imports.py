"""hybridsdk.generate stays out of `import hybridsdk`, and a missing extra says which."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )


def test_import_hybridsdk_loads_nothing_generative() -> None:
    proc = _run(
        """
        import sys
        import hybridsdk
        import hybridsdk.generate
        heavy = ["gguf", "tokenizers", "jinja2", "onnx", "onnxruntime",
                 "hybridsdk.generate._generator", "hybridsdk.generate._export"]
        print(",".join(m for m in heavy if m in sys.modules))
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "" and proc.stderr == ""


def test_missing_extra_names_it() -> None:
    proc = _run(
        """
        import sys
        for name in ("gguf", "tokenizers", "onnxruntime", "jinja2"):
            sys.modules[name] = None  # as if not installed
        from hybridsdk import MissingDependencyError
        from hybridsdk.generate._gguf import read_gguf
        from hybridsdk.generate._tokenizer import GGUFTokenizer
        from hybridsdk.generate._decoder import OnnxDecoder
        from hybridsdk.generate._chat import ChatTemplate
        calls = [lambda: read_gguf("x.gguf"), lambda: GGUFTokenizer({}),
                 lambda: OnnxDecoder("m.onnx", n_layers=1, n_kv_heads=1, head_dim=8,
                                     context_length=8),
                 lambda: ChatTemplate("{{ 1 }}")]
        for call in calls:
            try:
                call()
            except MissingDependencyError as exc:
                assert 'hybridsdk[genai]' in str(exc), exc
            else:
                raise SystemExit("no MissingDependencyError")
        print("ok")
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_missing_llama_cpp_names_its_extra() -> None:
    proc = _run(
        """
        import sys
        sys.modules["llama_cpp"] = None  # as if not installed
        from hybridsdk import MissingDependencyError
        from hybridsdk.generate import LocalGenerator
        for call in (lambda: LocalGenerator.from_gguf("model.gguf"),
                     lambda: LocalGenerator.from_pinned(backend="llamacpp")):
            try:
                call()
            except MissingDependencyError as exc:
                assert 'hybridsdk[llamacpp]' in str(exc), exc
                assert exc.extra == "llamacpp"
            else:
                raise SystemExit("no MissingDependencyError")
        print("ok")
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
