"""Turning form data into readable rich text: guidance paragraphs, evidence levels, points.

Form text is data (already in the user's language); the words Tally adds go through Qt's
translation with the context "Assessment".
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette

from tally.core import messages
from tally.core.consistency import WARNING, Finding
from tally.core.model import Context, Evidence, Form, Provenance, SourceKind
from tally.ui.i18n import TrContext

_LEAD = re.compile(r"^([A-Z][A-Za-z0-9 ()'/-]{1,38}):\s")
Assessment = TrContext("Assessment")  # lupdate reads the context from the name before .tr
Facts = TrContext("Facts")


def _fact_names() -> dict[str, str]:
    # the scoring contract's fact ids as a reader names them (reports/labels.py FACTS, here
    # in the interface's language); built per call so a language change applies
    return {
        "date_of_birth": Facts.tr("date of birth"),
        "release_date": Facts.tr("release date"),
        "index_investigation_date": Facts.tr("date of the index investigation"),
        "assessment_date": Facts.tr("assessment date"),
        "casic_total": Facts.tr("CASIC total"),
        "csem_only": Facts.tr("CSEM-only history"),
        "csem_production": Facts.tr("CSEM production"),
        "contact_sexual_offence": Facts.tr("contact sexual offence"),
        "prior_sex_charge_count": Facts.tr("number of prior sexual charges"),
        "prior_sex_conviction_count": Facts.tr("number of prior sexual convictions"),
        "prior_sentencing_date_count": Facts.tr("number of prior sentencing dates"),
        "sexual_appearance_count": Facts.tr("number of sexual appearances"),
        "criminal_appearance_count": Facts.tr("number of criminal appearances"),
        "boy_content_csem_percent": Facts.tr("share of boy content in the CSEM (%)"),
        "boy_content_other_percent": Facts.tr("share of boy content in other child material (%)"),
        "followup_start_date": Facts.tr("start of follow-up"),
        "most_recent_sexual_offence_date": Facts.tr("date of the most recent sexual offence"),
        "last_sexual_sanction_date": Facts.tr("date of the most recent sexual offence"),
        "most_recent_offence_date": Facts.tr("date of the most recent offence"),
        "in_custody": Facts.tr("in custody"),
        "stranger_victim_current": Facts.tr("stranger victim in the current offence"),
        "contact_adult_sexual_sanction_count": Facts.tr(
            "number of contact sexual sanctions against adults"),
        "contact_child_sexual_sanction_count": Facts.tr(
            "number of contact sexual sanctions against children"),
        "noncontact_sexual_offence_count": Facts.tr("number of non-contact sexual offences"),
        "indecent_image_sanction_count": Facts.tr("number of indecent-image sanctions"),
        "sanction_count_all_offences": Facts.tr("number of sanctions for all offences"),
        "victim_13_or_younger": Facts.tr("a victim aged 13 or younger"),
    }


_FACT_ID = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


# core's derivation lines, the longer first: pattern, its words in the catalogue
_HOW = (
    (re.compile(r"\bage (\d+) on (\d{4}-\d{2}-\d{2}) is below every band of this item"),
     QT_TRANSLATE_NOOP("Facts", "age %1 on %2 is below every band of this item")),
    (re.compile(r"\bage (\d+) on (\d{4}-\d{2}-\d{2})"),
     QT_TRANSLATE_NOOP("Facts", "age %1 on %2")),
    (re.compile(r"^(.+) is below every band of this item$"),
     QT_TRANSLATE_NOOP("Facts", "%1 is below every band of this item")),
    (re.compile(r"^needs (.+)$"), QT_TRANSLATE_NOOP("Facts", "needs %1")),
    (re.compile(r"= yes$"), QT_TRANSLATE_NOOP("Facts", "= yes")),
    (re.compile(r"= no$"), QT_TRANSLATE_NOOP("Facts", "= no")),
)


def _how_words(text: str) -> str:
    for pattern, words in _HOW:
        match = pattern.search(text)
        if match:
            said = QCoreApplication.translate("Facts", words)
            for n, group in enumerate(match.groups(), 1):  # "needs a and b": "and" too
                said = said.replace(f"%{n}", group.replace(" and ", " " + Facts.tr("and") + " "))
            return text[:match.start()] + said + text[match.end():]
    return text


# the scoring core's own warnings (tally.core.messages), in the catalogue's words
_WARNINGS = {
    messages.NOT_DERIVED: QT_TRANSLATE_NOOP(
        "Facts", "%1 could not be derived from case facts: %2."),
    messages.ENTERED_NOT_SCORED: QT_TRANSLATE_NOOP(
        "Facts", "%1 was entered but is not scored for this case; its answer is left out of "
                 "the total."),
    messages.REDUCTION_NEEDS: QT_TRANSLATE_NOOP(
        "Facts", "Risk reduction not considered: needs %1."),
    messages.UNKNOWN_FACT: QT_TRANSLATE_NOOP("Facts", "Unknown fact '%1' was ignored."),
    messages.DATE_ALIAS: QT_TRANSLATE_NOOP(
        "Facts", "'%1' was taken as '%2', the date the published code uses."),
}


def warning_words(text: str) -> str:
    """A scoring warning in the interface's language, its fact ids named as words; a form's
    own warning as it is."""
    found = messages.parse(text)
    if found is not None:
        key, parts = found
        text = QCoreApplication.translate("Facts", _WARNINGS[key])
        for n, part in enumerate(parts, 1):
            text = text.replace(f"%{n}", _how_words(part))
    return fact_words(text)


def fact_words(text: str) -> str:
    """A core-made line ("age 44 on 2024-03-01 (release_date)") in the interface's language,
    with fact ids named as a reader names them; an id not in the list keeps its words,
    without underscores."""
    names = _fact_names()
    text = _how_words(text)
    return _FACT_ID.sub(lambda m: names.get(m.group(0), m.group(0).replace("_", " ")), text)


def points_text(points: int) -> str:
    """Points as printed on coding forms: +1, 0, -3 (a real minus sign)."""
    if points > 0:
        return f"+{points}"
    if points < 0:
        return f"\u2212{-points}"
    return "0"


def evidence_text(level: Evidence | None) -> str:
    if level is None:
        return ""
    return {
        Evidence.SEED: QCoreApplication.translate("Assessment", "from the research talk"),
        Evidence.PUBLISHED: QCoreApplication.translate("Assessment", "published"),
        Evidence.UNCONFIRMED: QCoreApplication.translate(
            "Assessment", "UNCONFIRMED: not yet checked against a primary source"
        ),
    }[level]


def paragraphs_html(text: str) -> str:
    """Guidance text: blank lines separate paragraphs; a short 'Label:' lead is set in bold."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        line = " ".join(part.strip() for part in block.splitlines() if part.strip())
        if not line:
            continue
        escaped = html.escape(line)
        lead = _LEAD.match(line)
        if lead:
            label = html.escape(lead.group(1))
            escaped = f"<b>{label}:</b> " + html.escape(line[lead.end() :])
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)


