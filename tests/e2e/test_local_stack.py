"""The local stack itself: API Gateway and SQS event-source semantics, with stand-in handlers.

These tests run a small template whose functions are `local_fakes` so that they can check the
events and the queue behaviour exactly, independent of the real handlers.
"""

from __future__ import annotations

import base64
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from webcare.local.stack import LocalStack

pytestmark = pytest.mark.e2e

TEMPLATE = """
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: 7
    MemorySize: 256
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
  EchoFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: local_fakes.echo
      Events:
        Get:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Path: "/echo/{name}", Method: GET}
        Post:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Path: "/echo/{name}", Method: POST}
        Greedy:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Path: "/files/{proxy+}", Method: ANY}
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
      VisibilityTimeout: 1
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt DeadLetters.Arn
        maxReceiveCount: 3
  DeadLetters:
    Type: AWS::SQS::Queue
    Properties: {FifoQueue: true}
  ConsumeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: local_fakes.consume
      Environment:
        Variables:
          QUEUE_URL: !Ref Queue
      Events:
        Queue:
          Type: SQS
          Properties:
            Queue: !GetAtt Queue.Arn
            BatchSize: 10
            FunctionResponseTypes: [ReportBatchItemFailures]
"""


@pytest.fixture
def stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalStack]:
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    template = tmp_path / "template.yaml"
    template.write_text(TEMPLATE)
    with LocalStack(template=template, port=0, state_dir=tmp_path / ".local") as running:
        yield running


@pytest.fixture
def fakes(stack: LocalStack) -> Any:
    """The handlers' module as the stack imported it (each stack imports its handlers afresh)."""
    return sys.modules["local_fakes"]


def send(stack: LocalStack, body: str, group: str, **extra: Any) -> None:
    stack.client("sqs").send_message(
        QueueUrl=stack.resources.queues["Queue"].url,
        MessageBody=body,
        MessageGroupId=group,
        MessageDeduplicationId=body,
        **extra,
    )


# ---- HTTP API ---------------------------------------------------------------------------------


def test_request_becomes_an_exact_payload_2_event(stack: LocalStack) -> None:
    response = requests.post(
        f"{stack.url}/echo/hello%20world?a=1&b=x%20y&a=2",
        data=b'{"k": "v"}',
        headers={
            "Content-Type": "application/json",
            "X-Dup": "one",
            "Cookie": "s=1; t=2",
            "User-Agent": "tester/1",
        },
        timeout=10,
    )
    assert response.status_code == 200
    assert response.headers["apigw-requestid"]
    event = response.json()
    assert event["version"] == "2.0"
    assert event["routeKey"] == "POST /echo/{name}"
    assert event["rawPath"] == "/echo/hello%20world"
    assert event["rawQueryString"] == "a=1&b=x%20y&a=2"
    assert event["queryStringParameters"] == {"a": "1,2", "b": "x y"}
    assert event["pathParameters"] == {"name": "hello world"}
    assert event["cookies"] == ["s=1", "t=2"]
    assert "cookie" not in event["headers"]
    assert event["headers"]["content-type"] == "application/json"
    assert event["headers"]["x-dup"] == "one"
    assert all(name == name.lower() for name in event["headers"])
    assert (event["body"], event["isBase64Encoded"]) == ('{"k": "v"}', False)
    context = event["requestContext"]
    assert context["accountId"] == stack.resources.account_id
    assert context["stage"] == "$default"
    assert context["routeKey"] == "POST /echo/{name}"
    assert context["http"] == {
        "method": "POST",
        "path": "/echo/hello%20world",
        "protocol": "HTTP/1.1",
        "sourceIp": "127.0.0.1",
        "userAgent": "tester/1",
    }
    assert {"apiId", "domainName", "domainPrefix", "requestId", "time", "timeEpoch"} <= context.keys()
    assert abs(context["timeEpoch"] / 1000 - time.time()) < 10


