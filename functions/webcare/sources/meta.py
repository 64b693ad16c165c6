"""Meta webhooks for Facebook Pages and Instagram: Messenger, Instagram DMs and public comments.

Facts, with their sources ([M1]…), are in `docs/channels/meta.md`.
Handshake and signature are `webcare.sources.meta_common` (shared with WhatsApp). One POST may
carry many entries, each with many events [M1][M3]:
- `object: page`, `entry[].messaging[]`: Messenger; the customer is the page-scoped id (PSID) of
  `sender.id`, scoped to the page (`entry.id`) [M3].
- `object: instagram`, `entry[].messaging[]`: Instagram DMs; the customer is the
  Instagram-scoped id (IGSID), scoped to the IG professional account (`entry.id`) [M4].
- `object: page`, `entry[].changes[]` with `field: feed`, `item: comment`: Page comments [M5].
- `object: instagram`, `entry[].changes[]` with `field: comments`: Instagram comments [M4].

A customer's unsent message (`is_deleted`) and a removed Page comment (`verb: remove`) become
deletions, recorded on the original (docs/cases.md). Echoes, receipts, reactions, edits, hidden
comments, standby events and the account's own comments are acknowledged and counted in
`Parsed.ignored`: a non-200 would make Meta retry them
for 36 hours and eventually unsubscribe the app [M1][M2]. Message text is never logged and never
put into an exception message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from webcare.http import ClientError, Request
from webcare.model import Account, Attachment, Deletion, Identity, Message, Thread
from webcare.sources import fields
from webcare.sources import meta_common as common
from webcare.sources.base import Parsed

SOURCE = "meta"

CHANNEL_MESSENGER = "messenger"
CHANNEL_INSTAGRAM_DM = "instagram_dm"
CHANNEL_FACEBOOK_COMMENT = "facebook_comment"
CHANNEL_INSTAGRAM_COMMENT = "instagram_comment"

# Ignored-reason keys (metric dimensions; `…:<value>` keys are folded to their prefix).
IGNORED_ECHO = "echo"
IGNORED_DELIVERY = "delivery"
IGNORED_READ = "read"
IGNORED_REACTION = "reaction"
IGNORED_DELETED = "deleted"
IGNORED_EDIT = "edit"
IGNORED_REMOVED = "removed"
IGNORED_STANDBY = "standby"
IGNORED_OWN_COMMENT = "own_comment"
IGNORED_UNSUPPORTED = "unsupported"

# Messaging event keys that are not customer messages; the value is the reason.
_MESSAGING_IGNORED = {
    "delivery": IGNORED_DELIVERY,
    "read": IGNORED_READ,
    "reaction": IGNORED_REACTION,
    "message_reactions": IGNORED_REACTION,
    "message_edit": IGNORED_EDIT,
}
_MESSAGING_KINDS = ("postback", "referral", "optin", "account_linking", "policy_enforcement", "game_play")


class _Platform:
    """What differs between a Facebook Page and an Instagram account delivery."""

    def __init__(self, platform: str, namespace: str, dm_channel: str, comment_field: str) -> None:
        self.platform = platform
        self.namespace = namespace
        self.dm_channel = dm_channel
        self.comment_field = comment_field


_PLATFORMS = {
    "page": _Platform("facebook", "messenger", CHANNEL_MESSENGER, "feed"),
    "instagram": _Platform("instagram", "instagram", CHANNEL_INSTAGRAM_DM, "comments"),
}


class MetaSource(common.MetaWebhook):
    """Facebook Page and Instagram webhooks. Pure: no I/O besides reading `secrets`."""

    name = SOURCE

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Turn a verified delivery into messages (unscrubbed) and ignored-event counts."""
        kind, entries = common.delivery(request)
        parsed = Parsed()
        platform = _PLATFORMS.get(kind)
        if platform is None:
            # Another product's webhook pointed here (e.g. WhatsApp): acknowledged, counted.
            parsed.ignore(common.reason_key("object", kind), max(len(entries), 1))
            return parsed
        for index, entry in enumerate(entries):
            _entry(entry, f"entry[{index}]", platform, received_at, parsed)
        return parsed


