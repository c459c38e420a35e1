"""`tally audit verify` (exit 0 intact, 1 broken naming the first broken entry, 2 unreadable)
and `tally audit list`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from tally.commands._db import add_db_option, add_passphrase_option, open_store

EXIT_BROKEN = 1
MAX_LISTED = 20


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="check or list the audit trail")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = sub.add_parser("verify", help="check the whole hash chain and name the first broken entry")
    add_db_option(p)
    add_passphrase_option(p)
    p.set_defaults(handler=cmd_verify)
    p = sub.add_parser("list", help="print audit entries (JSON Lines)")
    add_db_option(p)
    add_passphrase_option(p)
    p.add_argument("--entity", help="case, assessment, evaluator, database")
    p.add_argument("--id", type=int, dest="entity_id", help="the entity's id")
    p.set_defaults(handler=cmd_list)


def cmd_verify(args: argparse.Namespace) -> int:
    """The hash chain, then the invariants a passphrase holder could break with SQL alone
    (dropped triggers, a signed status with no signature, answers changed with the hash)."""
    with open_store(args) as store:
        report = store.verify_audit()
        found = store.invariant_problems()
    if not report.ok:
        print(f"audit trail BROKEN at entry {report.first_broken}: {report.message} "
              f"({report.checked} entries checked before it)")
        return EXIT_BROKEN
    if found:
        print(f"{report.message}, but the database fails {len(found)} check(s):")
        for problem in found[:MAX_LISTED]:
            print(f"  {problem}")
        if len(found) > MAX_LISTED:
            print(f"  ... and {len(found) - MAX_LISTED} more")
        return EXIT_BROKEN
    print(f"{report.message}; triggers and lifecycle checks pass")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        entries = store.audit_entries(args.entity, args.entity_id)
    for entry in entries:
        sys.stdout.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
    return 0
