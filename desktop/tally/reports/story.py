"""What the report says, in order, as plain blocks (see `document`): no PDF, no DOCX here.

Page 1 is what a parole board member reads first: the case and the dates the age items use,
the referral and sources of information, what was amended, the results with the evidence for
every category in words. Then the rating periods and their age, the integration of static and
dynamic results, the needs (RNR), one section per instrument, the scope and limitations, the
history and the signature. Every word comes from `labels`; every stored code is shown by its
human label. Under the court profile a category whose cut-offs are not confirmed is never
given: only "category not confirmed" beside the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tally.core.consistency import WARNING, Finding, evaluate
from tally.core.headline import headline
from tally.core.model import Band, Evidence, Form, Provenance, Tier
from tally.core.norms import norms_lines
from tally.core.report_context import ReportContext
from tally.reports.content import ATTACHMENT_NAME, AuditAnchor, ScoredAssessment
from tally.reports.document import (
    Block,
    Box,
    Grid,
    Heading,
    Keep,
    Manifest,
    SignatureSlot,
    Text,
    e,
    format_iso,
)
from tally.reports.language import L


@dataclass(frozen=True)
class Story:
    blocks: list[Block]
    profile: str


def _is_csem_only(scored: Sequence[ScoredAssessment]) -> bool:
    case = scored[0].record.case
    return case.offence_pattern in L.CSEM_ONLY_PATTERNS or bool(case.facts.get("csem_only"))


# ---------------------------------------------------------------- evidence and categories

def mark(prov: Provenance | None) -> str:
    """An evidence mark: level, each source with its kind, a warning when only a talk or a
    third-party text supports it, and a local confirmation when one applies."""
    if prov is None:
        return "–"
    from tally.core.evidence import FRENCH, support_warning
    from tally.reports.language import current

    lang = current()
    kinds = [FRENCH[k.label] if lang == "fr" else k.label for k in prov.kinds]
    sources = ", ".join(f"{key} ({kind})" if kind else key for key, kind in
                        zip(prov.sources, kinds + [""] * len(prov.sources), strict=False))
    text = L.EVIDENCE_MARK.format(evidence=e(L.EVIDENCE_SHORT[prov.evidence]), source=e(sources))
    warning = support_warning(prov, lang)
    if warning:
        text += f"; {e(warning)}"
    if prov.local is not None:
        text += f"; {e(prov.local.text(lang))}"
    return text


def _kind(label: str) -> str:
    """A source kind's label in the report language."""
    from tally.core.evidence import FRENCH
    from tally.reports.language import current

    return FRENCH.get(label, label) if current() == "fr" else label


def category(band: Band | None, profile: str) -> str:
    """A band as the page shows it: bold only when its cut-offs are confirmed."""
    if band is None:
        return ""
    if band.provenance.evidence is Evidence.UNCONFIRMED:
        if profile == L.COURT:
            return f"<i>{L.CATEGORY_NOT_CONFIRMED}</i>"
        return L.CATEGORY_UNCONFIRMED_WORKING.format(label=e(band.label))
    return f"<b>{e(band.label)}</b>"


def _no_level(why: str) -> str:
    """Where the instrument does not apply (core.headline): the reason, never a level."""
    return f"<b>{e(L.NO_LEVEL)}</b> ({e(why)})"


def _glance_category(item: ScoredAssessment, profile: str) -> tuple[str, str]:
    res = item.result
    line = headline(res)
    if line.withheld:
        return _no_level(line.why), "–"
    if line.several and line.complete:  # every scale's level: the higher is never hidden
        return ("<br/>".join(f"{e(lv.scale_name)} {lv.total}{L.COLON} {category(lv.band, profile)}"
                             for lv in line.levels),
                "<br/>".join(mark(lv.band.provenance) for lv in line.levels if lv.band))
    if res.band is not None:
        return category(res.band, profile), mark(res.band.provenance)
    if not res.complete and item.form.primary.bands:
        return L.INCOMPLETE, "–"
    if res.not_scored:
        return L.NOT_SCORED_CATEGORY, "–"
    return L.NO_BANDS, "–"


# ---------------------------------------------------------------- page 1

