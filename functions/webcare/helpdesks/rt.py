"""Request Tracker 5 over REST2: one ticket per case, each message one comment (or reply).

RT has no idempotency key, so exactly-once rests on our ledger plus a read-back:
- the ticket's subject starts with `[webcare <case id>]` and, when `case_field` is configured, that
  custom field holds the case id; before creating a ticket the adapter looks it up with TicketSQL
  on the ticket itself (`CF.{field} = '…' OR Subject LIKE '[webcare …]'`, not a full-text index);
- each appended message is a comment (or correspondence) whose subject is `[webcare <message
  key>]`; before adding one the adapter reads the ticket's attachments for that exact subject.

The adapter cannot tell a retry from a first attempt (the forwarder does not say), so it reads
back before *every* send: one TicketSQL query before a create, one attachments listing before an
append (~10-30 ms on a local RT). After an ambiguous failure (no answer in time, a reset, a 5xx)
it reads back at once, and reports success when the helpdesk did act on the request.

RT sometimes answers 2xx without having done the work (a create without an id, a comment
without a transaction); those are errors here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC
from typing import Any, Literal

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus, ticket_number
from webcare.helpdesks.http import HelpdeskHttp
from webcare.helpdesks.readback import answer_json, note_marker, send_once, send_unless_found
from webcare.helpdesks.render import footer, title
from webcare.model import Message

AppendAs = Literal["comment", "correspond"]
PAGE_SIZE = 100  # REST2 caps per_page at 100
MAX_PAGES = 50
_ID_IN_LOCATION = re.compile(r"/REST/2\.0/(ticket|transaction)/(\d+)$")
_ADDRESS_PART = re.compile(r"[^a-z0-9._-]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Unlike readback.case_marker/message_marker, the id goes in as it is (no marker_token): tickets
# and comments already in RT carry these subjects, and the read-back must keep finding them.
def case_marker(case_id: str) -> str:
    return f"[webcare {case_id}]"


def message_marker(message_key: str) -> str:
    return f"[webcare {message_key}]"


def quote(value: str) -> str:
    """A TicketSQL string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class RequestTrackerHelpdesk:
    """Tickets in one RT queue, through REST2 with an auth token.

    Side effects: `open_ticket` runs one TicketSQL search and, when the case has no ticket yet,
    one create (the customer becomes the requestor); `append` lists the ticket's attachments
    and, when the message is not there yet, adds one comment or correspondence. All requests go
    through `HelpdeskHttp` (no redirects, timeouts, https off loopback).
    """

    def __init__(
        self,
        url: str,
        token: str,
        *,
        queue: str,
        append_as: AppendAs = "comment",
        case_field: str | None = None,
        requestor_domain: str = "social.invalid",
        priority_map: Mapping[str, int] | None = None,
        tags_field: str | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "rt",
    ) -> None:
        if not token:
            raise HelpdeskPermanent(f"helpdesk '{name}': empty RT token")
        self.queue = queue
        self.append_as = append_as
        self.case_field = case_field
        self.requestor_domain = requestor_domain
        self.priority_map = routing.priority_map(routing.RT_PRIORITY, priority_map)
        # RT has no tags; routed tags go into this (multi-value) ticket custom field when set.
        self.tags_field = tags_field
        self.api = url.rstrip("/") + "/REST/2.0"
        # RT's error answers are {"message": free text}: no code fields, so reasons are statuses.
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"authorization": f"token {token}", "accept": "application/json"},
            code_fields=(),
        )

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        existing = self.find_ticket(case.case_id)
        if existing is not None:
            return existing
        body: dict[str, Any] = {
            "Queue": routing.group(case, self.queue),
            "Subject": self.ticket_subject(case, message),
            "Requestor": self.requestor(message),
            "Content": self.content(case, message, sequence),
            "ContentType": "text/plain",
        }
        if case.respond_by is not None:
            # RT 5.0 stores nothing (and still answers 201) for an ISO 8601 'T...Z' date; it reads
            # this form in the API user's time zone, so give that user UTC (docs/helpdesks/rt.md).
            body["Due"] = case.respond_by.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        priority = routing.priority(case, self.priority_map, None)
        if priority is not None:
            body["Priority"] = priority
        custom_fields: dict[str, Any] = {}
        if self.case_field:
            custom_fields[self.case_field] = case.case_id
        if self.tags_field and case.routing.tags:
            custom_fields[self.tags_field] = list(case.routing.tags)
        if custom_fields:
            body["CustomFields"] = custom_fields
        try:
            response = send_once(
                lambda: self._http.request("POST", f"{self.api}/ticket", json_body=body),
                read_back=lambda: self.find_ticket(case.case_id),
            )
        except HelpdeskPermanent as failure:
            raise routing.refused(failure, case, "Queue/Priority") from None
        if isinstance(response, str):
            return response
        document = answer_json(response)
        ticket = document.get("id") if isinstance(document, dict) else None
        if ticket is None:
            ticket = _id_from_location(response.headers.get("location"), "ticket")
        if ticket is None or not str(ticket).isdigit():
            raise HelpdeskPermanent(f"HTTP {response.status_code}: RT did not say which ticket it created")
        return str(ticket)

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        marker = message_marker(message.message_key)
        return self._add(_ticket_number(case), marker, self.content(case, message, sequence), self.append_as)

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """An internal note: always a comment (never correspondence, whatever `append_as` says),
        subject `[webcare note <note id>]`, read back like a message."""
        return self._add(_ticket_number(case), note_marker(note_id), text, "comment")

    def _add(self, ticket: str, marker: str, content: str, kind: AppendAs) -> str:
        """One comment or correspondence with subject `marker`, unless the ticket has it already."""
        body = {"Subject": marker, "Content": content, "ContentType": "text/plain"}
        response = send_unless_found(
            lambda: self.find_message(ticket, marker),
            lambda: self._http.request("POST", f"{self.api}/ticket/{ticket}/{kind}", json_body=body),
        )
        if isinstance(response, str):
            return response
        transaction = _id_from_location(response.headers.get("location"), "transaction")
        if transaction is None:
            # e.g. 200 ["Message could not be recorded"]: RT answered but did not add it.
            raise HelpdeskPermanent(
                f"HTTP {response.status_code}: RT did not record the {kind} on ticket {ticket}"
            )
        return transaction

    def status(self, ticket_ref: str) -> TicketStatus:
        """The port's view: new/open/stalled are open, resolved is solved, rejected/deleted closed."""
        native = self.ticket_status(ticket_ref).lower()
        if native in ("rejected", "deleted"):
            return "closed"
        return "solved" if native == "resolved" else "open"

    def ticket_status(self, ticket: str) -> str:
        """The ticket's RT status (new, open, stalled, resolved, rejected, deleted, ...)."""
        document = answer_json(self._http.request("GET", f"{self.api}/ticket/{ticket}"))
        status = document.get("Status") if isinstance(document, dict) else None
        if not isinstance(status, str):
            raise HelpdeskPermanent(f"RT ticket {ticket} has no status in its answer")
        return status

    # Look-ups ------------------------------------------------------------------------------
    def find_ticket(self, case_id: str) -> str | None:
        """The lowest-numbered ticket carrying our case id, or None."""
        query = f"Subject LIKE {quote(case_marker(case_id))}"
        if self.case_field:
            # Either one: the field survives an agent editing the subject, the subject survives a
            # misspelt or missing field (RT ignores unknown fields, on create and in TicketSQL).
            query = f"CF.{{{self.case_field}}} = {quote(case_id)} OR {query}"
        params = {"query": query, "orderby": "id", "order": "ASC", "per_page": "1", "fields": "Subject"}
        document = answer_json(self._http.request("GET", f"{self.api}/tickets", params=params))
        items = document.get("items") if isinstance(document, dict) else None
        if not isinstance(items, list):
            raise HelpdeskRetryable("RT answered a ticket search without items")
        for item in items:
            if isinstance(item, dict) and str(item.get("id", "")).isdigit():
                return str(item["id"])
        return None

    def find_message(self, ticket: str, marker: str) -> str | None:
        """The transaction on `ticket` whose attachment subject is exactly `marker`, or None."""
        page, pages = 1, 1
        while page <= min(pages, MAX_PAGES):
            params = {"fields": "Subject,TransactionId", "per_page": str(PAGE_SIZE), "page": str(page)}
            document = answer_json(
                self._http.request("GET", f"{self.api}/ticket/{ticket}/attachments", params=params)
            )
            if not isinstance(document, dict) or not isinstance(document.get("items"), list):
                raise HelpdeskRetryable(f"RT answered the attachments of ticket {ticket} without items")
            for item in document["items"]:
                if isinstance(item, dict) and item.get("Subject") == marker:
                    transaction = item.get("TransactionId")
                    if isinstance(transaction, dict):
                        transaction = transaction.get("id")
                    return str(transaction if transaction is not None else item.get("id"))
            pages = int(document.get("pages") or 1)
            page += 1
        return None

    # What the agent sees ---------------------------------------------------------------------
    def requestor(self, message: Message) -> str:
        """The customer as an RT requestor: their e-mail address, or one made from their identity
        under `requestor_domain` (default `social.invalid`, a domain that never receives mail)."""
        customer = message.customer
        if customer.namespace == "email" and _EMAIL.match(customer.id):
            return customer.id
        parts = [customer.namespace, customer.scope or "", customer.id]
        local = ".".join(_ADDRESS_PART.sub("-", part.lower()).strip("-") for part in parts if part)
        return f"{local[:64]}@{self.requestor_domain}"

    @staticmethod
    def ticket_subject(case: Case, message: Message) -> str:
        return f"{case_marker(case.case_id)} {title(message)}"[:200]

    @staticmethod
    def content(case: Case, message: Message, sequence: int) -> str:
        # No attachment lines (render.note_text has them): the RT note is the text and the footer.
        return "\n".join([message.text, "", "--", *footer(case, message, sequence)])


def _ticket_number(case: Case) -> str:
    return ticket_number(case, "RT ticket number")


def _id_from_location(location: str | None, kind: str) -> str | None:
    match = _ID_IN_LOCATION.search(location or "")
    return match.group(2) if match and match.group(1) == kind else None
