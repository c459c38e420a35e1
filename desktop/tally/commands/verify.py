"""`tally verify FILE.pdf [--trust CERT]`: check a report offline. Exit 0 valid (and current),
1 invalid or tampered, 2 unreadable, 3 authentic but not current. With --db, the embedded
assessments are also compared with that database: superseded by a newer version, or absent
from it, is exit 3."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from tally.cli import UsageError

if TYPE_CHECKING:
    from tally.operations.desk import Desk


def register(sub: argparse._SubParsersAction) -> None:
    from tally.commands._db import add_passphrase_option

    p = sub.add_parser(
        "verify", help="verify a signed report offline (exit 0 valid and current, 1 invalid, "
        "2 unreadable, 3 authentic but superseded or absent from --db)",
        description="Check the signature, the signer's trust, whole-file coverage and the "
        "embedded data of a Tally report. With the global --db option, also compare the "
        "embedded assessments with that database: a report whose assessments were amended "
        "since, or that are not in it, is authentic but not current (exit 3).",
    )
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CERT",
                   help="trust this certificate (the signer's or its CA's); may be repeated")
    p.add_argument("--no-stored-trust", action="store_true",
                   help="trust only --trust certificates: not your own signing certificate "
                   "and not the anchors stored with `tally identity trust-add`")
    add_passphrase_option(p)
    p.set_defaults(handler=run_verify)


def trusted_certificates(paths: list[str], own: bool = True) -> list:
    """The --trust certificates, and (own=True) your own signing certificate: your reports
    verify on your own machine, as in the app's Verify screen. Quiets pyHanko, which logs
    every untrusted path with a traceback; the verdict says it plainly."""
    from tally.reports.identity import IdentityError, certificate, load_certificates

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    trust = []
    for cert in paths:
        try:
            trust += load_certificates(cert)
        except IdentityError as exc:
            raise UsageError(str(exc)) from None
    if own:
        try:
            found = certificate()
        except IdentityError:
            found = None  # a damaged cert.pem: verify without it; the verdict says why
        if found is not None:
            trust.append(found)
    return trust


def run_verify(args: argparse.Namespace) -> int:
    from tally.reports.verify import verify_pdf

    trust = trusted_certificates(args.trust, own=not args.no_stored_trust)
    desk = _desk(args)
    try:
        lookup = newest = forms = voided = None
        if desk is not None:
            from tally.operations.lookups import record_voids
            from tally.reports.local_review import reviewed_catalog

            lookup, newest = desk.record_lookups()
            voided = record_voids(desk)
            forms = reviewed_catalog()
            forms.keep_from(desk.kept_form)  # a newer version's own form, even if since changed
        result = verify_pdf(Path(args.file), trust, not args.no_stored_trust, lookup,
                            newest=newest, forms=forms, voided=voided)
    finally:
        if desk is not None:
            desk.close()
    print("\n".join(result.lines()))
    return result.exit_code


def _desk(args: argparse.Namespace) -> Desk | None:
    if not getattr(args, "db", None):
        return None
    from tally.commands._db import open_desk

    return open_desk(args)
