"""The `webcare` command. Each subcommand lives in its own module and is imported on use."""

from __future__ import annotations

import argparse
import importlib
import sys

# name -> (module, one-line help). A module exposes `configure(parser)` and `main(args) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("webcare.local.demo", "run the local stack and a scripted X conversation into the local inbox"),
    "local": ("webcare.local.cli", "serve the local stack (moto + HTTP routes + local inbox) on 127.0.0.1"),
    "simulate": ("webcare.simulate", "send a correctly signed platform webhook to a running stack"),
    "scrub": ("webcare.scrub.cli", "scrub text from stdin and print JSON lines with findings"),
    "replay": ("webcare.ops.replay", "move dead-lettered messages back to their queue"),
    "config": ("webcare.ops.config_check", "check a config file before it is deployed or served"),
    "link": ("webcare.cases.cli", "link an identity to a customer (audited); merges their open cases"),
    "unlink": ("webcare.cases.cli", "make a linked identity its own customer again"),
    "cases": ("webcare.cases.cli", "cases show IDENTITY: the customer's identities, link history and cases"),
    "erase": ("webcare.cases.cli", "erase every item of a customer; the receipt holds no personal data"),
}


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="webcare", description=__doc__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    if not args_in or args_in[0] not in COMMANDS:
        parser.print_help() if not args_in or args_in[0] in {"-h", "--help"} else parser.parse_args(args_in)
        return 0 if args_in and args_in[0] in {"-h", "--help"} else 2
    name = args_in[0]
    module = importlib.import_module(COMMANDS[name][0])
    command_parser = argparse.ArgumentParser(prog=f"webcare {name}", description=COMMANDS[name][1])
    module.configure(command_parser)
    result: int = module.main(command_parser.parse_args(args_in[1:]))
    return result


if __name__ == "__main__":
    sys.exit(main())
