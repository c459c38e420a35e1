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
    p_show.add_argument("--lang", choices=("en", "fr"), default="en",
                        help="the language of the text (default en; English where a form "
                             "has no French)")
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


# The words `forms show` adds around the form's own text, per language
SHOW_WORDS = {
    "en": {
        "heading": "{name} (id {id}, form version {version}, {kind})", "manual": "Manual",
        "population": "Population", "derived": "derived from case facts",
        "scale": "Scale {name} [{id}]: {lo} to {hi}", "no_bands": "No bands", "to": "to",
        "rule": "Rule", "step": "{n}+ factors: up {levels}", "research": "Research context",
        "sources": "Sources", "static": "static", "dynamic": "dynamic",
        "companion": "companion",
    },
    "fr": {
        "heading": "{name} (id {id}, version du formulaire {version}, {kind})",
        "manual": "Manuel", "population": "Population", "derived": "tiré des faits du dossier",
        "scale": "Échelle {name} [{id}] : {lo} à {hi}",
        "no_bands": "Aucune catégorie", "to": "à", "rule": "Règle",
        "step": "{n} facteurs ou plus : {levels} niveau(x) de plus",
        "research": "Contexte de recherche", "sources": "Sources", "static": "statique",
        "dynamic": "dynamique", "companion": "complémentaire",
    },
}


def _evidence(prov, lang: str = "en") -> str:
    from tally.core.evidence import mark

    return f"[{mark(prov, lang)}]"


def _norm_row(row) -> str:
    scores = str(row.min) if row.min == row.max else f"{row.min} to {row.max}"
    cells = [f"{scores:>8}"]
    if row.percentile is not None:
        ci = f" [{row.percentile_ci[0]:g}, {row.percentile_ci[1]:g}]" if row.percentile_ci else ""
        cells.append(f"percentile {row.percentile:g}{ci}")
    if row.risk_ratio is not None:
        cells.append(f"RRR {row.risk_ratio:g}")
    if row.rate is not None:
        ci = f" [{row.rate_ci[0]:g}, {row.rate_ci[1]:g}]" if row.rate_ci else ""
        cells.append(f"rate {row.rate:g}%{ci}")
    return "  ".join(cells)


def run_show(args: argparse.Namespace) -> int:
    from tally.paths import load_catalog

    lang = getattr(args, "lang", "en")
    try:
        form = load_catalog(lang).get(args.form)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    w = SHOW_WORDS[form.lang]  # a form with no French is shown in English throughout

    def ev(prov) -> str:
        return _evidence(prov, form.lang)

    colon = " :" if form.lang == "fr" else ":"  # French puts a space before the colon
    print(w["heading"].format(name=form.name, id=form.id, version=form.version,
                              kind=w[form.kind]))
    print(_wrap(form.summary, "  "))
    print(f"\n  {w['manual']}{colon} {form.manual}\n"
          f"  {w['population']}{colon} {form.population.text}")
    for item in form.items:
        print(f"\n{item.number}. {item.name}  [{item.id}]  {ev(item.provenance)}")
        print(_wrap(item.prompt, "   "))
        for option in item.options:
            print(f"     {option.points:>3}  {option.label}")
        if item.derive:
            print(f"   {w['derived']}{colon} {item.derive.explanation} "
                  f"{ev(item.derive.provenance)}")
        if not args.brief:
            print()
            print(_wrap(item.guidance, "   | "))
    for scale in form.scales:
        print("\n" + w["scale"].format(name=scale.name, id=scale.id, lo=scale.min_total,
                                       hi=scale.max_total))
        if not scale.bands:
            print(_wrap(f"{w['no_bands']}{colon} {scale.bands_note}", "   "))
        for band in scale.bands:
            print(f"   {band.min:>3} {w['to']} {band.max:<3} {band.label}  {ev(band.provenance)}")
    print("\nNorms tables")
    if not form.norms:
        print("   none: no verified norms table (results say 'no estimate')")
    for table in form.norms:
        print(_wrap(f"{table.name} [{table.id}], scale {table.scale}: {table.norm_group}, "
                    f"N = {table.sample_size:,}, follow-up {table.follow_up}, outcome "
                    f"{table.outcome}. Base rate: {table.base_rate} {ev(table.provenance)}",
                    "   "))
        for row in table.rows:
            print("     " + _norm_row(row))
    if form.rule:
        print(f"\n{w['rule']}{colon} " + " ".join(form.rule.explanation.split()))
        for step in form.rule.steps:
            print("   " + w["step"].format(n=step.min_factors, levels=step.levels)
                  + f"  {ev(step.provenance)}")
    if form.research:
        print("\n" + w["research"])
        for note in form.research:
            print(f"   {note.label}{colon} {note.value}  {ev(note.provenance)}")
    print("\n" + w["sources"])
    for key, text in form.citations.items():
        kind = form.citation_kinds[key].label
        if form.lang == "fr":
            from tally.core.evidence import FRENCH

            kind = FRENCH[kind]
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
