"""The helpdesk port: open a ticket for a case once, append a message to it once."""

from __future__ import annotations

from typing import Any, Literal, Protocol, runtime_checkable

from webcare.cases.rules import Case
from webcare.model import Message, iso, short_hash

EVENT_SCHEMA_VERSION = "1.0"


class HelpdeskError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class HelpdeskRetryable(HelpdeskError):
    """Try again later: rate limit, outage, timeout. `retry_after` is what the helpdesk asked for.

    `maybe_delivered` is True when the helpdesk may have acted on the request before it failed
    (no answer in time, a reset after sending, a 5xx): an adapter without native idempotency
    reads back before it sends again.
    """

    def __init__(
        self, reason: str, retry_after: float | None = None, *, maybe_delivered: bool = False
    ) -> None:
        super().__init__(reason)
        self.retry_after = retry_after
        self.maybe_delivered = maybe_delivered


class HelpdeskPermanent(HelpdeskError):
    """The helpdesk refused the request for good; the message goes to the dead-letter queue."""


class Helpdesk(Protocol):
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        """Create the case's ticket with its first message; return the ticket reference."""
        ...

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        """Add a message to the case's ticket; return the helpdesk's id for it, if it has one."""
        ...


def ticket_number(case: Case, what: str) -> str:
    """The case's ticket reference where the helpdesk numbers its tickets; `what` names the
    number in the error (`RT ticket number`) when the case has none."""
    ticket = case.ticket_ref
    if not ticket or not ticket.isdigit():
        raise HelpdeskPermanent(f"case {case.case_id} has no {what} (ticket_ref {ticket!r})")
    return ticket


TicketStatus = Literal["open", "solved", "closed"]


@runtime_checkable
class HelpdeskWithStatus(Helpdesk, Protocol):
    """Optional extension of the port, for adapters that can read a ticket's state."""

    def status(self, ticket_ref: str) -> TicketStatus:
        """`open` (agents still work on it), `solved` (answered, may reopen) or `closed` (final)."""
        ...


@runtime_checkable
class HelpdeskWithNotes(Helpdesk, Protocol):
    """Optional extension of the port: an internal note on the case's ticket (a merge, a deletion).

    A note is never customer-visible, whatever the adapter's setting for messages says, and is
    added once: the adapter marks it with `[webcare <note_id>]` and reads back before it sends,
    as it does for messages. Returns the helpdesk's id for the note, if it has one.
    """

    def note(self, case: Case, note_id: str, text: str) -> str | None: ...


def note_event(case: Case, note_id: str, text: str) -> dict[str, Any]:
    """The `case.note` event (schemas/forwarded-case.schema.json): an internal note, no message."""
    event = case_event("case.note", case, None, None)
    event["note"] = {"note_id": note_id, "text": text, "visibility": "internal"}
    return event


def case_event(event_type: str, case: Case, message: Message | None, sequence: int | None) -> dict[str, Any]:
    """The forwarded-case event (schemas/forwarded-case.schema.json); a note carries no message."""
    event: dict[str, Any] = {
        "schema_version": EVENT_SCHEMA_VERSION,
        "type": event_type,
        "case": {
            "case_id": case.case_id,
            "status": case.status,
            "customer": case.customer.to_dict(),
            "opened_at": iso(case.opened_at),
            "channels": list(case.channels),
            "respond_by": iso(case.respond_by) if case.respond_by else None,
            "flags": {"credential_shared": case.credential_shared, "public_exposure": case.public_exposure},
            "ticket_ref": case.ticket_ref,
            "routing": case.routing.to_dict(),
        },
    }
    if message is not None and sequence is not None:
        event["sequence"] = sequence
        event["message"] = message.to_dict()
    return event


def event_id(event_type: str, case: Case, message: Message) -> str:
    """Stable across every retry of the same delivery, so receivers can de-duplicate on it."""
    return "evt_" + short_hash(f"{event_type}|{case.case_id}|{message.message_key}")


def note_event_id(case: Case, note_id: str) -> str:
    return "evt_" + short_hash(f"case.note|{case.case_id}|{note_id}")
