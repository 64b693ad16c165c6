"""`webcare config check FILE`: is this behaviour document fit to run, before anything runs it?

The functions validate the config at their first request, which in AWS is too late: every request
would get a 500. This runs the same validation (schema, helpdesk cross-references) on a JSON or
YAML file, and with `--for deploy` also refuses what must not reach production (the example
helpdesk URL, plain HTTP, loopback). With `--secrets FILE` it checks that every secret the config
names is there. `make build` runs it on the configured file, `make deploy` with `--for deploy`,
and `webcare local` refuses to start on a config that fails it.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from webcare.config import helpdesk_secret_names, parse_config, read_config_document
from webcare.errors import ConfigError

Purpose = Literal["local", "deploy"]
# Hosts reserved for examples and tests (RFC 2606, RFC 6761): never a real helpdesk.
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org", "example", "invalid", "test", "localhost")


@dataclass(frozen=True)
class CheckResult:
    """What a passing check found: the secret keys the config needs, and where each is named."""

    origin: str
    helpdesk_secrets: dict[str, str]


def _deploy_problems(document: Mapping[str, Any]) -> list[str]:
    problems = []
    for name, raw in sorted(document["helpdesks"].items()):
        url = raw.get("url")
        if not isinstance(url, str):
            continue
        field = f"helpdesks.{name}.url"
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        if any(host == domain or host.endswith("." + domain) for domain in EXAMPLE_DOMAINS):
            problems.append(f"{field}: {host} is an example host; point it at your helpdesk before deploying")
            continue
        try:
            if ipaddress.ip_address(host).is_loopback:
                problems.append(f"{field}: {host} is this machine, not a helpdesk Lambda can reach")
                continue
        except ValueError:
            pass
        if parts.scheme != "https":
            problems.append(f"{field}: deliveries carry customer messages; use https, not {parts.scheme}")
    return problems


def check(
    path: str | Path, *, purpose: Purpose = "local", secrets: Mapping[str, Any] | None = None
) -> CheckResult:
    """Check the config file at `path`; `ConfigError` names the first bad field.

    `secrets` (a secrets document) is checked for every key the config names, when given.
    """
    origin = str(path)
    document = read_config_document(path)
    parse_config(document, origin=origin)
    problems = _deploy_problems(document) if purpose == "deploy" else []
    needed = helpdesk_secret_names(document)
    if secrets is not None:
        for name, field in sorted(needed.items(), key=lambda item: item[1]):
            value = secrets.get(name)
            if value in (None, "", []):
                problems.append(f"{field}: the secrets document has no value for '{name}'")
    if problems:
        raise ConfigError(f"{origin}: " + f"\n{origin}: ".join(problems))
    return CheckResult(origin=origin, helpdesk_secrets=needed)


def read_secrets(path: str | Path) -> dict[str, Any]:
    """A secrets document from a JSON file (`webcare local --secrets`, `config check --secrets`)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read a JSON object from it ({exc})") from None
    if not isinstance(document, dict):
        raise ConfigError(f"{path}: must hold a JSON object")
    return document


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check_parser = sub.add_parser(
        "check", help="validate a config file (schema, helpdesk references, secrets); exit 1 naming the field"
    )
    check_parser.add_argument("file", metavar="FILE", help="the config, JSON or YAML")
    check_parser.add_argument(
        "--for",
        dest="purpose",
        choices=["local", "deploy"],
        default="local",
        help="deploy: also refuse example or loopback helpdesk URLs and plain http (default %(default)s)",
    )
    check_parser.add_argument(
        "--secrets",
        metavar="FILE",
        help="a secrets document (JSON) that must hold every secret the config names",
    )


def main(args: argparse.Namespace) -> int:
    try:
        secrets = read_secrets(args.secrets) if args.secrets else None
        result = check(args.file, purpose=args.purpose, secrets=secrets)
    except ConfigError as exc:
        print(f"webcare config check: {exc}", file=sys.stderr)
        return 1
    names = ", ".join(f"{name} ({field})" for name, field in sorted(result.helpdesk_secrets.items()))
    print(f"{result.origin}: valid for {args.purpose}; helpdesk secret keys it needs: {names or 'none'}")
    return 0
