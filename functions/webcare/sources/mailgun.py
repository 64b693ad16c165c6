"""Mailgun routes (`forward()` to a URL): HMAC-signed timestamp and token, form bodies.

Facts (`docs/channels/mailgun.md`, with sources): a route POSTs the parsed e-mail as
`application/x-www-form-urlencoded` (or `multipart/form-data` with attachments), or the raw MIME
as `body-mime` when the route's URL ends in `mime` [MG1]. Each POST carries `timestamp`, `token`
and `signature = hex(HMAC-SHA256(signing key, timestamp + token))` as form fields [MG2].

The signature covers only timestamp and token, not the e-mail: a captured POST could be replayed
with other content. So a delivery is accepted only within `FRESHNESS` of its timestamp and only
once per token. The token cache lives in this execution environment's memory (no new IAM or
table on the ingest path); a token replayed to another environment within the window would pass
here, and the message ledger still stores each Message-ID once (docs/decisions/0037).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from webcare.errors import ConfigError
from webcare.http import ClientError, Request, Response
from webcare.model import Attachment, utc_now
from webcare.secrets import Secrets
from webcare.sources import email_common
from webcare.sources.base import Parsed
from webcare.sources.email_common import Mail
from webcare.sources.email_forms import Form, parse_form

SIGNING_KEY_NAME = "mailgun_signing_key"
PROVIDER = "mailgun"
FRESHNESS = timedelta(minutes=5)
MAX_TOKENS = 50_000  # seen tokens kept per execution environment (each for at most 2 × FRESHNESS)
# Header fields Mailgun also posts one by one; read when `message-headers` is missing.
_HEADER_FIELDS = (
    "Message-Id",
    "In-Reply-To",
    "References",
    "Date",
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "X-Autorespond",
    "List-Id",
    "List-Unsubscribe",
    "Content-Type",
    "X-Mailgun-Sflag",
)


def signature(key: str, timestamp: str, token: str) -> str:
    return hmac.new(key.encode("utf-8"), (timestamp + token).encode("utf-8"), hashlib.sha256).hexdigest()


class SeenTokens:
    """Tokens accepted recently, forgotten after `keep`; bounded, thread-safe."""

    def __init__(self, keep: timedelta, limit: int = MAX_TOKENS) -> None:
        self._keep = keep
        self._limit = limit
        self._seen: OrderedDict[str, datetime] = OrderedDict()
        self._lock = threading.Lock()

    def first_use(self, token: str, now: datetime) -> bool:
        """Record `token`; False when it was already recorded within `keep`."""
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - self._keep):
                self._seen.popitem(last=False)
            if token in self._seen:
                return False
            self._seen[token] = now
            while len(self._seen) > self._limit:
                self._seen.popitem(last=False)
            return True


class MailgunSource:
    """Mailgun route deliveries. Keeps the tokens it has accepted in memory (replay protection)."""

    name = "mailgun"

    def __init__(self, clock: Callable[[], datetime] = utc_now, freshness: timedelta = FRESHNESS) -> None:
        self._clock = clock
        self._freshness = freshness
        # A token is only accepted within ±freshness of its timestamp: remembering it for twice
        # that covers every moment at which it could still be accepted.
        self._tokens = SeenTokens(keep=freshness * 2)

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        raise ClientError(405, "Mailgun has no handshake; routes POST inbound e-mail")

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Signature over timestamp + token with any configured key, a fresh timestamp, an unused token."""
        keys = secrets.values(SIGNING_KEY_NAME)
        if not keys:
            raise ConfigError(f"secret '{SIGNING_KEY_NAME}' is not set")
        form = parse_form(request)
        timestamp = _field(form, "timestamp")
        token = _field(form, "token")
        given = _field(form, "signature")
        if not (timestamp and token and given):
            raise ClientError(401, "missing timestamp, token or signature field")
        if len(token) > 512 or not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
            raise ClientError(401, "timestamp must be epoch seconds and token at most 512 characters")
        found = False
        for key in keys:
            found |= hmac.compare_digest(
                signature(key, timestamp, token).encode("ascii"),
                given.strip().lower().encode("utf-8", "replace"),
            )
        if not found:
            raise ClientError(401, "signature does not match timestamp and token")
        now = self._clock()
        sent = datetime.fromtimestamp(int(timestamp), UTC)
        if abs(now - sent) > self._freshness:
            raise ClientError(
                401, f"stale timestamp: more than {int(self._freshness.total_seconds())} s from our clock"
            )
        if not self._tokens.first_use(token, now):
            raise ClientError(401, "token already used (replayed request)")

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """One e-mail as a message, or an ignored count (auto-reply, bounce, bulk)."""
        form = parse_form(request)
        parsed = Parsed()
        recipient = _field(form, "recipient")
        raw = form.get("body-mime")
        if raw is not None:
            mail = email_common.parse_mime(raw.value, PROVIDER, recipient=_first(recipient))
            email_common.to_message(mail, received_at, parsed)
            return parsed
        mail = _mail_from_fields(form, _first(recipient))
        email_common.to_message(mail, received_at, parsed, text_override=_field(form, "stripped-text"))
        return parsed


def _mail_from_fields(form: Form, recipient: str | None) -> Mail:
    headers: list[tuple[str, str]] = []
    listed = _field(form, "message-headers")
    if listed:
        try:
            pairs = json.loads(listed)
        except (ValueError, RecursionError):
            raise ClientError(400, "message-headers is not JSON") from None
        if not isinstance(pairs, list):
            raise ClientError(400, "message-headers must be a list of [name, value]")
        headers = email_common.header_pairs(pairs, "0", "1")
    known = {name.lower() for name, _ in headers}
    for name in _HEADER_FIELDS:
        found = form.get_any_case(name)
        if name.lower() not in known and found is not None:
            headers.append((name, found.text()[: email_common.MAX_HEADER_CHARS]))
    mail = Mail(
        provider=PROVIDER,
        headers=headers,
        recipient=recipient,
        # The lower-case `from`/`subject` are decoded to UTF-8 by Mailgun; `From`/`Subject` are raw.
        from_header=_field(form, "from") or _any_case(form, "From"),
        subject=_field(form, "subject"),
        text=_field(form, "body-plain"),
        html=_field(form, "body-html") or _field(form, "stripped-html"),
    )
    mail.suspected_spam = (mail.header("X-Mailgun-Sflag") or "").strip().lower() == "yes"
    for item in form.files():
        mail.add_attachment(
            Attachment(
                kind="file", name=item.filename or None, content_type=item.content_type, size=len(item.value)
            )
        )
    return mail


def _field(form: Form, name: str) -> str | None:
    value = form.text(name)
    return value if value else None


def _any_case(form: Form, name: str) -> str | None:
    found = form.get_any_case(name)
    return found.text() if found is not None and found.value else None


def _first(recipient: str | None) -> str | None:
    """`recipient` may list several addresses (comma-separated) when one e-mail matched several."""
    if not recipient:
        return None
    return recipient.split(",", 1)[0].strip() or None
