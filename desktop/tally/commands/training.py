"""`tally training list|check`: the sample-case library, and checking cases or packs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tally.cli import EXIT_OK, EXIT_USAGE, UsageError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("training", help="sample cases for practice: list or check them")
    t_sub = parser.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    p_list = t_sub.add_parser("list", help="the sample cases: instruments and difficulty")
    p_list.set_defaults(handler=run_list)
    p_check = t_sub.add_parser(
        "check",
        help="validate a case file, a folder or a case pack (.zip), and that its reference "
        "scores agree with the forms (default: the whole library)",
    )
    p_check.add_argument("path", metavar="PATH", nargs="?")
    p_check.set_defaults(handler=run_check)


def run_list(args: argparse.Namespace) -> int:
    from tally.training.library import Library, bundled_dir, user_dir

    library = Library.load()
    print(f"{'CASE':<8} {'ID':<34} {'DIFFICULTY':<13} {'INSTRUMENTS':<36} TITLE")
    for case in library:
        forms = ", ".join(
            f + (f" x{len(case.references_for(f))}" if len(case.references_for(f)) > 1 else "")
            for f in case.form_ids
        )
        mark = "" if case.origin == "bundled" else " (yours)"
        print(f"{case.code:<8} {case.id:<34} {case.difficulty:<13} {forms:<36} {case.title}{mark}")
    counts = {f: len(library.for_form(f)) for f in library.form_ids()}
    print(f"\n{len(library)} cases; per instrument: "
          + ", ".join(f"{f} {n}" for f, n in counts.items()))
    print(f"built-in cases: {bundled_dir()}\nyour own cases: {user_dir()}")
    for problem in library.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return EXIT_OK


def _load(path: Path):
    """Cases at path and the problems reading them: a file, a folder or a pack."""
    from tally.training.cases import CaseError, load_case
    from tally.training.library import case_files
    from tally.training.packs import PACK_SUFFIX, PackError, read_pack

    if path.is_dir():
        cases, problems = [], []
        for file in case_files(path):
            try:
                cases.append(load_case(file))
            except CaseError as exc:
                problems.append(str(exc))
        if not cases and not problems:
            raise UsageError(f"{path}: no case files (*.toml) in this folder")
        return cases, problems
    if path.suffix.lower() == PACK_SUFFIX:
        try:
            return list(read_pack(path).cases), []
        except PackError as exc:
            return [], exc.problems or [str(exc)]
    try:
        return [load_case(path)], []
    except CaseError as exc:
        return [], [str(exc)]


def run_check(args: argparse.Namespace) -> int:
    from tally.paths import load_catalog
    from tally.training.library import Library
    from tally.training.validate import check_cases

    catalog = load_catalog()
    if args.path is None:
        library = Library.load()
        cases, problems = list(library), list(library.problems)
        where = "the training library"
    else:
        path = Path(args.path)
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        cases, problems = _load(path)
        where = str(path)
    problems += check_cases(cases, catalog)
    for problem in problems:
        print(problem, file=sys.stderr)
    scorings = sum(len(c.references) for c in cases)
    if problems:
        print(f"{where}: {len(problems)} problem(s) in {len(cases)} case(s)", file=sys.stderr)
        return EXIT_USAGE
    print(f"{where}: {len(cases)} case(s), {scorings} reference scoring(s): "
          "all agree with the forms")
    return EXIT_OK
