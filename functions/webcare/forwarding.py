"""The forward stage: one ticket per case, each message appended once, in order; notes once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from webcare.cases.rules import Case, Decision, follow_up
from webcare.cases.service import ForwardItem, NoteItem
from webcare.cases.store import ForwardState, LedgerEntry, StoreConflict
from webcare.config import ChannelRules
from webcare.helpdesks.base import Helpdesk, HelpdeskWithNotes, HelpdeskWithStatus
from webcare.model import Message

# Without Retry-After, wait 30 s, 60 s, 120 s ... up to an hour between attempts.
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 3600
MAX_VISIBILITY_SECONDS = 12 * 60 * 60
# Retry-After is taken as given for this many attempts; after them the backoff is the least delay,
# so a helpdesk that keeps answering "retry in 1 s" cannot use up the queue's receive budget
# (maxReceiveCount) in minutes. The budget comes from the HelpdeskOutageHours parameter.
RETRY_AFTER_TRUSTED_ATTEMPTS = 5


MAX_FOLLOW_UP_ATTEMPTS = 5


class NotRecorded(Exception):
    """The forward item refers to a case the table does not have."""


class ForwardStore(Protocol):
    def get_message(self, message_key: str) -> LedgerEntry | None: ...
    def get_case(self, case_id: str) -> Case | None: ...
    def set_ticket_ref(self, case_id: str, ticket_ref: str, opened_with: str) -> str: ...
    def mark_forwarded(
        self, message_key: str, state: ForwardState, remote_id: str | None, *, now: datetime, reason: str = ""
    ) -> None: ...
    def restore_message(
        self, message: Message, case_id: str, sequence: int, now: datetime
    ) -> LedgerEntry: ...
    def current_case(self, customer_key: str) -> Case | None: ...
    def close_for_follow_up(self, case_id: str, now: datetime) -> None: ...
    def rehome(
        self, message_key: str, old_case_id: str, decision: Decision, now: datetime
    ) -> LedgerEntry: ...


@dataclass(frozen=True)
class Forwarded:
    outcome: Literal["opened", "appended", "already_sent"]
    ticket_ref: str | None
    restored: bool = False
    followed_up: str | None = None  # the case whose closed ticket made this a follow-up


class NoteStore(Protocol):
    def get_case(self, case_id: str) -> Case | None: ...
    def note_delivered(self, case_id: str, note_id: str) -> bool: ...
    def record_note(self, case_id: str, note_id: str, remote_id: str | None, now: datetime) -> bool: ...


NoteOutcome = Literal["noted", "already_noted", "no_ticket", "not_supported"]


def _backoff(receive_count: int) -> int:
    return int(min(BACKOFF_BASE_SECONDS * 2 ** min(max(receive_count - 1, 0), 20), BACKOFF_MAX_SECONDS))


def retry_delay(retry_after: float | None, receive_count: int) -> int:
    """Seconds until the next attempt: what the helpdesk asked for, else exponential backoff
    (and from attempt RETRY_AFTER_TRUSTED_ATTEMPTS + 1 on, never less than the backoff)."""
    backoff = _backoff(receive_count)
    if retry_after is None:
        return backoff
    floor = backoff if receive_count > RETRY_AFTER_TRUSTED_ATTEMPTS else 1
    return int(min(max(retry_after, floor), MAX_VISIBILITY_SECONDS))


def max_receives(outage_hours: int) -> int:
    """The forward queue's maxReceiveCount for a helpdesk outage of `outage_hours`: enough
    receives that the delays before dead-lettering add up to the window whatever Retry-After
    the helpdesk sends (template.yaml's HelpdeskOutage mapping holds these values)."""
    window = outage_hours * 3600
    waited, receives = 0, 0
    while waited < window:
        receives += 1
        if receives > RETRY_AFTER_TRUSTED_ATTEMPTS:  # earlier delays may be as short as 1 s
            waited += _backoff(receives)
    return receives


def forward(
    item: ForwardItem,
    *,
    store: ForwardStore,
    helpdesk_for: Callable[[str], Helpdesk],
    now: datetime,
    rules_for: Callable[[str], ChannelRules] = lambda _channel: ChannelRules(),
) -> Forwarded:
    """Deliver one message to the case's helpdesk unless the ledger says it is there already.

    Side effects: at most one helpdesk call, then the ticket reference on the case and the
    forward state on the message ledger. A message whose ledger entry has expired (a replay of
    a dead letter later than the ledger's retention) is re-recorded from the item and delivered.
    When the helpdesk can report a ticket's status and says the case's ticket is closed for good,
    the case is closed and the message opens (or joins) the customer's follow-up case instead.
    Helpdesk errors propagate to the caller.
    """
    key = item.message.message_key
    entry = store.get_message(key)
    restored = entry is None
    if entry is None:
        entry = store.restore_message(item.message, item.case_id, item.sequence, now)
    if entry.forward_state == "sent":
        return Forwarded("already_sent", None, restored)
    # The ledger names the message's case: it differs from the item's after a follow-up moved it.
    case = store.get_case(entry.case_id)
    if case is None:
        raise NotRecorded(f"case {entry.case_id} does not exist")
    sequence = entry.sequence
    if case.ticket_ref is not None and case.ticket_opened_with == key:
        # The ticket was created with this very message before a crash: nothing to append.
        store.mark_forwarded(key, "sent", case.ticket_ref, now=now)
        return Forwarded("already_sent", case.ticket_ref, restored)
    helpdesk = helpdesk_for(case.helpdesk)
    followed_up = None
    if (
        case.ticket_ref is not None
        and isinstance(helpdesk, HelpdeskWithStatus)
        and helpdesk.status(case.ticket_ref) == "closed"
    ):
        # Closed for good in the helpdesk: appending would put the message where nobody looks
        # (or be refused). The case closes and the message goes to the customer's next case.
        followed_up = case.case_id
        case, sequence = _follow_up(item, case, store=store, rules=rules_for(item.message.channel), now=now)
        helpdesk = helpdesk_for(case.helpdesk)
    if case.ticket_ref is None:
        ticket = helpdesk.open_ticket(case, item.message, sequence)
        ticket = store.set_ticket_ref(case.case_id, ticket, key)
        store.mark_forwarded(key, "sent", ticket, now=now)
        return Forwarded("opened", ticket, restored, followed_up)
    remote_id = helpdesk.append(case, item.message, sequence)
    store.mark_forwarded(key, "sent", remote_id, now=now)
    return Forwarded("appended", case.ticket_ref, restored, followed_up)


def _follow_up(
    item: ForwardItem, closed: Case, *, store: ForwardStore, rules: ChannelRules, now: datetime
) -> tuple[Case, int]:
    """Close `closed` and move the message into the customer's next case; (that case, sequence)."""
    store.close_for_follow_up(closed.case_id, now)
    for _ in range(MAX_FOLLOW_UP_ATTEMPTS):
        current = store.current_case(closed.customer_key)
        decision = follow_up(current, closed, item.message, rules=rules, now=now)
        try:
            entry = store.rehome(item.message.message_key, closed.case_id, decision, now)
        except StoreConflict:
            continue  # the customer's case changed under us: read again and decide again
        case = store.get_case(entry.case_id)
        if case is not None:
            return case, entry.sequence
    raise StoreConflict(f"could not move {item.message.message_key} out of {closed.case_id}")


def forward_note(
    item: NoteItem, *, store: NoteStore, helpdesk_for: Callable[[str], Helpdesk], now: datetime
) -> NoteOutcome:
    """Add an internal note to the case's ticket once.

    Side effects: at most one helpdesk note (the adapter reads back its marker first), then the
    `NOTE#` ledger item, written conditionally. A case without a ticket gets no note: there is
    nothing to annotate, and the note's place in the case's message group means every message
    queued before it was forwarded (or dead-lettered) first. Helpdesk errors propagate.
    """
    if store.note_delivered(item.case_id, item.note_id):
        return "already_noted"
    case = store.get_case(item.case_id)
    if case is None:
        raise NotRecorded(f"case {item.case_id} does not exist")
    if case.ticket_ref is None:
        return "no_ticket"
    helpdesk = helpdesk_for(case.helpdesk)
    if not isinstance(helpdesk, HelpdeskWithNotes):
        return "not_supported"
    remote_id = helpdesk.note(case, item.note_id, item.text)
    store.record_note(item.case_id, item.note_id, remote_id, now)
    return "noted"
