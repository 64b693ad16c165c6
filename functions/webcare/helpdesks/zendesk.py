"""Zendesk Support: one ticket per case, each later message one comment on it.

- The customer becomes an end user found or created by our `external_id`
  (`webcare:<identity key>`, or their address for e-mail customers) through
  `POST /api/v2/users/create_or_update`, which is idempotent by itself.
- The ticket is created with `Idempotency-Key: webcare-<case id>` (Zendesk keeps the key for
  about two hours and answers a repeat with the first result) and `external_id` = case id.
- A message is a comment added with `PUT /api/v2/tickets/{id}`, internal unless `public_comments`
  is set, written by the requester. Comments have no idempotency key, so the adapter first lists
  the ticket's comments and looks for the message's marker `[webcare <message key>]`, and does
  so again at once after an ambiguous failure.
- 429 with Retry-After, 5xx and timeouts are retryable (`helpdesks.http`); Zendesk's error token
  (`{"error": "RecordInvalid", ...}`) is kept in the reason, its description never is.
"""

from __future__ import annotations

import re
from typing import Any

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus, ticket_number
from webcare.helpdesks.http import HelpdeskHttp, basic_auth
from webcare.helpdesks.readback import answer_json, note_marker, send_once
from webcare.helpdesks.render import display_name, title, utc_seconds
from webcare.model import Message, iso

MAX_COMMENT_PAGES = 20
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# The key as it is (no readback.marker_token): comments already on tickets carry this form.
def message_marker(message_key: str) -> str:
    return f"[webcare {message_key}]"


