"""The `sam build` output is what Lambda will run: check it as Lambda would see it.

Each function's directory under .aws-sam/build must hold the webcare package as it is in the
source tree, schemas/, config/ (JSON only) and exactly the pinned pure-Python dependencies; its
Handler must import in a fresh interpreter that sees nothing but the artifact and the runtime's
boto3; and every environment variable the handler's code reads must be set by the template.
"""

from __future__ import annotations

import ast
import filecmp
import functools
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from template_support import ROOT, lambda_artifact, require

TEMPLATE = lambda_artifact.load_template()
FUNCTIONS = sorted(lambda_artifact.functions(TEMPLATE))
# Variables the code may read that the template deliberately leaves unset, each with the reason.
# Everything else a handler's code reads, with or without a default, must come from the template.
UNSET_ON_PURPOSE = {
    "WEBCARE_SCHEMA_DIR": "a development override; in the artifact schemas/ is found beside the package",
}
NOT_SHIPPED = {"boto3", "botocore", "s3transfer", "jsonschema", "yaml", "rpds", "moto", "pydantic_core"}


def artifact(name: str) -> Path:
    require(lambda_artifact.BUILT_TEMPLATE, "make build")
    require(lambda_artifact.RUNTIME_DIR, "make tools")
    built = lambda_artifact.built_functions()
    assert name in built, f"{name} is in template.yaml but not in the last `sam build`; run `make build`"
    return built[name]


def pinned() -> dict[str, str]:
    lines = (ROOT / "infra" / "requirements-lambda.txt").read_text(encoding="utf-8").splitlines()
    pins = [line.split("#", 1)[0].split() for line in lines]  # NAME==VERSION --hash=sha256:...
    return {normalise(n): v for n, _, v in (p[0].partition("==") for p in pins if p)}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# ---- contents ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FUNCTIONS)
def test_artifact_holds_exactly_the_pinned_dependencies(name: str) -> None:
    shipped = {}
    for dist_info in artifact(name).glob("*.dist-info"):
        package, _, version = dist_info.name.removesuffix(".dist-info").partition("-")
        shipped[normalise(package)] = version

    assert shipped == pinned()


@pytest.mark.parametrize("name", FUNCTIONS)
def test_artifact_is_pure_python_without_foreign_bytecode(name: str) -> None:
    root = artifact(name)
    # Bytecode is allowed only as the Lambda runtime's own (a build machine with python3.12 adds it).
    compiled = [
        p
        for p in root.rglob("*")
        if p.suffix in {".so", ".pyd", ".dylib"} or (p.suffix == ".pyc" and ".cpython-312." not in p.name)
    ]
    top_level = {p.name.removesuffix(".py") for p in root.iterdir()}

    assert compiled == []
    assert top_level & NOT_SHIPPED == set()


@pytest.mark.parametrize("name", FUNCTIONS)
def test_artifact_has_the_current_package_schemas_and_config(name: str) -> None:
    root = artifact(name)
    stale = []
    for source_dir, built_dir in [
        (ROOT / "functions" / "webcare", root / "webcare"),
        (ROOT / "schemas", root / "schemas"),
    ]:
        for source in source_dir.rglob("*"):
            if source.is_file() and "__pycache__" not in source.parts and source.suffix != ".pyc":
                built = built_dir / source.relative_to(source_dir)
                if not built.is_file() or not filecmp.cmp(source, built, shallow=False):
                    stale.append(str(source.relative_to(ROOT)))

    assert stale == [], "the artifact is older than the source; run `make build`"
    for config in (ROOT / "config").iterdir():
        if config.suffix not in {".json", ".yaml", ".yml"}:
            continue
        shipped = root / "config" / (config.stem + ".json")
        assert shipped.is_file(), f"{config.name} is not in the artifact as JSON"
        json.loads(shipped.read_text(encoding="utf-8"))
    assert list((root / "config").glob("*.y*ml")) == []


# ---- the handler imports, as Lambda would import it --------------------------------------------

IMPORT_HANDLER = """
import importlib, json, os
module_name, _, attribute = os.environ["_HANDLER"].rpartition(".")
module = importlib.import_module(module_name)
handler = getattr(module, attribute)
assert callable(handler), "Handler is not callable"
root = os.environ["LAMBDA_TASK_ROOT"]
loaded = sorted(
    m.__name__ for m in list(sys.modules.values())
    if (getattr(m, "__file__", None) or "").startswith(root)
)
print(json.dumps({"module_file": module.__file__, "loaded": loaded, "modules": sorted(sys.modules)}))
"""


