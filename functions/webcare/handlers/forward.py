"""ForwardFunction: forward FIFO queue (one group per case) -> the case's helpdesk.

A retryable helpdesk error delays the case's group by what the helpdesk asked for
(Retry-After, via the message's visibility timeout) or by exponential backoff; a permanent
one sends the message to the forward dead-letter queue at once, with the reason attached.
"""

from __future__ import annotations

import os
import time
from functools import cache
from typing import Any

import boto3
from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import SqsFifoPartialProcessor, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from webcare.cases.service import NoteItem, read_forward_item
from webcare.cases.store import DynamoCaseStore
from webcare.config import Config, load_config
from webcare.errors import ConfigError
from webcare.forwarding import NotRecorded, forward, forward_note, retry_delay
from webcare.handlers import SERVICE
from webcare.helpdesks import Helpdesk, HelpdeskPermanent, HelpdeskRetryable, build_helpdesk
from webcare.model import utc_now
from webcare.secrets import SecretsManagerSecrets

logger = Logger(service=SERVICE)
metrics = Metrics()
processor = SqsFifoPartialProcessor(skip_group_on_error=True)
# Report every failure as a batch item failure, also when all records failed, rather than raising.
processor.raise_on_entire_batch_failure = False
_delays: dict[str, int] = {}  # message group -> seconds, for this invocation's retryable failures
# An adapter holds its secret (signing key, token); rebuilt after this many seconds so that a
# rotated secret is in use within two secrets-cache periods (docs/operations.md, rotation).
HELPDESK_MAX_AGE_SECONDS = 300
_helpdesks: dict[str, tuple[float, Helpdesk]] = {}  # helpdesk name -> (built at, adapter)


@cache
def dependencies() -> tuple[Config, DynamoCaseStore, SecretsManagerSecrets]:
    return (
        load_config(),
        DynamoCaseStore(os.environ["CASE_TABLE"]),
        SecretsManagerSecrets(os.environ["HELPDESK_SECRETS_ID"]),
    )


@cache
def sqs() -> Any:
    return boto3.client("sqs")


def helpdesk_for(name: str) -> Helpdesk:
    built = _helpdesks.get(name)
    if built is None or time.monotonic() - built[0] >= HELPDESK_MAX_AGE_SECONDS:
        config, _, secrets = dependencies()
        built = (time.monotonic(), build_helpdesk(config.helpdesks[name], secrets))
        _helpdesks[name] = built
    return built[1]


def forget_helpdesks() -> None:
    _helpdesks.clear()


def dead_letter(record: SQSRecord, reason: str) -> None:
    sqs().send_message(
        QueueUrl=os.environ["FORWARD_DLQ_URL"],
        MessageBody=record.body,
        MessageGroupId=record.attributes.message_group_id or "dead-letter",
        MessageDeduplicationId=record.message_id,
        MessageAttributes={"failure_reason": {"DataType": "String", "StringValue": reason[:1000]}},
    )