def _entry(
    entry: dict[str, Any], where: str, platform: _Platform, received_at: datetime, parsed: Parsed
) -> None:
    account = Account(platform=platform.platform, id=common.required_id(entry, "id", where))
    for index, event in enumerate(fields.object_list(entry, "messaging", f"{where}.")):
        _messaging(event, f"{where}.messaging[{index}]", account, platform, received_at, parsed)
    standby = fields.object_list(entry, "standby", f"{where}.")
    if standby:
        # Another app (often Meta's own inbox) owns these threads and is answering them.
        parsed.ignore(IGNORED_STANDBY, len(standby))
    for index, change in enumerate(fields.object_list(entry, "changes", f"{where}.")):
        change_where = f"{where}.changes[{index}]"
        field = change.get("field")
        if field != platform.comment_field:
            parsed.ignore(common.reason_key("field", field))
            continue
        value = fields.required_object(change, "value", change_where)
        if platform.platform == "facebook":
            _page_comment(value, f"{change_where}.value", account, received_at, parsed)
        else:
            _instagram_comment(value, f"{change_where}.value", account, entry, where, received_at, parsed)


def _messaging(
    event: dict[str, Any],
    where: str,
    account: Account,
    platform: _Platform,
    received_at: datetime,
    parsed: Parsed,
) -> None:
    message = event.get("message")
    if message is None:
        for key, reason in _MESSAGING_IGNORED.items():
            if key in event:
                parsed.ignore(reason)
                return
        kind = next((k for k in _MESSAGING_KINDS if k in event), None)
        parsed.ignore(common.reason_key("messaging", kind or "unknown"))
        return
    if not isinstance(message, dict):
        raise ClientError(400, f"{where}.message must be an object")
    sender_id = common.required_id(fields.required_object(event, "sender", where), "id", f"{where}.sender")
    if message.get("is_echo") is True or sender_id == account.id:
        # The page's / account's own sends, through any app or the inbox [M3].
        parsed.ignore(IGNORED_ECHO)
        return
    if message.get("is_deleted") is True:
        parsed.deletions.append(
            Deletion(
                source=SOURCE,
                provider_message_id=common.required_id(message, "mid", f"{where}.message"),
                customer_key=Identity(namespace=platform.namespace, id=sender_id, scope=account.id).key,
                occurred_at=fields.epoch(event.get("timestamp"), f"{where}.timestamp", millis=True),
            )
        )
        return
    mid = common.required_id(message, "mid", f"{where}.message")
    text = fields.text_field(message, "text", f"{where}.message")
    attachments = _attachments(message, f"{where}.message")
    if not text and not attachments:
        # e.g. Instagram's `is_unsupported`: nothing an agent could read.
        parsed.ignore(IGNORED_UNSUPPORTED)
        return
    reply_to = message.get("reply_to")
    in_reply_to = None
    if isinstance(reply_to, dict):
        story = reply_to.get("story")
        in_reply_to = fields.optional_str(reply_to, "mid") or (
            fields.optional_str(story, "id") if isinstance(story, dict) else None
        )
    parsed.messages.append(
        Message(
            source=SOURCE,
            provider_message_id=mid,
            channel=platform.dm_channel,
            account=account,
            customer=Identity(namespace=platform.namespace, id=sender_id, scope=account.id),
            visibility="private",
            occurred_at=fields.epoch(event.get("timestamp"), f"{where}.timestamp", millis=True),
            received_at=received_at,
            text=text,
            # A conversation with a page is identified by the other participant: the customer.
            thread=Thread(in_reply_to=in_reply_to, conversation_id=sender_id),
            attachments=attachments,
        )
    )


