"""What `hybridsdk gateway` checks before it says it is serving.

The zoo is verified and the port bound first, so every start-up mistake (a missing zoo
folder, an unsigned or tampered zoo, a port in use, a bad address) is one `error:` line
with the fix, and the "listening on" line is printed only once it is true.
"""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

from hybridsdk._exceptions import ConfigurationError, ModelNotFoundError

__all__ = ["bind_listening_socket", "check_zoo"]


def check_zoo(models: Path | None, public_key: Path | None, allow_unsigned: bool) -> None:
    """Verify the zoo the gateway will serve (manifest signature, files present).

    Raises:
        ModelNotFoundError: the folder or a model file is missing.
        ModelIntegrityError: the zoo is unsigned or fails its signature.
    """
    from hybridsdk.edge._registry import ModelRegistry

    if models is not None and not models.is_dir():
        raise ModelNotFoundError(
            f"--models {models}: no such folder. Give the zoo folder (the one holding "
            "manifest.json), or leave --models out to serve the models built into hybridsdk."
        )
    from hybridsdk.gateway._server_zoo import CLOUD_MODELS_HINT, server_models_dir

    folder = models or server_models_dir()
    registry = ModelRegistry(folder, public_key=public_key, allow_unsigned=allow_unsigned)
    missing = [
        entry.file
        for entry in registry.manifest.models
        if entry.format == "onnx" and not (registry.models_dir / entry.file).is_file()
    ]
    if missing:
        raise ModelNotFoundError(
            f"the zoo at {registry.models_dir} lists files that are not there: "
            f"{', '.join(missing)}. "
            + (
                CLOUD_MODELS_HINT
                if folder is None
                else "Copy the whole zoo folder, or serve another with --models."
            )
        )


def bind_listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) and listening, or a ConfigurationError saying why.

    Args:
        host: the address to bind (IPv4 or IPv6 literal, or a name).
        port: the port, 0 for any free one.
    """
    if not 0 <= port <= 65535:
        raise ConfigurationError(f"--port {port}: ports are 0..65535 (0 picks a free one)")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigurationError(
            f"--host {host}: not an address this machine can bind ({exc.strerror}); use "
            "127.0.0.1 (this machine only) or 0.0.0.0 (every interface)"
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigurationError(
                f"port {port} on {host} is already in use (another gateway, or another "
                f"server): stop it, or pick a free port with --port (e.g. --port {port + 1}, "
                "or --port 0 for any free one)"
            ) from None
        if exc.errno == errno.EACCES:
            raise ConfigurationError(
                f"no permission to bind port {port} on {host}: ports below 1024 need root; "
                "use --port 8000 or another port above 1023"
            ) from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise ConfigurationError(
                f"--host {host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0"
            ) from None
        raise ConfigurationError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return sock
