"""A message the customer deletes on the platform is recorded on the original, not as a message."""

from __future__ import annotations

import json
from typing import Any

from conftest import ROOT, Pipeline, signed_x

X_EVENTS = ROOT / "tests" / "events" / "x"
ORIGINAL_KEY = "x:1861425511870521345"  # reply.json's tweet, which tweet_delete.json deletes


def recorded(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((X_EVENTS / name).read_text(encoding="utf-8"))
    return document


def deliver(pipeline: Pipeline, payload: dict[str, Any]) -> dict[str, Any]:
    body, headers = signed_x(payload)
    status, answer = pipeline.post("x", body, headers)
    assert status == 200, answer
    return answer


def ledger(pipeline: Pipeline, message_key: str) -> dict[str, Any]:
    [item] = [i for i in pipeline.table_items() if i["pk"]["S"] == f"MSG#{message_key}"]
    return item


def test_a_deleted_tweet_is_noted_on_its_ticket_and_marked_on_its_ledger_entry_once(
    pipeline: Pipeline,
) -> None:
    # Given the customer's reply, forwarded to the helpdesk
    deliver(pipeline, recorded("reply.json"))
    pipeline.drain()
    [opened] = pipeline.helpdesk.received
    # When X reports that the customer deleted it, twice, and once more after the dedup window
    answer = deliver(pipeline, recorded("tweet_delete.json"))
    assert answer == {"accepted": 0, "ignored": {}, "deletions": 1}
    [queued] = pipeline.queue_bodies("InboundQueue")
    assert json.loads(queued) == {
        "kind": "deletion",
        "source": "x",
        "provider_message_id": "1861425511870521345",
        "customer_key": "x:88412345",
        "occurred_at": "2026-11-23T12:00:05.005Z",
    }
    pipeline.drain()
    deliver(pipeline, recorded("tweet_delete.json"))
    pipeline.drain()
    pipeline.sqs.send_message(
        QueueUrl=pipeline.queue_url("InboundQueue"),
        MessageBody=queued,
        MessageGroupId="x:88412345",
        MessageDeduplicationId="delivered-again-hours-later",
    )
    pipeline.drain()
    # Then the ticket has one internal note about it, and no new message
    assert [e["type"] for e in pipeline.helpdesk.received] == ["case.opened", "case.note"]
    [note] = pipeline.helpdesk.notes
    assert note["case_id"] == opened["case"]["case_id"] and note["visibility"] == "internal"
    assert note["text"] == (
        f"webcare: the customer deleted message {ORIGINAL_KEY} on X at 2026-11-23T12:00:05.005Z; "
        "it stays in this ticket as received."
    )
    # And the original's ledger entry says when it was deleted; its text stays as received
    entry = ledger(pipeline, ORIGINAL_KEY)
    assert entry["deleted_at"]["S"] == "2026-11-23T12:00:05.005Z"
    assert json.loads(entry["message"]["S"])["text"] == opened["message"]["text"]


def test_a_deletion_of_a_message_we_never_recorded_records_nothing(pipeline: Pipeline) -> None:
    before = pipeline.table_items()
    deliver(pipeline, recorded("tweet_delete.json"))
    pipeline.drain()
    assert pipeline.helpdesk.received == []
    assert pipeline.table_items() == before
    assert pipeline.queue_bodies("ForwardQueue") == []
