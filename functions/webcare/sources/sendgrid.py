"""SendGrid Inbound Parse: a secret URL token, multipart form bodies, parsed or raw mode.

Facts (`docs/channels/sendgrid.md`, with sources): Inbound Parse POSTs
`multipart/form-data` with `headers` (the raw header block), `from`, `to`, `subject`, `text`,
`html`, `envelope` (JSON), `charsets` (JSON: the charset of each field), `attachment-info` and
`attachmentN` files; in raw mode the whole MIME is the `email` field [SG1][SG3].

SendGrid signs nothing by default. The Parse URL carries a long random token
(`/webhooks/sendgrid?token=…`), compared in constant time with every configured value of
`sendgrid_url_token`; only a 5xx makes SendGrid retry [SG1], so a wrong token is a plain 401.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from webcare.errors import ConfigError
from webcare.http import ClientError, Request, Response
from webcare.model import Attachment
from webcare.secrets import Secrets
from webcare.sources import email_common
from webcare.sources.base import Parsed
from webcare.sources.email_common import Mail
from webcare.sources.email_forms import Form, parse_form

URL_TOKEN_NAME = "sendgrid_url_token"  # noqa: S105
TOKEN_PARAMETER = "token"  # noqa: S105
PROVIDER = "sendgrid"
_MAX_TOKEN = 512


class SendGridSource:
    """SendGrid Inbound Parse deliveries. Pure: no I/O besides reading `secrets`."""

    name = "sendgrid"

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        raise ClientError(405, "SendGrid Inbound Parse has no handshake; it POSTs inbound e-mail")

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Accept the request when `?token=` equals any configured `sendgrid_url_token`."""
        tokens = secrets.values(URL_TOKEN_NAME)
        if not tokens:
            raise ConfigError(f"secret '{URL_TOKEN_NAME}' is not set")
        given = request.query.get(TOKEN_PARAMETER) or ""
        if not given:
            raise ClientError(401, f"missing query parameter {TOKEN_PARAMETER} (set it in the Parse URL)")
        if len(given) > _MAX_TOKEN or not email_common.matches_any(given, tokens):
            raise ClientError(401, f"query parameter {TOKEN_PARAMETER} does not match")

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """One e-mail as a message, or an ignored count (auto-reply, bounce, bulk)."""
        form = parse_form(request)
        charsets = _json_object(form, "charsets")
        envelope = _json_object(form, "envelope")
        recipient = _envelope_recipient(envelope) or _first_to_address(form.text("to", charsets.get("to")))
        parsed = Parsed()
        raw = form.get("email")
        if raw is not None:
            mail = email_common.parse_mime(raw.value, PROVIDER, recipient=recipient)
            email_common.to_message(mail, received_at, parsed)
            return parsed
        headers_field = form.get("headers")
        mail = Mail(
            provider=PROVIDER,
            headers=email_common.header_block(headers_field.value) if headers_field is not None else [],
            recipient=recipient,
            from_header=_text(form, "from", charsets),
            subject=_text(form, "subject", charsets),
            text=_text(form, "text", charsets),
            html=_text(form, "html", charsets),
        )
        info = _json_object(form, "attachment-info")
        for item in form.files():
            entry = info.get(item.name)
            described: dict[str, Any] = entry if isinstance(entry, dict) else {}
            name = described.get("filename") or described.get("name") or item.filename
            content_type = described.get("type") or item.content_type
            mail.add_attachment(
                Attachment(
                    kind="file",
                    name=str(name)[:255] if name else None,
                    content_type=str(content_type)[:200] if content_type else None,
                    size=len(item.value),
                )
            )
        email_common.to_message(mail, received_at, parsed)
        return parsed


def _text(form: Form, name: str, charsets: dict[str, Any]) -> str | None:
    charset = charsets.get(name)
    value = form.text(name, charset if isinstance(charset, str) else None)
    return value if value else None


def _json_object(form: Form, name: str) -> dict[str, Any]:
    value = form.text(name)
    if not value:
        return {}
    try:
        document = json.loads(value)
    except (ValueError, RecursionError):
        raise ClientError(400, f"field {name} is not JSON") from None
    if not isinstance(document, dict):
        raise ClientError(400, f"field {name} must be a JSON object")
    return document


def _envelope_recipient(envelope: dict[str, Any]) -> str | None:
    to = envelope.get("to")
    if isinstance(to, list) and to and isinstance(to[0], str) and "@" in to[0]:
        return to[0]
    return None


def _first_to_address(value: str | None) -> str | None:
    """The first address of a `to` field."""
    found = email_common.sender(value)
    return found[0] if found else None
