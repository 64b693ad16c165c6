"""Exactly once without an idempotency key: markers, and "ambiguous failure → read back → send".

Helpdesks without native idempotency get two things from every adapter:
- a stable marker in what we create: the case id on the ticket (a field, a tag or a label the
  helpdesk can look up directly), the message key on each note (`[webcare <key>]`, first line);
- `send_once`: send; if the failure is ambiguous (`maybe_delivered`: no answer in time, a reset
  after sending, a 5xx), read back at once and return what the helpdesk already has; otherwise
  (or when the read-back finds nothing) re-raise, so the forwarder retries later.

Adapters also read back *before* each send, because a retry arrives as a new SQS receive and the
port does not say whether the message was attempted before (docs/decisions/0021).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from webcare.helpdesks.base import HelpdeskError, HelpdeskRetryable
from webcare.model import short_hash

T = TypeVar("T")
R = TypeVar("R")
# Safe inside every helpdesk's query syntax, HTML, wiki markup and URLs without escaping.
_TOKEN = re.compile(r"^[A-Za-z0-9:._@+=-]{1,120}$")


def marker_token(key: str) -> str:
    """`key` itself when it is made of safe characters, else a stable hash of it (`h:<hex>`)."""
    return key if _TOKEN.fullmatch(key) else "h:" + short_hash(key, 24)


def message_marker(message_key: str) -> str:
    """The first line of every note we add: how a read-back recognises the message."""
    return f"[webcare {marker_token(message_key)}]"


def note_marker(note_id: str) -> str:
    """The first line of every internal note (a merge, a deletion): how a read-back recognises it."""
    return f"[webcare note {marker_token(note_id)}]"


def case_marker(case_id: str) -> str:
    return f"[webcare {marker_token(case_id)}]"


def send_once(send: Callable[[], T], read_back: Callable[[], R | None]) -> T | R:
    """`send()`; after an ambiguous failure, `read_back()` and return what it finds.

    A read-back that fails itself, or finds nothing, re-raises the original failure: the
    forwarder retries later and the next attempt reads back first.
    """
    try:
        return send()
    except HelpdeskRetryable as failure:
        if not failure.maybe_delivered:
            raise
        try:
            found = read_back()
        except HelpdeskError:
            raise failure from None
        if found is not None:
            return found
        raise


def send_unless_found(find: Callable[[], R | None], send: Callable[[], T]) -> T | R:
    """What `find()` finds (the helpdesk has it already); else `send_once(send, read_back=find)`.

    The read-back before the send is what makes a retry safe: it arrives as a new SQS receive,
    and nothing says the message was attempted before.
    """
    existing = find()
    if existing is not None:
        return existing
    return send_once(send, read_back=find)


def answer_json(response: object) -> object:
    """The JSON of an answer, or None when it is not JSON (never raises)."""
    try:
        return response.json()  # type: ignore[attr-defined]
    except ValueError:
        return None


def first_use(check: Callable[[], None]) -> Callable[[], None]:
    """Run `check` until it succeeds once (per adapter instance, i.e. per cold start)."""
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            check()
            done = True

    return run
