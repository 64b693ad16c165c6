"""The Freshdesk adapter against a scripted API v2 server: exact requests, read-backs, errors, config.

Freshdesk publishes no API description, so these mocked-server tests are its only contract check.
"""

from __future__ import annotations

import base64
import time
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from helpdesk_servers import serve
from vendor_fakes import NOW, PHOTO, Script, a_case, j, message, path, query

from webcare.config import parse_config
from webcare.errors import ConfigError
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.freshdesk import FreshdeskHelpdesk
from webcare.model import Identity
from webcare.secrets import StaticSecrets

KEY = "fd-api-key-abc"
AUTH = "Basic " + base64.b64encode(f"{KEY}:X".encode()).decode()
CONTACT = [{"id": 4001, "email": "x.88412345@social.invalid"}]


def adapter(url: str, **options: Any) -> FreshdeskHelpdesk:
    return FreshdeskHelpdesk(url, KEY, timeout=2, clock=lambda: NOW, **options)


def test_open_ticket_creates_the_contact_then_a_ticket_with_case_id_fields_and_due_dates() -> None:
    script = Script(
        {
            ("GET", "/api/v2/ticket_fields"): [
                lambda r: j(200, [{"name": "cf_webcare_case"}, {"name": "cf_team"}])
            ],
            ("GET", "/api/v2/groups/12"): [lambda r: j(200, {"id": 12})],
            ("GET", "/api/v2/contacts"): [lambda r: j(200, [])],
            ("POST", "/api/v2/contacts"): [lambda r: j(201, {"id": 4001})],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, [])],
            ("POST", "/api/v2/tickets"): [lambda r: j(201, {"id": 77, "status": 2})],
        }
    )
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    first = message(1, "my router is broken <script>", attachments=(PHOTO,))
    with serve(script) as fd:
        helpdesk = adapter(
            fd.url, case_field="cf_webcare_case", group_id=12, priority=3, custom_fields={"cf_team": "care"}
        )
        assert helpdesk.open_ticket(case, first, 1) == "77"
    assert [(r.method, path(r)) for r in fd.requests] == [
        ("GET", "/api/v2/ticket_fields"),
        ("GET", "/api/v2/groups/12"),
        ("GET", "/api/v2/contacts"),
        ("POST", "/api/v2/contacts"),
        ("GET", "/api/v2/tickets"),
        ("POST", "/api/v2/tickets"),
    ]
    assert all(r.headers["authorization"] == AUTH for r in fd.requests)
    _, _, find_contact, new_contact, listing, create = fd.requests
    assert query(find_contact) == {"email": "x.88412345@social.invalid"}
    assert new_contact.json() == {"name": "Noor de Vries", "email": "x.88412345@social.invalid"}
    assert query(listing) == {
        "requester_id": "4001",
        "updated_since": "2026-11-23T09:00:00Z",
        "order_by": "created_at",
        "order_type": "asc",
        "per_page": "100",
        "page": "1",
    }
    body = create.json()
    description = body.pop("description")
    assert body == {
        "requester_id": 4001,
        "subject": "x_dm from @noordv",
        "status": 2,
        "priority": 3,
        "tags": [case.case_id, "webcare"],
        "custom_fields": {"cf_team": "care", "cf_webcare_case": case.case_id},
        "group_id": 12,
        "fr_due_by": "2026-11-23T11:00:00Z",
        "due_by": "2026-11-23T11:00:00Z",
    }
    # Customer text is escaped; the attachment is a link, never downloaded.
    assert description.startswith("<div>my router is broken &lt;script&gt;</div>")
    assert (
        '<a href="https://pbs.example/media/1.jpg" rel="noopener noreferrer">image router.jpg</a>'
        in description
    )
    assert "scrubbed before forwarding: password" in description


def test_a_ticket_that_already_carries_the_case_id_is_reused() -> None:
    case = a_case()
    mine = {"id": 78, "tags": [case.case_id], "custom_fields": {}}
    script = Script(
        {
            ("GET", "/api/v2/contacts"): [lambda r: j(200, CONTACT)],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, [{"id": 70, "tags": ["other"]}, mine])],
        }
    )
    with serve(script) as fd:
        assert adapter(fd.url).open_ticket(case, message(1), 1) == "78"
    assert [r.method for r in fd.requests] == ["GET", "GET"]


def test_a_create_whose_answer_is_lost_is_found_by_the_read_back_and_not_sent_twice() -> None:
    case = a_case()
    created = [{"id": 79, "tags": [], "custom_fields": {"cf_webcare_case": case.case_id}}]
    script = Script(
        {
            ("GET", "/api/v2/ticket_fields"): [lambda r: j(200, [{"name": "cf_webcare_case"}])],
            ("GET", "/api/v2/contacts"): [lambda r: j(200, CONTACT)],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, []), lambda r: j(200, created)],
            # Freshdesk created the ticket; the proxy in front of it lost the answer.
            ("POST", "/api/v2/tickets"): [lambda r: j(502, {"description": "Bad gateway"})],
        }
    )
    with serve(script) as fd:
        assert adapter(fd.url, case_field="cf_webcare_case").open_ticket(case, message(1), 1) == "79"
    assert [(r.method, path(r)) for r in fd.requests][-3:] == [
        ("GET", "/api/v2/tickets"),
        ("POST", "/api/v2/tickets"),
        ("GET", "/api/v2/tickets"),
    ]


