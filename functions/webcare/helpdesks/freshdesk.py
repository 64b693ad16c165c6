"""Freshdesk (API v2): one ticket per case, each later message one note.

Freshdesk has no idempotency key and its search index lags by minutes, so exactly-once rests on
our ledger plus read-backs through plain list endpoints (database reads, not the search index):
- the customer is a contact found by e-mail (`GET /api/v2/contacts?email=`) or created;
- the ticket carries the case id as a tag (and in `case_field` when configured); before creating
  one, the adapter lists the contact's tickets updated since the case opened
  (`GET /api/v2/tickets?requester_id=&updated_since=`) and looks for that tag or field;
- each note starts with `[webcare <message key>]`; before adding one, the adapter lists the
  ticket's conversations and looks for that line.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus, ticket_number
from webcare.helpdesks.http import HelpdeskHttp, basic_auth
from webcare.helpdesks.readback import (
    answer_json,
    first_use,
    message_marker,
    note_marker,
    send_once,
    send_unless_found,
)
from webcare.helpdesks.render import (
    DEFAULT_REQUESTER_DOMAIN,
    display_name,
    note_html,
    requester_address,
    title,
    utc_seconds,
)
from webcare.model import Message

PAGE_SIZE = 100  # Freshdesk's maximum per_page
MAX_PAGES = 10
OPEN, PENDING, RESOLVED, CLOSED = 2, 3, 4, 5
RATE_HEADERS = ("x-ratelimit-total", "x-ratelimit-remaining", "x-ratelimit-used-currentrequest")
# A lookup covers tickets updated since shortly before the case opened (clock skew margin).
LOOKBACK = timedelta(hours=1)


class FreshdeskHelpdesk:
    """Tickets in one Freshdesk account, with an agent's API key.

    Side effects: `open_ticket` reads (and may create) the customer's contact, lists the
    contact's recent tickets and, when none carries the case id, creates one; `append` lists the
    ticket's conversations and, when the message is not there, adds one note (private unless
    `public_notes`). At first use it checks that the configured ticket fields and group exist.
    """

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        case_field: str | None = None,
        public_notes: bool = False,
        priority: int | None = None,
        group_id: int | None = None,
        source: int | None = None,
        tags: Sequence[str] = ("webcare",),
        custom_fields: Mapping[str, Any] | None = None,
        requester_domain: str = DEFAULT_REQUESTER_DOMAIN,
        requests_per_minute: float | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "freshdesk",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if not api_key:
            raise HelpdeskPermanent(f"helpdesk '{name}': empty Freshdesk API key")
        self.name = name
        self.case_field = case_field
        self.public_notes = public_notes
        self.priority = priority
        self.group_id = group_id
        self.source = source
        self.tags = tuple(tags)
        self.custom_fields = dict(custom_fields or {})
        self.requester_domain = requester_domain
        self.clock = clock
        # Freshdesk errors: {"description": ..., "errors": [{"field", "message", "code"}]}.
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"authorization": basic_auth(api_key, "X"), "accept": "application/json"},
            code_fields=("errors.0.code", "code"),
            rate_headers=RATE_HEADERS,
            requests_per_minute=requests_per_minute,
        )
        self.check_setup = first_use(self._check_setup)
        self._groups_seen: set[int] = set()  # groups known to exist, per execution environment

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        self.check_setup()
        group_id = routing.numeric_group(case, self.group_id, self.name, "Freshdesk group id")
        if group_id is not None:
            self._check_group(group_id, routed=group_id != self.group_id)
        requester = self.contact(message)
        existing = self.find_ticket(case, requester)
        if existing is not None:
            return existing
        body = self.ticket_body(case, message, sequence, requester)
        try:
            created = send_once(
                lambda: self._http.request("POST", "/api/v2/tickets", json_body=body),
                read_back=lambda: self.find_ticket(case, requester),
            )
        except HelpdeskPermanent as failure:
            raise routing.refused(failure, case, "group_id/priority/tags") from None
        if isinstance(created, str):
            return created
        ticket = _id(answer_json(created))
        if ticket is None:
            raise HelpdeskPermanent(
                f"HTTP {created.status_code}: Freshdesk did not say which ticket it created"
            )
        return ticket

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        ticket = _ticket_number(case)
        marker = message_marker(message.message_key)
        body = note_html(case, message, sequence, marker)
        return self._add_note(ticket, marker, body, private=not self.public_notes)

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """A private note (whatever `public_notes` says) starting with `[webcare note <note id>]`."""
        marker = note_marker(note_id)
        body = f"<div>{html.escape(marker)}</div><div>" + html.escape(text).replace("\n", "<br>") + "</div>"
        return self._add_note(_ticket_number(case), marker, body, private=True)

    def _add_note(self, ticket: str, marker: str, html_body: str, *, private: bool) -> str:
        body = {"body": html_body, "private": private}
        created = send_unless_found(
            lambda: self.find_note(ticket, marker),
            lambda: self._http.request("POST", f"/api/v2/tickets/{ticket}/notes", json_body=body),
        )
        if isinstance(created, str):
            return created
        note = _id(answer_json(created))
        if note is None:
            raise HelpdeskPermanent(
                f"HTTP {created.status_code}: Freshdesk did not record the note on ticket {ticket}"
            )
        return note

    def status(self, ticket_ref: str) -> TicketStatus:
        if not ticket_ref.isdigit():
            raise HelpdeskPermanent(f"{ticket_ref!r} is not a Freshdesk ticket number")
        document = answer_json(self._http.request("GET", f"/api/v2/tickets/{ticket_ref}"))
        value = document.get("status") if isinstance(document, dict) else None
        if not isinstance(value, int):
            raise HelpdeskRetryable(f"Freshdesk ticket {ticket_ref} has no status in its answer")
        return "closed" if value == CLOSED else "solved" if value == RESOLVED else "open"

    # The customer --------------------------------------------------------------------------
    def contact(self, message: Message) -> int:
        """The contact id for the customer's address (a placeholder for social identities)."""
        address = requester_address(message.customer, self.requester_domain)
        found = self._find_contact(address)
        if found is not None:
            return found
        body = {"name": display_name(message.customer)[:255], "email": address}
        try:
            created = send_once(
                lambda: self._http.request("POST", "/api/v2/contacts", json_body=body),
                read_back=lambda: self._find_contact(address),
            )
        except HelpdeskPermanent as refused:
            # 409 duplicate_value: another forwarder created the contact a moment ago.
            if "HTTP 409" not in refused.reason:
                raise
            found = self._find_contact(address)
            if found is None:
                raise
            return found
        contact = created if isinstance(created, int) else _id(answer_json(created))
        if contact is None:
            raise HelpdeskPermanent("Freshdesk did not say which contact it created")
        return int(contact)

    def _find_contact(self, address: str) -> int | None:
        document = answer_json(self._http.request("GET", "/api/v2/contacts", params={"email": address}))
        if not isinstance(document, list):
            raise HelpdeskRetryable("Freshdesk answered a contact look-up without a list")
        for contact in document:
            if isinstance(contact, dict) and isinstance(contact.get("id"), int):
                return int(contact["id"])
        return None

    # Look-ups ------------------------------------------------------------------------------
    def find_ticket(self, case: Case, requester: int) -> str | None:
        """The oldest of the contact's tickets that carries the case id (tag or case field)."""
        since = utc_seconds(case.opened_at - LOOKBACK)
        for page in range(1, MAX_PAGES + 1):
            params = {
                "requester_id": str(requester),
                "updated_since": since,
                "order_by": "created_at",
                "order_type": "asc",
                "per_page": str(PAGE_SIZE),
                "page": str(page),
            }
            document = answer_json(self._http.request("GET", "/api/v2/tickets", params=params))
            if not isinstance(document, list):
                raise HelpdeskRetryable("Freshdesk answered a ticket listing without a list")
            for ticket in document:
                if isinstance(ticket, dict) and self._carries(ticket, case.case_id):
                    return _id(ticket)
            if len(document) < PAGE_SIZE:
                return None
        return None

    def _carries(self, ticket: Mapping[str, Any], case_id: str) -> bool:
        fields = ticket.get("custom_fields")
        if self.case_field and isinstance(fields, dict) and fields.get(self.case_field) == case_id:
            return True
        tags = ticket.get("tags")
        return isinstance(tags, list) and case_id in tags

    def find_note(self, ticket: str, marker: str) -> str | None:
        """The conversation entry on `ticket` that starts with `marker`, or None."""
        for page in range(1, MAX_PAGES + 1):
            params = {"per_page": str(PAGE_SIZE), "page": str(page)}
            document = answer_json(
                self._http.request("GET", f"/api/v2/tickets/{ticket}/conversations", params=params)
            )
            if not isinstance(document, list):
                raise HelpdeskRetryable(
                    f"Freshdesk answered the conversations of ticket {ticket} without a list"
                )
            for entry in document:
                if isinstance(entry, dict) and _starts_with(entry, marker):
                    return _id(entry)
            if len(document) < PAGE_SIZE:
                return None
        return None

    # The request ---------------------------------------------------------------------------
    def ticket_body(self, case: Case, message: Message, sequence: int, requester: int) -> dict[str, Any]:
        body: dict[str, Any] = {
            "requester_id": requester,
            "subject": title(message, 255),
            "description": note_html(case, message, sequence),
            "status": OPEN,
            "priority": routing.priority(case, routing.FRESHDESK_PRIORITY, self.priority or 1),
            "tags": routing.tags(case, [case.case_id, *self.tags]),
        }
        custom = dict(self.custom_fields)
        if self.case_field:
            custom[self.case_field] = case.case_id
        if custom:
            body["custom_fields"] = custom
        group_id = routing.numeric_group(case, self.group_id, self.name, "Freshdesk group id")
        if group_id is not None:
            body["group_id"] = group_id
        if self.source is not None:
            body["source"] = self.source
        # Freshdesk refuses due dates in the past (a permanent 400), so a deadline that has
        # already passed when the ticket is created is left to the SLA policy.
        if case.respond_by is not None and case.respond_by > self.clock() + timedelta(minutes=1):
            due = utc_seconds(case.respond_by)
            body["fr_due_by"] = due
            body["due_by"] = due
        return body

    def _check_setup(self) -> None:
        wanted = [*self.custom_fields, *([self.case_field] if self.case_field else [])]
        if wanted:
            document = answer_json(self._http.request("GET", "/api/v2/ticket_fields"))
            if not isinstance(document, list):
                raise HelpdeskRetryable("Freshdesk answered the ticket fields without a list")
            known = {field.get("name") for field in document if isinstance(field, dict)}
            for field in wanted:
                if field not in known:
                    raise HelpdeskPermanent(
                        f"helpdesk '{self.name}': Freshdesk has no ticket field '{field}' "
                        f"(helpdesks.{self.name}: case_field/custom_fields; custom fields are named cf_...)"
                    )
        if self.group_id is not None:
            self._check_group(self.group_id, routed=False)

    def _check_group(self, group_id: int, *, routed: bool) -> None:
        """Once per group and execution environment: Freshdesk answers an unknown group with a
        bare 400 on create, so a configured or routed group is looked up first."""
        if group_id in self._groups_seen:
            return
        try:
            self._http.request("GET", f"/api/v2/groups/{group_id}")
        except HelpdeskPermanent as refused:
            where = (
                "routing.group of the receiving account's route"
                if routed
                else f"helpdesks.{self.name}.group_id"
            )
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': Freshdesk group {group_id} not found or not visible "
                f"({refused.reason}; {where})"
            ) from None
        self._groups_seen.add(group_id)


def _id(document: Any) -> str | None:
    value = document.get("id") if isinstance(document, dict) else None
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _starts_with(entry: Mapping[str, Any], marker: str) -> bool:
    text = entry.get("body_text")
    if isinstance(text, str) and text.lstrip().startswith(marker):
        return True
    body = entry.get("body")
    return isinstance(body, str) and body.lstrip().startswith(f"<div>{marker}</div>")


def _ticket_number(case: Case) -> str:
    return ticket_number(case, "Freshdesk ticket number")
