"""`tally validate` (local validation, JSON or a table, CSV and PDF), `tally validate pool`
(multi-site pooling of research exports) and `tally research export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tally.cli import UsageError
from tally.commands._db import add_db_option, add_passphrase_option, open_desk

DEFAULT_YEARS = 5.0


def register(subparsers: Any) -> None:
    from tally.validation.outcomes import DEFAULT_OUTCOME, OUTCOMES

    p = subparsers.add_parser(
        "validate", help="how the instruments perform on this database's cases with follow-up",
        description="Per instrument and group: N, events, follow-up, AUC with its 95%% CI at a "
        "fixed follow-up, Harrell's C, calibration against a norms table where one exists, "
        "and each dynamic tool's incremental validity over each static one. "
        "`tally validate pool SITE.csv ...` pools research exports of several sites.",
    )
    add_db_option(p)
    add_passphrase_option(p)
    _analysis_options(p, DEFAULT_OUTCOME, OUTCOMES)
    p.add_argument("--csv", metavar="FILE", help="also write the table as CSV")
    p.add_argument("--pdf", metavar="FILE", help="also write the report as a PDF")
    p.set_defaults(handler=cmd_validate)
    sub = p.add_subparsers(dest="validate_command", metavar="ACTION")
    pool = sub.add_parser(
        "pool", help="fixed- and random-effects pooled AUCs over several sites' research exports")
    pool.add_argument("sites", nargs="+", metavar="SITE.csv")
    _analysis_options(pool, DEFAULT_OUTCOME, OUTCOMES)
    pool.add_argument("--group", default="all",
                      help="all (default), csem_only, mixed, static99r_criteria_met or "
                           "static99r_criteria_not_met")
    pool.add_argument("--csv", metavar="FILE", help="also write the pooled table as CSV")
    pool.set_defaults(handler=cmd_pool)

    research = subparsers.add_parser("research", help="de-identified research export")
    r_sub = research.add_subparsers(dest="research_command", metavar="ACTION", required=True)
    p = r_sub.add_parser(
        "export", help="one CSV row per locked assessment with follow-up: random study ids, "
        "durations in days, no dates, no free text; a data dictionary beside it")
    add_db_option(p)
    add_passphrase_option(p)
    p.add_argument("--out", required=True, metavar="FILE.csv")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=cmd_research_export)


def _analysis_options(p: argparse.ArgumentParser, default: str, outcomes: Any) -> None:
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--outcome", default=default,
                   help=f"the outcome ({', '.join(outcomes)}; default {default})")
    p.add_argument("--years", type=float, default=DEFAULT_YEARS,
                   help="fixed follow-up for the AUC, in years (default 5)")


def _check(args: argparse.Namespace) -> None:
    from tally.validation.outcomes import OUTCOMES

    if args.outcome not in OUTCOMES:
        raise UsageError(f"unknown outcome '{args.outcome}' (known: {', '.join(OUTCOMES)})")
    if not args.years > 0 or args.years > 100:
        raise UsageError("--years must be more than 0 and at most 100")
    for option in ("csv", "pdf"):
        target = getattr(args, option, None)
        if target and not Path(target).parent.is_dir():
            raise UsageError(f"--{option} {target}: no such folder")


def cmd_validate(args: argparse.Namespace) -> int:
    from tally.operations.validation import run_validation
    from tally.paths import load_catalog

    _check(args)
    catalog = load_catalog()
    with open_desk(args) as desk:
        catalog.keep_from(desk.kept_form)  # each record scored with its own form
        report = run_validation(desk, catalog, args.outcome, args.years)
    if args.json:
        json.dump([r.to_contract() for r in report.results], sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_text(report) + "\n")
    if args.csv:
        _write_csv(Path(args.csv), report)
    if args.pdf:
        from tally.validation.pdf import write_pdf

        write_pdf(Path(args.pdf), report)
    return 0


def _text(report: Any) -> str:
    from tally.validation import tables

    data = report.dataset
    lines = []
    if data.synthetic:
        lines += [tables.synthetic_banner(), ""]
    lines += [tables.title(report.outcome, report.years),
              f"{len([r for r in data.rows if r.index])} assessments of "
              f"{data.cases_with_followup} men whose follow-up has ended", ""]
    lines.append(tables.format_table(tables.RESULT_HEADERS,
                                     [tables.result_row(r) for r in report.results]))
    if report.incremental:
        lines += ["", "Incremental validity (Cox regression)",
                  tables.format_table(tables.INCREMENTAL_HEADERS,
                                      [tables.incremental_row(i) for i in report.incremental])]
    else:
        lines += ["", "Incremental validity: no man has both a static and a dynamic tool locked."]
    for reason, count in sorted(data.skipped.items()):
        lines.append(f"Left out: {count} assessment(s): {reason}.")
    return "\n".join(lines)


def _write_csv(path: Path, report: Any) -> None:
    import csv

    from tally.validation import tables

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if report.dataset.synthetic:
            writer.writerow([tables.synthetic_banner()])
        writer.writerow([tables.title(report.outcome, report.years)])
        writer.writerow(tables.RESULT_HEADERS)
        writer.writerows(tables.result_row(r) for r in report.results)
        if report.incremental:
            writer.writerow([])
            writer.writerow(tables.INCREMENTAL_HEADERS)
            writer.writerows(tables.incremental_row(i) for i in report.incremental)


def cmd_pool(args: argparse.Namespace) -> int:
    from tally.validation import tables
    from tally.validation.analysis import GROUPS
    from tally.validation.research import SiteFileError, pool_sites, read_site

    _check(args)
    if args.group not in GROUPS:
        raise UsageError(f"unknown group '{args.group}' (known: {', '.join(GROUPS)})")
    paths = [Path(s) for s in args.sites]
    if len({p.resolve() for p in paths}) != len(paths):
        raise UsageError("the same site file is named twice")
    try:
        sites = [read_site(p, args.outcome, args.years, args.group) for p in paths]
    except SiteFileError as exc:
        raise UsageError(str(exc)) from None
    rows = pool_sites(sites)
    if args.json:
        json.dump([_pooled_json(r) for r in rows], sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        from tally.validation.outcomes import OUTCOME_LABELS

        print(f"Pooled AUCs for {OUTCOME_LABELS[args.outcome]} at {args.years:g} years of "
              f"follow-up, {len(paths)} site file(s), group {args.group}")
        print(tables.format_table(tables.POOL_HEADERS, [tables.pooled_row(r) for r in rows]))
        for r in rows:
            if r.note:
                print(f"{r.instrument}: {r.note}")
            if r.pooled is not None and sum(s.events for s in r.sites) < 10:
                print(f"{r.instrument}: fewer than 10 events over all sites: unstable")
    if args.csv:
        import csv

        with Path(args.csv).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(tables.POOL_HEADERS)
            writer.writerows(tables.pooled_row(r) for r in rows)
    return 0


def _pooled_json(row: Any) -> dict[str, Any]:
    p = row.pooled
    out: dict[str, Any] = {
        "instrument": row.instrument,
        "sites": [{"site": s.site, "n": s.n, "events": s.events, "auc": s.auc}
                  for s in row.sites],
        "note": row.note,
    }
    if p is None:
        out.update(k=0, n=0, fixed=None, fixed_ci=None, random=None, random_ci=None, q=None,
                   i2=None)
    else:
        out.update(k=p.k, n=p.n, fixed=p.fixed, fixed_ci=list(p.fixed_ci), random=p.random,
                   random_ci=list(p.random_ci), q=p.q, i2=p.i2, tau2=p.tau2)
    return out


def cmd_research_export(args: argparse.Namespace) -> int:
    from tally.operations.validation import export_research
    from tally.paths import load_catalog

    out = Path(args.out)
    if out.exists() and not args.force:
        raise UsageError(f"{out}: already exists (use --force to replace it)")
    if not out.parent.is_dir():
        raise UsageError(f"{out.parent}: no such folder")
    catalog = load_catalog()
    with open_desk(args) as desk:
        count, dictionary = export_research(desk, catalog, out)
    print(f"wrote {count} de-identified rows to {out}; data dictionary: {dictionary}")
    return 0
