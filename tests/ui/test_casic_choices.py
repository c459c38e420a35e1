"""The CASIC dialog's choices look like the wizard's (0.1 showed them as faint default
buttons whose checked state was hard to see): the same style, the checked one bold."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_casic_choices_use_the_wizard_style(qtbot, catalog) -> None:
    from tally.ui.assessment.casic_dialog import CasicDialog
    from tally.ui.assessment.style import STYLE

    dialog = CasicDialog(catalog.get("casic"), 3, {"never_married": 1})
    qtbot.addWidget(dialog)
    dialog.show()
    choices = [b for b in dialog.findChildren(QPushButton) if b.property("casic_item")]
    assert len(choices) == 12 and all(b.objectName() == "choice" for b in choices)
    assert dialog.styleSheet() == STYLE
    checked = [b for b in choices if b.isChecked()]
    assert len(checked) == 1 and checked[0].property("casic_item") == "never_married"
