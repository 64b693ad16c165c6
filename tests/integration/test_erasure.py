"""`erase`: every item of a customer goes, other customers stay, the receipt holds no personal data."""

from __future__ import annotations

import json

import pytest
from test_case_concurrency import NOW, ForwardQueue, deliver, message

from conftest import Pipeline
from webcare.cases.admin import erase, show
from webcare.cases.links import link
from webcare.cases.store import DynamoCaseStore
from webcare.model import Identity

JAN_X = Identity("x", "2244994945", handle="jandevries")
JAN_WHATSAPP = Identity("whatsapp", "31612345678")
OTHER = Identity("x", "999")


@pytest.fixture
def store(pipeline: Pipeline) -> DynamoCaseStore:
    store = DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)
    queue = ForwardQueue()
    link("phone:+31612345678", JAN_X.key, store=store, by="agent:ann", reason="same customer", now=NOW)
    deliver(message(JAN_X, "x_dm", "1"), store, queue)
    deliver(message(JAN_WHATSAPP, "whatsapp", "2", "whatsapp"), store, queue)
    deliver(message(OTHER, "x_dm", "3"), store, queue)
    return store


def test_show_lists_identities_links_and_cases_of_the_customer(store: DynamoCaseStore) -> None:
    view = show(store, "phone:+31612345678")
    assert view.customer_key == JAN_X.key
    assert view.identities == (JAN_X.key, "phone:+31612345678")
    assert [(c["message_count"], sorted(c["channels"])) for c in view.cases] == [(2, ["whatsapp", "x_dm"])]
    assert [(entry["op"], entry["by"]) for entry in view.links] == [("link", "agent:ann")]


def test_erase_removes_every_item_of_the_customer_and_nothing_else(
    pipeline: Pipeline, store: DynamoCaseStore
) -> None:
    receipt = erase(
        store, "phone:+31612345678", requested_by="dpo@brand", reason="GDPR art. 17 request 2026-114", now=NOW
    )
    remaining = json.dumps(pipeline.table_items())
    for trace in ("2244994945", "31612345678", "jandevries"):
        assert trace not in remaining
    # the other customer's case and message are untouched
    assert [c["customer_key"]["S"] for c in pipeline.cases()] == [OTHER.key]
    assert sum(1 for i in pipeline.table_items() if i["kind"]["S"] == "message") == 1
    assert receipt.removed["case"] == 1 and receipt.removed["message"] == 2 and receipt.removed["link"] == 1
    # the receipt says what was removed, not whose
    stored = [i for i in pipeline.table_items() if i["kind"]["S"] == "erasure_receipt"]
    assert (
        len(stored) == 1
        and "2244994945" not in json.dumps(stored)
        and "31612345678" not in json.dumps(stored)
    )


def test_erasing_twice_finds_nothing_the_second_time(store: DynamoCaseStore) -> None:
    erase(store, JAN_X.key, requested_by="dpo", reason="request", now=NOW)
    again = erase(store, JAN_X.key, requested_by="dpo", reason="request", now=NOW)
    assert sum(again.removed.values()) == 0


def test_erasure_without_who_or_why_is_refused(store: DynamoCaseStore) -> None:
    with pytest.raises(ValueError, match="who"):
        erase(store, JAN_X.key, requested_by="", reason="x", now=NOW)
