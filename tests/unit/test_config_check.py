"""`webcare config check`: a broken or example config is refused before anything runs it."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from webcare.cli import main
from webcare.local.stack import local_config

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "config" / "webcare.json"


def shipped() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return document


def real(document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The shipped config pointing at a real helpdesk."""
    document = copy.deepcopy(document or shipped())
    document["helpdesks"]["main"]["url"] = "https://support.acme.nl/webcare/webhook"
    return document


def write(tmp_path: Path, document: Any, name: str = "webcare.json") -> Path:
    path = tmp_path / name
    text = yaml.safe_dump(document) if name.endswith((".yaml", ".yml")) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["config", "check", *argv])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_the_shipped_config_passes_the_local_check(capsys: pytest.CaptureFixture[str]) -> None:
    status, output = run([str(SHIPPED)], capsys)

    assert status == 0, output
    assert "webhook_signing_secret (helpdesks.main.signing_secret)" in output


def test_the_example_helpdesk_url_is_refused_for_a_deploy(capsys: pytest.CaptureFixture[str]) -> None:
    status, output = run([str(SHIPPED), "--for", "deploy"], capsys)

    assert status == 1
    assert "helpdesks.main.url: helpdesk.example.com is an example host" in output


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://support.acme.nl/hook", "use https"),
        ("https://127.0.0.1:8788/webhook", "is this machine"),
        ("https://desk.example/hook", "example host"),
    ],
)
def test_a_deploy_check_refuses_what_cannot_be_production(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, reason: str
) -> None:
    document = real()
    document["helpdesks"]["main"]["url"] = url

    status, output = run([str(write(tmp_path, document)), "--for", "deploy"], capsys)

    assert status == 1 and "helpdesks.main.url: " in output and reason in output


def test_a_real_helpdesk_passes_the_deploy_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, output = run([str(write(tmp_path, real())), "--for", "deploy"], capsys)

    assert status == 0, output


def test_the_local_stacks_own_inbox_config_passes_the_local_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, local_config("http://127.0.0.1:8788/webhook"))

    status, output = run([str(path)], capsys)

    assert status == 0, output


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (
            lambda d: d.update(routing=[{"platform": "x", "account_id": "1", "helpdesk": "nope"}]),
            "routing.0.helpdesk",
        ),
        (lambda d: d.update(default_helpdesk="nope"), "default_helpdesk"),
        (
            lambda d: d["channels"].update(x_dm={"reopen_window_hours": "72"}),
            "channels.x_dm.reopen_window_hours",
        ),
    ],
)
def test_a_broken_config_exits_1_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mutate: Any, field: str
) -> None:
    document = real()
    mutate(document)

    status, output = run([str(write(tmp_path, document))], capsys)

    assert status == 1
    assert f": {field}: " in output


def test_yaml_configs_are_checked_like_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, real(), "webcare.yaml")
    broken = tmp_path / "broken.yml"
    broken.write_text("version: 1\nhelpdesks: [unclosed\n", encoding="utf-8")

    assert run([str(good), "--for", "deploy"], capsys)[0] == 0
    status, output = run([str(broken)], capsys)
    assert status == 1 and "not valid YAML" in output and "line" in output


def test_secrets_the_config_names_must_be_in_the_given_secrets_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secrets = tmp_path / "secrets.json"
    secrets.write_text(json.dumps({"x_consumer_secret": "s"}), encoding="utf-8")

    status, output = run([str(SHIPPED), "--secrets", str(secrets)], capsys)

    assert status == 1
    expected = "helpdesks.main.signing_secret: the secrets document has no value for 'webhook_signing_secret'"
    assert expected in output


def test_webcare_local_refuses_to_start_on_a_broken_config(tmp_path: Path) -> None:
    # Given a config whose route names a helpdesk that does not exist
    document = real()
    document["routing"] = [{"platform": "x", "account_id": "1", "helpdesk": "zendesk"}]
    config = write(tmp_path, document, "webcare.yaml")

    # When the local stack is started with it
    result = subprocess.run(
        [sys.executable, "-m", "webcare.cli", "local", "--config", str(config), "--state-dir", str(tmp_path),
         "--port", "0", "--inbox-port", "0"],
        capture_output=True, text=True, timeout=30, check=False, cwd=tmp_path,
    )

    # Then it does not start, and says which field is wrong
    assert result.returncode == 2
    assert "routing.0.helpdesk: no helpdesk named 'zendesk'" in result.stderr
    assert not (tmp_path / "stack.json").exists()


def test_webcare_config_is_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "config" in capsys.readouterr().out
