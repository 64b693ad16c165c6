"""Handlers under moto, with every resource created from template.yaml.

`pipeline` gives a test the three real handlers wired to moto resources built from the
template, a fake helpdesk on 127.0.0.1 that verifies Standard Webhooks signatures, and a
driver that moves messages through the FIFO queues the way the Lambda SQS integration does.
"""

from __future__ import annotations

import base64
import importlib
import io
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws

from webcare.helpdesks import standard_webhooks
from webcare.local import moto_fifo
from webcare.local.events import http_api_event, match_route, sqs_record
from webcare.local.resources import (
    LOCAL_API_ID,
    StackResources,
    create_resources,
    find_template,
    load_template,
)
from webcare.simulate import serialize, sign_x

ROOT = Path(__file__).resolve().parents[2]
X_SECRET = "x-consumer-secret-for-tests"
SIGNING_SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


@dataclass
class FakeHelpdesk:
    """Records verified deliveries; answers from `script` (status, headers) first, then 200."""

    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)
    raw_bodies: list[bytes] = field(default_factory=list)
    attempts: int = 0
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.attempts += 1
            try:
                webhook_id = standard_webhooks.verify([SIGNING_SECRET], headers, body)
            except standard_webhooks.SignatureError as exc:
                return 401, {}, str(exc).encode()
            if self.script:
                status, extra = self.script.pop(0)
                return status, extra, b'{"error":"scripted"}'
            self.raw_bodies.append(body)
            event = json.loads(body)
            event["_webhook_id"] = webhook_id
            self.received.append(event)
            return 200, {}, json.dumps({"ticket_id": "T-" + event["case"]["case_id"][-6:]}).encode()

    @property
    def messages(self) -> list[dict[str, Any]]:
        return [e["message"] for e in self.received if "message" in e]

    @property
    def notes(self) -> list[dict[str, Any]]:
        """The `case.note` events: {"case_id", "ticket_ref", "note_id", "text", "visibility"}."""
        return [
            {"case_id": e["case"]["case_id"], "ticket_ref": e["case"]["ticket_ref"], **e["note"]}
            for e in self.received
            if e["type"] == "case.note"
        ]


@pytest.fixture
def fake_helpdesk() -> Iterator[FakeHelpdesk]:
    helpdesk = FakeHelpdesk()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, extra, answer = helpdesk.answer(headers, body)
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    helpdesk.url = f"http://127.0.0.1:{server.server_address[1]}/webhook"
    yield helpdesk
    server.shutdown()
    server.server_close()


def config_for(helpdesk_url: str) -> dict[str, Any]:
    return {
        "version": 1,
        "helpdesks": {
            "main": {
                "type": "webhook",
                "url": helpdesk_url,
                "signing_secret": "webhook_signing_secret",
                "timeout_seconds": 2,
            }
        },
        "default_helpdesk": "main",
        "defaults": {"reopen_window_hours": 72, "respond_within_minutes": 60},
    }


HANDLERS = (
    "webcare.handlers.ingest",
    "webcare.handlers.process",
    "webcare.handlers.forward",
    "webcare.handlers.callback",
)
# Handlers whose cached dependencies are cleared too, though the tests do not drive them by name.
OTHER_HANDLERS = ("webcare.handlers.admin", "webcare.handlers.email")


def forget_cached_dependencies() -> None:
    """What a new execution environment starts without: built clients, config and cached secrets."""
    from aws_lambda_powertools.utilities import parameters

    parameters.clear_caches()
    for name in (*HANDLERS, *OTHER_HANDLERS):
        importlib.import_module(name).dependencies.cache_clear()


