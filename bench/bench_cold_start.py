"""Cold start from the `sam build` artifact: import, and import + first invocation, per handler.

Every sample is a fresh interpreter laid out like a Lambda execution environment
(infra/lambda_artifact.py): the artifact first on sys.path, then the runtime's boto3, nothing
else; no bytecode for the artifact (it ships none and -B writes none), the function's template
environment. The baseline is a bare `import boto3` in the same kind of process, in the same run,
interleaved with the other samples so that machine noise hits every row alike.

First invocations use bench/lambda_harness.py: botocore's HTTP send answers from canned
responses, so client creation, signing and parsing are measured and the network is not.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT / "infra"))

import lambda_artifact  # noqa: E402

SAMPLES = int(os.environ.get("BENCH_SAMPLES", "20"))
X_SECRET = "bench-x-consumer-secret"  # noqa: S105 - a fake for the benchmark
SECRET_DOCUMENT = {
    "x_consumer_secret": X_SECRET,
    "webhook_signing_secret": "whsec_YmVuY2gtc2lnbmluZy1zZWNyZXQtYmVuY2gtc2lnbmluZw==",
}
TWEET = ROOT / "tests" / "events" / "x" / "mention.json"
INGEST_TARGET_RATIO = 1.3
MARK = "BENCH-RESULT "
BASELINE = "`import boto3` (baseline: the runtime alone, no artifact)"

IMPORT_ONLY = """
import time
started = time.perf_counter()
import {module}
print({mark!r} + json.dumps({{"import_ms": (time.perf_counter() - started) * 1000}}))
"""

BARE_BOTO3 = """
import time
started = time.perf_counter()
import boto3
print({mark!r} + json.dumps({{"import_ms": (time.perf_counter() - started) * 1000}}))
"""

# The handler imports boto3 only when it builds its clients, on the first request; the cold start
# pays for it all the same. So the target compares boto3 plus the handler with boto3 alone.
WITH_BOTO3 = """
import time
started = time.perf_counter()
import boto3
import {module}
print({mark!r} + json.dumps({{"import_ms": (time.perf_counter() - started) * 1000}}))
"""

INGEST_FIRST = """
import time
started = time.perf_counter()
import webcare.handlers.ingest as handler
imported = time.perf_counter()
sys.path.append({bench!r})
import lambda_harness as harness
fake = harness.fake_aws({secrets!r})
event = harness.x_webhook_event({body!r}, {secret!r})
response = handler.lambda_handler(event, harness.Context())
done = time.perf_counter()
sent = [r for t, r in fake.requests if t == "AmazonSQS.SendMessageBatch"]
print({mark!r} + json.dumps({{
    "import_ms": (imported - started) * 1000, "total_ms": (done - started) * 1000,
    "status": response["statusCode"], "body": response.get("body"), "calls": fake.calls,
    "queued": [e["MessageBody"] for r in sent for e in r["Entries"]],
}}))
"""

PROCESS_FIRST = """
import time
started = time.perf_counter()
import webcare.handlers.process as handler
imported = time.perf_counter()
sys.path.append({bench!r})
import lambda_harness as harness
fake = harness.fake_aws({secrets!r})
event = harness.sqs_event({queue_arn!r}, [("bench-group", {message!r})])
response = handler.lambda_handler(event, harness.Context())
done = time.perf_counter()
print({mark!r} + json.dumps({{
    "import_ms": (imported - started) * 1000, "total_ms": (done - started) * 1000,
    "failures": len(response.get("batchItemFailures", [])), "calls": fake.calls,
}}))
"""


def run_in_artifact(
    function: str, code: str, *extra_flags: str, bare: bool = False
) -> tuple[dict[str, Any], str]:
    """Run `code` in a fresh Lambda-like process for `function` (bare: without the artifact)."""
    template = lambda_artifact.load_template()
    artifact = lambda_artifact.built_functions()[function]
    argv = lambda_artifact.lambda_process(None if bare else artifact, "import json\n" + code)
    argv[1:1] = list(extra_flags)
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        argv,
        cwd=artifact,
        env=lambda_artifact.runtime_environment(template, function, artifact),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARK)]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{function} benchmark process failed:\n{result.stderr[-3000:]}")
    return json.loads(lines[-1][len(MARK) :]), result.stderr


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-9 * len(ordered) // 10) - 1)]  # nearest rank


def _package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "webcare" else parts[0]


def heaviest_imports(function: str, module: str, limit: int = 12) -> list[tuple[str, float]]:
    """Packages by cumulative import time where they are entered from another package
    (`python -X importtime`, one sample; a package inside another counts in both)."""
    _, stderr = run_in_artifact(function, IMPORT_ONLY.format(module=module, mark=MARK), "-X", "importtime")
    entries = []  # (depth, module, cumulative ms), in post-order: children before their parent
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| ( *)(\S+)", line)
        if match:
            entries.append((len(match.group(2)) // 2, match.group(3), int(match.group(1)) / 1000))
    totals: dict[str, float] = {}
    for index, (depth, name, cumulative) in enumerate(entries):
        parent = next((e[1] for e in entries[index + 1 :] if e[0] == depth - 1), None) if depth else None
        if parent is None or _package(parent) != _package(name):
            totals[_package(name)] = totals.get(_package(name), 0.0) + cumulative
    return sorted(totals.items(), key=lambda item: -item[1])[:limit]


def run() -> str:
    functions = lambda_artifact.functions(lambda_artifact.load_template())
    handlers = {name: str(p["Handler"]).rpartition(".")[0] for name, p in sorted(functions.items())}
    first_function = next(iter(handlers))
    body = TWEET.read_bytes()
    ingest_code = INGEST_FIRST.format(
        bench=str(BENCH_DIR), secrets=SECRET_DOCUMENT, body=body, secret=X_SECRET, mark=MARK
    )

    # One ingest run first: its queued message is what the process function receives.
    probe, _ = run_in_artifact("IngestFunction", ingest_code)
    if probe["status"] != 200 or not probe["queued"]:
        raise RuntimeError(f"the signed tweet was not accepted: {probe}")
    message = probe["queued"][0]

    scenarios: dict[str, tuple[str, str]] = {BASELINE: (first_function, BARE_BOTO3.format(mark=MARK))}
    for name, module in handlers.items():
        scenarios[f"{name}: `import {module}`"] = (name, IMPORT_ONLY.format(module=module, mark=MARK))
    ingest_with_boto3 = f"IngestFunction: `import boto3` + `import {handlers['IngestFunction']}`"
    scenarios[ingest_with_boto3] = (
        "IngestFunction",
        WITH_BOTO3.format(module=handlers["IngestFunction"], mark=MARK),
    )
    ingest_first = "IngestFunction: import + first invocation (one signed tweet)"
    scenarios[ingest_first] = ("IngestFunction", ingest_code)
    process_first = "ProcessFunction: import + first invocation (one SQS record)"
    if "ProcessFunction" in handlers:
        queue_arn = lambda_artifact.FakeValues(lambda_artifact.load_template()).get_att("InboundQueue", "Arn")
        scenarios[process_first] = (
            "ProcessFunction",
            PROCESS_FIRST.format(
                bench=str(BENCH_DIR), secrets=SECRET_DOCUMENT, queue_arn=queue_arn, message=message, mark=MARK
            ),
        )

    samples: dict[str, list[float]] = {label: [] for label in scenarios}
    details: dict[str, dict[str, Any]] = {}
    for _ in range(SAMPLES):
        for label, (function, code) in scenarios.items():
            report, _ = run_in_artifact(function, code, bare=label == BASELINE)
            samples[label].append(float(report.get("total_ms", report["import_ms"])))
            if "total_ms" in report:
                first_only = f"{label.split(':')[0]}: of which the first invocation alone"
                samples.setdefault(first_only, []).append(report["total_ms"] - report["import_ms"])
            details[label] = report

    baseline = statistics.median(samples[BASELINE])
    rows = []
    for label, values in samples.items():
        median = statistics.median(values)
        rows.append(f"| {label} | {median:.0f} | {p90(values):.0f} | {median / baseline:.2f}× |")

    ingest_import = statistics.median(samples[ingest_with_boto3])
    ratio = ingest_import / baseline
    verdict = "within" if ratio <= INGEST_TARGET_RATIO else "OVER"
    process_report = details.get(process_first, {})
    heavy = heaviest_imports("IngestFunction", handlers["IngestFunction"])
    runtime = lambda_artifact.runtime_python()
    runtime_version = subprocess.run(  # noqa: S603 - the runtime interpreter the Makefile chose
        [runtime, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    has_bytecode = any(lambda_artifact.built_functions()["IngestFunction"].rglob("*.pyc"))
    lines = [
        "## Cold start (bench/bench_cold_start.py)",
        "",
        f"{SAMPLES} fresh processes per row, interleaved; milliseconds inside the process (interpreter",
        f"start-up excluded, it is the same for every row), run by Python {runtime_version} (`{runtime}`)."
        " Each process sees only the `sam build` artifact and the runtime's boto3 (`.venv-lambda/`, with",
        "its bytecode, as the Lambda runtime ships it), and writes no bytecode. "
        + (
            "The artifact carries bytecode compiled by the runtime's Python at build time (Makefile, "
            "`lambda_bytecode`), as it is deployed."
            if has_bytecode
            else "The artifact has no bytecode: this machine has no python3.12 to compile it with, so every "
            "cold start compiles it from source."
        ),
        "First invocations run against botocore with its HTTP send answered by canned responses",
        "(bench/lambda_harness.py).",
        "",
        "| What | median ms | p90 ms | vs `import boto3` |",
        "| --- | ---: | ---: | ---: |",
        *rows,
        "",
        f"Ingest import target: ≤ {INGEST_TARGET_RATIO}× a bare `import boto3` in the same run, counting "
        "boto3 too (the handler imports it on its first request, the cold start pays for it either way). "
        f"Measured: {ratio:.2f}×, **{verdict}** the target; the table below shows where the import goes.",
        "",
        "First invocation of ingest: one signed X mention; AWS calls made: "
        + ", ".join(f"{k.split('.')[-1]} ×{v}" for k, v in sorted(details[ingest_first]["calls"].items()))
        + f"; answered {details[ingest_first]['status']}.",
    ]
    if process_report:
        lines.append(
            "First invocation of process: the message ingest queued above, with DynamoDB answering "
            '"no item yet / accepted"; AWS calls made: '
            + ", ".join(f"{k.split('.')[-1]} ×{v}" for k, v in sorted(process_report["calls"].items()))
            + f"; batch item failures: {process_report['failures']}."
        )
    lines += [
        "ForwardFunction's first invocation is not measured here: it calls the helpdesk over HTTPS,",
        "which these processes have no stand-in for.",
        "",
        "Where the ingest handler's import time goes (one `python -X importtime` sample): cumulative",
        "ms of each package where another package first imports it; nested packages count in both.",
        "",
        "| Package | ms |",
        "| --- | ---: |",
        *(f"| `{name}` | {ms:.1f} |" for name, ms in heavy),
    ]
    return "\n".join(lines)
