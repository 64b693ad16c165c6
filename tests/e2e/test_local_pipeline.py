"""The whole pipeline through the local stack over HTTP: signed X webhooks in, the local inbox out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from webcare import simulate
from webcare.local.inbox import LocalInbox
from webcare.local.stack import LocalStack, local_secrets

pytestmark = pytest.mark.e2e

REPOSITORY = Path(__file__).resolve().parents[2]
WEBCARE = str(Path(sys.executable).with_name("webcare"))
PASSWORD = "Zomer2024!x"
IBAN = "NL91 ABNA 0417 1643 00"
CUSTOMER = {"user_id": "88412345", "screen_name": "noordv", "name": "Noor de Vries"}


@pytest.fixture
def inbox() -> Iterator[LocalInbox]:
    with LocalInbox([_SECRETS["webhook_signing_secret"]], port=0) as running:
        yield running


_SECRETS = local_secrets()


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


def post(stack: LocalStack, payload: dict[str, Any]) -> tuple[int, str]:
    return simulate.post_x(stack.url, payload, stack.secrets["x_consumer_secret"])


def mention(text: str, **extra: Any) -> dict[str, Any]:
    return simulate.mention_payload(text, **CUSTOMER, **extra)


def dm(text: str, **extra: Any) -> dict[str, Any]:
    return simulate.dm_payload(
        text,
        sender_id=CUSTOMER["user_id"],
        screen_name=CUSTOMER["screen_name"],
        name=CUSTOMER["name"],
        **extra,
    )


def inbox_cases(inbox: LocalInbox) -> list[dict[str, Any]]:
    """What a user of the inbox sees, over HTTP."""
    response = requests.get(f"{inbox.url}/cases", timeout=10)
    response.raise_for_status()
    cases: list[dict[str, Any]] = response.json()
    return cases


def test_demo_scenario_gives_one_case_with_three_scrubbed_messages(
    stack: LocalStack, inbox: LocalInbox
) -> None:
    # Given a mention, a DM with a password and an IBAN, a follow-up DM and X redelivering the DM
    secret_dm = dm(f"my password is {PASSWORD} and my IBAN is {IBAN}")
    for payload in (
        mention("@acme_care my internet is down"),
        secret_dm,
        dm("please call me back"),
        secret_dm,
    ):
        assert post(stack, payload)[0] == 200
    stack.wait_until_idle(60)
    # Then the inbox holds one case with the three messages, in order
    (case,) = inbox_cases(inbox)
    messages = [entry["message"] for entry in case["messages"]]
    assert [m["channel"] for m in messages] == ["x_public", "x_dm", "x_dm"]
    assert [entry["sequence"] for entry in case["messages"]] == [1, 2, 3]
    assert messages[2]["text"] == "please call me back"
    # And the password and IBAN were replaced by placeholders before anything left the stack
    assert {f["type"] for f in messages[1]["scrub"]["findings"]} >= {"password", "iban"}
    assert "[" in messages[1]["text"] and "]" in messages[1]["text"]
    everything = json.dumps(inbox_cases(inbox)) + requests.get(f"{inbox.url}/", timeout=10).text
    for raw in (PASSWORD, IBAN, IBAN.replace(" ", "")):
        assert raw not in everything
    assert inbox.duplicates == 0 and inbox.attempts == 3


def test_a_tweet_delivered_three_times_reaches_the_inbox_once(stack: LocalStack, inbox: LocalInbox) -> None:
    tweet = mention("@acme_care is there an outage in Utrecht?")
    for _ in range(3):
        assert post(stack, tweet)[0] == 200
    stack.wait_until_idle(60)
    (case,) = inbox_cases(inbox)
    assert len(case["messages"]) == 1
    assert inbox.attempts == 1


def test_wrong_signature_is_401_and_nothing_reaches_the_inbox(stack: LocalStack, inbox: LocalInbox) -> None:
    status, _ = simulate.post_x(stack.url, mention("@acme_care hello"), "not-the-consumer-secret")
    assert status == 401
    unsigned = requests.post(f"{stack.url}/webhooks/x", json=mention("@acme_care hello"), timeout=10)
    assert unsigned.status_code == 401
    stack.wait_until_idle(10)
    assert inbox_cases(inbox) == [] and inbox.attempts == 0
    assert stack.queue_depth("InboundQueue").empty


def test_unknown_route_is_404(stack: LocalStack) -> None:
    for method, path in [("POST", "/webhook/x"), ("GET", "/"), ("DELETE", "/webhooks/x")]:
        response = requests.request(method, f"{stack.url}{path}", timeout=10)
        assert response.status_code == 404
        assert response.json() == {"message": "Not Found"}


def test_oversized_body_is_413_and_nothing_is_queued(stack: LocalStack, inbox: LocalInbox) -> None:
    payload = mention("@acme_care " + "a" * (1024 * 1024 + 10))
    status, answer = post(stack, payload)
    assert status == 413, answer
    stack.wait_until_idle(10)
    assert inbox.attempts == 0


def test_x_crc_handshake_is_answered(stack: LocalStack) -> None:
    status, _, valid = simulate.crc_x(stack.url, stack.secrets["x_consumer_secret"])
    assert status == 200 and valid


def test_inbox_outage_is_retried_and_each_message_arrives_once_in_order(
    stack: LocalStack, inbox: LocalInbox
) -> None:
    # Given the helpdesk answers 503 with Retry-After: 1 to the next two deliveries
    control = requests.post(f"{inbox.url}/_control/fail?count=2&status=503&retry_after=1", timeout=10)
    assert control.status_code == 200
    # When the customer writes three times
    texts = ["@acme_care first", "second, by DM", "third, by DM"]
    assert post(stack, mention(texts[0]))[0] == 200
    for text in texts[1:]:
        assert post(stack, dm(text))[0] == 200
    stack.wait_until_idle(90)
    # Then every message reached the inbox exactly once, in the order written
    assert inbox.injected_failures == 2
    (case,) = inbox_cases(inbox)
    assert [entry["message"]["text"] for entry in case["messages"]] == texts
    assert [entry["sequence"] for entry in case["messages"]] == [1, 2, 3]
    assert inbox.duplicates == 0
    assert stack.dead_letters("ForwardDeadLetterQueue") == []


def test_webcare_demo_exits_0(tmp_path: Path) -> None:
    result = subprocess.run(
        [WEBCARE, "demo"], cwd=tmp_path, capture_output=True, text=True, timeout=180, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: one case with three messages" in result.stdout
    assert PASSWORD not in result.stdout + result.stderr


def test_webcare_local_serves_until_interrupted(tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [WEBCARE, "local", "--port", "0", "--inbox-port", "0", "--quiet"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=environment,
    )
    state_file = tmp_path / ".local" / "stack.json"
    try:
        deadline = time.monotonic() + 60
        while not state_file.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert state_file.exists(), (
            process.stdout.read() if process.poll() is not None and process.stdout else ""
        )
        state = json.loads(state_file.read_text())
        assert state["url"].startswith("http://127.0.0.1:") and state["inbox_url"].startswith(
            "http://127.0.0.1:"
        )
        # `webcare simulate` finds the stack through .local/stack.json
        simulated = subprocess.run(
            [WEBCARE, "simulate", "x", "mention", "hello from the test"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert simulated.returncode == 0, simulated.stdout + simulated.stderr
        deadline = time.monotonic() + 30
        cases: list[dict[str, Any]] = []
        while time.monotonic() < deadline and not cases:
            cases = requests.get(f"{state['inbox_url']}/cases", timeout=10).json()
            time.sleep(0.2)
        assert [e["message"]["text"] for e in cases[0]["messages"]] == ["hello from the test"]
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert not state_file.exists()
