"""IngestFunction's answers to good and bad input, under moto with the template's resources."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import time
import urllib.parse
from pathlib import Path
from typing import Any

import boto3
import pytest
from test_pipeline import mention

from conftest import X_SECRET, Pipeline, signed_x
from webcare.simulate import sign_x


def request(
    pipeline: Pipeline,
    method: str,
    source: str = "x",
    *,
    body: bytes = b"",
    query: str = "",
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    return pipeline.http(method, f"/webhooks/{source}", body=body, headers=headers, query=query)


def test_crc_handshake_answers_the_response_token(pipeline: Pipeline) -> None:
    status, body = request(pipeline, "GET", query="crc_token=challenge")
    expected = base64.b64encode(hmac.new(X_SECRET.encode(), b"challenge", hashlib.sha256).digest()).decode()
    assert (status, body) == (200, {"response_token": "sha256=" + expected})


def test_body_over_one_mebibyte_is_413_and_nothing_queued(pipeline: Pipeline) -> None:
    huge = b"{" + b" " * (1024 * 1024) + b"}"
    status, body = request(pipeline, "POST", body=huge, headers=signed_x({})[1])
    assert status == 413 and "larger than" in body["error"]
    assert pipeline.in_flight() == 0


def test_non_json_body_is_400_with_the_reason(pipeline: Pipeline) -> None:
    raw = b"not json at all"
    signature = base64.b64encode(hmac.new(X_SECRET.encode(), raw, hashlib.sha256).digest()).decode()
    status, body = request(
        pipeline, "POST", body=raw, headers={"x-twitter-webhooks-signature": "sha256=" + signature}
    )
    assert status == 400 and "must be a JSON object" in body["error"]


def test_the_crc_handshake_cannot_be_used_to_sign_a_forged_delivery(pipeline: Pipeline) -> None:
    # The attack from the security review: ask the CRC to "answer" a delivery naming a victim,
    # then POST that delivery with the answer as its signature.
    forged, _ = signed_x(mention("1900000000000000001", "please call me http://evil.example", user_id="999"))
    status, answer = request(pipeline, "GET", query="crc_token=" + urllib.parse.quote(forged.decode()))
    assert status == 400 and "crc_token" in answer["error"]
    assert "response_token" not in answer
    # Nor does any token the CRC does answer sign a body that gets in.
    status, answer = request(pipeline, "GET", query="crc_token=abc")
    assert status == 200
    for header in ("x-twitter-webhooks-signature", "x-twitter-webhooks-signature-oauth2"):
        status, body = request(pipeline, "POST", body=b"abc", headers={header: answer["response_token"]})
        assert status in (400, 401) and "accepted" not in body
    assert pipeline.in_flight() == 0


def test_unknown_source_is_404(pipeline: Pipeline) -> None:
    status, body = request(pipeline, "POST", source="myspace", body=b"{}")
    assert status == 404 and "myspace" in body["error"]


def test_unknown_and_unwanted_events_are_200_ignored_and_counted(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = {"for_user_id": "1", "favorite_events": [{"id": "f1"}], "brand_new_events": [{}]}
    body, headers = signed_x(payload)
    status, answer = request(pipeline, "POST", body=body, headers=headers)
    assert status == 200
    assert answer == {"accepted": 0, "ignored": {"favorite_events": 1, "unknown:brand_new_events": 1}}
    assert pipeline.in_flight() == 0
    metrics = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"EventsIgnored"' in line]
    assert {
        (m["reason"], m["EventsIgnored"][0] if isinstance(m["EventsIgnored"], list) else m["EventsIgnored"])
        for m in metrics
    } == {("favorite_events", 1.0), ("unknown", 1.0)}


def test_a_broken_config_answers_500_and_logs_the_field(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logs: io.StringIO
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps({"version": 1, "helpdesks": {"main": {"type": "webhook"}}, "default_helpdesk": "main"})
    )
    monkeypatch.setenv("WEBCARE_CONFIG", str(broken))
    pipeline.ingest.dependencies.cache_clear()
    body, headers = signed_x(mention("1860000000000000020", "@brand hi"))
    status, answer = request(pipeline, "POST", body=body, headers=headers)
    assert status == 500 and "misconfigured" in answer["error"]
    assert "helpdesks.main" in logs.getvalue()
    assert pipeline.in_flight() == 0


def test_queue_unavailable_is_503_so_the_platform_retries(pipeline: Pipeline) -> None:
    boto3.client("sqs").delete_queue(QueueUrl=pipeline.queue_url("InboundQueue"))
    body, headers = signed_x(mention("1860000000000000021", "@brand hi"))
    status, answer = request(pipeline, "POST", body=body, headers=headers)
    assert status == 503 and "retry" in answer["error"]


def test_during_a_rotation_both_secret_values_verify(pipeline: Pipeline) -> None:
    secret_arn = pipeline.stack.secrets["PlatformSecrets"].arn
    sm = boto3.client("secretsmanager")
    document = json.loads(sm.get_secret_value(SecretId=secret_arn)["SecretString"])
    document["x_consumer_secret"] = ["brand-new-secret", X_SECRET]
    sm.put_secret_value(SecretId=secret_arn, SecretString=json.dumps(document))
    pipeline.ingest.dependencies.cache_clear()
    from aws_lambda_powertools.utilities import parameters

    parameters.clear_caches()
    body, headers = signed_x(mention("1860000000000000022", "@brand old secret still works"))
    assert request(pipeline, "POST", body=body, headers=headers)[0] == 200
    new_sig = base64.b64encode(hmac.new(b"brand-new-secret", body, hashlib.sha256).digest()).decode()
    assert (
        request(pipeline, "POST", body=body, headers={"x-twitter-webhooks-signature": "sha256=" + new_sig})[0]
        == 200
    )
    # the CRC is answered with the current (first) value
    _, answer = request(pipeline, "GET", query="crc_token=t")
    expected = base64.b64encode(hmac.new(b"brand-new-secret", b"t", hashlib.sha256).digest()).decode()
    assert answer == {"response_token": "sha256=" + expected}


def test_a_signed_event_with_half_a_surrogate_pair_is_400_and_nothing_queued(pipeline: Pipeline) -> None:
    # JSON can escape half an emoji ("\ud83d"); Python decodes it, but it cannot be stored or sent.
    body = json.dumps(mention("1860000000000000801", "kapot \ud83d")).encode("ascii")
    headers = sign_x(body, X_SECRET)
    assert b"\\ud83d" in body
    status, answer = request(pipeline, "POST", body=body, headers=headers)
    assert status == 400 and "unpaired surrogate" in answer["error"]
    assert pipeline.in_flight() == 0


@pytest.mark.parametrize("attack", ["klantnummer" + " " * 19_000 + "x", "geb" + " " * 19_000 + "1"])
def test_a_signed_mention_built_to_backtrack_costs_what_plain_text_of_its_length_costs(
    pipeline: Pipeline, attack: str
) -> None:
    # The security review's stall: these took 15-30 s to scrub (the Lambda timeout is 10 s). The
    # handler's CPU time for it is compared with a plain mention of the same length (a ratio, not
    # a wall-clock limit; best of three against noise from other processes).
    plain = "mijn internet " * (len(attack) // 14)

    def cost(text: str, tweet_id: int) -> float:
        best = float("inf")
        for attempt in range(3):
            body, headers = signed_x(mention(str(tweet_id + attempt), text))
            started = time.thread_time()
            status, _ = request(pipeline, "POST", body=body, headers=headers)
            best = min(best, time.thread_time() - started)
            assert status == 200
        return best

    assert cost(attack, 1860000000000000910) <= 10 * cost(plain, 1860000000000000920)
