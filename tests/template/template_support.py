"""Helpers for tests/template: where the tools and the artifact are, and what to do without them.

`make test` and `make template` build the artifact and install the tools first and set
WEBCARE_TEMPLATE_TOOLS=required, so a missing tool or artifact fails there. A bare `pytest` on a
machine that never ran `make build` skips these tests with the command that would enable them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "infra"))

import config_to_json  # noqa: E402  (infra/ is not a package; it is put on sys.path above)
import lambda_artifact  # noqa: E402

__all__ = ["ROOT", "config_to_json", "lambda_artifact", "require", "run_tool", "sam_transformed"]


def require(path: Path, how: str) -> Path:
    """`path`, or fail (under `make test`) / skip (bare pytest) saying how to create it."""
    if path.exists():
        return path
    message = f"{path.relative_to(ROOT)} is missing; run `{how}`"
    if os.environ.get("WEBCARE_TEMPLATE_TOOLS") == "required":
        pytest.fail(message)
    pytest.skip(message)


def run_tool(
    argv: list[str | Path], *, cwd: Path = ROOT, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run a SAM/cfn-lint command offline-safe: dummy credentials, fixed region, no telemetry."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(ROOT)),
        "SAM_CLI_TELEMETRY": "0",
        **lambda_artifact.DUMMY_AWS_ENV,
    }
    return subprocess.run(
        [str(part) for part in argv], cwd=cwd, env=environment, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


# The SAM transform as `sam deploy` runs it, in the SAM CLI's virtualenv (samtranslator lives there).
# CodeUri is set to an S3 URI as `sam package` would; managed policy names are not looked up.
_TRANSFORM = """
import json, sys
from samcli.yamlhelper import yaml_parse
from samtranslator.translator.transform import transform

class NoLookups:
    def load(self):
        return {}

template = yaml_parse(sys.stdin.read())
for resource in template["Resources"].values():
    if resource.get("Type") == "AWS::Serverless::Function":
        resource["Properties"]["CodeUri"] = "s3://bucket/key"
print(json.dumps(transform(template, {}, NoLookups())))
"""


def sam_transformed(text: str | None = None) -> dict[str, Any]:
    """template.yaml (or `text`) after the SAM transform: the CloudFormation that gets deployed."""
    python = require(lambda_artifact.SAM.parent / "python", "make tools")
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **lambda_artifact.DUMMY_AWS_ENV}
    result = subprocess.run(
        [str(python), "-c", _TRANSFORM],
        input=text if text is not None else (ROOT / "template.yaml").read_text(encoding="utf-8"),
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    transformed: dict[str, Any] = json.loads(result.stdout)
    return transformed
