"""Shared fixtures. Kept small on purpose; fixtures for one test folder live in that folder.

- `aws_env`: dummy AWS credentials and region in the environment, so no test ever reaches a real
  account (and boto3 never looks for ~/.aws).
- `moto_aws`: `aws_env` plus `moto.mock_aws()` around the test.
- `template_path`: the repository's `template.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_REGION": "eu-west-1",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def moto_aws(aws_env: None) -> Iterator[None]:
    import moto

    with moto.mock_aws():
        yield


@pytest.fixture
def template_path() -> Path:
    return REPOSITORY / "template.yaml"
