"""The Zendesk adapter against a scripted server: the exact requests it makes and how it reads answers."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpdesk_servers import Recorded, serve

from webcare.cases.rules import Case, decide
from webcare.config import ChannelRules, parse_config
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.zendesk import ZendeskHelpdesk
from webcare.model import Account, Identity, Message, ScrubSummary
from webcare.secrets import StaticSecrets

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TOKEN = "zd-api-token-1234"
AUTH = "Basic " + base64.b64encode(f"care@acme.example/token:{TOKEN}".encode()).decode()


def message(number: int, text: str = "my router is broken", customer: Identity | None = None) -> Message:
    return Message(
        source="x",
        provider_message_id=str(number),
        channel="x_dm",
        account=Account("x", "1"),
        customer=customer or Identity("x", "88412345", handle="noordv", display_name="Noor de Vries"),
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text=text,
        scrub=ScrubSummary(findings=(("iban", "redact", 1),)),
    )


def a_case() -> Case:
    rules = ChannelRules()
    return decide(None, message(1), customer_key="x:88412345", helpdesk="zd", rules=rules, now=NOW).case


def j(status: int, document: Any, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    return status, {"content-type": "application/json", **(headers or {})}, json.dumps(document).encode()


def route(answers: dict[tuple[str, str], list[Any]]) -> Any:
    def answer(request: Recorded) -> tuple[int, dict[str, str], bytes]:
        queue = answers[(request.method, urlsplit(request.path).path)]
        result: tuple[int, dict[str, str], bytes] = queue.pop(0) if len(queue) > 1 else queue[0]
        return result

    return answer


def adapter(url: str, **options: Any) -> ZendeskHelpdesk:
    return ZendeskHelpdesk(url, "care@acme.example", TOKEN, timeout=2, **options)


USER = ("POST", "/api/v2/users/create_or_update")


def test_open_ticket_finds_or_creates_the_requester_then_creates_with_an_idempotency_key() -> None:
    answers = {
        USER: [j(201, {"user": {"id": 501}})],
        ("POST", "/api/v2/tickets"): [j(201, {"ticket": {"id": 77, "status": "new"}})],
    }
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    with serve(route(answers)) as zd:
        assert adapter(zd.url, set_due_at=True, group_id=42).open_ticket(case, message(1), 1) == "77"
    user, create = zd.requests
    assert user.headers["authorization"] == AUTH
    assert user.json() == {
        "user": {
            "name": "Noor de Vries",
            "role": "end-user",
            "skip_verify_email": True,
            "external_id": "webcare:x:88412345",
        }
    }
    assert create.headers["idempotency-key"] == f"webcare-{case.case_id}"
    ticket = create.json()["ticket"]
    assert ticket == {
        "subject": "x_dm from @noordv",
        "comment": {"body": ticket["comment"]["body"], "public": False},
        "requester_id": 501,
        "submitter_id": 501,
        "external_id": case.case_id,
        "tags": ["webcare"],
        "group_id": 42,
        "type": "task",
        "due_at": "2026-11-23T11:00:00Z",
    }
    assert ticket["comment"]["body"].startswith("my router is broken\n\n--\nchannel: x_dm (private)\n")
    assert "[webcare x:1]" in ticket["comment"]["body"]
    assert "scrubbed before forwarding: iban" in ticket["comment"]["body"]


def test_an_email_customer_is_found_by_address() -> None:
    answers = {
        USER: [j(200, {"user": {"id": 9}})],
        ("POST", "/api/v2/tickets"): [j(201, {"ticket": {"id": 1}})],
    }
    mail = message(1, customer=Identity("email", "jan@example.nl", display_name="Jan"))
    with serve(route(answers)) as zd:
        adapter(zd.url).open_ticket(a_case(), mail, 1)
    assert zd.requests[0].json()["user"] == {
        "name": "Jan",
        "role": "end-user",
        "skip_verify_email": True,
        "email": "jan@example.nl",
    }


def test_append_lists_comments_then_adds_one_internal_comment_by_the_requester() -> None:
    answers = {
        ("GET", "/api/v2/tickets/77/comments"): [
            j(200, {"comments": [{"id": 1, "body": "x [webcare x:1]"}]})
        ],
        USER: [j(200, {"user": {"id": 501}})],
        ("PUT", "/api/v2/tickets/77"): [j(200, {"audit": {"id": 9001}, "ticket": {"id": 77}})],
    }
    with serve(route(answers)) as zd:
        result = adapter(zd.url).append(replace(a_case(), ticket_ref="77"), message(2, "still broken"), 2)
    assert result == "9001"
    listing, _user, update = zd.requests
    assert listing.method == "GET"
    comment = update.json()["ticket"]["comment"]
    assert (comment["public"], comment["author_id"]) == (False, 501)
    assert comment["body"].startswith("still broken\n") and "[webcare x:2]" in comment["body"]
    assert "idempotency-key" not in update.headers


def test_public_comments_when_configured() -> None:
    answers = {
        ("GET", "/api/v2/tickets/77/comments"): [j(200, {"comments": []})],
        USER: [j(200, {"user": {"id": 501}})],
        ("PUT", "/api/v2/tickets/77"): [j(200, {"audit": {"id": 1}})],
    }
    with serve(route(answers)) as zd:
        adapter(zd.url, public_comments=True).append(replace(a_case(), ticket_ref="77"), message(2), 2)
    assert zd.requests[-1].json()["ticket"]["comment"]["public"] is True


def test_a_comment_already_on_the_ticket_is_not_added_again_even_on_a_later_page() -> None:
    first_page: dict[str, Any] = {"comments": [{"id": 1, "body": "[webcare x:1]"}]}

    def answer(request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if "page=2" in request.path:
            return j(
                200, {"comments": [{"id": 33, "body": "still broken\n[webcare x:2]"}], "next_page": None}
            )
        return j(200, first_page)

    with serve(answer) as zd:
        first_page["next_page"] = f"{zd.url}/api/v2/tickets/77/comments?page=2"
        assert adapter(zd.url).append(replace(a_case(), ticket_ref="77"), message(2), 2) == "33"
    assert [r.method for r in zd.requests] == ["GET", "GET"]


def test_a_lost_update_answer_is_read_back_and_not_sent_twice() -> None:
    answers = {
        ("GET", "/api/v2/tickets/77/comments"): [
            j(200, {"comments": []}),
            j(200, {"comments": [{"id": 34, "body": "[webcare x:2]"}]}),
        ],
        USER: [j(200, {"user": {"id": 501}})],
        ("PUT", "/api/v2/tickets/77"): [j(503, {"error": "ServiceUnavailable"})],
    }
    with serve(route(answers)) as zd:
        assert adapter(zd.url).append(replace(a_case(), ticket_ref="77"), message(2), 2) == "34"
    assert [r.method for r in zd.requests] == ["GET", "POST", "PUT", "GET"]


def test_429_is_retryable_with_retry_after_and_the_rate_headers() -> None:
    headers = {"Retry-After": "93", "X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "0"}
    answers = {USER: [j(429, {"error": "TooManyRequests", "description": "slow down"}, headers)]}
    with serve(route(answers)) as zd:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(zd.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.retry_after == 93.0
    assert (
        caught.value.reason == "HTTP 429 (code: TooManyRequests) [x-rate-limit=700, x-rate-limit-remaining=0]"
    )


def test_a_422_keeps_zendesk_s_error_token_but_not_its_description() -> None:
    invalid = {
        "error": "RecordInvalid",
        "description": "Record validation errors",
        "details": {"base": [{"description": "my router is broken"}]},
    }
    answers = {USER: [j(200, {"user": {"id": 501}})], ("POST", "/api/v2/tickets"): [j(422, invalid)]}
    with serve(route(answers)) as zd:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(zd.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 422 (code: RecordInvalid)"


def test_the_requester_is_looked_up_once_per_customer_per_process() -> None:
    answers = {
        USER: [j(200, {"user": {"id": 501}})],
        ("GET", "/api/v2/tickets/77/comments"): [j(200, {"comments": []})],
        ("PUT", "/api/v2/tickets/77"): [j(200, {"audit": {"id": 1}})],
    }
    case = replace(a_case(), ticket_ref="77")
    with serve(route(answers)) as zd:
        zendesk = adapter(zd.url)
        zendesk.append(case, message(2), 2)
        zendesk.append(case, message(3), 3)
    assert [r.path for r in zd.requests].count("/api/v2/users/create_or_update") == 1


def test_ticket_status() -> None:
    with serve(
        route({("GET", "/api/v2/tickets/77"): [j(200, {"ticket": {"id": 77, "status": "solved"}})]})
    ) as zd:
        assert adapter(zd.url).ticket_status("77") == "solved"


@pytest.mark.parametrize(
    ("native", "status"),
    [
        ("new", "open"),
        ("open", "open"),
        ("pending", "open"),
        ("hold", "open"),
        ("solved", "solved"),
        ("closed", "closed"),
    ],
)
def test_status_maps_zendesk_statuses_onto_the_port(native: str, status: str) -> None:
    with serve(
        route({("GET", "/api/v2/tickets/77"): [j(200, {"ticket": {"id": 77, "status": native}})]})
    ) as zd:
        assert adapter(zd.url).status("77") == status


def test_a_zendesk_helpdesk_is_built_from_config_and_needs_https() -> None:
    entry = {
        "type": "zendesk",
        "url": "https://acme.zendesk.com",
        "email": "care@acme.example",
        "token_secret": "zd",
    }
    document = {
        "version": 1,
        "helpdesks": {"zd": {**entry, "public_comments": True}},
        "default_helpdesk": "zd",
    }
    helpdesk = build_helpdesk(parse_config(document).helpdesks["zd"], StaticSecrets({"zd": TOKEN}))
    assert isinstance(helpdesk, ZendeskHelpdesk) and helpdesk.public_comments is True
    document["helpdesks"]["zd"]["url"] = "http://acme.zendesk.com"
    with pytest.raises(Exception, match=r"helpdesks\.zd\.url"):
        parse_config(document)
