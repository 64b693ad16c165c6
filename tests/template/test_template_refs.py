"""Every `!Ref`, `!GetAtt`, `${...}` in `!Sub` and condition name points at something that exists.

Our own check, so a typo fails the build whatever cfn-lint version is installed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from template_support import ROOT, lambda_artifact


@dataclass(frozen=True)
class Reference:
    kind: str  # Ref, GetAtt, Sub, Condition
    target: str
    where: str


def _sub_names(text: str, variables: Mapping[str, Any]) -> Iterator[str]:
    for name in re.findall(r"\$\{([^}]+)\}", text):
        if name.startswith("!") or name in variables:
            continue
        yield name


def references(node: Any, where: str = "") -> Iterator[Reference]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from references(item, f"{where}[{index}]")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        here = f"{where}.{key}" if where else str(key)
        if key == "Ref" and isinstance(value, str):
            yield Reference("Ref", value, where)
        elif key == "Fn::GetAtt":
            target = value[0] if isinstance(value, list) else str(value).split(".", 1)[0]
            yield Reference("GetAtt", str(target), where)
        elif key == "Fn::Sub":
            text, variables = (value, {}) if isinstance(value, str) else (value[0], value[1])
            for name in _sub_names(text, variables):
                yield Reference("Sub", name.split(".", 1)[0] if not name.startswith("AWS::") else name, where)
            if not isinstance(value, str):
                yield from references(variables, here)
        elif key == "Fn::If":
            yield Reference("Condition", str(value[0]), where)
            yield from references(value[1:], here)
        elif key == "Condition" and isinstance(value, str):
            yield Reference("Condition", value, where)
        else:
            yield from references(value, here)


def sam_generated(template: Mapping[str, Any]) -> set[str]:
    """Logical ids that the SAM transform creates and a template may reference."""
    generated: set[str] = set()
    for logical_id, resource in template["Resources"].items():
        kind = resource.get("Type")
        properties = resource.get("Properties") or {}
        if kind == "AWS::Serverless::Function":
            if "Role" not in properties:
                generated.add(f"{logical_id}Role")
            if properties.get("AutoPublishAlias"):
                generated.add(f"{logical_id}Alias{properties['AutoPublishAlias']}")
            for event in (properties.get("Events") or {}).values():
                if event.get("Type") == "HttpApi" and "ApiId" not in (event.get("Properties") or {}):
                    generated.add("ServerlessHttpApi")
        if kind == "AWS::Serverless::HttpApi":
            generated.add(f"{logical_id}ApiGatewayDefaultStage")
    return generated


def problems(template: Mapping[str, Any]) -> list[str]:
    resources = set(template["Resources"]) | sam_generated(template)
    parameters = set(template.get("Parameters") or {})
    conditions = set(template.get("Conditions") or {})
    pseudo = set(lambda_artifact.PSEUDO_PARAMETERS)
    found = []
    for section in ("Globals", "Conditions", "Resources", "Outputs"):
        for reference in references(template.get(section) or {}, section):
            if reference.kind == "Condition":
                ok = reference.target in conditions
            elif reference.kind == "GetAtt":
                ok = reference.target in resources
            else:
                ok = reference.target in resources | parameters | pseudo
            if not ok:
                found.append(f"{reference.where}: {reference.kind} {reference.target} does not exist")
    return found


def test_every_reference_in_the_template_points_at_something_that_exists() -> None:
    template = lambda_artifact.load_template()

    assert problems(template) == []


def test_the_reference_check_catches_typos() -> None:
    # Given the template with one typo of each kind
    text = (ROOT / "template.yaml").read_text(encoding="utf-8")
    for good, bad in [
        ("!Ref InboundQueue", "!Ref InbondQueue"),
        ("!GetAtt CaseTable.Arn", "!GetAtt CaseTabel.Arn"),
        ("${WebhookApi}", "${WebhookAPI}"),
        ("!Ref LogRetentionDays", "!Ref LogRetentionDay"),
    ]:
        assert good in text, f"the template no longer contains {good!r}; pick another example"
        text = text.replace(good, bad, 1)

    # When it is checked
    found = "\n".join(problems(lambda_artifact.load_template(text=text)))

    # Then each typo is reported
    for name in ("InbondQueue", "CaseTabel", "WebhookAPI", "LogRetentionDay"):
        assert f" {name} does not exist" in found
