"""Inside a Lambda-like process (see infra/lambda_artifact.py): fake AWS at the HTTP layer, events.

Loaded by the benchmark subprocesses, whose `sys.path` is only the artifact, the runtime's boto3
and this directory, so it uses nothing but the standard library and botocore.

`fake_aws()` replaces botocore's HTTP send with canned answers per operation. Everything else in
the SDK runs as deployed: client creation, parameter validation, serialisation, SigV4 signing,
response parsing, Powertools' secret cache. The network round trip is what is left out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

Answer = Callable[[dict[str, Any]], dict[str, Any]]
ACCOUNT = "123456789012"


def _send_message_batch(request: dict[str, Any]) -> dict[str, Any]:
    return {
        "Successful": [
            {
                "Id": entry["Id"],
                "MessageId": str(uuid.uuid4()),
                "MD5OfMessageBody": hashlib.md5(entry["MessageBody"].encode()).hexdigest(),  # noqa: S324
                "SequenceNumber": "18880000000000000000",
            }
            for entry in request.get("Entries", [])
        ],
        "Failed": [],
    }


def _send_message(request: dict[str, Any]) -> dict[str, Any]:
    body = request.get("MessageBody", "")
    return {"MessageId": str(uuid.uuid4()), "MD5OfMessageBody": hashlib.md5(body.encode()).hexdigest()}  # noqa: S324


def secret_answer(document: dict[str, Any]) -> Answer:
    def answer(request: dict[str, Any]) -> dict[str, Any]:
        secret_id = request["SecretId"]
        return {
            "ARN": secret_id if secret_id.startswith("arn:") else f"arn:aws:secretsmanager:::{secret_id}",
            "Name": secret_id.rsplit(":", 1)[-1],
            "SecretString": json.dumps(document),
            "VersionId": "00000000-0000-0000-0000-000000000001",
            "VersionStages": ["AWSCURRENT"],
            "CreatedDate": 1_790_000_000.0,
        }

    return answer


# X-Amz-Target (JSON protocols) -> answer. DynamoDB answers are "nothing there yet / accepted".
ANSWERS: dict[str, Answer] = {
    "AmazonSQS.SendMessageBatch": _send_message_batch,
    "AmazonSQS.SendMessage": _send_message,
    "AmazonSQS.ChangeMessageVisibility": lambda request: {},
    "DynamoDB_20120810.GetItem": lambda request: {},
    "DynamoDB_20120810.PutItem": lambda request: {},
    "DynamoDB_20120810.UpdateItem": lambda request: {"Attributes": {}},
    "DynamoDB_20120810.TransactWriteItems": lambda request: {},
    "DynamoDB_20120810.Query": lambda request: {"Items": [], "Count": 0, "ScannedCount": 0},
}


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


class FakeAws:
    """Counts calls per operation; unknown operations fail loudly (HTTP 400) so nothing is hidden."""

    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self.calls: dict[str, int] = {}
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.keep_requests = True

    def send(self, request: Any) -> Any:
        from botocore.awsrequest import AWSResponse

        target = request.headers.get("X-Amz-Target", b"")
        target = target.decode() if isinstance(target, bytes) else str(target)
        self.calls[target] = self.calls.get(target, 0) + 1
        answer = self.answers.get(target)
        if answer is None:
            error = {"__type": "UnknownOperationException", "message": f"no fake for {target}"}
            headers = {"content-type": "application/x-amz-json-1.0"}
            return AWSResponse(request.url, 400, headers, _Raw(json.dumps(error).encode()))
        payload = request.body or b"{}"
        parsed = json.loads(payload.decode() if isinstance(payload, bytes) else payload)
        if self.keep_requests:
            self.requests.append((target, parsed))
        body = json.dumps(answer(parsed)).encode()
        headers = {"content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "fake"}
        return AWSResponse(request.url, 200, headers, _Raw(body))


def fake_aws(secret_document: dict[str, Any]) -> FakeAws:
    """Answer every botocore request from `ANSWERS` (GetSecretValue gives `secret_document`)."""
    from botocore.httpsession import URLLib3Session

    fake = FakeAws({**ANSWERS, "secretsmanager.GetSecretValue": secret_answer(secret_document)})
    URLLib3Session.send = lambda self, request: fake.send(request)
    return fake


class Context:
    """The Lambda context attributes Powertools reads."""

    function_name = "webcare-bench-IngestFunction"
    function_version = "$LATEST"
    memory_limit_in_mb = 512
    invoked_function_arn = f"arn:aws:lambda:eu-west-1:{ACCOUNT}:function:webcare-bench-IngestFunction"
    aws_request_id = "00000000-0000-0000-0000-000000000000"
    log_group_name = "/aws/lambda/webcare-bench-IngestFunction"
    log_stream_name = "bench"

    def get_remaining_time_in_millis(self) -> int:
        return 10_000


def x_signature(secret: str, body: bytes) -> str:
    return "sha256=" + base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def x_webhook_event(body: bytes, secret: str) -> dict[str, Any]:
    """An API Gateway HTTP API (payload 2.0) event for a signed X Account Activity delivery."""
    now = int(time.time() * 1000)
    return {
        "version": "2.0",
        "routeKey": "POST /webhooks/{source}",
        "rawPath": "/webhooks/x",
        "rawQueryString": "",
        "headers": {
            "content-type": "application/json; charset=utf-8",
            "content-length": str(len(body)),
            "host": "abc123.execute-api.eu-west-1.amazonaws.com",
            "user-agent": "Twitter-Webhooks",
            "x-twitter-webhooks-signature": x_signature(secret, body),
        },
        "requestContext": {
            "accountId": ACCOUNT,
            "apiId": "abc123",
            "domainName": "abc123.execute-api.eu-west-1.amazonaws.com",
            "http": {
                "method": "POST",
                "path": "/webhooks/x",
                "protocol": "HTTP/1.1",
                "sourceIp": "199.59.150.1",
                "userAgent": "Twitter-Webhooks",
            },
            "requestId": "bench",
            "routeKey": "POST /webhooks/{source}",
            "stage": "$default",
            "time": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime()),
            "timeEpoch": now,
        },
        "pathParameters": {"source": "x"},
        "body": body.decode("utf-8"),
        "isBase64Encoded": False,
    }


def sqs_event(queue_arn: str, bodies: list[tuple[str, str]]) -> dict[str, Any]:
    """An SQS event for a FIFO queue: (message group id, body) per record."""
    now = str(int(time.time() * 1000))
    return {
        "Records": [
            {
                "messageId": str(uuid.uuid4()),
                "receiptHandle": "bench",
                "body": body,
                "attributes": {
                    "ApproximateReceiveCount": "1",
                    "SentTimestamp": now,
                    "SenderId": "AIDAEXAMPLE",
                    "ApproximateFirstReceiveTimestamp": now,
                    "SequenceNumber": "18880000000000000000",
                    "MessageGroupId": group,
                    "MessageDeduplicationId": hashlib.sha256(body.encode()).hexdigest(),
                },
                "messageAttributes": {},
                "md5OfBody": hashlib.md5(body.encode()).hexdigest(),  # noqa: S324
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": "eu-west-1",
            }
            for group, body in bodies
        ]
    }
