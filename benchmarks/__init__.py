"""Benchmarks of a source checkout: `hybridsdk bench KIND` runs `benchmarks/KIND.py`.

Each KIND module exposes `add_arguments(parser)`, `run(args) -> JSON-able object` and
optionally `format_text(result)`. They are not part of the installed package.
"""
