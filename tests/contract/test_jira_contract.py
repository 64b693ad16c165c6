"""Every request the Jira Service Management adapter makes matches JSM's published OpenAPI description.

`apis/jira-servicemanagement-cloud-1001.0.0-SNAPSHOT.json` keeps the operations the adapter calls
(source, version and what was kept are in its `x-source`). A fake JSM answers with documents that
match the response schemas and checks each request: a known operation, only declared query
parameters, and a JSON body valid against the operation's request schema. The one call outside
that document are on the Jira platform API: the JQL look-up (`POST /rest/api/3/search/jql`) and
the user search used only when creating a customer is refused (`GET /rest/api/3/user/search`);
they are listed in UNCOVERED and checked only by the unit tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from published_api import ContractSession, PublishedApi

from webcare.cases.rules import decide
from webcare.config import ChannelRules
from webcare.helpdesks.jira import JiraServiceManagementHelpdesk
from webcare.model import Account, Attachment, Identity, Message, ScrubSummary

API = PublishedApi(
    Path(__file__).parent / "apis" / "jira-servicemanagement-cloud-1001.0.0-SNAPSHOT.json",
    "JSM's REST API (subset)",
)
# Calls on the Jira platform API, outside that document, and what the fake answers them.
UNCOVERED = {
    ("POST", "/rest/api/3/search/jql"): {"issues": []},
    ("GET", "/rest/api/3/user/search"): {"issues": []},
}
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ACCOUNT = "qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d3a01db05e2a66fa80bd"


ANSWERS: dict[str, tuple[int, Any]] = {
    "getRequestTypeFields": (
        200,
        {
            "requestTypeFields": [
                {"fieldId": f, "name": f, "required": f == "summary"}
                for f in ("summary", "description", "labels", "priority", "duedate", "customfield_10010")
            ]
        },
    ),
    "getCustomers": (200, {"size": 0, "start": 0, "limit": 50, "isLastPage": True, "values": []}),
    "createCustomer": (201, {"accountId": ACCOUNT, "emailAddress": "x.88412345@social.invalid"}),
    "addCustomers": (204, None),
    "createCustomerRequest": (201, {"issueId": "107001", "issueKey": "HELPDESK-1", "serviceDeskId": "10"}),
    "getRequestComments": (
        200,
        {
            "size": 1,
            "start": 0,
            "limit": 100,
            "isLastPage": True,
            "values": [{"id": "1000", "body": "hi", "public": True}],
        },
    ),
    "createRequestComment": (201, {"id": "1001", "body": "x", "public": False}),
    "getCustomerRequestByIdOrKey": (
        200,
        {"issueKey": "HELPDESK-1", "currentStatus": {"status": "Resolved", "statusCategory": "DONE"}},
    ),
}


def message(number: int) -> Message:
    return Message(
        source="x",
        provider_message_id=str(number),
        channel="x_dm",
        account=Account("x", "1"),
        customer=Identity("x", "88412345", handle="noordv", display_name="Noor de Vries"),
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text="my router is broken",
        attachments=(Attachment(kind="image", url="https://pbs.example/1.jpg", name="r.jpg"),),
        scrub=ScrubSummary(findings=(("iban", "redact", 1),)),
    )


@pytest.mark.parametrize("public", [False, True])
def test_every_request_of_a_case_life_matches_the_jsm_openapi_description(public: bool) -> None:
    session = ContractSession(API, dict(ANSWERS), UNCOVERED)
    helpdesk = JiraServiceManagementHelpdesk(
        "https://acme.atlassian.net",
        "care@acme.example",
        "token",
        service_desk_id="10",
        request_type_id="25",
        public_comments=public,
        priority="High",
        set_due_date=True,
        request_fields={"customfield_10010": "social"},
        session=session,
    )
    case = decide(
        None, message(1), customer_key="x:88412345", helpdesk="jsm", rules=ChannelRules(), now=NOW
    ).case
    case = replace(case, respond_by=NOW + timedelta(hours=1))

    ticket = helpdesk.open_ticket(case, message(1), 1)
    helpdesk.append(replace(case, ticket_ref=ticket), message(2), 2)
    assert helpdesk.status(ticket) == "solved"

    assert session.checked == [
        "getRequestTypeFields",
        "getCustomers",
        "createCustomer",
        "addCustomers",
        "createCustomerRequest",
        "getRequestComments",
        "createRequestComment",
        "getCustomerRequestByIdOrKey",
    ]
    assert session.uncovered == ["POST /rest/api/3/search/jql"]
