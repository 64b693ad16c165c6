"""`webcare simulate`: send correctly signed platform webhooks to a running stack.

Usable from code (e2e tests, the demo) and from the command line:

    webcare simulate x mention "my internet is down" [--from-id ID] [--from-handle H] [--account-id ID]
    webcare simulate x dm "my customer number is 123" [...]
    webcare simulate x crc
    webcare simulate meta messenger|instagram-dm|facebook-comment|instagram-comment "text" [...]
    webcare simulate meta verify
    webcare simulate whatsapp text "my meter is broken" [--from-id WA_ID] [--account-id PHONE_NUMBER_ID]
    webcare simulate whatsapp verify
    webcare simulate telegram message "hello" [--chat-type private|group|supergroup] [--edit-of ID]
    webcare simulate postmark|mailgun|sendgrid|ses mail "text" [--from ADDR] [--to MAILBOX] [--id MSG-ID]
    webcare simulate mailgun mail "text" --mime          (the route's body-mime form)
    webcare simulate sendgrid mail "text" --raw          (Inbound Parse's raw MIME mode)
    webcare simulate ses subscribe                       (a signed SNS SubscriptionConfirmation)

The target URL and the secret come from `--url`/`--secret`, else from `WEBCARE_URL` and the
platform's variable (`WEBCARE_X_SECRET`, `WEBCARE_META_SECRET`, `WEBCARE_META_VERIFY_TOKEN`,
`WEBCARE_TELEGRAM_SECRET`, `WEBCARE_POSTMARK_PASSWORD`/`WEBCARE_POSTMARK_USER`, `WEBCARE_MAILGUN_KEY`,
`WEBCARE_SENDGRID_TOKEN`), else from the local stack's state file `.local/stack.json` (keys `url`
and `secrets.<name>`). SES deliveries are SNS messages signed with a local RSA key
(`--sns-key`, default `.local/sns-signing-key.json`, created with its certificate
`.local/sns-signing-cert.pem` on first use): start the local stack with
`--sns-cert <SigningCertURL>=.local/sns-signing-cert.pem` so that it serves that certificate.
Payloads are shaped like the platform's deliveries and signed (or, for Telegram, carry the
secret token) over the exact bytes sent, as the platform does.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets as token_source
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from webcare.sources import meta_common
from webcare.sources.telegram import SECRET_TOKEN_HEADER
from webcare.sources.x import OAUTH2_SIGNATURE_HEADER, SIGNATURE_HEADER, signature

DEFAULT_URL_ENV = "WEBCARE_URL"
STATE_FILE = Path(".local") / "stack.json"

# The demo cast: a customer and the subscribed (receiving) account.
DEFAULT_CUSTOMER_ID = "88412345"
DEFAULT_CUSTOMER_HANDLE = "noordv"
DEFAULT_CUSTOMER_NAME = "Noor de Vries"
DEFAULT_ACCOUNT_ID = "1422873095340187649"
DEFAULT_ACCOUNT_HANDLE = "acme_care"
# Meta and WhatsApp: a page, an Instagram account, a WhatsApp number; Telegram: a bot.
DEFAULT_PSID = "7203918456120457"
DEFAULT_PAGE_ID = "104857600123456"
DEFAULT_IG_ACCOUNT_ID = "17841400987654321"
DEFAULT_WA_ID = "31612340001"
DEFAULT_WABA_ID = "112233445566778"
DEFAULT_PHONE_NUMBER_ID = "109876543210987"
DEFAULT_TELEGRAM_USER_ID = "584930217"
DEFAULT_BOT_ID = "7012345678"
# Environment variables and secrets-document keys per platform: (env, key).
SECRET_SOURCES = {
    "x": ("WEBCARE_X_SECRET", "x_consumer_secret"),
    "x_oauth2": ("WEBCARE_X_SECRET", "x_oauth2_client_secret"),
    "meta": ("WEBCARE_META_SECRET", meta_common.APP_SECRET_NAME),
    "meta_verify": ("WEBCARE_META_VERIFY_TOKEN", meta_common.VERIFY_TOKEN_NAME),
    "telegram": ("WEBCARE_TELEGRAM_SECRET", "telegram_secret_token"),
    "postmark": ("WEBCARE_POSTMARK_PASSWORD", "postmark_basic_password"),
    "postmark_user": ("WEBCARE_POSTMARK_USER", "postmark_basic_user"),
    "mailgun": ("WEBCARE_MAILGUN_KEY", "mailgun_signing_key"),
    "sendgrid": ("WEBCARE_SENDGRID_TOKEN", "sendgrid_url_token"),
}
EMAIL_PLATFORMS = ("postmark", "mailgun", "sendgrid", "ses")
# E-mail: the customer, our mailbox, and the local SNS topic and signing certificate for SES.
DEFAULT_EMAIL_FROM = "noor.devries@example.nl"
DEFAULT_MAILBOX = "support@acme.example"
DEFAULT_SES_TOPIC = "arn:aws:sns:eu-west-1:123456789012:webcare-inbound-mail"
DEFAULT_SNS_CERT_URL = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-local.pem"
DEFAULT_SNS_KEY = Path(".local") / "sns-signing-key.json"

_LONGFORM_AFTER = 280  # characters; X truncates `text` and adds `extended_tweet` beyond this
_id_lock = threading.Lock()
_last_id = 0


def new_id() -> str:
    """A fresh, unique, snowflake-sized id (> 2^53, like real tweet ids): nanoseconds, never repeated."""
    global _last_id
    with _id_lock:
        _last_id = max(_last_id + 1, time.time_ns())
        return str(_last_id)


def _created_at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def _millis(moment: datetime) -> str:
    return str(int(moment.timestamp() * 1000))


def mention_payload(
    text: str,
    *,
    user_id: str = DEFAULT_CUSTOMER_ID,
    screen_name: str = DEFAULT_CUSTOMER_HANDLE,
    name: str = DEFAULT_CUSTOMER_NAME,
    for_user_id: str = DEFAULT_ACCOUNT_ID,
    tweet_id: str | None = None,
    in_reply_to_status_id: str | None = None,
    occurred_at: datetime | None = None,
) -> dict[str, Any]:
    """A `tweet_create_events` delivery: the customer's public tweet mentioning the account.

    Texts over 280 characters are sent as X sends longform posts: `truncated`, a short `text`
    with a t.co link, and the whole post in `extended_tweet.full_text`.
    """
    tweet_id = tweet_id or new_id()
    moment = occurred_at or datetime.now(UTC)
    tweet: dict[str, Any] = {
        "created_at": _created_at(moment),
        "id": int(tweet_id) if tweet_id.isdigit() else tweet_id,
        "id_str": tweet_id,
        "text": text,
        "display_text_range": [0, len(text)],
        "source": '<a href="https://github.com/webcare-bridge" rel="nofollow">webcare simulate</a>',
        "truncated": False,
        "in_reply_to_status_id": None,
        "in_reply_to_status_id_str": in_reply_to_status_id,
        "in_reply_to_user_id": None,
        "in_reply_to_user_id_str": for_user_id if in_reply_to_status_id else None,
        "in_reply_to_screen_name": None,
        "user": {
            "id": int(user_id) if user_id.isdigit() else user_id,
            "id_str": user_id,
            "name": name,
            "screen_name": screen_name,
            "protected": False,
            "verified": False,
        },
        "geo": None,
        "coordinates": None,
        "place": None,
        "is_quote_status": False,
        "entities": {"hashtags": [], "urls": [], "user_mentions": [], "symbols": []},
        "favorited": False,
        "retweeted": False,
        "lang": "und",
        "timestamp_ms": _millis(moment),
    }
    if len(text) > _LONGFORM_AFTER:
        link = "https://t.co/" + token_source.token_urlsafe(7)[:10]
        short = text[:113] + "… " + link
        tweet.update(
            {
                "text": short,
                "display_text_range": [0, 140],
                "truncated": True,
                "extended_tweet": {
                    "full_text": text,
                    "display_text_range": [0, len(text)],
                    "entities": {"hashtags": [], "urls": [], "user_mentions": [], "symbols": []},
                },
            }
        )
    return {"for_user_id": for_user_id, "tweet_create_events": [tweet]}


def dm_payload(
    text: str,
    *,
    sender_id: str = DEFAULT_CUSTOMER_ID,
    screen_name: str = DEFAULT_CUSTOMER_HANDLE,
    name: str = DEFAULT_CUSTOMER_NAME,
    for_user_id: str = DEFAULT_ACCOUNT_ID,
    event_id: str | None = None,
    occurred_at: datetime | None = None,
) -> dict[str, Any]:
    """A `direct_message_events` delivery: the customer's DM to the account, with the `users` map."""
    moment = occurred_at or datetime.now(UTC)
    created = _millis(moment)
    return {
        "for_user_id": for_user_id,
        "direct_message_events": [
            {
                "type": "message_create",
                "id": event_id or new_id(),
                "created_timestamp": created,
                "message_create": {
                    "target": {"recipient_id": for_user_id},
                    "sender_id": sender_id,
                    "message_data": {
                        "text": text,
                        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                    },
                },
            }
        ],
        "users": {
            sender_id: {
                "id": sender_id,
                "created_timestamp": created,
                "name": name,
                "screen_name": screen_name,
                "protected": False,
                "verified": False,
            },
            for_user_id: {
                "id": for_user_id,
                "created_timestamp": created,
                "name": DEFAULT_ACCOUNT_HANDLE,
                "screen_name": DEFAULT_ACCOUNT_HANDLE,
                "protected": False,
                "verified": False,
            },
        },
    }


