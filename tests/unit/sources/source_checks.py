"""What the JSON webhook sources' tests share: a recorded delivery with one field changed, and the
one outcome any input may have (messages that serialise, or a client error with a reason)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from webcare.http import ClientError, Request
from webcare.secrets import Secrets
from webcare.sources.base import Parsed, Source


def edited(
    raw: bytes, path: tuple[str | int, ...], value: Any = None, *, delete: bool = False
) -> dict[str, Any]:
    """The recorded delivery `raw` (a JSON object) with the field at `path` set to `value` (or deleted)."""
    body: dict[str, Any] = json.loads(raw)
    target: Any = body
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return body


def assert_messages_or_client_error(
    source: Source, request: Request, secrets: Secrets, received: datetime
) -> None:
    """`request` verifies and parses into messages that serialise (what the queue needs), or is
    refused with a 4xx that gives a reason: never anything else."""
    try:
        source.verify(request, secrets)
        result = source.parse(request, received)
    except ClientError as exc:
        assert 400 <= exc.status < 500 and exc.reason
    else:
        assert isinstance(result, Parsed)
        for message in result.messages:
            message.to_dict()
