"""`webcare replay`: move dead-lettered messages back to the queue they came from.

The source queue is found from the dead-letter queue itself (ListDeadLetterSourceQueues), so
the one argument is the DLQ URL from the stack outputs. Replaying is always safe: the message
ledger and the helpdesk ledger drop whatever already went through.

`--dry-run` counts the whole queue by reason: it receives until the queue is empty, holding each
message with a short visibility timeout so it is not counted twice, and makes them all visible
again at the end. In a FIFO queue, SQS hands out no message while an earlier one of its group is
held, so such messages cannot be read without moving the earlier one; the report says how many.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

# How long a dry run holds a message it has counted (seconds): long enough not to see it again
# during the count, short enough that an interrupted dry run hides nothing for long.
DRY_RUN_VISIBILITY = 60
PROGRESS_EVERY = 100


@dataclass
class ReplayReport:
    source_queue: str
    moved: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    # Dry run of a FIFO queue: messages behind a held one of their group, which SQS does not hand out.
    unread: int = 0


def source_queue_of(sqs: Any, dlq_url: str) -> str:
    sources = sqs.list_dead_letter_source_queues(QueueUrl=dlq_url).get("queueUrls", [])
    if len(sources) != 1:
        raise SystemExit(
            f"{dlq_url} is the dead-letter queue of {len(sources)} queues; pass --to QUEUE_URL to choose one"
        )
    return str(sources[0])


def _waiting(sqs: Any, dlq_url: str) -> int:
    attributes = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["ApproximateNumberOfMessages"])
    return int(attributes["Attributes"]["ApproximateNumberOfMessages"])


def _release(sqs: Any, dlq_url: str, receipts: list[str]) -> None:
    """Make messages a dry run held visible again at once."""
    for start in range(0, len(receipts), 10):
        entries = [
            {"Id": str(i), "ReceiptHandle": handle, "VisibilityTimeout": 0}
            for i, handle in enumerate(receipts[start : start + 10])
        ]
        sqs.change_message_visibility_batch(QueueUrl=dlq_url, Entries=entries)


def replay(
    sqs: Any,
    dlq_url: str,
    *,
    to: str | None = None,
    limit: int | None = None,
    dry_run: bool = False,
    progress: TextIO | None = None,
) -> ReplayReport:
    """Move up to `limit` messages from `dlq_url` to its source queue, keeping FIFO groups;
    with `dry_run`, count them by reason instead. A counter goes to `progress` (stderr) when
    more than one batch waits.

    Side effects: SendMessage to the source queue, then DeleteMessage on the DLQ, per message
    (so a crash in between can only duplicate, which the ledgers absorb, never lose). A dry run
    changes only visibility: it holds what it counted and releases all of it at the end.
    """
    target = to or source_queue_of(sqs, dlq_url)
    report = ReplayReport(source_queue=target)
    fifo = target.endswith(".fifo")
    out = progress if progress is not None else sys.stderr
    waiting = _waiting(sqs, dlq_url)
    verb = "counted" if dry_run else "moved"
    show = waiting > 10
    held: list[str] = []
    seen: set[str] = set()
    try:
        while limit is None or report.moved < limit:
            batch = sqs.receive_message(
                QueueUrl=dlq_url,
                MaxNumberOfMessages=min(10, (limit - report.moved) if limit else 10),
                AttributeNames=["All"],
                MessageAttributeNames=["All"],
                VisibilityTimeout=DRY_RUN_VISIBILITY if dry_run else 60,
                WaitTimeSeconds=0,
            ).get("Messages", [])
            fresh = [m for m in batch if m["MessageId"] not in seen]
            if not fresh:
                break
            for message in fresh:
                seen.add(message["MessageId"])
                reason = (message.get("MessageAttributes", {}).get("failure_reason") or {}).get(
                    "StringValue", "maximum receives exceeded"
                )
                report.reasons[reason] = report.reasons.get(reason, 0) + 1
                report.moved += 1
                if dry_run:
                    held.append(message["ReceiptHandle"])
                    continue
                params: dict[str, Any] = {"QueueUrl": target, "MessageBody": message["Body"]}
                if fifo:
                    params["MessageGroupId"] = message["Attributes"].get("MessageGroupId", "replay")
                    # A new deduplication id: the original may still be inside SQS's 5-minute window.
                    params["MessageDeduplicationId"] = "replay-" + message["MessageId"]
                sqs.send_message(**params)
                sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=message["ReceiptHandle"])
            if show and report.moved % PROGRESS_EVERY < len(fresh):
                print(f"\r{verb} {report.moved} of ~{waiting} messages", end="", file=out, flush=True)
    finally:
        if held:
            _release(sqs, dlq_url, held)
    if dry_run and fifo and limit is None:
        report.unread = max(waiting - report.moved, 0)
    if show:
        print(f"\r{verb} {report.moved} messages" + " " * 12, file=out, flush=True)
    return report


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dlq_url", help="the dead-letter queue URL (stack outputs *DeadLetterQueueUrl)")
    parser.add_argument("--to", help="the queue to move messages to (default: the DLQ's source queue)")
    parser.add_argument("--limit", type=int, help="move at most this many messages")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="count the whole queue by reason, move nothing (messages stay where they are)",
    )
    parser.add_argument("--endpoint-url", help="an SQS endpoint, e.g. the local stack's moto server")
    parser.add_argument("--region", help="AWS region (default: from the environment)")


def main(args: argparse.Namespace) -> int:
    import boto3

    sqs = boto3.client("sqs", endpoint_url=args.endpoint_url, region_name=args.region)
    report = replay(sqs, args.dlq_url, to=args.to, limit=args.limit, dry_run=args.dry_run)
    verb = "would move" if args.dry_run else "moved"
    summary: dict[str, Any] = {verb.replace(" ", "_"): report.moved, "to": report.source_queue}
    summary["reasons"] = report.reasons
    if report.unread:
        # FIFO: held back behind an earlier message of their group; replaying moves them too.
        summary["unread_behind_their_group"] = report.unread
    print(json.dumps(summary))
    sys.stdout.flush()
    return 0