def messenger_payload(
    text: str,
    *,
    kind: str = "messenger",
    sender_id: str = DEFAULT_PSID,
    name: str = DEFAULT_CUSTOMER_NAME,
    account_id: str | None = None,
    message_id: str | None = None,
    reply_to: str | None = None,
    occurred_at: datetime | None = None,
) -> dict[str, Any]:
    """A Meta delivery: `kind` is `messenger`, `instagram-dm`, `facebook-comment` or `instagram-comment`.

    DMs are `entry[].messaging[]` events, comments `entry[].changes[]` (`feed` / `comments`).
    `account_id` defaults to the page (Messenger, Page comments) or the IG account (Instagram).
    """
    moment = occurred_at or datetime.now(UTC)
    instagram = kind.startswith("instagram")
    account = account_id or (DEFAULT_IG_ACCOUNT_ID if instagram else DEFAULT_PAGE_ID)
    unique = message_id or new_id()
    entry: dict[str, Any] = {"id": account}
    if kind in ("messenger", "instagram-dm"):
        message: dict[str, Any] = {"mid": message_id or f"m_{unique}", "text": text}
        if reply_to:
            message["reply_to"] = {"mid": reply_to}
        entry["time"] = int(_millis(moment))
        entry["messaging"] = [
            {
                "sender": {"id": sender_id},
                "recipient": {"id": account},
                "timestamp": int(_millis(moment)),
                "message": message,
            }
        ]
    elif kind == "facebook-comment":
        post_id = f"{account}_912345678901234"
        entry["time"] = int(moment.timestamp())
        value = {
            "from": {"id": sender_id, "name": name},
            "post_id": post_id,
            "comment_id": message_id or f"912345678901234_{unique}",
            "parent_id": reply_to or post_id,
            "created_time": int(moment.timestamp()),
            "item": "comment",
            "verb": "add",
            "message": text,
        }
        entry["changes"] = [{"field": "feed", "value": value}]
    elif kind == "instagram-comment":
        entry["time"] = int(moment.timestamp())
        value = {
            "from": {"id": sender_id, "username": "customer"},
            "media": {"id": "17998877665544332", "media_product_type": "FEED"},
            "id": message_id or unique,
            "text": text,
        }
        if reply_to:
            value["parent_id"] = reply_to
        entry["changes"] = [{"field": "comments", "value": value}]
    else:
        raise ValueError(f"unknown Meta kind {kind!r}")
    return {"object": "instagram" if instagram else "page", "entry": [entry]}


