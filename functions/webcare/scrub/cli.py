"""`webcare scrub`: scrub text from stdin, one message per line, and print JSON lines with findings.

Input lines are plain text, or JSON objects with a "text" field (other fields are ignored; a JSON
line may also carry "visibility"). Output, one line per input line:

    {"text": "<scrubbed>", "findings": [{"type": "iban", "start": 5, "end": 23, "action": "redact"}]}

Positions refer to the input text. Nothing is written anywhere else.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from webcare.errors import ConfigError
from webcare.scrub.policy import ScrubPolicy
from webcare.scrub.scrubber import Scrubber


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        choices=("default", "redact-all"),
        default="default",
        help="default: the documented default policy (or --config's); redact-all: redact every type",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="a configuration document (JSON or YAML) whose 'scrub' section is used",
    )
    parser.add_argument(
        "--visibility",
        choices=("public", "private"),
        default="public",
        help="visibility of the messages, which selects the policy column (default: public)",
    )


def main(args: argparse.Namespace) -> int:
    try:
        policy = _policy(args)
    except ConfigError as exc:
        print(f"webcare scrub: {exc}", file=sys.stderr)
        return 2
    return run(Scrubber(policy), sys.stdin, sys.stdout, args.visibility)


def run(scrubber: Scrubber, lines: TextIO, out: TextIO, visibility: str) -> int:
    for raw in lines:
        line = raw.rstrip("\r\n")
        text, line_visibility = _parse(line, visibility)
        result = scrubber.scrub(text, line_visibility)
        record: dict[str, Any] = {
            "text": result.text,
            "findings": [
                {"type": f.type, "start": f.start, "end": f.end, "action": f.action} for f in result.findings
            ],
        }
        if result.truncated:
            record["truncated"] = True
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _parse(line: str, visibility: str) -> tuple[str, str]:
    if line.startswith("{"):
        try:
            data = json.loads(line)
        except ValueError:
            return line, visibility
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            chosen = data.get("visibility")
            return data["text"], chosen if chosen in ("public", "private") else visibility
    return line, visibility


def _policy(args: argparse.Namespace) -> ScrubPolicy:
    section = None
    if args.config:
        section = _load_section(args.config)
    policy = ScrubPolicy.from_config(section)
    if args.policy == "redact-all":
        return ScrubPolicy.redact_all(policy.max_text_length)
    return policy


def _load_section(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            raw = handle.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        document = json.loads(raw)
    except ValueError:
        import yaml

        try:
            document = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: neither JSON nor YAML ({exc})") from exc
    if not isinstance(document, dict):
        raise ConfigError(f"{path}: expected a configuration object")
    return document.get("scrub")
