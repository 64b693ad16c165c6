"""Helpdesk status callbacks close cases; the customer's next message reopens or starts a new one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_pipeline import deliver, dm

from conftest import SIGNING_SECRET, Pipeline, config_for
from webcare.helpdesks import standard_webhooks


def callback(
    pipeline: Pipeline, document: dict[str, Any], *, secret: str = SIGNING_SECRET, helpdesk: str = "main"
) -> tuple[int, dict[str, Any]]:
    body = json.dumps(document).encode()
    headers = standard_webhooks.sign(secret, "cb_" + document.get("case_id", "x"), body)
    return pipeline.http("POST", f"/callbacks/{helpdesk}", body=body, headers=headers)


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
