"""WhatsApp Cloud API webhooks (`object: whatsapp_business_account`).

Facts, with their sources, are in `docs/channels/whatsapp.md`. Handshake, signature and
secrets are Meta's, shared with the `meta` source through `webcare.sources.meta_common`. A delivery is
`entry[].changes[]` with `field: messages` and a `value` holding `metadata.phone_number_id` (the
receiving number), `contacts[]` (profile names) and either `messages[]` (from customers) or
`statuses[]` (sent/delivered/read/failed for the business's own messages, ignored) [W1][W2].

The customer is the phone number (`wa_id`/`from`, global). Since 2026 a user with a username may
arrive with only a business-scoped user id (`from_user_id`, `contacts[].user_id`) [W4]: that
becomes the identity then, namespace `whatsapp_bsuid`, scoped to the WhatsApp Business Account
(the narrowest id in the payload; Meta scopes BSUIDs to the business portfolio).

Media arrive as ids (no URL) and are never downloaded. Message text is never logged and never put
into an exception message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from webcare.http import ClientError, Request
from webcare.model import Account, Attachment, Identity, Message, Thread
from webcare.sources import fields
from webcare.sources import meta_common as common
from webcare.sources.base import Parsed

SOURCE = "whatsapp"
CHANNEL = "whatsapp"
OBJECT = "whatsapp_business_account"
NAMESPACE_PHONE = "whatsapp"
NAMESPACE_BSUID = "whatsapp_bsuid"

# Ignored-reason keys (metric dimensions; `…:<value>` keys are folded to their prefix).
IGNORED_STATUS = "statuses"
IGNORED_REACTION = "reaction"
IGNORED_UNSUPPORTED = "unsupported"
IGNORED_ERRORS = "errors"

# Message types whose content is a media object `{id, mime_type, caption?, filename?}` [W1].
_MEDIA_TYPES = frozenset({"image", "video", "audio", "document", "sticker"})
# Message types that are not customer messages; the value is the reason.
_IGNORED_TYPES = {
    "reaction": IGNORED_REACTION,
    "unsupported": IGNORED_UNSUPPORTED,
    "unknown": IGNORED_UNSUPPORTED,
    "system": "system",
    "request_welcome": "request_welcome",
}


class WhatsAppSource(common.MetaWebhook):
    """The WhatsApp Cloud API webhook. Pure: no I/O besides reading `secrets`."""

    name = SOURCE

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Turn a verified delivery into messages (unscrubbed) and ignored-event counts."""
        kind, entries = common.delivery(request)
        parsed = Parsed()
        if kind != OBJECT:
            parsed.ignore(common.reason_key("object", kind), max(len(entries), 1))
            return parsed
        for index, entry in enumerate(entries):
            where = f"entry[{index}]"
            business_account = common.required_id(entry, "id", where)
            for change_index, change in enumerate(fields.object_list(entry, "changes", f"{where}.")):
                change_where = f"{where}.changes[{change_index}]"
                field = change.get("field")
                if field != "messages":
                    # Account, template and quality updates: not customer messages.
                    parsed.ignore(common.reason_key("field", field))
                    continue
                value = fields.required_object(change, "value", change_where)
                _value(value, f"{change_where}.value", business_account, received_at, parsed)
        return parsed


def _value(
    value: dict[str, Any], where: str, business_account: str, received_at: datetime, parsed: Parsed
) -> None:
    statuses = fields.object_list(value, "statuses", f"{where}.")
    if statuses:
        parsed.ignore(IGNORED_STATUS, len(statuses))
    messages = fields.object_list(value, "messages", f"{where}.")
    if not messages:
        if value.get("errors") is not None and not statuses:
            parsed.ignore(IGNORED_ERRORS)
        return
    metadata = fields.required_object(value, "metadata", where)
    account = Account(
        platform="whatsapp",
        id=common.required_id(metadata, "phone_number_id", f"{where}.metadata"),
        name=fields.optional_str(metadata, "display_phone_number"),
    )
    profiles = _profiles(fields.object_list(value, "contacts", f"{where}."))
    for index, message in enumerate(messages):
        _message(
            message, f"{where}.messages[{index}]", account, business_account, profiles, received_at, parsed
        )


