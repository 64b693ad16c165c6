"""What the issue and DESIGN §7 ask of the infrastructure, checked on template.yaml itself."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from template_support import ROOT, lambda_artifact

from webcare import forwarding

TEMPLATE = lambda_artifact.load_template()
RESOURCES: dict[str, Any] = TEMPLATE["Resources"]
FUNCTIONS = lambda_artifact.functions(TEMPLATE)


def of_type(kind: str) -> dict[str, dict[str, Any]]:
    return {name: r.get("Properties") or {} for name, r in RESOURCES.items() if r.get("Type") == kind}


QUEUES = of_type("AWS::SQS::Queue")
TABLES = of_type("AWS::DynamoDB::Table")


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def target_of(value: Any) -> str | None:
    """The logical id an intrinsic points at (Ref, GetAtt, or a Sub that names one resource)."""
    if isinstance(value, dict) and len(value) == 1:
        (function, argument), = value.items()
        if function == "Ref" and isinstance(argument, str):
            return argument
        if function == "Fn::GetAtt":
            return str(argument[0])
        if function == "Fn::Sub":
            text = argument if isinstance(argument, str) else argument[0]
            names = {
                n.split(".", 1)[0] for n in re.findall(r"\$\{([^}!]+)\}", text) if not n.startswith("AWS::")
            }
            named_resources = names & set(RESOURCES)
            return next(iter(named_resources)) if len(named_resources) == 1 else None
    return None


# ---- functions ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_function_runs_python_3_12_or_newer_on_arm64(name: str) -> None:
    properties = FUNCTIONS[name]
    match = re.fullmatch(r"python3\.(\d+)", str(properties.get("Runtime")))

    assert match and int(match.group(1)) >= 12, properties.get("Runtime")
    assert properties.get("Architectures") == ["arm64"]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_function_is_built_by_the_makefile_rule(name: str) -> None:
    # The Makefile's `build-%Function` rule builds the shared artifact for every such function.
    assert name.endswith("Function")
    assert (RESOURCES[name].get("Metadata") or {}).get("BuildMethod") == "makefile"
    assert FUNCTIONS[name].get("CodeUri") == "."


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_function_logs_to_a_group_with_retention(name: str) -> None:
    group_id = target_of((FUNCTIONS[name].get("LoggingConfig") or {}).get("LogGroup"))
    if group_id is None:  # without LoggingConfig, Lambda writes to /aws/lambda/<function name>
        groups = [
            n for n, p in of_type("AWS::Logs::LogGroup").items()
            if target_of(p.get("LogGroupName")) == name
        ]
        assert groups, f"{name} has neither LoggingConfig.LogGroup nor a /aws/lambda/ log group"
        group_id = groups[0]

    assert RESOURCES[group_id]["Type"] == "AWS::Logs::LogGroup"
    retention = (RESOURCES[group_id].get("Properties") or {}).get("RetentionInDays")
    assert retention, f"{group_id} keeps logs forever"


# ---- IAM: least privilege -------------------------------------------------------------------


def statements() -> Iterator[tuple[str, Mapping[str, Any] | str]]:
    for name, properties in FUNCTIONS.items():
        for policy in as_list(properties.get("Policies") or []):
            if isinstance(policy, dict) and "Statement" in policy:
                for statement in as_list(policy["Statement"]):
                    yield name, statement
            else:
                yield name, policy  # a managed policy name or a SAM policy template
    for name, properties in {**of_type("AWS::IAM::Role"), **of_type("AWS::IAM::Policy")}.items():
        documents = [properties.get("PolicyDocument")]
        documents += [p.get("PolicyDocument") for p in properties.get("Policies", [])]
        for document in filter(None, documents):
            for statement in as_list(document.get("Statement", [])):
                yield name, statement


def test_every_policy_is_an_inline_statement_on_named_actions_and_template_resources() -> None:
    found = []
    for owner, statement in statements():
        if not isinstance(statement, dict) or "Action" not in statement:
            found.append(f"{owner}: {statement!r} is not an inline statement (managed policies are too wide)")
            continue
        if "NotAction" in statement or "NotResource" in statement:
            found.append(f"{owner}/{statement.get('Sid')}: NotAction/NotResource")
        for action in as_list(statement["Action"]):
            if "*" in str(action):
                found.append(f"{owner}/{statement.get('Sid')}: wildcard action {action}")
        for resource in as_list(statement.get("Resource")):
            target = target_of(resource)
            if target not in RESOURCES:
                found.append(f"{owner}/{statement.get('Sid')}: {resource!r} is not a template resource")

    assert found == []


def test_functions_use_the_role_sam_generates_from_their_policies() -> None:
    assert [name for name, p in FUNCTIONS.items() if "Role" in p] == []


# ---- queues -------------------------------------------------------------------------------


def dead_letter_targets() -> dict[str, str]:
    """source queue -> dead-letter queue"""
    return {
        name: str(target_of(p["RedrivePolicy"]["deadLetterTargetArn"]))
        for name, p in QUEUES.items() if p.get("RedrivePolicy")
    }


def failure_destinations() -> set[str]:
    """Queues that keep the records of failed asynchronous invocations (EventInvokeConfig OnFailure)."""
    found = set()
    for resource in TEMPLATE["Resources"].values():
        config = (resource.get("Properties") or {}).get("EventInvokeConfig") or {}
        destination = ((config.get("DestinationConfig") or {}).get("OnFailure") or {}).get("Destination")
        if destination is not None:
            found.add(str(target_of(destination)))
    return found


def test_every_queue_is_fifo_and_encrypted() -> None:
    assert QUEUES
    for name, properties in QUEUES.items():
        # Lambda cannot deliver an asynchronous invocation's failure record to a FIFO queue.
        assert properties.get("FifoQueue") is (None if name in failure_destinations() else True), name
        assert properties.get("SqsManagedSseEnabled") is True or properties.get("KmsMasterKeyId"), name


def test_every_queue_that_is_not_a_dead_letter_queue_has_one() -> None:
    redrive = dead_letter_targets()
    dead_letter_queues = set(redrive.values()) | failure_destinations()

    for name in set(QUEUES) - dead_letter_queues:
        assert name in redrive, f"{name} has no RedrivePolicy"
        dlq = redrive[name]
        assert dlq in QUEUES and dlq != name
        receives = QUEUES[name]["RedrivePolicy"]["maxReceiveCount"]
        if isinstance(receives, dict):  # the forward queue's, from the HelpdeskOutageHours mapping
            rows = TEMPLATE["Mappings"]["HelpdeskOutage"].values()
            receives = min(int(row["MaxReceiveCount"]) for row in rows)
        assert 1 <= int(receives) <= 1000  # SQS's limit
        # A dead letter must outlive its trip through the source queue.
        assert int(QUEUES[dlq].get("MessageRetentionPeriod", 345600)) >= int(
            QUEUES[name].get("MessageRetentionPeriod", 345600)
        )


def test_queues_feeding_functions_outlast_six_function_timeouts() -> None:
    # AWS's guidance for SQS event sources: visibility timeout >= 6 x the function timeout.
    checked = 0
    for mapping in of_type("AWS::Lambda::EventSourceMapping").values():
        name, queue = target_of(mapping["FunctionName"]), target_of(mapping["EventSourceArn"])
        assert name in FUNCTIONS and queue in QUEUES
        visibility = int(QUEUES[queue].get("VisibilityTimeout", 30))
        assert visibility >= 6 * int(FUNCTIONS[name].get("Timeout", 3)), f"{queue} feeding {name}"
        checked += 1
    assert checked


def test_forward_queue_redrive_covers_the_helpdesk_outage_window() -> None:
    # The receive budget per allowed HelpdeskOutageHours is what forwarding.py computes for it.
    parameter = TEMPLATE["Parameters"]["HelpdeskOutageHours"]
    mapping = TEMPLATE["Mappings"]["HelpdeskOutage"]
    redrive = QUEUES["ForwardQueue"]["RedrivePolicy"]

    assert redrive["maxReceiveCount"] == {
        "Fn::FindInMap": ["HelpdeskOutage", {"Ref": "HelpdeskOutageHours"}, "MaxReceiveCount"]
    }
    assert int(parameter["Default"]) >= 24
    assert {str(h) for h in parameter["AllowedValues"]} == set(mapping)
    for hours, row in mapping.items():
        assert row["MaxReceiveCount"] == forwarding.max_receives(int(hours)), hours
        assert row["MaxReceiveCount"] <= 1000
        # A message waits at most the window in the queue, and the queue keeps it 14 days.
        assert int(hours) * 3600 < int(QUEUES["ForwardQueue"]["MessageRetentionPeriod"])


# ---- the HTTP API and concurrency -----------------------------------------------------------


def test_http_api_stage_is_throttled_by_parameters() -> None:
    (api,) = of_type("AWS::Serverless::HttpApi").values()
    settings = api["DefaultRouteSettings"]

    assert settings["ThrottlingBurstLimit"] == {"Ref": "ApiThrottlingBurstLimit"}
    assert settings["ThrottlingRateLimit"] == {"Ref": "ApiThrottlingRateLimit"}
    for name in ("ApiThrottlingBurstLimit", "ApiThrottlingRateLimit"):
        assert int(TEMPLATE["Parameters"][name]["Default"]) > 0


@pytest.mark.parametrize("name", ["IngestFunction", "CallbackFunction"])
def test_internet_facing_functions_can_reserve_concurrency_and_default_to_unreserved(name: str) -> None:
    # New accounts may have a concurrency limit of 10, where any reservation fails the deploy.
    reserved = FUNCTIONS[name]["ReservedConcurrentExecutions"]
    ((condition, if_true, if_false),) = [reserved["Fn::If"]]
    parameter = if_true["Ref"]

    assert if_false == {"Ref": "AWS::NoValue"}
    assert TEMPLATE["Parameters"][parameter]["Default"] == 0
    assert TEMPLATE["Conditions"][condition] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": parameter}, 0]}]
    }


# ---- the table -----------------------------------------------------------------------------


def test_the_case_table_is_on_demand_recoverable_encrypted_and_expires_items() -> None:
    assert TABLES
    for name, properties in TABLES.items():
        assert properties.get("BillingMode") == "PAY_PER_REQUEST", name
        assert properties["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
        assert properties["SSESpecification"]["SSEEnabled"] is True
        assert properties["TimeToLiveSpecification"]["Enabled"] is True
        assert properties["TimeToLiveSpecification"]["AttributeName"]
        assert RESOURCES[name].get("DeletionPolicy") == "Retain"


# ---- secrets -------------------------------------------------------------------------------

SECRETISH = re.compile(r"secret|token|passw|credential|api_?key|private_?key|signing", re.IGNORECASE)
# Names of places where a secret is, not secrets.
REFERENCE_NAME = re.compile(r"(name|arn|id|ids|url|path|file)$", re.IGNORECASE)


def literals(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from literals(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from literals(value)


def test_secret_parameters_have_no_default_and_are_no_echo() -> None:
    for name, parameter in (TEMPLATE.get("Parameters") or {}).items():
        if SECRETISH.search(name) and not REFERENCE_NAME.search(name):
            assert parameter.get("NoEcho") is True, f"parameter {name} looks like a secret: NoEcho"
            assert "Default" not in parameter, f"parameter {name} looks like a secret: no Default"


def test_secrets_reach_functions_only_as_references_to_secrets_manager() -> None:
    secrets = set(of_type("AWS::SecretsManager::Secret"))
    assert secrets
    for properties in of_type("AWS::SecretsManager::Secret").values():
        # At most the names of the keys to fill in, with empty values.
        placeholders = json.loads(properties.get("SecretString", "{}"))
        assert [v for v in placeholders.values() if v != ""] == [], "secret values never live in the template"
    for name, properties in FUNCTIONS.items():
        for variable, value in properties["Environment"]["Variables"].items():
            if SECRETISH.search(variable):
                assert REFERENCE_NAME.search(variable), f"{name}.{variable} looks like a secret value"
                assert target_of(value) in secrets, f"{name}.{variable} must name a Secrets Manager secret"


def test_no_credential_shaped_literal_anywhere_in_the_template() -> None:
    shapes = re.compile(r"AKIA[0-9A-Z]{16}|whsec_|-----BEGIN|xox[abp]-|\b[A-Za-z0-9+/]{40,}={0,2}\b")
    text = (ROOT / "template.yaml").read_text(encoding="utf-8")

    assert shapes.findall(text) == []
    assert [s for s in literals(TEMPLATE) if shapes.search(s)] == []


# ---- outputs -------------------------------------------------------------------------------


def test_outputs_give_the_webhook_urls_of_the_http_api() -> None:
    apis = set(of_type("AWS::Serverless::HttpApi"))
    urls = [
        output for output in (TEMPLATE.get("Outputs") or {}).values()
        if "/webhooks/" in str(output.get("Value")) and target_of(output.get("Value")) in apis
    ]

    assert urls, "no output gives a /webhooks/ URL of the template's HTTP API"
