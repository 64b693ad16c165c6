"""Turning an HTTP API payload 2.0 event into a Request: raw bytes, limits, query names."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from webcare.http import MAX_BODY_BYTES, ClientError, Request


def event(body: str, *, encoded: bool, query: str = "") -> dict[str, Any]:
    return {
        "version": "2.0",
        "rawPath": "/webhooks/x",
        "rawQueryString": query,
        "headers": {"Content-Type": "application/json", "X-Twitter-Webhooks-Signature": "sha256=abc"},
        "requestContext": {"http": {"method": "post", "path": "/webhooks/x"}},
        "pathParameters": {"source": "x"},
        "body": body,
        "isBase64Encoded": encoded,
    }


def test_base64_bodies_are_decoded_to_the_exact_bytes_sent() -> None:
    raw = b'{"text":"caf\\u00e9 \\ud83d\\ude00"}' + b"\xff"
    request = Request.from_api_gateway(event(base64.b64encode(raw).decode(), encoded=True))
    assert request.body == raw
    assert request.method == "POST"
    assert request.header("x-twitter-webhooks-signature") == "sha256=abc"


def test_text_bodies_keep_their_utf8_bytes() -> None:
    assert Request.from_api_gateway(event('{"a":"é"}', encoded=False)).body == '{"a":"é"}'.encode()


def test_query_names_with_dots_survive() -> None:
    request = Request.from_api_gateway(event("", encoded=False, query="hub.mode=subscribe&hub.challenge=42"))
    assert request.query == {"hub.mode": "subscribe", "hub.challenge": "42"}


@pytest.mark.parametrize("encoded", [True, False])
def test_bodies_over_the_limit_are_413(encoded: bool) -> None:
    raw = b"x" * (MAX_BODY_BYTES + 1)
    body = base64.b64encode(raw).decode() if encoded else raw.decode()
    with pytest.raises(ClientError) as caught:
        Request.from_api_gateway(event(body, encoded=encoded))
    assert caught.value.status == 413


def test_invalid_base64_is_400() -> None:
    with pytest.raises(ClientError) as caught:
        Request.from_api_gateway(event("not base64!!", encoded=True))
    assert caught.value.status == 400 and "base64" in caught.value.reason


@pytest.mark.parametrize("body", [b"[" * 100_000, b"1" * 5000, b"\xff\xfe", b"{"])
def test_bodies_that_are_not_json_are_400(body: bytes) -> None:
    request = Request.from_api_gateway(event(base64.b64encode(body).decode(), encoded=True))
    with pytest.raises(ClientError) as caught:
        request.json()
    assert caught.value.status == 400
