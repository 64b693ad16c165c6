"""SQS FIFO queues: the only thing on the ingest path, and the link between the stages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from webcare.model import short_hash

MAX_BATCH_ENTRIES = 10
MAX_BATCH_BYTES = 256 * 1024
_GROUP_ID_OK = re.compile(r"^[A-Za-z0-9!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]{1,128}$")


class QueueUnavailable(Exception):
    """Messages could not be queued; the caller answers 5xx so the platform retries."""


@dataclass(frozen=True)
class QueueItem:
    body: str
    group_id: str
    dedup_key: str  # any string; hashed to a valid deduplication id


class Queue(Protocol):
    def send(self, items: Sequence[QueueItem]) -> None: ...


def group_id(key: str) -> str:
    """A valid MessageGroupId for `key`: the key itself when SQS accepts it, else its hash."""
    return key if _GROUP_ID_OK.match(key) else "h_" + short_hash(key)


def _batches(items: Sequence[QueueItem]) -> list[list[tuple[int, QueueItem]]]:
    batches: list[list[tuple[int, QueueItem]]] = [[]]
    size = 0
    for index, item in enumerate(items):
        item_size = len(item.body.encode("utf-8"))
        if batches[-1] and (len(batches[-1]) == MAX_BATCH_ENTRIES or size + item_size > MAX_BATCH_BYTES):
            batches.append([])
            size = 0
        batches[-1].append((index, item))
        size += item_size
    return [b for b in batches if b]


class SqsFifoQueue:
    """A FIFO queue. Side effects: SendMessageBatch calls, in order, at most 10 entries each."""

    def __init__(self, url: str, *, client: Any = None) -> None:
        if client is None:
            import boto3

            client = boto3.client("sqs")
        self.url = url
        self._sqs = client

    def send(self, items: Sequence[QueueItem]) -> None:
        for batch in _batches(items):
            try:
                result = self._sqs.send_message_batch(
                    QueueUrl=self.url,
                    Entries=[
                        {
                            "Id": str(index),
                            "MessageBody": item.body,
                            "MessageGroupId": group_id(item.group_id),
                            "MessageDeduplicationId": short_hash(item.dedup_key, 64),
                        }
                        for index, item in batch
                    ],
                )
            except Exception as exc:
                raise QueueUnavailable(f"SendMessageBatch failed: {type(exc).__name__}") from exc
            if result.get("Failed"):
                codes = sorted({f.get("Code", "?") for f in result["Failed"]})
                raise QueueUnavailable(f"{len(result['Failed'])} message(s) not queued: {', '.join(codes)}")
