"""The `sam build` artifact as Lambda would run it: for the template tests and `make bench`.

Lambda starts a function with the artifact (`/var/task`) first on `sys.path`, then the runtime's
own packages (boto3, botocore), a handful of environment variables of its own, the function's
template environment, and no bytecode for the artifact's code (we ship none). This module
reproduces that on this machine:

- `load_template` reads template.yaml with the CloudFormation short tags;
- `function_environment` resolves a function's template environment (Globals included) with
  fake but well-formed values (queue URLs, table names, secret ARNs, parameter defaults);
- `lambda_process` gives the argv and environment of a fresh interpreter that sees only the
  artifact and `.venv-lambda/` (what the runtime provides), never the developer's site-packages.

Only the standard library and PyYAML (a dev dependency) are used, so the tests and the
benchmarks need nothing from the app's own modules to describe the artifact.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from webcare.local import resources

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "template.yaml"
BUILD_DIR = ROOT / ".aws-sam" / "build"
BUILT_TEMPLATE = BUILD_DIR / "template.yaml"
RUNTIME_DIR = ROOT / ".venv-lambda"
SAM = ROOT / ".venv-sam" / "bin" / "sam"
CFN_LINT = ROOT / ".venv-cfnlint" / "bin" / "cfn-lint"

REGION = "eu-west-1"
ACCOUNT = "123456789012"
STACK = "webcare-test"
PSEUDO_PARAMETERS: dict[str, str] = {
    "AWS::AccountId": ACCOUNT,
    "AWS::Region": REGION,
    "AWS::Partition": "aws",
    "AWS::StackName": STACK,
    "AWS::StackId": f"arn:aws:cloudformation:{REGION}:{ACCOUNT}:stack/{STACK}/0000-fake",
    "AWS::URLSuffix": "amazonaws.com",
    "AWS::NoValue": "",
    "AWS::NotificationARNs": "",
}
# Credentials that cannot reach any account, for every tool and subprocess here.
DUMMY_AWS_ENV: dict[str, str] = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": REGION,
    "AWS_REGION": REGION,
}


def load_template(path: Path = TEMPLATE, text: str | None = None) -> dict[str, Any]:
    """The template with CloudFormation's short tags, parsed as the local stack parses it."""
    return resources.load_template(path, text)


