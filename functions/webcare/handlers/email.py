"""EmailFunction: SES mail via an SNS→Lambda subscription or the receipt rule's Lambda action.

Composition root: config, queue, scrubber and the S3 reader are built once per execution
environment. Records that cannot give a message are logged and counted (a retry would not help);
queue or S3 failures raise, so that Lambda (and SNS) retry the event.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from webcare.config import Config, load_config
from webcare.handlers import SERVICE
from webcare.handlers.ignored import count_ignored
from webcare.model import utc_now
from webcare.queues import SqsFifoQueue
from webcare.scrub import Scrubber, ScrubPolicy
from webcare.sources.email_events import MailBucket, S3Objects, receive_event

logger = Logger(service=SERVICE)
metrics = Metrics()


@cache
def dependencies() -> tuple[Config, SqsFifoQueue, Scrubber, S3Objects, MailBucket]:
    config = load_config()
    bucket = MailBucket(os.environ.get("INBOUND_MAIL_BUCKET", ""), os.environ.get("INBOUND_MAIL_PREFIX", ""))
    return (
        config,
        SqsFifoQueue(os.environ["INBOUND_QUEUE_URL"]),
        Scrubber(ScrubPolicy.from_config(config.scrub)),
        S3Objects(),
        bucket,
    )


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    config, queue, scrubber, objects, bucket = dependencies()
    outcome = receive_event(
        event,
        read_object=objects.read,
        mail_bucket=bucket,
        scrubber=scrubber,
        queue=queue,
        config=config,
        now=utc_now(),
    )
    if outcome.accepted:
        metrics.add_metric(name="MessagesAccepted", unit=MetricUnit.Count, value=outcome.accepted)
    if outcome.ignored:
        logger.info("events ignored", extra={"source": "ses", "ignored": outcome.ignored})
        count_ignored("ses", outcome.ignored)
    for reason in outcome.rejected:
        logger.warning("record rejected", extra={"source": "ses", "reason": reason})
        metrics.add_metric(name="RequestsRejected", unit=MetricUnit.Count, value=1)
    # The Lambda action's RequestResponse mode reads `disposition`; the rest is for the logs.
    return {"disposition": "CONTINUE", "accepted": outcome.accepted, "ignored": outcome.ignored}
