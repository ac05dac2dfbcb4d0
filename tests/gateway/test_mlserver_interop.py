"""Interop: Seldon MLServer (a third-party OIP server) as the gateway's upstream.

MLServer's dependency set clashes with ours, so it lives in its own virtualenv, made with::

    python3 -m venv /tmp/mlserver-venv
    /tmp/mlserver-venv/bin/pip install mlserver mlserver-sklearn

(or point HYBRIDSDK_MLSERVER_VENV elsewhere). Skipped when that venv is missing.
The test trains a scikit-learn model in that venv, serves it with `mlserver start`, puts a
real gateway in front with `--upstream`, and checks answers through plain HTTP and OHTTP.
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from tests._gateway_process import fetch_configs, free_port, ohttp_call, run_gateway, wait_ready

VENV = Path(os.environ.get("HYBRIDSDK_MLSERVER_VENV", "/tmp/mlserver-venv"))
PYTHON = VENV / "bin" / "python"
MODEL = "digits-sklearn"

_TRAIN = textwrap.dedent(
    """
    import json, sys, joblib
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    data = load_digits()
    model = LogisticRegression(max_iter=3000).fit(data.data, data.target)
    joblib.dump(model, sys.argv[1])
    print(json.dumps(model.predict_proba(data.data[:5]).tolist()))
    """
)


def _mlserver_available() -> bool:
    if not PYTHON.exists():
        return False
    probe = subprocess.run(
        [str(PYTHON), "-c", "import mlserver, mlserver_sklearn, sklearn"],
        capture_output=True,
        timeout=60,
    )
    return probe.returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _mlserver_available(), reason=f"no MLServer venv at {VENV}"),
]


@pytest.fixture(scope="module")
def mlserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[list[float]]]]:
    root = tmp_path_factory.mktemp("mlserver")
    model_dir = root / MODEL
    model_dir.mkdir()
    trained = subprocess.run(
        [str(PYTHON), "-c", _TRAIN, str(model_dir / "model.joblib")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    expected = json.loads(trained.stdout)
    port = free_port()
    settings = {
        "host": "127.0.0.1",
        "http_port": port,
        "grpc_port": free_port(),
        "metrics_port": free_port(),
        "parallel_workers": 0,
    }
    (root / "settings.json").write_text(json.dumps(settings))
    (model_dir / "model-settings.json").write_text(
        json.dumps(
            {
                "name": MODEL,
                "implementation": "mlserver_sklearn.SKLearnModel",
                "parameters": {"uri": "./model.joblib", "version": "v1"},
            }
        )
    )
    log = root / "mlserver.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(VENV / "bin" / "mlserver"), "start", str(root)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=root,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, process, log, timeout_s=60)
        with httpx.Client() as client:  # the server is up; wait for the model too
            for _ in range(100):
                if client.get(f"{url}/v2/models/{MODEL}/ready").status_code == 200:
                    break
                time.sleep(0.1)  # polling a child process, not a unit-test sleep
            else:
                raise TimeoutError(f"MLServer never loaded {MODEL}:\n{log.read_text()}")
        yield url, expected
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _request(rows: np.ndarray) -> bytes:
    return json.dumps(
        {
            "inputs": [
                {
                    "name": "input-0",
                    "shape": list(rows.shape),
                    "datatype": "FP64",
                    "data": rows.reshape(-1).tolist(),
                }
            ],
            "outputs": [{"name": "predict_proba"}],
        }
    ).encode()


def _probabilities(body: bytes) -> np.ndarray:
    (out,) = json.loads(body)["outputs"]
    return np.asarray(out["data"], dtype=np.float64).reshape(out["shape"])


def test_gateway_forwards_to_mlserver(
    mlserver: tuple[str, list[list[float]]], tmp_path: Path
) -> None:
    from sklearn.datasets import load_digits

    upstream, expected = mlserver
    rows = np.asarray(load_digits().data[:5], dtype=np.float64)
    with (
        run_gateway("--upstream", upstream, log_dir=tmp_path) as gateway,
        httpx.Client(timeout=20) as http,
    ):
        plain = http.post(f"{gateway.url}/v2/models/{MODEL}/infer", content=_request(rows))
        assert plain.status_code == 200, plain.text
        np.testing.assert_allclose(_probabilities(plain.content), expected, rtol=1e-9)

        (config,) = fetch_configs(http, gateway.url)
        inner = ohttp_call(
            http, gateway.url, config, "POST", f"/v2/models/{MODEL}/infer", body=_request(rows)
        )
        assert inner.status == 200
        np.testing.assert_allclose(_probabilities(inner.content), expected, rtol=1e-9)

        meta = ohttp_call(http, gateway.url, config, "GET", f"/v2/models/{MODEL}")
        assert json.loads(meta.content)["name"] == MODEL
        # MLServer's own error, carried as a problem inside the encrypted response.
        missing = ohttp_call(http, gateway.url, config, "GET", "/v2/models/nope/ready")
        assert missing.status == 404
        assert json.loads(missing.content)["status"] == 404


def test_sdk_plain_mode_client_talks_to_mlserver(mlserver: tuple[str, list[list[float]]]) -> None:
    """The SDK's own client, in plain OIP mode, against a server we did not write."""
    from sklearn.datasets import load_digits

    from hybridsdk import CloudEndpoint
    from hybridsdk.cloud import CloudClient

    url, expected = mlserver
    rows = np.asarray(load_digits().data[:5], dtype=np.float64)
    with CloudClient(CloudEndpoint(url=url, mode="plain")) as client:
        answer = client.infer(MODEL, {"input-0": rows}, deadline_s=30)
    assert answer.encrypted is False
    # MLServer's sklearn runtime answers `predict` (labels) unless asked for more.
    labels = answer.outputs["predict"].reshape(-1)
    np.testing.assert_array_equal(labels, np.argmax(np.asarray(expected), axis=1))