def _case_block(scored: Sequence[ScoredAssessment], manifest: Manifest | None,
                profile: str) -> list[Block]:
    first = scored[0].record
    case = first.case
    evaluators = sorted({(r.record.evaluator.name, r.record.evaluator.credentials,
                          r.record.evaluator.organisation) for r in scored})
    who = "<br/>".join(e(", ".join(p for p in (name, cred) if p)) + (f" · {e(org)}" if org
                                                                     else "")
                       for name, cred, org in evaluators)
    dates = sorted({r.record.assessment_date for r in scored})
    rows: list[tuple[str, str]] = [
        (L.CASE_ROWS["case"], f"<b>{e(case.case_id)}</b>"),
        (L.CASE_ROWS["dob"], e(L.date(case.date_of_birth) or L.NOT_RECORDED)),
        (L.CASE_ROWS["pattern"], e(L.typology(case.offence_pattern))),
    ]
    facts = first.facts()
    for fact in L.HEADER_DATES:
        rows.append((L.FACTS[fact][:1].upper() + L.FACTS[fact][1:],
                     e(L.date(facts.get(fact)) or L.NOT_RECORDED)))
    rows += [(L.CASE_ROWS["evaluator"], who),
             (L.CASE_ROWS["dates"], e(", ".join(L.date(d) for d in dates))),
             (L.CASE_ROWS["profile"], e(L.PROFILE_TEXT[profile]))]
    signed = (L.SIGNED_LINE.format(name=e(manifest.printed_name),
                                   when=e(manifest.signed_at_text))
              if manifest is not None else L.NOT_SIGNED)
    rows.append((L.CASE_ROWS["signature"], signed))
    return [Grid(None, tuple(rows), (0.27, 0.73), key_column=True)]


def _entries(entries) -> str:
    if not entries:
        return e(L.CONTEXT_MISSING)
    out = []
    for entry in entries:
        parts = [e(entry.what)]
        if entry.date:
            parts.append(e(L.date(entry.date)))
        if entry.detail:
            parts.append(e(entry.detail))
        out.append("• " + " · ".join(parts))
    return "<br/>".join(out)


def _context_block(scored: Sequence[ScoredAssessment], ctx: ReportContext) -> list[Block]:
    def text(value: str) -> str:
        return e(value) if value.strip() else f"<i>{L.CONTEXT_MISSING}</i>"

    training = "<br/>".join(
        f"<b>{e(item.form.name)}:</b> {e(ctx.training[item.form.id])}"
        if ctx.training.get(item.form.id) else
        e(L.TRAINING_MISSING.format(name=item.form.name)) for item in scored)
    rows = (
        (L.CONTEXT_ROWS["referral_question"], text(ctx.referral_question)),
        (L.CONTEXT_ROWS["requested_by"], text(ctx.requested_by)),
        (L.CONTEXT_ROWS["jurisdiction"], text(ctx.jurisdiction)),
        (L.CONTEXT_ROWS["notification"], text(ctx.notification)),
        (L.CONTEXT_ROWS["records"], _entries(ctx.records)),
        (L.CONTEXT_ROWS["interviews"], _entries(ctx.interviews)),
        (L.CONTEXT_ROWS["collateral"], _entries(ctx.collateral)),
        (L.CONTEXT_ROWS["training"], training),
    )
    return [Heading(L.H_CONTEXT), Grid(None, rows, (0.27, 0.73), key_column=True)]


def _changes(item: ScoredAssessment) -> list[str]:
    prev = item.previous
    if prev is None:
        return [L.PREVIOUS_UNAVAILABLE]
    lines = []
    for form_item in item.form.items:
        before = prev.result.items[form_item.id].points
        after = item.result.items[form_item.id].points
        if before != after:
            lines.append(e(L.CHANGE_LINE.format(
                number=form_item.number, item=form_item.name,
                before=L.MISSING if before is None else before,
                after=L.MISSING if after is None else after)))
    if not lines:
        lines.append(e(L.NO_ITEM_CHANGE))
    total = L.TOTAL_CHANGE.format(before=prev.result.total, after=item.result.total)
    lines.append(f"<b>{e(total)}</b>")
    return lines


def _amendments(scored: Sequence[ScoredAssessment]) -> list[Block]:
    amended = [s for s in scored if s.record.version > 1]
    if not amended:
        return []
    paragraphs: list[Text] = []
    for item in amended:
        rec = item.record
        when = (rec.locked_at or rec.assessment_date)[:10]
        paragraphs.append(Text(L.AMENDED_LINE.format(
            name=e(item.form.name), version=rec.version, date=e(L.date(when)),
            previous=rec.version - 1, reason=e(rec.amendment_reason.rstrip(".") or "–")),
            "warn"))
        paragraphs += [Text("• " + line, "warn") for line in _changes(item)]
    return [Heading(L.H_AMENDMENTS, 2), Box(tuple(paragraphs), "warn")]


