"""Every request the Front adapter makes matches Front's published OpenAPI description.

`apis/front-core-api-1.0.0.json` keeps the operations the adapter calls, from Front's own
repository (source, commit and what was kept are in its `x-source`). A fake Front answers with
documents that match the response schemas and checks each request: a known operation and a JSON
body valid against the operation's request schema (ImportMessage: required sender, to, body,
external_id, created_at, metadata.is_inbound; the enums of type and body_format).
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
from webcare.helpdesks.front import FrontHelpdesk
from webcare.model import Account, Attachment, Identity, Message, ScrubSummary

API = PublishedApi(Path(__file__).parent / "apis" / "front-core-api-1.0.0.json", "Front's Core API (subset)")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


ANSWERS: dict[str, tuple[int, Any]] = {
    "import-inbox-message": (202, {"status": "accepted", "message_uid": "1eab543f84a0785f7b6b8967cck18f4d"}),
    "get-message": (
        200,
        {
            "_links": {
                "related": {"conversation": "https://acme.api.frontapp.com/conversations/cnv_yo1kg5q"}
            },
            "id": "msg_1q15qmtq",
            "type": "email",
            "is_inbound": True,
        },
    ),
    "get-conversation-by-id": (
        200,
        {
            "_links": {"self": "https://acme.api.frontapp.com/conversations/cnv_yo1kg5q"},
            "id": "cnv_yo1kg5q",
            "type": "conversation",
            "subject": "x_dm from @noordv",
            "status": "archived",
            "ticket_ids": [],
            "assignee": {
                "_links": {},
                "id": "tea_2lmp",
                "email": "agent@acme.example",
                "username": "agent",
                "first_name": "A",
                "last_name": "Gent",
                "license_type": "regular",
                "is_admin": False,
                "is_available": True,
                "is_blocked": False,
                "type": "user",
                "custom_fields": {},
            },
            "recipient": {"_links": {}, "name": "Noor", "handle": "noor@social.invalid", "role": "from"},
            "tags": [],
            "links": [],
            "custom_fields": {},
            "is_private": False,
            "scheduled_reminders": [],
            "metadata": {},
        },
    ),
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
        text="my router is broken",
        attachments=(Attachment(kind="image", url="https://pbs.example/1.jpg", name="r.jpg"),),
        scrub=ScrubSummary(findings=(("iban", "redact", 1),)),
    )


@pytest.mark.parametrize(
    "customer",
    [
        Identity("x", "88412345", handle="noordv", display_name="Noor de Vries"),
        Identity("email", "jan@example.nl"),
    ],
)
def test_every_request_of_a_case_life_matches_the_front_openapi_description(customer: Identity) -> None:
    session = ContractSession(API, ANSWERS)
    helpdesk = FrontHelpdesk(
        "https://api2.frontapp.com",
        "token",
        inbox_id="inb_55c8c149",
        inbox_address="care@acme.example",
        assignee_id="tea_2lmp",
        session=session,
    )
    first = message(1, customer)
    case = decide(
        None, first, customer_key=customer.key, helpdesk="front", rules=ChannelRules(), now=NOW
    ).case
    case = replace(case, respond_by=NOW + timedelta(hours=1))

    ticket = helpdesk.open_ticket(case, first, 1)
    helpdesk.append(replace(case, ticket_ref=ticket), message(2, customer), 2)
    assert helpdesk.status(ticket) == "solved"

    assert session.checked == [
        "import-inbox-message",
        "import-inbox-message",
        "get-message",
        "get-conversation-by-id",
    ]
    assert [b["metadata"]["thread_ref"] for b in session.bodies] == [case.case_id, case.case_id]
    assert [b["external_id"] for b in session.bodies] == ["x:1", "x:2"]
