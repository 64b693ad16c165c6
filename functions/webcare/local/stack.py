"""The local stack: template.yaml's resources in moto, its HTTP routes and queues driven locally.

`LocalStack` starts a moto server on 127.0.0.1, creates the template's resources in it
(`resources.py`), imports each function's real handler, serves the HttpApi routes with
payload 2.0 events and pumps every SQS event source the way Lambda's event source mapping does
(batches, partial-batch responses, FIFO groups, visibility timeouts, dead-letter redrive).

Why a moto *server* rather than `moto.mock_aws()` in-process: the handlers talk to it over real
HTTP with real request serialisation (closer to AWS), nothing in the process is patched, and the
state can be inspected from another terminal (`aws --endpoint-url ...`, `webcare replay`).
The server is single-threaded on purpose: moto's SQS backend is not thread-safe, and the HTTP
routes and the queue pumps call it from several threads.

Side effects while running: sets AWS_* variables (dummy credentials, region, AWS_ENDPOINT_URL
pointing at the moto server) and the union of the functions' environments in `os.environ`
(restored by `stop()`); writes the config document into `state_dir` (as JSON: the handlers
read JSON only, as in Lambda, so a YAML config is converted there); patches moto's SQS
receive once per process so FIFO groups come back in order (`moto_fifo`).
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import logging
import os
import secrets as _random
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import boto3

from webcare import simulate
from webcare.config import helpdesk_secret_names, read_config_document
from webcare.local import moto_fifo
from webcare.local.events import (
    HttpResult,
    LambdaContext,
    gateway_error,
    http_api_event,
    http_api_response,
    internal_error,
    match_route,
    sqs_record,
)
from webcare.local.inbox import is_loopback_request
from webcare.local.resources import (
    DEFAULT_REGION,
    LOCAL_API_ID,
    FunctionResource,
    SqsEventSource,
    StackResources,
    TemplateError,
    create_resources,
    find_template,
    load_template,
)
from webcare.local.sns import LocalSns, trusted_certificate
from webcare.sources import sns

log = logging.getLogger("webcare.local")

DEFAULT_PORT = 8787
DEFAULT_INBOX_PORT = 8788
# The template's secrets (logical ids): what the ingest reads, what forward and callback read,
# and what the admin route reads.
PLATFORM_SECRETS = "PlatformSecrets"
HELPDESK_SECRETS = "HelpdeskSecrets"
ADMIN_SECRETS = "AdminSecrets"
SIGNING_SECRET_NAME = "webhook_signing_secret"  # noqa: S105 - the local inbox's key name
ADMIN_SECRET_NAME = "admin_signing_secret"  # noqa: S105 - the admin route's key name
# Where the local config says SES mail over SNS comes from, and the bot `webcare simulate
# telegram` names in its `bot_id` query parameter (decision 0031).
LOCAL_SES_TOPIC = simulate.DEFAULT_SES_TOPIC
LOCAL_TELEGRAM_BOT_ID = simulate.DEFAULT_BOT_ID
HTTP_API_MAX_BODY = 10 * 1024 * 1024  # API Gateway HTTP API's payload limit
LAMBDA_MAX_EVENT = 6 * 1024 * 1024  # synchronous invocation payload limit
POLL_INTERVAL = 0.05
CONTROL_PREFIX = "/_local/"  # the stack's own routes (invoke, SNS confirmations, idle); not in AWS
DUMMY_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


def local_secrets() -> dict[str, str]:
    """A fresh secrets document for a local run: one value for every key a source verifies with
    (so `webcare simulate <source>` signs without `--secret`), the inbox's signing key and the
    admin route's signing secret. Each value fits its platform's rules (Telegram's secret token:
    `A-Z a-z 0-9 _ -`; Postmark's user: no colon)."""
    return {
        "x_consumer_secret": _random.token_urlsafe(32),
        "meta_app_secret": _random.token_hex(16),
        "meta_verify_token": _random.token_urlsafe(24),
        "telegram_secret_token": _random.token_urlsafe(32),
        "mailgun_signing_key": _random.token_hex(32),
        "sendgrid_url_token": _random.token_urlsafe(32),
        "postmark_basic_user": "webcare-local",
        "postmark_basic_password": _random.token_urlsafe(24),
        SIGNING_SECRET_NAME: "whsec_" + base64.b64encode(_random.token_bytes(32)).decode("ascii"),
        ADMIN_SECRET_NAME: _random.token_urlsafe(32),
    }


def split_secrets(document: Mapping[str, Any], helpdesk_names: Iterable[str]) -> dict[str, dict[str, Any]]:
    """One secrets document as the template's three: `admin_signing_secret` goes to the admin
    secret, the keys the config's helpdesks name (and `webhook_signing_secret`) to the helpdesk
    secret, every other key to the platform secret."""
    helpdesk = {*helpdesk_names, SIGNING_SECRET_NAME}
    return {
        PLATFORM_SECRETS: {k: v for k, v in document.items() if k not in helpdesk and k != ADMIN_SECRET_NAME},
        HELPDESK_SECRETS: {k: v for k, v in document.items() if k in helpdesk},
        ADMIN_SECRETS: {k: v for k, v in document.items() if k == ADMIN_SECRET_NAME},
    }


def local_config(inbox_webhook_url: str) -> dict[str, Any]:
    """The behaviour document for a local run: everything goes to the local inbox, and SES mail
    over SNS is accepted from the topic `webcare simulate ses` names. Telegram needs no setting:
    the receiving bot is the `bot_id` in the webhook URL (decision 0031), which simulate sends
    (`LOCAL_TELEGRAM_BOT_ID`, listed in stack.json)."""
    return {
        "version": 1,
        "helpdesks": {
            "inbox": {
                "type": "webhook",
                "url": inbox_webhook_url,
                "signing_secret": "webhook_signing_secret",
                "timeout_seconds": 10,
            }
        },
        "default_helpdesk": "inbox",
        "routing": [],
        "channels": {
            "x_public": {"reopen_window_hours": 72, "respond_within_minutes": 60},
            "x_dm": {"reopen_window_hours": 72, "respond_within_minutes": 60},
        },
        "sources": {"ses": {"allowed_topic_arns": [LOCAL_SES_TOPIC]}},
        "scrub": {"max_text_length": 20000},
    }


# --------------------------------------------------------------------------------------------
# moto
# --------------------------------------------------------------------------------------------


class _MotoServer:
    """moto's server app on 127.0.0.1, one request at a time (see the module docstring)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        app = DomainDispatcherApplication(create_backend_app)
        self._server = make_server(host, port, app, threaded=False, request_handler=MotoRequestHandler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# --------------------------------------------------------------------------------------------
# Functions
# --------------------------------------------------------------------------------------------


class LocalFunction:
    """One function's handler with one execution environment: invocations run one at a time."""

    def __init__(self, resource: FunctionResource, handler: Callable[[Any, Any], Any]) -> None:
        self.resource = resource
        self.handler = handler
        self._lock = threading.Lock()
        self.invocations = 0

    def invoke(self, event: Any) -> Any:
        with self._lock:
            self.invocations += 1
            context = LambdaContext.for_function(self.resource)
            started = time.monotonic()
            try:
                return self.handler(event, context)
            finally:
                elapsed = time.monotonic() - started
                if elapsed > self.resource.timeout_seconds:
                    log.warning(
                        "%s ran %.1fs, longer than its Timeout of %ss: AWS would have stopped it",
                        self.resource.logical_id,
                        elapsed,
                        self.resource.timeout_seconds,
                    )


def schema_environment(template: Path) -> dict[str, str]:
    """Where the handlers find `schemas/`. In a Lambda artifact and a checkout (editable install)
    it is beside the package; a wheel installed with pip does not carry it, so the checkout the
    template comes from provides it (`WEBCARE_SCHEMA_DIR`)."""
    from webcare.schemas import schema_dir

    if os.environ.get("WEBCARE_SCHEMA_DIR"):
        return {}
    try:
        schema_dir()
    except FileNotFoundError:
        beside_template = template.resolve().parent / "schemas"
        if not (beside_template / "message.schema.json").is_file():
            raise TemplateError(
                f"schemas/ is neither beside the webcare package nor beside {template}: "
                "run webcare local in a checkout of webcare-bridge"
            ) from None
        return {"WEBCARE_SCHEMA_DIR": str(beside_template)}
    return {}


def _forget_process_wide_clients() -> None:
    """Drop SDK state that outlives a handler module: Powertools' default parameter providers
    hold a boto3 client (bound to an earlier stack's endpoint) and cached secret values. In AWS a
    cold start begins with none of it."""
    from aws_lambda_powertools.utilities.parameters import base

    base.DEFAULT_PROVIDERS.clear()


_POWERTOOLS_LOGGER_ATTRIBUTES = (
    "init",
    "powertools_handler",
    "powertools_buffer_config",
    "powertools_buffer_cache",
)


class _ColdStart:
    """Process-wide state a handler's import sets up, saved before a stack and restored after it.

    Powertools configures a service's stdlib logger once per process (level from LOG_LEVEL, a
    stdout handler) and later `Logger()`s reuse it. A cold start in AWS always configures it
    afresh, so the stack clears it before importing its handlers, and on stop puts back what was
    there and forgets the handler modules it imported, so that code running later in the same
    process (tests) imports and configures them with its own environment.
    """

    def __init__(self, service_names: set[str], modules: set[str]) -> None:
        self.modules = modules
        self.loggers: dict[str, tuple[int, list[logging.Handler], dict[str, Any]]] = {}
        for name in service_names:
            logger = logging.getLogger(name)
            attributes = {a: getattr(logger, a) for a in _POWERTOOLS_LOGGER_ATTRIBUTES if hasattr(logger, a)}
            self.loggers[name] = (logger.level, list(logger.handlers), attributes)
            self._clear(logger)

    @staticmethod
    def _clear(logger: logging.Logger) -> None:
        for attribute in _POWERTOOLS_LOGGER_ATTRIBUTES:
            if hasattr(logger, attribute):
                delattr(logger, attribute)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)

    def restore(self) -> None:
        for name in self.modules:
            sys.modules.pop(name, None)
        for name, (level, handlers, attributes) in self.loggers.items():
            logger = logging.getLogger(name)
            self._clear(logger)
            logger.setLevel(level)
            for handler in handlers:
                logger.addHandler(handler)
            for attribute, value in attributes.items():
                setattr(logger, attribute, value)


