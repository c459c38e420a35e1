"""Feedback after a practice attempt: item by item, and where the trainee differs the
reference score, its rationale and the guidance that decides it; total and band difference."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from tally.training.cases import TrainingCase
from tally.training.compare import Feedback
from tally.ui.training.html import feedback_html


class FeedbackView(QWidget):
    again_requested = Signal()
    progress_requested = Signal()
    done = Signal()

    def __init__(self, feedback: Feedback, case: TrainingCase, parent: QWidget | None = None):
        super().__init__(parent)
        self.feedback = feedback
        self.case = case
        self.text = QTextBrowser()
        self.text.setObjectName("feedbackText")
        self.text.setAccessibleName(self.tr("Feedback on your scoring"))
        self.text.setHtml(feedback_html(feedback, case))
        again = QPushButton(self.tr("Practise &another case"))
        again.clicked.connect(self.done)
        progress = QPushButton(self.tr("See &progress"))
        progress.clicked.connect(self.progress_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(progress)
        buttons.addWidget(again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.text.setFocus()
