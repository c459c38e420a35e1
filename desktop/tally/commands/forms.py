"""`tally forms list|show|check`: the instruments Tally knows, readable in a terminal."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from tally.cli import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("forms", help="list, show or check instrument forms")
    forms_sub = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p_list = forms_sub.add_parser("list", help="the loaded forms, and where user forms go")
    p_list.set_defaults(handler=run_list)
    p_show = forms_sub.add_parser("show", help="items, scores, guidance and bands of one form")
    p_show.add_argument("form", metavar="FORM")
    p_show.add_argument("--brief", action="store_true", help="leave out the coding guidance")
    p_show.set_defaults(handler=run_show)
    p_check = forms_sub.add_parser("check", help="validate a form file or a folder of them")
    p_check.add_argument("path", metavar="PATH")
    p_check.set_defaults(handler=run_check)


def run_list(args: argparse.Namespace) -> int:
    from tally.paths import bundled_forms_dir, load_catalog, user_forms_dir

    catalog = load_catalog()
    for form in catalog:
        print(f"{form.id:<12} {form.name:<16} v{form.version:<8} {form.kind:<9} "
              f"{len(form.items)} items")
    print(f"\nbuilt-in forms: {bundled_forms_dir()}\nyour own forms: {user_forms_dir()}")
    for problem in catalog.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 0


def _wrap(text: str, indent: str) -> str:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(p, 88, initial_indent=indent, subsequent_indent=indent) for p in paragraphs
    )


def _evidence(prov) -> str:
    from tally.core.evidence import mark

    return f"[{mark(prov)}]"


def run_show(args: argparse.Namespace) -> int:
    from tally.paths import load_catalog

    try:
        form = load_catalog().get(args.form)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    print(f"{form.name} (id {form.id}, form version {form.version}, {form.kind})")
    print(_wrap(form.summary, "  "))
    print(f"\n  Manual: {form.manual}\n  Population: {form.population.text}")
    for item in form.items:
        print(f"\n{item.number}. {item.name}  [{item.id}]  {_evidence(item.provenance)}")
        print(_wrap(item.prompt, "   "))
        for option in item.options:
            print(f"     {option.points:>3}  {option.label}")
        if item.derive:
            print(f"   derived from case facts: {item.derive.explanation} "
                  f"{_evidence(item.derive.provenance)}")
        if not args.brief:
            print()
            print(_wrap(item.guidance, "   | "))
    for scale in form.scales:
        print(f"\nScale {scale.name} [{scale.id}]: {scale.min_total} to {scale.max_total}")
        if not scale.bands:
            print(_wrap(f"No bands: {scale.bands_note}", "   "))
        for band in scale.bands:
            print(f"   {band.min:>3} to {band.max:<3} {band.label}  {_evidence(band.provenance)}")
    if form.rule:
        print("\nRule: " + " ".join(form.rule.explanation.split()))
        for step in form.rule.steps:
            print(f"   {step.min_factors}+ factors: up {step.levels}  {_evidence(step.provenance)}")
    if form.research:
        print("\nResearch context")
        for note in form.research:
            print(f"   {note.label}: {note.value}  {_evidence(note.provenance)}")
    print("\nSources")
    for key, text in form.citations.items():
        kind = form.citation_kinds[key].label
        print(_wrap(f"{key} ({kind}): {text}", "   "))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from tally.core.catalog import Catalog
    from tally.core.loader import FormError, load_form

    path = Path(args.path)
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise UsageError(f"no .toml form files in {path}")
        catalog = Catalog.load([path])
        for form in catalog:
            print(f"ok: {Path(form.path).name} ({form.id}, {len(form.items)} items)")
        for problem in catalog.problems:
            print(problem, file=sys.stderr)
        return 2 if catalog.problems else 0
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    try:
        form = load_form(path)
    except FormError as exc:
        raise UsageError(str(exc)) from None
    print(f"ok: {path.name} ({form.id}, {len(form.items)} items)")
    return 0
