"""Linking identities to one customer: audited, one level deep, merging open cases, undoable."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_case_concurrency import NOW, ForwardQueue, deliver, message

from conftest import Pipeline
from webcare.cases.links import link, unlink
from webcare.cases.store import DynamoCaseStore, LinkRefused
from webcare.model import Identity

X = Identity("x", "2244994945")
WHATSAPP = Identity("whatsapp", "31612345678")
PHONE_KEY = "phone:+31612345678"


@pytest.fixture
def store(pipeline: Pipeline) -> DynamoCaseStore:
    return DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)


def case_ids(queue: ForwardQueue) -> list[str]:
    return [item.group_id for item in queue.items]


def test_linking_two_customers_with_open_cases_merges_into_the_older_one(
    pipeline: Pipeline, store: DynamoCaseStore
) -> None:
    queue = ForwardQueue()
    # Given an open case on X (older) and one on WhatsApp (newer), two customers so far
    deliver(message(X, "x_dm", "1"), store, queue)
    later = NOW + timedelta(minutes=5)
    deliver(message(WHATSAPP, "whatsapp", "2", "whatsapp"), store, queue, now=later)
    x_case, whatsapp_case = case_ids(queue)
    assert x_case != whatsapp_case
    # When an agent links the WhatsApp number to the X customer
    result = link(
        PHONE_KEY, X.key, store=store, by="agent:marieke", reason="same customer, confirmed in DM", now=later
    )
    # Then the WhatsApp case is merged into the X case, and the next WhatsApp message joins it
    assert result.merged == (whatsapp_case, x_case)
    statuses = {
        c["case_id"]["S"]: (c["status"]["S"], c.get("merged_into", {}).get("S")) for c in pipeline.cases()
    }
    assert statuses == {x_case: ("open", None), whatsapp_case: ("merged", x_case)}
    deliver(message(WHATSAPP, "whatsapp", "3", "whatsapp"), store, queue, now=later)
    assert case_ids(queue)[-1] == x_case
    # And who linked, when and why is recorded
    recorded = store.get_link(PHONE_KEY)
    assert recorded is not None and (recorded.linked_by, recorded.reason) == (
        "agent:marieke",
        "same customer, confirmed in DM",
    )


def test_unlinking_splits_future_messages_into_a_case_of_their_own(
    pipeline: Pipeline, store: DynamoCaseStore
) -> None:
    queue = ForwardQueue()
    link(PHONE_KEY, X.key, store=store, by="agent:marieke", reason="same customer", now=NOW)
    deliver(message(X, "x_dm", "1"), store, queue)
    deliver(message(WHATSAPP, "whatsapp", "2", "whatsapp"), store, queue)
    assert len(set(case_ids(queue))) == 1
    assert (
        unlink(PHONE_KEY, store=store, by="agent:joost", reason="different person after all", now=NOW)
        == X.key
    )
    deliver(message(WHATSAPP, "whatsapp", "3", "whatsapp"), store, queue)
    deliver(message(X, "x_dm", "4"), store, queue)
    first, _, split, x_again = case_ids(queue)
    assert split != first and x_again == first
    history = [(h["op"], h["by"], h["reason"]) for h in store.link_history(PHONE_KEY)]
    assert history == [
        ("link", "agent:marieke", "same customer"),
        ("unlink", "agent:joost", "different person after all"),
    ]


def test_links_are_one_level_deep_linking_to_a_linked_identity_links_to_its_customer(
    store: DynamoCaseStore,
) -> None:
    link(PHONE_KEY, X.key, store=store, by="a", reason="r", now=NOW)
    result = link("email:jan@example.nl", PHONE_KEY, store=store, by="a", reason="r", now=NOW)
    assert result.customer_key == X.key
    assert store.resolve_customer("email:jan@example.nl") == X.key


def test_linking_a_customer_that_has_linked_identities_moves_them_along(store: DynamoCaseStore) -> None:
    link(PHONE_KEY, "email:jan@example.nl", store=store, by="a", reason="r", now=NOW)
    result = link("email:jan@example.nl", X.key, store=store, by="a", reason="r", now=NOW)
    assert result.moved == (PHONE_KEY,)
    assert store.resolve_customer(PHONE_KEY) == X.key
    assert sorted(store.members(X.key)) == ["email:jan@example.nl", PHONE_KEY]
    assert store.members("email:jan@example.nl") == []


@pytest.mark.parametrize(
    ("setup", "identity", "to", "reason"),
    [
        ([], X.key, X.key, "itself"),
        ([(PHONE_KEY, X.key)], PHONE_KEY, X.key, "already linked"),
        ([(PHONE_KEY, X.key)], X.key, PHONE_KEY, "loop"),
        ([(PHONE_KEY, X.key)], PHONE_KEY, "email:jan@example.nl", "unlink it first"),
    ],
)
def test_bad_links_are_refused_with_the_reason_and_change_nothing(
    pipeline: Pipeline,
    store: DynamoCaseStore,
    setup: list[tuple[str, str]],
    identity: str,
    to: str,
    reason: str,
) -> None:
    for a, b in setup:
        link(a, b, store=store, by="a", reason="r", now=NOW)
    before = pipeline.table_items()
    with pytest.raises(LinkRefused, match=reason):
        link(identity, to, store=store, by="a", reason="r", now=NOW)
    assert pipeline.table_items() == before


def test_unlinking_an_identity_that_is_not_linked_is_refused(store: DynamoCaseStore) -> None:
    with pytest.raises(LinkRefused, match="not linked"):
        unlink(PHONE_KEY, store=store, by="a", reason="r", now=NOW)


def test_links_without_who_or_why_are_refused(store: DynamoCaseStore) -> None:
    with pytest.raises(LinkRefused, match="who"):
        link(PHONE_KEY, X.key, store=store, by=" ", reason="r", now=NOW)