def _probability(item: ScoredAssessment) -> str:
    """'<br/>probability 8.31% (follow-up period not stated)' for OSP/DC and OSP/IIC, or ''."""
    from tally.core.rules import percent

    found = item.result.prediction
    if found is None:
        return ""
    text = "<br/>" + e(L.GLANCE_PROBABILITY.format(percent=percent(found.probability)))
    if found.note:  # OSP/IIC's last rule: the result may be a defect in the published code
        text += "<br/>" + L.GLANCE_TIER_NOTE.format(form=e(item.form.name))
    return text


def _glance(scored: Sequence[ScoredAssessment], profile: str) -> list[Block]:
    rows = []
    for item in scored:
        res, form, rec = item.result, item.form, item.record
        name = f"<b>{e(form.name)}</b><br/>{e(L.EDITION.format(version=form.version))}"
        if rec.version > 1:
            name += (f"<br/><b>{e(L.AMENDED_MARK)}</b>{L.COLON} "
                     f"{e(L.RECORD_VERSION.format(version=rec.version))}")
        cat, evidence = _glance_category(item, profile)
        if form.rule is not None and res.band is not None:
            cat = L.FINAL_CATEGORY.format(label=cat)
        total = (L.TOTAL_OF.format(total=f"<b>{res.total}</b>",
                                   max=res.scales[form.primary_scale].max_total)
                 if item.form.has_total else e(L.NO_TOTAL))
        rows.append((name, e(L.date(rec.assessment_date)), total, cat + _probability(item),
                     evidence))
    return [Heading(L.H_RESULTS), Grid(L.GLANCE_HEAD, tuple(rows),
                                       (0.27, 0.13, 0.1, 0.26, 0.24)),
            Text(L.EVIDENCE_NOTE, "muted")]


# ---------------------------------------------------------------- periods and trend

def _period_row(item: ScoredAssessment, ctx: ReportContext, at: date, at_word: str) -> tuple:
    rec, form = item.record, item.form
    period = ctx.periods.get(rec.uid)
    if period is not None and period.end:
        when = L.PERIOD_LINE.format(start=L.date(period.start) or "?", end=L.date(period.end))
        end = date.fromisoformat(period.end)
    else:
        when = L.PERIOD_MISSING.format(date=L.date(rec.assessment_date))
        end = date.fromisoformat(rec.assessment_date)
    age_days = (at - end).days
    age = e(L.AGE_LINE.format(days=age_days, when=f"{at_word} ({L.date(at)})"))
    rescore = form.reporting.rescore
    due = "–"
    if rescore is not None:
        due = e(L.date(end + timedelta(days=rescore.days)))
        if age_days > rescore.days:
            age += "<br/>" + L.STALE.format(limit=e(rescore.limit), instrument=e(form.name),
                                            advice=e(rescore.advice),
                                            evidence=mark(rescore.provenance))
    return (f"<b>{e(form.name)}</b>", e(when), age, due, _trend(item))


def _trend(item: ScoredAssessment) -> str:
    earlier = item.earlier
    if earlier is None:
        return e(L.NO_PREVIOUS)
    lines = []
    for form_item in item.form.items:
        before = earlier.result.items[form_item.id].points
        after = item.result.items[form_item.id].points
        if before != after:
            lines.append(e(L.CHANGE_LINE.format(
                number=form_item.number, item=form_item.name,
                before=L.MISSING if before is None else before,
                after=L.MISSING if after is None else after)))
    date_text = L.date(earlier.record.assessment_date)
    if not lines:
        return e(L.CHANGE_NONE.format(date=date_text, total=item.result.total))
    return "<br/>".join([e(L.CHANGE_TOTAL.format(before=earlier.result.total,
                                                 after=item.result.total, date=date_text)),
                         *lines])


def _periods(scored: Sequence[ScoredAssessment], ctx: ReportContext,
             manifest: Manifest | None, today: date) -> list[Block]:
    dynamic = [s for s in scored if s.form.kind == "dynamic"]
    if not dynamic:
        return []
    at, word = ((manifest.signed_at.date(), L.AT_SIGNING) if manifest is not None
                else (today, L.AT_EXPORT))
    rows = tuple(_period_row(item, ctx, at, word) for item in dynamic)
    out: list[Block] = [Heading(L.H_PERIODS),
                        Grid(L.PERIOD_HEAD, rows, (0.17, 0.19, 0.22, 0.12, 0.30))]
    advice = [L.RESCORE_ONE.format(instrument=e(s.form.name), advice=e(s.form.reporting.rescore
                                                                          .advice))
              for s in {s.form.id: s for s in dynamic}.values() if s.form.reporting.rescore]
    if advice:
        out.append(Text(L.RESCORE_NOTE.format(advice=L.RESCORE_AND.join(advice)), "muted"))
    return out


