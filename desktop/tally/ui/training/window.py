"""TrainingWindow: practice on fictional cases, feedback, progress and trainer tools.

Opened from the main window with TrainingWindow(store, catalog). Training data go to the
store's own `training_*` tables (tally.training.storage): they never appear in the case
list, exports or reports of real work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.training.compare import Feedback
from tally.training.library import BUNDLED, USER, Library, bundled_dir, user_dir
from tally.training.progress import ProficiencyRule, progress_by_instrument
from tally.ui.shortcuts import key
from tally.ui.training.feedback import FeedbackView
from tally.ui.training.practice import CasePicker, PracticeView, start_session
from tally.ui.training.progress import ProgressView
from tally.ui.training.trainer import TrainerTools

PRACTICE_TAB, PROGRESS_TAB, TRAINER_TAB = 0, 1, 2


class TrainingWindow(QWidget):
    def __init__(
        self,
        store: Any,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        library: Library | None = None,
        user_folder: Path | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Training (fictional cases)"))
        self.setAccessibleName(self.tr("Training"))
        self.catalog = catalog
        self.tstore = store.training_store()
        self.user_folder = user_folder or user_dir()
        self.library = library or self._load_library()
        self.practice: PracticeView | None = None
        self.feedback_view: FeedbackView | None = None

        self.trainee = QComboBox()
        # wide enough for a whole name ("Trainee T" was all a short box showed)
        self.trainee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.trainee.setMinimumContentsLength(24)
        self.trainee.setAccessibleName(self.tr("Trainee"))
        self.trainee.currentIndexChanged.connect(self._trainee_changed)
        self.banner = QLabel(self.tr(
            "Training mode: fictional cases only. Nothing here is stored with real cases."))
        self.banner.setObjectName("trainingBanner")
        self.banner.setStyleSheet("color:#4a3b00;background:#fff4c2;padding:4px 8px;"
                                  "border-radius:4px")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trainee:")))
        top.addWidget(self.trainee)
        top.addWidget(self.banner, 1)

        self.picker = CasePicker(self.library, catalog)
        self.picker.start_requested.connect(self.start_practice)
        self.practice_stack = QStackedWidget()
        self.practice_stack.addWidget(self.picker)
        self.progress_view = ProgressView(catalog)
        self.progress_view.rule_changed.connect(self._rule_changed)
        self.trainer = TrainerTools(self.tstore, catalog, self.user_folder)
        self.trainer.set_library(self.library)
        self.trainer.trainees_changed.connect(self.refresh_trainees)
        self.trainer.library_changed.connect(self.reload_library)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.practice_stack, self.tr("Practice"))
        self.tabs.addTab(self.progress_view, self.tr("Progress"))
        self.tabs.addTab(self.trainer, self.tr("Trainer tools"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.no_trainee = QPushButton(self.tr("Add a trainee profile first (Trainer tools)"))
        self.no_trainee.clicked.connect(lambda: self.tabs.setCurrentIndex(TRAINER_TAB))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_trainee)
        layout.addWidget(self.tabs, 1)
        for name, index in (("practice", PRACTICE_TAB), ("progress", PROGRESS_TAB),
                            ("trainer", TRAINER_TAB)):
            shortcut = QShortcut(QKeySequence(key("training", name)), self)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
            self.tabs.setTabToolTip(index, key("training", name))
        # An action of the window, so the practice's own Ctrl+W yields to it (one live key)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(key("training", "close_window")))
        self.close_action.triggered.connect(self.close_innermost)
        self.addAction(self.close_action)
        screen = self.screen().availableGeometry()
        self.resize(min(1366, screen.width()), min(800, screen.height()))
        self.refresh_trainees()

    # -- trainees ---------------------------------------------------------------------------
    def refresh_trainees(self) -> None:
        current = self.trainee.currentData()
        self.trainee.blockSignals(True)
        self.trainee.clear()
        for t in self.tstore.trainees():
            self.trainee.addItem(t.name, t.id)
        index = self.trainee.findData(current)
        self.trainee.setCurrentIndex(index if index >= 0 else 0)
        self.trainee.blockSignals(False)
        has = self.trainee.count() > 0
        self.no_trainee.setVisible(not has)
        self.picker.start_button.setEnabled(has)
        self._trainee_changed()

    def trainee_id(self) -> int | None:
        return self.trainee.currentData()

    def select_trainee(self, name: str) -> None:
        self.trainee.setCurrentIndex(self.trainee.findText(name))

    def _trainee_changed(self) -> None:
        if self.practice is not None:
            self.leave_practice()
        self.refresh_progress()

    # -- practice ---------------------------------------------------------------------------
    def start_practice(self, case_id: str, key: str) -> PracticeView | None:
        trainee_id = self.trainee_id()
        if trainee_id is None:
            self.tabs.setCurrentIndex(TRAINER_TAB)
            return None
        self.leave_practice()
        session = start_session(self.tstore, trainee_id, self.library.get(case_id), key,
                                self.catalog)
        self.practice = PracticeView(session, self.catalog)
        self.practice.submitted.connect(self.show_feedback)
        self.practice.closed.connect(self.leave_practice)
        self.practice_stack.addWidget(self.practice)
        self.practice_stack.setCurrentWidget(self.practice)
        self.tabs.setCurrentIndex(PRACTICE_TAB)
        self.practice.assessment.wizard.setFocus()
        return self.practice

    def leave_practice(self) -> None:
        for attr in ("practice", "feedback_view"):
            widget = getattr(self, attr)
            if widget is not None:
                if isinstance(widget, PracticeView):
                    widget.flush()
                self.practice_stack.removeWidget(widget)
                widget.deleteLater()
                setattr(self, attr, None)
        self.practice_stack.setCurrentWidget(self.picker)

    def show_feedback(self, feedback: Feedback) -> None:
        case = self.library.get(feedback.case_id)
        view = FeedbackView(feedback, case)
        view.done.connect(self.leave_practice)
        view.progress_requested.connect(lambda: self.tabs.setCurrentIndex(PROGRESS_TAB))
        if self.practice is not None:
            self.practice_stack.removeWidget(self.practice)
            self.practice.deleteLater()
            self.practice = None
        self.feedback_view = view
        self.practice_stack.addWidget(view)
        self.practice_stack.setCurrentWidget(view)
        self.refresh_progress()

    # -- progress and library ---------------------------------------------------------------
    def refresh_progress(self) -> None:
        trainee_id = self.trainee_id()
        rule = self.tstore.proficiency_rule()
        if trainee_id is None:
            self.progress_view.show_progress(self.tr("no trainee"), {}, rule)
            return
        results = self.tstore.results(trainee_id)
        self.progress_view.show_progress(
            self.trainee.currentText(), progress_by_instrument(results, rule), rule
        )

    def _rule_changed(self, rule: ProficiencyRule) -> None:
        self.tstore.set_proficiency_rule(rule)
        self.refresh_progress()

    def _tab_changed(self, index: int) -> None:
        if index == PROGRESS_TAB:
            self.refresh_progress()

    def reload_library(self) -> None:
        self.leave_practice()
        self.library = self._load_library()
        self.picker.set_library(self.library)
        self.trainer.set_library(self.library)

    def _load_library(self) -> Library:
        from tally.ui.application import current_language

        return Library.load([(bundled_dir(), BUNDLED), (self.user_folder, USER)],
                            current_language())

    def close_innermost(self) -> None:
        """Ctrl+W: the open practice case first (its answers are saved), then the window."""
        if self.practice is not None or self.feedback_view is not None:
            self.leave_practice()
            self.picker.setFocus()
        else:
            self.close()

    def keyPressEvent(self, event) -> None:
        # Escape reaches the window only when nothing inside used it (the wizard's Escape
        # goes back to the score choices): then it closes the window, like a dialog.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.practice is not None:
            self.practice.flush()
        super().closeEvent(event)
