"""What a reader is told about the support behind a number, in one place for every surface.

The wizard, the results screen, `tally forms show` and the PDF report all call these, so a
number resting only on a talk or a blog reads the same everywhere, and a local confirmation
(from a verified review, applied outside core) is shown wherever the evidence mark appears.
"""

from __future__ import annotations

from tally.core.model import Evidence, Provenance

WEAK_WARNING = "supported only by a talk or third-party source"

# The same words in French (a French report or `forms show --lang fr`); keys are the English
FRENCH = {
    "seed": "conférence", "published": "publié", "UNCONFIRMED": "NON CONFIRMÉ",
    "manual": "manuel", "official code": "code officiel", "peer-reviewed": "révisé par les pairs",
    "abstract only": "résumé seulement", "secondary": "secondaire", "talk": "conférence",
    "third-party": "tiers",
    WEAK_WARNING: "appuyé seulement par une conférence ou une source tierce",
}


def _words(text: str, lang: str) -> str:
    return FRENCH[text] if lang == "fr" else text


def level_word(level: Evidence, lang: str = "en") -> str:
    """The evidence level as printed in marks: UNCONFIRMED shouts, the others do not."""
    return _words(level.value.upper() if level is Evidence.UNCONFIRMED else level.value, lang)


def support_warning(prov: Provenance, lang: str = "en") -> str:
    """The warning to show beside a number, or "" when its support needs none."""
    return _words(WEAK_WARNING, lang) if prov.weak_only else ""


def mark(prov: Provenance, lang: str = "en") -> str:
    """Plain-text evidence mark: level, sources with their kind, warning, local confirmation.

    e.g. "seed; talk (talk); supported only by a talk or third-party source"."""
    parts = [level_word(prov.evidence, lang)]
    kinds = [_words(k.label, lang) for k in prov.kinds]
    parts.append(", ".join(
        f"{key} ({kind})" if kind else key
        for key, kind in zip(prov.sources, kinds + [""] * len(prov.sources), strict=False)
    ))
    warning = support_warning(prov, lang)
    if warning:
        parts.append(warning)
    if prov.local is not None:
        parts.append(prov.local.text(lang))
    return "; ".join(parts)
