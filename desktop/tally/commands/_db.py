"""Opening the case database for a command, as a Desk: path, passphrase, one clear error line.

The path comes from --db, then TALLY_DB, then the user data folder. The passphrase comes from
--passphrase-file, then TALLY_PASSPHRASE, then a prompt (never echoed).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tally.cli import UsageError

if TYPE_CHECKING:
    from tally.operations.desk import Desk


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE",
        help="read the database passphrase from the first line of FILE "
        "(default: TALLY_PASSPHRASE, else a prompt)",
    )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """--db after the sub-command too; SUPPRESS keeps a global --db when this one is absent."""
    parser.add_argument(
        "--db", default=argparse.SUPPRESS,
        help="database file (default: TALLY_DB or the user data folder)",
    )


def db_path(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "db", None)
    if explicit:
        return Path(explicit)
    from tally.paths import default_db_path

    return default_db_path()  # honours TALLY_DB


def read_passphrase(
    args: argparse.Namespace, prompt: str = "Passphrase: ", *, confirm: bool = False
) -> str:
    file = getattr(args, "passphrase_file", None)
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read the passphrase file {file}: {exc.strerror}") from None
        lines = text.splitlines()
        passphrase = lines[0] if lines else ""
    elif os.environ.get("TALLY_PASSPHRASE"):
        passphrase = os.environ["TALLY_PASSPHRASE"]
    else:
        if not sys.stdin.isatty():
            raise UsageError(
                "no passphrase: use --passphrase-file or TALLY_PASSPHRASE when not at a terminal"
            )
        passphrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
            raise UsageError("the two passphrases differ; nothing was changed")
    if not passphrase:
        raise UsageError("the passphrase is empty")
    return passphrase


def open_desk(args: argparse.Namespace, create: bool = False) -> Desk:
    """The Desk over the command's database (the app's operations, never the store itself);
    UsageError (exit 2) with one line when it cannot be opened."""
    from tally.operations.desk import Desk
    from tally.operations.errors import StoreError

    path = db_path(args)
    if create:
        if path.exists():
            raise UsageError(f"{path}: already exists; refusing to overwrite it")
        passphrase = read_passphrase(args, "New passphrase: ", confirm=True)
    else:
        if not path.exists():
            raise UsageError(
                f"{path}: no database here (create one with `tally init`, or pass --db)"
            )
        passphrase = read_passphrase(args)
    try:
        desk = Desk.create(path, passphrase) if create else Desk.open(path, passphrase)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    for notice in desk.notices:  # e.g. a -wal that did not belong was set aside
        print(f"note: {notice}", file=sys.stderr)
    return desk
