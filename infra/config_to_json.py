"""Build step: turn every YAML behaviour document in an artifact's config/ into JSON, in place.

The Lambda artifact does not ship PyYAML (docs/decisions/0001-pure-python-lambda-artifact.md), so
a config written as YAML is converted here, by the build's own Python (the SAM CLI virtualenv has
PyYAML), and only the JSON goes to Lambda. Usage: python infra/config_to_json.py ARTIFACT/config
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def convert(config_dir: Path) -> list[Path]:
    written = []
    for source in sorted([*config_dir.rglob("*.yaml"), *config_dir.rglob("*.yml")]):
        import yaml  # only needed when there is YAML to convert

        target = source.with_suffix(".json")
        if target.exists():
            raise SystemExit(f"config_to_json: both {source.name} and {target.name} exist; keep one")
        document = yaml.safe_load(source.read_text(encoding="utf-8"))
        target.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        source.unlink()
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        raise SystemExit("usage: config_to_json.py ARTIFACT/config")
    for path in convert(Path(sys.argv[1])):
        print(f"config_to_json: wrote {path}")
