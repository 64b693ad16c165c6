"""What each function may do, checked on the template SAM actually deploys (after its transform).

docs/deploy.md ("What the stack grants") has the same table in prose; a change here changes it there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from template_support import lambda_artifact, sam_transformed

TEMPLATE = lambda_artifact.load_template()
RESOURCES: dict[str, Any] = TEMPLATE["Resources"]
FUNCTIONS = lambda_artifact.functions(TEMPLATE)
BASIC_EXECUTION_ROLE = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
QUEUE_CONSUMER_ACTIONS = {
    "sqs:ReceiveMessage",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
    "sqs:ChangeMessageVisibility",
}

# Which secret each function reads: the internet-facing ingest must not hold the key that signs
# helpdesk deliveries and verifies helpdesk callbacks.
SECRETS_READ = {
    "IngestFunction": {"PlatformSecrets"},
    "ProcessFunction": set(),
    "ForwardFunction": {"HelpdeskSecrets"},
    "CallbackFunction": {"HelpdeskSecrets"},
    "EmailFunction": set(),
    "AdminFunction": {"AdminSecrets"},
}
# The partition-key prefixes (cases/store.py) each function's table statements are limited to.
LEADING_KEYS = {
    "ProcessFunction": {"MSG#*", "CASE#*", "CUSTOMER#*", "IDENTITY#*", "THREAD#*"},
    "ForwardFunction": {"MSG#*", "CASE#*", "CUSTOMER#*"},
    "CallbackFunction": {"CASE#*", "CALLBACK#*"},
    "AdminFunction": {
        *("MSG#*", "CASE#*", "CUSTOMER#*", "IDENTITY#*"),
        *("THREAD#*", "CALLBACK#*", "ADMIN#*", "ERASURE#*"),
    },
}
# Table actions that cannot carry a LeadingKeys condition, and the one function allowed each:
# the admin function finds a customer's items by attribute (`cases show`, `erase`).
UNCONDITIONED = {("AdminFunction", "dynamodb:Scan")}
# The queue each function consumes (its event source mapping), and nothing else.
CONSUMES = {"ProcessFunction": "InboundQueue", "ForwardFunction": "ForwardQueue"}

# The queues each function may send to: the next stage, its own dead letters, and the admin
# function's merge notes (an internal note for each ticket goes through the forward queue).
SENDS_TO = {
    "IngestFunction": {"InboundQueue"},
    "EmailFunction": {"InboundQueue", "EmailFailedEventsQueue"},
    "ProcessFunction": {"ForwardQueue"},
    "ForwardFunction": {"ForwardDeadLetterQueue"},
    "CallbackFunction": set(),
    "AdminFunction": {"ForwardQueue"},
}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def target(value: Any) -> str | None:
    if isinstance(value, dict) and len(value) == 1:
        ((function, argument),) = value.items()
        if function == "Ref":
            return str(argument)
        if function == "Fn::GetAtt":
            return str(argument[0] if isinstance(argument, list) else str(argument).split(".", 1)[0])
    return None


def statements(function: str) -> Iterator[Mapping[str, Any]]:
    for policy in as_list(FUNCTIONS[function].get("Policies") or []):
        if isinstance(policy, dict):
            yield from as_list(policy.get("Statement") or [])


def granted(function: str, prefix: str) -> Iterator[tuple[str, str | None, Mapping[str, Any]]]:
    """(action, target resource, statement) for each action of `function` starting with `prefix`."""
    for statement in statements(function):
        for action in as_list(statement.get("Action")):
            if str(action).startswith(prefix):
                for resource in as_list(statement.get("Resource")):
                    yield str(action), target(resource), statement


@pytest.fixture(scope="module")
def deployed() -> dict[str, Any]:
    return sam_transformed()


def test_no_function_role_gets_a_managed_policy_beyond_basic_execution(deployed: dict[str, Any]) -> None:
    # SAM attaches AWSLambdaSQSQueueExecutionRole (receive/delete on every queue) to a function
    # with an SQS event; the template declares its event source mappings itself instead.
    roles = {n: r["Properties"] for n, r in deployed["Resources"].items() if r["Type"] == "AWS::IAM::Role"}

    assert roles
    assert {name: role.get("ManagedPolicyArns") for name, role in roles.items()} == {
        name: [BASIC_EXECUTION_ROLE] for name in roles
    }


def test_no_function_has_a_sam_sqs_event() -> None:
    sqs_events = [
        f"{name}.{event}" for name, properties in FUNCTIONS.items()
        for event, spec in (properties.get("Events") or {}).items() if spec.get("Type") == "SQS"
    ]

    assert sqs_events == []


def test_each_queue_consumer_may_receive_and_delete_only_on_its_own_queue() -> None:
    mappings = {
        target(r["Properties"]["FunctionName"]): target(r["Properties"]["EventSourceArn"])
        for r in RESOURCES.values() if r.get("Type") == "AWS::Lambda::EventSourceMapping"
    }
    assert mappings == CONSUMES
    for name, properties in RESOURCES.items():
        if properties.get("Type") == "AWS::Lambda::EventSourceMapping":
            assert properties["Properties"].get("FunctionResponseTypes") == ["ReportBatchItemFailures"], name

    for function in FUNCTIONS:
        consumer_grants = {
            (action, resource) for action, resource, _ in granted(function, "sqs:")
            if action in QUEUE_CONSUMER_ACTIONS - {"sqs:ChangeMessageVisibility"}
        }
        own = CONSUMES.get(function)
        consumed = QUEUE_CONSUMER_ACTIONS - {"sqs:ChangeMessageVisibility"}
        expected = {(action, own) for action in consumed} if own else set()
        assert consumer_grants == expected, function


@pytest.mark.parametrize("function", sorted(SECRETS_READ))
def test_each_function_reads_only_the_secret_it_needs(function: str) -> None:
    read = {resource for _, resource, _ in granted(function, "secretsmanager:")}
    referenced = {
        target(value) for value in FUNCTIONS[function]["Environment"]["Variables"].values()
        if RESOURCES.get(str(target(value)), {}).get("Type") == "AWS::SecretsManager::Secret"
    }

    assert read == SECRETS_READ[function]
    assert referenced == SECRETS_READ[function]


def test_every_function_is_listed_in_the_secret_table() -> None:
    assert set(SECRETS_READ) == set(FUNCTIONS)


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_table_actions_are_limited_to_the_item_kinds_the_function_touches(function: str) -> None:
    table_statements = [s for _, resource, s in granted(function, "dynamodb:") if resource == "CaseTable"]
    if function not in LEADING_KEYS:
        assert table_statements == [], f"{function} touches the table but has no entry in LEADING_KEYS"
        return

    assert table_statements
    for statement in table_statements:
        actions = {str(a) for a in as_list(statement.get("Action"))}
        if actions and all((function, action) in UNCONDITIONED for action in actions):
            continue
        condition = (statement.get("Condition") or {}).get("ForAllValues:StringLike") or {}
        prefixes = set(as_list(condition.get("dynamodb:LeadingKeys") or []))
        assert prefixes, f"{function}/{statement.get('Sid')}: a table action without a LeadingKeys condition"
        assert prefixes <= LEADING_KEYS[function], f"{function}/{statement.get('Sid')}: {prefixes}"


def test_callback_function_may_put_only_callback_replay_items() -> None:
    puts = [s for action, _, s in granted("CallbackFunction", "dynamodb:PutItem")]

    assert puts
    for statement in puts:
        assert statement["Condition"]["ForAllValues:StringLike"]["dynamodb:LeadingKeys"] == ["CALLBACK#*"]


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_each_function_may_send_only_to_the_queues_it_feeds(function: str) -> None:
    sent_to = {resource for action, resource, _ in granted(function, "sqs:SendMessage")}

    assert sent_to == SENDS_TO[function]
    queue_urls = {
        target(value) for value in FUNCTIONS[function]["Environment"]["Variables"].values()
        if RESOURCES.get(str(target(value)), {}).get("Type") == "AWS::SQS::Queue"
    }
    assert sent_to - {"EmailFailedEventsQueue"} <= queue_urls, "a queue it sends to without its URL"
