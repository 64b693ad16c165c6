"""Every request the Zendesk adapter makes matches Zendesk's published OpenAPI description.

`zendesk/support-api-subset.json` keeps the operations the adapter calls, taken from Zendesk's
Support API description (OAS 3.0.3, version 2.0.0; source and what was normalised are recorded
in its `x-source`). A fake Zendesk answers with documents that match the response schemas and
checks each request: known operation, JSON body valid against the operation's request schema.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from published_api import ContractSession, PublishedApi, json_schema

from webcare.cases.rules import decide
from webcare.config import ChannelRules, Routing
from webcare.helpdesks.zendesk import ZendeskHelpdesk
from webcare.model import Account, Identity, Message, ScrubSummary

API = PublishedApi(
    Path(__file__).parent / "zendesk" / "support-api-subset.json", "Zendesk's Support API (subset)"
)
SPEC = API.spec
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


ANSWERS: dict[str, tuple[int, Any]] = {
    "CreateOrUpdateUser": (201, {"user": {"id": 501}}),
    "CreateTicket": (201, {"ticket": {"id": 77, "status": "new", "external_id": "c_1"}}),
    "ListTicketComments": (200, {"comments": [{"id": 1, "body": "hello"}], "next_page": None}),
    "UpdateTicket": (200, {"audit": {"id": 9001}, "ticket": {"id": 77, "status": "open"}}),
    "ShowTicket": (200, {"ticket": {"id": 77, "status": "open"}}),
}


def message(number: int, customer: Identity) -> Message:
    return Message(
        source="x",
        provider_message_id=str(number),
        channel="x_dm",
        account=Account("x", "1"),
        customer=customer,
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text="the engineer did not show up",
        scrub=ScrubSummary(findings=(("iban", "redact", 1),), credential_shared=True),
    )


@pytest.mark.parametrize(
    ("customer", "options"),
    [
        (Identity("x", "42", handle="noordv", display_name="Noor"), {}),
        (Identity("email", "jan@example.nl"), {"public_comments": True, "set_due_at": True, "group_id": 3}),
    ],
)
def test_every_request_of_a_whole_case_matches_the_published_api(
    customer: Identity, options: dict[str, Any]
) -> None:
    session = ContractSession(API, ANSWERS)
    zendesk = ZendeskHelpdesk(
        "https://acme.zendesk.com", "care@acme.example", "t", session=session, **options
    )
    first = message(1, customer)
    case = decide(None, first, customer_key=customer.key, helpdesk="zd", rules=ChannelRules(), now=NOW).case
    case = replace(case, respond_by=NOW + timedelta(hours=1))
    ticket = zendesk.open_ticket(case, first, 1)
    zendesk.append(replace(case, ticket_ref=ticket), message(2, customer), 2)
    assert zendesk.ticket_status(ticket) == "open"
    assert session.checked == [
        "CreateOrUpdateUser",
        "CreateTicket",
        "ListTicketComments",
        "UpdateTicket",
        "ShowTicket",
    ]


def test_a_routed_ticket_matches_the_published_api() -> None:
    session = ContractSession(API, ANSWERS)
    zendesk = ZendeskHelpdesk("https://acme.zendesk.com", "care@acme.example", "t", session=session)
    first = message(1, Identity("x", "42", handle="noordv"))
    case = decide(None, first, customer_key="x:42", helpdesk="zd", rules=ChannelRules(), now=NOW).case
    routed = replace(case, routing=Routing(group="360001234567", priority="urgent", tags=("outage",)))
    zendesk.open_ticket(routed, first, 1)
    assert session.checked == ["CreateOrUpdateUser", "CreateTicket"]


def test_the_contract_check_catches_a_field_zendesk_does_not_have() -> None:
    ticket_create = json_schema(API.operation("POST", "/api/v2/tickets")["requestBody"])
    with pytest.raises(jsonschema.ValidationError, match="requestor_id"):
        API.validate(ticket_create, {"ticket": {"subject": "x", "requestor_id": 5}})
    with pytest.raises(jsonschema.ValidationError):
        API.validate(ticket_create, {"ticket": {"comment": {"body": "x", "public": "no"}}})


def test_the_subset_records_where_it_came_from() -> None:
    source = SPEC["x-source"]
    assert source["vendor_spec"] == "https://developer.zendesk.com/zendesk/oas.yaml"
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"])
    assert SPEC["openapi"] == "3.0.3" and SPEC["info"]["version"] == "2.0.0"