# ---------------------------------------------------------------- integration and needs

def _result_line(item: ScoredAssessment, profile: str) -> str:
    cat, _evidence = _glance_category(item, profile)
    if item.form.rule is not None and item.result.band is not None:
        cat = L.FINAL_CATEGORY.format(label=cat)
    top = item.result.scales[item.form.primary_scale].max_total  # without items not scored
    total = (f"{e(item.form.primary.name)} {L.TOTAL_OF.format(total=item.result.total, max=top)}"
             if item.form.has_total else e(L.NO_TOTAL))
    return f"<b>{e(item.form.name)}</b>{L.COLON} {total}; {cat}{_probability(item)}"


def _integration(scored: Sequence[ScoredAssessment], ctx: ReportContext,
                 profile: str) -> list[Block]:
    static = [s for s in scored if s.form.kind == "static"]
    dynamic = [s for s in scored if s.form.kind == "dynamic"]
    left = "<br/>".join(_result_line(s, profile) for s in static) or e(L.INTEGRATION_NONE)
    right = "<br/>".join(_result_line(s, profile) for s in dynamic) or e(L.INTEGRATION_NONE)
    out: list[Block] = [Heading(L.H_INTEGRATION),
                        Grid(L.INTEGRATION_HEAD, ((left, right),), (0.5, 0.5))]
    if dynamic:
        out.append(Text(L.NO_COMBINED))
        static_ids = {s.form.id for s in static}
        for item in dynamic:
            partners = set(item.form.applicability.pairs_with) & static_ids
            pairs_static = [p for p in item.form.applicability.pairs_with
                            if p not in {d.form.id for d in dynamic}]
            if pairs_static and not partners:
                out.append(Text(e(L.NO_STATIC_PARTNER.format(dynamic=item.form.name))))
        if _is_csem_only(scored):
            for item in {d.form.id: d for d in dynamic}.values():
                partner = item.form.reporting.csem_only_partner
                if partner:
                    out.append(Text(e(L.CSEM_ONLY_PARTNER.format(
                        dynamic=item.form.name, partner=partner))))
    if ctx.combined_level.strip():
        out.append(Box((Text(L.EVALUATOR_COMBINED.format(
            level=e(ctx.combined_level), source=e(ctx.combined_level_source or "–"))),),
            "accent"))
    else:
        out.append(Text(e(L.EVALUATOR_NO_COMBINED), "muted"))
    return out


def _needs(scored: Sequence[ScoredAssessment], ctx: ReportContext) -> list[Block]:
    rows = []
    acute: list[str] = []
    for item in scored:
        if item.form.kind != "dynamic":
            continue
        answers = {a.item_id: a for a in item.record.answers}
        for form_item in item.form.items:
            points = item.result.items[form_item.id].points
            if points is None or points < 1:
                continue
            answer = answers.get(form_item.id)
            rows.append((e(item.form.name), f"{e(form_item.number)}. {e(form_item.name)}",
                         f"<b>{points}</b> · {e(form_item.label_for(points))}",
                         e(answer.rationale) if answer and answer.rationale else "–"))
            if item.form.reporting.acts_now:
                acute.append(f"{form_item.name} ({points})")
    out: list[Block] = [Heading(L.H_NEEDS), Text(L.NEEDS_INTRO)]
    if rows:
        out.append(Grid(L.NEEDS_HEAD, tuple(rows), (0.16, 0.28, 0.22, 0.34)))
    else:
        out.append(Text(e(L.NEEDS_NONE), "muted"))
    if any(s.form.reporting.acts_now for s in scored):
        out.append(Text(L.ACUTE_NOW.format(items=e("; ".join(acute))) if acute
                        else e(L.ACUTE_NONE)))
    out.append(Text(L.RESPONSIVITY.format(text=e(ctx.responsivity.strip()
                                                 or L.RESPONSIVITY_MISSING))))
    out.append(Text(L.INTENSITY_CSEM if _is_csem_only(scored) else L.INTENSITY_GENERAL))
    out.append(Heading(L.H_DEPARTURES, 2))
    names = {s.form.id: s.form.name for s in scored}
    if ctx.departures:
        out += [Text(L.DEPARTURE.format(name=e(names.get(d.form_id, L.human(d.form_id))),
                                        opinion=e(d.opinion), reason=e(d.reason)))
                for d in ctx.departures]
    else:
        out.append(Text(e(L.NO_DEPARTURES), "muted"))
    return out


# ---------------------------------------------------------------- one instrument

