"""A real Request Tracker 5 for end-to-end tests, and a proxy that loses its answers on purpose.

`rt_server` (session scope) installs RT from Debian's packages when it is absent (only as root
with apt-get; `tests/rt/install.sh`), starts a throw-away instance on 127.0.0.1 with its own
SQLite DB (`tests/rt/start.sh`), and stops it by PID at the end (`tests/rt/stop.sh`). Where RT
cannot be had the tests are skipped with the reason, except under CI (CI=true), where they fail.

`LossyProxy` forwards HTTP to RT and follows a plan: for a matching request it lets RT do the
work and then drops the connection without answering (`drop`), or answers 503 without
forwarding (`fail`): the ambiguous failures the adapter's read-back exists for.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

REPOSITORY = Path(__file__).resolve().parents[2]
SCRIPTS = REPOSITORY / "tests" / "rt"
RT_SERVER = Path("/usr/share/request-tracker5/libexec/rt-server")


@dataclass(frozen=True)
class RequestTracker:
    url: str
    token: str
    home: Path
    pid: int

    @property
    def api(self) -> str:
        return f"{self.url}/REST/2.0"

    def get(self, path: str, **params: Any) -> Any:
        response = requests.get(
            f"{self.api}{path}", params=params, headers={"Authorization": f"token {self.token}"}, timeout=30
        )
        response.raise_for_status()
        return response.json()


def _unavailable() -> str | None:
    """Why RT cannot be run here, after installing it if this machine allows; None when it can."""
    if os.geteuid() != 0:
        # start.sh runs RT as www-data (setpriv, chown), and installing needs root too.
        return "Request Tracker 5 runs here only as root (tests/rt/install.sh, tests/rt/start.sh)"
    if RT_SERVER.exists() and shutil.which("rt-setup-database-5"):
        return None
    if not shutil.which("apt-get"):
        return "Request Tracker 5 is not installed, and this machine has no apt-get (Debian 12 expected)"
    log = Path(os.environ.get("TMPDIR", "/tmp")) / "webcare-rt5-install.log"
    with log.open("w") as out:
        done = subprocess.run(
            ["sh", str(SCRIPTS / "install.sh")], stdout=out, stderr=subprocess.STDOUT, timeout=1200
        )
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:]
        return f"installing Request Tracker 5 failed (exit {done.returncode}, log {log}):\n{tail}"
    return None


@pytest.fixture(scope="session")
def rt_server() -> Iterator[RequestTracker]:
    reason = _unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Request Tracker tests: {reason}")
        pytest.skip(reason)
    started = subprocess.run(
        ["sh", str(SCRIPTS / "start.sh")], capture_output=True, text=True, timeout=180, check=False
    )
    if started.returncode != 0:
        pytest.fail(f"tests/rt/start.sh failed: {started.stderr[-2000:]}")
    values = dict(re.findall(r"^(RT_[A-Z]+)=(.*)$", started.stdout, flags=re.MULTILINE))
    rt = RequestTracker(values["RT_URL"], values["RT_TOKEN"], Path(values["RT_HOME"]), int(values["RT_PID"]))
    try:
        yield rt
    finally:
        subprocess.run(
            ["sh", str(SCRIPTS / "stop.sh")],
            env={**os.environ, "RT_HOME": str(rt.home)},
            timeout=60,
            check=False,
        )


@dataclass
class Rule:
    method: str
    path: str  # a regular expression matched against the whole path (no query)
    action: str  # "drop": forward, then close without answering; "fail": 503 without forwarding
    times: int = 1


@dataclass
class LossyProxy:
    """HTTP proxy on 127.0.0.1 in front of `target`; `log` has (method, path, what happened)."""

    target: str
    rules: list[Rule] = field(default_factory=list)
    log: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                path = urlsplit(self.path).path
                action = proxy._take(self.command, path)
                if action == "fail":
                    proxy._record(self.command, path, "failed 503")
                    self._answer(503, {"content-type": "application/json"}, b'{"message":"injected"}')
                    return
                status, headers, answer = proxy._forward(self.command, self.path, dict(self.headers), body)
                if action == "drop":
                    proxy._record(self.command, path, f"dropped RT's {status}")
                    self.close_connection = True
                    return
                proxy._record(self.command, path, f"passed {status}")
                self._answer(status, headers, answer)

            def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    if name.lower() not in {"content-length", "connection", "transfer-encoding"}:
                        self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.send_header("connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True

            do_GET = do_POST = do_PUT = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def _take(self, method: str, path: str) -> str | None:
        with self._lock:
            for rule in self.rules:
                if rule.times > 0 and rule.method == method and re.fullmatch(rule.path, path):
                    rule.times -= 1
                    return rule.action
        return None

    def _record(self, method: str, path: str, outcome: str) -> None:
        with self._lock:
            self.log.append((method, path, outcome))

    def _forward(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(self.target)
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
        try:
            keep = {k: v for k, v in headers.items() if k.lower() not in {"host", "connection"}}
            connection.request(method, target, body=body or None, headers=keep)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
