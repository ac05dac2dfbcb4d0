"""The `hybridsdk` command line."""

from hybridsdk.cli._main import main

__all__ = ["main"]
