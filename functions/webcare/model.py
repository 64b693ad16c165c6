"""The shared message format as Python types.

A `Message` is one customer message after normalising and scrubbing: the unit that travels
through the queues, is stored in the case table and is forwarded to the helpdesk. Its JSON
form is `schemas/message.schema.json`; `to_dict`/`from_dict` are the only (de)serialisers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

Visibility = Literal["public", "private"]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """RFC 3339 in UTC with millisecond precision, e.g. 2026-11-23T10:00:00.000Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def short_hash(text: str, length: int = 32) -> str:
    """A stable, opaque id for keys that must not exceed SQS or DynamoDB limits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Identity:
    """Who the customer is on one platform. `scope` is set where ids are per page/account."""

    namespace: str
    id: str
    scope: str | None = None
    handle: str | None = None
    display_name: str | None = None

    @property
    def key(self) -> str:
        """The identity key: the same person on the same platform (and scope) gives the same key."""
        if self.scope:
            return f"{self.namespace}:{self.scope}:{self.id}"
        return f"{self.namespace}:{self.id}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "namespace": self.namespace,
            "id": self.id,
            "scope": self.scope,
            "handle": self.handle,
            "display_name": self.display_name,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Identity:
        return cls(
            namespace=data["namespace"],
            id=data["id"],
            scope=data.get("scope"),
            handle=data.get("handle"),
            display_name=data.get("display_name"),
        )


@dataclass(frozen=True)
class Account:
    """The receiving account (X account, page, number, mailbox): used for routing."""

    platform: str
    id: str
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"platform": self.platform, "id": self.id, "name": self.name}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Account:
        return cls(platform=data["platform"], id=data["id"], name=data.get("name"))


@dataclass(frozen=True)
class Thread:
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    conversation_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "conversation_id": self.conversation_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Thread:
        return cls(
            in_reply_to=data.get("in_reply_to"),
            references=tuple(data.get("references") or ()),
            conversation_id=data.get("conversation_id"),
        )


@dataclass(frozen=True)
class Attachment:
    """An attachment by reference: we never copy media, only point at it.

    `ref` is the platform's own id for media delivered without a URL (a WhatsApp media id, a
    Telegram `file_id`), to be fetched with the platform's API by whoever needs the content.
    """

    kind: str
    url: str | None = None
    name: str | None = None
    content_type: str | None = None
    ref: str | None = None  # the platform's media id where it gives no URL (optional, additive)
    size: int | None = None  # bytes, where the platform says (e-mail parts); never the content

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "url": self.url,
            "name": self.name,
            "content_type": self.content_type,
        }
        if self.ref is not None:
            data["ref"] = self.ref
        if self.size is not None:
            data["size"] = self.size
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attachment:
        return cls(
            kind=data["kind"],
            url=data.get("url"),
            name=data.get("name"),
            content_type=data.get("content_type"),
            ref=data.get("ref"),
            size=data.get("size"),
        )


@dataclass(frozen=True)
class EmailDetails:
    """What an e-mail source adds: which provider delivered it, what was cut, sender verdicts.

    `verdicts` are the provider's checks by name (`spf`, `dkim`, `dmarc`, `spam`, `virus`) with
    the provider's value (`PASS`, `FAIL`, …): the From address is spoofable, agents need them.
    """

    provider: str
    quoted_history_stripped: bool = False
    signature_stripped: bool = False
    truncated: bool = False
    suspected_spam: bool = False
    attachments_omitted: int = 0
    verdicts: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "quoted_history_stripped": self.quoted_history_stripped,
            "signature_stripped": self.signature_stripped,
            "truncated": self.truncated,
            "suspected_spam": self.suspected_spam,
            "attachments_omitted": self.attachments_omitted,
            "verdicts": dict(self.verdicts),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EmailDetails:
        return cls(
            provider=data["provider"],
            quoted_history_stripped=bool(data.get("quoted_history_stripped")),
            signature_stripped=bool(data.get("signature_stripped")),
            truncated=bool(data.get("truncated")),
            suspected_spam=bool(data.get("suspected_spam")),
            attachments_omitted=int(data.get("attachments_omitted") or 0),
            verdicts=tuple(sorted((data.get("verdicts") or {}).items())),
        )


@dataclass(frozen=True)
class ScrubSummary:
    """What the scrubber found: types, actions and counts, never the values."""

    findings: tuple[tuple[str, str, int], ...] = ()  # (type, action, count)
    credential_shared: bool = False
    public_exposure: bool = False
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [{"type": t, "action": a, "count": c} for t, a, c in self.findings],
            "flags": {
                "credential_shared": self.credential_shared,
                "public_exposure": self.public_exposure,
                "truncated": self.truncated,
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScrubSummary:
        flags = data.get("flags") or {}
        return cls(
            findings=tuple((f["type"], f["action"], int(f["count"])) for f in data.get("findings") or ()),
            credential_shared=bool(flags.get("credential_shared")),
            public_exposure=bool(flags.get("public_exposure")),
            truncated=bool(flags.get("truncated")),
        )


@dataclass(frozen=True)
class Message:
    """One customer message, normalised. Text fields are scrubbed once `scrub` is set.

    `edit_of` marks a revision: the customer edited an earlier message and this is the new text.
    It holds the original's `provider_message_id` (same source); the revision has a message key
    of its own, so it is de-duplicated, stored and forwarded separately from the original
    (docs/decisions/0030-edits-are-revisions-with-their-own-key.md).
    """

    source: str
    provider_message_id: str
    channel: str
    account: Account
    customer: Identity
    visibility: Visibility
    occurred_at: datetime
    received_at: datetime
    text: str
    subject: str | None = None
    thread: Thread = field(default_factory=Thread)
    attachments: tuple[Attachment, ...] = ()
    scrub: ScrubSummary | None = None
    schema_version: str = SCHEMA_VERSION
    edit_of: str | None = None  # provider_message_id of the edited original (optional, additive)
    email: EmailDetails | None = None  # e-mail sources only

    @property
    def message_key(self) -> str:
        """`source:provider_message_id`: the de-duplication key for every layer."""
        return f"{self.source}:{self.provider_message_id}"

    @property
    def customer_key(self) -> str:
        return self.customer.key

    def with_changes(self, **changes: Any) -> Message:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "schema_version": self.schema_version,
            "message_key": self.message_key,
            "source": self.source,
            "provider_message_id": self.provider_message_id,
            "channel": self.channel,
            "account": self.account.to_dict(),
            "customer": self.customer.to_dict(),
            "visibility": self.visibility,
            "occurred_at": iso(self.occurred_at),
            "received_at": iso(self.received_at),
            "subject": self.subject,
            "text": self.text,
            "thread": self.thread.to_dict(),
            "attachments": [a.to_dict() for a in self.attachments],
            "scrub": (self.scrub or ScrubSummary()).to_dict(),
        }
        if self.edit_of is not None:
            data["edit_of"] = self.edit_of
        if self.email is not None:
            data["email"] = self.email.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Message:
        return cls(
            schema_version=data.get("schema_version", SCHEMA_VERSION),
            source=data["source"],
            provider_message_id=data["provider_message_id"],
            channel=data["channel"],
            account=Account.from_dict(data["account"]),
            customer=Identity.from_dict(data["customer"]),
            visibility=data["visibility"],
            occurred_at=parse_iso(data["occurred_at"]),
            received_at=parse_iso(data["received_at"]),
            subject=data.get("subject"),
            text=data.get("text") or "",
            thread=Thread.from_dict(data.get("thread") or {}),
            attachments=tuple(Attachment.from_dict(a) for a in data.get("attachments") or ()),
            scrub=ScrubSummary.from_dict(data["scrub"]) if data.get("scrub") else None,
            edit_of=data.get("edit_of"),
            email=EmailDetails.from_dict(data["email"]) if data.get("email") else None,
        )


@dataclass(frozen=True)
class Deletion:
    """The customer deleted a message on the platform. Carries no text: which message (as we key
    it, `source:provider_message_id`), whose (the inbound FIFO group of the original), and when."""

    source: str
    provider_message_id: str
    customer_key: str
    occurred_at: datetime

    @property
    def message_key(self) -> str:
        return f"{self.source}:{self.provider_message_id}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "deletion",
            "source": self.source,
            "provider_message_id": self.provider_message_id,
            "customer_key": self.customer_key,
            "occurred_at": iso(self.occurred_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Deletion:
        values = (data["source"], data["provider_message_id"], data["customer_key"])
        if not all(isinstance(value, str) and value for value in values):
            raise ValueError("a deletion needs non-empty source, provider_message_id and customer_key")
        return cls(*values, occurred_at=parse_iso(data["occurred_at"]))
