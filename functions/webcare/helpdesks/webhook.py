"""Generic webhook helpdesk: Standard Webhooks-signed POSTs of forwarded-case events."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from webcare.cases.rules import Case
from webcare.helpdesks import standard_webhooks
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, case_event, event_id
from webcare.model import Message
from webcare.schemas import validate

RETRY_STATUSES = {408, 425, 429}
MAX_REASON_CHARS = 200


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


class WebhookHelpdesk:
    """Sends `case.opened` and `message.appended` events to one URL.

    Side effects: one HTTPS POST per call, with a timeout. 2xx is success; 408/425/429/5xx,
    timeouts and connection errors raise `HelpdeskRetryable` (with Retry-After); other
    statuses raise `HelpdeskPermanent` with the status and a short excerpt of the answer.
    """

    def __init__(self, url: str, secret: str, *, timeout: float = 10.0, session: Any = None) -> None:
        self.url = url
        self._secret = secret
        self._timeout = timeout
        self._session = session or requests.Session()

    def _post(self, event_type: str, case: Case, message: Message, sequence: int) -> dict[str, Any]:
        event = case_event(event_type, case, message, sequence)
        validate("forwarded-case.schema.json", event)
        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = standard_webhooks.sign(self._secret, event_id(event_type, case, message), body)
        headers["content-type"] = "application/json"
        headers["user-agent"] = "webcare-bridge"
        try:
            response = self._session.post(self.url, data=body, headers=headers, timeout=self._timeout)
        except requests.Timeout:
            raise HelpdeskRetryable(f"timed out after {self._timeout:g}s") from None
        except requests.RequestException as exc:
            raise HelpdeskRetryable(f"request failed: {type(exc).__name__}") from None
        status = response.status_code
        if 200 <= status < 300:
            try:
                answer = response.json()
            except ValueError:
                return {}
            return answer if isinstance(answer, dict) else {}
        excerpt = (response.text or "")[:MAX_REASON_CHARS]
        if status in RETRY_STATUSES or status >= 500:
            raise HelpdeskRetryable(
                f"HTTP {status}: {excerpt}",
                retry_after=parse_retry_after(response.headers.get("retry-after")),
            )
        raise HelpdeskPermanent(f"HTTP {status}: {excerpt}")

    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        answer = self._post("case.opened", case, message, sequence)
        ticket = answer.get("ticket_id")
        return str(ticket) if isinstance(ticket, str | int) and str(ticket) else case.case_id

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        answer = self._post("message.appended", case, message, sequence)
        comment = answer.get("comment_id")
        return str(comment) if isinstance(comment, str | int) else None
