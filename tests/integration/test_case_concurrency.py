"""One customer writing on three channels at the same moment opens exactly one case.

The FIFO queue serialises one *identity's* messages, but linked identities (an X account, a
WhatsApp number and an e-mail address of one customer) arrive in three different message groups
and are processed at the same time. What keeps them to one case is the conditional writes
(docs/decisions/0009). These tests run many processors at once, in threads released together by a
barrier, against the case table on moto.

moto applies a DynamoDB call in several Python steps and is not thread-safe; DynamoDB itself makes
every single call atomic. `atomic_dynamodb` gives moto that guarantee (one lock around each API
call, from parsing the request to serialising the answer: moto hands back its live items and an
answer serialised outside the lock can see another call's update half-applied), and nothing more:
our read-decide-write sequences still interleave between calls, which is exactly the race under
test.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from moto.dynamodb.responses import DynamoHandler

from conftest import Pipeline
from webcare.cases.links import link
from webcare.cases.service import accept
from webcare.cases.store import DynamoCaseStore, StoreConflict
from webcare.config import parse_config
from webcare.model import Account, Identity, Message
from webcare.queues import QueueItem

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
CONFIG = parse_config(
    {
        "version": 1,
        "helpdesks": {
            "main": {"type": "webhook", "url": "https://helpdesk.test/hook", "signing_secret": "s"}
        },
        "default_helpdesk": "main",
    }
)


@pytest.fixture
def atomic_dynamodb(monkeypatch: pytest.MonkeyPatch) -> None:
    lock = threading.RLock()
    original = DynamoHandler.call_action

    def atomic(self: DynamoHandler) -> Any:
        with lock:
            return original(self)

    monkeypatch.setattr(DynamoHandler, "call_action", functools.wraps(original)(atomic))


class ForwardQueue:
    def __init__(self) -> None:
        self.items: list[QueueItem] = []
        self._lock = threading.Lock()

    def send(self, items: Sequence[QueueItem]) -> None:
        with self._lock:
            self.items.extend(items)


def message(customer: Identity, channel: str, key: str, source: str = "x") -> Message:
    return Message(
        source=source,
        provider_message_id=key,
        channel=channel,
        account=Account(source, "brand"),
        customer=customer,
        visibility="private",
        occurred_at=NOW,
        received_at=NOW,
        text="mijn internet doet het niet",
    )


def deliver(msg: Message, store: DynamoCaseStore, queue: ForwardQueue, now: datetime = NOW) -> None:
    """One process-stage invocation: `msg` accepted under CONFIG's case rules at `now`."""
    accept(msg, store=store, forward_queue=queue, config=CONFIG, now=now)


def processor(msg: Message, store: DynamoCaseStore, queue: ForwardQueue) -> Callable[[], Any]:
    """One process-stage invocation for `msg`, ready to be started with the others."""
    return functools.partial(deliver, msg, store, queue)


def run_together(work: list[Callable[[], Any]]) -> list[BaseException]:
    """Start every callable at the same moment; return what they raised."""
    barrier = threading.Barrier(len(work))
    errors: list[BaseException] = []

    def run(job: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted on
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


@pytest.fixture
def store(pipeline: Pipeline, atomic_dynamodb: None) -> Iterator[DynamoCaseStore]:
    yield DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)


def customer_identities(n: int) -> tuple[Identity, Identity, Identity]:
    return (
        Identity("x", f"10{n:04d}"),
        Identity("whatsapp", f"316{n:08d}"),
        Identity("email", f"klant{n}@example.nl"),
    )


def cases_of(pipeline: Pipeline) -> list[dict[str, Any]]:
    return pipeline.cases()


@pytest.mark.parametrize("round_", range(3))
def test_linked_identities_writing_on_three_channels_at_once_open_one_case(
    pipeline: Pipeline, store: DynamoCaseStore, round_: int
) -> None:
    # Given 8 customers, each with an X account, a WhatsApp number and an e-mail address linked
    customers = [customer_identities(round_ * 100 + n) for n in range(8)]
    for x_id, whatsapp, email in customers:
        for other in ("phone:+" + whatsapp.id, email.key):
            link(other, x_id.key, store=store, by="test", reason="same customer", now=NOW)
    queue = ForwardQueue()
    # When each customer writes on all three channels at the same moment (24 processors at once)
    work: list[Callable[[], Any]] = []
    for n, (x_id, whatsapp, email) in enumerate(customers):
        for identity, channel, source in (
            (x_id, "x_dm", "x"),
            (whatsapp, "whatsapp", "whatsapp"),
            (email, "email", "email"),
        ):
            msg = message(identity, channel, f"{round_}-{n}-{channel}", source)
            work.append(processor(msg, store, queue))
    assert run_together(work) == []
    # Then every customer has exactly one case, holding all three messages, each once
    cases = cases_of(pipeline)
    assert len(cases) == len(customers)
    assert sorted(int(c["message_count"]["N"]) for c in cases) == [3] * len(customers)
    assert all(sorted(c["channels"]["L"], key=str) and len(c["channels"]["L"]) == 3 for c in cases)
    by_case: dict[str, list[str]] = {}
    for item in queue.items:
        by_case.setdefault(item.group_id, []).append(item.dedup_key)
    assert sorted(len(v) for v in by_case.values()) == [3] * len(customers)
    ledger = [i for i in pipeline.table_items() if i["kind"]["S"] == "message"]
    sequences: dict[str, list[int]] = {}
    for entry in ledger:
        sequences.setdefault(entry["case_id"]["S"], []).append(int(entry["sequence"]["N"]))
    assert sorted(sorted(v) == [1, 2, 3] for v in sequences.values()) == [True] * len(customers)


