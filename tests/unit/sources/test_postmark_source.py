"""Postmark inbound: basic auth in constant time, recorded deliveries to messages."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_email_common import assert_parsed_as_expected, expected_of

from webcare.errors import ConfigError
from webcare.http import ClientError, Request
from webcare.secrets import StaticSecrets
from webcare.sources import get_source
from webcare.sources.postmark import PostmarkSource

EVENTS = Path(__file__).resolve().parents[2] / "events" / "postmark"
RECEIVED = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
SOURCE = PostmarkSource()
SECRETS = StaticSecrets({"postmark_basic_user": "webcare", "postmark_basic_password": "test-password-123"})
FIXTURES = sorted(
    p.name
    for p in EVENTS.glob("*.json")
    if p.name != "expected.json" and not p.name.endswith(".headers.json")
)


def recorded(name: str) -> Request:
    headers = json.loads((EVENTS / f"{name}.headers.json").read_text(encoding="utf-8"))
    return Request(
        method="POST",
        path="/webhooks/postmark",
        headers={k.lower(): v for k, v in headers.items()},
        query={},
        body=(EVENTS / name).read_bytes(),
    )


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def post(body: bytes, authorization: str | None = None) -> Request:
    headers = {"content-type": "application/json"}
    if authorization is not None:
        headers["authorization"] = authorization
    return Request(method="POST", path="/webhooks/postmark", headers=headers, query={}, body=body)


def test_registry_returns_the_postmark_source() -> None:
    assert isinstance(get_source("postmark"), PostmarkSource)


def test_every_recorded_file_has_an_expectation() -> None:
    assert sorted(expected_of("postmark")) == FIXTURES


@pytest.mark.parametrize("name", FIXTURES)
def test_recorded_delivery_verifies_and_gives_the_expected_messages(name: str) -> None:
    request = recorded(name)
    SOURCE.verify(request, SECRETS)
    assert_parsed_as_expected(SOURCE.parse(request, RECEIVED), expected_of("postmark")[name])


def test_the_same_email_via_postmark_and_via_raw_mime_has_the_same_message_key() -> None:
    from test_email_common import mime_message

    [via_postmark] = SOURCE.parse(recorded("plain.json"), RECEIVED).messages
    [via_mime] = mime_message((EVENTS.parent / "ses" / "plain.eml").read_bytes()).messages
    assert via_postmark.message_key == via_mime.message_key
    assert via_postmark.email is not None and via_postmark.email.provider == "postmark"


def test_postmarks_own_message_id_is_not_the_provider_message_id() -> None:
    [message] = SOURCE.parse(recorded("plain.json"), RECEIVED).messages
    assert message.provider_message_id != "2b70686f-b103-4459-83d5-c5940507b1b8"


def test_stripped_text_reply_is_preferred_and_flagged() -> None:
    [message] = SOURCE.parse(recorded("reply_quoted.json"), RECEIVED).messages
    assert message.email is not None and message.email.quoted_history_stripped
    assert ">" not in message.text


def test_attachment_size_comes_from_content_length_and_content_is_never_kept() -> None:
    [message] = SOURCE.parse(recorded("attachment_pii.json"), RECEIVED).messages
    [attachment] = message.attachments
    assert attachment.size == 125
    assert "JVBER" not in json.dumps(message.to_dict())


# --- authentication -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer abc",
        "Basic",
        "Basic !!!notbase64",
        basic("webcare", "wrong"),
        basic("other", "test-password-123"),
        basic("webcare", ""),
        "Basic " + base64.b64encode(b"webcare").decode(),
        "Basic " + base64.b64encode(b"\xff\xfe:x").decode(),
    ],
)
def test_wrong_or_missing_basic_auth_is_401(authorization: str | None) -> None:
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(post(b"{}", authorization), SECRETS)
    assert excinfo.value.status == 401
    assert "test-password-123" not in excinfo.value.reason


def test_both_rotation_values_are_accepted_for_user_and_password() -> None:
    secrets = StaticSecrets(
        {"postmark_basic_user": ["new-user", "webcare"], "postmark_basic_password": ["new-pass", "old-pass"]}
    )
    SOURCE.verify(post(b"{}", basic("new-user", "old-pass")), secrets)
    SOURCE.verify(post(b"{}", basic("webcare", "new-pass")), secrets)


def test_missing_credentials_configuration_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError):
        SOURCE.verify(post(b"{}", basic("a", "b")), StaticSecrets({"postmark_basic_user": "a"}))


def test_handshake_get_is_405() -> None:
    request = Request(method="GET", path="/webhooks/postmark", headers={}, query={}, body=b"")
    with pytest.raises(ClientError) as excinfo:
        SOURCE.handshake(request, SECRETS)
    assert excinfo.value.status == 405


# --- robustness -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
payload_keys = st.sampled_from(
    [
        "From",
        "FromFull",
        "OriginalRecipient",
        "ToFull",
        "Subject",
        "Date",
        "TextBody",
        "HtmlBody",
        "StrippedTextReply",
        "Headers",
        "Attachments",
        "MessageID",
    ]
)


def _assert_messages_or_client_error(body: Any) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    try:
        SOURCE.parse(post(raw), RECEIVED)
    except ClientError as exc:
        assert 400 <= exc.status < 500


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(payload_keys, json_values, max_size=12))
def test_any_authenticated_payload_gives_messages_or_a_client_error(body: dict[str, Any]) -> None:
    _assert_messages_or_client_error(body)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_messages_or_a_client_error(raw: bytes) -> None:
    _assert_messages_or_client_error(raw)


def test_recorded_payload_with_any_field_replaced_gives_messages_or_a_client_error() -> None:
    base = json.loads((EVENTS / "reply_quoted.json").read_text(encoding="utf-8"))
    for key in base:
        for value in (None, 1, [], {}, "", "x" * 5000, [{"Name": 1}], {"Email": "@"}):
            _assert_messages_or_client_error(base | {key: value})
