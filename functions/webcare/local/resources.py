"""Build the stack's resources from `template.yaml` in moto, and describe what was built.

The template is the contract: the local stack and the integration tests create
exactly the tables, queues and secrets the template declares, and give each function exactly the
environment the template gives it. Usage (moto already started by the caller)::

    with moto.mock_aws():
        stack = create_resources(load_template("template.yaml"),
                                 secret_values={"WebcareSecrets": {"x_consumer_secret": "..."}})
        stack.functions["ProcessFunction"].environment["CASE_TABLE"]

What the loader does not understand is an error (`TemplateError`) rather than something silently
skipped: an unknown resource type, an unknown property of a resource it creates, an unknown
intrinsic function, an event source other than HttpApi or SQS (as a function's event or an
`AWS::Lambda::EventSourceMapping` from a template queue). Resources that have no local
meaning (log groups, the HTTP API itself, IAM, alarms, dashboards) are acknowledged and ignored;
a `Ref` to them yields a stable placeholder.
"""

from __future__ import annotations

import json
import re
import secrets as _random
import string
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import boto3
import yaml

DEFAULT_REGION = "eu-west-1"
DEFAULT_STACK_NAME = "webcare-local"
SAM_TRANSFORM = "AWS::Serverless-2016-10-31"
LOCAL_API_ID = "localapi"


class TemplateError(Exception):
    """The template uses something the local stack cannot reproduce faithfully."""


# --------------------------------------------------------------------------------------------
# Loading: YAML with the CloudFormation short tags
# --------------------------------------------------------------------------------------------


class _TemplateLoader(yaml.SafeLoader):
    """A safe loader that turns `!Ref x` into `{"Ref": "x"}` and `!Sub s` into `{"Fn::Sub": s}`."""


def _construct_tag(loader: _TemplateLoader, tag_suffix: str, node: yaml.Node) -> dict[str, Any]:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:  # pragma: no cover - yaml has no other node kinds
        raise TemplateError(f"unsupported YAML node for !{tag_suffix}")
    if tag_suffix == "Ref":
        return {"Ref": value}
    if tag_suffix == "Condition":
        return {"Condition": value}
    if tag_suffix == "GetAtt" and isinstance(value, str):
        # The short form `!GetAtt Resource.Attribute` splits on the first dot.
        logical_id, _, attribute = value.partition(".")
        return {"Fn::GetAtt": [logical_id, attribute]}
    return {f"Fn::{tag_suffix}": value}


_TemplateLoader.add_multi_constructor("!", _construct_tag)


