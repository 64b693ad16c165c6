"""`POST /admin/{operation}`: the customer operations for operators' tools, signed like callbacks.

Requests carry Standard Webhooks headers signed with `admin_signing_secret` (a secret only the
admin function reads), the timestamp within 5 minutes. Each `webhook-id` is accepted once, so a
captured request cannot be replayed. The body is JSON: `{"identity": …, "to": …, "by": …,
"reason": …}` as the operation needs (cases/operations.py); the answer is the operation's document.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from webcare.cases.identities import DEFAULT_RULES, IdentityRules
from webcare.cases.links import Notify
from webcare.cases.operations import run
from webcare.cases.store import DynamoCaseStore
from webcare.errors import ConfigError
from webcare.helpdesks import standard_webhooks
from webcare.http import ClientError, Request, Response
from webcare.secrets import Secrets

ADMIN_SECRET_NAME = "admin_signing_secret"  # noqa: S105 - the name of a key, not a value


def receive_admin(
    request: Request,
    operation: str,
    *,
    secrets: Secrets,
    store: DynamoCaseStore,
    now: datetime,
    rules: IdentityRules = DEFAULT_RULES,
    notify: Notify | None = None,
) -> Response:
    """Verify and run one admin request. Side effects: the operation's (a merge's helpdesk notes
    go to `notify`), and the request id kept a day."""
    if request.method != "POST":
        raise ClientError(405, f"method {request.method} not allowed; use POST")
    keys = secrets.values(ADMIN_SECRET_NAME)
    if not keys:
        raise ConfigError(f"secret '{ADMIN_SECRET_NAME}' is not set; the admin route is closed")
    try:
        request_id = standard_webhooks.verify(keys, request.headers, request.body)
    except standard_webhooks.SignatureError as exc:
        raise ClientError(401, f"admin request signature: {exc}") from None
    document: Any = request.json()
    if not isinstance(document, dict):
        raise ClientError(400, "body must be a JSON object")
    if not store.remember_once(f"ADMIN#{request_id}", now):
        raise ClientError(409, "this webhook-id was used already; sign each request with a new one")
    outcome = run(operation, document, store=store, now=now, rules=rules, notify=notify)
    return Response.json(outcome.status, outcome.document)
