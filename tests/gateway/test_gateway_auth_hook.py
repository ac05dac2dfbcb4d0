"""The pluggable authorization hook in-process, and the auth settings' bad inputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.gateway._access import build_access
from hybridsdk.gateway._app import create_app
from hybridsdk.gateway._auth_config import BEARER_TOKENS_ENV, AuthConfig
from hybridsdk.gateway._authz import AuthRequest, ClientIdentity, Unauthorized
from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.gateway._oip_routes import InnerRequest, OipRouter
from hybridsdk.wire._bhttp import decode_response
from tests._fakes import FakeTime
from tests._gateway_process import build_affine_zoo, infer_body, seal
from tests.gateway._asgi import keys_of, serve

pytestmark = pytest.mark.anyio
INFER = "/v2/models/affine/infer"
BODY = infer_body("x", [[1.0, 2.0, 3.0]])


@pytest.fixture
def zoo(tmp_path: Path) -> Path:
    return build_affine_zoo(tmp_path / "zoo")


async def test_custom_hook_sees_inner_headers_and_names_the_client(
    zoo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[AuthRequest] = []
    reached: list[str | None] = []

    async def hook(request: AuthRequest) -> ClientIdentity:
        seen.append(request)
        if request.headers.get("x-device") == "banned":
            raise Unauthorized("this device is blocked", forbidden=True)
        if "x-device" not in request.headers:
            raise Unauthorized("send X-Device", challenges=['Device realm="test"'])
        return ClientIdentity(f"device:{request.headers['x-device']}", "Device", "dev")

    original = OipRouter.handle

    async def spy(self: OipRouter, request: InnerRequest) -> Any:
        reached.append(request.client_id)
        return await original(self, request)

    monkeypatch.setattr(OipRouter, "handle", spy)
    clock = FakeTime(1_700_000_000.0)
    app = create_app(GatewayConfig(models_dir=zoo), clock=clock, authorizer=hook)
    async with serve(app) as client:
        assert (await client.post(INFER, content=BODY)).status_code == 401
        refused = await client.post(INFER, content=BODY, headers={"x-device": "banned"})
        assert refused.status_code == 403
        ok = await client.post(INFER, content=BODY, headers={"x-device": "cam-1"})
        assert ok.status_code == 200
        assert (await client.get("/v2/health/live")).status_code == 200  # open path
        config = await keys_of(client)
        enc, ctx = seal(
            config, "POST", INFER, body=BODY, date_s=clock(), headers=[("x-device", "cam-2")]
        )
        answer = await client.post(
            "/.well-known/ohttp-gateway",
            content=enc,
            headers={"content-type": "message/ohttp-req", "x-device": "outer-is-ignored"},
        )
        inner = decode_response(ctx.decapsulate_response(answer.content))
        assert inner.status == 200
    assert reached == ["device:cam-1", None, "device:cam-2"]
    assert seen[-1].transport == "ohttp" and seen[-1].ohttp_key_config == config.encode()
    assert seen[0].transport == "plain" and seen[0].ohttp_key_config is None


async def test_metrics_off_and_open(zoo: Path) -> None:
    off = create_app(GatewayConfig(models_dir=zoo, auth=AuthConfig(metrics="off")))
    async with serve(off) as client:
        assert (await client.get("/metrics")).status_code == 404
    async with serve(create_app(GatewayConfig(models_dir=zoo))) as client:
        assert (await client.get("/metrics")).status_code == 200
        # An open gateway has no issuer either.
        directory = await client.get("/.well-known/private-token-issuer-directory")
        assert directory.status_code == 404


def test_bad_auth_settings_are_clear_errors(tmp_path: Path) -> None:
    issuer = tmp_path / "issuer"
    subprocess.run(
        [sys.executable, "-m", "hybridsdk.cli", "issuer", "generate", "--keys", str(issuer)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    with pytest.raises(ConfigurationError, match="need bearer tokens"):
        build_access(AuthConfig(issuer_keys_path=issuer), environ={})
    with pytest.raises(ConfigurationError, match="metrics='token' needs"):
        build_access(AuthConfig(metrics="token"), environ={})
    with pytest.raises(ConfigurationError, match="cannot be read"):
        build_access(AuthConfig(bearer_tokens_path=tmp_path / "missing"), environ={})
    with pytest.raises(ConfigurationError, match="does not exist"):
        build_access(
            AuthConfig(issuer_keys_path=tmp_path / "nope"),
            environ={BEARER_TOKENS_ENV: "a:" + "s" * 20},
        )
    access = build_access(
        AuthConfig(issuer_keys_path=issuer), environ={BEARER_TOKENS_ENV: "a:" + "s" * 20}
    )
    assert access.bearer is not None and access.bearer.client_for("s" * 20) == "a"


def test_issuer_cli_generate_show_rotate(tmp_path: Path) -> None:
    folder = tmp_path / "issuer"

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "hybridsdk.cli", "issuer", *args, "--keys", str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "current" in cli("generate")
    cli("rotate", "--grace-hours", "1")
    shown = cli("show")
    assert shown.count("issuer key") == 2 and "retiring" in shown
    assert "PRIVATE" not in shown + cli("show", "--json")
    assert all(os.stat(p).st_mode & 0o077 == 0 for p in folder.iterdir())


async def test_token_request_rate_limit_per_client(
    tmp_path: Path, zoo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issuer = tmp_path / "issuer"
    subprocess.run(
        [sys.executable, "-m", "hybridsdk.cli", "issuer", "generate", "--keys", str(issuer)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    monkeypatch.delenv(BEARER_TOKENS_ENV, raising=False)
    tokens = tmp_path / "tokens"
    tokens.write_text("a:" + "s" * 20 + "\nb:" + "t" * 20 + "\n")
    tokens.chmod(0o600)
    auth = AuthConfig(
        issuer_keys_path=issuer, bearer_tokens_path=tokens, issuance_burst=2, issuance_per_minute=1
    )
    app = create_app(GatewayConfig(models_dir=zoo, auth=auth))
    async with serve(app) as client:
        headers = {"content-type": "application/private-token-request"}

        async def ask(secret: str) -> httpx.Response:
            return await client.post(
                "/token-request",
                content=b"\x00\x02\x00" + bytes(256),
                headers={**headers, "authorization": f"Bearer {secret}"},
            )

        codes = [(await ask("s" * 20)).status_code for _ in range(4)]
        assert codes[2:] == [429, 429]  # the first two pass the limiter (then 422/200)
        assert (await ask("t" * 20)).status_code != 429
