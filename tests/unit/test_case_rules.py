"""Case rules: one customer, one open case; reopen within the window; a new case after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from webcare.cases.rules import case_id_for, decide
from webcare.config import ChannelRules
from webcare.model import Account, Identity, Message, ScrubSummary

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
RULES = ChannelRules(reopen_window=timedelta(hours=72), respond_within=timedelta(minutes=60))


def message(key: str, channel: str = "x_dm", credential: bool = False) -> Message:
    return Message(
        source="x",
        provider_message_id=key,
        channel=channel,
        account=Account("x", "1"),
        customer=Identity("x", "42", handle="jan"),
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text="hello",
        scrub=ScrubSummary(credential_shared=credential),
    )


def test_first_message_opens_a_case_with_a_deadline() -> None:
    decision = decide(None, message("1"), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW)
    assert decision.action == "open"
    assert decision.case.case_id == case_id_for(message("1"))
    assert decision.case.respond_by == NOW + timedelta(minutes=60)
    assert decision.case.message_count == 1


def test_next_message_joins_the_open_case_and_keeps_flags_sticky() -> None:
    opened = decide(
        None, message("1", credential=True), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW
    )
    joined = decide(
        opened.case,
        message("2", channel="x_public"),
        customer_key="x:42",
        helpdesk="main",
        rules=RULES,
        now=NOW,
    )
    assert joined.action == "join"
    assert joined.case.case_id == opened.case.case_id
    assert joined.case.message_count == 2
    assert joined.case.channels == ("x_dm", "x_public")
    assert joined.case.credential_shared is True


def test_closed_case_reopens_within_the_window_and_not_after() -> None:
    opened = decide(None, message("1"), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW).case
    closed = replace(opened, status="closed", closed_at=NOW)
    inside = decide(
        closed, message("2"), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW + timedelta(hours=71)
    )
    assert inside.action == "reopen" and inside.case.status == "open" and inside.case.closed_at is None
    after = decide(
        closed, message("3"), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW + timedelta(hours=73)
    )
    assert after.action == "open" and after.case.case_id != opened.case_id and after.previous == closed


def test_case_id_is_deterministic_so_a_retry_decides_the_same_case() -> None:
    first = decide(None, message("9"), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW)
    again = decide(
        None, message("9"), customer_key="x:42", helpdesk="main", rules=RULES, now=NOW + timedelta(1)
    )
    assert first.case.case_id == again.case.case_id
