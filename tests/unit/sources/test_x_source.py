"""The X Account Activity source: CRC, signatures, and recorded deliveries to messages."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.errors import ConfigError
from webcare.http import ClientError, Request
from webcare.secrets import StaticSecrets
from webcare.sources import get_source
from webcare.sources.base import Parsed
from webcare.sources.x import XSource, signature

EVENTS = Path(__file__).resolve().parents[2] / "events" / "x"
BRAND = "1422873095340187649"
RECEIVED = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
SOURCE = XSource()


def load(name: str) -> bytes:
    return (EVENTS / name).read_bytes()


def post(body: bytes, headers: dict[str, str] | None = None) -> Request:
    return Request(method="POST", path="/webhooks/x", headers=headers or {}, query={}, body=body)


def get(query: dict[str, str]) -> Request:
    return Request(method="GET", path="/webhooks/x", headers={}, query=query, body=b"")


def expected_signature(secret: str, body: bytes) -> str:
    """Straight from the documented recipe: HMAC-SHA256, base64, prefixed with `sha256=`."""
    return "sha256=" + base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def parse(body: bytes | dict[str, Any]) -> Parsed:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return SOURCE.parse(post(raw), RECEIVED)


def reason_of(excinfo: pytest.ExceptionInfo[ClientError]) -> str:
    return excinfo.value.reason


# --- registry --------------------------------------------------------------------------------


def test_registry_returns_the_x_source() -> None:
    source = get_source("x")
    assert isinstance(source, XSource)
    assert source.name == "x"


# --- CRC handshake -----------------------------------------------------------------------------


def test_crc_answers_with_the_documented_response_token() -> None:
    # Known vector, computed independently:
    #   printf abc | openssl dgst -sha256 -hmac test -binary | base64
    response = SOURCE.handshake(get({"crc_token": "abc"}), StaticSecrets({"x_consumer_secret": "test"}))
    assert response.status == 200
    assert response.content_type == "application/json"
    assert json.loads(response.body) == {
        "response_token": "sha256=15ZXmu0SPnt0PMr1sVCv+hIj4x7LqLiMnanM961eBZQ="
    }


def test_crc_uses_the_current_consumer_secret_during_rotation() -> None:
    secrets = StaticSecrets({"x_consumer_secret": ["consumer-secret-2026", "consumer-secret-2025"]})
    response = SOURCE.handshake(get({"crc_token": "challenge_string"}), secrets)
    assert (
        json.loads(response.body)["response_token"] == "sha256=z6ko+DHmMskwEGGA8T5vs8IeQSp5Vg3uMV8sjTXsE3Y="
    )


def test_crc_uses_the_oauth2_client_secret_when_no_consumer_secret_is_set() -> None:
    secrets = StaticSecrets({"x_oauth2_client_secret": "oauth2-client-secret"})
    response = SOURCE.handshake(get({"crc_token": "token-123"}), secrets)
    assert json.loads(response.body) == {
        "response_token": expected_signature("oauth2-client-secret", b"token-123")
    }


def test_crc_without_token_is_a_400_with_reason() -> None:
    with pytest.raises(ClientError) as excinfo:
        SOURCE.handshake(get({}), StaticSecrets({"x_consumer_secret": "test"}))
    assert excinfo.value.status == 400
    assert "crc_token" in reason_of(excinfo)


def test_crc_without_any_secret_configured_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError) as excinfo:
        SOURCE.handshake(get({"crc_token": "abc"}), StaticSecrets({}))
    assert "x_consumer_secret" in str(excinfo.value)


# --- signatures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "header"),
    [
        # Test vectors of X's own autohook library (test/signature.js), consumer secret "test".
        (b"test=1&other_test=2", "sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc="),
        (b'{"test_number":1,"test_string":"two"}', "sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI="),
    ],
)
def test_consumer_secret_signature_matches_x_test_vectors(body: bytes, header: str) -> None:
    assert signature("test", body) == header
    if body.startswith(b"{"):
        request = post(body, {"x-twitter-webhooks-signature": header})
        SOURCE.verify(request, StaticSecrets({"x_consumer_secret": "test"}))  # does not raise


def test_a_correctly_signed_body_that_is_not_a_json_object_is_refused() -> None:
    # A form body (X's own test vector) is signed right, but no delivery looks like that: refusing
    # it keeps every CRC answer (over a token that is never `{...}`) from being a valid signature.
    header = "sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc="
    request = post(b"test=1&other_test=2", {"x-twitter-webhooks-signature": header})
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(request, StaticSecrets({"x_consumer_secret": "test"}))
    assert excinfo.value.status == 400 and "JSON object" in excinfo.value.reason


def test_oauth2_signature_header_is_checked_with_the_oauth2_client_secret() -> None:
    body = load("mention.json")
    headers = {"x-twitter-webhooks-signature-oauth2": expected_signature("oauth2-secret", body)}
    SOURCE.verify(post(body, headers), StaticSecrets({"x_oauth2_client_secret": "oauth2-secret"}))


def test_either_header_is_enough_when_both_secrets_are_configured() -> None:
    body = load("dm.json")
    secrets = StaticSecrets({"x_consumer_secret": "consumer", "x_oauth2_client_secret": "oauth2"})
    # During X's migration both headers may arrive; a stale one must not block the good one.
    headers = {
        "x-twitter-webhooks-signature-oauth2": expected_signature("oauth2", body),
        "x-twitter-webhooks-signature": expected_signature("not-the-consumer-secret", body),
    }
    SOURCE.verify(post(body, headers), secrets)
    only_legacy = {"x-twitter-webhooks-signature": expected_signature("consumer", body)}
    SOURCE.verify(post(body, only_legacy), secrets)


def test_previous_secret_is_still_accepted_during_rotation() -> None:
    body = load("mention.json")
    secrets = StaticSecrets({"x_consumer_secret": ["new-secret", "old-secret"]})
    SOURCE.verify(
        post(body, {"x-twitter-webhooks-signature": expected_signature("old-secret", body)}), secrets
    )
    SOURCE.verify(
        post(body, {"x-twitter-webhooks-signature": expected_signature("new-secret", body)}), secrets
    )


def test_missing_signature_is_401() -> None:
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(post(load("mention.json")), StaticSecrets({"x_consumer_secret": "test"}))
    assert excinfo.value.status == 401
    assert "missing x-twitter-webhooks-signature" in reason_of(excinfo)


def test_wrong_signature_is_401_and_does_not_echo_the_secret() -> None:
    body = load("mention.json")
    headers = {"x-twitter-webhooks-signature": expected_signature("guessed", body)}
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(post(body, headers), StaticSecrets({"x_consumer_secret": "s3cr3t-value"}))
    assert excinfo.value.status == 401
    assert "does not match" in reason_of(excinfo)
    assert "s3cr3t-value" not in reason_of(excinfo)
    assert expected_signature("s3cr3t-value", body) not in reason_of(excinfo)


def test_signature_over_different_bytes_is_401() -> None:
    # Re-serialising the JSON changes the bytes: the signature covers the raw body only.
    body = load("mention.json")
    reserialised = json.dumps(json.loads(body)).encode()
    headers = {"x-twitter-webhooks-signature": expected_signature("test", body)}
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(post(reserialised, headers), StaticSecrets({"x_consumer_secret": "test"}))
    assert excinfo.value.status == 401


@pytest.mark.parametrize(
    "header", ["", "sha256=", "25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc=", "sha256=ü"]
)
def test_malformed_signature_is_401(header: str) -> None:
    request = post(b"test=1&other_test=2", {"x-twitter-webhooks-signature": header})
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(request, StaticSecrets({"x_consumer_secret": "test"}))
    assert excinfo.value.status == 401


def test_oauth2_header_without_a_configured_oauth2_secret_is_401_with_reason() -> None:
    body = load("mention.json")
    headers = {"x-twitter-webhooks-signature-oauth2": expected_signature("oauth2", body)}
    with pytest.raises(ClientError) as excinfo:
        SOURCE.verify(post(body, headers), StaticSecrets({"x_consumer_secret": "consumer"}))
    assert excinfo.value.status == 401
    assert "x_oauth2_client_secret" in reason_of(excinfo)


def test_verify_without_any_secret_configured_is_a_configuration_error() -> None:
    body = load("mention.json")
    headers = {"x-twitter-webhooks-signature": expected_signature("test", body)}
    with pytest.raises(ConfigError):
        SOURCE.verify(post(body, headers), StaticSecrets({}))


# --- recorded deliveries -----------------------------------------------------------------------

# file -> (message ids in order, ignored counts)
RECORDED: dict[str, tuple[list[str], dict[str, int]]] = {
    "mention.json": (["1861412230119047169"], {}),
    "extended_tweet.json": (["1861419874522779649"], {}),
    "reply.json": (["1861425511870521345"], {}),
    "retweet.json": ([], {"retweet": 1}),
    "own_tweet.json": ([], {"own_account": 1}),
    "dm.json": (["1861417700651184132"], {}),
    "own_dm.json": ([], {"own_account": 1}),
    "favorite.json": ([], {"favorite_events": 1}),
    "follow.json": ([], {"follow_events": 1}),
    "batch.json": (["1861433100011122689", "1861433331234567170"], {"own_account": 1}),
    "typing.json": ([], {"direct_message_indicate_typing_events": 1}),
    "mark_read.json": ([], {"direct_message_mark_read_events": 1}),
    "tweet_delete.json": ([], {}),  # a deletion, below
    "user_event_revoke.json": ([], {"user_event": 1}),
    "unknown_event.json": ([], {"unknown:bookmark_events": 1}),
}


def test_every_recorded_file_has_an_expectation() -> None:
    assert {p.name for p in EVENTS.glob("*.json")} == set(RECORDED)


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_recorded_delivery_gives_expected_messages_and_ignored_counts(name: str) -> None:
    ids, ignored = RECORDED[name]
    parsed = parse(load(name))
    assert [m.provider_message_id for m in parsed.messages] == ids
    assert parsed.ignored == ignored
    for message in parsed.messages:
        assert message.source == "x"
        assert message.account.platform == "x"
        assert message.account.id == BRAND
        assert message.customer.namespace == "x"
        assert message.customer.id != BRAND
        assert message.received_at == RECEIVED
        assert message.scrub is None  # scrubbing happens after parsing
        assert message.message_key == f"x:{message.provider_message_id}"


def test_a_customer_deleting_a_tweet_is_a_deletion_of_the_original_not_a_message() -> None:
    parsed = parse(load("tweet_delete.json"))
    assert parsed.messages == [] and parsed.ignored == {}
    [deletion] = parsed.deletions
    assert (deletion.message_key, deletion.customer_key) == ("x:1861425511870521345", "x:88412345")
    assert deletion.occurred_at.isoformat() == "2026-11-23T12:00:05.005000+00:00"


def test_our_own_deleted_tweet_is_ignored() -> None:
    payload = json.loads(load("tweet_delete.json"))
    payload["tweet_delete_events"][0]["status"]["user_id"] = payload["for_user_id"]
    parsed = parse(payload)
    assert parsed.deletions == [] and parsed.ignored == {"own_account": 1}


def test_mention_becomes_a_public_message_from_the_customer() -> None:
    [message] = parse(load("mention.json")).messages
    assert message.channel == "x_public"
    assert message.visibility == "public"
    assert message.customer.id == "88412345"
    assert message.customer.handle == "noordv"
    assert message.customer.display_name == "Noor de Vries"
    assert message.customer_key == "x:88412345"
    assert message.text.startswith("@acme_care mijn internet ligt er al sinds vanochtend uit")
    assert message.occurred_at == datetime(2026, 11, 23, 9, 14, 7, 312000, tzinfo=UTC)
    assert message.thread.in_reply_to is None
    assert message.attachments == ()


def test_tweet_ids_keep_full_precision_beyond_2_pow_53() -> None:
    [message] = parse(load("mention.json")).messages
    raw = json.loads(load("mention.json"))["tweet_create_events"][0]
    assert int(message.provider_message_id) > 2**53
    assert message.provider_message_id == "1861412230119047169"
    # The numeric `id` in the same payload is the rounded one; it must not be used.
    assert str(raw["id"]) != message.provider_message_id


def test_large_user_ids_keep_full_precision() -> None:
    [message] = parse(load("extended_tweet.json")).messages
    assert message.customer.id == "1500012345678901234"


def test_long_tweet_uses_the_extended_full_text() -> None:
    raw = json.loads(load("extended_tweet.json"))["tweet_create_events"][0]
    [message] = parse(load("extended_tweet.json")).messages
    assert raw["truncated"] is True
    assert message.text == raw["extended_tweet"]["full_text"]
    assert len(message.text) > 280
    assert message.text.endswith("Klantnummer stuur ik graag via DM. https://t.co/Ph0tOmOdEm")
    assert "t.co/Lq8vWm2KxZ" not in message.text  # the truncation link of the short text


def test_long_tweet_media_becomes_an_attachment_by_reference_once() -> None:
    [message] = parse(load("extended_tweet.json")).messages
    assert [(a.kind, a.url) for a in message.attachments] == [
        ("photo", "https://pbs.twimg.com/media/GdModemLampjes.jpg")
    ]


def test_reply_keeps_the_thread_references() -> None:
    [message] = parse(load("reply.json")).messages
    assert message.thread.in_reply_to == "1861416002234413056"
    assert message.thread.conversation_id == "1861412230119047169"


def test_dm_becomes_a_private_message_resolved_in_the_users_map() -> None:
    [message] = parse(load("dm.json")).messages
    assert message.channel == "x_dm"
    assert message.visibility == "private"
    assert message.provider_message_id == "1861417700651184132"
    assert message.customer.id == "88412345"
    assert message.customer.handle == "noordv"
    assert message.customer.display_name == "Noor de Vries"
    assert message.text.startswith("Hoi, mijn klantnummer is")
    assert message.occurred_at == datetime(2026, 11, 23, 9, 35, 48, 901000, tzinfo=UTC)
    # A DM conversation is the other participant: the customer.
    assert message.thread.conversation_id == "88412345"


def test_dm_and_mention_of_one_customer_share_the_customer_key() -> None:
    [dm] = parse(load("dm.json")).messages
    [mention] = parse(load("mention.json")).messages
    assert dm.customer_key == mention.customer_key


def test_dm_sender_missing_from_users_map_still_gives_a_message() -> None:
    body = json.loads(load("dm.json"))
    body["users"] = {}
    [message] = parse(body).messages
    assert message.customer.id == "88412345"
    assert message.customer.handle is None


def test_batch_photo_mention_carries_its_attachment() -> None:
    messages = parse(load("batch.json")).messages
    assert messages[1].customer.handle == "lin_fietst"
    assert [a.url for a in messages[1].attachments] == ["https://pbs.twimg.com/media/GdFactuur.jpg"]


def test_created_at_is_used_when_timestamp_ms_is_absent() -> None:
    body = json.loads(load("mention.json"))
    del body["tweet_create_events"][0]["timestamp_ms"]
    [message] = parse(body).messages
    assert message.occurred_at == datetime(2026, 11, 23, 9, 14, 7, tzinfo=UTC)


def test_text_is_used_when_the_tweet_is_not_extended() -> None:
    body = json.loads(load("mention.json"))
    body["tweet_create_events"][0]["text"] = "@acme_care korte vraag"
    [message] = parse(body).messages
    assert message.text == "@acme_care korte vraag"


def test_mixed_delivery_counts_each_ignored_event() -> None:
    body = json.loads(load("favorite.json"))
    body["favorite_events"] = body["favorite_events"] * 3
    body["tweet_create_events"] = json.loads(load("mention.json"))["tweet_create_events"]
    parsed = parse(body)
    assert len(parsed.messages) == 1
    assert parsed.ignored == {"favorite_events": 3}


def test_video_attachment_points_at_the_best_mp4() -> None:
    body = json.loads(load("mention.json"))
    tweet = body["tweet_create_events"][0]
    tweet["extended_entities"] = {
        "media": [
            {
                "type": "video",
                "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/preview.jpg",
                "video_info": {
                    "variants": [
                        {"content_type": "application/x-mpegURL", "url": "https://video.twimg.com/1.m3u8"},
                        {
                            "content_type": "video/mp4",
                            "bitrate": 256000,
                            "url": "https://video.twimg.com/low.mp4",
                        },
                        {
                            "content_type": "video/mp4",
                            "bitrate": 2176000,
                            "url": "https://video.twimg.com/hi.mp4",
                        },
                    ]
                },
            }
        ]
    }
    [message] = parse(body).messages
    assert [(a.kind, a.url, a.content_type) for a in message.attachments] == [
        ("video", "https://video.twimg.com/hi.mp4", "video/mp4")
    ]


# --- bad input ---------------------------------------------------------------------------------


def _mention() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(load("mention.json"))
    return body


def _dm() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(load("dm.json"))
    return body


def _without(body: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    target: Any = body
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return body


def _replace(body: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    target: Any = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return body


TWEET = ("tweet_create_events", 0)
DM = ("direct_message_events", 0)

BAD_SHAPES: list[tuple[str, Any, str]] = [
    ("array body", [1, 2], "body must be a JSON object"),
    ("string body", "hello", "body must be a JSON object"),
    ("no for_user_id", _without(_mention(), ("for_user_id",)), "for_user_id"),
    ("numeric for_user_id", _replace(_mention(), ("for_user_id",), 1422873095340187649), "for_user_id"),
    (
        "tweets not a list",
        _replace(_mention(), ("tweet_create_events",), {}),
        "tweet_create_events must be a list",
    ),
    ("tweet not an object", _replace(_mention(), TWEET, "x"), "tweet_create_events[0] must be an object"),
    ("tweet without id_str", _without(_mention(), (*TWEET, "id_str")), "tweet_create_events[0].id_str"),
    (
        "numeric id_str",
        _replace(_mention(), (*TWEET, "id_str"), 1861412230119047169),
        "tweet_create_events[0].id_str",
    ),
    ("tweet without user", _without(_mention(), (*TWEET, "user")), "tweet_create_events[0].user"),
    (
        "user without id_str",
        _without(_mention(), (*TWEET, "user", "id_str")),
        "tweet_create_events[0].user.id_str",
    ),
    ("tweet without text", _without(_mention(), (*TWEET, "text")), "tweet_create_events[0].text"),
    (
        "tweet without time",
        _without(_without(_mention(), (*TWEET, "timestamp_ms")), (*TWEET, "created_at")),
        "tweet_create_events[0] needs timestamp_ms or created_at",
    ),
    ("bad timestamp_ms", _replace(_mention(), (*TWEET, "timestamp_ms"), "yesterday"), "timestamp_ms"),
    ("huge timestamp_ms", _replace(_mention(), (*TWEET, "timestamp_ms"), "9" * 16), "timestamp_ms"),
    (
        "bad created_at",
        _replace(_without(_mention(), (*TWEET, "timestamp_ms")), (*TWEET, "created_at"), "2026-11-23"),
        "created_at",
    ),
    (
        "dms not a list",
        _replace(_dm(), ("direct_message_events",), "x"),
        "direct_message_events must be a list",
    ),
    ("dm without id", _without(_dm(), (*DM, "id")), "direct_message_events[0].id"),
    (
        "dm without message_create",
        _without(_dm(), (*DM, "message_create")),
        "direct_message_events[0].message_create",
    ),
    (
        "dm without sender",
        _without(_dm(), (*DM, "message_create", "sender_id")),
        "direct_message_events[0].message_create.sender_id",
    ),
    (
        "dm without text",
        _without(_dm(), (*DM, "message_create", "message_data", "text")),
        "direct_message_events[0].message_create.message_data.text",
    ),
    (
        "dm without timestamp",
        _without(_dm(), (*DM, "created_timestamp")),
        "direct_message_events[0].created_timestamp",
    ),
    ("users not an object", _replace(_dm(), ("users",), []), "users must be an object"),
]


@pytest.mark.parametrize(("case", "body", "reason"), BAD_SHAPES, ids=[c for c, _, _ in BAD_SHAPES])
def test_bad_shape_is_400_with_a_reason_naming_the_field(case: str, body: Any, reason: str) -> None:
    with pytest.raises(ClientError) as excinfo:
        parse(json.dumps(body).encode())
    assert excinfo.value.status == 400
    assert reason in reason_of(excinfo), case


@pytest.mark.parametrize(
    "raw",
    [b"", b"not json", b"{", b"\xff\xfe\x00", b"[" * 100_000, b"1" * 5000],
    ids=["empty", "text", "truncated", "bad utf-8", "deeply nested", "huge integer"],
)
def test_non_json_body_is_400(raw: bytes) -> None:
    with pytest.raises(ClientError) as excinfo:
        parse(raw)
    assert excinfo.value.status == 400
    assert "JSON" in reason_of(excinfo)


def test_rejections_never_contain_message_text() -> None:
    tweet_body = _without(_mention(), (*TWEET, "timestamp_ms"))
    _replace(tweet_body, (*TWEET, "created_at"), "garbage")
    dm_body = _without(_dm(), (*DM, "created_timestamp"))
    for body, text in (
        (tweet_body, tweet_body["tweet_create_events"][0]["text"]),
        (dm_body, dm_body["direct_message_events"][0]["message_create"]["message_data"]["text"]),
    ):
        with pytest.raises(ClientError) as excinfo:
            parse(body)
        assert text not in str(excinfo.value)
        assert "klantnummer" not in str(excinfo.value)


def test_non_message_dm_event_types_are_ignored() -> None:
    body = _replace(_dm(), (*DM, "type"), "message_delete")
    parsed = parse(body)
    assert parsed.messages == []
    assert parsed.ignored == {"dm_not_message_create": 1}


def test_empty_object_without_for_user_id_is_400() -> None:
    with pytest.raises(ClientError) as excinfo:
        parse({})
    assert "for_user_id" in reason_of(excinfo)


# --- property: never anything but Parsed or ClientError --------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)
KEYS = st.sampled_from(
    [
        "for_user_id",
        "tweet_create_events",
        "direct_message_events",
        "users",
        "favorite_events",
        "user_event",
        "id_str",
        "user",
        "text",
        "extended_tweet",
        "full_text",
        "truncated",
        "timestamp_ms",
        "created_at",
        "retweeted_status",
        "entities",
        "extended_entities",
        "media",
        "type",
        "id",
        "message_create",
        "sender_id",
        "message_data",
        "created_timestamp",
        "attachment",
        "video_info",
        "variants",
    ]
)
# Bodies that look like deliveries, so the property reaches deep into the parser.
shaped_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=20)
    | st.just(BRAND)
    | st.just("1516403560557"),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=40,
)


def mostly(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`good` nine times in ten; otherwise any delivery-like value in its place."""
    return st.integers(0, 9).flatmap(lambda n: shaped_values if n == 0 else good)