def _import_handler(handler: str) -> Callable[[Any, Any], Any]:
    module_name, _, attribute = handler.rpartition(".")
    # A fresh import runs the module's composition root with this stack's environment, as a
    # cold start would; a module imported for an earlier stack would hold that stack's clients.
    sys.modules.pop(module_name, None)
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise RuntimeError(f"handler {handler} cannot be imported: {exc}") from exc
    function = getattr(module, attribute, None)
    if not callable(function):
        raise RuntimeError(f"handler {handler}: {module_name} has no callable {attribute}")
    return function


# --------------------------------------------------------------------------------------------
# The SQS event source mapping
# --------------------------------------------------------------------------------------------


def _failed_ids(result: Any, message_ids: set[str]) -> set[str] | None:
    """Ids to keep from a ReportBatchItemFailures response; None means "the whole batch failed".

    Lambda's rules: no response, an empty response or an empty/null list is success; a response
    that is not an object, or an item whose id is missing, empty or not in the batch, fails all.
    """
    if result is None:
        return set()
    if not isinstance(result, dict):
        return None
    failures = result.get("batchItemFailures")
    if failures is None:
        return set()
    if not isinstance(failures, list):
        return None
    failed: set[str] = set()
    for item in failures:
        identifier = item.get("itemIdentifier") if isinstance(item, dict) else None
        if not isinstance(identifier, str) or identifier not in message_ids:
            return None
        failed.add(identifier)
    return failed


