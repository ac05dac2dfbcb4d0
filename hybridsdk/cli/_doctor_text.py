"""`hybridsdk doctor`'s extra sections (cloud, outbox, ...) as text people read.

The device part of the report has its own layout (`_doctor.format_report`); the extra
sections are nested dicts, which used to be dumped as raw JSON. Here they become short
`key: value` lines, with a verdict line first for the cloud check.
"""

from __future__ import annotations

from typing import Any

__all__ = ["cloud_verdict", "format_section"]


def cloud_verdict(section: dict[str, Any]) -> tuple[bool, str]:
    """(ok, one line saying what is wrong and what to do) for a doctor cloud section."""
    url = section.get("url", "?")
    if "error" in section:
        return False, f"{url}: not a usable gateway URL: {section['error']}"
    if not section.get("reachable"):
        return False, (
            f"{url} did not answer: start the gateway (`hybridsdk gateway`), check the URL "
            "and port, or check the network between here and there"
        )
    if "keys_error" in section:
        error = section["keys_error"]
        if error.startswith("KeyPinMismatchError"):
            return False, (
                f"{url} answers, but its key does not match the pinned fingerprint: do not "
                "send requests there; check you reach the right gateway, or update the pin "
                "after a key rotation (`hybridsdk keys show`)"
            )
        return False, f"{url} answers, but its OHTTP keys could not be fetched: {error}"
    keys = section.get("keys") or []
    pinned = " (matches the pin)" if section.get("pinned") else " (no pin given: --key-pin)"
    return True, f"{url} reachable in {section.get('probe_ms', '?')} ms, {len(keys)} key(s){pinned}"


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_value(v)}" for k, v in value.items()) or "-"
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value) or "none"
    if isinstance(value, float):
        return f"{value:g}"
    return "-" if value is None else str(value)


def format_section(name: str, value: Any) -> list[str]:
    """The lines of one extra section, headed by its name."""
    lines = [f"{name}:"]
    if name == "cloud" and isinstance(value, dict):
        ok, verdict = cloud_verdict(value)
        lines.append(f"  {'ok' if ok else 'PROBLEM'}: {verdict}")
        for key in value.get("keys") or []:
            lines.append(f"  key {key.get('key_id')}: sha256:{key.get('fingerprint')}")
        for breaker in value.get("breakers") or []:
            lines.append(f"  breaker: {_value(breaker)}")
        return lines
    if isinstance(value, dict):
        width = max((len(str(k)) for k in value), default=0)
        lines += [f"  {k!s:<{width}}  {_value(v)}" for k, v in value.items()]
    else:
        lines.append(f"  {_value(value)}")
    return lines
