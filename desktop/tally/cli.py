"""The `tally` command. With no sub-command it starts the desktop app.

Each sub-command lives in a module of tally.commands with `register(subparsers)`; handlers
import what they need when they run, so `tally score` never pays for Qt, the store or PDFs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# module names under tally.commands, in the order `tally --help` lists them
COMMAND_MODULES = ("score", "forms", "casedb", "deletion", "audit", "report", "verify",
                   "training", "validate")

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: printed as one line on stderr, exit 2."""


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tally",
        description="Tally: structured risk instruments for CSEM cases, offline. "
        "Run with no command to start the desktop app.",
    )
    parser.add_argument("--db", help="database file (default: TALLY_DB or the user data folder)")
    parser.add_argument(
        "--exit-when-shown", action="store_true",
        help="start the app, paint the first window once and exit 0 (for timing start-up)",
    )
    parser.add_argument(
        "--smoke-test", action="store_true",
        help="check the whole stack on a temporary database and exit 0 when it works",
    )
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"tally.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"tally.commands.{name}":
                raise
            continue  # a command whose module is not built yet
        module.register(sub)
    return parser


def _app_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The global options when the command line starts the app (no command, no --help).

    Importing every command module costs ~25 ms, a sixth of the app's start-up budget, so
    the desktop app is started from the global options alone."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args_list):
        return None
    args, rest = build_parser(with_commands=False).parse_known_args(args_list)
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _app_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command is None:
        if args.smoke_test:
            from tally.smoke import run_smoke_test

            return run_smoke_test()
        from tally.app import run_app

        return run_app(db=args.db, exit_when_shown=args.exit_when_shown)
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(f"tally: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, a folder gone, no permission: one line, never a trace
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"tally: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
