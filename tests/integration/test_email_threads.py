"""E-mail replies join the case of the thread they answer, even from a rewritten sender address."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from test_case_concurrency import CONFIG, NOW, ForwardQueue, message

from conftest import Pipeline
from webcare.cases.service import accept
from webcare.cases.store import DynamoCaseStore
from webcare.model import Identity, Message, Thread

JAN = Identity("email", "Jan@Example.nl")
JAN_VIA_ALIAS = Identity("email", "jan.devries@forwarder.example")


def mail(
    sender: Identity, message_id: str, *, in_reply_to: str | None = None, refs: tuple[str, ...] = ()
) -> Message:
    return replace(
        message(sender, "email", message_id, "email"),
        thread=Thread(in_reply_to=in_reply_to, references=refs),
    )


def test_a_reply_from_a_rewritten_address_joins_the_threads_case(pipeline: Pipeline) -> None:
    store = DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)
    queue = ForwardQueue()
    first = accept(mail(JAN, "m1@example.nl"), store=store, forward_queue=queue, config=CONFIG, now=NOW)
    reply = mail(
        JAN_VIA_ALIAS, "m2@forwarder.example", in_reply_to="<m1@example.nl>", refs=("<m1@example.nl>",)
    )
    second = accept(reply, store=store, forward_queue=queue, config=CONFIG, now=NOW)
    assert second.case_id == first.case_id and second.sequence == 2


def test_a_new_thread_from_the_same_customer_joins_the_open_case(pipeline: Pipeline) -> None:
    store = DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)
    queue = ForwardQueue()
    first = accept(mail(JAN, "m1@example.nl"), store=store, forward_queue=queue, config=CONFIG, now=NOW)
    # "jan@example.nl" in another case is the same customer: addresses are compared lower-cased
    other = accept(
        mail(Identity("email", "jan@example.nl"), "m3@example.nl"),
        store=store,
        forward_queue=queue,
        config=CONFIG,
        now=NOW,
    )
    assert other.case_id == first.case_id


def test_a_reply_to_a_closed_thread_follows_the_customers_own_case_rules(pipeline: Pipeline) -> None:
    store = DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)
    queue = ForwardQueue()
    first = accept(mail(JAN, "m1@example.nl"), store=store, forward_queue=queue, config=CONFIG, now=NOW)
    store.close_case(
        first.case_id, helpdesk="main", callback_id="cb1", changed_at=NOW + timedelta(hours=1), now=NOW
    )
    # An unknown sender answering the closed thread does not reopen someone else's case
    stranger = mail(JAN_VIA_ALIAS, "m4@forwarder.example", in_reply_to="m1@example.nl")
    assert (
        accept(
            stranger, store=store, forward_queue=queue, config=CONFIG, now=NOW + timedelta(hours=2)
        ).case_id
        != first.case_id
    )
    # The customer answering it within the reopen window reopens their case
    again = mail(JAN, "m5@example.nl", in_reply_to="m1@example.nl")
    assert (
        accept(again, store=store, forward_queue=queue, config=CONFIG, now=NOW + timedelta(hours=2)).case_id
        == first.case_id
    )
