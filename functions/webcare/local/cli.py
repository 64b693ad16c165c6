"""`webcare local`: the local stack and the local inbox on 127.0.0.1, until Ctrl-C.

Writes `.local/stack.json` (`url`, `inbox_url`, `aws_endpoint_url`, the generated local
`secrets` still in use, the names of those taken from `--secrets`, the physical names of queues,
tables, secrets, buckets and topics, each function's environment, the trusted SNS certificates)
so that `webcare simulate`, `webcare local invoke` and the AWS CLI find the running stack; removes
it again on exit. Refuses to start on a config that `webcare config check` refuses, or on an
`--sns-cert` whose URL the SES source would never fetch.

`webcare local invoke <LogicalId> --event FILE [--mail FILE.eml]` runs one function of the
running stack with that event (through the stack's loopback-only `POST /_local/invoke/<id>`, so
in the stack's process, with its environment and warm execution environment) and prints its answer.
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

try:
    from webcare.local.inbox import LocalInbox
    from webcare.local.resources import TemplateError, find_template
    from webcare.local.sns import SnsCertError, parse_sns_cert
    from webcare.local.stack import (
        CONTROL_PREFIX,
        DEFAULT_INBOX_PORT,
        DEFAULT_PORT,
        LOCAL_TELEGRAM_BOT_ID,
        SIGNING_SECRET_NAME,
        LocalStack,
        local_secrets,
        schema_environment,
        split_secrets,
    )
except ModuleNotFoundError as exc:  # pragma: no cover - exercised by hand in a bare install
    raise SystemExit(
        f"webcare local needs the local extra (missing module {exc.name!r}): "
        "pip install 'webcare-bridge[local]'"
    ) from None
from webcare import simulate
from webcare.config import read_config_document
from webcare.ops.config_check import check, read_secrets

DEFAULT_VISIBILITY_TIMEOUT = 10
STATE_DIR = Path(".local")


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    invoke = actions.add_parser(
        "invoke",
        help="invoke a function of the running stack with an event (like `sam local invoke`)",
        description="Run one function of the running `webcare local` with an event and print its answer.",
    )
    invoke.add_argument("function", metavar="LogicalId", help="the function's logical id in template.yaml")
    invoke.add_argument("--event", required=True, metavar="FILE", help="the event (JSON; - for stdin)")
    invoke.add_argument(
        "--mail",
        metavar="FILE.eml",
        help="first put this mail into the function's INBOUND_MAIL_BUCKET at INBOUND_MAIL_PREFIX + "
        "the event's ses.mail.messageId, where SES's S3 action puts it (Lambda-action events)",
    )
    invoke.add_argument(
        "--state-dir",
        default=str(STATE_DIR),
        help="where the running stack wrote stack.json (default %(default)s)",
    )
    invoke.add_argument("--timeout", type=float, default=60, help="seconds (default %(default)s)")
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
    parser.add_argument(
        "--template",
        metavar="FILE",
        help="the SAM template to run (default: template.yaml here or in the nearest parent directory; "
        "schemas/ is looked for beside it when the installed package has none)",
    )
    parser.add_argument("--quiet", action="store_true", help="handlers log warnings only, no metrics output")
    parser.add_argument(
        "--sns-cert",
        action="append",
        default=[],
        metavar="URL=PEMFILE",
        help="trust this certificate for this SigningCertURL (repeatable; only https://sns.<region>."
        "amazonaws.com/….pem URLs); the one `webcare simulate ses` signs with is always trusted for "
        f"{simulate.DEFAULT_SNS_CERT_URL}",
    )


def secrets_in_use(
    generated: dict[str, str], from_file: dict[str, Any], helpdesk_names: set[str]
) -> dict[str, Any]:
    """stack.json's account of the secrets: the generated values the stack really uses, and only
    the names (with the secret each went to: platform, helpdesk or admin) of those taken from
    `--secrets`, never their values."""
    routed = split_secrets(from_file, helpdesk_names)
    return {
        "secrets": {name: value for name, value in generated.items() if name not in from_file},
        "secrets_from_file": {name: secret for secret, values in routed.items() for name in sorted(values)},
    }


def _allowed_topics(config_path: str | None) -> list[str]:
    """`sources.ses.allowed_topic_arns` of the config in use (the generated one allows the topic
    `webcare simulate ses` sends from)."""
    if not config_path:
        return []
    document = read_config_document(config_path)
    ses = (document.get("sources") or {}).get("ses") or {} if isinstance(document, dict) else {}
    return list(ses.get("allowed_topic_arns") or [])


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
        "buckets": {
            logical_id: other.ref
            for logical_id, other in resources.others.items()
            if other.type == "AWS::S3::Bucket"
        },
        "topics": {
            logical_id: other.arn
            for logical_id, other in resources.others.items()
            if other.type == "AWS::SNS::Topic"
        },
        "functions": {
            logical_id: {
                "name": function.name,
                "handler": function.handler,
                "environment": function.environment,
            }
            for logical_id, function in resources.functions.items()
        },
        "sns": {
            "certificate_urls": sorted(stack.sns.certificates),
            "signing_key": str(stack.state_dir / simulate.DEFAULT_SNS_KEY.name),
            "confirmations": f"{stack.url}{CONTROL_PREFIX}sns-confirmations",
        },
        "sources": {
            "ses": {"allowed_topic_arns": _allowed_topics(os.environ.get("WEBCARE_CONFIG"))},
            "telegram": {
                "bot_id": LOCAL_TELEGRAM_BOT_ID,
                "webhook_url": f"{stack.url}/webhooks/telegram?bot_id={LOCAL_TELEGRAM_BOT_ID}",
            },
        },
        "invoke_url": f"{stack.url}{CONTROL_PREFIX}invoke/{{LogicalId}}",
        "config": os.environ.get("WEBCARE_CONFIG"),
        "pid": os.getpid(),
    }


def write_state(path: Path, document: dict[str, Any]) -> None:
    """Written whole or not at all: a reader that sees the file (a script, the tests) never reads half of it.
    The document goes to a private temporary file beside it, which then takes its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.write("\n")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def main(args: argparse.Namespace) -> int:
    if args.action == "invoke":
        return invoke_main(args)
    return serve(args)


