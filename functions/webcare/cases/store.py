"""The case table (DynamoDB, one table): where every conditional expression lives.

Items, all under `pk`/`sk`:
- `MSG#<message key>` / `MSG`: the message ledger. Case id, sequence in the case, stage state
  (`recorded` -> `queued`), forward state (`pending` -> `sent` | `dead`), helpdesk comment id,
  the scrubbed message, `deleted_at` once the customer deleted it on the platform, and
  `expires_at`, pushed back on every change (`LEDGER_RETENTION`).
- `CASE#<case id>` / `CASE`: the case.
- `CUSTOMER#<customer key>` / `CURRENT`: which case is the customer's current one. Written with a
  condition on its previous value, so two writers can never both open a case for one customer.
- `IDENTITY#<identity key>` / `LINK`: an identity linked to another customer key (read on every
  message), with who linked it, when and why; `IDENTITY#<identity key>` / `LOG#<time>#<op>`: the
  link and unlink history of that identity.
- `CUSTOMER#<customer key>` / `MEMBER#<identity key>`: the identities linked to a customer, and
  `CUSTOMER#<customer key>` / `MEMBERS`: how many. A link may only point at a customer that is not
  itself linked, and only an identity without members may be linked: links are one level deep,
  so they can neither chain nor loop.
- `THREAD#<RFC Message-ID>` / `THREAD`: which case an e-mail joined, so that a reply naming it in
  `In-Reply-To`/`References` joins the same case (kept `THREAD_RETENTION`).
- `CASE#<case id>` / `NOTE#<note id>`: an internal note delivered to the case's ticket (a merge,
  a deletion), written once when the helpdesk has it, so a redelivered note is not added again.
  Under the case's partition: erased with the case, and no wider grant for the forwarder.
- `CALLBACK#<helpdesk>#<webhook-id>` / `CALLBACK`: a helpdesk status callback already applied, kept
  a day (far beyond the signature's timestamp window) so a captured callback cannot be replayed.

Reads that decide a write are consistent reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from webcare.cases.rules import Case, Decision
from webcare.config import Routing
from webcare.model import Identity, Message, iso, parse_iso, short_hash

# The ledger must outlive every copy of the message that may still be processed: a platform's
# retries (WhatsApp: 7 days), and a message in a queue (14 days) followed by its dead-letter
# queue (14 days: a FIFO DLQ restarts the clock, and the forwarder's own dead letters are new
# messages). 14 + 14 days and a day's margin, counted from the ledger entry's last change;
# tests/unit/test_retention.py checks this against template.yaml. A replay later than that
# re-records the message (`restore_message`) instead of losing it.
QUEUE_RETENTION = timedelta(days=14)
LEDGER_RETENTION = QUEUE_RETENTION * 2 + timedelta(days=1)
# A reply to an e-mail thread older than this starts from the customer's case as usual.
THREAD_RETENTION = timedelta(days=365)
# Callbacks are signed with a timestamp valid for 5 minutes; their ids outlive that by far.
CALLBACK_RETENTION = timedelta(days=1)
MAX_DECISION_ATTEMPTS = 5

StageState = Literal["recorded", "queued"]
ForwardState = Literal["pending", "sent", "dead"]


class StoreConflict(Exception):
    """A conditional write lost a race; the caller re-reads and decides again."""


class LinkRefused(Exception):
    """A link or unlink that would break the rules (self-link, chain, loop, not linked)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Link:
    identity_key: str
    customer_key: str
    linked_by: str
    reason: str
    linked_at: str


class DuplicateMessage(Exception):
    """The message ledger already holds this message key."""


CloseOutcome = Literal["closed", "duplicate", "stale", "unknown"]
FirstResponseOutcome = Literal["recorded", "already", "unknown"]


@dataclass(frozen=True)
class LedgerEntry:
    message_key: str
    case_id: str
    sequence: int
    state: StageState
    forward_state: ForwardState
    remote_id: str | None = None
    deleted_at: str | None = None  # the customer deleted it on the platform (the message stays)


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _n(value: int) -> dict[str, str]:
    return {"N": str(value)}


def _opt_s(value: str | None) -> dict[str, Any]:
    return {"S": value} if value is not None else {"NULL": True}


def _opt_time(value: datetime | None) -> dict[str, Any]:
    return _opt_s(iso(value) if value is not None else None)


def _get_s(item: dict[str, Any], name: str) -> str | None:
    value = item.get(name)
    if not value or "NULL" in value:
        return None
    return str(value["S"])


