"""A helpdesk the forwarder cannot build (a missing secret) dead-letters with the reason, not silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_pipeline import deliver, mention

from conftest import Pipeline, config_for


def test_a_missing_helpdesk_secret_sends_the_message_to_the_dlq_with_the_secret_named(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = config_for(pipeline.helpdesk.url)
    config["helpdesks"]["main"]["signing_secret"] = "not_in_the_secrets_document"
    (tmp_path / "broken.json").write_text(json.dumps(config))
    monkeypatch.setenv("WEBCARE_CONFIG", str(tmp_path / "broken.json"))
    for module in (pipeline.process, pipeline.forward):
        module.dependencies.cache_clear()
    deliver(pipeline, mention("1860000000000000501", "@brand is er een storing?"))
    pipeline.drain()
    assert pipeline.helpdesk.received == []
    dlq = pipeline.queue_url("ForwardDeadLetterQueue")
    [dead] = pipeline.sqs.receive_message(QueueUrl=dlq, MessageAttributeNames=["All"])["Messages"]
    reason = dead["MessageAttributes"]["failure_reason"]["StringValue"]
    assert reason.startswith("helpdesk configuration:") and "not_in_the_secrets_document" in reason
    ledger = [i for i in pipeline.table_items() if i["kind"]["S"] == "message"]
    assert ledger[0]["forward_state"]["S"] == "dead"
