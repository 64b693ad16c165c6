"""What the `meta` and `whatsapp` sources share: the hub.challenge handshake and X-Hub-Signature-256.

Every test runs against both sources (they must behave the same), and this module also holds the
recorded-fixture check used by the three new sources' tests (`check_recorded`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from webcare.errors import ConfigError
from webcare.http import ClientError, Request
from webcare.model import Message, iso, parse_iso
from webcare.secrets import StaticSecrets
from webcare.sources import get_source
from webcare.sources.base import Parsed
from webcare.sources.meta_common import signature

EVENTS = Path(__file__).resolve().parents[2] / "events"
APP_SECRET = "meta-app-secret"
VERIFY_TOKEN = "verify-token-2026"
SECRETS = StaticSecrets({"meta_app_secret": APP_SECRET, "meta_verify_token": VERIFY_TOKEN})
META_SOURCES = ["meta", "whatsapp"]


def post(body: bytes, headers: dict[str, str] | None = None, path: str = "/webhooks/meta") -> Request:
    return Request(method="POST", path=path, headers=headers or {}, query={}, body=body)


def get(query: dict[str, str]) -> Request:
    return Request(method="GET", path="/webhooks/meta", headers={}, query=query, body=b"")


def signed(body: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    return {"x-hub-signature-256": signature(secret, body), "content-type": "application/json"}


def subscribe(challenge: str = "1158201444", token: str = VERIFY_TOKEN) -> dict[str, str]:
    return {"hub.mode": "subscribe", "hub.challenge": challenge, "hub.verify_token": token}


def check_recorded(message: Message, expected: dict[str, Any], source: str) -> None:
    """One parsed message against one entry of a fixture folder's expected.json."""
    assert message.source == source
    assert message.provider_message_id == expected["provider_message_id"]
    assert message.message_key == f"{source}:{expected['provider_message_id']}"
    assert message.channel == expected["channel"]
    assert message.account.id == expected["account"]
    customer = message.customer
    assert {"namespace": customer.namespace, "id": customer.id, "scope": customer.scope} == expected[
        "customer"
    ]
    assert message.visibility == expected["visibility"]
    assert message.occurred_at == parse_iso(expected["occurred_at"])
    assert iso(message.occurred_at).endswith("Z")
    for fragment in expected.get("text_contains", []):
        assert fragment in message.text
    for fragment in expected.get("text_not_contains", []):
        assert fragment not in message.text
    for value in expected.get("pii", []):
        assert value in message.text  # the parser keeps it; the scrubber's job comes next
    if "in_reply_to" in expected:
        assert message.thread.in_reply_to == expected["in_reply_to"]
    if "attachment_kinds" in expected:
        assert [a.kind for a in message.attachments] == expected["attachment_kinds"]
    assert message.scrub is None


def check_recorded_delivery(
    parsed: Parsed, expected: dict[str, Any] | list[Any], source: str, ignored: dict[str, int]
) -> None:
    """A recorded delivery's parse against its expected.json entry: no messages for one that is
    ignored, else each message as expected; and `ignored`, the events it counted by reason."""
    if isinstance(expected, dict):
        assert expected == {"ignored": True}
        assert parsed.messages == []
    else:
        assert len(parsed.messages) == len(expected)
        for message, wanted in zip(parsed.messages, expected, strict=True):
            check_recorded(message, wanted, source)
    assert parsed.ignored == ignored


def expectations(source: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EVENTS / source / "expected.json").read_text(encoding="utf-8"))
    return loaded


# --- handshake ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", META_SOURCES)
def test_handshake_echoes_the_challenge_as_plain_text(name: str) -> None:
    source = get_source(name)
    assert source is not None
    response = source.handshake(get(subscribe("1158201444")), SECRETS)
    assert (response.status, response.body, response.content_type) == (200, "1158201444", "text/plain")


