"""The layout's promises, checked on the source: who may import whom."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "hybridsdk"


def _imports(folder: str) -> dict[str, set[str]]:
    """hybridsdk modules each file of `folder` imports (module level and inside functions)."""
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / folder).glob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        found[path.name] = {n for n in names if n.startswith("hybridsdk")}
    return found


@pytest.mark.parametrize(
    ("folder", "allowed"),
    [
        # Wire formats: pure codecs both sides share; nothing of the client or gateway.
        ("wire", ("hybridsdk._exceptions", "hybridsdk._lazy", "hybridsdk.wire")),
        # The gateway runs without the client's code: wire formats, zoo, its own modules.
        (
            "gateway",
            (
                "hybridsdk._exceptions",
                "hybridsdk._lazy",
                "hybridsdk._version",
                "hybridsdk.wire",
                "hybridsdk.edge",
                "hybridsdk.gateway",
                # Encoder-backed text models and the separately installed cloud models.
                "hybridsdk.textenc",
                "hybridsdk_cloud_models",
            ),
        ),
    ],
)
def test_package_imports_only_what_it_may(folder: str, allowed: tuple[str, ...]) -> None:
    for name, modules in _imports(folder).items():
        for module in modules:
            assert module.startswith(allowed), f"hybridsdk/{folder}/{name} imports {module}"


def test_nothing_installed_imports_the_benchmarks() -> None:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("benchmarks"), path
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("benchmarks") for a in node.names), path


def test_the_package_has_no_bench_folder() -> None:
    assert not (PACKAGE / "bench").exists()
