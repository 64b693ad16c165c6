"""Every registered source is routed in template.yaml, documented, listed in the README and simulated."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from webcare import simulate
from webcare.local.events import match_route
from webcare.local.resources import create_resources, find_template, load_template
from webcare.sources import REGISTRY, get_source

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def simulated_platforms() -> set[str]:
    parser = argparse.ArgumentParser(prog="webcare simulate")
    simulate.configure(parser)
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found |= set(action.choices)
    return found


@pytest.fixture
def functions(aws_env: None) -> Iterator[list[object]]:
    import moto

    with moto.mock_aws():
        stack = create_resources(load_template(find_template(ROOT)))
        yield list(stack.functions.values())


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_each_source_is_routed_documented_and_simulated(name: str, functions: list[object]) -> None:
    assert get_source(name) is not None
    for method in ("GET", "POST"):
        route = match_route(functions, method, f"/webhooks/{name}")  # type: ignore[arg-type]
        assert route is not None and route.function.logical_id == "IngestFunction", (method, name)
    assert (ROOT / "docs" / "channels" / f"{name}.md").is_file()
    assert f"/webhooks/{name}" in README
    assert name in simulated_platforms()
