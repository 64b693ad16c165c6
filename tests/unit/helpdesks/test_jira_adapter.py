"""The Jira Service Management adapter against a scripted server: exact requests, read-backs, errors, config.

tests/contract/test_jira_contract.py checks the same requests against JSM's OpenAPI description.
"""

from __future__ import annotations

import base64
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
from webcare.helpdesks.jira import JiraServiceManagementHelpdesk, case_label
from webcare.secrets import StaticSecrets

TOKEN = "atl-api-token"
AUTH = "Basic " + base64.b64encode(f"care@acme.example:{TOKEN}".encode()).decode()
SD = "/rest/servicedeskapi"
FIELDS_PATH = f"{SD}/servicedesk/4/requesttype/21/field"
FIELDS = {
    "requestTypeFields": [{"fieldId": f} for f in ("summary", "description", "labels", "priority", "duedate")]
}
NO_ISSUES: dict[str, Any] = {"issues": []}
ACCOUNT = "qm:5b10ac8d82e05b22cc7d4ef5"


def adapter(url: str, **options: Any) -> JiraServiceManagementHelpdesk:
    return JiraServiceManagementHelpdesk(
        url, "care@acme.example", TOKEN, service_desk_id="4", request_type_id="21", timeout=2, **options
    )


def customers(*pairs: tuple[str, str]) -> dict[str, Any]:
    values = [{"accountId": a, "emailAddress": e} for a, e in pairs]
    return {"size": len(values), "start": 0, "limit": 50, "isLastPage": True, "values": values}


def test_open_ticket_creates_the_customer_and_raises_a_request_on_their_behalf_with_the_case_label() -> None:
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(200, NO_ISSUES)],
            ("GET", f"{SD}/servicedesk/4/customer"): [lambda r: j(200, customers())],
            ("POST", f"{SD}/customer"): [lambda r: j(201, {"accountId": ACCOUNT})],
            ("POST", f"{SD}/servicedesk/4/customer"): [lambda r: (204, {}, b"")],
            ("POST", f"{SD}/request"): [lambda r: j(201, {"issueId": "10001", "issueKey": "WC-12"})],
        }
    )
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    with serve(script) as jira:
        helpdesk = adapter(jira.url, priority="High", set_due_date=True)
        assert (
            helpdesk.open_ticket(case, message(1, "see *this* {noformat}", attachments=(PHOTO,)), 1)
            == "WC-12"
        )
    assert all(r.headers["authorization"] == AUTH for r in jira.requests)
    _, search, find_customer, new_customer, add_customer, create = jira.requests
    assert search.json() == {
        "jql": f'labels = "webcare-{case.case_id}" ORDER BY created ASC',
        "fields": ["created"],
        "maxResults": 1,
    }
    assert query(find_customer) == {"query": "x.88412345@social.invalid", "start": "0", "limit": "50"}
    assert find_customer.headers["x-experimentalapi"] == "opt-in"
    assert new_customer.json() == {"email": "x.88412345@social.invalid", "displayName": "Noor de Vries"}
    assert add_customer.json() == {"accountIds": [ACCOUNT]}
    body = create.json()
    fields = body.pop("requestFieldValues")
    assert body == {"serviceDeskId": "4", "requestTypeId": "21", "raiseOnBehalfOf": ACCOUNT}
    description = fields.pop("description")
    assert fields == {
        "summary": "x_dm from @noordv",
        "labels": [case_label(case.case_id), "webcare"],
        "priority": {"name": "High"},
        "duedate": "2026-11-23",
    }
    # The customer's text cannot end the noformat block or render as markup.
    assert description.startswith("{noformat}\nsee *this* { noformat}\n{noformat}\n")
    assert "attachment: [image router.jpg|https://pbs.example/media/1.jpg]" in description