def _local_words(local: Any) -> str:
    """'confirmed locally by …' in the report's language, with what the form file said."""
    from tally.reports.language import current

    was = L.LOCAL_WAS.format(value=local.corrected_from) if local.corrected_from else ""
    return e(local.text(current()) + was)


def _item_rows(item: ScoredAssessment) -> tuple:
    answers = {a.item_id: a for a in item.record.answers}
    rows = []
    for form_item in item.form.items:
        res = item.result.items[form_item.id]
        answer = answers.get(form_item.id)
        if res.origin == "not_scored":
            score = f"<b>{L.NOT_SCORED}</b>"
        else:
            score = (f"<b>{L.MISSING}</b>" if res.points is None
                     else f"<b>{res.points}</b> · {e(form_item.label_for(res.points))}")
        notes = []
        if answer and answer.rationale:
            notes.append(e(answer.rationale))
        if answer and answer.sources:
            notes.append(L.SOURCES_LABEL.format(
                sources=e("; ".join(L.source(s) for s in answer.sources))))
        if res.origin == "derived" and res.how:
            notes.append(L.DERIVED_LABEL.format(how=e(L.human(res.how))))
        if answer and answer.override_reason:
            notes.append(L.OVERRIDDEN_LABEL.format(reason=e(answer.override_reason)))
        if res.origin == "missing" and res.how:
            notes.append(L.NOT_DERIVED_LABEL.format(how=e(L.human(res.how))))
        local = form_item.provenance.local  # a verified local content review
        if local is not None:
            notes.append(L.LOCAL_POINTS.format(text=_local_words(local)))
        derive = form_item.derive
        if res.origin == "derived" and derive is not None and derive.provenance.local:
            notes.append(L.LOCAL_DERIVATION.format(text=_local_words(derive.provenance.local)))
        rows.append((e(form_item.number), e(form_item.name), score,
                     "<br/>".join(notes) or "–", e(L.ORIGIN.get(res.origin, res.origin))))
    return tuple(rows)


def _prediction_lines(item: ScoredAssessment) -> list[str]:
    """OSP/DC and OSP/IIC: the probability with its follow-up caveat, the hierarchy rule or
    the formula that gave it, and the risk reduction, each with its evidence mark."""
    from tally.core.rules import percent

    form, found = item.form, item.result.prediction
    prob = form.probability
    if found is None or prob is None:
        return []
    lines = [L.PROBABILITY_LINE.format(percent=e(percent(found.probability)),
                                       fraction=repr(found.probability), note=e(prob.note))]
    if found.tier is not None:
        tier = prob.tiers[found.tier - 1]
        lines.append(e(L.TIER_LINE.format(number=found.tier, count=len(prob.tiers),
                                          rule=_tier_words(form, tier),
                                          description=tier.band.description))
                     + f" [{mark(tier.provenance)}]")
        if found.note:
            lines.append(L.TIER_NOTE.format(note=e(found.note)))
    else:
        lines.append(e(L.FORMULA_LINE.format(intercept=f"{prob.intercept:g}",
                                             slope=f"{prob.slope:g}",
                                             zero=f"{prob.zero_total or 0:g}"))
                     + f" [{mark(prob.provenance)}]")
    if found.reduced is not None and form.reduction is not None:
        verb = L.REDUCTION_APPLIED if found.reduced.applied else L.REDUCTION_NOT_APPLIED
        lines.append(e(L.REDUCTION_LINE.format(verb=verb, how=_reduction_words(found.reduced)))
                     + f" [{mark(form.reduction.provenance)}]")
    return lines


def _tier_words(form: Form, tier: Tier) -> str:
    """A hierarchy rule in the reader's words: its items by name, never their ids."""
    if not tier.when:
        return L.TIER_OTHERWISE
    return L.TIER_AND.join(
        L.TIER_AT_LEAST.format(item=form.item(c.item).name if form.has_item(c.item) else
                               L.human(c.item), min=c.min) for c in tier.when)


def _reduction_words(reduced: Any) -> str:
    """Why the risk reduction was or was not applied, in the report's language."""
    template = L.REDUCTION_WHY.get(reduced.why)
    if template is None:
        return L.human(reduced.how)
    values = {k: (", ".join(L.human(f) for f in v) if isinstance(v, tuple)
                  else L.human(v) if isinstance(v, str) and "_" in v else v)
              for k, v in reduced.values.items()}
    return template.format(**values)


