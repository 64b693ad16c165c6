"""Warm ingest latency: one signed X tweet per request, AWS calls answered by canned responses.

One Lambda-like process (infra/lambda_artifact.py) imports the ingest handler from the
`sam build` artifact, takes the cold first request and a warm-up, then times each of
`BENCH_INGEST_REQUESTS` invocations of `lambda_handler` with `perf_counter_ns`. The signature
check, parsing, scrubbing, schema validation, SQS serialisation and signing and Powertools'
metrics output (to /dev/null instead of CloudWatch's pipe) are all in the measured path; the
network round trip to SQS is not, so add SQS's own latency for a real request.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bench_cold_start import MARK, SECRET_DOCUMENT, TWEET, X_SECRET, run_in_artifact  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_INGEST_REQUESTS", "5000"))
WARM_UP = 200
P99_TARGET_MS = 5.0

WARM_LOOP = """
import os, time
sys.path.append({bench!r})
import lambda_harness as harness
import webcare.handlers.ingest as handler
fake = harness.fake_aws({secrets!r})
event = harness.x_webhook_event({body!r}, {secret!r})
context = harness.Context()
fake.keep_requests = False
# Powertools writes metrics (and any logs) to stdout, as in Lambda; send them to /dev/null.
saved_stdout = os.dup(1)
devnull = os.open(os.devnull, os.O_WRONLY)
os.dup2(devnull, 1)
statuses = {{}}
for _ in range({warm_up}):
    handler.lambda_handler(event, context)
timings = []
clock = time.perf_counter_ns
for _ in range({requests}):
    started = clock()
    response = handler.lambda_handler(event, context)
    timings.append(clock() - started)
    statuses[response["statusCode"]] = statuses.get(response["statusCode"], 0) + 1
sys.stdout.flush()
os.dup2(saved_stdout, 1)
print({mark!r} + json.dumps({{"ns": timings, "statuses": statuses, "calls": fake.calls}}))
"""


def percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    rank = max(1, int(-(-fraction * len(ordered) // 1)))
    return ordered[rank - 1]


def run() -> str:
    code = WARM_LOOP.format(
        bench=str(BENCH_DIR), secrets=SECRET_DOCUMENT, body=TWEET.read_bytes(), secret=X_SECRET,
        warm_up=WARM_UP, requests=REQUESTS, mark=MARK,
    )
    report, _ = run_in_artifact("IngestFunction", code)
    milliseconds = sorted(ns / 1e6 for ns in report["ns"])
    statuses = {int(k): v for k, v in report["statuses"].items()}
    if set(statuses) != {200}:
        raise RuntimeError(f"ingest did not answer 200 to every request: {statuses}")
    p50, p90, p99 = (percentile(milliseconds, f) for f in (0.50, 0.90, 0.99))
    verdict = "within" if p99 <= P99_TARGET_MS else "OVER"
    queued = report["calls"].get("AmazonSQS.SendMessageBatch", 0)
    return "\n".join(
        [
            "## Warm ingest latency (bench/bench_ingest.py)",
            "",
            f"{REQUESTS} requests after {WARM_UP} warm-up requests, one process, one signed X mention",
            f"(`{TWEET.relative_to(BENCH_DIR.parent)}`) per request; AWS calls answered by canned responses",
            "at botocore's HTTP layer, so the SQS round trip (typically a few ms in-region) is not included.",
            "",
            "| p50 ms | p90 ms | p99 ms | max ms | mean ms |",
            "| ---: | ---: | ---: | ---: | ---: |",
            f"| {p50:.2f} | {p90:.2f} | {p99:.2f} | {milliseconds[-1]:.2f} | "
            f"{sum(milliseconds) / len(milliseconds):.2f} |",
            "",
            f"Target: p99 ≤ {P99_TARGET_MS:g} ms for a single tweet. "
            f"Measured p99 {p99:.2f} ms, **{verdict}** the target.",
            f"Every request answered 200; SendMessageBatch calls: {queued}.",
        ]
    )
