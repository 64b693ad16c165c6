"""CallbackFunction: `POST /callbacks/{helpdesk}` (status changes from the helpdesk)."""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from webcare.callbacks import receive_callback
from webcare.cases.store import DynamoCaseStore
from webcare.config import Config, load_config
from webcare.handlers import SERVICE
from webcare.handlers.http_errors import answer
from webcare.http import Request, Response
from webcare.model import utc_now
from webcare.secrets import SecretsManagerSecrets

logger = Logger(service=SERVICE)
metrics = Metrics()


@cache
def dependencies() -> tuple[Config, SecretsManagerSecrets, DynamoCaseStore]:
    return (
        load_config(),
        SecretsManagerSecrets(os.environ["HELPDESK_SECRETS_ID"]),
        DynamoCaseStore(os.environ["CASE_TABLE"]),
    )


def handle(event: dict[str, Any]) -> Response:
    helpdesk = str((event.get("pathParameters") or {}).get("helpdesk", ""))

    def close() -> Response:
        config, secrets, store = dependencies()
        response = receive_callback(
            Request.from_api_gateway(event),
            helpdesk,
            config=config,
            secrets=secrets,
            store=store,
            now=utc_now(),
        )
        applied = json.loads(response.body)
        if applied.get("status") == "closed":
            metrics.add_metric(name="CasesClosed", unit=MetricUnit.Count, value=1)
        if "seconds_to_first_response" in applied and "ignored" not in applied:
            # The response-time promise, measured across channels: seconds, and within target or not.
            metrics.add_metric(
                name="TimeToFirstResponse",
                unit=MetricUnit.Seconds,
                value=applied["seconds_to_first_response"],
            )
            metrics.add_metric(
                name="FirstResponsesWithinTarget", unit=MetricUnit.Count, value=int(applied["within_target"])
            )
        logger.info("helpdesk callback applied", extra={"helpdesk": helpdesk, "body": response.body})
        return response

    return answer(close, logger=logger, metrics=metrics, context={"helpdesk": helpdesk})


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return handle(event).to_api_gateway()
