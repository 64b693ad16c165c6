"""Status callbacks from a helpdesk: `POST /callbacks/{helpdesk}` closes a case.

Each helpdesk type is verified its own way (`helpdesks.callbacks`: Standard Webhooks, Zendesk's
webhook signature, a Jira webhook secret, a shared token); what the callback then does is the
same for all: only a solved or closed ticket closes its case, only the helpdesk that owns the
case may close it, a delivery id is applied once, and a close older than the case's last message
changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from webcare.cases.rules import Case
from webcare.cases.store import CloseOutcome, FirstResponseOutcome
from webcare.config import Config
from webcare.helpdesks.callbacks import CallbackRejected, StatusChange, verify_and_parse
from webcare.http import ClientError, Request, Response
from webcare.model import iso
from webcare.secrets import Secrets


class ClosingStore(Protocol):
    def close_case(
        self, case_id: str, *, helpdesk: str, callback_id: str, changed_at: datetime, now: datetime
    ) -> tuple[CloseOutcome, Case | None]: ...
    def record_first_response(
        self, case_id: str, *, helpdesk: str, responded_at: datetime
    ) -> tuple[FirstResponseOutcome, Case | None]: ...


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

    Side effects: the case's status in the table, and the callback's delivery id remembered so
    that a replay of it changes nothing. A helpdesk can only close cases it owns; a status older
    than the case's last message is ignored; a status other than solved or closed is ignored.
    """
    helpdesk = config.helpdesks.get(helpdesk_name)
    if helpdesk is None:
        raise ClientError(404, f"unknown helpdesk '{helpdesk_name}'")
    if request.method != "POST":
        raise ClientError(405, f"method {request.method} not allowed; use POST")
    try:
        change = verify_and_parse(request, helpdesk, secrets, now)
    except CallbackRejected as rejected:
        raise ClientError(rejected.status, rejected.reason) from None
    if change.status == "responded":
        return _first_response(change, helpdesk_name, store=store, now=now)
    if change.status == "open":
        return Response.json(
            200, {"case_id": change.case_id, "ignored": "the ticket is not solved or closed"}
        )
    if change.case_id is None:
        raise ClientError(
            400,
            "callback: no case id in it (the ticket's webcare case id: external id, case field, label "
            f"or tag; see docs/helpdesks for helpdesk '{helpdesk_name}')",
        )
    case_id = change.case_id
    outcome, case = store.close_case(
        case_id,
        helpdesk=helpdesk_name,
        callback_id=change.callback_id,
        changed_at=change.changed_at,
        now=now,
    )
    if outcome == "unknown":
        raise ClientError(404, f"unknown case '{case_id}' for helpdesk '{helpdesk_name}'")
    if outcome == "duplicate":
        return Response.json(200, {"case_id": case_id, "ignored": "duplicate delivery id"})
    if outcome == "stale":
        return Response.json(200, {"case_id": case_id, "ignored": "older than the case's last message"})
    assert case is not None
    return Response.json(200, {"case_id": case.case_id, "status": case.status})


def _first_response(
    change: StatusChange, helpdesk_name: str, *, store: ClosingStore, now: datetime
) -> Response:
    """Record when an agent first answered; later responses (and replays) change nothing."""
    if change.case_id is None:
        raise ClientError(400, "callback: case.responded needs the case id")
    outcome, case = store.record_first_response(
        change.case_id, helpdesk=helpdesk_name, responded_at=min(change.changed_at, now)
    )
    if outcome == "unknown" or case is None:
        raise ClientError(404, f"unknown case '{change.case_id}' for helpdesk '{helpdesk_name}'")
    assert case.first_response_at is not None
    seconds = max(0.0, (case.first_response_at - case.opened_at).total_seconds())
    within = case.respond_by is None or case.first_response_at <= case.respond_by
    body = {
        "case_id": case.case_id,
        "first_response_at": iso(case.first_response_at),
        "seconds_to_first_response": round(seconds, 3),
        "within_target": within,
    }
    if outcome == "already":
        body["ignored"] = "the case's first response was recorded already"
    return Response.json(200, body)
