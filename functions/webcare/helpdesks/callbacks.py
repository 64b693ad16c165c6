"""Status callbacks, each helpdesk its own way: verify the request, read which case it is about.

`verify_and_parse(request, helpdesk, secrets, now)` picks the helpdesk's scheme (its
`callback_scheme`, else the default for its type) and returns a `StatusChange`, or raises
`CallbackRejected` (401: not authentic or not fresh; 400: authentic but unreadable). What
happens next (ownership, replay of the same callback id, a close older than the case's last
message) is the same for every scheme and lives in `webcare.callbacks`.

Schemes:
- `standard_webhooks`: `webhook-id`/`webhook-timestamp`/`webhook-signature` (our own format,
  schemas/helpdesk-callback.schema.json); for the generic webhook and whatever can compute an
  HMAC (a ServiceNow business rule, Salesforce Apex, an RT scrip);
- `zendesk`: `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(secret, timestamp + body)) with
  `X-Zendesk-Webhook-Signature-Timestamp` (ISO 8601), as Zendesk documents ("Verifying webhook
  authenticity"); the payload is Zendesk's `ticket.status_changed` event or our trigger template;
- `jira`: `X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, body)>` of a Jira admin webhook with a
  secret; freshness from the signed body's `timestamp`, replay by `X-Atlassian-Webhook-Identifier`;
- `token`: a shared secret in the `X-Webcare-Token` header (or the `token` query parameter),
  compared in constant time. For helpdesks that cannot sign (Freshdesk automations, a Salesforce
  Flow callout). Weaker: whoever sees one request can send any other until the token is rotated,
  and nothing is fresh or bound to the body.

A secret is named by the helpdesk's `callback_secret` (for `standard_webhooks`, `signing_secret`
when that is absent); several values (rotation) are all accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from webcare.config import HelpdeskConfig
from webcare.errors import ConfigError
from webcare.helpdesks import standard_webhooks
from webcare.http import Request
from webcare.model import parse_iso, short_hash
from webcare.schemas import SchemaError, validate
from webcare.secrets import Secrets

# `responded`: an agent answered the customer for the first time (time to first response).
Status = Literal["open", "solved", "closed", "responded"]
CASE_ID = re.compile(r"c_[0-9a-f]{24}")
TOLERANCE = timedelta(seconds=standard_webhooks.TOLERANCE_SECONDS)
# Jira signs no timestamp; the body's event time is signed with it. Retries keep that time, so
# the window is wider, and it stays well inside the store's callback-id retention (one day).
JIRA_TOLERANCE = timedelta(hours=1)
# Token callbacks carry no delivery id: retries of the same body within this bucket are one.
TOKEN_BUCKET_SECONDS = 300
TOKEN_HEADER = "x-webcare-token"  # noqa: S105 - a header name
JIRA_CLOSED_NAMES = frozenset({"closed", "canceled", "cancelled", "declined", "won't do"})


@dataclass(frozen=True)
class StatusChange:
    """What a verified callback says: a ticket's status, which case, when, and its delivery id."""

    status: Status
    callback_id: str
    changed_at: datetime
    case_id: str | None = None
    ticket_ref: str | None = None


class CallbackRejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


Verifier = Callable[[Request, HelpdeskConfig, Secrets, datetime], StatusChange]

DEFAULT_SCHEME: Mapping[str, str] = {
    "webhook": "standard_webhooks",
    "zendesk": "zendesk",
    "jira": "jira",
    "freshdesk": "token",
    "servicenow": "standard_webhooks",
    "salesforce": "standard_webhooks",
    "rt": "standard_webhooks",
}


def scheme_of(helpdesk: HelpdeskConfig) -> str | None:
    """The helpdesk's callback scheme; None for a type that cannot call us (Front)."""
    if helpdesk.type == "webhook":
        return "standard_webhooks"
    configured = helpdesk.settings.get("callback_scheme")
    return str(configured) if configured else DEFAULT_SCHEME.get(helpdesk.type)


def verify_and_parse(
    request: Request, helpdesk: HelpdeskConfig, secrets: Secrets, now: datetime
) -> StatusChange:
    """Verify `request` the way `helpdesk` signs and read its status change (see module doc)."""
    scheme = scheme_of(helpdesk)
    if scheme is None:
        raise CallbackRejected(
            404, f"helpdesk '{helpdesk.name}' ({helpdesk.type}) has no status callbacks; see docs/helpdesks"
        )
    return VERIFIERS[scheme](request, helpdesk, secrets, now)


# Secrets -------------------------------------------------------------------------------------
def _secrets(helpdesk: HelpdeskConfig, secrets: Secrets, *, fallback: str = "") -> tuple[str, ...]:
    name = str(helpdesk.settings.get("callback_secret") or fallback)
    if not name:
        raise CallbackRejected(
            401, f"status callbacks are not set up for helpdesk '{helpdesk.name}' (no callback_secret)"
        )
    values = secrets.values(name)
    if not values:
        raise ConfigError(f"secret '{name}' of helpdesk '{helpdesk.name}' is not set in the secrets document")
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"secret '{name}' of helpdesk '{helpdesk.name}' is empty")
    return values


