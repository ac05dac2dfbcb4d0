"""Test helpers for the reference gateway: a real gateway process, a tiny model zoo, and a
minimal OHTTP client built from `_ohttp` and `_bhttp` (not the SDK's client, so the
gateway is checked against the RFCs rather than against our own client).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import numpy as np

from hybridsdk.gateway._launch import free_port, launch_gateway
from hybridsdk.gateway._replay import http_date
from hybridsdk.wire._bhttp import BinaryRequest, BinaryResponse, decode_response
from hybridsdk.wire._keyconfig import KeyConfig, parse_key_configs
from hybridsdk.wire._ohttp import ClientResponseContext, encapsulate_request

REPO = Path(__file__).resolve().parent.parent
EDGE_MODELS_DIR = REPO / "edge_models"

# ---------------------------------------------------------------------------------------
# A real gateway process


@dataclass
class GatewayProcess:
    """A running `hybridsdk gateway` subprocess."""

    url: str
    port: int
    keys_dir: Path | None
    pid: int
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def wait_ready(
    url: str, process: subprocess.Popen[bytes] | None, log: Path, timeout_s: float
) -> None:
    deadline = time.monotonic() + timeout_s
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if process is not None and process.poll() is not None:
                raise RuntimeError(
                    f"server exited with {process.returncode}:\n{log.read_text(errors='replace')}"
                )
            try:
                if client.get(f"{url}/v2/health/ready").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)  # polling a child process, not a unit-test sleep
    raise TimeoutError(f"{url} not ready after {timeout_s} s:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def run_gateway(
    *args: str,
    keys_dir: Path | None = None,
    log_dir: Path,
    generate_keys: bool = True,
    timeout_s: float = 30.0,
) -> Iterator[GatewayProcess]:
    """Start the gateway with the package's own `launch_gateway`; stop it on exit.

    Args:
        args: extra gateway options (e.g. ``--upstream URL``).
        keys_dir: the key directory; generated there when missing and `generate_keys`.
        log_dir: where the process's stderr goes.
        generate_keys: run `hybridsdk keys generate` first when `keys_dir` has no keys.
        timeout_s: how long to wait for /v2/health/ready.
    """
    if keys_dir is not None and generate_keys and not keys_dir.exists():
        subprocess.run(
            [sys.executable, "-m", "hybridsdk.cli", "keys", "generate", "--keys", str(keys_dir)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    port = free_port()
    log_path = log_dir / f"gateway-{port}.log"
    with launch_gateway(
        port=port, keys_dir=keys_dir, extra_args=args, timeout_s=timeout_s, log_path=log_path
    ) as launched:
        wait_ready(launched.url, None, log_path, timeout_s)
        yield GatewayProcess(launched.url, port, keys_dir, launched.pid, log_path)


# ---------------------------------------------------------------------------------------
# A tiny zoo


def build_affine_zoo(folder: Path, *, name: str = "affine") -> Path:
    """A zoo with one ONNX model: y = 2 * x + 1, x float32 [N, 3].

    Args:
        folder: where to write `manifest.json` and the model.
        name: the model's name.
    """
    import onnx
    from onnx import TensorProto, helper

    two = helper.make_tensor("two", TensorProto.FLOAT, [1], [2.0])
    one = helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0])
    graph = helper.make_graph(
        [
            helper.make_node("Mul", ["x", "two"], ["t"]),
            helper.make_node("Add", ["t", "one"], ["y"]),
        ],
        "affine",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 3])],
        initializer=[two, one],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    data = model.SerializeToString()
    onnx.checker.check_model(model)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.onnx").write_bytes(data)
    spec_in = {"name": "x", "shape": [None, 3], "dtype": "float32"}
    spec_out = {"name": "y", "shape": [None, 3], "dtype": "float32"}
    manifest = {
        "format_version": 1,
        "models": [
            {
                "name": name,
                "task": "test-affine",
                "role": "cloud",
                "format": "onnx",
                "precision": "fp32",
                "file": f"{name}.onnx",
                "sha256": hashlib.sha256(data).hexdigest(),
                "size_bytes": len(data),
                "inputs": [spec_in],
                "outputs": [spec_out],
            }
        ],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    from tests._zoo_signing import sign_zoo

    sign_zoo(folder)  # zoos are verified by default
    return folder


def build_echo_zoo(folder: Path, *, name: str = "echo") -> Path:
    """A zoo with one text model that answers with its input: reply = text, strings [N, 1]
    (a cloud model whose answer carries what it was sent, pseudonyms included).

    Args:
        folder: where to write `manifest.json` and the model.
        name: the model's name.
    """
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Identity", ["text"], ["reply"])],
        "echo",
        [helper.make_tensor_value_info("text", TensorProto.STRING, ["N", 1])],
        [helper.make_tensor_value_info("reply", TensorProto.STRING, ["N", 1])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    data = model.SerializeToString()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.onnx").write_bytes(data)
    entry = {
        "name": name,
        "task": "test-echo",
        "role": "cloud",
        "format": "onnx",
        "precision": "fp32",
        "file": f"{name}.onnx",
        "sha256": hashlib.sha256(data).hexdigest(),
        "size_bytes": len(data),
        "inputs": [{"name": "text", "shape": [None, 1], "dtype": "str"}],
        "outputs": [{"name": "reply", "shape": [None, 1], "dtype": "str"}],
    }
    manifest = {"format_version": 1, "models": [entry]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    from tests._zoo_signing import sign_zoo

    sign_zoo(folder)
    return folder


# ---------------------------------------------------------------------------------------
# A minimal OHTTP client


def infer_body(name: str, rows: Sequence[Sequence[float]]) -> bytes:
    return json.dumps(
        {
            "inputs": [
                {
                    "name": name,
                    "shape": [len(rows), len(rows[0])],
                    "datatype": "FP32",
                    "data": [v for row in rows for v in row],
                }
            ]
        }
    ).encode()


def seal(
    config: KeyConfig,
    method: str,
    path: str,
    *,
    body: bytes = b"",
    date_s: float | None = None,
    headers: Sequence[tuple[str, str]] = (),
) -> tuple[bytes, ClientResponseContext]:
    """Encapsulate one inner request; `date_s` None sends no Date header."""
    fields = list(headers)
    if body:
        fields.append(("content-type", "application/json"))
    if date_s is not None:
        fields.append(("date", http_date(date_s)))
    message = BinaryRequest(method, "https", "gateway", path, fields, body)
    return encapsulate_request(config, message.encode())


def unseal(context: ClientResponseContext, response: httpx.Response) -> BinaryResponse:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "message/ohttp-res"
    return decode_response(context.decapsulate_response(response.content))


def fetch_configs(client: httpx.Client, url: str = "") -> list[KeyConfig]:
    answer = client.get(
        f"{url}/.well-known/ohttp-gateway", headers={"accept": "application/ohttp-keys"}
    )
    assert answer.status_code == 200, (answer.status_code, answer.text)
    assert answer.headers["content-type"] == "application/ohttp-keys"
    return parse_key_configs(answer.content)


def ohttp_call(
    client: httpx.Client,
    url: str,
    config: KeyConfig,
    method: str,
    path: str,
    **kwargs: object,
) -> BinaryResponse:
    """One full round trip against a running gateway (current time in Date)."""
    kwargs.setdefault("date_s", time.time())
    enc, ctx = seal(config, method, path, **kwargs)  # type: ignore[arg-type]
    answer = client.post(
        f"{url}/.well-known/ohttp-gateway",
        content=enc,
        headers={"content-type": "message/ohttp-req"},
    )
    return unseal(ctx, answer)


# --- the digits model both sides of a gateway test run ---------------------------

MODEL = "digits-svc-fp32"


def digits(n: int) -> np.ndarray:
    from sklearn.datasets import load_digits

    return np.asarray(load_digits().data[:n], dtype=np.float32)


def local_probabilities(pixels: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    session = ort.InferenceSession(
        str(EDGE_MODELS_DIR / f"{MODEL}.onnx"), providers=["CPUExecutionProvider"]
    )
    return np.asarray(session.run(["probabilities"], {"pixels": pixels})[0])
