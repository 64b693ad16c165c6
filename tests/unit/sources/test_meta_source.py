"""The Meta source (Messenger, Instagram DMs and comments, Page comments): recorded deliveries,
ignored events, identities, bad input and a property test. Handshake and signature: test_meta_common."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from source_checks import assert_messages_or_client_error, edited
from test_meta_common import SECRETS, check_recorded_delivery, expectations, post, signed

from webcare.http import ClientError
from webcare.sources import get_source
from webcare.sources.base import Parsed
from webcare.sources.meta import MetaSource

EVENTS = Path(__file__).resolve().parents[2] / "events" / "meta"
PAGE = "104857600123456"
IG_ACCOUNT = "17841400987654321"
RECEIVED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SOURCE = MetaSource()
EXPECTED = expectations("meta")

# Why each ignored fixture is ignored: the reason keys a dashboard shows.
IGNORED_REASONS: dict[str, dict[str, int]] = {
    "messenger_echo.json": {"echo": 1},
    "messenger_delivery.json": {"delivery": 1},
    "messenger_read.json": {"read": 1},
    "messenger_reaction.json": {"reaction": 1},
    "messenger_standby.json": {"standby": 1},
    "instagram_dm_echo.json": {"echo": 1},
    "instagram_reaction.json": {"reaction": 1},
    "instagram_read.json": {"read": 1},
    "instagram_comment_own.json": {"own_comment": 1},
    "facebook_comment_own.json": {"own_comment": 1},
    "facebook_comment_edited.json": {"edit": 1},
    "facebook_comment_remove.json": {"removed": 1},
    "facebook_reaction.json": {"reaction": 1},
    "messenger_batch.json": {"delivery": 1, "read": 1, "echo": 1},
    "instagram_batch.json": {"read": 1},
    "facebook_feed_batch.json": {"reaction": 1},
}


def load(name: str) -> bytes:
    return (EVENTS / name).read_bytes()


def receive(body: bytes) -> Parsed:
    """What the ingest does with a delivery: verify over the raw bytes, then parse."""
    request = post(body, signed(body))
    SOURCE.verify(request, SECRETS)
    return SOURCE.parse(request, RECEIVED)


def parse(body: dict[str, Any] | list[Any] | bytes) -> Parsed:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return SOURCE.parse(post(raw), RECEIVED)


def test_registry_returns_the_meta_source() -> None:
    assert isinstance(get_source("meta"), MetaSource)


def test_every_recorded_file_has_an_expectation() -> None:
    assert {p.name for p in EVENTS.glob("*.json")} - {"expected.json"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recorded_delivery_verifies_and_gives_the_expected_messages(name: str) -> None:
    parsed = receive(load(name))
    check_recorded_delivery(parsed, EXPECTED[name], "meta", IGNORED_REASONS.get(name, {}))
    assert all(message.received_at == RECEIVED for message in parsed.messages)


def test_an_unsent_message_is_a_deletion_of_the_original_not_a_message() -> None:
    parsed = receive(load("instagram_dm_deleted.json"))
    assert parsed.messages == [] and parsed.ignored == {}
    [deletion] = parsed.deletions
    mid = json.loads(load("instagram_dm_deleted.json"))["entry"][0]["messaging"][0]["message"]["mid"]
    assert (deletion.message_key, deletion.customer_key) == (
        f"meta:{mid}",
        "instagram:17841400987654321:1180442913379215",
    )
    assert deletion.occurred_at == datetime(2026, 11, 23, 12, 34, 4, 977000, tzinfo=UTC)


def test_a_retried_delivery_gives_the_same_message_key() -> None:
    # A new envelope (entry.time), other bytes, the same mid: the store de-duplicates on the key.
    assert load("messenger_text.json") != load("messenger_duplicate.json")
    [first] = receive(load("messenger_text.json")).messages
    [again] = receive(load("messenger_duplicate.json")).messages
    assert first.message_key == again.message_key
    assert first.to_dict() | {"received_at": None} == again.to_dict() | {"received_at": None}


def test_escaped_text_is_returned_decoded() -> None:
    [message] = receive(load("messenger_text.json")).messages
    assert message.text.startswith("Hé, ik heb gisteren een storing gemeld")
    assert "\\u" not in message.text
    [with_url] = receive(load("messenger_url_attachment.json")).messages
    assert "https://example.org/storingen/kaart?postcode=3811&wijk=centrum" in with_url.text
    assert "\\/" not in with_url.text


def test_messenger_image_is_an_attachment_by_reference() -> None:
    [message] = receive(load("messenger_url_attachment.json")).messages
    [attachment] = message.attachments
    assert attachment.kind == "image"
    assert attachment.url is not None
    assert attachment.url.startswith("https://scontent.xx.fbcdn.net/v/t1.15752-9/4417_932782880723616_n.jpg?")


def test_messenger_customer_is_page_scoped_and_the_conversation_is_the_customer() -> None:
    [message] = receive(load("messenger_text.json")).messages
    assert message.customer_key == f"messenger:{PAGE}:7203918456120457"
    assert (message.account.platform, message.account.id) == ("facebook", PAGE)
    assert message.thread.conversation_id == "7203918456120457"


def test_instagram_dm_and_comment_of_one_person_share_the_customer_key() -> None:
    dm, comment = receive(load("instagram_batch.json")).messages
    assert dm.customer_key == comment.customer_key == f"instagram:{IG_ACCOUNT}:3301664135591437"
    assert (dm.visibility, comment.visibility) == ("private", "public")
    assert comment.customer.handle == "lotte.bakt.taart"
    assert comment.account.platform == "instagram"


def test_facebook_commenter_is_not_joined_with_a_messenger_identity() -> None:
    [comment] = receive(load("facebook_comment.json")).messages
    assert comment.customer.namespace == "facebook"
    assert comment.customer.display_name == "Sanne Wolters"
    assert comment.thread.conversation_id == "104857600123456_912345678901234"
    assert comment.thread.in_reply_to is None  # the parent of a top-level comment is the post


def test_instagram_comment_time_comes_from_the_entry_in_seconds() -> None:
    [comment] = receive(load("instagram_comment.json")).messages
    assert comment.occurred_at == datetime(2026, 11, 23, 15, 11, 2, tzinfo=UTC)
    assert comment.thread.conversation_id == "17998877665544332"


def test_messenger_time_keeps_the_milliseconds() -> None:
    [message] = receive(load("messenger_text.json")).messages
    assert message.occurred_at == datetime(2026, 11, 23, 8, 14, 7, 412000, tzinfo=UTC)


def test_another_products_delivery_is_acknowledged_and_counted() -> None:
    parsed = parse({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": []}]})
    assert parsed.messages == [] and parsed.ignored == {"object:whatsapp_business_account": 1}


def test_unsubscribed_fields_and_events_are_counted() -> None:
    body = {
        "object": "page",
        "entry": [
            {
                "id": PAGE,
                "time": 1795455914,
                "changes": [{"field": "mention", "value": {}}],
                "messaging": [
                    {"sender": {"id": "1"}, "recipient": {"id": PAGE}, "timestamp": 1, "postback": {}},
                    {"sender": {"id": "1"}, "recipient": {"id": PAGE}, "timestamp": 1, "message_edit": {}},
                ],
            }
        ],
    }
    assert parse(body).ignored == {"field:mention": 1, "messaging:postback": 1, "edit": 1}


def test_a_message_without_text_or_attachments_is_ignored_as_unsupported() -> None:
    body = json.loads(load("instagram_dm.json"))
    body["entry"][0]["messaging"][0]["message"] = {"mid": "m_1", "is_unsupported": True}
    parsed = parse(body)
    assert parsed.messages == [] and parsed.ignored == {"unsupported": 1}


def test_a_page_comment_with_only_a_photo_keeps_the_photo() -> None:
    body = json.loads(load("facebook_comment.json"))
    value = body["entry"][0]["changes"][0]["value"]
    del value["message"]
    value["photo"] = "https://scontent.xx.fbcdn.net/photo.jpg"
    [message] = parse(body).messages
    assert message.text == ""
    assert [(a.kind, a.url) for a in message.attachments] == [
        ("photo", "https://scontent.xx.fbcdn.net/photo.jpg")
    ]


# --- bad input ---------------------------------------------------------------------------------


def _edit(
    name: str, path: tuple[str | int, ...], value: Any = None, *, delete: bool = False
) -> dict[str, Any]:
    return edited(load(name), path, value, delete=delete)


MESSAGING = ("entry", 0, "messaging", 0)
FEED = ("entry", 0, "changes", 0, "value")
BAD_SHAPES: list[tuple[str, Any, str]] = [
    ("array body", [1], "body must be a JSON object"),
    ("no object", _edit("messenger_text.json", ("object",), delete=True), "object must be"),
    ("entry not a list", _edit("messenger_text.json", ("entry",), {}), "entry must be a list"),
    ("entry item not an object", _edit("messenger_text.json", ("entry", 0), 5), "entry[0] must be an object"),
    ("entry without id", _edit("messenger_text.json", ("entry", 0, "id"), delete=True), "entry[0].id"),
    (
        "messaging not a list",
        _edit("messenger_text.json", ("entry", 0, "messaging"), "x"),
        "entry[0].messaging must be a list",
    ),
    ("message not an object", _edit("messenger_text.json", (*MESSAGING, "message"), []), "message must be"),
    ("no sender", _edit("messenger_text.json", (*MESSAGING, "sender"), delete=True), "messaging[0].sender"),
    ("no mid", _edit("messenger_text.json", (*MESSAGING, "message", "mid"), delete=True), "message.mid"),
    ("text not a string", _edit("messenger_text.json", (*MESSAGING, "message", "text"), 5), "message.text"),
    ("no timestamp", _edit("messenger_text.json", (*MESSAGING, "timestamp"), delete=True), "timestamp"),
    ("bad timestamp", _edit("messenger_text.json", (*MESSAGING, "timestamp"), "soon"), "timestamp"),
    ("huge timestamp", _edit("messenger_text.json", (*MESSAGING, "timestamp"), 10**15 * 9), "timestamp"),
    (
        "attachments not a list",
        _edit("messenger_url_attachment.json", (*MESSAGING, "message", "attachments"), {}),
        "attachments must be a list",
    ),
    ("change without value", _edit("facebook_comment.json", (*FEED[:-1], "value"), delete=True), "value"),
    ("comment without from", _edit("facebook_comment.json", (*FEED, "from"), delete=True), "value.from"),
    ("comment without id", _edit("facebook_comment.json", (*FEED, "comment_id"), delete=True), "comment_id"),
    (
        "comment bad time",
        _edit("facebook_comment.json", (*FEED, "created_time"), "2026-11-23"),
        "created_time",
    ),
    ("ig comment without id", _edit("instagram_comment.json", (*FEED, "id"), delete=True), "value.id"),
    ("ig comment without time", _edit("instagram_comment.json", ("entry", 0, "time"), delete=True), "time"),
    (
        "lone surrogate",
        _edit("messenger_text.json", (*MESSAGING, "message", "text"), "\ud83d"),
        "not valid Unicode",
    ),
]


@pytest.mark.parametrize(("case", "body", "reason"), BAD_SHAPES, ids=[c for c, _, _ in BAD_SHAPES])
def test_bad_shape_is_400_with_a_reason_naming_the_field(case: str, body: Any, reason: str) -> None:
    with pytest.raises(ClientError) as excinfo:
        parse(body)
    assert excinfo.value.status == 400
    assert reason in excinfo.value.reason, case


@pytest.mark.parametrize("raw", [b"", b"not json", b"{", b"\xff\xfe", b"[" * 100_000, b"1" * 5000])
def test_non_json_body_is_400(raw: bytes) -> None:
    with pytest.raises(ClientError) as excinfo:
        parse(raw)
    assert excinfo.value.status == 400


def test_rejections_never_contain_message_text() -> None:
    body = _edit("messenger_pii.json", (*MESSAGING, "timestamp"), "later")
    text = body["entry"][0]["messaging"][0]["message"]["text"]
    with pytest.raises(ClientError) as excinfo:
        parse(body)
    assert text not in str(excinfo.value)
    assert "NL03RABO0312456789" not in str(excinfo.value)


# --- property: never anything but Parsed or ClientError ----------------------------------------

KEYS = st.sampled_from(
    [
        "object", "entry", "id", "time", "messaging", "standby", "changes", "field", "value", "sender",
        "recipient", "timestamp", "message", "mid", "text", "is_echo", "is_deleted", "attachments",
        "type", "payload", "url", "reply_to", "story", "delivery", "read", "reaction", "item", "verb",
        "from", "comment_id", "post_id", "parent_id", "created_time", "media", "photo", "name",
    ]
)  # fmt: skip
leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(["page", "instagram", "feed", "comments", "comment", "add", PAGE, "1795421647412"])
)
values = st.recursive(
    leaves,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=40,
)


def mostly(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`good` nine times in ten; otherwise any delivery-like value in its place."""
    return st.integers(0, 9).flatmap(lambda n: values if n == 0 else good)


