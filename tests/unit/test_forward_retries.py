"""How long the forward stage keeps retrying a helpdesk that is down, before dead-lettering."""

from __future__ import annotations

from pathlib import Path

import pytest

from webcare.forwarding import BACKOFF_MAX_SECONDS, MAX_VISIBILITY_SECONDS, max_receives, retry_delay
from webcare.local.resources import load_template

TEMPLATE = load_template(Path(__file__).resolve().parents[2] / "template.yaml")
HOUR = 3600


def time_before_dead_letter(receives: int, retry_after: float | None) -> int:
    """Seconds from the first failed receive to the one that moves the message to the DLQ:
    every receive up to maxReceiveCount fails and waits its delay."""
    return sum(retry_delay(retry_after, count) for count in range(1, receives + 1))


def default_max_receive_count() -> int:
    hours = TEMPLATE["Parameters"]["HelpdeskOutageHours"]["Default"]
    return int(TEMPLATE["Mappings"]["HelpdeskOutage"][str(hours)]["MaxReceiveCount"])


@pytest.mark.parametrize("retry_after", [None, 1, 30])
def test_with_the_default_parameter_a_helpdesk_may_be_down_a_whole_day(retry_after: float | None) -> None:
    # Given the template's default outage window and the receive budget it gives the forward queue
    receives = default_max_receive_count()

    # Then a helpdesk down that long (answering 503, with or without a short Retry-After) is
    # retried for at least 24 hours before the message is dead-lettered
    assert time_before_dead_letter(receives, retry_after) >= 24 * HOUR


@pytest.mark.parametrize("hours", [6, 24, 48, 72, 168])
def test_max_receives_covers_the_window_and_not_much_more(hours: int) -> None:
    receives = max_receives(hours)

    assert time_before_dead_letter(receives, 1) >= hours * HOUR
    assert time_before_dead_letter(receives - 1, 1) < hours * HOUR + BACKOFF_MAX_SECONDS * 6


def test_retry_after_is_honoured_on_the_first_attempts() -> None:
    assert retry_delay(1, 1) == 1
    assert retry_delay(120, 2) == 120
    assert retry_delay(None, 1) == 30


def test_a_long_retry_after_is_capped_at_the_sqs_visibility_limit() -> None:
    assert retry_delay(10**9, 3) == MAX_VISIBILITY_SECONDS