def _lost_race(exc: Exception) -> bool:
    """A cancelled transaction that another writer won: a condition that no longer held, or (on
    DynamoDB, not on moto) a conflicting transaction on one of the same items still in flight.
    Either way the caller reads again and decides again."""
    reasons = getattr(exc, "response", {}).get("CancellationReasons") or []
    return any(r.get("Code") in ("ConditionalCheckFailed", "TransactionConflict") for r in reasons)


def _expires(now: datetime) -> dict[str, str]:
    return _n(int((now + LEDGER_RETENTION).timestamp()))


def _case_key(case_id: str) -> dict[str, Any]:
    return {"pk": _s(f"CASE#{case_id}"), "sk": _s("CASE")}


def _message_key(message_key: str) -> dict[str, Any]:
    return {"pk": _s(f"MSG#{message_key}"), "sk": _s("MSG")}


def _note_key(case_id: str, note_id: str) -> dict[str, Any]:
    # Hashed when long: the note id is ours, but a deletion's note id carries a message key.
    note = note_id if len(note_id) <= 512 else short_hash(note_id)
    return {"pk": _s(f"CASE#{case_id}"), "sk": _s(f"NOTE#{note}")}


def _current_key(customer_key: str) -> dict[str, Any]:
    return {"pk": _s(f"CUSTOMER#{customer_key}"), "sk": _s("CURRENT")}


def _thread_key(rfc_message_id: str) -> dict[str, Any]:
    # Message-IDs are case-sensitive on the left and not on the right of '@'; folding both is
    # harmless for lookups, and ids over DynamoDB's key size are hashed.
    ref = rfc_message_id.strip().strip("<>").lower()
    return {"pk": _s(f"THREAD#{ref if len(ref) <= 512 else short_hash(ref)}"), "sk": _s("THREAD")}


def _callback_key(helpdesk: str, callback_id: str) -> dict[str, Any]:
    # Hashed: the id is the helpdesk's choice, of any length.
    return {"pk": _s(f"CALLBACK#{helpdesk}#{short_hash(callback_id)}"), "sk": _s("CALLBACK")}


def _identity_key(identity_key: str) -> dict[str, Any]:
    return {"pk": _s(f"IDENTITY#{identity_key}"), "sk": _s("LINK")}


def _member_key(customer_key: str, identity_key: str) -> dict[str, Any]:
    return {"pk": _s(f"CUSTOMER#{customer_key}"), "sk": _s(f"MEMBER#{identity_key}")}


def _members_count_key(customer_key: str) -> dict[str, Any]:
    return {"pk": _s(f"CUSTOMER#{customer_key}"), "sk": _s("MEMBERS")}


def _link_log(
    identity_key: str, op: str, customer_key: str, by: str, reason: str, now: datetime
) -> dict[str, Any]:
    return {
        "pk": _s(f"IDENTITY#{identity_key}"),
        "sk": _s(f"LOG#{iso(now)}#{op}"),
        "kind": _s("link_log"),
        "op": _s(op),
        "customer_key": _s(customer_key),
        "by": _s(by),
        "reason": _s(reason),
        "at": _s(iso(now)),
    }


def case_to_item(case: Case) -> dict[str, Any]:
    return {
        **_case_key(case.case_id),
        "kind": _s("case"),
        "case_id": _s(case.case_id),
        "customer_key": _s(case.customer_key),
        "customer": _s(json.dumps(case.customer.to_dict(), separators=(",", ":"))),
        "status": _s(case.status),
        "helpdesk": _s(case.helpdesk),
        "opened_at": _s(iso(case.opened_at)),
        "last_message_at": _s(iso(case.last_message_at)),
        "message_count": _n(case.message_count),
        "channels": {"L": [_s(c) for c in case.channels]},
        "respond_by": _opt_time(case.respond_by),
        "closed_at": _opt_time(case.closed_at),
        "ticket_ref": _opt_s(case.ticket_ref),
        "ticket_opened_with": _opt_s(case.ticket_opened_with),
        "credential_shared": {"BOOL": case.credential_shared},
        "public_exposure": {"BOOL": case.public_exposure},
        "routing": _s(json.dumps(case.routing.to_dict(), separators=(",", ":"))),
    }


