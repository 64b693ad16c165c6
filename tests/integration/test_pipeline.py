"""The whole path under moto: ingest -> inbound FIFO -> process -> forward FIFO -> helpdesk."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from conftest import Pipeline, signed_x
from webcare.simulate import dm_payload, mention_payload

FOR_USER = "1000000000000000001"  # the subscribed brand account
CUSTOMER = "2244994945"


def mention(tweet_id: str, text: str, user_id: str = CUSTOMER) -> dict[str, Any]:
    return mention_payload(text, user_id=user_id, for_user_id=FOR_USER, tweet_id=tweet_id)


def dm(event_id: str, text: str, sender: str = CUSTOMER) -> dict[str, Any]:
    return dm_payload(text, sender_id=sender, for_user_id=FOR_USER, event_id=event_id)


def deliver(pipeline: Pipeline, payload: dict[str, Any]) -> dict[str, Any]:
    body, headers = signed_x(payload)
    status, answer = pipeline.post("x", body, headers)
    assert status == 200, answer
    return answer


def test_same_tweet_delivered_three_times_reaches_the_helpdesk_once(pipeline: Pipeline) -> None:
    payload = mention("1860000000000000001", "@brand my internet is down again")
    for _ in range(3):
        deliver(pipeline, payload)
        pipeline.drain()
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == ["x:1860000000000000001"]
    assert [e["type"] for e in pipeline.helpdesk.received] == ["case.opened"]


def test_redelivery_after_the_fifo_dedup_window_is_dropped_by_the_ledger(pipeline: Pipeline) -> None:
    # Given a message fully forwarded
    deliver(pipeline, dm("1860000000000000100", "hallo, mijn factuur klopt niet"))
    pipeline.drain()
    # When it arrives again after SQS's 5-minute deduplication window (a new dedup id)
    [ledger] = [i for i in pipeline.table_items() if i["kind"]["S"] == "message"]
    pipeline.sqs.send_message(
        QueueUrl=pipeline.queue_url("InboundQueue"),
        MessageBody=ledger["message"]["S"],
        MessageGroupId=f"x:{CUSTOMER}",
        MessageDeduplicationId="redelivered-hours-later",
    )
    pipeline.drain()
    # Then the message ledger drops it: still one delivery
    assert len(pipeline.helpdesk.received) == 1


def test_a_conversation_becomes_one_case_with_messages_in_order(pipeline: Pipeline) -> None:
    deliver(pipeline, mention("1860000000000000002", "@brand help, no signal since this morning"))
    pipeline.drain()
    deliver(pipeline, dm("1860000000000000003", "Here are my details"))
    pipeline.drain()
    deliver(pipeline, dm("1860000000000000004", "Still nothing works"))
    pipeline.drain()
    received = pipeline.helpdesk.received
    assert [e["type"] for e in received] == ["case.opened", "message.appended", "message.appended"]
    assert [e["sequence"] for e in received] == [1, 2, 3]
    assert len({e["case"]["case_id"] for e in received}) == 1
    assert {e["message"]["channel"] for e in received} == {"x_public", "x_dm"}
    [case] = pipeline.cases()
    assert case["message_count"]["N"] == "3"
    assert case["ticket_ref"]["S"].startswith("T-")


def test_process_crash_after_ledger_write_still_forwards_exactly_once(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the forward queue fails once, after the ledger and case writes succeeded
    _, _, forward_queue = pipeline.process.dependencies()
    real_send = forward_queue.send
    calls = {"n": 0}

    def crash_once(items: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("simulated crash between the ledger write and the forward enqueue")
        real_send(items)

    monkeypatch.setattr(forward_queue, "send", crash_once)
    deliver(pipeline, mention("1860000000000000005", "@brand billing question"))
    pipeline.run_queue("InboundQueue", pipeline.process)
    assert pipeline.helpdesk.received == []
    assert any(i["kind"]["S"] == "message" and i["state"]["S"] == "recorded" for i in pipeline.table_items())
    # When the visibility timeout passes and SQS delivers the message again
    pipeline.visibility_timeout_passes("InboundQueue")
    pipeline.drain()
    # Then it reached the helpdesk exactly once
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == ["x:1860000000000000005"]
    assert calls["n"] == 2


def test_helpdesk_503_twice_then_200_gets_each_message_once_in_order(pipeline: Pipeline) -> None:
    pipeline.helpdesk.script = [(503, {"Retry-After": "1"}), (503, {"Retry-After": "1"})]
    deliver(pipeline, mention("1860000000000000006", "@brand first"))
    deliver(pipeline, dm("1860000000000000007", "second"))
    deliver(pipeline, dm("1860000000000000008", "third"))
    pipeline.drain()
    assert pipeline.helpdesk.attempts >= 5
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == [
        "x:1860000000000000006",
        "x:1860000000000000007",
        "x:1860000000000000008",
    ]
    assert len({e["_webhook_id"] for e in pipeline.helpdesk.received}) == 3


def test_permanent_helpdesk_refusal_goes_to_the_dead_letter_queue_with_the_reason(pipeline: Pipeline) -> None:
    pipeline.helpdesk.script = [(422, {})]
    deliver(pipeline, mention("1860000000000000009", "@brand hello"))
    pipeline.drain()
    assert pipeline.helpdesk.received == []
    dlq = pipeline.queue_url("ForwardDeadLetterQueue")
    [dead] = pipeline.sqs.receive_message(QueueUrl=dlq, MessageAttributeNames=["All"])["Messages"]
    assert dead["MessageAttributes"]["failure_reason"]["StringValue"].startswith("HTTP 422")
    assert json.loads(dead["Body"])["message"]["message_key"] == "x:1860000000000000009"


def test_wrong_signature_is_401_and_nothing_is_queued(pipeline: Pipeline) -> None:
    body, _ = signed_x(mention("1860000000000000010", "@brand hi"))
    status, answer = pipeline.post("x", body, {"x-twitter-webhooks-signature": "sha256=AAAA"})
    assert status == 401
    assert "signature" in answer["error"]
    assert pipeline.in_flight() == 0


def test_a_password_never_reaches_queue_table_logs_or_helpdesk(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str], logs: io.StringIO
) -> None:
    password = "Zomer2026!geheim"
    iban = "NL91ABNA0417164300"
    deliver(pipeline, dm("1860000000000000011", f"mijn wachtwoord is {password} en rekening {iban}"))
    queued = pipeline.queue_bodies("InboundQueue")
    assert queued and all(password not in body and iban not in body for body in queued)
    pipeline.drain()
    table_dump = json.dumps(pipeline.table_items())
    helpdesk_dump = b"".join(pipeline.helpdesk.raw_bodies).decode()
    output = capsys.readouterr()
    log_lines = logs.getvalue()
    assert "message processed" in log_lines and "message forwarded" in log_lines  # the logs were captured
    everywhere = {"table": table_dump, "helpdesk": helpdesk_dump, "logs": log_lines + output.out + output.err}
    for place, text in everywhere.items():
        assert password not in text, place
        assert iban not in text, place
    [event] = pipeline.helpdesk.received
    assert event["case"]["flags"]["credential_shared"] is True
    assert {f["type"] for f in event["message"]["scrub"]["findings"]} >= {"password", "iban"}


def test_dead_lettered_message_replays_into_the_helpdesk_once(pipeline: Pipeline) -> None:
    from webcare.ops.replay import replay

    # Given a message the helpdesk refused, then the helpdesk is fixed
    pipeline.helpdesk.script = [(400, {})]
    deliver(pipeline, mention("1860000000000000012", "@brand broken router"))
    pipeline.drain()
    assert pipeline.helpdesk.received == []
    # When the operator replays the dead-letter queue (twice, by mistake)
    report = replay(pipeline.sqs, pipeline.queue_url("ForwardDeadLetterQueue"))
    assert report.moved == 1 and report.source_queue == pipeline.queue_url("ForwardQueue")
    assert replay(pipeline.sqs, pipeline.queue_url("ForwardDeadLetterQueue")).moved == 0
    pipeline.drain()
    # Then the message is in the helpdesk exactly once
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == ["x:1860000000000000012"]
