"""Amazon SES receiving: SES notifications over SNS (HTTPS route) and their shared parsing.

Facts (`docs/channels/ses.md`, with sources): a receipt rule's SNS action publishes
`{"notificationType": "Received", "mail": {...}, "receipt": {...}, "content": "<MIME>"}` as the
SNS `Message` (a JSON string: decoded twice), `content` in `receipt.action.encoding` (BASE64 or
UTF8; CloudFormation spells them Base64/UTF-8) [S1][S3][S4]. An S3 action's notification carries
`action.bucketName`/`objectKey` and no content; the Lambda action's event has no body at all.

Over HTTPS (`POST /webhooks/ses`), every request is an SNS message whose signature is verified
against the certificate at its (host-checked) `SigningCertURL`, from a topic listed in
`sources.ses.allowed_topic_arns` (403 otherwise). A SubscriptionConfirmation is confirmed by
fetching its `SubscribeURL`, only after both checks. A notification without content (S3 action)
is acknowledged and counted: the HTTPS path has no S3 access; use the EmailFunction
(`webcare.handlers.email`), which reads the object, for mail that large.

`messages_from_notification` is shared with that function: the same verdict policy, MIME
parsing and common e-mail rules for every path.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from webcare.config import Config
from webcare.http import ClientError, Request, Response
from webcare.secrets import Secrets
from webcare.sources import email_common, fields, sns
from webcare.sources.base import Parsed

PROVIDER = "ses"
MESSAGE_TYPE_HEADER = "x-amz-sns-message-type"

IGNORED_SUBSCRIPTION_CONFIRMED = "subscription_confirmed"
IGNORED_UNSUBSCRIBE_CONFIRMATION = "unsubscribe_confirmation"
IGNORED_NO_CONTENT = "no_content_use_email_function"
IGNORED_VIRUS = "virus"
IGNORED_SPAM = "spam"
IGNORED_NOT_RECEIVED = "not_received_notification"

_VERDICTS = {
    "spf": "spfVerdict",
    "dkim": "dkimVerdict",
    "dmarc": "dmarcVerdict",
    "spam": "spamVerdict",
    "virus": "virusVerdict",
}
DEFAULT_SPAM_FAIL = "flag"
DEFAULT_VIRUS_FAIL = "drop"


def _json_object(text: Any, where: str) -> dict[str, Any]:
    if not isinstance(text, str):
        raise ClientError(400, f"{where} must be a JSON string")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise ClientError(400, f"{where} is not valid JSON") from None
    if not isinstance(value, dict):
        raise ClientError(400, f"{where} must hold a JSON object")
    return value


def sns_notification(document: Mapping[str, Any]) -> dict[str, Any]:
    """The SES notification inside an SNS Notification (its `Message`, decoded)."""
    return _json_object(document.get("Message"), "Message")


def inline_content(notification: Mapping[str, Any]) -> bytes | None:
    """The raw MIME of an SNS-action notification, decoded per `receipt.action.encoding`."""
    content = notification.get("content")
    if content is None:
        return None
    if not isinstance(content, str):
        raise ClientError(400, "content must be a string")
    receipt = notification.get("receipt")
    action = receipt.get("action") if isinstance(receipt, dict) else None
    encoding = str(action.get("encoding") if isinstance(action, dict) else "UTF8").upper().replace("-", "")
    if encoding == "BASE64":
        try:
            return base64.b64decode("".join(content.split()), validate=True)
        except (binascii.Error, ValueError):
            raise ClientError(
                400, "content is not valid base64 although the action's encoding is BASE64"
            ) from None
    return content.encode("utf-8", "surrogatepass")


def s3_location(notification: Mapping[str, Any]) -> tuple[str, str] | None:
    """(bucket, key) of an S3-action notification."""
    receipt = notification.get("receipt")
    action = receipt.get("action") if isinstance(receipt, dict) else None
    if not isinstance(action, dict) or str(action.get("type", "")).upper() != "S3":
        return None
    bucket, key = action.get("bucketName"), action.get("objectKey")
    if isinstance(bucket, str) and bucket and isinstance(key, str) and key:
        return bucket, key
    return None


def messages_from_notification(
    notification: Mapping[str, Any],
    received_at: datetime,
    settings: Mapping[str, Any],
    *,
    content: bytes | None = None,
) -> Parsed:
    """One SES `Received` notification as messages: `content` (or the inline content) is the MIME.

    Verdicts are kept on the message; `virusVerdict`/`spamVerdict` FAIL drop or flag it per
    `sources.ses.virus_verdict_fail` (default drop) and `spam_verdict_fail` (default flag).
    """
    parsed = Parsed()
    kind = notification.get("notificationType")
    if kind != "Received":
        parsed.ignore(f"{IGNORED_NOT_RECEIVED}:{str(kind)[:40]}")
        return parsed
    mail_info = fields.required_object(notification, "mail", "notification")
    receipt = fields.required_object(notification, "receipt", "notification")
    verdicts = {
        name: str(receipt[key]["status"])[:64]
        for name, key in _VERDICTS.items()
        if isinstance(receipt.get(key), dict) and isinstance(receipt[key].get("status"), str)
    }
    policy_for = {
        "virus": settings.get("virus_verdict_fail", DEFAULT_VIRUS_FAIL),
        "spam": settings.get("spam_verdict_fail", DEFAULT_SPAM_FAIL),
    }
    for name, reason in (("virus", IGNORED_VIRUS), ("spam", IGNORED_SPAM)):
        if verdicts.get(name) == "FAIL" and policy_for[name] == "drop":
            parsed.ignore(reason)
            return parsed
    raw = content if content is not None else inline_content(notification)
    if raw is None:
        parsed.ignore(IGNORED_NO_CONTENT)
        return parsed
    mail = email_common.parse_mime(raw, PROVIDER, recipient=_recipient(receipt, mail_info))
    mail.verdicts = verdicts
    mail.suspected_spam = any(verdicts.get(name) == "FAIL" for name in ("spam", "virus"))
    email_common.to_message(mail, received_at, parsed)
    return parsed


def _recipient(receipt: Mapping[str, Any], mail_info: Mapping[str, Any]) -> str | None:
    # receipt.recipients: the addresses this receipt rule matched (ours); mail.destination: all.
    for container, key in ((receipt, "recipients"), (mail_info, "destination")):
        value = container.get(key)
        if isinstance(value, list) and value and isinstance(value[0], str) and "@" in value[0]:
            return value[0]
    return None


def ses_settings(config: Config) -> Mapping[str, Any]:
    settings = config.sources.get("ses") if config.sources else None
    return settings if isinstance(settings, dict) else {}


class SesSource:
    """SES notifications delivered by an SNS HTTPS subscription.

    Side effects: fetches SNS signing certificates (cached per URL, per execution environment)
    and, for a SubscriptionConfirmation from an allowed topic, GETs its SubscribeURL.
    """

    name = "ses"

    def __init__(
        self,
        fetch: sns.Fetch | None = None,
        settings: Mapping[str, Any] | None = None,
        certificates: sns.CertificateCache | None = None,
    ) -> None:
        self._fetch = fetch or _fetch_from_aws
        self._settings: Mapping[str, Any] = settings or {}
        self._certificates = certificates or sns.CertificateCache(self._fetch)
        self._configured: tuple[Config, SesSource] | None = None

    def with_config(self, config: Config) -> SesSource:
        """This source with `sources.ses` of `config` (allowed topics, verdict policy)."""
        if self._configured is None or self._configured[0] is not config:
            configured = SesSource(self._fetch, ses_settings(config), self._certificates)
            self._configured = (config, configured)
        return self._configured[1]

    def handshake(self, request: Request, secrets: Secrets) -> Response:
        raise ClientError(405, "SNS has no GET handshake; it POSTs a signed SubscriptionConfirmation")

    def verify(self, request: Request, secrets: Secrets) -> None:
        """An SNS message from an allowed topic, signed by SNS (certificate URL checked first)."""
        document = _document(request)
        header_type = request.header(MESSAGE_TYPE_HEADER)
        if header_type is not None and header_type != document.get("Type"):
            raise ClientError(400, f"{MESSAGE_TYPE_HEADER} does not match the message Type")
        allowed = self._settings.get("allowed_topic_arns") or ()
        topic = document.get("TopicArn")
        if not isinstance(topic, str) or topic not in allowed:
            raise ClientError(403, "TopicArn is not in sources.ses.allowed_topic_arns")
        sns.verify_message(document, self._certificates)

    def parse(self, request: Request, received_at: datetime) -> Parsed:
        """Confirm a subscription, or turn a notification into messages (see module docs)."""
        document = _document(request)
        kind = document.get("Type")
        if kind == "SubscriptionConfirmation":
            url = sns.checked_sns_url(document.get("SubscribeURL"), "SubscribeURL", pem=False)
            if "Action=ConfirmSubscription" not in url:
                raise ClientError(403, "SubscribeURL is not a ConfirmSubscription URL")
            self._fetch(url)
            parsed = Parsed()
            parsed.ignore(IGNORED_SUBSCRIPTION_CONFIRMED)
            return parsed
        if kind == "UnsubscribeConfirmation":
            parsed = Parsed()
            parsed.ignore(IGNORED_UNSUBSCRIBE_CONFIRMATION)
            return parsed
        return messages_from_notification(sns_notification(document), received_at, self._settings)


def _fetch_from_aws(url: str) -> bytes:
    # Looked up at call time: the local stack points `sns.fetch_https` at its own certificate.
    return sns.fetch_https(url)


def _document(request: Request) -> dict[str, Any]:
    document = request.json()
    if not isinstance(document, dict):
        raise ClientError(400, "body must be an SNS message (a JSON object)")
    return document
