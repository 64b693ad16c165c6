"""Every AWS call a function makes in the real flows is one its role in template.yaml allows.

The template tests check the roles statically; this checks them against behaviour. Each call the
handlers make through boto3 is recorded (botocore's `before-parameter-build` event) with the function whose
handler is on the stack, expanded to what IAM evaluates (a TransactWriteItems is a PutItem,
UpdateItem, DeleteItem or ConditionCheckItem per item, each with its own partition key), and
matched against the function's statements: action, resource and `dynamodb:LeadingKeys`.
Resources are logical ids, and S3 objects `<bucket logical id>/<key>`, so that a statement's
`!Sub ${InboundMailBucket.Arn}/inbound/*` reads as the pattern `InboundMailBucket/inbound/*`.
A write added to the code without its grant fails here, not in production with AccessDenied.
"""

from __future__ import annotations

import fnmatch
import importlib
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import boto3
import pytest
from test_callbacks import callback, opened_case
from test_email_sources import EVENTS
from test_late_replay import expire_items
from test_pipeline import deliver, dm, mention

from conftest import ROOT, Pipeline
from webcare.cases.store import LEDGER_RETENTION
from webcare.local.resources import find_template, load_template
from webcare.model import utc_now
from webcare.ops.replay import replay

TEMPLATE = load_template(find_template(ROOT))
HANDLER_MODULES = {
    props["Properties"]["Handler"].rpartition(".")[0]: name
    for name, props in TEMPLATE["Resources"].items()
    if props["Type"] == "AWS::Serverless::Function"
}
# IAM authorises SQS batch calls with the single-message action.
_IAM_ACTION = {
    "SendMessageBatch": "SendMessage",
    "DeleteMessageBatch": "DeleteMessage",
    "ChangeMessageVisibilityBatch": "ChangeMessageVisibility",
}
_TRANSACT_ACTIONS = {
    "Put": "PutItem",
    "Update": "UpdateItem",
    "Delete": "DeleteItem",
    "ConditionCheck": "ConditionCheckItem",
}


@dataclass(frozen=True)
class Call:
    function: str
    action: str  # e.g. dynamodb:PutItem
    resource: str  # logical id of the table or queue; an S3 object: <bucket logical id>/<key>
    leading_key: str | None


def _calling_function() -> str | None:
    for frame in inspect.stack():
        module = frame.frame.f_globals.get("__name__", "")
        if module in HANDLER_MODULES:
            return HANDLER_MODULES[module]
    return None


def _resource_of(params: dict[str, Any], pipeline: Pipeline) -> str:
    if "TableName" in params:
        return next(k for k, t in pipeline.stack.tables.items() if t.name == params["TableName"])
    if "QueueUrl" in params:
        return next(k for k, q in pipeline.stack.queues.items() if q.url == params["QueueUrl"])
    if "Bucket" in params:
        bucket = next(k for k, b in pipeline.stack.others.items() if b.ref == params["Bucket"])
        return f"{bucket}/{params['Key']}" if "Key" in params else bucket
    return "*"


def _expand(
    service: str, operation: str, params: dict[str, Any], pipeline: Pipeline
) -> Iterator[tuple[str, str, str | None]]:
    if service == "dynamodb" and operation == "TransactWriteItems":
        for item in params["TransactItems"]:
            ((kind, op),) = item.items()
            key = op.get("Key") or op.get("Item")
            yield f"dynamodb:{_TRANSACT_ACTIONS[kind]}", _resource_of(op, pipeline), key["pk"]["S"]
        return
    leading = None
    if service == "dynamodb":
        key = params.get("Key") or params.get("Item")
        if key:
            leading = key["pk"]["S"]
        elif operation == "Query":
            leading = params["ExpressionAttributeValues"][":pk"]["S"]
    yield f"{service}:{_IAM_ACTION.get(operation, operation)}", _resource_of(params, pipeline), leading


@pytest.fixture
def calls(pipeline: Pipeline) -> Iterator[list[Call]]:
    recorded: list[Call] = []

    def record(model: Any, params: dict[str, Any], **_: Any) -> None:
        function = _calling_function()
        if function is None:
            return  # the test's own calls
        service = model.service_model.endpoint_prefix
        for action, resource, leading in _expand(service, model.name, params, pipeline):
            recorded.append(Call(function, action, resource, leading))

    session = boto3._get_default_session()
    # The handlers create their clients on first use (the pipeline fixture cleared their caches),
    # so every client they use is created after this and carries the hook.
    session.events.register("before-parameter-build", record)
    yield recorded
    session.events.unregister("before-parameter-build", record)


def _statements(function: str) -> list[dict[str, Any]]:
    policies = TEMPLATE["Resources"][function]["Properties"].get("Policies") or []
    return [s for policy in policies if isinstance(policy, dict) for s in policy.get("Statement", [])]


