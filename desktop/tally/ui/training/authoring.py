"""Author a new sample case in the app: facts, vignette and one reference scoring.

The total and band are not typed: they are computed by the scoring core from the reference
items, and the case goes through the same reader and checker as case files before it is
written (as a case file) to the user's training folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.core.facts import InputError
from tally.core.scoring import score
from tally.training.cases import DIFFICULTIES, PATTERNS, CaseError, TrainingCase, parse_case
from tally.training.validate import check_case
from tally.training.writer import case_to_toml

VIGNETTE_HINT = (
    "## Index offence and sentence\nDates, charges and sentence …\n\n"
    "## Seized material (forensic report summary)\nCounts and proportions by category …"
)


def split_sections(text: str) -> list[dict[str, str]]:
    """'## Heading' lines start sections; text before the first heading is 'Summary'."""
    sections: list[dict[str, str]] = []
    heading, lines = "Summary", []
    for line in text.splitlines():
        if line.startswith("## "):
            if "\n".join(lines).strip():
                sections.append({"heading": heading, "text": "\n".join(lines).strip()})
            heading, lines = line[3:].strip() or "Section", []
        else:
            lines.append(line)
    if "\n".join(lines).strip():
        sections.append({"heading": heading, "text": "\n".join(lines).strip()})
    return sections


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return value if value and value[0].isalpha() else f"case_{value}"


class CaseAuthoringDialog(QDialog):
    def __init__(self, catalog: Catalog, target_dir: Path, taken: set[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New sample case"))
        self.catalog = catalog
        self.target_dir = Path(target_dir)
        self.taken = taken
        self.saved: TrainingCase | None = None
        self.code = QLineEdit()
        self.code.setPlaceholderText("TR-51")
        self.title_edit = QLineEdit()
        self.summary = QLineEdit()
        self.difficulty = QComboBox()
        self.difficulty.addItems(list(DIFFICULTIES))
        self.pattern = QComboBox()
        self.pattern.addItems(list(PATTERNS))
        self.dates = {name: QLineEdit() for name in (
            "date_of_birth", "index_investigation_date", "release_date")}
        for edit in self.dates.values():
            edit.setPlaceholderText("YYYY-MM-DD")
        self.flags = {name: QCheckBox(name.replace("_", " ")) for name in (
            "csem_only", "csem_production", "contact_sexual_offence")}
        self.casic = QSpinBox()
        self.casic.setRange(-1, 6)
        self.casic.setValue(-1)
        self.casic.setSpecialValueText(self.tr("not given"))
        self.vignette = QPlainTextEdit()
        self.vignette.setPlaceholderText(VIGNETTE_HINT)
        self.vignette.setAccessibleName(self.tr("Vignette: '## Heading' starts a section"))
        self.form_choice = QComboBox()
        for form in catalog:
            self.form_choice.addItem(form.name, form.id)
        self.form_choice.currentIndexChanged.connect(self._build_items)
        self.ref_date = QLineEdit()
        self.ref_date.setPlaceholderText(self.tr("scoring date, optional"))
        self.items_box = QWidget()
        self.items_grid = QGridLayout(self.items_box)
        self.item_widgets: dict[str, tuple[QComboBox, QLineEdit, QLineEdit]] = {}
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("errorBanner")
        self.problems.setStyleSheet("color:#8a1c1c")

        form_layout = QFormLayout()
        form_layout.addRow(self.tr("Code"), self.code)
        form_layout.addRow(self.tr("Title"), self.title_edit)
        form_layout.addRow(self.tr("One-line summary"), self.summary)
        form_layout.addRow(self.tr("Difficulty"), self.difficulty)
        form_layout.addRow(self.tr("Offence pattern"), self.pattern)
        for name, edit in self.dates.items():
            form_layout.addRow(name.replace("_", " ").capitalize(), edit)
        flags = QHBoxLayout()
        for box in self.flags.values():
            flags.addWidget(box)
        form_layout.addRow(self.tr("Facts"), flags)
        form_layout.addRow(self.tr("CASIC total"), self.casic)
        form_layout.addRow(self.tr("Vignette"), self.vignette)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.form_choice, 1)
        ref_row.addWidget(self.ref_date)
        form_layout.addRow(self.tr("Reference scoring"), ref_row)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(form_layout)
        column.addWidget(self.items_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(900, 760)
        self._build_items()

    def _build_items(self) -> None:
        while self.items_grid.count():
            widget = self.items_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.item_widgets = {}
        form = self.catalog.get(self.form_choice.currentData())
        for col, text in enumerate((self.tr("Item"), self.tr("Score"), self.tr("Rationale"),
                                    self.tr("Guidance that decides it"))):
            self.items_grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        for row, item in enumerate(form.items, 1):
            points = QComboBox()
            points.addItem("—", None)
            for option in item.options:
                points.addItem(f"{option.points}: {option.label}", option.points)
            points.setAccessibleName(item.name)
            rationale = QLineEdit()
            rationale.setAccessibleName(self.tr("Rationale for %1").replace("%1", item.name))
            guidance = QLineEdit(f"{form.name} item {item.number} (see the manual)")
            self.items_grid.addWidget(QLabel(f"{item.number}. {item.name}"), row, 0)
            self.items_grid.addWidget(points, row, 1)
            self.items_grid.addWidget(rationale, row, 2)
            self.items_grid.addWidget(guidance, row, 3)
            self.item_widgets[item.id] = (points, rationale, guidance)

    def case_data(self) -> dict[str, Any]:
        """The case as parsed TOML data, with total and band computed by the scoring core."""
        facts: dict[str, Any] = {n: e.text().strip() for n, e in self.dates.items()
                                 if e.text().strip()}
        facts |= {n: b.isChecked() for n, b in self.flags.items()}
        if self.casic.value() >= 0:
            facts["casic_total"] = self.casic.value()
        form_id = self.form_choice.currentData()
        items = {
            item_id: {"points": p.currentData(), "rationale": r.text(), "guidance": g.text()}
            for item_id, (p, r, g) in self.item_widgets.items()
        }
        reference: dict[str, Any] = {"form": form_id, "items": items}
        if self.ref_date.text().strip():
            reference["date"] = self.ref_date.text().strip()
        code = self.code.text().strip()
        data: dict[str, Any] = {
            "schema": 1,
            "id": "user_" + slug(code or self.title_edit.text()),
            "code": code,
            "title": self.title_edit.text(),
            "difficulty": self.difficulty.currentText(),
            "offence_pattern": self.pattern.currentText(),
            "summary": self.summary.text(),
            "facts": facts,
            "sections": split_sections(self.vignette.toPlainText()),
            "reference": [reference],
        }
        missing = [i for i, spec in items.items() if spec["points"] is None]
        if missing:
            raise CaseError("new case", f"reference {form_id}",
                            f"give every item a score ({len(missing)} missing)")
        try:
            facts_for = facts | ({"assessment_date": reference["date"]}
                                 if "date" in reference else {})
            result = score(self.catalog.get(form_id),
                           {i: s["points"] for i, s in items.items()}, facts_for)
        except InputError as exc:
            raise CaseError("new case", "facts", str(exc)) from None
        reference["total"] = result.total
        if result.band is not None:
            reference["band"] = result.band.id
        return data

    def save(self) -> None:
        try:
            data = self.case_data()
            path = self.target_dir / f"{data['id']}.toml"
            case = parse_case(data, path.name, str(path), "user")
        except CaseError as exc:
            self.problems.setText(str(exc))
            return
        if case.id in self.taken:
            self.problems.setText(self.tr("A case with the id '%1' exists; change the code.")
                                  .replace("%1", case.id))
            return
        problems = check_case(case, self.catalog)
        if problems:
            self.problems.setText("\n".join(problems))
            return
        self.target_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(case_to_toml(case), encoding="utf-8")
        self.saved = case
        self.accept()
