"""What the documentation states that can be checked against the code: it must stay true."""

from __future__ import annotations

import argparse
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from webcare.cli import COMMANDS
from webcare.forwarding import max_receives
from webcare.local.resources import load_template

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
TEMPLATE = load_template(ROOT / "template.yaml")
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def code(text: str) -> Iterator[str]:
    """Each line of a fenced code block and each inline code span, outside sections about what
    does not exist yet (a heading saying "Not yet" or "Planned")."""
    fenced = False
    skipping_level = 0
    for line in text.splitlines():
        heading = re.match(r"(#+) (.*)", line) if not fenced else None
        if heading:
            level = len(heading.group(1))
            if skipping_level and level <= skipping_level:
                skipping_level = 0
            if not skipping_level and re.search(r"not yet|planned", heading.group(2), re.IGNORECASE):
                skipping_level = level
            continue
        if skipping_level:
            continue
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield line.split(" #", 1)[0]
        else:
            yield from re.findall(r"`([^`]+)`", line)


def named(pattern: str) -> Iterator[tuple[str, str, str]]:
    """(doc, match, rest of the snippet) for every code snippet in the docs matching `pattern`."""
    for doc in DOCS:
        for snippet in code(doc.read_text(encoding="utf-8")):
            for match in re.finditer(pattern, snippet):
                yield relative(doc), match.group(1), snippet[match.end() :]


def options(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= options(sub)
    return found


def command_options(name: str) -> set[str]:
    parser = argparse.ArgumentParser(prog=f"webcare {name}")
    importlib.import_module(COMMANDS[name][0]).configure(parser)
    return options(parser)


def make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z0-9-]*):", makefile, flags=re.MULTILINE))


def test_the_function_count_the_docs_state_is_the_templates() -> None:
    functions = sum(1 for r in TEMPLATE["Resources"].values() if r["Type"] == "AWS::Serverless::Function")
    stated = [
        (relative(doc), match.group(0))
        for doc in DOCS
        for match in re.finditer(
            r"\b(one|two|three|four|five|six|seven|eight|\d+) (?:AWS )?Lambda functions\b",
            doc.read_text(encoding="utf-8"),
            flags=re.IGNORECASE,
        )
    ]

    assert stated, "no document says how many Lambda functions there are"
    wrong = [(doc, text) for doc, text in stated if NUMBERS.get(text.split()[0].lower(), 0) != functions
             and text.split()[0] != str(functions)]
    assert wrong == []


def test_every_webcare_command_and_option_named_in_the_docs_exists() -> None:
    problems = []
    for doc, command, rest in named(r"(?:^|[\s/])webcare\s+([a-z][a-z-]*)"):
        if command not in COMMANDS:
            problems.append(f"{doc}: webcare {command} is not a command")
            continue
        known = command_options(command) | {"--help"}
        for option in re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", rest):
            if option not in known:
                problems.append(f"{doc}: webcare {command} has no option {option}")

    assert problems == []


def test_every_make_target_named_in_the_docs_exists() -> None:
    targets = make_targets()
    problems = [
        f"{doc}: make {target}"
        for doc, target, _ in named(r"(?:^|\s)make\s+([a-z][a-z0-9-]*)")
        if target not in targets
    ]

    assert problems == []


def schema_properties(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for name, value in (node.get("properties") or {}).items():
            yield name
            yield from schema_properties(value)
        for key, value in node.items():
            if key != "properties":
                yield from schema_properties(value)
    elif isinstance(node, list):
        for item in node:
            yield from schema_properties(item)


def test_the_config_reference_describes_every_field_of_the_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "config.schema.json").read_text(encoding="utf-8"))
    reference = (ROOT / "docs" / "config.md").read_text(encoding="utf-8")

    missing = sorted({name for name in schema_properties(schema) if f"`{name}`" not in reference})

    assert missing == []


@pytest.mark.parametrize("name", sorted(TEMPLATE.get("Parameters") or {}))
def test_every_template_parameter_is_in_the_deploy_guide(name: str) -> None:
    assert f"`{name}`" in (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")


def test_every_document_the_docs_and_the_template_point_to_exists() -> None:
    sources = [*DOCS, ROOT / "template.yaml"]
    missing = sorted(
        {
            f"{relative(source)}: {path}"
            for source in sources
            for path in re.findall(r"\b(docs/[\w./-]+\.md)\b", source.read_text(encoding="utf-8"))
            if not (ROOT / path).is_file()
        }
    )

    assert missing == []


def test_the_outage_table_in_operations_is_what_the_forwarder_computes() -> None:
    operations = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d+) \| (\d+) \|$", operations, flags=re.MULTILINE))
    allowed = TEMPLATE["Parameters"]["HelpdeskOutageHours"]["AllowedValues"]

    assert {int(hours): int(count) for hours, count in rows.items()} == {
        int(hours): max_receives(int(hours)) for hours in allowed
    }


def granted(function: str) -> Iterator[tuple[str, list[str]]]:
    """(action, LeadingKeys prefixes) for each action of the function's own statements."""
    properties = TEMPLATE["Resources"][function]["Properties"]
    for policy in properties.get("Policies") or []:
        for statement in policy.get("Statement", []) if isinstance(policy, dict) else []:
            condition = (statement.get("Condition") or {}).get("ForAllValues:StringLike") or {}
            prefixes = condition.get("dynamodb:LeadingKeys") or []
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            for action in actions:
                yield str(action), list(prefixes)


def test_the_deploy_guide_lists_every_action_and_item_kind_each_function_may_use() -> None:
    deploy = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\w+) \| (.+) \|$", deploy, flags=re.MULTILINE))
    functions = [n for n, r in TEMPLATE["Resources"].items() if r["Type"] == "AWS::Serverless::Function"]

    missing = []
    for function in functions:
        row = rows.get(function.removesuffix("Function"))
        if row is None:
            missing.append(f"{function}: no row")
            continue
        for action, prefixes in granted(function):
            if action.split(":", 1)[1] not in row:
                missing.append(f"{function}: {action}")
            missing += [f"{function}: {p}" for p in prefixes if f"`{p.rstrip('*')}`" not in row]

    assert missing == []
