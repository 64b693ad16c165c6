"""Mailgun routes: signature over timestamp + token, freshness, replayed tokens, recorded deliveries."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_email_common import assert_parsed_as_expected, expected_of

from webcare.errors import ConfigError
from webcare.http import ClientError, Request
from webcare.secrets import StaticSecrets
from webcare.sources import get_source
from webcare.sources.mailgun import MailgunSource, SeenTokens

EVENTS = Path(__file__).resolve().parents[2] / "events" / "mailgun"
KEY = "c0ffee4d1e5a7b9c2e6f8a0b3d5c7e91"
SECRETS = StaticSecrets({"mailgun_signing_key": KEY})
CLOCK: dict[str, str] = json.loads((EVENTS / "clock.json").read_text(encoding="utf-8"))
FIXTURES = sorted(
    p.name for p in EVENTS.iterdir() if p.name.endswith(".txt") and not p.name.endswith(".headers.json")
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def recorded(name: str) -> Request:
    headers = json.loads((EVENTS / f"{name}.headers.json").read_text(encoding="utf-8"))
    return Request(
        method="POST",
        path="/webhooks/mailgun",
        headers={k.lower(): v for k, v in headers.items()},
        query={},
        body=(EVENTS / name).read_bytes(),
    )


def source_at(moment: datetime) -> MailgunSource:
    return MailgunSource(clock=lambda: moment)


def documented_signature(key: str, timestamp: str, token: str) -> str:
    """Mailgun's recipe: hex HMAC-SHA256 of timestamp and token concatenated, keyed with the signing key."""
    return hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()


NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def form(fields: dict[str, str], *, key: str = KEY, when: datetime = NOW, token: str = "t" * 50) -> Request:
    timestamp = str(int(when.timestamp()))
    signed = {
        "timestamp": timestamp,
        "token": token,
        "signature": documented_signature(key, timestamp, token),
    }
    body = urlencode(fields | signed).encode()
    headers = {"content-type": "application/x-www-form-urlencoded"}
    return Request(method="POST", path="/webhooks/mailgun", headers=headers, query={}, body=body)


MINIMAL = {
    "recipient": "support@acme.example",
    "from": "Klant <klant@example.nl>",
    "subject": "Storing",
    "body-plain": "Mijn internet doet het niet.",
    "Message-Id": "<m1@example.nl>",
    "Date": "Mon, 30 Nov 2026 10:59:00 +0100",
}


def test_registry_returns_the_mailgun_source() -> None:
    assert isinstance(get_source("mailgun"), MailgunSource)


def test_every_recorded_file_has_an_expectation_and_a_clock() -> None:
    assert sorted(expected_of("mailgun")) == FIXTURES
    assert sorted(CLOCK) == FIXTURES


ACCEPTED = [n for n in FIXTURES if "rejected" not in expected_of("mailgun")[n]]


@pytest.mark.parametrize("name", ACCEPTED)
def test_recorded_delivery_verifies_at_its_clock_and_gives_the_expected_messages(name: str) -> None:
    source = source_at(at(CLOCK[name]))
    request = recorded(name)
    source.verify(request, SECRETS)
    assert_parsed_as_expected(source.parse(request, at(CLOCK[name])), expected_of("mailgun")[name])


@pytest.mark.parametrize("name", [n for n in FIXTURES if "rejected" in expected_of("mailgun")[n]])
def test_recorded_rejections_are_401_with_the_reason(name: str) -> None:
    expected = expected_of("mailgun")[name]
    source = source_at(at(CLOCK[name]))
    if "after" in expected:
        # The source that accepted the original delivery sees its token again 30 s later.
        moment = {"now": at(CLOCK[expected["after"]])}
        source = MailgunSource(clock=lambda: moment["now"])
        source.verify(recorded(expected["after"]), SECRETS)
        moment["now"] = at(CLOCK[name])
    with pytest.raises(ClientError) as excinfo:
        source.verify(recorded(name), SECRETS)
    assert excinfo.value.status == 401
    words = {"stale_timestamp": "stale", "replayed_token": "already used", "bad_signature": "does not match"}
    assert words[expected["rejected"]] in excinfo.value.reason


def test_retry_with_a_new_token_gives_the_same_message_key() -> None:
    first = source_at(at(CLOCK["plain.urlencoded.txt"])).parse(recorded("plain.urlencoded.txt"), NOW)
    retry = source_at(at(CLOCK["plain.retry.urlencoded.txt"])).parse(
        recorded("plain.retry.urlencoded.txt"), NOW
    )
    assert [m.message_key for m in first.messages] == [m.message_key for m in retry.messages]


def test_stripped_text_is_used_and_the_history_flagged() -> None:
    [message] = MailgunSource().parse(recorded("reply_quoted.urlencoded.txt"), NOW).messages
    assert "Bedankt voor uw bericht" not in message.text
    assert message.email is not None and message.email.quoted_history_stripped


def test_multipart_attachment_is_a_reference_with_its_size() -> None:
    [message] = MailgunSource().parse(recorded("attachment_pii.multipart.txt"), NOW).messages
    [attachment] = message.attachments
    assert (attachment.name, attachment.content_type, attachment.size) == (
        "meterstanden-nov.pdf",
        "application/pdf",
        125,
    )


