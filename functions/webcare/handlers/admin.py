"""AdminFunction: `POST /admin/{operation}` (link, unlink, show, erase; signed requests).

A link that merges two open cases queues an internal note for each ticket on the forward queue.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from webcare.cases.admin_api import receive_admin
from webcare.cases.service import send_notes
from webcare.cases.store import DynamoCaseStore
from webcare.config import Config, load_config
from webcare.handlers import SERVICE
from webcare.handlers.http_errors import answer
from webcare.http import Request, Response
from webcare.model import utc_now
from webcare.queues import SqsFifoQueue
from webcare.secrets import SecretsManagerSecrets

logger = Logger(service=SERVICE)
metrics = Metrics()


@cache
def dependencies() -> tuple[Config, SecretsManagerSecrets, DynamoCaseStore, SqsFifoQueue]:
    return (
        load_config(),
        SecretsManagerSecrets(os.environ["ADMIN_SECRETS_ID"]),
        DynamoCaseStore(os.environ["CASE_TABLE"]),
        SqsFifoQueue(os.environ["FORWARD_QUEUE_URL"]),
    )


def handle(event: dict[str, Any]) -> Response:
    operation = str((event.get("pathParameters") or {}).get("operation", ""))

    def run() -> Response:
        config, secrets, store, forward_queue = dependencies()
        response = receive_admin(
            Request.from_api_gateway(event),
            operation,
            secrets=secrets,
            store=store,
            now=utc_now(),
            rules=config.identities,
            notify=send_notes(forward_queue),
        )
        # Who and why are in the table's link log and erasure receipts; the log says what ran.
        logger.info("admin operation", extra={"operation": operation, "status": response.status})
        metrics.add_metric(name=f"Admin{operation.capitalize()}", unit=MetricUnit.Count, value=1)
        return response

    return answer(run, logger=logger, metrics=metrics, context={"operation": operation})


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return handle(event).to_api_gateway()
