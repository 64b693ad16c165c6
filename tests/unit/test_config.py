"""The config document: validated at load, errors name the field."""

from __future__ import annotations

import copy
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from webcare.config import load_config, parse_config
from webcare.errors import ConfigError
from webcare.model import Account

SHIPPED = Path(__file__).resolve().parents[2] / "config" / "webcare.json"


def shipped() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SHIPPED.read_text())
    return document


def test_the_shipped_config_loads() -> None:
    config = load_config(str(SHIPPED))
    assert config.default_helpdesk == "main"
    assert config.channel("x_dm").respond_within == timedelta(minutes=60)
    assert config.channel("whatsapp").reopen_window == timedelta(hours=72)


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["helpdesks"]["main"].update(url=5), "helpdesks.main.url"),
        (lambda d: d["helpdesks"]["main"].pop("signing_secret"), "helpdesks.main"),
        (lambda d: d.update(default_helpdesk="nope"), "default_helpdesk"),
        (
            lambda d: d.update(routing=[{"platform": "x", "account_id": "1", "helpdesk": "nope"}]),
            "routing.0.helpdesk",
        ),
        (
            lambda d: d["channels"].update(x_dm={"reopen_window_hours": -1}),
            "channels.x_dm.reopen_window_hours",
        ),
        (lambda d: d.update(colour="blue"), "(document)"),
    ],
)
def test_a_bad_config_fails_at_load_naming_the_field(mutate: Any, field: str) -> None:
    document = copy.deepcopy(shipped())
    mutate(document)
    with pytest.raises(ConfigError) as caught:
        parse_config(document)
    assert field in str(caught.value)


def test_routing_by_receiving_account_first_match_wins() -> None:
    document = shipped()
    document["helpdesks"]["care"] = dict(document["helpdesks"]["main"])
    document["routing"] = [{"platform": "x", "account_id": "99", "helpdesk": "care"}]
    config = parse_config(document)
    assert config.helpdesk_for(Account("x", "99")) == "care"
    assert config.helpdesk_for(Account("x", "100")) == "main"


def test_a_missing_config_file_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(str(tmp_path / "missing.json"))
