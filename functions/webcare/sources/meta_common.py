"""What Meta's webhooks share (Messenger, Instagram, Page feed and WhatsApp Cloud API).

Used by `webcare.sources.meta` and `webcare.sources.whatsapp`; facts, with their
sources, in `docs/channels/meta.md`:
- Handshake: `GET ?hub.mode=subscribe&hub.challenge=<n>&hub.verify_token=<ours>`, answered with
  the raw challenge as `text/plain` when the token is ours [M1][W5]; 403 otherwise.
- Signature: `X-Hub-Signature-256: sha256=<lower-case hex HMAC-SHA256(app secret, raw body)>`
  [M1]. Meta signs the bytes it sends, with non-ASCII escaped as `\\uXXXX` and `/` as `\\/`:
  only the raw body verifies, never a re-serialisation. No timestamp, so no replay window:
  de-duplication on the message id handles replays.
- Timestamps: epoch milliseconds (messaging) or seconds (feed, WhatsApp; WhatsApp as strings).

Both secrets may hold two values during a rotation; every value is compared, in constant time.
Nothing here logs or raises with customer text.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from typing import Any

from webcare.errors import ConfigError
from webcare.http import ClientError, Request, Response
from webcare.secrets import Secrets
from webcare.sources import fields
from webcare.sources.base import handshake_challenge, require_json_object

# Names of entries in the secrets document (the values live in Secrets Manager).
APP_SECRET_NAME = "meta_app_secret"  # noqa: S105
VERIFY_TOKEN_NAME = "meta_verify_token"  # noqa: S105
SIGNATURE_HEADER = "x-hub-signature-256"
LEGACY_SIGNATURE_HEADER = "x-hub-signature"  # SHA-1; never accepted on its own

# Meta's challenges are integers; the bound leaves ample room and keeps the echo small.
_MAX_CHALLENGE = 128
_MAX_REASON_KEY = 64


def signature(secret: str, body: bytes) -> str:
    """`sha256=<lower-case hex HMAC-SHA256(secret, body)>`, as in `X-Hub-Signature-256`."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def matches_any(given: str, expected: tuple[str, ...]) -> bool:
    """Whether `given` equals any of `expected`, comparing every value in constant time."""
    given_bytes = given.encode("utf-8", "replace")
    found = False
    for value in expected:
        # No early exit: timing must not reveal which value (or whether an early one) matched.
        found |= hmac.compare_digest(value.encode("utf-8"), given_bytes)
    return found


def answer_handshake(request: Request, secrets: Secrets) -> Response:
    """Echo `hub.challenge` as text/plain when `hub.verify_token` is ours; 403 (no echo) when not."""
    mode = request.query.get("hub.mode")
    if mode != "subscribe":
        raise ClientError(400, "query parameter hub.mode must be 'subscribe'")
    tokens = secrets.values(VERIFY_TOKEN_NAME)
    if not tokens:
        raise ConfigError(f"'{VERIFY_TOKEN_NAME}' is not set")
    given = request.query.get("hub.verify_token")
    if not given or not matches_any(given, tokens):
        raise ClientError(403, "hub.verify_token does not match the configured verify token")
    # Checked only after the token: a stranger learns nothing from the challenge rules either.
    challenge = handshake_challenge(
        request.query.get("hub.challenge"), "hub.challenge", max_length=_MAX_CHALLENGE
    )
    return Response(status=200, body=challenge, content_type="text/plain")


def verify_signature(request: Request, secrets: Secrets) -> None:
    """Accept the request when `X-Hub-Signature-256` matches any value of the app secret over
    the raw body, and the body is a JSON object. Raises `ClientError(401|400)` otherwise."""
    given = request.header(SIGNATURE_HEADER)
    if not given:
        if request.header(LEGACY_SIGNATURE_HEADER):
            raise ClientError(
                401, "missing X-Hub-Signature-256 header (SHA-1 X-Hub-Signature alone is not accepted)"
            )
        raise ClientError(401, "missing X-Hub-Signature-256 header")
    app_secrets = secrets.values(APP_SECRET_NAME)
    if not app_secrets:
        raise ConfigError(f"'{APP_SECRET_NAME}' is not set")
    # Meta sends lower-case hex; accept upper-case hex too rather than fail a real delivery.
    normalised = given.strip()
    if normalised[:7].lower() == "sha256=":
        normalised = "sha256=" + normalised[7:].lower()
    if not matches_any(normalised, tuple(signature(s, request.body) for s in app_secrets)):
        raise ClientError(401, "X-Hub-Signature-256 does not match the request body")
    require_json_object(request.body)


class MetaWebhook:
    """The handshake and signature check every Meta webhook source (`meta`, `whatsapp`) shares."""

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        """Echo `hub.challenge` when `hub.verify_token` matches `meta_verify_token`; 403 when not."""
        return answer_handshake(request, secrets)

    def verify(self, request: Request, secrets: Secrets) -> None:
        """`X-Hub-Signature-256` over the raw body with any value of `meta_app_secret`; a JSON object."""
        verify_signature(request, secrets)


# --- reading a verified delivery -------------------------------------------------------------


def json_object(request: Request) -> dict[str, Any]:
    """The body as a JSON object; 400 with the reason otherwise."""
    body = request.json()  # raises ClientError(400) for bytes that are not JSON
    if not isinstance(body, dict):
        raise ClientError(400, "body must be a JSON object")
    return body


def delivery(request: Request) -> tuple[str, list[dict[str, Any]]]:
    """The body's `object` (which Meta product sent it) and its `entry` list; 400 when malformed."""
    body = json_object(request)
    kind = body.get("object")
    if not isinstance(kind, str) or not kind:
        raise ClientError(400, "object must be a non-empty string")
    return kind, fields.object_list(body, "entry", "")


def reason_key(prefix: str, value: Any) -> str:
    """An ignored-reason key naming an open-ended value (bounded, so metrics stay few)."""
    text = value if isinstance(value, str) else type(value).__name__
    return f"{prefix}:{text[:_MAX_REASON_KEY]}"


def required_id(container: dict[str, Any], key: str, where: str) -> str:
    """An id: Meta sends ids as strings; a few older events carry numbers, taken as their digits."""
    value = container.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if not isinstance(value, str) or not value or len(value) > 512:
        raise ClientError(400, f"{where}.{key} must be a non-empty string")
    return value


def entry_time(entry: dict[str, Any], where: str) -> datetime:
    """`entry.time`: seconds for `changes` entries, milliseconds for messaging ones; told apart by size
    (13 digits are milliseconds until the year 2286)."""
    value = entry.get("time")
    text = str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""
    return fields.epoch(value, f"{where}.time", millis=len(text) >= 13)
