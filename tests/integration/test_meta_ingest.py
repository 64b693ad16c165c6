"""Meta, WhatsApp and Telegram through the real IngestFunction and the whole pipeline under moto:
handshakes, authentication, recorded deliveries to the helpdesk once, and nothing on a re-delivery."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import boto3
import pytest

from conftest import Pipeline
from webcare.local.events import http_api_event, match_route
from webcare.local.resources import LOCAL_API_ID
from webcare.simulate import sign_meta, telegram_headers

EVENTS = Path(__file__).resolve().parents[1] / "events"
APP_SECRET = "meta-app-secret-for-tests"
VERIFY_TOKEN = "meta-verify-token-for-tests"
TG_TOKEN = "telegram_secret-token-for-tests"
BOT_QUERY = "bot_id=7012345678"


@pytest.fixture
def platforms(pipeline: Pipeline) -> Pipeline:
    """The pipeline, with the Meta and Telegram keys in the secret the IngestFunction reads."""
    from aws_lambda_powertools.utilities import parameters

    values = {
        "meta_app_secret": APP_SECRET,
        "meta_verify_token": VERIFY_TOKEN,
        "telegram_secret_token": TG_TOKEN,
    }
    ingest_secret = pipeline.stack.secrets.get("PlatformSecrets")
    if ingest_secret is None:  # a template with one secret for every function
        pipeline.add_secrets(values)
    else:
        client = boto3.client("secretsmanager")
        document = json.loads(client.get_secret_value(SecretId=ingest_secret.arn)["SecretString"])
        client.put_secret_value(SecretId=ingest_secret.arn, SecretString=json.dumps(document | values))
        pipeline.ingest.dependencies.cache_clear()
    parameters.clear_caches()
    return pipeline


def raw_http(
    pipeline: Pipeline,
    method: str,
    path: str,
    *,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    query: str = "",
) -> dict[str, Any]:
    """One request through the template's routes; the handler's response as API Gateway gets it."""
    match = match_route(pipeline.stack.functions.values(), method, path)
    assert match is not None, f"template.yaml has no route for {method} {path}"
    event = http_api_event(
        method=method,
        raw_path=path,
        raw_query=query,
        headers=list((headers or {}).items()),
        body=body,
        match=match,
        source_ip="127.0.0.1",
        account_id=pipeline.stack.account_id,
        api_id=LOCAL_API_ID,
    )
    handler = importlib.import_module(match.function.handler.rpartition(".")[0])
    response: dict[str, Any] = handler.lambda_handler(event, None)
    return response


def deliver(pipeline: Pipeline, source: str, name: str) -> tuple[int, dict[str, Any]]:
    body = (EVENTS / source / name).read_bytes()
    if source == "telegram":
        headers, query = telegram_headers(TG_TOKEN), BOT_QUERY
    else:
        headers, query = sign_meta(body, APP_SECRET), ""
    response = raw_http(pipeline, "POST", f"/webhooks/{source}", body=body, headers=headers, query=query)
    return response["statusCode"], json.loads(response["body"])


def helpdesk_keys(pipeline: Pipeline) -> list[str]:
    return [m["message_key"] for m in pipeline.helpdesk.messages]


# --- handshakes --------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["meta", "whatsapp"])
def test_the_verify_handshake_echoes_the_challenge_as_text(platforms: Pipeline, source: str) -> None:
    query = urlencode(
        {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": VERIFY_TOKEN}
    )
    response = raw_http(platforms, "GET", f"/webhooks/{source}", query=query)
    assert response["statusCode"] == 200
    assert response["body"] == "1158201444"
    assert response["headers"]["content-type"] == "text/plain"


@pytest.mark.parametrize("source", ["meta", "whatsapp"])
def test_a_wrong_verify_token_is_403_without_the_challenge(platforms: Pipeline, source: str) -> None:
    query = urlencode({"hub.mode": "subscribe", "hub.challenge": "8675309", "hub.verify_token": "guess"})
    response = raw_http(platforms, "GET", f"/webhooks/{source}", query=query)
    assert response["statusCode"] == 403
    assert "8675309" not in response["body"]


def test_telegram_get_is_405_with_a_reason(platforms: Pipeline) -> None:
    response = raw_http(platforms, "GET", "/webhooks/telegram")
    assert response["statusCode"] == 405
    assert "handshake" in json.loads(response["body"])["error"]


# --- deliveries --------------------------------------------------------------------------------

ONE_PER_SOURCE = [
    ("meta", "messenger_text.json", "messenger_duplicate.json"),
    ("meta", "facebook_comment.json", "facebook_comment.json"),
    ("whatsapp", "text.json", "duplicate.json"),
    ("telegram", "private_text.json", "private_text_redelivered.json"),
]


@pytest.mark.parametrize(("source", "first", "again"), ONE_PER_SOURCE)
def test_a_recorded_delivery_reaches_the_helpdesk_once(
    platforms: Pipeline, source: str, first: str, again: str
) -> None:
    expected = json.loads((EVENTS / source / "expected.json").read_text(encoding="utf-8"))[first]
    assert deliver(platforms, source, first) == (200, {"accepted": 1, "ignored": {}})
    platforms.drain()
    assert helpdesk_keys(platforms) == [f"{source}:{expected[0]['provider_message_id']}"]
    [message] = platforms.helpdesk.messages
    assert message["channel"] == expected[0]["channel"]
    assert message["customer"]["scope"] == expected[0]["customer"]["scope"]
    # The platform delivers it again: acknowledged, and nothing more is forwarded.
    assert deliver(platforms, source, again)[0] == 200
    platforms.drain()
    assert helpdesk_keys(platforms) == [f"{source}:{expected[0]['provider_message_id']}"]
    assert platforms.helpdesk.attempts == 1


def test_a_meta_batch_gives_one_case_per_customer_and_counts_what_it_ignored(platforms: Pipeline) -> None:
    status, answer = deliver(platforms, "meta", "messenger_batch.json")
    assert (status, answer) == (200, {"accepted": 2, "ignored": {"delivery": 1, "read": 1, "echo": 1}})
    platforms.drain()
    assert len(platforms.cases()) == 2


def test_ignored_only_deliveries_are_200_and_queue_nothing(platforms: Pipeline) -> None:
    for source, name in (("meta", "messenger_echo.json"), ("whatsapp", "status_read.json")):
        status, answer = deliver(platforms, source, name)
        assert status == 200 and answer["accepted"] == 0 and answer["ignored"]
    assert platforms.in_flight() == 0


def test_a_telegram_edit_is_forwarded_as_a_revision_of_the_original(platforms: Pipeline) -> None:
    deliver(platforms, "telegram", "private_text.json")
    deliver(platforms, "telegram", "edited_message.json")
    deliver(platforms, "telegram", "edited_message.json")  # a retry of the edit
    platforms.drain()
    assert helpdesk_keys(platforms) == ["telegram:584930217:311", "telegram:584930217:311:edit:918273602"]
    original, revision = platforms.helpdesk.messages
    assert "edit_of" not in original
    assert revision["edit_of"] == "584930217:311"
    assert len(platforms.cases()) == 1


def test_whatsapp_media_reference_reaches_the_helpdesk(platforms: Pipeline) -> None:
    deliver(platforms, "whatsapp", "image_caption.json")
    platforms.drain()
    [message] = platforms.helpdesk.messages
    assert message["attachments"] == [
        {"kind": "image", "url": None, "name": None, "content_type": "image/jpeg", "ref": "1520394857261834"}
    ]


@pytest.mark.parametrize("source", ["meta", "whatsapp", "telegram"])
def test_a_bad_signature_or_token_is_401_and_nothing_is_queued(platforms: Pipeline, source: str) -> None:
    name = {"meta": "messenger_pii.json", "whatsapp": "pii.json", "telegram": "wrong_secret.json"}[source]
    body = (EVENTS / source / name).read_bytes()
    if source == "telegram":
        sidecar = json.loads((EVENTS / source / f"{name}.headers.json").read_text(encoding="utf-8"))
        headers, query = sidecar, BOT_QUERY
    else:
        headers, query = sign_meta(body, "not-the-app-secret"), ""
    response = raw_http(platforms, "POST", f"/webhooks/{source}", body=body, headers=headers, query=query)
    assert response["statusCode"] == 401
    assert platforms.in_flight() == 0
    assert "NL" not in response["body"]


def test_a_malformed_delivery_is_400_naming_the_field(platforms: Pipeline) -> None:
    body = json.dumps({"object": "whatsapp_business_account", "entry": [{"changes": []}]}).encode()
    response = raw_http(
        platforms, "POST", "/webhooks/whatsapp", body=body, headers=sign_meta(body, APP_SECRET)
    )
    assert response["statusCode"] == 400
    assert "entry[0].id" in json.loads(response["body"])["error"]
