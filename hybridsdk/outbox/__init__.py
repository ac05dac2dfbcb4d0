"""The durable outbox: requests deferred while the cloud is unreachable, stored in SQLite
(`_store`), sent later by a drain loop (`_drain`) through an encrypted sender (`_sender`).

Public names load on first use (see `hybridsdk._lazy`)."""

import typing as _typing

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "Outbox": "hybridsdk.outbox._store",
}

if _typing.TYPE_CHECKING:
    from hybridsdk.outbox._store import Outbox

__all__ = [
    "Outbox",
]
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
