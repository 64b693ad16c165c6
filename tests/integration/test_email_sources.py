"""The e-mail sources through the real IngestFunction and EmailFunction, under moto, into a helpdesk.

Each provider's delivery goes through the template's route and the real handler; one e-mail
delivered by several providers (same Message-ID) reaches the helpdesk once.
"""

from __future__ import annotations

import base64
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import boto3
import pytest

from conftest import Pipeline, config_for
from webcare import simulate
from webcare.local.events import http_api_event, match_route
from webcare.local.resources import LOCAL_API_ID
from webcare.sources import _loaded, sns

EVENTS = Path(__file__).resolve().parents[1] / "events"
TOPIC = "arn:aws:sns:eu-west-1:210987654321:webcare-inbound-mail"
FIXTURE_CERT_URL = (
    "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem"
)
MAIL_BUCKET = "webcare-inbound-mail-210987654321"
EMAIL_SECRETS = {
    "postmark_basic_user": "webcare",
    "postmark_basic_password": "test-password-123",
    "mailgun_signing_key": "c0ffee4d1e5a7b9c2e6f8a0b3d5c7e91",
    "sendgrid_url_token": "sg-url-token-for-tests",
}
PLAIN_ID = "CAK7v2Qx3mP9e1Rz+Wb4nT6yL0sHd8fJ@mail.hotmail.example"


@pytest.fixture
def mail_pipeline(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Pipeline, list[str]]]:
    """The pipeline with the e-mail secrets, the fixtures' SNS topic allowed, and SNS's
    certificate host answered locally (every URL fetched is recorded)."""
    config = config_for(pipeline.helpdesk.url) | {"sources": {"ses": {"allowed_topic_arns": [TOPIC]}}}
    config_file = tmp_path / "webcare-mail.json"
    config_file.write_text(json.dumps(config))
    monkeypatch.setenv("WEBCARE_CONFIG", str(config_file))
    pipeline.add_secrets(EMAIL_SECRETS)  # also clears the handlers' cached config
    fetched: list[str] = []
    pem = (EVENTS / "ses" / "sns-signing-cert.pem").read_bytes()

    def aws(url: str, **_: Any) -> bytes:
        fetched.append(url)
        return pem if url == FIXTURE_CERT_URL else b"<ConfirmSubscriptionResponse/>"

    monkeypatch.setattr(sns, "fetch_https", aws)
    _loaded.pop("ses", None)  # a fresh certificate cache
    _loaded.pop("mailgun", None)  # a fresh token cache
    yield pipeline, fetched
    _loaded.pop("ses", None)


def deliver(
    pipeline: Pipeline, source: str, body: bytes, headers: dict[str, str], query: str = ""
) -> tuple[int, dict[str, Any]]:
    """POST through the template's route exactly as API Gateway delivers it (headers as given)."""
    path = f"/webhooks/{source}"
    match = match_route(pipeline.stack.functions.values(), "POST", path)
    assert match is not None
    event = http_api_event(
        method="POST",
        raw_path=path,
        raw_query=query,
        headers=list(headers.items()),
        body=body,
        match=match,
        source_ip="127.0.0.1",
        account_id=pipeline.stack.account_id,
        api_id=LOCAL_API_ID,
    )
    response = pipeline.ingest.lambda_handler(event, None)
    return response["statusCode"], json.loads(response["body"])


def recorded(source: str, name: str) -> tuple[bytes, dict[str, str]]:
    headers = json.loads((EVENTS / source / f"{name}.headers.json").read_text(encoding="utf-8"))
    return (EVENTS / source / name).read_bytes(), {k.lower(): v for k, v in headers.items()}


def test_postmark_delivery_reaches_the_helpdesk_scrubbed(mail_pipeline: tuple[Pipeline, list[str]]) -> None:
    pipeline, _ = mail_pipeline
    status, answer = deliver(pipeline, "postmark", *recorded("postmark", "attachment_pii.json"))
    assert (status, answer) == (200, {"accepted": 1, "ignored": {}})
    pipeline.drain()
    [message] = pipeline.helpdesk.messages
    assert message["message_key"] == "email:5f2e8a17-3c4d-4e9b-b0a1-2d3c4e5f6a7b@ziggo.example"
    assert message["channel"] == "email" and message["visibility"] == "private"
    assert message["email"]["provider"] == "postmark"
    assert message["attachments"][0]["name"] == "meterstanden-nov.pdf"
    assert "NL49ABNA0598124376" not in json.dumps(pipeline.helpdesk.received)


def test_one_email_via_three_providers_reaches_the_helpdesk_once(
    mail_pipeline: tuple[Pipeline, list[str]],
) -> None:
    pipeline, fetched = mail_pipeline
    body, headers = recorded("sendgrid", "plain.multipart.txt")
    assert deliver(pipeline, "sendgrid", body, headers, query="token=sg-url-token-for-tests")[0] == 200
    assert deliver(pipeline, "postmark", *recorded("postmark", "plain.json"))[0] == 200
    assert deliver(pipeline, "ses", *recorded("ses", "sns_plain_republished.json"))[0] == 200
    pipeline.drain()
    assert [m["provider_message_id"] for m in pipeline.helpdesk.messages] == [PLAIN_ID]
    assert fetched == [FIXTURE_CERT_URL]


