"""`tally score FORM FILE|-`: the scoring contract (DESIGN.md) on the command line.

FILE holds one JSON object; `-` reads JSON Lines from standard input and writes one result
line per input line, in order. A batch stops at the first bad line: the results printed
before it belong to the lines before it, the bad line gets one message on stderr naming its
line number, nothing more is printed, and the exit code is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tally.cli import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "score",
        help="score answers for one form (JSON object, or JSON Lines on stdin with -)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("form", metavar="FORM", help="form id, e.g. static99r")
    parser.add_argument("file", metavar="FILE", help='a JSON file, or "-" for JSON Lines on stdin')
    parser.set_defaults(handler=run)


def _form(form_id: str):
    from tally.reports.local_review import reviewed_catalog

    catalog = reviewed_catalog()  # a verified local review's corrections count here too
    try:
        return catalog.get(form_id)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None


def _dump(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, separators=(",", ":"))


def _decode(loads, text: str) -> Any:
    """JSON, or ValueError with a short reason: a bad document, a number of thousands of
    digits (Python refuses to convert it) or nesting deeper than the parser goes."""
    try:
        return loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(exc.msg) from None
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except ValueError as exc:
        raise ValueError("a number has too many digits" if "digits" in str(exc)
                         else str(exc)) from None


def run(args: argparse.Namespace) -> int:
    from tally.core.facts import InputError
    from tally.core.scoring import score_answers

    form = _form(args.form)
    if args.file != "-":
        try:
            with open(args.file, encoding="utf-8") as handle:
                data = _decode(json.loads, handle.read())
        except OSError as exc:
            raise UsageError(f"cannot read {args.file}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError(f"{args.file} is not JSON: not UTF-8 text") from None
        except ValueError as exc:
            raise UsageError(f"{args.file} is not JSON: {exc}") from None
        try:
            result = score_answers(form, data)
        except InputError as exc:
            raise UsageError(str(exc)) from None
        print(_dump(result.to_contract()))
        return 0
    return _batch(form, score_answers, InputError)


def _batch(form, score_answers, input_error) -> int:
    out = sys.stdout
    interactive = sys.stdin.isatty()
    pending: list[str] = []
    loads = json.loads
    for number, line in enumerate(sys.stdin, 1):
        try:
            data = _decode(loads, line)
        except ValueError as exc:  # the good lines before it keep their results
            out.write("".join(pending))
            out.flush()
            raise UsageError(f"line {number}: not JSON ({exc})") from None
        try:
            pending.append(_dump(score_answers(form, data).to_contract()) + "\n")
        except input_error as exc:
            out.write("".join(pending))
            out.flush()
            raise UsageError(f"line {number}: {exc}") from None
        if interactive or len(pending) >= 4096:
            out.write("".join(pending))
            pending.clear()
    out.write("".join(pending))
    out.flush()
    return 0
