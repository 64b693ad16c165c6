"""Jira Service Management Cloud: one customer request per case, each later message one comment.

JSM has no idempotency key. Exactly-once rests on our ledger plus read-backs:
- the request carries the label `webcare-<case id>`; before creating one the adapter asks JQL
  for that exact label (`POST /rest/api/3/search/jql`). JQL is Jira's only way to find an issue
  by a field, and it reads an index that trails writes by seconds: a read-back right after an
  ambiguous failure that finds nothing is therefore not trusted; the failure is re-raised and
  the forwarder's retry (30 s or more later) reads back again (docs/decisions/0040);
- each comment's first line is `[webcare <message key>]`; before adding one the adapter pages
  through the request's comments (`GET …/request/{key}/comment`, read from the issue, no index).

Text goes inside `{noformat}` blocks, so nothing a customer writes is rendered as wiki markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus
from webcare.helpdesks.http import HelpdeskHttp, basic_auth
from webcare.helpdesks.readback import (
    answer_json,
    first_use,
    marker_token,
    message_marker,
    note_marker,
    send_once,
    send_unless_found,
)
from webcare.helpdesks.render import (
    DEFAULT_REQUESTER_DOMAIN,
    attachment_line,
    display_name,
    footer,
    link_target,
    requester_address,
    title,
)
from webcare.model import Message

SD = "/rest/servicedeskapi"
PAGE_SIZE = 100
MAX_PAGES = 20
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "ratelimit-reason")
# JSM answers {"errorMessage": free text, "i18nErrorMessage": {"i18nKey": "sd.…"}}; the key is a code.
CODE_FIELDS = ("i18nErrorMessage.i18nKey",)
CLOSED_NAMES = frozenset({"closed", "canceled", "cancelled", "declined", "won't do"})
_ISSUE_KEY = re.compile(r"^[A-Z][A-Z0-9_]{0,30}-[0-9]{1,12}$")
_NOFORMAT = re.compile(r"\{noformat\}", re.IGNORECASE)
_LINK_UNSAFE = re.compile(r"[\s|\[\]{}]")


def case_label(case_id: str) -> str:
    return f"webcare-{marker_token(case_id)}"


class JiraServiceManagementHelpdesk:
    """Requests in one JSM service desk and request type, as one agent (e-mail + API token).

    Side effects: `open_ticket` finds the customer among the desk's customers (or creates them
    and adds them to the desk), asks JQL for the case label and, when no request has it, raises
    one on the customer's behalf; `append` reads the request's comments and, when the message is
    not there, adds one internal (or public) comment. At first use it checks that the request
    type has every field the adapter sets.
    """

    def __init__(
        self,
        url: str,
        email: str,
        api_token: str,
        *,
        service_desk_id: str,
        request_type_id: str,
        public_comments: bool = False,
        set_due_date: bool = False,
        priority: str | None = None,
        labels: Sequence[str] = ("webcare",),
        request_fields: Mapping[str, Any] | None = None,
        priority_map: Mapping[str, str] | None = None,
        group_field: str | None = None,
        requester_domain: str = DEFAULT_REQUESTER_DOMAIN,
        requests_per_minute: float | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "jira",
    ) -> None:
        if not api_token:
            raise HelpdeskPermanent(f"helpdesk '{name}': empty Jira API token")
        self.name = name
        self.service_desk_id = service_desk_id
        self.request_type_id = request_type_id
        self.public_comments = public_comments
        self.set_due_date = set_due_date
        self.priority = priority
        self.labels = tuple(labels)
        self.request_fields = dict(request_fields or {})
        # Jira has no groups: a routed group goes into `group_field` (a text field a queue's JQL
        # or an automation rule can route on) when one is configured, else it is not sent.
        self.priority_map = routing.priority_map(routing.JIRA_PRIORITY, priority_map)
        self.group_field = group_field
        self.requester_domain = requester_domain
        self._known_fields: set[str] = set()
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"authorization": basic_auth(email, api_token), "accept": "application/json"},
            code_fields=CODE_FIELDS,
            rate_headers=RATE_HEADERS,
            requests_per_minute=requests_per_minute,
        )
        self.check_setup = first_use(self._check_setup)

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        self.check_setup()
        self._check_routed_fields(case)
        existing = self.find_request(case.case_id)
        if existing is not None:
            return existing
        body = self.request_body(case, message, sequence, self.customer(message))
        try:
            created = send_once(
                lambda: self._http.request("POST", f"{SD}/request", json_body=body),
                read_back=lambda: self.find_request(case.case_id),
            )
        except HelpdeskPermanent as failure:
            fields = "/".join(["priority", "labels", *([self.group_field] if self.group_field else [])])
            raise routing.refused(failure, case, fields) from None
        if isinstance(created, str):
            return created
        document = answer_json(created)
        key = document.get("issueKey") if isinstance(document, dict) else None
        if not isinstance(key, str) or not _ISSUE_KEY.fullmatch(key):
            raise HelpdeskPermanent(f"HTTP {created.status_code}: Jira did not say which request it created")
        return key

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        key = _issue_key(case)
        marker = message_marker(message.message_key)
        return self._comment(key, marker, wiki_text(case, message, sequence, marker), self.public_comments)

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """An internal comment (whatever `public_comments` says), the note in a `{noformat}`
        block whose first line is `[webcare note <note id>]`; comments are read back first."""
        marker = note_marker(note_id)
        body = "{noformat}\n" + marker + "\n" + _NOFORMAT.sub("{ noformat}", text) + "\n{noformat}"
        return self._comment(_issue_key(case), marker, body, public=False)

    def _comment(self, key: str, marker: str, text: str, public: bool) -> str:
        body = {"body": text, "public": public}
        created = send_unless_found(
            lambda: self.find_comment(key, marker),
            lambda: self._http.request("POST", f"{SD}/request/{key}/comment", json_body=body),
        )
        if isinstance(created, str):
            return created
        document = answer_json(created)
        comment = document.get("id") if isinstance(document, dict) else None
        if not isinstance(comment, str | int) or isinstance(comment, bool):
            raise HelpdeskPermanent(f"HTTP {created.status_code}: Jira did not record the comment on {key}")
        return str(comment)

    def status(self, ticket_ref: str) -> TicketStatus:
        if not _ISSUE_KEY.fullmatch(ticket_ref):
            raise HelpdeskPermanent(f"{ticket_ref!r} is not a Jira request key")
        document = answer_json(self._http.request("GET", f"{SD}/request/{ticket_ref}"))
        current = document.get("currentStatus") if isinstance(document, dict) else None
        if not isinstance(current, dict) or not isinstance(current.get("statusCategory"), str):
            raise HelpdeskRetryable(f"Jira request {ticket_ref} has no current status in its answer")
        if current["statusCategory"] != "DONE":
            return "open"
        return "closed" if str(current.get("status", "")).lower() in CLOSED_NAMES else "solved"

    # The customer --------------------------------------------------------------------------
    def customer(self, message: Message) -> str:
        """The accountId of the customer: one of the desk's customers, or created and added."""
        address = requester_address(message.customer, self.requester_domain)
        found = self._desk_customer(address)
        if found is not None:
            return found
        body = {"email": address, "displayName": display_name(message.customer)[:255]}
        try:
            document = answer_json(self._http.request("POST", f"{SD}/customer", json_body=body))
            account = document.get("accountId") if isinstance(document, dict) else None
            if not isinstance(account, str) or not account:
                raise HelpdeskPermanent("Jira did not say which customer it created")
        except (HelpdeskRetryable, HelpdeskPermanent) as failure:
            # The account may exist already: created by a request whose answer was lost (it is not
            # on the desk until added), or an Atlassian account from elsewhere (a 400). Look it up.
            ambiguous = isinstance(failure, HelpdeskRetryable) and failure.maybe_delivered
            exists = isinstance(failure, HelpdeskPermanent) and failure.reason.startswith(
                ("HTTP 400", "HTTP 409")
            )
            if not (ambiguous or exists):
                raise
            account = self._account_by_email(address)
            if account is None:
                raise failure from None
        # Adding an account the desk already has changes nothing, so this is safe to repeat.
        self._http.request(
            "POST", f"{SD}/servicedesk/{self.service_desk_id}/customer", json_body={"accountIds": [account]}
        )
        return account

    def _account_by_email(self, address: str) -> str | None:
        """An existing Atlassian account with exactly this address (Jira platform user search)."""
        params = {"query": address, "maxResults": "10"}
        users = answer_json(self._http.request("GET", "/rest/api/3/user/search", params=params))
        if not isinstance(users, list):
            raise HelpdeskRetryable("Jira answered a user search without a list")
        return _account_with_address(users, address)

    def _desk_customer(self, address: str) -> str | None:
        params = {"query": address, "start": "0", "limit": "50"}
        document = answer_json(
            self._http.request(
                "GET",
                f"{SD}/servicedesk/{self.service_desk_id}/customer",
                params=params,
                headers={"x-experimentalapi": "opt-in"},
            )
        )
        values = document.get("values") if isinstance(document, dict) else None
        if not isinstance(values, list):
            raise HelpdeskRetryable("Jira answered a customer look-up without values")
        return _account_with_address(values, address)

    # Look-ups ------------------------------------------------------------------------------
    def find_request(self, case_id: str) -> str | None:
        """The oldest issue with the case's label, by JQL (an exact label match)."""
        body = {
            "jql": f'labels = "{case_label(case_id)}" ORDER BY created ASC',
            "fields": ["created"],
            "maxResults": 1,
        }
        document = answer_json(self._http.request("POST", "/rest/api/3/search/jql", json_body=body))
        issues = document.get("issues") if isinstance(document, dict) else None
        if not isinstance(issues, list):
            raise HelpdeskRetryable("Jira answered a JQL search without issues")
        for issue in issues:
            key = issue.get("key") if isinstance(issue, dict) else None
            if isinstance(key, str) and _ISSUE_KEY.fullmatch(key):
                return key
        return None

    def find_comment(self, key: str, marker: str) -> str | None:
        """The id of the comment on request `key` whose body has the line `marker`, or None."""
        for page in range(MAX_PAGES):
            params = {
                "public": "true",
                "internal": "true",
                "start": str(page * PAGE_SIZE),
                "limit": str(PAGE_SIZE),
            }
            document = answer_json(self._http.request("GET", f"{SD}/request/{key}/comment", params=params))
            values = document.get("values") if isinstance(document, dict) else None
            if not isinstance(values, list):
                raise HelpdeskRetryable(f"Jira answered the comments of {key} without values")
            for comment in values:
                body = comment.get("body") if isinstance(comment, dict) else None
                if isinstance(body, str) and marker in (line.strip() for line in body.splitlines()):
                    return str(comment.get("id"))
            if not isinstance(document, dict) or document.get("isLastPage", True):
                return None
        return None

    # The request ---------------------------------------------------------------------------
    def request_body(self, case: Case, message: Message, sequence: int, account: str) -> dict[str, Any]:
        fields: dict[str, Any] = {
            **self.request_fields,
            "summary": title(message, 250),
            "description": wiki_text(case, message, sequence),
            "labels": routing.tags(case, [case_label(case.case_id), *self.labels]),
        }
        priority = routing.priority(case, self.priority_map, self.priority)
        if priority:
            fields["priority"] = {"name": priority}
        if self.group_field and case.routing.group:
            fields[self.group_field] = case.routing.group
        if self.set_due_date and case.respond_by is not None:
            # Jira's due date is a day, not a moment: the respond-by day (UTC).
            fields["duedate"] = case.respond_by.strftime("%Y-%m-%d")
        return {
            "serviceDeskId": self.service_desk_id,
            "requestTypeId": self.request_type_id,
            "raiseOnBehalfOf": account,
            "requestFieldValues": fields,
        }

    def _check_setup(self) -> None:
        where = f"{SD}/servicedesk/{self.service_desk_id}/requesttype/{self.request_type_id}/field"
        try:
            document = answer_json(self._http.request("GET", where))
        except HelpdeskPermanent as refused:
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': service desk {self.service_desk_id} / request type "
                f"{self.request_type_id} not found or not visible ({refused.reason}; "
                f"helpdesks.{self.name}.service_desk_id / request_type_id)"
            ) from None
        fields = document.get("requestTypeFields") if isinstance(document, dict) else None
        if not isinstance(fields, list):
            raise HelpdeskRetryable("Jira answered the request type's fields without requestTypeFields")
        known = {field.get("fieldId") for field in fields if isinstance(field, dict)}
        self._known_fields = {field for field in known if isinstance(field, str)}
        wanted = ["summary", "description", "labels", *self.request_fields]
        wanted += ["priority"] if self.priority else []
        wanted += ["duedate"] if self.set_due_date else []
        wanted += [self.group_field] if self.group_field else []
        missing = [field for field in wanted if field not in known]
        if missing:
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': request type {self.request_type_id} has no field(s) "
                f"{', '.join(missing)}; add them to the request type (helpdesks.{self.name})"
            )

    def _check_routed_fields(self, case: Case) -> None:
        """A routed priority needs the request type's Priority field (JSM refuses fields a request
        type does not show); the configured ones were checked at first use."""
        if case.routing.priority and "priority" not in self._known_fields:
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': the route sets priority '{case.routing.priority}' but request "
                f"type {self.request_type_id} has no field priority; add Priority to the request type "
                f"(routing.priority of the receiving account's route)"
            )