def case_from_item(item: dict[str, Any]) -> Case:
    respond_by = _get_s(item, "respond_by")
    closed_at = _get_s(item, "closed_at")
    return Case(
        case_id=item["case_id"]["S"],
        customer_key=item["customer_key"]["S"],
        customer=Identity.from_dict(json.loads(item["customer"]["S"])),
        status=item["status"]["S"],
        helpdesk=item["helpdesk"]["S"],
        opened_at=parse_iso(item["opened_at"]["S"]),
        last_message_at=parse_iso(item["last_message_at"]["S"]),
        message_count=int(item["message_count"]["N"]),
        channels=tuple(c["S"] for c in item["channels"]["L"]),
        respond_by=parse_iso(respond_by) if respond_by else None,
        closed_at=parse_iso(closed_at) if closed_at else None,
        ticket_ref=_get_s(item, "ticket_ref"),
        ticket_opened_with=_get_s(item, "ticket_opened_with"),
        credential_shared=bool(item.get("credential_shared", {}).get("BOOL")),
        public_exposure=bool(item.get("public_exposure", {}).get("BOOL")),
        merged_into=_get_s(item, "merged_into"),
        first_response_at=parse_iso(first) if (first := _get_s(item, "first_response_at")) else None,
        routing=Routing.from_dict(json.loads(item["routing"]["S"]) if "routing" in item else None),
    )


def _ledger_from_item(item: dict[str, Any]) -> LedgerEntry:
    return LedgerEntry(
        message_key=item["message_key"]["S"],
        case_id=item["case_id"]["S"],
        sequence=int(item["sequence"]["N"]),
        state=item["state"]["S"],
        forward_state=item["forward_state"]["S"],
        remote_id=_get_s(item, "remote_id"),
        deleted_at=_get_s(item, "deleted_at"),
    )