def test_a_customer_the_desk_already_has_is_used_as_is() -> None:
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(200, NO_ISSUES)],
            ("GET", f"{SD}/servicedesk/4/customer"): [
                lambda r: j(
                    200,
                    customers(
                        ("qm:other", "x.88412345@social.invalid.nl"), (ACCOUNT, "X.88412345@social.invalid")
                    ),
                )
            ],
            ("POST", f"{SD}/request"): [lambda r: j(201, {"issueKey": "WC-12"})],
        }
    )
    with serve(script) as jira:
        adapter(jira.url).open_ticket(a_case(), message(1), 1)
    assert jira.requests[-1].json()["raiseOnBehalfOf"] == ACCOUNT
    assert [path(r) for r in jira.requests].count(f"{SD}/customer") == 0


@pytest.mark.parametrize(
    "refusal",
    [
        lambda r: j(400, {"errorMessage": "exists", "i18nErrorMessage": {"i18nKey": "sd.customer.exists"}}),
        lambda r: j(504, {}),  # created, answer lost: not on the desk yet, so the desk look-up misses it
    ],
)
def test_an_account_that_exists_but_is_not_on_the_desk_is_found_by_user_search_and_added(
    refusal: Any,
) -> None:
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(200, NO_ISSUES)],
            ("GET", f"{SD}/servicedesk/4/customer"): [lambda r: j(200, customers())],
            ("POST", f"{SD}/customer"): [refusal],
            ("GET", "/rest/api/3/user/search"): [
                lambda r: j(
                    200,
                    [
                        {"accountId": "qm:other"},
                        {"accountId": ACCOUNT, "emailAddress": "x.88412345@social.invalid"},
                    ],
                )
            ],
            ("POST", f"{SD}/servicedesk/4/customer"): [lambda r: (204, {}, b"")],
            ("POST", f"{SD}/request"): [lambda r: j(201, {"issueKey": "WC-12"})],
        }
    )
    with serve(script) as jira:
        assert adapter(jira.url).open_ticket(a_case(), message(1), 1) == "WC-12"
    search = next(r for r in jira.requests if path(r) == "/rest/api/3/user/search")
    assert query(search) == {"query": "x.88412345@social.invalid", "maxResults": "10"}
    assert jira.requests[-2].json() == {"accountIds": [ACCOUNT]}
    assert jira.requests[-1].json()["raiseOnBehalfOf"] == ACCOUNT
    assert [path(r) for r in jira.requests].count(f"{SD}/customer") == 1


def test_a_refused_customer_that_no_search_finds_stays_a_permanent_error() -> None:
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(200, NO_ISSUES)],
            ("GET", f"{SD}/servicedesk/4/customer"): [lambda r: j(200, customers())],
            ("POST", f"{SD}/customer"): [
                lambda r: j(400, {"i18nErrorMessage": {"i18nKey": "sd.email.invalid"}})
            ],
            ("GET", "/rest/api/3/user/search"): [lambda r: j(200, [])],
        }
    )
    with serve(script) as jira:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(jira.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 400 (code: sd.email.invalid)"


def test_a_request_with_the_case_label_is_reused() -> None:
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [
                lambda r: j(200, {"issues": [{"id": "10001", "key": "WC-9"}]})
            ],
        }
    )
    with serve(script) as jira:
        assert adapter(jira.url).open_ticket(a_case(), message(1), 1) == "WC-9"
    assert len(jira.requests) == 2


def test_a_create_whose_answer_is_lost_is_found_by_the_read_back() -> None:
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [
                lambda r: j(200, NO_ISSUES),
                lambda r: j(200, {"issues": [{"key": "WC-13"}]}),
            ],
            ("GET", f"{SD}/servicedesk/4/customer"): [
                lambda r: j(200, customers((ACCOUNT, "x.88412345@social.invalid")))
            ],
            ("POST", f"{SD}/request"): [lambda r: j(502, {})],
        }
    )
    with serve(script) as jira:
        assert adapter(jira.url).open_ticket(a_case(), message(1), 1) == "WC-13"
    assert [path(r) for r in jira.requests].count(f"{SD}/request") == 1


