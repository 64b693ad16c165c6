"""The published JSON Schemas (`schemas/`), compiled once per process for validation.

The schemas are JSON Schema 2020-12 documents written in the subset that fastjsonschema
compiles to plain Python (see docs/decisions/0002-fastjsonschema-at-runtime.md): validation costs
microseconds and its import about 1.5 ms on a cold start, where `jsonschema` costs ~30 ms.
The test suite checks every schema against the 2020-12 metaschema with `jsonschema` and
cross-checks both validators on the examples.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

BASE_URI = "https://webcare-bridge.dev/schemas/"


class SchemaError(ValueError):
    """A document does not match its schema; `path` names the offending field."""

    def __init__(self, schema: str, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.schema = schema
        self.path = path
        self.reason = reason


def schema_dir() -> Path:
    """`schemas/` beside the package in a Lambda artifact, at the repository root, or where pip
    installed the package's data files."""
    configured = os.environ.get("WEBCARE_SCHEMA_DIR")
    if configured:
        return Path(configured)
    package = Path(__file__).resolve().parent
    installed = Path(sys.prefix) / "share" / "webcare-bridge" / "schemas"  # pip install (data files)
    for candidate in (package.parent / "schemas", package.parent.parent / "schemas", installed):
        if (candidate / "message.schema.json").is_file():
            return candidate
    raise FileNotFoundError("schemas/ not found beside the webcare package or at the repository root")


@cache
def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((schema_dir() / name).read_text(encoding="utf-8"))
    return document


def _resolve(uri: str) -> dict[str, Any]:
    if not uri.startswith(BASE_URI):
        raise ValueError(f"refusing to resolve a schema outside {BASE_URI}: {uri}")
    return load(uri.removeprefix(BASE_URI).split("#", 1)[0])


@cache
def validator(name: str) -> Callable[[Any], Any]:
    return fastjsonschema.compile(load(name), handlers={"https": _resolve})


def _field(path: list[Any] | None) -> str:
    parts = [str(p) for p in (path or [])]
    if parts and parts[0] == "data":
        parts = parts[1:]
    return ".".join(parts) or "(document)"


def validate(name: str, document: Any) -> None:
    """Raise `SchemaError` naming the first offending field when `document` does not match."""
    try:
        validator(name)(document)
    except fastjsonschema.JsonSchemaValueException as exc:
        reason = exc.message.removeprefix(exc.name or "").strip() if exc.name else exc.message
        raise SchemaError(name, _field(exc.path), reason) from None