media_like = st.lists(
    mostly(
        st.fixed_dictionaries(
            {"type": mostly(st.sampled_from(["photo", "video", "animated_gif"]))},
            optional={
                "media_url_https": mostly(st.just("https://pbs.twimg.com/media/a.jpg")),
                "expanded_url": shaped_values,
                "video_info": mostly(
                    st.fixed_dictionaries({"variants": st.lists(shaped_values, max_size=3)})
                ),
            },
        )
    ),
    max_size=2,
)
entities_like = mostly(st.fixed_dictionaries({"media": media_like}))
user_like = st.fixed_dictionaries(
    {"id_str": mostly(st.sampled_from(["88412345", BRAND]))},
    optional={"screen_name": shaped_values, "name": shaped_values},
)
# Mostly-valid tweets and DMs, any field possibly replaced: the parser's deep paths get exercised.
tweet_like = st.fixed_dictionaries(
    {
        "id_str": mostly(st.just("1861412230119047169")),
        "user": mostly(user_like),
        "text": mostly(st.text(max_size=40)),
        "timestamp_ms": mostly(st.sampled_from(["1795426548901", 1795426548901])),
    },
    optional={
        "created_at": mostly(st.just("Mon Nov 23 09:14:07 +0000 2026")),
        "truncated": st.booleans(),
        "extended_tweet": mostly(
            st.fixed_dictionaries(
                {"full_text": mostly(st.text(max_size=40))},
                optional={"entities": entities_like, "extended_entities": entities_like},
            )
        ),
        "retweeted_status": shaped_values,
        "in_reply_to_status_id_str": shaped_values,
        "conversation_id_str": shaped_values,
        "entities": entities_like,
        "extended_entities": entities_like,
    },
)
dm_like = st.fixed_dictionaries(
    {
        "type": mostly(st.just("message_create")),
        "id": mostly(st.just("1861417700651184132")),
        "created_timestamp": mostly(st.just("1795426548901")),
        "message_create": mostly(
            st.fixed_dictionaries(
                {
                    "sender_id": mostly(st.sampled_from(["88412345", BRAND])),
                    "message_data": mostly(
                        st.fixed_dictionaries(
                            {"text": mostly(st.text(max_size=40))},
                            optional={"attachment": mostly(st.fixed_dictionaries({"media": media_like}))},
                        )
                    ),
                }
            )
        ),
    }
)
deliveries = st.fixed_dictionaries(
    {"for_user_id": mostly(st.just(BRAND))},
    optional={
        "tweet_create_events": mostly(st.lists(mostly(tweet_like), max_size=3)),
        "direct_message_events": mostly(st.lists(mostly(dm_like), max_size=3)),
        "users": mostly(st.dictionaries(st.just("88412345") | st.text(max_size=3), mostly(user_like))),
        "favorite_events": shaped_values,
    },
)


