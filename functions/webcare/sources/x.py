"""X (Twitter) Account Activity API: CRC handshake, signature check, event parsing.

Facts, with their sources, are in `docs/channels/x.md`:
- CRC: `GET ?crc_token=…` answered with `{"response_token": "sha256=<base64 HMAC-SHA256>"}`.
- Every POST is signed over the raw body: `x-twitter-webhooks-signature` with the OAuth 1.0a
  consumer secret, and/or `x-twitter-webhooks-signature-oauth2` with the OAuth 2.0 client secret.
- Payload: `{"for_user_id": "<subscribed account>", "<type>_events": [...], "users": {...}}`.

Only mentions/replies from customers (`tweet_create_events`) and DMs they send
(`direct_message_events`, `type == "message_create"`) become messages; a customer's
`tweet_delete_events` become deletions (recorded on the original, docs/cases.md). Everything else is
acknowledged and counted in `Parsed.ignored`: a non-200 would make X retry it for nothing.

Message text is customer content: it is never logged and never put into an exception message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime
from typing import Any

from webcare.errors import ConfigError
from webcare.http import ClientError, Request, Response
from webcare.model import Account, Attachment, Deletion, Identity, Message, Thread
from webcare.secrets import Secrets
from webcare.sources import fields
from webcare.sources.base import Parsed, handshake_challenge, require_json_object

# Names of entries in the secrets document (the values live in Secrets Manager).
CONSUMER_SECRET_NAME = "x_consumer_secret"  # noqa: S105
OAUTH2_SECRET_NAME = "x_oauth2_client_secret"  # noqa: S105
SIGNATURE_HEADER = "x-twitter-webhooks-signature"
OAUTH2_SIGNATURE_HEADER = "x-twitter-webhooks-signature-oauth2"

CHANNEL_PUBLIC = "x_public"
CHANNEL_DM = "x_dm"

# Ignored-reason keys (metric dimensions).
IGNORED_OWN_ACCOUNT = "own_account"
IGNORED_RETWEET = "retweet"
IGNORED_DM_NOT_MESSAGE = "dm_not_message_create"

# Top-level keys that describe the delivery, not events.
_ENVELOPE_KEYS = frozenset({"for_user_id", "users", "apps", "user_has_blocked", "is_blocked_by"})
# Event types we know and deliberately do not turn into messages; the key is the reason.
_IGNORED_EVENT_KEYS = frozenset(
    {
        "favorite_events",
        "follow_events",
        "unfollow_events",
        "block_events",
        "unblock_events",
        "mute_events",
        "unmute_events",
        "direct_message_indicate_typing_events",
        "direct_message_mark_read_events",
        "user_event",
        "replay_job_status",
        "spaces_events",
    }
)
# Deliveries that carry no `for_user_id` (a revoked authorisation, a replay job report).
_ACCOUNTLESS_KEYS = frozenset({"user_event", "replay_job_status"})
_MAX_REASON_KEY = 64
# X's tokens are short base64-style strings; the limit leaves ample room and bounds the HMAC.
_MAX_CRC_TOKEN = 512
_TWEET_TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"  # "Wed Oct 10 20:19:24 +0000 2018"


def signature(secret: str, payload: bytes) -> str:
    """`sha256=<base64 HMAC-SHA256(secret, payload)>`: the CRC token and the POST signature format."""
    digest = hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode("ascii")


def _matches(header_value: str, secrets: tuple[str, ...], body: bytes) -> bool:
    given = header_value.strip().encode("utf-8", "replace")
    found = False
    for secret in secrets:
        # Check every value (no early exit) so timing does not reveal which secret matched.
        found |= hmac.compare_digest(signature(secret, body).encode("ascii"), given)
    return found


class XSource:
    """The X Account Activity webhook. Pure: no I/O besides reading `secrets`."""

    name = "x"

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        """Answer the CRC: HMAC-SHA256 of `crc_token` keyed with the app secret, base64, `sha256=`."""
        # The answer has the format of a POST signature under the same key: restrict the token
        # so that no answer can ever be the signature of a body we accept.
        crc_token = handshake_challenge(
            request.query.get("crc_token"), "crc_token", max_length=_MAX_CRC_TOKEN
        )
        secret = _crc_secret(secrets)
        return Response.json(200, {"response_token": signature(secret, crc_token.encode("utf-8"))})

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Accept the request when either signature header matches any configured value of its secret,
        and the signed body is a JSON object (what a CRC token can never be)."""
        self._verify_signature(request, secrets)
        require_json_object(request.body)

    def _verify_signature(self, request: Request, secrets: Secrets) -> None:
        legacy = request.header(SIGNATURE_HEADER)
        oauth2 = request.header(OAUTH2_SIGNATURE_HEADER)
        if not legacy and not oauth2:
            raise ClientError(401, f"missing {SIGNATURE_HEADER} (or {OAUTH2_SIGNATURE_HEADER}) header")
        consumer_secrets = secrets.values(CONSUMER_SECRET_NAME)
        oauth2_secrets = secrets.values(OAUTH2_SECRET_NAME)
        if not consumer_secrets and not oauth2_secrets:
            raise ConfigError(f"neither '{CONSUMER_SECRET_NAME}' nor '{OAUTH2_SECRET_NAME}' is set")
        checked: list[str] = []
        if oauth2 and oauth2_secrets:
            if _matches(oauth2, oauth2_secrets, request.body):
                return
            checked.append(OAUTH2_SIGNATURE_HEADER)
        if legacy and consumer_secrets:
            if _matches(legacy, consumer_secrets, request.body):
                return
            checked.append(SIGNATURE_HEADER)
        if not checked:
            sent = OAUTH2_SIGNATURE_HEADER if oauth2 else SIGNATURE_HEADER
            needed = OAUTH2_SECRET_NAME if oauth2 else CONSUMER_SECRET_NAME
            raise ClientError(401, f"only {sent} was sent, and '{needed}' is not configured to check it")
        raise ClientError(401, f"{' and '.join(checked)} does not match the request body")

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Turn a verified delivery into messages (unscrubbed) and ignored-event counts."""
        body = _json(request)
        if not isinstance(body, dict):
            raise ClientError(400, "body must be a JSON object")
        parsed = Parsed()
        for_user_id = body.get("for_user_id")
        if for_user_id is None and body and set(body) <= _ACCOUNTLESS_KEYS:
            for key in body:
                parsed.ignore(key)
            return parsed
        if not isinstance(for_user_id, str) or not for_user_id:
            raise ClientError(400, "for_user_id must be a non-empty string")
        users = body.get("users", {})
        if not isinstance(users, dict):
            raise ClientError(400, "users must be an object keyed by user id")
        account = Account(platform="x", id=for_user_id)
        for key, value in body.items():
            if key in _ENVELOPE_KEYS:
                continue
            if key == "tweet_create_events":
                for index, tweet in enumerate(_event_list(key, value)):
                    _tweet(tweet, f"{key}[{index}]", account, received_at, parsed)
            elif key == "direct_message_events":
                for index, event in enumerate(_event_list(key, value)):
                    _direct_message(event, f"{key}[{index}]", account, users, received_at, parsed)
            elif key == "tweet_delete_events":
                for index, event in enumerate(_event_list(key, value)):
                    _tweet_delete(event, f"{key}[{index}]", account, parsed)
            elif key in _IGNORED_EVENT_KEYS:
                parsed.ignore(key, _event_count(value))
            else:
                parsed.ignore(f"unknown:{key[:_MAX_REASON_KEY]}", _event_count(value))
        return parsed


def _crc_secret(secrets: Secrets) -> str:
    # X computes the CRC with the OAuth 2.0 client secret whenever the app has one [X1].
    for name in (OAUTH2_SECRET_NAME, CONSUMER_SECRET_NAME):
        found = secrets.values(name)
        if found:
            return found[0]
    raise ConfigError(f"neither '{CONSUMER_SECRET_NAME}' nor '{OAUTH2_SECRET_NAME}' is set")


def _customer(user_id: str, profile: dict[str, Any]) -> Identity:
    """The X user as a customer identity: the id is global, handle and name are display only."""
    return Identity(
        namespace="x",
        id=user_id,
        handle=fields.optional_str(profile, "screen_name"),
        display_name=fields.optional_str(profile, "name"),
    )


def _json(request: Request) -> Any:
    try:
        return request.json()
    except RecursionError:
        raise ClientError(400, "body is not valid JSON: nested too deeply") from None
    except ValueError as exc:
        # json.JSONDecodeError is handled by Request.json; this is e.g. an integer literal
        # longer than Python's int conversion limit.
        raise ClientError(400, f"body is not valid JSON: {type(exc).__name__}") from None


def _event_list(key: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ClientError(400, f"{key} must be a list")
    return value


def _event_count(value: Any) -> int:
    return len(value) if isinstance(value, list) and value else 1


def _tweet_time(tweet: dict[str, Any], where: str) -> datetime:
    if tweet.get("timestamp_ms") is not None:
        # A string ("1516403560557") in most events, a number in some.
        return fields.epoch(tweet["timestamp_ms"], f"{where}.timestamp_ms", millis=True)
    created_at = tweet.get("created_at")
    if not isinstance(created_at, str):
        raise ClientError(400, f"{where} needs timestamp_ms or created_at")
    try:
        return datetime.strptime(created_at, _TWEET_TIME_FORMAT).astimezone(UTC)
    except ValueError:
        raise ClientError(400, f"{where}.created_at is not like 'Wed Oct 10 20:19:24 +0000 2018'") from None


def _tweet_text(tweet: dict[str, Any], where: str) -> str:
    # Longform posts: `text` holds the first ~140 characters and a t.co link, `truncated` is
    # true, and the whole post is in `extended_tweet.full_text`.
    extended = tweet.get("extended_tweet")
    if isinstance(extended, dict) and isinstance(extended.get("full_text"), str):
        full_text: str = extended["full_text"]
        return full_text
    for key in ("full_text", "text"):
        value = tweet.get(key)
        if isinstance(value, str):
            return value
    raise ClientError(400, f"{where}.text must be a string")


def _media_attachments(tweet: dict[str, Any]) -> tuple[Attachment, ...]:
    extended = tweet.get("extended_tweet") if isinstance(tweet.get("extended_tweet"), dict) else {}
    holders = [extended, tweet]
    found: dict[str, Attachment] = {}
    for holder in holders:
        for entities_key in ("extended_entities", "entities"):
            entities = holder.get(entities_key) if isinstance(holder, dict) else None
            media = entities.get("media") if isinstance(entities, dict) else None
            if not isinstance(media, list):
                continue
            for item in media:
                attachment = _media_attachment(item)
                if attachment is not None and attachment.url and attachment.url not in found:
                    found[attachment.url] = attachment
    return tuple(found.values())


def _bitrate(variant: dict[str, Any]) -> int:
    value = variant.get("bitrate")
    return value if isinstance(value, int) else 0


def _media_attachment(item: Any) -> Attachment | None:
    if not isinstance(item, dict):
        return None
    kind = fields.optional_str(item, "type") or "media"
    url = fields.optional_str(item, "media_url_https") or fields.optional_str(item, "media_url")
    content_type: str | None = None
    video_info = item.get("video_info")
    variants = video_info.get("variants") if isinstance(video_info, dict) else None
    if isinstance(variants, list):
        # Videos and GIFs: point at the best mp4 rendition rather than the preview image.
        mp4 = [
            v
            for v in variants
            if isinstance(v, dict) and v.get("content_type") == "video/mp4" and fields.optional_str(v, "url")
        ]
        if mp4:
            best = max(mp4, key=_bitrate)
            url, content_type = best["url"], "video/mp4"
    url = url or fields.optional_str(item, "expanded_url")
    if url is None:
        return None
    return Attachment(kind=kind, url=url, content_type=content_type)


def _tweet(tweet: Any, where: str, account: Account, received_at: datetime, parsed: Parsed) -> None:
    if not isinstance(tweet, dict):
        raise ClientError(400, f"{where} must be an object")
    tweet_id = fields.required_str(tweet, "id_str", where)
    user = fields.required_object(tweet, "user", where)
    user_id = fields.required_str(user, "id_str", f"{where}.user")
    if user_id == account.id:
        # Our own replies come back as events.
        parsed.ignore(IGNORED_OWN_ACCOUNT)
        return
    if tweet.get("retweeted_status") is not None:
        parsed.ignore(IGNORED_RETWEET)
        return
    text = _tweet_text(tweet, where)
    occurred_at = _tweet_time(tweet, where)
    parsed.messages.append(
        Message(
            source="x",
            provider_message_id=tweet_id,
            channel=CHANNEL_PUBLIC,
            account=account,
            customer=_customer(user_id, user),
            visibility="public",
            occurred_at=occurred_at,
            received_at=received_at,
            text=text,
            thread=Thread(
                in_reply_to=fields.optional_str(tweet, "in_reply_to_status_id_str"),
                conversation_id=fields.optional_str(tweet, "conversation_id_str")
                or fields.optional_str(tweet, "conversation_id"),
            ),
            attachments=_media_attachments(tweet),
        )
    )


def _tweet_delete(event: Any, where: str, account: Account, parsed: Parsed) -> None:
    """A tweet deleted by its author: recorded on the original (if we have it), never a message."""
    if not isinstance(event, dict):
        raise ClientError(400, f"{where} must be an object")
    status = fields.required_object(event, "status", where)
    tweet_id = fields.required_str(status, "id", f"{where}.status")
    user_id = fields.required_str(status, "user_id", f"{where}.status")
    if user_id == account.id:
        parsed.ignore(IGNORED_OWN_ACCOUNT)
        return
    parsed.deletions.append(
        Deletion(
            source="x",
            provider_message_id=tweet_id,
            customer_key=Identity(namespace="x", id=user_id).key,
            occurred_at=fields.epoch(event.get("timestamp_ms"), f"{where}.timestamp_ms", millis=True),
        )
    )


def _direct_message(
    event: Any,
    where: str,
    account: Account,
    users: dict[str, Any],
    received_at: datetime,
    parsed: Parsed,
) -> None:
    if not isinstance(event, dict):
        raise ClientError(400, f"{where} must be an object")
    if event.get("type") != "message_create":
        parsed.ignore(IGNORED_DM_NOT_MESSAGE)
        return
    event_id = fields.required_str(event, "id", where)
    create = fields.required_object(event, "message_create", where)
    sender_id = fields.required_str(create, "sender_id", f"{where}.message_create")
    if sender_id == account.id:
        # DMs we send (also those sent through the API) are delivered too.
        parsed.ignore(IGNORED_OWN_ACCOUNT)
        return
    data = fields.required_object(create, "message_data", f"{where}.message_create")
    text = data.get("text")
    if not isinstance(text, str):
        raise ClientError(400, f"{where}.message_create.message_data.text must be a string")
    occurred_at = fields.epoch(event.get("created_timestamp"), f"{where}.created_timestamp", millis=True)
    sender = users.get(sender_id)
    sender = sender if isinstance(sender, dict) else {}
    attachment = data.get("attachment")
    media = attachment.get("media") if isinstance(attachment, dict) else None
    dm_attachment = _media_attachment(media)
    parsed.messages.append(
        Message(
            source="x",
            provider_message_id=event_id,
            channel=CHANNEL_DM,
            account=account,
            customer=_customer(sender_id, sender),
            visibility="private",
            occurred_at=occurred_at,
            received_at=received_at,
            text=text,
            # A DM conversation is identified by the other participant: the customer.
            thread=Thread(conversation_id=sender_id),
            attachments=(dm_attachment,) if dm_attachment else (),
        )
    )
