"""Case database commands: init, cases, assessments, backup, restore, passphrase, demo-data."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tally.cli import UsageError
from tally.commands._db import (
    add_db_option,
    add_passphrase_option,
    db_path,
    open_desk,
    read_passphrase,
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="create a new encrypted case database")
    _common(p)
    p.add_argument("--name", required=True, help="the evaluator's printed name")
    p.add_argument("--credentials", default="", help="e.g. 'Clinical psychologist, HCPC 12345'")
    p.add_argument("--organisation", default="")
    p.set_defaults(handler=cmd_init)

    cases = subparsers.add_parser("cases", help="list or search cases")
    cases_sub = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    p = cases_sub.add_parser("list", help="list cases (a table, or JSON with --json)")
    _common(p)
    p.add_argument("--search", default="", metavar="TEXT", help="prefix search in ids and notes")
    p.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=cmd_cases_list)

    assessments = subparsers.add_parser("assessments", help="list or void assessments")
    a_sub = assessments.add_subparsers(dest="assessments_command", metavar="ACTION", required=True)
    p = a_sub.add_parser("list", help="list assessments, newest first, of one case or all")
    _common(p)
    p.add_argument("case", nargs="?", metavar="CASE", help="a case id")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=cmd_assessments_list)
    p = a_sub.add_parser(
        "void", help="void a locked or signed assessment scored in error: it is kept and "
        "audited, never exported, and leaves the case's totals and trends")
    _common(p)
    p.add_argument("id", type=int, metavar="ID", help="the assessment id (assessments list)")
    p.add_argument("--reason", required=True, help="why it was scored in error (audited)")
    p.set_defaults(handler=cmd_assessments_void)

    p = subparsers.add_parser("backup", help="write an encrypted copy of the database to FILE")
    _common(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser(
        "restore", help="replace the database with a checked backup (the old one is kept aside)"
    )
    _common(p)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("passphrase", help="change the database passphrase")
    p_sub = p.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    p = p_sub.add_parser("change", help="re-encrypt the database with a new passphrase")
    _common(p)
    p.add_argument(
        "--new-passphrase-file", metavar="FILE",
        help="read the new passphrase from FILE (default: TALLY_NEW_PASSPHRASE, else a prompt)",
    )
    p.set_defaults(handler=cmd_passphrase_change)

    p = subparsers.add_parser(
        "demo-data", help="create a NEW database of clearly synthetic cases (for demos, benchmarks)"
    )
    _common(p)
    p.add_argument("--cases", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=20251124)
    p.add_argument("--outcomes", action="store_true",
                   help="add clearly synthetic follow-up and recidivism events (for the "
                        "validation screens)")
    p.set_defaults(handler=cmd_demo_data)


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    add_passphrase_option(parser)


def _print_table(headers: list[str], rows: list[list[Any]]) -> None:
    text = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text]) for i, h in enumerate(headers)]
    out = sys.stdout
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in text:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def cmd_init(args: argparse.Namespace) -> int:
    if not args.name.strip():
        raise UsageError("--name must not be empty")
    desk = open_desk(args, create=True)
    with desk:
        desk.set_evaluator(args.name, args.credentials, args.organisation)
    print(f"created {desk.path} for {args.name.strip()}")
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UsageError("--limit cannot be negative")
    with open_desk(args) as desk:
        total = desk.count_cases(args.search)
        wanted = min(total, args.limit) if args.limit else total
        rows: list[Any] = []
        while len(rows) < wanted:
            size = min(1000, wanted - len(rows))
            page = desk.list_cases(args.search, offset=len(rows), limit=size)
            if not page:
                break
            rows.extend(page)
    if args.json:
        json.dump([asdict(r) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _print_table(
        ["CASE", "BORN", "PATTERN", "ASSESSMENTS", "UPDATED"],
        [[r.case_id, r.date_of_birth, r.offence_pattern, r.n_assessments, r.updated_at[:19]]
         for r in rows],
    )
    return 0


def cmd_assessments_list(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        case_pk = None
        if args.case:
            case = desk.find_case(args.case)
            if case is None:
                raise UsageError(f"no case with id '{args.case}'")
            case_pk = case.pk
        rows = desk.list_assessments(case_pk)
    if args.json:
        json.dump([asdict(r) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _print_table(
        ["ID", "CASE", "FORM", "DATE", "STATUS", "VERSION", "UPDATED"],
        [[r.id, r.case_id, f"{r.form_id} {r.form_version}", r.assessment_date, r.status,
          r.version, r.updated_at[:19]] for r in rows],
    )
    return 0


def cmd_assessments_void(args: argparse.Namespace) -> int:
    from tally.operations.errors import StoreError

    desk = open_desk(args)
    try:
        try:
            meta = desk.assessment_meta(args.id)
            note = desk.void(args.id, args.reason)
        except StoreError as exc:
            raise UsageError(f"{exc}; nothing was changed") from None
    finally:
        desk.close()
    print(f"voided assessment {meta.id} ({meta.case_id} {meta.form_id} version {meta.version},"
          f" was {note.was}): {note.reason}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from tally.operations.errors import StoreError

    dest = Path(args.file)
    if dest.exists() and not args.force:
        raise UsageError(f"{dest}: already exists (use --force to replace it)")
    with open_desk(args) as desk:
        try:
            written = desk.backup(dest)
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    print(f"encrypted backup written to {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from tally.operations.desk import Desk
    from tally.operations.errors import DatabaseInUse, StoreError

    source, target = Path(args.file), db_path(args)
    if not source.is_file():
        raise UsageError(f"{source}: no such backup file")
    passphrase = read_passphrase(args, "Passphrase of the backup: ")
    try:
        aside = Desk.restore(source, target, passphrase)
    except DatabaseInUse as exc:
        raise UsageError(f"restore refused, nothing was changed: {exc}") from None
    except StoreError as exc:
        if "the restore could not be completed" in str(exc):  # it says what became of it
            raise UsageError(str(exc)) from None
        raise UsageError(f"backup refused, nothing was changed: {exc}") from None
    print(f"restored {target} from {source}")
    if aside:
        print(f"the previous database was kept as {aside}")
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    file = args.new_passphrase_file
    if file:
        ns = argparse.Namespace(passphrase_file=file)
        return read_passphrase(ns)
    if os.environ.get("TALLY_NEW_PASSPHRASE"):
        return os.environ["TALLY_NEW_PASSPHRASE"]
    ns = argparse.Namespace(passphrase_file=None)
    saved = os.environ.pop("TALLY_PASSPHRASE", None)  # the prompt, not the old one
    try:
        return read_passphrase(ns, "New passphrase: ", confirm=True)
    finally:
        if saved is not None:
            os.environ["TALLY_PASSPHRASE"] = saved


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    from tally.operations.errors import StoreError

    old = read_passphrase(args, "Current passphrase: ")
    new = _new_passphrase(args)
    with open_desk(args) as desk:
        try:
            desk.change_passphrase(old, new)
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    print("passphrase changed")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from tally.operations.desk import Desk
    from tally.operations.errors import StoreError

    if args.cases < 0:
        raise UsageError("--cases cannot be negative")
    path = db_path(args)
    if path.exists():
        raise UsageError(f"{path}: already exists; demo data goes only into a new database")
    passphrase = read_passphrase(args, "Passphrase for the new demo database: ", confirm=True)
    try:
        Desk.create_demo(path, passphrase, args.cases, seed=args.seed, outcomes=args.outcomes)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    extra = ", with SYNTHETIC follow-up outcomes" if args.outcomes else ""
    print(f"created {path} with {args.cases} synthetic demo cases{extra}")
    return 0
