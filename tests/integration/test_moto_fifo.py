"""The local FIFO semantics the pipeline relies on, as SQS documents them."""

from __future__ import annotations

import time

import boto3
import pytest
from moto.core import DEFAULT_ACCOUNT_ID as ACCOUNT_ID
from moto.sqs import models

from conftest import aws  # noqa: F401 - fixture
from webcare.local import moto_fifo


def test_a_group_that_times_out_together_comes_back_in_order(aws: None) -> None:  # noqa: F811
    moto_fifo.apply()
    sqs = boto3.client("sqs")
    url = sqs.create_queue(
        QueueName="order.fifo", Attributes={"FifoQueue": "true", "VisibilityTimeout": "30"}
    )["QueueUrl"]
    for n in range(3):
        sqs.send_message(
            QueueUrl=url, MessageBody=str(n), MessageGroupId="case", MessageDeduplicationId=str(n)
        )
    first = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    assert [m["Body"] for m in first] == ["0", "1", "2"]
    # While they are in flight the group is blocked.
    assert "Messages" not in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)
    for m in first:
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=1)
    time.sleep(1.2)
    again = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    assert [m["Body"] for m in again] == ["0", "1", "2"]


class SteppingClock:
    """moto's clock, one millisecond later at every reading: time passes while moto scans."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 1
        return self.now


def test_a_group_coming_back_during_a_receive_is_blocked_or_whole_never_half(
    aws: None,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first message of a failed batch is visible again, the later ones come back while a
    receive scans the queue. That receive must not hand out the later ones before the first."""
    moto_fifo.apply()
    sqs = boto3.client("sqs")
    clock = SteppingClock(models.unix_time_millis())
    monkeypatch.setattr(models, "unix_time_millis", clock)
    for lag in range(1, 40):
        name = f"lag{lag}.fifo"
        url = sqs.create_queue(QueueName=name, Attributes={"FifoQueue": "true"})["QueueUrl"]
        for n in range(3):
            sqs.send_message(
                QueueUrl=url, MessageBody=str(n), MessageGroupId="g", MessageDeduplicationId=str(n)
            )
        assert len(sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]) == 3
        queue = models.sqs_backends[ACCOUNT_ID][sqs.meta.region_name].get_queue(name)
        first, *later = sorted(queue._messages, key=lambda m: int(m.body))
        first.visible_at = clock.now  # back already
        for message in later:
            message.visible_at = clock.now + lag  # back after `lag` readings of the clock
        for _ in range(100):
            answer = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)
            got = [m["Body"] for m in answer.get("Messages", [])]
            if got:
                break
        assert got == ["0", "1", "2"], f"lag {lag}"
