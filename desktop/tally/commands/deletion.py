"""One case: `tally case edit` and `tally case delete`; and `tally retention list|apply`.

Through the operations Desk, as the app does. Deleting is final, so `retention apply` needs
--yes and a reason; a case with a signed assessment needs a reason for `case delete` too.
Changing the case id or date of birth of a case with locked work needs --reason, kept in the
audit trail (as the app's Edit profile asks for one).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tally.cli import UsageError
from tally.commands._db import add_db_option, add_passphrase_option, open_desk

if TYPE_CHECKING:
    from tally.operations.desk import Desk
    from tally.operations.rows import DeletedCase


def register(subparsers: Any) -> None:
    case = subparsers.add_parser("case", help="change one case's id or date of birth, or "
                                 "delete it for good")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = case_sub.add_parser(
        "edit", help="change a case's id or date of birth (audited; a case with locked work "
        "needs --reason)")
    _common(p)
    p.add_argument("case", metavar="CASE_ID")
    p.add_argument("--new-id", metavar="ID", help="the new pseudonymous case id")
    p.add_argument("--date-of-birth", metavar="YYYY-MM-DD",
                   help="the corrected date of birth ('' clears it)")
    p.add_argument("--reason", default="",
                   help="why (required when the case has a locked, signed or amended "
                   "assessment; kept in the audit trail)")
    p.set_defaults(handler=cmd_case_edit)
    p = case_sub.add_parser(
        "delete", help="delete a case and everything of it; its audit entries are redacted")
    _common(p)
    p.add_argument("case", metavar="CASE_ID")
    p.add_argument("--reason", default="",
                   help="why (required when the case has a signed assessment)")
    p.set_defaults(handler=cmd_case_delete)

    retention = subparsers.add_parser(
        "retention", help="cases past a retention period: list them, or delete them")
    r_sub = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = r_sub.add_parser("list", help="cases with no activity for more than N years")
    _common(p)
    p.add_argument("--years", type=int, required=True, metavar="N")
    p.set_defaults(handler=cmd_retention_list)
    p = r_sub.add_parser("apply", help="delete every case `retention list` shows")
    _common(p)
    p.add_argument("--years", type=int, required=True, metavar="N")
    p.add_argument("--reason", required=True, help="recorded in each case.delete audit entry")
    p.add_argument("--yes", action="store_true", help="confirm: the cases are deleted for good")
    p.set_defaults(handler=cmd_retention_apply)


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    add_passphrase_option(parser)


def _desk(args: argparse.Namespace) -> Desk:
    return open_desk(args)


def _line(deleted: DeletedCase) -> str:
    signed = len(deleted.signed_content_hashes)
    extra = f", {signed} signed (its reports remain outside the database)" if signed else ""
    return (f"deleted case {deleted.case_id}: {deleted.assessments} assessment(s){extra}; "
            f"{deleted.redacted_entries} audit entries redacted, recorded as entry "
            f"{deleted.audit_entry}")


def _edits(args: argparse.Namespace) -> dict[str, Any]:
    from datetime import date

    fields: dict[str, Any] = {}
    if args.new_id is not None:
        if not args.new_id.strip():
            raise UsageError("--new-id must not be empty")
        fields["case_id"] = args.new_id.strip()
    if args.date_of_birth is not None:
        text = args.date_of_birth.strip()
        fields["date_of_birth"] = None
        if text:
            try:
                born = date.fromisoformat(text)
            except ValueError:
                raise UsageError(f"--date-of-birth: write the date as YYYY-MM-DD, got "
                                 f"{text!r}") from None
            if born > date.today() or born.year < 1900:
                raise UsageError(f"--date-of-birth {text} is not plausible")
            fields["date_of_birth"] = born.isoformat()
    if not fields:
        raise UsageError("nothing to change: give --new-id and/or --date-of-birth")
    return fields


def cmd_case_edit(args: argparse.Namespace) -> int:
    from tally.operations.errors import LifecycleError, StoreError

    fields = _edits(args)
    desk = _desk(args)
    try:
        case = desk.find_case(args.case)
        if case is None:
            raise UsageError(f"no case with id '{args.case}'")
        try:
            desk.update_case(case.pk, reason=args.reason, **fields)
        except LifecycleError as exc:
            raise UsageError(f"{exc} (give --reason TEXT); nothing was changed") from None
        except StoreError as exc:
            raise UsageError(f"{exc}; nothing was changed") from None
    finally:
        desk.close()
    old = {"case_id": case.case_id, "date_of_birth": case.date_of_birth}
    changed = [f"{name.replace('_', ' ')} {old[name] or '(none)'} -> {value or '(none)'}"
               for name, value in fields.items() if old[name] != value]
    print(f"case {case.case_id}: " + ("; ".join(changed) if changed else "nothing changed")
          + (f" (reason: {args.reason.strip()})" if changed and args.reason.strip() else ""))
    return 0


def cmd_case_delete(args: argparse.Namespace) -> int:
    from tally.operations.errors import StoreError

    desk = _desk(args)
    try:
        case = desk.find_case(args.case)
        if case is None:
            raise UsageError(f"no case with id '{args.case}'")
        try:
            deleted = desk.delete_case(case.pk, args.reason)
        except StoreError as exc:
            raise UsageError(f"{exc}; nothing was deleted") from None
    finally:
        desk.close()
    print(_line(deleted))
    return 0


def _years(args: argparse.Namespace) -> int:
    if args.years < 1:
        raise UsageError("--years must be 1 or more")
    return int(args.years)


def cmd_retention_list(args: argparse.Namespace) -> int:
    years = _years(args)
    desk = _desk(args)
    try:
        found = desk.retention_candidates(years)
    finally:
        desk.close()
    if not found:
        print(f"no case without activity for more than {years} years")
        return 0
    width = max(len("CASE"), *(len(c.case_id) for c in found))
    print(f"{'CASE'.ljust(width)}  LAST ACTIVITY  SIGNED")
    for c in found:
        print(f"{c.case_id.ljust(width)}  {c.last_activity.isoformat():<13}  "
              f"{'yes' if c.has_signed else 'no'}")
    return 0


def cmd_retention_apply(args: argparse.Namespace) -> int:
    from tally.operations.errors import StoreError

    years = _years(args)
    if not args.reason.strip():
        raise UsageError("--reason must not be empty")
    if not args.yes:
        raise UsageError("deleting cases is final: run `tally retention list` first, then "
                         "repeat with --yes")
    desk = _desk(args)
    try:
        found = desk.retention_candidates(years)
        for candidate in found:
            try:
                print(_line(desk.delete_case(candidate.case_pk, args.reason)))
            except StoreError as exc:
                raise UsageError(f"case {candidate.case_id}: {exc}; it and the cases after "
                                 "it were not deleted") from None
    finally:
        desk.close()
    print(f"{len(found)} case(s) deleted")
    return 0