def whatsapp_payload(
    text: str,
    *,
    wa_id: str = DEFAULT_WA_ID,
    name: str = DEFAULT_CUSTOMER_NAME,
    phone_number_id: str = DEFAULT_PHONE_NUMBER_ID,
    message_id: str | None = None,
    reply_to: str | None = None,
    occurred_at: datetime | None = None,
) -> dict[str, Any]:
    """A WhatsApp Cloud API `messages` delivery with one customer text message."""
    moment = occurred_at or datetime.now(UTC)
    message: dict[str, Any] = {
        "from": wa_id,
        "id": message_id or f"wamid.{new_id()}",
        "timestamp": str(int(moment.timestamp())),
        "type": "text",
        "text": {"body": text},
    }
    if reply_to:
        message["context"] = {"from": "31851234567", "id": reply_to}
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "31851234567", "phone_number_id": phone_number_id},
        "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
        "messages": [message],
    }
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": DEFAULT_WABA_ID, "changes": [{"field": "messages", "value": value}]}],
    }


def telegram_update(
    text: str,
    *,
    user_id: str = DEFAULT_TELEGRAM_USER_ID,
    first_name: str = "Noor",
    chat_id: str | None = None,
    chat_type: str = "private",
    message_id: int | None = None,
    update_id: int | None = None,
    edit_of: int | None = None,
    occurred_at: datetime | None = None,
) -> dict[str, Any]:
    """A Bot API update with one message; `edit_of=<message_id>` sends an `edited_message` of it."""
    moment = int((occurred_at or datetime.now(UTC)).timestamp())
    unique = int(new_id())
    chat: dict[str, Any] = {"id": int(chat_id or user_id), "type": chat_type}
    chat.update({"first_name": first_name} if chat_type == "private" else {"title": "Klantenpanel"})
    message: dict[str, Any] = {
        "message_id": edit_of or message_id or unique % 1_000_000_000,
        "from": {"id": int(user_id), "is_bot": False, "first_name": first_name},
        "chat": chat,
        "date": moment,
        "text": text,
    }
    if edit_of is not None:
        message["edit_date"] = moment
    # Update ids are sequential per bot; a fresh one per call (a re-delivery repeats it).
    return {"update_id": update_id or unique % 2**31, ("edited_message" if edit_of else "message"): message}


def serialize(payload: dict[str, Any]) -> bytes:
    """The exact bytes that are signed and sent."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def serialize_meta(payload: dict[str, Any]) -> bytes:
    """Meta's wire form: non-ASCII as `\\uXXXX` and `/` as `\\/`, the bytes its signature covers."""
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/").encode("ascii")


def sign_x(body: bytes, secret: str, *, oauth2: bool = False) -> dict[str, str]:
    """Request headers for an X delivery of `body`: the signature X would send, and the content type.

    `oauth2=True` signs as X does for apps with an OAuth 2.0 client secret
    (`x-twitter-webhooks-signature-oauth2`); otherwise with the consumer secret header.
    """
    header = OAUTH2_SIGNATURE_HEADER if oauth2 else SIGNATURE_HEADER
    return {"content-type": "application/json; charset=utf-8", header: signature(secret, body)}


def sign_meta(body: bytes, secret: str) -> dict[str, str]:
    """Request headers for a Meta or WhatsApp delivery of `body`: `X-Hub-Signature-256` and the type."""
    return {
        "content-type": "application/json",
        meta_common.SIGNATURE_HEADER: meta_common.signature(secret, body),
    }


def telegram_headers(secret_token: str) -> dict[str, str]:
    """Request headers for a Telegram update: the secret token given to `setWebhook`."""
    return {"content-type": "application/json", SECRET_TOKEN_HEADER: secret_token}