def _parse_or_reject(raw: bytes) -> None:
    try:
        result = SOURCE.parse(post(raw), RECEIVED)
    except ClientError as exc:
        assert exc.status == 400
        assert exc.reason
    else:
        assert isinstance(result, Parsed)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_body_gives_parsed_or_client_error(value: Any) -> None:
    _parse_or_reject(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(deliveries)
def test_any_delivery_like_body_gives_parsed_or_client_error(value: Any) -> None:
    _parse_or_reject(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_parsed_or_client_error(raw: bytes) -> None:
    _parse_or_reject(raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=100), st.text(max_size=60))
def test_any_signature_header_gives_none_or_401(raw: bytes, header: str) -> None:
    try:
        SOURCE.verify(
            post(raw, {"x-twitter-webhooks-signature": header}), StaticSecrets({"x_consumer_secret": "k"})
        )
    except ClientError as exc:
        assert exc.status == 401


def test_crc_prefers_the_oauth2_client_secret_when_both_are_set() -> None:
    secrets = StaticSecrets({"x_consumer_secret": "consumer", "x_oauth2_client_secret": "oauth2"})
    response = SOURCE.handshake(get({"crc_token": "token-123"}), secrets)
    token = json.loads(response.body)["response_token"]
    assert token == expected_signature("oauth2", b"token-123")
    assert token != expected_signature("consumer", b"token-123")
