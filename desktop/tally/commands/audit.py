"""`tally audit verify` (exit 0 intact, 1 broken naming the first broken entry, 2 unreadable)
and `tally audit list`.

`audit verify --against REPORT.pdf ...` also holds the trail against the audit head each
signed report carries (its anchor, attached at export and covered by the signature): the
entry must still be there with the same hash, so entries cut off the end (and the head
moved back) or a chain recomputed from some point on are caught, whoever held the
passphrase. A report whose signature does not verify proves nothing and says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from tally.commands._db import add_db_option, add_passphrase_option, open_desk

if TYPE_CHECKING:
    from tally.operations.desk import Desk

EXIT_BROKEN = 1
MAX_LISTED = 20


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="check or list the audit trail")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = sub.add_parser("verify", help="check the whole hash chain and name the first broken entry")
    add_db_option(p)
    add_passphrase_option(p)
    p.add_argument("--against", nargs="+", default=[], metavar="REPORT.pdf",
                   help="signed reports from this database: prove that no audit entry up to "
                   "the one each carries was later cut or rewritten")
    p.add_argument("--trust", action="append", default=[], metavar="CERT",
                   help="with --against: trust this certificate (the signer's or its CA's)")
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
    reports = _reports(args) if args.against else []
    with open_desk(args) as desk:
        report = desk.verify_audit()
        found = desk.invariant_problems()
        anchored = [_against(desk, path, checked) for path, checked in reports]
    if anchored:
        for line, _ in anchored:
            print(line)
        worst = max(code for _, code in anchored)
        if worst:
            return worst
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


def _reports(args: argparse.Namespace) -> list[tuple[str, Any]]:
    """Each report checked offline (signature, trust, coverage), before the database opens."""
    from pathlib import Path

    from tally.commands.verify import trusted_certificates
    from tally.reports.verify import verify_pdf

    trust = trusted_certificates(args.trust)
    return [(path, verify_pdf(Path(path), trust)) for path in args.against]


def _against(desk: Desk, path: str, checked: Any) -> tuple[str, int]:
    """One line on one report's anchor, and its exit code (0 held, 1 broken, 2 no proof)."""
    from tally.reports.verify import EXIT_UNREADABLE

    if not checked.readable:
        return f"{path}: {checked.unreadable_reason}", EXIT_UNREADABLE
    if not checked.valid:
        return (f"{path}: the report does not verify ({checked.problems[0]}), so the audit "
                "head it carries proves nothing"), EXIT_BROKEN
    anchor = checked.anchor
    if anchor is None:
        return (f"{path}: carries no audit anchor (an example, or a report made before "
                "Tally 0.2); nothing to hold the trail against"), EXIT_UNREADABLE
    last, _ = desk.audit_head()
    found = desk.audit_entry_hash(anchor.entry)
    if found is None:
        return (f"{path}: BROKEN: the report was made at audit entry {anchor.entry}, but the "
                f"trail now ends at entry {last}: entries were cut"), EXIT_BROKEN
    if found != anchor.hash:
        return (f"{path}: BROKEN: audit entry {anchor.entry} is not the one the report was "
                "made at (its hash differs): the trail was rewritten"), EXIT_BROKEN
    return (f"{path}: the trail holds audit entry {anchor.entry} as the signed report "
            "recorded it"), 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        entries = desk.audit_entries(args.entity, args.entity_id)
    for entry in entries:
        sys.stdout.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
    return 0
