"""The README's main job: `hybridsdk demo` runs end to end on the embedded defaults."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # a unit run (-m 'not slow') skips it; CI runs it


def test_demo_runs_every_step() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "hybridsdk", "demo"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for step in range(1, 8):
        assert re.search(rf"^{step}\. ", out, re.M), f"step {step} missing:\n{out}"
    assert "accuracy 96.48% on 540 test digits" in out
    routing = re.search(r"hybrid ([\d.]+)% \| local only ([\d.]+)% \| cloud only ([\d.]+)%", out)
    assert routing is not None, out
    hybrid, local, cloud = map(float, routing.groups())
    assert hybrid > local and hybrid >= cloud - 0.5
    drained = re.search(r"outbox drained: (\d+)/(\d+)", out)
    assert drained is not None and drained.group(1) == drained.group(2) != "0", out
    # Step 7 streams a local and an encrypted cloud answer (the dev extras include genai).
    assert "route local" in out and "route cloud" in out, out
