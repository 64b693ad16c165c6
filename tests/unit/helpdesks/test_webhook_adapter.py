"""The generic webhook adapter: signed, schema-valid events; retryable versus permanent errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from webcare.cases.rules import decide
from webcare.config import ChannelRules
from webcare.helpdesks import standard_webhooks
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.webhook import WebhookHelpdesk, parse_retry_after
from webcare.model import Account, Identity, Message, ScrubSummary

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class FakeResponse:
    def __init__(self, status: int, body: str = "{}", headers: dict[str, str] | None = None) -> None:
        self.status_code = status
        self.text = body
        self.headers = requests.structures.CaseInsensitiveDict(headers or {})

    def json(self) -> Any:
        return json.loads(self.text)


class FakeSession:
    def __init__(self, *answers: FakeResponse | Exception) -> None:
        self.answers = list(answers)
        self.calls: list[dict[str, Any]] = []

    def request(self, method: str, url: str, **kwargs: Any) -> FakeResponse:
        assert (method, kwargs["allow_redirects"]) == ("POST", False)
        self.calls.append({"url": url, **kwargs})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def a_case_and_message() -> tuple[Any, Message]:
    message = Message(
        source="x",
        provider_message_id="77",
        channel="x_dm",
        account=Account("x", "1"),
        customer=Identity("x", "42", handle="jan"),
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text="[PASSWORD] please help",
        scrub=ScrubSummary(findings=(("password", "redact", 1),), credential_shared=True),
    )
    case = decide(None, message, customer_key="x:42", helpdesk="main", rules=ChannelRules(), now=NOW).case
    return case, message


def test_open_ticket_posts_a_signed_valid_event_and_reads_the_ticket_id() -> None:
    session = FakeSession(FakeResponse(201, '{"ticket_id": "T-9"}'))
    helpdesk = WebhookHelpdesk("https://hd.example/hook", SECRET, timeout=3, session=session)
    case, message = a_case_and_message()
    assert helpdesk.open_ticket(case, message, 1) == "T-9"
    [call] = session.calls
    assert call["timeout"] == 3
    webhook_id = standard_webhooks.verify([SECRET], call["headers"], call["data"])
    event = json.loads(call["data"])
    assert event["type"] == "case.opened" and event["case"]["flags"]["credential_shared"] is True
    # Same delivery again -> same webhook-id, so the receiver can drop it.
    session.answers.append(FakeResponse(200, "{}"))
    helpdesk.open_ticket(case, message, 1)
    assert session.calls[1]["headers"]["webhook-id"] == webhook_id


@pytest.mark.parametrize(
    ("answer", "retry_after"),
    [
        (FakeResponse(429, "slow down", {"Retry-After": "7"}), 7.0),
        (FakeResponse(503, "down"), None),
        (requests.Timeout(), None),
        (requests.ConnectionError(), None),
    ],
)
def test_rate_limits_outages_and_timeouts_are_retryable(answer: Any, retry_after: float | None) -> None:
    helpdesk = WebhookHelpdesk("https://hd.example/hook", SECRET, session=FakeSession(answer))
    case, message = a_case_and_message()
    with pytest.raises(HelpdeskRetryable) as caught:
        helpdesk.append(case, message, 2)
    assert caught.value.retry_after == retry_after


def test_other_client_errors_are_permanent_with_the_status_and_not_the_body() -> None:
    helpdesk = WebhookHelpdesk(
        "https://hd.example/hook", SECRET, session=FakeSession(FakeResponse(400, "bad field"))
    )
    case, message = a_case_and_message()
    with pytest.raises(HelpdeskPermanent) as caught:
        helpdesk.append(case, message, 2)
    assert caught.value.reason == "HTTP 400"


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Mon, 23 Nov 2026 10:01:00 GMT", now=NOW) == 60.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
