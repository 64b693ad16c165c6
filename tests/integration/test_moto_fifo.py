"""The local FIFO semantics the pipeline relies on, as SQS documents them."""

from __future__ import annotations

import time

import boto3

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
