"""The local inbox: a small helpdesk stand-in that receives forwarded cases on 127.0.0.1.

- `POST /webhook`: a forwarded case event (Standard Webhooks). Verified with the signing secret
  (401 with the reason otherwise), de-duplicated on `webhook-id` (a repeat answers 200 again
  and is not stored twice), stored per case in arrival order; `case.opened` is answered with
  `{"ticket_id": "inbox-<n>"}`. A `case.note` (an internal note: a merge, a deleted message) is
  kept with its case's notes. Each arrival is printed as one line.
- `GET /`: an HTML page listing cases, their messages and notes. `GET /cases`: the same as JSON.
- `POST /_control/fail?count=N&status=503&retry_after=1`: answer the next N webhooks with that
  status (and `Retry-After`), to exercise the sender's retries. `POST /_control/reset` forgets
  everything. Both exist for tests; the inbox only ever listens on 127.0.0.1.
"""

from __future__ import annotations

import html
import json
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO
from urllib.parse import parse_qs, urlsplit

from webcare.helpdesks import standard_webhooks

DEFAULT_PORT = 8788
MAX_BODY = 5 * 1024 * 1024


@dataclass
class _Failures:
    remaining: int = 0
    status: int = 503
    retry_after: int | None = 1


@dataclass
class InboxCase:
    case_id: str
    ticket_id: str
    case: dict[str, Any]
    messages: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "ticket_id": self.ticket_id,
            "case": self.case,
            "messages": self.messages,
            "notes": self.notes,
        }


