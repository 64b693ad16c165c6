"""The port every inbound source implements: handshake, verify, parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from webcare.http import Request, Response
from webcare.model import Message
from webcare.secrets import Secrets


@dataclass
class Parsed:
    """What one verified request contained: messages to accept and what was ignored, by reason."""

    messages: list[Message] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)

    def ignore(self, reason: str, count: int = 1) -> None:
        self.ignored[reason] = self.ignored.get(reason, 0) + count


class Source(Protocol):
    name: str

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        """Answer the platform's GET handshake (CRC, hub.challenge) exactly as it expects."""
        ...

    def verify(self, request: Request, secrets: Secrets) -> None:
        """Authenticate over the raw bytes; raise `ClientError(401|403, reason)` when it fails."""
        ...

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Turn a verified body into unscrubbed messages; raise `ClientError(400, reason)`."""
        ...
