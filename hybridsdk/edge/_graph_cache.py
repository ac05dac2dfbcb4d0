"""An on-disk cache of ONNX Runtime's optimized graphs, so the second start is faster.

The key covers everything that changes the optimized graph: the source model's sha256,
the onnxruntime version, the execution providers, the optimization level and the CPU
architecture. Each cached graph has a sidecar holding its own sha256; a graph whose bytes
do not match (truncated write, disk error, edit) is deleted and rebuilt, never loaded.

The sidecar guards against corruption, not against an attacker who can write both files:
the cache folder must be as private as the user's home (it is created 0o700).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import platform
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

__all__ = ["CacheLookup", "GraphCache", "default_cache_dir"]

logger = logging.getLogger("hybridsdk.edge")

_ENV_VAR = "HYBRIDSDK_CACHE_DIR"
CacheLookup = Literal["hit", "miss", "corrupt"]


def default_cache_dir() -> Path:
    """$HYBRIDSDK_CACHE_DIR, else $XDG_CACHE_HOME/hybridsdk, else ~/.cache/hybridsdk."""
    env = os.environ.get(_ENV_VAR)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "hybridsdk"


@functools.cache
def cpu_fingerprint() -> str:
    """A short hash of the CPU model and feature flags.

    ORT_ENABLE_ALL bakes CPU-specific layouts (NCHWc blocking sized for AVX2 vs AVX-512)
    into the saved graph, so a cache copied to a different CPU must miss.
    """
    wanted = ("model name", "flags", "Features", "CPU part")
    found: list[str] = []
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                key = line.split(":", 1)[0].strip()
                if key in wanted and key not in (x.split(":", 1)[0] for x in found):
                    found.append(f"{key}:{line.split(':', 1)[1].strip()}")
    except OSError:
        found.append(platform.processor())
    return hashlib.sha256("\n".join(found).encode()).hexdigest()[:16]


class GraphCache:
    """Optimized ONNX graphs keyed by what produced them.

    Args:
        cache_dir: root cache folder; graphs go in its `ort-graphs/` subfolder.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.folder = (cache_dir if cache_dir is not None else default_cache_dir()) / "ort-graphs"

    @staticmethod
    def key(
        model_sha256: str, ort_version: str, providers: Sequence[str], optimization: str
    ) -> str:
        material = json.dumps(
            [
                model_sha256,
                ort_version,
                list(providers),
                optimization,
                platform.machine(),
                cpu_fingerprint(),
            ]
        )
        return hashlib.sha256(material.encode()).hexdigest()[:32]

    def _paths(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.onnx", self.folder / f"{key}.json"

    def trusted(self) -> bool:
        """Whether only this user can have written the folder's graphs.

        A cached graph replaces the verified model at load, and its sha256 sidecar lives
        in the same folder, so the folder itself must be private: owned by this user and
        not writable by group or others (as ssh treats ~/.ssh). Otherwise no caching.
        """
        getuid = getattr(os, "getuid", None)
        for folder in (self.folder, self.folder.parent):
            try:
                st = folder.stat()
            except FileNotFoundError:
                continue
            except OSError:
                return False
            if (getuid is not None and st.st_uid != getuid()) or st.st_mode & 0o022:
                logger.warning(
                    "graph cache folder %s is writable by others or not ours; not using "
                    "it (chmod 700 it, or set HYBRIDSDK_CACHE_DIR to a private folder)",
                    folder,
                )
                return False
        return True

    def load(self, key: str) -> tuple[bytes | None, CacheLookup]:
        """The cached graph's bytes if present and intact; a corrupted entry is removed."""
        if not self.trusted():
            return None, "miss"
        graph_path, meta_path = self._paths(key)
        try:
            meta = json.loads(meta_path.read_text())
            data = graph_path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None, "miss"
        except (OSError, ValueError) as exc:
            logger.warning("graph cache entry %s unreadable (%s); rebuilding it", key, exc)
            self.discard(key)
            return None, "corrupt"
        expected = meta.get("sha256") if isinstance(meta, dict) else None
        if hashlib.sha256(data).hexdigest() != expected:
            logger.warning(
                "cached optimized graph %s does not match its recorded sha256; "
                "discarding and rebuilding it",
                graph_path,
            )
            self.discard(key)
            return None, "corrupt"
        return data, "hit"

    def staging_path(self) -> Path | None:
        """A fresh path for ONNX Runtime to write the optimized graph to, or None if unwritable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self.trusted():
                return None
            fd, name = tempfile.mkstemp(prefix=".staging-", suffix=".onnx", dir=self.folder)
        except OSError as exc:
            logger.warning(
                "graph cache folder %s is not writable (%s); not caching", self.folder, exc
            )
            return None
        os.close(fd)
        return Path(name)

    def commit(self, key: str, staging: Path, *, source: str) -> bool:
        """Move a graph ONNX Runtime wrote into place, with its sidecar. False if it failed."""
        graph_path, meta_path = self._paths(key)
        try:
            data = staging.read_bytes()
            if not data:
                raise OSError("onnxruntime wrote an empty file")
            meta = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "source": source}
            meta_tmp = staging.with_suffix(".json")
            meta_tmp.write_text(json.dumps(meta))
            # Graph first, sidecar last: a reader that sees the sidecar sees a whole graph,
            # and a torn pair only fails the hash check and gets rebuilt.
            os.replace(staging, graph_path)
            os.replace(meta_tmp, meta_path)
        except OSError as exc:
            logger.warning("could not store optimized graph in %s (%s)", self.folder, exc)
            staging.unlink(missing_ok=True)
            return False
        return True

    def discard(self, key: str) -> None:
        """Remove an entry (graph and sidecar), if present."""
        for path in self._paths(key):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:  # read-only cache: the entry is ignored anyway
                logger.debug("could not remove %s: %s", path, exc)
