"""Key files on disk: written 0600 and atomically, refused when others can read them.

The gateway's OHTTP keys (`_keystore.py`) and the Privacy Pass issuer keys
(`_issuer_keys.py`) are both one JSON file per key in a 0700 folder.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from hybridsdk._exceptions import ConfigurationError

__all__ = ["check_private", "ensure_private_dir", "write_private_json"]


def ensure_private_dir(directory: Path) -> None:
    """Create `directory` 0700 (or make an existing one 0700)."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkdir's mode is masked by the umask, and an existing folder keeps its own: set it.
    os.chmod(directory, 0o700)


def write_private_json(path: Path, record: dict[str, Any]) -> None:
    """Write `record` to `path`: 0600 from the first byte (no window with a readable
    file), fsynced, then renamed into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_private(path: Path, what: str) -> None:
    """Refuse `path` if group or others have any access to it.

    Args:
        path: the key file.
        what: how the error names it ("key file", "issuer key file").

    Raises:
        ConfigurationError: the file is loose (with the chmod to run).
    """
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigurationError(
            f"{what} {path} is accessible by other users (mode {stat.S_IMODE(mode):04o}); "
            f"run: chmod 600 {path}"
        )
