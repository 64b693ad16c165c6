"""`webcare link / unlink / cases show / erase` against the case table, as an operator runs them."""

from __future__ import annotations

import json

import pytest
from test_case_concurrency import ForwardQueue, deliver, message

from conftest import Pipeline
from webcare.cases.store import DynamoCaseStore
from webcare.cli import main
from webcare.model import Identity


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def table(pipeline: Pipeline) -> str:
    name = pipeline.stack.tables["CaseTable"].name
    store = DynamoCaseStore(name)
    queue = ForwardQueue()
    deliver(message(Identity("x", "2244994945"), "x_dm", "1"), store, queue)
    deliver(message(Identity("whatsapp", "31612345678"), "whatsapp", "2", "whatsapp"), store, queue)
    return name


def test_link_show_unlink_and_erase_from_the_command_line(
    capsys: pytest.CaptureFixture[str], table: str
) -> None:
    # whatsapp:31612345678 is the same customer as phone:+31612345678 (canonical keys)
    status, out, _ = run(
        capsys,
        "link",
        "whatsapp:31612345678",
        "--to",
        "x:2244994945",
        "--by",
        "agent:ann",
        "--reason",
        "DM",
        "--table",
        table,
    )
    assert status == 0 and json.loads(out)["customer_key"] == "x:2244994945" and json.loads(out)["merged"]
    status, out, _ = run(capsys, "cases", "show", "phone:+31612345678", "--table", table)
    shown = json.loads(out)
    assert status == 0 and shown["identities"] == ["x:2244994945", "phone:+31612345678"]
    assert sorted(c["status"] for c in shown["cases"]) == ["merged", "open"]
    status, out, _ = run(
        capsys, "unlink", "phone:+31612345678", "--by", "agent:ann", "--reason", "wrong", "--table", table
    )
    assert status == 0 and json.loads(out)["was_linked_to"] == "x:2244994945"
    status, out, _ = run(
        capsys, "erase", "--identity", "x:2244994945", "--by", "dpo", "--reason", "art. 17", "--table", table
    )
    assert status == 0 and json.loads(out)["removed"]["case"] == 1


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["link", "x:1", "--to", "x:1"], "itself"),
        (["unlink", "x:2244994945"], "not linked"),
        (["link", "nonsense", "--to", "x:1"], "namespace:id"),
    ],
)
def test_bad_requests_are_a_clear_cli_error_and_change_nothing(
    capsys: pytest.CaptureFixture[str], pipeline: Pipeline, table: str, argv: list[str], reason: str
) -> None:
    before = pipeline.table_items()
    status, _, err = run(capsys, *argv, "--by", "a", "--reason", "r", "--table", table)
    assert status == 2 and reason in err
    assert pipeline.table_items() == before


def test_showing_an_unknown_identity_says_nothing_is_held(
    capsys: pytest.CaptureFixture[str], table: str
) -> None:
    status, _, err = run(capsys, "cases", "show", "x:404", "--table", table)
    assert status == 1 and "nothing is held for x:404" in err


def test_without_a_table_or_a_running_local_stack_the_cli_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    with pytest.raises(SystemExit, match="is `webcare local` running"):
        main(["cases", "show", "x:1", "--state", "/nonexistent/stack.json"])