def _attachments(message: dict[str, Any], where: str) -> tuple[Attachment, ...]:
    """Attachments by reference (type and URL); media are never downloaded."""
    found: list[Attachment] = []
    for item in fields.object_list(message, "attachments", f"{where}."):
        payload = item.get("payload")
        payload = payload if isinstance(payload, dict) else {}
        found.append(
            Attachment(
                kind=fields.optional_str(item, "type") or "file",
                url=fields.optional_str(payload, "url"),
                name=fields.optional_str(payload, "title") or fields.optional_str(item, "title"),
            )
        )
    return tuple(found)


def _page_comment(
    value: dict[str, Any], where: str, account: Account, received_at: datetime, parsed: Parsed
) -> None:
    item = value.get("item")
    if item != "comment":
        parsed.ignore(IGNORED_REACTION if item in ("reaction", "like") else common.reason_key("feed", item))
        return
    verb = value.get("verb")
    if verb in ("remove", "hide", "unhide"):
        parsed.ignore(IGNORED_REMOVED)
        return
    if verb == "edited":
        # The original was taken in when it was added; see docs/channels/meta.md.
        parsed.ignore(IGNORED_EDIT)
        return
    if verb != "add":
        parsed.ignore(common.reason_key("verb", verb))
        return
    author = fields.required_object(value, "from", where)
    author_id = common.required_id(author, "id", f"{where}.from")
    if author_id == account.id:
        parsed.ignore(IGNORED_OWN_COMMENT)
        return
    comment_id = common.required_id(value, "comment_id", where)
    post_id = fields.optional_str(value, "post_id")
    parent_id = fields.optional_str(value, "parent_id")
    attachments = tuple(
        Attachment(kind=kind, url=url)
        for kind in ("photo", "video")
        if (url := fields.optional_str(value, kind)) is not None
    )
    parsed.messages.append(
        Message(
            source=SOURCE,
            provider_message_id=comment_id,
            channel=CHANNEL_FACEBOOK_COMMENT,
            account=account,
            # App-scoped, not a PSID: never joined with Messenger identities (docs/cases.md, identities).
            customer=Identity(
                namespace="facebook",
                id=author_id,
                scope=account.id,
                display_name=fields.optional_str(author, "name"),
            ),
            visibility="public",
            occurred_at=fields.epoch(value.get("created_time"), f"{where}.created_time", millis=False),
            received_at=received_at,
            text=fields.text_field(value, "message", where),
            # A top-level comment's parent is the post itself: no reply reference then.
            thread=Thread(in_reply_to=parent_id if parent_id != post_id else None, conversation_id=post_id),
            attachments=attachments,
        )
    )


def _instagram_comment(
    value: dict[str, Any],
    where: str,
    account: Account,
    entry: dict[str, Any],
    entry_where: str,
    received_at: datetime,
    parsed: Parsed,
) -> None:
    author = fields.required_object(value, "from", where)
    author_id = common.required_id(author, "id", f"{where}.from")
    if author_id == account.id:
        parsed.ignore(IGNORED_OWN_COMMENT)
        return
    media = value.get("media")
    parsed.messages.append(
        Message(
            source=SOURCE,
            provider_message_id=common.required_id(value, "id", where),
            channel=CHANNEL_INSTAGRAM_COMMENT,
            account=account,
            # Meta documents the commenter's `from.id` as the IGSID: the same identity as in DMs.
            customer=Identity(
                namespace="instagram",
                id=author_id,
                scope=account.id,
                handle=fields.optional_str(author, "username"),
            ),
            visibility="public",
            # The comment carries no time of its own; `entry.time` is when Meta sent it [M4].
            occurred_at=common.entry_time(entry, entry_where),
            received_at=received_at,
            text=fields.text_field(value, "text", where),
            thread=Thread(
                in_reply_to=fields.optional_str(value, "parent_id"),
                conversation_id=fields.optional_str(media, "id") if isinstance(media, dict) else None,
            ),
        )
    )
