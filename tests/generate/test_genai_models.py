"""The pinned models by name, and `hybridsdk llm-server --model` refusing bad choices before
anything is downloaded (real CLI processes)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hybridsdk import InputValidationError
from hybridsdk.generate._artifacts import SMOLLM2_135M
from hybridsdk.generate._models import DEFAULT_MODEL, MODELS, model_spec
from hybridsdk.generate._split_artifacts import QWEN25_CODER_05B


def test_names_map_to_the_pinned_sources() -> None:
    assert model_spec(DEFAULT_MODEL) is SMOLLM2_135M
    assert model_spec("qwen2.5-coder-0.5b") is QWEN25_CODER_05B
    assert sorted(MODELS) == ["qwen2.5-coder-0.5b", "smollm2-135m"]


def test_an_unknown_name_is_refused_with_the_choices() -> None:
    with pytest.raises(InputValidationError, match="unknown model 'qwen-9000'; choose one of"):
        model_spec("qwen-9000")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hybridsdk.cli", "llm-server", "--port", "1", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_llm_server_refuses_an_unknown_model_before_loading() -> None:
    done = _cli("--model", "qwen-9000")
    assert done.returncode != 0
    assert "unknown model 'qwen-9000'" in done.stderr
    assert "qwen2.5-coder-0.5b" in done.stderr


def test_llm_server_refuses_model_and_model_dir_together(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = _cli("--model", "qwen2.5-coder-0.5b", "--model-dir", str(tmp_path))
    assert done.returncode != 0
    assert "--model or --model-dir, not both" in done.stderr