def test_ten_deliveries_of_each_of_five_messages_at_once_record_each_message_once(
    pipeline: Pipeline, store: DynamoCaseStore
) -> None:
    customer = Identity("x", "424242")
    queue = ForwardQueue()
    work: list[Callable[[], Any]] = [
        processor(message(customer, "x_dm", f"dm-{k}"), store, queue) for k in range(5) for _ in range(10)
    ]
    assert run_together(work) == []
    [case] = cases_of(pipeline)
    assert case["message_count"]["N"] == "5"
    ledger = [i for i in pipeline.table_items() if i["kind"]["S"] == "message"]
    assert sorted(int(i["sequence"]["N"]) for i in ledger) == [1, 2, 3, 4, 5]


def read_together(
    store: DynamoCaseStore, parties: int, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], None]:
    """Make the race certain: every processor reads the customer's case before any of them writes.
    Returns `stop`, after which reads no longer wait."""
    barrier = threading.Barrier(parties, timeout=30)
    first_read = threading.local()
    waiting = [True]
    original = store.current_case

    def current_case(customer_key: str) -> Any:
        found = original(customer_key)
        if waiting[0] and not getattr(first_read, "done", False):
            first_read.done = True
            barrier.wait()
        return found

    monkeypatch.setattr(store, "current_case", current_case)
    return lambda: waiting.__setitem__(0, False)


def test_processors_that_all_read_before_any_writes_still_open_one_case(
    pipeline: Pipeline, store: DynamoCaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worst interleaving, forced: twelve processors all see "no case yet" and all decide to open.
    stop = read_together(store, 12, monkeypatch)
    queue = ForwardQueue()
    customer = Identity("x", "888")
    work: list[Callable[[], Any]] = [
        processor(message(customer, "x_dm", f"together-{k}"), store, queue) for k in range(12)
    ]
    errors = run_together(work)
    stop()
    # A processor that loses five rounds in a row gives up with StoreConflict and SQS delivers the
    # message again later: do that here, one at a time.
    assert [e for e in errors if not isinstance(e, StoreConflict)] == []
    for k in range(12):
        again = message(customer, "x_dm", f"together-{k}")
        deliver(again, store, queue)
    [case] = cases_of(pipeline)
    assert case["message_count"]["N"] == "12"
    assert len({i.group_id for i in queue.items}) == 1


def test_without_the_pointer_condition_the_same_race_opens_several_cases(
    pipeline: Pipeline, store: DynamoCaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test above can fail: drop the conditions on the customer's current-case pointer and on
    # the new case (the writes that make two openers collide) and the same race opens a case per
    # processor.
    read_together(store, 12, monkeypatch)
    original = store._db.transact_write_items

    def unconditional_pointer(TransactItems: list[dict[str, Any]]) -> Any:
        for item in TransactItems:
            put = item.get("Put")
            if put and put["Item"].get("kind", {}).get("S") in ("current_case", "case"):
                put.pop("ConditionExpression", None)
                put.pop("ExpressionAttributeValues", None)
        return original(TransactItems=TransactItems)

    monkeypatch.setattr(store._db, "transact_write_items", unconditional_pointer)
    queue = ForwardQueue()
    customer = Identity("x", "777")
    work: list[Callable[[], Any]] = [
        processor(message(customer, "x_dm", f"race-{k}"), store, queue) for k in range(12)
    ]
    run_together(work)
    assert len({i.group_id for i in queue.items}) == 12


def test_a_transaction_cancelled_for_a_conflicting_transaction_is_decided_again(
    pipeline: Pipeline, store: DynamoCaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DynamoDB (not moto) cancels a transaction that touches an item another transaction is still
    # writing, with the reason TransactionConflict: the processor reads again and records once.
    original = store._db.transact_write_items
    cancelled: list[int] = []

    def conflicting_once(TransactItems: list[dict[str, Any]]) -> Any:
        if not cancelled:
            cancelled.append(len(TransactItems))
            reasons = [{"Code": "None"}] * (len(TransactItems) - 1) + [{"Code": "TransactionConflict"}]
            raise store._db.exceptions.TransactionCanceledException(
                {"Error": {"Code": "TransactionCanceledException"}, "CancellationReasons": reasons},
                "TransactWriteItems",
            )
        return original(TransactItems=TransactItems)

    monkeypatch.setattr(store._db, "transact_write_items", conflicting_once)
    queue = ForwardQueue()
    deliver(message(Identity("x", "999"), "x_dm", "conflicted"), store, queue)
    assert cancelled
    [case] = cases_of(pipeline)
    assert case["message_count"]["N"] == "1"
    assert len(queue.items) == 1
