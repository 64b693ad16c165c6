"""E-mail through the local stack over HTTP: each provider's signed delivery into the local inbox,
and the same e-mail again (also via another provider) forwarding nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from webcare import simulate
from webcare.local.inbox import LocalInbox
from webcare.local.stack import LocalStack, local_config, local_secrets
from webcare.sources import _loaded

pytestmark = pytest.mark.e2e

_SECRETS = local_secrets()
EMAIL_SECRETS = {
    "postmark_basic_user": "webcare",
    "postmark_basic_password": "postmark-local-password",
    "mailgun_signing_key": "mailgun-local-signing-key",
    "sendgrid_url_token": "sendgrid-local-url-token",
}
SECRET_FOR = {
    "postmark": EMAIL_SECRETS["postmark_basic_password"],
    "mailgun": EMAIL_SECRETS["mailgun_signing_key"],
    "sendgrid": EMAIL_SECRETS["sendgrid_url_token"],
}


@pytest.fixture
def inbox() -> Iterator[LocalInbox]:
    with LocalInbox([_SECRETS["webhook_signing_secret"]], port=0) as running:
        yield running


@pytest.fixture
def stack(inbox: LocalInbox, tmp_path: Path) -> Iterator[tuple[LocalStack, Path]]:
    # The local stack trusts the certificate `webcare simulate ses` signs with (the key in its
    # state directory, created by whichever comes first) and records SubscribeURL confirmations.
    key_file = tmp_path / ".local" / "sns-signing-key.json"
    _loaded.pop("ses", None)
    _loaded.pop("mailgun", None)
    config = local_config(inbox.webhook_url) | {
        "sources": {"ses": {"allowed_topic_arns": [simulate.DEFAULT_SES_TOPIC]}}
    }
    config_file = tmp_path / "config.json"
    config_file.write_text(json.dumps(config), encoding="utf-8")
    with LocalStack(
        port=0,
        inbox_url=inbox.webhook_url,
        state_dir=tmp_path / ".local",
        config_path=config_file,
        secrets=_SECRETS,
        extra_secrets=EMAIL_SECRETS,
        visibility_timeout=2,
        quiet=True,
    ) as running:
        yield running, key_file
    _loaded.pop("ses", None)


def inbox_messages(inbox: LocalInbox) -> list[dict[str, Any]]:
    response = requests.get(f"{inbox.url}/cases", timeout=10)
    response.raise_for_status()
    return [entry["message"] for case in response.json() for entry in case["messages"]]


def send(stack: tuple[LocalStack, Path], platform: str, raw: bytes, *, variant: bool = False) -> int:
    running, key_file = stack
    secret = str(key_file) if platform == "ses" else SECRET_FOR[platform]
    status, _ = simulate.post_email(
        running.url, platform, raw, secret, user=EMAIL_SECRETS["postmark_basic_user"], variant=variant
    )
    return status


@pytest.mark.parametrize(
    ("platform", "variant", "again_via"),
    [
        ("postmark", False, "postmark"),
        ("mailgun", False, "sendgrid"),
        ("mailgun", True, "mailgun"),
        ("sendgrid", False, "ses"),
        ("sendgrid", True, "postmark"),
        ("ses", False, "mailgun"),
    ],
)
def test_an_email_reaches_the_inbox_once_however_often_and_by_whom_it_is_delivered(
    stack: tuple[LocalStack, Path], inbox: LocalInbox, platform: str, variant: bool, again_via: str
) -> None:
    # Given one e-mail with a password in it, delivered by `platform`
    raw = simulate.email_message(
        "Mijn wachtwoord is Zomer2024!x en de app doet het niet.",
        message_id=f"e2e-{platform}-{variant}@example.nl",
    )
    assert send(stack, platform, raw, variant=variant) == 200
    # And the same e-mail again, by the same or another provider
    assert send(stack, again_via, raw) == 200
    stack[0].wait_until_idle(60)
    # Then the inbox holds it once, as a private e-mail, scrubbed
    [message] = inbox_messages(inbox)
    assert message["message_key"] == f"email:e2e-{platform}-{variant}@example.nl"
    assert message["channel"] == "email" and message["visibility"] == "private"
    assert message["customer"]["id"] == simulate.DEFAULT_EMAIL_FROM
    assert message["email"]["provider"] == platform
    assert "Zomer2024!x" not in json.dumps(inbox_messages(inbox))
    assert inbox.attempts == 1


def test_wrong_credentials_reach_nothing(stack: tuple[LocalStack, Path], inbox: LocalInbox) -> None:
    raw = simulate.email_message("hallo", message_id="e2e-wrong@example.nl")
    running, _ = stack
    assert simulate.post_email(running.url, "postmark", raw, "wrong", user="webcare")[0] == 401
    assert simulate.post_email(running.url, "mailgun", raw, "wrong")[0] == 401
    assert simulate.post_email(running.url, "sendgrid", raw, "wrong")[0] == 401
    running.wait_until_idle(30)
    assert inbox_messages(inbox) == []


def test_ses_subscription_confirmation_is_answered(stack: tuple[LocalStack, Path]) -> None:
    running, key_file = stack
    key, _ = simulate.sns_signing_key(key_file)
    status, body = simulate.post_sns(running.url, simulate.sns_subscription_confirmation(key))
    assert status == 200 and json.loads(body)["ignored"] == {"subscription_confirmed": 1}
    [confirmation] = running.sns_confirmations()
    assert confirmation["topic_arn"] == simulate.DEFAULT_SES_TOPIC