def test_a_lost_create_not_yet_visible_to_jql_is_not_trusted_and_stays_retryable() -> None:
    # JQL reads an index that trails writes; "not found" right after the failure proves nothing.
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(200, NO_ISSUES)],
            ("GET", f"{SD}/servicedesk/4/customer"): [
                lambda r: j(200, customers((ACCOUNT, "x.88412345@social.invalid")))
            ],
            ("POST", f"{SD}/request"): [lambda r: j(500, {"errorMessage": "my router is broken"})],
        }
    )
    with serve(script) as jira:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(jira.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 500"


def test_a_429_carries_retry_after_and_jiras_rate_headers() -> None:
    limited = {"Retry-After": "12", "X-RateLimit-Remaining": "0", "RateLimit-Reason": "jira-burst-based"}
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(429, {}, limited)],
        }
    )
    with serve(script) as jira:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(jira.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.retry_after == 12.0
    assert caught.value.reason == "HTTP 429 [x-ratelimit-remaining=0, ratelimit-reason=jira-burst-based]"


def test_a_refused_request_names_jsms_i18n_key_and_never_the_message() -> None:
    refused = {
        "errorMessage": "Field 'labels' cannot be set: my router is broken",
        "i18nErrorMessage": {"i18nKey": "sd.request.create.error.fields.invalid", "parameters": []},
    }
    script = Script(
        {
            ("GET", FIELDS_PATH): [lambda r: j(200, FIELDS)],
            ("POST", "/rest/api/3/search/jql"): [lambda r: j(200, NO_ISSUES)],
            ("GET", f"{SD}/servicedesk/4/customer"): [
                lambda r: j(200, customers((ACCOUNT, "x.88412345@social.invalid")))
            ],
            ("POST", f"{SD}/request"): [lambda r: j(400, refused)],
        }
    )
    with serve(script) as jira:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(jira.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 400 (code: sd.request.create.error.fields.invalid)"


def comments(*bodies: str, last: bool = True) -> dict[str, Any]:
    values = [{"id": str(500 + n), "body": b, "public": False} for n, b in enumerate(bodies)]
    return {"size": len(values), "start": 0, "limit": 100, "isLastPage": last, "values": values}


@pytest.mark.parametrize("public", [False, True])
def test_append_reads_all_comments_then_adds_one_marked_comment(public: bool) -> None:
    script = Script(
        {
            ("GET", f"{SD}/request/WC-12/comment"): [
                lambda r: j(
                    200, comments("first", last=False) if query(r)["start"] == "0" else comments("second")
                )
            ],
            ("POST", f"{SD}/request/WC-12/comment"): [lambda r: j(201, {"id": "777", "public": public})],
        }
    )
    with serve(script) as jira:
        helpdesk = adapter(jira.url, public_comments=public)
        assert helpdesk.append(replace(a_case(), ticket_ref="WC-12"), message(2, "still broken"), 2) == "777"
    first_page, second_page, send = jira.requests
    assert query(first_page) == {"public": "true", "internal": "true", "start": "0", "limit": "100"}
    assert query(second_page)["start"] == "100"
    assert send.json()["public"] is public
    assert send.json()["body"].startswith("{noformat}\n[webcare x:2]\nstill broken\n{noformat}")


def test_a_comment_already_on_the_request_is_not_added_again() -> None:
    script = Script(
        {
            ("GET", f"{SD}/request/WC-12/comment"): [
                lambda r: j(200, comments("{noformat}\n[webcare x:2]\nhi"))
            ]
        }
    )
    with serve(script) as jira:
        assert adapter(jira.url).append(replace(a_case(), ticket_ref="WC-12"), message(2), 2) == "500"
    assert [r.method for r in jira.requests] == ["GET"]


def test_a_comment_whose_answer_is_lost_is_read_back() -> None:
    script = Script(
        {
            ("GET", f"{SD}/request/WC-12/comment"): [
                lambda r: j(200, comments()),
                lambda r: j(200, comments("{noformat}\n[webcare x:2]\nhi")),
            ],
            ("POST", f"{SD}/request/WC-12/comment"): [lambda r: j(503, {})],
        }
    )
    with serve(script) as jira:
        assert adapter(jira.url).append(replace(a_case(), ticket_ref="WC-12"), message(2), 2) == "500"
    assert [r.method for r in jira.requests] == ["GET", "POST", "GET"]


@pytest.mark.parametrize(
    ("category", "name", "expected"),
    [
        ("NEW", "Open", "open"),
        ("INDETERMINATE", "In progress", "open"),
        ("DONE", "Resolved", "solved"),
        ("DONE", "Closed", "closed"),
    ],
)
def test_status_maps_the_status_category(category: str, name: str, expected: str) -> None:
    answer = {"issueKey": "WC-12", "currentStatus": {"status": name, "statusCategory": category}}
    script = Script({("GET", f"{SD}/request/WC-12"): [lambda r: j(200, answer)]})
    with serve(script) as jira:
        assert adapter(jira.url).status("WC-12") == expected


def test_a_request_type_without_a_field_the_adapter_sets_is_a_permanent_error_naming_it() -> None:
    fields = {"requestTypeFields": [{"fieldId": "summary"}, {"fieldId": "description"}]}
    script = Script({("GET", FIELDS_PATH): [lambda r: j(200, fields)]})
    with serve(script) as jira:
        with pytest.raises(
            HelpdeskPermanent, match=r"request type 21 has no field\(s\) labels, customfield_10010"
        ):
            adapter(jira.url, request_fields={"customfield_10010": "x"}).open_ticket(a_case(), message(1), 1)
    assert len(jira.requests) == 1


def test_an_unknown_service_desk_is_a_permanent_error_naming_it() -> None:
    script = Script({("GET", FIELDS_PATH): [lambda r: j(404, {})]})
    with serve(script) as jira:
        with pytest.raises(HelpdeskPermanent, match=r"service desk 4 / request type 21 not found"):
            adapter(jira.url).open_ticket(a_case(), message(1), 1)


def config(**entry: Any) -> dict[str, Any]:
    base = {
        "type": "jira",
        "url": "https://acme.atlassian.net",
        "email": "care@acme.example",
        "api_token_secret": "jira_token",
        "service_desk_id": "4",
        "request_type_id": "21",
    }
    return {"version": 1, "helpdesks": {"jsm": {**base, **entry}}, "default_helpdesk": "jsm"}


def test_a_jira_helpdesk_is_built_from_the_config_document() -> None:
    document = config(public_comments=True, priority="High", labels=["social"])
    helpdesk = build_helpdesk(parse_config(document).helpdesks["jsm"], StaticSecrets({"jira_token": TOKEN}))
    assert isinstance(helpdesk, JiraServiceManagementHelpdesk)
    assert (helpdesk.service_desk_id, helpdesk.public_comments, helpdesk.priority, helpdesk.labels) == (
        "4",
        True,
        "High",
        ("social",),
    )


@pytest.mark.parametrize(
    "change",
    [
        {"service_desk_id": None},
        {"request_type_id": "Get IT help"},
        {"labels": ["has space"]},
        {"api_token": TOKEN},  # credentials are secret names, never values
    ],
)
def test_a_bad_jira_entry_is_a_config_error_naming_the_helpdesk(change: dict[str, Any]) -> None:
    document = config(**change)
    document["helpdesks"]["jsm"] = {k: v for k, v in document["helpdesks"]["jsm"].items() if v is not None}
    with pytest.raises(ConfigError, match=r"helpdesks\.jsm"):
        parse_config(document)


def test_status_refuses_a_reference_that_is_not_a_request_key_without_a_request() -> None:
    with pytest.raises(HelpdeskPermanent, match="not a Jira request key"):
        adapter("https://acme.atlassian.net").status("../../rest/api/3/myself")