def serve(args: argparse.Namespace) -> int:
    """`webcare local`: start everything, write stack.json, wait for Ctrl-C or SIGTERM."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("botocore").setLevel(logging.WARNING)
    if args.config and not Path(args.config).is_file():
        print(f"webcare local: --config {args.config} does not exist", file=sys.stderr)
        return 2
    try:
        template = Path(args.template) if args.template else find_template()
    except TemplateError as exc:
        print(
            f"webcare local: {exc}: run it in a checkout of webcare-bridge, or pass --template FILE",
            file=sys.stderr,
        )
        return 2
    if not template.is_file():
        print(f"webcare local: --template {template} does not exist", file=sys.stderr)
        return 2
    try:
        # Before the config check, which validates against schemas/ too.
        os.environ.update(schema_environment(template))
    except TemplateError as exc:
        print(f"webcare local: {exc}", file=sys.stderr)
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
    try:
        certificates = dict(parse_sns_cert(option) for option in args.sns_cert)
    except SnsCertError as exc:
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
        template=template,
        port=args.port,
        inbox_url=inbox.webhook_url,
        config_path=args.config,
        state_dir=state_dir,
        secrets=local,
        extra_secrets=extra,
        visibility_timeout=args.visibility_timeout or None,
        quiet=args.quiet,
        sns_certificates=certificates,
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

Try:  webcare simulate x mention "hello"            (also meta, whatsapp, telegram, postmark,
      webcare simulate ses mail "hello"             mailgun, sendgrid: secrets are in stack.json)
      webcare local invoke EmailFunction --event tests/events/ses/lambda_ses_action.json \\
          --mail tests/events/ses/attachment_pii.eml
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


# --- webcare local invoke -------------------------------------------------------------------------


def _read_event(path: str) -> Any:
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def put_mail(state: dict[str, Any], function: str, event: Any, mail: bytes) -> list[str]:
    """Put `mail` where SES's S3 action would have put it for each Lambda-action record of `event`:
    the function's INBOUND_MAIL_BUCKET, key INBOUND_MAIL_PREFIX + `ses.mail.messageId`. Returns
    the `s3://` locations. Side effects: PutObject on the stack's moto server."""
    import boto3

    environment = ((state.get("functions") or {}).get(function) or {}).get("environment") or {}
    bucket, prefix = environment.get("INBOUND_MAIL_BUCKET"), environment.get("INBOUND_MAIL_PREFIX", "")
    if not bucket:
        raise ValueError(f"--mail: {function} has no INBOUND_MAIL_BUCKET in the running stack")
    records = event.get("Records") if isinstance(event, dict) else None
    ids = [
        r["ses"]["mail"]["messageId"]
        for r in records or []
        if isinstance(r, dict)
        and isinstance((r.get("ses") or {}).get("mail"), dict)
        and isinstance(r["ses"]["mail"].get("messageId"), str)
    ]
    if not ids:
        raise ValueError("--mail: the event has no SES Lambda-action record (Records[].ses.mail.messageId)")
    s3 = boto3.session.Session().client(
        "s3",
        region_name=state.get("region"),
        endpoint_url=state["aws_endpoint_url"],
        aws_access_key_id="testing",
        aws_secret_access_key="testing",  # noqa: S106 - moto's dummy credentials
    )
    locations = []
    for message_id in ids:
        s3.put_object(Bucket=bucket, Key=prefix + message_id, Body=mail)
        locations.append(f"s3://{bucket}/{prefix}{message_id}")
    return locations