def _score_box(item: ScoredAssessment, profile: str) -> Box:
    form, res = item.form, item.result
    primary = form.primary
    found = res.scales[primary.id]  # its range leaves out items not scored for this case
    paragraphs = [Text(e(L.TOTAL_LINE.format(scale=primary.name, total=res.total)) + "  "
                       + e(L.TOTAL_POSSIBLE.format(low=found.min_total,
                                                   high=found.max_total)),
                       "big")]
    if not form.has_total:
        paragraphs = [Text(e(L.NO_TOTAL_LINE.format(form=form.name)), "big")]
    line = headline(res)
    if line.withheld:
        paragraphs.append(Text(_no_level(line.why), "warn"))
    elif line.several and line.complete:
        paragraphs.extend(Text(L.CATEGORY_LINE.format(
            label=f"{e(lv.scale_name)} {lv.total}{L.COLON} {category(lv.band, profile)}",
            evidence=e(L.EVIDENCE[lv.evidence]) if lv.evidence else "–"))
            for lv in line.levels)
    elif res.band is not None:
        label = category(res.band, profile)
        if form.rule is not None:
            paragraphs.append(Text(L.FINAL_CATEGORY.format(label=label)))
        else:
            paragraphs.append(Text(L.CATEGORY_LINE.format(
                label=label, evidence=e(L.EVIDENCE[res.band.provenance.evidence]))))
        if res.band.provenance.local is not None:
            paragraphs.append(Text(e(res.band.provenance.local.text()), "small"))
        if res.band.description and not (
                profile == L.COURT and res.band.provenance.evidence is Evidence.UNCONFIRMED):
            paragraphs.append(Text(e(L.human(res.band.description)), "small"))
    elif res.not_scored:  # a shorter version of the scale: the form says why
        paragraphs.append(Text(L.NO_CATEGORY_LINE.format(note=" ".join(
            e(L.human(res.items[i].how)) for i in res.not_scored))))
    elif not res.complete and primary.bands:
        paragraphs.append(Text(L.INCOMPLETE_LINE.format(missing=e(", ".join(
            form.item(m).name if form.has_item(m) else L.human(m) for m in res.missing)))))
    else:
        paragraphs.append(Text(L.NO_CATEGORY_LINE.format(note=e(L.human(primary.bands_note)))))
    if res.raised_levels:
        paragraphs.append(Text(e(L.RAISED.format(levels=res.raised_levels)), "small"))
    paragraphs.extend(Text(line, "small") for line in _prediction_lines(item))
    for norms in norms_lines(form, res):  # the man's norms row, or "no estimate"
        where = f" [{mark(norms.table.provenance)}]" if norms.table else ""
        paragraphs.append(Text(L.NORMS_LINE.format(text=e(norms.text)) + where, "small"))
    if res.band is not None and res.band.provenance.evidence is Evidence.UNCONFIRMED:
        what = L.UNCONFIRMED_COURT if profile == L.COURT else L.UNCONFIRMED_WORKING
        note = res.band.provenance.note
        paragraphs.append(Text(e(L.UNCONFIRMED_NOTE.format(what=what))
                               + (f" {e(L.human(note))}" if note else ""), "warn"))
    return Box(tuple(paragraphs), "accent")


def _findings(scored: Sequence[ScoredAssessment]) -> dict[str, list[Finding]]:
    """The forms' consistency checks that fire, per record: case facts against items, and
    items against the other instruments in this report."""
    points = {s.form.id: {i: r.points for i, r in s.result.items.items()} for s in scored}
    return {s.record.uid: evaluate(s.form, points[s.form.id], s.record.facts(),
                                   {k: v for k, v in points.items() if k != s.form.id})
            for s in scored}


