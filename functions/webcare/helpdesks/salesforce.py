"""Salesforce Service Cloud (REST API): one Case per case, each later message one CaseComment.

Cases are idempotent natively: the case id lives in an external-id field on Case, and the Case
is written with an upsert on it (`PATCH /sobjects/Case/<field>/<case id>`), which creates it once
and afterwards only updates the same record. Before the upsert the adapter reads the Case by that
field, so a retry does not overwrite what agents changed since (owner, priority, status).

CaseComment has no external id. Each comment starts with `[webcare <message key>]`; before
adding one the adapter reads the case's comments with SOQL (a database query, not the SOSL
search index) and looks for that line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import requests

from webcare.cases.rules import Case
from webcare.helpdesks import routing
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable, TicketStatus
from webcare.helpdesks.http import HelpdeskHttp
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
    display_name,
    note_text,
    requester_address,
    title,
    utc_seconds,
)
from webcare.model import Message

COMMENT_LIMIT = 4000  # CaseComment.CommentBody, bytes
DESCRIPTION_LIMIT = 32000
MAX_PAGES = 20
# Salesforce errors are [{"message": free text, "errorCode": "INVALID_FIELD", "fields": [...]}];
# the OAuth token endpoint answers {"error": "invalid_client", "error_description": ...}.
CODE_FIELDS = ("0.errorCode", "error")
# 4xx codes that mean "later": the org's daily API quota, and row-lock contention.
RETRY_CODES = ("REQUEST_LIMIT_EXCEEDED", "UNABLE_TO_LOCK_ROW")
SOLVED_STATUSES = frozenset({"resolved", "solved"})


class SalesforceHelpdesk:
    """Cases in one Salesforce org, as a connected app's run-as user (OAuth client credentials).

    Side effects: fetches an access token (once per cold start, again after a 401);
    `open_ticket` upserts the customer's Contact (when `contact_field` is set), reads the Case by
    its external id and, when there is none, upserts it; `append` reads the Case's comments and,
    when the message is not there, inserts one CaseComment. At first use it checks the
    configured fields with the objects' describe calls.
    """

    def __init__(
        self,
        url: str,
        client_id: str,
        client_secret: str,
        *,
        case_field: str,
        contact_field: str | None = None,
        api_version: str = "62.0",
        public_comments: bool = False,
        origin: str | None = None,
        priority: str | None = None,
        owner_id: str | None = None,
        due_field: str | None = None,
        fields: Mapping[str, Any] | None = None,
        priority_map: Mapping[str, str] | None = None,
        requester_domain: str = DEFAULT_REQUESTER_DOMAIN,
        requests_per_minute: float | None = None,
        timeout: float = 10.0,
        session: Any = None,
        name: str = "salesforce",
    ) -> None:
        if not client_secret:
            raise HelpdeskPermanent(f"helpdesk '{name}': empty Salesforce client secret")
        self.name = name
        self.client_id = client_id
        self._client_secret = client_secret
        self.case_field = case_field
        self.contact_field = contact_field
        self.api = f"/services/data/v{api_version}"
        self.public_comments = public_comments
        self.origin = origin
        self.priority = priority
        self.owner_id = owner_id
        self.due_field = due_field
        self.fields = dict(fields or {})
        self.priority_map = routing.priority_map(routing.SALESFORCE_PRIORITY, priority_map)
        self.requester_domain = requester_domain
        self._token: str | None = None
        self._http = HelpdeskHttp(
            name,
            url,
            timeout=timeout,
            session=session,
            headers={"accept": "application/json"},
            code_fields=CODE_FIELDS,
            rate_headers=("sforce-limit-info",),
            requests_per_minute=requests_per_minute,
            retry_codes=RETRY_CODES,
        )
        self.check_setup = first_use(self._check_setup)

    # The port ------------------------------------------------------------------------------
    def open_ticket(self, case: Case, message: Message, sequence: int) -> str:
        self.check_setup()
        existing = self.find_case(case.case_id)
        if existing is not None:
            return existing
        body = self.case_body(case, message, sequence)
        where = f"{self.api}/sobjects/Case/{self.case_field}/{quote(case.case_id, safe='')}"
        try:
            written = send_once(
                lambda: self._call("PATCH", where, json_body=body),
                read_back=lambda: self.find_case(case.case_id),
            )
        except HelpdeskPermanent as failure:
            raise routing.refused(failure, case, "OwnerId/Priority") from None
        if isinstance(written, str):
            return written
        return _saved_id(written, "Case")

    def append(self, case: Case, message: Message, sequence: int) -> str | None:
        parent = _record_id(case)
        marker = message_marker(message.message_key)
        text = note_text(case, message, sequence, marker)
        return self._comment(parent, marker, text, published=self.public_comments)

    def note(self, case: Case, note_id: str, text: str) -> str | None:
        """A CaseComment with `IsPublished` false (whatever `public_comments` says), first line
        `[webcare note <note id>]`; the Case's comments are read back first."""
        marker = note_marker(note_id)
        return self._comment(_record_id(case), marker, f"{marker}\n{text}", published=False)

    def _comment(self, parent: str, marker: str, text: str, *, published: bool) -> str:
        body = {"ParentId": parent, "CommentBody": _fit(text, COMMENT_LIMIT), "IsPublished": published}
        created = send_unless_found(
            lambda: self.find_comment(parent, marker),
            lambda: self._call("POST", f"{self.api}/sobjects/CaseComment", json_body=body),
        )
        return created if isinstance(created, str) else _saved_id(created, "CaseComment")

    def status(self, ticket_ref: str) -> TicketStatus:
        if len(ticket_ref) not in (15, 18) or not ticket_ref.isalnum():
            raise HelpdeskPermanent(f"{ticket_ref!r} is not a Salesforce Case Id")
        record = answer_json(
            self._call("GET", f"{self.api}/sobjects/Case/{ticket_ref}", params={"fields": "IsClosed,Status"})
        )
        if not isinstance(record, dict) or not isinstance(record.get("IsClosed"), bool):
            raise HelpdeskRetryable(f"Salesforce Case {ticket_ref} has no IsClosed in its answer")
        if record["IsClosed"]:
            return "closed"
        return "solved" if str(record.get("Status", "")).lower() in SOLVED_STATUSES else "open"

    # Look-ups ------------------------------------------------------------------------------
    def find_case(self, case_id: str) -> str | None:
        where = f"{self.api}/sobjects/Case/{self.case_field}/{quote(case_id, safe='')}"
        try:
            record = answer_json(self._call("GET", where, params={"fields": "Id"}))
        except HelpdeskPermanent as refused:
            if refused.reason.startswith("HTTP 404"):
                return None
            raise
        found = record.get("Id") if isinstance(record, dict) else None
        if not isinstance(found, str) or not found:
            raise HelpdeskRetryable("Salesforce answered a Case look-up without an Id")
        return found

    def find_comment(self, parent: str, marker: str) -> str | None:
        """The CaseComment on `parent` whose first line is `marker` (SOQL, oldest first)."""
        # `parent` is a checked record Id (15 or 18 letters and digits), so it cannot end the literal.
        soql = f"SELECT Id, CommentBody FROM CaseComment WHERE ParentId = '{parent}' ORDER BY CreatedDate"  # noqa: S608
        target = f"{self.api}/query?" + urlencode({"q": soql})
        for _ in range(MAX_PAGES):
            document = answer_json(self._call("GET", target))
            records = document.get("records") if isinstance(document, dict) else None
            if not isinstance(records, list) or not isinstance(document, dict):
                raise HelpdeskRetryable(f"Salesforce answered the comments of Case {parent} without records")
            for record in records:
                body = record.get("CommentBody") if isinstance(record, dict) else None
                if isinstance(body, str) and body.split("\n", 1)[0].strip() == marker:
                    return str(record.get("Id"))
            following = document.get("nextRecordsUrl")
            if (
                document.get("done", True)
                or not isinstance(following, str)
                or not following.startswith("/services/")
            ):
                return None
            target = following
        return None

    # The records ---------------------------------------------------------------------------
    def case_body(self, case: Case, message: Message, sequence: int) -> dict[str, Any]:
        body: dict[str, Any] = {
            **self.fields,
            "Subject": title(message, 255),
            "Description": _fit(note_text(case, message, sequence), DESCRIPTION_LIMIT),
        }
        if self.contact_field:
            body["ContactId"] = self.contact(message)
        else:
            body["SuppliedName"] = display_name(message.customer)[:80]
            body["SuppliedEmail"] = requester_address(message.customer, self.requester_domain)
        for field, value in (
            ("Origin", self.origin),
            ("Priority", routing.priority(case, self.priority_map, self.priority)),
            ("OwnerId", routing.salesforce_owner(case, self.owner_id, self.name)),
        ):
            if value:
                body[field] = value
        if self.due_field and case.respond_by is not None:
            body[self.due_field] = utc_seconds(case.respond_by)
        return body

    def contact(self, message: Message) -> str:
        """Upsert the customer's Contact on `contact_field` = their identity key; return its Id."""
        assert self.contact_field is not None
        key = quote(marker_token(message.customer.key), safe="")
        body = {
            "LastName": display_name(message.customer)[:80],
            "Email": requester_address(message.customer, self.requester_domain),
        }
        # An upsert is idempotent: repeating it after an ambiguous failure updates the same Contact.
        written = self._call(
            "PATCH", f"{self.api}/sobjects/Contact/{self.contact_field}/{key}", json_body=body
        )
        return _saved_id(written, "Contact")

    # Auth and transport --------------------------------------------------------------------
    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One API request with the access token; after a 401 (expired or revoked), one more
        with a fresh token."""
        for attempt in (1, 2):
            headers = {"authorization": f"Bearer {self._access_token()}"}
            try:
                return self._http.request(method, path, headers=headers, **kwargs)
            except HelpdeskPermanent as refused:
                if attempt == 2 or not refused.reason.startswith("HTTP 401"):
                    raise
                self._token = None
        raise AssertionError("unreachable")

    def _access_token(self) -> str:
        if self._token is None:
            form = urlencode(
                {
                    "grant_type": "client_credentials",
                    "client_id": self.client_id,
                    "client_secret": self._client_secret,
                }
            ).encode()
            answer = answer_json(
                self._http.request(
                    "POST",
                    "/services/oauth2/token",
                    data=form,
                    headers={"content-type": "application/x-www-form-urlencoded"},
                )
            )
            token = answer.get("access_token") if isinstance(answer, dict) else None
            if not isinstance(token, str) or not token:
                raise HelpdeskPermanent("Salesforce's token endpoint answered without an access_token")
            self._token = token
        return self._token

    def _check_setup(self) -> None:
        self._check_fields(
            "Case",
            [self.case_field, *self.fields, *([self.due_field] if self.due_field else [])],
            external=self.case_field,
        )
        if self.contact_field:
            self._check_fields("Contact", [self.contact_field], external=self.contact_field)

    def _check_fields(self, sobject: str, wanted: list[str], *, external: str) -> None:
        document = answer_json(self._call("GET", f"{self.api}/sobjects/{sobject}/describe"))
        described = document.get("fields") if isinstance(document, dict) else None
        if not isinstance(described, list):
            raise HelpdeskRetryable(f"Salesforce answered the {sobject} describe without fields")
        by_name = {field.get("name"): field for field in described if isinstance(field, dict)}
        missing = [field for field in wanted if field not in by_name]
        if missing:
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': {sobject} has no field(s) {', '.join(missing)} "
                f"visible to the integration user (helpdesks.{self.name})"
            )
        if not by_name[external].get("externalId"):
            raise HelpdeskPermanent(
                f"helpdesk '{self.name}': {sobject}.{external} is not an External ID field "
                f"(helpdesks.{self.name})"
            )


def _saved_id(response: requests.Response, sobject: str) -> str:
    document = answer_json(response)
    record = document.get("id") if isinstance(document, dict) else None
    # A 2xx can still report a failed save: {"success": false, "errors": [...]}.
    if (
        not isinstance(record, str)
        or not record
        or (isinstance(document, dict) and document.get("success") is False)
    ):
        raise HelpdeskPermanent(f"HTTP {response.status_code}: Salesforce did not save the {sobject}")
    return record


def _record_id(case: Case) -> str:
    record = case.ticket_ref
    if not record or len(record) not in (15, 18) or not record.isalnum():
        raise HelpdeskPermanent(f"case {case.case_id} has no Salesforce Case Id (ticket_ref {record!r})")
    return record


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` UTF-8 bytes, marked when cut (the marker line comes first)."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    note = "\n[cut to fit Salesforce's field limit]"
    return data[: limit - len(note.encode())].decode("utf-8", errors="ignore") + note
