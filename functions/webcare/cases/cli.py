"""`webcare link`, `webcare unlink`, `webcare cases show` and `webcare erase`: customers by hand.

They work on the case table directly with the operator's AWS credentials: `--table` (the stack
output `CaseTableName`), or the running local stack by default (`.local/stack.json`). Identities
are written `namespace:id` or `namespace:scope:id` and made canonical first, so
`whatsapp:31612345678` and `phone:+31612345678` are the same customer (docs/cases.md).

A `link` that merges two open cases queues an internal note for each ticket on the forward queue:
`--forward-queue` (the stack output `ForwardQueueUrl`), or the local stack's. Without one, the
merge is made and a warning says the helpdesk was not told.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from webcare.cases.service import send_notes
from webcare.cases.store import DynamoCaseStore
from webcare.model import utc_now
from webcare.queues import SqsFifoQueue

DEFAULT_STATE = Path(".local/stack.json")


def configure(parser: argparse.ArgumentParser) -> None:
    # One module serves four commands; `webcare <command>` is the parser's prog.
    command = parser.prog.split()[-1]
    parser.set_defaults(command_name=command)
    if command == "cases":
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        show = sub.add_parser("show", help="the customer an identity belongs to: identities, links, cases")
        show.add_argument("identity", help="namespace:id or namespace:scope:id, e.g. x:2244994945")
        _target(show)
        return
    if command == "erase":
        parser.add_argument("--identity", required=True, help="any identity of the customer to erase")
    else:
        parser.add_argument("identity", help="namespace:id or namespace:scope:id, e.g. whatsapp:31612345678")
    if command == "link":
        parser.add_argument("--to", required=True, help="an identity of the customer to link to")
        parser.add_argument(
            "--forward-queue",
            help="the forward queue (stack output ForwardQueueUrl), to tell the helpdesk about a merge; "
            "default: the local stack's when --table is not given",
        )
    parser.add_argument("--by", required=True, help="who does this (recorded), e.g. agent:marieke")
    parser.add_argument("--reason", required=True, help="why (recorded), e.g. 'confirmed in DM'")
    _target(parser)


def _target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--table", help="the case table (stack output CaseTableName); default: the local stack"
    )
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE, help="the local stack's stack.json")
    parser.add_argument("--endpoint-url", help="a DynamoDB endpoint (default: the local stack's, or AWS)")
    parser.add_argument("--region", help="AWS region (default: from the environment or the local stack)")


def _store(args: argparse.Namespace) -> tuple[DynamoCaseStore, SqsFifoQueue | None]:
    """The case table and, for `link`, the forward queue (None when unknown)."""
    import boto3

    table, endpoint, region = args.table, args.endpoint_url, args.region
    forward_queue = getattr(args, "forward_queue", None)
    if table is None:
        if not args.state.is_file():
            raise SystemExit(
                f"no --table given and no local stack state at {args.state} (is `webcare local` running?)"
            )
        state: dict[str, Any] = json.loads(args.state.read_text())
        table = state["tables"]["CaseTable"]
        endpoint = endpoint or state.get("aws_endpoint_url")
        region = region or state.get("region")
        forward_queue = forward_queue or (state.get("queues") or {}).get("ForwardQueue")
    client = boto3.client("dynamodb", endpoint_url=endpoint, region_name=region)
    queue = None
    if forward_queue and args.command_name == "link":
        sqs = boto3.client("sqs", endpoint_url=endpoint, region_name=region)
        queue = SqsFifoQueue(forward_queue, client=sqs)
    return DynamoCaseStore(table, client=client), queue


def main(args: argparse.Namespace) -> int:
    from webcare.cases.operations import run

    command = args.command_name
    operation = "show" if command == "cases" else command
    fields = {
        "identity": args.identity,
        "to": getattr(args, "to", None),
        "by": getattr(args, "by", None),
        "reason": getattr(args, "reason", None),
    }
    store, forward_queue = _store(args)
    outcome = run(
        operation,
        {k: v for k, v in fields.items() if v is not None},
        store=store,
        now=utc_now(),
        notify=send_notes(forward_queue) if forward_queue is not None else None,
    )
    if outcome.status != 200:
        print(f"webcare {command}: {outcome.document['error']}", file=sys.stderr)
        return 1 if outcome.status == 404 else 2
    print(json.dumps(outcome.document, indent=2, default=list))
    if operation == "link" and outcome.document["merged"] and not outcome.document["notes"]:
        print(
            "webcare link: WARNING: the cases were merged but the helpdesk was NOT told (no forward "
            "queue; pass --forward-queue <ForwardQueueUrl>). Add a note to both tickets by hand.",
            file=sys.stderr,
        )
    if operation == "erase" and not outcome.document["removed"]:
        print(f"webcare erase: nothing was held for {args.identity} (receipt written)", file=sys.stderr)
    return 0