def _profiles(contacts: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each contact's profile by every id it is known under (`wa_id`, `user_id`)."""
    found: dict[str, dict[str, Any]] = {}
    for contact in contacts:
        profile = contact.get("profile")
        profile = profile if isinstance(profile, dict) else {}
        for key in ("wa_id", "user_id"):
            contact_id = fields.optional_str(contact, key)
            if contact_id:
                found[contact_id] = profile
    return found


def _customer(
    message: dict[str, Any], where: str, business_account: str, profiles: dict[str, dict[str, Any]]
) -> Identity:
    phone = fields.optional_str(message, "from")
    bsuid = fields.optional_str(message, "from_user_id")
    if phone:
        # The phone number stays the key when both are present: existing customers keep their history.
        profile = profiles.get(phone) or profiles.get(bsuid or "") or {}
        return Identity(
            namespace=NAMESPACE_PHONE,
            id=phone,
            handle=fields.optional_str(profile, "username"),
            display_name=fields.optional_str(profile, "name"),
        )
    if bsuid:
        profile = profiles.get(bsuid) or {}
        return Identity(
            namespace=NAMESPACE_BSUID,
            id=bsuid,
            scope=business_account,
            handle=fields.optional_str(profile, "username"),
            display_name=fields.optional_str(profile, "name"),
        )
    raise ClientError(400, f"{where}.from (or from_user_id) must be a non-empty string")


def _content(message: dict[str, Any], kind: str, where: str) -> tuple[str, tuple[Attachment, ...]] | None:
    """Text and attachments of a message of type `kind`; None for a type we do not take in."""
    if kind == "text":
        body = fields.required_object(message, "text", where)
        return fields.text_field(body, "body", f"{where}.text"), ()
    if kind in _MEDIA_TYPES:
        media = fields.required_object(message, kind, where)
        attachment = Attachment(
            kind=kind,
            name=fields.optional_str(media, "filename"),
            content_type=fields.optional_str(media, "mime_type"),
            ref=common.required_id(media, "id", f"{where}.{kind}"),
        )
        return fields.text_field(media, "caption", f"{where}.{kind}"), (attachment,)
    if kind == "interactive":
        interactive = fields.required_object(message, "interactive", where)
        reply_kind = interactive.get("type")
        if reply_kind not in ("button_reply", "list_reply"):
            return None
        reply = fields.required_object(interactive, reply_kind, f"{where}.interactive")
        reply_where = f"{where}.interactive.{reply_kind}"
        title = fields.text_field(reply, "title", reply_where)
        description = fields.text_field(reply, "description", reply_where)
        # The chosen option's id travels as a reference, so a helpdesk rule can match on it.
        option = Attachment(
            kind=reply_kind, name=title or None, ref=common.required_id(reply, "id", reply_where)
        )
        return "\n".join(part for part in (title, description) if part), (option,)
    if kind == "button":
        # A quick-reply button of a template message: its text, and its payload as the reference.
        button = fields.required_object(message, "button", where)
        text = fields.text_field(button, "text", f"{where}.button")
        payload = fields.optional_str(button, "payload")
        return text, (Attachment(kind="button", name=text or None, ref=payload),) if payload else ()
    if kind == "location":
        location = fields.required_object(message, "location", where)
        latitude, longitude = location.get("latitude"), location.get("longitude")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (latitude, longitude)):
            raise ClientError(400, f"{where}.location needs numeric latitude and longitude")
        text = "\n".join(
            part
            for part in (
                fields.text_field(location, "name", f"{where}.location"),
                fields.text_field(location, "address", f"{where}.location"),
            )
            if part
        )
        return text, (Attachment(kind="location", url=f"geo:{latitude},{longitude}"),)
    if kind == "contacts":
        # Shared contact cards: names and numbers become text, so the scrubber sees them.
        lines = []
        for index, card in enumerate(fields.object_list(message, "contacts", f"{where}.")):
            name = card.get("name")
            label = (
                fields.text_field(name, "formatted_name", f"{where}.contacts[{index}].name")
                if isinstance(name, dict)
                else ""
            )
            phones = [
                fields.text_field(phone, "phone", f"{where}.contacts[{index}].phones")
                for phone in fields.object_list(card, "phones", f"{where}.contacts[{index}].")
            ]
            lines.append(" ".join(part for part in (label, *phones) if part))
        return "\n".join(line for line in lines if line), (Attachment(kind="contacts"),)
    return None


def _message(
    message: dict[str, Any],
    where: str,
    account: Account,
    business_account: str,
    profiles: dict[str, dict[str, Any]],
    received_at: datetime,
    parsed: Parsed,
) -> None:
    kind = message.get("type")
    if not isinstance(kind, str) or not kind:
        raise ClientError(400, f"{where}.type must be a non-empty string")
    if kind in _IGNORED_TYPES:
        parsed.ignore(_IGNORED_TYPES[kind])
        return
    message_id = common.required_id(message, "id", where)
    customer = _customer(message, where, business_account, profiles)
    content = _content(message, kind, where)
    if content is None:
        parsed.ignore(common.reason_key("type", kind))
        return
    text, attachments = content
    context = message.get("context")
    in_reply_to = fields.optional_str(context, "id") if isinstance(context, dict) else None
    parsed.messages.append(
        Message(
            source=SOURCE,
            provider_message_id=message_id,
            channel=CHANNEL,
            account=account,
            customer=customer,
            visibility="private",
            # Epoch seconds, sent as a string [W1].
            occurred_at=fields.epoch(message.get("timestamp"), f"{where}.timestamp", millis=False),
            received_at=received_at,
            text=text,
            thread=Thread(in_reply_to=in_reply_to, conversation_id=customer.id),
            attachments=attachments,
        )
    )
