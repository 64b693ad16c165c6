"""Shared pieces of the vendor adapter tests (Freshdesk, ServiceNow, Jira, Salesforce, Front):
a scripted answer for the local server (`helpdesk_servers.serve`), and a case with its messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from helpdesk_servers import Answer, Recorded

from webcare.cases.rules import Case, decide
from webcare.config import ChannelRules
from webcare.model import Account, Attachment, Identity, Message, ScrubSummary

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
NOOR = Identity("x", "88412345", handle="noordv", display_name="Noor de Vries")


def message(
    number: int, text: str = "my router is broken", customer: Identity = NOOR, **extra: Any
) -> Message:
    return Message(
        source="x",
        provider_message_id=str(number),
        channel="x_dm",
        account=Account("x", "1"),
        customer=customer,
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text=text,
        scrub=ScrubSummary(findings=(("password", "redact", 1),), credential_shared=True),
        **extra,
    )


PHOTO = Attachment(kind="image", url="https://pbs.example/media/1.jpg", name="router.jpg")


def a_case(helpdesk: str = "hd") -> Case:
    return decide(
        None, message(1), customer_key="x:88412345", helpdesk=helpdesk, rules=ChannelRules(), now=NOW
    ).case


def j(status: int, document: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {"content-type": "application/json", **(headers or {})}, json.dumps(document).encode()


def query(request: Recorded) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(request.path).query).items()}


def path(request: Recorded) -> str:
    return urlsplit(request.path).path


class Script:
    """Answers by (method, path); each entry is a list of answers used in turn (the last repeats)."""

    def __init__(self, routes: dict[tuple[str, str], list[Callable[[Recorded], Answer]]]) -> None:
        self.routes = routes

    def __call__(self, request: Recorded) -> Answer:
        answers = self.routes.get((request.method, path(request)))
        if answers is None:
            return j(404, {"unscripted": f"{request.method} {path(request)}"})
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        return answer(request)
