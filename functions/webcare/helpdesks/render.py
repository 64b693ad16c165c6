"""What an agent sees in any helpdesk: the note text, the ticket title, the requester address.

Attachments are links (or the platform's media id), never downloaded or uploaded. Only http(s)
URLs become links; anything else is shown as text.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from webcare.cases.rules import Case
from webcare.model import Attachment, Identity, Message, iso

_ADDRESS_PART = re.compile(r"[^a-z0-9._-]+")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,63}$")
DEFAULT_REQUESTER_DOMAIN = "social.invalid"


def utc_seconds(moment: datetime) -> str:
    """`2026-11-23T11:00:00Z`: the ISO 8601 form every helpdesk API here accepts."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def requester_address(identity: Identity, domain: str = DEFAULT_REQUESTER_DOMAIN) -> str:
    """The customer's e-mail address, or a placeholder made from their identity under `domain`
    (`x.88412345@social.invalid`; `.invalid` never receives mail). Same scheme as the RT adapter."""
    if identity.namespace == "email" and _EMAIL.fullmatch(identity.id):
        return identity.id
    parts = [identity.namespace, identity.scope or "", identity.id]
    local = ".".join(_ADDRESS_PART.sub("-", part.lower()).strip("-") for part in parts if part)
    return f"{local[:64]}@{domain}"


def display_name(identity: Identity) -> str:
    return identity.display_name or (f"@{identity.handle}" if identity.handle else identity.key)


def title(message: Message, limit: int = 200) -> str:
    who = f"@{message.customer.handle}" if message.customer.handle else message.customer.key
    return (message.subject or f"{message.channel} from {who}")[:limit]


def link_target(attachment: Attachment) -> str | None:
    url = attachment.url or ""
    return url if urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname else None


def attachment_line(attachment: Attachment) -> str:
    label = " ".join(part for part in (attachment.kind, attachment.name or "") if part)
    target = link_target(attachment)
    if target:
        return f"attachment: {label} {target}"
    if attachment.ref:
        return f"attachment: {label} (platform media id {attachment.ref})"
    return f"attachment: {label} (no link)"


def footer(case: Case, message: Message, sequence: int) -> list[str]:
    customer = message.customer
    who = " ".join(
        part
        for part in (
            f"@{customer.handle}" if customer.handle else "",
            f"({customer.display_name})" if customer.display_name else "",
            customer.key,
        )
        if part
    )
    lines = [
        f"channel: {message.channel} ({message.visibility})",
        f"customer: {who}",
        f"occurred: {iso(message.occurred_at)}",
        f"message: {message.message_key} (#{sequence} of case {case.case_id})",
    ]
    if message.scrub is not None and message.scrub.findings:
        found = sorted({finding[0] for finding in message.scrub.findings})
        lines.append("scrubbed before forwarding: " + ", ".join(found))
    flags = [
        name
        for name, on in (
            ("credential_shared", case.credential_shared),
            ("public_exposure", case.public_exposure),
        )
        if on
    ]
    if flags:
        lines.append("flags: " + ", ".join(flags))
    return lines


def note_text(case: Case, message: Message, sequence: int, marker: str | None = None) -> str:
    """Plain text: the marker line (when given), the scrubbed text, attachment links, a footer."""
    lines = [marker] if marker else []
    lines.append(message.text)
    lines.extend(attachment_line(attachment) for attachment in message.attachments)
    lines.extend(["", "--", *footer(case, message, sequence)])
    return "\n".join(lines)


def note_html(case: Case, message: Message, sequence: int, marker: str | None = None) -> str:
    """The same as HTML; every piece of customer text escaped, links only to http(s) URLs."""
    parts = [f"<div>{html.escape(marker)}</div>"] if marker else []
    parts.append("<div>" + html.escape(message.text).replace("\n", "<br>") + "</div>")
    for attachment in message.attachments:
        target = link_target(attachment)
        label = html.escape(" ".join(p for p in (attachment.kind, attachment.name or "") if p))
        if target:
            parts.append(
                f'<div>attachment: <a href="{html.escape(target, quote=True)}" rel="noopener noreferrer">'
                f"{label}</a></div>"
            )
        else:
            parts.append(f"<div>{html.escape(attachment_line(attachment))}</div>")
    parts.append(
        "<div>--<br>" + "<br>".join(html.escape(line) for line in footer(case, message, sequence)) + "</div>"
    )
    return "".join(parts)
