"""`webcare simulate`: payload builders, signing, and sending to a stack over real HTTP."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from webcare import cli, simulate
from webcare.http import ClientError, Request
from webcare.secrets import StaticSecrets
from webcare.sources.x import XSource

SECRET = "local-consumer-secret"
SOURCE = XSource()
RECEIVED = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def as_request(payload: dict[str, Any], headers: dict[str, str] | None = None) -> Request:
    return Request(
        method="POST", path="/webhooks/x", headers=headers or {}, query={}, body=simulate.serialize(payload)
    )


# --- builders ----------------------------------------------------------------------------------


def test_mention_payload_parses_into_the_customers_public_message() -> None:
    moment = datetime(2026, 11, 23, 9, 14, 7, 312000, tzinfo=UTC)
    payload = simulate.mention_payload(
        "@acme_care my internet is down",
        user_id="1500012345678901234",
        screen_name="samjansen",
        name="Sam Jansen",
        for_user_id="1422873095340187649",
        tweet_id="1861412230119047169",
        occurred_at=moment,
    )
    [message] = SOURCE.parse(as_request(payload), RECEIVED).messages
    assert message.channel == "x_public"
    assert message.provider_message_id == "1861412230119047169"
    assert message.text == "@acme_care my internet is down"
    assert (message.customer.id, message.customer.handle, message.customer.display_name) == (
        "1500012345678901234",
        "samjansen",
        "Sam Jansen",
    )
    assert message.account.id == "1422873095340187649"
    assert message.occurred_at == moment


def test_mention_payload_gets_a_new_unique_snowflake_sized_id_each_time() -> None:
    ids = [simulate.mention_payload("hi")["tweet_create_events"][0]["id_str"] for _ in range(200)]
    assert len(set(ids)) == 200
    assert all(int(i) > 2**53 for i in ids)


def test_long_mention_is_sent_as_a_longform_post() -> None:
    text = "@acme_care " + "ik wacht nog steeds op een antwoord. " * 12
    payload = simulate.mention_payload(text)
    tweet = payload["tweet_create_events"][0]
    assert tweet["truncated"] is True
    assert len(tweet["text"]) < 160
    [message] = SOURCE.parse(as_request(payload), RECEIVED).messages
    assert message.text == text


def test_reply_mention_carries_the_reply_reference() -> None:
    payload = simulate.mention_payload("@acme_care still broken", in_reply_to_status_id="1861416002234413056")
    [message] = SOURCE.parse(as_request(payload), RECEIVED).messages
    assert message.thread.in_reply_to == "1861416002234413056"


def test_dm_payload_parses_into_the_customers_private_message() -> None:
    payload = simulate.dm_payload(
        "my customer number is 40012345",
        sender_id="88412345",
        screen_name="noordv",
        name="Noor de Vries",
        for_user_id="1422873095340187649",
        event_id="1861417700651184132",
    )
    [message] = SOURCE.parse(as_request(payload), RECEIVED).messages
    assert message.channel == "x_dm"
    assert message.visibility == "private"
    assert message.provider_message_id == "1861417700651184132"
    assert message.customer.handle == "noordv"
    assert message.text == "my customer number is 40012345"
    assert message.thread.conversation_id == "88412345"


def test_dm_payload_ids_are_unique() -> None:
    ids = {simulate.dm_payload("x")["direct_message_events"][0]["id"] for _ in range(100)}
    assert len(ids) == 100


def test_default_sender_is_not_the_receiving_account() -> None:
    # Otherwise the source would ignore the simulated message as the account's own.
    for payload in (simulate.mention_payload("hi"), simulate.dm_payload("hi")):
        assert len(SOURCE.parse(as_request(payload), RECEIVED).messages) == 1


# --- signing -----------------------------------------------------------------------------------


def test_sign_x_matches_x_autohook_test_vector() -> None:
    # xdevplatform/autohook test/signature.js, consumer secret "test".
    headers = simulate.sign_x(b'{"test_number":1,"test_string":"two"}', "test")
    assert headers["x-twitter-webhooks-signature"] == "sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI="
    assert headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    ("oauth2", "secret_name"), [(False, "x_consumer_secret"), (True, "x_oauth2_client_secret")]
)
def test_signed_payload_passes_the_source_verification(oauth2: bool, secret_name: str) -> None:
    body = simulate.serialize(simulate.mention_payload("hello"))
    headers = simulate.sign_x(body, SECRET, oauth2=oauth2)
    request = Request(method="POST", path="/webhooks/x", headers=headers, query={}, body=body)
    SOURCE.verify(request, StaticSecrets({secret_name: SECRET}))
    with pytest.raises(ClientError):
        SOURCE.verify(request, StaticSecrets({secret_name: "another-secret"}))


# --- a stand-in stack over HTTP ----------------------------------------------------------------


@dataclass
class FakeStack:
    """A tiny webhook endpoint on 127.0.0.1 that checks deliveries with the real X source."""

    url: str = ""
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    status_override: int | None = None
    crc_answer: str | None = None  # a wrong response_token to send, when set


@pytest.fixture
def stack() -> Iterator[FakeStack]:
    state = FakeStack()
    secrets = StaticSecrets({"x_consumer_secret": SECRET})

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, status: int, payload: Any) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _request(self, body: bytes) -> Request:
            parts = urlsplit(self.path)
            return Request(
                method=self.command,
                path=parts.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                query=dict(parse_qsl(parts.query)),
                body=body,
            )

        def do_GET(self) -> None:
            if state.crc_answer is not None:
                self._answer(200, {"response_token": state.crc_answer})
                return
            response = SOURCE.handshake(self._request(b""), secrets)
            self._answer(response.status, json.loads(response.body))

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            request = self._request(body)
            state.received.append((request.headers, body))
            if request.path != "/webhooks/x":
                self._answer(404, {"error": "no such route"})
                return
            try:
                SOURCE.verify(request, secrets)
                parsed = SOURCE.parse(request, RECEIVED)
            except ClientError as exc:
                self._answer(exc.status, {"error": exc.reason})
                return
            self._answer(state.status_override or 200, {"accepted": len(parsed.messages)})

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_post_x_sends_the_exact_signed_bytes(stack: FakeStack) -> None:
    payload = simulate.mention_payload("@acme_care één vraag over mijn factuur")
    status, body = simulate.post_x(stack.url, payload, SECRET)
    assert status == 200
    assert json.loads(body) == {"accepted": 1}
    [(headers, raw)] = stack.received
    assert raw == simulate.serialize(payload)
    assert (
        headers["x-twitter-webhooks-signature"]
        == simulate.sign_x(raw, SECRET)["x-twitter-webhooks-signature"]
    )


def test_post_x_with_the_wrong_secret_gets_401(stack: FakeStack) -> None:
    status, body = simulate.post_x(stack.url + "/", simulate.dm_payload("hi"), "wrong-secret")
    assert status == 401
    assert "does not match" in body


def test_crc_x_checks_the_response_token(stack: FakeStack) -> None:
    status, body, ok = simulate.crc_x(stack.url, SECRET)
    assert (status, ok) == (200, True)
    assert json.loads(body)["response_token"].startswith("sha256=")
    assert simulate.crc_x(stack.url, "not-the-secret")[2] is False


def test_crc_x_detects_a_wrong_answer(stack: FakeStack) -> None:
    stack.crc_answer = "sha256=AAAA"
    assert simulate.crc_x(stack.url, SECRET)[2] is False


# --- the command -------------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("WEBCARE_URL", raising=False)
    monkeypatch.delenv("WEBCARE_X_SECRET", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_mention_prints_status_and_body_and_exits_0(
    stack: FakeStack, clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(
        [
            "simulate",
            "x",
            "mention",
            "@acme_care hallo",
            "--url",
            stack.url,
            "--secret",
            SECRET,
            "--from-id",
            "42",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == "HTTP 200"
    assert '"accepted": 1' in out
    [(_, raw)] = stack.received
    sent = json.loads(raw)["tweet_create_events"][0]
    assert sent["user"]["id_str"] == "42"
    assert sent["text"] == "@acme_care hallo"


def test_cli_dm_uses_env_defaults(
    stack: FakeStack, clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WEBCARE_URL", stack.url)
    monkeypatch.setenv("WEBCARE_X_SECRET", SECRET)
    code = cli.main(
        ["simulate", "x", "dm", "mijn klantnummer", "--from-handle", "klant1", "--account-id", "7"]
    )
    assert code == 0
    [(_, raw)] = stack.received
    sent = json.loads(raw)
    assert sent["for_user_id"] == "7"
    assert (
        sent["users"][sent["direct_message_events"][0]["message_create"]["sender_id"]]["screen_name"]
        == "klant1"
    )


def test_cli_reads_the_local_stack_state_file(
    stack: FakeStack, clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    state = clean_env / ".local" / "stack.json"
    state.parent.mkdir()
    state.write_text(json.dumps({"url": stack.url, "secrets": {"x_consumer_secret": [SECRET, "previous"]}}))
    nested = clean_env / "some" / "dir"
    nested.mkdir(parents=True)
    # Run from a subdirectory: the state file of the nearest parent is found.
    monkeypatch.chdir(nested)
    assert cli.main(["simulate", "x", "mention", "hoi"]) == 0
    assert cli.main(["simulate", "x", "crc"]) == 0
    assert "HTTP 200" in capsys.readouterr().out
    # Signed with the current (first) secret of the rotation pair.
    raw = stack.received[0][1]
    assert (
        stack.received[0][0]["x-twitter-webhooks-signature"]
        == simulate.sign_x(raw, SECRET)["x-twitter-webhooks-signature"]
    )


def test_cli_exits_1_on_a_non_2xx_answer(
    stack: FakeStack, clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["simulate", "x", "mention", "hoi", "--url", stack.url, "--secret", "wrong"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines()[0] == "HTTP 401"


def test_cli_crc_exits_1_on_a_wrong_token(stack: FakeStack, clean_env: Path) -> None:
    stack.crc_answer = "sha256=AAAA"
    assert cli.main(["simulate", "x", "crc", "--url", stack.url, "--secret", SECRET]) == 1


def test_cli_without_url_or_secret_explains_what_to_do(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["simulate", "x", "mention", "hoi"]) == 2
    assert "--url" in capsys.readouterr().err
    assert cli.main(["simulate", "x", "dm", "hoi", "--url", "http://127.0.0.1:9"]) == 2
    assert "--secret" in capsys.readouterr().err


def test_cli_reports_an_unreachable_stack(clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Port 9 (discard) on loopback: nothing listens there in the test environment.
    code = cli.main(
        ["simulate", "x", "dm", "hoi", "--url", "http://127.0.0.1:9", "--secret", "s", "--timeout", "2"]
    )
    assert code == 1
    assert "cannot reach" in capsys.readouterr().err


# --- the local stack's secrets ------------------------------------------------------------------


def test_simulate_finds_every_secret_the_local_stack_generates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webcare.local.cli import secrets_in_use, write_state
    from webcare.local.stack import local_secrets

    generated = local_secrets()
    write_state(
        tmp_path / ".local" / "stack.json",
        {"url": "http://127.0.0.1:1", **secrets_in_use(generated, {}, set())},
    )
    # x_oauth2_client_secret is for apps X gave an OAuth 2.0 client; the local stack signs as the consumer
    for platform, (env, name) in simulate.SECRET_SOURCES.items():
        if platform == "x_oauth2":
            continue
        monkeypatch.delenv(env, raising=False)
        assert simulate.resolve_secret(None, platform=platform, start=tmp_path) == generated[name], platform


def test_generated_secrets_fit_each_platforms_rules() -> None:
    from webcare.local.stack import local_secrets

    generated = local_secrets()
    # setWebhook's secret_token: 1-256 of A-Z a-z 0-9 _ -; Basic auth: no colon in the user
    assert all(c.isascii() and (c.isalnum() or c in "_-") for c in generated["telegram_secret_token"])
    assert ":" not in generated["postmark_basic_user"]
    assert local_secrets()["meta_app_secret"] != generated["meta_app_secret"]


@pytest.mark.parametrize(
    ("given", "header"),
    [
        ("r3-201", "<r3-201@example.nl>"),
        ("<r3-201@shop.example>", "<r3-201@shop.example>"),
        ("r3-201@shop.example", "<r3-201@shop.example>"),
    ],
)
def test_an_email_message_id_is_taken_with_or_without_brackets_and_domain(given: str, header: str) -> None:
    from email import message_from_bytes

    raw = simulate.email_message("hallo", from_address="jan@example.nl", message_id=given)
    assert message_from_bytes(raw)["Message-ID"] == header


def test_the_local_stack_state_is_written_whole_and_private(tmp_path: Path) -> None:
    from webcare.local.cli import write_state

    path = tmp_path / ".local" / "stack.json"
    write_state(path, {"url": "http://127.0.0.1:1", "secrets": {"a": "b"}})
    write_state(path, {"url": "http://127.0.0.1:2"})  # replaced whole, never truncated in place
    assert json.loads(path.read_text(encoding="utf-8")) == {"url": "http://127.0.0.1:2"}
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["stack.json"]  # no temporary file left beside it