def load_template(path: str | Path, text: str | None = None) -> dict[str, Any]:
    """Parse a CloudFormation/SAM template (YAML or JSON) with the short intrinsic tags.

    `text`, when given, is parsed instead of the file (for checks on a modified copy)."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8")
    document = yaml.load(text, Loader=_TemplateLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(document, dict) or "Resources" not in document:
        raise TemplateError(f"{path}: not a CloudFormation template (no Resources section)")
    return document


def find_template(start: str | Path | None = None) -> Path:
    """`template.yaml` in `start` or the nearest parent directory holding one."""
    here = Path(start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / "template.yaml"
        if candidate.is_file():
            return candidate
    # Fall back to the repository this package lives in (an editable install), then to the copy
    # pip installed with the package's data files.
    for candidate in (
        Path(__file__).resolve().parents[3] / "template.yaml",
        Path(sys.prefix) / "share" / "webcare-bridge" / "template.yaml",
    ):
        if candidate.is_file():
            return candidate
    raise TemplateError(f"no template.yaml in {here} or its parents")


# --------------------------------------------------------------------------------------------
# The description of what was created
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueResource:
    logical_id: str
    name: str
    url: str
    arn: str
    fifo: bool
    visibility_timeout: int
    dead_letter_arn: str | None = None
    max_receive_count: int | None = None


@dataclass(frozen=True)
class TableResource:
    logical_id: str
    name: str
    arn: str
    ttl_attribute: str | None = None


@dataclass(frozen=True)
class SecretResource:
    logical_id: str
    name: str
    arn: str


@dataclass(frozen=True)
class OtherResource:
    """Created in moto but without a special role locally (S3 buckets, SNS topics)."""

    logical_id: str
    type: str
    ref: str
    arn: str


@dataclass(frozen=True)
class HttpRoute:
    event_name: str
    method: str  # upper-case, or "ANY"
    path: str  # as in the template, e.g. /webhooks/{source}


@dataclass(frozen=True)
class SqsEventSource:
    event_name: str
    queue_logical_id: str
    queue_arn: str
    queue_url: str
    batch_size: int
    report_batch_item_failures: bool
    maximum_batching_window_seconds: int = 0
    enabled: bool = True


@dataclass(frozen=True)
class FunctionResource:
    logical_id: str
    name: str
    arn: str
    handler: str
    runtime: str | None
    timeout_seconds: int
    memory_size_mb: int
    environment: dict[str, str]
    routes: tuple[HttpRoute, ...] = ()
    sqs_sources: tuple[SqsEventSource, ...] = ()


@dataclass(frozen=True)
class StackResources:
    stack_name: str
    region: str
    account_id: str
    parameters: dict[str, str]
    queues: dict[str, QueueResource] = field(default_factory=dict)
    tables: dict[str, TableResource] = field(default_factory=dict)
    secrets: dict[str, SecretResource] = field(default_factory=dict)
    others: dict[str, OtherResource] = field(default_factory=dict)
    functions: dict[str, FunctionResource] = field(default_factory=dict)
    ignored: dict[str, str] = field(default_factory=dict)  # logical id -> type

    def queue_by_arn(self, arn: str) -> QueueResource:
        for queue in self.queues.values():
            if queue.arn == arn:
                return queue
        raise KeyError(arn)

    def union_environment(self) -> dict[str, str]:
        """Every function's variables in one mapping; a name with two different values is an error.

        The local stack runs all handlers in one process, so it can only give them one environment.
        """
        merged: dict[str, str] = {}
        for function in self.functions.values():
            for name, value in function.environment.items():
                if name in merged and merged[name] != value:
                    raise TemplateError(
                        f"environment variable {name} differs between functions ({merged[name]!r} vs "
                        f"{value!r}); the local stack runs all handlers in one process"
                    )
                merged[name] = value
        return merged


# --------------------------------------------------------------------------------------------
# Intrinsic functions
# --------------------------------------------------------------------------------------------

_SUB_VARIABLE = re.compile(r"\$\{([^}]*)\}")


class _Resolver:
    """Evaluates intrinsic functions against parameters, conditions and created resources."""

    def __init__(
        self, template: Mapping[str, Any], parameters: dict[str, str], pseudo: dict[str, str]
    ) -> None:
        self.template = template
        self.parameters = parameters
        self.pseudo = pseudo
        self.refs: dict[str, str] = {}
        self.attributes: dict[str, dict[str, str]] = {}
        self._conditions: dict[str, bool] = {}

    # Conditions ---------------------------------------------------------------------------
    def condition(self, name: str) -> bool:
        if name not in self._conditions:
            definitions = self.template.get("Conditions") or {}
            if name not in definitions:
                raise TemplateError(f"unknown condition {name!r}")
            self._conditions[name] = bool(self._condition_value(definitions[name]))
        return self._conditions[name]

    def _condition_value(self, node: Any) -> bool:
        if isinstance(node, dict) and len(node) == 1:
            ((key, value),) = node.items()
            if key == "Condition":
                return self.condition(value)
            if key == "Fn::Equals":
                left, right = (self.resolve(v) for v in value)
                return str(left) == str(right)
            if key == "Fn::Not":
                return not self._condition_value(value[0])
            if key == "Fn::And":
                return all(self._condition_value(v) for v in value)
            if key == "Fn::Or":
                return any(self._condition_value(v) for v in value)
        raise TemplateError(f"unsupported condition expression {node!r}")

    # Values -------------------------------------------------------------------------------
    def resolve(self, node: Any) -> Any:
        if isinstance(node, list):
            return [v for v in (self.resolve(item) for item in node) if v is not _NO_VALUE]
        if not isinstance(node, dict):
            return node
        if len(node) == 1:
            ((key, value),) = node.items()
            if key == "Ref":
                return self._ref(value)
            if key.startswith("Fn::"):
                return self._function(key, value)
            if key == "Condition" and isinstance(value, str):
                return self.condition(value)
        resolved = {k: self.resolve(v) for k, v in node.items()}
        return {k: v for k, v in resolved.items() if v is not _NO_VALUE}

    def _ref(self, name: Any) -> Any:
        if not isinstance(name, str):
            raise TemplateError(f"Ref needs a name, got {name!r}")
        if name == "AWS::NoValue":
            return _NO_VALUE
        if name in self.pseudo:
            return self.pseudo[name]
        if name in self.parameters:
            return self.parameters[name]
        if name in self.refs:
            return self.refs[name]
        if name in (self.template.get("Resources") or {}):
            raise TemplateError(f"Ref {name} used before {name} was created (a dependency cycle?)")
        raise TemplateError(f"Ref to unknown parameter or resource {name!r}")

    def _get_att(self, value: Any) -> str:
        if isinstance(value, str):
            logical_id, _, attribute = value.partition(".")
        elif isinstance(value, list) and len(value) == 2:
            logical_id, attribute = str(value[0]), str(self.resolve(value[1]))
        else:
            raise TemplateError(f"Fn::GetAtt needs [resource, attribute], got {value!r}")
        attributes = self.attributes.get(logical_id)
        if attributes is None:
            raise TemplateError(f"Fn::GetAtt {logical_id}.{attribute}: {logical_id} is not created locally")
        if attribute not in attributes:
            raise TemplateError(
                f"Fn::GetAtt {logical_id}.{attribute}: unsupported attribute "
                f"(supported: {', '.join(sorted(attributes))})"
            )
        return attributes[attribute]

    def _sub(self, value: Any) -> str:
        if isinstance(value, str):
            text, variables = value, {}
        elif isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
            text, variables = value[0], {k: self.resolve(v) for k, v in dict(value[1]).items()}
        else:
            raise TemplateError(f"Fn::Sub needs a string or [string, variables], got {value!r}")

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name.startswith("!"):
                return "${" + name[1:] + "}"  # ${!Literal} is written out as ${Literal}
            if name in variables:
                return str(variables[name])
            if "." in name and not name.startswith("AWS::"):
                return self._get_att(name)
            return str(self._ref(name))

        return _SUB_VARIABLE.sub(replace, text)

    def _function(self, key: str, value: Any) -> Any:
        if key == "Fn::GetAtt":
            return self._get_att(value)
        if key == "Fn::Sub":
            return self._sub(value)
        if key == "Fn::Join":
            delimiter, items = value
            return str(delimiter).join(str(v) for v in self.resolve(items))
        if key == "Fn::If":
            name, if_true, if_false = value
            return self.resolve(if_true if self.condition(name) else if_false)
        if key == "Fn::Select":
            index, items = value
            return self.resolve(items)[int(self.resolve(index))]
        if key == "Fn::Split":
            delimiter, text = value
            return str(self.resolve(text)).split(str(delimiter))
        if key == "Fn::FindInMap":
            map_name, top, second = (self.resolve(v) for v in value)
            try:
                return self.template["Mappings"][map_name][top][second]
            except KeyError:
                raise TemplateError(f"Fn::FindInMap {map_name}/{top}/{second} not found") from None
        if key in {"Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or"}:
            return self._condition_value({key: value})
        raise TemplateError(f"intrinsic function {key} is not supported by the local stack")


class _NoValue:
    def __repr__(self) -> str:
        return "AWS::NoValue"


_NO_VALUE: Any = _NoValue()


def _references(node: Any) -> set[str]:
    """Logical ids a (still unresolved) node refers to, via Ref, GetAtt or Sub."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= _references(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and isinstance(value, str):
                found.add(value)
            elif key == "Fn::GetAtt":
                found.add(value.partition(".")[0] if isinstance(value, str) else str(value[0]))
            elif key == "Fn::Sub":
                text = value if isinstance(value, str) else value[0]
                for name in _SUB_VARIABLE.findall(text):
                    if not name.startswith("!"):
                        found.add(name.partition(".")[0])
                if isinstance(value, list):
                    found |= _references(value[1])
            else:
                found |= _references(value)
    return found


