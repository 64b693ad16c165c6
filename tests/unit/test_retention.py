"""Nothing a replay depends on expires before the message it serves (template.yaml vs the ledger)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from webcare.cases.store import LEDGER_RETENTION, QUEUE_RETENTION
from webcare.local.resources import load_template

ROOT = Path(__file__).resolve().parents[2]


def _queues() -> dict[str, dict[str, object]]:
    template = load_template(ROOT / "template.yaml")
    return {
        name: resource.get("Properties", {})
        for name, resource in template["Resources"].items()
        if resource["Type"] == "AWS::SQS::Queue"
    }


def test_every_queue_keeps_messages_no_longer_than_the_ledger_assumes() -> None:
    retention = {name: int(p.get("MessageRetentionPeriod", 345600)) for name, p in _queues().items()}  # type: ignore[call-overload]
    assert retention and max(retention.values()) <= QUEUE_RETENTION.total_seconds(), retention


def test_the_ledger_outlives_a_queue_and_its_dead_letter_queue_back_to_back() -> None:
    # The forward queue (14 d) and then its DLQ (14 d, clock restarted): the ledger entry is
    # refreshed when the message is recorded, queued and dead-lettered, so it must outlast both.
    assert LEDGER_RETENTION >= 2 * QUEUE_RETENTION + timedelta(hours=1)
    # and the longest platform retry horizon (WhatsApp: 7 days)
    assert LEDGER_RETENTION > timedelta(days=7)