class DynamoCaseStore:
    """Case, ledger and identity items in one DynamoDB table.

    Side effects: DynamoDB reads (always consistent) and conditional writes on `table_name`.
    """

    def __init__(self, table_name: str, *, client: Any = None) -> None:
        if client is None:
            import boto3

            client = boto3.client("dynamodb")
        self._table = table_name
        self._db = client

    @property
    def table_name(self) -> str:
        return self._table

    @property
    def client(self) -> Any:
        """The DynamoDB client, for operator tools (`cases/admin.py`) that scan the table."""
        return self._db

    # -- reads -------------------------------------------------------------------------------

    def _get(self, key: dict[str, Any]) -> dict[str, Any] | None:
        item: dict[str, Any] | None = self._db.get_item(
            TableName=self._table, Key=key, ConsistentRead=True
        ).get("Item")
        return item

    def get_message(self, message_key: str) -> LedgerEntry | None:
        item = self._get(_message_key(message_key))
        return _ledger_from_item(item) if item else None

    def get_case(self, case_id: str) -> Case | None:
        item = self._get(_case_key(case_id))
        return case_from_item(item) if item else None

    def current_case(self, customer_key: str) -> Case | None:
        pointer = self._get(_current_key(customer_key))
        if not pointer:
            return None
        return self.get_case(pointer["case_id"]["S"])

    def thread_case(self, references: list[str]) -> Case | None:
        """The open case an e-mail thread points at: the newest reference we know, merges followed."""
        for ref in references:
            if not ref.strip().strip("<>"):
                continue
            item = self._get(_thread_key(ref))
            if not item:
                continue
            case = self.get_case(item["case_id"]["S"])
            for _ in range(3):  # a merged case points at its survivor (links are one level deep)
                if case is None or case.merged_into is None:
                    break
                case = self.get_case(case.merged_into)
            if case is not None and case.status == "open":
                return case
            return None  # the thread's case is closed: the customer's own case rules decide
        return None

    def resolve_customer(self, identity_key: str) -> str:
        """The customer key for an identity key: its link target when linked, else itself."""
        link = self._get(_identity_key(identity_key))
        return link["customer_key"]["S"] if link else identity_key

    # -- writes ------------------------------------------------------------------------------

    def _case_change(self, decision: Decision, now: datetime) -> list[dict[str, Any]]:
        """The writes that apply `decision` to the case and the customer's pointer, with the
        conditions that make a lost race fail (`record`, `rehome`)."""
        case, previous = decision.case, decision.previous
        items: list[dict[str, Any]] = []
        if decision.action == "open":
            items.append(
                {
                    "Put": {
                        "TableName": self._table,
                        "Item": case_to_item(case),
                        "ConditionExpression": "attribute_not_exists(pk)",
                    }
                }
            )
            pointer: dict[str, Any] = {
                "Put": {
                    "TableName": self._table,
                    "Item": {
                        **_current_key(case.customer_key),
                        "kind": _s("current_case"),
                        "case_id": _s(case.case_id),
                        "updated_at": _s(iso(now)),
                    },
                }
            }
            if previous is None:
                pointer["Put"]["ConditionExpression"] = "attribute_not_exists(pk)"
            else:
                pointer["Put"]["ConditionExpression"] = "case_id = :previous"
                pointer["Put"]["ExpressionAttributeValues"] = {":previous": _s(previous.case_id)}
            items.append(pointer)
        else:
            assert previous is not None
            # Update only what the message changes: the forwarder writes ticket_ref concurrently.
            items.append(
                {
                    "Update": {
                        "TableName": self._table,
                        "Key": _case_key(case.case_id),
                        "UpdateExpression": "SET #status = :open, closed_at = :null, message_count = :next, "
                        "last_message_at = :last, channels = :channels, respond_by = :respond_by, "
                        "credential_shared = :credential, public_exposure = :exposure",
                        # Optimistic concurrency: the case is exactly as we read it.
                        "ConditionExpression": "message_count = :count AND #status = :status",
                        "ExpressionAttributeNames": {"#status": "status"},
                        "ExpressionAttributeValues": {
                            ":open": _s("open"),
                            ":null": {"NULL": True},
                            ":next": _n(case.message_count),
                            ":last": _s(iso(case.last_message_at)),
                            ":channels": {"L": [_s(c) for c in case.channels]},
                            ":respond_by": _opt_time(case.respond_by),
                            ":credential": {"BOOL": case.credential_shared},
                            ":exposure": {"BOOL": case.public_exposure},
                            ":count": _n(previous.message_count),
                            ":status": _s(previous.status),
                        },
                    }
                }
            )
        return items

    def record(self, message: Message, decision: Decision, now: datetime) -> LedgerEntry:
        """Write the ledger entry and the case change in one transaction.

        Raises `DuplicateMessage` when the ledger already has the message, `StoreConflict` when
        the case or the customer's pointer changed since it was read.
        """
        case = decision.case
        entry = LedgerEntry(
            message_key=message.message_key,
            case_id=case.case_id,
            sequence=case.message_count,
            state="recorded",
            forward_state="pending",
        )
        ledger_put = {
            "Put": {
                "TableName": self._table,
                "Item": {
                    **_message_key(message.message_key),
                    "kind": _s("message"),
                    "message_key": _s(message.message_key),
                    "case_id": _s(case.case_id),
                    "sequence": _n(entry.sequence),
                    "state": _s(entry.state),
                    "forward_state": _s(entry.forward_state),
                    "message": _s(json.dumps(message.to_dict(), separators=(",", ":"), ensure_ascii=False)),
                    "recorded_at": _s(iso(now)),
                    "expires_at": _expires(now),
                },
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        }
        items: list[dict[str, Any]] = [ledger_put]
        if message.channel == "email":
            items.append(
                {
                    "Put": {
                        "TableName": self._table,
                        "Item": {
                            **_thread_key(message.provider_message_id),
                            "kind": _s("thread"),
                            "case_id": _s(case.case_id),
                            "expires_at": _n(int((now + THREAD_RETENTION).timestamp())),
                        },
                    }
                }
            )
        items.extend(self._case_change(decision, now))
        try:
            self._db.transact_write_items(TransactItems=items)
        except self._db.exceptions.TransactionCanceledException as exc:
            reasons = exc.response.get("CancellationReasons") or []
            if reasons and reasons[0].get("Code") == "ConditionalCheckFailed":
                raise DuplicateMessage(message.message_key) from None
            if _lost_race(exc):
                raise StoreConflict(case.case_id) from None
            raise
        return entry

    def rehome(self, message_key: str, old_case_id: str, decision: Decision, now: datetime) -> LedgerEntry:
        """Move a recorded message from a case whose ticket the helpdesk closed for good into the
        customer's next case (`decision`), in one transaction with the ledger entry.

        Raises `StoreConflict` when the entry was moved meanwhile or the case changed under us.
        """
        case = decision.case
        items: list[dict[str, Any]] = [
            {
                "Update": {
                    "TableName": self._table,
                    "Key": _message_key(message_key),
                    "UpdateExpression": "SET case_id = :case, #sequence = :sequence, expires_at = :expires",
                    "ConditionExpression": "case_id = :old",
                    "ExpressionAttributeNames": {"#sequence": "sequence"},
                    "ExpressionAttributeValues": {
                        ":case": _s(case.case_id),
                        ":sequence": _n(case.message_count),
                        ":expires": _expires(now),
                        ":old": _s(old_case_id),
                    },
                }
            },
            *self._case_change(decision, now),
        ]
        try:
            self._db.transact_write_items(TransactItems=items)
        except self._db.exceptions.TransactionCanceledException as exc:
            if _lost_race(exc):
                raise StoreConflict(case.case_id) from None
            raise
        entry = self.get_message(message_key)
        assert entry is not None
        return entry

    def close_for_follow_up(self, case_id: str, now: datetime) -> None:
        """Close a case whose ticket the helpdesk closed for good (no-op when already closed)."""
        try:
            self._db.update_item(
                TableName=self._table,
                Key=_case_key(case_id),
                UpdateExpression="SET #status = :closed, closed_at = :now, ticket_closed = :yes",
                ConditionExpression="#status = :open",
                ExpressionAttributeNames={"#status": "status"},
                ExpressionAttributeValues={
                    ":closed": _s("closed"),
                    ":now": _s(iso(now)),
                    ":yes": {"BOOL": True},
                    ":open": _s("open"),
                },
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            pass

    def _update_existing(
        self, key: dict[str, Any], expression: str, values: dict[str, Any], **names: str
    ) -> None:
        """SET on an item that must exist (raises ConditionalCheckFailedException when it does not)."""
        self._db.update_item(
            TableName=self._table,
            Key=key,
            UpdateExpression=expression,
            ConditionExpression="attribute_exists(pk)",
            ExpressionAttributeValues=values,
            **({"ExpressionAttributeNames": names} if names else {}),
        )

    def mark_queued(self, message_key: str, now: datetime) -> None:
        self._update_existing(
            _message_key(message_key),
            "SET #state = :queued, expires_at = :expires",
            {":queued": _s("queued"), ":expires": _expires(now)},
            **{"#state": "state"},
        )

    def mark_deleted(self, message_key: str, deleted_at: datetime, now: datetime) -> bool:
        """Record on a ledger entry that the customer deleted the message; False when the entry
        does not exist or was marked already (the first deletion time stays)."""
        try:
            self._db.update_item(
                TableName=self._table,
                Key=_message_key(message_key),
                UpdateExpression="SET deleted_at = :at, expires_at = :expires",
                ConditionExpression="attribute_exists(pk) AND attribute_not_exists(deleted_at)",
                ExpressionAttributeValues={":at": _s(iso(deleted_at)), ":expires": _expires(now)},
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            return False
        return True

    def set_ticket_ref(self, case_id: str, ticket_ref: str, opened_with: str) -> str:
        """Record the helpdesk ticket once; returns the ticket ref that is on the case."""
        try:
            self._db.update_item(
                TableName=self._table,
                Key=_case_key(case_id),
                UpdateExpression="SET ticket_ref = :ref, ticket_opened_with = :opened_with",
                ConditionExpression="attribute_exists(pk) AND (attribute_not_exists(ticket_ref) "
                "OR attribute_type(ticket_ref, :null) OR ticket_ref = :ref)",
                ExpressionAttributeValues={
                    ":ref": _s(ticket_ref),
                    ":null": _s("NULL"),
                    ":opened_with": _s(opened_with),
                },
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            case = self.get_case(case_id)
            if case is None or case.ticket_ref is None:
                raise
            return case.ticket_ref
        return ticket_ref

    def mark_forwarded(
        self, message_key: str, state: ForwardState, remote_id: str | None, *, now: datetime, reason: str = ""
    ) -> None:
        """Record the forward outcome; the entry then lives `LEDGER_RETENTION` from `now` (a dead
        letter may wait in its queue that long before a replay needs this entry)."""
        self._update_existing(
            _message_key(message_key),
            "SET forward_state = :state, remote_id = :remote, forward_reason = :reason, "
            "expires_at = :expires",
            {
                ":state": _s(state),
                ":remote": _opt_s(remote_id),
                ":reason": _s(reason),
                ":expires": _expires(now),
            },
        )

    def restore_message(self, message: Message, case_id: str, sequence: int, now: datetime) -> LedgerEntry:
        """Re-record a message whose ledger entry expired (a replay later than `LEDGER_RETENTION`).

        The forward item carries everything the entry held. Written only when absent, so a
        concurrent restore or a late original cannot be overwritten; returns what is stored.
        """
        try:
            self._db.put_item(
                TableName=self._table,
                Item={
                    **_message_key(message.message_key),
                    "kind": _s("message"),
                    "message_key": _s(message.message_key),
                    "case_id": _s(case_id),
                    "sequence": _n(sequence),
                    "state": _s("queued"),
                    "forward_state": _s("pending"),
                    "message": _s(json.dumps(message.to_dict(), separators=(",", ":"), ensure_ascii=False)),
                    "recorded_at": _s(iso(now)),
                    "restored": {"BOOL": True},
                    "expires_at": _expires(now),
                },
                ConditionExpression="attribute_not_exists(pk)",
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            pass
        entry = self.get_message(message.message_key)
        if entry is None:  # pragma: no cover - only if the item expired again within this call
            raise StoreConflict(message.message_key)
        return entry

    # -- internal notes ---------------------------------------------------------------------

    def note_delivered(self, case_id: str, note_id: str) -> bool:
        return self._get(_note_key(case_id, note_id)) is not None

    def record_note(self, case_id: str, note_id: str, remote_id: str | None, now: datetime) -> bool:
        """Record that the helpdesk has the note; False when it was recorded already."""
        try:
            self._db.put_item(
                TableName=self._table,
                Item={
                    **_note_key(case_id, note_id),
                    "kind": _s("note"),
                    "case_id": _s(case_id),
                    "note_id": _s(note_id),
                    "remote_id": _opt_s(remote_id),
                    "delivered_at": _s(iso(now)),
                    # A redelivery of the note can come as late as a replayed message (decision 0008).
                    "expires_at": _expires(now),
                },
                ConditionExpression="attribute_not_exists(pk)",
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            return False
        return True

    # -- identity links ---------------------------------------------------------------------

    def get_link(self, identity_key: str) -> Link | None:
        item = self._get(_identity_key(identity_key))
        if not item:
            return None
        return Link(
            identity_key=identity_key,
            customer_key=item["customer_key"]["S"],
            linked_by=item.get("linked_by", {}).get("S", ""),
            reason=item.get("reason", {}).get("S", ""),
            linked_at=item.get("linked_at", {}).get("S", ""),
        )

    def members(self, customer_key: str) -> list[str]:
        """The identity keys linked to `customer_key` (not including itself)."""
        found: list[str] = []
        kwargs: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :member)",
            "ExpressionAttributeValues": {":pk": _s(f"CUSTOMER#{customer_key}"), ":member": _s("MEMBER#")},
            "ConsistentRead": True,
        }
        while True:
            page = self._db.query(**kwargs)
            found.extend(item["sk"]["S"].removeprefix("MEMBER#") for item in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return found
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def link(self, identity_key: str, customer_key: str, *, by: str, reason: str, now: datetime) -> None:
        """Link an identity to a customer, in one transaction with its conditions.

        Refused (`LinkRefused`) when the identity is already linked, the customer is itself a
        linked identity, or the identity has identities linked to it: links stay one level deep.
        """
        if identity_key == customer_key:
            raise LinkRefused("an identity cannot be linked to itself")
        items: list[dict[str, Any]] = [
            {
                "Put": {
                    "TableName": self._table,
                    "Item": {
                        **_identity_key(identity_key),
                        "kind": _s("link"),
                        "customer_key": _s(customer_key),
                        "linked_by": _s(by),
                        "reason": _s(reason),
                        "linked_at": _s(iso(now)),
                    },
                    "ConditionExpression": "attribute_not_exists(pk)",
                }
            },
            {
                "ConditionCheck": {
                    "TableName": self._table,
                    "Key": _identity_key(customer_key),
                    "ConditionExpression": "attribute_not_exists(pk)",
                }
            },
            {
                "ConditionCheck": {
                    "TableName": self._table,
                    "Key": _members_count_key(identity_key),
                    "ConditionExpression": "attribute_not_exists(pk) OR members = :zero",
                    "ExpressionAttributeValues": {":zero": _n(0)},
                }
            },
            {
                "Update": {
                    "TableName": self._table,
                    "Key": _members_count_key(customer_key),
                    "UpdateExpression": "ADD members :one SET kind = :kind",
                    "ExpressionAttributeValues": {":one": _n(1), ":kind": _s("members")},
                }
            },
            {
                "Put": {
                    "TableName": self._table,
                    "Item": {
                        **_member_key(customer_key, identity_key),
                        "kind": _s("member"),
                        "linked_at": _s(iso(now)),
                    },
                }
            },
            {
                "Put": {
                    "TableName": self._table,
                    "Item": _link_log(identity_key, "link", customer_key, by, reason, now),
                }
            },
        ]
        try:
            self._db.transact_write_items(TransactItems=items)
        except self._db.exceptions.TransactionCanceledException as exc:
            codes = [r.get("Code") for r in exc.response.get("CancellationReasons") or []]
            if codes[:1] == ["ConditionalCheckFailed"]:
                raise LinkRefused(f"{identity_key} is already linked; unlink it first") from None
            if codes[1:2] == ["ConditionalCheckFailed"]:
                raise LinkRefused(
                    f"{customer_key} is itself linked to another customer; link to that one"
                ) from None
            if codes[2:3] == ["ConditionalCheckFailed"]:
                raise LinkRefused(f"{identity_key} has identities linked to it; link those first") from None
            raise

    def unlink(self, identity_key: str, *, by: str, reason: str, now: datetime) -> str:
        """Remove an identity's link; returns the customer key it was linked to."""
        link = self.get_link(identity_key)
        if link is None:
            raise LinkRefused(f"{identity_key} is not linked")
        items: list[dict[str, Any]] = [
            {
                "Delete": {
                    "TableName": self._table,
                    "Key": _identity_key(identity_key),
                    "ConditionExpression": "customer_key = :customer",
                    "ExpressionAttributeValues": {":customer": _s(link.customer_key)},
                }
            },
            {"Delete": {"TableName": self._table, "Key": _member_key(link.customer_key, identity_key)}},
            {
                "Update": {
                    "TableName": self._table,
                    "Key": _members_count_key(link.customer_key),
                    "UpdateExpression": "ADD members :minus_one",
                    "ExpressionAttributeValues": {":minus_one": _n(-1)},
                }
            },
            {
                "Put": {
                    "TableName": self._table,
                    "Item": _link_log(identity_key, "unlink", link.customer_key, by, reason, now),
                }
            },
        ]
        try:
            self._db.transact_write_items(TransactItems=items)
        except self._db.exceptions.TransactionCanceledException as exc:
            if _lost_race(exc):
                raise StoreConflict(identity_key) from None
            raise
        return link.customer_key

    def link_history(self, identity_key: str) -> list[dict[str, str]]:
        page = self._db.query(
            TableName=self._table,
            KeyConditionExpression="pk = :pk AND begins_with(sk, :log)",
            ExpressionAttributeValues={":pk": _s(f"IDENTITY#{identity_key}"), ":log": _s("LOG#")},
            ConsistentRead=True,
        )
        return [
            {k: v["S"] for k, v in item.items() if "S" in v and k not in ("pk", "sk")}
            for item in page["Items"]
        ]

    def merge_cases(
        self, loser: Case, survivor: Case, *, pointer_owner: str, pointer_case: str | None
    ) -> None:
        """Mark `loser` merged into `survivor` and point `pointer_owner`'s current case at `survivor`.

        Conditions: the loser is still open with the message count we read (a message that joined
        it meanwhile makes this `StoreConflict`: read again and decide again), and the pointer
        still names `pointer_case`.
        """
        pointer: dict[str, Any] = {
            "Put": {
                "TableName": self._table,
                "Item": {
                    **_current_key(pointer_owner),
                    "kind": _s("current_case"),
                    "case_id": _s(survivor.case_id),
                    "updated_at": _s(iso(survivor.last_message_at)),
                },
            }
        }
        if pointer_case is None:
            pointer["Put"]["ConditionExpression"] = "attribute_not_exists(pk)"
        else:
            pointer["Put"]["ConditionExpression"] = "case_id = :previous"
            pointer["Put"]["ExpressionAttributeValues"] = {":previous": _s(pointer_case)}
        items: list[dict[str, Any]] = [
            {
                "Update": {
                    "TableName": self._table,
                    "Key": _case_key(loser.case_id),
                    "UpdateExpression": "SET #status = :merged, merged_into = :survivor",
                    "ConditionExpression": "#status = :open AND message_count = :count",
                    "ExpressionAttributeNames": {"#status": "status"},
                    "ExpressionAttributeValues": {
                        ":merged": _s("merged"),
                        ":survivor": _s(survivor.case_id),
                        ":open": _s("open"),
                        ":count": _n(loser.message_count),
                    },
                }
            },
        ]
        if pointer_case != survivor.case_id:
            items.append(pointer)
        try:
            self._db.transact_write_items(TransactItems=items)
        except self._db.exceptions.TransactionCanceledException as exc:
            if _lost_race(exc):
                raise StoreConflict(loser.case_id) from None
            raise

    def point_current(self, customer_key: str, case_id: str, previous: str | None) -> None:
        """Make `case_id` the customer's current case, if the pointer still names `previous`."""
        request: dict[str, Any] = {
            "TableName": self._table,
            "Item": {**_current_key(customer_key), "kind": _s("current_case"), "case_id": _s(case_id)},
        }
        if previous is None:
            request["ConditionExpression"] = "attribute_not_exists(pk)"
        else:
            request["ConditionExpression"] = "case_id = :previous"
            request["ExpressionAttributeValues"] = {":previous": _s(previous)}
        try:
            self._db.put_item(**request)
        except self._db.exceptions.ConditionalCheckFailedException:
            raise StoreConflict(customer_key) from None

    def remember_once(self, key: str, now: datetime) -> bool:
        """Record `key` (e.g. a signed request's id) for `CALLBACK_RETENTION`; False if it was known."""
        try:
            self._db.put_item(
                TableName=self._table,
                Item={
                    "pk": _s(key if len(key) <= 512 else short_hash(key)),
                    "sk": _s("SEEN"),
                    "kind": _s("seen"),
                    "expires_at": _n(int((now + CALLBACK_RETENTION).timestamp())),
                },
                ConditionExpression="attribute_not_exists(pk)",
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            return False
        return True

    def record_first_response(
        self, case_id: str, *, helpdesk: str, responded_at: datetime
    ) -> tuple[FirstResponseOutcome, Case | None]:
        """Set the case's first response time once (only the case's own helpdesk may)."""
        try:
            self._db.update_item(
                TableName=self._table,
                Key=_case_key(case_id),
                UpdateExpression="SET first_response_at = :at",
                ConditionExpression="attribute_exists(pk) AND helpdesk = :helpdesk "
                "AND (attribute_not_exists(first_response_at) OR attribute_type(first_response_at, :null))",
                ExpressionAttributeValues={
                    ":at": _s(iso(responded_at)),
                    ":helpdesk": _s(helpdesk),
                    ":null": _s("NULL"),
                },
            )
        except self._db.exceptions.ConditionalCheckFailedException:
            case = self.get_case(case_id)
            if case is None or case.helpdesk != helpdesk:
                return "unknown", None
            return "already", case
        return "recorded", self.get_case(case_id)

    def close_case(
        self, case_id: str, *, helpdesk: str, callback_id: str, changed_at: datetime, now: datetime
    ) -> tuple[CloseOutcome, Case | None]:
        """Apply one helpdesk's "closed" status to a case it owns, once per callback id.

        One transaction: remember the callback id (a replay of it is a `duplicate`) and close the
        case only when it exists, belongs to `helpdesk` and had no message after `changed_at`
        (an older status is `stale` and changes nothing). A case of another helpdesk is `unknown`
        to this one, so callers cannot tell it apart from a case that does not exist.
        """
        remember = {
            "Put": {
                "TableName": self._table,
                "Item": {
                    **_callback_key(helpdesk, callback_id),
                    "kind": _s("callback"),
                    "case_id": _s(case_id),
                    "received_at": _s(iso(now)),
                    "expires_at": _n(int((now + CALLBACK_RETENTION).timestamp())),
                },
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        }
        close = {
            "Update": {
                "TableName": self._table,
                "Key": _case_key(case_id),
                "UpdateExpression": "SET #status = :closed, closed_at = :now",
                "ConditionExpression": "attribute_exists(pk) AND helpdesk = :helpdesk "
                "AND last_message_at <= :changed_at",
                "ExpressionAttributeNames": {"#status": "status"},
                "ExpressionAttributeValues": {
                    ":closed": _s("closed"),
                    ":now": _s(iso(now)),
                    ":helpdesk": _s(helpdesk),
                    ":changed_at": _s(iso(changed_at)),
                },
            }
        }
        try:
            self._db.transact_write_items(TransactItems=[remember, close])
        except self._db.exceptions.TransactionCanceledException as exc:
            reasons = exc.response.get("CancellationReasons") or []
            codes = [r.get("Code") for r in reasons]
            if "ConditionalCheckFailed" not in codes:
                raise
            if codes and codes[0] == "ConditionalCheckFailed":
                return "duplicate", None
            case = self.get_case(case_id)
            if case is None or case.helpdesk != helpdesk:
                return "unknown", None
            return "stale", case
        return "closed", self.get_case(case_id)
