"""`webcare replay`: counts and moves the whole dead-letter queue, not its first batch."""

from __future__ import annotations

import io
import json
from typing import Any

import boto3
import pytest

from webcare.ops.replay import replay

pytestmark = pytest.mark.usefixtures("moto_aws")


def queues(sqs: Any) -> tuple[str, str]:
    dlq = sqs.create_queue(QueueName="forward-dlq.fifo", Attributes={"FifoQueue": "true"})["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    source = sqs.create_queue(
        QueueName="forward.fifo",
        Attributes={
            "FifoQueue": "true",
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 3}),
        },
    )["QueueUrl"]
    return source, dlq


def dead_letter(sqs: Any, dlq: str, count: int, reason: str | None, group: str = "case-1") -> None:
    for index in range(count):
        attributes = {"failure_reason": {"DataType": "String", "StringValue": reason}} if reason else {}
        sqs.send_message(
            QueueUrl=dlq,
            MessageBody=json.dumps({"n": index, "reason": reason}),
            MessageGroupId=f"{group}-{index}",
            MessageDeduplicationId=f"{reason}-{group}-{index}",
            MessageAttributes=attributes,
        )


def visible(sqs: Any, url: str) -> int:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])
    return int(attributes["Attributes"]["ApproximateNumberOfMessages"])


def test_dry_run_counts_every_message_by_reason_and_moves_none() -> None:
    # Given 25 dead letters: 17 refused by the helpdesk, 8 that ran out of receives
    sqs = boto3.client("sqs", region_name="eu-west-1")
    source, dlq = queues(sqs)
    dead_letter(sqs, dlq, 17, "HTTP 422: invalid")
    dead_letter(sqs, dlq, 8, None, group="case-2")

    # When a dry run looks at them
    report = replay(sqs, dlq, dry_run=True, progress=io.StringIO())

    # Then all 25 are counted, by reason, and all are still in the DLQ (visible again)
    assert report.moved == 25
    assert report.reasons == {"HTTP 422: invalid": 17, "maximum receives exceeded": 8}
    assert visible(sqs, source) == 0
    assert visible(sqs, dlq) == 25


def test_replay_moves_every_message_back_to_the_source_queue() -> None:
    sqs = boto3.client("sqs", region_name="eu-west-1")
    source, dlq = queues(sqs)
    dead_letter(sqs, dlq, 23, "HTTP 500")

    report = replay(sqs, dlq, progress=io.StringIO())

    assert (report.moved, report.source_queue) == (23, source)
    assert (visible(sqs, source), visible(sqs, dlq)) == (23, 0)


def test_limit_stops_after_that_many_also_in_a_dry_run() -> None:
    sqs = boto3.client("sqs", region_name="eu-west-1")
    _, dlq = queues(sqs)
    dead_letter(sqs, dlq, 15, "HTTP 500")

    assert replay(sqs, dlq, dry_run=True, limit=12, progress=io.StringIO()).moved == 12
    assert visible(sqs, dlq) == 15


def test_a_long_queue_shows_progress_on_stderr() -> None:
    sqs = boto3.client("sqs", region_name="eu-west-1")
    _, dlq = queues(sqs)
    dead_letter(sqs, dlq, 21, "HTTP 500")
    progress = io.StringIO()

    replay(sqs, dlq, dry_run=True, progress=progress)

    assert "21 messages" in progress.getvalue()


def test_a_dry_run_of_one_long_fifo_group_says_how_many_it_could_not_read() -> None:
    # Given 14 dead letters of one case: SQS hands out no message of a group while another is held
    sqs = boto3.client("sqs", region_name="eu-west-1")
    _, dlq = queues(sqs)
    for index in range(14):
        sqs.send_message(
            QueueUrl=dlq, MessageBody=str(index), MessageGroupId="case-1", MessageDeduplicationId=str(index)
        )

    report = replay(sqs, dlq, dry_run=True, progress=io.StringIO())

    assert report.moved + report.unread == 14
    assert visible(sqs, dlq) == 14
