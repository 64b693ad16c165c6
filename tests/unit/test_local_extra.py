"""`pip install 'webcare-bridge[local]'` gives `webcare local` everything it imports.

A static check, cheap enough to run always: every module the local stack can import (the
`webcare.local` package, `webcare.simulate`, and every handler the template names, followed
through the `webcare` modules they import, at module level or inside functions) is either the
standard library, `webcare` itself, or provided by a distribution that the core dependencies plus
the `local` extra install (their requirements followed, markers evaluated). The one thing it
follows a library only one level, into the submodules the stack names (moto's server app, which
imports flask); moto's services load their own dependencies lazily, which is why the extra names
moto's extras. docs/local.md describes the by-hand check in a fresh venv.
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import importlib.util
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from webcare.local.resources import find_template, load_template

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "functions" / "webcare"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _module_file(name: str) -> Path | None:
    relative = Path(*name.split(".")[1:])
    for candidate in (PACKAGE / relative / "__init__.py", (PACKAGE / relative).with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path, module: str) -> Iterator[str]:
    """Absolute module names imported anywhere in `path`, except under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_checking: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_checking.update(id(child) for child in ast.walk(node))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def modules_the_local_stack_imports() -> set[str]:
    """Top-level names of the non-`webcare` modules reachable from the local stack."""
    template = load_template(find_template(ROOT))
    handlers = {
        resource["Properties"]["Handler"].rpartition(".")[0]
        for resource in template["Resources"].values()
        if resource["Type"] == "AWS::Serverless::Function"
    }
    local = {f"webcare.local.{p.stem}" for p in (PACKAGE / "local").glob("*.py")}
    todo = [*sorted(local), "webcare.simulate", "webcare.cli", *sorted(handlers)]
    seen: set[str] = set()
    outside: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_file(name)
        if path is None:
            continue  # `from webcare.x import attribute`: the attribute is not a module
        for imported in _imports(path, name):
            top = imported.partition(".")[0]
            if top == "webcare":
                todo.append(imported)
            elif top and top not in sys.stdlib_module_names and top != "__future__":
                outside.add(top)
                outside.update(_what_a_library_module_imports(imported))
    return outside


def _what_a_library_module_imports(name: str) -> set[str]:
    """The third-party imports of a library's submodule the stack names (e.g. moto's server app,
    which needs flask): one level deep, as far as the module can be found here."""
    if "." not in name:
        return set()
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return set()
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return set()
    top = name.partition(".")[0]
    found = {imported.partition(".")[0] for imported in _imports(Path(spec.origin), name)}
    return {t for t in found if t and t != top and t not in sys.stdlib_module_names and t != "__future__"}


def distributions_installed_by(requirements: list[str]) -> set[str]:
    """Canonical names of what pip installs for `requirements` (followed through installed metadata)."""
    installed: set[str] = set()
    todo: list[tuple[Requirement, set[str]]] = [(Requirement(r), set()) for r in requirements]
    while todo:
        requirement, active = todo.pop()
        environments = [{"extra": e} for e in active] or [{"extra": ""}]
        if requirement.marker and not any(requirement.marker.evaluate(env) for env in environments):
            continue
        name = canonicalize_name(requirement.name)
        key = name + "[" + ",".join(sorted(requirement.extras)) + "]"
        if key in installed:
            continue
        installed.update({name, key})
        try:
            requires = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            continue  # not installed here (a platform-specific dependency): nothing to follow
        for sub in requires:
            todo.append((Requirement(sub), set(requirement.extras)))
    return {n for n in installed if "[" not in n}


def test_the_local_extra_provides_every_module_the_local_stack_imports() -> None:
    available = distributions_installed_by(
        PYPROJECT["dependencies"] + PYPROJECT["optional-dependencies"]["local"]
    )
    providers = metadata.packages_distributions()
    missing = {
        module: providers.get(module, ["?"])
        for module in modules_the_local_stack_imports()
        if not {canonicalize_name(d) for d in providers.get(module, [])} & available
    }
    assert missing == {}, "add these to the `local` extra in pyproject.toml"


def test_the_scan_sees_what_the_local_stack_needs_besides_the_core() -> None:
    # The check above can fail: the local stack's own third-party imports are found.
    assert {"yaml", "moto", "werkzeug", "flask", "flask_cors", "boto3", "requests"} <= (
        modules_the_local_stack_imports()
    )
    core = distributions_installed_by(PYPROJECT["dependencies"])
    assert "pyyaml" not in core and "moto" not in core


def test_the_local_extra_does_not_pull_in_the_test_tools() -> None:
    local = distributions_installed_by(PYPROJECT["optional-dependencies"]["local"])
    assert not local & {"pytest", "hypothesis", "mypy", "ruff", "jsonschema"}
