"""The callback verifiers on their own: scheme choice, secret rotation, what is 401 and what is 400.

Signatures are made here the way the vendors document them (see
tests/integration/test_callbacks_per_helpdesk.py for the full requests through the handler).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from webcare.config import HelpdeskConfig
from webcare.errors import ConfigError
from webcare.helpdesks.callbacks import CallbackRejected, scheme_of, verify_and_parse
from webcare.http import Request
from webcare.secrets import StaticSecrets

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
CASE = "c_0123456789abcdef01234567"


def helpdesk(type_: str, **settings: Any) -> HelpdeskConfig:
    return HelpdeskConfig(
        name="hd", type=type_, url="https://hd.example", settings={"type": type_, **settings}
    )


def request(body: bytes, headers: dict[str, str], query: dict[str, str] | None = None) -> Request:
    return Request("POST", "/callbacks/hd", {k.lower(): v for k, v in headers.items()}, query or {}, body)


@pytest.mark.parametrize(
    ("type_", "settings", "expected"),
    [
        ("webhook", {"callback_scheme": "token"}, "standard_webhooks"),
        ("zendesk", {}, "zendesk"),
        ("jira", {}, "jira"),
        ("jira", {"callback_scheme": "token"}, "token"),
        ("freshdesk", {}, "token"),
        ("servicenow", {}, "standard_webhooks"),
        ("salesforce", {}, "standard_webhooks"),
        ("rt", {}, "standard_webhooks"),
        ("front", {}, None),
    ],
)
def test_each_helpdesk_type_has_a_default_scheme(
    type_: str, settings: dict[str, Any], expected: str | None
) -> None:
    assert scheme_of(helpdesk(type_, **settings)) == expected


def zendesk_signed(body: bytes, secret: str, stamp: str) -> dict[str, str]:
    digest = hmac.new(secret.encode(), stamp.encode() + body, hashlib.sha256).digest()
    return {
        "X-Zendesk-Webhook-Signature": base64.b64encode(digest).decode(),
        "X-Zendesk-Webhook-Signature-Timestamp": stamp,
    }


def test_zendesk_accepts_the_previous_secret_during_rotation_and_reads_the_template() -> None:
    body = json.dumps({"case_id": CASE, "ticket_ref": "77", "status": "Solved"}).encode()
    secrets = StaticSecrets({"zd_cb": ["new-secret", "old-secret"]})
    change = verify_and_parse(
        request(body, zendesk_signed(body, "old-secret", "2026-11-30T09:59:00Z")),
        helpdesk("zendesk", callback_secret="zd_cb"),
        secrets,
        NOW,
    )
    assert (change.status, change.case_id, change.ticket_ref) == ("solved", CASE, "77")
    # No invocation id header: the id is a hash of (timestamp, body), stable for an identical request.
    assert change.callback_id.startswith("h_")
    assert change.changed_at == datetime(2026, 11, 30, 9, 59, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [("yesterday", "not an ISO 8601"), ("2026-11-30T10:06:00Z", "tolerance")],
)
def test_zendesk_timestamps_that_cannot_be_trusted_are_401(stamp: str, reason: str) -> None:
    body = b'{"case_id": "' + CASE.encode() + b'", "status": "Solved"}'
    with pytest.raises(CallbackRejected) as rejected:
        verify_and_parse(
            request(body, zendesk_signed(body, "s", stamp)),
            helpdesk("zendesk", callback_secret="zd_cb"),
            StaticSecrets({"zd_cb": "s"}),
            NOW,
        )
    assert rejected.value.status == 401 and reason in rejected.value.reason


def test_an_authentic_body_that_is_not_json_is_400() -> None:
    body = b"status=solved"
    with pytest.raises(CallbackRejected) as rejected:
        verify_and_parse(
            request(body, zendesk_signed(body, "s", "2026-11-30T10:00:00Z")),
            helpdesk("zendesk", callback_secret="zd_cb"),
            StaticSecrets({"zd_cb": "s"}),
            NOW,
        )
    assert rejected.value.status == 400


def test_a_jira_body_without_its_timestamp_is_401_because_its_age_is_unknown() -> None:
    body = json.dumps({"webhookEvent": "jira:issue_updated", "issue": {"key": "CARE-1"}}).encode()
    signature = "sha256=" + hmac.new(b"s", body, hashlib.sha256).hexdigest()
    with pytest.raises(CallbackRejected, match="no timestamp"):
        verify_and_parse(
            request(body, {"X-Hub-Signature": signature}),
            helpdesk("jira", callback_secret="jira_cb"),
            StaticSecrets({"jira_cb": "s"}),
            NOW,
        )


def test_a_jira_event_time_inside_the_hour_is_fresh_and_done_names_closed_or_solved() -> None:
    def sent(name: str) -> str:
        body = json.dumps(
            {
                "timestamp": int((NOW - timedelta(minutes=50)).timestamp() * 1000),
                "webhookEvent": "jira:issue_updated",
                "issue": {
                    "key": "CARE-1",
                    "fields": {
                        "labels": ["webcare", f"webcare-{CASE}"],
                        "status": {"name": name, "statusCategory": {"key": "done"}},
                    },
                },
            }
        ).encode()
        signature = "sha256=" + hmac.new(b"s", body, hashlib.sha256).hexdigest()
        change = verify_and_parse(
            request(body, {"X-Hub-Signature": signature}),
            helpdesk("jira", callback_secret="jira_cb"),
            StaticSecrets({"jira_cb": "s"}),
            NOW,
        )
        assert (change.case_id, change.ticket_ref) == (CASE, "CARE-1")
        return change.status

    assert (sent("Resolved"), sent("Closed"), sent("Won't do")) == ("solved", "closed", "closed")


def test_callbacks_without_a_configured_secret_are_refused_and_a_missing_value_is_a_config_error() -> None:
    with pytest.raises(CallbackRejected) as rejected:
        verify_and_parse(request(b"{}", {}), helpdesk("freshdesk"), StaticSecrets({}), NOW)
    assert rejected.value.status == 401 and "not set up" in rejected.value.reason
    with pytest.raises(ConfigError, match="fd_cb"):
        verify_and_parse(
            request(b"{}", {"X-Webcare-Token": "t"}),
            helpdesk("freshdesk", callback_secret="fd_cb"),
            StaticSecrets({}),
            NOW,
        )


def test_the_same_token_body_in_the_same_five_minutes_has_the_same_delivery_id() -> None:
    body = json.dumps({"case_id": CASE, "status": "Closed"}).encode()
    hd, secrets = helpdesk("freshdesk", callback_secret="fd_cb"), StaticSecrets({"fd_cb": "tok"})
    first = verify_and_parse(request(body, {"X-Webcare-Token": "tok"}), hd, secrets, NOW)
    retry = verify_and_parse(
        request(body, {"X-Webcare-Token": "tok"}), hd, secrets, NOW + timedelta(seconds=90)
    )
    later = verify_and_parse(request(body, {"X-Webcare-Token": "tok"}), hd, secrets, NOW + timedelta(hours=2))
    assert first.callback_id == retry.callback_id != later.callback_id
    assert (first.status, first.changed_at) == ("closed", NOW)