def send(
    base_url: str,
    source: str,
    body: bytes,
    headers: dict[str, str],
    *,
    query: dict[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, str]:
    """POST `body` to `{base_url}/webhooks/{source}`; returns the HTTP status and response body.

    Side effects: one HTTP request. Raises `requests.RequestException` when the stack is unreachable.
    """
    response = requests.post(
        f"{base_url.rstrip('/')}/webhooks/{source}", data=body, headers=headers, params=query, timeout=timeout
    )
    return response.status_code, response.text


def post_x(
    base_url: str, payload: dict[str, Any], secret: str, *, timeout: float = 10, oauth2: bool = False
) -> tuple[int, str]:
    """POST `payload` to `{base_url}/webhooks/x`, signed; returns the HTTP status and response body."""
    body = serialize(payload)
    return send(base_url, "x", body, sign_x(body, secret, oauth2=oauth2), timeout=timeout)


def post_meta(
    base_url: str, payload: dict[str, Any], secret: str, *, source: str = "meta", timeout: float = 10
) -> tuple[int, str]:
    """POST a Meta (or, with `source="whatsapp"`, WhatsApp) delivery in Meta's wire form, signed."""
    body = serialize_meta(payload)
    return send(base_url, source, body, sign_meta(body, secret), timeout=timeout)


def post_telegram(
    base_url: str,
    update: dict[str, Any],
    secret_token: str,
    *,
    bot_id: str = DEFAULT_BOT_ID,
    timeout: float = 10,
) -> tuple[int, str]:
    """POST a Telegram update with its secret token to `/webhooks/telegram?bot_id=<bot id>`."""
    return send(
        base_url,
        "telegram",
        serialize(update),
        telegram_headers(secret_token),
        query={"bot_id": bot_id},
        timeout=timeout,
    )


def verify_meta(
    base_url: str,
    verify_token: str,
    *,
    source: str = "meta",
    challenge: str | None = None,
    timeout: float = 10,
) -> tuple[int, str, bool]:
    """Send Meta's subscription GET; returns status, body, and whether the challenge came back exactly.

    Side effects: one HTTP request. Raises `requests.RequestException` when the stack is unreachable.
    """
    challenge = challenge or str(token_source.randbelow(10**10))
    response = requests.get(
        f"{base_url.rstrip('/')}/webhooks/{source}",
        params={"hub.mode": "subscribe", "hub.challenge": challenge, "hub.verify_token": verify_token},
        timeout=timeout,
    )
    return response.status_code, response.text, response.status_code == 200 and response.text == challenge


def crc_x(
    base_url: str, secret: str, *, token: str | None = None, timeout: float = 10
) -> tuple[int, str, bool]:
    """Send X's CRC GET; returns status, body, and whether `response_token` is the expected one.

    Side effects: one HTTP request. Raises `requests.RequestException` when the stack is unreachable.
    """
    crc_token = token or token_source.token_urlsafe(24)
    response = requests.get(
        f"{base_url.rstrip('/')}/webhooks/x", params={"crc_token": crc_token}, timeout=timeout
    )
    expected = signature(secret, crc_token.encode("utf-8"))
    try:
        answer = response.json()
    except ValueError:
        answer = None
    ok = (
        response.status_code == 200
        and isinstance(answer, dict)
        and isinstance(answer.get("response_token"), str)
        and answer["response_token"] == expected
    )
    return response.status_code, response.text, ok


# --- command line ------------------------------------------------------------------------------


# --- e-mail --------------------------------------------------------------------------------------


def email_message(
    text: str,
    *,
    from_address: str = DEFAULT_EMAIL_FROM,
    from_name: str = DEFAULT_CUSTOMER_NAME,
    to: str = DEFAULT_MAILBOX,
    subject: str = "Vraag over mijn aansluiting",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    occurred_at: datetime | None = None,
) -> bytes:
    """One e-mail as raw MIME (UTF-8, quoted-printable): what every provider below carries."""
    from email.message import EmailMessage
    from email.utils import format_datetime, formataddr

    message = EmailMessage()
    message["From"] = formataddr((from_name, from_address))
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime((occurred_at or datetime.now(UTC)).astimezone(UTC))
    local_part = (message_id or new_id() + ".simulate").strip("<>")  # "r3-201", "<r3-201@shop.example>"
    domain = "" if "@" in local_part else "@" + from_address.rpartition("@")[2]
    message["Message-ID"] = f"<{local_part}{domain}>"
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to.strip('<>')}>"
        message["References"] = f"<{in_reply_to.strip('<>')}>"
    message.set_content(text, cte="quoted-printable")
    return message.as_bytes()


def _email_fields(raw_mime: bytes) -> dict[str, Any]:
    """The parsed view a provider posts: decoded headers, the text body, the header pairs."""
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(raw_mime)
    body = message.get_body(("plain",))
    return {
        "from": str(message["From"]),
        "from_address": message["From"].addresses[0].addr_spec,
        "from_name": message["From"].addresses[0].display_name,
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "date": str(message["Date"]),
        "text": body.get_content() if body is not None else "",
        "headers": [(name, str(value)) for name, value in message.items()],
    }


def postmark_payload(raw_mime: bytes) -> dict[str, Any]:
    """Postmark's inbound JSON for an e-mail: RFC ids only in `Headers[]`, its own `MessageID`."""
    fields = _email_fields(raw_mime)
    return {
        "From": fields["from_address"],
        "FromName": fields["from_name"],
        "FromFull": {"Email": fields["from_address"], "Name": fields["from_name"], "MailboxHash": ""},
        "To": fields["to"],
        "ToFull": [{"Email": fields["to"], "Name": "", "MailboxHash": ""}],
        "OriginalRecipient": fields["to"],
        "Subject": fields["subject"],
        "Date": fields["date"],
        "MessageID": str(__import__("uuid").uuid4()),
        "MessageStream": "inbound",
        "TextBody": fields["text"],
        "HtmlBody": "",
        "StrippedTextReply": "",
        "Headers": [
            {"Name": name, "Value": value}
            for name, value in fields["headers"]
            if name.lower() not in {"from", "to", "subject", "date"}
        ],
        "Attachments": [],
    }


