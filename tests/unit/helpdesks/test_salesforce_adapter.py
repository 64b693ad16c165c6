"""The Salesforce adapter against a scripted REST API: token, upserts, read-backs, errors, config.

Salesforce publishes only a per-org beta OpenAPI document, so these mocked-server tests are its
only contract check.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest
from helpdesk_servers import serve
from vendor_fakes import NOW, PHOTO, Script, a_case, j, message, path, query

from webcare.config import parse_config
from webcare.errors import ConfigError
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable
from webcare.helpdesks.salesforce import COMMENT_LIMIT, SalesforceHelpdesk
from webcare.secrets import StaticSecrets

API = "/services/data/v62.0"
CASE_ID = "500Hn00001abcdeIAA"
CONTACT_ID = "003Hn00002xyzabIAA"
TOKEN = {
    "access_token": "00Dxx!token-1",
    "instance_url": "https://acme.my.salesforce.com",
    "token_type": "Bearer",
}
CASE_DESCRIBE = {
    "fields": [
        {"name": "Webcare_Case_Id__c", "externalId": True},
        {"name": "Respond_By__c", "externalId": False},
        {"name": "Subject", "externalId": False},
    ]
}
CONTACT_DESCRIBE = {"fields": [{"name": "Webcare_Identity__c", "externalId": True}]}
NOT_FOUND = [{"errorCode": "NOT_FOUND", "message": "The requested resource does not exist"}]


def adapter(url: str, **options: Any) -> SalesforceHelpdesk:
    return SalesforceHelpdesk(
        url, "3MVG9-consumer-key", "consumer-secret", case_field="Webcare_Case_Id__c", timeout=2, **options
    )


def routes(extra: dict[tuple[str, str], list[Any]] | None = None) -> dict[tuple[str, str], list[Any]]:
    base: dict[tuple[str, str], list[Any]] = {
        ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
        ("GET", f"{API}/sobjects/Case/describe"): [lambda r: j(200, CASE_DESCRIBE)],
        ("GET", f"{API}/sobjects/Contact/describe"): [lambda r: j(200, CONTACT_DESCRIBE)],
    }
    base.update(extra or {})
    return base


def test_open_ticket_gets_a_token_upserts_the_contact_and_upserts_the_case_on_its_external_id() -> None:
    case = replace(a_case(), respond_by=NOW + timedelta(hours=1))
    by_case = f"{API}/sobjects/Case/Webcare_Case_Id__c/{case.case_id}"
    script = Script(
        routes(
            {
                ("GET", by_case): [lambda r: j(404, NOT_FOUND)],
                ("PATCH", f"{API}/sobjects/Contact/Webcare_Identity__c/x%3A88412345"): [
                    lambda r: j(201, {"id": CONTACT_ID, "success": True, "errors": [], "created": True})
                ],
                ("PATCH", by_case): [
                    lambda r: j(201, {"id": CASE_ID, "success": True, "errors": [], "created": True})
                ],
            }
        )
    )
    with serve(script) as sf:
        helpdesk = adapter(
            sf.url,
            contact_field="Webcare_Identity__c",
            origin="Social",
            priority="High",
            owner_id="00GHn000001QueueAAA",
            due_field="Respond_By__c",
        )
        assert helpdesk.open_ticket(case, message(1, attachments=(PHOTO,)), 1) == CASE_ID
    token, *rest = sf.requests
    assert path(token) == "/services/oauth2/token"
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    assert {k: v[0] for k, v in parse_qs(token.body.decode()).items()} == {
        "grant_type": "client_credentials",
        "client_id": "3MVG9-consumer-key",
        "client_secret": "consumer-secret",
    }
    assert all(r.headers["authorization"] == "Bearer 00Dxx!token-1" for r in rest)
    assert [(r.method, path(r)) for r in rest] == [
        ("GET", f"{API}/sobjects/Case/describe"),
        ("GET", f"{API}/sobjects/Contact/describe"),
        ("GET", by_case),
        ("PATCH", f"{API}/sobjects/Contact/Webcare_Identity__c/x%3A88412345"),
        ("PATCH", by_case),
    ]
    assert query(rest[2]) == {"fields": "Id"}
    assert rest[3].json() == {"LastName": "Noor de Vries", "Email": "x.88412345@social.invalid"}
    body = rest[4].json()
    description = body.pop("Description")
    assert body == {
        "Subject": "x_dm from @noordv",
        "ContactId": CONTACT_ID,
        "Origin": "Social",
        "Priority": "High",
        "OwnerId": "00GHn000001QueueAAA",
        "Respond_By__c": "2026-11-23T11:00:00Z",
    }
    assert "attachment: image router.jpg https://pbs.example/media/1.jpg" in description


def test_without_a_contact_field_the_customer_is_the_supplied_name_and_address() -> None:
    body = adapter("https://acme.my.salesforce.com").case_body(a_case(), message(1), 1)
    assert (body["SuppliedName"], body["SuppliedEmail"]) == ("Noor de Vries", "x.88412345@social.invalid")
    assert "ContactId" not in body


def test_a_case_that_exists_is_not_upserted_again_so_agents_changes_stay() -> None:
    by_case = f"{API}/sobjects/Case/Webcare_Case_Id__c/{a_case().case_id}"
    script = Script(routes({("GET", by_case): [lambda r: j(200, {"Id": CASE_ID})]}))
    with serve(script) as sf:
        assert adapter(sf.url).open_ticket(a_case(), message(1), 1) == CASE_ID
    assert [r.method for r in sf.requests] == ["POST", "GET", "GET"]


def test_an_upsert_whose_answer_is_lost_is_found_by_its_external_id() -> None:
    by_case = f"{API}/sobjects/Case/Webcare_Case_Id__c/{a_case().case_id}"
    script = Script(
        routes(
            {
                ("GET", by_case): [lambda r: j(404, NOT_FOUND), lambda r: j(200, {"Id": CASE_ID})],
                ("PATCH", by_case): [lambda r: j(503, [{"errorCode": "SERVER_UNAVAILABLE"}])],
            }
        )
    )
    with serve(script) as sf:
        assert adapter(sf.url).open_ticket(a_case(), message(1), 1) == CASE_ID
    assert [r.method for r in sf.requests][-3:] == ["GET", "PATCH", "GET"]


def test_an_expired_token_is_renewed_once() -> None:
    by_case = f"{API}/sobjects/Case/Webcare_Case_Id__c/{a_case().case_id}"
    renewed = {**TOKEN, "access_token": "00Dxx!token-2"}
    script = Script(
        routes(
            {
                ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN), lambda r: j(200, renewed)],
                ("GET", f"{API}/sobjects/Case/describe"): [
                    lambda r: j(401, [{"errorCode": "INVALID_SESSION_ID", "message": "Session expired"}]),
                    lambda r: j(200, CASE_DESCRIBE),
                ],
                ("GET", by_case): [lambda r: j(200, {"Id": CASE_ID})],
            }
        )
    )
    with serve(script) as sf:
        assert adapter(sf.url).open_ticket(a_case(), message(1), 1) == CASE_ID
    assert [r.headers.get("authorization") for r in sf.requests] == [
        None,
        "Bearer 00Dxx!token-1",
        None,
        "Bearer 00Dxx!token-2",
        "Bearer 00Dxx!token-2",
    ]


def test_a_refused_client_is_permanent_with_the_oauth_error_code() -> None:
    refused = {"error": "invalid_client", "error_description": "invalid client credentials"}
    script = Script({("POST", "/services/oauth2/token"): [lambda r: j(400, refused)]})
    with serve(script) as sf:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(sf.url).open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 400 (code: invalid_client)"


def test_the_daily_api_quota_is_retryable_although_salesforce_answers_403() -> None:
    over = [{"errorCode": "REQUEST_LIMIT_EXCEEDED", "message": "TotalRequests Limit exceeded."}]
    script = Script(
        routes(
            {
                ("GET", f"{API}/sobjects/Case/describe"): [
                    lambda r: j(403, over, {"Sforce-Limit-Info": "api-usage=5001/5000"})
                ]
            }
        )
    )
    with serve(script) as sf:
        with pytest.raises(HelpdeskRetryable) as caught:
            adapter(sf.url).open_ticket(a_case(), message(1), 1)
    assert (
        caught.value.reason
        == "HTTP 403 (code: REQUEST_LIMIT_EXCEEDED) [sforce-limit-info=api-usage=5001/5000]"
    )


def test_a_bad_field_value_is_permanent_with_the_error_code_and_not_the_message() -> None:
    by_case = f"{API}/sobjects/Case/Webcare_Case_Id__c/{a_case().case_id}"
    bad = [
        {
            "errorCode": "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
            "message": "bad value: my router",
            "fields": ["Origin"],
        }
    ]
    script = Script(
        routes({("GET", by_case): [lambda r: j(404, NOT_FOUND)], ("PATCH", by_case): [lambda r: j(400, bad)]})
    )
    with serve(script) as sf:
        with pytest.raises(HelpdeskPermanent) as caught:
            adapter(sf.url, origin="Twitter").open_ticket(a_case(), message(1), 1)
    assert caught.value.reason == "HTTP 400 (code: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST)"


def comments(*bodies: str) -> dict[str, Any]:
    records = [{"Id": f"00aHn00000comm{n}AAA", "CommentBody": b} for n, b in enumerate(bodies)]
    return {"totalSize": len(records), "done": True, "records": records}


@pytest.mark.parametrize("public", [False, True])
def test_append_queries_the_comments_then_inserts_one_marked_case_comment(public: bool) -> None:
    script = Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
            ("GET", f"{API}/query"): [lambda r: j(200, comments("[webcare x:1]\nfirst"))],
            ("POST", f"{API}/sobjects/CaseComment"): [
                lambda r: j(201, {"id": "00aHn0000099", "success": True, "errors": []})
            ],
        }
    )
    with serve(script) as sf:
        helpdesk = adapter(sf.url, public_comments=public)
        assert (
            helpdesk.append(replace(a_case(), ticket_ref=CASE_ID), message(2, "still broken"), 2)
            == "00aHn0000099"
        )
    _, read, send = sf.requests
    soql = f"SELECT Id, CommentBody FROM CaseComment WHERE ParentId = '{CASE_ID}' ORDER BY CreatedDate"  # noqa: S608
    assert query(read) == {"q": soql}
    body = send.json()
    assert (body["ParentId"], body["IsPublished"]) == (CASE_ID, public)
    assert body["CommentBody"].startswith("[webcare x:2]\nstill broken\n")


def test_a_comment_already_on_the_case_is_not_added_again_also_on_a_later_page() -> None:
    first_page = {**comments("[webcare x:1]"), "done": False, "nextRecordsUrl": f"{API}/query/01gxx-2000"}
    script = Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
            ("GET", f"{API}/query"): [lambda r: j(200, first_page)],
            ("GET", f"{API}/query/01gxx-2000"): [lambda r: j(200, comments("[webcare x:2]\nstill"))],
        }
    )
    with serve(script) as sf:
        assert (
            adapter(sf.url).append(replace(a_case(), ticket_ref=CASE_ID), message(2), 2)
            == "00aHn00000comm0AAA"
        )
    assert [r.method for r in sf.requests] == ["POST", "GET", "GET"]


def test_a_comment_whose_answer_is_lost_is_read_back() -> None:
    script = Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
            ("GET", f"{API}/query"): [
                lambda r: j(200, comments()),
                lambda r: j(200, comments("[webcare x:2]\nx")),
            ],
            ("POST", f"{API}/sobjects/CaseComment"): [lambda r: j(502, {})],
        }
    )
    with serve(script) as sf:
        assert (
            adapter(sf.url).append(replace(a_case(), ticket_ref=CASE_ID), message(2), 2)
            == "00aHn00000comm0AAA"
        )
    assert sum(path(r) == f"{API}/sobjects/CaseComment" for r in sf.requests) == 1


def test_a_long_message_is_cut_to_the_comment_limit_keeping_the_marker() -> None:
    script = Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
            ("GET", f"{API}/query"): [lambda r: j(200, comments())],
            ("POST", f"{API}/sobjects/CaseComment"): [
                lambda r: j(201, {"id": "00aHn0000099", "success": True})
            ],
        }
    )
    with serve(script) as sf:
        adapter(sf.url).append(replace(a_case(), ticket_ref=CASE_ID), message(2, "é" * 5000), 2)
    body = sf.requests[-1].json()["CommentBody"]
    assert len(body.encode()) <= COMMENT_LIMIT
    assert body.startswith("[webcare x:2]\n") and body.endswith("[cut to fit Salesforce's field limit]")


def test_a_save_reported_as_failed_in_a_2xx_is_an_error() -> None:
    script = Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
            ("GET", f"{API}/query"): [lambda r: j(200, comments())],
            ("POST", f"{API}/sobjects/CaseComment"): [
                lambda r: j(201, {"id": "x", "success": False, "errors": [{}]})
            ],
        }
    )
    with serve(script) as sf:
        with pytest.raises(HelpdeskPermanent, match="did not save the CaseComment"):
            adapter(sf.url).append(replace(a_case(), ticket_ref=CASE_ID), message(2), 2)


@pytest.mark.parametrize(
    ("closed", "status", "expected"),
    [(False, "New", "open"), (False, "Resolved", "solved"), (True, "Closed", "closed")],
)
def test_status_reads_is_closed(closed: bool, status: str, expected: str) -> None:
    script = Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, TOKEN)],
            ("GET", f"{API}/sobjects/Case/{CASE_ID}"): [
                lambda r: j(200, {"IsClosed": closed, "Status": status})
            ],
        }
    )
    with serve(script) as sf:
        assert adapter(sf.url).status(CASE_ID) == expected
    assert query(sf.requests[-1]) == {"fields": "IsClosed,Status"}


def test_a_case_field_that_is_missing_or_not_an_external_id_is_a_permanent_error_naming_it() -> None:
    not_external = {"fields": [{"name": "Webcare_Case_Id__c", "externalId": False}]}
    script = Script(routes({("GET", f"{API}/sobjects/Case/describe"): [lambda r: j(200, not_external)]}))
    with serve(script) as sf:
        with pytest.raises(HelpdeskPermanent, match=r"Case\.Webcare_Case_Id__c is not an External ID field"):
            adapter(sf.url).open_ticket(a_case(), message(1), 1)
        with pytest.raises(HelpdeskPermanent, match=r"Case has no field\(s\) Respond_By__c"):
            adapter(sf.url, due_field="Respond_By__c").open_ticket(a_case(), message(1), 1)


def config(**entry: Any) -> dict[str, Any]:
    base = {
        "type": "salesforce",
        "url": "https://acme.my.salesforce.com",
        "client_id": "3MVG9-consumer-key",
        "client_secret": "salesforce_client_secret",
        "case_field": "Webcare_Case_Id__c",
    }
    return {"version": 1, "helpdesks": {"sf": {**base, **entry}}, "default_helpdesk": "sf"}


def test_a_salesforce_helpdesk_is_built_from_the_config_document() -> None:
    document = config(contact_field="Webcare_Identity__c", api_version="61.0", public_comments=True)
    secrets = StaticSecrets({"salesforce_client_secret": "consumer-secret"})
    helpdesk = build_helpdesk(parse_config(document).helpdesks["sf"], secrets)
    assert isinstance(helpdesk, SalesforceHelpdesk)
    assert (helpdesk.api, helpdesk.contact_field, helpdesk.public_comments) == (
        "/services/data/v61.0",
        "Webcare_Identity__c",
        True,
    )


@pytest.mark.parametrize(
    "change",
    [
        {"case_field": None},
        {"case_field": "CaseNumber"},  # must be a custom (External ID) field
        {"owner_id": "Webcare queue"},
        {"api_version": "v62"},
    ],
)
def test_a_bad_salesforce_entry_is_a_config_error_naming_the_helpdesk(change: dict[str, Any]) -> None:
    document = config(**change)
    document["helpdesks"]["sf"] = {k: v for k, v in document["helpdesks"]["sf"].items() if v is not None}
    with pytest.raises(ConfigError, match=r"helpdesks\.sf"):
        parse_config(document)


def test_status_refuses_a_reference_that_is_not_a_case_id_without_a_request() -> None:
    with pytest.raises(HelpdeskPermanent, match="not a Salesforce Case Id"):
        adapter("https://acme.my.salesforce.com").status("00001026")
