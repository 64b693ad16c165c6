"""SendGrid Inbound Parse: URL token, charsets per field, parsed and raw mode, recorded deliveries."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_email_common import assert_parsed_as_expected, expected_of

from webcare.errors import ConfigError
from webcare.http import ClientError, Request
from webcare.secrets import StaticSecrets
from webcare.sources import get_source
from webcare.sources.email_forms import parse_form
from webcare.sources.sendgrid import SendGridSource

EVENTS = Path(__file__).resolve().parents[2] / "events" / "sendgrid"
RECEIVED = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
TOKEN = "k2J9xQ4mV7pR1sT8wY3zA6bC0dE5fG2h"
SECRETS = StaticSecrets({"sendgrid_url_token": [TOKEN, "previous-token-still-accepted"]})
SOURCE = SendGridSource()
FIXTURES = sorted(p.name for p in EVENTS.glob("*.multipart.*") if not p.name.endswith(".headers.json"))


def recorded(name: str, token: str | None = TOKEN) -> Request:
    headers = json.loads((EVENTS / f"{name}.headers.json").read_text(encoding="utf-8"))
    return Request(
        method="POST",
        path="/webhooks/sendgrid",
        headers={k.lower(): v for k, v in headers.items()},
        query={"token": token} if token is not None else {},
        body=(EVENTS / name).read_bytes(),
    )


def multipart(fields: dict[str, bytes], boundary: str = "xYzZY") -> Request:
    body = (
        b"".join(
            b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
            % (boundary.encode(), k.encode(), v)
            for k, v in fields.items()
        )
        + b"--%s--\r\n" % boundary.encode()
    )
    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    return Request("POST", "/webhooks/sendgrid", headers, {"token": TOKEN}, body)


def test_registry_returns_the_sendgrid_source() -> None:
    assert isinstance(get_source("sendgrid"), SendGridSource)


def test_every_recorded_file_has_an_expectation() -> None:
    assert sorted(expected_of("sendgrid")) == FIXTURES


@pytest.mark.parametrize("name", FIXTURES)
def test_recorded_delivery_verifies_and_gives_the_expected_messages(name: str) -> None:
    request = recorded(name)
    SOURCE.verify(request, SECRETS)
    assert_parsed_as_expected(SOURCE.parse(request, RECEIVED), expected_of("sendgrid")[name])


def test_raw_and_parsed_mode_give_the_same_message_key_and_text() -> None:
    [parsed_mode] = SOURCE.parse(recorded("reply_quoted.multipart.txt"), RECEIVED).messages
    [raw_mode] = SOURCE.parse(recorded("raw_reply_quoted.multipart.txt"), RECEIVED).messages
    assert parsed_mode.message_key == raw_mode.message_key
    assert parsed_mode.text == raw_mode.text


def test_charsets_field_decides_how_a_field_is_decoded() -> None:
    fields = {
        "headers": b"Message-ID: <c@x.example>\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n",
        "from": b"a@x.example",
        "to": b"support@acme.example",
        "text": "\u00e9\u00e9n w\u00e9\u00e9k".encode("iso-8859-1"),
        "subject": "caf\u00e9".encode("windows-1252"),
        "charsets": b'{"text":"iso-8859-1","subject":"windows-1252","from":"UTF-8"}',
    }
    [message] = SOURCE.parse(multipart(fields), RECEIVED).messages
    assert message.text == "één wéék"
    assert message.subject == "café"


def test_unknown_charset_falls_back_to_utf8() -> None:
    fields = {
        "headers": b"Message-ID: <c@x>\n",
        "from": b"a@x.example",
        "to": b"s@acme.example",
        "text": "h\u00e9".encode(),
        "charsets": b'{"text":"x-no-such-charset"}',
    }
    [message] = SOURCE.parse(multipart(fields), RECEIVED).messages
    assert message.text == "hé"


# --- the URL token ------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN[:-1], TOKEN + "x", "x" * 10_000])
def test_wrong_or_missing_url_token_is_401(token: str | None) -> None:
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(recorded("plain.multipart.txt", token), SECRETS)
    assert excinfo.value.status == 401
    assert TOKEN not in excinfo.value.reason


def test_previous_token_is_accepted_during_rotation() -> None:
    SOURCE.verify(recorded("plain.multipart.txt", "previous-token-still-accepted"), SECRETS)


def test_missing_token_configuration_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError):
        SOURCE.verify(recorded("plain.multipart.txt"), StaticSecrets({}))


# --- form parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body", "status"),
    [
        ("multipart/form-data", b"--x\r\n", 400),
        ("multipart/form-data; boundary=x", b"no parts at all", 400),
        ("multipart/form-data; boundary=x", b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nv', 400),
        ("multipart/form-data; boundary=x", b"--x\r\nContent-Type: text/plain\r\n\r\nv\r\n--x--", 400),
        ("text/plain", b"a=b", 415),
    ],
)
def test_malformed_forms_are_client_errors(content_type: str, body: bytes, status: int) -> None:
    with pytest.raises(ClientError) as excinfo:
        parse_form(Request("POST", "/", {"content-type": content_type}, {}, body))
    assert excinfo.value.status == status


def test_too_many_fields_are_refused_in_linear_time() -> None:
    body = b"".join(
        b'--x\r\nContent-Disposition: form-data; name="f%d"\r\n\r\nv\r\n' % i for i in range(5000)
    )
    with pytest.raises(ClientError) as excinfo:
        parse_form(
            Request("POST", "/", {"content-type": "multipart/form-data; boundary=x"}, {}, body + b"--x--")
        )
    assert "more than" in excinfo.value.reason


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "headers",
                "from",
                "to",
                "subject",
                "text",
                "html",
                "email",
                "envelope",
                "charsets",
                "attachment-info",
            ]
        ),
        st.binary(max_size=150),
        max_size=8,
    )
)
def test_any_authenticated_form_gives_messages_or_a_client_error(fields: dict[str, bytes]) -> None:
    request = multipart({k: v.replace(b"--xYzZY", b"") for k, v in fields.items()})
    SOURCE.verify(request, SECRETS)
    try:
        SOURCE.parse(request, RECEIVED)
    except ClientError as exc:
        assert 400 <= exc.status < 500
