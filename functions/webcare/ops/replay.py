"""`webcare replay`: move dead-lettered messages back to the queue they came from.

The source queue is found from the dead-letter queue itself (ListDeadLetterSourceQueues), so
the one argument is the DLQ URL from the stack outputs. Replaying is always safe: the message
ledger and the helpdesk ledger drop whatever already went through.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ReplayReport:
    source_queue: str
    moved: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def source_queue_of(sqs: Any, dlq_url: str) -> str:
    sources = sqs.list_dead_letter_source_queues(QueueUrl=dlq_url).get("queueUrls", [])
    if len(sources) != 1:
        raise SystemExit(
            f"{dlq_url} is the dead-letter queue of {len(sources)} queues; pass --to QUEUE_URL to choose one"
        )
    return str(sources[0])


def replay(
    sqs: Any, dlq_url: str, *, to: str | None = None, limit: int | None = None, dry_run: bool = False
) -> ReplayReport:
    """Move up to `limit` messages from `dlq_url` to its source queue, keeping FIFO groups.

    Side effects: SendMessage to the source queue, then DeleteMessage on the DLQ, per message
    (so a crash in between can only duplicate, which the ledgers absorb, never lose).
    """
    target = to or source_queue_of(sqs, dlq_url)
    report = ReplayReport(source_queue=target)
    fifo = target.endswith(".fifo")
    while limit is None or report.moved < limit:
        batch = sqs.receive_message(
            QueueUrl=dlq_url,
            MaxNumberOfMessages=min(10, (limit - report.moved) if limit else 10),
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
            VisibilityTimeout=0 if dry_run else 60,
            WaitTimeSeconds=0,
        ).get("Messages", [])
        if not batch:
            break
        for message in batch:
            reason = (message.get("MessageAttributes", {}).get("failure_reason") or {}).get(
                "StringValue", "maximum receives exceeded"
            )
            report.reasons[reason] = report.reasons.get(reason, 0) + 1
            report.moved += 1
            if dry_run:
                continue
            params: dict[str, Any] = {"QueueUrl": target, "MessageBody": message["Body"]}
            if fifo:
                params["MessageGroupId"] = message["Attributes"].get("MessageGroupId", "replay")
                # A new deduplication id: the original may still be inside SQS's 5-minute window.
                params["MessageDeduplicationId"] = "replay-" + message["MessageId"]
            sqs.send_message(**params)
            sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=message["ReceiptHandle"])
        if dry_run:
            break
    return report


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dlq_url", help="the dead-letter queue URL (stack outputs *DeadLetterQueueUrl)")
    parser.add_argument("--to", help="the queue to move messages to (default: the DLQ's source queue)")
    parser.add_argument("--limit", type=int, help="move at most this many messages")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would move (first batch), move nothing"
    )
    parser.add_argument("--endpoint-url", help="an SQS endpoint, e.g. the local stack's moto server")
    parser.add_argument("--region", help="AWS region (default: from the environment)")


def main(args: argparse.Namespace) -> int:
    import boto3

    sqs = boto3.client("sqs", endpoint_url=args.endpoint_url, region_name=args.region)
    report = replay(sqs, args.dlq_url, to=args.to, limit=args.limit, dry_run=args.dry_run)
    verb = "would move" if args.dry_run else "moved"
    print(
        json.dumps(
            {verb.replace(" ", "_"): report.moved, "to": report.source_queue, "reasons": report.reasons}
        )
    )
    sys.stdout.flush()
    return 0
