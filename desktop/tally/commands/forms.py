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
    _register_review(forms_sub)


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
        "companion": "companion", "norms": "Norms tables",
        "no_norms": "none: no verified norms table (results say 'no estimate')",
        "review": "Local content review",
        "no_review": "none: every number is as the form file says",
        "refused": "refused:", "probability": "Probability",
        "formula": "1 / (1 + e^-({intercept} + {slope} x total))",
        "zero": "; {zero} at a total of 0", "hierarchy": "Hierarchy (first match wins; no total)",
        "otherwise": "otherwise", "and": " and ", "followup": "Follow-up period",
    },
    "fr": {
        "heading": "{name} (id {id}, version du formulaire {version}, {kind})",
        "manual": "Manuel", "population": "Population", "derived": "tiré des faits du dossier",
        "scale": "Échelle {name} [{id}] : {lo} à {hi}",
        "no_bands": "Aucune catégorie", "to": "à", "rule": "Règle",
        "step": "{n} facteurs ou plus : {levels} niveau(x) de plus",
        "research": "Contexte de recherche", "sources": "Sources", "static": "statique",
        "dynamic": "dynamique", "companion": "complémentaire",
        "norms": "Tableaux normatifs",
        "no_norms": "aucun : aucun tableau normatif vérifié (les résultats disent « aucune "
                    "estimation »)",
        "review": "Révision locale du contenu",
        "no_review": "aucune : chaque nombre est celui du fichier du formulaire",
        "refused": "refusée :", "probability": "Probabilité",
        "formula": "1 / (1 + e^-({intercept} + {slope} × total))",
        "zero": "; {zero} pour un total de 0",
        "hierarchy": "Hiérarchie (la première règle satisfaite l'emporte; aucun total)",
        "otherwise": "sinon", "and": " et ", "followup": "Période de suivi",
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
    from tally.reports.local_review import reviewed_catalog

    lang = getattr(args, "lang", "en")
    catalog = reviewed_catalog(lang)
    try:
        form = catalog.get(args.form)
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
    print("\n" + w["norms"])
    if not form.norms:
        print("   " + w["no_norms"])
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
    _show_probability(form, w, colon)
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
        print(_wrap(f"{key} ({kind}){colon} {text}", "   "))
    _print_reviews(catalog, w)
    return 0


def _show_probability(form, w: dict[str, str], colon: str) -> None:
    """OSP/DC's logistic and reduction, OSP/IIC's hierarchy, with the follow-up caveat."""
    from tally.core.rules import percent

    prob = form.probability
    if prob is None:
        return

    def number(value: float) -> str:  # 0,75 in French
        text = f"{value:g}"
        return text.replace(".", ",") if form.lang == "fr" else text

    def ev(prov) -> str:
        return _evidence(prov, form.lang)

    if prob.rule == "logistic":
        zero = ""
        if prob.zero_total is not None:
            zero = w["zero"].format(zero=number(prob.zero_total))
        formula = w["formula"].format(intercept=number(prob.intercept),
                                      slope=number(prob.slope))
        print(f"\n{w['probability']}{colon} {formula}{zero}  {ev(prob.provenance)}")
    else:
        print("\n" + w["hierarchy"])
        for position, tier in enumerate(prob.tiers, 1):
            rule = w["and"].join(f"{c.item} {c.min}+" for c in tier.when) or w["otherwise"]
            shown = percent(tier.probability)
            if form.lang == "fr":
                shown = shown.replace(".", ",").replace("%", "\u00a0%")
            print(f"   {position}. {rule}{colon} {tier.band.label}, "
                  f"{number(tier.probability)} ({shown})  {ev(tier.provenance)}")
            if tier.note:
                print(_wrap(tier.note, "      "))
    print(_wrap(f"{w['followup']}{colon} {prob.note}", "   "))
    if form.reduction:
        print()
        print(_wrap(f"{form.reduction.explanation} {ev(form.reduction.provenance)}", ""))


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


def _print_reviews(catalog, w: dict[str, str]) -> None:
    print("\n" + w["review"])
    for line in catalog.reviews:
        print(_wrap(line, "   "))
    for line in catalog.problems:
        if line.startswith("review "):
            print(_wrap(f"{w['refused']} {line}", "   "))
    if not catalog.reviews and not any(p.startswith("review ") for p in catalog.problems):
        print("   " + w["no_review"])


def _register_review(forms_sub) -> None:
    p = forms_sub.add_parser(
        "review", help="local content review: list unconfirmed numbers; confirm or correct one, "
        "or add a norms table, naming manual, edition and page (signed with your identity)",
        description="Without an action: every unconfirmed number of every form with its value "
        "and any local confirmation, and the review files found. An action adds to your review "
        "file in the data folder (reviews/), signed with your signing identity; the key "
        "passphrase comes from a prompt or TALLY_KEY_PASSPHRASE.")
    p.set_defaults(handler=run_review)
    rsub = p.add_subparsers(dest="review_action", metavar="ACTION")
    for name, helptext in (("confirm", "confirm a number against the manual"),
                           ("correct", "replace a number with the manual's value"),
                           ("norms", "add a norms table: a TOML file with one [[norms]] table")):
        q = rsub.add_parser(name, help=helptext)
        q.add_argument("form", metavar="FORM")
        if name == "norms":
            q.add_argument("table", metavar="TABLE.toml")
        else:
            q.add_argument("target", metavar="NUMBER", help="as listed, e.g. scale.total.band.IVa")
        if name == "correct":
            q.add_argument("value", metavar="VALUE", help="e.g. '4 to 5', '18' or '0/1/2'")
        q.add_argument("--manual", required=True, help="the manual you checked")
        q.add_argument("--edition", required=True, help="its edition or date")
        q.add_argument("--page", required=True, help="the page the number is on")
        q.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    from tally.core import local_review
    from tally.core.catalog import Catalog
    from tally.paths import bundled_forms_dir, user_forms_dir
    from tally.reports.local_review import apply_reviews

    plain = Catalog.load([bundled_forms_dir(), user_forms_dir()])
    if getattr(args, "review_action", None):
        return _review_action(args, plain)
    reviewed, status = apply_reviews(plain)
    for form in plain:
        listed = local_review.unconfirmed(form)
        now = {n.target: n for n in local_review.numbers(reviewed.get(form.id))}
        print(f"{form.name} [{form.id}] v{form.version}: {len(listed)} unconfirmed")
        for number in listed:
            print(f"   {number.target:<36} {number.value:<14} {number.label}")
            local = now.get(number.target, number).provenance.local
            if local is not None:
                print(f"   {'':<36} now {now[number.target].value}: {local.text()}")
        for table in reviewed.get(form.id).norms:
            if table.provenance.local is not None:
                print(f"   norms table {table.id}: {table.provenance.local.text()}")
    print()
    for line in status.applied:
        print(f"local review: {line}")
    for line in status.problems:
        print(f"refused: {line}", file=sys.stderr)
    if not status.applied and not status.problems:
        print("no local review: every number is as the form files say")
    return 0


def _review_action(args: argparse.Namespace, plain) -> int:
    import tomllib

    from tally.commands.report import key_passphrase
    from tally.reports import identity
    from tally.reports.local_review import ReviewFileError, add_entry

    try:
        form = plain.get(args.form)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    table = None
    if args.review_action == "norms":
        try:
            data = tomllib.loads(Path(args.table).read_text(encoding="utf-8"))
            (table,) = data["norms"]
        except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError):
            raise UsageError(f"{args.table}: not a TOML file with one [[norms]] table") from None
    if not identity.exists():
        raise UsageError("no signing identity: create one first (tally identity create)")
    try:
        signer = identity.load(key_passphrase())
        path = add_entry(signer, form, args.review_action, manual=args.manual,
                         edition=args.edition, page=args.page,
                         target=getattr(args, "target", ""), new_value=getattr(args, "value", ""),
                         table=table)
    except (ReviewFileError, identity.IdentityError) as exc:
        raise UsageError(str(exc)) from None
    print(f"saved and signed: {path}")
    return 0