@pytest.mark.parametrize("name", META_SOURCES)
def test_wrong_verify_token_is_403_and_the_challenge_is_not_echoed(name: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.handshake(get(subscribe("987654321", token="guessed")), SECRETS)
    assert excinfo.value.status == 403
    assert "987654321" not in excinfo.value.reason
    assert VERIFY_TOKEN not in excinfo.value.reason and "guessed" not in excinfo.value.reason


@pytest.mark.parametrize("name", META_SOURCES)
def test_missing_verify_token_is_403(name: str) -> None:
    source = get_source(name)
    assert source is not None
    query = subscribe()
    del query["hub.verify_token"]
    with pytest.raises(ClientError) as excinfo:
        source.handshake(get(query), SECRETS)
    assert excinfo.value.status == 403


@pytest.mark.parametrize("name", META_SOURCES)
def test_both_verify_tokens_are_accepted_during_a_rotation(name: str) -> None:
    source = get_source(name)
    assert source is not None
    secrets = StaticSecrets({"meta_verify_token": ["new-token", "old-token"]})
    for token in ("new-token", "old-token"):
        assert source.handshake(get(subscribe("42", token=token)), secrets).body == "42"


@pytest.mark.parametrize("name", META_SOURCES)
@pytest.mark.parametrize("challenge", ["", "{}", '{"object":"page"}', "a b", "x" * 129, "é"])
def test_a_challenge_outside_the_allowed_alphabet_is_400_and_not_echoed(name: str, challenge: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.handshake(get(subscribe(challenge)), SECRETS)
    assert excinfo.value.status == 400
    assert "hub.challenge" in excinfo.value.reason


@pytest.mark.parametrize("name", META_SOURCES)
def test_hub_mode_other_than_subscribe_is_400(name: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.handshake(get(subscribe() | {"hub.mode": "unsubscribe"}), SECRETS)
    assert excinfo.value.status == 400 and "hub.mode" in excinfo.value.reason


@pytest.mark.parametrize("name", META_SOURCES)
def test_handshake_without_a_configured_verify_token_is_a_configuration_error(name: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ConfigError):
        source.handshake(get(subscribe()), StaticSecrets({"meta_app_secret": APP_SECRET}))


# --- signature ---------------------------------------------------------------------------------


def test_signature_matches_a_published_x_hub_signature_256_vector() -> None:
    # GitHub's documented example of the same header format (secret, payload, expected header).
    assert (
        signature("It's a Secret to Everybody", b"Hello, World!")
        == "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    )


def test_signature_over_a_recorded_body_matches_openssl() -> None:
    # openssl dgst -sha256 -hmac meta-app-secret tests/events/meta/messenger_text.json
    body = (EVENTS / "meta" / "messenger_text.json").read_bytes()
    assert signature(APP_SECRET, body) == (
        "sha256=303bde8c57b39300e8674ee2aa8b8c5c828ce4f2988c4eac547e5b0e3021de53"
    )


@pytest.mark.parametrize("name", META_SOURCES)
def test_a_correct_signature_verifies(name: str) -> None:
    source = get_source(name)
    assert source is not None
    body = b'{"object":"page","entry":[]}'
    source.verify(post(body, signed(body)), SECRETS)
    upper = {"x-hub-signature-256": "sha256=" + signature(APP_SECRET, body)[7:].upper()}
    source.verify(post(body, upper), SECRETS)


@pytest.mark.parametrize("name", META_SOURCES)
def test_the_escaped_bytes_verify_and_a_reserialised_body_does_not(name: str) -> None:
    # Meta signs `\u00e9` and `https:\/\/`; the same JSON re-serialised (é, https://) is other bytes.
    folder = "meta" if name == "meta" else "whatsapp"
    body = (
        EVENTS / folder / ("messenger_url_attachment.json" if name == "meta" else "reply_url.json")
    ).read_bytes()
    source = get_source(name)
    assert source is not None
    source.verify(post(body, signed(body)), SECRETS)
    reserialised = json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":")).encode()
    assert reserialised != body
    with pytest.raises(ClientError) as excinfo:
        source.verify(post(reserialised, signed(body)), SECRETS)
    assert excinfo.value.status == 401


@pytest.mark.parametrize("name", META_SOURCES)
def test_previous_app_secret_is_still_accepted_during_rotation(name: str) -> None:
    source = get_source(name)
    assert source is not None
    secrets = StaticSecrets({"meta_app_secret": ["new-secret", "old-secret"]})
    body = b'{"object":"page","entry":[]}'
    for secret in ("new-secret", "old-secret"):
        source.verify(post(body, signed(body, secret)), secrets)
    with pytest.raises(ClientError):
        source.verify(post(body, signed(body, "other-secret")), secrets)


@pytest.mark.parametrize("name", META_SOURCES)
def test_wrong_signature_is_401_and_the_reason_reveals_nothing(name: str) -> None:
    source = get_source(name)
    assert source is not None
    body = b'{"object":"page","entry":[]}'
    with pytest.raises(ClientError) as excinfo:
        source.verify(post(body, signed(body, "guessed")), SECRETS)
    assert excinfo.value.status == 401 and "does not match" in excinfo.value.reason
    assert APP_SECRET not in excinfo.value.reason
    assert signature(APP_SECRET, body) not in excinfo.value.reason


@pytest.mark.parametrize("name", META_SOURCES)
@pytest.mark.parametrize("header", ["", "sha256=", "sha1=abc", "303bde8c57b39300e8674ee2", "sha256=ü"])
def test_malformed_signature_is_401(name: str, header: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.verify(post(b"{}", {"x-hub-signature-256": header}), SECRETS)
    assert excinfo.value.status == 401


@pytest.mark.parametrize("name", META_SOURCES)
def test_the_sha1_header_alone_is_not_enough(name: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.verify(post(b"{}", {"x-hub-signature": "sha1=0123"}), SECRETS)
    assert excinfo.value.status == 401 and "X-Hub-Signature-256" in excinfo.value.reason


@pytest.mark.parametrize("name", META_SOURCES)
def test_a_correctly_signed_body_that_is_not_a_json_object_is_400(name: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.verify(post(b"1158201444", signed(b"1158201444")), SECRETS)
    assert excinfo.value.status == 400 and "JSON object" in excinfo.value.reason


@pytest.mark.parametrize("name", META_SOURCES)
def test_verify_without_a_configured_app_secret_is_a_configuration_error(name: str) -> None:
    source = get_source(name)
    assert source is not None
    with pytest.raises(ConfigError):
        source.verify(post(b"{}", signed(b"{}")), StaticSecrets({"meta_verify_token": VERIFY_TOKEN}))