def postmark_headers(user: str, password: str) -> dict[str, str]:
    """What Postmark sends for credentials in the webhook URL: `Authorization: Basic`."""
    import base64

    credentials = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return {"content-type": "application/json", "authorization": f"Basic {credentials}"}


def mailgun_fields(
    raw_mime: bytes, key: str, *, mime: bool = False, timestamp: int | None = None, token: str | None = None
) -> dict[str, str]:
    """A Mailgun route POST's fields (parsed, or `body-mime` when `mime`), signed with `key`."""
    from webcare.sources.mailgun import signature as mailgun_signature

    fields = _email_fields(raw_mime)
    stamp, nonce = str(timestamp or int(time.time())), token or token_source.token_hex(25)
    form: dict[str, str] = {
        "recipient": fields["to"],
        "sender": fields["from_address"],
        "from": fields["from"],
    }
    if mime:
        form["body-mime"] = raw_mime.decode("utf-8", "replace")
    else:
        form |= {"subject": fields["subject"], "body-plain": fields["text"]}
        form["message-headers"] = json.dumps([list(pair) for pair in fields["headers"]])
    return form | {"timestamp": stamp, "token": nonce, "signature": mailgun_signature(key, stamp, nonce)}


def sendgrid_fields(raw_mime: bytes, *, raw: bool = False) -> dict[str, bytes]:
    """A SendGrid Inbound Parse POST's fields: parsed (`headers`, `text`, `charsets`) or raw (`email`)."""
    fields = _email_fields(raw_mime)
    form = {
        "from": fields["from"].encode(),
        "to": fields["to"].encode(),
        "subject": fields["subject"].encode(),
        "envelope": json.dumps({"to": [fields["to"]], "from": fields["from_address"]}).encode(),
        "charsets": b'{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}',
    }
    if raw:
        return form | {"email": raw_mime}
    header_block = "".join(f"{name}: {value}\n" for name, value in fields["headers"]).encode()
    return form | {"headers": header_block, "text": fields["text"].encode()}


def multipart_form(fields: dict[str, bytes], boundary: str = "xYzZY") -> tuple[bytes, dict[str, str]]:
    """`multipart/form-data` bytes and headers, as SendGrid posts them."""
    parts = [
        b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
        % (boundary.encode(), k.encode(), v)
        for k, v in fields.items()
    ]
    body = b"".join(parts) + b"--%s--\r\n" % boundary.encode()
    return body, {"content-type": f"multipart/form-data; boundary={boundary}"}


def sns_signing_key(path: Path = DEFAULT_SNS_KEY) -> tuple[Any, bytes]:
    """The local SNS signing key and its certificate (`<dir>/sns-signing-cert.pem`), created on first use."""
    from webcare.sources import sns_rsa

    certificate = path.with_name("sns-signing-cert.pem")
    if path.is_file() and certificate.is_file():
        numbers = json.loads(path.read_text(encoding="utf-8"))
        return sns_rsa.PrivateKey(**{k: int(v) for k, v in numbers.items()}), certificate.read_bytes()
    key = sns_rsa.generate_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_text(
        json.dumps({k: str(getattr(key, k)) for k in ("n", "e", "d", "p", "q")}), encoding="utf-8"
    )
    pem = sns_rsa.self_signed_certificate_pem(key)
    certificate.write_bytes(pem)
    return key, pem


def ses_notification(
    raw_mime: bytes,
    key: Any,
    *,
    topic_arn: str = DEFAULT_SES_TOPIC,
    cert_url: str = DEFAULT_SNS_CERT_URL,
    version: str = "1",
) -> dict[str, Any]:
    """An SNS Notification carrying an SES receipt (SNS action, BASE64 content), signed like SNS."""
    import base64

    from webcare.sources import sns

    fields = _email_fields(raw_mime)
    mail_id = token_source.token_hex(20)
    received = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    notification = {
        "notificationType": "Received",
        "mail": {
            "timestamp": received,
            "source": fields["from_address"],
            "messageId": mail_id,
            "destination": [fields["to"]],
            "headersTruncated": False,
            "headers": [{"name": n, "value": v} for n, v in fields["headers"]],
            "commonHeaders": {"from": [fields["from"]], "to": [fields["to"]], "subject": fields["subject"]},
        },
        "receipt": {
            "timestamp": received,
            "recipients": [fields["to"]],
            **{f"{v}Verdict": {"status": "PASS"} for v in ("spam", "virus", "spf", "dkim", "dmarc")},
            "action": {"type": "SNS", "topicArn": topic_arn, "encoding": "BASE64"},
        },
        "content": base64.b64encode(raw_mime).decode("ascii"),
    }
    document = {
        "Type": "Notification",
        "MessageId": str(__import__("uuid").uuid4()),
        "TopicArn": topic_arn,
        "Subject": "Amazon SES Email Receipt Notification",
        "Message": json.dumps(notification, separators=(",", ":")),
        "Timestamp": received,
    }
    return sns.sign_message(document, key, cert_url, version=version)


