"""Developer tasks: `nox -s tests`, `lint`, `typecheck`, `models`, `bench`."""

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
    """Rebuild edge_models/ (deterministic) and its manifest."""
    session.install("-e", ".[models]")
    session.run("python", "edge_models/build/build_all.py", *session.posargs)


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
