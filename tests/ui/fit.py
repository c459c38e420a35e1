"""Does a screen fit? Every visible label, button and guidance pane is whole, inside the
window and on the screen; text cut short has a tooltip with all of it; nothing scrolls sideways.

`problems(top)` returns one line per fault (empty when the screen fits). Run as a script it is
the child of tests/ui/test_layout_fit.py: it opens each main screen and dialog at the screen
size and scale factor of its environment (QT_SCALE_FACTOR, an offscreen screen of WxH) and
prints the faults of each as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

MIN_GUIDANCE_WIDTH = 260  # logical px: about 35 characters of guidance a line


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
    return f"{type(w).__name__}({w.objectName() or text[:40]!r})"


def _inside_scroll(w: QWidget) -> QScrollArea | None:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _global_rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


def problems(top: QWidget) -> list[str]:
    found: list[str] = []
    screen = top.screen().availableGeometry()
    window = _global_rect(top)
    if not screen.contains(top.frameGeometry()):
        found.append(f"window {window.getRect()} is larger than the screen {screen.getRect()}")
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.window() is not top:
            continue
        if isinstance(w, QAbstractScrollArea):
            bar = w.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                found.append(f"{_name(w)} scrolls sideways by {bar.maximum()} px")
        if not isinstance(w, (QLabel, QAbstractButton)) or not w.text():
            continue
        if w.width() <= 1 or w.height() <= 1:
            continue
        scroll = _inside_scroll(w)
        rect = _global_rect(w)
        clip = _global_rect(scroll.viewport()) if scroll is not None else window
        if scroll is None and not window.contains(rect):
            found.append(f"{_name(w)} is outside the window")
        # horizontally always whole; vertically a scroll area may hide it until scrolled to
        if rect.left() < clip.left() - 1 or rect.right() > clip.right() + 1:
            found.append(f"{_name(w)} is cut at the side ({rect.getRect()} in {clip.getRect()})")
        tip = bool(w.toolTip())
        if isinstance(w, QAbstractButton):
            if w.sizeHint().width() > w.width() + 1 and not tip:
                found.append(f"{_name(w)} text cut: needs {w.sizeHint().width()} px, has "
                             f"{w.width()}")
        elif w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1 and not tip:
                found.append(f"{_name(w)} text cut: needs {need} px high, has {w.height()}")
        else:
            need = w.sizeHint().width()
            if need > w.width() + 1 and not tip:
                found.append(f"{_name(w)} text cut: needs {need} px, has {w.width()}")
    return found


def guidance_problems(top: QWidget, guidance: QWidget, item: QWidget) -> list[str]:
    """The guidance is on screen, wide enough to read, and beside the item (not below it)."""
    found = []
    if not guidance.isVisibleTo(top):
        return ["the coding guidance is hidden"]
    g, i = _global_rect(guidance), _global_rect(item)
    if g.width() < MIN_GUIDANCE_WIDTH:
        found.append(f"the coding guidance is {g.width()} px wide")
    if not top.screen().availableGeometry().contains(g):
        found.append(f"the coding guidance {g.getRect()} is off the screen")
    if g.left() < i.right() - 1 or g.top() > i.top() + i.height() // 2:
        found.append("the coding guidance is not beside the item")
    return found


# ---------------------------------------------------------------------------- child


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _screens(app: QApplication) -> dict[str, list[str]]:
    from PySide6.QtCore import QSettings

    from tally.paths import load_catalog
    from tally.store import Store
    from tally.ui.application import configure_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences
    from tests.ui.assessment_fixtures import make_assessment

    work = Path(tempfile.mkdtemp(prefix="tally-fit-"))
    os.environ["TALLY_DATA_DIR"] = str(work)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    prefs = Preferences()
    configure_application(app, prefs)
    catalog = load_catalog()
    db = work / "fit.db"
    store = Store.create(db, "fit passphrase words 12")
    store.set_evaluator("Dr Alexandra Fitzgerald-Okonkwo", "C.Psych.", "Regional Clinic")
    cport = make_assessment(store, catalog, "cport", case_id="FIT-2024-0001")
    static = make_assessment(store, catalog, "static99r", case_id="FIT-2024-0001")
    stable = make_assessment(store, catalog, "stable2007", case_id="FIT-2024-0001")
    form = catalog.get("stable2007")
    for item in form.items:
        store.set_answer(stable, item.id, 1, rationale="Seen in the supervision notes.",
                         sources=["file_review", "supervision_notes"])
    store.lock(stable)
    store.close()

    window = MainWindow(db, prefs)
    window.show_at_last_size()
    _settle(app)
    window._unlock("fit passphrase words 12")
    _settle(app)
    ws = window.workspace
    ws.cases.select_case(ws.cases.model.case_at(0).pk)
    _settle(app)
    out: dict[str, list[str]] = {"case list": problems(window)}
    splitter = ws.splitter.sizes()
    if splitter[0] > 0.34 * sum(splitter):
        out["case list"].append(f"the case list takes {splitter[0]} of {sum(splitter)} px")

    for name, aid in (("wizard CPORT", cport), ("wizard Static-99R", static)):
        view = ws.open_assessment(aid)
        _settle(app)
        out[name] = problems(window) + guidance_problems(window, view.wizard.guidance,
                                                          view.wizard.page)
    view = ws.open_assessment(static)
    view.show_review()
    _settle(app)
    out["review"] = problems(window)
    view = ws.open_assessment(stable)
    view.show_results()
    _settle(app)
    out["results"] = problems(window)
    for name, aid, request in (("lock", static, "request_lock"),
                               ("amend", stable, "request_amend"),
                               ("void", stable, "request_void")):
        view = ws.open_assessment(aid)
        getattr(view, request)()  # opened with open(), not exec()
        _settle(app)
        out[name] = problems(view._dialog)
        view._dialog.reject()
        _settle(app)

    from tally.ui.export import ExportDialog
    from tally.ui.identity import IdentityDialog

    ws.tabs.setCurrentIndex(0)
    export = ExportDialog(window.store, catalog, ws.case_view.case_pk, [stable],
                          identity_folder=work / "identity", out_dir=work, parent=window)
    export.show()
    _settle(app)
    out["export"] = problems(export)
    export.close()
    identity = IdentityDialog(window.store, work / "identity", parent=window)
    identity.show()
    _settle(app)
    out["identity"] = problems(identity)
    identity.close()
    out.update(_dialogs(app, window, catalog, prefs, work, db, (cport, static, stable)))

    from tally.ui.training import TrainingWindow

    window.open_training()
    training: TrainingWindow = window.training_window
    training.trainer.name.setText("Trainee Tomasz Wiśniewski")
    training.trainer.add_trainee()
    training.tabs.setCurrentIndex(0)
    training.picker.start_button.click()
    _settle(app)
    practice = training.practice
    out["training"] = problems(training) + guidance_problems(
        training, practice.assessment.wizard.guidance, practice.assessment.wizard.page)
    window.close()
    return out


def _dialogs(app: QApplication, window: Any, catalog: Any, prefs: Any, work: Path, db: Path,
             assessments: tuple[int, ...]) -> dict[str, list[str]]:
    """The dialogs of File and Case, each shown as the app shows it (never exec())."""
    from tally.operations.lookups import load_report_context
    from tally.ui.case_deletion import DeleteCaseDialog, RetentionDialog
    from tally.ui.case_profile import NewCaseDialog
    from tally.ui.content_review import ContentReviewDialog
    from tally.ui.database_life import AuditTrailDialog, ChangePassphraseDialog, RestoreDialog
    from tally.ui.instrument_choice import InstrumentChoiceDialog
    from tally.ui.osp_facts import OspFactsDialog
    from tally.ui.report_context import ReportContextDialog
    from tally.ui.settings import SettingsDialog
    from tally.ui.training.authoring import CaseAuthoringDialog
    from tally.ui.validation import ValidationDialog
    from tally.ui.verify import VerifyDialog

    store = window.store
    case_pk = window.workspace.case_view.case_pk

    def choice() -> InstrumentChoiceDialog:  # sized as the workspace sizes it
        dialog = InstrumentChoiceDialog(catalog, store.get_case(case_pk),
                                        store.list_assessments(case_pk=case_pk), window)
        dialog.resize(min(1100, window.width()), min(680, max(480, window.height())))
        return dialog

    def validation() -> ValidationDialog:  # sized as File → Local validation sizes it
        dialog = ValidationDialog(store, catalog, parent=window)
        dialog.resize(max(900, window.width() - 60), max(600, window.height() - 60))
        return dialog

    records = [store.get_assessment(a) for a in assessments]
    forms = [catalog.get(r.form_id) for r in records]
    makers = {
        "change passphrase": lambda: ChangePassphraseDialog(store, window),
        "audit trail": lambda: AuditTrailDialog(store, window),
        "restore": lambda: RestoreDialog(str(db), str(db), window),
        "delete case": lambda: DeleteCaseDialog("FIT-2024-0001", 3, 1, window),
        "retention": lambda: RetentionDialog(store, 7, window),
        "content review": lambda: ContentReviewDialog(catalog, work / "identity", window),
        "verify": lambda: VerifyDialog(store, parent=window, forms=catalog),
        "settings": lambda: SettingsDialog(prefs, str(db), store, window),
        "report context": lambda: ReportContextDialog(load_report_context(store, records),
                                                      forms, window),
        "new case": lambda: NewCaseDialog(store, window),
        "instrument choice": choice,
        "OSP facts": lambda: OspFactsDialog({}, window),
        "validation": validation,
        "sample case authoring": lambda: CaseAuthoringDialog(catalog, work / "training", set(),
                                                             window),
    }

    def audit(dialog: Any) -> None:  # an entry read and the chain's verdict said
        dialog.table.selectRow(0)
        dialog.verify()

    def passphrase(dialog: Any) -> None:  # the rule said under the fields
        dialog.current.setText("fit passphrase words 12")
        dialog.new.setText("short")

    then = {"audit trail": audit, "change passphrase": passphrase}
    out: dict[str, list[str]] = {}
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        _settle(app)
        if name in then:
            then[name](dialog)
            _settle(app)
        out[name] = problems(dialog)
        dialog.close()
        dialog.deleteLater()
        _settle(app)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    application = QApplication(sys.argv[:1])
    print(json.dumps(_screens(application)))
