"""Lambda events and context exactly as AWS shapes them, for the local stack.

- `http_api_event`: API Gateway HTTP API, payload format 2.0 (headers lower-cased, duplicates
  joined with commas, cookies split out, `isBase64Encoded` for bodies that are not text).
- `sqs_record`: one record of an SQS event source mapping's batch, from a ReceiveMessage result.
- `LambdaContext`: the attributes and method the Python runtime's context object has.
- `match_route`: HTTP API route selection (most specific path wins, then method over ANY).
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote

from webcare.local.resources import FunctionResource, HttpRoute

# Content types API Gateway passes through as text; every other body (including form posts
# and bodies without a content type) reaches the function base64-encoded.
_TEXT_TYPES = {
    "application/json",
    "application/javascript",
    "application/ecmascript",
    "application/xml",
    "application/xhtml+xml",
    "application/graphql",
}


def is_text_content_type(content_type: str | None) -> bool:
    if not content_type:
        return False
    media_type = content_type.split(";", 1)[0].strip().lower()
    return (
        media_type.startswith("text/")
        or media_type in _TEXT_TYPES
        or media_type.endswith("+json")
        or media_type.endswith("+xml")
    )


# --------------------------------------------------------------------------------------------
# Routes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RouteMatch:
    function: FunctionResource
    route: HttpRoute
    path_parameters: dict[str, str]

    @property
    def route_key(self) -> str:
        return "$default" if self.route.path == "$default" else f"{self.route.method} {self.route.path}"


def _match_path(template_path: str, path: str) -> dict[str, str] | None:
    wanted = template_path.strip("/").split("/") if template_path.strip("/") else []
    given = path.strip("/").split("/") if path.strip("/") else []
    parameters: dict[str, str] = {}
    for index, segment in enumerate(wanted):
        if segment.startswith("{") and segment.endswith("+}"):
            rest = given[index:]
            if not rest:
                return None
            parameters[segment[1:-2]] = unquote("/".join(rest))
            return parameters
        if index >= len(given):
            return None
        if segment.startswith("{") and segment.endswith("}"):
            if not given[index]:
                return None
            parameters[segment[1:-1]] = unquote(given[index])
        elif segment != given[index]:
            return None
    return parameters if len(given) == len(wanted) else None


def _specificity(route: HttpRoute) -> tuple[int, int, int]:
    segments = [s for s in route.path.strip("/").split("/") if s]
    literal = sum(1 for s in segments if not s.startswith("{"))
    greedy = any(s.endswith("+}") for s in segments)
    return (literal, 0 if greedy else 1, 0 if route.method == "ANY" else 1)


def match_route(functions: Iterable[FunctionResource], method: str, path: str) -> RouteMatch | None:
    """The route HTTP API would pick for `method path`, or None (API Gateway answers 404)."""
    candidates: list[tuple[tuple[int, int, int], RouteMatch]] = []
    fallback: RouteMatch | None = None
    for function in functions:
        for route in function.routes:
            if route.path == "$default":
                fallback = RouteMatch(function, route, {})
                continue
            if route.method not in {"ANY", method.upper()}:
                continue
            parameters = _match_path(route.path, path)
            if parameters is not None:
                candidates.append((_specificity(route), RouteMatch(function, route, parameters)))
    if candidates:
        return max(candidates, key=lambda item: item[0])[1]
    return fallback


# --------------------------------------------------------------------------------------------
# HTTP API payload 2.0
# --------------------------------------------------------------------------------------------


def _request_id() -> str:
    # API Gateway's request ids look like "JKJaXmPLvHcESHA=": 10 random bytes, base64.
    return base64.b64encode(secrets.token_bytes(10)).decode("ascii")


def _trace_id(now: float) -> str:
    return f"Root=1-{int(now):08x}-{secrets.token_hex(12)}"


def http_api_event(
    *,
    method: str,
    raw_path: str,
    raw_query: str,
    headers: Sequence[tuple[str, str]],
    body: bytes,
    match: RouteMatch,
    source_ip: str,
    account_id: str,
    api_id: str,
    now: float | None = None,
) -> dict[str, Any]:
    """The event an HTTP API (payload format 2.0) integration hands to Lambda for one request."""
    moment = time.time() if now is None else now
    joined: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in headers:
        key = name.lower()
        if key == "cookie":
            cookies.extend(part.strip() for part in value.split(";") if part.strip())
            continue
        joined[key] = f"{joined[key]},{value}" if key in joined else value
    host = joined.get("host", "127.0.0.1")
    joined.setdefault("x-forwarded-for", source_ip)
    joined.setdefault("x-forwarded-proto", "http")
    if ":" in host:
        joined.setdefault("x-forwarded-port", host.rsplit(":", 1)[1])
    joined.setdefault("x-amzn-trace-id", _trace_id(moment))
    domain_name = host.rsplit(":", 1)[0] if ":" in host else host
    request_id = _request_id()
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": match.route_key,
        "rawPath": raw_path,
        "rawQueryString": raw_query,
    }
    if cookies:
        event["cookies"] = cookies
    event["headers"] = joined
    if raw_query:
        query: dict[str, str] = {}
        for name, value in parse_qsl(raw_query, keep_blank_values=True):
            query[name] = f"{query[name]},{value}" if name in query else value
        event["queryStringParameters"] = query
    event["requestContext"] = {
        "accountId": account_id,
        "apiId": api_id,
        "domainName": domain_name,
        "domainPrefix": domain_name.split(".", 1)[0],
        "http": {
            "method": method.upper(),
            "path": raw_path,
            "protocol": "HTTP/1.1",
            "sourceIp": source_ip,
            "userAgent": joined.get("user-agent", ""),
        },
        "requestId": request_id,
        "routeKey": match.route_key,
        "stage": "$default",
        "time": datetime.fromtimestamp(moment, UTC).strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "timeEpoch": int(moment * 1000),
    }
    if match.path_parameters:
        event["pathParameters"] = dict(match.path_parameters)
    if body:
        text: str | None = None
        if is_text_content_type(joined.get("content-type")):
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                text = None
        if text is None:
            event["body"] = base64.b64encode(body).decode("ascii")
            event["isBase64Encoded"] = True
        else:
            event["body"] = text
            event["isBase64Encoded"] = False
    else:
        event["isBase64Encoded"] = False
    return event


@dataclass(frozen=True)
class HttpResult:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def http_api_response(result: Any) -> HttpResult:
    """Map a function's return value to the HTTP answer, as HTTP API does for payload 2.0.

    A dict with `statusCode` is a full response; anything else is treated as a JSON body with
    status 200 (API Gateway's "format inference"). A malformed response is a 500.
    """
    import json

    if isinstance(result, dict) and "statusCode" in result:
        try:
            status = int(result["statusCode"])
        except (TypeError, ValueError):
            return internal_error()
        headers = [(str(k), str(v)) for k, v in (result.get("headers") or {}).items()]
        headers += [("set-cookie", str(c)) for c in result.get("cookies") or []]
        raw = result.get("body")
        if raw is None:
            body = b""
        elif result.get("isBase64Encoded"):
            try:
                body = base64.b64decode(str(raw), validate=True)
            except (binascii.Error, ValueError):
                return internal_error()
        else:
            body = str(raw).encode("utf-8")
        return HttpResult(status, headers, body)
    if isinstance(result, str):
        return HttpResult(200, [("content-type", "application/json")], result.encode("utf-8"))
    try:
        body = json.dumps(result).encode("utf-8")
    except (TypeError, ValueError):
        return internal_error()
    return HttpResult(200, [("content-type", "application/json")], body)


def gateway_error(status: int, message: str) -> HttpResult:
    """An answer API Gateway itself gives (not the function): `{"message": "..."}`."""
    import json

    body = json.dumps({"message": message}).encode("utf-8")
    return HttpResult(status, [("content-type", "application/json")], body)


def internal_error() -> HttpResult:
    return gateway_error(500, "Internal Server Error")


# --------------------------------------------------------------------------------------------
# SQS
# --------------------------------------------------------------------------------------------

_RECORD_ATTRIBUTES = (
    "ApproximateReceiveCount",
    "SentTimestamp",
    "SenderId",
    "ApproximateFirstReceiveTimestamp",
    "SequenceNumber",
    "MessageGroupId",
    "MessageDeduplicationId",
    "AWSTraceHeader",
)


def _message_attribute(value: dict[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = {}
    if "StringValue" in value:
        converted["stringValue"] = value["StringValue"]
    if "BinaryValue" in value:
        raw = value["BinaryValue"]
        converted["binaryValue"] = base64.b64encode(raw).decode("ascii") if isinstance(raw, bytes) else raw
    converted["stringListValues"] = list(value.get("StringListValues") or [])
    converted["binaryListValues"] = list(value.get("BinaryListValues") or [])
    converted["dataType"] = value.get("DataType", "String")
    return converted


def sqs_record(message: dict[str, Any], *, queue_arn: str, region: str) -> dict[str, Any]:
    """One record of the SQS event Lambda's event source mapping builds from a received message."""
    attributes = message.get("Attributes") or {}
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": {name: attributes[name] for name in _RECORD_ATTRIBUTES if name in attributes},
        "messageAttributes": {
            name: _message_attribute(value)
            for name, value in (message.get("MessageAttributes") or {}).items()
        },
        "md5OfBody": message.get("MD5OfBody", ""),
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": region,
    }


# --------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------


@dataclass
class LambdaContext:
    """The context object of the Python runtime (`memory_limit_in_mb` is a string there, too)."""

    function_name: str
    invoked_function_arn: str
    memory_limit_in_mb: str
    timeout_seconds: int
    function_version: str = "$LATEST"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = ""
    identity: Any = None
    client_context: Any = None
    _deadline: float = 0.0

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_seconds
        if not self.log_group_name:
            self.log_group_name = f"/aws/lambda/{self.function_name}"
        if not self.log_stream_name:
            day = datetime.now(UTC).strftime("%Y/%m/%d")
            self.log_stream_name = f"{day}/[$LATEST]{os.getpid():08x}{secrets.token_hex(12)}"

    @classmethod
    def for_function(cls, function: FunctionResource) -> LambdaContext:
        return cls(
            function_name=function.name,
            invoked_function_arn=function.arn,
            memory_limit_in_mb=str(function.memory_size_mb),
            timeout_seconds=function.timeout_seconds,
        )

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))
