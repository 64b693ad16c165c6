"""The admin route: the customer operations over HTTP, signed, each request once."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import pytest
from test_case_concurrency import NOW, ForwardQueue, deliver, message

from conftest import Pipeline
from webcare.cases.admin_api import receive_admin
from webcare.cases.store import DynamoCaseStore
from webcare.errors import ConfigError
from webcare.helpdesks import standard_webhooks
from webcare.http import ClientError, Request
from webcare.model import Identity
from webcare.secrets import StaticSecrets

ADMIN_SECRET = "whsec_" + base64.b64encode(b"an operator tool's own signing key").decode()
SECRETS = StaticSecrets({"admin_signing_secret": ADMIN_SECRET})


@pytest.fixture
def store(pipeline: Pipeline) -> DynamoCaseStore:
    store = DynamoCaseStore(pipeline.stack.tables["CaseTable"].name)
    queue = ForwardQueue()
    deliver(message(Identity("x", "2244994945"), "x_dm", "1"), store, queue)
    return store


def signed(
    operation: str, body: dict[str, Any], *, secret: str = ADMIN_SECRET, request_id: str | None = None
) -> Request:
    raw = json.dumps(body).encode()
    headers = standard_webhooks.sign(secret, request_id or "adm_" + uuid.uuid4().hex, raw)
    return Request(method="POST", path=f"/admin/{operation}", headers=headers, query={}, body=raw)


def call(store: DynamoCaseStore, request: Request, operation: str) -> tuple[int, dict[str, Any]]:
    try:
        response = receive_admin(request, operation, secrets=SECRETS, store=store, now=NOW)
    except ClientError as exc:
        return exc.status, {"error": exc.reason}
    return response.status, json.loads(response.body)


def test_link_show_and_unlink_over_the_admin_route(store: DynamoCaseStore) -> None:
    body = {
        "identity": "whatsapp:31612345678",
        "to": "x:2244994945",
        "by": "crm-sync",
        "reason": "verified number",
    }
    status, linked = call(store, signed("link", body), "link")
    assert status == 200 and linked["customer_key"] == "x:2244994945"
    status, shown = call(store, signed("show", {"identity": "phone:+31612345678"}), "show")
    assert status == 200 and shown["identities"] == ["x:2244994945", "phone:+31612345678"]
    status, _ = call(
        store,
        signed("unlink", {"identity": "phone:+31612345678", "by": "crm-sync", "reason": "undo"}),
        "unlink",
    )
    assert status == 200


@pytest.mark.parametrize(
    ("operation", "body", "status", "reason"),
    [
        ("link", {"identity": "x:1", "to": "x:1", "by": "a", "reason": "r"}, 409, "itself"),
        ("link", {"identity": "x:1", "by": "a", "reason": "r"}, 400, "to:"),
        ("unlink", {"identity": "x:2244994945", "by": "a", "reason": "r"}, 409, "not linked"),
        ("show", {"identity": "x:404"}, 404, "nothing is held"),
        ("show", {"identity": "no-colon"}, 400, "namespace:id"),
        ("drop-table", {"identity": "x:1"}, 404, "unknown operation"),
    ],
)
def test_bad_admin_requests_get_a_specific_answer_and_change_nothing(
    pipeline: Pipeline, store: DynamoCaseStore, operation: str, body: dict[str, Any], status: int, reason: str
) -> None:
    before = [i for i in pipeline.table_items() if i["kind"]["S"] != "seen"]
    got, answer = call(store, signed(operation, body), operation)
    assert got == status and reason in answer["error"]
    assert [i for i in pipeline.table_items() if i["kind"]["S"] != "seen"] == before


def test_without_the_admin_secret_nothing_runs(pipeline: Pipeline, store: DynamoCaseStore) -> None:
    before = pipeline.table_items()
    request = signed(
        "erase",
        {"identity": "x:2244994945", "by": "a", "reason": "r"},
        secret="whsec_" + base64.b64encode(b"guess").decode(),
    )
    assert call(store, request, "erase")[0] == 401
    unsigned = Request(
        method="POST", path="/admin/erase", headers={}, query={}, body=b'{"identity":"x:2244994945"}'
    )
    assert call(store, unsigned, "erase")[0] == 401
    assert pipeline.table_items() == before


def test_a_captured_admin_request_cannot_be_replayed(store: DynamoCaseStore) -> None:
    request = signed(
        "unlink", {"identity": "phone:+31612345678", "by": "a", "reason": "r"}, request_id="adm_once"
    )
    assert call(store, request, "unlink")[0] == 409  # not linked: ran once and refused
    assert call(store, request, "unlink") == (
        409,
        {"error": "this webhook-id was used already; sign each request with a new one"},
    )


def test_an_unset_admin_secret_closes_the_route(store: DynamoCaseStore) -> None:
    with pytest.raises(ConfigError, match="admin_signing_secret"):
        receive_admin(
            signed("show", {"identity": "x:1"}), "show", secrets=StaticSecrets({}), store=store, now=NOW
        )


def admin_secret(pipeline: Pipeline) -> str:
    import boto3

    arn = pipeline.stack.secrets["AdminSecrets"].arn
    value: str = json.loads(boto3.client("secretsmanager").get_secret_value(SecretId=arn)["SecretString"])[
        "admin_signing_secret"
    ]
    return value


def admin_http(
    pipeline: Pipeline, operation: str, body: dict[str, Any], secret: str
) -> tuple[int, dict[str, Any]]:
    raw = json.dumps(body).encode()
    headers = standard_webhooks.sign(secret, "adm_" + uuid.uuid4().hex, raw)
    return pipeline.http("POST", f"/admin/{operation}", body=raw, headers=headers)


def test_the_template_routes_admin_requests_to_the_admin_function_with_its_own_secret(
    pipeline: Pipeline, store: DynamoCaseStore
) -> None:
    secret = admin_secret(pipeline)
    status, shown = admin_http(pipeline, "show", {"identity": "x:2244994945"}, secret)
    assert status == 200 and shown["customer_key"] == "x:2244994945"
    status, answer = admin_http(pipeline, "show", {"identity": "x:2244994945"}, ADMIN_SECRET)
    assert status == 401 and "signature" in answer["error"]
    status, receipt = admin_http(
        pipeline, "erase", {"identity": "x:2244994945", "by": "dpo", "reason": "art. 17"}, secret
    )
    assert status == 200 and receipt["removed"]["case"] == 1
