"""Stand-in handlers for testing the local stack itself (imported by module name, like Lambda does).

`echo` answers an HTTP API request with the event it received. `consume` records every SQS
delivery and follows `PLAN`: body -> outcomes for its successive deliveries ("ok", "fail",
"raise", "delay:N"), "ok" once the list is used up. Like Powertools' FIFO processor, a failed
record also fails the records after it in the same message group.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from typing import Any

import boto3

LOCK = threading.Lock()
DELIVERIES: list[dict[str, Any]] = []  # one entry per record delivered
BATCHES: list[list[str]] = []  # bodies per invocation
CONTEXTS: list[dict[str, Any]] = []
PLAN: dict[str, list[str]] = {}
RESPONSE: dict[str, Any] = {}  # when set, `consume` returns this instead


def reset() -> None:
    with LOCK:
        DELIVERIES.clear()
        BATCHES.clear()
        CONTEXTS.clear()
        PLAN.clear()
        RESPONSE.clear()


def echo(event: dict[str, Any], context: Any) -> dict[str, Any]:
    path = event["rawPath"]
    if path.endswith("/boom"):
        raise RuntimeError("boom")
    if path.endswith("/binary"):
        return {
            "statusCode": 201,
            "headers": {"content-type": "application/octet-stream", "x-one": "1"},
            "body": base64.b64encode(b"\x00\xffbytes").decode(),
            "isBase64Encoded": True,
            "cookies": ["a=1; Path=/"],
        }
    if path.endswith("/inferred"):
        return {"hello": "world"}  # type: ignore[return-value]
    return {"statusCode": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(event)}


def consume(event: dict[str, Any], context: Any) -> dict[str, Any]:
    with LOCK:
        CONTEXTS.append(
            {
                "function_name": context.function_name,
                "memory_limit_in_mb": context.memory_limit_in_mb,
                "invoked_function_arn": context.invoked_function_arn,
                "aws_request_id": context.aws_request_id,
                "remaining": context.get_remaining_time_in_millis(),
            }
        )
        BATCHES.append([r["body"] for r in event["Records"]])
        failures: list[dict[str, str]] = []
        failed_groups: set[str] = set()
        raise_batch = False
        for record in event["Records"]:
            group = record["attributes"].get("MessageGroupId", "")
            plan = PLAN.get(record["body"], [])
            outcome = plan.pop(0) if plan else "ok"
            if group in failed_groups:
                failures.append({"itemIdentifier": record["messageId"]})
                DELIVERIES.append({**record, "outcome": "skipped"})
                plan.insert(0, outcome) if outcome != "ok" else None
                continue
            DELIVERIES.append({**record, "outcome": outcome})
            if outcome == "raise":
                raise_batch = True
            elif outcome == "fail" or outcome.startswith("delay:"):
                failures.append({"itemIdentifier": record["messageId"]})
                failed_groups.add(group)
                if outcome.startswith("delay:"):
                    boto3.client("sqs").change_message_visibility(
                        QueueUrl=os.environ["QUEUE_URL"],
                        ReceiptHandle=record["receiptHandle"],
                        VisibilityTimeout=int(outcome.split(":")[1]),
                    )
        if RESPONSE:
            return dict(RESPONSE)
    if raise_batch:
        raise RuntimeError("planned failure of the whole batch")
    return {"batchItemFailures": failures}


def delivered_ok() -> list[str]:
    with LOCK:
        return [d["body"] for d in DELIVERIES if d["outcome"] == "ok"]


def attempts(body: str) -> int:
    with LOCK:
        return sum(1 for d in DELIVERIES if d["body"] == body and d["outcome"] != "skipped")