_SUB_REFERENCE = re.compile(r"\$\{([A-Za-z0-9]+)(?:\.Arn)?\}")


def _names(resource: Any) -> set[str]:
    """A statement's resources as patterns over `Call.resource`: logical ids, and `!Sub` strings
    with `${X.Arn}` / `${X}` written as `X` (other variables stay and match nothing)."""
    resources = resource if isinstance(resource, list) else [resource]
    names = set()
    for r in resources:
        if isinstance(r, dict) and "Fn::GetAtt" in r:
            names.add(r["Fn::GetAtt"][0])
        elif isinstance(r, dict) and "Ref" in r:
            names.add(r["Ref"])
        elif isinstance(r, dict) and isinstance(r.get("Fn::Sub"), str):
            names.add(_SUB_REFERENCE.sub(lambda match: match.group(1), r["Fn::Sub"]))
        else:
            names.add(str(r))
    return names


def allowed(call: Call) -> bool:
    for statement in _statements(call.function):
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        if statement.get("Effect") != "Allow" or not any(
            fnmatch.fnmatchcase(call.action, a) for a in actions
        ):
            continue
        if not any(fnmatch.fnmatchcase(call.resource, pattern) for pattern in _names(statement["Resource"])):
            continue
        patterns = ((statement.get("Condition") or {}).get("ForAllValues:StringLike") or {}).get(
            "dynamodb:LeadingKeys"
        )
        if patterns is None:
            return True
        if call.leading_key is not None and any(fnmatch.fnmatchcase(call.leading_key, p) for p in patterns):
            return True
    return False


def _denied(calls: list[Call]) -> list[str]:
    return sorted(
        {f"{c.function}: {c.action} on {c.resource} ({c.leading_key})" for c in calls if not allowed(c)}
    )


def test_the_x_flow_with_retries_callbacks_and_a_late_replay_stays_within_each_role(
    pipeline: Pipeline, calls: list[Call]
) -> None:
    # Messages in, a helpdesk outage, a permanent refusal, a replay after the ledger expired,
    # a helpdesk callback and a duplicate callback.
    pipeline.helpdesk.script = [(503, {"Retry-After": "1"}), (400, {})]
    deliver(pipeline, mention("1860000000000000401", "@brand help"))
    deliver(pipeline, dm("1860000000000000402", "mijn wachtwoord is Geheim123"))
    pipeline.drain()
    expire_items(pipeline, utc_now() + LEDGER_RETENTION + timedelta(days=1))
    replay(pipeline.sqs, pipeline.queue_url("ForwardDeadLetterQueue"))
    pipeline.drain()
    case_id = opened_case(pipeline)
    callback(pipeline, {"type": "case.closed", "case_id": case_id}, webhook_id="cb_iam")
    callback(pipeline, {"type": "case.closed", "case_id": case_id}, webhook_id="cb_iam")
    functions = {c.function for c in calls}
    assert functions >= {"IngestFunction", "ProcessFunction", "ForwardFunction", "CallbackFunction"}
    assert _denied(calls) == []


def test_an_email_thread_stays_within_the_process_role(pipeline: Pipeline, calls: list[Call]) -> None:
    inbound = pipeline.queue_url("InboundQueue")
    body = _email_message("m1@example.nl")
    pipeline.sqs.send_message(
        QueueUrl=inbound, MessageBody=body, MessageGroupId="email", MessageDeduplicationId="m1"
    )
    pipeline.sqs.send_message(
        QueueUrl=inbound,
        MessageBody=_email_message("m2@example.nl", reply_to="m1@example.nl"),
        MessageGroupId="email",
        MessageDeduplicationId="m2",
    )
    pipeline.drain()
    assert any(c.leading_key and c.leading_key.startswith("THREAD#") for c in calls)
    assert _denied(calls) == []


def _email_message(message_id: str, reply_to: str | None = None) -> str:
    from test_case_concurrency import message as make

    from webcare.model import Identity, Thread

    msg = make(Identity("email", "jan@example.nl"), "email", message_id, "email")
    msg = msg.with_changes(thread=Thread(in_reply_to=reply_to))
    return json.dumps(msg.to_dict())


