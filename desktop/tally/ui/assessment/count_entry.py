"""The counts an item's table scores (Static-99R items 5 and 6, RM2000/S appearances, CPORT
boy content): one field per count on the item's page, with its counting rule in a line. The
tables themselves are form data (derive rule count_table); this module only names the counts
and their ranges for the screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tally.core.facts import FACT_TYPES, LOWEST
from tally.core.model import Item

# fact -> (label, the counting rule in one line)
LABELS = {
    "prior_sex_charge_count": (
        QT_TRANSLATE_NOOP("CountEntry", "Prior sexual charges"),
        QT_TRANSLATE_NOOP("CountEntry", "Charges for sexual offences on occasions before the index "
                              "offence; index charges are not counted.")),
    "prior_sex_conviction_count": (
        QT_TRANSLATE_NOOP("CountEntry", "Prior sexual convictions"),
        QT_TRANSLATE_NOOP("CountEntry", "Convictions for sexual offences before the index offence; "
                              "the higher of the two tables counts, never their sum.")),
    "prior_sentencing_date_count": (
        QT_TRANSLATE_NOOP("CountEntry", "Prior sentencing dates"),
        QT_TRANSLATE_NOOP("CountEntry", "Separate dates on which he was sentenced before the index "
                              "offence.")),
    "sexual_appearance_count": (
        QT_TRANSLATE_NOOP("CountEntry", "Sexual appearances"),
        QT_TRANSLATE_NOOP("CountEntry",
            "Separate occasions sentenced for a sexual offence, the index "
                              "included (so at least 1).")),
    "criminal_appearance_count": (
        QT_TRANSLATE_NOOP("CountEntry", "Criminal appearances"),
        QT_TRANSLATE_NOOP("CountEntry",
            "Separate occasions sentenced for any criminal offence, the "
                              "index included (so at least 1).")),
    "boy_content_csem_percent": (
        QT_TRANSLATE_NOOP("CountEntry", "Boys in the CSEM (%)"),
        QT_TRANSLATE_NOOP("CountEntry", "Share of the CSEM that shows boys, from the forensic "
                              "inventory.")),
    "boy_content_other_percent": (
        QT_TRANSLATE_NOOP("CountEntry", "Boys in other child content (%)"),
        QT_TRANSLATE_NOOP("CountEntry",
            "Share of the other child content (not CSEM) that shows boys.")),
}
HIGHEST = {"count": 999, "count1": 999, "percent": 100}


@dataclass(frozen=True)
class CountField:
    fact: str
    label: str
    hint: str
    value: int | None  # None: not entered
    lowest: int
    highest: int


def count_fields(item: Item, facts: dict) -> list[CountField] | None:
    """The count fields of `item`, filled from the case facts; None when it has none."""
    if item.derive is None or item.derive.rule != "count_table":
        return None
    out = []
    for table in item.derive.tables:
        kind = FACT_TYPES[table.fact]
        label, hint = LABELS.get(table.fact, (table.fact, ""))
        value = facts.get(table.fact)
        out.append(CountField(
            table.fact, QCoreApplication.translate("CountEntry", label),
            QCoreApplication.translate("CountEntry", hint) if hint else "",
            int(value) if isinstance(value, int | float) and not isinstance(value, bool)
            else None,
            LOWEST[kind], HIGHEST[kind]))
    return out