# --------------------------------------------------------------------------------------------
# Resource kinds
# --------------------------------------------------------------------------------------------

# Types with no local meaning: acknowledged and skipped. A Ref to them gives a placeholder.
IGNORED_TYPES = {
    "AWS::Serverless::HttpApi",
    "AWS::Logs::LogGroup",
    "AWS::CloudWatch::Alarm",
    "AWS::CloudWatch::CompositeAlarm",
    "AWS::CloudWatch::Dashboard",
    "AWS::Lambda::Permission",
    # Who may write to a bucket: AWS's business; locally only the stack itself writes.
    "AWS::S3::BucketPolicy",
    "AWS::ApiGatewayV2::Stage",
}
IGNORED_TYPE_PREFIXES = ("AWS::IAM::",)

_QUEUE_PROPERTIES = {
    "QueueName",
    "FifoQueue",
    "ContentBasedDeduplication",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "VisibilityTimeout",
    "MessageRetentionPeriod",
    "DelaySeconds",
    "MaximumMessageSize",
    "ReceiveMessageWaitTimeSeconds",
    "RedrivePolicy",
    "RedriveAllowPolicy",
    "Tags",
}
# Encryption at rest has no local meaning; acknowledged so that it is not an error.
_QUEUE_IGNORED = {"SqsManagedSseEnabled", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds"}

_TABLE_PROPERTIES = {
    "TableName",
    "AttributeDefinitions",
    "KeySchema",
    "BillingMode",
    "ProvisionedThroughput",
    "GlobalSecondaryIndexes",
    "LocalSecondaryIndexes",
    "StreamSpecification",
    "TimeToLiveSpecification",
    "Tags",
}
_TABLE_IGNORED = {
    "SSESpecification",
    "PointInTimeRecoverySpecification",
    "DeletionProtectionEnabled",
    "ContributorInsightsSpecification",
    "TableClass",
}

_SECRET_PROPERTIES = {"Name", "Description", "SecretString", "GenerateSecretString", "Tags"}
_SECRET_IGNORED = {"KmsKeyId", "ReplicaRegions"}

_FUNCTION_PROPERTIES = {
    "Handler",
    "Runtime",
    "Timeout",
    "MemorySize",
    "Environment",
    "Events",
    "FunctionName",
    "CodeUri",
}
# Deployment, packaging, observability and permission settings: real in AWS, meaningless locally.
_FUNCTION_IGNORED = {
    "Description",
    "Architectures",
    "Tracing",
    "LoggingConfig",
    "Policies",
    "Role",
    "Layers",
    "ReservedConcurrentExecutions",
    "AutoPublishAlias",
    "DeploymentPreference",
    "Tags",
    "PackageType",
    "KmsKeyArn",
    "EphemeralStorage",
    "RuntimeManagementConfig",
    "SnapStart",
    "ProvisionedConcurrencyConfig",
    "DeadLetterQueue",
    "EventInvokeConfig",
    "PermissionsBoundary",
    "VpcConfig",
    "FunctionUrlConfig",
    "RecursiveLoop",
    "InlineCode",
}


_SQS_SOURCE_PROPERTIES = {
    "Queue",
    "BatchSize",
    "FunctionResponseTypes",
    "MaximumBatchingWindowInSeconds",
    "Enabled",
    "ScalingConfig",
    "FilterCriteria",
}


def _check_properties(logical_id: str, kind: str, properties: Mapping[str, Any], known: set[str]) -> None:
    unknown = sorted(set(properties) - known)
    if unknown:
        raise TemplateError(
            f"{logical_id} ({kind}): the local stack does not understand propert"
            f"{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}; teach webcare/local/resources.py"
        )


def _sqs_attribute(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)


def _merge_globals(global_value: Any, local_value: Any) -> Any:
    """SAM's rule: maps merge (recursively), lists are concatenated, scalars are overridden."""
    if isinstance(global_value, dict) and isinstance(local_value, dict):
        merged = dict(global_value)
        for key, value in local_value.items():
            merged[key] = _merge_globals(global_value[key], value) if key in global_value else value
        return merged
    if isinstance(global_value, list) and isinstance(local_value, list):
        return [*global_value, *local_value]
    return local_value


def _s3_lifecycle_rule(rule: Mapping[str, Any]) -> dict[str, Any]:
    """A CloudFormation lifecycle rule (`Id`, `ExpirationInDays`, `Prefix`…) in the S3 API's shape."""
    converted: dict[str, Any] = {"Status": rule.get("Status", "Enabled")}
    if "Id" in rule:
        converted["ID"] = rule["Id"]
    converted["Filter"] = {"Prefix": rule.get("Prefix", "")}
    if "ExpirationInDays" in rule:
        converted["Expiration"] = {"Days": int(rule["ExpirationInDays"])}
    if "AbortIncompleteMultipartUpload" in rule:
        days = rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"]
        converted["AbortIncompleteMultipartUpload"] = {"DaysAfterInitiation": int(days)}
    unknown = set(rule) - {"Id", "Status", "Prefix", "ExpirationInDays", "AbortIncompleteMultipartUpload"}
    if unknown:
        names = ", ".join(sorted(unknown))
        raise TemplateError(f"bucket lifecycle rule: {names} not supported by the local stack")
    return converted


def _generate_secret(spec: Mapping[str, Any]) -> str:
    length = int(spec.get("PasswordLength", 32))
    alphabet = string.ascii_letters + string.digits
    if not spec.get("ExcludePunctuation"):
        alphabet += "!#$%&()*+,-.:;<=>?@[]^_{|}~"
    for excluded in str(spec.get("ExcludeCharacters", "")):
        alphabet = alphabet.replace(excluded, "")
    value = "".join(_random.choice(alphabet) for _ in range(length))
    if "SecretStringTemplate" in spec:
        document = json.loads(spec["SecretStringTemplate"])
        document[spec["GenerateStringKey"]] = value
        return json.dumps(document)
    return value


class _Builder:
    def __init__(
        self,
        template: Mapping[str, Any],
        parameters: dict[str, str],
        secret_values: Mapping[str, Any],
        stack_name: str,
        region: str,
        session: boto3.session.Session,
        endpoint_url: str | None,
    ) -> None:
        self.template = template
        self.stack_name = stack_name
        self.region = region
        self.secret_values = dict(secret_values)
        self._session = session
        self._endpoint_url = endpoint_url
        self._clients: dict[str, Any] = {}
        account_id = self._client("sts").get_caller_identity()["Account"]
        self.account_id = str(account_id)
        pseudo = {
            "AWS::Region": region,
            "AWS::AccountId": self.account_id,
            "AWS::StackName": stack_name,
            "AWS::StackId": f"arn:aws:cloudformation:{region}:{self.account_id}:stack/{stack_name}/local",
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
        }
        self.resolver = _Resolver(template, parameters, pseudo)
        self.result = StackResources(
            stack_name=stack_name, region=region, account_id=self.account_id, parameters=parameters
        )

    def _client(self, service: str) -> Any:
        if service not in self._clients:
            self._clients[service] = self._session.client(
                service, region_name=self.region, endpoint_url=self._endpoint_url
            )
        return self._clients[service]

    def _physical_name(self, logical_id: str, suffix: str = "") -> str:
        # CloudFormation appends a random suffix; locally a stable name is more useful.
        return f"{self.stack_name}-{logical_id}{suffix}"

    # Order --------------------------------------------------------------------------------
    def creation_order(self) -> list[str]:
        resources: Mapping[str, Any] = self.template["Resources"]
        order: list[str] = []
        state: dict[str, str] = {}

        def visit(logical_id: str, chain: tuple[str, ...]) -> None:
            if state.get(logical_id) == "done":
                return
            if state.get(logical_id) == "visiting":
                raise TemplateError(f"dependency cycle: {' -> '.join((*chain, logical_id))}")
            state[logical_id] = "visiting"
            definition = resources[logical_id]
            depends = definition.get("DependsOn") or []
            depends = [depends] if isinstance(depends, str) else list(depends)
            for dependency in sorted(_references(definition.get("Properties") or {}) | set(depends)):
                if dependency in resources:
                    visit(dependency, (*chain, logical_id))
            state[logical_id] = "done"
            order.append(logical_id)

        for logical_id in resources:
            visit(logical_id, ())
        return order

    # Build --------------------------------------------------------------------------------
    def build(self) -> StackResources:
        transform = self.template.get("Transform")
        transforms = [transform] if isinstance(transform, str) else list(transform or [])
        for name in transforms:
            if name != SAM_TRANSFORM:
                raise TemplateError(f"transform {name} is not supported by the local stack")
        resources: Mapping[str, Any] = self.template["Resources"]
        for logical_id in self.creation_order():
            definition = resources[logical_id]
            condition = definition.get("Condition")
            if condition is not None and not self.resolver.condition(condition):
                continue
            kind = definition.get("Type", "")
            properties = definition.get("Properties") or {}
            if kind == "AWS::SQS::Queue":
                self._queue(logical_id, properties)
            elif kind == "AWS::DynamoDB::Table":
                self._table(logical_id, properties)
            elif kind == "AWS::SecretsManager::Secret":
                self._secret(logical_id, properties)
            elif kind == "AWS::S3::Bucket":
                self._bucket(logical_id, properties)
            elif kind == "AWS::SNS::Topic":
                self._topic(logical_id, properties)
            elif kind == "AWS::Serverless::Function":
                self._function(logical_id, properties)
            elif kind == "AWS::Lambda::EventSourceMapping":
                self._event_source_mapping(logical_id, properties)
            elif kind in IGNORED_TYPES or kind.startswith(IGNORED_TYPE_PREFIXES):
                self._ignored(logical_id, kind)
            else:
                raise TemplateError(
                    f"{logical_id}: resource type {kind or '(none)'} is not supported locally"
                )
        unknown_secrets = set(self.secret_values) - set(self.result.secrets)
        if unknown_secrets:
            names = ", ".join(sorted(unknown_secrets))
            raise TemplateError(f"secret values given for secrets the template does not declare: {names}")
        return self.result

    def _ignored(self, logical_id: str, kind: str) -> None:
        self.result.ignored[logical_id] = kind
        if kind == "AWS::Serverless::HttpApi":
            self.resolver.refs[logical_id] = LOCAL_API_ID
            self.resolver.attributes[logical_id] = {"ApiEndpoint": "http://127.0.0.1"}
        elif kind == "AWS::Logs::LogGroup":
            name = f"/aws/lambda/{self._physical_name(logical_id)}"
            self.resolver.refs[logical_id] = name
            self.resolver.attributes[logical_id] = {
                "Arn": f"arn:aws:logs:{self.region}:{self.account_id}:log-group:{name}:*"
            }
        else:
            self.resolver.refs[logical_id] = self._physical_name(logical_id)
            self.resolver.attributes[logical_id] = {}

    def _queue(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        _check_properties(logical_id, "AWS::SQS::Queue", raw, _QUEUE_PROPERTIES | _QUEUE_IGNORED)
        properties = self.resolver.resolve(raw)
        fifo = bool(properties.get("FifoQueue", False))
        name = properties.get("QueueName") or self._physical_name(logical_id, ".fifo" if fifo else "")
        attributes: dict[str, str] = {}
        for key in sorted(_QUEUE_PROPERTIES - {"QueueName", "Tags"}):
            if key in properties:
                attributes[key] = _sqs_attribute(properties[key])
        redrive = properties.get("RedrivePolicy")
        if isinstance(redrive, str):
            redrive = json.loads(redrive)
        sqs = self._client("sqs")
        tags = {t["Key"]: str(t["Value"]) for t in properties.get("Tags", [])}
        url = sqs.create_queue(QueueName=name, Attributes=attributes, **({"tags": tags} if tags else {}))[
            "QueueUrl"
        ]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.result.queues[logical_id] = QueueResource(
            logical_id=logical_id,
            name=name,
            url=url,
            arn=arn,
            fifo=fifo,
            visibility_timeout=int(properties.get("VisibilityTimeout", 30)),
            dead_letter_arn=redrive["deadLetterTargetArn"] if redrive else None,
            max_receive_count=int(redrive["maxReceiveCount"]) if redrive else None,
        )
        self.resolver.refs[logical_id] = url
        self.resolver.attributes[logical_id] = {"Arn": arn, "QueueName": name, "QueueUrl": url}

    def _table(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        _check_properties(logical_id, "AWS::DynamoDB::Table", raw, _TABLE_PROPERTIES | _TABLE_IGNORED)
        properties = self.resolver.resolve(raw)
        name = properties.get("TableName") or self._physical_name(logical_id)
        request: dict[str, Any] = {
            "TableName": name,
            "AttributeDefinitions": properties["AttributeDefinitions"],
            "KeySchema": properties["KeySchema"],
            "BillingMode": properties.get("BillingMode", "PROVISIONED"),
        }
        if request["BillingMode"] == "PROVISIONED":
            request["ProvisionedThroughput"] = properties.get(
                "ProvisionedThroughput", {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
            )
        for key in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification"):
            if key in properties:
                request[key] = properties[key]
        if properties.get("Tags"):
            request["Tags"] = properties["Tags"]
        dynamodb = self._client("dynamodb")
        description = dynamodb.create_table(**request)["TableDescription"]
        ttl = properties.get("TimeToLiveSpecification") or {}
        ttl_attribute = None
        if ttl.get("Enabled"):
            ttl_attribute = str(ttl["AttributeName"])
            dynamodb.update_time_to_live(
                TableName=name, TimeToLiveSpecification={"AttributeName": ttl_attribute, "Enabled": True}
            )
        arn = description["TableArn"]
        self.result.tables[logical_id] = TableResource(logical_id, name, arn, ttl_attribute)
        self.resolver.refs[logical_id] = name
        attributes = {"Arn": arn}
        if description.get("LatestStreamArn"):
            attributes["StreamArn"] = description["LatestStreamArn"]
        self.resolver.attributes[logical_id] = attributes

    def _secret(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        _check_properties(
            logical_id, "AWS::SecretsManager::Secret", raw, _SECRET_PROPERTIES | _SECRET_IGNORED
        )
        properties = self.resolver.resolve(raw)
        name = properties.get("Name") or self._physical_name(logical_id)
        if logical_id in self.secret_values:
            value = self.secret_values[logical_id]
            secret_string = value if isinstance(value, str) else json.dumps(value)
        elif "SecretString" in properties:
            secret_string = str(properties["SecretString"])
        elif "GenerateSecretString" in properties:
            secret_string = _generate_secret(properties["GenerateSecretString"])
        else:
            raise TemplateError(f"{logical_id}: no value given and none declared in the template")
        request: dict[str, Any] = {"Name": name, "SecretString": secret_string}
        if properties.get("Description"):
            request["Description"] = properties["Description"]
        arn = self._client("secretsmanager").create_secret(**request)["ARN"]
        self.result.secrets[logical_id] = SecretResource(logical_id, name, arn)
        self.resolver.refs[logical_id] = arn  # Ref of a secret is its ARN
        self.resolver.attributes[logical_id] = {"Id": arn}

    def _bucket(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        _check_properties(
            logical_id,
            "AWS::S3::Bucket",
            raw,
            {
                "BucketName",
                "BucketEncryption",
                "LifecycleConfiguration",
                "PublicAccessBlockConfiguration",
                "VersioningConfiguration",
                "OwnershipControls",
                "Tags",
            },
        )
        properties = self.resolver.resolve(raw)
        name = str(properties.get("BucketName") or self._physical_name(logical_id).lower())
        s3 = self._client("s3")
        if self.region == "us-east-1":
            s3.create_bucket(Bucket=name)
        else:
            s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": self.region})
        if "LifecycleConfiguration" in properties:
            rules = [_s3_lifecycle_rule(rule) for rule in properties["LifecycleConfiguration"]["Rules"]]
            s3.put_bucket_lifecycle_configuration(Bucket=name, LifecycleConfiguration={"Rules": rules})
        arn = f"arn:aws:s3:::{name}"
        self.result.others[logical_id] = OtherResource(logical_id, "AWS::S3::Bucket", name, arn)
        self.resolver.refs[logical_id] = name
        self.resolver.attributes[logical_id] = {"Arn": arn, "DomainName": f"{name}.s3.amazonaws.com"}

    def _topic(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        _check_properties(
            logical_id, "AWS::SNS::Topic", raw, {"TopicName", "DisplayName", "KmsMasterKeyId", "Tags"}
        )
        properties = self.resolver.resolve(raw)
        name = str(properties.get("TopicName") or self._physical_name(logical_id))
        arn = self._client("sns").create_topic(Name=name)["TopicArn"]
        self.result.others[logical_id] = OtherResource(logical_id, "AWS::SNS::Topic", arn, arn)
        self.resolver.refs[logical_id] = arn
        self.resolver.attributes[logical_id] = {"TopicArn": arn, "TopicName": name}

    def _function(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        _check_properties(
            logical_id, "AWS::Serverless::Function", raw, _FUNCTION_PROPERTIES | _FUNCTION_IGNORED
        )
        global_function = (self.template.get("Globals") or {}).get("Function") or {}
        merged = _merge_globals(global_function, dict(raw))
        properties = self.resolver.resolve({k: v for k, v in merged.items() if k != "Events"})
        name = str(properties.get("FunctionName") or self._physical_name(logical_id))
        arn = f"arn:aws:lambda:{self.region}:{self.account_id}:function:{name}"
        if "Handler" not in properties:
            raise TemplateError(f"{logical_id}: no Handler")
        variables = (properties.get("Environment") or {}).get("Variables") or {}
        environment: dict[str, str] = {}
        for key, value in variables.items():
            if isinstance(value, dict | list):
                raise TemplateError(f"{logical_id}: environment variable {key} did not resolve to a string")
            environment[str(key)] = "true" if value is True else "false" if value is False else str(value)
        routes: list[HttpRoute] = []
        sources: list[SqsEventSource] = []
        for event_name, event in (raw.get("Events") or {}).items():
            event_type = event.get("Type")
            event_properties = self.resolver.resolve(event.get("Properties") or {})
            if event_type == "HttpApi":
                routes.append(self._route(logical_id, event_name, event_properties))
            elif event_type == "SQS":
                sources.append(self._sqs_source(logical_id, event_name, event_properties))
            else:
                raise TemplateError(
                    f"{logical_id}.{event_name}: event type {event_type} is not supported locally "
                    "(supported: HttpApi, SQS)"
                )
        self.result.functions[logical_id] = FunctionResource(
            logical_id=logical_id,
            name=name,
            arn=arn,
            handler=str(properties["Handler"]),
            runtime=str(properties["Runtime"]) if properties.get("Runtime") else None,
            timeout_seconds=int(properties.get("Timeout", 3)),
            memory_size_mb=int(properties.get("MemorySize", 128)),
            environment=environment,
            routes=tuple(routes),
            sqs_sources=tuple(sources),
        )
        self.resolver.refs[logical_id] = name
        self.resolver.attributes[logical_id] = {"Arn": arn}

    def _route(self, logical_id: str, event_name: str, properties: Mapping[str, Any]) -> HttpRoute:
        _check_properties(
            f"{logical_id}.{event_name}",
            "HttpApi event",
            properties,
            {"ApiId", "Path", "Method", "PayloadFormatVersion", "TimeoutInMillis", "Auth", "RouteSettings"},
        )
        if str(properties.get("PayloadFormatVersion", "2.0")) != "2.0":
            raise TemplateError(f"{logical_id}.{event_name}: only payload format 2.0 is served locally")
        if properties.get("Auth"):
            raise TemplateError(f"{logical_id}.{event_name}: HttpApi authorizers are not emulated locally")
        path = str(properties.get("Path", "$default"))
        method = str(properties.get("Method", "ANY")).upper()
        if method == "X-AMAZON-APIGATEWAY-ANY-METHOD":
            method = "ANY"
        return HttpRoute(event_name=event_name, method=method, path=path)

    def _event_source_mapping(self, logical_id: str, raw: Mapping[str, Any]) -> None:
        """A plain event source mapping: the same as an SQS event on the function it names."""
        _check_properties(
            logical_id,
            "AWS::Lambda::EventSourceMapping",
            raw,
            {"EventSourceArn", "FunctionName", *_SQS_SOURCE_PROPERTIES} - {"Queue"},
        )
        properties = dict(self.resolver.resolve(raw))
        name = str(properties.pop("FunctionName", ""))
        functions = [f for f in self.result.functions.values() if name in (f.name, f.arn)]
        if not functions:
            raise TemplateError(f"{logical_id}: FunctionName {name!r} is not a function of this template")
        properties["Queue"] = properties.pop("EventSourceArn", None)
        source = self._sqs_source(logical_id, logical_id, properties, where=logical_id)
        function = functions[0]
        self.result.functions[function.logical_id] = replace(
            function, sqs_sources=(*function.sqs_sources, source)
        )
        self.resolver.refs[logical_id] = f"{self._physical_name(logical_id)}-uuid"
        self.resolver.attributes[logical_id] = {}

    def _sqs_source(
        self, logical_id: str, event_name: str, properties: Mapping[str, Any], where: str | None = None
    ) -> SqsEventSource:
        where = where or f"{logical_id}.{event_name}"
        _check_properties(where, "SQS event", properties, _SQS_SOURCE_PROPERTIES)
        if properties.get("FilterCriteria"):
            raise TemplateError(f"{where}: FilterCriteria are not emulated locally")
        try:
            queue = self.result.queue_by_arn(str(properties["Queue"]))
        except KeyError:
            raise TemplateError(
                f"{where}: {properties.get('Queue')} is not a queue of this template"
            ) from None
        response_types = properties.get("FunctionResponseTypes") or []
        unknown = set(response_types) - {"ReportBatchItemFailures"}
        if unknown:
            raise TemplateError(f"{where}: unknown FunctionResponseTypes {sorted(unknown)}")
        return SqsEventSource(
            event_name=event_name,
            queue_logical_id=queue.logical_id,
            queue_arn=queue.arn,
            queue_url=queue.url,
            batch_size=int(properties.get("BatchSize", 10)),
            report_batch_item_failures="ReportBatchItemFailures" in response_types,
            maximum_batching_window_seconds=int(properties.get("MaximumBatchingWindowInSeconds", 0)),
            enabled=bool(properties.get("Enabled", True)),
        )


def resolve_parameters(
    template: Mapping[str, Any], overrides: Mapping[str, Any] | None = None
) -> dict[str, str]:
    """Parameter values: the template's defaults, replaced by `overrides`; checked against AllowedValues."""
    declared: Mapping[str, Any] = template.get("Parameters") or {}
    given = dict(overrides or {})
    unknown = set(given) - set(declared)
    if unknown:
        raise TemplateError(f"unknown parameters: {', '.join(sorted(unknown))}")
    values: dict[str, str] = {}
    for name, spec in declared.items():
        if name in given:
            value = given[name]
        elif "Default" in spec:
            value = spec["Default"]
        else:
            raise TemplateError(f"parameter {name} has no default; pass a value")
        allowed = spec.get("AllowedValues")
        if allowed is not None and str(value) not in {str(a) for a in allowed}:
            raise TemplateError(f"parameter {name}={value!r} is not one of {allowed}")
        values[name] = str(value)
    return values


def create_resources(
    template: Mapping[str, Any] | str | Path | None = None,
    *,
    parameters: Mapping[str, Any] | None = None,
    secret_values: Mapping[str, Any] | None = None,
    stack_name: str = DEFAULT_STACK_NAME,
    region: str | None = None,
    session: boto3.session.Session | None = None,
    endpoint_url: str | None = None,
) -> StackResources:
    """Create the template's tables, queues, secrets (and buckets, topics) in moto; describe them.

    `template` is a loaded template, a path, or None for the repository's `template.yaml`.
    `secret_values` maps a secret's logical id to its value (a string, or a mapping written as
    JSON); secrets without a value get the template's `SecretString` or a generated one.
    The caller has already started moto (`moto.mock_aws()`) or passes a moto server's
    `endpoint_url`. Side effects: creates AWS resources through boto3.
    """
    if template is None:
        template = find_template()
    document = load_template(template) if isinstance(template, str | Path) else template
    session = session or boto3.session.Session()
    resolved_region = region or session.region_name or DEFAULT_REGION
    builder = _Builder(
        document,
        resolve_parameters(document, parameters),
        secret_values or {},
        stack_name,
        resolved_region,
        session,
        endpoint_url,
    )
    return builder.build()
