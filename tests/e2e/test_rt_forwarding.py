"""Cases forwarded through the local stack into a real Request Tracker 5, checked over REST2.

Signed X webhooks go in at the local stack's HTTP API; the forwarder sends each case to RT
through `LossyProxy`, which can lose RT's answer after RT has done the work. Whatever the
failures and redeliveries, each case must be one ticket with every message once, in order.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rt_support import LossyProxy, RequestTracker, Rule, rt_server  # noqa: F401

from webcare import simulate
from webcare.local.stack import LocalStack, local_config

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def proxy(rt_server: RequestTracker) -> Iterator[LossyProxy]:  # noqa: F811
    running = LossyProxy(rt_server.url)
    yield running
    running.close()


@pytest.fixture
def stack(proxy: LossyProxy, rt_server: RequestTracker, tmp_path: Path) -> Iterator[LocalStack]:  # noqa: F811
    # The generated local config, with Request Tracker (behind the proxy) as the only helpdesk.
    document = local_config("http://127.0.0.1:1/unused")
    document["helpdesks"] = {
        "rt": {
            "type": "rt",
            "url": proxy.url,
            "queue": "General",
            "token_secret": "rt_token",
            "case_field": "ExternalCaseId",
            "append_as": "comment",
            "timeout_seconds": 10,
        }
    }
    document["default_helpdesk"] = "rt"
    config = tmp_path / "rt-config.json"
    config.write_text(json.dumps(document), encoding="utf-8")
    with LocalStack(
        port=0,
        config_path=config,
        state_dir=tmp_path / ".local",
        extra_secrets={"rt_token": rt_server.token},
        visibility_timeout=2,
        quiet=True,
    ) as running:
        yield running


class Customer:
    """One X customer with an id no other test uses, so their case is theirs alone."""

    def __init__(self, handle: str) -> None:
        self.user_id = str(10**17 + secrets.randbelow(10**17))
        self.handle = handle

    @property
    def requestor(self) -> str:
        return f"x.{self.user_id}@social.invalid"

    def mention(self, text: str) -> dict[str, Any]:
        return simulate.mention_payload(
            f"@acme_care {text}", user_id=self.user_id, screen_name=self.handle, name=self.handle.title()
        )

    def dm(self, text: str) -> dict[str, Any]:
        return simulate.dm_payload(
            text, sender_id=self.user_id, screen_name=self.handle, name=self.handle.title()
        )


def send(stack: LocalStack, *payloads: dict[str, Any]) -> None:
    for payload in payloads:
        status, answer = simulate.post_x(stack.url, payload, stack.secrets["x_consumer_secret"])
        assert status == 200, answer


def tickets_of(rt: RequestTracker, customer: Customer) -> list[dict[str, Any]]:
    found = rt.get(
        "/tickets",
        query=f"Requestor.EmailAddress = '{customer.requestor}'",
        fields="Subject,Status,Queue,CustomFields",
        orderby="id",
    )
    items: list[dict[str, Any]] = found["items"]
    return items


def texts_on(rt: RequestTracker, ticket_id: str) -> list[str]:
    """What an agent reads on the ticket: the customer's text of the create and of each comment,
    in the order RT recorded them (RT's own autoreply mails are left out)."""
    history = rt.get(f"/ticket/{ticket_id}/history", fields="Type", per_page=100)["items"]
    ours = [item["id"] for item in history if item["Type"] in ("Create", "Comment", "Correspond")]
    parts = rt.get(
        f"/ticket/{ticket_id}/attachments", fields="TransactionId,ContentType,Content", per_page=100
    )["items"]
    texts = []
    for transaction in ours:
        for part in parts:
            if str(part["TransactionId"]) == str(transaction) and part["ContentType"] == "text/plain":
                texts.append(part["Content"].split("\n\n--\n")[0])
    return texts


def test_each_case_is_one_ticket_with_every_message_once_in_order(
    stack: LocalStack,
    rt_server: RequestTracker,  # noqa: F811
) -> None:
    # Given two customers; X delivers one DM of the first customer twice
    noor, piet = Customer("noordv"), Customer("pietj")
    repeated = noor.dm("the engineer did not show up")
    send(stack, noor.mention("my internet is down"), repeated, piet.dm("wrong invoice"))
    send(stack, repeated, noor.dm("please call me back"))
    stack.wait_until_idle(120)
    # Then each customer has one ticket in the queue, carrying the case id, with each message once
    (noor_ticket,) = tickets_of(rt_server, noor)
    (piet_ticket,) = tickets_of(rt_server, piet)
    assert noor_ticket["Queue"]["id"] in ("1", 1, "General")
    [case_field] = [cf for cf in noor_ticket["CustomFields"] if cf["name"] == "ExternalCaseId"]
    assert case_field["values"][0].startswith("c_")
    assert noor_ticket["Subject"] == f"[webcare {case_field['values'][0]}] x_public from @noordv"
    assert texts_on(rt_server, noor_ticket["id"]) == [
        "@acme_care my internet is down",
        "the engineer did not show up",
        "please call me back",
    ]
    assert texts_on(rt_server, piet_ticket["id"]) == ["wrong invoice"]


def test_answers_lost_after_rt_did_the_work_give_no_second_ticket_or_comment(
    stack: LocalStack,
    proxy: LossyProxy,
    rt_server: RequestTracker,  # noqa: F811
) -> None:
    # Given a proxy that lets RT create the ticket and add the first comment, then drops both answers
    proxy.rules += [
        Rule("POST", "/REST/2.0/ticket", "drop"),
        Rule("POST", r"/REST/2\.0/ticket/\d+/comment", "drop"),
    ]
    anna = Customer("annak")
    send(stack, anna.dm("my parcel is lost"), anna.dm("tracking says delivered"), anna.dm("it was not"))
    stack.wait_until_idle(120)
    # Then both losses happened, RT still has one ticket and each message once, in order
    assert ("POST", "/REST/2.0/ticket", "dropped RT's 201") in proxy.log
    assert any(entry[2] == "dropped RT's 201" and entry[1].endswith("/comment") for entry in proxy.log)
    (ticket,) = tickets_of(rt_server, anna)
    assert texts_on(rt_server, ticket["id"]) == ["my parcel is lost", "tracking says delivered", "it was not"]
    # And no request was sent to RT twice: the adapter read back instead
    posts = [entry for entry in proxy.log if entry[0] == "POST"]
    assert len(posts) == 3


def test_when_the_read_back_fails_too_the_redelivered_message_is_still_added_once(
    stack: LocalStack,
    proxy: LossyProxy,
    rt_server: RequestTracker,  # noqa: F811
) -> None:
    # Given RT's answer to the first comment is lost and the immediate read-back gets a 503,
    # so the forwarder must retry the message later (visibility timeout) from the queue
    proxy.rules += [
        Rule("POST", r"/REST/2\.0/ticket/\d+/comment", "drop"),
        Rule("GET", r"/REST/2\.0/ticket/\d+/attachments", "pass", times=1),
        Rule("GET", r"/REST/2\.0/ticket/\d+/attachments", "fail"),
    ]
    bram = Customer("bramv")
    send(stack, bram.dm("no signal since monday"), bram.dm("still nothing"))
    stack.wait_until_idle(120)
    # Then the ticket has each message once, in order
    (ticket,) = tickets_of(rt_server, bram)
    assert texts_on(rt_server, ticket["id"]) == ["no signal since monday", "still nothing"]
    # Because the redelivery found the comment RT had made and did not post it again
    assert [entry[2] for entry in proxy.log if entry[2] == "failed 503"] == ["failed 503"]
    comment_posts = [entry for entry in proxy.log if entry[0] == "POST" and entry[1].endswith("/comment")]
    assert len(comment_posts) == 1