def sns_subscription_confirmation(
    key: Any, *, topic_arn: str = DEFAULT_SES_TOPIC, cert_url: str = DEFAULT_SNS_CERT_URL
) -> dict[str, Any]:
    """A signed SNS SubscriptionConfirmation; its SubscribeURL is on the (local) SNS host."""
    from webcare.sources import sns

    token = token_source.token_hex(64)
    region = topic_arn.split(":")[3]
    document = {
        "Type": "SubscriptionConfirmation",
        "MessageId": str(__import__("uuid").uuid4()),
        "Token": token,
        "TopicArn": topic_arn,
        "Message": f"You have chosen to subscribe to the topic {topic_arn}.",
        "SubscribeURL": f"https://sns.{region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn={topic_arn}"
        f"&Token={token}",
        "Timestamp": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }
    return sns.sign_message(document, key, cert_url)


def post_email(
    base_url: str,
    platform: str,
    raw_mime: bytes,
    secret: str,
    *,
    user: str = "",
    variant: bool = False,
    timeout: float = 10,
) -> tuple[int, str]:
    """POST one e-mail as `platform` delivers it. `secret`: Postmark password, Mailgun signing key,
    SendGrid URL token or, for SES, the path of the SNS signing key file. `variant`: Mailgun
    `body-mime`, SendGrid raw mode."""
    if platform == "postmark":
        body = serialize(postmark_payload(raw_mime))
        return send(base_url, platform, body, postmark_headers(user, secret), timeout=timeout)
    if platform == "mailgun":
        from urllib.parse import urlencode

        body = urlencode(mailgun_fields(raw_mime, secret, mime=variant)).encode()
        headers = {"content-type": "application/x-www-form-urlencoded"}
        return send(base_url, platform, body, headers, timeout=timeout)
    if platform == "sendgrid":
        body, headers = multipart_form(sendgrid_fields(raw_mime, raw=variant))
        return send(base_url, platform, body, headers, query={"token": secret}, timeout=timeout)
    key, _ = sns_signing_key(Path(secret))
    return post_sns(base_url, ses_notification(raw_mime, key), timeout=timeout)


def post_sns(base_url: str, document: dict[str, Any], *, timeout: float = 10) -> tuple[int, str]:
    """POST an SNS message to `/webhooks/ses` with the headers SNS sends."""
    headers = {
        "content-type": "text/plain; charset=UTF-8",
        "x-amz-sns-message-type": document["Type"],
        "x-amz-sns-message-id": document["MessageId"],
        "x-amz-sns-topic-arn": document["TopicArn"],
    }
    return send(base_url, "ses", json.dumps(document, indent=2).encode(), headers, timeout=timeout)


class UsageError(Exception):
    """Something the user has to supply; the message says how."""


