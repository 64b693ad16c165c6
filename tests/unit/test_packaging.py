"""`pip install 'webcare-bridge[local]'` runs without a checkout: the wheel carries what the package
reads from outside itself (template.yaml, schemas/, the example config) as data files, where
webcare.schemas and the local stack look for them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_the_template_schemas_and_example_config(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("webcare_bridge-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {n.split(".data/data/", 1)[1] for n in names if ".data/data/" in n}
    schemas = {f"share/webcare-bridge/schemas/{p.name}" for p in (ROOT / "schemas").glob("*.json")}
    assert {"share/webcare-bridge/template.yaml", "share/webcare-bridge/config/webcare.json"} <= data
    assert schemas and schemas <= data
    assert "webcare/local/stack.py" in names and "webcare/schemas.py" in names