def test_a_follow_up_for_a_closed_ticket_stays_within_the_forward_role(
    pipeline: Pipeline, calls: list[Call], monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_follow_up import ClosingHelpdesk

    real = pipeline.forward.helpdesk_for
    closing = ClosingHelpdesk(real("main"))
    monkeypatch.setattr(pipeline.forward, "helpdesk_for", lambda _name: closing)
    deliver(pipeline, dm("1860000000000000701", "de storing is terug"))
    pipeline.drain()
    closing.closed.add("T-" + pipeline.helpdesk.received[0]["case"]["case_id"][-6:])
    deliver(pipeline, dm("1860000000000000702", "en nu weer"))
    pipeline.drain()
    assert [e["type"] for e in pipeline.helpdesk.received] == ["case.opened", "case.opened"]
    assert _denied(calls) == []


def test_the_admin_operations_stay_within_the_admin_role(pipeline: Pipeline, calls: list[Call]) -> None:
    from test_admin_route import admin_http, admin_secret

    deliver(pipeline, dm("1860000000000000901", "koppel mijn whatsapp"))
    pipeline.drain()
    secret = admin_secret(pipeline)
    customer = pipeline.cases()[0]["customer_key"]["S"]
    operations = [
        ("link", {"identity": "whatsapp:31612345678", "to": customer, "by": "crm", "reason": "verified"}),
        ("show", {"identity": customer}),
        ("unlink", {"identity": "phone:+31612345678", "by": "crm", "reason": "undo"}),
        ("erase", {"identity": customer, "by": "dpo", "reason": "request"}),
    ]
    for operation, body in operations:
        status, answer = admin_http(pipeline, operation, body, secret)
        assert status == 200, answer
    assert {c.function for c in calls} >= {"AdminFunction"}
    assert _denied(calls) == []


def test_the_email_function_reads_inbound_mail_and_queues_within_its_role(
    pipeline: Pipeline, calls: list[Call]
) -> None:
    # Given a mail in the bucket where the receipt rule's S3 action puts it, and its Lambda action
    s3 = boto3.client("s3")
    action = json.loads((EVENTS / "ses" / "lambda_ses_action.json").read_text(encoding="utf-8"))
    key = "inbound/" + action["Records"][0]["ses"]["mail"]["messageId"]
    bucket = pipeline.stack.others["InboundMailBucket"].ref
    s3.put_object(Bucket=bucket, Key=key, Body=(EVENTS / "ses" / "attachment_pii.eml").read_bytes())
    records = json.loads((EVENTS / "ses" / "lambda_sns_record.json").read_text(encoding="utf-8"))
    email = importlib.import_module("webcare.handlers.email")
    # When the EmailFunction gets the Lambda action, then SNS records, and the pipeline runs
    assert email.lambda_handler(action, None)["accepted"] == 1
    assert email.lambda_handler(records, None)["accepted"] == 1
    pipeline.drain()
    # Then its S3 read and its queueing happened, each within its role, and so did the rest
    made = {(c.action, c.resource) for c in calls if c.function == "EmailFunction"}
    assert made == {("s3:GetObject", f"InboundMailBucket/{key}"), ("sqs:SendMessage", "InboundQueue")}
    assert len(pipeline.helpdesk.messages) == 2
    assert _denied(calls) == []


def test_an_s3_grant_covers_its_prefix_only() -> None:
    assert allowed(Call("EmailFunction", "s3:GetObject", "InboundMailBucket/inbound/abc", None))
    assert not allowed(Call("EmailFunction", "s3:GetObject", "InboundMailBucket/elsewhere/abc", None))
    assert not allowed(Call("EmailFunction", "s3:GetObject", "InboundMailBucket", None))
    assert not allowed(Call("EmailFunction", "s3:PutObject", "InboundMailBucket/inbound/abc", None))
    assert not allowed(Call("IngestFunction", "s3:GetObject", "InboundMailBucket/inbound/abc", None))


def test_a_merge_a_deletion_and_their_helpdesk_notes_stay_within_each_role(
    pipeline: Pipeline, calls: list[Call]
) -> None:
    from test_admin_route import admin_http, admin_secret
    from test_deletions import recorded
    from test_merge_notes import two_customers_with_tickets

    # A merge through the admin route (two notes), then a deleted tweet (a ledger mark and a note)
    two_customers_with_tickets(pipeline)
    body = {"identity": "whatsapp:31612345678", "to": "x:2244994945", "by": "crm", "reason": "verified"}
    status, answer = admin_http(pipeline, "link", body, admin_secret(pipeline))
    assert status == 200 and answer["merged"], answer
    pipeline.drain()
    deliver(pipeline, recorded("reply.json"))
    pipeline.drain()
    deliver(pipeline, recorded("tweet_delete.json"))
    deliver(pipeline, {**recorded("tweet_delete.json"), "tweet_delete_events": [
        {"status": {"id": "1861000000000000999", "user_id": "88412345"}, "timestamp_ms": "1795435205005"}
    ]})  # a tweet we never recorded  # fmt: skip
    pipeline.drain()
    assert len(pipeline.helpdesk.notes) == 3
    assert Call("AdminFunction", "sqs:SendMessage", "ForwardQueue", None) in calls
    assert any(c.function == "ProcessFunction" and c.action == "dynamodb:UpdateItem" for c in calls)
    assert any(c.function == "ForwardFunction" and c.action == "dynamodb:PutItem" for c in calls)
    assert _denied(calls) == []
