"""Amazon SES over SNS (HTTPS) and the SES event path (SNS→Lambda, Lambda action with S3)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_email_common import assert_matches_expected, assert_parsed_as_expected, expected_of

from webcare.config import parse_config
from webcare.http import ClientError, Request
from webcare.model import Message
from webcare.queues import QueueItem
from webcare.scrub import Scrubber, ScrubPolicy
from webcare.secrets import StaticSecrets
from webcare.sources import get_source, sns, sns_rsa
from webcare.sources.email_events import MailBucket, S3Objects, receive_event
from webcare.sources.ses import SesSource, messages_from_notification

EVENTS = Path(__file__).resolve().parents[2] / "events" / "ses"
TOPIC = "arn:aws:sns:eu-west-1:210987654321:webcare-inbound-mail"
CERT_URL = (
    "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem"
)
FIXTURE_PEM = (EVENTS / "sns-signing-cert.pem").read_bytes()
RECEIVED = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
NO_SECRETS = StaticSecrets({})
SNS_FIXTURES = sorted(p.name for p in EVENTS.glob("sns_*.json") if not p.name.endswith(".headers.json"))
CONFIG = {
    "version": 1,
    "helpdesks": {"main": {"type": "webhook", "url": "https://helpdesk.example/hook", "signing_secret": "s"}},
    "default_helpdesk": "main",
    "sources": {"ses": {"allowed_topic_arns": [TOPIC]}},
}


class FakeAws:
    """Serves certificates by URL and records every URL fetched."""

    def __init__(self, certificates: dict[str, bytes] | None = None) -> None:
        self.certificates = certificates if certificates is not None else {CERT_URL: FIXTURE_PEM}
        self.fetched: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.fetched.append(url)
        if url.endswith(".pem"):
            return self.certificates[url]
        return b"<ConfirmSubscriptionResponse/>"


def ses_source(aws: FakeAws | None = None, **settings: Any) -> SesSource:
    return SesSource(aws or FakeAws(), {"allowed_topic_arns": [TOPIC]} | settings)


def recorded(name: str) -> Request:
    headers = json.loads((EVENTS / f"{name}.headers.json").read_text(encoding="utf-8"))
    return Request(
        method="POST",
        path="/webhooks/ses",
        headers={k.lower(): v for k, v in headers.items()},
        query={},
        body=(EVENTS / name).read_bytes(),
    )


def post(document: dict[str, Any]) -> Request:
    return Request(
        "POST",
        "/webhooks/ses",
        {"content-type": "text/plain; charset=UTF-8"},
        {},
        json.dumps(document).encode(),
    )


@cache
def local_key() -> tuple[sns_rsa.PrivateKey, bytes]:
    key = sns_rsa.generate_key()
    return key, sns_rsa.self_signed_certificate_pem(key)


LOCAL_CERT_URL = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-local.pem"


def local_aws() -> FakeAws:
    return FakeAws({LOCAL_CERT_URL: local_key()[1]})


def notification(raw_mime: bytes, *, encoding: str = "BASE64", **receipt: Any) -> dict[str, Any]:
    content = base64.b64encode(raw_mime).decode() if encoding.upper() == "BASE64" else raw_mime.decode()
    return {
        "notificationType": "Received",
        "mail": {
            "messageId": "ses-id-1",
            "destination": ["klantenservice@zonnedal.example"],
            "source": "b@x",
        },
        "receipt": {
            "recipients": ["klantenservice@zonnedal.example"],
            "spamVerdict": {"status": "PASS"},
            "virusVerdict": {"status": "PASS"},
            "action": {"type": "SNS", "topicArn": TOPIC, "encoding": encoding},
        }
        | receipt,
        "content": content,
    }


def signed(message: dict[str, Any] | str, *, version: str = "1", **fields: Any) -> dict[str, Any]:
    document = {
        "Type": "Notification",
        "MessageId": "0c0e8f7a-1111-2222-3333-444455556666",
        "TopicArn": TOPIC,
        "Subject": "Amazon SES Email Receipt Notification",
        "Message": message if isinstance(message, str) else json.dumps(message),
        "Timestamp": "2026-11-30T09:59:59.000Z",
    } | fields
    return sns.sign_message(document, local_key()[0], LOCAL_CERT_URL, version=version)


def eml(name: str) -> bytes:
    return (EVENTS / name).read_bytes()


# --- recorded SNS deliveries -------------------------------------------------------------------


def test_registry_returns_the_ses_source() -> None:
    assert isinstance(get_source("ses"), SesSource)


def test_every_recorded_file_has_an_expectation() -> None:
    names = {p.name for p in EVENTS.iterdir() if p.suffix in {".json", ".eml"}}
    names -= {"expected.json"} | {n for n in names if n.endswith(".headers.json")}
    assert sorted(expected_of("ses")) == sorted(names)


ACCEPTED = [n for n in SNS_FIXTURES if "rejected" not in expected_of("ses")[n] and n != "sns_s3_action.json"]


@pytest.mark.parametrize("name", ACCEPTED)
def test_recorded_sns_delivery_verifies_and_gives_the_expected_messages(name: str) -> None:
    source = ses_source()
    request = recorded(name)
    source.verify(request, NO_SECRETS)
    assert_parsed_as_expected(source.parse(request, RECEIVED), expected_of("ses")[name])


@pytest.mark.parametrize(
    ("name", "status", "words", "fetches"),
    [
        ("sns_unexpected_topic.json", 403, "allowed_topic_arns", 0),
        ("sns_foreign_cert_url.json", 403, "SNS host", 0),
        ("sns_tampered.json", 401, "does not match", 1),
    ],
)
def test_recorded_rejections(name: str, status: int, words: str, fetches: int) -> None:
    assert "rejected" in expected_of("ses")[name]
    aws = FakeAws()
    with pytest.raises(ClientError) as excinfo:
        ses_source(aws).verify(recorded(name), NO_SECRETS)
    assert excinfo.value.status == status and words in excinfo.value.reason
    assert len(aws.fetched) == fetches


def test_subscription_confirmation_is_confirmed_by_getting_subscribe_url_once_verified() -> None:
    aws = FakeAws()
    source = ses_source(aws)
    request = recorded("sns_subscription_confirmation.json")
    source.verify(request, NO_SECRETS)
    parsed = source.parse(request, RECEIVED)
    assert parsed.messages == [] and parsed.ignored == {"subscription_confirmed": 1}
    subscribe_url = json.loads(request.body)["SubscribeURL"]
    assert aws.fetched == [CERT_URL, subscribe_url]


def test_subscription_confirmation_from_another_topic_is_never_confirmed() -> None:
    aws = FakeAws()
    with pytest.raises(ClientError) as excinfo:
        ses_source(aws, allowed_topic_arns=["arn:aws:sns:eu-west-1:210987654321:other"]).verify(
            recorded("sns_subscription_confirmation.json"), NO_SECRETS
        )
    assert excinfo.value.status == 403 and aws.fetched == []


def test_s3_action_notification_over_https_is_acknowledged_and_points_at_the_email_function() -> None:
    source = ses_source()
    request = recorded("sns_s3_action.json")
    source.verify(request, NO_SECRETS)
    parsed = source.parse(request, RECEIVED)
    assert parsed.messages == []
    assert parsed.ignored == {"no_content_use_email_function": 1}


def test_certificates_are_fetched_once_per_url() -> None:
    aws = FakeAws()
    source = ses_source(aws)
    for name in ("sns_plain.json", "sns_html_only.json", "sns_bulk.json"):
        source.verify(recorded(name), NO_SECRETS)
    assert aws.fetched == [CERT_URL]


def test_retry_and_republish_give_one_message_key() -> None:
    keys = {
        m.message_key
        for name in ("sns_plain.json", "sns_plain_retry.json", "sns_plain_republished.json")
        for m in ses_source().parse(recorded(name), RECEIVED).messages
    }
    assert keys == {"email:CAK7v2Qx3mP9e1Rz+Wb4nT6yL0sHd8fJ@mail.hotmail.example"}


def test_verdicts_are_kept_on_the_message() -> None:
    [message] = ses_source().parse(recorded("sns_signature_v2_dmarc_fail.json"), RECEIVED).messages
    assert message.email is not None
    assert dict(message.email.verdicts)["dmarc"] == "FAIL"


def test_message_type_header_must_match_the_body() -> None:
    request = recorded("sns_plain.json")
    lying = Request(
        "POST",
        request.path,
        request.headers | {"x-amz-sns-message-type": "SubscriptionConfirmation"},
        {},
        request.body,
    )
    with pytest.raises(ClientError) as excinfo:
        ses_source().verify(lying, NO_SECRETS)
    assert excinfo.value.status == 400


def test_no_allowed_topics_configured_rejects_everything() -> None:
    with pytest.raises(ClientError) as excinfo:
        SesSource(FakeAws()).verify(recorded("sns_plain.json"), NO_SECRETS)
    assert excinfo.value.status == 403


def test_config_allowed_topics_reach_the_source_through_with_config() -> None:
    source = SesSource(FakeAws()).with_config(parse_config(CONFIG))
    source.verify(recorded("sns_plain.json"), NO_SECRETS)


# --- signing-certificate URL attacks ------------------------------------------------------------

BAD_CERT_URLS = [
    "http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-x.pem",
    "https://sns.eu-west-1.amazonaws.com.evil.example/SimpleNotificationService-x.pem",
    "https://sns.us-east-1.amazonaws.com.evil.example/x.pem",
    "https://evil.example/sns.eu-west-1.amazonaws.com/x.pem",
    "https://sns.eu-west-1.amazonaws.com@evil.example/x.pem",
    "https://evil.example@sns.eu-west-1.amazonaws.com/x.pem",
    "https://user:pass@sns.eu-west-1.amazonaws.com/x.pem",
    "https://sns.eu-west-1.amazonaws.com:8443/x.pem",
    "https://sns.eu-west-1.amazonaws.com/x.txt",
    "https://sns.eu-west-1.amazonaws.com/x.pem?x=1",
    "https://sns.eu-west-1.amazonaws.com/x.pem#frag",
    "https://s3.eu-west-1.amazonaws.com/x.pem",
    "https://sns.amazonaws.com/x.pem",
    "https://xsns.eu-west-1.amazonaws.com/x.pem",
    "https://sns.eu-west-1.amazonaws.com\\@evil.example/x.pem",
    "https://sns.eu-west-1.amazonaws.com%2eevil.example/x.pem",
    "https://SNS.EU-WEST-1.AMAZONAWS.COM.evil.example/x.pem",
    "https://sns.eu-west-1.amazonaws.com /x.pem",
    "https://sns.eu-west-1.amazonaws.com./x.pem",
    "//sns.eu-west-1.amazonaws.com/x.pem",
    "file:///etc/passwd.pem",
    "",
    None,
    42,
]


@pytest.mark.parametrize("url", BAD_CERT_URLS)
def test_a_signing_cert_url_off_an_sns_host_is_403_and_never_fetched(url: Any) -> None:
    aws = local_aws()
    document = signed(notification(eml("plain.eml")))
    document["SigningCertURL"] = url
    with pytest.raises(ClientError) as excinfo:
        ses_source(aws).verify(post(document), NO_SECRETS)
    assert excinfo.value.status == 403
    assert aws.fetched == []


@pytest.mark.parametrize(
    "url",
    [
        "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem",
        "https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-abc.pem",
        "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem",
        "https://sns.ap-southeast-2.amazonaws.com/SimpleNotificationService-abc.pem",
    ],
)
def test_sns_hosts_of_every_partition_are_accepted(url: str) -> None:
    assert sns.checked_sns_url(url, "SigningCertURL", pem=True) == url


def test_a_subscribe_url_off_an_sns_host_is_never_fetched_even_when_signed() -> None:
    aws = local_aws()
    document = sns.sign_message(
        {
            "Type": "SubscriptionConfirmation",
            "MessageId": "m",
            "Token": "t",
            "TopicArn": TOPIC,
            "Message": "confirm",
            "SubscribeURL": "https://evil.example/?Action=ConfirmSubscription",
            "Timestamp": "2026-11-30T09:00:00.000Z",
        },
        local_key()[0],
        LOCAL_CERT_URL,
    )
    source = ses_source(aws)
    source.verify(post(document), NO_SECRETS)
    with pytest.raises(ClientError) as excinfo:
        source.parse(post(document), RECEIVED)
    assert excinfo.value.status == 403
    assert aws.fetched == [LOCAL_CERT_URL]


# --- signatures -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1", "2"])
def test_both_signature_versions_verify(version: str) -> None:
    document = signed(notification(eml("plain.eml")), version=version)
    source = ses_source(local_aws())
    source.verify(post(document), NO_SECRETS)
    assert len(source.parse(post(document), RECEIVED).messages) == 1


def test_a_notification_without_subject_is_signed_without_it() -> None:
    document = signed(notification(eml("plain.eml")))
    del document["Subject"]
    document = sns.sign_message(document, local_key()[0], LOCAL_CERT_URL)
    ses_source(local_aws()).verify(post(document), NO_SECRETS)


@pytest.mark.parametrize("field_name", ["Message", "MessageId", "Subject", "Timestamp", "Type"])
def test_changing_any_signed_field_breaks_the_signature(field_name: str) -> None:
    document = signed(notification(eml("plain.eml")))
    document[field_name] = "UnsubscribeConfirmation" if field_name == "Type" else document[field_name] + "x"
    with pytest.raises(ClientError) as excinfo:
        ses_source(local_aws()).verify(post(document), NO_SECRETS)
    assert excinfo.value.status in {400, 401}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"SignatureVersion": "3"}, "SignatureVersion"),
        ({"SignatureVersion": 1}, "SignatureVersion"),
        ({"Signature": "not base64!"}, "base64"),
        ({"Signature": ""}, "missing Signature"),
        ({"Signature": base64.b64encode(b"\x00" * 256).decode()}, "does not match"),
    ],
)
def test_malformed_signatures_are_401(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(ClientError) as excinfo:
        ses_source(local_aws()).verify(post(signed(notification(eml("plain.eml"))) | change), NO_SECRETS)
    assert excinfo.value.status == 401 and reason in excinfo.value.reason


def test_a_certificate_that_is_not_an_rsa_certificate_is_a_502() -> None:
    aws = FakeAws({LOCAL_CERT_URL: b"<html>not a certificate</html>"})
    with pytest.raises(ClientError) as excinfo:
        ses_source(aws).verify(post(signed(notification(eml("plain.eml")))), NO_SECRETS)
    assert excinfo.value.status == 502


# --- content and verdicts ------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["BASE64", "Base64", "UTF8", "UTF-8"])
def test_content_encoding_spellings(encoding: str) -> None:
    parsed = messages_from_notification(notification(eml("plain.eml"), encoding=encoding), RECEIVED, {})
    assert len(parsed.messages) == 1


def test_not_a_received_notification_is_ignored() -> None:
    parsed = messages_from_notification({"notificationType": "AMAZON_SES_SETUP_NOTIFICATION"}, RECEIVED, {})
    assert parsed.ignored == {"not_received_notification:AMAZON_SES_SETUP_NOTIFICATION": 1}


@pytest.mark.parametrize(
    ("receipt", "settings", "ignored", "spam_flag"),
    [
        ({"virusVerdict": {"status": "FAIL"}}, {}, {"virus": 1}, None),
        ({"spamVerdict": {"status": "FAIL"}}, {}, {}, True),
        ({"spamVerdict": {"status": "FAIL"}}, {"spam_verdict_fail": "drop"}, {"spam": 1}, None),
        ({"virusVerdict": {"status": "FAIL"}}, {"virus_verdict_fail": "flag"}, {}, True),
        ({"spamVerdict": {"status": "GRAY"}}, {}, {}, False),
    ],
)
def test_spam_and_virus_verdicts_drop_or_flag_per_config(
    receipt: dict[str, Any], settings: dict[str, str], ignored: dict[str, int], spam_flag: bool | None
) -> None:
    parsed = messages_from_notification(notification(eml("plain.eml"), **receipt), RECEIVED, settings)
    assert parsed.ignored == ignored
    if spam_flag is None:
        assert parsed.messages == []
    else:
        [message] = parsed.messages
        assert message.email is not None and message.email.suspected_spam is spam_flag


# --- the Lambda event path ------------------------------------------------------------------------


class ListQueue:
    def __init__(self) -> None:
        self.items: list[QueueItem] = []

    def send(self, items: Any) -> None:
        self.items.extend(items)

    @property
    def messages(self) -> list[Message]:
        return [Message.from_dict(json.loads(item.body)) for item in self.items]


SCRUBBER = Scrubber(ScrubPolicy.from_config(None))
BUCKET = "webcare-inbound-mail-210987654321"


def lambda_event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / name).read_text(encoding="utf-8"))
    return event


def run_event(event: dict[str, Any], objects: dict[tuple[str, str], bytes]) -> tuple[ListQueue, Any]:
    queue = ListQueue()
    outcome = receive_event(
        event,
        read_object=lambda bucket, key: objects[(bucket, key)],
        mail_bucket=MailBucket(BUCKET, "inbound/"),
        scrubber=SCRUBBER,
        queue=queue,
        config=parse_config(CONFIG),
        now=RECEIVED,
    )
    return queue, outcome


def _unscrubbed(event: dict[str, Any], objects: dict[tuple[str, str], bytes]) -> list[Message]:
    """The messages before scrubbing, to compare with the fixture expectations."""
    from webcare.sources import email_events

    captured: list[Message] = []
    original = email_events.accept_parsed

    def capture(parsed: Any, **kwargs: Any) -> int:
        captured.extend(parsed.messages)
        return original(parsed, **kwargs)

    email_events.accept_parsed = capture
    try:
        run_event(event, objects)
    finally:
        email_events.accept_parsed = original
    return captured


def test_sns_lambda_record_with_inline_content_gives_the_expected_message() -> None:
    queue, outcome = run_event(lambda_event("lambda_sns_record.json"), {})
    assert outcome.accepted == 1 and outcome.rejected == []
    [message] = _unscrubbed(lambda_event("lambda_sns_record.json"), {})
    assert_matches_expected(message, expected_of("ses")["lambda_sns_record.json"][0])
    assert queue.messages[0].message_key == message.message_key


def test_ses_lambda_action_reads_the_mail_from_the_s3_action_object() -> None:
    [expected] = expected_of("ses")["lambda_ses_action.json"]
    objects = {(expected["body"]["s3_bucket"], expected["body"]["s3_key"]): eml(expected["body"]["same_as"])}
    [message] = _unscrubbed(lambda_event("lambda_ses_action.json"), objects)
    assert_matches_expected(message, expected)


def test_s3_action_notification_via_sns_lambda_reads_the_named_object() -> None:
    # The HTTPS fixture's notification, delivered by an SNS→Lambda subscription instead.
    document = json.loads(recorded("sns_s3_action.json").body)
    event = {"Records": [{"EventSource": "aws:sns", "EventVersion": "1.0", "Sns": document}]}
    [expected] = expected_of("ses")["sns_s3_action.json"]
    objects = {(expected["body"]["s3_bucket"], expected["body"]["s3_key"]): eml(expected["body"]["same_as"])}
    [message] = _unscrubbed(event, objects)
    assert_matches_expected(message, expected)
    assert message.email is not None and message.email.quoted_history_stripped


def test_lambda_action_without_a_configured_bucket_is_rejected_not_retried() -> None:
    queue = ListQueue()
    outcome = receive_event(
        lambda_event("lambda_ses_action.json"),
        read_object=lambda bucket, key: b"",
        mail_bucket=None,
        scrubber=SCRUBBER,
        queue=queue,
        config=parse_config(CONFIG),
        now=RECEIVED,
    )
    assert outcome.accepted == 0 and len(outcome.rejected) == 1
    assert "INBOUND_MAIL_BUCKET" in outcome.rejected[0]


@pytest.mark.parametrize(
    "event",
    [{}, {"Records": "x"}, {"Records": [1]}, {"Records": [{"ses": {"mail": {"messageId": "../x"}}}]}],
)
def test_malformed_events_are_reported_not_raised(event: dict[str, Any]) -> None:
    _, outcome = run_event(event, {})
    assert outcome.accepted == 0 and outcome.rejected


def test_s3_objects_reads_at_most_the_limit_from_moto(moto_aws: None) -> None:
    import boto3

    s3 = boto3.client("s3", region_name="eu-west-1")
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    s3.put_object(
        Bucket=BUCKET, Key="inbound/6n97c3v4msqo05flsyvzfkt0f2lfxp71zo9ir8wz", Body=eml("attachment_pii.eml")
    )
    s3.put_object(Bucket=BUCKET, Key="inbound/big", Body=b"x" * 5000)
    objects = S3Objects(s3, limit=1000)
    assert objects.read(BUCKET, "inbound/big") == b"x" * 1001
    queue = ListQueue()
    outcome = receive_event(
        lambda_event("lambda_ses_action.json"),
        read_object=S3Objects(s3).read,
        mail_bucket=MailBucket(BUCKET, "inbound/"),
        scrubber=SCRUBBER,
        queue=queue,
        config=parse_config(CONFIG),
        now=RECEIVED,
    )
    assert outcome.accepted == 1
    assert queue.messages[0].provider_message_id == "5f2e8a17-3c4d-4e9b-b0a1-2d3c4e5f6a7b@ziggo.example"
    # The object is left to the bucket's lifecycle rule.
    assert s3.head_object(Bucket=BUCKET, Key="inbound/6n97c3v4msqo05flsyvzfkt0f2lfxp71zo9ir8wz")


# --- robustness ---------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=15,
)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["notificationType", "mail", "receipt", "content"]), json_values, max_size=4
    ),
    st.binary(max_size=300),
)
def test_any_signed_notification_gives_messages_or_a_client_error(body: dict[str, Any], mime: bytes) -> None:
    candidates = [body, notification(mime) | {k: v for k, v in body.items() if k != "notificationType"}]
    for message in candidates:
        source = ses_source(local_aws())
        request = post(signed(message))
        source.verify(request, NO_SECRETS)
        try:
            source.parse(request, RECEIVED)
        except ClientError as exc:
            assert 400 <= exc.status < 500


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["Type", "TopicArn", "Message", "SigningCertURL", "Signature", "SignatureVersion", "SubscribeURL"]
        ),
        json_values,
        max_size=7,
    )
)
def test_any_unsigned_body_is_a_client_error_without_fetching(document: dict[str, Any]) -> None:
    aws = FakeAws({})
    with pytest.raises(ClientError) as excinfo:
        ses_source(aws).verify(post(document), NO_SECRETS)
    assert 400 <= excinfo.value.status < 500
    assert aws.fetched == []


def test_the_lambda_events_signing_cert_url_spelling_is_understood() -> None:
    # SNS→Lambda records spell it `SigningCertUrl`; the signature is the same SNS signature.
    record = lambda_event("lambda_sns_record.json")["Records"][0]["Sns"]
    aws = FakeAws()
    sns.verify_message(record, sns.CertificateCache(aws))
    assert aws.fetched == [CERT_URL]