def find_state_file(start: Path | None = None) -> Path | None:
    """`.local/stack.json` in the current directory or the nearest parent that has one."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / STATE_FILE
        if candidate.is_file():
            return candidate
    return None


def _state(start: Path | None = None) -> dict[str, Any]:
    path = find_state_file(start)
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the local stack state {path}: {exc}") from None
    return data if isinstance(data, dict) else {}


def resolve_url(explicit: str | None, *, start: Path | None = None) -> str:
    url = explicit or os.environ.get(DEFAULT_URL_ENV) or _state(start).get("url")
    if not isinstance(url, str) or not url:
        raise UsageError(
            f"no stack URL: pass --url, set {DEFAULT_URL_ENV}, or start the local stack (`webcare local`), "
            f"which writes {STATE_FILE}"
        )
    return url.rstrip("/")


def resolve_secret(
    explicit: str | None, *, oauth2: bool = False, platform: str = "x", start: Path | None = None
) -> str:
    """The secret to sign with: `explicit`, else the platform's variable, else `.local/stack.json`."""
    if explicit:
        return explicit
    env, name = SECRET_SOURCES["x_oauth2" if platform == "x" and oauth2 else platform]
    if os.environ.get(env):
        return os.environ[env]
    state = _state(start)
    stored = (state.get("secrets") or {}).get(name)
    if isinstance(stored, list):  # a rotation: sign with the current (first) value
        stored = stored[0] if stored else None
    if not isinstance(stored, str) or not stored:
        label = "X secret" if platform.startswith("x") else f"'{name}'"
        if name in (state.get("secrets_from_file") or {}):
            where = f"'{name}' came from your --secrets file, and {STATE_FILE} holds only its name"
        elif state:
            where = f"the running local stack generated no '{name}' ({STATE_FILE})"
        else:
            where = f"or start the local stack (`webcare local`), which writes {STATE_FILE}"
        raise UsageError(f"no {label}: pass --secret or set {env}; {where}")
    return stored


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of `webcare simulate`."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--url", help=f"stack base URL (default: ${DEFAULT_URL_ENV} or {STATE_FILE})")
    common.add_argument(
        "--secret",
        help="the platform secret to sign with (X consumer secret, Meta app secret or verify token, "
        f"Telegram secret token; default: $WEBCARE_<PLATFORM>_SECRET or {STATE_FILE})",
    )
    common.add_argument("--timeout", type=float, default=10, help="seconds (default: 10)")
    x_signing = argparse.ArgumentParser(add_help=False)
    x_signing.add_argument(
        "--oauth2",
        action="store_true",
        help="sign with x-twitter-webhooks-signature-oauth2 (the OAuth 2.0 client secret)",
    )

    def sender(customer_id: str, account_help: str, account_default: str | None) -> argparse.ArgumentParser:
        options = argparse.ArgumentParser(add_help=False)
        options.add_argument("text", help="the customer's message")
        options.add_argument("--from-id", default=customer_id, help=f"customer id (default: {customer_id})")
        options.add_argument("--from-name", default=DEFAULT_CUSTOMER_NAME, help="customer display name")
        options.add_argument("--account-id", default=account_default, help=account_help)
        options.add_argument("--id", dest="message_id", help="message id (default: a new unique id)")
        return options

    platforms = parser.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    x = platforms.add_parser("x", help="X (Twitter) Account Activity API")
    x_sender = sender(
        DEFAULT_CUSTOMER_ID, "the subscribed account (for_user_id) receiving it", DEFAULT_ACCOUNT_ID
    )
    x_sender.add_argument("--from-handle", default=DEFAULT_CUSTOMER_HANDLE, help="customer screen name")
    kinds = x.add_subparsers(dest="kind", metavar="KIND", required=True)
    mention = kinds.add_parser(
        "mention", parents=[x_sender, common, x_signing], help="a public tweet mentioning the account"
    )
    mention.add_argument("--reply-to", help="tweet id this one replies to")
    kinds.add_parser("dm", parents=[x_sender, common, x_signing], help="a direct message to the account")
    kinds.add_parser("crc", parents=[common, x_signing], help="send the CRC GET and check the response_token")

    meta = platforms.add_parser("meta", help="Meta webhooks: Messenger, Instagram, Page comments")
    meta_sender = sender(
        DEFAULT_PSID, "page or Instagram account id (default: the demo page / account)", None
    )
    meta_sender.add_argument("--reply-to", help="mid or comment id this one replies to")
    meta_kinds = meta.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, what in (
        ("messenger", "a Messenger message to the page"),
        ("instagram-dm", "an Instagram DM to the account"),
        ("facebook-comment", "a comment on a page post"),
        ("instagram-comment", "a comment on an Instagram post"),
    ):
        meta_kinds.add_parser(kind, parents=[meta_sender, common], help=what)
    meta_kinds.add_parser(
        "verify", parents=[common], help="send the hub.challenge GET (--secret: the verify token)"
    )

    whatsapp = platforms.add_parser("whatsapp", help="WhatsApp Cloud API")
    wa_sender = sender(DEFAULT_WA_ID, "the receiving phone_number_id", DEFAULT_PHONE_NUMBER_ID)
    wa_sender.add_argument("--reply-to", help="wamid of the business message this one replies to")
    wa_kinds = whatsapp.add_subparsers(dest="kind", metavar="KIND", required=True)
    wa_kinds.add_parser("text", parents=[wa_sender, common], help="a text message from a customer")
    wa_kinds.add_parser(
        "verify", parents=[common], help="send the hub.challenge GET (--secret: the verify token)"
    )

    telegram = platforms.add_parser("telegram", help="Telegram Bot API")
    tg_sender = sender(DEFAULT_TELEGRAM_USER_ID, "the bot id (query parameter bot_id)", DEFAULT_BOT_ID)
    tg_sender.add_argument("--chat-type", choices=["private", "group", "supergroup"], default="private")
    tg_sender.add_argument("--chat-id", help="chat id (default: the user's id for private chats)")
    tg_sender.add_argument("--edit-of", type=int, help="send an edited_message of this message_id")
    tg_sender.add_argument("--update-id", type=int, help="update id (repeat one to simulate a re-delivery)")
    tg_kinds = telegram.add_subparsers(dest="kind", metavar="KIND", required=True)
    tg_kinds.add_parser("message", parents=[tg_sender, common], help="a message to the bot")
    _configure_email(platforms, common)


def _configure_email(platforms: Any, common: argparse.ArgumentParser) -> None:
    email_sender = argparse.ArgumentParser(add_help=False)
    email_sender.add_argument("text", help="the customer's e-mail text")
    email_sender.add_argument(
        "--from", dest="from_address", default=DEFAULT_EMAIL_FROM, help="customer address"
    )
    email_sender.add_argument("--from-name", default=DEFAULT_CUSTOMER_NAME, help="customer display name")
    email_sender.add_argument(
        "--to", default=DEFAULT_MAILBOX, help=f"receiving mailbox (default: {DEFAULT_MAILBOX})"
    )
    email_sender.add_argument("--subject", default="Vraag over mijn aansluiting")
    email_sender.add_argument(
        "--id", dest="message_id", help="Message-ID, with or without <> and a domain (default: a new one)"
    )
    email_sender.add_argument("--in-reply-to", help="Message-ID this e-mail answers")
    sns_key = argparse.ArgumentParser(add_help=False)
    sns_key.add_argument(
        "--sns-key", help=f"local SNS signing key (default: {DEFAULT_SNS_KEY}, created if missing)"
    )
    sns_key.add_argument(
        "--topic-arn", default=DEFAULT_SES_TOPIC, help="SNS topic (must be allowed in the config)"
    )
    for platform, what in (
        ("postmark", "Postmark inbound webhook (basic auth)"),
        ("mailgun", "Mailgun route forward() (signed timestamp + token)"),
        ("sendgrid", "SendGrid Inbound Parse (URL token)"),
        ("ses", "Amazon SES receipt over an SNS HTTPS subscription (signed SNS message)"),
    ):
        kinds = platforms.add_parser(platform, help=what).add_subparsers(
            dest="kind", metavar="KIND", required=True
        )
        mail = kinds.add_parser(
            "mail",
            parents=[email_sender, common, *([sns_key] if platform == "ses" else [])],
            help="one e-mail",
        )
        if platform == "mailgun":
            mail.add_argument(
                "--mime", dest="variant", action="store_true", help="post body-mime (URL ends in mime)"
            )
        if platform == "sendgrid":
            mail.add_argument(
                "--raw", dest="variant", action="store_true", help="post the raw MIME as `email`"
            )
        if platform == "ses":
            kinds.add_parser(
                "subscribe", parents=[common, sns_key], help="a signed SNS SubscriptionConfirmation"
            )


