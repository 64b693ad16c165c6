"""A merge tells the helpdesk: an internal note on both tickets, once each, whoever links."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from test_admin_route import admin_http, admin_secret
from test_case_concurrency import NOW, message

from conftest import Pipeline
from webcare.cli import main
from webcare.model import Identity, Message

X = Identity("x", "2244994945")
WHATSAPP = Identity("whatsapp", "31612345678")


def queue_message(pipeline: Pipeline, msg: Message) -> None:
    pipeline.sqs.send_message(
        QueueUrl=pipeline.queue_url("InboundQueue"),
        MessageBody=json.dumps(msg.to_dict()),
        MessageGroupId=msg.customer.key,
        MessageDeduplicationId=msg.provider_message_id,
    )


def two_customers_with_tickets(pipeline: Pipeline) -> tuple[dict[str, Any], dict[str, Any]]:
    """An older open case on X and a newer one on WhatsApp, each with its ticket opened."""
    queue_message(pipeline, message(X, "x_dm", "1"))
    pipeline.drain()
    newer = message(WHATSAPP, "whatsapp", "2", "whatsapp")
    queue_message(pipeline, newer.with_changes(occurred_at=NOW + timedelta(minutes=5)))
    pipeline.drain()
    x_case, whatsapp_case = (e["case"] for e in pipeline.helpdesk.received)
    assert [e["type"] for e in pipeline.helpdesk.received] == ["case.opened", "case.opened"]
    return x_case, whatsapp_case


def ticket(case: dict[str, Any]) -> str:
    return "T-" + str(case["case_id"])[-6:]


def redeliver_forward_items(pipeline: Pipeline, bodies: list[str]) -> None:
    """The same forward items again, after SQS's 5-minute deduplication window (new dedup ids)."""
    for number, body in enumerate(bodies):
        group = json.loads(body)["case_id"]
        pipeline.sqs.send_message(
            QueueUrl=pipeline.queue_url("ForwardQueue"),
            MessageBody=body,
            MessageGroupId=group,
            MessageDeduplicationId=f"hours-later-{number}",
        )
    pipeline.drain()


def assert_merge_notes(pipeline: Pipeline, x_case: dict[str, Any], whatsapp_case: dict[str, Any]) -> None:
    notes = {note["case_id"]: note for note in pipeline.helpdesk.notes}
    assert sorted(notes) == sorted([x_case["case_id"], whatsapp_case["case_id"]])
    merged, survivor = notes[whatsapp_case["case_id"]], notes[x_case["case_id"]]
    assert {merged["visibility"], survivor["visibility"]} == {"internal"}
    assert merged["ticket_ref"] == ticket(whatsapp_case) and survivor["ticket_ref"] == ticket(x_case)
    assert f"merged into case {x_case['case_id']} / ticket {ticket(x_case)}" in merged["text"]
    assert "later messages go there" in merged["text"] and "agent:marieke: confirmed in DM" in merged["text"]
    assert f"case {whatsapp_case['case_id']} / ticket {ticket(whatsapp_case)} of phone:+31612345678" in (
        survivor["text"]
    )
    assert "merged into this case" in survivor["text"]


def test_a_merge_through_the_admin_route_puts_one_note_on_each_ticket_even_when_redelivered(
    pipeline: Pipeline,
) -> None:
    x_case, whatsapp_case = two_customers_with_tickets(pipeline)
    # When an operator's tool links the WhatsApp number to the X customer
    body = {"identity": "whatsapp:31612345678", "to": "x:2244994945", "by": "agent:marieke",
            "reason": "confirmed in DM"}
    status, answer = admin_http(pipeline, "link", body, admin_secret(pipeline))
    assert status == 200, answer
    assert answer["merged"] == [whatsapp_case["case_id"], x_case["case_id"]]
    assert len(answer["notes"]) == 2
    queued = pipeline.queue_bodies("ForwardQueue")
    assert sorted(json.loads(b)["kind"] for b in queued) == ["note", "note"]
    pipeline.drain()
    # Then both tickets get their internal note
    assert_merge_notes(pipeline, x_case, whatsapp_case)
    # And a second delivery of each note item adds nothing
    redeliver_forward_items(pipeline, queued)
    assert len(pipeline.helpdesk.notes) == 2
    # And the customer's next WhatsApp message goes to the surviving ticket, after the notes
    queue_message(pipeline, message(WHATSAPP, "whatsapp", "3", "whatsapp"))
    pipeline.drain()
    last = pipeline.helpdesk.received[-1]
    assert (last["type"], last["case"]["case_id"]) == ("message.appended", x_case["case_id"])


def test_a_note_whose_delivery_failed_after_the_helpdesk_had_it_is_not_added_twice(
    pipeline: Pipeline,
) -> None:
    x_case, whatsapp_case = two_customers_with_tickets(pipeline)
    body = {"identity": "whatsapp:31612345678", "to": "x:2244994945", "by": "agent:marieke",
            "reason": "confirmed in DM"}
    status, _ = admin_http(pipeline, "link", body, admin_secret(pipeline))
    assert status == 200
    # The helpdesk asks for a retry once; the item is delivered again later
    pipeline.helpdesk.script = [(503, {"Retry-After": "1"})]
    pipeline.run_queue("ForwardQueue", pipeline.forward)
    pipeline.visibility_timeout_passes("ForwardQueue")
    pipeline.drain()
    assert_merge_notes(pipeline, x_case, whatsapp_case)
    # Each delivery of one note carries the same webhook-id, so a receiver can de-duplicate
    ids = [e["_webhook_id"] for e in pipeline.helpdesk.received if e["type"] == "case.note"]
    assert len(set(ids)) == 2


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any], str]:
    capsys.readouterr()  # what the handlers printed before (metrics)
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, json.loads(out) if out.strip() else {}, err


def test_webcare_link_with_the_forward_queue_tells_the_helpdesk_once(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    x_case, whatsapp_case = two_customers_with_tickets(pipeline)
    status, answer, err = run_cli(
        capsys,
        "link", "whatsapp:31612345678", "--to", "x:2244994945",
        "--by", "agent:marieke", "--reason", "confirmed in DM",
        "--table", pipeline.stack.tables["CaseTable"].name,
        "--forward-queue", pipeline.queue_url("ForwardQueue"),
    )  # fmt: skip
    assert status == 0 and answer["merged"] and len(answer["notes"]) == 2, err
    assert "WARNING" not in err
    queued = pipeline.queue_bodies("ForwardQueue")
    pipeline.drain()
    assert_merge_notes(pipeline, x_case, whatsapp_case)
    redeliver_forward_items(pipeline, queued)
    assert len(pipeline.helpdesk.notes) == 2


def test_webcare_link_without_a_forward_queue_merges_and_warns_that_the_helpdesk_was_not_told(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    two_customers_with_tickets(pipeline)
    status, answer, err = run_cli(
        capsys,
        "link", "whatsapp:31612345678", "--to", "x:2244994945",
        "--by", "agent:marieke", "--reason", "confirmed in DM",
        "--table", pipeline.stack.tables["CaseTable"].name,
    )  # fmt: skip
    assert status == 0 and answer["merged"] and answer["notes"] == []
    assert "helpdesk was NOT told" in err and "--forward-queue" in err
    assert pipeline.queue_bodies("ForwardQueue") == []