def test_duplicate_headers_are_joined_with_commas(stack: LocalStack) -> None:
    import http.client

    host, port = stack.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.putrequest("GET", "/echo/x")
    connection.putheader("X-Dup", "one")
    connection.putheader("x-dup", "two")
    connection.endheaders()
    event = json.loads(connection.getresponse().read())
    assert event["headers"]["x-dup"] == "one,two"
    assert "queryStringParameters" not in event and "body" not in event
    assert event["isBase64Encoded"] is False


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "application/octet-stream", None]
)
def test_non_text_bodies_arrive_base64_encoded(stack: LocalStack, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = requests.post(f"{stack.url}/echo/x", data=b"a=1&b=\xff", headers=headers, timeout=10)
    event = response.json()
    assert event["isBase64Encoded"] is True
    assert base64.b64decode(event["body"]) == b"a=1&b=\xff"


def test_greedy_path_parameter(stack: LocalStack) -> None:
    event = requests.delete(f"{stack.url}/files/a/b/c.txt", timeout=10).json()
    assert event["routeKey"] == "ANY /files/{proxy+}"
    assert event["pathParameters"] == {"proxy": "a/b/c.txt"}


@pytest.mark.parametrize(("method", "path"), [("GET", "/nowhere"), ("PUT", "/echo/x"), ("GET", "/echo/x/y")])
def test_unknown_route_is_404_like_api_gateway(stack: LocalStack, method: str, path: str) -> None:
    response = requests.request(method, f"{stack.url}{path}", timeout=10)
    assert response.status_code == 404
    assert response.json() == {"message": "Not Found"}


def test_a_raising_handler_is_a_500_like_api_gateway(stack: LocalStack) -> None:
    response = requests.get(f"{stack.url}/echo/boom", timeout=10)
    assert response.status_code == 500
    assert response.json() == {"message": "Internal Server Error"}


def test_response_mapping_decodes_base64_and_sets_cookies(stack: LocalStack) -> None:
    response = requests.get(f"{stack.url}/echo/binary", timeout=10)
    assert response.status_code == 201
    assert response.content == b"\x00\xffbytes"
    assert response.headers["x-one"] == "1"
    assert response.headers["set-cookie"] == "a=1; Path=/"


def test_a_response_without_status_code_is_a_json_200(stack: LocalStack) -> None:
    response = requests.get(f"{stack.url}/echo/inferred", timeout=10)
    assert (response.status_code, response.json()) == (200, {"hello": "world"})


def test_body_over_the_http_api_limit_is_413(stack: LocalStack) -> None:
    response = requests.post(f"{stack.url}/echo/x", data=b"x" * (10 * 1024 * 1024 + 1), timeout=30)
    assert response.status_code == 413


# ---- SQS event source -------------------------------------------------------------------------


def test_sqs_records_are_shaped_like_lambdas(stack: LocalStack, fakes: Any) -> None:
    send(stack, "hello", "g1", MessageAttributes={"kind": {"DataType": "String", "StringValue": "k"}})
    stack.wait_until_idle(10)
    (record,) = fakes.DELIVERIES
    assert record["body"] == "hello"
    assert record["eventSource"] == "aws:sqs"
    assert record["eventSourceARN"] == stack.resources.queues["Queue"].arn
    assert record["awsRegion"] == stack.region
    assert record["md5OfBody"] == "5d41402abc4b2a76b9719d911017c592"
    assert record["messageId"] and record["receiptHandle"]
    assert set(record["attributes"]) >= {
        "ApproximateReceiveCount",
        "SentTimestamp",
        "SenderId",
        "ApproximateFirstReceiveTimestamp",
        "SequenceNumber",
        "MessageGroupId",
        "MessageDeduplicationId",
    }
    assert record["attributes"]["MessageGroupId"] == "g1"
    assert record["attributes"]["ApproximateReceiveCount"] == "1"
    assert record["messageAttributes"] == {
        "kind": {"stringValue": "k", "stringListValues": [], "binaryListValues": [], "dataType": "String"}
    }
    (context,) = fakes.CONTEXTS
    function = stack.resources.functions["ConsumeFunction"]
    assert context["function_name"] == function.name
    assert context["invoked_function_arn"] == function.arn
    assert context["memory_limit_in_mb"] == "256"
    assert 0 < context["remaining"] <= 7000


def test_reported_failures_come_back_and_the_rest_is_deleted(stack: LocalStack, fakes: Any) -> None:
    fakes.PLAN["a"] = ["fail"]
    send(stack, "a", "g-a")
    send(stack, "b", "g-b")
    stack.wait_until_idle(15)
    assert fakes.attempts("a") == 2 and fakes.attempts("b") == 1
    second = [d for d in fakes.DELIVERIES if d["body"] == "a"][1]
    assert second["attributes"]["ApproximateReceiveCount"] == "2"


def test_a_fifo_group_waits_for_its_failed_message_and_stays_in_order(stack: LocalStack, fakes: Any) -> None:
    fakes.PLAN["a1"] = ["fail", "fail"]
    for body, group in [("a1", "A"), ("a2", "A"), ("a3", "A"), ("b1", "B")]:
        send(stack, body, group)
    stack.wait_until_idle(20)
    assert fakes.delivered_ok() == ["b1", "a1", "a2", "a3"]
    # While a1 was in flight no later message of group A was handed to the function on its own.
    for batch in fakes.BATCHES:
        group_a = [b for b in batch if b.startswith("a")]
        assert group_a == sorted(group_a) and (not group_a or group_a[0] == "a1" or "a1" not in batch)


def test_after_max_receive_count_the_message_moves_to_the_dead_letter_queue(
    stack: LocalStack, fakes: Any
) -> None:
    fakes.PLAN["poison"] = ["fail"] * 10
    send(stack, "poison", "P")
    send(stack, "fine", "F")
    stack.wait_until_idle(20)
    assert fakes.attempts("poison") == 3  # maxReceiveCount
    assert fakes.delivered_ok() == ["fine"]
    (dead,) = stack.dead_letters("DeadLetters")
    assert dead["Body"] == "poison"


def test_a_raising_handler_fails_the_whole_batch(stack: LocalStack, fakes: Any) -> None:
    fakes.PLAN["x"] = ["raise"]
    send(stack, "x", "X")
    send(stack, "y", "Y")
    deadline = time.monotonic() + 5
    while not fakes.BATCHES and time.monotonic() < deadline:
        time.sleep(0.05)
    stack.wait_until_idle(15)
    assert fakes.attempts("x") == 2
    assert fakes.delivered_ok().count("x") == 1
    # y was in the raising batch when both were received together, so it came back too.
    first_batch = fakes.BATCHES[0]
    assert fakes.attempts("y") == (2 if "y" in first_batch else 1)


def test_an_invalid_batch_item_failure_fails_the_whole_batch(stack: LocalStack, fakes: Any) -> None:
    fakes.RESPONSE.update({"batchItemFailures": [{"itemIdentifier": "not-in-this-batch"}]})
    send(stack, "m", "M")
    deadline = time.monotonic() + 5
    while fakes.attempts("m") < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fakes.attempts("m") >= 2
    fakes.RESPONSE.clear()
    stack.wait_until_idle(15)


def test_a_handler_may_delay_a_retry_with_change_message_visibility(stack: LocalStack, fakes: Any) -> None:
    fakes.PLAN["later"] = ["delay:3"]
    send(stack, "later", "L")
    started = time.monotonic()
    stack.wait_until_idle(20)
    retried = [d for d in fakes.DELIVERIES if d["body"] == "later"]
    assert len(retried) == 2
    assert time.monotonic() - started >= 2.5  # the queue's own timeout is 1 s


def test_wait_until_idle_times_out_while_work_keeps_failing(stack: LocalStack, fakes: Any) -> None:
    fakes.PLAN["stuck"] = ["fail"] * 2
    send(stack, "stuck", "S")
    with pytest.raises(TimeoutError):
        stack.wait_until_idle(0.5)
    stack.wait_until_idle(15)


def test_stop_restores_the_environment(stack: LocalStack) -> None:
    import os

    assert os.environ["AWS_ENDPOINT_URL"] == stack.aws_endpoint_url
    assert os.environ["QUEUE_URL"] == stack.resources.queues["Queue"].url
    endpoint = stack.aws_endpoint_url
    stack.stop()
    assert os.environ.get("AWS_ENDPOINT_URL") != endpoint
    assert "QUEUE_URL" not in os.environ


# ---- the rules in isolation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (None, set()),
        ({}, set()),
        ({"batchItemFailures": None}, set()),
        ({"batchItemFailures": []}, set()),
        ({"batchItemFailures": [{"itemIdentifier": "m1"}]}, {"m1"}),
        ({"batchItemFailures": [{"itemIdentifier": ""}]}, None),
        ({"batchItemFailures": [{"itemIdentifier": None}]}, None),
        ({"batchItemFailures": [{"id": "m1"}]}, None),
        ({"batchItemFailures": [{"itemIdentifier": "other"}]}, None),
        ("not an object", None),
    ],
)
def test_batch_item_failures_follow_lambdas_rules(result: Any, expected: set[str] | None) -> None:
    from webcare.local.stack import _failed_ids

    assert _failed_ids(result, {"m1", "m2"}) == expected


def test_the_most_specific_route_wins() -> None:
    from webcare.local.events import match_route
    from webcare.local.resources import FunctionResource, HttpRoute

    def function(name: str, method: str, path: str) -> FunctionResource:
        return FunctionResource(
            name, name, f"arn:{name}", "m.h", None, 3, 128, {}, (HttpRoute("E", method, path),)
        )

    functions = [
        function("Any", "ANY", "/webhooks/{source}"),
        function("Get", "GET", "/webhooks/{source}"),
        function("Literal", "GET", "/webhooks/x"),
        function("Greedy", "ANY", "/{proxy+}"),
    ]
    assert match_route(functions, "GET", "/webhooks/x").function.name == "Literal"  # type: ignore[union-attr]
    assert match_route(functions, "GET", "/webhooks/y").function.name == "Get"  # type: ignore[union-attr]
    assert match_route(functions, "POST", "/webhooks/y").function.name == "Any"  # type: ignore[union-attr]
    assert match_route(functions, "POST", "/other/path").function.name == "Greedy"  # type: ignore[union-attr]
    assert match_route(functions[:3], "POST", "/other") is None
