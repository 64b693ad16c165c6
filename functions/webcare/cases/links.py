"""Linking identities to one customer, and what it does to their open cases.

A link says "this identity is that customer" (who said so, when and why is recorded). Links are
one level deep: every identity is either a customer key itself or linked directly to one. When
the two sides of a new link both have an open case, the cases are merged: the one opened first
survives, the other is marked `merged` into it (its ticket stays in the helpdesk as it is), and
the customer's current-case pointer names the survivor; `notify` (when given) then gets one internal
note for each of the two tickets, to queue for the forwarder. Unlinking makes the identity its own
customer again: its next message opens a new case (its old case was merged or belongs to the
other customer). Every step is a conditional write; a race with the process stage is retried.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from webcare.cases.rules import Case
from webcare.cases.service import NoteItem
from webcare.cases.store import Link, LinkRefused, StoreConflict

MAX_ATTEMPTS = 5


class LinkStore(Protocol):
    def resolve_customer(self, identity_key: str) -> str: ...
    def get_link(self, identity_key: str) -> Link | None: ...
    def members(self, customer_key: str) -> list[str]: ...
    def link(self, identity_key: str, customer_key: str, *, by: str, reason: str, now: datetime) -> None: ...
    def unlink(self, identity_key: str, *, by: str, reason: str, now: datetime) -> str: ...
    def current_case(self, customer_key: str) -> Case | None: ...
    def merge_cases(
        self, loser: Case, survivor: Case, *, pointer_owner: str, pointer_case: str | None
    ) -> None: ...
    def point_current(self, customer_key: str, case_id: str, previous: str | None) -> None: ...


@dataclass(frozen=True)
class Linked:
    identity_key: str
    customer_key: str
    moved: tuple[str, ...]  # identities that were linked to `identity_key` and now follow it
    merged: tuple[str, str] | None  # (merged case, surviving case)
    current_case: str | None
    notes: tuple[str, ...] = ()  # the note ids handed to `notify` (empty: the helpdesk was not told)


Notify = Callable[[Sequence[NoteItem]], None]


def merge_notes(loser: Case, survivor: Case, *, identity_key: str, by: str, reason: str) -> list[NoteItem]:
    """The two internal notes of a merge: on the merged case's ticket and on the survivor's."""
    loser_ticket = loser.ticket_ref or "(none yet)"
    survivor_ticket = survivor.ticket_ref or "(none yet)"
    linked = f"linked by {by}: {reason}"
    return [
        NoteItem(
            loser.case_id,
            f"merged-into:{loser.case_id}",
            f"webcare: this case ({loser.case_id}) was merged into case {survivor.case_id} / ticket "
            f"{survivor_ticket}; later messages go there. {identity_key} was {linked}",
        ),
        NoteItem(
            survivor.case_id,
            f"merged-from:{loser.case_id}",
            f"webcare: case {loser.case_id} / ticket {loser_ticket} of {loser.customer_key} was merged "
            f"into this case; its later messages arrive here. {identity_key} was {linked}",
        ),
    ]


def link(
    identity_key: str,
    to: str,
    *,
    store: LinkStore,
    by: str,
    reason: str,
    now: datetime,
    notify: Notify | None = None,
) -> Linked:
    """Link `identity_key` (and any identities linked to it) to the customer `to` belongs to.

    When open cases were merged, `notify` gets the two internal notes for the helpdesk (after
    the merge is written: a failure to send them leaves the merge in place and is raised).
    """
    if not by.strip() or not reason.strip():
        raise LinkRefused("say who links and why (--by, --reason): links are audited")
    if identity_key == to:
        raise LinkRefused("an identity cannot be linked to itself")
    target = store.resolve_customer(to)
    if target == identity_key:
        raise LinkRefused(f"{to} is already linked to {identity_key}; a link the other way would be a loop")
    existing = store.get_link(identity_key)
    if existing is not None:
        if existing.customer_key == target:
            raise LinkRefused(f"{identity_key} is already linked to {target}")
        raise LinkRefused(f"{identity_key} is linked to {existing.customer_key}; unlink it first")
    moved = tuple(store.members(identity_key))
    for member in moved:
        store.unlink(member, by=by, reason=f"moved with {identity_key}: {reason}", now=now)
        store.link(member, target, by=by, reason=f"moved with {identity_key}: {reason}", now=now)
    store.link(identity_key, target, by=by, reason=reason, now=now)
    merged, current = _join_cases(identity_key, target, store=store)
    if merged is None:
        return Linked(identity_key, target, moved, None, current)
    loser, survivor = merged
    notes: tuple[str, ...] = ()
    if notify is not None:
        items = merge_notes(loser, survivor, identity_key=identity_key, by=by, reason=reason)
        notify(items)
        notes = tuple(item.note_id for item in items)
    return Linked(identity_key, target, moved, (loser.case_id, survivor.case_id), current, notes)


def unlink(identity_key: str, *, store: LinkStore, by: str, reason: str, now: datetime) -> str:
    """Make `identity_key` its own customer again; returns the customer it was linked to."""
    if not by.strip() or not reason.strip():
        raise LinkRefused("say who unlinks and why (--by, --reason): links are audited")
    return store.unlink(identity_key, by=by, reason=reason, now=now)


def _join_cases(old: str, target: str, *, store: LinkStore) -> tuple[tuple[Case, Case] | None, str | None]:
    """After `old` was linked to `target`: one open case for the customer, the older one."""
    for _ in range(MAX_ATTEMPTS):
        mine = store.current_case(old)
        theirs = store.current_case(target)
        mine_open = mine is not None and mine.status == "open"
        theirs_open = theirs is not None and theirs.status == "open"
        try:
            if mine_open and theirs_open and mine is not None and theirs is not None:
                if mine.case_id == theirs.case_id:
                    return None, mine.case_id
                survivor, loser = sorted((mine, theirs), key=lambda c: (c.opened_at, c.case_id))
                store.merge_cases(loser, survivor, pointer_owner=target, pointer_case=theirs.case_id)
                return (loser, survivor), survivor.case_id
            if mine_open and mine is not None:
                store.point_current(target, mine.case_id, theirs.case_id if theirs else None)
                return None, mine.case_id
            return None, theirs.case_id if theirs else None
        except StoreConflict:
            continue  # a message joined one of the cases meanwhile: read again
    raise StoreConflict(f"could not merge the cases of {old} and {target}")
