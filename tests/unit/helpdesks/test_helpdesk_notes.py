"""`note()` on every adapter: the exact request, always internal, and read back before it is sent.

A note (a merge, a message the customer deleted) is for the agents only, whatever the adapter's
setting for messages says (`public_comments`, `public_notes`, `append_as`), and a note already on
the ticket (its `[webcare note <id>]` line) is not added again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from helpdesk_servers import Recorded, serve
from vendor_fakes import Script, a_case, j, path, query

from webcare.helpdesks import standard_webhooks
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskWithNotes
from webcare.helpdesks.freshdesk import FreshdeskHelpdesk
from webcare.helpdesks.front import FrontHelpdesk
from webcare.helpdesks.jira import JiraServiceManagementHelpdesk
from webcare.helpdesks.rt import RequestTrackerHelpdesk
from webcare.helpdesks.salesforce import SalesforceHelpdesk
from webcare.helpdesks.servicenow import ServiceNowHelpdesk
from webcare.helpdesks.webhook import WebhookHelpdesk
from webcare.helpdesks.zendesk import ZendeskHelpdesk
from webcare.schemas import validate

NOTE_ID = "merged-into:c_0123456789abcdef01234567"
MARKER = f"[webcare note {NOTE_ID}]"
TEXT = "webcare: this case was merged into case c_x / ticket 78; later messages go there."
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SN_TICKET = "a" * 32
SF_CASE = "500Hn00001abcdeIAA"
SF_API = "/services/data/v62.0"
CONVERSATION = "/conversations/cnv_yo1kg5q"
SF_TOKEN = {"access_token": "00Dxx!token-1", "instance_url": "https://acme.my.salesforce.com"}


def case(ticket_ref: str) -> Any:
    return replace(a_case(), ticket_ref=ticket_ref)


def posts(requests: list[Recorded]) -> list[Recorded]:
    return [r for r in requests if r.method in ("POST", "PUT", "PATCH") and "oauth2" not in r.path]


def test_every_adapter_offers_notes() -> None:
    for adapter in (
        WebhookHelpdesk, RequestTrackerHelpdesk, ZendeskHelpdesk, FreshdeskHelpdesk,
        ServiceNowHelpdesk, JiraServiceManagementHelpdesk, SalesforceHelpdesk, FrontHelpdesk,
    ):  # fmt: skip
        assert callable(getattr(adapter, "note", None)), adapter.__name__
        assert issubclass(adapter, HelpdeskWithNotes), adapter.__name__


# -- the generic webhook ---------------------------------------------------------------------


def test_webhook_sends_a_signed_schema_valid_case_note_with_a_stable_webhook_id() -> None:
    with serve(lambda r: j(200, {"comment_id": 5})) as receiver:
        helpdesk = WebhookHelpdesk(receiver.url + "/hook", SECRET, timeout=2)
        assert helpdesk.note(case("T-1"), NOTE_ID, TEXT) == "5"
        helpdesk.note(case("T-1"), NOTE_ID, TEXT)
    first, again = receiver.requests
    event = first.json()
    validate("forwarded-case.schema.json", event)
    assert event["type"] == "case.note" and "message" not in event and "sequence" not in event
    assert event["note"] == {"note_id": NOTE_ID, "text": TEXT, "visibility": "internal"}
    assert event["case"]["ticket_ref"] == "T-1"
    webhook_id = standard_webhooks.verify([SECRET], first.headers, first.body)
    assert standard_webhooks.verify([SECRET], again.headers, again.body) == webhook_id


def test_the_schema_refuses_a_note_event_carrying_a_message() -> None:
    with serve(lambda r: j(200, {})) as receiver:
        WebhookHelpdesk(receiver.url, SECRET, timeout=2).note(case("T-1"), NOTE_ID, TEXT)
    event = receiver.requests[0].json()
    event["sequence"] = 1
    with pytest.raises(Exception, match="disallowed"):
        validate("forwarded-case.schema.json", event)


# -- Request Tracker -------------------------------------------------------------------------


def rt_script(attachments: list[dict[str, Any]], url: list[str]) -> Script:
    return Script(
        {
            ("GET", "/REST/2.0/ticket/77/attachments"): [
                lambda r: j(200, {"items": attachments, "pages": 1, "page": 1})
            ],
            ("POST", "/REST/2.0/ticket/77/comment"): [
                lambda r: j(201, ["Comments added"], {"location": f"{url[0]}/REST/2.0/transaction/991"})
            ],
        }
    )


def test_rt_adds_a_comment_even_when_messages_are_correspondence() -> None:
    url: list[str] = []
    with serve(rt_script([], url)) as rt:
        url.append(rt.url)
        helpdesk = RequestTrackerHelpdesk(
            rt.url, "1-14-token", queue="Webcare", append_as="correspond", timeout=2
        )
        assert helpdesk.note(case("77"), NOTE_ID, TEXT) == "991"
    listing, comment = rt.requests
    assert path(listing) == "/REST/2.0/ticket/77/attachments"
    assert (comment.method, path(comment)) == ("POST", "/REST/2.0/ticket/77/comment")
    assert comment.json() == {"Subject": MARKER, "Content": TEXT, "ContentType": "text/plain"}


def test_rt_does_not_add_a_note_the_ticket_has() -> None:
    url: list[str] = []
    found = [{"Subject": MARKER, "TransactionId": {"id": "880"}}]
    with serve(rt_script(found, url)) as rt:
        url.append(rt.url)
        helpdesk = RequestTrackerHelpdesk(rt.url, "1-14-token", queue="Webcare", timeout=2)
        assert helpdesk.note(case("77"), NOTE_ID, TEXT) == "880"
    assert posts(rt.requests) == []


# -- Zendesk ---------------------------------------------------------------------------------


def zendesk_script(comments: list[dict[str, Any]]) -> Script:
    return Script(
        {
            ("GET", "/api/v2/tickets/77/comments"): [lambda r: j(200, {"comments": comments})],
            ("PUT", "/api/v2/tickets/77"): [lambda r: j(200, {"audit": {"id": 9001}})],
        }
    )


def test_zendesk_adds_a_private_comment_even_when_messages_are_public() -> None:
    with serve(zendesk_script([])) as zd:
        helpdesk = ZendeskHelpdesk(zd.url, "care@acme.example", "token", public_comments=True, timeout=2)
        assert helpdesk.note(case("77"), NOTE_ID, TEXT) == "9001"
    listing, update = zd.requests
    assert (listing.method, path(listing)) == ("GET", "/api/v2/tickets/77/comments")
    assert update.json() == {"ticket": {"comment": {"body": f"{MARKER}\n{TEXT}", "public": False}}}


def test_zendesk_does_not_add_a_note_the_ticket_has() -> None:
    with serve(zendesk_script([{"id": 31, "body": f"{MARKER}\n{TEXT}"}])) as zd:
        helpdesk = ZendeskHelpdesk(zd.url, "care@acme.example", "token", timeout=2)
        assert helpdesk.note(case("77"), NOTE_ID, TEXT) == "31"
    assert posts(zd.requests) == []


# -- Freshdesk -------------------------------------------------------------------------------


def freshdesk_script(conversations: list[dict[str, Any]]) -> Script:
    return Script(
        {
            ("GET", "/api/v2/tickets/77/conversations"): [lambda r: j(200, conversations)],
            ("POST", "/api/v2/tickets/77/notes"): [lambda r: j(201, {"id": 12})],
        }
    )


def test_freshdesk_adds_a_private_note_even_when_messages_are_public() -> None:
    with serve(freshdesk_script([])) as fd:
        helpdesk = FreshdeskHelpdesk(fd.url, "key", public_notes=True, timeout=2)
        assert helpdesk.note(case("77"), NOTE_ID, "line one\n<b>two</b>") == "12"
    listing, note = fd.requests
    assert path(listing) == "/api/v2/tickets/77/conversations"
    assert note.json() == {
        "body": f"<div>{MARKER}</div><div>line one<br>&lt;b&gt;two&lt;/b&gt;</div>",
        "private": True,
    }


def test_freshdesk_does_not_add_a_note_the_ticket_has() -> None:
    with serve(freshdesk_script([{"id": 8, "body_text": f"{MARKER}\n{TEXT}"}])) as fd:
        assert FreshdeskHelpdesk(fd.url, "key", timeout=2).note(case("77"), NOTE_ID, TEXT) == "8"
    assert posts(fd.requests) == []


# -- ServiceNow ------------------------------------------------------------------------------


def servicenow_script(journal: str) -> Script:
    record = f"/api/now/table/incident/{SN_TICKET}"
    return Script(
        {
            ("GET", record): [lambda r: j(200, {"result": {"work_notes": journal}})],
            ("PATCH", record): [lambda r: j(200, {"result": {"sys_id": SN_TICKET}})],
        }
    )


def test_servicenow_adds_a_work_note_even_when_messages_are_additional_comments() -> None:
    with serve(servicenow_script("")) as sn:
        helpdesk = ServiceNowHelpdesk(sn.url, "webcare", "s3cret", append_as="comments", timeout=2)
        assert helpdesk.note(case(SN_TICKET), NOTE_ID, TEXT) is None
    read, update = sn.requests
    assert query(read)["sysparm_fields"] == "work_notes"
    assert update.method == "PATCH" and update.json() == {"work_notes": f"{MARKER}\n{TEXT}"}


def test_servicenow_does_not_add_a_note_the_journal_has() -> None:
    journal = f"2026-11-30 10:00:00 - webcare (Work notes)\n{MARKER}\n{TEXT}\n"
    with serve(servicenow_script(journal)) as sn:
        ServiceNowHelpdesk(sn.url, "webcare", "s3cret", timeout=2).note(case(SN_TICKET), NOTE_ID, TEXT)
    assert posts(sn.requests) == []


# -- Jira Service Management -----------------------------------------------------------------


def jira_script(bodies: list[str]) -> Script:
    comments = "/rest/servicedeskapi/request/CARE-7/comment"
    values = [{"id": str(n), "body": b} for n, b in enumerate(bodies, 100)]
    return Script(
        {
            ("GET", comments): [lambda r: j(200, {"values": values, "isLastPage": True})],
            ("POST", comments): [lambda r: j(201, {"id": "5001"})],
        }
    )


def test_jira_adds_an_internal_comment_even_when_messages_are_public() -> None:
    with serve(jira_script([])) as jira:
        helpdesk = JiraServiceManagementHelpdesk(
            jira.url, "care@acme.example", "t", service_desk_id="4", request_type_id="21",
            public_comments=True, timeout=2,
        )  # fmt: skip
        assert helpdesk.note(case("CARE-7"), NOTE_ID, "see {noformat} here") == "5001"
    listing, comment = jira.requests
    assert query(listing)["internal"] == "true"
    assert comment.json() == {
        "body": "{noformat}\n" + MARKER + "\nsee { noformat} here\n{noformat}",
        "public": False,
    }


def test_jira_does_not_add_a_note_the_request_has() -> None:
    with serve(jira_script(["{noformat}\n" + MARKER + "\ntext\n{noformat}"])) as jira:
        helpdesk = JiraServiceManagementHelpdesk(
            jira.url, "care@acme.example", "t", service_desk_id="4", request_type_id="21", timeout=2
        )
        assert helpdesk.note(case("CARE-7"), NOTE_ID, TEXT) == "100"
    assert posts(jira.requests) == []


# -- Salesforce ------------------------------------------------------------------------------


def salesforce_script(bodies: list[str]) -> Script:
    records = [{"Id": f"00a{n}", "CommentBody": b} for n, b in enumerate(bodies)]
    return Script(
        {
            ("POST", "/services/oauth2/token"): [lambda r: j(200, SF_TOKEN)],
            ("GET", f"{SF_API}/query"): [lambda r: j(200, {"records": records, "done": True})],
            ("POST", f"{SF_API}/sobjects/CaseComment"): [lambda r: j(201, {"id": "00aNOTE"})],
        }
    )


def salesforce(url: str, **options: Any) -> SalesforceHelpdesk:
    return SalesforceHelpdesk(url, "key", "secret", case_field="Webcare_Case_Id__c", timeout=2, **options)


def test_salesforce_adds_an_unpublished_case_comment_even_when_messages_are_published() -> None:
    with serve(salesforce_script([])) as sf:
        assert salesforce(sf.url, public_comments=True).note(case(SF_CASE), NOTE_ID, TEXT) == "00aNOTE"
    _token, listing, comment = sf.requests
    assert f"ParentId = '{SF_CASE}'" in query(listing)["q"]
    assert comment.json() == {"ParentId": SF_CASE, "CommentBody": f"{MARKER}\n{TEXT}", "IsPublished": False}


def test_salesforce_does_not_add_a_note_the_case_has() -> None:
    with serve(salesforce_script([f"{MARKER}\n{TEXT}"])) as sf:
        assert salesforce(sf.url).note(case(SF_CASE), NOTE_ID, TEXT) == "00a0"
    assert posts(sf.requests) == []


# -- Front -----------------------------------------------------------------------------------


def front_script(url: list[str], comments: list[dict[str, Any]]) -> Script:
    return Script(
        {
            ("GET", "/messages/alt:uid:1eab"): [
                lambda r: j(200, {"_links": {"related": {"conversation": f"{url[0]}{CONVERSATION}"}}})
            ],
            ("GET", "/conversations/cnv_yo1kg5q/comments"): [lambda r: j(200, {"_results": comments})],
            ("POST", "/conversations/cnv_yo1kg5q/comments"): [lambda r: j(201, {"id": "com_1"})],
        }
    )


def front(url: str) -> FrontHelpdesk:
    return FrontHelpdesk(url, "token", inbox_id="inb_1", inbox_address="care@acme.example", timeout=2)


def test_front_comments_on_the_case_conversation_which_only_teammates_see() -> None:
    url: list[str] = []
    with serve(front_script(url, [])) as fr:
        url.append(fr.url)
        assert front(fr.url).note(case("alt:uid:1eab"), NOTE_ID, TEXT) == "com_1"
    _alias, listing, comment = fr.requests
    assert path(listing) == "/conversations/cnv_yo1kg5q/comments"
    assert comment.json() == {"body": f"{MARKER}\n{TEXT}"}  # no author: the API token's bot teammate


def test_front_does_not_add_a_note_the_conversation_has() -> None:
    url: list[str] = []
    with serve(front_script(url, [{"id": "com_9", "body": f"{MARKER}\n{TEXT}"}])) as fr:
        url.append(fr.url)
        assert front(fr.url).note(case("alt:uid:1eab"), NOTE_ID, TEXT) == "com_9"
    assert posts(fr.requests) == []


def test_front_cannot_place_a_note_without_a_message_uid() -> None:
    with serve(lambda r: j(500, {})) as fr, pytest.raises(HelpdeskPermanent, match="names no conversation"):
        front(fr.url).note(case("thread:c_1"), NOTE_ID, TEXT)
    assert fr.requests == []
