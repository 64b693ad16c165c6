"""Our published schemas: valid 2020-12 documents, and the runtime validator agrees with jsonschema."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

from webcare import schemas
from webcare.cases.rules import decide
from webcare.config import ChannelRules
from webcare.helpdesks.base import case_event
from webcare.model import Account, Identity, Message, ScrubSummary, Thread

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
NAMES = sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json"))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def registry() -> Registry:
    resources = [(schemas.BASE_URI + name, Resource.from_contents(schemas.load(name))) for name in NAMES]
    return Registry().with_resources(resources)


def reference_validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schemas.load(name), registry=registry())


@pytest.mark.parametrize("name", NAMES)
def test_every_schema_is_a_valid_2020_12_schema(name: str) -> None:
    document = schemas.load(name)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == schemas.BASE_URI + name
    jsonschema.Draft202012Validator.check_schema(document)


def example_message() -> Message:
    return Message(
        source="x",
        provider_message_id="1860000000000000001",
        channel="x_public",
        account=Account("x", "1"),
        customer=Identity("x", "42", handle="jan", display_name="Jan"),
        visibility="public",
        occurred_at=NOW,
        received_at=NOW,
        text="@brand [EMAIL] help",
        thread=Thread(in_reply_to="17"),
        scrub=ScrubSummary(findings=(("email", "redact", 1),)),
    )


def example_event() -> dict[str, Any]:
    message = example_message()
    case = decide(None, message, customer_key="x:42", helpdesk="main", rules=ChannelRules(), now=NOW).case
    return case_event("case.opened", case, message, 1)


def mutations() -> list[tuple[str, Any]]:
    return [
        ("valid", lambda d: None),
        ("bad channel", lambda d: d["message"].update(channel="fax")),
        ("bad visibility", lambda d: d["message"].update(visibility="secret")),
        ("extra field", lambda d: d["message"].update(password="x")),
        ("bad case id", lambda d: d["case"].update(case_id="42")),
        ("bad timestamp", lambda d: d["message"].update(occurred_at="yesterday")),
        ("missing flags", lambda d: d["message"]["scrub"].pop("flags")),
        ("bad sequence", lambda d: d.update(sequence=0)),
    ]


@pytest.mark.parametrize(("label", "mutate"), mutations())
def test_runtime_validator_agrees_with_jsonschema(label: str, mutate: Any) -> None:
    document = copy.deepcopy(example_event())
    mutate(document)
    reference_ok = reference_validator("forwarded-case.schema.json").is_valid(document)
    try:
        schemas.validate("forwarded-case.schema.json", document)
        runtime_ok = True
    except schemas.SchemaError:
        runtime_ok = False
    assert runtime_ok == reference_ok
    assert reference_ok == (label == "valid")


def test_a_message_round_trips_through_its_json_form() -> None:
    message = example_message()
    as_json = json.loads(json.dumps(message.to_dict()))
    reference_validator("message.schema.json").validate(as_json)
    assert Message.from_dict(as_json) == message


def test_shipped_config_is_valid_for_the_reference_validator() -> None:
    config = json.loads((SCHEMA_DIR.parent / "config" / "webcare.json").read_text())
    reference_validator("config.schema.json").validate(config)
