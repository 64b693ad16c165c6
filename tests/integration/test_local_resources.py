"""The local stack builds exactly what template.yaml declares, in moto."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import boto3
import pytest

from webcare.forwarding import max_receives
from webcare.local.resources import (
    StackResources,
    TemplateError,
    create_resources,
    load_template,
    resolve_parameters,
)

pytestmark = pytest.mark.usefixtures("moto_aws")


@pytest.fixture
def stack(template_path: Path) -> StackResources:
    return create_resources(
        template_path, secret_values={"PlatformSecrets": {"x_consumer_secret": "consumer-secret"}}
    )


def _template(resources: dict[str, Any], **sections: Any) -> dict[str, Any]:
    return {"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources, **sections}


# ---- the real template ------------------------------------------------------------------------


def test_loader_understands_the_short_tags(template_path: Path) -> None:
    template = load_template(template_path)
    ingest = template["Resources"]["IngestFunction"]["Properties"]
    assert ingest["Environment"]["Variables"]["INBOUND_QUEUE_URL"] == {"Ref": "InboundQueue"}
    redrive = template["Resources"]["InboundQueue"]["Properties"]["RedrivePolicy"]
    assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": ["InboundDeadLetterQueue", "Arn"]}
    assert template["Outputs"]["WebhookBaseUrl"]["Value"]["Fn::Sub"].startswith("https://${WebhookApi}")


def test_fifo_queues_have_the_templates_visibility_and_redrive_to_their_dead_letter_queue(
    stack: StackResources,
) -> None:
    sqs = boto3.client("sqs")
    inbound = stack.queues["InboundQueue"]
    attributes = sqs.get_queue_attributes(QueueUrl=inbound.url, AttributeNames=["All"])["Attributes"]
    assert inbound.name.endswith(".fifo") and attributes["FifoQueue"] == "true"
    assert attributes["ContentBasedDeduplication"] == "false"
    assert attributes["VisibilityTimeout"] == "180"
    assert json.loads(attributes["RedrivePolicy"]) == {
        "deadLetterTargetArn": stack.queues["InboundDeadLetterQueue"].arn,
        "maxReceiveCount": 5,
    }
    forward = stack.queues["ForwardQueue"]
    assert (forward.visibility_timeout, forward.max_receive_count) == (360, max_receives(24))
    assert forward.dead_letter_arn == stack.queues["ForwardDeadLetterQueue"].arn
    assert stack.queues["ForwardDeadLetterQueue"].fifo


def test_case_table_has_the_key_schema_and_ttl(stack: StackResources) -> None:
    dynamodb = boto3.client("dynamodb")
    table = stack.tables["CaseTable"]
    description = dynamodb.describe_table(TableName=table.name)["Table"]
    assert description["KeySchema"] == [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ]
    ttl = dynamodb.describe_time_to_live(TableName=table.name)["TimeToLiveDescription"]
    assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "expires_at"}
    assert table.ttl_attribute == "expires_at"


def test_secret_holds_the_given_value(stack: StackResources) -> None:
    secret = stack.secrets["PlatformSecrets"]
    value = boto3.client("secretsmanager").get_secret_value(SecretId=secret.arn)["SecretString"]
    assert json.loads(value) == {"x_consumer_secret": "consumer-secret"}


def test_secrets_without_a_value_are_what_the_template_says(template_path: Path) -> None:
    stack = create_resources(template_path)
    secretsmanager = boto3.client("secretsmanager")
    platform = secretsmanager.get_secret_value(SecretId=stack.secrets["PlatformSecrets"].arn)
    assert json.loads(platform["SecretString"]) == {"x_consumer_secret": "", "x_oauth2_client_secret": ""}
    helpdesk = secretsmanager.get_secret_value(SecretId=stack.secrets["HelpdeskSecrets"].arn)
    document = json.loads(helpdesk["SecretString"])
    assert len(document["webhook_signing_secret"]) == 48 and document["webhook_signing_secret"].isalnum()


def test_function_environments_merge_globals_and_resolve_references(stack: StackResources) -> None:
    forward = stack.functions["ForwardFunction"]
    assert forward.handler == "webcare.handlers.forward.lambda_handler"
    assert forward.environment == {
        "POWERTOOLS_SERVICE_NAME": "webcare-bridge",
        "POWERTOOLS_METRICS_NAMESPACE": "WebcareBridge",
        "LOG_LEVEL": "INFO",
        "WEBCARE_CONFIG": "config/webcare.json",
        "HELPDESK_SECRETS_ID": stack.secrets["HelpdeskSecrets"].arn,
        "CASE_TABLE": stack.tables["CaseTable"].name,
        "FORWARD_QUEUE_URL": stack.queues["ForwardQueue"].url,
        "FORWARD_DLQ_URL": stack.queues["ForwardDeadLetterQueue"].url,
    }
    assert (forward.timeout_seconds, forward.memory_size_mb) == (60, 512)
    ingest = stack.functions["IngestFunction"]
    assert ingest.environment["INBOUND_QUEUE_URL"] == stack.queues["InboundQueue"].url
    assert "CASE_TABLE" not in ingest.environment
    assert ingest.environment["PLATFORM_SECRETS_ID"] == stack.secrets["PlatformSecrets"].arn
    assert "HELPDESK_SECRETS_ID" not in ingest.environment


def test_union_environment_covers_every_function(stack: StackResources) -> None:
    union = stack.union_environment()
    for function in stack.functions.values():
        assert function.environment.items() <= union.items()


def test_http_routes_and_sqs_event_sources(stack: StackResources) -> None:
    ingest = stack.functions["IngestFunction"]
    assert {(r.method, r.path) for r in ingest.routes} == {
        ("GET", "/webhooks/{source}"),
        ("POST", "/webhooks/{source}"),
    }
    (source,) = stack.functions["ProcessFunction"].sqs_sources
    assert source.queue_url == stack.queues["InboundQueue"].url
    assert (source.batch_size, source.report_batch_item_failures) == (10, True)
    (source,) = stack.functions["ForwardFunction"].sqs_sources
    assert source.queue_logical_id == "ForwardQueue"
    assert (source.event_name, source.report_batch_item_failures) == ("ForwardEvents", True)


def test_an_event_source_mapping_resource_wires_its_queue_to_its_function() -> None:
    # Given a plain AWS::Lambda::EventSourceMapping (what the template uses to keep SAM from
    # attaching its every-queue SQS policy)
    template = _template(
        {
            "Jobs": {"Type": "AWS::SQS::Queue", "Properties": {}},
            "Worker": {
                "Type": "AWS::Serverless::Function",
                "Properties": {"Handler": "jobs.handler", "Runtime": "python3.12"},
            },
            "WorkerJobs": {
                "Type": "AWS::Lambda::EventSourceMapping",
                "Properties": {
                    "EventSourceArn": {"Fn::GetAtt": ["Jobs", "Arn"]},
                    "FunctionName": {"Ref": "Worker"},
                    "BatchSize": 5,
                    "FunctionResponseTypes": ["ReportBatchItemFailures"],
                },
            },
        },
        Transform="AWS::Serverless-2016-10-31",
    )

    # When it is built
    stack = create_resources(template)

    # Then the function is fed from the queue as with an SQS event
    (source,) = stack.functions["Worker"].sqs_sources
    assert (source.event_name, source.queue_logical_id, source.batch_size) == ("WorkerJobs", "Jobs", 5)
    assert source.report_batch_item_failures


def test_an_event_source_mapping_for_something_else_than_a_template_queue_is_refused() -> None:
    template = _template(
        {
            "Worker": {"Type": "AWS::Serverless::Function", "Properties": {"Handler": "jobs.handler"}},
            "WorkerStream": {
                "Type": "AWS::Lambda::EventSourceMapping",
                "Properties": {
                    "EventSourceArn": "arn:aws:kinesis:eu-west-1:123456789012:stream/s",
                    "FunctionName": {"Ref": "Worker"},
                },
            },
        }
    )
    with pytest.raises(TemplateError, match=r"WorkerStream: .* is not a queue of this template"):
        create_resources(template)


def test_resources_without_local_meaning_are_acknowledged(stack: StackResources) -> None:
    assert stack.ignored["WebhookApi"] == "AWS::Serverless::HttpApi"
    assert stack.ignored["IngestLogGroup"] == "AWS::Logs::LogGroup"


def test_parameters_can_be_overridden(template_path: Path) -> None:
    stack = create_resources(template_path, parameters={"LogLevel": "DEBUG", "ConfigFile": "/tmp/c.json"})
    assert stack.functions["IngestFunction"].environment["LOG_LEVEL"] == "DEBUG"
    assert stack.functions["ProcessFunction"].environment["WEBCARE_CONFIG"] == "/tmp/c.json"


def test_parameter_outside_allowed_values_is_an_error(template_path: Path) -> None:
    with pytest.raises(TemplateError, match="LogLevel"):
        resolve_parameters(load_template(template_path), {"LogLevel": "CHATTY"})
    with pytest.raises(TemplateError, match="unknown parameters"):
        resolve_parameters(load_template(template_path), {"NoSuchParameter": "x"})


# ---- intrinsics and strictness on small templates -----------------------------------------


def test_sub_join_if_and_getatt_resolve() -> None:
    template = _template(
        {
            "Dead": {"Type": "AWS::SQS::Queue", "Properties": {}},
            "Fn": {
                "Type": "AWS::Serverless::Function",
                "Properties": {
                    "Handler": "m.h",
                    "Environment": {
                        "Variables": {
                            "SUB": {"Fn::Sub": "${AWS::Region}/${Dead.QueueName}/${Stage}/${!Literal}"},
                            "SUB_VARS": {"Fn::Sub": ["${A}-x", {"A": {"Ref": "Stage"}}]},
                            "JOIN": {"Fn::Join": [":", ["a", {"Fn::GetAtt": ["Dead", "Arn"]}]]},
                            "IF": {"Fn::If": ["IsProd", "prod", "dev"]},
                            "GONE": {"Fn::If": ["IsProd", "x", {"Ref": "AWS::NoValue"}]},
                        }
                    },
                },
            },
        },
        Parameters={"Stage": {"Type": "String", "Default": "dev"}},
        Conditions={"IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]}},
    )
    stack = create_resources(template, stack_name="t")
    environment = stack.functions["Fn"].environment
    assert environment["SUB"] == "eu-west-1/t-Dead/dev/${Literal}"
    assert environment["SUB_VARS"] == "dev-x"
    assert environment["JOIN"] == f"a:{stack.queues['Dead'].arn}"
    assert environment["IF"] == "dev"
    assert "GONE" not in environment


def test_dead_letter_queue_declared_after_its_source_is_still_created_first() -> None:
    template = _template(
        {
            "Main": {
                "Type": "AWS::SQS::Queue",
                "Properties": {
                    "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": "Dlq.Arn"}, "maxReceiveCount": 3}
                },
            },
            "Dlq": {"Type": "AWS::SQS::Queue", "Properties": {}},
        }
    )
    stack = create_resources(template)
    assert stack.queues["Main"].dead_letter_arn == stack.queues["Dlq"].arn


@pytest.mark.parametrize(
    ("resources", "message"),
    [
        ({"X": {"Type": "AWS::Kinesis::Stream", "Properties": {}}}, "AWS::Kinesis::Stream"),
        ({"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Colour": "blue"}}}, "Colour"),
        (
            {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Fn::Base64": "x"}}}},
            "Fn::Base64",
        ),
        ({"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "Nope"}}}}, "Nope"),
        (
            {
                "F": {
                    "Type": "AWS::Serverless::Function",
                    "Properties": {"Handler": "m.h", "Events": {"E": {"Type": "Schedule", "Properties": {}}}},
                }
            },
            "Schedule",
        ),
        (
            {"F": {"Type": "AWS::Serverless::Function", "Properties": {"Handler": "m.h", "Mystery": 1}}},
            "Mystery",
        ),
    ],
)
def test_what_the_local_stack_does_not_understand_is_an_error(
    resources: dict[str, Any], message: str
) -> None:
    with pytest.raises(TemplateError, match=message):
        create_resources(_template(resources))


def test_unsupported_transform_is_an_error() -> None:
    with pytest.raises(TemplateError, match="AWS::LanguageExtensions"):
        create_resources(_template({}, Transform=["AWS::LanguageExtensions"]))


def test_secret_value_for_an_undeclared_secret_is_an_error(template_path: Path) -> None:
    with pytest.raises(TemplateError, match="Typo"):
        create_resources(template_path, secret_values={"Typo": "x"})


# ---- the local secrets document ---------------------------------------------------------------


def test_each_local_secret_goes_to_the_secret_of_the_template_that_reads_it(template_path: Path) -> None:
    from webcare.local.cli import secrets_in_use
    from webcare.local.stack import split_secrets

    document = {
        "x_consumer_secret": "a",
        "telegram_secret_token": "b",
        "rt_token": "c",
        "webhook_signing_secret": "d",
        "admin_signing_secret": "e",
    }
    parts = split_secrets(document, {"rt_token"})
    assert parts == {
        "PlatformSecrets": {"x_consumer_secret": "a", "telegram_secret_token": "b"},
        "HelpdeskSecrets": {"rt_token": "c", "webhook_signing_secret": "d"},
        "AdminSecrets": {"admin_signing_secret": "e"},
    }
    resources = load_template(template_path)["Resources"]
    assert set(parts) == {k for k, r in resources.items() if r["Type"] == "AWS::SecretsManager::Secret"}
    # stack.json names where a value from --secrets went, never the value
    account = secrets_in_use({"x_consumer_secret": "generated"}, {"admin_signing_secret": "mine"}, set())
    assert account == {
        "secrets": {"x_consumer_secret": "generated"},
        "secrets_from_file": {"admin_signing_secret": "AdminSecrets"},
    }
