"""Make moto's FIFO queues redeliver a message group in order, as SQS does.

moto (5.x) keeps received messages in a "pending" set and skips every group that has a
pending message. When several messages of one group time out together, it releases them one
by one while scanning, so the first ones still see their group as pending and are skipped:
the group comes back out of order (last message first) and then stalls. SQS instead makes all
of them visible again and delivers the group from its oldest message. This patch releases
every message whose visibility timeout has passed before each receive.
"""

from __future__ import annotations

from typing import Any

_applied = False


def apply() -> None:
    """Idempotent: patch `SQSBackend.receive_message` once per process."""
    global _applied
    if _applied:
        return
    from moto.sqs import models

    original = models.SQSBackend.receive_message

    def receive_message(self: Any, queue_name: str, *args: Any, **kwargs: Any) -> Any:
        queue = self.get_queue(queue_name)
        for message in [m for m in queue.pending_messages if m.visible]:
            queue.pending_messages.remove(message)
        return original(self, queue_name, *args, **kwargs)

    models.SQSBackend.receive_message = receive_message  # type: ignore[method-assign]
    _applied = True
