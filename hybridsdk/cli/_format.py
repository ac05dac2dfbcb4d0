"""How every command's --help reads: each option with its default."""

from __future__ import annotations

import argparse

__all__ = ["DefaultsHelpFormatter", "HelpParser"]


class DefaultsHelpFormatter(argparse.HelpFormatter):
    """Appends "(default: X)" to an option's help, unless the help already names its
    default, the default is None, or the option is an on/off flag."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if (
            "default" in text
            or action.default is None
            or action.default is argparse.SUPPRESS
            or isinstance(action.default, bool)
            or action.nargs == 0
            or not action.option_strings
        ):
            return action.help
        return f"{text} (default: %(default)s)"


class HelpParser(argparse.ArgumentParser):
    """An ArgumentParser whose help shows defaults; sub-commands inherit it."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", DefaultsHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
