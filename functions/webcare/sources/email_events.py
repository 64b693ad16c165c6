"""The SES event path: SNS→Lambda records and the SES receipt-rule Lambda action.

Both arrive at the EmailFunction (`webcare.handlers.email`) as Lambda events, already
authenticated by the Lambda invoke permission (only the SNS topic / SES may invoke it), so no
SNS signature is checked here. Mail too large for the SNS action (over 150 KB) comes through an
S3 action: the notification (or, for the Lambda action, the configured bucket and prefix plus
`mail.messageId`) names the object, which is read here (at most `MAX_MIME_BYTES`) and then left
to the bucket's lifecycle expiry.

Every record goes through the same steps as the HTTPS path: `ses.messages_from_notification`,
then `ingest.accept_parsed` (scrub, validate, queue).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from webcare.config import Config
from webcare.http import ClientError
from webcare.ingest import MessageScrubber, accept_parsed
from webcare.queues import Queue
from webcare.sources import ses
from webcare.sources.base import Parsed
from webcare.sources.email_common import MAX_MIME_BYTES

ReadObject = Callable[[str, str], bytes]


@dataclass
class EventOutcome:
    accepted: int = 0
    ignored: dict[str, int] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)  # reasons, one per record that was refused


@dataclass(frozen=True)
class MailBucket:
    """Where the receipt rule's S3 action stores mail for the Lambda action (`prefix` + messageId)."""

    name: str
    prefix: str = ""


class S3Objects:
    """Reads mail objects from S3. Side effects: one ranged GetObject per call."""

    def __init__(self, client: Any = None, limit: int = MAX_MIME_BYTES) -> None:
        self._client = client
        self._limit = limit

    def read(self, bucket: str, key: str) -> bytes:
        if self._client is None:
            import boto3

            self._client = boto3.client("s3")
        # One byte past the limit tells the parser the mail was cut (it marks it truncated).
        answer = self._client.get_object(Bucket=bucket, Key=key, Range=f"bytes=0-{self._limit}")
        body: bytes = answer["Body"].read(self._limit + 1)
        return body


def receive_event(
    event: Mapping[str, Any],
    *,
    read_object: ReadObject,
    mail_bucket: MailBucket | None,
    scrubber: MessageScrubber,
    queue: Queue,
    config: Config,
    now: datetime,
) -> EventOutcome:
    """Accept every SES e-mail in a Lambda event. A record that cannot give a message (malformed,
    not a notification) is refused and reported; `QueueUnavailable` and S3 errors propagate so that
    Lambda retries the event (duplicates are removed downstream by Message-ID)."""
    outcome = EventOutcome()
    records = event.get("Records")
    if not isinstance(records, list):
        outcome.rejected.append("event has no Records list")
        return outcome
    settings = ses.ses_settings(config)
    for index, record in enumerate(records):
        try:
            parsed = _record(record, index, read_object, mail_bucket, settings, now)
            outcome.accepted += accept_parsed(parsed, scrubber=scrubber, queue=queue, config=config)
        except ClientError as exc:
            outcome.rejected.append(f"Records[{index}]: {exc.reason}")
            continue
        for reason, count in parsed.ignored.items():
            outcome.ignored[reason] = outcome.ignored.get(reason, 0) + count
    return outcome


def _record(
    record: Any,
    index: int,
    read_object: ReadObject,
    mail_bucket: MailBucket | None,
    settings: Mapping[str, Any],
    now: datetime,
) -> Parsed:
    if not isinstance(record, dict):
        raise ClientError(400, "record must be an object")
    if isinstance(record.get("Sns"), dict):  # SNS→Lambda: `EventSource` capitalised
        message = record["Sns"]
        if message.get("Type") != "Notification":
            parsed = Parsed()
            parsed.ignore(f"sns_{str(message.get('Type'))[:40]}")
            return parsed
        notification = ses.sns_notification(message)
        location = None if "content" in notification else ses.s3_location(notification)
        content = read_object(*location) if location else None
        return ses.messages_from_notification(notification, now, settings, content=content)
    if isinstance(record.get("ses"), dict):  # the receipt rule's Lambda action: no body
        notification = {"notificationType": "Received", **record["ses"]}
        mail = notification.get("mail")
        message_id = mail.get("messageId") if isinstance(mail, dict) else None
        if not isinstance(message_id, str) or not message_id or "/" in message_id:
            raise ClientError(400, "ses.mail.messageId must be SES's message id")
        if mail_bucket is None or not mail_bucket.name:
            raise ClientError(400, "a Lambda-action event needs INBOUND_MAIL_BUCKET (the S3 action's bucket)")
        content = read_object(mail_bucket.name, mail_bucket.prefix + message_id)
        return ses.messages_from_notification(notification, now, settings, content=content)
    raise ClientError(400, "record is neither an SNS notification nor an SES Lambda-action event")