class _QueuePump(threading.Thread):
    """Polls one queue and invokes one function with batches, like an event source mapping."""

    def __init__(self, stack: LocalStack, function: LocalFunction, source: SqsEventSource) -> None:
        super().__init__(name=f"pump-{source.queue_logical_id}", daemon=True)
        self.stack = stack
        self.function = function
        self.source = source
        self.batches = 0

    def run(self) -> None:
        sqs = self.stack.client("sqs")
        while not self.stack.stopping.is_set():
            with self.stack.busy():
                try:
                    delivered = self._one_batch(sqs)
                except Exception:
                    log.exception("pump for %s failed; polling again", self.source.queue_logical_id)
                    delivered = False
            if not delivered:
                self.stack.stopping.wait(POLL_INTERVAL)

    def _receive(self, sqs: Any) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = []
        while len(messages) < self.source.batch_size:
            response = sqs.receive_message(
                QueueUrl=self.source.queue_url,
                MaxNumberOfMessages=min(10, self.source.batch_size - len(messages)),
                AttributeNames=["All"],
                MessageSystemAttributeNames=["All"],
                MessageAttributeNames=["All"],
                WaitTimeSeconds=0,
            )
            received = response.get("Messages") or []
            messages.extend(received)
            if not received or self.source.batch_size <= 10:
                break
        return messages

    def _one_batch(self, sqs: Any) -> bool:
        messages = self._receive(sqs)
        if not messages:
            return False
        self.batches += 1
        records = [sqs_record(m, queue_arn=self.source.queue_arn, region=self.stack.region) for m in messages]
        ids = {r["messageId"] for r in records}
        try:
            result = self.function.invoke({"Records": records})
        except Exception:  # noqa: BLE001 - a raising function fails the whole batch, as in Lambda
            log.error(
                "%s raised; the batch of %d returns after its visibility timeout:\n%s",
                self.function.resource.logical_id,
                len(records),
                traceback.format_exc(),
            )
            return True
        if self.source.report_batch_item_failures:
            failed = _failed_ids(result, ids)
            if failed is None:
                log.error(
                    "%s returned an invalid batchItemFailures response; the whole batch failed: %r",
                    self.function.resource.logical_id,
                    result,
                )
                return True
        else:
            failed = set()
        done = [r for r in records if r["messageId"] not in failed]
        for start in range(0, len(done), 10):
            chunk = done[start : start + 10]
            sqs.delete_message_batch(
                QueueUrl=self.source.queue_url,
                Entries=[{"Id": str(i), "ReceiptHandle": r["receiptHandle"]} for i, r in enumerate(chunk)],
            )
        if failed:
            log.info(
                "%s: %d of %d records failed; they return after their visibility timeout",
                self.function.resource.logical_id,
                len(failed),
                len(records),
            )
        return True