def test_a_429_is_retryable_with_retry_after_and_the_rate_headers_and_is_not_read_back() -> None:
    limited = {"Retry-After": "30", "X-RateLimit-Total": "200", "X-RateLimit-Remaining": "0"}
    script = Script(
        {
            ("GET", "/api/v2/contacts"): [lambda r: j(200, CONTACT)],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, [])],
            ("POST", "/api/v2/tickets"): [lambda r: j(429, {"message": "slow down"}, limited)],
        }
    )
    with serve(script) as fd:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(fd.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.retry_after == 30.0
    assert caught.value.reason == "HTTP 429 [x-ratelimit-total=200, x-ratelimit-remaining=0]"
    assert [r.method for r in fd.requests] == ["GET", "GET", "POST"]


def test_a_validation_error_is_permanent_with_freshdesks_code_and_never_its_text() -> None:
    refused = {
        "description": "Validation failed",
        "errors": [{"field": "description", "message": "my router is broken", "code": "invalid_value"}],
    }
    script = Script(
        {
            ("GET", "/api/v2/contacts"): [lambda r: j(200, CONTACT)],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, [])],
            ("POST", "/api/v2/tickets"): [lambda r: j(400, refused)],
        }
    )
    with serve(script) as fd:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(fd.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 400 (code: invalid_value)"


def test_a_contact_created_meanwhile_by_another_forwarder_is_used() -> None:
    script = Script(
        {
            ("GET", "/api/v2/contacts"): [lambda r: j(200, []), lambda r: j(200, CONTACT)],
            ("POST", "/api/v2/contacts"): [
                lambda r: j(409, {"errors": [{"field": "email", "code": "duplicate_value"}]})
            ],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, [{"id": 5, "tags": [a_case().case_id]}])],
        }
    )
    with serve(script) as fd:
        assert adapter(fd.url).open_ticket(a_case(), message(1), 1) == "5"


def test_an_email_customer_is_looked_up_by_their_own_address() -> None:
    jan = Identity("email", "jan@example.nl", display_name="Jan")
    script = Script(
        {
            ("GET", "/api/v2/contacts"): [lambda r: j(200, [{"id": 9}])],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, [{"id": 5, "tags": [a_case().case_id]}])],
        }
    )
    with serve(script) as fd:
        adapter(fd.url).open_ticket(a_case(), message(1, customer=jan), 1)
    assert query(fd.requests[0]) == {"email": "jan@example.nl"}


def test_a_deadline_already_passed_is_not_sent_because_freshdesk_refuses_past_due_dates() -> None:
    body = adapter("https://acme.freshdesk.com").ticket_body(
        replace(a_case(), respond_by=NOW - timedelta(minutes=5)), message(1), 1, 4001
    )
    assert "due_by" not in body and "fr_due_by" not in body


def conversations(*bodies: str) -> list[dict[str, Any]]:
    return [{"id": 900 + n, "body_text": text, "private": True} for n, text in enumerate(bodies)]


@pytest.mark.parametrize("public_notes", [False, True])
def test_append_reads_back_then_adds_one_note_marked_with_the_message_key(public_notes: bool) -> None:
    script = Script(
        {
            ("GET", "/api/v2/tickets/77/conversations"): [lambda r: j(200, conversations("hello"))],
            ("POST", "/api/v2/tickets/77/notes"): [lambda r: j(201, {"id": 950})],
        }
    )
    with serve(script) as fd:
        helpdesk = adapter(fd.url, public_notes=public_notes)
        assert helpdesk.append(replace(a_case(), ticket_ref="77"), message(2, "still broken"), 2) == "950"
    read, send = fd.requests
    assert query(read) == {"per_page": "100", "page": "1"}
    body = send.json()
    assert body["private"] is (not public_notes)
    assert body["body"].startswith("<div>[webcare x:2]</div><div>still broken</div>")


def test_a_note_already_on_the_ticket_is_not_added_again() -> None:
    script = Script(
        {
            ("GET", "/api/v2/tickets/77/conversations"): [
                lambda r: j(200, conversations("x", "[webcare x:2] still"))
            ]
        }
    )
    with serve(script) as fd:
        assert adapter(fd.url).append(replace(a_case(), ticket_ref="77"), message(2), 2) == "901"
    assert [r.method for r in fd.requests] == ["GET"]


def test_a_note_whose_answer_is_lost_is_read_back() -> None:
    script = Script(
        {
            ("GET", "/api/v2/tickets/77/conversations"): [
                lambda r: j(200, conversations()),
                lambda r: j(200, conversations("[webcare x:2]\nstill broken")),
            ],
            ("POST", "/api/v2/tickets/77/notes"): [lambda r: j(504, {})],
        }
    )
    with serve(script) as fd:
        assert adapter(fd.url).append(replace(a_case(), ticket_ref="77"), message(2), 2) == "900"
    assert [r.method for r in fd.requests] == ["GET", "POST", "GET"]


