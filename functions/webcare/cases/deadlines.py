"""Respond-by deadlines: a response target in minutes, counted around the clock or in business hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class BusinessHours:
    timezone: str
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time | None  # None: until midnight ("24:00")

    @classmethod
    def from_config(cls, raw: dict[str, object]) -> BusinessHours:
        """From the schema-validated `business_hours` object; `ValueError` naming the bad field."""
        zone = str(raw["timezone"])
        try:
            ZoneInfo(zone)
        except (KeyError, ValueError):
            raise ValueError(f"business_hours.timezone: unknown time zone '{zone}'") from None
        start = time.fromisoformat(str(raw["start"]))
        end = None if raw["end"] == "24:00" else time.fromisoformat(str(raw["end"]))
        if end is not None and end <= start:
            raise ValueError("business_hours.end: must be later than start")
        days = raw["days"]
        assert isinstance(days, list)
        return cls(zone, frozenset(DAYS.index(str(d)) for d in days), start, end)


def respond_by(received_at: datetime, within: timedelta, hours: BusinessHours | None = None) -> datetime:
    """`received_at + within`, where only time inside `hours` counts when they are given."""
    if hours is None:
        return received_at + within
    zone = ZoneInfo(hours.timezone)
    moment = received_at.astimezone(zone)
    remaining = within
    # Bounded: a deadline is at most 100,000 minutes, i.e. fewer than 70 days of 24 hours and fewer
    # than 70 weeks of one working hour; 1,000 days covers any valid configuration.
    for _ in range(1000):
        day = moment.date()
        if day.weekday() in hours.days:
            opens = datetime.combine(day, hours.start, zone)
            closes = (
                datetime.combine(day, hours.end, zone)
                if hours.end is not None
                else datetime.combine(day + timedelta(days=1), time(0), zone)
            )
            moment = max(moment, opens)
            if moment < closes:
                available = closes - moment
                if remaining <= available:
                    return (moment + remaining).astimezone(UTC)
                remaining -= available
        moment = datetime.combine(day + timedelta(days=1), time(0), zone)
    raise ValueError("business hours leave no time to respond in")
