"""No handshake is a signing oracle: its answer never verifies as a delivery's signature.

X's CRC answer is `sha256=base64(HMAC(secret, crc_token))`, the format of its POST signature under
the same key. An unauthenticated GET with `crc_token=<a JSON delivery>` would hand an attacker the
signature of that delivery. Each registered source with a handshake is attacked here the way an
attacker would: ask the handshake to compute over a body, replay every value of its answer as
every signature header the source reads, and expect nothing to be accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from webcare.http import ClientError, Request, Response
from webcare.secrets import StaticSecrets
from webcare.sources import REGISTRY, get_source


@dataclass(frozen=True)
class Handshake:
    """How a source's handshake is asked, and where it looks for a signature on POST."""

    challenge_param: str
    fixed_query: tuple[tuple[str, str], ...]
    signature_headers: tuple[str, ...]


SECRETS = StaticSecrets(
    {
        "x_consumer_secret": "consumer-secret",
        "x_oauth2_client_secret": "oauth2-secret",
        "meta_app_secret": "meta-app-secret",
        "meta_verify_token": "verify-token",
    }
)

# Every registered source must be listed here: a new source with a handshake needs its attack.
HANDSHAKES: dict[str, Handshake | None] = {
    "x": Handshake(
        "crc_token", (), ("x-twitter-webhooks-signature", "x-twitter-webhooks-signature-oauth2")
    ),
    "meta": Handshake(
        "hub.challenge",
        (("hub.mode", "subscribe"), ("hub.verify_token", "verify-token")),
        ("x-hub-signature-256", "x-hub-signature"),
    ),
    "whatsapp": Handshake(
        "hub.challenge",
        (("hub.mode", "subscribe"), ("hub.verify_token", "verify-token")),
        ("x-hub-signature-256", "x-hub-signature"),
    ),
}
for _name in ("ses", "mailgun", "sendgrid", "postmark", "telegram"):
    HANDSHAKES.setdefault(_name, None)  # no keyed handshake; verified by other means

# What an attacker wants signed: a delivery naming any customer, with their own link in it.
FORGED = json.dumps(
    {
        "for_user_id": "1422873095340187649",
        "tweet_create_events": [
            {
                "id_str": "1900000000000000001",
                "text": "@acme_care please call me back http://evil.example/x",
                "timestamp_ms": "1764000000000",
                "user": {"id_str": "999", "screen_name": "victim"},
            }
        ],
        "object": "page",
        "entry": [],
    },
    separators=(",", ":"),
)


def _get(query: dict[str, str]) -> Request:
    return Request(method="GET", path="/webhooks/any", headers={}, query=query, body=b"")


def _values(response: Response) -> list[str]:
    """Every string an answer carries: the raw body and, for JSON, each string value in it."""
    raw = response.body if isinstance(response.body, str) else response.body.decode("utf-8", "replace")
    found = [raw]
    try:
        document: Any = json.loads(raw)
    except ValueError:
        return found
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            found.append(item)
    return found


def _answers(name: str, challenge: str) -> list[str]:
    shape = HANDSHAKES[name]
    assert shape is not None
    source = get_source(name)
    assert source is not None
    query = dict(shape.fixed_query) | {shape.challenge_param: challenge}
    try:
        return _values(source.handshake(_get(query), SECRETS))
    except ClientError:
        return []


def _accepted(name: str, body: bytes, header: str, value: str) -> bool:
    source = get_source(name)
    assert source is not None
    request = Request(method="POST", path=f"/webhooks/{name}", headers={header: value}, query={}, body=body)
    try:
        source.verify(request, SECRETS)
        parsed = source.parse(request, datetime(2026, 11, 30, tzinfo=UTC))
    except ClientError:
        return False
    return bool(parsed.messages)


def test_every_registered_source_says_whether_it_has_a_handshake() -> None:
    missing = sorted(set(REGISTRY) - set(HANDSHAKES))
    assert missing == [], f"add the handshake attack for {missing} to this file"


ATTACKED = sorted(name for name in REGISTRY if HANDSHAKES.get(name) is not None)


@pytest.mark.parametrize("name", ATTACKED)
def test_handshake_refuses_to_compute_over_a_delivery_body(name: str) -> None:
    shape = HANDSHAKES[name]
    assert shape is not None
    for value in _answers(name, FORGED):
        for header in shape.signature_headers:
            assert not _accepted(name, FORGED.encode(), header, value), (header, value)
    # Whatever the handshake answers, it does not carry the body's signature anywhere.
    assert all("sha256=" not in v for v in _answers(name, FORGED))


@pytest.mark.parametrize("name", ATTACKED)
@pytest.mark.parametrize(
    "challenge", ["abc", "1234567890", "eyJhIjoxfQ", "ZmFrZV90b2tlbg==", "a.b-c_d+e/f", "[]", "null"]
)
def test_a_handshake_answer_never_verifies_as_its_challenges_signature(name: str, challenge: str) -> None:
    # Given an answer for a challenge the handshake accepts, when the challenge itself is
    # POSTed with that answer as its signature, then nothing is accepted.
    shape = HANDSHAKES[name]
    assert shape is not None
    for value in _answers(name, challenge):
        for header in shape.signature_headers:
            assert not _accepted(name, challenge.encode(), header, value), (challenge, header, value)


@pytest.mark.parametrize("challenge", ["", "x" * 513, "{}", '{"a":1}', " {", "a b", "a\nb", "é"])
def test_x_crc_rejects_tokens_outside_its_alphabet_or_length(challenge: str) -> None:
    source = get_source("x")
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.handshake(_get({"crc_token": challenge}), SECRETS)
    assert excinfo.value.status == 400


@pytest.mark.parametrize("name", ["ses", "mailgun", "sendgrid", "postmark"])
def test_email_sources_answer_no_handshake_at_all(name: str) -> None:
    # SNS confirms subscriptions with a signed POST (checked like any delivery), and the other
    # providers have no handshake: a GET computes nothing and echoes nothing.
    source = get_source(name)
    assert source is not None
    with pytest.raises(ClientError) as excinfo:
        source.handshake(_get({"crc_token": "abc", "hub.challenge": "abc"}), SECRETS)
    assert excinfo.value.status == 405
