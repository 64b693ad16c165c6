"""The customer operations, one place for the command line and the admin route.

`run(operation, fields, store=…, rules=…, now=…)` takes what the caller was given (identity keys
as written by a person, who, why) and returns an `Outcome` with an HTTP-like status and a JSON
document: 200 done, 400 malformed input, 404 nothing held, 409 a link the rules refuse. Nothing is
changed unless the status is 200. `notify` queues the helpdesk notes of a merge (`links.link`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from webcare.cases import admin, links
from webcare.cases.identities import (
    DEFAULT_RULES,
    IdentityError,
    IdentityRules,
    canonical,
    parse_identity_key,
)
from webcare.cases.store import DynamoCaseStore, LinkRefused

OPERATIONS = ("link", "unlink", "show", "erase")
_REQUIRED = {
    "link": ("identity", "to", "by", "reason"),
    "unlink": ("identity", "by", "reason"),
    "show": ("identity",),
    "erase": ("identity", "by", "reason"),
}


@dataclass(frozen=True)
class Outcome:
    status: int
    document: dict[str, Any]


def _fail(status: int, reason: str) -> Outcome:
    return Outcome(status, {"error": reason})


def run(
    operation: str,
    fields: Mapping[str, Any],
    *,
    store: DynamoCaseStore,
    now: datetime,
    rules: IdentityRules = DEFAULT_RULES,
    notify: links.Notify | None = None,
) -> Outcome:
    if operation not in _REQUIRED:
        return _fail(404, f"unknown operation '{operation}'; one of {', '.join(OPERATIONS)}")
    for name in _REQUIRED[operation]:
        value = fields.get(name)
        if not isinstance(value, str) or not value.strip():
            return _fail(400, f"{name}: a non-empty string is required for {operation}")
    try:
        identity = canonical(parse_identity_key(fields["identity"].strip()), rules).key
        if operation == "show":
            view = admin.show(store, identity)
            if not view.cases and not view.links:
                return _fail(404, f"nothing is held for {identity}")
            return Outcome(200, asdict(view))
        if operation == "link":
            target = canonical(parse_identity_key(fields["to"].strip()), rules).key
            result = links.link(
                identity,
                target,
                store=store,
                by=fields["by"],
                reason=fields["reason"],
                now=now,
                notify=notify,
            )
            return Outcome(200, asdict(result))
        if operation == "unlink":
            was = links.unlink(identity, store=store, by=fields["by"], reason=fields["reason"], now=now)
            return Outcome(200, {"identity_key": identity, "was_linked_to": was})
        receipt = admin.erase(store, identity, requested_by=fields["by"], reason=fields["reason"], now=now)
        return Outcome(200, receipt.to_dict())
    except IdentityError as exc:
        return _fail(400, str(exc))
    except LinkRefused as exc:
        return _fail(409, exc.reason)
