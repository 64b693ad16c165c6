"""Telegram Bot API webhooks: secret-token check and update parsing.

Facts, with their sources, are in `docs/channels/telegram.md`:
- `setWebhook(url, secret_token)`; every update then carries `X-Telegram-Bot-Api-Secret-Token`
  [TG1]. There is no handshake and no signature over the body: the token is the authentication,
  compared in constant time with every value of `telegram_secret_token`.
- One `Update` per request: `update_id` and exactly one of `message`, `edited_message`,
  `channel_post`, `my_chat_member`, `callback_query`, … [TG1].
- A message id is unique only within its chat: the provider message id is `<chat id>:<message_id>`.
- The update does not name the bot that receives it. The webhook URL does: it is registered as
  `…/webhooks/telegram?bot_id=<bot id>`, and the query parameter arrives only on requests that
  carry the secret token (checked first).

Private chats are private; group and supergroup messages are public (everyone in the group sees
them and the answer: decision 0031). An `edited_message`
becomes a revision of the original (`Message.edit_of`, decision 0030). Bots (including our own),
membership changes, service messages and channel posts are acknowledged and counted: a non-2xx
makes Telegram retry the update. Message text is never logged nor put into an exception message.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from webcare.errors import ConfigError
from webcare.http import ClientError, Request, Response
from webcare.model import Account, Attachment, Identity, Message, Thread
from webcare.secrets import Secrets
from webcare.sources import fields
from webcare.sources.base import Parsed, require_json_object
from webcare.sources.meta_common import matches_any

SOURCE = "telegram"
CHANNEL = "telegram"
SECRET_TOKEN_NAME = "telegram_secret_token"  # noqa: S105 - the key's name, not a secret
SECRET_TOKEN_HEADER = "x-telegram-bot-api-secret-token"  # noqa: S105
BOT_ID_PARAM = "bot_id"

# Ignored-reason keys (metric dimensions; `…:<value>` keys are folded to their prefix).
IGNORED_OWN_MESSAGE = "own_message"
IGNORED_BOT = "bot"
IGNORED_MEMBERSHIP = "membership"
IGNORED_SERVICE = "service_message"
IGNORED_CHANNEL = "channel_post"
IGNORED_NO_SENDER = "no_sender"

_PUBLIC_CHATS = frozenset({"group", "supergroup"})
_MEMBERSHIP_UPDATES = frozenset({"my_chat_member", "chat_member", "chat_join_request"})
_MEMBERSHIP_FIELDS = ("new_chat_members", "left_chat_member")
# Media a message may carry (besides `photo`), with the attachment kind they become.
_MEDIA = {
    "document": "document",
    "video": "video",
    "animation": "animation",
    "audio": "audio",
    "voice": "voice",
    "video_note": "video",
    "sticker": "sticker",
}
_MAX_REASON_KEY = 64


class TelegramSource:
    """The Telegram Bot API webhook. Pure: no I/O besides reading `secrets`."""

    name = SOURCE

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        """Telegram has no handshake: a GET is answered 405."""
        raise ClientError(
            405, "Telegram has no GET handshake; updates arrive by POST with X-Telegram-Bot-Api-Secret-Token"
        )

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Accept the request when `X-Telegram-Bot-Api-Secret-Token` equals any value of
        `telegram_secret_token` (constant time), and the body is a JSON object."""
        given = request.header(SECRET_TOKEN_HEADER)
        if not given:
            raise ClientError(401, "missing X-Telegram-Bot-Api-Secret-Token header")
        expected = secrets.values(SECRET_TOKEN_NAME)
        if not expected:
            raise ConfigError(f"'{SECRET_TOKEN_NAME}' is not set")
        if not matches_any(given, expected):
            raise ClientError(
                401, "X-Telegram-Bot-Api-Secret-Token does not match the configured secret token"
            )
        require_json_object(request.body)

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Turn a verified update into at most one message (unscrubbed), or an ignored count."""
        bot_id = request.query.get(BOT_ID_PARAM, "")
        if not bot_id.isascii() or not bot_id.isdigit() or len(bot_id) > 20:
            raise ClientError(
                400,
                "query parameter bot_id must be the bot's id (webhook URL …/webhooks/telegram?bot_id=<id>)",
            )
        update = request.json()
        if not isinstance(update, dict):
            raise ClientError(400, "body must be a JSON object")
        update_id = _integer(update, "update_id", "update")
        parsed = Parsed()
        account = Account(platform="telegram", id=bot_id)
        for key, value in update.items():
            if key == "update_id":
                continue
            if key in ("message", "edited_message"):
                if not isinstance(value, dict):
                    raise ClientError(400, f"{key} must be an object")
                edit = update_id if key == "edited_message" else None
                _message(value, key, account, edit, received_at, parsed)
            elif key in _MEMBERSHIP_UPDATES:
                parsed.ignore(IGNORED_MEMBERSHIP)
            elif key in ("channel_post", "edited_channel_post"):
                parsed.ignore(IGNORED_CHANNEL)
            else:
                # callback_query, message_reaction, poll, business_message, …: not taken in (yet).
                parsed.ignore(f"update:{key[:_MAX_REASON_KEY]}")
        return parsed


def _integer(container: dict[str, Any], key: str, where: str) -> int:
    value = container.get(key)
    # Telegram ids fit in 52 bits (chat ids) or 64 bits (update ids); anything longer is not one.
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**63:
        raise ClientError(400, f"{where}.{key} must be an integer")
    return value


def _time(container: dict[str, Any], key: str, where: str) -> datetime:
    seconds = _integer(container, key, where)
    try:
        return fields.EPOCH + timedelta(seconds=seconds)
    except OverflowError:
        raise ClientError(400, f"{where}.{key} is out of range") from None


def _attachments(message: dict[str, Any], where: str) -> tuple[Attachment, ...]:
    """Media by reference (`file_id`; a URL needs the bot token, which the bridge never holds)."""
    found: list[Attachment] = []
    photo = message.get("photo")
    if photo is not None:
        if not isinstance(photo, list) or not photo or not all(isinstance(p, dict) for p in photo):
            raise ClientError(400, f"{where}.photo must be a non-empty list of objects")
        # One image in several sizes: point at the largest.
        largest = max(photo, key=lambda p: (_size(p, "width") * _size(p, "height"), _size(p, "file_size")))
        found.append(
            Attachment(kind="image", ref=_file_id(largest, f"{where}.photo"), content_type="image/jpeg")
        )
    for key, kind in _MEDIA.items():
        media = message.get(key)
        if media is None:
            continue
        if not isinstance(media, dict):
            raise ClientError(400, f"{where}.{key} must be an object")
        found.append(
            Attachment(
                kind=kind,
                ref=_file_id(media, f"{where}.{key}"),
                name=fields.optional_str(media, "file_name"),
                content_type=fields.optional_str(media, "mime_type"),
            )
        )
    return tuple(found)


def _size(item: dict[str, Any], key: str) -> int:
    value = item.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _file_id(media: dict[str, Any], where: str) -> str:
    value = media.get("file_id")
    if not isinstance(value, str) or not value or len(value) > 1000:
        raise ClientError(400, f"{where}.file_id must be a non-empty string")
    return value


def _display_name(user: dict[str, Any]) -> str | None:
    parts = [fields.optional_str(user, "first_name"), fields.optional_str(user, "last_name")]
    return " ".join(p for p in parts if p) or None


def _message(
    message: dict[str, Any],
    where: str,
    account: Account,
    edit_update_id: int | None,
    received_at: datetime,
    parsed: Parsed,
) -> None:
    chat = fields.required_object(message, "chat", where)
    chat_type = chat.get("type")
    if chat_type == "channel":
        parsed.ignore(IGNORED_CHANNEL)
        return
    if chat_type != "private" and not (isinstance(chat_type, str) and chat_type in _PUBLIC_CHATS):
        raise ClientError(400, f"{where}.chat.type must be private, group, supergroup or channel")
    chat_id = _integer(chat, "id", f"{where}.chat")
    message_id = _integer(message, "message_id", where)
    sender = message.get("from")
    if sender is None:
        # Optional in the Bot API (e.g. messages sent on behalf of a chat): no customer to name.
        parsed.ignore(IGNORED_NO_SENDER)
        return
    if not isinstance(sender, dict):
        raise ClientError(400, f"{where}.from must be an object")
    sender_id = _integer(sender, "id", f"{where}.from")
    if str(sender_id) == account.id:
        parsed.ignore(IGNORED_OWN_MESSAGE)
        return
    if sender.get("is_bot") is True:
        parsed.ignore(IGNORED_BOT)
        return
    if any(message.get(key) is not None for key in _MEMBERSHIP_FIELDS):
        parsed.ignore(IGNORED_MEMBERSHIP)
        return
    text = fields.text_field(message, "text", where) or fields.text_field(message, "caption", where)
    attachments = _attachments(message, where)
    if not text and not attachments:
        # Service messages (pinned, title changed, …), polls, dice, locations: nothing to read.
        parsed.ignore(IGNORED_SERVICE)
        return
    original_id = f"{chat_id}:{message_id}"
    provider_message_id = original_id
    occurred_at = _time(message, "date", where)
    if edit_update_id is not None:
        # A revision: its own key (the update id is unique per edit and repeats on re-delivery),
        # pointing at the original. Decision 0030.
        provider_message_id = f"{original_id}:edit:{edit_update_id}"
        if message.get("edit_date") is not None:
            occurred_at = _time(message, "edit_date", where)
    reply = message.get("reply_to_message")
    in_reply_to = None
    if isinstance(reply, dict):
        in_reply_to = f"{chat_id}:{_integer(reply, 'message_id', f'{where}.reply_to_message')}"
    parsed.messages.append(
        Message(
            source=SOURCE,
            provider_message_id=provider_message_id,
            channel=CHANNEL,
            account=account,
            customer=Identity(
                namespace="telegram",
                id=str(sender_id),
                handle=fields.optional_str(sender, "username"),
                display_name=_display_name(sender),
            ),
            visibility="public" if chat_type in _PUBLIC_CHATS else "private",
            occurred_at=occurred_at,
            received_at=received_at,
            text=text,
            thread=Thread(in_reply_to=in_reply_to, conversation_id=str(chat_id)),
            attachments=attachments,
            edit_of=original_id if edit_update_id is not None else None,
        )
    )