def functions(template: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each AWS::Serverless::Function's properties with Globals.Function merged in (as SAM does:
    the function's own value wins; Environment.Variables maps are merged key by key)."""
    defaults = (template.get("Globals") or {}).get("Function") or {}
    merged: dict[str, dict[str, Any]] = {}
    for logical_id, resource in template["Resources"].items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        own = resource.get("Properties") or {}
        properties = {**defaults, **own}
        variables = {
            **((defaults.get("Environment") or {}).get("Variables") or {}),
            **((own.get("Environment") or {}).get("Variables") or {}),
        }
        properties["Environment"] = {"Variables": variables}
        merged[logical_id] = properties
    return merged


@dataclass(frozen=True)
class FakeValues:
    """Well-formed stand-ins for what CloudFormation would resolve at deploy time."""

    template: Mapping[str, Any]

    def ref(self, name: str) -> str:
        if name in PSEUDO_PARAMETERS:
            return PSEUDO_PARAMETERS[name]
        parameter = (self.template.get("Parameters") or {}).get(name)
        if parameter is not None:
            return str(parameter.get("Default", f"fake-{name}"))
        resource = self.template["Resources"].get(name)
        if resource is None:
            raise KeyError(f"Ref to {name}, which is neither a parameter nor a resource")
        kind = resource.get("Type", "")
        properties = resource.get("Properties") or {}
        if kind == "AWS::SQS::Queue":
            suffix = ".fifo" if properties.get("FifoQueue") else ""
            return f"https://sqs.{REGION}.amazonaws.com/{ACCOUNT}/{STACK}-{name}{suffix}"
        if kind == "AWS::SecretsManager::Secret":
            return self.get_att(name, "Arn")
        if kind == "AWS::SNS::Topic":
            return self.get_att(name, "Arn")
        return f"{STACK}-{name}"

    def get_att(self, name: str, attribute: str) -> str:
        resource = self.template["Resources"].get(name)
        if resource is None:
            raise KeyError(f"GetAtt to {name}, which is not a resource")
        kind = resource.get("Type", "")
        service = kind.split("::")[1].lower() if kind.count("::") == 2 else "unknown"
        if attribute == "Arn":
            if kind == "AWS::SQS::Queue":
                return f"arn:aws:sqs:{REGION}:{ACCOUNT}:{self.ref(name).rsplit('/', 1)[1]}"
            if kind == "AWS::DynamoDB::Table":
                return f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{STACK}-{name}"
            if kind == "AWS::SecretsManager::Secret":
                return f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:{STACK}-{name}-AbCdEf"
            return f"arn:aws:{service}:{REGION}:{ACCOUNT}:{STACK}-{name}"
        if attribute == "QueueName":
            return self.ref(name).rsplit("/", 1)[1]
        if attribute == "QueueUrl":
            return self.ref(name)
        return f"{STACK}-{name}-{attribute}"

    def resolve(self, value: Any) -> str:
        if isinstance(value, str | int | float | bool):
            return str(value).lower() if isinstance(value, bool) else str(value)
        if isinstance(value, dict) and len(value) == 1:
            ((function, argument),) = value.items()
            if function == "Ref":
                return self.ref(argument)
            if function == "Fn::GetAtt":
                return self.get_att(argument[0], argument[1])
            if function == "Fn::Sub":
                text, variables = (argument, {}) if isinstance(argument, str) else argument
                return self.substitute(text, variables)
            if function == "Fn::Join":
                separator, items = argument
                return str(separator).join(self.resolve(item) for item in items)
        raise ValueError(f"cannot resolve {value!r} to a fake value")

    def substitute(self, text: str, variables: Mapping[str, Any]) -> str:
        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name.startswith("!"):
                return "${" + name[1:] + "}"
            if name in variables:
                return self.resolve(variables[name])
            if "." in name and not name.startswith("AWS::"):
                resource, _, attribute = name.partition(".")
                return self.get_att(resource, attribute)
            return self.ref(name)

        return re.sub(r"\$\{([^}]+)\}", one, text)


def function_environment(template: Mapping[str, Any], logical_id: str) -> dict[str, str]:
    """The function's environment variables as the template sets them, with fake resolved values."""
    fakes = FakeValues(template)
    variables = functions(template)[logical_id]["Environment"]["Variables"]
    return {name: fakes.resolve(value) for name, value in variables.items()}


def built_functions() -> dict[str, Path]:
    """Logical id -> artifact directory, from the template `sam build` wrote."""
    built = load_template(BUILT_TEMPLATE)
    return {
        logical_id: (BUILD_DIR / str(properties["CodeUri"])).resolve()
        for logical_id, properties in functions(built).items()
    }


def runtime_environment(template: Mapping[str, Any], logical_id: str, artifact: Path) -> dict[str, str]:
    """What a Lambda execution environment sees: Lambda's own variables, then the template's."""
    properties = functions(template)[logical_id]
    runtime = str(properties.get("Runtime", "python3.12"))
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "en_US.UTF-8",
        "TZ": ":UTC",
        "LAMBDA_TASK_ROOT": str(artifact),
        "LAMBDA_RUNTIME_DIR": str(RUNTIME_DIR),
        "_HANDLER": str(properties["Handler"]),
        "AWS_EXECUTION_ENV": f"AWS_Lambda_{runtime}",
        "AWS_LAMBDA_FUNCTION_NAME": f"{STACK}-{logical_id}",
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(properties.get("MemorySize", 128)),
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{STACK}-{logical_id}",
        "AWS_LAMBDA_LOG_STREAM_NAME": "2026/01/01/[$LATEST]0123456789abcdef",
        "PYTHONDONTWRITEBYTECODE": "1",
        **DUMMY_AWS_ENV,
    }
    environment.update(function_environment(template, logical_id))
    return environment


# Lambda's environment variables that the runtime sets for every function (the code may read them).
RUNTIME_PROVIDED = frozenset(
    {
        "AWS_REGION",
        "AWS_DEFAULT_REGION",
        "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
        "AWS_LAMBDA_LOG_GROUP_NAME",
        "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "LAMBDA_TASK_ROOT",
        "LAMBDA_RUNTIME_DIR",
        "_HANDLER",
        "_X_AMZN_TRACE_ID",
        "TZ",
        "LANG",
        "PATH",
        "AWS_LAMBDA_RUNTIME_API",
        "AWS_XRAY_CONTEXT_MISSING",
        "AWS_XRAY_DAEMON_ADDRESS",
    }
)

# A fresh interpreter that sees the artifact, then the runtime's boto3, then only the standard
# library: -S (no site-packages), -E (no PYTHONPATH & co.), -B (write no bytecode), as Lambda.


def lambda_process(artifact: Path | None, code: str) -> list[str]:
    """argv for running `code` in a fresh interpreter laid out like a Lambda execution environment
    (with `artifact` None: the bare runtime, for a baseline)."""
    paths = [str(RUNTIME_DIR)] if artifact is None else [str(artifact), str(RUNTIME_DIR)]
    return [runtime_python(), "-S", "-E", "-B", "-c", f"import sys; sys.path[:0] = {paths!r}; " + code]


def runtime_python() -> str:
    """The Lambda runtime's interpreter (python3.12) when the Makefile found one, else this one."""
    return os.environ.get("WEBCARE_RUNTIME_PYTHON") or sys.executable