def _instrument(item: ScoredAssessment, profile: str,
                findings: Sequence[Finding] = (), reported: set[str] | frozenset = frozenset(),
                ) -> list[Block]:
    form, res, rec = item.form, item.result, item.record
    locked = L.LOCKED_AT.format(when=format_iso(rec.locked_at)) if rec.locked_at else ""
    out: list[Block] = [Heading(form.name),
                        Text(e(L.INSTRUMENT_LINE.format(
                            version=form.version, date=L.date(rec.assessment_date),
                            record_version=rec.version, status=L.status(rec.status),
                            locked=locked)) + e(L.RECORD_ID.format(uid=rec.uid)), "muted"),
                        Text(L.FORM_HASH.format(hash=e(form.content_hash)), "muted")]
    if item.form_changed:
        out.append(Box((Text(L.FORM_CHANGED.format(hash=e(rec.form_hash[:16])), "warn"),),
                       "warn"))
    elif form.kept:
        out.append(Text(e(L.FORM_KEPT), "muted"))
    out.append(_score_box(item, profile))  # a Box is never split across pages

    others = [sc for sc in form.scales if sc.id != form.primary_scale]
    if others:
        rows = []
        for scale in others:
            sres = res.scales[scale.id]
            if not scale.bands:
                band = e(L.human(scale.bands_note or L.NO_BANDS))
            elif sres.band is None:
                band = L.INCOMPLETE
            else:
                band = category(sres.band, profile)
            rows.append((e(scale.name), e(L.POSSIBLE.format(low=sres.min_total,
                                                           high=sres.max_total))
                         .join((f"<b>{sres.total}</b> (", ")")),
                         band, mark(sres.band.provenance) if sres.band else "–"))
        out.append(Grid(L.SCALE_HEAD, tuple(rows), (0.28, 0.2, 0.28, 0.24)))

    warn: list[Block] = [Heading(L.H_WARNINGS, 2)]
    checks = [(L.CONSISTENCY_WARNING if f.severity == WARNING else L.CONSISTENCY_INFO).format(
        number=form.item(f.item_id).number, message=f.message) for f in findings]
    if res.warnings or checks:
        warn.append(Box(tuple(Text("⚠ " + e(L.human(n)), "warn")
                              for n in (*res.warnings, *checks)), "warn"))
    else:
        warn.append(Text(e(L.NO_WARNINGS), "small"))
    app = form.applicability
    out += warn
    out += [Text(L.INTENDED.format(text=e(L.human(form.population.text))), "small"),
            Text(L.USE.format(text=e(L.human(app.summary))), "small"),
            Text(L.CSEM.format(text=e(L.human(app.csem_verdict))), "small")]
    out += [Text("• " + e(L.human(n)), "small") for n in app.notes]
    out += [Heading(L.H_ITEMS, 2),
            Grid(L.ITEM_HEAD, _item_rows(item), (0.06, 0.22, 0.21, 0.38, 0.13))]
    out += _companion(item, reported)
    if form.research:
        ctx_blocks: list[Block] = [Heading(L.H_RESEARCH, 2)]
        ctx_blocks += [Text(f"<b>{e(c.label)}{L.COLON}</b> {e(c.value)} [{mark(c.provenance)}]",
                            "small") for c in form.research]
        out.append(Keep(tuple(ctx_blocks)))
    cites: list[Block] = [Heading(L.H_CITED, 2)]
    cites += [Text(f"[{e(k)}] ({e(_kind(form.citation_kinds[k].label))}) {e(v)}"
                   if k in form.citation_kinds else f"[{e(k)}] {e(v)}", "muted")
              for k, v in form.citations.items()]
    cites.append(Text(e(L.MANUAL.format(manual=form.manual)), "muted"))
    out.append(Keep(tuple(cites)))
    return out


def _companion(item: ScoredAssessment, reported: set[str] | frozenset = frozenset(),
               ) -> list[Block]:
    """The linked CASIC a CPORT item was scored from, item by item, with the statement the
    evaluator recorded (its form's [feeds] names the item and the statement); when that very
    version has its own section in the report, the items are printed there, not twice."""
    used = item.companion
    if used is None or used.form.feeds is None:
        return []
    feeds, rec = used.form.feeds, used.record
    number = (item.form.item(feeds.item).number if item.form.has_item(feeds.item)
              else feeds.item)
    gate = e(feeds.gate)
    said = (L.GATE_YES.format(gate=gate) if item.gate else
            L.GATE_NOT.format(gate=gate, name=e(used.form.name), number=e(number)))
    line = L.COMPANION_LINE if rec.uid not in reported else L.COMPANION_LINE_SECTION
    out: list[Block] = [
        Heading(L.H_COMPANION.format(number=e(number), name=e(used.form.name)), 2),
        Text(e(line.format(name=used.form.name, date=L.date(rec.assessment_date),
                           version=rec.version, uid=rec.uid, total=used.result.total)),
             "small"),
        Text(said, "small")]
    if rec.uid not in reported:
        out.append(Grid(L.ITEM_HEAD, _item_rows(used), (0.06, 0.22, 0.21, 0.38, 0.13)))
    return out


# ---------------------------------------------------------------- the end of the report

def _limits(scored: Sequence[ScoredAssessment], ctx: ReportContext) -> list[Block]:
    out: list[Block] = [Heading(L.H_LIMITS)]
    lines = list(L.LIMITS)
    not_csem = list(dict.fromkeys(s.form.name for s in scored if s.form.reporting.norms_not_csem))
    if not_csem:
        lines.append(e(L.LIMIT_NORMS.format(names=", ".join(not_csem))))
    unconfirmed = [s.form.name for s in scored if s.result.band is not None
                   and s.result.band.provenance.evidence is Evidence.UNCONFIRMED]
    if unconfirmed:
        lines.append(e(L.LIMIT_UNCONFIRMED.format(names=", ".join(unconfirmed))))
    lines.append(e(L.LIMIT_CSEM_TOOLS))
    if ctx.in_united_states and any(s.form.reporting.us_caution for s in scored):
        lines.append(f"<b>{e(L.LIMIT_BROWN)}</b>")
    out += [Text("• " + line) for line in lines]
    return out