def invoke(
    state: dict[str, Any], function: str, event: Any, *, timeout: float = 60
) -> tuple[Any, str | None]:
    """Invoke `function` of the running stack with `event`: (its answer, the function error type
    or None). Side effects: one request to the stack's loopback control route."""
    import requests

    response = requests.post(
        f"{state['url']}{CONTROL_PREFIX}invoke/{function}", data=json.dumps(event).encode(), timeout=timeout
    )
    if response.status_code != 200:
        raise ValueError(f"the stack answered {response.status_code}: {response.text}")
    return response.json(), response.headers.get("x-amz-function-error")


def invoke_main(args: argparse.Namespace) -> int:
    """`webcare local invoke`: 0 when the function returned, 1 when it raised, 2 on a usage error."""
    import requests

    state_file = Path(args.state_dir) / "stack.json"
    try:
        state = json.loads(state_file.read_text(encoding="utf-8"))
        event = _read_event(args.event)
    except OSError as exc:
        print(
            f"webcare local invoke: cannot read {exc.filename}: {exc.strerror} "
            "(is `webcare local` running here?)",
            file=sys.stderr,
        )
        return 2
    except ValueError as exc:
        print(f"webcare local invoke: the event is not JSON: {exc}", file=sys.stderr)
        return 2
    try:
        if args.mail:
            for location in put_mail(state, args.function, event, Path(args.mail).read_bytes()):
                print(f"mail put at {location}", file=sys.stderr)
        answer, error = invoke(state, args.function, event, timeout=args.timeout)
    except (OSError, ValueError) as exc:
        print(f"webcare local invoke: {exc}", file=sys.stderr)
        return 2
    except requests.RequestException as exc:
        print(f"webcare local invoke: cannot reach {state.get('url')}: {type(exc).__name__}", file=sys.stderr)
        return 1
    print(json.dumps(answer, indent=2))
    if error:
        print(f"{args.function} raised ({error})", file=sys.stderr)
        return 1
    return 0
