"""`EventsIgnored`: what a source acknowledged without turning it into a message, by reason."""

from __future__ import annotations

from aws_lambda_powertools.metrics import MetricUnit, single_metric


def count_ignored(source: str, ignored: dict[str, int]) -> None:
    """`EventsIgnored` per source and reason; open-ended reasons are folded to keep dimensions few."""
    folded: dict[str, int] = {}
    for reason, count in ignored.items():
        key = reason.split(":", 1)[0]
        folded[key] = folded.get(key, 0) + count
    for reason, count in folded.items():
        with single_metric(name="EventsIgnored", unit=MetricUnit.Count, value=count) as metric:
            metric.add_dimension(name="source", value=source)
            metric.add_dimension(name="reason", value=reason)
