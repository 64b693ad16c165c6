"""ProcessFunction: inbound FIFO queue -> message ledger and case table -> forward FIFO queue.

Inbound bodies are messages, or deletions (`"kind": "deletion"`) recorded on the original.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import SqsFifoPartialProcessor, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from webcare.cases.deletions import record_deletion
from webcare.cases.service import accept
from webcare.cases.store import DynamoCaseStore
from webcare.config import Config, load_config
from webcare.handlers import SERVICE
from webcare.model import Deletion, Message, utc_now
from webcare.queues import SqsFifoQueue

logger = Logger(service=SERVICE)
metrics = Metrics()
# A failure blocks only its own customer's group; other customers in the batch go on.
processor = SqsFifoPartialProcessor(skip_group_on_error=True)
# Report every failure as a batch item failure, also when all records failed, rather than raising.
processor.raise_on_entire_batch_failure = False


@cache
def dependencies() -> tuple[Config, DynamoCaseStore, SqsFifoQueue]:
    return (
        load_config(),
        DynamoCaseStore(os.environ["CASE_TABLE"]),
        SqsFifoQueue(os.environ["FORWARD_QUEUE_URL"]),
    )


def record_handler(record: SQSRecord) -> None:
    config, store, forward_queue = dependencies()
    body = json.loads(record.body)
    if body.get("kind") == "deletion":
        _deletion(Deletion.from_dict(body))
        return
    message = Message.from_dict(body)
    result = accept(message, store=store, forward_queue=forward_queue, config=config, now=utc_now())
    metrics.add_metric(
        name="MessagesDuplicate" if result.outcome == "duplicate" else "MessagesRecorded",
        unit=MetricUnit.Count,
        value=1,
    )
    logger.info(
        "message processed",
        extra={"message_key": message.message_key, "case_id": result.case_id, "outcome": result.outcome},
    )


def _deletion(deletion: Deletion) -> None:
    _, store, forward_queue = dependencies()
    outcome = record_deletion(deletion, store=store, forward_queue=forward_queue, now=utc_now())
    metric = {
        "recorded": "DeletionsRecorded",
        "already_recorded": "DeletionsDuplicate",
        "unknown": "DeletionsOfUnknownMessages",
    }[outcome]
    metrics.add_metric(name=metric, unit=MetricUnit.Count, value=1)
    logger.info("deletion processed", extra={"message_key": deletion.message_key, "outcome": outcome})


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    response = process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
    return dict(response)
