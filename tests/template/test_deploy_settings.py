"""`make deploy` and samconfig.toml: a first deploy offers this project's defaults, later ones reuse them."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

from template_support import ROOT, lambda_artifact, require

SAMCONFIG = tomllib.loads((ROOT / "samconfig.toml").read_text(encoding="utf-8"))


def test_samconfig_sets_the_deploy_defaults_the_docs_assume() -> None:
    deploy = SAMCONFIG["default"]["deploy"]["parameters"]

    assert deploy["stack_name"] == "webcare-bridge"
    assert deploy["region"]
    assert deploy["capabilities"] == "CAPABILITY_IAM"
    assert deploy["confirm_changeset"] is True
    assert deploy["resolve_s3"] is True
    # Until the guided deploy writes the answers, `make deploy` runs it.
    assert "parameter_overrides" not in deploy


def make_dry_run(*arguments: str) -> str:
    result = subprocess.run(
        ["make", "-n", *arguments], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_deploy_checks_the_config_for_a_deploy_then_deploys_guided_the_first_time() -> None:
    commands = make_dry_run("deploy").splitlines()

    check = next(i for i, c in enumerate(commands) if "webcare config check --for deploy" in c)
    deploy = next(i for i, c in enumerate(commands) if "sam deploy" in c)
    assert check < deploy
    assert commands[deploy].endswith("sam deploy --guided")


def test_make_build_checks_the_shipped_config() -> None:
    commands = make_dry_run("build")

    assert "webcare config check config/webcare.json" in commands


def test_the_guided_deploy_offers_the_projects_stack_name_and_region() -> None:
    sam = require(lambda_artifact.SAM, "make tools")

    # Enter through the prompts; it stops where it would first call AWS (dummy credentials).
    result = subprocess.run(
        [str(sam), "deploy", "--guided"], input="\n" * 10 + "n\n", cwd=ROOT, capture_output=True,
        text=True, timeout=120, check=False,
        env={**lambda_artifact.DUMMY_AWS_ENV, "PATH": "/usr/bin:/bin", "SAM_CLI_TELEMETRY": "0",
             "HOME": "/tmp"},
    )
    output = result.stdout + result.stderr

    assert "Stack Name [webcare-bridge]" in output
    assert f"AWS Region [{SAMCONFIG['default']['deploy']['parameters']['region']}]" in output
    assert "Parameter HelpdeskOutageHours [24]" in output


def test_make_build_checks_the_config_a_guided_deploy_saved_in_samconfig(tmp_path: Path) -> None:
    # What `sam deploy --guided` writes (its TOML escapes the quotes around each value)
    (tmp_path / "samconfig.toml").write_text(
        '[default.deploy.parameters]\n'
        'parameter_overrides = "ConfigFile=\\"config/prod.json\\" LogRetentionDays=\\"30\\""\n',
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").touch()  # what `install` depends on

    result = subprocess.run(
        ["make", "-n", "-f", str(ROOT / "Makefile"), "config-check"], cwd=tmp_path, capture_output=True,
        text=True, timeout=60, check=False,
    )

    assert "webcare config check config/prod.json" in result.stdout, result.stdout + result.stderr
