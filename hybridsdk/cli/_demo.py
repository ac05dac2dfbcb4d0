"""`hybridsdk demo`: the whole SDK on the embedded defaults, in about ten seconds.

1. the device, as the router sees it;
2. the local model alone on the digits test set;
3. a real reference gateway started on 127.0.0.1, its key pinned by the client;
4. routing: a cascade calibrated on one half of the test set, run on the other half;
5. privacy: text requests with personal data, what stays and what leaves;
6. a short outage: degraded answers, deferred requests, the outbox draining afterwards;
7. generation: a streamed local answer and a streamed encrypted cloud answer (genai extra).

Needs the `all` extra and nothing more: ONNX Runtime and LiteRT for the local models, the
gateway extra for the server, phonenumbers for the privacy step. The digits test split
ships in the package (no scikit-learn). Every missing extra is named before anything runs.
With --json, the figures are printed as one JSON object instead of the narrative.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from hybridsdk._client import Client

__all__ = ["register"]

TARGET_CLOUD_SHARE = 0.12
TEXT_EXAMPLES = (
    ("what is the balance in my checking account", "public"),
    ("my card 4111 1111 1111 1111 was declined at the store", "internal"),
    ("please email jane.doe@example.com my flight itinerary", "internal"),
    ("how do i say thank you in french", "public"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="run the demo: local model, encrypted cloud cascade, privacy, an outage"
    )
    parser.add_argument(
        "--no-cloud", action="store_true", help="local part only (no gateway is started)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    parser.set_defaults(func=run)


# The narrative goes to stdout; under --json it is kept here and the figures below are
# printed as one JSON object instead.
_QUIET: list[str] | None = None
FIGURES: dict[str, Any] = {}


def say(text: str = "") -> None:
    if _QUIET is not None:
        _QUIET.append(text)
        return
    print(text, flush=True)


def heading(number: int, title: str) -> None:
    say()
    say(f"{number}. {title}")


def run(args: argparse.Namespace) -> int:
    global _QUIET
    from hybridsdk._digits_data import load_digits_test
    from hybridsdk.cli._demo_generate import show_generation
    from hybridsdk.cli._needs import require_extras

    # Everything the demo needs, said at once, before anything starts.
    require_extras(
        "hybridsdk demo", ["onnx", "tflite"] + ([] if args.no_cloud else ["gateway", "privacy"])
    )
    _QUIET = [] if getattr(args, "json", False) else None
    FIGURES.clear()
    try:
        x_test, y_test = load_digits_test()
        say("hybridsdk demo: one call, local or encrypted cloud, on the embedded defaults")
        show_device()
        show_local(x_test, y_test)
        if not args.no_cloud:
            with (
                tempfile.TemporaryDirectory(prefix="hybridsdk-demo-") as tmp,
                started_gateway(Path(tmp)) as (url, pin, proxy),
            ):
                client = make_client(url, pin, Path(tmp) / "outbox.sqlite3")
                with client:
                    show_routing(client, x_test, y_test)
                    show_privacy(client)
                    show_outage(client, proxy, x_test)
        if _QUIET is None:  # step 7 streams text: the narrative only, not --json
            show_generation(cloud=not args.no_cloud)
        if not args.no_cloud:
            say()
            say(
                "Done. `hybridsdk bench local|routing|privacy|cloud|chaos --json` measures "
                "each part."
            )
    finally:
        quiet, _QUIET = _QUIET, None
    if quiet is not None:
        print(json.dumps(FIGURES, indent=2))
    return 0


# -- 1 and 2: the device and the local model ------------------------------------------


def show_device() -> None:
    from hybridsdk.edge._probe import probe_device

    heading(1, "This device")
    data = probe_device().to_dict()
    cpu = data["cpu"]
    say(
        f"   {data['architecture']}, {cpu['physical_cores']} cores, "
        f"ONNX Runtime providers: {', '.join(data['ort_providers'] or ['none'])}"
    )
    hot = data.get("max_temperature_c")
    say(
        f"   temperature: {f'{hot:.0f} C' if hot is not None else 'not reported here'}; "
        f"warnings: {len(data['warnings'])}"
    )


def show_local(x: np.ndarray, y: np.ndarray) -> None:
    from hybridsdk.edge._local_model import load_model

    heading(2, "Local model alone")
    for name in ("digits-linear-fp32", "digits-linear-int8-tflite"):
        with load_model(name) as model:
            times, correct = [], 0
            for i in range(len(x)):
                started = time.perf_counter()
                out = model.run({"pixels": x[i : i + 1]})
                times.append(time.perf_counter() - started)
                correct += int(np.argmax(out["probabilities"]) == y[i])
            FIGURES.setdefault("local", {})[name] = {
                "runtime": model.runtime,
                "accelerator": model.accelerator,
                "accuracy": correct / len(x),
                "test_digits": len(x),
                "median_us": statistics.median(times) * 1e6,
            }
            say(
                f"   {name:<26} {model.runtime} on {model.accelerator}: accuracy "
                f"{correct / len(x):.2%} on {len(x)} test digits, "
                f"median {statistics.median(times) * 1e6:.0f} us per digit"
            )


# -- 3: the gateway -----------------------------------------------------------------------


@contextlib.contextmanager
def started_gateway(tmp: Path) -> Iterator[tuple[str, str, Any]]:
    """A real gateway on loopback with a key pinned here, behind a fault proxy."""
    from hybridsdk.gateway._keystore import generate_keys
    from hybridsdk.gateway._launch import launch_gateway
    from hybridsdk.testing._fault_proxy import FaultProxy

    heading(3, "Cloud gateway (Oblivious HTTP, RFC 9458)")
    key = generate_keys(tmp / "keys")
    pin = key.config.fingerprint
    with (
        launch_gateway(keys_dir=tmp / "keys", extra_args=["--no-access-log"]) as gateway,
        FaultProxy(("127.0.0.1", gateway.port), max_lifetime_s=300) as proxy,
    ):
        say(
            f"   gateway on {gateway.url} (pid {gateway.pid}); client pins key sha256:{pin[:16]}..."
        )
        say(f"   requests reach it through {proxy.url}, where the outage in step 6 happens")
        yield proxy.url, pin, proxy


def make_client(url: str, pin: str, outbox: Path) -> Client:
    from hybridsdk import Client, CloudEndpoint, Policy, PrivacyLabel, PrivacyPolicy
    from hybridsdk.cloud._breaker import BreakerConfig
    from hybridsdk.routing._detectors import PiiKind
    from hybridsdk.routing._privacy import DEFAULT_LABEL_RAISES

    # Payment data never leaves this device; other personal data leaves pseudonymised.
    raises: dict[PiiKind | str, PrivacyLabel | str] = dict(DEFAULT_LABEL_RAISES.items())
    raises[PiiKind.CARD] = PrivacyLabel.RESTRICTED
    privacy = PrivacyPolicy(label_raises=raises)
    return Client(
        privacy=privacy,
        cloud=CloudEndpoint(url=url, key_pin_sha256=pin, read_timeout_s=5.0),
        policy=Policy(confidence_threshold=1.0),  # set by calibration below
        outbox=outbox,
        breaker=BreakerConfig(minimum_calls=5, wait_duration_s=1.0),
        drain_interval_s=1.0,
    )


# -- 4: routing ----------------------------------------------------------------------------


def show_routing(client: Any, x: np.ndarray, y: np.ndarray) -> None:
    from dataclasses import replace

    from hybridsdk.routing._calibration import calibrate

    heading(4, "Routing: calibrate a cascade on half the test set, run it on the other half")
    half = len(x) // 2
    cal_x, cal_y, run_x, run_y = x[:half], y[:half], x[half:], y[half:]
    local = client.model("digits-linear-fp32")
    cloud = client.cloud
    local_probs = np.vstack(
        [local.run({"pixels": cal_x[i : i + 1]})["probabilities"] for i in range(half)]
    )
    cloud_probs = np.vstack(
        [
            cloud.infer("digits-svc-fp32", {"pixels": cal_x[i : i + 1]}).outputs["probabilities"]
            for i in range(half)
        ]
    )
    calibration = calibrate(
        local_probs.max(axis=1),
        local_probs.argmax(axis=1) == cal_y,
        cloud_probs.argmax(axis=1) == cal_y,
        target_cloud_share=TARGET_CLOUD_SHARE,
    )
    client.policy = replace(client.policy, confidence_threshold=calibration.threshold)
    say(
        f"   threshold {calibration.threshold:.3f} for a {TARGET_CLOUD_SHARE:.0%} cloud share "
        f"(out-of-fold on {half} digits: share {calibration.oof_cloud_share:.1%}, "
        f"accuracy {calibration.oof_accuracy:.2%})"
    )
    routes: Counter[str] = Counter()
    correct = local_correct = cloud_correct = 0
    example = None
    for i in range(len(run_x)):
        result = client.infer(inputs={"pixels": run_x[i : i + 1]})
        routes[result.route.value] += 1
        correct += int(result.label == run_y[i])
        local_label = int(np.argmax(local.run({"pixels": run_x[i : i + 1]})["probabilities"]))
        local_correct += int(local_label == run_y[i])
        if result.route.value == "cascade" and example is None and local_label != result.label:
            example = (i, local_label, result)
    for i in range(len(run_x)):
        answer = cloud.infer("digits-svc-fp32", {"pixels": run_x[i : i + 1]})
        cloud_correct += int(np.argmax(answer.outputs["probabilities"]) == run_y[i])
    n = len(run_x)
    FIGURES["routing"] = {
        "threshold": calibration.threshold,
        "digits": n,
        "routes": dict(routes),
        "accuracy_hybrid": correct / n,
        "accuracy_local_only": local_correct / n,
        "accuracy_cloud_only": cloud_correct / n,
    }
    say(f"   {n} digits: " + ", ".join(f"{k} {v} ({v / n:.1%})" for k, v in sorted(routes.items())))
    say(
        f"   accuracy: hybrid {correct / n:.2%} | local only {local_correct / n:.2%} | "
        f"cloud only {cloud_correct / n:.2%}"
    )
    if example is not None:
        i, local_label, result = example
        say(
            f"   e.g. digit #{half + i}: local said {local_label}, unsure -> cloud said "
            f"{result.label} (true {run_y[i]})"
        )
        for reason in result.reasons:
            say(f"      {reason.code}: {reason.message}")


# -- 5: privacy ------------------------------------------------------------------------------


def show_privacy(client: Any) -> None:
    heading(5, "Privacy: text requests with personal data (intent models, CLINC150)")
    if "intent-linear-fp32" not in client.registry().names():
        say("   (the intent models are not in this zoo; rebuild it with `nox -s models`)")
        return
    from hybridsdk.routing._privacy import PrivacyPolicy

    policy: PrivacyPolicy = client.privacy
    labels = client.registry().entry("intent-linear-fp32").labels
    for text, label in TEXT_EXAMPLES:
        result = client.infer(task="intent", text=text, privacy=label)
        assessment = policy.assess(text, label)
        intent = labels[result.label] if result.label is not None else "?"
        FIGURES.setdefault("privacy", []).append(
            {
                "label": label,
                "effective_label": assessment.effective_label.value,
                "route": result.route.value,
                "intent": intent,
                "may_leave": assessment.may_leave,
            }
        )
        say(f'   "{text}"')
        line = f"      label {label} -> {assessment.effective_label.value}; {result.route.value}: {intent}"
        if result.confidence is not None:
            line += f" (confidence {result.confidence:.2f})"
        say(line)
        if assessment.may_leave and assessment.findings:
            sent = policy.prepare_for_cloud(text, label).text_to_send
            say(f'      if sent, the cloud would see: "{sent}"')
        elif not assessment.may_leave:
            say("      never leaves this device")


# -- 6: an outage ----------------------------------------------------------------------------


def show_outage(client: Any, proxy: Any, x: np.ndarray) -> None:
    heading(6, "A short outage: the gateway stops answering")
    # The digits the local model is unsure of: the ones that need the cloud.
    local = client.model("digits-linear-fp32")
    confidence = np.array(
        [local.run({"pixels": x[i : i + 1]})["probabilities"].max() for i in range(len(x))]
    )
    unsure = np.flatnonzero(confidence < client.policy.confidence_threshold)
    proxy.outage(True, mode="drop")
    started = time.monotonic()
    routes: Counter[str] = Counter()
    for i in unsure[:15]:
        routes[client.infer(inputs={"pixels": x[i : i + 1]}, deadline_ms=2000).route.value] += 1
    deferred = []
    for i in unsure[15:20]:
        result = client.infer(inputs={"pixels": x[i : i + 1]}, deferrable=True)
        routes[result.route.value] += 1
        if result.route.value == "deferred":
            deferred.append(result.idempotency_key)
    say(
        f"   {min(len(unsure), 20)} unsure digits during the outage (the last 5 deferrable): "
        + ", ".join(f"{k} {v}" for k, v in sorted(routes.items()))
    )
    attempts = proxy.stats()["outage_attempts"]
    say(
        f"   connections to the dead endpoint: {attempts}; then offline detection stopped "
        f"the attempts (online: {client.connectivity.online})"
    )
    proxy.outage(False)
    say(f"   outage over after {time.monotonic() - started:.1f} s")
    delivered = wait_delivered(client, deferred, timeout_s=20.0)
    FIGURES["outage"] = {
        "routes": dict(routes),
        "attempts_to_dead_endpoint": attempts,
        "deferred": len(deferred),
        "delivered": len(delivered),
    }
    say(f"   outbox drained: {len(delivered)}/{len(deferred)} deferred requests delivered")
    for key in delivered[:2]:
        answer = client.deferred_result(key)
        say(f"      {key[:8]}...: the cloud says {answer.label}")


def wait_delivered(client: Any, keys: list[str], *, timeout_s: float) -> list[str]:
    deadline = time.monotonic() + timeout_s
    probe = {"pixels": np.zeros((1, 64), np.float32)}
    while time.monotonic() < deadline:
        # A request that reaches the cloud brings the client back online and wakes the drainer.
        with contextlib.suppress(Exception):
            client.infer(inputs=probe)
        done = [k for k in keys if client.deferred_result(k) is not None]
        if len(done) == len(keys):
            return done
        time.sleep(0.2)
    return [k for k in keys if client.deferred_result(k) is not None]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(argparse.Namespace(no_cloud=False, json=False)))