def record_handler(record: SQSRecord) -> None:
    config, store, _ = dependencies()
    try:
        read = read_forward_item(record.body)
    except (ValueError, KeyError, TypeError) as exc:
        dead_letter(record, f"unreadable forward item: {type(exc).__name__}")
        metrics.add_metric(name="MessagesDeadLettered", unit=MetricUnit.Count, value=1)
        return
    if isinstance(read, NoteItem):
        _note(record, read)
        return
    item = read
    key = item.message.message_key
    try:
        result = forward(
            item, store=store, helpdesk_for=helpdesk_for, now=utc_now(), rules_for=config.channel
        )
    except HelpdeskRetryable as exc:
        delay = retry_delay(exc.retry_after, int(record.attributes.approximate_receive_count or 1))
        _delays[record.attributes.message_group_id or ""] = delay
        logger.warning(
            "helpdesk asked to retry", extra={"message_key": key, "delay": delay, "reason": exc.reason}
        )
        metrics.add_metric(name="ForwardRetries", unit=MetricUnit.Count, value=1)
        raise
    except (HelpdeskPermanent, NotRecorded, ConfigError) as exc:
        # A helpdesk that refused the message, or one we cannot even build (a bad URL, a missing
        # or invalid secret: the reason names the field or secret, never a value): the message
        # waits in the dead-letter queue with the reason until the cause is fixed and it is replayed.
        reason = exc.reason if isinstance(exc, HelpdeskPermanent) else str(exc)
        if isinstance(exc, ConfigError):
            reason = f"helpdesk configuration: {reason}"
            metrics.add_metric(name="HelpdeskMisconfigured", unit=MetricUnit.Count, value=1)
        dead_letter(record, reason)
        if not isinstance(exc, NotRecorded):
            store.mark_forwarded(key, "dead", None, now=utc_now(), reason=reason)
        logger.error("message dead-lettered", extra={"message_key": key, "reason": reason})
        metrics.add_metric(name="MessagesDeadLettered", unit=MetricUnit.Count, value=1)
        return
    metrics.add_metric(name="MessagesForwarded", unit=MetricUnit.Count, value=1)
    if result.followed_up:
        logger.info(
            "ticket closed in the helpdesk; message opened a follow-up",
            extra={"message_key": key, "closed_case": result.followed_up},
        )
        metrics.add_metric(name="MessagesFollowedUp", unit=MetricUnit.Count, value=1)
    if result.restored:
        # A replay later than the ledger's retention: delivered, but worth knowing about.
        logger.warning("ledger entry restored from a late replay", extra={"message_key": key})
        metrics.add_metric(name="LedgerEntriesRestored", unit=MetricUnit.Count, value=1)
    logger.info(
        "message forwarded", extra={"message_key": key, "case_id": item.case_id, "outcome": result.outcome}
    )


def _note(record: SQSRecord, item: NoteItem) -> None:
    """An internal note: delivered once, retried and dead-lettered like a message."""
    _, store, _ = dependencies()
    where = {"case_id": item.case_id, "note_id": item.note_id}
    try:
        outcome = forward_note(item, store=store, helpdesk_for=helpdesk_for, now=utc_now())
    except HelpdeskRetryable as exc:
        delay = retry_delay(exc.retry_after, int(record.attributes.approximate_receive_count or 1))
        _delays[record.attributes.message_group_id or ""] = delay
        extra = {**where, "delay": delay, "reason": exc.reason}
        logger.warning("helpdesk asked to retry a note", extra=extra)
        metrics.add_metric(name="ForwardRetries", unit=MetricUnit.Count, value=1)
        raise
    except (HelpdeskPermanent, NotRecorded, ConfigError) as exc:
        reason = exc.reason if isinstance(exc, HelpdeskPermanent) else str(exc)
        dead_letter(record, reason)
        logger.error("note dead-lettered", extra={**where, "reason": reason})
        metrics.add_metric(name="NotesDeadLettered", unit=MetricUnit.Count, value=1)
        return
    if outcome == "noted":
        metrics.add_metric(name="NotesForwarded", unit=MetricUnit.Count, value=1)
    elif outcome in ("no_ticket", "not_supported"):
        # Nothing to annotate (no ticket yet) or no way to: the note is dropped, counted.
        metrics.add_metric(name="NotesSkipped", unit=MetricUnit.Count, value=1)
    logger.info("note forwarded", extra={**where, "outcome": outcome})


def _delay_failed(event: dict[str, Any], response: dict[str, Any]) -> None:
    """Hold back every failed record of a delayed group (the failed one and those skipped after it)."""
    failed = {f["itemIdentifier"] for f in response.get("batchItemFailures", [])}
    for raw in event.get("Records", []):
        group = (raw.get("attributes") or {}).get("MessageGroupId", "")
        if raw.get("messageId") in failed and group in _delays:
            queue_url = os.environ["FORWARD_QUEUE_URL"]
            sqs().change_message_visibility(
                QueueUrl=queue_url, ReceiptHandle=raw["receiptHandle"], VisibilityTimeout=_delays[group]
            )


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    _delays.clear()
    response = dict(
        process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )
    )
    _delay_failed(event, response)
    return response
