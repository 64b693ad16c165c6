"""The client-side rate limit every adapter can switch on (`requests_per_minute`)."""

from __future__ import annotations

import pytest

from webcare.helpdesks.base import HelpdeskRetryable
from webcare.helpdesks.http import Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_a_burst_passes_then_requests_are_spaced_to_the_rate() -> None:
    clock = Clock()
    throttle = Throttle(60, burst=2, clock=clock, sleep=clock.sleep)
    for _ in range(4):
        throttle.acquire()
    assert clock.slept == [1.0, 1.0]  # 60 a minute: one a second after the burst of two


def test_a_wait_longer_than_max_wait_is_a_retryable_error_with_that_delay() -> None:
    clock = Clock()
    throttle = Throttle(6, burst=1, max_wait=5, clock=clock, sleep=clock.sleep)
    throttle.acquire()
    with pytest.raises(HelpdeskRetryable) as caught:
        throttle.acquire()
    assert caught.value.retry_after == pytest.approx(10.0)
    assert not caught.value.maybe_delivered
    clock.now += 10
    throttle.acquire()  # the refused request took no token
    assert clock.slept == []