def _history(scored: Sequence[ScoredAssessment]) -> list[Block]:
    rows = []
    for item in scored:
        rec = item.record
        notes = sorted(rec.history, key=lambda h: h.version)
        if not notes:
            rows.append((e(item.form.name), str(rec.version), e(L.status(rec.status)),
                         e(format_iso(rec.locked_at) or "–"),
                         e(rec.amendment_reason or L.ORIGINAL)))
        for h in notes:
            rows.append((e(item.form.name), str(h.version), e(L.status(h.status)),
                         e(format_iso(h.changed_at)), e(h.reason or "–")))
        for sig in rec.signatures:
            rows.append((e(item.form.name), str(rec.version), e(L.SIGNED_IN_TALLY),
                         e(format_iso(sig.signed_at)),
                         f"{e(sig.printed_name)}{L.COLON} {e(sig.meaning)}"))
    return [Heading(L.H_HISTORY), Text(e(L.HISTORY_NOTE), "muted"),
            Grid(L.HISTORY_HEAD, tuple(rows), (0.24, 0.09, 0.17, 0.22, 0.28))]


def signature_lines(manifest: Manifest | None) -> tuple[Text, ...]:
    if manifest is None:
        return (Text(L.UNSIGNED_BLOCK, "warn"),)
    lines = [Text(L.SIGNED_BY.format(name=e(manifest.printed_name))),
             Text(L.SIGNED_AT.format(when=e(manifest.signed_at_text))),
             Text(L.MEANING.format(meaning=e(manifest.meaning)))]
    if manifest.certificate_subject:
        lines.append(Text(e(L.CERTIFICATE.format(
            subject=L.certificate_subject(manifest.certificate_subject))), "muted"))
    if manifest.certificate_fingerprint:
        lines.append(Text(e(L.FINGERPRINT.format(
            fingerprint=manifest.certificate_fingerprint)), "muted"))
    return tuple(lines)


def _signature(manifest: Manifest | None, data_hash: str,
               anchor: AuditAnchor | None = None) -> list[Block]:
    trail: tuple[Text, ...] = ()
    if anchor is not None:
        trail = (Text(L.AUDIT_ANCHOR.format(entry=anchor.entry, short=e(anchor.hash[:16])),
                      "muted"),)
    return [Keep((Heading(L.H_MACHINE), Text(L.MACHINE_TEXT.format(name=ATTACHMENT_NAME),
                                             "small"),
                  Text(e(data_hash), "hash"), Text(L.MACHINE_CHECK, "muted"), *trail,
                  Heading(L.H_SIGNATURE),
                  SignatureSlot(signature_lines(manifest), manifest is not None)))]


def build_story(scored: Sequence[ScoredAssessment], data_hash: str,
                manifest: Manifest | None = None, example: bool = False,
                context: ReportContext | None = None, profile: str | None = None,
                today: date | None = None, anchor: AuditAnchor | None = None) -> Story:
    """The whole report, in order. `profile` defaults to the context's (court)."""
    ctx = context or ReportContext()
    profile = profile or ctx.profile
    if profile not in L.PROFILES:
        profile = L.COURT
    today = today or datetime.now().astimezone().date()
    blocks: list[Block] = []
    if example:
        blocks.append(Box((Text(L.EXAMPLE_BANNER, "warn"),), "example"))
    names = ", ".join(item.form.name for item in scored)
    blocks += [Text(e(L.TITLE), "title"), Text(e(L.SUBTITLE.format(names=names)), "subtitle")]
    blocks += _case_block(scored, manifest, profile)
    blocks += _amendments(scored)
    blocks += _glance(scored, profile)
    blocks += _context_block(scored, ctx)
    blocks += _periods(scored, ctx, manifest, today)
    blocks += _integration(scored, ctx, profile)
    blocks += _needs(scored, ctx)
    findings = _findings(scored)
    for item in scored:
        blocks += _instrument(item, profile, findings[item.record.uid],
                              {s.record.uid for s in scored})
    blocks += _limits(scored, ctx)
    blocks += _history(scored)
    blocks += _signature(manifest, data_hash, anchor)
    return Story(blocks, profile)
