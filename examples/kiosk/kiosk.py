"""A text kiosk assistant on hybridsdk: one question per line in, one answer per line out.

- Intents are recognised on the device (the CLINC150 intent model in the zoo); an unsure
  answer goes to the cloud model through the encrypted gateway when one is configured.
- Personal data stays local or leaves pseudonymised: a card number keeps the question on
  the device, an e-mail address leaves as a placeholder (the default privacy policy).
- Offline, the kiosk keeps answering from the local model (flagged `degraded`), and
  questions that may wait (`--defer`) are stored in the durable outbox and sent when the
  gateway is back.

Run: python examples/kiosk/kiosk.py [--cloud URL] [--outbox PATH] [--json] < questions.txt
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import signal
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import hybridsdk

# What the kiosk says for a few intents; anything else is echoed as the intent's name.
REPLIES = {
    "balance": "Your balance is shown on the screen to your left.",
    "card_declined": "Sorry about that. A staff member can help with declined cards.",
    "flight_status": "Departures are on the big board; your gate opens 40 minutes before.",
    "translate": "Translation is on the second menu page.",
    "oos": "Sorry, I can't help with that here.",
}


# Payment and identity numbers never leave the kiosk; contact details leave pseudonymised
# (the cloud sees a placeholder, the answer gets the real value back).
PRIVACY = hybridsdk.PrivacyPolicy(
    label_raises={
        "secret": "restricted",
        "card": "restricted",
        "iban": "restricted",
        "ssn": "restricted",
        "email": "confidential",
        "phone": "confidential",
        "gps": "confidential",
        "ipv4": "confidential",
        "ipv6": "confidential",
        "mac": "confidential",
    }
)


def make_client(cloud: str | None, key_pin: str | None, outbox: str | None) -> hybridsdk.Client:
    """The kiosk's client: the zoo's intent task, cloud and outbox when given."""
    endpoint = None
    if cloud is not None:
        endpoint = hybridsdk.CloudEndpoint(url=cloud, key_pin_sha256=key_pin or ())
    return hybridsdk.Client(
        cloud=endpoint, outbox=outbox, privacy=PRIVACY, drain_interval_s=5.0, offline_after=2
    )


def answer(client: hybridsdk.Client, text: str, *, defer: bool) -> dict[str, Any]:
    """One question's answer, as the kiosk shows it and logs it (no raw text logged)."""
    try:
        result = client.infer(text=text, task="intent", deferrable=defer, deadline_ms=3000)
    except hybridsdk.InputValidationError as exc:
        return {"route": "rejected", "reply": "Please type a question.", "error": str(exc)}
    except hybridsdk.RoutingError as exc:  # nothing could answer: say so, keep running
        return {"route": "failed", "reply": "Sorry, please ask a staff member.", "error": str(exc)}
    if result.route is hybridsdk.Route.DEFERRED:
        return {
            "route": "deferred",
            "reply": "I'll have an answer for you shortly.",
            "key": result.idempotency_key,
            "reasons": [r.code for r in result.reasons],
        }
    labels = client.registry().entry("intent-linear-fp32").labels
    intent = labels[result.label] if result.label is not None else "oos"
    return {
        "route": result.route.value,
        "intent": intent,
        "confidence": None if result.confidence is None else round(result.confidence, 3),
        "reply": REPLIES.get(intent, f"(intent: {intent})"),
        "reasons": [r.code for r in result.reasons],
    }


def run(
    lines: Iterable[str], client: hybridsdk.Client, out: TextIO, *, as_json: bool, defer: bool
) -> int:
    """Answer every non-empty line; returns how many questions were answered."""
    answered = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        reply = answer(client, text, defer=defer)
        answered += 1
        if as_json:
            out.write(json.dumps(reply) + "\n")
        else:
            out.write(f"[{reply['route']}] {reply['reply']}\n")
        out.flush()
    return answered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cloud", help="the gateway URL (default: answer on the device only)")
    parser.add_argument("--key-pin", help="the gateway key's SHA-256 fingerprint to pin")
    parser.add_argument("--outbox", help="outbox file for questions that may wait")
    parser.add_argument("--defer", action="store_true", help="questions may wait for the cloud")
    parser.add_argument("--json", action="store_true", help="one JSON object per answer")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # systemd stops the service with SIGTERM: finish the current answer, then close.
    signal.signal(signal.SIGTERM, lambda *_: sys.stdin.close())
    with make_client(args.cloud, args.key_pin, args.outbox) as client:
        with contextlib.suppress(ValueError):  # stdin closed by SIGTERM
            run(sys.stdin, client, sys.stdout, as_json=args.json, defer=args.defer)
        if client.outbox is not None and client.cloud is not None:
            pending = client.health()["outbox"]["counts"].get("pending", 0)
            if pending:
                logging.getLogger("kiosk").warning("%d questions still in the outbox", pending)
    return 0


if __name__ == "__main__":
    sys.exit(main())
