"""A message for a ticket the helpdesk closed for good opens a follow-up instead of disappearing."""

from __future__ import annotations

from typing import Any

import pytest
from test_pipeline import deliver, dm

from conftest import Pipeline
from webcare.cases.rules import Case
from webcare.helpdesks.base import Helpdesk, TicketStatus
from webcare.model import Message


class ClosingHelpdesk:
    """The real webhook adapter, plus a ticket status the test controls (like Zendesk's `closed`)."""

    def __init__(self, inner: Helpdesk) -> None:
        self.inner = inner
        self.closed: set[str] = set()
        self.status_reads: list[str] = []

    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        return self.inner.open_ticket(case, message, sequence)

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        assert case.ticket_ref not in self.closed, "appended to a closed ticket"
        return self.inner.append(case, message, sequence)

    def status(self, ticket_ref: str) -> TicketStatus:
        self.status_reads.append(ticket_ref)
        return "closed" if ticket_ref in self.closed else "open"


@pytest.fixture
def helpdesk(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> ClosingHelpdesk:
    real = pipeline.forward.helpdesk_for
    wrapped: dict[str, ClosingHelpdesk] = {}

    def helpdesk_for(name: str) -> Any:
        if name not in wrapped:
            wrapped[name] = ClosingHelpdesk(real(name))
        return wrapped[name]

    monkeypatch.setattr(pipeline.forward, "helpdesk_for", helpdesk_for)
    return helpdesk_for("main")


def test_a_message_for_a_closed_ticket_opens_a_follow_up_case_and_ticket(
    pipeline: Pipeline, helpdesk: ClosingHelpdesk
) -> None:
    # Given a case whose ticket an agent then closed for good in the helpdesk (no callback)
    deliver(pipeline, dm("1860000000000000601", "mijn modem knippert rood"))
    pipeline.drain()
    [opened] = pipeline.helpdesk.received
    first_case = opened["case"]["case_id"]
    helpdesk.closed.add(f"T-{first_case[-6:]}")
    # When the customer writes twice more
    deliver(pipeline, dm("1860000000000000602", "nu doet hij het weer niet"))
    pipeline.drain()
    deliver(pipeline, dm("1860000000000000603", "ik heb hem al gereset"))
    pipeline.drain()
    # Then the second message opened a follow-up case and ticket, and the third joined it
    events = [
        (e["type"], e["case"]["case_id"], e["message"]["message_key"], e["sequence"])
        for e in pipeline.helpdesk.received
    ]
    follow_up = events[1][1]
    assert follow_up != first_case
    assert events == [
        ("case.opened", first_case, "x:1860000000000000601", 1),
        ("case.opened", follow_up, "x:1860000000000000602", 1),
        ("message.appended", follow_up, "x:1860000000000000603", 2),
    ]
    statuses = {c["case_id"]["S"]: c["status"]["S"] for c in pipeline.cases()}
    assert statuses == {first_case: "closed", follow_up: "open"}
    ledger = {
        i["message_key"]["S"]: i["case_id"]["S"]
        for i in pipeline.table_items()
        if i["kind"]["S"] == "message"
    }
    assert ledger["x:1860000000000000602"] == follow_up


def test_an_open_ticket_is_appended_to_as_before(pipeline: Pipeline, helpdesk: ClosingHelpdesk) -> None:
    deliver(pipeline, dm("1860000000000000611", "vraag over mijn rekening"))
    pipeline.drain()
    deliver(pipeline, dm("1860000000000000612", "en nog een vraag"))
    pipeline.drain()
    assert [e["type"] for e in pipeline.helpdesk.received] == ["case.opened", "message.appended"]
    assert len(helpdesk.status_reads) == 1
