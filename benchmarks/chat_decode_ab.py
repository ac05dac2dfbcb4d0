"""Old vs new client-side decoding of a streamed chat answer, side by side.

Times `ChatExchange` turning a chunked-OHTTP answer (one sealed chunk per SSE event, as the
gateway sends a token stream) into text pieces: AEAD open, streamed Binary HTTP, SSE,
chat-chunk checks, usage. Each side runs in its own process with its own checkout on
PYTHONPATH, alternating old/new; reports the median microseconds per event and new/old.

    python -m benchmarks.chat_decode_ab --old-src /work/main [--events 512] [--pairs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()

_CHILD = r"""
import json, sys, time
from hybridsdk.cloud._chat_transport import ChatExchange
from hybridsdk.cloud._endpoint import CloudEndpoint
from hybridsdk.wire._bhttp_stream import content_piece, pad_sse, response_end, response_head
from hybridsdk.wire._chunked_ohttp import decapsulate_chunked_request
from hybridsdk.wire._keyconfig import generate_key_config
from hybridsdk.wire._ohttp import gateway_keys
from hybridsdk.wire._openai_chat import SSE_DONE, chat_chunk, sse_event

n, reps = int(sys.argv[1]), int(sys.argv[2])
config, private = generate_key_config(1)
keys = gateway_keys((config, private))
body = {"messages": [{"role": "user", "content": "Tell me a story."}], "max_tokens": n}
best = float("inf")
for _ in range(reps):
    ex = ChatExchange(CloudEndpoint("http://127.0.0.1:9"), body, key=config)
    _, _, request = ex.request()
    _, reader = decapsulate_chunked_request(keys, request)
    out = reader.response_sender()
    parts = [out.start() + out.seal(response_head(200, [(b"content-type", b"text/event-stream")]))]
    for i in range(n):
        parts.append(out.seal(content_piece(pad_sse(sse_event(chat_chunk("c", "m", content=f" w{i}"))))))
    tail = sse_event(chat_chunk("c", "m", finish_reason="length", usage=(9, n))) + SSE_DONE
    parts.append(out.seal(content_piece(pad_sse(tail))) + out.seal_final(response_end()))
    started = time.perf_counter()
    pieces = 0
    for raw in parts:
        pieces += len(ex.feed(raw))
    pieces += len(ex.finish())
    took = time.perf_counter() - started
    assert pieces == n and ex.usage == (9, n), (pieces, ex.usage)
    best = min(best, took)
print(json.dumps({"us_per_event": best / n * 1e6}))
"""


def _side(src: Path, events: int, reps: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(events), str(reps)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=src,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["us_per_event"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old-src", type=Path, required=True, help="checkout of the old code")
    parser.add_argument("--new-src", type=Path, default=HERE.parents[1])
    parser.add_argument("--events", type=int, default=512)
    parser.add_argument("--reps", type=int, default=5, help="best of, within one process")
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args(argv)
    old: list[float] = []
    new: list[float] = []
    for _ in range(args.pairs):
        old.append(_side(args.old_src, args.events, args.reps))
        new.append(_side(args.new_src, args.events, args.reps))
    o, n = statistics.median(old), statistics.median(new)
    print(
        json.dumps(
            {
                "events": args.events,
                "pairs": args.pairs,
                "old_us_per_event": round(o, 2),
                "new_us_per_event": round(n, 2),
                "new_over_old": round(n / o, 3),
                "load_average": round(os.getloadavg()[0], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