# Standard Webhooks ---------------------------------------------------------------------------
def standard(request: Request, helpdesk: HelpdeskConfig, secrets: Secrets, now: datetime) -> StatusChange:
    keys = _secrets(helpdesk, secrets, fallback=helpdesk.signing_secret)
    try:
        callback_id = standard_webhooks.verify(keys, request.headers, request.body, now=now.timestamp())
    except standard_webhooks.SignatureError as exc:
        raise CallbackRejected(401, f"callback signature: {exc}") from None
    document = _document(request)
    try:
        validate("helpdesk-callback.schema.json", document)
    except SchemaError as exc:
        raise CallbackRejected(400, f"callback: {exc.path}: {exc.reason}") from None
    occurred_at = document.get("occurred_at")
    if isinstance(occurred_at, str):
        changed_at = parse_iso(occurred_at)
    else:
        # Whole seconds, rounded up: a message in the second the helpdesk signed does not make
        # its own close look older than it.
        changed_at = datetime.fromtimestamp(int(request.header("webhook-timestamp") or 0) + 1, tz=UTC)
    ticket_ref = document.get("ticket_ref")
    return StatusChange(
        status="responded" if document["type"] == "case.responded" else "closed",
        callback_id=callback_id,
        changed_at=changed_at,
        case_id=document["case_id"],
        ticket_ref=ticket_ref if isinstance(ticket_ref, str) else None,
    )


# Zendesk -------------------------------------------------------------------------------------
def zendesk(request: Request, helpdesk: HelpdeskConfig, secrets: Secrets, now: datetime) -> StatusChange:
    keys = _secrets(helpdesk, secrets)
    given = request.header("x-zendesk-webhook-signature")
    stamp = request.header("x-zendesk-webhook-signature-timestamp")
    if not given or not stamp:
        raise CallbackRejected(
            401, "callback signature: missing X-Zendesk-Webhook-Signature or -Signature-Timestamp header"
        )
    signed_at = _iso_or_reject(stamp, "X-Zendesk-Webhook-Signature-Timestamp")
    _fresh(signed_at, now, TOLERANCE, "X-Zendesk-Webhook-Signature-Timestamp")
    message = stamp.encode("utf-8") + request.body
    if not any(
        hmac.compare_digest(
            base64.b64encode(hmac.new(key.encode("utf-8"), message, hashlib.sha256).digest()).decode(),
            given.strip(),
        )
        for key in keys
    ):
        raise CallbackRejected(401, "callback signature: X-Zendesk-Webhook-Signature does not match")
    document = _document(request)
    invocation = request.header("x-zendesk-webhook-invocation-id")
    detail = document.get("detail")
    if isinstance(document.get("type"), str) and isinstance(detail, dict):
        # An event-subscribed webhook: Zendesk's own envelope (zen:event-type:ticket.status_changed).
        event = document.get("event")
        current = event.get("current") if isinstance(event, dict) else None
        status = current if document["type"].endswith("ticket.status_changed") else detail.get("status")
        event_id = document.get("id")
        changed = document.get("time")
        return StatusChange(
            status=_status(status, solved=("solved",), closed=("closed",)),
            callback_id=_delivery_id(event_id, invocation, stamp, request.body),
            changed_at=_whole_seconds_up(_iso_or_default(changed, signed_at)),
            case_id=_case_id(detail.get("external_id")),
            ticket_ref=_text(detail.get("id")),
        )
    # A trigger's webhook with our template (docs/helpdesks/zendesk.md).
    return StatusChange(
        status=_status(document.get("status"), solved=("solved",), closed=("closed",)),
        callback_id=_delivery_id(None, invocation, stamp, request.body),
        changed_at=_whole_seconds_up(signed_at),
        case_id=_case_id(document.get("case_id")),
        ticket_ref=_text(document.get("ticket_ref")),
    )


