"""Case rules: pure functions of a case, a message, the channel's rules and a clock.

One customer, one open case: a message joins the customer's open case; a closed case reopens
when the message arrives within the channel's reopen window after closing; otherwise a new
case starts. The case id is derived from the message that opened it, so a retry after a crash
decides the same id again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final, Literal

from webcare.cases.deadlines import respond_by
from webcare.config import ChannelRules, Routing
from webcare.model import Identity, Message, short_hash

# `merged`: the customer's identities were linked and this case was merged into another one
# (`merged_into`); it never reopens, later messages join the surviving case.
NO_ROUTING: Final = Routing()
CaseStatus = Literal["open", "closed", "merged"]


@dataclass(frozen=True)
class Case:
    case_id: str
    customer_key: str
    customer: Identity
    status: CaseStatus
    helpdesk: str
    opened_at: datetime
    last_message_at: datetime
    message_count: int
    channels: tuple[str, ...]
    respond_by: datetime | None = None
    closed_at: datetime | None = None
    ticket_ref: str | None = None
    ticket_opened_with: str | None = None  # message key the ticket was created with
    credential_shared: bool = False
    public_exposure: bool = False
    merged_into: str | None = None
    first_response_at: datetime | None = None  # when an agent first answered (helpdesk callback)
    routing: Routing = NO_ROUTING


@dataclass(frozen=True)
class Decision:
    """What to do with a message: `open` a new case, `join` the open one, `reopen` a closed one."""

    action: Literal["open", "join", "reopen"]
    case: Case  # the case as it will be after the message is recorded
    previous: Case | None  # the case as read, for the conditional write


def case_id_for(message: Message) -> str:
    return "c_" + short_hash(message.message_key, 24)


def _flags(message: Message) -> tuple[bool, bool]:
    scrub = message.scrub
    return (bool(scrub and scrub.credential_shared), bool(scrub and scrub.public_exposure))


def new_case(
    message: Message,
    customer_key: str,
    helpdesk: str,
    rules: ChannelRules,
    now: datetime,
    routing: Routing = NO_ROUTING,
) -> Case:
    credential, exposure = _flags(message)
    return Case(
        case_id=case_id_for(message),
        customer_key=customer_key,
        customer=message.customer,
        status="open",
        helpdesk=helpdesk,
        opened_at=now,
        last_message_at=message.occurred_at,
        message_count=1,
        channels=(message.channel,),
        respond_by=respond_by(message.received_at, rules.respond_within, rules.business_hours),
        credential_shared=credential,
        public_exposure=exposure,
        routing=routing,
    )


def with_message(case: Case, message: Message, rules: ChannelRules) -> Case:
    """`case` after `message` joined it: counted, flags kept sticky, deadline set if none is running."""
    credential, exposure = _flags(message)
    channels = case.channels if message.channel in case.channels else (*case.channels, message.channel)
    return replace(
        case,
        status="open",
        closed_at=None,
        message_count=case.message_count + 1,
        last_message_at=max(case.last_message_at, message.occurred_at),
        channels=channels,
        respond_by=case.respond_by
        or respond_by(message.received_at, rules.respond_within, rules.business_hours),
        credential_shared=case.credential_shared or credential,
        public_exposure=case.public_exposure or exposure,
    )


def decide(
    current: Case | None,
    message: Message,
    *,
    customer_key: str,
    helpdesk: str,
    rules: ChannelRules,
    now: datetime,
    routing: Routing = NO_ROUTING,
) -> Decision:
    if current is not None:
        if current.status == "open":
            return Decision("join", with_message(current, message, rules), current)
        if (
            current.status == "closed"
            and current.closed_at is not None
            and now - current.closed_at <= rules.reopen_window
        ):
            return Decision("reopen", with_message(current, message, rules), current)
    return Decision("open", new_case(message, customer_key, helpdesk, rules, now, routing), current)


def follow_up(
    current: Case | None,
    closed: Case,
    message: Message,
    *,
    rules: ChannelRules,
    now: datetime,
) -> Decision:
    """Where a message goes when its case's ticket was closed for good in the helpdesk.

    The customer's open case, if it is another one (a follow-up opened by an earlier message);
    otherwise a new case. Never a reopen: the closed ticket cannot take the message.
    """
    if current is not None and current.status == "open" and current.case_id != closed.case_id:
        return Decision("join", with_message(current, message, rules), current)
    return Decision("open", new_case(message, closed.customer_key, closed.helpdesk, rules, now), current)
