"""Postmark inbound webhook: HTTP Basic auth, JSON body, one e-mail per request.

Facts (`docs/channels/postmark.md`, with sources): Postmark POSTs JSON with `FromFull`,
`OriginalRecipient`, `Subject`, `Date`, `TextBody`, `HtmlBody`, `StrippedTextReply`,
`Headers[{Name, Value}]` and `Attachments[]` (base64 `Content`, which is never read). It signs
nothing: credentials put in the webhook URL (`https://user:password@host/webhooks/postmark`) arrive
as `Authorization: Basic`, and that is the only proof of origin [PM2].

`MessageID` is Postmark's own id, not the RFC Message-ID: the RFC ids come from `Headers[]`.
A 401 makes Postmark retry (10 times over ~10.5 h), so a rotation mistake loses nothing once fixed;
403 would stop its retries [PM1][PM3].
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

from webcare.errors import ConfigError
from webcare.http import ClientError, Request, Response
from webcare.model import Attachment
from webcare.secrets import Secrets
from webcare.sources import email_common, fields
from webcare.sources.base import Parsed
from webcare.sources.email_common import Mail

USER_SECRET_NAME = "postmark_basic_user"  # noqa: S105
PASSWORD_SECRET_NAME = "postmark_basic_password"  # noqa: S105
PROVIDER = "postmark"


class PostmarkSource:
    """The Postmark inbound webhook. Pure: no I/O besides reading `secrets`."""

    name = "postmark"

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        raise ClientError(405, "Postmark has no handshake; it POSTs inbound e-mail")

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Accept `Authorization: Basic` whose user and password each match a configured value."""
        users = secrets.values(USER_SECRET_NAME)
        passwords = secrets.values(PASSWORD_SECRET_NAME)
        if not users or not passwords:
            raise ConfigError(f"'{USER_SECRET_NAME}' and '{PASSWORD_SECRET_NAME}' must both be set")
        header = request.header("authorization") or ""
        scheme, _, encoded = header.strip().partition(" ")
        if scheme.lower() != "basic" or not encoded:
            raise ClientError(401, "missing Authorization: Basic (put the credentials in the webhook URL)")
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            raise ClientError(401, "Authorization: Basic is not base64 of user:password") from None
        user, colon, password = decoded.partition(":")
        # Both parts are always compared, against every rotation value.
        user_ok = email_common.matches_any(user, users)
        password_ok = email_common.matches_any(password, passwords)
        if not (colon and user_ok and password_ok):
            raise ClientError(401, "basic auth credentials do not match")

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """One inbound e-mail as a message, or an ignored count (auto-reply, bounce, bulk)."""
        body = request.json()
        if not isinstance(body, dict):
            raise ClientError(400, "body must be a JSON object")
        mail = mail_from_payload(body)
        parsed = Parsed()
        email_common.to_message(
            mail, received_at, parsed, text_override=fields.optional_str(body, "StrippedTextReply")
        )
        return parsed


def mail_from_payload(body: dict[str, Any]) -> Mail:
    headers_value = body.get("Headers") or []
    if not isinstance(headers_value, list):
        raise ClientError(400, "Headers must be a list of {Name, Value}")
    headers = email_common.header_pairs(headers_value, "Name", "Value")
    date = fields.optional_str(body, "Date")
    if date and not any(name.lower() == "date" for name, _ in headers):
        headers.append(("Date", date))
    from_full = body.get("FromFull")
    from_address = None
    if isinstance(from_full, dict) and fields.optional_str(from_full, "Email"):
        from_address = (fields.optional_str(from_full, "Email") or "", fields.optional_str(from_full, "Name"))
    recipient = fields.optional_str(body, "OriginalRecipient")
    to_full = body.get("ToFull")
    if not recipient and isinstance(to_full, list) and to_full and isinstance(to_full[0], dict):
        recipient = fields.optional_str(to_full[0], "Email")
    mail = Mail(
        provider=PROVIDER,
        headers=headers,
        recipient=recipient,
        from_header=fields.optional_str(body, "From"),
        from_address=from_address,
        subject=fields.optional_str(body, "Subject"),
        text=fields.optional_str(body, "TextBody"),
        html=fields.optional_str(body, "HtmlBody"),
    )
    attachments = body.get("Attachments") or []
    if not isinstance(attachments, list):
        raise ClientError(400, "Attachments must be a list")
    for item in attachments:
        if isinstance(item, dict):
            size = item.get("ContentLength")
            mail.add_attachment(
                Attachment(
                    kind="file",
                    name=(fields.optional_str(item, "Name") or "")[:255] or None,
                    content_type=fields.optional_str(item, "ContentType"),
                    size=size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None,
                )
            )
    return mail
