"""`webcare simulate`: send correctly signed platform webhooks to a running stack.

Usable from code (e2e tests, the demo) and from the command line:

    webcare simulate x mention "my internet is down" [--from-id ID] [--from-handle H] [--account-id ID]
    webcare simulate x dm "my customer number is 123" [...]
    webcare simulate x crc

The target URL and the X secret come from `--url`/`--secret`, else from `WEBCARE_URL` /
`WEBCARE_X_SECRET`, else from the local stack's state file `.local/stack.json` (keys `url` and
`secrets.x_consumer_secret`). Payloads are shaped like X Account Activity API deliveries and
signed over the exact bytes sent, as X does.
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

from webcare.sources.x import OAUTH2_SIGNATURE_HEADER, SIGNATURE_HEADER, signature

DEFAULT_URL_ENV = "WEBCARE_URL"
DEFAULT_SECRET_ENV = "WEBCARE_X_SECRET"  # noqa: S105 (the variable name, not a secret)
STATE_FILE = Path(".local") / "stack.json"

# The demo cast: a customer and the subscribed (receiving) account.
DEFAULT_CUSTOMER_ID = "88412345"
DEFAULT_CUSTOMER_HANDLE = "noordv"
DEFAULT_CUSTOMER_NAME = "Noor de Vries"
DEFAULT_ACCOUNT_ID = "1422873095340187649"
DEFAULT_ACCOUNT_HANDLE = "acme_care"

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


def serialize(payload: dict[str, Any]) -> bytes:
    """The exact bytes that are signed and sent."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign_x(body: bytes, secret: str, *, oauth2: bool = False) -> dict[str, str]:
    """Request headers for an X delivery of `body`: the signature X would send, and the content type.

    `oauth2=True` signs as X does for apps with an OAuth 2.0 client secret
    (`x-twitter-webhooks-signature-oauth2`); otherwise with the consumer secret header.
    """
    header = OAUTH2_SIGNATURE_HEADER if oauth2 else SIGNATURE_HEADER
    return {"content-type": "application/json; charset=utf-8", header: signature(secret, body)}


def post_x(
    base_url: str, payload: dict[str, Any], secret: str, *, timeout: float = 10, oauth2: bool = False
) -> tuple[int, str]:
    """POST `payload` to `{base_url}/webhooks/x`, signed; returns the HTTP status and response body.

    Side effects: one HTTP request. Raises `requests.RequestException` when the stack is unreachable.
    """
    body = serialize(payload)
    response = requests.post(
        f"{base_url.rstrip('/')}/webhooks/x",
        data=body,
        headers=sign_x(body, secret, oauth2=oauth2),
        timeout=timeout,
    )
    return response.status_code, response.text


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


def resolve_secret(explicit: str | None, *, oauth2: bool = False, start: Path | None = None) -> str:
    if explicit:
        return explicit
    if os.environ.get(DEFAULT_SECRET_ENV):
        return os.environ[DEFAULT_SECRET_ENV]
    name = "x_oauth2_client_secret" if oauth2 else "x_consumer_secret"
    stored = (_state(start).get("secrets") or {}).get(name)
    if isinstance(stored, list):  # a rotation: sign with the current (first) value
        stored = stored[0] if stored else None
    if not isinstance(stored, str) or not stored:
        raise UsageError(
            f"no X secret: pass --secret, set {DEFAULT_SECRET_ENV}, or start the local stack "
            f"(`webcare local`), which writes secrets.{name} to {STATE_FILE}"
        )
    return stored


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of `webcare simulate`."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--url", help=f"stack base URL (default: ${DEFAULT_URL_ENV} or {STATE_FILE})")
    common.add_argument(
        "--secret", help=f"X consumer secret to sign with (default: ${DEFAULT_SECRET_ENV} or {STATE_FILE})"
    )
    common.add_argument(
        "--oauth2",
        action="store_true",
        help="sign with x-twitter-webhooks-signature-oauth2 (the OAuth 2.0 client secret)",
    )
    common.add_argument("--timeout", type=float, default=10, help="seconds (default: 10)")

    sender = argparse.ArgumentParser(add_help=False)
    sender.add_argument("text", help="the customer's message")
    sender.add_argument("--from-id", default=DEFAULT_CUSTOMER_ID, help="customer X user id")
    sender.add_argument("--from-handle", default=DEFAULT_CUSTOMER_HANDLE, help="customer screen name")
    sender.add_argument("--from-name", default=DEFAULT_CUSTOMER_NAME, help="customer display name")
    sender.add_argument(
        "--account-id", default=DEFAULT_ACCOUNT_ID, help="the subscribed account (for_user_id) receiving it"
    )
    sender.add_argument("--id", dest="message_id", help="tweet / DM event id (default: a new unique id)")

    platforms = parser.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    x = platforms.add_parser("x", help="X (Twitter) Account Activity API")
    kinds = x.add_subparsers(dest="kind", metavar="KIND", required=True)
    mention = kinds.add_parser(
        "mention", parents=[sender, common], help="a public tweet mentioning the account"
    )
    mention.add_argument("--reply-to", help="tweet id this one replies to")
    kinds.add_parser("dm", parents=[sender, common], help="a direct message to the account")
    kinds.add_parser("crc", parents=[common], help="send the CRC GET and check the response_token")


def main(args: argparse.Namespace) -> int:
    """Send one simulated webhook; print status and body. 0 on a 2xx (or a correct CRC), 1 otherwise."""
    try:
        url = resolve_url(args.url)
        secret = resolve_secret(args.secret, oauth2=args.oauth2)
    except UsageError as exc:
        print(f"webcare simulate: {exc}", file=sys.stderr)
        return 2
    try:
        if args.kind == "crc":
            status, body, ok = crc_x(url, secret, timeout=args.timeout)
            print(f"HTTP {status}")
            print(body)
            print("response_token: ok" if ok else "response_token: WRONG or missing", file=sys.stderr)
            return 0 if ok else 1
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
        status, body = post_x(url, payload, secret, timeout=args.timeout, oauth2=args.oauth2)
    except requests.RequestException as exc:
        print(f"webcare simulate: cannot reach {url}: {type(exc).__name__}", file=sys.stderr)
        return 1
    print(f"HTTP {status}")
    print(body)
    return 0 if 200 <= status < 300 else 1
