"""Build helpers: infra/config_to_json.py (the artifact has no PyYAML) and the hash-checked pins."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from template_support import ROOT, config_to_json, lambda_artifact, require


def test_yaml_config_becomes_json_and_the_yaml_is_not_shipped(tmp_path: Path) -> None:
    yaml_text = "version: 1\nchannels:\n  x_dm: {enabled: true}\n"
    (tmp_path / "webcare.yaml").write_text(yaml_text, encoding="utf-8")

    written = config_to_json.convert(tmp_path)

    assert written == [tmp_path / "webcare.json"]
    assert json.loads((tmp_path / "webcare.json").read_text(encoding="utf-8")) == {
        "version": 1,
        "channels": {"x_dm": {"enabled": True}},
    }
    assert not (tmp_path / "webcare.yaml").exists()


def test_json_config_is_left_as_it_is(tmp_path: Path) -> None:
    original = (ROOT / "config" / "webcare.json").read_text(encoding="utf-8")
    (tmp_path / "webcare.json").write_text(original, encoding="utf-8")

    assert config_to_json.convert(tmp_path) == []
    assert (tmp_path / "webcare.json").read_text(encoding="utf-8") == original


def test_a_yaml_and_a_json_of_the_same_name_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "webcare.yaml").write_text("version: 1\n", encoding="utf-8")
    (tmp_path / "webcare.json").write_text("{}", encoding="utf-8")

    with pytest.raises(SystemExit, match="keep one"):
        config_to_json.convert(tmp_path)


# ---- the artifact's pins are hash-checked ---------------------------------------------------

REQUIREMENTS = ROOT / "infra" / "requirements-lambda.txt"
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


def requirement_lines() -> list[str]:
    lines = [line.split("#", 1)[0].strip() for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line]


def test_every_shipped_pin_is_exact_and_carries_a_sha256_hash() -> None:
    lines = requirement_lines()

    assert lines
    for line in lines:
        assert re.match(r"^[A-Za-z0-9._-]+==[^\s]+\s", line), line
        assert HASH.search(line), f"no --hash=sha256: for {line.split()[0]}"


def test_the_build_installs_and_downloads_the_pins_with_require_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    uses = [line for line in makefile.splitlines() if "-r infra/requirements-lambda.txt" in line]

    assert len(uses) == 2  # the wheelhouse download and the artifact install
    for line in uses:
        assert "--require-hashes" in line, line


def test_the_wheelhouse_holds_exactly_the_hashed_wheels() -> None:
    stamp = lambda_artifact.SAM.parent.parent / "wheelhouse" / ".downloaded"
    wheelhouse = require(stamp, "make tools").parent
    hashes = {h for line in requirement_lines() for h in HASH.findall(line)}

    found = {hashlib.sha256(wheel.read_bytes()).hexdigest() for wheel in wheelhouse.glob("*.whl")}

    assert found == hashes
