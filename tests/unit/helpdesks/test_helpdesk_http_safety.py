"""Issue 10 items 7 and 8: no redirects followed, https only off loopback, no answer bodies in reasons."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from helpdesk_servers import Recorded, serve

from webcare.cases.rules import decide
from webcare.config import ChannelRules, HelpdeskConfig
from webcare.errors import ConfigError
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.http import HelpdeskHttp, check_url, parse_retry_after
from webcare.helpdesks.webhook import WebhookHelpdesk
from webcare.model import Account, Identity, Message, ScrubSummary
from webcare.secrets import StaticSecrets

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
CUSTOMER_TEXT = "my address is Kerkstraat 12 and my order 55521 never came"


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
        text=CUSTOMER_TEXT,
        scrub=ScrubSummary(),
    )
    case = decide(None, message, customer_key="x:42", helpdesk="main", rules=ChannelRules(), now=NOW).case
    return case, message


def test_a_307_is_not_followed_and_the_other_host_never_receives_the_case() -> None:
    # Given a helpdesk that answers 307 to a second server, which records whether it was reached
    with serve(lambda r: (200, {}, b'{"ticket_id": "stolen"}'), host="localhost") as other:
        redirect = {"Location": f"{other.url}/collect"}
        with serve(lambda r: (307, redirect, b"")) as helpdesk:
            adapter = WebhookHelpdesk(f"{helpdesk.url}/hook", SECRET)
            case, message = a_case_and_message()
            # When a case is forwarded
            with pytest.raises(HelpdeskPermanent) as caught:
                adapter.open_ticket(case, message, 1)
    # Then the second host saw nothing: not the text, not our signature
    assert other.requests == []
    assert len(helpdesk.requests) == 1
    # And the reason says what happened and where it pointed
    assert "HTTP 307" in caught.value.reason and "localhost" in caught.value.reason


@pytest.mark.parametrize("status", [301, 302, 303, 308])
def test_every_redirect_status_is_a_permanent_error(status: int) -> None:
    with serve(lambda r: (status, {"Location": "https://elsewhere.example/x"}, b"")) as helpdesk:
        adapter = WebhookHelpdesk(f"{helpdesk.url}/hook", SECRET)
        case, message = a_case_and_message()
        with pytest.raises(HelpdeskPermanent, match=rf"HTTP {status} redirect to elsewhere\.example"):
            adapter.append(case, message, 2)


def echoing(status: int, envelope: Any) -> Any:
    def answer(request: Recorded) -> tuple[int, dict[str, str], bytes]:
        return status, {"content-type": "application/json"}, json.dumps(envelope(request.json())).encode()

    return answer


def test_an_error_answer_that_echoes_the_payload_leaves_no_customer_text_in_the_reason() -> None:
    # Given a helpdesk whose 400 answer repeats what it was sent
    envelope = lambda sent: {"error": {"code": "invalid_field", "message": "bad", "request": sent}}  # noqa: E731
    with serve(echoing(400, envelope)) as helpdesk:
        adapter = WebhookHelpdesk(f"{helpdesk.url}/hook", SECRET)
        case, message = a_case_and_message()
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter.append(case, message, 2)
    # Then the reason (logs, failure_reason on the DLQ, the ledger) has status and code only
    assert caught.value.reason == "HTTP 400 (code: invalid_field)"
    assert "Kerkstraat" not in str(caught.value)


@pytest.mark.parametrize(
    "answer",
    [
        {"code": CUSTOMER_TEXT},  # a "code" that is really free text is dropped
        {"error": CUSTOMER_TEXT},
        {"message": CUSTOMER_TEXT},
        [CUSTOMER_TEXT],
    ],
)
def test_free_text_in_code_fields_is_never_taken_as_a_code(answer: Any) -> None:
    with serve(echoing(422, lambda sent: answer)) as helpdesk:
        adapter = WebhookHelpdesk(f"{helpdesk.url}/hook", SECRET)
        case, message = a_case_and_message()
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter.append(case, message, 2)
    assert caught.value.reason == "HTTP 422"


def test_a_plain_text_echo_on_a_5xx_is_not_in_the_retry_reason() -> None:
    with serve(lambda r: (502, {"Retry-After": "12"}, r.body)) as helpdesk:
        adapter = WebhookHelpdesk(f"{helpdesk.url}/hook", SECRET)
        case, message = a_case_and_message()
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter.append(case, message, 2)
    assert (caught.value.reason, caught.value.retry_after) == ("HTTP 502", 12.0)
    assert caught.value.maybe_delivered is True


def test_a_429_carries_retry_after_as_a_date_and_the_rate_headers() -> None:
    later = "Wed, 21 Oct 2099 07:28:00 GMT"
    headers = {"Retry-After": later, "X-RateLimit-Remaining": "0", "X-RateLimit-Limit": "100"}
    with serve(lambda r: (429, headers, b"slow down")) as helpdesk:
        adapter = WebhookHelpdesk(f"{helpdesk.url}/hook", SECRET)
        case, message = a_case_and_message()
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter.append(case, message, 2)
    assert caught.value.reason == "HTTP 429 [x-ratelimit-limit=100, x-ratelimit-remaining=0]"
    assert caught.value.retry_after is not None and caught.value.retry_after > 365 * 24 * 3600
    assert caught.value.maybe_delivered is False
    assert parse_retry_after("Mon, 23 Nov 2026 10:01:00 GMT", now=NOW) == 60.0


def test_nothing_listening_is_retryable_and_a_slow_answer_may_have_been_delivered() -> None:
    http = HelpdeskHttp("main", "http://127.0.0.1:9/", timeout=0.5)
    with pytest.raises(HelpdeskRetryable, match="request failed"):
        http.request("POST", "/hook", data=b"{}")

    class SlowSession:
        def request(self, *args: Any, **kwargs: Any) -> Any:
            assert kwargs["allow_redirects"] is False and kwargs["timeout"] == 0.5
            raise requests.ReadTimeout()

    slow = HelpdeskHttp("main", "https://hd.example/", timeout=0.5, session=SlowSession())
    with pytest.raises(HelpdeskRetryable) as caught:
        slow.request("POST", "/hook", data=b"{}")
    assert caught.value.maybe_delivered is True and caught.value.reason == "no answer within 0.5s"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8788/webhook", "http://localhost/x", "http://[::1]:9000/", "https://hd.example/h"],
)
def test_https_is_required_except_on_loopback(url: str) -> None:
    assert check_url("main", url) == url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://helpdesk.example/hook", "helpdesks.care.url: plain http:// is only allowed for loopback"),
        ("http://localhost.attacker.example/", "use https:// for 'localhost.attacker.example'"),
        ("http://127.0.0.1.nip.io/", "plain http://"),
        ("ftp://helpdesk.example/", "is not an http(s) URL"),
        ("https://user:pw@hd.example/", "credentials in the URL"),
    ],
)
def test_a_plain_http_helpdesk_off_loopback_is_a_config_error_naming_it(url: str, message: str) -> None:
    config = HelpdeskConfig(name="care", type="webhook", url=url, signing_secret="signing")
    with pytest.raises(ConfigError, match=re.escape(message)):
        build_helpdesk(config, StaticSecrets({"signing": SECRET}))
