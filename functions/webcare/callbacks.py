"""Status callbacks from a helpdesk: `POST /callbacks/{helpdesk}` closes a case.

The helpdesk signs its callback with Standard Webhooks headers and the same secret we sign our
deliveries with, so one secret per helpdesk covers both directions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from webcare.cases.rules import Case
from webcare.config import Config
from webcare.helpdesks import standard_webhooks
from webcare.http import ClientError, Request, Response
from webcare.schemas import SchemaError, validate
from webcare.secrets import Secrets


class ClosingStore(Protocol):
    def close_case(self, case_id: str, now: datetime) -> Case | None: ...


def receive_callback(
    request: Request,
    helpdesk_name: str,
    *,
    config: Config,
    secrets: Secrets,
    store: ClosingStore,
    now: datetime,
) -> Response:
    """Verify and apply one status callback. Side effect: the case's status in the table."""
    helpdesk = config.helpdesks.get(helpdesk_name)
    if helpdesk is None:
        raise ClientError(404, f"unknown helpdesk '{helpdesk_name}'")
    if request.method != "POST":
        raise ClientError(405, f"method {request.method} not allowed; use POST")
    try:
        standard_webhooks.verify(secrets.values(helpdesk.signing_secret), request.headers, request.body)
    except standard_webhooks.SignatureError as exc:
        raise ClientError(401, f"callback signature: {exc}") from None
    document = request.json()
    try:
        validate("helpdesk-callback.schema.json", document)
    except SchemaError as exc:
        raise ClientError(400, f"callback: {exc.path}: {exc.reason}") from None
    case = store.close_case(document["case_id"], now)
    if case is None:
        raise ClientError(404, f"unknown case '{document['case_id']}'")
    return Response.json(200, {"case_id": case.case_id, "status": case.status})
