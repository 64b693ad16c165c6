"""Make moto's FIFO queues redeliver a message group in order, as SQS does.

SQS blocks a message group while any of its messages is in flight and, once none is, delivers
the group from its oldest message. moto (5.x) keeps received messages in a "pending" set and
skips every group with a pending message, but it forgets a pending message only when its
receive loop reaches it, and it reads the clock afresh for every message it looks at. So when
several messages of one group time out together (one failed batch), a receive that starts just
as the first of them comes back sees the group still blocked by the later ones, then watches
those come back one by one during the same scan and hands out the last: the group comes back
out of order.

This patch gives every receive one clock reading: before the scan it releases each pending
message whose visibility timeout has passed by that reading, and the scan itself judges
visibility by the same reading. A group is then either still blocked (a message in flight) or
wholly released, never half. A long poll repeats such receives until a message comes or the
wait is over.
"""

from __future__ import annotations

import threading
import time
from typing import Any

_applied = False
_receive_clock = threading.local()  # .ms: the reading of the receive running on this thread


def apply() -> None:
    """Idempotent: patch moto's SQS receive and message visibility once per process."""
    global _applied
    if _applied:
        return
    from moto.sqs import models

    def now_ms() -> float:
        reading: float | None = getattr(_receive_clock, "ms", None)
        return models.unix_time_millis() if reading is None else reading

    def visible(self: Any) -> bool:
        return bool(now_ms() > self.visible_at)

    def delayed(self: Any) -> bool:
        return bool(now_ms() < self.delayed_until)

    original = models.SQSBackend.receive_message

    def receive_message(
        self: Any,
        queue_name: str,
        count: int,
        wait_seconds_timeout: int,
        visibility_timeout: int,
        message_attribute_names: list[str] | None = None,
    ) -> Any:
        queue = self.get_queue(queue_name)
        deadline = time.monotonic() + (wait_seconds_timeout or 0)
        while True:
            _receive_clock.ms = models.unix_time_millis()
            try:
                for message in [m for m in queue.pending_messages if m.visible]:
                    queue.pending_messages.remove(message)
                result = original(self, queue_name, count, 0, visibility_timeout, message_attribute_names)
            finally:
                _receive_clock.ms = None
            left = deadline - time.monotonic()
            if result or left <= 0:
                return result
            if queue.messages:  # visible, but their groups are blocked: look again shortly
                time.sleep(min(0.05, left))
            else:
                queue.wait_for_messages(min(1, left))

    models.Message.visible = property(visible)  # type: ignore[method-assign,assignment]
    models.Message.delayed = property(delayed)  # type: ignore[method-assign,assignment]
    models.SQSBackend.receive_message = receive_message  # type: ignore[method-assign]
    _applied = True