def wiki_text(case: Case, message: Message, sequence: int, marker: str | None = None) -> str:
    """The message in a `{noformat}` block (never rendered), attachment links, then the footer."""
    lines = [marker] if marker else []
    lines.append(_NOFORMAT.sub("{ noformat}", message.text))
    text = "{noformat}\n" + "\n".join(lines) + "\n{noformat}"
    for attachment in message.attachments:
        target = link_target(attachment)
        label = _LINK_UNSAFE.sub(
            " ", " ".join(p for p in (attachment.kind, attachment.name or "") if p)
        ).strip()
        if target and not _LINK_UNSAFE.search(target):
            text += f"\nattachment: [{label}|{target}]"
        else:
            text += "\n{noformat}" + _NOFORMAT.sub("", attachment_line(attachment)) + "{noformat}"
    foot = _NOFORMAT.sub("{ noformat}", "\n".join(footer(case, message, sequence)))
    return text + "\n----\n{noformat}\n" + foot + "\n{noformat}"


def _account_with_address(users: list[Any], address: str) -> str | None:
    """The accountId of the first user in a look-up answer whose e-mail address is `address`."""
    for user in users:
        if isinstance(user, dict) and str(user.get("emailAddress", "")).lower() == address.lower():
            account = user.get("accountId")
            if isinstance(account, str) and account:
                return account
    return None


def _issue_key(case: Case) -> str:
    key = case.ticket_ref
    if not key or not _ISSUE_KEY.fullmatch(key):
        raise HelpdeskPermanent(f"case {case.case_id} has no Jira request key (ticket_ref {key!r})")
    return key
