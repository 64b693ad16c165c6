"""Meta, WhatsApp and Telegram through the local stack over HTTP into the local inbox, with
`webcare.simulate` sending what the platforms send: one message each arrives once, and a second
delivery of it forwards nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from webcare import simulate
from webcare.local.inbox import LocalInbox
from webcare.local.stack import LocalStack, local_secrets

pytestmark = pytest.mark.e2e

EVENTS = Path(__file__).resolve().parents[1] / "events"
PLATFORM_SECRETS = {
    "meta_app_secret": "e2e-meta-app-secret",
    "meta_verify_token": "e2e-meta-verify-token",
    "telegram_secret_token": "e2e_telegram-secret",
}
_SECRETS = local_secrets() | PLATFORM_SECRETS


@pytest.fixture
def inbox() -> Iterator[LocalInbox]:
    with LocalInbox([_SECRETS["webhook_signing_secret"]], port=0) as running:
        yield running


@pytest.fixture
def stack(inbox: LocalInbox, tmp_path: Path) -> Iterator[LocalStack]:
    with LocalStack(
        port=0,
        inbox_url=inbox.webhook_url,
        state_dir=tmp_path / ".local",
        secrets=_SECRETS,
        visibility_timeout=2,
        quiet=True,
    ) as running:
        yield running


def inbox_messages(inbox: LocalInbox) -> list[dict[str, Any]]:
    response = requests.get(f"{inbox.url}/cases", timeout=10)
    response.raise_for_status()
    return [entry["message"] for case in response.json() for entry in case["messages"]]


def _messenger(stack: LocalStack) -> tuple[int, str]:
    payload = simulate.messenger_payload("Hé, mijn stroom is uitgevallen 😞", message_id="m_e2e_messenger")
    return simulate.post_meta(stack.url, payload, PLATFORM_SECRETS["meta_app_secret"])


def _whatsapp(stack: LocalStack) -> tuple[int, str]:
    payload = simulate.whatsapp_payload("Mijn slimme meter geeft “geen verbinding”", message_id="wamid.e2e")
    return simulate.post_meta(stack.url, payload, PLATFORM_SECRETS["meta_app_secret"], source="whatsapp")


def _telegram(stack: LocalStack) -> tuple[int, str]:
    update = simulate.telegram_update(
        "Hoi! Ik zie mijn verbruik niet meer", message_id=311, update_id=918273601
    )
    return simulate.post_telegram(stack.url, update, PLATFORM_SECRETS["telegram_secret_token"])


SENDERS: dict[str, tuple[Callable[[LocalStack], tuple[int, str]], str, str]] = {
    "meta": (_messenger, "meta:m_e2e_messenger", "messenger"),
    "whatsapp": (_whatsapp, "whatsapp:wamid.e2e", "whatsapp"),
    "telegram": (_telegram, f"telegram:{simulate.DEFAULT_TELEGRAM_USER_ID}:311", "telegram"),
}


@pytest.mark.parametrize("source", sorted(SENDERS))
def test_one_message_arrives_once_and_a_second_delivery_forwards_nothing(
    stack: LocalStack, inbox: LocalInbox, source: str
) -> None:
    send, key, channel = SENDERS[source]
    status, body = send(stack)
    assert status == 200, body
    assert json.loads(body)["accepted"] == 1
    stack.wait_until_idle(60)
    [message] = inbox_messages(inbox)
    assert (message["message_key"], message["channel"]) == (key, channel)
    # The platform delivers it again (a retry after a lost answer).
    assert send(stack)[0] == 200
    stack.wait_until_idle(60)
    assert [m["message_key"] for m in inbox_messages(inbox)] == [key]
    assert inbox.attempts == 1 and inbox.duplicates == 0


def test_a_recorded_meta_delivery_in_metas_escaped_bytes_is_accepted(
    stack: LocalStack, inbox: LocalInbox
) -> None:
    body = (EVENTS / "meta" / "messenger_url_attachment.json").read_bytes()
    response = requests.post(
        f"{stack.url}/webhooks/meta",
        data=body,
        headers=simulate.sign_meta(body, PLATFORM_SECRETS["meta_app_secret"]),
        timeout=10,
    )
    assert response.status_code == 200 and response.json()["accepted"] == 1
    stack.wait_until_idle(60)
    [message] = inbox_messages(inbox)
    assert "https://example.org/storingen/kaart?postcode=3811&wijk=centrum" in message["text"]
    assert [a["kind"] for a in message["attachments"]] == ["image"]


@pytest.mark.parametrize("source", ["meta", "whatsapp"])
def test_the_verify_handshake_is_answered_and_a_wrong_token_refused(stack: LocalStack, source: str) -> None:
    token = PLATFORM_SECRETS["meta_verify_token"]
    status, body, echoed = simulate.verify_meta(stack.url, token, source=source, challenge="1158201444")
    assert (status, body, echoed) == (200, "1158201444", True)
    status, body, echoed = simulate.verify_meta(stack.url, "wrong", source=source, challenge="1158201444")
    assert status == 403 and not echoed and "1158201444" not in body


def test_wrong_signature_and_wrong_token_reach_nothing(stack: LocalStack, inbox: LocalInbox) -> None:
    payload = simulate.messenger_payload("hallo")
    assert simulate.post_meta(stack.url, payload, "not-the-app-secret")[0] == 401
    update = simulate.telegram_update("hallo")
    assert simulate.post_telegram(stack.url, update, "not-the-token")[0] == 401
    assert requests.get(f"{stack.url}/webhooks/telegram", timeout=10).status_code == 405
    stack.wait_until_idle(30)
    assert inbox_messages(inbox) == []
