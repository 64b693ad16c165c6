"""The ServiceNow adapter against a scripted Table API: exact requests, read-backs, errors, config.

ServiceNow publishes no static API description (each instance has its own REST API Explorer),
so these mocked-server tests are its only contract check.
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
from webcare.helpdesks.servicenow import ServiceNowHelpdesk
from webcare.secrets import StaticSecrets

AUTH = "Basic " + base64.b64encode(b"webcare.integration:s3cret").decode()
TICKET = "a" * 32
USER = "b" * 32
GROUP = "c" * 32
EXISTING = {
    "result": [
        {
            f: ""
            for f in (
                "sys_id",
                "correlation_id",
                "due_date",
                "caller_id",
                "work_notes",
                "urgency",
                "consumer",
            )
        }
    ]
}


def adapter(url: str, **options: Any) -> ServiceNowHelpdesk:
    return ServiceNowHelpdesk(url, "webcare.integration", "s3cret", timeout=2, **options)


def test_open_ticket_finds_or_creates_the_caller_then_inserts_an_incident_with_the_case_id() -> None:
    script = Script(
        {
            ("GET", "/api/now/table/incident"): [
                lambda r: j(200, EXISTING),  # first-use field check
                lambda r: j(200, {"result": []}),  # no incident with this correlation_id
            ],
            ("GET", f"/api/now/table/sys_user_group/{GROUP}"): [
                lambda r: j(200, {"result": {"sys_id": GROUP}})
            ],
            ("GET", "/api/now/table/sys_user"): [lambda r: j(200, {"result": []})],
            ("POST", "/api/now/table/sys_user"): [lambda r: j(201, {"result": {"sys_id": USER}})],
            ("POST", "/api/now/table/incident"): [
                lambda r: j(201, {"result": {"sys_id": TICKET, "number": "INC1"}})
            ],
        }
    )
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    with serve(script) as sn:
        helpdesk = adapter(sn.url, assignment_group=GROUP, fields={"urgency": "2"})
        assert helpdesk.open_ticket(case, message(1, attachments=(PHOTO,)), 1) == TICKET
    assert all(r.headers["authorization"] == AUTH for r in sn.requests)
    check, group, find_ticket, find_user, new_user, create = sn.requests
    assert query(check) == {
        "sysparm_limit": "1",
        "sysparm_fields": "caller_id,correlation_id,due_date,urgency,work_notes",
    }
    assert path(group) == f"/api/now/table/sys_user_group/{GROUP}"
    assert query(find_user)["sysparm_query"] == "email=x.88412345@social.invalid"
    assert new_user.json() == {
        "email": "x.88412345@social.invalid",
        "last_name": "Noor de Vries",
        "user_name": "x.88412345@social.invalid",
    }
    assert query(find_ticket) == {
        "sysparm_query": f"correlation_id={case.case_id}^ORDERBYsys_created_on",
        "sysparm_limit": "1",
        "sysparm_fields": "sys_id",
    }
    assert query(create) == {"sysparm_fields": "sys_id,number"}
    body = create.json()
    description = body.pop("description")
    assert body == {
        "urgency": "2",
        "short_description": "x_dm from @noordv",
        "correlation_id": case.case_id,
        "correlation_display": "webcare",
        "caller_id": USER,
        "assignment_group": GROUP,
        "due_date": "2026-11-23 11:00:00",
    }
    assert description.startswith(
        "my router is broken\nattachment: image router.jpg https://pbs.example/media/1.jpg\n"
    )


def test_the_case_table_uses_the_consumer_as_requester() -> None:
    script = Script(
        {
            ("GET", "/api/now/table/sn_customerservice_case"): [lambda r: j(200, {"result": []})],
            ("GET", "/api/now/table/csm_consumer"): [lambda r: j(200, {"result": [{"sys_id": USER}]})],
            ("POST", "/api/now/table/sn_customerservice_case"): [
                lambda r: j(201, {"result": {"sys_id": TICKET}})
            ],
        }
    )
    with serve(script) as sn:
        adapter(sn.url, table="sn_customerservice_case").open_ticket(a_case(), message(1), 1)
    create = sn.requests[-1]
    assert path(create) == "/api/now/table/sn_customerservice_case"
    assert create.json()["consumer"] == USER and "caller_id" not in create.json()


def test_a_ticket_with_the_case_id_is_reused() -> None:
    script = Script(
        {
            ("GET", "/api/now/table/incident"): [
                lambda r: j(200, EXISTING),
                lambda r: j(200, {"result": [{"sys_id": TICKET}]}),
            ],
        }
    )
    with serve(script) as sn:
        assert adapter(sn.url).open_ticket(a_case(), message(1), 1) == TICKET
    assert [r.method for r in sn.requests] == ["GET", "GET"]  # field check, correlation_id query


def test_an_insert_whose_answer_is_lost_is_found_by_correlation_id_and_not_sent_twice() -> None:
    script = Script(
        {
            ("GET", "/api/now/table/incident"): [
                lambda r: j(200, {"result": []}),
                lambda r: j(200, {"result": []}),
                lambda r: j(200, {"result": [{"sys_id": TICKET}]}),
            ],
            ("GET", "/api/now/table/sys_user"): [lambda r: j(200, {"result": [{"sys_id": USER}]})],
            ("POST", "/api/now/table/incident"): [lambda r: j(504, {})],
        }
    )
    with serve(script) as sn:
        assert adapter(sn.url).open_ticket(a_case(), message(1), 1) == TICKET
    assert [r.method for r in sn.requests][-3:] == ["GET", "POST", "GET"]
    assert sum(r.method == "POST" for r in sn.requests) == 1


def test_a_rate_limited_insert_is_retryable_with_the_rate_headers_and_not_read_back() -> None:
    limited = {"Retry-After": "60", "X-RateLimit-Limit": "1000", "X-RateLimit-Rule": "integration"}
    script = Script(
        {
            ("GET", "/api/now/table/incident"): [lambda r: j(200, {"result": []})],
            ("GET", "/api/now/table/sys_user"): [lambda r: j(200, {"result": [{"sys_id": USER}]})],
            ("POST", "/api/now/table/incident"): [lambda r: j(429, {"error": {"message": "limit"}}, limited)],
        }
    )
    with serve(script) as sn:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(sn.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.retry_after == 60.0
    assert caught.value.reason == "HTTP 429 [x-ratelimit-limit=1000, x-ratelimit-rule=integration]"
    assert [r.method for r in sn.requests][-1] == "POST"


def test_a_refused_insert_names_only_the_status_because_servicenow_errors_are_free_text() -> None:
    refused = {"error": {"message": "my router is broken", "detail": "ACL"}, "status": "failure"}
    script = Script(
        {
            ("GET", "/api/now/table/incident"): [lambda r: j(200, {"result": []})],
            ("GET", "/api/now/table/sys_user"): [lambda r: j(200, {"result": [{"sys_id": USER}]})],
            ("POST", "/api/now/table/incident"): [lambda r: j(403, refused)],
        }
    )
    with serve(script) as sn:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(sn.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 403"


def journal(*entries: str) -> dict[str, Any]:
    text = "\n\n".join(
        f"2026-11-23 10:0{n}:00 - Integration (Work notes)\n{e}" for n, e in enumerate(entries)
    )
    return {"result": {"work_notes": text}}


@pytest.mark.parametrize("append_as", ["work_notes", "comments"])
def test_append_reads_the_journal_then_patches_one_marked_entry(append_as: str) -> None:
    script = Script(
        {
            ("GET", f"/api/now/table/incident/{TICKET}"): [lambda r: j(200, {"result": {append_as: ""}})],
            ("PATCH", f"/api/now/table/incident/{TICKET}"): [
                lambda r: j(200, {"result": {"sys_id": TICKET}})
            ],
        }
    )
    with serve(script) as sn:
        helpdesk = adapter(sn.url, append_as=append_as)
        assert helpdesk.append(replace(a_case(), ticket_ref=TICKET), message(2, "still broken"), 2) is None
    read, send = sn.requests
    assert query(read) == {"sysparm_fields": append_as, "sysparm_display_value": "true"}
    assert list(send.json()) == [append_as]
    assert send.json()[append_as].startswith("[webcare x:2]\nstill broken\n")


def test_a_journal_entry_already_there_is_not_added_again() -> None:
    script = Script(
        {
            ("GET", f"/api/now/table/incident/{TICKET}"): [
                lambda r: j(200, journal("[webcare x:2]\nstill broken"))
            ]
        }
    )
    with serve(script) as sn:
        adapter(sn.url).append(replace(a_case(), ticket_ref=TICKET), message(2), 2)
    assert [r.method for r in sn.requests] == ["GET"]


def test_a_patch_whose_answer_is_lost_is_read_back_and_a_missing_entry_stays_retryable() -> None:
    script = Script(
        {
            ("GET", f"/api/now/table/incident/{TICKET}"): [
                lambda r: j(200, journal("[webcare x:1]")),
                lambda r: j(200, journal("[webcare x:1]")),
                lambda r: j(200, journal("[webcare x:1]")),
                lambda r: j(200, journal("[webcare x:2]", "[webcare x:1]")),
            ],
            ("PATCH", f"/api/now/table/incident/{TICKET}"): [lambda r: j(502, {})],
        }
    )
    with serve(script) as sn:
        helpdesk = adapter(sn.url)
        case = replace(a_case(), ticket_ref=TICKET)
        with pytest.raises(HelpdeskRetryable):  # not in the journal: the forwarder retries later
            helpdesk.append(case, message(2), 2)
        assert helpdesk.append(case, message(2), 2) is None  # this time the entry was written
    assert [r.method for r in sn.requests] == ["GET", "PATCH", "GET", "GET", "PATCH", "GET"]


@pytest.mark.parametrize(
    ("state", "active", "expected"),
    [
        ("1", "true", "open"),
        ("2", "true", "open"),
        ("6", "true", "solved"),
        ("7", "false", "closed"),
        ("3", "false", "closed"),
    ],
)
def test_status_maps_state_and_active(state: str, active: str, expected: str) -> None:
    answer = {"result": {"state": state, "active": active}}
    script = Script({("GET", f"/api/now/table/incident/{TICKET}"): [lambda r: j(200, answer)]})
    with serve(script) as sn:
        assert adapter(sn.url).status(TICKET) == expected
    assert query(sn.requests[0]) == {"sysparm_fields": "state,active"}


def test_a_configured_field_the_table_does_not_have_is_a_permanent_error_naming_it() -> None:
    script = Script({("GET", "/api/now/table/incident"): [lambda r: j(200, EXISTING)]})
    with serve(script) as sn:
        with pytest.raises(HelpdeskPermanent, match=r"table incident has no field.s. u_webcare_team"):
            adapter(sn.url, fields={"u_webcare_team": "social"}).open_ticket(a_case(), message(1), 1)
    assert [r.method for r in sn.requests] == ["GET"]


def test_an_unknown_assignment_group_is_a_permanent_error_naming_it() -> None:
    script = Script(
        {
            ("GET", "/api/now/table/incident"): [lambda r: j(200, EXISTING)],
            ("GET", f"/api/now/table/sys_user_group/{GROUP}"): [
                lambda r: j(404, {"error": {"message": "No Record"}})
            ],
        }
    )
    with serve(script) as sn:
        with pytest.raises(HelpdeskPermanent, match=r"assignment group c+ not found .*assignment_group"):
            adapter(sn.url, assignment_group=GROUP).open_ticket(a_case(), message(1), 1)


def config(**entry: Any) -> dict[str, Any]:
    base = {
        "type": "servicenow",
        "url": "https://acme.service-now.com",
        "username": "webcare.integration",
        "password_secret": "servicenow_password",
    }
    return {"version": 1, "helpdesks": {"sn": {**base, **entry}}, "default_helpdesk": "sn"}


def test_a_servicenow_helpdesk_is_built_from_the_config_document() -> None:
    document = config(table="sn_customerservice_case", append_as="comments", assignment_group=GROUP)
    helpdesk = build_helpdesk(
        parse_config(document).helpdesks["sn"], StaticSecrets({"servicenow_password": "pw"})
    )
    assert isinstance(helpdesk, ServiceNowHelpdesk)
    assert (helpdesk.table, helpdesk.append_as, helpdesk.requester_table, helpdesk.requester_field) == (
        "sn_customerservice_case",
        "comments",
        "csm_consumer",
        "consumer",
    )


@pytest.mark.parametrize(
    "change",
    [
        {"password_secret": None},
        {"table": "change_request"},
        {"append_as": "notes"},
        {"assignment_group": "Service Desk"},  # a sys_id, not a name
        {"fields": {"Bad Field": "x"}},
        {"password": "pw"},  # credentials are secret names, never values
    ],
)
def test_a_bad_servicenow_entry_is_a_config_error_naming_the_helpdesk(change: dict[str, Any]) -> None:
    document = config(**change)
    document["helpdesks"]["sn"] = {k: v for k, v in document["helpdesks"]["sn"].items() if v is not None}
    with pytest.raises(ConfigError, match=r"helpdesks\.sn"):
        parse_config(document)


def test_status_refuses_a_reference_that_is_not_a_sys_id_without_a_request() -> None:
    with pytest.raises(HelpdeskPermanent, match="not a ServiceNow sys_id"):
        adapter("https://acme.service-now.com").status("INC0010001")


def test_a_journal_entry_written_while_the_client_times_out_is_not_written_twice() -> None:
    journal_entries: list[str] = []

    def slow_patch(request: Any) -> tuple[int, dict[str, str], bytes]:
        journal_entries.append(request.json()["work_notes"])
        time.sleep(1.0)
        return j(200, {"result": {"sys_id": TICKET}})

    def read(request: Any) -> tuple[int, dict[str, str], bytes]:
        return j(200, journal(*journal_entries) if journal_entries else {"result": {"work_notes": ""}})

    script = Script(
        {
            ("GET", f"/api/now/table/incident/{TICKET}"): [read],
            ("PATCH", f"/api/now/table/incident/{TICKET}"): [slow_patch],
        }
    )
    with serve(script) as sn:
        helpdesk = ServiceNowHelpdesk(sn.url, "webcare.integration", "s3cret", timeout=0.3)
        assert helpdesk.append(replace(a_case(), ticket_ref=TICKET), message(2), 2) is None
    assert [r.method for r in sn.requests] == ["GET", "PATCH", "GET"]
    assert len(journal_entries) == 1
