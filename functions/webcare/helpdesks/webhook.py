"""Generic webhook helpdesk: Standard Webhooks-signed POSTs of forwarded-case events."""

from __future__ import annotations

import json
from typing import Any

from webcare.cases.rules import Case
from webcare.helpdesks import standard_webhooks
from webcare.helpdesks.base import case_event, event_id, note_event, note_event_id
from webcare.helpdesks.http import HelpdeskHttp, parse_retry_after
from webcare.model import Message
from webcare.schemas import validate

__all__ = ["WebhookHelpdesk", "parse_retry_after"]


class WebhookHelpdesk:
    """Sends `case.opened`, `message.appended` and `case.note` events to one URL.

    Side effects: one POST per call through the shared HTTP layer (`helpdesks.http`): no
    redirects, https:// outside loopback, a timeout. 2xx is success; 408/425/429/5xx, timeouts
    and connection errors raise `HelpdeskRetryable` (with Retry-After); other statuses raise
    `HelpdeskPermanent` with the status and the receiver's error code, never its body. The
    `webhook-id` is the same on every retry of a delivery, so the receiver can de-duplicate.
    """

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "webhook",
        secret_name: str = "signing_secret",  # noqa: S107 - the name of a key, not a secret
    ) -> None:
        standard_webhooks.signing_key(secret, name=f"secret '{secret_name}' of helpdesk '{name}'")
        self.url = url
        self._secret = secret
        self._http = HelpdeskHttp(name, url, timeout=timeout, session=session)

    def _post(self, event_type: str, case: Case, message: Message, sequence: int) -> dict[str, Any]:
        event = case_event(event_type, case, message, sequence)
        return self._send(event, event_id(event_type, case, message))

    def _send(self, event: dict[str, Any], delivery_id: str) -> dict[str, Any]:
        validate("forwarded-case.schema.json", event)
        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = standard_webhooks.sign(self._secret, delivery_id, body)
        headers["content-type"] = "application/json"
        response = self._http.request("POST", self.url, data=body, headers=headers)
        try:
            answer = response.json()
        except ValueError:
            return {}
        return answer if isinstance(answer, dict) else {}

    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        answer = self._post("case.opened", case, message, sequence)
        ticket = answer.get("ticket_id")
        return str(ticket) if isinstance(ticket, str | int) and str(ticket) else case.case_id

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        answer = self._post("message.appended", case, message, sequence)
        comment = answer.get("comment_id")
        return str(comment) if isinstance(comment, str | int) else None

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """A `case.note` event; its `webhook-id` is stable per note, so the receiver de-duplicates."""
        answer = self._send(note_event(case, note_id, text), note_event_id(case, note_id))
        comment = answer.get("comment_id")
        return str(comment) if isinstance(comment, str | int) else None