def test_a_5xx_on_a_note_that_was_not_added_stays_retryable() -> None:
    script = Script(
        {
            ("GET", "/api/v2/tickets/77/conversations"): [lambda r: j(200, conversations())],
            ("POST", "/api/v2/tickets/77/notes"): [lambda r: j(503, {}, {"Retry-After": "5"})],
        }
    )
    with serve(script) as fd:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(fd.url).append(replace(a_case(), ticket_ref="77"), message(2), 2)
    assert (caught.value.reason, caught.value.retry_after, caught.value.maybe_delivered) == (
        "HTTP 503",
        5.0,
        True,
    )


@pytest.mark.parametrize(
    ("value", "expected"), [(2, "open"), (3, "open"), (4, "solved"), (5, "closed"), (9, "open")]
)
def test_status_maps_freshdesk_statuses(value: int, expected: str) -> None:
    script = Script({("GET", "/api/v2/tickets/77"): [lambda r: j(200, {"id": 77, "status": value})]})
    with serve(script) as fd:
        assert adapter(fd.url).status("77") == expected


def test_a_missing_custom_field_is_a_permanent_error_naming_it_before_anything_is_created() -> None:
    script = Script({("GET", "/api/v2/ticket_fields"): [lambda r: j(200, [{"name": "cf_other"}])]})
    with serve(script) as fd:
        with pytest.raises(HelpdeskPermanent, match="no ticket field 'cf_webcare_case'"):
            adapter(fd.url, case_field="cf_webcare_case").open_ticket(a_case(), message(1), 1)
    assert [r.method for r in fd.requests] == ["GET"]


def test_an_unknown_group_is_a_permanent_error_naming_it() -> None:
    script = Script({("GET", "/api/v2/groups/12"): [lambda r: j(404, {})]})
    with serve(script) as fd:
        with pytest.raises(
            HelpdeskPermanent, match=r"group 12 not found .*HTTP 404; helpdesks\.freshdesk\.group_id"
        ):
            adapter(fd.url, group_id=12).open_ticket(a_case(), message(1), 1)


def config(**entry: Any) -> dict[str, Any]:
    base = {"type": "freshdesk", "url": "https://acme.freshdesk.com", "api_key_secret": "freshdesk_key"}
    return {"version": 1, "helpdesks": {"fd": {**base, **entry}}, "default_helpdesk": "fd"}


def test_a_freshdesk_helpdesk_is_built_from_the_config_document() -> None:
    document = config(case_field="cf_webcare_case", public_notes=True, group_id=3, requests_per_minute=100)
    helpdesk = build_helpdesk(parse_config(document).helpdesks["fd"], StaticSecrets({"freshdesk_key": KEY}))
    assert isinstance(helpdesk, FreshdeskHelpdesk)
    assert (helpdesk.case_field, helpdesk.public_notes, helpdesk.group_id) == ("cf_webcare_case", True, 3)
    assert helpdesk._http.throttle is not None


@pytest.mark.parametrize(
    "change",
    [
        {"api_key_secret": None},
        {"case_field": "webcare_case"},  # custom fields are cf_...
        {"priority": 7},
        {"custom_fields": {"status": 5}},
        {"api_key": KEY},  # credentials are secret names, never values
    ],
)
def test_a_bad_freshdesk_entry_is_a_config_error_naming_the_helpdesk(change: dict[str, Any]) -> None:
    document = config(**change)
    document["helpdesks"]["fd"] = {k: v for k, v in document["helpdesks"]["fd"].items() if v is not None}
    with pytest.raises(ConfigError, match=r"helpdesks\.fd"):
        parse_config(document)


def test_status_refuses_a_reference_that_is_not_a_ticket_number_without_a_request() -> None:
    with pytest.raises(HelpdeskPermanent, match="not a Freshdesk ticket number"):
        adapter("https://acme.freshdesk.com").status("../contacts/1")


def test_a_create_processed_while_the_client_times_out_is_found_instead_of_created_twice() -> None:
    # Given a Freshdesk that creates the ticket but answers after our timeout
    created: list[dict[str, Any]] = []

    def slow_create(request: Any) -> tuple[int, dict[str, str], bytes]:
        created.append({"id": 81, "tags": request.json()["tags"]})
        time.sleep(1.0)
        return j(201, {"id": 81})

    script = Script(
        {
            ("GET", "/api/v2/contacts"): [lambda r: j(200, CONTACT)],
            ("GET", "/api/v2/tickets"): [lambda r: j(200, list(created))],
            ("POST", "/api/v2/tickets"): [slow_create],
        }
    )
    with serve(script) as fd:
        helpdesk = FreshdeskHelpdesk(fd.url, KEY, timeout=0.3, clock=lambda: NOW)
        # When the adapter opens the ticket, then the read-back after the timeout finds it
        assert helpdesk.open_ticket(a_case(), message(1), 1) == "81"
    assert [r.method for r in fd.requests] == ["GET", "GET", "POST", "GET"]
    assert len(created) == 1
