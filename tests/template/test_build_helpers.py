"""infra/config_to_json.py: the build turns a YAML config into JSON (the artifact has no PyYAML)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from template_support import ROOT, config_to_json


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
