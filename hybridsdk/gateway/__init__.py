"""The reference gateway: an OHTTP gateway and Open Inference Protocol server (starlette),
run with `hybridsdk gateway` (see docs/deployment.md). Its modules are private."""

__all__: list[str] = []
