"""The `hybridsdk` command line (`hybridsdk --help`). Not a Python API: each command lives
in `hybridsdk/cli/_<command>.py`, and `hybridsdk.cli._main.main(argv)` runs them."""

__all__: list[str] = []