# --- signature, freshness, replay -----------------------------------------------------------


def test_documented_signature_is_accepted_with_any_rotation_key() -> None:
    secrets = StaticSecrets({"mailgun_signing_key": ["new-key", KEY]})
    source_at(NOW).verify(form(MINIMAL), secrets)
    source_at(NOW).verify(form(MINIMAL, key="new-key", token="u" * 50), secrets)


@pytest.mark.parametrize("skew", [timedelta(minutes=-5), timedelta(minutes=4, seconds=59)])
def test_timestamps_within_five_minutes_are_fresh(skew: timedelta) -> None:
    source_at(NOW).verify(form(MINIMAL, when=NOW + skew), SECRETS)


@pytest.mark.parametrize("skew", [timedelta(minutes=-6), timedelta(minutes=6), timedelta(days=-400)])
def test_timestamps_beyond_five_minutes_are_stale(skew: timedelta) -> None:
    with pytest.raises(ClientError) as excinfo:
        source_at(NOW).verify(form(MINIMAL, when=NOW + skew), SECRETS)
    assert excinfo.value.status == 401 and "stale" in excinfo.value.reason


def test_a_token_is_accepted_once_even_with_other_content() -> None:
    source = source_at(NOW)
    source.verify(form(MINIMAL), SECRETS)
    with pytest.raises(ClientError) as excinfo:
        source.verify(form(MINIMAL | {"body-plain": "Bel me op 0612345678"}), SECRETS)
    assert "already used" in excinfo.value.reason


def test_a_forged_request_does_not_use_up_a_token() -> None:
    source = source_at(NOW)
    with pytest.raises(ClientError):
        source.verify(form(MINIMAL, key="wrong"), SECRETS)
    source.verify(form(MINIMAL), SECRETS)


def test_token_cache_forgets_after_twice_the_window_and_stays_bounded() -> None:
    tokens = SeenTokens(keep=timedelta(minutes=10), limit=3)
    assert tokens.first_use("a", NOW)
    assert not tokens.first_use("a", NOW + timedelta(minutes=9))
    assert tokens.first_use("a", NOW + timedelta(minutes=21))
    for name in "bcde":
        tokens.first_use(name, NOW + timedelta(minutes=21))
    assert tokens.first_use("a", NOW + timedelta(minutes=21))  # evicted by the bound


@pytest.mark.parametrize(
    "fields",
    [
        {"timestamp": "", "token": "t", "signature": "s"},
        {"timestamp": "abc", "token": "t", "signature": "s"},
        {"timestamp": "1", "token": "t" * 600, "signature": "s"},
        {"token": "t", "signature": "s"},
        {},
    ],
)
def test_missing_or_malformed_signature_fields_are_401(fields: dict[str, str]) -> None:
    body = urlencode(MINIMAL | fields).encode()
    request = Request(
        "POST", "/webhooks/mailgun", {"content-type": "application/x-www-form-urlencoded"}, {}, body
    )
    with pytest.raises(ClientError) as excinfo:
        source_at(NOW).verify(request, SECRETS)
    assert excinfo.value.status == 401


def test_other_content_types_are_415() -> None:
    request = Request("POST", "/webhooks/mailgun", {"content-type": "application/json"}, {}, b"{}")
    with pytest.raises(ClientError) as excinfo:
        source_at(NOW).verify(request, SECRETS)
    assert excinfo.value.status == 415


def test_missing_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError):
        source_at(NOW).verify(form(MINIMAL), StaticSecrets({}))


def test_message_headers_json_is_preferred_for_ids_and_ignore_rules() -> None:
    headers = json.dumps([["Message-Id", "<h@x.example>"], ["Auto-Submitted", "auto-replied"]])
    parsed = MailgunSource().parse(form(MINIMAL | {"message-headers": headers}), NOW)
    assert parsed.ignored == {"auto_reply": 1}


def test_mailgun_spam_flag_marks_the_message() -> None:
    [message] = MailgunSource().parse(form(MINIMAL | {"X-Mailgun-Sflag": "Yes"}), NOW).messages
    assert message.email is not None and message.email.suspected_spam


# --- robustness -------------------------------------------------------------------------------

field_names = st.sampled_from(
    [
        "recipient",
        "from",
        "From",
        "subject",
        "body-plain",
        "body-html",
        "stripped-text",
        "message-headers",
        "Message-Id",
        "In-Reply-To",
        "References",
        "Date",
        "body-mime",
        "Content-Type",
        "sender",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(field_names, st.text(max_size=120), max_size=10))
def test_any_authenticated_form_gives_messages_or_a_client_error(fields: dict[str, Any]) -> None:
    source = source_at(NOW)
    request = form(fields)
    source.verify(request, SECRETS)
    try:
        source.parse(request, NOW)
    except ClientError as exc:
        assert 400 <= exc.status < 500


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=300),
    st.sampled_from(["multipart/form-data; boundary=xYz", "application/x-www-form-urlencoded"]),
)
def test_any_body_gives_messages_or_a_client_error(raw: bytes, content_type: str) -> None:
    request = Request("POST", "/webhooks/mailgun", {"content-type": content_type}, {}, raw)
    try:
        MailgunSource().parse(request, NOW)
    except ClientError as exc:
        assert 400 <= exc.status < 500
