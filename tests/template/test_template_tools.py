"""`sam validate` and cfn-lint on template.yaml, offline, with dummy credentials.

cfn-lint is pinned below 1.54 (infra/requirements-cfnlint.txt): newer releases stopped reporting a
Ref/GetAtt to a resource that does not exist. The last test here proves the pinned one still does.
"""

from __future__ import annotations

from pathlib import Path

from template_support import ROOT, lambda_artifact, require, run_tool

TYPO = ("INBOUND_QUEUE_URL: !Ref InboundQueue", "INBOUND_QUEUE_URL: !Ref InbondQueue")


def test_sam_validate_accepts_the_template() -> None:
    sam = require(lambda_artifact.SAM, "make tools")

    result = run_tool([sam, "validate", "--region", "eu-west-1", "--template-file", "template.yaml"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr


def test_sam_validate_lint_accepts_the_template() -> None:
    sam = require(lambda_artifact.SAM, "make tools")

    result = run_tool([sam, "validate", "--lint", "--region", "eu-west-1", "-t", "template.yaml"])

    assert result.returncode == 0, result.stdout + result.stderr


def test_pinned_cfn_lint_accepts_the_template() -> None:
    cfn_lint = require(lambda_artifact.CFN_LINT, "make tools")

    # No arguments: .cfnlintrc.yaml names the template and the region, as `make validate` runs it.
    result = run_tool([cfn_lint])

    assert result.returncode == 0, result.stdout + result.stderr


def test_pinned_cfn_lint_reports_a_ref_to_a_missing_resource(tmp_path: Path) -> None:
    cfn_lint = require(lambda_artifact.CFN_LINT, "make tools")
    text = (ROOT / "template.yaml").read_text(encoding="utf-8")
    assert TYPO[0] in text, "the template changed; pick another Ref for this test"
    broken = tmp_path / "template.yaml"
    broken.write_text(text.replace(TYPO[0], TYPO[1]), encoding="utf-8")

    result = run_tool([cfn_lint, "--regions", "eu-west-1", "--", broken])

    assert result.returncode != 0
    assert "InbondQueue" in result.stdout