class ZendeskHelpdesk:
    """Tickets in one Zendesk account, with an API token of an agent.

    Side effects: `open_ticket` makes one create-or-update user call and one ticket create (with
    an idempotency key); `append` lists the ticket's comments and, when the message is not there,
    makes one ticket update with the comment. Everything goes through `HelpdeskHttp`.
    """

    def __init__(
        self,
        url: str,
        email: str,
        token: str,
        *,
        public_comments: bool = False,
        set_due_at: bool = False,
        tags: tuple[str, ...] = ("webcare",),
        group_id: int | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "zendesk",
    ) -> None:
        if not token or not email:
            raise HelpdeskPermanent(f"helpdesk '{name}': Zendesk needs an agent e-mail and an API token")
        self.base = url.rstrip("/")
        self.public_comments = public_comments
        self.set_due_at = set_due_at
        self.tags = tags
        self.group_id = group_id
        self.name = name
        self._requesters: dict[str, int] = {}  # identity key -> user id, for this execution environment
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"authorization": basic_auth(f"{email}/token", token), "accept": "application/json"},
            code_fields=("error", "error.title", "errors.0.code"),
        )

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        group_id = routing.numeric_group(case, self.group_id, self.name, "Zendesk group id")
        requester = self.requester_id(message)
        ticket: dict[str, Any] = {
            "subject": self.subject(message),
            "comment": {"body": self.body(case, message, sequence), "public": self.public_comments},
            "requester_id": requester,
            "submitter_id": requester,  # the submitter is the first comment's author
            "external_id": case.case_id,
            "tags": routing.tags(case, self.tags),
        }
        if group_id is not None:
            ticket["group_id"] = group_id
        priority = routing.priority(case, routing.ZENDESK_PRIORITY, None)
        if priority is not None:
            ticket["priority"] = priority
        if self.set_due_at and case.respond_by is not None:
            # Zendesk keeps due_at only on tickets of type "task".
            ticket["type"] = "task"
            ticket["due_at"] = utc_seconds(case.respond_by)
        try:
            response = self._http.request(
                "POST",
                "/api/v2/tickets",
                json_body={"ticket": ticket},
                headers={"idempotency-key": f"webcare-{case.case_id}"},
            )
        except HelpdeskPermanent as failure:
            raise routing.refused(failure, case, "group_id/priority/tags") from None
        created = _dig(response, "ticket", "id")
        if not isinstance(created, int):
            raise HelpdeskPermanent(
                f"HTTP {response.status_code}: Zendesk did not say which ticket it created"
            )
        return str(created)

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        ticket = _ticket_id(case)
        marker = message_marker(message.message_key)
        existing = self.find_comment(ticket, marker)
        if existing is not None:
            return existing
        comment: dict[str, Any] = {"body": self.body(case, message, sequence), "public": self.public_comments}
        author = self.requester_id(message)
        comment["author_id"] = author
        return self._comment(ticket, marker, comment)

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """A private comment (whatever `public_comments` says) by the API's agent, first line
        `[webcare note <note id>]`; the ticket's comments are read back first, as for messages."""
        ticket = _ticket_id(case)
        marker = note_marker(note_id)
        existing = self.find_comment(ticket, marker)
        if existing is not None:
            return existing
        return self._comment(ticket, marker, {"body": f"{marker}\n{text}", "public": False})

    def _comment(self, ticket: str, marker: str, comment: dict[str, Any]) -> str | None:
        body = {"ticket": {"comment": comment}}
        response = send_once(
            lambda: self._http.request("PUT", f"/api/v2/tickets/{ticket}", json_body=body),
            read_back=lambda: self.find_comment(ticket, marker),
        )
        if isinstance(response, str):
            return response
        audit = _dig(response, "audit", "id")
        return str(audit) if isinstance(audit, int) else None

    def status(self, ticket_ref: str) -> TicketStatus:
        """The port's view: solved is solved, closed (no more comments possible) closed, else open."""
        native = self.ticket_status(ticket_ref).lower()
        return "closed" if native == "closed" else "solved" if native == "solved" else "open"

    def ticket_status(self, ticket: str) -> str:
        """new, open, pending, hold, solved or closed (closed tickets cannot take comments)."""
        status = _dig(self._http.request("GET", f"/api/v2/tickets/{ticket}"), "ticket", "status")
        if not isinstance(status, str):
            raise HelpdeskPermanent(f"Zendesk ticket {ticket} has no status in its answer")
        return status

    # Look-ups ------------------------------------------------------------------------------
    def requester_id(self, message: Message) -> int:
        """Find or create the customer as an end user; their Zendesk user id (cached per process)."""
        customer = message.customer
        if customer.key in self._requesters:
            return self._requesters[customer.key]
        user: dict[str, Any] = {
            "name": display_name(customer),
            "role": "end-user",
            "skip_verify_email": True,
        }
        if customer.namespace == "email" and _EMAIL.match(customer.id):
            user["email"] = customer.id
        else:
            user["external_id"] = f"webcare:{customer.key}"
        response = self._http.request("POST", "/api/v2/users/create_or_update", json_body={"user": user})
        found = _dig(response, "user", "id")
        if not isinstance(found, int):
            raise HelpdeskPermanent(f"HTTP {response.status_code}: Zendesk did not return the requester's id")
        self._requesters[customer.key] = found
        return found

    def find_comment(self, ticket: str, marker: str) -> str | None:
        """The id of the comment on `ticket` that carries `marker`, or None."""
        url: str | None = f"/api/v2/tickets/{ticket}/comments"
        pages = 0
        while url and pages < MAX_COMMENT_PAGES:
            document: Any = answer_json(self._http.request("GET", url))
            comments = document.get("comments") if isinstance(document, dict) else None
            if not isinstance(comments, list):
                raise HelpdeskRetryable(f"Zendesk listed the comments of ticket {ticket} without comments")
            for comment in comments:
                if isinstance(comment, dict) and marker in str(comment.get("body") or ""):
                    return str(comment.get("id"))
            next_page = document.get("next_page")
            url = next_page if isinstance(next_page, str) and next_page else None
            pages += 1
        return None

    # What the agent sees ---------------------------------------------------------------------
    @staticmethod
    def subject(message: Message) -> str:
        return title(message, limit=150)

    @staticmethod
    def body(case: Case, message: Message, sequence: int) -> str:
        lines = [
            message.text,
            "",
            "--",
            f"channel: {message.channel} ({message.visibility})",
            f"occurred: {iso(message.occurred_at)}",
            f"message #{sequence} of case {case.case_id} {message_marker(message.message_key)}",
        ]
        if message.scrub is not None and message.scrub.findings:
            lines.append(
                "scrubbed before forwarding: " + ", ".join(sorted({f[0] for f in message.scrub.findings}))
            )
        flags = [
            n
            for n, on in (
                ("credential_shared", case.credential_shared),
                ("public_exposure", case.public_exposure),
            )
            if on
        ]
        if flags:
            lines.append("flags: " + ", ".join(flags))
        return "\n".join(lines)


def _ticket_id(case: Case) -> str:
    return ticket_number(case, "Zendesk ticket id")


def _dig(response: Any, *path: str) -> Any:
    value: Any = answer_json(response)
    for step in path:
        value = value.get(step) if isinstance(value, dict) else None
    return value
