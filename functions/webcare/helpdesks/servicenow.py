"""ServiceNow (Table API): one incident or CSM case per case, each later message one journal entry.

ServiceNow has no idempotency key, so exactly-once rests on our ledger plus read-backs that are
direct table queries (not the text index):
- the ticket's `correlation_id` is the case id; before creating one the adapter queries the
  table for it (`sysparm_query=correlation_id=<case id>`);
- each work note (or additional comment) starts with `[webcare <message key>]`; before adding
  one the adapter reads the ticket's journal field and looks for that line.

The Table API silently ignores fields a table does not have, so configured fields are checked
at first use (a clear permanent error instead of a ticket without them).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import Any, Literal

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus
from webcare.helpdesks.http import HelpdeskHttp, basic_auth
from webcare.helpdesks.readback import (
    answer_json,
    first_use,
    message_marker,
    note_marker,
    send_once,
    send_unless_found,
)
from webcare.helpdesks.render import (
    DEFAULT_REQUESTER_DOMAIN,
    display_name,
    note_text,
    requester_address,
    title,
)
from webcare.model import Message

Table = Literal["incident", "sn_customerservice_case"]
AppendAs = Literal["work_notes", "comments"]
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-reset", "x-ratelimit-rule")
# Who the requester is, per table: (table the customer lives in, ticket field pointing at it).
REQUESTERS: dict[str, tuple[str, str]] = {
    "incident": ("sys_user", "caller_id"),
    "sn_customerservice_case": ("csm_consumer", "consumer"),
}
RESOLVED = "6"  # the same number on incident and case


class ServiceNowHelpdesk:
    """Incidents or CSM cases in one ServiceNow instance, as one integration user (Basic auth).

    Side effects: `open_ticket` looks up (and may create) the customer in the requester table,
    queries the ticket table by `correlation_id` and, when no ticket has the case id, inserts
    one; `append` reads the ticket's journal and, when the message is not there, adds one work
    note (or customer-visible comment) with a PATCH. At first use it checks the configured
    fields and the assignment group.
    """

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        table: Table = "incident",
        append_as: AppendAs = "work_notes",
        assignment_group: str | None = None,
        fields: Mapping[str, str] | None = None,
        requester_table: str | None = None,
        requester_field: str | None = None,
        requester_domain: str = DEFAULT_REQUESTER_DOMAIN,
        requests_per_minute: float | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "servicenow",
    ) -> None:
        if not password:
            raise HelpdeskPermanent(f"helpdesk '{name}': empty ServiceNow password")
        self.name = name
        self.table = table
        self.append_as = append_as
        self.assignment_group = assignment_group
        self.fields = dict(fields or {})
        default_table, default_field = REQUESTERS[table]
        self.requester_table = requester_table or default_table
        self.requester_field = requester_field or default_field
        self.requester_domain = requester_domain
        # ServiceNow errors are {"error": {"message": free text, "detail": ...}}: status only.
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"authorization": basic_auth(username, password), "accept": "application/json"},
            code_fields=(),
            rate_headers=RATE_HEADERS,
            requests_per_minute=requests_per_minute,
        )
        self.check_setup = first_use(self._check_setup)
        self._groups_seen: set[str] = set()  # groups known to exist, per execution environment

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        self.check_setup()
        group = routing.sys_id_group(case, self.assignment_group, self.name)
        if group is not None:
            self._check_group(group, routed=group != self.assignment_group)
        existing = self.find_ticket(case.case_id)
        if existing is not None:
            return existing
        body = {
            **self.fields,
            "short_description": title(message, 160),
            "description": note_text(case, message, sequence),
            "correlation_id": case.case_id,
            "correlation_display": "webcare",
            self.requester_field: self.requester(message),
        }
        if group:
            body["assignment_group"] = group
        impact_urgency = routing.priority(case, routing.SERVICENOW_IMPACT_URGENCY, None)
        if impact_urgency is not None:
            body["impact"], body["urgency"] = impact_urgency
        if case.respond_by is not None:
            # Internal format, read as UTC by the Table API when display values are off.
            body["due_date"] = case.respond_by.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        try:
            created = send_once(
                lambda: self._http.request(
                    "POST",
                    f"/api/now/table/{self.table}",
                    json_body=body,
                    params={"sysparm_fields": "sys_id,number"},
                ),
                read_back=lambda: self.find_ticket(case.case_id),
            )
        except HelpdeskPermanent as failure:
            raise routing.refused(failure, case, "assignment_group/impact/urgency") from None
        if isinstance(created, str):
            return created
        ticket = _sys_id(_result(created))
        if ticket is None:
            raise HelpdeskPermanent(
                f"HTTP {created.status_code}: ServiceNow did not say which record it created"
            )
        return ticket

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        ticket = _ticket_sys_id(case)
        marker = message_marker(message.message_key)
        self._journal(ticket, marker, note_text(case, message, sequence, marker), self.append_as)
        return None

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """A work note (never an additional comment, whatever `append_as` says) whose first line
        is `[webcare note <note id>]`; the work notes journal is read back first."""
        marker = note_marker(note_id)
        self._journal(_ticket_sys_id(case), marker, f"{marker}\n{text}", "work_notes")
        return None

    def _journal(self, ticket: str, marker: str, text: str, field: AppendAs) -> None:
        """One journal entry in `field`, unless the journal has an entry with `marker` already."""
        body = {field: text}
        updated = send_unless_found(
            lambda: self.find_note(ticket, marker, field),
            lambda: self._http.request(
                "PATCH",
                f"/api/now/table/{self.table}/{ticket}",
                json_body=body,
                params={"sysparm_fields": "sys_id"},
            ),
        )
        # A string is the marker: the journal has the entry (found before or after sending).
        if not isinstance(updated, str) and _sys_id(_result(updated)) != ticket:
            raise HelpdeskPermanent(f"HTTP {updated.status_code}: ServiceNow did not update record {ticket}")
        # Journal entries get no id in the PATCH answer; the marker identifies the message.

    def status(self, ticket_ref: str) -> TicketStatus:
        if len(ticket_ref) != 32 or not ticket_ref.isalnum():
            raise HelpdeskPermanent(f"{ticket_ref!r} is not a ServiceNow sys_id")
        record = _result(
            self._http.request(
                "GET", f"/api/now/table/{self.table}/{ticket_ref}", params={"sysparm_fields": "state,active"}
            )
        )
        if not isinstance(record, dict) or "state" not in record:
            raise HelpdeskRetryable(f"ServiceNow record {ticket_ref} has no state in its answer")
        if str(record["state"]) == RESOLVED:
            return "solved"
        return "closed" if str(record.get("active")).lower() == "false" else "open"

    # The customer --------------------------------------------------------------------------
    def requester(self, message: Message) -> str:
        """The sys_id of the customer's record in the requester table, found by e-mail or created."""
        address = requester_address(message.customer, self.requester_domain)
        found = self._find_requester(address)
        if found is not None:
            return found
        body = {"email": address, "last_name": display_name(message.customer)[:100]}
        if self.requester_table == "sys_user":
            body["user_name"] = address
        created = send_once(
            lambda: self._http.request(
                "POST",
                f"/api/now/table/{self.requester_table}",
                json_body=body,
                params={"sysparm_fields": "sys_id"},
            ),
            read_back=lambda: self._find_requester(address),
        )
        sys_id = created if isinstance(created, str) else _sys_id(_result(created))
        if sys_id is None:
            raise HelpdeskPermanent(f"ServiceNow did not say which {self.requester_table} record it created")
        return sys_id

    def _find_requester(self, address: str) -> str | None:
        # `address` has no '^' (render.requester_address), so it cannot extend the query.
        return self._first(self.requester_table, f"email={address}")

    # Look-ups ------------------------------------------------------------------------------
    def find_ticket(self, case_id: str) -> str | None:
        return self._first(self.table, f"correlation_id={case_id}^ORDERBYsys_created_on")

    def _first(self, table: str, query: str) -> str | None:
        params = {"sysparm_query": query, "sysparm_limit": "1", "sysparm_fields": "sys_id"}
        records = _result(self._http.request("GET", f"/api/now/table/{table}", params=params))
        if not isinstance(records, list):
            raise HelpdeskRetryable(f"ServiceNow answered a {table} query without a result list")
        for record in records:
            sys_id = _sys_id(record)
            if sys_id is not None:
                return sys_id
        return None

    def find_note(self, ticket: str, marker: str, field: AppendAs | None = None) -> str | None:
        """`marker` when the ticket's journal (work notes or comments) has an entry with it."""
        field = field or self.append_as
        params = {"sysparm_fields": field, "sysparm_display_value": "true"}
        record = _result(self._http.request("GET", f"/api/now/table/{self.table}/{ticket}", params=params))
        if not isinstance(record, dict):
            raise HelpdeskRetryable(f"ServiceNow answered record {ticket} without a result")
        journal = record.get(field)
        # The display value is every entry, newest first, each a header line and then its text.
        lines = journal.splitlines() if isinstance(journal, str) else []
        return marker if marker in (line.strip() for line in lines) else None

    def _check_setup(self) -> None:
        wanted = sorted({*self.fields, "correlation_id", "due_date", self.requester_field, self.append_as})
        params = {"sysparm_limit": "1", "sysparm_fields": ",".join(wanted)}
        records = _result(self._http.request("GET", f"/api/now/table/{self.table}", params=params))
        # Without a record to look at (an empty table) the check cannot tell; the first insert will.
        if isinstance(records, list) and records and isinstance(records[0], dict):
            missing = [field for field in wanted if field not in records[0]]
            if missing:
                raise HelpdeskPermanent(
                    f"helpdesk '{self.name}': table {self.table} has no field(s) {', '.join(missing)} "
                    f"(helpdesks.{self.name}.fields / append_as / requester_field)"
                )
        if self.assignment_group:
            self._check_group(self.assignment_group, routed=False)

    def _check_group(self, group: str, *, routed: bool) -> None:
        """Once per group and execution environment: the Table API stores a reference to a group
        that does not exist without complaint, so a configured or routed group is read first."""
        if group in self._groups_seen:
            return
        try:
            self._http.request(
                "GET", f"/api/now/table/sys_user_group/{group}", params={"sysparm_fields": "sys_id"}
            )
        except HelpdeskPermanent as refused:
            where = (
                "routing.group of the receiving account's route"
                if routed
                else f"helpdesks.{self.name}.assignment_group"
            )
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': assignment group {group} not found or "
                f"not readable ({refused.reason}; {where})"
            ) from None
        self._groups_seen.add(group)


def _result(response: Any) -> Any:
    document = answer_json(response)
    return document.get("result") if isinstance(document, dict) else None


def _sys_id(record: Any) -> str | None:
    value = record.get("sys_id") if isinstance(record, dict) else None
    return value if isinstance(value, str) and len(value) == 32 and value.isalnum() else None


def _ticket_sys_id(case: Case) -> str:
    ticket = case.ticket_ref
    if not ticket or len(ticket) != 32 or not ticket.isalnum():
        raise HelpdeskPermanent(f"case {case.case_id} has no ServiceNow sys_id (ticket_ref {ticket!r})")
    return ticket
