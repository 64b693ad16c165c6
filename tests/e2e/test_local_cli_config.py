"""`webcare local --config FILE.yaml --secrets FILE`: serves with them, and says which secrets it uses."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml

WEBCARE = str(Path(sys.executable).with_name("webcare"))
X_SECRET = "the-x-secret-from-my-file"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[dict[str, Any], Path]]:
    """`webcare local` with a YAML config (routing to its own inbox) and an X secret from a file."""
    inbox_port = free_port()
    config = tmp_path / "webcare.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "helpdesks": {
                    "inbox": {
                        "type": "webhook",
                        "url": f"http://127.0.0.1:{inbox_port}/webhook",
                        "signing_secret": "webhook_signing_secret",
                    }
                },
                "default_helpdesk": "inbox",
            }
        ),
        encoding="utf-8",
    )
    secrets = tmp_path / "secrets.json"
    secrets.write_text(json.dumps({"x_consumer_secret": X_SECRET}), encoding="utf-8")
    process = subprocess.Popen(
        [WEBCARE, "local", "--port", "0", "--inbox-port", str(inbox_port), "--quiet",
         "--config", str(config), "--secrets", str(secrets)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    state_file = tmp_path / ".local" / "stack.json"
    try:
        deadline = time.monotonic() + 60
        while not state_file.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        output = process.stdout.read() if process.poll() is not None and process.stdout else ""
        assert state_file.exists(), output
        yield json.loads(state_file.read_text(encoding="utf-8")), tmp_path
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


def test_stack_json_names_the_secrets_from_the_file_without_their_values(
    running: tuple[dict[str, Any], Path],
) -> None:
    state, _ = running

    assert "x_consumer_secret" not in state["secrets"]  # not the generated one the stack does not use
    assert state["secrets_from_file"] == {"x_consumer_secret": "PlatformSecrets"}
    assert X_SECRET not in json.dumps(state)
    assert {"PlatformSecrets", "HelpdeskSecrets"} <= set(state["secret_ids"])


def test_simulate_without_secret_says_to_pass_one_instead_of_getting_401(
    running: tuple[dict[str, Any], Path],
) -> None:
    _, cwd = running

    result = subprocess.run(
        [WEBCARE, "simulate", "x", "mention", "hello"], cwd=cwd, capture_output=True, text=True,
        timeout=60, check=False,
    )

    assert result.returncode != 0
    assert "401" not in result.stdout + result.stderr
    assert "--secret" in result.stderr


def test_a_yaml_config_serves_requests_into_its_helpdesk(running: tuple[dict[str, Any], Path]) -> None:
    state, cwd = running

    result = subprocess.run(
        [WEBCARE, "simulate", "x", "mention", "hello from yaml", "--secret", X_SECRET], cwd=cwd,
        capture_output=True, text=True, timeout=60, check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    deadline = time.monotonic() + 30
    cases: list[dict[str, Any]] = []
    while time.monotonic() < deadline and not cases:
        cases = requests.get(f"{state['inbox_url']}/cases", timeout=10).json()
        time.sleep(0.2)
    assert [entry["message"]["text"] for entry in cases[0]["messages"]] == ["hello from yaml"]
