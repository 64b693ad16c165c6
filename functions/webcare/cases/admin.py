"""Operator use cases on customers: show what we hold, erase it.

Used by `webcare cases show`, `webcare erase` and the admin route. Erasure removes every item
of a customer from the case table (cases, ledger entries with their scrubbed text, thread index,
callback ids, links and their history, pointers) and leaves a receipt that holds no personal
data: when, who asked, why, and how many items of each kind were removed. The helpdesk's own
copy of the tickets is the helpdesk's to erase; the receipt lists the ticket references so the
operator can do that there.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from webcare.cases.store import DynamoCaseStore
from webcare.model import iso


@dataclass(frozen=True)
class CustomerView:
    customer_key: str
    identities: tuple[str, ...]
    links: tuple[dict[str, str], ...]
    cases: tuple[dict[str, Any], ...]


@dataclass
class ErasureReceipt:
    receipt_id: str
    erased_at: str
    requested_by: str
    reason: str
    removed: Counter[str] = field(default_factory=Counter)
    ticket_refs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "receipt_id": self.receipt_id,
            "erased_at": self.erased_at,
            "requested_by": self.requested_by,
            "reason": self.reason,
            "removed": dict(self.removed),
            "helpdesk_ticket_refs": self.ticket_refs,
        }


def _all_items(store: DynamoCaseStore) -> list[dict[str, Any]]:
    """Every item of the table, paged (erasure and `show` are rare operator actions)."""
    items: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"TableName": store.table_name, "ConsistentRead": True}
    while True:
        page = store.client.scan(**kwargs)
        items.extend(page.get("Items", []))
        if "LastEvaluatedKey" not in page:
            return items
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _customer_items(
    store: DynamoCaseStore, identity_key: str
) -> tuple[str, tuple[str, ...], list[dict[str, Any]]]:
    customer_key = store.resolve_customer(identity_key)
    identities = (customer_key, *sorted(store.members(customer_key)))
    everything = _all_items(store)
    case_ids = {
        item["case_id"]["S"]
        for item in everything
        if item.get("kind", {}).get("S") == "case" and item["customer_key"]["S"] in identities
    }
    mine: list[dict[str, Any]] = []
    prefixes = tuple(f"IDENTITY#{key}" for key in identities) + tuple(f"CUSTOMER#{key}" for key in identities)
    for item in everything:
        pk = item["pk"]["S"]
        if pk in prefixes or item.get("case_id", {}).get("S") in case_ids:
            mine.append(item)
    return customer_key, identities, mine


def show(store: DynamoCaseStore, identity_key: str) -> CustomerView:
    """The customer an identity belongs to, its linked identities, link history and cases."""
    customer_key, identities, items = _customer_items(store, identity_key)
    cases = [
        {
            "case_id": item["case_id"]["S"],
            "status": item["status"]["S"],
            "opened_at": item["opened_at"]["S"],
            "last_message_at": item["last_message_at"]["S"],
            "message_count": int(item["message_count"]["N"]),
            "channels": [c["S"] for c in item["channels"]["L"]],
            "helpdesk": item["helpdesk"]["S"],
            "ticket_ref": item.get("ticket_ref", {}).get("S"),
            "merged_into": item.get("merged_into", {}).get("S"),
        }
        for item in items
        if item.get("kind", {}).get("S") == "case"
    ]
    links = [entry for key in identities for entry in store.link_history(key)]
    return CustomerView(
        customer_key=customer_key,
        identities=identities,
        links=tuple(sorted(links, key=lambda e: e.get("at", ""))),
        cases=tuple(sorted(cases, key=lambda c: c["opened_at"])),
    )


def erase(
    store: DynamoCaseStore, identity_key: str, *, requested_by: str, reason: str, now: datetime
) -> ErasureReceipt:
    """Delete every item of the customer `identity_key` belongs to; write and return a receipt.

    Side effects: DeleteItem per item, then one PutItem for the receipt (`ERASURE#<id>`).
    Safe to run again: a second run finds nothing and writes a receipt saying so.
    """
    if not requested_by.strip() or not reason.strip():
        raise ValueError("say who asked for the erasure and why (--by, --reason)")
    _, _, items = _customer_items(store, identity_key)
    receipt = ErasureReceipt(
        receipt_id="er_" + uuid.uuid4().hex, erased_at=iso(now), requested_by=requested_by, reason=reason
    )
    for item in items:
        kind = item.get("kind", {}).get("S", "other")
        if kind == "case" and item.get("ticket_ref", {}).get("S"):
            receipt.ticket_refs.append(f"{item['helpdesk']['S']}:{item['ticket_ref']['S']}")
        store.client.delete_item(TableName=store.table_name, Key={"pk": item["pk"], "sk": item["sk"]})
        receipt.removed[kind] += 1
    store.client.put_item(
        TableName=store.table_name,
        Item={
            "pk": {"S": f"ERASURE#{receipt.receipt_id}"},
            "sk": {"S": "RECEIPT"},
            "kind": {"S": "erasure_receipt"},
            "receipt": {"S": json.dumps(receipt.to_dict(), separators=(",", ":"))},
        },
    )
    return receipt
