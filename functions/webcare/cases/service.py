"""The process stage: record each message once and join it to the customer's case."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from webcare.cases.identities import canonical
from webcare.cases.rules import Case, Decision, decide
from webcare.cases.store import MAX_DECISION_ATTEMPTS, DuplicateMessage, LedgerEntry, StoreConflict
from webcare.config import Config
from webcare.model import Message
from webcare.queues import Queue, QueueItem


class CaseStore(Protocol):
    def get_message(self, message_key: str) -> LedgerEntry | None: ...
    def current_case(self, customer_key: str) -> Case | None: ...
    def resolve_customer(self, identity_key: str) -> str: ...
    def thread_case(self, references: list[str]) -> Case | None: ...
    def record(self, message: Message, decision: Decision, now: datetime) -> LedgerEntry: ...
    def mark_queued(self, message_key: str, now: datetime) -> None: ...


@dataclass(frozen=True)
class ForwardItem:
    """One message on its way to the helpdesk: the forward queue's message body."""

    case_id: str
    sequence: int
    message: Message

    def to_json(self) -> str:
        return json.dumps(
            {"case_id": self.case_id, "sequence": self.sequence, "message": self.message.to_dict()},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, body: str) -> ForwardItem:
        data: dict[str, Any] = json.loads(body)
        return cls(
            case_id=data["case_id"],
            sequence=int(data["sequence"]),
            message=Message.from_dict(data["message"]),
        )


@dataclass(frozen=True)
class NoteItem:
    """An internal note for the case's ticket (a merge, a deletion): a forward queue body of its
    own kind, next to message items, in the case's message group so it keeps its place in order.
    `note_id` is stable for the note, so every copy of it is delivered once (docs/decisions/0060).
    """

    case_id: str
    note_id: str
    text: str

    def to_json(self) -> str:
        return json.dumps(
            {"kind": "note", "case_id": self.case_id, "note_id": self.note_id, "text": self.text},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    def queue_item(self) -> QueueItem:
        return QueueItem(body=self.to_json(), group_id=self.case_id, dedup_key=f"note|{self.note_id}")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NoteItem:
        values = (data["case_id"], data["note_id"], data["text"])
        if not all(isinstance(value, str) and value for value in values):
            raise ValueError("a note item needs non-empty case_id, note_id and text")
        return cls(*values)


def send_notes(queue: Queue) -> Callable[[Sequence[NoteItem]], None]:
    """A `notify` for `links.link`: the notes onto the forward queue, each in its case's group."""

    def send(notes: Sequence[NoteItem]) -> None:
        queue.send([note.queue_item() for note in notes])

    return send


def read_forward_item(body: str) -> ForwardItem | NoteItem:
    """A forward queue body: a note (`"kind": "note"`) or a message (no kind: every item queued
    before notes existed, and every message item since)."""
    data: dict[str, Any] = json.loads(body)
    kind = data.get("kind", "message")
    if kind == "note":
        return NoteItem.from_dict(data)
    if kind != "message":
        raise ValueError(f"unknown forward item kind {str(kind)[:40]!r}")
    return ForwardItem.from_json(body)


@dataclass(frozen=True)
class Accepted:
    outcome: Literal["queued", "duplicate"]
    case_id: str
    sequence: int


def _thread_case(message: Message, store: CaseStore) -> Case | None:
    if message.channel != "email":
        return None
    references = [message.thread.in_reply_to or "", *reversed(message.thread.references)]
    return store.thread_case([r for r in references if r])


def _record_once(
    message: Message,
    *,
    store: CaseStore,
    config: Config,
    now: datetime,
) -> LedgerEntry:
    for _ in range(MAX_DECISION_ATTEMPTS):
        customer_key = store.resolve_customer(canonical(message.customer, config.identities).key)
        # An e-mail reply joins the open case of the thread it answers, also when the sender's
        # address was rewritten (a forwarding service, an alias); otherwise the customer's case.
        current = _thread_case(message, store) or store.current_case(customer_key)
        helpdesk = (
            current.helpdesk if current and current.status == "open" else config.helpdesk_for(message.account)
        )
        decision = decide(
            current,
            message,
            customer_key=customer_key,
            helpdesk=helpdesk,
            rules=config.channel(message.channel),
            now=now,
            routing=config.routing_for(message.account),
        )
        try:
            return store.record(message, decision, now)
        except DuplicateMessage:
            # Another delivery of the same message won the race; carry on with its entry.
            entry = store.get_message(message.message_key)
            if entry is not None:
                return entry
        except StoreConflict:
            continue  # the case changed under us: read again and decide again
    raise StoreConflict(f"could not record {message.message_key} after {MAX_DECISION_ATTEMPTS} attempts")


def accept(
    message: Message, *, store: CaseStore, forward_queue: Queue, config: Config, now: datetime
) -> Accepted:
    """Record `message` in the ledger and its case, then queue it for the helpdesk, exactly once.

    Safe to run again after a crash at any point: a message recorded but not yet queued is
    queued on the next delivery (the forward queue and the helpdesk ledger drop repeats).
    """
    entry = store.get_message(message.message_key)
    if entry is not None and entry.state == "queued":
        return Accepted("duplicate", entry.case_id, entry.sequence)
    if entry is None:
        entry = _record_once(message, store=store, config=config, now=now)
        if entry.state == "queued":
            return Accepted("duplicate", entry.case_id, entry.sequence)
    item = ForwardItem(case_id=entry.case_id, sequence=entry.sequence, message=message)
    forward_queue.send(
        [QueueItem(body=item.to_json(), group_id=entry.case_id, dedup_key=message.message_key)]
    )
    store.mark_queued(message.message_key, now)
    return Accepted("queued", entry.case_id, entry.sequence)