def _mutations(name: str) -> st.SearchStrategy[Any]:
    """A recorded delivery with one field somewhere replaced by anything."""
    original = json.loads(load(name))
    paths: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, (*path, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, (*path, index))

    walk(original, ())

    def mutate(path: tuple[Any, ...], replacement: Any) -> Any:
        if not path:
            return replacement
        body = copy.deepcopy(original)
        target = body
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = replacement
        return body

    return st.builds(mutate, st.sampled_from(paths), values)


def _accepts_or_rejects(raw: bytes) -> None:
    assert_messages_or_client_error(SOURCE, post(raw, signed(raw)), SECRETS, RECEIVED)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(EXPECTED)).flatmap(_mutations))
def test_any_mutated_recorded_delivery_gives_messages_or_a_client_error(body: Any) -> None:
    _accepts_or_rejects(json.dumps(body).encode())


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "object": mostly(st.sampled_from(["page", "instagram"])),
            "entry": mostly(st.lists(values, max_size=3)),
        }
    )
)
def test_any_signed_json_body_gives_messages_or_a_client_error(body: Any) -> None:
    _accepts_or_rejects(json.dumps(body).encode())


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=100))
def test_any_signed_bytes_give_messages_or_a_client_error(raw: bytes) -> None:
    _accepts_or_rejects(raw)
