"""`webcare local`: the local stack and the local inbox on 127.0.0.1, until Ctrl-C.

Writes `.local/stack.json` (`url`, `inbox_url`, `aws_endpoint_url`, the generated local
`secrets` still in use, the names of those taken from `--secrets`, the physical names of queues,
tables and secrets) so that `webcare simulate` and the AWS CLI find the running stack; removes it
again on exit. Refuses to start on a config that `webcare config check` refuses.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from webcare.errors import ConfigError
from webcare.local.inbox import LocalInbox
from webcare.local.stack import (
    DEFAULT_INBOX_PORT,
    DEFAULT_PORT,
    SIGNING_SECRET_NAME,
    LocalStack,
    local_secrets,
    split_secrets,
)
from webcare.ops.config_check import check, read_secrets

DEFAULT_VISIBILITY_TIMEOUT = 10
STATE_DIR = Path(".local")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="HTTP API port (default %(default)s)")
    parser.add_argument(
        "--inbox-port", type=int, default=DEFAULT_INBOX_PORT, help="local inbox port (default %(default)s)"
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="behaviour document (JSON or YAML) to use instead of the generated one "
        "(e.g. pointing at a real helpdesk); checked as `webcare config check` does",
    )
    parser.add_argument(
        "--secrets",
        metavar="FILE",
        help="JSON object merged into the local secrets: keys the config's helpdesks name go to the "
        "helpdesk secret, all others to the platform secret",
    )
    parser.add_argument(
        "--visibility-timeout",
        type=int,
        default=DEFAULT_VISIBILITY_TIMEOUT,
        metavar="SECONDS",
        help="every queue's visibility timeout, so failed batches come back quickly "
        "(default %(default)s; 0 keeps the template's 180/360 s)",
    )
    parser.add_argument(
        "--state-dir", default=str(STATE_DIR), help="where to write files (default %(default)s)"
    )
    parser.add_argument("--quiet", action="store_true", help="handlers log warnings only, no metrics output")


def secrets_in_use(
    generated: dict[str, str], from_file: dict[str, Any], helpdesk_names: set[str]
) -> dict[str, Any]:
    """stack.json's account of the secrets: the generated values the stack really uses, and only
    the names (with the secret each went to) of those taken from `--secrets`, never their values."""
    routed = split_secrets(from_file, helpdesk_names)
    return {
        "secrets": {name: value for name, value in generated.items() if name not in from_file},
        "secrets_from_file": {name: secret for secret, values in routed.items() for name in sorted(values)},
    }


def state_document(stack: LocalStack, inbox: LocalInbox, secrets: dict[str, Any]) -> dict[str, Any]:
    """What `.local/stack.json` holds (`secrets`: from `secrets_in_use`)."""
    resources = stack.resources
    return {
        "url": stack.url,
        "inbox_url": inbox.url,
        "aws_endpoint_url": stack.aws_endpoint_url,
        "region": resources.region,
        **secrets,
        "secret_ids": {logical_id: secret.arn for logical_id, secret in resources.secrets.items()},
        "queues": {logical_id: queue.url for logical_id, queue in resources.queues.items()},
        "tables": {logical_id: table.name for logical_id, table in resources.tables.items()},
        "config": os.environ.get("WEBCARE_CONFIG"),
        "pid": os.getpid(),
    }


def write_state(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.write("\n")


def main(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("botocore").setLevel(logging.WARNING)
    if args.config and not Path(args.config).is_file():
        print(f"webcare local: --config {args.config} does not exist", file=sys.stderr)
        return 2
    local = local_secrets()
    try:
        extra = read_secrets(args.secrets) if args.secrets else {}
        helpdesk_names: set[str] = set()
        if args.config:
            # The same check as `webcare config check`, with the secrets this run will have.
            helpdesk_names = set(check(args.config, secrets={**local, **extra}).helpdesk_secrets)
    except ConfigError as exc:
        print(f"webcare local: not starting: {exc}", file=sys.stderr)
        return 2
    state_dir = Path(args.state_dir)
    signing = extra.get(SIGNING_SECRET_NAME) or local[SIGNING_SECRET_NAME]
    try:
        inbox = LocalInbox(signing if isinstance(signing, list) else [signing], port=args.inbox_port).start()
    except OSError as exc:
        print(
            f"webcare local: cannot listen on 127.0.0.1:{args.inbox_port} ({exc}); try --inbox-port",
            file=sys.stderr,
        )
        return 1
    stack = LocalStack(
        port=args.port,
        inbox_url=inbox.webhook_url,
        config_path=args.config,
        state_dir=state_dir,
        secrets=local,
        extra_secrets=extra,
        visibility_timeout=args.visibility_timeout or None,
        quiet=args.quiet,
    )
    try:
        stack.start()
    except OSError as exc:
        inbox.stop()
        print(f"webcare local: cannot listen on 127.0.0.1:{args.port} ({exc}); try --port", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - any start failure is reported, not a traceback
        inbox.stop()
        print(f"webcare local: the stack did not start: {exc}", file=sys.stderr)
        return 1
    state_file = state_dir / "stack.json"
    write_state(state_file, state_document(stack, inbox, secrets_in_use(local, extra, helpdesk_names)))
    stop = threading.Event()
    # Ctrl-C and SIGTERM set an event instead of raising KeyboardInterrupt inside a lock wait
    # (which can break the lock on Python 3.11); a second Ctrl-C while stopping interrupts.
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: stop.set())
    print(
        f"""
webcare local stack
  webhooks      {stack.url}/webhooks/{{source}}   (e.g. {stack.url}/webhooks/x)
  local inbox   {inbox.url}/                        (cases: {inbox.url}/cases)
  moto (AWS)    {stack.aws_endpoint_url}            (aws --endpoint-url {stack.aws_endpoint_url} ...)
  config        {os.environ.get("WEBCARE_CONFIG")}
  state         {state_file}

Try:  webcare simulate x mention "hello"
Ctrl-C stops everything.
""",
        flush=True,
    )
    try:
        stop.wait()
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        print("stopping…", flush=True)
        stack.stop()
        inbox.stop()
        state_file.unlink(missing_ok=True)
    return 0