class LocalInbox:
    """The inbox's state and its HTTP server. Thread-safe; use as a context manager or start/stop."""

    def __init__(
        self,
        signing_secrets: Iterable[str],
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        fail_next: int = 0,
        fail_status: int = 503,
        retry_after: int | None = 1,
        out: TextIO | None = None,
    ) -> None:
        self.signing_secrets = tuple(signing_secrets)
        self.host = host
        self.port = port
        self.out = out if out is not None else sys.stdout
        self._lock = threading.Lock()
        self._cases: dict[str, InboxCase] = {}
        self._answers: dict[str, tuple[int, dict[str, Any]]] = {}  # webhook-id -> first answer
        self._failures = _Failures(fail_next, fail_status, retry_after)
        self.attempts = 0  # every POST /webhook, including rejected and failed ones
        self.rejected = 0  # failed verification
        self.duplicates = 0  # repeated webhook-id
        self.injected_failures = 0
        self._server: _InboxServer | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> LocalInbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> LocalInbox:
        self._server = _InboxServer((self.host, self.port), self)
        self._thread = threading.Thread(target=self._server.serve_forever, name="inbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the inbox is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def webhook_url(self) -> str:
        return f"{self.url}/webhook"

    # State --------------------------------------------------------------------------------
    def fail(self, count: int, status: int = 503, retry_after: int | None = 1) -> None:
        """Answer the next `count` webhooks with `status` (and `Retry-After` when given)."""
        with self._lock:
            self._failures = _Failures(count, status, retry_after)

    def reset(self) -> None:
        with self._lock:
            self._cases.clear()
            self._answers.clear()
            self._failures = _Failures()
            self.attempts = self.rejected = self.duplicates = self.injected_failures = 0

    def cases(self) -> list[dict[str, Any]]:
        """A snapshot: every case with its messages, in arrival order."""
        with self._lock:
            return json.loads(json.dumps([case.to_dict() for case in self._cases.values()]))

    # Receiving ----------------------------------------------------------------------------
    def receive(self, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], dict[str, Any]]:
        """Handle one delivery; returns status, extra headers and the JSON answer."""
        with self._lock:
            self.attempts += 1
            if self._failures.remaining > 0:
                self._failures.remaining -= 1
                self.injected_failures += 1
                extra = {}
                if self._failures.retry_after is not None:
                    extra["Retry-After"] = str(self._failures.retry_after)
                return self._failures.status, extra, {"error": "failure injected by /_control/fail"}
            try:
                webhook_id = standard_webhooks.verify(self.signing_secrets, headers, body)
            except standard_webhooks.SignatureError as exc:
                self.rejected += 1
                self._print(f"inbox: rejected a delivery: {exc}")
                return 401, {}, {"error": f"signature verification failed: {exc}"}
            if webhook_id in self._answers:
                self.duplicates += 1
                status, answer = self._answers[webhook_id]
                return status, {}, {**answer, "duplicate": True}
            try:
                event = json.loads(body)
                event_type = str(event["type"])
                case = dict(event["case"])
                case_id = str(case["case_id"])
            except (ValueError, KeyError, TypeError) as exc:
                return 400, {}, {"error": f"not a forwarded case event: {type(exc).__name__} {exc}"}
            answer = self._store(webhook_id, event_type, case_id, case, event)
            self._answers[webhook_id] = (200, answer)
            return 200, {}, answer

    def _store(
        self, webhook_id: str, event_type: str, case_id: str, case: dict[str, Any], event: dict[str, Any]
    ) -> dict[str, Any]:
        stored = self._cases.get(case_id)
        if stored is None:
            stored = InboxCase(case_id=case_id, ticket_id=f"inbox-{len(self._cases) + 1}", case=case)
            self._cases[case_id] = stored
        else:
            stored.case = case
        message = event.get("message")
        note = event.get("note")
        if event_type == "case.note" and isinstance(note, dict):
            stored.notes.append(
                {
                    "note_id": note.get("note_id"),
                    "text": note.get("text"),
                    "webhook_id": webhook_id,
                    "received_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
                }
            )
            text = " ".join(str(note.get("text") or "").split())
            self._print(f"inbox ← case {case_id} case.note (internal): {text[:80]!r}")
            return {"ok": True}
        if isinstance(message, dict):
            stored.messages.append(
                {
                    "type": event_type,
                    "sequence": event.get("sequence"),
                    "webhook_id": webhook_id,
                    "received_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
                    "message": message,
                }
            )
            text = " ".join(str(message.get("text") or "").split())
            preview = text if len(text) <= 60 else text[:59] + "…"
            channel = message.get("channel", "?")
        else:
            preview, channel = "", "-"
        self._print(
            f"inbox ← case {case_id} {event_type} #{event.get('sequence', '?')} {channel}: {preview!r}"
        )
        return {"ticket_id": stored.ticket_id} if event_type == "case.opened" else {"ok": True}

    def _print(self, line: str) -> None:
        try:
            print(line, file=self.out, flush=True)
        except (OSError, ValueError):
            pass  # a closed stdout must not fail a delivery

    # Page ---------------------------------------------------------------------------------
    def page(self) -> str:
        cases = self.cases()
        parts = [
            "<!doctype html><html><head><meta charset='utf-8'><meta http-equiv='refresh' content='5'>",
            "<title>webcare local inbox</title><style>",
            "body{font-family:system-ui,sans-serif;margin:2em;max-width:60em}",
            "section{border:1px solid #ccc;border-radius:6px;padding:0 1em 1em;margin-bottom:1.5em}",
            "li{margin:.6em 0}.meta{color:#666;font-size:.9em}.flag{background:#fde68a;padding:0 .3em}",
            "pre{white-space:pre-wrap;margin:.2em 0}.note{background:#f3f4f6;padding:.3em .6em}",
            "</style></head><body>",
            f"<h1>webcare local inbox</h1><p>{len(cases)} case(s). Refreshes every 5 seconds; "
            "<a href='/cases'>JSON</a>.</p>",
        ]
        for case in cases:
            info = case["case"]
            customer = info.get("customer") or {}
            who = customer.get("handle") or customer.get("display_name") or customer.get("id") or "?"
            flags = [name for name, on in (info.get("flags") or {}).items() if on]
            parts.append(
                f"<section><h2>{_e(case['ticket_id'])}: {_e(who)} "
                f"<span class='meta'>({_e(customer.get('namespace'))}:{_e(customer.get('id'))})</span></h2>"
                f"<p class='meta'>case {_e(case['case_id'])} · status {_e(info.get('status'))} · "
                f"opened {_e(info.get('opened_at'))} · respond by {_e(info.get('respond_by'))} · "
                f"channels {_e(', '.join(map(str, info.get('channels') or [])))}"
                + "".join(f" <span class='flag'>{_e(flag)}</span>" for flag in flags)
                + "</p><ol>"
            )
            for entry in case["messages"]:
                message = entry["message"]
                findings = ((message.get("scrub") or {}).get("findings")) or []
                kinds = sorted({str(f.get("type") or f.get("kind") or f) for f in findings if f})
                parts.append(
                    f"<li><span class='meta'>#{_e(entry['sequence'])} {_e(entry['type'])} · "
                    f"{_e(message.get('channel'))} · {_e(message.get('visibility'))} · "
                    f"{_e(message.get('occurred_at'))}</span>"
                    + (f"<br><strong>{_e(message.get('subject'))}</strong>" if message.get("subject") else "")
                    + f"<pre>{_e(message.get('text'))}</pre>"
                    + (f"<span class='meta'>scrubbed: {_e(', '.join(kinds))}</span>" if kinds else "")
                    + "</li>"
                )
            parts.append("</ol>")
            for note in case.get("notes") or []:
                parts.append(
                    f"<p class='note'><span class='meta'>internal note · {_e(note.get('received_at'))}</span>"
                    f"<pre>{_e(note.get('text'))}</pre></p>"
                )
            parts.append("</section>")
        parts.append("</body></html>")
        return "".join(parts)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


_LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def _host_name(host: str) -> str:
    """`127.0.0.1:8080` -> `127.0.0.1`, `[::1]:8080` -> `::1`, `LocalHost.` -> `localhost`."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0].rstrip(".") if ":" in host else host.rstrip(".")


def is_loopback_request(host: str, origin: str | None, fetch_site: str | None, what: str = "") -> str | None:
    """Why a request must be refused (None: serve it), against what a browser page on another site
    could send to a loopback server: a `Host` that is not a loopback name is DNS rebinding (a site
    whose name resolves to 127.0.0.1); an `Origin` or `Sec-Fetch-Site` naming another origin is a
    cross-site request (CSRF). Scripts and curl send neither header."""
    if _host_name(host) not in _LOOPBACK_NAMES:
        return f"{what or 'this server'} answers only requests to 127.0.0.1, localhost or [::1]"
    cross_origin = origin is not None and origin != f"http://{host}"
    if cross_origin or fetch_site not in (None, "same-origin", "none"):
        return "cross-origin requests are refused"
    return None


class _InboxHandler(BaseHTTPRequestHandler):
    server: _InboxServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the inbox prints one line per arrival itself

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any, extra: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode("utf-8"), "application/json", extra)

    def _refused(self) -> bool:
        """Answer 403 to what a browser page on another site could send here.

        A `Host` that is not a loopback name is DNS rebinding (a site whose name resolves to
        127.0.0.1 reading the inbox); an `Origin` or `Sec-Fetch-Site` naming another origin is a
        cross-site request (CSRF on the control routes). Scripts and curl send neither.
        """
        reason = is_loopback_request(
            self.headers.get("host", ""),
            self.headers.get("origin"),
            self.headers.get("sec-fetch-site"),
            "the local inbox",
        )
        if reason is not None:
            self._json(403, {"error": reason})
            return True
        return False

    def do_GET(self) -> None:
        if self._refused():
            return
        inbox = self.server.inbox
        path = urlsplit(self.path).path
        if path == "/":
            self._send(200, inbox.page().encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/cases":
            self._json(200, inbox.cases())
        else:
            self._json(404, {"error": "not found"})

    def do_POST(self) -> None:
        if self._refused():
            self.close_connection = True
            return
        inbox = self.server.inbox
        split = urlsplit(self.path)
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            self._json(413, {"error": f"body larger than {MAX_BODY} bytes"})
            return
        body = self.rfile.read(length) if length else b""
        if split.path == "/webhook":
            headers = {name.lower(): value for name, value in self.headers.items()}
            status, extra, answer = inbox.receive(headers, body)
            self._json(status, answer, extra)
        elif split.path == "/_control/fail":
            query = {k: v[-1] for k, v in parse_qs(split.query).items()}
            try:
                count = int(query.get("count", "1"))
                status = int(query.get("status", "503"))
                retry_after = int(query["retry_after"]) if query.get("retry_after") else None
            except ValueError:
                self._json(400, {"error": "count, status and retry_after must be integers"})
                return
            inbox.fail(count, status, retry_after)
            self._json(200, {"failing_next": count, "status": status, "retry_after": retry_after})
        elif split.path == "/_control/reset":
            inbox.reset()
            self._json(200, {"ok": True})
        else:
            self._json(404, {"error": "not found"})


class _InboxServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], inbox: LocalInbox) -> None:
        self.inbox = inbox
        super().__init__(address, _InboxHandler)
