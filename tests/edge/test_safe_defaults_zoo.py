"""Safe defaults for the model zoo and the cloud key: verified unless opted out, and every
security event logged at WARNING and visible in `health()`."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import hybridsdk
from hybridsdk import CloudEndpoint, Mode, ModelIntegrityError, ModelRegistry, Policy, Route
from hybridsdk.edge._signing import PUBLIC_KEY_NAME, SIGNATURE_NAME
from tests._zoo_signing import sign_zoo

REPO = Path(__file__).resolve().parents[2]
EDGE_MODELS = REPO / "edge_models"
SHIPPED_KEY = EDGE_MODELS / "manifest.pub"
DIGITS = ("digits-linear-fp32", "digits-linear-int8")
X = np.random.default_rng(3).uniform(0, 16, size=(1, 64)).astype(np.float32)


@pytest.fixture
def zoo(tmp_path: Path) -> Path:
    """A copy of the committed zoo's manifest, signature, key and two small models."""
    target = tmp_path / "zoo"
    target.mkdir()
    for name in ("manifest.json", SIGNATURE_NAME, PUBLIC_KEY_NAME):
        shutil.copy(EDGE_MODELS / name, target / name)
    for name in DIGITS:
        shutil.copy(EDGE_MODELS / f"{name}.onnx", target / f"{name}.onnx")
    return target


def _swap_model_and_fix_hash(zoo: Path) -> None:
    """Replace digits-linear-fp32 and rewrite its sha256 and size (not re-signed)."""
    evil = (zoo / "digits-linear-int8.onnx").read_bytes()
    (zoo / "digits-linear-fp32.onnx").write_bytes(evil)
    manifest = json.loads((zoo / "manifest.json").read_bytes())
    entry = next(m for m in manifest["models"] if m["name"] == "digits-linear-fp32")
    entry["sha256"] = hashlib.sha256(evil).hexdigest()
    entry["size_bytes"] = len(evil)
    (zoo / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


def test_a_swapped_model_with_a_fixed_hash_is_refused_by_default(zoo: Path) -> None:
    ModelRegistry(zoo)  # the untouched copy verifies under its own manifest.pub
    _swap_model_and_fix_hash(zoo)
    with pytest.raises(ModelIntegrityError, match="signature"):
        ModelRegistry(zoo)


def test_an_unsigned_zoo_is_refused_unless_allowed_with_a_warning(
    zoo: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (zoo / SIGNATURE_NAME).unlink()
    with pytest.raises(ModelIntegrityError, match="allow_unsigned=True"):
        ModelRegistry(zoo)
    with caplog.at_level(logging.WARNING, logger="hybridsdk.edge"):
        registry = ModelRegistry(zoo, allow_unsigned=True)
    assert not registry.signature_verified
    assert any("NOT checked" in r.getMessage() for r in caplog.records)


def test_the_application_pin_overrides_the_zoos_own_key(zoo: Path) -> None:
    _swap_model_and_fix_hash(zoo)
    sign_zoo(zoo)  # the attacker re-signs and replaces manifest.pub too
    assert ModelRegistry(zoo).signature_verified  # the zoo's own key cannot tell
    with pytest.raises(ModelIntegrityError, match="signed by a different key"):
        ModelRegistry(zoo, public_key=SHIPPED_KEY)
    with pytest.raises(ModelIntegrityError, match="signed by a different key"):
        hybridsdk.Client(models=ModelRegistry(zoo, public_key=SHIPPED_KEY), device=False)


def test_the_gateway_refuses_a_tampered_zoo(zoo: Path) -> None:
    pytest.importorskip("onnxruntime")
    from hybridsdk.gateway._models import LocalModels

    _swap_model_and_fix_hash(zoo)
    with pytest.raises(ModelIntegrityError):
        LocalModels(zoo).load()


def test_a_tampered_zoo_is_a_logged_security_event_in_health(
    zoo: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _swap_model_and_fix_hash(zoo)
    with hybridsdk.Client(models=zoo, device=False) as client:
        assert client.health()["security"]["ok"]
        with caplog.at_level(logging.WARNING, logger="hybridsdk.security"):
            for _ in range(3):
                with pytest.raises(hybridsdk.HybridSDKError):
                    client.infer(inputs={"pixels": X})
        health = client.health()
    assert not health["security"]["ok"]
    assert set(health["security"]["counts"]) == {"model_integrity"}
    assert health["security"]["counts"]["model_integrity"] >= 3
    assert health["security"]["recent"][0]["where"] == "local"
    warnings = [r for r in caplog.records if r.name == "hybridsdk.security"]
    assert len(warnings) == 1  # once per cause, not once per request
    assert warnings[0].levelno == logging.WARNING


def test_a_wrong_key_pin_is_a_logged_security_event_in_health(
    gateway_process: Any, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("uvicorn")
    wrong = "00" * 32
    endpoint = CloudEndpoint(gateway_process.url.rstrip("/"), key_pin_sha256=wrong)
    policy = Policy(mode=Mode.PREFER_CLOUD)
    with (
        caplog.at_level(logging.WARNING, logger="hybridsdk.security"),
        hybridsdk.Client(cloud=endpoint, policy=policy, device=False) as client,
    ):
        result = client.infer(inputs={"pixels": X})
        health = client.health()
    assert result.route in (Route.LOCAL, Route.DEGRADED)  # answered, but not by the cloud
    assert health["security"]["counts"] == {"key_pin_mismatch": 1}
    assert any("key_pin_mismatch" in r.getMessage() for r in caplog.records)
    assert wrong not in caplog.text or "pin" in caplog.text  # the message names the pin
