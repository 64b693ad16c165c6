"""The Front adapter against a scripted Core API: imports threaded by case id, de-duplicated by
external_id, status through the message alias. tests/contract/test_front_contract.py checks the
same requests against Front's OpenAPI description."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from helpdesk_servers import serve
from vendor_fakes import NOW, PHOTO, Script, a_case, j, message, path

from webcare.config import parse_config
from webcare.errors import ConfigError
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.front import FrontHelpdesk
from webcare.model import Identity
from webcare.secrets import StaticSecrets

TOKEN = "front-api-token"
IMPORT = "/inboxes/inb_55c8c149/imported_messages"
ACCEPTED = {"status": "accepted", "message_uid": "1eab543f84a0785f7b6b8967cck18f4d"}


def adapter(url: str, **options: Any) -> FrontHelpdesk:
    return FrontHelpdesk(
        url, TOKEN, inbox_id="inb_55c8c149", inbox_address="care@acme.example", timeout=2, **options
    )


def test_open_ticket_imports_the_first_message_threaded_by_case_id_and_returns_its_alias() -> None:
    script = Script({("POST", IMPORT): [lambda r: j(202, ACCEPTED)]})
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    with serve(script) as front:
        helpdesk = adapter(front.url, assignee_id="tea_2lmp", tags=["webcare", "social"], run_rules=True)
        ref = helpdesk.open_ticket(case, message(1, "broken <b>now</b>", attachments=(PHOTO,)), 1)
    assert ref == "alt:uid:1eab543f84a0785f7b6b8967cck18f4d"
    [sent] = front.requests
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    body = sent.json()
    html = body.pop("body")
    assert body == {
        "sender": {"handle": "x.88412345@social.invalid", "name": "Noor de Vries"},
        "to": ["care@acme.example"],
        "subject": "x_dm from @noordv",
        "body_format": "html",
        "external_id": "x:1",
        "created_at": int(NOW.timestamp()),
        "type": "email",
        "tags": ["webcare", "social"],
        "metadata": {
            "thread_ref": case.case_id,
            "is_inbound": True,
            "is_archived": False,
            "should_skip_rules": False,
        },
        "assignee_id": "tea_2lmp",
    }
    assert html.startswith("<div>broken &lt;b&gt;now&lt;/b&gt;</div>")
    assert 'href="https://pbs.example/media/1.jpg"' in html
    assert html.endswith("<div>respond by: 2026-11-23T11:00:00Z</div>")


def test_every_append_is_an_import_with_its_own_external_id_in_the_same_thread() -> None:
    script = Script({("POST", IMPORT): [lambda r: j(202, {**ACCEPTED, "message_uid": "uid2"})]})
    case = replace(a_case(), ticket_ref="alt:uid:1eab")
    with serve(script) as front:
        assert adapter(front.url).append(case, message(2, "still broken"), 2) == "uid2"
    body = front.requests[0].json()
    assert (body["external_id"], body["metadata"]["thread_ref"]) == ("x:2", case.case_id)
    assert body["metadata"]["should_skip_rules"] is True
    assert "respond by" not in body["body"]


def test_an_email_customer_is_the_sender_as_is_and_odd_message_keys_become_stable_tokens() -> None:
    jan = Identity("email", "jan@example.nl", display_name="Jan")
    mail = replace(message(1, customer=jan), source="email", provider_message_id="<a b@mail.example>")
    body = adapter("https://api2.frontapp.com").import_body(a_case(), mail, 1, first=True)
    assert body["sender"]["handle"] == "jan@example.nl"
    assert (
        body["external_id"].startswith("h:")
        and body["external_id"]
        == adapter("https://api2.frontapp.com").import_body(a_case(), mail, 1, first=True)["external_id"]
    )


def test_a_lost_answer_is_simply_retried_because_front_will_not_import_the_same_external_id_twice() -> None:
    script = Script({("POST", IMPORT): [lambda r: j(502, {}), lambda r: j(202, ACCEPTED)]})
    with serve(script) as front:
        helpdesk = adapter(front.url)
        with pytest.raises(HelpdeskRetryable) as caught:
            helpdesk.append(replace(a_case(), ticket_ref="alt:uid:1"), message(2), 2)
        assert caught.value.maybe_delivered
        assert (
            helpdesk.append(replace(a_case(), ticket_ref="alt:uid:1"), message(2), 2)
            == ACCEPTED["message_uid"]
        )
    first, second = (r.json() for r in front.requests)
    assert first == second  # same external_id: Front de-duplicates


def test_a_duplicate_refused_with_409_counts_as_delivered() -> None:
    script = Script({("POST", IMPORT): [lambda r: j(409, {"_error": {"status": 409, "title": "Conflict"}})]})
    with serve(script) as front:
        assert adapter(front.url).append(replace(a_case(), ticket_ref="alt:uid:1"), message(2), 2) is None
        assert adapter(front.url).open_ticket(a_case(), message(1), 1) == f"thread:{a_case().case_id}"


def test_rate_limits_are_retryable_with_retry_after_and_fronts_headers() -> None:
    limited = {
        "Retry-After": "20",
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": "0",
        "X-Front-Tier": "3",
    }
    script = Script({("POST", IMPORT): [lambda r: j(429, {"_error": {"status": 429}}, limited)]})
    with serve(script) as front:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(front.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.retry_after == 20.0
    assert caught.value.reason == "HTTP 429 [x-ratelimit-limit=50, x-ratelimit-remaining=0, x-front-tier=3]"


def test_a_bad_request_is_permanent_with_the_status_only() -> None:
    refused = {"_error": {"status": 400, "title": "Bad request", "message": "body my router is broken"}}
    script = Script({("POST", IMPORT): [lambda r: j(400, refused)]})
    with serve(script) as front:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(front.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 400"


def test_a_202_without_a_message_uid_is_an_error() -> None:
    script = Script({("POST", IMPORT): [lambda r: j(202, {"status": "accepted"})]})
    with serve(script) as front:
        with pytest.raises(HelpdeskPermanent, match="did not say which message"):
            adapter(front.url).open_ticket(a_case(), message(1), 1)


@pytest.mark.parametrize(
    ("state", "expected"),
    [("unassigned", "open"), ("assigned", "open"), ("archived", "solved"), ("deleted", "closed")],
)
def test_status_follows_the_first_message_to_its_conversation(state: str, expected: str) -> None:
    link = "https://acme.api.frontapp.com/conversations/cnv_yo1kg5q"
    script = Script(
        {
            ("GET", "/messages/alt:uid:1eab"): [
                lambda r: j(200, {"_links": {"related": {"conversation": link}}})
            ],
            ("GET", "/conversations/cnv_yo1kg5q"): [lambda r: j(200, {"id": "cnv_yo1kg5q", "status": state})],
        }
    )
    with serve(script) as front:
        assert adapter(front.url).status("alt:uid:1eab") == expected
    assert [path(r) for r in front.requests] == ["/messages/alt:uid:1eab", "/conversations/cnv_yo1kg5q"]


def test_status_is_open_while_front_cannot_tell_so_the_forwarder_never_starts_a_follow_up_on_a_guess() -> (
    None
):
    # Imports are asynchronous: right after the first one the message may be unknown or unthreaded.
    script = Script(
        {
            ("GET", "/messages/alt:uid:new"): [lambda r: j(404, {"_error": {"status": 404}})],
            ("GET", "/messages/alt:uid:1eab"): [lambda r: j(200, {"_links": {"related": {}}})],
        }
    )
    with serve(script) as front:
        helpdesk = adapter(front.url)
        assert helpdesk.status("alt:uid:new") == "open"
        assert helpdesk.status("alt:uid:1eab") == "open"
        assert helpdesk.status("thread:c_1") == "open"  # no message uid to follow
    assert [path(r) for r in front.requests] == ["/messages/alt:uid:new", "/messages/alt:uid:1eab"]


def config(**entry: Any) -> dict[str, Any]:
    base = {
        "type": "front",
        "url": "https://api2.frontapp.com",
        "token_secret": "front_token",
        "inbox_id": "inb_55c8c149",
        "inbox_address": "care@acme.example",
    }
    return {"version": 1, "helpdesks": {"fr": {**base, **entry}}, "default_helpdesk": "fr"}


def test_a_front_helpdesk_is_built_from_the_config_document() -> None:
    document = config(tags=["social"], assignee_id="tea_2lmp", run_rules=True)
    helpdesk = build_helpdesk(parse_config(document).helpdesks["fr"], StaticSecrets({"front_token": TOKEN}))
    assert isinstance(helpdesk, FrontHelpdesk)
    assert (helpdesk.inbox_id, helpdesk.tags, helpdesk.assignee_id, helpdesk.run_rules) == (
        "inb_55c8c149",
        ("social",),
        "tea_2lmp",
        True,
    )


@pytest.mark.parametrize(
    "change",
    [{"inbox_id": None}, {"inbox_id": "Webcare"}, {"assignee_id": "noor"}, {"token": TOKEN}],
)
def test_a_bad_front_entry_is_a_config_error_naming_the_helpdesk(change: dict[str, Any]) -> None:
    document = config(**change)
    document["helpdesks"]["fr"] = {k: v for k, v in document["helpdesks"]["fr"].items() if v is not None}
    with pytest.raises(ConfigError, match=r"helpdesks\.fr"):
        parse_config(document)
