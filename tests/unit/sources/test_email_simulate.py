"""`webcare simulate` for the e-mail sources: what it sends passes each source's checks."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import pytest

from webcare import simulate
from webcare.http import Request
from webcare.secrets import StaticSecrets
from webcare.sources.mailgun import MailgunSource
from webcare.sources.postmark import PostmarkSource
from webcare.sources.sendgrid import SendGridSource
from webcare.sources.ses import SesSource

NOW = datetime.now(UTC)
SECRETS = StaticSecrets(
    {
        "postmark_basic_user": "webcare",
        "postmark_basic_password": "pw",
        "mailgun_signing_key": "mg-key",
        "sendgrid_url_token": "sg-token",
    }
)
RAW = simulate.email_message(
    "Mijn meter is stuk.", message_id="sim-1@example.nl", in_reply_to="<agent-1@acme>"
)


def _keys(parsed_messages: list) -> list[str]:
    return [m.message_key for m in parsed_messages]


def test_postmark_delivery_verifies_and_parses() -> None:
    body = simulate.serialize(simulate.postmark_payload(RAW))
    request = Request("POST", "/webhooks/postmark", simulate.postmark_headers("webcare", "pw"), {}, body)
    PostmarkSource().verify(request, SECRETS)
    [message] = PostmarkSource().parse(request, NOW).messages
    assert message.message_key == "email:sim-1@example.nl"
    assert message.customer.id == simulate.DEFAULT_EMAIL_FROM
    assert message.thread.in_reply_to == "agent-1@acme"


@pytest.mark.parametrize("mime", [False, True])
def test_mailgun_delivery_verifies_and_parses(mime: bool) -> None:
    body = urlencode(simulate.mailgun_fields(RAW, "mg-key", mime=mime)).encode()
    request = Request(
        "POST", "/webhooks/mailgun", {"content-type": "application/x-www-form-urlencoded"}, {}, body
    )
    source = MailgunSource()
    source.verify(request, SECRETS)
    assert _keys(source.parse(request, NOW).messages) == ["email:sim-1@example.nl"]


@pytest.mark.parametrize("raw", [False, True])
def test_sendgrid_delivery_verifies_and_parses(raw: bool) -> None:
    body, headers = simulate.multipart_form(simulate.sendgrid_fields(RAW, raw=raw))
    request = Request("POST", "/webhooks/sendgrid", headers, {"token": "sg-token"}, body)
    SendGridSource().verify(request, SECRETS)
    [message] = SendGridSource().parse(request, NOW).messages
    assert message.message_key == "email:sim-1@example.nl"
    assert message.text == "Mijn meter is stuk."


def test_ses_notification_and_subscription_verify_with_the_local_certificate(tmp_path: Path) -> None:
    key, pem = simulate.sns_signing_key(tmp_path / "sns-signing-key.json")
    assert (tmp_path / "sns-signing-cert.pem").read_bytes() == pem
    assert simulate.sns_signing_key(tmp_path / "sns-signing-key.json")[0] == key  # reused, not regenerated
    fetched: list[str] = []

    def aws(url: str) -> bytes:
        fetched.append(url)
        return pem

    source = SesSource(aws, {"allowed_topic_arns": [simulate.DEFAULT_SES_TOPIC]})
    document = simulate.ses_notification(RAW, key)
    request = Request("POST", "/webhooks/ses", {}, {}, json.dumps(document).encode())
    source.verify(request, SECRETS)
    assert _keys(source.parse(request, NOW).messages) == ["email:sim-1@example.nl"]
    confirmation = simulate.sns_subscription_confirmation(key)
    request = Request("POST", "/webhooks/ses", {}, {}, json.dumps(confirmation).encode())
    source.verify(request, SECRETS)
    assert source.parse(request, NOW).ignored == {"subscription_confirmed": 1}
    assert fetched == [simulate.DEFAULT_SNS_CERT_URL, confirmation["SubscribeURL"]]


@pytest.mark.parametrize(
    "argv",
    [
        ["postmark", "mail", "hallo"],
        ["mailgun", "mail", "hallo", "--mime", "--from", "a@b.example"],
        ["sendgrid", "mail", "hallo", "--raw", "--id", "x@y"],
        ["ses", "mail", "hallo", "--topic-arn", simulate.DEFAULT_SES_TOPIC],
        ["ses", "subscribe"],
    ],
)
def test_command_line_accepts_the_email_subcommands(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    simulate.configure(parser)
    args = parser.parse_args(argv)
    assert args.platform == argv[0] and args.kind == argv[1]


def test_command_line_sends_a_postmark_mail(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sent: list[tuple[str, str, bytes, dict[str, str]]] = []

    def fake_send(
        url: str, source: str, body: bytes, headers: dict[str, str], **kwargs: object
    ) -> tuple[int, str]:
        sent.append((url, source, body, headers))
        return 200, '{"accepted":1}'

    monkeypatch.setattr(simulate, "send", fake_send)
    monkeypatch.setenv("WEBCARE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("WEBCARE_POSTMARK_PASSWORD", "pw")
    monkeypatch.setenv("WEBCARE_POSTMARK_USER", "webcare")
    parser = argparse.ArgumentParser()
    simulate.configure(parser)
    assert simulate.main(parser.parse_args(["postmark", "mail", "hallo", "--id", "cli@x.example"])) == 0
    [(_, source, body, headers)] = sent
    assert source == "postmark"
    request = Request("POST", "/webhooks/postmark", headers, {}, body)
    PostmarkSource().verify(request, SECRETS)
    assert _keys(PostmarkSource().parse(request, NOW).messages) == ["email:cli@x.example"]
    assert "HTTP 200" in capsys.readouterr().out
