"""Respond-by in business hours, and routing a case to a group/priority by its receiving account."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from webcare.cases.deadlines import BusinessHours, respond_by
from webcare.cases.rules import decide
from webcare.config import parse_config
from webcare.errors import ConfigError
from webcare.model import Account, Identity, Message

WEEKDAYS = {
    "timezone": "Europe/Amsterdam",
    "days": ["mon", "tue", "wed", "thu", "fri"],
    "start": "09:00",
    "end": "17:00",
}
HOURS = BusinessHours.from_config(WEEKDAYS)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("received", "minutes", "expected"),
    [
        (utc(2026, 11, 25, 10, 0), 60, utc(2026, 11, 25, 11, 0)),  # Wednesday 11:00 CET: inside hours
        (utc(2026, 11, 27, 15, 30), 60, utc(2026, 11, 30, 8, 30)),  # Friday 16:30 CET -> Monday 09:30
        (utc(2026, 11, 28, 12, 0), 60, utc(2026, 11, 30, 9, 0)),  # Saturday -> Monday 10:00 CET
        (utc(2026, 11, 25, 5, 0), 30, utc(2026, 11, 25, 8, 30)),  # before opening: from 09:00
        (utc(2026, 11, 25, 10, 0), 480 * 2, utc(2026, 11, 27, 10, 0)),  # two working days
        (utc(2026, 3, 27, 15, 0), 120, utc(2026, 3, 30, 8, 0)),  # over the DST change (CEST on Monday)
    ],
)
def test_respond_by_counts_only_business_minutes(
    received: datetime, minutes: int, expected: datetime
) -> None:
    assert respond_by(received, timedelta(minutes=minutes), HOURS) == expected


def test_without_business_hours_the_deadline_runs_around_the_clock() -> None:
    assert respond_by(utc(2026, 11, 28, 12, 0), timedelta(minutes=60)) == utc(2026, 11, 28, 13, 0)


def test_hours_until_midnight_are_written_24_00() -> None:
    late = BusinessHours.from_config({**WEEKDAYS, "start": "20:00", "end": "24:00"})
    assert respond_by(utc(2026, 11, 25, 22, 30), timedelta(minutes=60), late) == utc(2026, 11, 26, 19, 30)


def config(**extra: Any) -> dict[str, Any]:
    return {
        "version": 1,
        "helpdesks": {
            "main": {"type": "webhook", "url": "https://helpdesk.example.org/hook", "signing_secret": "s"},
            "outage": {"type": "webhook", "url": "https://outage.example.org/hook", "signing_secret": "s"},
        },
        "default_helpdesk": "main",
        **extra,
    }


@pytest.mark.parametrize(
    ("hours", "field"),
    [
        ({**WEEKDAYS, "timezone": "Europe/Atlantis"}, "business_hours.timezone"),
        ({**WEEKDAYS, "start": "17:00", "end": "09:00"}, "business_hours.end"),
        ({**WEEKDAYS, "days": []}, "days"),
    ],
)
def test_bad_business_hours_are_refused_at_load_naming_the_field(hours: dict[str, Any], field: str) -> None:
    with pytest.raises(ConfigError, match=field):
        parse_config(config(channels={"email": {"business_hours": hours}}))


def message(account: Account) -> Message:
    now = utc(2026, 11, 27, 15, 30)
    return Message(
        source="x",
        provider_message_id="1",
        channel="email",
        account=account,
        customer=Identity("x", "42"),
        visibility="private",
        occurred_at=now,
        received_at=now,
        text="storing?",
    )


def test_a_case_opened_on_an_outage_account_gets_its_group_priority_and_tags_and_business_deadline() -> None:
    loaded = parse_config(
        config(
            routing=[
                {
                    "platform": "x",
                    "account_id": "99",
                    "helpdesk": "outage",
                    "group": "storingen",
                    "priority": "high",
                    "tags": ["outage"],
                }
            ],
            channels={"email": {"respond_within_minutes": 60, "business_hours": WEEKDAYS}},
        )
    )
    msg = message(Account("x", "99"))
    decision = decide(
        None,
        msg,
        customer_key="x:42",
        helpdesk=loaded.helpdesk_for(msg.account),
        rules=loaded.channel("email"),
        now=msg.received_at,
        routing=loaded.routing_for(msg.account),
    )
    case = decision.case
    assert (case.helpdesk, case.routing.group, case.routing.priority, case.routing.tags) == (
        "outage",
        "storingen",
        "high",
        ("outage",),
    )
    assert case.respond_by == utc(2026, 11, 30, 8, 30)
    other = message(Account("x", "1"))
    assert loaded.routing_for(other.account).group is None and loaded.helpdesk_for(other.account) == "main"


def test_identity_settings_are_read_with_defaults() -> None:
    assert parse_config(config()).identities.default_region == "NL"
    loaded = parse_config(config(identities={"default_region": "BE", "link_same_phone": False}))
    assert (loaded.identities.default_region, loaded.identities.link_same_phone) == ("BE", False)
