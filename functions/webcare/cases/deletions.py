"""A message the customer deleted on the platform: recorded on the original, told to its ticket.

The platform's deletion notice is not a message. The original's ledger entry gets `deleted_at`
(the message stays in the helpdesk as it was received: agents may need what was said), and the
original's case's ticket gets an internal note. A deletion of a message we never recorded (sent
before the webhook was set up, an own-account post, expired from the ledger) records nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol

from webcare.cases.service import NoteItem
from webcare.cases.store import LedgerEntry
from webcare.model import Deletion, iso
from webcare.queues import Queue

DeletionOutcome = Literal["recorded", "already_recorded", "unknown"]
PLATFORMS = {"x": "X", "meta": "Facebook/Instagram", "whatsapp": "WhatsApp", "telegram": "Telegram"}


class DeletionStore(Protocol):
    def get_message(self, message_key: str) -> LedgerEntry | None: ...
    def mark_deleted(self, message_key: str, deleted_at: datetime, now: datetime) -> bool: ...


def deletion_note(deletion: Deletion, case_id: str) -> NoteItem:
    platform = PLATFORMS.get(deletion.source, deletion.source)
    return NoteItem(
        case_id,
        f"deleted:{deletion.message_key}",
        f"webcare: the customer deleted message {deletion.message_key} on {platform} at "
        f"{iso(deletion.occurred_at)}; it stays in this ticket as received.",
    )


def record_deletion(
    deletion: Deletion, *, store: DeletionStore, forward_queue: Queue, now: datetime
) -> DeletionOutcome:
    """Mark the original deleted (once) and queue the note for its case's ticket.

    Side effects: one conditional ledger update and one forward queue message. Safe to repeat:
    the note is queued again on every delivery (a crash may have come between the two), and the
    forwarder adds a note once (`NOTE#` record, marker read-back; decision 0060).
    """
    entry = store.get_message(deletion.message_key)
    if entry is None:
        return "unknown"
    first = store.mark_deleted(deletion.message_key, deletion.occurred_at, now)
    forward_queue.send([deletion_note(deletion, entry.case_id).queue_item()])
    return "recorded" if first else "already_recorded"
