"""The ingest stage: verify, parse, normalise, scrub, validate, queue. Nothing else is on this path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from webcare.config import Config
from webcare.http import ClientError, Request, Response
from webcare.model import Deletion, Message
from webcare.queues import Queue, QueueItem
from webcare.schemas import SchemaError, validate
from webcare.secrets import Secrets
from webcare.sources import Parsed, Source


class MessageScrubber(Protocol):
    def scrub_message(self, message: Message) -> Message: ...


@runtime_checkable
class ConfigurableSource(Protocol):
    """A source whose checks depend on the behaviour config (SES: the allowed SNS topics)."""

    def with_config(self, config: Config) -> Source: ...


@dataclass
class Outcome:
    response: Response
    accepted: int = 0
    ignored: dict[str, int] = field(default_factory=dict)


def queue_item(message: Message) -> QueueItem:
    """Inbound FIFO: one group per customer identity (order, no races), dedup on the message key."""
    import json

    body = json.dumps(message.to_dict(), separators=(",", ":"), ensure_ascii=False)
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        # JSON may escape half a surrogate pair (`"\ud83d"`); such text cannot be stored or sent.
        raise ClientError(
            400, f"event {message.message_key} has text that is not valid Unicode (an unpaired surrogate)"
        ) from None
    return QueueItem(body=body, group_id=message.customer_key, dedup_key=message.message_key)


def deletion_item(deletion: Deletion) -> QueueItem:
    """Inbound FIFO, in the customer's group (after the original, when both are close together).
    Nothing to scrub: a deletion carries no text."""
    import json

    body = json.dumps(deletion.to_dict(), separators=(",", ":"))
    return QueueItem(body=body, group_id=deletion.customer_key, dedup_key=f"deletion|{deletion.message_key}")


def receive(
    request: Request,
    source_name: str,
    *,
    find_source: Callable[[str], Source | None],
    secrets: Secrets,
    scrubber: MessageScrubber,
    queue: Queue,
    config: Config,
    now: datetime,
) -> Outcome:
    """Answer one webhook request. Raises `ClientError` for the caller's mistakes,
    `QueueUnavailable` when accepted messages could not be queued (the platform must retry).

    Messages are acknowledged only after all of them are durably queued.
    """
    source = find_source(source_name)
    if source is None:
        raise ClientError(404, f"unknown source '{source_name}'")
    if request.method == "GET":
        return Outcome(source.handshake(request, secrets))
    if request.method != "POST":
        raise ClientError(405, f"method {request.method} not allowed; use GET for the handshake or POST")
    if isinstance(source, ConfigurableSource):
        source = source.with_config(config)
    source.verify(request, secrets)
    parsed = source.parse(request, now)
    accepted = accept_parsed(parsed, scrubber=scrubber, queue=queue, config=config)
    body: dict[str, Any] = {"accepted": accepted, "ignored": parsed.ignored}
    if parsed.deletions:
        body["deletions"] = len(parsed.deletions)
    return Outcome(Response.json(200, body), accepted=accepted, ignored=parsed.ignored)


def accept_parsed(parsed: Parsed, *, scrubber: MessageScrubber, queue: Queue, config: Config) -> int:
    """Scrub, validate and queue the parsed messages (the steps after verify and parse, shared by
    the HTTP path and the e-mail event path), and queue the parsed deletions (no text). Returns how
    many messages were queued; disabled channels are
    added to `parsed.ignored`. Raises `ClientError(400)` when a message fails the schema and
    `QueueUnavailable` when the queue does not take them.
    """
    ready: list[QueueItem] = []
    for message in parsed.messages:
        if not config.channel(message.channel).enabled:
            parsed.ignore(f"channel_disabled:{message.channel}")
            continue
        scrubbed = scrubber.scrub_message(message)
        try:
            validate("message.schema.json", scrubbed.to_dict())
        except SchemaError as exc:
            raise ClientError(400, f"event does not give a valid message: {exc.path}: {exc.reason}") from None
        ready.append(queue_item(scrubbed))
    accepted = len(ready)
    ready.extend(deletion_item(deletion) for deletion in parsed.deletions)
    if ready:
        queue.send(ready)
    return accepted
