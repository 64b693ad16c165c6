"""Front (Core API): each case one conversation in a shared inbox, each message one imported message.

Front de-duplicates imports natively: "Front won't import two messages with the same external
ID". Every message is imported with `external_id` = its message key and `metadata.thread_ref` =
the case id, so Front threads a case's messages into one conversation and a retry of any of
them (after a timeout, a reset, a 5xx) cannot add a second copy. No read-back is needed.

Imports are asynchronous (202 with a `message_uid`), so the ticket reference is the first
message's alias `alt:uid:<message_uid>`; `status` resolves it to the conversation.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

import requests

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus
from webcare.helpdesks.http import HelpdeskHttp
from webcare.helpdesks.readback import answer_json, marker_token, note_marker, send_unless_found
from webcare.helpdesks.render import (
    DEFAULT_REQUESTER_DOMAIN,
    display_name,
    note_html,
    requester_address,
    title,
)
from webcare.helpdesks.render import utc_seconds as _utc
from webcare.model import Message

RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-front-tier")
_UID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_CONVERSATION = re.compile(r"/conversations/(cnv_[A-Za-z0-9]{1,40})$")
ALIAS = "alt:uid:"
THREAD = "thread:"
MAX_PAGES = 20


class FrontHelpdesk:
    """Imports a case's messages into one Front inbox, threaded by case id, as inbound messages.

    Side effects: one `POST /inboxes/{id}/imported_messages` per message (Front creates the
    conversation with the first one and the customer's contact from the sender handle); nothing
    is sent to the customer. `status` reads the first message and its conversation.
    """

    def __init__(
        self,
        url: str,
        token: str,
        *,
        inbox_id: str,
        inbox_address: str,
        tags: Sequence[str] = ("webcare",),
        assignee_id: str | None = None,
        run_rules: bool = False,
        requester_domain: str = DEFAULT_REQUESTER_DOMAIN,
        requests_per_minute: float | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "front",
    ) -> None:
        if not token:
            raise HelpdeskPermanent(f"helpdesk '{name}': empty Front API token")
        self.name = name
        self.inbox_id = inbox_id
        self.inbox_address = inbox_address
        self.tags = tuple(tags)
        self.assignee_id = assignee_id
        self.run_rules = run_rules
        self.requester_domain = requester_domain
        self.base = url.rstrip("/")
        # Front's errors are {"_error": {"status", "title": free text, "message": free text}}.
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"authorization": f"Bearer {token}", "accept": "application/json"},
            code_fields=(),
            rate_headers=RATE_HEADERS,
            requests_per_minute=requests_per_minute,
        )

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        uid = self._import(case, message, sequence, first=True)
        # A duplicate answer carries no uid; the case id still threads every later message.
        return ALIAS + uid if uid else THREAD + case.case_id

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        return self._import(case, message, sequence, first=False)

    def status(self, ticket_ref: str) -> TicketStatus:
        """The conversation's state; `open` whenever Front cannot tell yet.

        The forwarder asks before each append and opens a follow-up case on `closed`, so only a
        certain answer may be `closed`: a reference without a message uid (first import confirmed
        by a 409), or a message Front has not finished importing (404, no conversation link),
        reads as `open`, and the import threads by case id anyway.
        """
        conversation_id = self.conversation(ticket_ref)
        if conversation_id is None:
            return "open"
        conversation = answer_json(self._http.request("GET", f"/conversations/{conversation_id}"))
        state = conversation.get("status") if isinstance(conversation, dict) else None
        if state == "deleted":
            return "closed"
        # Archived is Front's "done"; a new import threads into it and reopens it.
        return "solved" if state == "archived" else "open"

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """A comment on the case's conversation: Front's comments are seen by teammates only.

        The import API cannot add comments (everything it imports is a message), so this is
        `POST /conversations/{id}/comments` by the API token's bot teammate, first line
        `[webcare note <note id>]`, after reading the conversation's comments for that line.
        A ticket reference without a message uid (`thread:`) names no conversation: permanent.
        """
        conversation_id = self.conversation(case.ticket_ref or "")
        if conversation_id is None:
            if (case.ticket_ref or "").startswith(ALIAS):
                raise HelpdeskRetryable(f"Front has not finished importing {case.ticket_ref} yet")
            raise HelpdeskPermanent(
                f"case {case.case_id}: Front ticket reference {case.ticket_ref!r} names no conversation "
                "to comment on"
            )
        marker = note_marker(note_id)
        body = {"body": f"{marker}\n{text}"}
        created = send_unless_found(
            lambda: self.find_comment(conversation_id, marker),
            lambda: self._http.request("POST", f"/conversations/{conversation_id}/comments", json_body=body),
        )
        if isinstance(created, str):
            return created
        document = answer_json(created)
        comment = document.get("id") if isinstance(document, dict) else None
        if not isinstance(comment, str) or not comment:
            raise HelpdeskPermanent(f"HTTP {created.status_code}: Front did not say which comment it added")
        return comment

    # Look-ups ------------------------------------------------------------------------------
    def conversation(self, ticket_ref: str) -> str | None:
        """The conversation id behind `alt:uid:<message uid>`, or None while Front cannot tell."""
        uid = ticket_ref[len(ALIAS) :] if ticket_ref.startswith(ALIAS) else ""
        if not _UID.fullmatch(uid):
            return None
        try:
            document = answer_json(self._http.request("GET", f"/messages/{ALIAS}{uid}"))
        except HelpdeskPermanent as refused:
            if refused.reason.startswith("HTTP 404"):
                return None
            raise
        links = document.get("_links") if isinstance(document, dict) else None
        related = links.get("related") if isinstance(links, dict) else None
        link = related.get("conversation") if isinstance(related, dict) else None
        match = _CONVERSATION.search(link) if isinstance(link, str) else None
        return match.group(1) if match else None

    def find_comment(self, conversation_id: str, marker: str) -> str | None:
        """The comment on the conversation whose first line is `marker`, or None."""
        target: str | None = f"/conversations/{conversation_id}/comments"
        for _ in range(MAX_PAGES):
            if target is None:
                return None
            document = answer_json(self._http.request("GET", target))
            results = document.get("_results") if isinstance(document, dict) else None
            if not isinstance(results, list) or not isinstance(document, dict):
                raise HelpdeskRetryable(f"Front answered the comments of {conversation_id} without _results")
            for comment in results:
                body = comment.get("body") if isinstance(comment, dict) else None
                if isinstance(body, str) and body.split("\n", 1)[0].strip() == marker:
                    return str(comment.get("id"))
            pagination = document.get("_pagination")
            following = pagination.get("next") if isinstance(pagination, dict) else None
            target = following if isinstance(following, str) and following.startswith(self.base) else None
        return None

    # The request ---------------------------------------------------------------------------
    def import_body(self, case: Case, message: Message, sequence: int, *, first: bool) -> dict[str, Any]:
        body_html = note_html(case, message, sequence)
        if first and case.respond_by is not None:
            body_html += f"<div>respond by: {html.escape(_utc(case.respond_by))}</div>"
        body: dict[str, Any] = {
            "sender": {
                "handle": requester_address(message.customer, self.requester_domain),
                "name": display_name(message.customer)[:255],
            },
            "to": [self.inbox_address],
            "subject": title(message, 255),
            "body": body_html,
            "body_format": "html",
            "external_id": marker_token(message.message_key),
            "created_at": int(message.occurred_at.timestamp()),
            "type": "email",
            # Front has no groups or priorities on imports: the route's tags only (a Front rule
            # can move or assign conversations by tag when `run_rules` is on).
            "tags": routing.tags(case, self.tags),
            "metadata": {
                "thread_ref": case.case_id,
                "is_inbound": True,
                "is_archived": False,
                "should_skip_rules": not self.run_rules,
            },
        }
        if self.assignee_id:
            body["assignee_id"] = self.assignee_id
        return body

    def _import(self, case: Case, message: Message, sequence: int, *, first: bool) -> str | None:
        body = self.import_body(case, message, sequence, first=first)
        try:
            response = self._http.request(
                "POST", f"/inboxes/{self.inbox_id}/imported_messages", json_body=body
            )
        except HelpdeskPermanent as refused:
            # Front refuses a second import of the same external_id: that message is in Front.
            if refused.reason.startswith("HTTP 409"):
                return None
            raise
        return _message_uid(response)


def _message_uid(response: requests.Response) -> str:
    document = answer_json(response)
    uid = document.get("message_uid") if isinstance(document, dict) else None
    if not isinstance(uid, str) or not _UID.fullmatch(uid):
        raise HelpdeskPermanent(f"HTTP {response.status_code}: Front did not say which message it accepted")
    return uid
