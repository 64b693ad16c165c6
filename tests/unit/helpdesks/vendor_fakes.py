"""Shared pieces of the vendor adapter tests (Freshdesk, ServiceNow, Jira, Salesforce, Front):
a scripted local server that also answers PATCH and DELETE, and a case with its messages."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from helpdesk_servers import FakeServer, Recorded

from webcare.cases.rules import Case, decide
from webcare.config import ChannelRules
from webcare.model import Account, Attachment, Identity, Message, ScrubSummary

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
NOOR = Identity("x", "88412345", handle="noordv", display_name="Noor de Vries")
Answer = tuple[int, dict[str, str], bytes]


def message(
    number: int, text: str = "my router is broken", customer: Identity = NOOR, **extra: Any
) -> Message:
    return Message(
        source="x",
        provider_message_id=str(number),
        channel="x_dm",
        account=Account("x", "1"),
        customer=customer,
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text=text,
        scrub=ScrubSummary(findings=(("password", "redact", 1),), credential_shared=True),
        **extra,
    )


PHOTO = Attachment(kind="image", url="https://pbs.example/media/1.jpg", name="router.jpg")


def a_case(helpdesk: str = "hd") -> Case:
    return decide(
        None, message(1), customer_key="x:88412345", helpdesk=helpdesk, rules=ChannelRules(), now=NOW
    ).case


def j(status: int, document: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {"content-type": "application/json", **(headers or {})}, json.dumps(document).encode()


def query(request: Recorded) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(request.path).query).items()}


def path(request: Recorded) -> str:
    return urlsplit(request.path).path


class Script:
    """Answers by (method, path); each entry is a list of answers used in turn (the last repeats)."""

    def __init__(self, routes: dict[tuple[str, str], list[Callable[[Recorded], Answer]]]) -> None:
        self.routes = routes

    def __call__(self, request: Recorded) -> Answer:
        answers = self.routes.get((request.method, path(request)))
        if answers is None:
            return j(404, {"unscripted": f"{request.method} {path(request)}"})
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        return answer(request)


@contextmanager
def serve(answer: Callable[[Recorded], Answer]) -> Iterator[FakeServer]:
    """Like helpdesk_servers.serve, for every method (ServiceNow and Salesforce use PATCH)."""
    state = FakeServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            recorded = Recorded(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length),
            )
            state.requests.append(recorded)
            status, headers, body = answer(recorded)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that timed out and hung up (the point of some tests)

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
