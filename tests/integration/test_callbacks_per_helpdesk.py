"""Status webhooks in each helpdesk's own format close cases through the real callback handler.

The signed fixtures follow the vendors' documentation, not our code:
- Zendesk ("Verifying webhook authenticity", "Anatomy of a webhook request"): headers
  x-zendesk-webhook-signature = base64(HMAC-SHA256(signing secret, timestamp + body)),
  x-zendesk-webhook-signature-timestamp (e.g. 2021-03-25T05:09:27Z), x-zendesk-webhook-invocation-id;
  the ticket.status_changed event envelope {account_id, detail, event{current, previous}, id,
  subject, time, type, zendesk_event_version};
- Jira (admin webhooks with a secret): X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, body)>,
  X-Atlassian-Webhook-Identifier (the same on every retry); the jira:issue_updated body with
  timestamp (ms), webhookEvent, issue{key, fields{labels, status{name, statusCategory{key}}}};
- Freshdesk (automation "Trigger webhook", no signing): our JSON template with placeholders, the
  shared token in a custom header.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
from test_callbacks import case_status, opened_case
from test_pipeline import deliver, dm

from conftest import Pipeline, config_for
from webcare.helpdesks import standard_webhooks
from webcare.helpdesks.callbacks import TOKEN_BUCKET_SECONDS

ZENDESK_SECRET = "dGhpcyBpcyBhIHplbmRlc2sgc2lnbmluZyBzZWNyZXQ"  # Zendesk hands out an opaque string
JIRA_SECRET = "jira-admin-webhook-secret-0123456789"
FRESHDESK_TOKEN = "fd-shared-token-5c1e0a7f2b9d"
SERVICENOW_SECRET = "whsec_" + base64.b64encode(b"servicenow business rule key 0123").decode()
JIRA_RULE_TOKEN = "jira-automation-token-8e41c2"


@pytest.fixture
def helpdesks(pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """The pipeline with three more helpdesks (Zendesk, Jira, Freshdesk) and their callback secrets."""
    config = config_for(pipeline.helpdesk.url)
    config["helpdesks"] |= {
        "zd": {
            "type": "zendesk",
            "url": "https://acme.zendesk.com",
            "email": "care@acme.example",
            "token_secret": "zendesk_token",
            "callback_secret": "zendesk_webhook_secret",
        },
        "jsm": {
            "type": "jira",
            "url": "https://acme.atlassian.net",
            "email": "care@acme.example",
            "api_token_secret": "jira_token",
            "service_desk_id": "4",
            "request_type_id": "21",
            "callback_secret": "jira_webhook_secret",
        },
        "fd": {
            "type": "freshdesk",
            "url": "https://acme.freshdesk.com",
            "api_key_secret": "freshdesk_key",
            "callback_secret": "freshdesk_callback_token",
        },
        "sn": {
            "type": "servicenow",
            "url": "https://acme.service-now.com",
            "username": "webcare.integration",
            "password_secret": "servicenow_password",
            "callback_secret": "servicenow_callback",
        },
        "jsm_rules": {
            "type": "jira",
            "url": "https://acme.atlassian.net",
            "email": "care@acme.example",
            "api_token_secret": "jira_token",
            "service_desk_id": "4",
            "request_type_id": "21",
            "callback_scheme": "token",
            "callback_secret": "jira_rule_token",
        },
        "front": {
            "type": "front",
            "url": "https://api2.frontapp.com",
            "token_secret": "front_token",
            "inbox_id": "inb_1",
            "inbox_address": "care@acme.example",
        },
    }
    (tmp_path / "helpdesks.json").write_text(json.dumps(config))
    monkeypatch.setenv("WEBCARE_CONFIG", str(tmp_path / "helpdesks.json"))
    for module in (pipeline.process, pipeline.callback, pipeline.forward):
        module.dependencies.cache_clear()
    pipeline.add_secrets(
        {
            "zendesk_webhook_secret": ZENDESK_SECRET,
            "jira_webhook_secret": JIRA_SECRET,
            "freshdesk_callback_token": FRESHDESK_TOKEN,
            "servicenow_callback": SERVICENOW_SECRET,
            "jira_rule_token": JIRA_RULE_TOKEN,
        }
    )
    return pipeline


def owned_by(pipeline: Pipeline, helpdesk: str) -> str:
    """Given a case opened through the pipeline, now owned by `helpdesk` (as if forwarded there)."""
    case_id = opened_case(pipeline)
    boto3.client("dynamodb").update_item(
        TableName=pipeline.stack.tables["CaseTable"].name,
        Key={"pk": {"S": f"CASE#{case_id}"}, "sk": {"S": "CASE"}},
        UpdateExpression="SET helpdesk = :h",
        ExpressionAttributeValues={":h": {"S": helpdesk}},
    )
    return case_id


def post(pipeline: Pipeline, helpdesk: str, body: bytes, headers: dict[str, str], query: str = "") -> Any:
    return pipeline.http("POST", f"/callbacks/{helpdesk}", body=body, headers=headers, query=query)


# Zendesk ---------------------------------------------------------------------------------------
def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def zendesk_event(case_id: str, current: str = "SOLVED", event_id: str | None = None) -> bytes:
    return json.dumps(
        {
            "account_id": 10233541,
            "detail": {
                "actor_id": "8447388090494",
                "brand_id": "8447346621310",
                "created_at": "2026-11-30T09:00:00Z",
                "external_id": case_id,
                "id": "77",
                "priority": "HIGH",
                "status": current,
                "subject": "x_dm from @noordv",
                "type": "INCIDENT",
                "updated_at": utc_stamp(datetime.now(UTC)),
            },
            "event": {"current": current, "previous": "OPEN"},
            "id": event_id or str(uuid.uuid4()),
            "subject": "zen:ticket:77",
            "time": utc_stamp(datetime.now(UTC)),
            "type": "zen:event-type:ticket.status_changed",
            "zendesk_event_version": "2022-11-06",
        }
    ).encode()


def zendesk_headers(
    body: bytes, *, secret: str = ZENDESK_SECRET, at: datetime | None = None
) -> dict[str, str]:
    stamp = utc_stamp(at or datetime.now(UTC))
    digest = hmac.new(secret.encode(), stamp.encode() + body, hashlib.sha256).digest()
    return {
        "x-zendesk-account-id": "10233541",
        "x-zendesk-webhook-id": "01F1KRFQ6BG29CNWFR60NK5FNY",
        "x-zendesk-webhook-invocation-id": str(uuid.uuid4().int)[:10],
        "x-zendesk-webhook-signature": base64.b64encode(digest).decode(),
        "x-zendesk-webhook-signature-timestamp": stamp,
    }


def test_a_zendesk_status_changed_event_to_solved_closes_the_case(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "zd")
    body = zendesk_event(case_id)
    assert post(helpdesks, "zd", body, zendesk_headers(body)) == (
        200,
        {"case_id": case_id, "status": "closed"},
    )
    assert case_status(helpdesks, case_id) == "closed"


def test_a_zendesk_trigger_webhook_with_our_template_closes_the_case(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "zd")
    # What Zendesk sends for docs/helpdesks/zendesk.md's template once placeholders are filled in.
    body = json.dumps({"case_id": case_id, "ticket_ref": "77", "status": "Closed"}).encode()
    assert post(helpdesks, "zd", body, zendesk_headers(body))[0] == 200
    assert case_status(helpdesks, case_id) == "closed"


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        (lambda body: zendesk_headers(body, secret="someone else's secret"), "does not match"),
        (lambda body: zendesk_headers(body, at=datetime.now(UTC) - timedelta(minutes=10)), "tolerance"),
        (lambda body: {}, "missing"),
    ],
    ids=["wrong-signature", "stale-timestamp", "unsigned"],
)
def test_a_zendesk_callback_that_does_not_verify_is_401(
    helpdesks: Pipeline, headers: Any, reason: str
) -> None:
    case_id = owned_by(helpdesks, "zd")
    body = zendesk_event(case_id)
    status, answer = post(helpdesks, "zd", body, headers(body))
    assert status == 401 and reason in answer["error"]
    assert case_status(helpdesks, case_id) == "open"


def test_a_replayed_zendesk_event_is_ignored_even_after_the_customer_reopened(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "zd")
    body = zendesk_event(case_id, event_id="01HZX5T8C9R3Q2EVENT")
    headers = zendesk_headers(body)
    assert post(helpdesks, "zd", body, headers)[1]["status"] == "closed"
    deliver(helpdesks, dm("1860000000000000300", "nog steeds geen pakket"))
    helpdesks.drain()
    assert case_status(helpdesks, case_id) == "open"
    # Re-signed a moment later (a retry, or a replay within the window): the same event id.
    status, answer = post(helpdesks, "zd", body, zendesk_headers(body))
    assert (status, answer["ignored"]) == (200, "duplicate delivery id")
    assert case_status(helpdesks, case_id) == "open"


def test_zendesk_cannot_close_a_case_another_helpdesk_owns(helpdesks: Pipeline) -> None:
    case_id = opened_case(helpdesks)  # owned by "main"
    body = zendesk_event(case_id)
    status, answer = post(helpdesks, "zd", body, zendesk_headers(body))
    assert status == 404 and "unknown case" in answer["error"]
    assert case_status(helpdesks, case_id) == "open"


def test_a_zendesk_status_that_is_not_solved_or_closed_changes_nothing(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "zd")
    body = zendesk_event(case_id, current="PENDING")
    status, answer = post(helpdesks, "zd", body, zendesk_headers(body))
    assert status == 200 and "not solved or closed" in answer["ignored"]
    assert case_status(helpdesks, case_id) == "open"


# Jira ------------------------------------------------------------------------------------------
def jira_issue_updated(
    case_id: str, status: str = "Resolved", category: str = "done", at: float | None = None
) -> bytes:
    return json.dumps(
        {
            "timestamp": int((at or time.time()) * 1000),
            "webhookEvent": "jira:issue_updated",
            "issue_event_type_name": "issue_generic",
            "user": {"accountId": "5b10a2844c20165700ede21g", "displayName": "Agent Anne"},
            "issue": {
                "id": "10012",
                "key": "CARE-12",
                "fields": {
                    "summary": "x_dm from @noordv",
                    "labels": [f"webcare-{case_id}", "webcare"],
                    "status": {
                        "name": status,
                        "statusCategory": {"id": 3, "key": category, "name": "Done"},
                    },
                },
            },
            "changelog": {
                "id": "10050",
                "items": [{"field": "status", "fromString": "In Progress", "toString": status}],
            },
        }
    ).encode()


def jira_headers(body: bytes, *, secret: str = JIRA_SECRET, identifier: str | None = None) -> dict[str, str]:
    return {
        "x-atlassian-webhook-identifier": identifier or str(uuid.uuid4().int)[:12],
        "x-atlassian-webhook-flow": "Primary",
        "x-hub-signature": "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest(),
    }


def test_a_jira_issue_moved_to_done_closes_the_case_it_is_labelled_with(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "jsm")
    body = jira_issue_updated(case_id)
    assert post(helpdesks, "jsm", body, jira_headers(body)) == (200, {"case_id": case_id, "status": "closed"})


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda c: (b := jira_issue_updated(c), jira_headers(b, secret="not-the-secret")), "does not match"),
        (lambda c: (b := jira_issue_updated(c, at=time.time() - 7200), jira_headers(b)), "tolerance"),
        (lambda c: (jira_issue_updated(c), {}), "missing"),
    ],
    ids=["wrong-signature", "stale-timestamp", "unsigned"],
)
def test_a_jira_callback_that_does_not_verify_is_401(helpdesks: Pipeline, make: Any, reason: str) -> None:
    case_id = owned_by(helpdesks, "jsm")
    body, headers = make(case_id)
    status, answer = post(helpdesks, "jsm", body, headers)
    assert status == 401 and reason in answer["error"]
    assert case_status(helpdesks, case_id) == "open"


def test_a_jira_retry_with_the_same_webhook_identifier_is_ignored(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "jsm")
    body = jira_issue_updated(case_id)
    headers = jira_headers(body, identifier="7f3c1a")
    assert post(helpdesks, "jsm", body, headers)[1]["status"] == "closed"
    status, answer = post(helpdesks, "jsm", body, headers)
    assert (status, answer["ignored"]) == (200, "duplicate delivery id")


def test_jira_cannot_close_a_case_another_helpdesk_owns(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "zd")
    body = jira_issue_updated(case_id)
    assert post(helpdesks, "jsm", body, jira_headers(body))[0] == 404
    assert case_status(helpdesks, case_id) == "open"


def test_a_jira_issue_still_in_progress_changes_nothing(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "jsm")
    body = jira_issue_updated(case_id, status="In Progress", category="indeterminate")
    assert "ignored" in post(helpdesks, "jsm", body, jira_headers(body))[1]
    assert case_status(helpdesks, case_id) == "open"


# Freshdesk (shared token) ----------------------------------------------------------------------
def freshdesk_automation(case_id: str, status: str = "Resolved", case_field: str = "") -> bytes:
    # docs/helpdesks/freshdesk.md's template after Freshdesk fills in the placeholders; without a
    # case field the case id is found among {{ticket.tags}}.
    return json.dumps(
        {"case_id": case_field, "ticket_ref": "1234", "status": status, "tags": f"webcare, {case_id}, outage"}
    ).encode()


def test_a_freshdesk_automation_with_the_token_closes_the_case_found_in_its_tags(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "fd")
    body = freshdesk_automation(case_id)
    assert post(helpdesks, "fd", body, {"x-webcare-token": FRESHDESK_TOKEN}) == (
        200,
        {"case_id": case_id, "status": "closed"},
    )


def test_the_token_may_come_as_a_query_parameter(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "fd")
    body = freshdesk_automation(case_id, status="Closed", case_field=case_id)
    assert post(helpdesks, "fd", body, {}, query=f"token={FRESHDESK_TOKEN}")[0] == 200
    assert case_status(helpdesks, case_id) == "closed"


@pytest.mark.parametrize(
    "headers", [{"x-webcare-token": "fd-shared-token-guess"}, {}], ids=["wrong", "missing"]
)
def test_a_freshdesk_callback_without_the_token_is_401(helpdesks: Pipeline, headers: dict[str, str]) -> None:
    case_id = owned_by(helpdesks, "fd")
    assert post(helpdesks, "fd", freshdesk_automation(case_id), headers)[0] == 401
    assert case_status(helpdesks, case_id) == "open"


TOKEN_EDGE_MARGIN = 10  # seconds: more than the two posts take


def inside_one_token_period() -> None:
    """A token callback's delivery id holds the 5-minute period it arrived in (docs/helpdesks/freshdesk.md):
    two posts on either side of a period's edge are two deliveries. Start well inside a period, so that a
    repeat a moment later is the same delivery whatever the clock says."""
    left = TOKEN_BUCKET_SECONDS - time.time() % TOKEN_BUCKET_SECONDS
    if left < TOKEN_EDGE_MARGIN:
        time.sleep(left + 0.5)


def test_a_repeated_freshdesk_delivery_is_ignored(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "fd")
    body = freshdesk_automation(case_id)
    inside_one_token_period()
    assert post(helpdesks, "fd", body, {"x-webcare-token": FRESHDESK_TOKEN})[1]["status"] == "closed"
    status, answer = post(helpdesks, "fd", body, {"x-webcare-token": FRESHDESK_TOKEN})
    assert (status, answer["ignored"]) == (200, "duplicate delivery id")


def test_freshdesk_cannot_close_a_case_another_helpdesk_owns(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "jsm")
    assert (
        post(helpdesks, "fd", freshdesk_automation(case_id), {"x-webcare-token": FRESHDESK_TOKEN})[0] == 404
    )
    assert case_status(helpdesks, case_id) == "open"


def test_a_freshdesk_callback_without_a_case_id_is_400(helpdesks: Pipeline) -> None:
    body = json.dumps({"ticket_ref": "1234", "status": "Closed", "tags": "webcare"}).encode()
    status, answer = post(helpdesks, "fd", body, {"x-webcare-token": FRESHDESK_TOKEN})
    assert status == 400 and "no case id" in answer["error"]


# Standard Webhooks and tokens on other helpdesk types -------------------------------------------
def test_a_servicenow_business_rule_signing_standard_webhooks_closes_the_case(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "sn")
    # docs/helpdesks/servicenow.md: the body, with Standard Webhooks headers made with the secret.
    body = json.dumps({"type": "case.closed", "case_id": case_id, "ticket_ref": "a" * 32}).encode()
    headers = standard_webhooks.sign(SERVICENOW_SECRET, f"{'a' * 32}-3", body)
    assert post(helpdesks, "sn", body, headers)[1] == {"case_id": case_id, "status": "closed"}
    wrong = standard_webhooks.sign("whsec_" + base64.b64encode(b"x" * 32).decode(), "other", body)
    assert post(helpdesks, "sn", body, wrong)[0] == 401


def test_a_jira_automation_rule_with_a_token_closes_the_case_named_in_its_labels(helpdesks: Pipeline) -> None:
    case_id = owned_by(helpdesks, "jsm_rules")
    # docs/helpdesks/jira.md's automation body once {{issue.labels.join(",")}} is filled in.
    body = json.dumps(
        {"type": "case.closed", "tags": f"webcare-{case_id},webcare", "ticket_ref": "CARE-12"}
    ).encode()
    assert post(helpdesks, "jsm_rules", body, {"x-webcare-token": JIRA_RULE_TOKEN})[0] == 200
    assert case_status(helpdesks, case_id) == "closed"


# Helpdesks that cannot call us -----------------------------------------------------------------
def test_front_has_no_callback_route(helpdesks: Pipeline) -> None:
    status, answer = post(helpdesks, "front", b"{}", {})
    assert status == 404 and "no status callbacks" in answer["error"]