def _x(args: argparse.Namespace, url: str, secret: str) -> tuple[int, str]:
    if args.kind == "mention":
        payload = mention_payload(
            args.text,
            user_id=args.from_id,
            screen_name=args.from_handle,
            name=args.from_name,
            for_user_id=args.account_id,
            tweet_id=args.message_id,
            in_reply_to_status_id=args.reply_to,
        )
    else:
        payload = dm_payload(
            args.text,
            sender_id=args.from_id,
            screen_name=args.from_handle,
            name=args.from_name,
            for_user_id=args.account_id,
            event_id=args.message_id,
        )
    return post_x(url, payload, secret, timeout=args.timeout, oauth2=args.oauth2)


def _send(args: argparse.Namespace, url: str, secret: str) -> tuple[int, str]:
    """Build and send one delivery of `args.platform`/`args.kind`."""
    if args.platform == "x":
        return _x(args, url, secret)
    if args.platform == "meta":
        payload = messenger_payload(
            args.text,
            kind=args.kind,
            sender_id=args.from_id,
            name=args.from_name,
            account_id=args.account_id,
            message_id=args.message_id,
            reply_to=args.reply_to,
        )
        return post_meta(url, payload, secret, timeout=args.timeout)
    if args.platform == "whatsapp":
        payload = whatsapp_payload(
            args.text,
            wa_id=args.from_id,
            name=args.from_name,
            phone_number_id=args.account_id,
            message_id=args.message_id,
            reply_to=args.reply_to,
        )
        return post_meta(url, payload, secret, source="whatsapp", timeout=args.timeout)
    update = telegram_update(
        args.text,
        user_id=args.from_id,
        first_name=args.from_name.split(" ")[0],
        chat_id=args.chat_id,
        chat_type=args.chat_type,
        message_id=int(args.message_id) if args.message_id else None,
        update_id=args.update_id,
        edit_of=args.edit_of,
    )
    return post_telegram(url, update, secret, bot_id=args.account_id, timeout=args.timeout)


def _sns_key_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    state = find_state_file()
    return state.parent / DEFAULT_SNS_KEY.name if state else DEFAULT_SNS_KEY


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The secret to sign with (for SES the SNS signing key's path) and, for Postmark, the user."""
    if args.platform == "ses":
        return str(_sns_key_path(args.sns_key)), ""
    signing_key_of = "meta_verify" if args.kind == "verify" else args.platform
    if args.platform == "whatsapp" and args.kind != "verify":
        signing_key_of = "meta"  # one Meta app secret signs both
    secret = resolve_secret(args.secret, oauth2=getattr(args, "oauth2", False), platform=signing_key_of)
    user = resolve_secret(None, platform="postmark_user") if args.platform == "postmark" else ""
    return secret, user


def _send_email(args: argparse.Namespace, url: str, secret: str, user: str) -> tuple[int, str]:
    """`webcare simulate postmark|mailgun|sendgrid|ses …`: one e-mail (or an SNS subscription)."""
    if args.kind == "subscribe":
        key, _ = sns_signing_key(Path(secret))
        return post_sns(
            url, sns_subscription_confirmation(key, topic_arn=args.topic_arn), timeout=args.timeout
        )
    raw = email_message(
        args.text,
        from_address=args.from_address,
        from_name=args.from_name,
        to=args.to,
        subject=args.subject,
        message_id=args.message_id,
        in_reply_to=args.in_reply_to,
    )
    if args.platform == "ses":
        key, _ = sns_signing_key(Path(secret))
        return post_sns(url, ses_notification(raw, key, topic_arn=args.topic_arn), timeout=args.timeout)
    return post_email(
        url,
        args.platform,
        raw,
        secret,
        user=user,
        variant=getattr(args, "variant", False),
        timeout=args.timeout,
    )


def _handshake(args: argparse.Namespace, url: str, secret: str) -> int:
    """X's CRC or Meta's verification GET; prints the answer and whether it was the right one."""
    if args.kind == "crc":
        status, body, ok = crc_x(url, secret, timeout=args.timeout)
        verdict = "response_token: ok" if ok else "response_token: WRONG or missing"
    else:
        status, body, ok = verify_meta(url, secret, source=args.platform, timeout=args.timeout)
        verdict = "hub.challenge: echoed" if ok else "hub.challenge: NOT echoed"
    print(f"HTTP {status}")
    print(body)
    print(verdict, file=sys.stderr)
    return 0 if ok else 1


def main(args: argparse.Namespace) -> int:
    """Send one simulated webhook; print status and body. 0 on a 2xx (or a correct handshake), 1 otherwise."""
    try:
        url = resolve_url(args.url)
        secret, user = _credentials(args)
    except UsageError as exc:
        print(f"webcare simulate: {exc}", file=sys.stderr)
        return 2
    try:
        if args.kind in ("crc", "verify"):
            return _handshake(args, url, secret)
        if args.platform in EMAIL_PLATFORMS:
            status, body = _send_email(args, url, secret, user)
        else:
            status, body = _send(args, url, secret)
    except requests.RequestException as exc:
        print(f"webcare simulate: cannot reach {url}: {type(exc).__name__}", file=sys.stderr)
        return 1
    print(f"HTTP {status}")
    print(body)
    return 0 if 200 <= status < 300 else 1
