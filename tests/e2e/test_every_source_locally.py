"""Every source through `webcare local` as a user runs it: the real command in a fresh directory,
signed deliveries made with `webcare simulate`'s functions and nothing but what `.local/stack.json`
holds, each case seen in the local inbox once, however often it is delivered. SES comes both
ways: over SNS (signed with the certificate the stack generated and trusts) and through
`webcare local invoke EmailFunction` with the mail put into the local bucket."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
import requests

from webcare import simulate

pytestmark = pytest.mark.e2e

WEBCARE = str(Path(sys.executable).with_name("webcare"))
EVENTS = Path(__file__).resolve().parents[1] / "events"
LAMBDA_ACTION_EVENT = EVENTS / "ses" / "lambda_ses_action.json"
LAMBDA_ACTION_MAIL = EVENTS / "ses" / "attachment_pii.eml"
SOURCE_SECRETS = {
    "x_consumer_secret",
    "meta_app_secret",
    "meta_verify_token",
    "telegram_secret_token",
    "mailgun_signing_key",
    "sendgrid_url_token",
    "postmark_basic_user",
    "postmark_basic_password",
}
# What a developer's shell may hold; `simulate` would prefer it over stack.json.
SIMULATE_VARIABLES = {env for env, _ in simulate.SECRET_SOURCES.values()} | {simulate.DEFAULT_URL_ENV}


class Running:
    """The `webcare local` process, its directory and its stack.json."""

    def __init__(self, directory: Path, state: dict[str, Any], log: Path) -> None:
        self.directory = directory
        self.state = state
        self.log = log

    @property
    def url(self) -> str:
        return str(self.state["url"])

    def secret(self, platform: str) -> str:
        return simulate.resolve_secret(None, platform=platform, start=self.directory)

    def wait_until_idle(self) -> None:
        answer = requests.get(f"{self.url}/_local/idle", params={"wait": "60"}, timeout=70)
        assert answer.status_code == 200, answer.text

    def messages(self, key: str) -> list[dict[str, Any]]:
        cases = requests.get(f"{self.state['inbox_url']}/cases", timeout=10).json()
        return [
            e["message"] for case in cases for e in case["messages"] if e["message"]["message_key"] == key
        ]

    def webcare(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if k not in SIMULATE_VARIABLES}
        return subprocess.run(
            [WEBCARE, *arguments],
            cwd=self.directory,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=environment,
        )


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    directory = tmp_path_factory.mktemp("user")
    log = directory / "webcare-local.log"
    environment = {k: v for k, v in os.environ.items() if k not in SIMULATE_VARIABLES}
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [WEBCARE, "local", "--port", "0", "--inbox-port", "0", "--visibility-timeout", "2"],
            cwd=directory,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
            env={**environment, "PYTHONUNBUFFERED": "1"},
        )
        state_file = directory / ".local" / "stack.json"
        try:
            deadline = time.monotonic() + 90
            while not state_file.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            assert state_file.exists(), log.read_text(encoding="utf-8")
            yield Running(directory, json.loads(state_file.read_text(encoding="utf-8")), log)
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=60)


# --- one sender per source, using only what stack.json holds ----------------------------------------


def _x(stack: Running) -> tuple[int, str]:
    payload = simulate.mention_payload("@acme_care mijn internet ligt eruit", tweet_id="1865000000000000001")
    return simulate.post_x(stack.url, payload, stack.secret("x"))


def _meta(stack: Running) -> tuple[int, str]:
    payload = simulate.messenger_payload("Mijn stroom is uitgevallen", message_id="m_every_source")
    return simulate.post_meta(stack.url, payload, stack.secret("meta"))


def _whatsapp(stack: Running) -> tuple[int, str]:
    payload = simulate.whatsapp_payload("Mijn meter geeft geen verbinding", message_id="wamid.every_source")
    return simulate.post_meta(stack.url, payload, stack.secret("meta"), source="whatsapp")


def _telegram(stack: Running) -> tuple[int, str]:
    update = simulate.telegram_update("Hoi, ik zie mijn verbruik niet", message_id=4711, update_id=77001)
    bot_id = stack.state["sources"]["telegram"]["bot_id"]
    return simulate.post_telegram(stack.url, update, stack.secret("telegram"), bot_id=bot_id)


def _mail(platform: str) -> Callable[[Running], tuple[int, str]]:
    def send(stack: Running) -> tuple[int, str]:
        raw = simulate.email_message("Mijn factuur klopt niet", message_id=f"every-{platform}@example.nl")
        if platform == "ses":
            key, _ = simulate.sns_signing_key(Path(stack.state["sns"]["signing_key"]))
            return simulate.post_sns(stack.url, ses_notification(raw, key))
        user = stack.secret("postmark_user") if platform == "postmark" else ""
        return simulate.post_email(stack.url, platform, raw, stack.secret(platform), user=user)

    return send


_SES_NOTIFICATIONS: dict[bytes, dict[str, Any]] = {}


def ses_notification(raw: bytes, key: Any) -> dict[str, Any]:
    # The same SNS message both times: SNS retries a delivery with the same MessageId.
    if raw not in _SES_NOTIFICATIONS:
        _SES_NOTIFICATIONS[raw] = simulate.ses_notification(raw, key)
    return _SES_NOTIFICATIONS[raw]


def _ses_lambda_action(stack: Running) -> tuple[int, str]:
    result = stack.webcare(
        "local",
        "invoke",
        "EmailFunction",
        "--event",
        str(LAMBDA_ACTION_EVENT),
        "--mail",
        str(LAMBDA_ACTION_MAIL),
    )
    return (200 if result.returncode == 0 else 500), result.stdout + result.stderr


SOURCES: dict[str, tuple[Callable[[Running], tuple[int, str]], str]] = {
    "x": (_x, "x:1865000000000000001"),
    "meta": (_meta, "meta:m_every_source"),
    "whatsapp": (_whatsapp, "whatsapp:wamid.every_source"),
    "telegram": (_telegram, f"telegram:{simulate.DEFAULT_TELEGRAM_USER_ID}:4711"),
    "postmark": (_mail("postmark"), "email:every-postmark@example.nl"),
    "mailgun": (_mail("mailgun"), "email:every-mailgun@example.nl"),
    "sendgrid": (_mail("sendgrid"), "email:every-sendgrid@example.nl"),
    "ses-over-sns": (_mail("ses"), "email:every-ses@example.nl"),
    "ses-lambda-action": (_ses_lambda_action, "email:5f2e8a17-3c4d-4e9b-b0a1-2d3c4e5f6a7b@ziggo.example"),
}


@pytest.mark.parametrize("source", list(SOURCES))
def test_one_signed_delivery_per_source_reaches_the_inbox_once_and_a_second_forwards_nothing(
    running: Running, source: str
) -> None:
    send, key = SOURCES[source]
    # Given the stack as `webcare local` starts it, and a delivery signed from stack.json alone
    status, body = send(running)
    assert status == 200, body
    running.wait_until_idle()
    # Then the inbox shows it
    assert len(running.messages(key)) == 1
    # When the platform delivers it again
    status, body = send(running)
    assert status == 200, body
    running.wait_until_idle()
    # Then nothing more reaches the inbox
    assert len(running.messages(key)) == 1


# --- what stack.json holds and the commands a user types -------------------------------------------


def test_stack_json_holds_a_secret_for_every_source_and_the_admin_secret_is_the_one_in_aws(
    running: Running,
) -> None:
    state = running.state
    assert set(state["secrets"]) >= SOURCE_SECRETS | {"webhook_signing_secret", "admin_signing_secret"}
    assert set(state["secret_ids"]) == {"PlatformSecrets", "HelpdeskSecrets", "AdminSecrets"}
    secretsmanager = boto3.session.Session().client(
        "secretsmanager",
        region_name=state["region"],
        endpoint_url=state["aws_endpoint_url"],
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )

    def document(logical_id: str) -> dict[str, Any]:
        value = secretsmanager.get_secret_value(SecretId=state["secret_ids"][logical_id])["SecretString"]
        return dict(json.loads(value))

    assert document("AdminSecrets") == {"admin_signing_secret": state["secrets"]["admin_signing_secret"]}
    assert set(document("PlatformSecrets")) == SOURCE_SECRETS
    assert set(document("HelpdeskSecrets")) == {"webhook_signing_secret"}
    assert state["buckets"] == {"InboundMailBucket": "webcare-local-inboundmailbucket"}
    assert "topics" in state
    assert state["functions"]["EmailFunction"]["environment"]["INBOUND_MAIL_PREFIX"] == "inbound/"
    assert state["sns"]["certificate_urls"] == [simulate.DEFAULT_SNS_CERT_URL]
    assert state["sources"]["ses"] == {"allowed_topic_arns": [simulate.DEFAULT_SES_TOPIC]}
    assert state["sources"]["telegram"]["bot_id"] == simulate.DEFAULT_BOT_ID


@pytest.mark.parametrize(
    "arguments",
    [
        ["x", "dm", "hallo via de cli"],
        ["x", "crc"],
        ["meta", "messenger", "hallo via de cli"],
        ["meta", "verify"],
        ["whatsapp", "text", "hallo via de cli"],
        ["whatsapp", "verify"],
        ["telegram", "message", "hallo via de cli"],
        ["postmark", "mail", "hallo via de cli"],
        ["mailgun", "mail", "hallo via de cli"],
        ["sendgrid", "mail", "hallo via de cli"],
        ["ses", "mail", "hallo via de cli"],
    ],
    ids=lambda arguments: "-".join(arguments[:2]),
)
def test_simulate_needs_no_secret_for_any_source(running: Running, arguments: list[str]) -> None:
    result = running.webcare("simulate", *arguments)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_sns_subscription_is_confirmed_without_the_internet_and_shown(running: Running) -> None:
    result = running.webcare("simulate", "ses", "subscribe")
    assert result.returncode == 0, result.stdout + result.stderr
    confirmations = requests.get(running.state["sns"]["confirmations"], timeout=10).json()
    assert [c["topic_arn"] for c in confirmations] == [simulate.DEFAULT_SES_TOPIC]
    assert "Action=ConfirmSubscription" in confirmations[0]["subscribe_url"]
    assert "confirmed locally (recorded, not fetched)" in running.log.read_text(encoding="utf-8")


def test_an_sns_message_signed_by_an_untrusted_certificate_url_gets_no_answer_from_the_internet(
    running: Running,
) -> None:
    raw = simulate.email_message("hallo", message_id="untrusted-cert@example.nl")
    key, _ = simulate.sns_signing_key(Path(running.state["sns"]["signing_key"]))
    other = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-other.pem"
    status, body = simulate.post_sns(running.url, simulate.ses_notification(raw, key, cert_url=other))
    assert status == 502 and "--sns-cert" in body
    running.wait_until_idle()
    assert running.messages("email:untrusted-cert@example.nl") == []


def test_invoke_answers_like_lambda_and_says_what_is_wrong(running: Running) -> None:
    # An unknown function: its name and the ones there are
    unknown = running.webcare("local", "invoke", "NoSuchFunction", "--event", str(LAMBDA_ACTION_EVENT))
    assert unknown.returncode == 2 and "EmailFunction" in unknown.stderr
    # A Lambda-action event whose mail is not in the bucket: the function raises, as in AWS
    event = json.loads(LAMBDA_ACTION_EVENT.read_text(encoding="utf-8"))
    event["Records"][0]["ses"]["mail"]["messageId"] = "no-such-mail"
    missing = running.directory / "missing.json"
    missing.write_text(json.dumps(event), encoding="utf-8")
    failed = running.webcare("local", "invoke", "EmailFunction", "--event", str(missing))
    assert failed.returncode == 1 and "NoSuchKey" in failed.stdout + failed.stderr


@pytest.mark.parametrize(
    "headers",
    [{"Host": "attacker.example"}, {"Origin": "https://attacker.example"}, {"Sec-Fetch-Site": "cross-site"}],
)
def test_the_control_routes_refuse_what_a_browser_on_another_site_could_send(
    running: Running, headers: dict[str, str]
) -> None:
    answer = requests.post(
        f"{running.url}/_local/invoke/EmailFunction", data=b"{}", headers=headers, timeout=10
    )
    assert answer.status_code == 403
    assert (
        requests.get(f"{running.url}/_local/sns-confirmations", headers=headers, timeout=10).status_code
        == 403
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://certs.attacker.example/cert.pem", "not on an Amazon SNS host"),
        ("http://sns.eu-west-1.amazonaws.com/cert.pem", "must be https"),
        ("https://sns.eu-west-1.amazonaws.com/cert.txt", ".pem"),
    ],
)
def test_sns_cert_for_a_url_the_source_would_never_fetch_is_refused_at_start(
    tmp_path: Path, url: str, reason: str
) -> None:
    simulate.sns_signing_key(tmp_path / "key.json")
    result = subprocess.run(
        [
            WEBCARE,
            "local",
            "--port",
            "0",
            "--inbox-port",
            "0",
            "--sns-cert",
            f"{url}={tmp_path / 'sns-signing-cert.pem'}",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert reason in result.stderr and "not starting" in result.stderr
    assert not (tmp_path / ".local" / "stack.json").exists()
