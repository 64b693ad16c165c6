"""IngestFunction: `GET|POST /webhooks/{source}` (API Gateway HTTP API, payload 2.0).

Composition root: secrets, queue, config and scrubber are built once per execution
environment, on the first request, so a broken configuration is answered (and logged)
with a specific reason instead of failing the whole runtime at import.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from webcare.config import Config, load_config
from webcare.handlers import SERVICE
from webcare.handlers.http_errors import answer
from webcare.handlers.ignored import count_ignored
from webcare.http import Request, Response
from webcare.ingest import receive
from webcare.model import utc_now
from webcare.queues import QueueUnavailable, SqsFifoQueue
from webcare.scrub import Scrubber, ScrubPolicy
from webcare.secrets import SecretsManagerSecrets
from webcare.sources import get_source

logger = Logger(service=SERVICE)
metrics = Metrics()


@cache
def dependencies() -> tuple[Config, SecretsManagerSecrets, SqsFifoQueue, Scrubber]:
    config = load_config()
    return (
        config,
        SecretsManagerSecrets(os.environ["PLATFORM_SECRETS_ID"]),
        SqsFifoQueue(os.environ["INBOUND_QUEUE_URL"]),
        Scrubber(ScrubPolicy.from_config(config.scrub)),
    )


def handle(event: dict[str, Any]) -> Response:
    source_name = str((event.get("pathParameters") or {}).get("source", ""))

    def ingest() -> Response:
        config, secrets, queue, scrubber = dependencies()
        try:
            outcome = receive(
                Request.from_api_gateway(event),
                source_name,
                find_source=get_source,
                secrets=secrets,
                scrubber=scrubber,
                queue=queue,
                config=config,
                now=utc_now(),
            )
        except QueueUnavailable as exc:
            logger.error("could not queue messages", extra={"source": source_name, "reason": str(exc)})
            metrics.add_metric(name="QueueFailures", unit=MetricUnit.Count, value=1)
            return Response.error(503, "temporarily unable to accept messages; please retry")
        if outcome.accepted:
            metrics.add_metric(name="MessagesAccepted", unit=MetricUnit.Count, value=outcome.accepted)
        if outcome.ignored:
            logger.info("events ignored", extra={"source": source_name, "ignored": outcome.ignored})
            count_ignored(source_name, outcome.ignored)
        return outcome.response

    return answer(ingest, logger=logger, metrics=metrics, context={"source": source_name})


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return handle(event).to_api_gateway()
