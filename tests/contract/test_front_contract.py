"""Every request the Front adapter makes matches Front's published OpenAPI description.

`apis/front-core-api-1.0.0.json` keeps the operations the adapter calls, from Front's own
repository (source, commit and what was kept are in its `x-source`). A fake Front answers with
documents that match the response schemas and checks each request: a known operation and a JSON
body valid against the operation's request schema (ImportMessage: required sender, to, body,
external_id, created_at, metadata.is_inbound; the enums of type and body_format).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import requests

from webcare.cases.rules import decide
from webcare.config import ChannelRules
from webcare.helpdesks.front import FrontHelpdesk
from webcare.model import Account, Attachment, Identity, Message, ScrubSummary

SPEC = json.loads((Path(__file__).parent / "apis" / "front-core-api-1.0.0.json").read_text())
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def operation(method: str, path: str) -> dict[str, Any]:
    for template, operations in SPEC["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in operations:
            found: dict[str, Any] = operations[method.lower()]
            return found
    raise AssertionError(f"{method} {path} is not an operation of Front's Core API (subset)")


def validate(schema: dict[str, Any], document: Any) -> None:
    jsonschema.Draft202012Validator({**SPEC, **schema}).validate(document)


def response_schema(op: dict[str, Any], status: int) -> dict[str, Any]:
    answer = op["responses"][str(status)]
    if "$ref" in answer:
        answer = SPEC["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    found: dict[str, Any] = answer["content"]["application/json"]["schema"]
    return found


class ContractSession:
    """A `requests.Session` stand-in that is Front according to the spec."""

    def __init__(self, answers: dict[str, tuple[int, Any]]) -> None:
        self.answers = answers
        self.checked: list[str] = []
        self.bodies: list[Any] = []

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        op = operation(method, urlsplit(url).path)
        assert not kwargs.get("params")
        if "requestBody" in op:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            validate(schema, kwargs["json"])
            self.bodies.append(kwargs["json"])
        status, document = self.answers[op["operationId"]]
        validate(response_schema(op, status), document)
        self.checked.append(op["operationId"])
        response = requests.Response()
        response.status_code = status
        response._content = json.dumps(document).encode()
        response.headers["content-type"] = "application/json"
        return response


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
    session = ContractSession(ANSWERS)
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
