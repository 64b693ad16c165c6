"""A dead letter replayed after its ledger entry expired still reaches the helpdesk, once.

DynamoDB deletes items some time after `expires_at`; moto never does. `expire_items` plays
that part with a clock: it deletes every item whose `expires_at` lies before the given moment.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import boto3
from test_pipeline import deliver, mention

from conftest import Pipeline
from webcare.cases.store import LEDGER_RETENTION
from webcare.model import utc_now
from webcare.ops.replay import replay


def expire_items(pipeline: Pipeline, moment: datetime) -> list[str]:
    """Delete what DynamoDB's TTL would have deleted by `moment`; return the deleted keys."""
    client = boto3.client("dynamodb")
    deleted = []
    for item in pipeline.table_items():
        expires_at = item.get("expires_at", {}).get("N")
        if expires_at is not None and int(expires_at) < moment.timestamp():
            key = {"pk": item["pk"], "sk": item["sk"]}
            client.delete_item(TableName=pipeline.stack.tables["CaseTable"].name, Key=key)
            deleted.append(item["pk"]["S"])
    return deleted


def test_a_dead_letter_kept_to_the_end_of_its_queues_retention_still_has_its_ledger_entry(
    pipeline: Pipeline,
) -> None:
    # Given a message the helpdesk refused: dead-lettered now, kept 14 days by the DLQ
    pipeline.helpdesk.script = [(400, {})]
    deliver(pipeline, mention("1860000000000000301", "@brand mijn factuur klopt niet"))
    pipeline.drain()
    # When 14 days pass (the DLQ's retention) and TTL has done its work
    deleted = expire_items(pipeline, utc_now() + timedelta(days=14, hours=1))
    # Then the ledger entry is still there, and a replay delivers the message once
    assert "MSG#x:1860000000000000301" not in deleted
    assert replay(pipeline.sqs, pipeline.queue_url("ForwardDeadLetterQueue")).moved == 1
    pipeline.drain()
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == ["x:1860000000000000301"]


def test_a_replay_later_than_the_ledger_retention_re_records_and_delivers_once(pipeline: Pipeline) -> None:
    # Given a dead-lettered message whose ledger entry has expired (a replay months later)
    pipeline.helpdesk.script = [(400, {})]
    deliver(pipeline, mention("1860000000000000302", "@brand nog steeds geen internet"))
    pipeline.drain()
    deleted = expire_items(pipeline, utc_now() + LEDGER_RETENTION + timedelta(days=1))
    assert "MSG#x:1860000000000000302" in deleted
    # When the operator replays the DLQ twice
    assert replay(pipeline.sqs, pipeline.queue_url("ForwardDeadLetterQueue")).moved == 1
    pipeline.drain()
    assert replay(pipeline.sqs, pipeline.queue_url("ForwardDeadLetterQueue")).moved == 0
    # Then the helpdesk has it once, nothing is dead-lettered again, and the ledger knows it was sent
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == ["x:1860000000000000302"]
    assert pipeline.in_flight() == 0
    ledger = [i for i in pipeline.table_items() if i["pk"]["S"] == "MSG#x:1860000000000000302"]
    assert ledger and ledger[0]["forward_state"]["S"] == "sent" and ledger[0]["restored"]["BOOL"] is True