# Jira ----------------------------------------------------------------------------------------
def jira(request: Request, helpdesk: HelpdeskConfig, secrets: Secrets, now: datetime) -> StatusChange:
    keys = _secrets(helpdesk, secrets)
    given = (request.header("x-hub-signature") or "").strip()
    if not given.startswith("sha256="):
        raise CallbackRejected(401, "callback signature: missing X-Hub-Signature: sha256=... header")
    offered = given.removeprefix("sha256=").lower()
    if not any(
        hmac.compare_digest(hmac.new(key.encode("utf-8"), request.body, hashlib.sha256).hexdigest(), offered)
        for key in keys
    ):
        raise CallbackRejected(401, "callback signature: X-Hub-Signature does not match")
    document = _document(request)
    stamp = document.get("timestamp")
    if not isinstance(stamp, int) or isinstance(stamp, bool):
        raise CallbackRejected(401, "callback: the signed body has no timestamp, so its age is unknown")
    happened = datetime.fromtimestamp(stamp / 1000, tz=UTC)
    _fresh(happened, now, JIRA_TOLERANCE, "the body's timestamp")
    issue = document.get("issue")
    fields = issue.get("fields") if isinstance(issue, dict) else None
    labels = fields.get("labels") if isinstance(fields, dict) else None
    case_id = None
    for label in labels if isinstance(labels, list) else ():
        if isinstance(label, str) and label.startswith("webcare-"):
            case_id = _case_id(label.removeprefix("webcare-")) or case_id
    current = fields.get("status") if isinstance(fields, dict) else None
    category = current.get("statusCategory") if isinstance(current, dict) else None
    status: Status = "open"
    if document.get("webhookEvent") in ("jira:issue_updated", "jira:issue_created"):
        if isinstance(category, dict) and category.get("key") == "done":
            name = str(current.get("name", "")).lower() if isinstance(current, dict) else ""
            status = "closed" if name in JIRA_CLOSED_NAMES else "solved"
    identifier = request.header("x-atlassian-webhook-identifier")
    return StatusChange(
        status=status,
        callback_id=_delivery_id(None, identifier, str(stamp), request.body),
        changed_at=happened,
        case_id=case_id,
        ticket_ref=_text(issue.get("key")) if isinstance(issue, dict) else None,
    )


# Token ---------------------------------------------------------------------------------------
def token(request: Request, helpdesk: HelpdeskConfig, secrets: Secrets, now: datetime) -> StatusChange:
    keys = _secrets(helpdesk, secrets)
    offered = request.header(TOKEN_HEADER) or request.query.get("token") or ""
    if not offered:
        raise CallbackRejected(401, "callback token: missing X-Webcare-Token header")
    if not any(hmac.compare_digest(key.encode("utf-8"), offered.encode("utf-8")) for key in keys):
        raise CallbackRejected(401, "callback token: does not match")
    document = _document(request)
    case_id = _case_id(document.get("case_id")) or _case_id_in(document.get("tags"))
    if document.get("type") == "case.closed":
        status: Status = "closed"
    elif document.get("type") == "case.responded":
        status = "responded"
    else:
        status = _status(document.get("status"), solved=("resolved", "solved", "4"), closed=("closed", "5"))
    occurred_at = document.get("occurred_at")
    bucket = int(now.timestamp()) // TOKEN_BUCKET_SECONDS
    return StatusChange(
        status=status,
        callback_id=_delivery_id(_text(document.get("event_id")), None, str(bucket), request.body),
        changed_at=_iso_or_default(occurred_at, now),
        case_id=case_id,
        ticket_ref=_text(document.get("ticket_ref")),
    )


VERIFIERS: dict[str, Verifier] = {
    "standard_webhooks": standard,
    "zendesk": zendesk,
    "jira": jira,
    "token": token,
}


# Helpers -------------------------------------------------------------------------------------
def _document(request: Request) -> dict[str, Any]:
    try:
        document = json.loads(request.body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CallbackRejected(400, "callback: body is not valid JSON") from None
    if not isinstance(document, dict):
        raise CallbackRejected(400, "callback: body is not a JSON object")
    return document


def _fresh(moment: datetime, now: datetime, tolerance: timedelta, what: str) -> None:
    if abs(now - moment) > tolerance:
        raise CallbackRejected(401, f"callback signature: {what} is outside the tolerance window")


def _iso_or_reject(value: str, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CallbackRejected(401, f"callback signature: {what} is not an ISO 8601 time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso_or_default(value: object, default: datetime) -> datetime:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return default
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return default


def _whole_seconds_up(moment: datetime) -> datetime:
    """A time given in whole seconds, rounded up: a message received within that second (we keep
    milliseconds) does not make the close that followed it look older than it."""
    return moment + timedelta(seconds=1) if moment.microsecond == 0 else moment


def _delivery_id(event_id: object, header: str | None, stamp: str, body: bytes) -> str:
    """The helpdesk's delivery id when it sends one, else a hash of (timestamp, body)."""
    for candidate in (event_id, header):
        text = _text(candidate)
        if text and len(text) <= 200:
            return text
    return "h_" + short_hash(stamp + "\n" + body.decode("utf-8", errors="replace"), 32)


def _status(value: object, *, solved: tuple[str, ...], closed: tuple[str, ...]) -> Status:
    text = str(value).strip().lower() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if text in closed:
        return "closed"
    return "solved" if text in solved else "open"


def _case_id(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and CASE_ID.fullmatch(value.strip()) else None


def _case_id_in(value: object) -> str | None:
    """The first case id among tags: a list, or the comma-separated string a placeholder gives."""
    items = value if isinstance(value, list) else str(value).split(",") if isinstance(value, str) else []
    for item in items:
        # A Jira label reads `webcare-<case id>`; a Freshdesk tag is the case id itself.
        found = _case_id(item.strip().removeprefix("webcare-")) if isinstance(item, str) else None
        if found:
            return found
    return None


def _text(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text or None
