"""Every function logs under the product's service name, with or without POWERTOOLS_SERVICE_NAME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FUNCTIONS = Path(__file__).resolve().parents[2] / "functions"
HANDLERS = ("ingest", "process", "forward", "callback", "admin", "email")


def _service_names(environment: dict[str, str]) -> list[str]:
    probe = "; ".join(
        [f"import webcare.handlers.{name} as {name}" for name in HANDLERS]
        + [f"print({name}.logger.service)" for name in HANDLERS]
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("POWERTOOLS_")}
    env.update({"PYTHONPATH": str(FUNCTIONS), "AWS_DEFAULT_REGION": "eu-west-1", **environment})
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.split()


@pytest.mark.parametrize(
    ("environment", "expected"),
    [({}, "webcare-bridge"), ({"POWERTOOLS_SERVICE_NAME": "care-eu"}, "care-eu")],
)
def test_each_handler_logs_under_the_configured_or_the_product_name(
    environment: dict[str, str], expected: str
) -> None:
    assert _service_names(environment) == [expected] * len(HANDLERS)
