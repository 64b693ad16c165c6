"""How the HTTP handlers answer failures: one place, so every route says the same thing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from webcare.errors import ConfigError
from webcare.http import ClientError, Response

MISCONFIGURED = "webcare-bridge is misconfigured; the operator's logs say what to fix"


def answer(
    call: Callable[[], Response], *, logger: Logger, metrics: Metrics, context: dict[str, Any]
) -> Response:
    """Run `call`; a client's mistake becomes its 4xx, a broken deployment a logged 500."""
    try:
        return call()
    except ClientError as exc:
        logger.info("request rejected", extra={**context, "status": exc.status, "reason": exc.reason})
        metrics.add_metric(name="RequestsRejected", unit=MetricUnit.Count, value=1)
        return Response.error(exc.status, exc.reason)
    except ConfigError as exc:
        logger.error("configuration error", extra={**context, "reason": str(exc)})
        return Response.error(500, MISCONFIGURED)
