"""The port every inbound source implements: handshake, verify, parse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from webcare.http import ClientError, Request, Response
from webcare.model import Deletion, Message
from webcare.secrets import Secrets


@dataclass
class Parsed:
    """What one verified request contained: messages to accept, deletions of earlier messages to
    record on them, and what was ignored, by reason."""

    messages: list[Message] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)
    deletions: list[Deletion] = field(default_factory=list)

    def ignore(self, reason: str, count: int = 1) -> None:
        self.ignored[reason] = self.ignored.get(reason, 0) + count


# What a handshake may echo or sign: letters, digits and the base64/base64url punctuation.
# None of these can start a JSON object, so a value a handshake computes over a challenge can
# never be the signature of a delivery body (which must be a JSON object, `{...}`).
_CHALLENGE = re.compile(r"[A-Za-z0-9_\-+/=.]+")


def handshake_challenge(value: str | None, name: str, *, max_length: int) -> str:
    """The platform's challenge, checked before anything is computed over it or echoed.

    Handshakes run without authentication. A keyed answer over attacker-chosen bytes is a
    signing oracle when those bytes can also be a request body: the alphabet check makes
    every challenge something no source accepts as a body (see `require_json_object`).
    """
    if not value:
        raise ClientError(400, f"missing query parameter {name}")
    if len(value) > max_length:
        raise ClientError(400, f"query parameter {name} longer than {max_length} characters")
    if not _CHALLENGE.fullmatch(value):
        raise ClientError(400, f"query parameter {name} may only hold letters, digits and -_+/=.")
    return value


def require_json_object(body: bytes) -> None:
    """Refuse a (correctly signed) body that cannot be a JSON object.

    Domain separation for sources whose handshake is keyed (X's CRC): a challenge can never
    pass this check, so a handshake answer can never be replayed as a delivery signature.
    """
    if not body.lstrip(b" \t\r\n").startswith(b"{"):
        raise ClientError(400, "body must be a JSON object")


class Source(Protocol):
    name: str

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        """Answer the platform's GET handshake (CRC, hub.challenge) exactly as it expects.

        Never return a value keyed with a secret over bytes a request body could equal:
        validate the challenge with `handshake_challenge` (tests/unit/sources/test_handshake_oracle.py
        tries the attack on every registered source).
        """
        ...

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Authenticate over the raw bytes; raise `ClientError(401|403, reason)` when it fails."""
        ...

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Turn a verified body into unscrubbed messages; raise `ClientError(400, reason)`."""
        ...