def kind_text(kind: SourceKind) -> str:
    """A citation's source kind in words, shown beside every evidence mark."""
    return {
        SourceKind.MANUAL: Assessment.tr("manual"),
        SourceKind.OFFICIAL_CODE: Assessment.tr("official code"),
        SourceKind.PEER_REVIEWED: Assessment.tr("peer-reviewed"),
        SourceKind.ABSTRACT_ONLY: Assessment.tr("abstract only"),
        SourceKind.SECONDARY: Assessment.tr("secondary"),
        SourceKind.TALK: Assessment.tr("talk"),
        SourceKind.THIRD_PARTY: Assessment.tr("third-party"),
    }[kind]


def provenance_html(form: Form, provenance: Provenance) -> str:
    """[S1 (secondary), published] plus any warning, local confirmation and note."""
    sources = []
    titles = []
    for key, kind in zip(provenance.sources, provenance.kinds, strict=False):
        sources.append(f"{html.escape(key)} ({html.escape(kind_text(kind))})")
        titles.append(form.citations.get(key, ""))
    level = html.escape(evidence_text(provenance.evidence))
    note = f" {html.escape(provenance.note)}" if provenance.note else ""
    cite = " | ".join(t for t in titles if t)
    title = f' title="{html.escape(cite)}"' if cite else ""
    extra = ""
    if provenance.weak_only:
        weak = html.escape(Assessment.tr("talk or third-party source only"))
        extra += f' <span class="unconfirmed">{weak}</span>'
    if provenance.local is not None:
        extra += f' <span class="local">{html.escape(local_text(provenance))}</span>'
    return f'<span class="src"{title}>[{", ".join(sources)}, {level}]</span>{extra}{note}'


def local_text(provenance: Provenance) -> str:
    """'confirmed locally by NAME against MANUAL, EDITION (DATE)', translated."""
    local = provenance.local
    if local is None:
        return ""
    page = Assessment.tr(", p. %1").replace("%1", local.page) if local.page else ""
    template = (Assessment.tr("corrected locally by %1 against %2, %3%4 (%5)")
                if local.corrected_from
                else Assessment.tr("confirmed locally by %1 against %2, %3%4 (%5)"))
    values = (local.reviewer, local.manual, local.edition, page, local.date)
    return re.sub(r"%([1-5])", lambda m: values[int(m.group(1)) - 1], template)


def context_html(form: Form, contexts: tuple[Context, ...]) -> str:
    rows = []
    for c in contexts:
        rows.append(
            f"<li><b>{html.escape(c.label)}:</b> {html.escape(c.value)} "
            f"{provenance_html(form, c.provenance)}</li>"
        )
    return "<ul>" + "".join(rows) + "</ul>" if rows else ""


def citations_html(form: Form, keys: set[str]) -> str:
    items = [
        f"<li><b>{html.escape(k)}</b> ({html.escape(kind_text(form.citation_kinds[k]))}) "
        f"{html.escape(form.citations[k])}</li>"
        for k in sorted(keys)
        if k in form.citations
    ]
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def guidance_css(palette: QPalette) -> str:
    """Rich-text style for guidance, review and results, from the widget's palette so it
    reads in light and dark themes alike."""
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    dark = text.lightness() < 128  # dark text: a light theme
    accent = "#2d4a5c" if dark else "#9cc3dc"
    warn = "#8a3b00" if dark else "#f0a060"
    header = "#e9eef2" if dark else "#2b3238"
    return f"""
p {{ margin-top: 0px; margin-bottom: 8px; }}
h2 {{ margin-top: 4px; margin-bottom: 6px; }}
h3 {{ margin-top: 4px; margin-bottom: 6px; }}
h4 {{ margin-top: 12px; margin-bottom: 4px; color: {accent}; }}
.src {{ color: {muted}; font-size: small; }}
.muted {{ color: {muted}; }}
.warn {{ color: {warn}; }}
.missing {{ color: {warn}; font-weight: bold; }}
.unconfirmed {{ color: {warn}; font-weight: bold; }}
th {{ text-align: left; background-color: {header}; }}
"""


def finding_text(finding: Finding) -> str:
    """'Check: ...' (likely an error) or 'Note: ...' (the instruments' rules differ), for the
    item page and the review list."""
    head = (QCoreApplication.translate("Wizard", "Check:") if finding.severity == WARNING
            else QCoreApplication.translate("Wizard", "Note:"))
    return f"{head} {finding.message}"
