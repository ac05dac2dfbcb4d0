"""What anonymous one-time tokens cost, measured side by side in one run.

    python benchmarks/private_tokens.py [--pairs 300] [--rounds 200]

1. Crypto medians: the issuer's blind signature (RSA-2048, Python integers with CRT and
   base blinding), the client's blind + finalize, and the gateway's check of one token
   (parse, bind to key and epoch, RSA-PSS verify through OpenSSL, double-spend store).
2. Round trips on 127.0.0.1: the same OHTTP request to two real gateway processes in
   turn, one open and one requiring a Privacy Pass token (tokens fetched beforehand), so
   the ratio is the price of authorization on the request path.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from hybridsdk.cloud._client import CloudClient
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.cloud._token_source import PrivateTokenSource
from hybridsdk.gateway._authz import AuthRequest, PrivateTokenVerifier
from hybridsdk.gateway._issuer_keys import IssuerKeyRing, generate_issuer_keys
from hybridsdk.gateway._launch import launch_gateway
from hybridsdk.gateway._spent_tokens import InMemorySpentTokens
from hybridsdk.wire._blind_rsa import blind_sign
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._private_token import begin_token_request, finish_token

MODEL = "digits-svc-fp32"


def _median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


def crypto(rounds: int) -> dict[str, float]:
    """Medians of the token operations, in microseconds."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "issuer"
        generate_issuer_keys(folder)
        verifier = PrivateTokenVerifier(
            issuer=IssuerKeyRing(folder),
            spent=InMemorySpentTokens(),
            issuer_name="bench",
        )
        key = verifier.issuer.current()[0]
        public = key.private_key.public_key()
        config = generate_key_config(1)[0].encode()
        challenge = verifier.challenge_for(config, verifier.epoch())
        sign, client, verify = [], [], []
        for _ in range(rounds):
            t0 = time.perf_counter()
            pending = begin_token_request(public, challenge, nonce=secrets.token_bytes(32))
            t1 = time.perf_counter()
            response = blind_sign(key.private_key, pending.request.blinded_msg)
            t2 = time.perf_counter()
            token = finish_token(public, pending, response)
            t3 = time.perf_counter()
            verifier(
                AuthRequest(
                    "ohttp", "POST", "/v2", {"authorization": token.authorization()}, config
                )
            )
            t4 = time.perf_counter()
            sign.append(t2 - t1)
            client.append((t1 - t0) + (t3 - t2))
            verify.append(t4 - t3)
    return {
        "issuer_blind_sign_us": _median_us(sign),
        "client_blind_finalize_us": _median_us(client),
        "gateway_check_us": _median_us(verify),
    }


def round_trips(pairs: int) -> dict[str, float]:
    """Median OHTTP round trips without and with a token, interleaved, in microseconds."""
    secret = secrets.token_urlsafe(32)
    x = np.zeros((1, 64), np.float32)
    with tempfile.TemporaryDirectory() as tmp:
        tokens = Path(tmp) / "tokens"
        tokens.write_text(f"bench:{secret}\n")
        os.chmod(tokens, 0o600)
        issuer = Path(tmp) / "issuer"
        subprocess.run(
            [sys.executable, "-m", "hybridsdk.cli", "issuer", "generate", "--keys", str(issuer)],
            check=True,
            capture_output=True,
        )
        auth_args = [
            "--bearer-tokens", str(tokens), "--issuer-keys", str(issuer), "--no-access-log",
            "--issuance-per-minute", "100000", "--issuance-burst", str(pairs + 50),
        ]  # fmt: skip
        with (
            launch_gateway(extra_args=["--no-access-log"]) as open_gw,
            launch_gateway(extra_args=auth_args) as auth_gw,
        ):
            source = PrivateTokenSource(
                auth_gw.url, bearer_token=secret, batch_size=min(256, pairs + 10)
            )
            with (
                CloudClient(CloudEndpoint(open_gw.url)) as plain,
                CloudClient(CloudEndpoint(auth_gw.url, private_tokens=source)) as authed,
            ):
                plain.infer(MODEL, {"pixels": x})
                authed.infer(MODEL, {"pixels": x})  # fetches the whole batch once
                without: list[float] = []
                with_token: list[float] = []
                for i in range(pairs):
                    # ABBA order: neither side always goes first.
                    order = [(plain, without), (authed, with_token)]
                    for client, samples in order if i % 2 == 0 else order[::-1]:
                        t0 = time.perf_counter()
                        client.infer(MODEL, {"pixels": x})
                        samples.append(time.perf_counter() - t0)
            source.close()
    a, b = _median_us(without), _median_us(with_token)
    return {"ohttp_open_us": a, "ohttp_private_token_us": b, "ratio": b / a}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="token operations to time")
    parser.add_argument("--pairs", type=int, default=300, help="interleaved round trips")
    args = parser.parse_args(argv)
    for name, value in {**crypto(args.rounds), **round_trips(args.pairs)}.items():
        print(f"{name:28s} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
