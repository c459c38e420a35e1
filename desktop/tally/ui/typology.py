"""The talk's typology of sexual offending histories (Babchishin et al. 2022): the order in
which CSEM and contact sexual offences happened. Stored as `offence_pattern` on a case."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# key -> (label, all sexual offending is CSEM?) ; "" means not recorded
_T = "Typology"
PATTERNS: dict[str, tuple[str, bool]] = {
    "csem_only": (QT_TRANSLATE_NOOP("Typology", "CSEM only, one occasion"), True),
    "csem_stable": (
        QT_TRANSLATE_NOOP("Typology", "CSEM only, repeated (stable: CSEM → CSEM)"), True),
    "mixed_deescalation": (
        QT_TRANSLATE_NOOP("Typology", "Mixed, de-escalation (contact → CSEM)"), False),
    "mixed_escalation": (
        QT_TRANSLATE_NOOP("Typology", "Mixed, escalation (CSEM → contact)"), False),
    "mixed_concurrent": (
        QT_TRANSLATE_NOOP("Typology", "Mixed, contact and CSEM at the same time"), False),
}


def pattern_label(key: str) -> str:
    if not key:
        return QCoreApplication.translate("Typology", "Not recorded")
    entry = PATTERNS.get(key)
    return QCoreApplication.translate("Typology", entry[0]) if entry else key


def is_csem_only(key: str) -> bool | None:
    """True for CSEM-only histories, False for mixed ones, None when not recorded."""
    entry = PATTERNS.get(key)
    return entry[1] if entry else None

