"""`webcare simulate meta|whatsapp|telegram`: payloads the sources accept, signed as the platforms do,
and the command line, with the HTTP requests answered by the real sources (no network)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from webcare import cli, simulate
from webcare.http import ClientError, Request
from webcare.secrets import StaticSecrets
from webcare.sources import get_source

APP_SECRET = "local-meta-app-secret"
VERIFY_TOKEN = "local-verify-token"
TG_TOKEN = "local_telegram-token"
SECRETS = StaticSecrets(
    {"meta_app_secret": APP_SECRET, "meta_verify_token": VERIFY_TOKEN, "telegram_secret_token": TG_TOKEN}
)
RECEIVED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
MOMENT = datetime(2026, 11, 23, 9, 14, 7, 312000, tzinfo=UTC)


def accepted(
    source_name: str, body: bytes, headers: dict[str, str], query: dict[str, str] | None = None
) -> Any:
    source = get_source(source_name)
    assert source is not None
    request = Request(
        "POST", f"/webhooks/{source_name}", {k.lower(): v for k, v in headers.items()}, query or {}, body
    )
    source.verify(request, SECRETS)
    return source.parse(request, RECEIVED)


@pytest.mark.parametrize(
    ("kind", "channel", "visibility", "account"),
    [
        ("messenger", "messenger", "private", simulate.DEFAULT_PAGE_ID),
        ("instagram-dm", "instagram_dm", "private", simulate.DEFAULT_IG_ACCOUNT_ID),
        ("facebook-comment", "facebook_comment", "public", simulate.DEFAULT_PAGE_ID),
        ("instagram-comment", "instagram_comment", "public", simulate.DEFAULT_IG_ACCOUNT_ID),
    ],
)
def test_meta_payloads_are_signed_in_metas_wire_form_and_accepted(
    kind: str, channel: str, visibility: str, account: str
) -> None:
    payload = simulate.messenger_payload("Café https://example.org/x 😞", kind=kind, occurred_at=MOMENT)
    body = simulate.serialize_meta(payload)
    assert b"\\u00e9" in body and b"https:\\/\\/" in body and b"\\ud83d\\ude1e" in body
    [message] = accepted("meta", body, simulate.sign_meta(body, APP_SECRET)).messages
    assert (message.channel, message.visibility, message.account.id) == (channel, visibility, account)
    assert message.text == "Café https://example.org/x 😞"
    assert message.customer.id == simulate.DEFAULT_PSID
    expected_time = MOMENT if kind in ("messenger", "instagram-dm") else MOMENT.replace(microsecond=0)
    assert message.occurred_at == expected_time


def test_meta_payloads_get_fresh_ids_unless_given() -> None:
    first = simulate.messenger_payload("a")["entry"][0]["messaging"][0]["message"]["mid"]
    second = simulate.messenger_payload("a")["entry"][0]["messaging"][0]["message"]["mid"]
    assert first != second
    fixed = simulate.messenger_payload("a", message_id="m_fixed")["entry"][0]["messaging"][0]["message"][
        "mid"
    ]
    assert fixed == "m_fixed"


def test_whatsapp_payload_is_accepted_with_its_reply_context() -> None:
    payload = simulate.whatsapp_payload("Mijn meter", reply_to="wamid.business", occurred_at=MOMENT)
    body = simulate.serialize_meta(payload)
    [message] = accepted("whatsapp", body, simulate.sign_meta(body, APP_SECRET)).messages
    assert (message.customer.id, message.account.id) == (
        simulate.DEFAULT_WA_ID,
        simulate.DEFAULT_PHONE_NUMBER_ID,
    )
    assert message.thread.in_reply_to == "wamid.business"
    assert message.occurred_at == MOMENT.replace(microsecond=0)


def test_telegram_update_and_its_edit_are_accepted() -> None:
    update = simulate.telegram_update("hallo", message_id=311, occurred_at=MOMENT)
    headers = simulate.telegram_headers(TG_TOKEN)
    query = {"bot_id": simulate.DEFAULT_BOT_ID}
    [message] = accepted("telegram", simulate.serialize(update), headers, query).messages
    assert message.provider_message_id == f"{simulate.DEFAULT_TELEGRAM_USER_ID}:311"
    edit = simulate.telegram_update("hallo!", edit_of=311)
    [revision] = accepted("telegram", simulate.serialize(edit), headers, query).messages
    assert revision.edit_of == message.provider_message_id
    group = simulate.telegram_update("hoi", chat_type="supergroup", chat_id="-1001987654321")
    [public] = accepted("telegram", simulate.serialize(group), headers, query).messages
    assert public.visibility == "public"


# --- the command, with requests answered by the real sources ----------------------------------


@dataclass
class Answer:
    status_code: int
    text: str


@pytest.fixture
def platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Request]:
    """requests.post/get inside webcare.simulate, answered by the sources; records what was sent."""
    sent: list[Request] = []
    for name in (
        "WEBCARE_URL",
        "WEBCARE_META_SECRET",
        "WEBCARE_META_VERIFY_TOKEN",
        "WEBCARE_TELEGRAM_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)

    def answer(method: str, url: str, **kwargs: Any) -> Answer:
        source_name = url.rsplit("/", 1)[1]
        source = get_source(source_name)
        assert source is not None
        request = Request(
            method,
            f"/webhooks/{source_name}",
            {k.lower(): v for k, v in (kwargs.get("headers") or {}).items()},
            dict(kwargs.get("params") or {}),
            kwargs.get("data") or b"",
        )
        sent.append(request)
        try:
            if method == "GET":
                response = source.handshake(request, SECRETS)
                return Answer(response.status, response.body)
            source.verify(request, SECRETS)
            parsed = source.parse(request, RECEIVED)
        except ClientError as exc:
            return Answer(exc.status, json.dumps({"error": exc.reason}))
        return Answer(200, json.dumps({"accepted": len(parsed.messages), "ignored": parsed.ignored}))

    monkeypatch.setattr(requests, "post", lambda url, **kw: answer("POST", url, **kw))
    monkeypatch.setattr(requests, "get", lambda url, **kw: answer("GET", url, **kw))
    return sent


URL = ["--url", "http://127.0.0.1:9"]


@pytest.mark.parametrize("kind", ["messenger", "instagram-dm", "facebook-comment", "instagram-comment"])
def test_cli_meta_sends_a_signed_delivery(
    platform: list[Request], kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["simulate", "meta", kind, "Hé, storing!", *URL, "--secret", APP_SECRET]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "HTTP 200" and '"accepted": 1' in out


def test_cli_whatsapp_and_telegram_send_accepted_messages(
    platform: list[Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_META_SECRET", APP_SECRET)
    monkeypatch.setenv("WEBCARE_TELEGRAM_SECRET", TG_TOKEN)
    assert cli.main(["simulate", "whatsapp", "text", "Mijn meter", *URL, "--from-id", "31699999999"]) == 0
    assert (
        cli.main(["simulate", "telegram", "message", "Hoi", *URL, "--chat-type", "group", "--chat-id", "-5"])
        == 0
    )
    assert cli.main(["simulate", "telegram", "message", "Hoi!", *URL, "--edit-of", "7"]) == 0
    whatsapp, group, edit = platform
    assert (
        json.loads(whatsapp.body)["entry"][0]["changes"][0]["value"]["messages"][0]["from"] == "31699999999"
    )
    assert group.query == {"bot_id": simulate.DEFAULT_BOT_ID}
    assert "edited_message" in json.loads(edit.body)


def test_cli_verify_checks_the_echoed_challenge(platform: list[Request]) -> None:
    for name in ("meta", "whatsapp"):
        assert cli.main(["simulate", name, "verify", *URL, "--secret", VERIFY_TOKEN]) == 0
        assert cli.main(["simulate", name, "verify", *URL, "--secret", "wrong-token"]) == 1


def test_cli_reads_the_meta_secret_from_the_local_stack_state(
    platform: list[Request], tmp_path: Path
) -> None:
    state = tmp_path / ".local" / "stack.json"
    state.parent.mkdir()
    secrets = {"meta_app_secret": [APP_SECRET, "previous"], "telegram_secret_token": TG_TOKEN}
    state.write_text(json.dumps({"url": "http://127.0.0.1:9", "secrets": secrets}))
    assert cli.main(["simulate", "meta", "messenger", "hoi"]) == 0
    assert cli.main(["simulate", "telegram", "message", "hoi"]) == 0


def test_cli_wrong_secret_exits_1_and_a_missing_one_2(
    platform: list[Request], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["simulate", "meta", "messenger", "hoi", *URL, "--secret", "wrong"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "HTTP 401"
    assert cli.main(["simulate", "telegram", "message", "hoi", *URL]) == 2
    assert "telegram_secret_token" in capsys.readouterr().err
