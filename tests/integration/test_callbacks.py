"""Helpdesk status callbacks close cases; the customer's next message reopens or starts a new one."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from test_pipeline import deliver, dm

from conftest import SIGNING_SECRET, Pipeline, config_for
from webcare.helpdesks import standard_webhooks


def callback(
    pipeline: Pipeline,
    document: dict[str, Any],
    *,
    secret: str = SIGNING_SECRET,
    helpdesk: str = "main",
    webhook_id: str | None = None,
) -> tuple[int, dict[str, Any]]:
    body = json.dumps(document).encode()
    headers = standard_webhooks.sign(secret, webhook_id or "cb_" + uuid.uuid4().hex, body)
    return pipeline.http("POST", f"/callbacks/{helpdesk}", body=body, headers=headers)


def replay(pipeline: Pipeline, captured: tuple[bytes, dict[str, str]], helpdesk: str = "main") -> int:
    status, _ = pipeline.http("POST", f"/callbacks/{helpdesk}", body=captured[0], headers=captured[1])
    return status


def case_status(pipeline: Pipeline, case_id: str) -> str:
    (case,) = [c for c in pipeline.cases() if c["case_id"]["S"] == case_id]
    return str(case["status"]["S"])


def opened_case(pipeline: Pipeline) -> str:
    deliver(pipeline, dm("1860000000000000200", "mijn pakket is niet aangekomen"))
    pipeline.drain()
    case_id: str = pipeline.helpdesk.received[0]["case"]["case_id"]
    return case_id


def test_closed_case_reopens_when_the_customer_writes_within_the_window(pipeline: Pipeline) -> None:
    case_id = opened_case(pipeline)
    assert callback(pipeline, {"type": "case.closed", "case_id": case_id}) == (
        200,
        {"case_id": case_id, "status": "closed"},
    )
    deliver(pipeline, dm("1860000000000000201", "it still has not arrived"))
    pipeline.drain()
    second = pipeline.helpdesk.received[1]
    assert (second["type"], second["case"]["case_id"], second["case"]["status"]) == (
        "message.appended",
        case_id,
        "open",
    )


def test_after_the_reopen_window_a_new_case_and_ticket_start(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = config_for(pipeline.helpdesk.url)
    config["defaults"]["reopen_window_hours"] = 0
    (tmp_path / "no-reopen.json").write_text(json.dumps(config))
    monkeypatch.setenv("WEBCARE_CONFIG", str(tmp_path / "no-reopen.json"))
    for module in (pipeline.process, pipeline.callback, pipeline.forward):
        module.dependencies.cache_clear()
    case_id = opened_case(pipeline)
    assert callback(pipeline, {"type": "case.closed", "case_id": case_id})[0] == 200
    deliver(pipeline, dm("1860000000000000202", "new question about my bill"))
    pipeline.drain()
    second = pipeline.helpdesk.received[1]
    assert second["type"] == "case.opened" and second["case"]["case_id"] != case_id
    assert sorted(c["status"]["S"] for c in pipeline.cases()) == ["closed", "open"]


@pytest.mark.parametrize(
    ("document", "secret", "helpdesk", "status", "reason"),
    [
        ({"type": "case.closed", "case_id": "c_" + "0" * 24}, "whsec_d3Jvbmc=", "main", 401, "signature"),
        (
            {"type": "case.closed", "case_id": "c_" + "0" * 24},
            SIGNING_SECRET,
            "nope",
            404,
            "unknown helpdesk",
        ),
        ({"type": "case.closed", "case_id": "c_" + "0" * 24}, SIGNING_SECRET, "main", 404, "unknown case"),
        ({"type": "case.deleted", "case_id": "c_" + "0" * 24}, SIGNING_SECRET, "main", 400, "type"),
    ],
)
def test_bad_callbacks_get_a_specific_answer(
    pipeline: Pipeline, document: dict[str, Any], secret: str, helpdesk: str, status: int, reason: str
) -> None:
    got_status, answer = callback(pipeline, document, secret=secret, helpdesk=helpdesk)
    assert got_status == status and reason in answer["error"]


OTHER_SECRET = "whsec_" + base64.b64encode(b"another helpdesk's own signing key").decode()


def test_a_helpdesk_cannot_close_a_case_that_another_helpdesk_owns(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a second helpdesk with its own signing secret, and a case owned by "main"
    config = config_for(pipeline.helpdesk.url)
    config["helpdesks"]["other"] = {**config["helpdesks"]["main"], "signing_secret": "other_signing_secret"}
    (tmp_path / "two.json").write_text(json.dumps(config))
    monkeypatch.setenv("WEBCARE_CONFIG", str(tmp_path / "two.json"))
    pipeline.add_secrets({"other_signing_secret": OTHER_SECRET})
    case_id = opened_case(pipeline)
    # When "other" sends a correctly signed close for it
    status, answer = callback(
        pipeline, {"type": "case.closed", "case_id": case_id}, secret=OTHER_SECRET, helpdesk="other"
    )
    # Then it is an unknown case to that helpdesk, and the case stays open
    assert status == 404 and "unknown case" in answer["error"]
    assert case_status(pipeline, case_id) == "open"
    assert callback(pipeline, {"type": "case.closed", "case_id": case_id})[0] == 200
    assert case_status(pipeline, case_id) == "closed"


def test_a_captured_callback_replayed_after_the_customer_reopened_changes_nothing(pipeline: Pipeline) -> None:
    case_id = opened_case(pipeline)
    body = json.dumps({"type": "case.closed", "case_id": case_id}).encode()
    captured = (body, standard_webhooks.sign(SIGNING_SECRET, "cb_captured", body))
    assert replay(pipeline, captured) == 200
    assert case_status(pipeline, case_id) == "closed"
    deliver(pipeline, dm("1860000000000000210", "nog steeds geen pakket"))
    pipeline.drain()
    assert case_status(pipeline, case_id) == "open"
    # The attacker replays the captured request within its timestamp window: same webhook-id.
    assert replay(pipeline, captured) == 200
    assert case_status(pipeline, case_id) == "open"


def test_a_close_older_than_the_customers_last_message_is_ignored(pipeline: Pipeline) -> None:
    case_id = opened_case(pipeline)
    status, answer = callback(
        pipeline, {"type": "case.closed", "case_id": case_id, "occurred_at": "2020-01-01T00:00:00.000Z"}
    )
    assert status == 200 and "older" in answer["ignored"]
    assert case_status(pipeline, case_id) == "open"


def test_the_first_agent_response_is_recorded_once_and_measured(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = opened_case(pipeline)
    status, first = callback(pipeline, {"type": "case.responded", "case_id": case_id})
    assert status == 200 and first["case_id"] == case_id and "ignored" not in first
    assert 0 <= first["seconds_to_first_response"] < 60 and first["within_target"] is True
    assert '"TimeToFirstResponse"' in capsys.readouterr().out
    # A later response does not move the first one
    status, later = callback(pipeline, {"type": "case.responded", "case_id": case_id})
    assert status == 200 and later["first_response_at"] == first["first_response_at"] and "ignored" in later
    (case,) = pipeline.cases()
    assert case["first_response_at"]["S"] == first["first_response_at"]
    assert case["status"]["S"] == "open"


def test_a_response_for_another_helpdesks_case_is_404(pipeline: Pipeline) -> None:
    case_id = opened_case(pipeline)
    status, answer = callback(pipeline, {"type": "case.responded", "case_id": case_id}, helpdesk="main")
    assert status == 200
    status, answer = callback(pipeline, {"type": "case.responded", "case_id": "c_" + "1" * 24})
    assert status == 404 and "unknown case" in answer["error"]