# --------------------------------------------------------------------------------------------
# The HTTP API
# --------------------------------------------------------------------------------------------


class _ApiHandler(BaseHTTPRequestHandler):
    server: _ApiServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.info("api %s - %s", self.address_string(), format % args)

    def _read_body(self) -> bytes | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                total += size
                if total > HTTP_API_MAX_BODY:
                    return None
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > HTTP_API_MAX_BODY:
            return None
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        stack = self.server.stack
        if urlsplit(self.path).path.startswith(CONTROL_PREFIX):
            self._control()
            return
        with stack.busy():
            split = urlsplit(self.path)
            body = self._read_body()
            if body is None:
                self.close_connection = True
                self._send(gateway_error(413, "Request Entity Too Large"))
                return
            match = match_route((f.resource for f in stack.functions.values()), self.command, split.path)
            if match is None:
                self._send(gateway_error(404, "Not Found"))
                return
            event = http_api_event(
                method=self.command,
                raw_path=split.path,
                raw_query=split.query,
                headers=list(self.headers.items()),
                body=body,
                match=match,
                source_ip=self.client_address[0],
                account_id=stack.resources.account_id,
                api_id=LOCAL_API_ID,
            )
            if len(json.dumps(event)) > LAMBDA_MAX_EVENT:
                self._send(gateway_error(413, "Request Entity Too Large"))
                return
            function = stack.functions[match.function.logical_id]
            try:
                result = function.invoke(event)
            except Exception:  # noqa: BLE001 - API Gateway answers a failed invocation with a 500
                log.error("%s raised:\n%s", match.function.logical_id, traceback.format_exc())
                self._send(internal_error())
                return
            self._send(http_api_response(result), event["requestContext"]["requestId"])

    def _control(self) -> None:
        """The local stack's own routes under `/_local/` (not the template's): loopback callers only.

        `POST /_local/invoke/<LogicalId>` (body: the event) runs that function here, in the stack's
        process with its environment, like Lambda's Invoke API: the answer is the function's
        return value; a raising function gives 200 with `X-Amz-Function-Error: Unhandled` and
        Lambda's `errorMessage`/`errorType`/`stackTrace`. `GET /_local/sns-confirmations` lists
        the SubscribeURLs recorded instead of fetched. `GET /_local/idle?wait=SECONDS` answers 200
        once nothing is in progress and the pumped queues are empty, 504 otherwise.
        """
        stack = self.server.stack
        split = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            self.close_connection = True
            self._send(gateway_error(413, "Request Entity Too Large"))
            return
        refusal = is_loopback_request(
            self.headers.get("host", ""),
            self.headers.get("origin"),
            self.headers.get("sec-fetch-site"),
            "the local stack's control routes",
        )
        if refusal:
            self._send_json(403, {"message": refusal})
            return
        path = split.path[len(CONTROL_PREFIX) :]
        query = parse_qs(split.query)
        if path == "sns-confirmations" and self.command == "GET":
            self._send_json(200, stack.sns_confirmations())
        elif path == "idle" and self.command == "GET":
            try:
                stack.wait_until_idle(float((query.get("wait") or ["30"])[0]))
            except (TimeoutError, ValueError) as exc:
                self._send_json(504, {"idle": False, "message": str(exc)})
                return
            self._send_json(200, {"idle": True})
        elif path.startswith("invoke/") and self.command == "POST":
            self._invoke(path.removeprefix("invoke/"), body)
        else:
            self._send_json(404, {"message": "Not Found"})

    def _invoke(self, logical_id: str, body: bytes) -> None:
        stack = self.server.stack
        function = stack.functions.get(logical_id)
        if function is None:
            known = ", ".join(sorted(stack.functions))
            self._send_json(404, {"message": f"Function not found: {logical_id} (functions: {known})"})
            return
        try:
            event = json.loads(body or b"{}")
        except ValueError:
            self._send_json(400, {"message": "the event is not JSON"})
            return
        with stack.busy():
            try:
                result = function.invoke(event)
            except Exception as exc:  # noqa: BLE001 - reported as Lambda reports an unhandled error
                log.error("%s raised:\n%s", logical_id, traceback.format_exc())
                error = {
                    "errorMessage": str(exc),
                    "errorType": type(exc).__name__,
                    "stackTrace": traceback.format_tb(exc.__traceback__),
                }
                self._send_json(200, error, {"x-amz-function-error": "Unhandled"})
                return
        self._send_json(200, result)

    def _send_json(self, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> None:
        body = json.dumps(payload, default=str).encode("utf-8")
        self._send(HttpResult(status, [("content-type", "application/json"), *(headers or {}).items()], body))

    def _send(self, result: HttpResult, request_id: str | None = None) -> None:
        self.send_response(result.status)
        names = {name.lower() for name, _ in result.headers}
        for name, value in result.headers:
            self.send_header(name, value)
        if "content-type" not in names:
            self.send_header("content-type", "application/json")
        if request_id:
            self.send_header("apigw-requestid", request_id)
        self.send_header("content-length", str(len(result.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(result.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = _handle


class _ApiServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], stack: LocalStack) -> None:
        self.stack = stack
        super().__init__(address, _ApiHandler)


# --------------------------------------------------------------------------------------------
# The stack
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueDepth:
    visible: int
    in_flight: int
    delayed: int

    @property
    def empty(self) -> bool:
        return self.visible == 0 and self.in_flight == 0 and self.delayed == 0


class LocalStack:
    """template.yaml on 127.0.0.1. Use as a context manager or call `start()` and `stop()`.

    `visibility_timeout` replaces every queue's VisibilityTimeout (seconds) so that a failed
    batch comes back in seconds rather than the template's minutes; None keeps the template's.
    `config_path` is the behaviour document to use (JSON or YAML); None writes one into
    `state_dir` that sends everything to the local inbox at `inbox_url`. `extra_secrets` are
    merged into the generated local secrets (helpdesk credentials when pointing at a real
    helpdesk); the merged document is split between the template's two secrets by
    `split_secrets`. `quiet` keeps the
    handlers' output down for demos: the template's LogLevel parameter becomes WARNING (unless
    given) and Powertools metrics are not printed (POWERTOOLS_METRICS_DISABLED).
    """

    def __init__(
        self,
        *,
        template: str | Path | None = None,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        inbox_url: str = f"http://127.0.0.1:{DEFAULT_INBOX_PORT}/webhook",
        config_path: str | Path | None = None,
        state_dir: str | Path = ".local",
        secrets: Mapping[str, Any] | None = None,
        extra_secrets: Mapping[str, Any] | None = None,
        visibility_timeout: int | None = None,
        parameters: Mapping[str, Any] | None = None,
        region: str = DEFAULT_REGION,
        quiet: bool = False,
        sns_certificates: Mapping[str, bytes] | None = None,
    ) -> None:
        self.template = Path(template) if template else find_template()
        self.host = host
        self.port = port
        self.inbox_url = inbox_url
        self.state_dir = Path(state_dir).resolve()
        self.config_path = Path(config_path).resolve() if config_path else None
        base = dict(secrets) if secrets else local_secrets()
        self.secrets: dict[str, Any] = {**base, **(extra_secrets or {})}
        self.visibility_timeout = visibility_timeout
        self.parameters = dict(parameters or {})
        self.region = region
        self.quiet = quiet
        self.sns_certificates = dict(sns_certificates or {})
        self.sns = LocalSns({})
        self._previous_sns_fetcher: sns.Fetch | None = None
        self._sns_installed = False
        self.stopping = threading.Event()
        self.functions: dict[str, LocalFunction] = {}
        self._moto: _MotoServer | None = None
        self._api: _ApiServer | None = None
        self._api_thread: threading.Thread | None = None
        self._pumps: list[_QueuePump] = []
        self._saved_environment: dict[str, str | None] = {}
        self._busy = 0
        self._busy_lock = threading.Lock()
        self._clients: dict[str, Any] = {}
        self._resources: StackResources | None = None
        self._cold_start: _ColdStart | None = None

    # Accessors ----------------------------------------------------------------------------
    @property
    def resources(self) -> StackResources:
        if self._resources is None:
            raise RuntimeError("the local stack is not started")
        return self._resources

    @property
    def url(self) -> str:
        if self._api is None:
            raise RuntimeError("the local stack is not started")
        host, port = self._api.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def aws_endpoint_url(self) -> str:
        if self._moto is None:
            raise RuntimeError("the local stack is not started")
        return self._moto.url

    def client(self, service: str) -> Any:
        """A boto3 client for the stack's moto server (thread-safe, cached per service)."""
        if service not in self._clients:
            self._clients[service] = boto3.session.Session().client(
                service,
                region_name=self.region,
                endpoint_url=self.aws_endpoint_url,
                aws_access_key_id=DUMMY_CREDENTIALS["AWS_ACCESS_KEY_ID"],
                aws_secret_access_key=DUMMY_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            )
        return self._clients[service]

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        with self._busy_lock:
            self._busy += 1
        try:
            yield
        finally:
            with self._busy_lock:
                self._busy -= 1

    # Lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> LocalStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> LocalStack:
        """Start moto, create the resources, import the handlers, serve and pump. Idempotent-safe:
        on any failure everything started so far is stopped again."""
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        # moto redelivers a FIFO group out of order after a failed batch; see moto_fifo.
        moto_fifo.apply()
        self._moto = _MotoServer(self.host, 0)
        self._moto.start()
        # A clean moto: its backends are process-wide and may hold an earlier stack's state.
        import requests

        requests.post(f"{self._moto.url}/moto-api/reset", timeout=10)
        self._set_environment(
            {
                **DUMMY_CREDENTIALS,
                "AWS_SESSION_TOKEN": None,
                "AWS_PROFILE": None,
                "AWS_DEFAULT_REGION": self.region,
                "AWS_REGION": self.region,
                "AWS_ENDPOINT_URL": self._moto.url,
            }
        )
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self._set_environment(schema_environment(self.template))
        self._install_sns()
        config_path = self.config_path
        if config_path is None:
            config: Any = local_config(self.inbox_url)
        else:
            config = read_config_document(config_path)
        if config_path is None or config_path.suffix.lower() != ".json":
            config_path = self.state_dir / "config.json"
            config_path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        template = load_template(self.template)
        declared = template.get("Parameters") or {}
        parameters: dict[str, Any] = {"ConfigFile": str(config_path)} if "ConfigFile" in declared else {}
        if self.quiet and "LogLevel" in declared:
            parameters["LogLevel"] = "WARNING"
        parameters.update(self.parameters)
        secret_values = split_secrets(self.secrets, helpdesk_secret_names(config))
        self._resources = create_resources(
            template,
            parameters=parameters,
            # An empty document would replace what the template generates (AdminSecrets' key).
            secret_values={k: v for k, v in secret_values.items() if v and k in template["Resources"]},
            region=self.region,
            session=boto3.session.Session(),
            endpoint_url=self._moto.url,
        )
        if self.visibility_timeout is not None:
            for queue in self._resources.queues.values():
                self.client("sqs").set_queue_attributes(
                    QueueUrl=queue.url, Attributes={"VisibilityTimeout": str(self.visibility_timeout)}
                )
        # All handlers share this process, so they share one environment: the union of the
        # functions' variables (resources.py refuses a name two functions set differently).
        self._set_environment(dict(self._resources.union_environment()))
        if self.quiet:
            self._set_environment({"POWERTOOLS_METRICS_DISABLED": "true"})
        _forget_process_wide_clients()
        services = {
            f.environment.get("POWERTOOLS_SERVICE_NAME", "service_undefined")
            for f in self._resources.functions.values()
        }
        modules = {f.handler.rpartition(".")[0] for f in self._resources.functions.values()}
        self._cold_start = _ColdStart(services, modules)
        for function in self._resources.functions.values():
            self.functions[function.logical_id] = LocalFunction(function, _import_handler(function.handler))
        self._api = _ApiServer((self.host, self.port), self)
        self._api_thread = threading.Thread(target=self._api.serve_forever, name="api", daemon=True)
        self._api_thread.start()
        for function in self._resources.functions.values():
            for source in function.sqs_sources:
                if source.enabled:
                    pump = _QueuePump(self, self.functions[function.logical_id], source)
                    self._pumps.append(pump)
                    pump.start()

    def _install_sns(self) -> None:
        """Serve SNS's URLs from this process (`webcare.local.sns`): the certificates given, and by
        default the one `webcare simulate ses` signs with (generated in `state_dir` on first use)."""
        key_file = self.state_dir / simulate.DEFAULT_SNS_KEY.name
        certificates = dict(self.sns_certificates)
        if simulate.DEFAULT_SNS_CERT_URL not in certificates:
            _, pem = simulate.sns_signing_key(key_file)
            certificates[simulate.DEFAULT_SNS_CERT_URL] = pem
        for url, pem in certificates.items():
            trusted_certificate(url, pem, where="SNS certificate")
        self.sns = LocalSns(certificates)
        self._previous_sns_fetcher = sns.install_fetcher(self.sns.fetch)
        self._sns_installed = True
        for url in sorted(certificates):
            log.info("SNS certificate trusted locally for %s", url)

    def sns_confirmations(self) -> list[dict[str, Any]]:
        """SubscribeURLs the SES source called, recorded instead of fetched."""
        return self.sns.confirmations()

    def _set_environment(self, values: Mapping[str, str | None]) -> None:
        for name, value in values.items():
            if name not in self._saved_environment:
                self._saved_environment[name] = os.environ.get(name)
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    def stop(self) -> None:
        """Stop pumping and serving, stop moto, restore the environment. Safe to call twice."""
        self.stopping.set()
        for pump in self._pumps:
            pump.join(timeout=10)
        self._pumps.clear()
        if self._api is not None:
            self._api.shutdown()
            self._api.server_close()
            self._api = None
        if self._moto is not None:
            self._moto.stop()
            self._moto = None
        if self._sns_installed:
            sns.install_fetcher(self._previous_sns_fetcher)
            self._sns_installed = False
        for name, value in self._saved_environment.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_environment.clear()
        self._clients.clear()
        if self._cold_start is not None:
            self._cold_start.restore()
            self._cold_start = None
        # Leave no SDK client bound to the stopped moto server behind for later code in this process.
        _forget_process_wide_clients()

    # State --------------------------------------------------------------------------------
    def queue_depth(self, logical_id: str) -> QueueDepth:
        queue = self.resources.queues[logical_id]
        attributes = self.client("sqs").get_queue_attributes(
            QueueUrl=queue.url,
            AttributeNames=[
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
                "ApproximateNumberOfMessagesDelayed",
            ],
        )["Attributes"]
        return QueueDepth(
            visible=int(attributes["ApproximateNumberOfMessages"]),
            in_flight=int(attributes["ApproximateNumberOfMessagesNotVisible"]),
            delayed=int(attributes["ApproximateNumberOfMessagesDelayed"]),
        )

    def pumped_queues(self) -> list[str]:
        return [pump.source.queue_logical_id for pump in self._pumps]

    def _idle_now(self) -> bool:
        with self._busy_lock:
            if self._busy:
                return False
        return all(self.queue_depth(q).empty for q in self.pumped_queues())

    def wait_until_idle(self, timeout: float = 30.0) -> None:
        """Block until no request or batch is in progress and every pumped queue is empty
        (nothing visible, in flight or delayed), twice in a row. Raises TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        quiet = 0
        while time.monotonic() < deadline:
            quiet = quiet + 1 if self._idle_now() else 0
            if quiet >= 2:
                return
            time.sleep(POLL_INTERVAL)
        depths = {q: self.queue_depth(q) for q in self.pumped_queues()}
        raise TimeoutError(f"local stack not idle after {timeout}s: {depths}")

    def dead_letters(self, logical_id: str) -> list[dict[str, Any]]:
        """Peek at a dead-letter queue's messages (received with visibility 0, not deleted)."""
        queue = self.resources.queues[logical_id]
        response = self.client("sqs").receive_message(
            QueueUrl=queue.url,
            MaxNumberOfMessages=10,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
            VisibilityTimeout=0,
        )
        return list(response.get("Messages") or [])
