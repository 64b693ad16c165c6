"""`webcare demo`: the local stack, a scripted X conversation, and what reached the local inbox.

The script: a customer's public mention; two DMs from the same customer, one of them with a
password and an IBAN; then X redelivering that DM. Expected in the inbox: one case with three
messages, the password and IBAN replaced by placeholders, the redelivery dropped. Exit 0 when
that is exactly what happened, else 1 with what differed.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import tempfile
import textwrap
import threading
from dataclasses import dataclass
from typing import Any

from webcare import simulate
from webcare.local.inbox import LocalInbox

try:
    from webcare.local.stack import LocalStack, local_secrets
except ModuleNotFoundError as exc:  # pragma: no cover - exercised by hand in a bare install
    raise SystemExit(
        f"webcare demo needs the local extra (missing module {exc.name!r}): "
        "pip install 'webcare-bridge[local]'"
    ) from None

CUSTOMER = {"id": "88412345", "screen_name": "noordv", "name": "Noor de Vries"}
ACCOUNT_ID = "1422873095340187649"
PASSWORD = "Zomer2024!x"  # noqa: S105 - the demo's fake secret, which must never reach the inbox
IBAN = "NL91 ABNA 0417 1643 00"

MENTION = "@acme_care my internet has been down since this morning, can you help?"
DM_SECRET = f"Hi, it's Noor again. My login password is {PASSWORD} and my IBAN is {IBAN}, for the refund."
DM_FOLLOW_UP = "Could someone call me back this afternoon? Thanks!"


@dataclass
class Step:
    title: str
    payload: dict[str, Any]


def script() -> list[Step]:
    handle, name, user_id = CUSTOMER["screen_name"], CUSTOMER["name"], CUSTOMER["id"]

    def dm(text: str) -> dict[str, Any]:
        return simulate.dm_payload(
            text, sender_id=user_id, screen_name=handle, name=name, for_user_id=ACCOUNT_ID
        )

    mention = simulate.mention_payload(
        MENTION, user_id=user_id, screen_name=handle, name=name, for_user_id=ACCOUNT_ID
    )
    secret_dm = dm(DM_SECRET)
    return [
        Step("public mention", mention),
        Step("DM with a password and an IBAN", secret_dm),
        Step("follow-up DM", dm(DM_FOLLOW_UP)),
        Step("X redelivers the DM with the password (same event id)", secret_dm),
    ]


def check(cases: list[dict[str, Any]], inbox: LocalInbox) -> list[str]:
    """What differs from the scripted outcome; empty when everything is as expected."""
    problems: list[str] = []
    if len(cases) != 1:
        return [f"expected 1 case in the inbox, found {len(cases)}"]
    messages = [entry["message"] for entry in cases[0]["messages"]]
    if len(messages) != 3:
        problems.append(f"expected 3 messages in the case, found {len(messages)}")
    channels = [m.get("channel") for m in messages]
    if channels != ["x_public", "x_dm", "x_dm"]:
        problems.append(f"expected channels x_public, x_dm, x_dm in that order, found {channels}")
    everything = repr(cases)
    compact_iban = IBAN.replace(" ", "")
    for label, raw in (("password", PASSWORD), ("IBAN", IBAN), ("IBAN", compact_iban)):
        if raw in everything:
            problems.append(f"the raw {label} reached the inbox")
    if len(messages) >= 2:
        found = {f.get("type") for f in (messages[1].get("scrub") or {}).get("findings") or []}
        for kind in ("password", "iban"):
            if kind not in found:
                problems.append(f"the DM's scrub findings do not list {kind!r} (found {sorted(found)})")
    if len(messages) == 3 and messages[2].get("text") != DM_FOLLOW_UP:
        problems.append("the third message is not the follow-up DM")
    if inbox.duplicates:
        problems.append(f"the inbox received {inbox.duplicates} repeated delivery(ies)")
    return problems


def show(cases: list[dict[str, Any]], inbox_url: str) -> None:
    for case in cases:
        info = case["case"]
        customer = info.get("customer") or {}
        print(
            f"\nCase {case['case_id']} → ticket {case['ticket_id']}\n"
            f"  customer   @{customer.get('handle')} ({customer.get('display_name')}, "
            f"{customer.get('namespace')}:{customer.get('id')})\n"
            f"  status     {info.get('status')}, opened {info.get('opened_at')}, "
            f"respond by {info.get('respond_by')}\n"
            f"  channels   {', '.join(map(str, info.get('channels') or []))}\n"
            f"  flags      {', '.join(k for k, v in (info.get('flags') or {}).items() if v) or '-'}"
        )
        for number, entry in enumerate(case["messages"], start=1):
            message = entry["message"]
            findings = (message.get("scrub") or {}).get("findings") or []
            scrubbed = ", ".join(f"{f.get('type')} ({f.get('action')})" for f in findings) or "nothing"
            text = textwrap.fill(
                str(message.get("text")), width=88, initial_indent="       ", subsequent_indent="       "
            )
            print(
                f"\n  {number}. [{message.get('channel')}, {message.get('visibility')}] "
                f"{entry['type']} #{entry['sequence']}\n{text}\n       scrubbed: {scrubbed}"
            )
    print(f"\nThe local inbox page: {inbox_url}/ (while the demo runs; `webcare demo --keep-running`)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verbose", action="store_true", help="show the handlers' logs and metrics")
    parser.add_argument(
        "--keep-running",
        action="store_true",
        help="keep the stack and inbox serving afterwards, until Ctrl-C",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for the pipeline (default 60)"
    )


def main(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(name)s: %(message)s")
    logging.getLogger("botocore").setLevel(logging.WARNING)
    secrets = local_secrets()
    with tempfile.TemporaryDirectory(prefix="webcare-demo-") as state_dir:
        with LocalInbox([secrets["webhook_signing_secret"]], port=0) as inbox:
            stack = LocalStack(
                port=0,
                inbox_url=inbox.webhook_url,
                state_dir=state_dir,
                secrets=secrets,
                visibility_timeout=2,
                quiet=not args.verbose,
            )
            try:
                stack.start()
            except Exception as exc:  # noqa: BLE001 - reported as a failed demo, not a traceback
                print(f"webcare demo: the local stack did not start: {exc}", file=sys.stderr)
                return 1
            try:
                return _play(stack, inbox, args)
            finally:
                stack.stop()


def _play(stack: LocalStack, inbox: LocalInbox, args: argparse.Namespace) -> int:
    print(f"Local stack on {stack.url}, local inbox on {inbox.url}\n")
    secret = stack.secrets["x_consumer_secret"]
    for number, step in enumerate(script(), start=1):
        status, answer = simulate.post_x(stack.url, step.payload, secret)
        print(f"{number}. {step.title}: HTTP {status} {answer.strip()[:80]}")
        if status != 200:
            print(f"\nFAILED: the stack answered {status} to step {number}", file=sys.stderr)
            return 1
        # Let each delivery reach the inbox before the next, so the printed arrivals read in order.
        stack.wait_until_idle(args.timeout)
    cases = inbox.cases()
    show(cases, inbox.url)
    problems = check(cases, inbox)
    if problems:
        print("\nFAILED: the outcome differs from the script:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(
        "\nOK: one case with three messages; the password and IBAN were replaced before anything was "
        "stored or forwarded;\n    X's redelivery of the DM was recognised and dropped (the inbox "
        f"received {inbox.attempts} deliveries for 4 webhooks)."
    )
    if args.keep_running:
        print("\nStill serving; Ctrl-C stops.", flush=True)
        stop = threading.Event()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signal_number, lambda *_: stop.set())
        stop.wait()
        signal.signal(signal.SIGINT, signal.default_int_handler)
    return 0
