"""Trainer tools: trainee profiles, the case library, authoring, and case packs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.training.library import Library
from tally.training.packs import PackError, export_pack, import_pack
from tally.training.storage import TrainingStore, TrainingStoreError
from tally.training.validate import check_cases
from tally.ui.training.html import difficulty_label


class TrainerTools(QWidget):
    trainees_changed = Signal()
    library_changed = Signal()

    def __init__(self, tstore: TrainingStore, catalog: Catalog, user_dir: Path, parent=None):
        super().__init__(parent)
        self.tstore = tstore
        self.catalog = catalog
        self.user_dir = Path(user_dir)
        self.library: Library | None = None
        self.trainee_list = QListWidget()
        self.trainee_list.setAccessibleName(self.tr("Trainees"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("New trainee's name"))
        self.name.returnPressed.connect(self.add_trainee)
        add = QPushButton(self.tr("&Add trainee"))
        add.clicked.connect(self.add_trainee)
        people = QGroupBox(self.tr("Trainee profiles"))
        p_layout = QVBoxLayout(people)
        p_layout.addWidget(self.trainee_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(add)
        p_layout.addLayout(row)

        cases = QGroupBox(self.tr("Sample cases"))
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(self.tr("Sample cases"))
        self.case_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&New case…"), self.new_case),
            (self.tr("&Export pack…"), self._export_dialog),
            (self.tr("&Import pack…"), self._import_dialog),
            (self.tr("&Check library"), self.check_library),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("trainerMessage")
        c_layout = QVBoxLayout(cases)
        c_layout.addWidget(self.case_list, 1)
        c_layout.addLayout(buttons)
        c_layout.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(people, 1)
        layout.addWidget(cases, 2)
        self.refresh_trainees()

    def refresh_trainees(self) -> None:
        self.trainee_list.clear()
        self.trainee_list.addItems([t.name for t in self.tstore.trainees()])

    def set_library(self, library: Library) -> None:
        self.library = library
        self.case_list.clear()
        for case in library:
            mark = "" if case.origin == "bundled" else self.tr(" (yours)")
            self.case_list.addItem(
                f"{case.code} — {case.title} [{difficulty_label(case.difficulty)}]{mark}")

    def add_trainee(self) -> None:
        try:
            self.tstore.add_trainee(self.name.text())
        except TrainingStoreError as exc:
            self.message.setText(str(exc))
            return
        self.name.clear()
        self.message.setText("")
        self.refresh_trainees()
        self.trainees_changed.emit()

    def selected_cases(self):
        assert self.library is not None
        cases = list(self.library)
        rows = sorted(i.row() for i in self.case_list.selectedIndexes())
        return [cases[r] for r in rows] or cases

    def export_to(self, path: Path) -> Path:
        cases = self.selected_cases()
        target = export_pack(cases, path)
        self.message.setText(self.tr("Exported %1 case(s) to %2")
                             .replace("%1", str(len(cases))).replace("%2", str(target)))
        return target

    def import_from(self, path: Path) -> bool:
        assert self.library is not None
        try:
            added = import_pack(path, self.catalog, self.user_dir, [c.id for c in self.library])
        except PackError as exc:
            self.message.setText("\n".join([str(exc), *exc.problems[:8]]))
            return False
        self.message.setText(self.tr("Imported %1 case(s).").replace("%1", str(len(added))))
        self.library_changed.emit()
        return True

    def check_library(self) -> None:
        assert self.library is not None
        problems = list(self.library.problems) + check_cases(self.library, self.catalog)
        if problems:
            self.message.setText("\n".join(problems[:10]))
        else:
            self.message.setText(self.tr("%1 cases: every reference score agrees with the forms.")
                                 .replace("%1", str(len(self.library))))

    def new_case(self) -> None:
        from tally.ui.training.authoring import CaseAuthoringDialog

        assert self.library is not None
        dialog = CaseAuthoringDialog(self.catalog, self.user_dir, {c.id for c in self.library},
                                     self)
        if dialog.exec() and dialog.saved is not None:
            self.message.setText(self.tr("Saved %1.").replace("%1", dialog.saved.code))
            self.library_changed.emit()

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export case pack"),
                                              "tally-cases.zip", "Case packs (*.zip)")
        if path:
            self.export_to(Path(path))

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import case pack"), "",
                                              "Case packs (*.zip)")
        if path:
            self.import_from(Path(path))
