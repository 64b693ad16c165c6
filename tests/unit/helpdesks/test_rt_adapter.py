"""The Request Tracker adapter against a scripted REST2 server: exact requests, read-back, RT's quirks."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from helpdesk_servers import Recorded, serve

from webcare.cases.rules import Case, decide
from webcare.config import ChannelRules, parse_config
from webcare.errors import ConfigError
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.rt import RequestTrackerHelpdesk
from webcare.model import Account, Identity, Message, ScrubSummary
from webcare.secrets import StaticSecrets

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TOKEN = "1-14-91a264d53a5272484303c4b38a7c4968"
EMPTY = {"items": [], "count": 0, "total": 0, "pages": 0, "page": 1, "per_page": 20}


def message(number: int, text: str = "my router is broken") -> Message:
    return Message(
        source="x",
        provider_message_id=str(number),
        channel="x_dm",
        account=Account("x", "1"),
        customer=Identity("x", "88412345", handle="noordv", display_name="Noor de Vries"),
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text=text,
        scrub=ScrubSummary(findings=(("password", "redact", 1),), credential_shared=True),
    )


def a_case() -> Case:
    return decide(
        None, message(1), customer_key="x:88412345", helpdesk="rt", rules=ChannelRules(), now=NOW
    ).case


def j(status: int, document: Any, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    return status, {"content-type": "application/json", **(headers or {})}, json.dumps(document).encode()


class Script:
    """Answers by (method, path); each entry is a list of answers used in turn (the last repeats)."""

    def __init__(self, routes: dict[tuple[str, str], list[Callable[[Recorded], Any]]]) -> None:
        self.routes = routes

    def __call__(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        path = urlsplit(request.path).path
        answers = self.routes[(request.method, path)]
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        result: tuple[int, dict[str, str], bytes] = answer(request)
        return result


def query(request: Recorded) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(request.path).query).items()}


def adapter(url: str, **options: Any) -> RequestTrackerHelpdesk:
    return RequestTrackerHelpdesk(url, TOKEN, queue="Webcare", timeout=2, **options)


def test_open_ticket_searches_by_custom_field_then_creates_with_the_customer_as_requestor() -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/tickets"): [lambda r: j(200, EMPTY)],
            ("POST", "/REST/2.0/ticket"): [
                lambda r: j(201, {"id": "7", "type": "ticket"}, {"Location": "/REST/2.0/ticket/7"})
            ],
        }
    )
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    with serve(script) as rt:
        assert adapter(rt.url, case_field="ExternalCaseId").open_ticket(case, message(1), 1) == "7"
    search, create = rt.requests
    assert query(search)["query"] == (
        f"CF.{{ExternalCaseId}} = '{case.case_id}' OR Subject LIKE '[webcare {case.case_id}]'"
    )
    assert create.headers["authorization"] == f"token {TOKEN}"
    body = create.json()
    assert body["Queue"] == "Webcare"
    assert body["Subject"] == f"[webcare {case.case_id}] x_dm from @noordv"
    assert body["Requestor"] == "x.88412345@social.invalid"
    assert body["CustomFields"] == {"ExternalCaseId": case.case_id}
    assert body["Due"] == "2026-11-23 11:00:00"
    assert body["ContentType"] == "text/plain"
    assert body["Content"].startswith("my router is broken\n\n--\nchannel: x_dm (private)\n")
    assert "customer: @noordv (Noor de Vries) x:88412345" in body["Content"]
    assert "scrubbed before forwarding: password" in body["Content"]
    assert "flags: credential_shared" in body["Content"]


def test_a_ticket_that_already_exists_is_reused_and_nothing_is_created() -> None:
    found = {**EMPTY, "items": [{"id": "4", "type": "ticket"}], "count": 1, "total": 1}
    script = Script({("GET", "/REST/2.0/tickets"): [lambda r: j(200, found)]})
    with serve(script) as rt:
        assert adapter(rt.url).open_ticket(a_case(), message(1), 1) == "4"
    [search] = rt.requests
    assert query(search)["query"] == f"Subject LIKE '[webcare {a_case().case_id}]'"


def test_a_create_whose_answer_is_lost_is_found_by_the_read_back_and_not_sent_twice() -> None:
    created = {**EMPTY, "items": [{"id": "9", "type": "ticket"}], "count": 1, "total": 1}
    script = Script(
        {
            ("GET", "/REST/2.0/tickets"): [lambda r: j(200, EMPTY), lambda r: j(200, created)],
            ("POST", "/REST/2.0/ticket"): [lambda r: j(502, {"message": "proxy lost the answer"})],
        }
    )
    with serve(script) as rt:
        assert adapter(rt.url).open_ticket(a_case(), message(1), 1) == "9"
    assert [r.method for r in rt.requests] == ["GET", "POST", "GET"]


def test_a_create_that_failed_before_sending_is_not_read_back() -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/tickets"): [lambda r: j(200, EMPTY)],
            ("POST", "/REST/2.0/ticket"): [lambda r: j(429, {"message": "slow"}, {"Retry-After": "4"})],
        }
    )
    with serve(script) as rt:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(rt.url).open_ticket(a_case(), message(1), 1)
    assert (caught.value.reason, caught.value.retry_after) == ("HTTP 429", 4.0)
    assert [r.method for r in rt.requests] == ["GET", "POST"]


def test_a_5xx_that_did_not_create_anything_stays_retryable() -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/tickets"): [lambda r: j(200, EMPTY)],
            ("POST", "/REST/2.0/ticket"): [lambda r: j(500, {"message": "my router is broken"})],
        }
    )
    with serve(script) as rt:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(rt.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 500"  # RT's free-text message is never copied
    assert [r.method for r in rt.requests] == ["GET", "POST", "GET"]


def test_a_201_without_a_ticket_id_is_an_error() -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/tickets"): [lambda r: j(200, EMPTY)],
            ("POST", "/REST/2.0/ticket"): [lambda r: j(201, ["Could not create ticket"])],
        }
    )
    with serve(script) as rt:
        with pytest.raises(HelpdeskPermanent, match="RT did not say which ticket it created"):
            adapter(rt.url).open_ticket(a_case(), message(1), 1)


def attachments(*subjects: str, pages: int = 1) -> dict[str, Any]:
    items = [{"id": str(n), "Subject": s, "TransactionId": str(30 + n)} for n, s in enumerate(subjects)]
    return {**EMPTY, "items": items, "count": len(items), "total": len(items), "pages": pages}


@pytest.mark.parametrize("append_as", ["comment", "correspond"])
def test_append_reads_back_then_adds_one_comment_or_reply_marked_with_the_message_key(append_as: str) -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/ticket/7/attachments"): [lambda r: j(200, attachments("[webcare c_x] first"))],
            ("POST", f"/REST/2.0/ticket/7/{append_as}"): [
                lambda r: j(201, ["Comments added"], {"Location": "/REST/2.0/transaction/35"})
            ],
        }
    )
    case = replace(a_case(), ticket_ref="7")
    with serve(script) as rt:
        assert adapter(rt.url, append_as=append_as).append(case, message(2, "still broken"), 2) == "35"
    read, send = rt.requests
    assert query(read) == {"fields": "Subject,TransactionId", "per_page": "100", "page": "1"}
    body = send.json()
    assert body["Subject"] == "[webcare x:2]"
    assert body["Content"].startswith("still broken\n")
    assert "message: x:2 (#2 of case" in body["Content"]


def test_a_message_already_on_the_ticket_is_not_added_again() -> None:
    # RT's own mail copies carry the marker inside a longer subject; only the exact one counts.
    page_one = attachments("[rt.localtest #7] [webcare x:2]", pages=2)
    page_two = attachments("[webcare x:2]")
    script = Script(
        {
            ("GET", "/REST/2.0/ticket/7/attachments"): [
                lambda r: j(200, page_one if query(r)["page"] == "1" else page_two)
            ]
        }
    )
    with serve(script) as rt:
        assert adapter(rt.url).append(replace(a_case(), ticket_ref="7"), message(2), 2) == "30"
    assert [query(r)["page"] for r in rt.requests] == ["1", "2"]


def test_an_append_whose_answer_is_lost_is_read_back() -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/ticket/7/attachments"): [
                lambda r: j(200, attachments()),
                lambda r: j(200, attachments("[webcare x:2]")),
            ],
            ("POST", "/REST/2.0/ticket/7/comment"): [lambda r: j(504, {})],
        }
    )
    with serve(script) as rt:
        assert adapter(rt.url).append(replace(a_case(), ticket_ref="7"), message(2), 2) == "30"
    assert [r.method for r in rt.requests] == ["GET", "POST", "GET"]


def test_a_comment_answered_without_a_transaction_is_an_error() -> None:
    script = Script(
        {
            ("GET", "/REST/2.0/ticket/7/attachments"): [lambda r: j(200, attachments())],
            ("POST", "/REST/2.0/ticket/7/comment"): [lambda r: j(200, ["Message could not be recorded"])],
        }
    )
    with serve(script) as rt:
        with pytest.raises(HelpdeskPermanent, match="RT did not record the comment on ticket 7"):
            adapter(rt.url).append(replace(a_case(), ticket_ref="7"), message(2), 2)


def test_a_timeout_after_sending_is_read_back_before_giving_up() -> None:
    class Session:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def request(self, method: str, url: str, **kwargs: Any) -> Any:
            self.calls.append(f"{method} {urlsplit(url).path}")
            if method == "POST":
                raise requests.ReadTimeout()
            response = requests.Response()
            response.status_code = 200
            response._content = json.dumps(attachments()).encode()
            return response

    session = Session()
    rt = RequestTrackerHelpdesk("https://rt.example", TOKEN, queue="General", session=session)
    with pytest.raises(HelpdeskRetryable, match="no answer within"):
        rt.append(replace(a_case(), ticket_ref="7"), message(2), 2)
    assert session.calls == [
        "GET /REST/2.0/ticket/7/attachments",
        "POST /REST/2.0/ticket/7/comment",
        "GET /REST/2.0/ticket/7/attachments",
    ]


def test_ticket_status_reads_the_ticket() -> None:
    script = Script({("GET", "/REST/2.0/ticket/7"): [lambda r: j(200, {"id": 7, "Status": "resolved"})]})
    with serve(script) as rt:
        assert adapter(rt.url).ticket_status("7") == "resolved"


def test_an_email_customer_is_the_requestor_as_is_and_odd_ids_become_safe_addresses() -> None:
    rt = RequestTrackerHelpdesk("https://rt.example", TOKEN, queue="General", requestor_domain="care.example")
    by_mail = replace(message(1), customer=Identity("email", "jan@example.nl"))
    scoped = replace(message(1), customer=Identity("messenger", "12 34'; DROP", scope="page 9"))
    assert rt.requestor(by_mail) == "jan@example.nl"
    assert rt.requestor(scoped) == "messenger.page-9.12-34-drop@care.example"


def config(**rt: Any) -> dict[str, Any]:
    entry = {"type": "rt", "url": "https://rt.example.com/rt", "queue": "General", "token_secret": "rt_token"}
    return {"version": 1, "helpdesks": {"rt": {**entry, **rt}}, "default_helpdesk": "rt"}


def test_an_rt_helpdesk_is_built_from_the_config_document() -> None:
    parsed = parse_config(config(append_as="correspond", case_field="ExternalCaseId"))
    helpdesk = build_helpdesk(parsed.helpdesks["rt"], StaticSecrets({"rt_token": TOKEN}))
    assert isinstance(helpdesk, RequestTrackerHelpdesk)
    assert (helpdesk.api, helpdesk.queue, helpdesk.append_as, helpdesk.case_field) == (
        "https://rt.example.com/rt/REST/2.0",
        "General",
        "correspond",
        "ExternalCaseId",
    )


@pytest.mark.parametrize(
    ("change", "message_part"),
    [
        ({"queue": None}, "helpdesks.rt"),
        ({"append_as": "reply"}, "helpdesks.rt"),
        ({"case_field": "CF'; DROP"}, "helpdesks.rt"),
        ({"signing_secret": "x"}, "helpdesks.rt"),
    ],
)
def test_a_bad_rt_entry_is_a_config_error_naming_it(change: dict[str, Any], message_part: str) -> None:
    document = config(**change)
    document["helpdesks"]["rt"] = {k: v for k, v in document["helpdesks"]["rt"].items() if v is not None}
    with pytest.raises(ConfigError, match=message_part):
        parse_config(document)


def test_plain_http_to_a_remote_rt_is_refused_when_built() -> None:
    parsed = parse_config(config(url="http://rt.example.com"))
    with pytest.raises(ConfigError, match=r"helpdesks\.rt\.url: plain http://"):
        build_helpdesk(parsed.helpdesks["rt"], StaticSecrets({"rt_token": TOKEN}))


@pytest.mark.parametrize(
    ("native", "status"),
    [
        ("new", "open"),
        ("open", "open"),
        ("stalled", "open"),
        ("resolved", "solved"),
        ("rejected", "closed"),
        ("deleted", "closed"),
    ],
)
def test_status_maps_rt_lifecycle_onto_the_port(native: str, status: str) -> None:
    script = Script({("GET", "/REST/2.0/ticket/7"): [lambda r: j(200, {"id": 7, "Status": native})]})
    with serve(script) as rt:
        assert adapter(rt.url).status("7") == status
