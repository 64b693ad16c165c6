"""The WhatsApp Cloud API source: recorded deliveries, message types, identities, bad input and a
property test. Handshake and signature (shared with `meta`): test_meta_common."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from source_checks import assert_messages_or_client_error, edited
from test_meta_common import SECRETS, check_recorded_delivery, expectations, post, signed
from test_meta_source import values

from webcare.http import ClientError
from webcare.sources import get_source
from webcare.sources.base import Parsed
from webcare.sources.whatsapp import WhatsAppSource

EVENTS = Path(__file__).resolve().parents[2] / "events" / "whatsapp"
WABA = "112233445566778"
NUMBER = "109876543210987"
RECEIVED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SOURCE = WhatsAppSource()
EXPECTED = expectations("whatsapp")

IGNORED_REASONS: dict[str, dict[str, int]] = {
    "batch.json": {"statuses": 1},
    "status_sent_delivered.json": {"statuses": 2},
    "status_read.json": {"statuses": 1},
    "status_failed.json": {"statuses": 1},
    "reaction.json": {"reaction": 1},
    "unsupported.json": {"unsupported": 1},
}


def load(name: str) -> bytes:
    return (EVENTS / name).read_bytes()


def receive(body: bytes) -> Parsed:
    request = post(body, signed(body), path="/webhooks/whatsapp")
    SOURCE.verify(request, SECRETS)
    return SOURCE.parse(request, RECEIVED)


def parse(body: dict[str, Any] | list[Any] | bytes) -> Parsed:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return SOURCE.parse(post(raw, path="/webhooks/whatsapp"), RECEIVED)


def with_message(message: dict[str, Any]) -> dict[str, Any]:
    """text.json with its one message replaced (same sender, id and time unless given)."""
    body: dict[str, Any] = json.loads(load("text.json"))
    original = body["entry"][0]["changes"][0]["value"]["messages"][0]
    body["entry"][0]["changes"][0]["value"]["messages"][0] = {
        "from": original["from"],
        "id": original["id"],
        "timestamp": original["timestamp"],
    } | message
    return body


def test_registry_returns_the_whatsapp_source() -> None:
    assert isinstance(get_source("whatsapp"), WhatsAppSource)


def test_every_recorded_file_has_an_expectation() -> None:
    assert {p.name for p in EVENTS.glob("*.json")} - {"expected.json"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recorded_delivery_verifies_and_gives_the_expected_messages(name: str) -> None:
    parsed = receive(load(name))
    check_recorded_delivery(parsed, EXPECTED[name], "whatsapp", IGNORED_REASONS.get(name, {}))


def test_a_redelivery_gives_the_same_message_key() -> None:
    assert load("text.json") == load("duplicate.json")
    [first] = receive(load("text.json")).messages
    [again] = receive(load("duplicate.json")).messages
    assert first.message_key == again.message_key


def test_the_receiving_account_is_the_phone_number_id_with_its_display_number() -> None:
    [message] = receive(load("text.json")).messages
    assert (message.account.platform, message.account.id, message.account.name) == (
        "whatsapp",
        NUMBER,
        "31851234567",
    )
    assert message.customer.display_name == "Renée"
    assert message.customer_key == "whatsapp:31612340001"
    assert message.occurred_at == datetime(2026, 11, 23, 8, 31, 5, tzinfo=UTC)


def test_bsuid_only_customer_is_scoped_to_the_business_account() -> None:
    [message] = receive(load("bsuid_only.json")).messages
    assert message.customer_key == f"whatsapp_bsuid:{WABA}:NL.4829105736251948"
    assert message.customer.display_name == "Daan"
    assert message.customer.handle == "@daan.fietst"


def test_phone_number_stays_the_key_when_a_bsuid_comes_along() -> None:
    [with_both] = receive(load("bsuid_with_phone.json")).messages
    [phone_only] = receive(load("text.json")).messages
    assert with_both.customer_key == phone_only.customer_key


def test_image_is_a_media_reference_and_the_caption_is_the_text() -> None:
    [message] = receive(load("image_caption.json")).messages
    [attachment] = message.attachments
    assert (attachment.kind, attachment.ref, attachment.content_type, attachment.url) == (
        "image",
        "1520394857261834",
        "image/jpeg",
        None,
    )
    assert message.text == "Zo ziet het display eruit ↓"
    assert message.to_dict()["attachments"][0]["ref"] == "1520394857261834"


def test_reply_context_becomes_in_reply_to() -> None:
    [message] = receive(load("reply_url.json")).messages
    context = json.loads(load("reply_url.json"))["entry"][0]["changes"][0]["value"]["messages"][0]["context"]
    assert message.thread.in_reply_to == context["id"]
    assert message.thread.conversation_id == "31612340002"


def test_button_reply_gives_its_title_as_text_and_its_id_as_a_reference() -> None:
    body = with_message(
        {
            "type": "interactive",
            "context": {"from": "31851234567", "id": "wamid.question"},
            "interactive": {
                "type": "button_reply",
                "button_reply": {"id": "slot-morning", "title": "Ochtend"},
            },
        }
    )
    [message] = parse(body).messages
    assert message.text == "Ochtend"
    assert [(a.kind, a.ref, a.name) for a in message.attachments] == [
        ("button_reply", "slot-morning", "Ochtend")
    ]
    assert message.thread.in_reply_to == "wamid.question"


def test_list_reply_gives_title_and_description() -> None:
    reply = {"id": "row-2", "title": "Storing", "description": "Geen stroom of gas"}
    body = with_message({"type": "interactive", "interactive": {"type": "list_reply", "list_reply": reply}})
    [message] = parse(body).messages
    assert message.text == "Storing\nGeen stroom of gas"
    assert [(a.kind, a.ref) for a in message.attachments] == [("list_reply", "row-2")]


def test_template_button_gives_its_text_and_payload() -> None:
    body = with_message({"type": "button", "button": {"text": "Ja, bel mij", "payload": "CALLBACK_YES"}})
    [message] = parse(body).messages
    assert message.text == "Ja, bel mij"
    assert [(a.kind, a.ref) for a in message.attachments] == [("button", "CALLBACK_YES")]


def test_document_keeps_its_file_name_and_never_a_download() -> None:
    document = {"id": "998877", "mime_type": "application/pdf", "filename": "factuur.pdf", "sha256": "x"}
    [message] = parse(with_message({"type": "document", "document": document})).messages
    assert [(a.kind, a.ref, a.name, a.content_type, a.url) for a in message.attachments] == [
        ("document", "998877", "factuur.pdf", "application/pdf", None)
    ]
    assert message.text == ""


def test_location_is_a_geo_reference() -> None:
    location = {"latitude": 52.37, "longitude": 4.89, "name": "Kantoor", "address": "Dam 1, Amsterdam"}
    [message] = parse(with_message({"type": "location", "location": location})).messages
    assert message.text == "Kantoor\nDam 1, Amsterdam"
    assert [(a.kind, a.url) for a in message.attachments] == [("location", "geo:52.37,4.89")]


def test_shared_contact_becomes_text_for_the_scrubber() -> None:
    card = {
        "name": {"formatted_name": "Jan Jansen"},
        "phones": [{"phone": "+31 6 1234 5678", "type": "CELL"}],
    }
    [message] = parse(with_message({"type": "contacts", "contacts": [card]})).messages
    assert message.text == "Jan Jansen +31 6 1234 5678"


def test_unknown_message_types_and_fields_are_counted() -> None:
    body = with_message({"type": "order", "order": {}})
    body["entry"][0]["changes"].append({"field": "account_update", "value": {}})
    parsed = parse(body)
    assert parsed.messages == [] and parsed.ignored == {"type:order": 1, "field:account_update": 1}


def test_another_products_delivery_is_acknowledged_and_counted() -> None:
    parsed = parse({"object": "page", "entry": [{"id": "1"}]})
    assert parsed.messages == [] and parsed.ignored == {"object:page": 1}


# --- bad input ---------------------------------------------------------------------------------

VALUE = ("entry", 0, "changes", 0, "value")
MESSAGE = (*VALUE, "messages", 0)


def _edit(
    name: str, path: tuple[str | int, ...], value: Any = None, *, delete: bool = False
) -> dict[str, Any]:
    return edited(load(name), path, value, delete=delete)


BAD_SHAPES: list[tuple[str, Any, str]] = [
    ("string body", "x", "body must be a JSON object"),
    ("entry not a list", _edit("text.json", ("entry",), "x"), "entry must be a list"),
    ("entry without id", _edit("text.json", ("entry", 0, "id"), delete=True), "entry[0].id"),
    ("no metadata", _edit("text.json", (*VALUE, "metadata"), delete=True), "value.metadata"),
    (
        "no phone_number_id",
        _edit("text.json", (*VALUE, "metadata", "phone_number_id"), delete=True),
        "metadata.phone_number_id",
    ),
    ("messages not a list", _edit("text.json", (*VALUE, "messages"), {}), "value.messages must be a list"),
    ("no type", _edit("text.json", (*MESSAGE, "type"), delete=True), "messages[0].type"),
    ("no id", _edit("text.json", (*MESSAGE, "id"), delete=True), "messages[0].id"),
    ("no sender", _edit("text.json", (*MESSAGE, "from"), delete=True), "messages[0].from (or from_user_id)"),
    ("no text object", _edit("text.json", (*MESSAGE, "text"), delete=True), "messages[0].text"),
    ("body not a string", _edit("text.json", (*MESSAGE, "text", "body"), 7), "text.body"),
    ("timestamp missing", _edit("text.json", (*MESSAGE, "timestamp"), delete=True), "timestamp"),
    ("timestamp ISO", _edit("text.json", (*MESSAGE, "timestamp"), "2026-11-23T08:31:05Z"), "timestamp"),
    ("image without id", _edit("image_caption.json", (*MESSAGE, "image", "id"), delete=True), "image.id"),
]


@pytest.mark.parametrize(("case", "body", "reason"), BAD_SHAPES, ids=[c for c, _, _ in BAD_SHAPES])
def test_bad_shape_is_400_with_a_reason_naming_the_field(case: str, body: Any, reason: str) -> None:
    with pytest.raises(ClientError) as excinfo:
        parse(body)
    assert excinfo.value.status == 400
    assert reason in excinfo.value.reason, case


def test_rejections_never_contain_message_text() -> None:
    body = _edit("pii.json", (*MESSAGE, "timestamp"), "tomorrow")
    with pytest.raises(ClientError) as excinfo:
        parse(body)
    assert "NL36INGB0007654321" not in str(excinfo.value)
    assert "tegoed" not in str(excinfo.value)


# --- property ----------------------------------------------------------------------------------

message_like = st.fixed_dictionaries(
    {
        "id": st.just("wamid.X") | values,
        "type": st.sampled_from(
            ["text", "image", "interactive", "button", "location", "contacts", "reaction"]
        )
        | values,
        "timestamp": st.just("1795422665") | values,
    },
    optional={
        "from": st.just("31612340001") | values,
        "from_user_id": values,
        "text": st.fixed_dictionaries({"body": st.text(max_size=20) | values}) | values,
        "image": st.fixed_dictionaries({"id": values, "caption": values}) | values,
        "interactive": st.fixed_dictionaries(
            {"type": st.sampled_from(["button_reply", "list_reply"]) | values},
            optional={"button_reply": values, "list_reply": values},
        ),
        "button": values,
        "location": values,
        "contacts": values,
        "context": values,
    },
)
deliveries = st.fixed_dictionaries(
    {
        "object": st.just("whatsapp_business_account") | values,
        "entry": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.just(WABA) | values,
                    "changes": st.lists(
                        st.fixed_dictionaries(
                            {
                                "field": st.just("messages") | values,
                                "value": st.fixed_dictionaries(
                                    {"metadata": st.just({"phone_number_id": NUMBER}) | values},
                                    optional={
                                        "messages": st.lists(message_like, max_size=2) | values,
                                        "contacts": values,
                                        "statuses": values,
                                    },
                                ),
                            }
                        ),
                        max_size=2,
                    )
                    | values,
                }
            ),
            max_size=2,
        )
        | values,
    }
)


def _accepts_or_rejects(raw: bytes) -> None:
    assert_messages_or_client_error(
        SOURCE, post(raw, signed(raw), path="/webhooks/whatsapp"), SECRETS, RECEIVED
    )


@settings(max_examples=300, deadline=None)
@given(deliveries)
def test_any_signed_delivery_like_body_gives_messages_or_a_client_error(body: Any) -> None:
    _accepts_or_rejects(json.dumps(body).encode())


@settings(max_examples=100, deadline=None)
@given(values)
def test_any_signed_json_gives_messages_or_a_client_error(body: Any) -> None:
    _accepts_or_rejects(json.dumps(body).encode())
