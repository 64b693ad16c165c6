"""Standard Webhooks (v1) signing and verification, shared by the sender and the local inbox.

Signature: `webhook-signature: v1,<base64(HMAC-SHA256(key, f"{id}.{timestamp}.{body}"))>`,
several space-separated signatures allowed (rotation). A secret written as `whsec_<base64>`
uses the decoded bytes as key, as the specification says; any other string is used as UTF-8
bytes (the template generates such a secret on first deploy).

A secret that gives an empty key (``whsec_``, ``""``) or is not valid base64 after ``whsec_``
(``whsec_!!!``, which a lenient decoder turns into an empty key) is refused with
`InvalidSecret` when signing and when verifying: anyone can compute an HMAC with an empty key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Iterable, Mapping

from webcare.errors import ConfigError

TOLERANCE_SECONDS = 300


class SignatureError(Exception):
    pass


class InvalidSecret(ConfigError):
    """A signing secret that must not be used; the message names the secret, never its value."""


def signing_key(secret: str, name: str = "webhook signing secret") -> bytes:
    """The HMAC key for `secret`; `InvalidSecret` naming `name` when it is empty or malformed."""
    if not isinstance(secret, str):
        raise InvalidSecret(f"{name}: not a string")
    if secret.startswith("whsec_"):
        try:
            key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
        except (binascii.Error, ValueError):
            raise InvalidSecret(f"{name}: the part after 'whsec_' is not valid base64") from None
    else:
        key = secret.encode("utf-8")
    if not key:
        raise InvalidSecret(f"{name}: the key is empty")
    return key


def signature(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def sign(secret: str, webhook_id: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """The three headers for one delivery. `webhook_id` must stay the same across retries."""
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature(secret, webhook_id, ts, body),
    }


def verify(
    secrets: Iterable[str],
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float | None = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> str:
    """Check the headers (names lower-case) against any of `secrets`; return the webhook id.

    Raises `SignatureError` for a request that does not verify and `InvalidSecret` when one
    of `secrets` is empty or malformed: a broken configuration fails loudly, never open.
    """
    keys = tuple(secrets)
    for secret in keys:
        signing_key(secret)
    webhook_id = headers.get("webhook-id")
    stamp = headers.get("webhook-timestamp")
    given = headers.get("webhook-signature")
    if not webhook_id or not stamp or not given:
        raise SignatureError("missing webhook-id, webhook-timestamp or webhook-signature header")
    try:
        ts = int(stamp)
    except ValueError:
        raise SignatureError("webhook-timestamp is not an integer") from None
    current = time.time() if now is None else now
    if abs(current - ts) > tolerance:
        raise SignatureError("webhook-timestamp is outside the tolerance window")
    offered = [part for part in given.split(" ") if part.startswith("v1,")]
    for secret in keys:
        expected = signature(secret, webhook_id, ts, body)
        if any(hmac.compare_digest(expected, candidate) for candidate in offered):
            return webhook_id
    raise SignatureError("no valid v1 signature")
