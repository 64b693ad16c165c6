"""Every adapter opens the ticket where the case's route says: group, priority and tags in the
helpdesk's own terms; without a route, the adapter's configured defaults."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from helpdesk_servers import serve
from vendor_fakes import Script, a_case, j, message, path

from webcare.cases.rules import Case
from webcare.config import Routing, parse_config
from webcare.helpdesks import build_helpdesk
from webcare.helpdesks.base import HelpdeskPermanent
from webcare.helpdesks.freshdesk import FreshdeskHelpdesk
from webcare.helpdesks.front import FrontHelpdesk
from webcare.helpdesks.jira import JiraServiceManagementHelpdesk
from webcare.helpdesks.rt import RequestTrackerHelpdesk
from webcare.helpdesks.salesforce import SalesforceHelpdesk
from webcare.helpdesks.servicenow import ServiceNowHelpdesk
from webcare.helpdesks.zendesk import ZendeskHelpdesk
from webcare.secrets import StaticSecrets

GROUP_SYS_ID = "c" * 32
ROUTED_SYS_ID = "d" * 32
TICKET_SYS_ID = "a" * 32
QUEUE_ID = "00G5g000004XyZaEAK"


def routed(group: str | None, priority: str | None = "high", tags: tuple[str, ...] = ("outage",)) -> Case:
    return replace(a_case(), routing=Routing(group=group, priority=priority, tags=tags))


# Zendesk ---------------------------------------------------------------------------------------
def zendesk_script(create: Any = None) -> Script:
    return Script(
        {
            ("POST", "/api/v2/users/create_or_update"): [lambda r: j(200, {"user": {"id": 501}})],
            ("POST", "/api/v2/tickets"): [create or (lambda r: j(201, {"ticket": {"id": 77}}))],
        }
    )


def zendesk(url: str, **options: Any) -> ZendeskHelpdesk:
    return ZendeskHelpdesk(url, "care@acme.example", "token", timeout=2, **options)


def test_zendesk_ticket_goes_to_the_routed_group_with_its_priority_and_tags() -> None:
    with serve(zendesk_script()) as zd:
        zendesk(zd.url, group_id=42, tags=("webcare",)).open_ticket(routed("4242"), message(1), 1)
    ticket = zd.requests[-1].json()["ticket"]
    assert (ticket["group_id"], ticket["priority"], ticket["tags"]) == (4242, "high", ["webcare", "outage"])


def test_zendesk_without_routing_uses_the_configured_group_and_sends_no_priority() -> None:
    with serve(zendesk_script()) as zd:
        zendesk(zd.url, group_id=42).open_ticket(a_case(), message(1), 1)
    ticket = zd.requests[-1].json()["ticket"]
    assert (ticket["group_id"], "priority" in ticket, ticket["tags"]) == (42, False, ["webcare"])


def test_zendesk_refusing_a_routed_group_is_permanent_with_its_code_and_the_routed_fields() -> None:
    script = zendesk_script(lambda r: j(422, {"error": "RecordInvalid", "description": "Group is invalid"}))
    with serve(script) as zd, pytest.raises(HelpdeskPermanent) as refused:
        zendesk(zd.url).open_ticket(routed("4242"), message(1), 1)
    assert "HTTP 422 (code: RecordInvalid)" in refused.value.reason
    assert "group '4242'" in refused.value.reason and "group_id" in refused.value.reason
    assert "Group is invalid" not in refused.value.reason


def test_zendesk_refuses_a_group_name_without_sending_anything() -> None:
    with serve(zendesk_script()) as zd, pytest.raises(HelpdeskPermanent, match="not a Zendesk group id"):
        zendesk(zd.url).open_ticket(routed("outage"), message(1), 1)
    assert zd.requests == []


# Freshdesk -------------------------------------------------------------------------------------
def freshdesk(url: str = "http://127.0.0.1:9", **options: Any) -> FreshdeskHelpdesk:
    return FreshdeskHelpdesk(url, "key", timeout=2, **options)


def test_freshdesk_ticket_carries_the_routed_group_priority_and_tags() -> None:
    case = routed("4242", "urgent")
    body = freshdesk(group_id=5, priority=1).ticket_body(case, message(1), 1, requester=7)
    assert (body["group_id"], body["priority"], body["tags"]) == (
        4242,
        4,
        [case.case_id, "webcare", "outage"],
    )


@pytest.mark.parametrize(("ours", "theirs"), [("low", 1), ("normal", 2), ("high", 3), ("urgent", 4)])
def test_freshdesk_priorities_are_its_numbers(ours: str, theirs: int) -> None:
    assert freshdesk().ticket_body(routed(None, ours), message(1), 1, requester=7)["priority"] == theirs


def test_freshdesk_without_routing_uses_the_configured_group_and_priority() -> None:
    case = a_case()
    body = freshdesk(group_id=5, priority=2).ticket_body(case, message(1), 1, requester=7)
    assert (body["group_id"], body["priority"], body["tags"]) == (5, 2, [case.case_id, "webcare"])


def test_freshdesk_checks_a_routed_group_once_and_names_the_route_when_it_does_not_exist() -> None:
    script = Script({("GET", "/api/v2/groups/4242"): [lambda r: j(404, {"code": "not_found"})]})
    with serve(script) as fd, pytest.raises(HelpdeskPermanent) as refused:
        freshdesk(fd.url).open_ticket(routed("4242"), message(1), 1)
    assert "group 4242 not found" in refused.value.reason and "routing.group" in refused.value.reason
    assert [path(r) for r in fd.requests] == ["/api/v2/groups/4242"]


# ServiceNow ------------------------------------------------------------------------------------
def servicenow_script(group: str) -> Script:
    fields = {
        f: ""
        for f in ("sys_id", "correlation_id", "due_date", "caller_id", "work_notes", "urgency", "impact")
    }
    return Script(
        {
            ("GET", "/api/now/table/incident"): [
                lambda r: j(200, {"result": [fields]}),  # first-use field check
                lambda r: j(200, {"result": []}),  # no ticket with the case id yet
            ],
            ("GET", f"/api/now/table/sys_user_group/{group}"): [
                lambda r: j(200, {"result": {"sys_id": group}})
            ],
            ("GET", "/api/now/table/sys_user"): [lambda r: j(200, {"result": [{"sys_id": "b" * 32}]})],
            ("POST", "/api/now/table/incident"): [lambda r: j(201, {"result": {"sys_id": TICKET_SYS_ID}})],
        }
    )


def servicenow(url: str, **options: Any) -> ServiceNowHelpdesk:
    return ServiceNowHelpdesk(url, "webcare", "pw", timeout=2, **options)


def test_servicenow_ticket_goes_to_the_routed_assignment_group_with_impact_and_urgency() -> None:
    with serve(servicenow_script(ROUTED_SYS_ID)) as sn:
        adapter = servicenow(sn.url, fields={"urgency": "3", "impact": "3"})
        assert adapter.open_ticket(routed(ROUTED_SYS_ID, "high"), message(1), 1) == TICKET_SYS_ID
    insert = sn.requests[-1].json()
    assert (insert["assignment_group"], insert["impact"], insert["urgency"]) == (ROUTED_SYS_ID, "2", "1")
    assert f"/api/now/table/sys_user_group/{ROUTED_SYS_ID}" in [path(r) for r in sn.requests]


def test_servicenow_without_routing_keeps_the_configured_group_and_fields() -> None:
    with serve(servicenow_script(GROUP_SYS_ID)) as sn:
        servicenow(sn.url, assignment_group=GROUP_SYS_ID, fields={"urgency": "3"}).open_ticket(
            a_case(), message(1), 1
        )
    insert = sn.requests[-1].json()
    assert (insert["assignment_group"], insert["urgency"], "impact" in insert) == (GROUP_SYS_ID, "3", False)


def test_servicenow_refuses_a_routed_group_that_is_not_a_sys_id() -> None:
    with pytest.raises(HelpdeskPermanent, match="not an assignment group sys_id"):
        with serve(servicenow_script(GROUP_SYS_ID)) as sn:
            servicenow(sn.url).open_ticket(routed("Service Desk"), message(1), 1)


# Jira ------------------------------------------------------------------------------------------
def jira(url: str = "http://127.0.0.1:9", **options: Any) -> JiraServiceManagementHelpdesk:
    return JiraServiceManagementHelpdesk(
        url, "care@acme.example", "token", service_desk_id="4", request_type_id="21", timeout=2, **options
    )


def test_jira_request_carries_the_routed_priority_labels_and_group_field() -> None:
    case = routed("outage-team", "urgent")
    body = jira(priority="Medium", group_field="customfield_10050").request_body(case, message(1), 1, "acc-1")
    fields = body["requestFieldValues"]
    assert fields["priority"] == {"name": "Highest"}
    assert fields["labels"] == [f"webcare-{case.case_id}", "webcare", "outage"]
    assert fields["customfield_10050"] == "outage-team"


def test_jira_priority_names_come_from_the_configured_map_and_groups_are_skipped_without_a_field() -> None:
    body = jira(priority_map={"high": "P2"}).request_body(routed("outage-team"), message(1), 1, "acc-1")
    fields = body["requestFieldValues"]
    assert fields["priority"] == {"name": "P2"} and "outage-team" not in fields.values()


def test_jira_without_routing_uses_the_configured_priority_and_labels() -> None:
    case = a_case()
    fields = jira(priority="Medium").request_body(case, message(1), 1, "acc-1")["requestFieldValues"]
    assert (fields["priority"], fields["labels"]) == (
        {"name": "Medium"},
        [f"webcare-{case.case_id}", "webcare"],
    )


def test_jira_a_routed_priority_on_a_request_type_without_priority_is_permanent_and_named() -> None:
    fields = [{"fieldId": f} for f in ("summary", "description", "labels")]
    script = Script(
        {
            ("GET", "/rest/servicedeskapi/servicedesk/4/requesttype/21/field"): [
                lambda r: j(200, {"requestTypeFields": fields})
            ]
        }
    )
    with serve(script) as js, pytest.raises(HelpdeskPermanent) as refused:
        jira(js.url).open_ticket(routed(None, "high"), message(1), 1)
    assert "no field priority" in refused.value.reason and "routing.priority" in refused.value.reason
    assert len(js.requests) == 1


# Salesforce ------------------------------------------------------------------------------------
def salesforce(**options: Any) -> SalesforceHelpdesk:
    return SalesforceHelpdesk(
        "http://127.0.0.1:9", "client", "secret", case_field="Webcare_Case_Id__c", timeout=2, **options
    )


def test_salesforce_case_is_owned_by_the_routed_queue_with_the_mapped_priority() -> None:
    body = salesforce(owner_id="005000000000001", priority="Low").case_body(
        routed(QUEUE_ID, "urgent"), message(1), 1
    )
    assert (body["OwnerId"], body["Priority"]) == (QUEUE_ID, "High")
    body = salesforce(priority_map={"urgent": "Critical"}).case_body(routed(None, "urgent"), message(1), 1)
    assert body["Priority"] == "Critical" and "OwnerId" not in body


def test_salesforce_without_routing_uses_the_configured_owner_and_priority() -> None:
    body = salesforce(owner_id="005000000000001", priority="Low").case_body(a_case(), message(1), 1)
    assert (body["OwnerId"], body["Priority"]) == ("005000000000001", "Low")


def test_salesforce_refuses_a_routed_group_that_is_not_an_id() -> None:
    with pytest.raises(HelpdeskPermanent, match="not a Salesforce queue Id"):
        salesforce().case_body(routed("Outage queue"), message(1), 1)


# Request Tracker -------------------------------------------------------------------------------
def rt_script(create: Any = None) -> Script:
    return Script(
        {
            ("GET", "/REST/2.0/tickets"): [lambda r: j(200, {"items": []})],
            ("POST", "/REST/2.0/ticket"): [create or (lambda r: j(201, {"id": 9}))],
        }
    )


def rt(url: str, **options: Any) -> RequestTrackerHelpdesk:
    return RequestTrackerHelpdesk(url, "token", queue="General", timeout=2, **options)


def test_rt_ticket_is_created_in_the_routed_queue_with_the_mapped_priority_and_tags_field() -> None:
    with serve(rt_script()) as server:
        assert rt(server.url, tags_field="Tags").open_ticket(routed("Outage", "high"), message(1), 1) == "9"
    body = server.requests[-1].json()
    assert (body["Queue"], body["Priority"], body["CustomFields"]) == ("Outage", 75, {"Tags": ["outage"]})


def test_rt_without_routing_uses_the_configured_queue_and_no_priority() -> None:
    with serve(rt_script()) as server:
        rt(server.url, priority_map={"high": 90}).open_ticket(a_case(), message(1), 1)
    body = server.requests[-1].json()
    assert (body["Queue"], "Priority" in body, "CustomFields" in body) == ("General", False, False)


def test_rt_refusing_a_routed_queue_is_permanent_and_names_it() -> None:
    with serve(rt_script(lambda r: j(400, {"message": "Could not create ticket"}))) as server:
        with pytest.raises(HelpdeskPermanent) as refused:
            rt(server.url).open_ticket(routed("Nope"), message(1), 1)
    assert refused.value.reason.startswith("HTTP 400") and "group 'Nope'" in refused.value.reason
    assert "Queue" in refused.value.reason and "Could not create" not in refused.value.reason


# Front -----------------------------------------------------------------------------------------
def front(**options: Any) -> FrontHelpdesk:
    return FrontHelpdesk(
        "http://127.0.0.1:9", "token", inbox_id="inb_1", inbox_address="care@acme.example", **options
    )


def test_front_adds_the_routed_tags_and_has_no_group_or_priority() -> None:
    body = front(tags=("webcare",)).import_body(routed("outage-team", "urgent"), message(1), 1, first=True)
    assert body["tags"] == ["webcare", "outage"]
    assert "outage-team" not in str(body) and "urgent" not in str(body["metadata"])


def test_front_without_routing_has_only_its_configured_tags() -> None:
    assert front(tags=("webcare", "social")).import_body(a_case(), message(1), 1, first=False)["tags"] == [
        "webcare",
        "social",
    ]


# Config ----------------------------------------------------------------------------------------
def test_routing_settings_are_read_from_the_config_document() -> None:
    document = {
        "version": 1,
        "default_helpdesk": "jsm",
        "helpdesks": {
            "jsm": {
                "type": "jira",
                "url": "https://acme.atlassian.net",
                "email": "care@acme.example",
                "api_token_secret": "jira_token",
                "service_desk_id": "4",
                "request_type_id": "21",
                "priority_map": {"urgent": "P1"},
                "group_field": "customfield_10050",
            },
            "rt": {
                "type": "rt",
                "url": "https://rt.acme.example",
                "queue": "General",
                "token_secret": "rt_token",
                "priority_map": {"urgent": 99},
                "tags_field": "Tags",
            },
        },
    }
    config = parse_config(document)
    secrets = StaticSecrets({"jira_token": "t", "rt_token": "t"})
    jsm = build_helpdesk(config.helpdesks["jsm"], secrets)
    assert isinstance(jsm, JiraServiceManagementHelpdesk)
    assert (jsm.priority_map["urgent"], jsm.priority_map["high"], jsm.group_field) == (
        "P1",
        "High",
        "customfield_10050",
    )
    tracker = build_helpdesk(config.helpdesks["rt"], secrets)
    assert isinstance(tracker, RequestTrackerHelpdesk)
    assert (tracker.priority_map["urgent"], tracker.tags_field) == (99, "Tags")
