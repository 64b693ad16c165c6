"""Status callbacks from a helpdesk: `POST /callbacks/{helpdesk}` closes a case.

The helpdesk signs its callback with Standard Webhooks headers and the same secret we sign our
deliveries with, so one secret per helpdesk covers both directions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from webcare.cases.rules import Case
from webcare.cases.store import CloseOutcome
from webcare.config import Config
from webcare.helpdesks import standard_webhooks
from webcare.http import ClientError, Request, Response
from webcare.model import parse_iso
from webcare.schemas import SchemaError, validate
from webcare.secrets import Secrets


class ClosingStore(Protocol):
    def close_case(
        self, case_id: str, *, helpdesk: str, callback_id: str, changed_at: datetime, now: datetime
    ) -> tuple[CloseOutcome, Case | None]: ...


def receive_callback(
    request: Request,
    helpdesk_name: str,
    *,
    config: Config,
    secrets: Secrets,
    store: ClosingStore,
    now: datetime,
) -> Response:
    """Verify and apply one status callback.

    Side effects: the case's status in the table, and the callback's `webhook-id` remembered so
    that a replay of it changes nothing. A helpdesk can only close cases it owns; a status older
    than the case's last message (by `occurred_at`, else the signed `webhook-timestamp`) is ignored.
    """
    helpdesk = config.helpdesks.get(helpdesk_name)
    if helpdesk is None:
        raise ClientError(404, f"unknown helpdesk '{helpdesk_name}'")
    if request.method != "POST":
        raise ClientError(405, f"method {request.method} not allowed; use POST")
    try:
        callback_id = standard_webhooks.verify(
            secrets.values(helpdesk.signing_secret), request.headers, request.body
        )
    except standard_webhooks.SignatureError as exc:
        raise ClientError(401, f"callback signature: {exc}") from None
    document = request.json()
    try:
        validate("helpdesk-callback.schema.json", document)
    except SchemaError as exc:
        raise ClientError(400, f"callback: {exc.path}: {exc.reason}") from None
    case_id = document["case_id"]
    outcome, case = store.close_case(
        case_id,
        helpdesk=helpdesk_name,
        callback_id=callback_id,
        changed_at=_changed_at(document, request),
        now=now,
    )
    if outcome == "unknown":
        raise ClientError(404, f"unknown case '{case_id}' for helpdesk '{helpdesk_name}'")
    if outcome == "duplicate":
        return Response.json(200, {"case_id": case_id, "ignored": "duplicate webhook-id"})
    if outcome == "stale":
        return Response.json(200, {"case_id": case_id, "ignored": "older than the case's last message"})
    assert case is not None
    return Response.json(200, {"case_id": case.case_id, "status": case.status})


def _changed_at(document: dict[str, object], request: Request) -> datetime:
    """When the helpdesk changed the status: `occurred_at`, else the (verified) signing time.

    The signing time has whole seconds; it is rounded up, so a message in the second the
    helpdesk signed does not make its own close look older than it.
    """
    occurred_at = document.get("occurred_at")
    if isinstance(occurred_at, str):
        return parse_iso(occurred_at)
    return datetime.fromtimestamp(int(request.header("webhook-timestamp") or 0) + 1, tz=UTC)