class Pipeline:
    """The deployed system, in moto: send webhooks in, run the queues, look at every store."""

    def __init__(self, stack: StackResources, helpdesk: FakeHelpdesk) -> None:
        self.stack = stack
        self.helpdesk = helpdesk
        self.sqs = boto3.client("sqs")
        self.dynamodb = boto3.client("dynamodb")
        self.ingest, self.process, self.forward, self.callback = (
            importlib.import_module(n) for n in HANDLERS
        )
        forget_cached_dependencies()
        self.forward.forget_helpdesks()
        self.forward.sqs.cache_clear()
        self.failed: dict[str, list[str]] = {}  # queue -> receipt handles of failed records

    def add_secrets(self, values: dict[str, str]) -> None:
        """Add keys to every secrets document of the stack (as an operator's put-secret-value would)."""
        client = boto3.client("secretsmanager")
        for secret in self.stack.secrets.values():
            document = json.loads(client.get_secret_value(SecretId=secret.arn)["SecretString"])
            client.put_secret_value(SecretId=secret.arn, SecretString=json.dumps(document | values))
        forget_cached_dependencies()
        self.forward.forget_helpdesks()

    def queue_url(self, logical_id: str) -> str:
        return self.stack.queues[logical_id].url

    def http(
        self,
        method: str,
        path: str,
        *,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        query: str = "",
    ) -> tuple[int, dict[str, Any]]:
        """One request through the template's HTTP API routes, as API Gateway would deliver it."""
        match = match_route(self.stack.functions.values(), method, path)
        assert match is not None, f"template.yaml has no route for {method} {path}"
        event = http_api_event(
            method=method,
            raw_path=path,
            raw_query=query,
            headers=[("content-type", "application/json"), *(headers or {}).items()],
            body=body,
            match=match,
            source_ip="127.0.0.1",
            account_id=self.stack.account_id,
            api_id=LOCAL_API_ID,
        )
        handler = importlib.import_module(match.function.handler.rpartition(".")[0])
        response = handler.lambda_handler(event, None)
        return response["statusCode"], json.loads(response["body"])

    def post(self, source: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        return self.http("POST", f"/webhooks/{source}", body=body, headers=headers)

    def run_queue(self, queue_logical_id: str, handler: Any) -> int:
        """One poll of the queue into its handler, as the Lambda SQS integration does it."""
        url = self.queue_url(queue_logical_id)
        messages = self.sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"], WaitTimeSeconds=0
        ).get("Messages", [])
        if not messages:
            return 0
        queue = self.stack.queues[queue_logical_id]
        event = {"Records": [sqs_record(m, queue_arn=queue.arn, region=self.stack.region) for m in messages]}
        try:
            result = handler.lambda_handler(event, None)
            failed = {f["itemIdentifier"] for f in result.get("batchItemFailures", [])}
        except Exception:  # noqa: BLE001 - the whole batch failed, as Lambda treats it
            failed = {m["MessageId"] for m in messages}
        for m in messages:
            if m["MessageId"] in failed:
                # It comes back after its visibility timeout (or the delay the handler set).
                self.failed.setdefault(queue_logical_id, []).append(m["ReceiptHandle"])
            else:
                self.sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
        return len(messages)

    def visibility_timeout_passes(self, queue_logical_id: str) -> None:
        """What waiting out the queue's visibility timeout does to the failed records."""
        for handle in self.failed.pop(queue_logical_id, []):
            self.sqs.change_message_visibility(
                QueueUrl=self.queue_url(queue_logical_id), ReceiptHandle=handle, VisibilityTimeout=0
            )

    def drain(self, max_rounds: int = 30) -> None:
        for _ in range(max_rounds):
            moved = self.run_queue("InboundQueue", self.process) + self.run_queue(
                "ForwardQueue", self.forward
            )
            if not moved and self.in_flight() == 0:
                return
            if not moved:
                time.sleep(0.3)
        raise AssertionError("queues did not drain")

    def in_flight(self) -> int:
        total = 0
        for logical_id in ("InboundQueue", "ForwardQueue"):
            attrs = self.sqs.get_queue_attributes(
                QueueUrl=self.queue_url(logical_id),
                AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
            )["Attributes"]
            total += int(attrs["ApproximateNumberOfMessages"]) + int(
                attrs["ApproximateNumberOfMessagesNotVisible"]
            )
        return total

    def queue_bodies(self, logical_id: str) -> list[str]:
        """Every body currently on a queue, without consuming it (visibility 0)."""
        url = self.queue_url(logical_id)
        found = self.sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=0, WaitTimeSeconds=0
        ).get("Messages", [])
        return [m["Body"] for m in found]

    def table_items(self) -> list[dict[str, Any]]:
        table = self.stack.tables["CaseTable"].name
        return list(self.dynamodb.scan(TableName=table).get("Items", []))

    def cases(self) -> list[dict[str, Any]]:
        return [i for i in self.table_items() if i["kind"]["S"] == "case"]


@pytest.fixture
def aws(aws_env: None) -> Iterator[None]:
    """moto, with FIFO redelivery in order as SQS does it (see webcare.local.moto_fifo)."""
    moto_fifo.apply()
    with mock_aws():
        yield


@pytest.fixture
def pipeline(
    aws: None, fake_helpdesk: FakeHelpdesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Pipeline:
    stack = create_resources(
        load_template(find_template(ROOT)),
        secret_values={
            "PlatformSecrets": {"x_consumer_secret": X_SECRET},
            "HelpdeskSecrets": {"webhook_signing_secret": SIGNING_SECRET},
        },
    )
    config_file = tmp_path / "webcare.json"
    config_file.write_text(json.dumps(config_for(fake_helpdesk.url)))
    for name, value in stack.union_environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("WEBCARE_CONFIG", str(config_file))
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "WebcareBridgeTest")
    return Pipeline(stack, fake_helpdesk)


def signed_x(payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = serialize(payload)
    return body, sign_x(body, X_SECRET)


os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "WebcareBridgeTest")


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    """Everything the functions log, formatted as in Lambda (Powertools JSON lines)."""
    stream = io.StringIO()
    logger = logging.getLogger("webcare-bridge")
    handler = logging.StreamHandler(stream)
    if logger.handlers:
        handler.setFormatter(logger.handlers[0].formatter)
    logger.addHandler(handler)
    yield stream
    logger.removeHandler(handler)
