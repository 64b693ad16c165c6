"""Helpers for tests/template: where the tools and the artifact are, and what to do without them.

`make test` and `make template` build the artifact and install the tools first and set
WEBCARE_TEMPLATE_TOOLS=required, so a missing tool or artifact fails there. A bare `pytest` on a
machine that never ran `make build` skips these tests with the command that would enable them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "infra"))

import config_to_json  # noqa: E402  (infra/ is not a package; it is put on sys.path above)
import lambda_artifact  # noqa: E402

__all__ = ["ROOT", "config_to_json", "lambda_artifact", "require", "run_tool"]


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
