"""A case's routing (group, priority, tags) in each helpdesk's own vocabulary, in one place.

`case.routing` is decided when the case opens, from the route of the receiving account
(`config.routing`). Every adapter asks this module, when it creates a ticket:
- `group(case, default)`: the routed group when there is one, else the adapter's configured
  default (Zendesk/Freshdesk group id, ServiceNow assignment group, RT queue, Salesforce owner);
- `priority(case, mapping, default)`: the routed priority translated with the helpdesk's map,
  else the adapter's configured default;
- `tags(case, base)`: the adapter's own tags followed by the routed ones, without duplicates.

A routed value the helpdesk cannot take (a group that is not a number in Zendesk) is refused
before any request, and a value the helpdesk refuses on create comes back as a permanent error
that names the routed field and the route it came from (`refused`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from webcare.cases.rules import Case
from webcare.helpdesks.base import HelpdeskPermanent

T = TypeVar("T")
PRIORITIES = ("low", "normal", "high", "urgent")

# Each helpdesk's priority for ours. Jira, Salesforce and RT take a `priority_map` in their
# config, which replaces entries of these defaults.
ZENDESK_PRIORITY: Mapping[str, str] = {"low": "low", "normal": "normal", "high": "high", "urgent": "urgent"}
FRESHDESK_PRIORITY: Mapping[str, int] = {"low": 1, "normal": 2, "high": 3, "urgent": 4}
# ServiceNow derives `priority` from impact x urgency (1 high .. 3 low) with its default lookup
# rules: 1/1 -> 1 Critical, 2/1 -> 2 High, 2/2 -> 3 Moderate, 3/2 -> 4 Low. The Table API
# ignores a `priority` written directly while those rules are active, so we set the two inputs.
SERVICENOW_IMPACT_URGENCY: Mapping[str, tuple[str, str]] = {
    "low": ("3", "2"),
    "normal": ("2", "2"),
    "high": ("2", "1"),
    "urgent": ("1", "1"),
}
JIRA_PRIORITY: Mapping[str, str] = {"low": "Low", "normal": "Medium", "high": "High", "urgent": "Highest"}
# The Case Priority picklist of a new org has Low, Medium and High only.
SALESFORCE_PRIORITY: Mapping[str, str] = {"low": "Low", "normal": "Medium", "high": "High", "urgent": "High"}
# RT 5's numeric priority; its default PriorityAsString names 0 Low, 50 Medium, 100 High.
RT_PRIORITY: Mapping[str, int] = {"low": 0, "normal": 50, "high": 75, "urgent": 100}

_DIGITS = re.compile(r"^[1-9][0-9]{0,18}$")
_SYS_ID = re.compile(r"^[0-9a-f]{32}$")
_SALESFORCE_ID = re.compile(r"^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$")


def priority_map(defaults: Mapping[str, T], configured: Mapping[str, Any] | None) -> dict[str, T]:
    """`defaults` with the entries a helpdesk's `priority_map` setting replaces."""
    merged: dict[str, Any] = dict(defaults)
    merged.update({key: value for key, value in (configured or {}).items() if key in PRIORITIES})
    return merged


def group(case: Case, default: T) -> str | T:
    """The routed group, else `default` (the adapter's configured group, possibly None)."""
    return case.routing.group if case.routing.group else default


def priority(case: Case, mapping: Mapping[str, T], default: T) -> T:
    """The routed priority in the helpdesk's terms, else `default`."""
    routed = case.routing.priority
    return mapping[routed] if routed is not None and routed in mapping else default


def tags(case: Case, base: Iterable[str]) -> list[str]:
    """`base` then the routed tags, each once, in order."""
    return list(dict.fromkeys([*base, *case.routing.tags]))


def numeric_group(case: Case, default: int | None, helpdesk: str, vocabulary: str) -> int | None:
    """The group as the integer id Zendesk and Freshdesk take; a routed group that is not one is
    refused before any request (`routing.group` must be the helpdesk's numeric id)."""
    routed = case.routing.group
    if not routed:
        return default
    if not _DIGITS.fullmatch(routed):
        raise HelpdeskPermanent(
            f"helpdesk '{helpdesk}': routed group '{routed}' is not a {vocabulary} "
            f"(routing.group of the receiving account's route)"
        )
    return int(routed)


def sys_id_group(case: Case, default: str | None, helpdesk: str) -> str | None:
    routed = case.routing.group
    if not routed:
        return default
    if not _SYS_ID.fullmatch(routed):
        raise HelpdeskPermanent(
            f"helpdesk '{helpdesk}': routed group '{routed}' is not an assignment group sys_id "
            f"(32 hex digits; routing.group of the receiving account's route)"
        )
    return routed


def salesforce_owner(case: Case, default: str | None, helpdesk: str) -> str | None:
    routed = case.routing.group
    if not routed:
        return default
    if not _SALESFORCE_ID.fullmatch(routed):
        raise HelpdeskPermanent(
            f"helpdesk '{helpdesk}': routed group '{routed}' is not a Salesforce queue Id "
            f"(15 or 18 characters; routing.group of the receiving account's route)"
        )
    return routed


def describe(case: Case) -> str:
    """`group 'outage', priority 'high'`: what the route set, for error reasons; '' when nothing."""
    parts = []
    if case.routing.group:
        parts.append(f"group '{case.routing.group}'")
    if case.routing.priority:
        parts.append(f"priority '{case.routing.priority}'")
    if case.routing.tags:
        parts.append("tags " + ",".join(case.routing.tags))
    return ", ".join(parts)


def refused(failure: HelpdeskPermanent, case: Case, fields: str) -> HelpdeskPermanent:
    """`failure` with the routed values and the ticket fields they went into named, when the case
    had routing (the helpdesk's error code is already in the reason); else `failure` itself."""
    routed = describe(case)
    if not routed:
        return failure
    return HelpdeskPermanent(
        f"{failure.reason}; the ticket carried the routed {routed} as {fields} "
        f"(routing of the receiving account's route; check the values exist in the helpdesk)"
    )