def test_mailgun_delivery_is_signed_fresh_and_used_once(mail_pipeline: tuple[Pipeline, list[str]]) -> None:
    pipeline, _ = mail_pipeline
    raw = simulate.email_message("Graag een monteur.", message_id="mg-1@example.nl")
    body = urlencode(simulate.mailgun_fields(raw, EMAIL_SECRETS["mailgun_signing_key"])).encode()
    headers = {"content-type": "application/x-www-form-urlencoded"}
    assert deliver(pipeline, "mailgun", body, headers)[0] == 200
    status, answer = deliver(pipeline, "mailgun", body, headers)
    assert status == 401 and "already used" in answer["error"]
    pipeline.drain()
    assert [m["message_key"] for m in pipeline.helpdesk.messages] == ["email:mg-1@example.nl"]


@pytest.mark.parametrize(
    ("source", "name", "query", "status"),
    [
        ("postmark", "plain.json", "", 401),
        ("sendgrid", "plain.multipart.txt", "token=wrong", 401),
        ("ses", "sns_tampered.json", "", 401),
        ("ses", "sns_unexpected_topic.json", "", 403),
        ("ses", "sns_foreign_cert_url.json", "", 403),
    ],
)
def test_unauthenticated_deliveries_are_refused_and_nothing_is_queued(
    mail_pipeline: tuple[Pipeline, list[str]], source: str, name: str, query: str, status: int
) -> None:
    pipeline, fetched = mail_pipeline
    body, headers = recorded(source, name)
    if source == "postmark":
        headers["authorization"] = "Basic " + base64.b64encode(b"webcare:wrong").decode()
    assert deliver(pipeline, source, body, headers, query=query)[0] == status
    assert pipeline.in_flight() == 0
    assert all(url == FIXTURE_CERT_URL for url in fetched)


def test_sns_subscription_confirmation_is_confirmed(mail_pipeline: tuple[Pipeline, list[str]]) -> None:
    pipeline, fetched = mail_pipeline
    body, headers = recorded("ses", "sns_subscription_confirmation.json")
    status, answer = deliver(pipeline, "ses", body, headers)
    assert (status, answer["ignored"]) == (200, {"subscription_confirmed": 1})
    assert fetched[-1] == json.loads(body)["SubscribeURL"]


def test_ignored_mail_is_acknowledged_and_counted(mail_pipeline: tuple[Pipeline, list[str]]) -> None:
    pipeline, _ = mail_pipeline
    for name, reason in (("auto_reply.json", "auto_reply"), ("bounce.json", "bounce"), ("bulk.json", "bulk")):
        assert deliver(pipeline, "postmark", *recorded("postmark", name)) == (
            200,
            {"accepted": 0, "ignored": {reason: 1}},
        )
    assert pipeline.in_flight() == 0


# --- the EmailFunction --------------------------------------------------------------------------


@pytest.fixture
def email_function(
    mail_pipeline: tuple[Pipeline, list[str]], monkeypatch: pytest.MonkeyPatch
) -> tuple[Pipeline, Any, Any]:
    pipeline, _ = mail_pipeline
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket=MAIL_BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    monkeypatch.setenv("INBOUND_MAIL_BUCKET", MAIL_BUCKET)
    monkeypatch.setenv("INBOUND_MAIL_PREFIX", "inbound/")
    handler = importlib.import_module("webcare.handlers.email")
    handler.dependencies.cache_clear()
    return pipeline, handler, s3


def test_lambda_action_mail_from_s3_and_the_same_mail_over_https_are_forwarded_once(
    email_function: tuple[Pipeline, Any, Any],
) -> None:
    pipeline, handler, s3 = email_function
    event = json.loads((EVENTS / "ses" / "lambda_ses_action.json").read_text(encoding="utf-8"))
    key = "inbound/" + event["Records"][0]["ses"]["mail"]["messageId"]
    s3.put_object(Bucket=MAIL_BUCKET, Key=key, Body=(EVENTS / "ses" / "attachment_pii.eml").read_bytes())
    result = handler.lambda_handler(event, None)
    assert result["accepted"] == 1 and result["disposition"] == "CONTINUE"
    assert deliver(pipeline, "ses", *recorded("ses", "sns_attachment_pii.json"))[0] == 200
    pipeline.drain()
    [message] = pipeline.helpdesk.messages
    assert message["provider_message_id"] == "5f2e8a17-3c4d-4e9b-b0a1-2d3c4e5f6a7b@ziggo.example"
    assert message["email"]["provider"] == "ses"
    assert s3.head_object(Bucket=MAIL_BUCKET, Key=key)  # left to the bucket's lifecycle expiry


def test_sns_lambda_record_is_accepted_without_an_https_signature_check(
    email_function: tuple[Pipeline, Any, Any],
) -> None:
    pipeline, handler, _ = email_function
    event = json.loads((EVENTS / "ses" / "lambda_sns_record.json").read_text(encoding="utf-8"))
    assert handler.lambda_handler(event, None)["accepted"] == 1
    pipeline.drain()
    assert [m["provider_message_id"] for m in pipeline.helpdesk.messages] == [
        "20261124204033.GA17731@planet.example"
    ]


def test_a_missing_s3_object_raises_so_that_lambda_retries(email_function: tuple[Pipeline, Any, Any]) -> None:
    _, handler, s3 = email_function
    event = json.loads((EVENTS / "ses" / "lambda_ses_action.json").read_text(encoding="utf-8"))
    with pytest.raises(s3.exceptions.NoSuchKey):
        handler.lambda_handler(event, None)
