"""The local inbox over HTTP: verification, de-duplication, tickets, the page, failure injection."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from webcare.helpdesks import standard_webhooks
from webcare.local.inbox import LocalInbox

pytestmark = pytest.mark.e2e

SECRET = "whsec_" + "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="


@pytest.fixture
def inbox() -> Iterator[LocalInbox]:
    with LocalInbox([SECRET], port=0, out=io.StringIO()) as running:
        yield running


def event(event_type: str, case_id: str, sequence: int, text: str) -> dict[str, Any]:
    return {
        "schema_version": "1.0",
        "type": event_type,
        "case": {
            "case_id": case_id,
            "status": "open",
            "customer": {
                "namespace": "x",
                "id": "1",
                "scope": None,
                "handle": "noordv",
                "display_name": "Noor",
            },
            "opened_at": "2026-01-01T00:00:00.000Z",
            "channels": ["x_dm"],
            "respond_by": None,
            "flags": {},
        },
        "sequence": sequence,
        "message": {"message_key": f"x:{sequence}", "channel": "x_dm", "visibility": "private", "text": text},
    }


def deliver(
    inbox: LocalInbox, payload: dict[str, Any], webhook_id: str, secret: str = SECRET
) -> requests.Response:
    body = json.dumps(payload).encode()
    headers = {**standard_webhooks.sign(secret, webhook_id, body), "content-type": "application/json"}
    return requests.post(inbox.webhook_url, data=body, headers=headers, timeout=10)


def test_case_opened_gets_a_ticket_and_messages_are_kept_in_order(inbox: LocalInbox) -> None:
    first = deliver(inbox, event("case.opened", "c1", 1, "hello"), "evt_1")
    assert (first.status_code, first.json()) == (200, {"ticket_id": "inbox-1"})
    assert deliver(inbox, event("message.appended", "c1", 2, "again"), "evt_2").status_code == 200
    assert deliver(inbox, event("case.opened", "c2", 1, "other"), "evt_3").json() == {"ticket_id": "inbox-2"}
    cases = requests.get(f"{inbox.url}/cases", timeout=10).json()
    assert [(c["case_id"], c["ticket_id"]) for c in cases] == [("c1", "inbox-1"), ("c2", "inbox-2")]
    assert [m["message"]["text"] for m in cases[0]["messages"]] == ["hello", "again"]
    assert "case c1 message.appended #2 x_dm: 'again'" in inbox.out.getvalue()  # type: ignore[attr-defined]


def test_a_repeated_webhook_id_is_answered_again_but_stored_once(inbox: LocalInbox) -> None:
    payload = event("case.opened", "c1", 1, "hello")
    assert deliver(inbox, payload, "evt_1").json()["ticket_id"] == "inbox-1"
    again = deliver(inbox, payload, "evt_1")
    assert again.status_code == 200 and again.json()["ticket_id"] == "inbox-1"
    assert len(inbox.cases()[0]["messages"]) == 1
    assert inbox.duplicates == 1


@pytest.mark.parametrize("secret", ["whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=", "plain"])
def test_a_wrong_signature_is_401_with_the_reason_and_not_stored(inbox: LocalInbox, secret: str) -> None:
    response = deliver(inbox, event("case.opened", "c1", 1, "hello"), "evt_1", secret=secret)
    assert response.status_code == 401
    assert "signature" in response.json()["error"]
    assert inbox.cases() == [] and inbox.rejected == 1


def test_missing_headers_are_401(inbox: LocalInbox) -> None:
    response = requests.post(inbox.webhook_url, json=event("case.opened", "c1", 1, "x"), timeout=10)
    assert response.status_code == 401
    assert "missing" in response.json()["error"]


def test_the_page_escapes_all_text(inbox: LocalInbox) -> None:
    deliver(inbox, event("case.opened", "c1", 1, "<script>alert('x')</script> & more"), "evt_1")
    page = requests.get(f"{inbox.url}/", timeout=10)
    assert page.headers["content-type"].startswith("text/html")
    assert "<script>" not in page.text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page.text


def test_failure_injection_answers_the_next_requests_with_retry_after(inbox: LocalInbox) -> None:
    control = requests.post(f"{inbox.url}/_control/fail?count=2&status=503&retry_after=1", timeout=10)
    assert control.status_code == 200
    payload = event("case.opened", "c1", 1, "hello")
    for _ in range(2):
        failed = deliver(inbox, payload, "evt_1")
        assert (failed.status_code, failed.headers["retry-after"]) == (503, "1")
    assert deliver(inbox, payload, "evt_1").status_code == 200
    assert len(inbox.cases()) == 1 and inbox.injected_failures == 2


def test_constructor_option_fails_the_first_requests(tmp_path: Any) -> None:
    with LocalInbox(
        [SECRET], port=0, fail_next=1, fail_status=429, retry_after=3, out=io.StringIO()
    ) as inbox:
        first = deliver(inbox, event("case.opened", "c1", 1, "x"), "evt_1")
        assert (first.status_code, first.headers["retry-after"]) == (429, "3")
        assert deliver(inbox, event("case.opened", "c1", 1, "x"), "evt_1").status_code == 200


# --- a browser on another site cannot drive or read the inbox ------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},  # a form or fetch() from another site (CSRF)
        {"Origin": "null"},  # a sandboxed frame or a file:// page
        {"Sec-Fetch-Site": "cross-site"},
        {"Host": "evil.example"},  # DNS rebinding: evil.example resolves to 127.0.0.1
        {"Host": "127.0.0.1.evil.example:8080"},
    ],
)
def test_cross_site_requests_cannot_reset_fail_or_read_the_inbox(
    inbox: LocalInbox, headers: dict[str, str]
) -> None:
    deliver(inbox, event("case.opened", "c_" + "a" * 24, 1, "hallo"), "evt_csrf")
    for method, path in (("POST", "/_control/reset"), ("POST", "/_control/fail?count=5"), ("GET", "/cases")):
        answer = requests.request(method, inbox.url + path, headers=headers, timeout=10)
        assert answer.status_code == 403, (method, path)
        assert "case_id" not in answer.text
    assert len(inbox.cases()) == 1
    # The next delivery is not failed by the refused control request.
    answer = deliver(inbox, event("message.appended", "c_" + "a" * 24, 2, "nog iets"), "evt_csrf_2")
    assert answer.status_code == 200


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST."])
def test_same_origin_and_script_requests_still_work(inbox: LocalInbox, host: str) -> None:
    port = inbox.url.rsplit(":", 1)[1]
    same_origin = {
        "Host": f"{host}:{port}",
        "Origin": f"http://{host}:{port}",
        "Sec-Fetch-Site": "same-origin",
    }
    assert requests.post(inbox.url + "/_control/reset", headers=same_origin, timeout=10).status_code == 200
    assert requests.get(inbox.url + "/cases", timeout=10).status_code == 200


def test_a_case_note_is_kept_with_its_case_and_shown_as_internal(inbox: LocalInbox) -> None:
    deliver(inbox, event("case.opened", "c1", 1, "hello"), "evt_open")
    note = {k: v for k, v in event("case.note", "c1", 1, "").items() if k not in ("sequence", "message")}
    note["note"] = {"note_id": "merged-into:c1", "text": "merged into case c2 <b>", "visibility": "internal"}
    assert deliver(inbox, note, "evt_note").json() == {"ok": True}
    assert deliver(inbox, note, "evt_note").json()["duplicate"] is True
    [case] = inbox.cases()
    assert [m["message"]["text"] for m in case["messages"]] == ["hello"]
    assert [(n["note_id"], n["text"]) for n in case["notes"]] == [
        ("merged-into:c1", "merged into case c2 <b>")
    ]
    page = requests.get(inbox.url + "/", timeout=10).text
    assert "internal note" in page and "merged into case c2 &lt;b&gt;" in page