@functools.cache
def import_handler(name: str) -> dict[str, object]:
    root = artifact(name)
    result = subprocess.run(
        lambda_artifact.lambda_process(root, IMPORT_HANDLER),
        cwd=root, env=lambda_artifact.runtime_environment(TEMPLATE, name, root),
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, f"{name}: the Handler does not import from the artifact:\n{result.stderr}"
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("name", FUNCTIONS)
def test_handler_imports_from_the_built_artifact_alone(name: str) -> None:
    report = import_handler(name)

    assert str(report["module_file"]).startswith(str(artifact(name)))
    assert not [m for m in report["loaded"] if str(m).split(".")[0] in NOT_SHIPPED]  # type: ignore[attr-defined]


# Kept off the ingest import (DESIGN §3: the ingest path is small and fast). Not a timing test:
# `make bench` measures; this only catches a heavy import creeping in.
OFF_THE_INGEST_IMPORT = {
    "aws_xray_sdk": "Powertools Tracer's SDK, measured at 250-560 ms",
    "jsonschema": "runtime validation is fastjsonschema (decision 0002)",
    "yaml": "not shipped",
    "requests": "only the forwarder talks HTTP",
}


def test_ingest_handler_import_stays_off_heavy_modules() -> None:
    modules = import_handler("IngestFunction")["modules"]
    loaded = {str(m).split(".")[0] for m in modules}  # type: ignore[attr-defined]

    assert {m: why for m, why in OFF_THE_INGEST_IMPORT.items() if m in loaded} == {}


# ---- environment variables the code reads are set by the template -------------------------------


def webcare_module_path(root: Path, module: str) -> Path | None:
    base = root.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imported_webcare_modules(tree: ast.Module, module: str) -> Iterator[str]:
    """Every webcare module this module imports, at module level or inside functions."""
    package = module if module.endswith("__init__") else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("webcare"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if base.startswith("webcare"):
                yield base
                yield from (f"{base}.{alias.name}" for alias in node.names)


def environment_reads(tree: ast.Module) -> Iterator[tuple[str | None, bool, int]]:
    """(variable name or None when not a literal, has a default, line) for each read."""
    constants = {
        target.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }

    def name_of(expression: ast.expr) -> str | None:
        if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
            return expression.value
        if isinstance(expression, ast.Name):
            return constants.get(expression.id)
        return None

    def is_environ(expression: ast.expr) -> bool:
        return (isinstance(expression, ast.Attribute) and expression.attr == "environ") or (
            isinstance(expression, ast.Name) and expression.id == "environ"
        )

    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and is_environ(node.value) and isinstance(node.ctx, ast.Load):
            yield name_of(node.slice), False, node.lineno
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            function = node.func
            reads = (function.attr == "get" and is_environ(function.value)) or function.attr == "getenv"
            if reads:
                has_default = len(node.args) > 1 or bool(node.keywords)
                yield name_of(node.args[0]), has_default, node.lineno


def reachable_modules(root: Path, module: str) -> dict[str, Path]:
    seen: dict[str, Path] = {}
    pending = [module, *(".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1))]
    while pending:
        name = pending.pop()
        path = webcare_module_path(root, name)
        if name in seen or path is None:
            continue
        seen[name] = path
        pending.extend(imported_webcare_modules(ast.parse(path.read_text(encoding="utf-8")), name))
    return seen


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_environment_variable_the_handler_reads_is_set_by_the_template(name: str) -> None:
    root = artifact(name)
    handler_module = str(lambda_artifact.functions(TEMPLATE)[name]["Handler"]).rpartition(".")[0]
    modules = reachable_modules(root, handler_module)
    # Modules actually imported at import time are reachable too (e.g. through importlib).
    for loaded in import_handler(name)["loaded"]:  # type: ignore[attr-defined]
        if str(loaded).startswith("webcare"):
            modules.update(reachable_modules(root, str(loaded)))
    set_by_template = set(lambda_artifact.functions(TEMPLATE)[name]["Environment"]["Variables"])

    missing, unreadable = [], []
    for module, path in sorted(modules.items()):
        for variable, _has_default, line in environment_reads(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{module}:{line}"
            if variable is None:
                unreadable.append(f"{where}: environment variable name is not a literal")
            elif variable not in set_by_template | lambda_artifact.RUNTIME_PROVIDED | set(UNSET_ON_PURPOSE):
                missing.append(f"{where}: {variable}")

    assert handler_module in modules
    assert unreadable == []
    assert missing == [], f"{name} reads environment variables the template does not set"
