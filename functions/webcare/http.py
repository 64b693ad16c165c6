"""HTTP request/response types, independent of API Gateway, and the client-error type.

Handlers turn an API Gateway HTTP API (payload 2.0) event into a `Request`; sources and use
cases answer with a `Response` or raise `ClientError`, which always carries a status and a
reason a platform operator can act on.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

MAX_BODY_BYTES = 1024 * 1024


class ClientError(Exception):
    """The caller's mistake: answered with `status` and `reason`, never retried by us."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    query: dict[str, str]
    body: bytes  # the raw bytes as received: signatures are computed over these
    path_params: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ClientError(400, f"body is not valid JSON: {exc}") from None
        except RecursionError:
            raise ClientError(400, "body is not valid JSON: nested too deeply") from None
        except ValueError as exc:  # e.g. an integer literal beyond Python's conversion limit
            raise ClientError(400, f"body is not valid JSON: {type(exc).__name__}") from None

    @classmethod
    def from_api_gateway(cls, event: dict[str, Any], max_body: int = MAX_BODY_BYTES) -> Request:
        """Build a request from an HTTP API payload 2.0 event (`isBase64Encoded` honoured)."""
        raw = event.get("body") or ""
        if event.get("isBase64Encoded"):
            # A base64 string is 4/3 of its payload: refuse before decoding a huge one.
            if len(raw) > (max_body * 4) // 3 + 4:
                raise ClientError(413, f"body larger than {max_body} bytes")
            try:
                body = base64.b64decode(raw, validate=True)
            except ValueError:
                raise ClientError(400, "body is not valid base64 although isBase64Encoded is true") from None
        else:
            body = raw.encode("utf-8")
        if len(body) > max_body:
            raise ClientError(413, f"body larger than {max_body} bytes")
        http = (event.get("requestContext") or {}).get("http") or {}
        headers = {str(k).lower(): str(v) for k, v in (event.get("headers") or {}).items()}
        raw_query = event.get("rawQueryString") or ""
        # Parse the raw query ourselves: names such as `hub.mode` must survive as they are.
        query = dict(parse_qsl(raw_query, keep_blank_values=True)) if raw_query else {}
        return cls(
            method=str(http.get("method") or "GET").upper(),
            path=str(event.get("rawPath") or http.get("path") or "/"),
            headers=headers,
            query=query,
            body=body,
            path_params=dict(event.get("pathParameters") or {}),
        )


@dataclass(frozen=True)
class Response:
    status: int
    body: str = ""
    content_type: str = "application/json"

    @classmethod
    def json(cls, status: int, payload: Any) -> Response:
        return cls(status=status, body=json.dumps(payload, separators=(",", ":")))

    @classmethod
    def error(cls, status: int, reason: str) -> Response:
        return cls.json(status, {"error": reason})

    def to_api_gateway(self) -> dict[str, Any]:
        return {
            "statusCode": self.status,
            "headers": {"content-type": self.content_type},
            "body": self.body,
            "isBase64Encoded": False,
        }
