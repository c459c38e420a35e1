"""The French edition: a complete catalogue, and the main screens in French at 1366×768 with
no clipped label or button (French runs about 20 % longer than English)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from tally.paths import resources_dir
from tests.ui.conftest import PASSPHRASE, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
CATALOGUE = resources_dir() / "translations" / "tally_fr.ts"


def messages():
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_of_the_french_catalogue_is_translated():
    problems = []
    count = 0
    for context, message in messages():
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the sources: not shown, not built into the .qm
        count += 1
        texts = ([n.text or "" for n in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{where} is not translated")
            continue
        wanted = sorted(set(re.findall(r"%\d|\{\w+\}", source)))
        for text in texts:
            if sorted(set(re.findall(r"%\d|\{\w+\}", text))) != wanted:
                problems.append(f"{where}: the French must keep {wanted}, has {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{where}: a keyboard mnemonic (&) lost or added in {text!r}")
    assert count > 500
    assert not problems, "\n".join(problems)


def test_every_tr_literal_in_the_code_is_in_the_catalogue():
    """lupdate cannot read a tr() inside an f-string; such a word shows in English."""
    import tally

    sources = {message.findtext("source") for _, message in messages()}
    call = re.compile(r"""\.tr\(\s*(["'])((?:(?!\1).)+)\1\s*\)""")
    missing = []
    for path in sorted((Path(tally.__file__).parent / "ui").rglob("*.py")):
        for match in call.finditer(path.read_text(encoding="utf-8")):
            text = match.group(2)
            if text != "..." and "\\" not in text and text not in sources:  # "...": a comment
                missing.append(f"{path.name}: {text!r}")
    assert not missing, "\n".join(missing)


# ------------------------------------------------------------------ the screens in French


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and tabs on screen whose text does not fit the space they were given."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1:
            continue
        name = f"{type(w).__name__} {w.objectName() or ''}".strip()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    out.append(f"{name} {w.text()[:60]!r}: needs {need} px high, has "
                               f"{w.height()}")
            elif w.minimumSizeHint().width() > w.width() + 1:
                out.append(f"{name} {w.text()[:60]!r}: needs {w.minimumSizeHint().width()} px "
                           f"wide, has {w.width()}")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"{name} {w.text()!r}: needs {w.sizeHint().width()} px wide, has "
                           f"{w.width()}")
        elif isinstance(w, QTabBar) and not w.usesScrollButtons():
            for i in range(w.count()):
                if w.tabSizeHint(i).width() > w.tabRect(i).width() + 1:
                    out.append(f"tab {w.tabText(i)!r} is cut")
    return out


def settled_clipped(widget: QWidget, turns: int = 5) -> list[str]:
    """clipped() once pending layout requests have run: a word-wrapped label that grows to a
    second line reaches the layouts above it over a few turns of the event loop, so one
    processEvents() can still see the old height. Real clipping stays after every turn."""
    for _ in range(turns):
        QApplication.processEvents()
        if not clipped(widget):
            return []
    return clipped(widget)


def english_buttons(root: QWidget) -> list[str]:
    """Standard dialog buttons still in English (Qt's own catalogue not loaded)."""
    english = {"Cancel", "&Cancel", "Close", "&Close", "Yes", "&Yes", "No", "&No", "Save",
               "&Save", "Open", "&Open", "Apply", "&Apply"}
    return [b.text() for box in root.findChildren(QDialogButtonBox)
            for b in box.findChildren(QAbstractButton) if b.text() in english]


def look(qtbot, widget: QWidget, size=(1366, 768)) -> QWidget:
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    assert not clipped(widget), "\n".join(clipped(widget))
    assert not english_buttons(widget)
    return widget


def shown_size(dialog: QWidget, screen=(1366, 768)) -> tuple[int, int]:
    """The size Qt gives `dialog` when it is shown on a 1366×768 screen: the one it set
    itself, else its size hint (the height its wrapped text needs at that width) capped at two
    thirds of the screen, as QWidget::adjustSize does."""
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return dialog.width(), dialog.height()
    hint, layout = dialog.sizeHint(), dialog.layout()
    height = (layout.totalHeightForWidth(hint.width()) if layout.hasHeightForWidth()
              else hint.height())
    return min(hint.width(), screen[0] * 2 // 3), min(height, screen[1] * 2 // 3)


def test_first_run_and_unlock_in_french(qtbot, french, db_path, prefs):
    from tally.ui.main_window import MainWindow

    win = MainWindow(db_path, prefs)
    qtbot.addWidget(win)
    look(qtbot, win)
    step = win.first_run.database
    assert step.create.text() == "Cré&er la base de données"
    qtbot.keyClicks(step.passphrase, "court")
    assert "au moins 10 caractères" in step.message.text()
    assert not clipped(win)
    win.close()


def test_main_screens_in_french_fit_1366_by_768(qtbot, french, closed_db, prefs, tmp_path):
    from tally.ui.assessment import AssessmentView, StoreSession
    from tally.ui.export import ExportDialog
    from tally.ui.instrument_choice import InstrumentChoiceDialog
    from tally.ui.main_window import MainWindow
    from tally.ui.settings import SettingsDialog
    from tally.ui.verify import VerifyDialog

    win = MainWindow(closed_db, prefs)
    qtbot.addWidget(win)
    look(qtbot, win)
    assert "Déverrouiller" in [b.text().replace("&", "") for b in win.findChildren(QPushButton)]
    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.current_page() == "workspace")
    store, catalog = win.store, win.catalog
    assert catalog.get("static99r").lang == "fr"

    case_pk = store.create_case("QC-2026-031", date_of_birth="1979-05-14", facts={
        "release_date": "2024-06-20", "csem_only": False, "contact_sexual_offence": True})
    win.workspace.cases.model.refresh()
    win.workspace.show_case(case_pk)
    QApplication.processEvents()
    look(qtbot, win)
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["&Fichier", "&Dossier", "&Aide"]

    choice = InstrumentChoiceDialog(catalog, store.get_case(case_pk),
                                    store.list_assessments(case_pk=case_pk), win)
    look(qtbot, choice, (1100, 680))
    choice.close()

    form = catalog.get("static99r")
    aid = store.create_assessment(case_pk, form.id, form.version, form.content_hash,
                                  "2024-07-02")
    view = AssessmentView(StoreSession(store, aid), catalog)
    qtbot.addWidget(view)
    look(qtbot, view)
    assert view.wizard.next_button.text() == "Suivant → (Entrée, Alt+N)"
    for _ in form.items:  # answer every item with its first option, looking at each page
        buttons = view.wizard.page.choice_buttons()
        if not any(b.isChecked() for b in buttons):
            buttons[0].click()
        problems = settled_clipped(view)  # a French level can wrap the header's totals line
        assert not problems, "\n".join(problems)
        view.wizard.next_button.click()
        QApplication.processEvents()
    view.show_review()
    look(qtbot, view)
    view.show_results()
    look(qtbot, view)
    text = view.results.browser.toPlainText()
    assert "Normes" in text and "Applicabilité" in text
    assert not {"Norms", "Warnings", "Applicability", "Sources\n"} & set(text.split("\n"))
    assert "brouillon" in view.title.text() and "draft" not in view.title.text()
    view.close()

    settings = SettingsDialog(prefs, str(closed_db), store, win)
    look(qtbot, settings, (settings.sizeHint().width(), settings.sizeHint().height()))
    assert settings.language.currentData() == "fr"
    assert "prochain démarrage" in " ".join(w.text() for w in settings.findChildren(QLabel))
    settings.close()

    export = ExportDialog(store, catalog, case_pk, identity_folder=tmp_path / "id",
                          out_dir=tmp_path, parent=win)
    look(qtbot, export, (900, 700))
    export.close()

    verify = VerifyDialog(store, parent=win, forms=catalog)
    look(qtbot, verify, (900, 720))
    verify.close()
    dialogs_in_french(qtbot, win, store, catalog, prefs, closed_db, case_pk, aid, tmp_path)
    win.close()


def dialogs_in_french(qtbot, win, store, catalog, prefs, db, case_pk, aid, tmp_path) -> None:
    """The File and Case dialogs, each at the size it takes on a 1366×768 screen."""
    from tally.operations.lookups import load_report_context
    from tally.ui.case_deletion import DeleteCaseDialog, RetentionDialog
    from tally.ui.case_profile import NewCaseDialog
    from tally.ui.content_review import ContentReviewDialog
    from tally.ui.database_life import AuditTrailDialog, ChangePassphraseDialog, RestoreDialog
    from tally.ui.osp_facts import OspFactsDialog
    from tally.ui.report_context import ReportContextDialog
    from tally.ui.settings import SettingsDialog
    from tally.ui.training.authoring import CaseAuthoringDialog
    from tally.ui.validation import ValidationDialog
    from tally.ui.verify import VerifyDialog

    def validation() -> ValidationDialog:  # sized as File → Local validation sizes it
        dialog = ValidationDialog(store, catalog, parent=win)
        dialog.resize(1366 - 60, 768 - 60)
        return dialog

    records = [store.get_assessment(aid)]
    for make in (
        lambda: ChangePassphraseDialog(store, win),
        lambda: AuditTrailDialog(store, win),
        lambda: RestoreDialog(str(tmp_path / "backup.db"), str(db), win),
        lambda: DeleteCaseDialog("QC-2026-031", 3, 1, win),
        lambda: RetentionDialog(store, 7, win),
        lambda: ContentReviewDialog(catalog, tmp_path / "id", win),
        lambda: VerifyDialog(store, parent=win, forms=catalog),
        lambda: SettingsDialog(prefs, str(db), store, win),
        lambda: ReportContextDialog(load_report_context(store, records),
                                    [catalog.get(r.form_id) for r in records], win),
        lambda: NewCaseDialog(store, win),
        lambda: OspFactsDialog({}, win),
        validation,
        lambda: CaseAuthoringDialog(catalog, tmp_path / "training", set(), win),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        look(qtbot, dialog, shown_size(dialog))
        if isinstance(dialog, AuditTrailDialog):  # an entry read, the chain's verdict said
            dialog.table.selectRow(0)
            dialog.verify()
            assert "vérifie" in dialog.verdict.text()
        elif isinstance(dialog, ChangePassphraseDialog):  # the rule said under the fields
            dialog.current.setText(PASSPHRASE)
            dialog.new.setText("court")
        problems = settled_clipped(dialog)
        assert not problems, "\n".join(problems)
        dialog.close()
    # lock, then amend and void the locked version: each opened with open(), never exec()
    from tally.ui.assessment import AssessmentView, StoreSession

    view = AssessmentView(StoreSession(store, aid), catalog)
    qtbot.addWidget(view)
    look(qtbot, view)
    for request in (view.request_lock, view.request_amend, view.request_void):
        request()
        dialog = view._dialog
        look(qtbot, dialog, shown_size(dialog))
        if request == view.request_lock:
            dialog.accept()
        else:
            dialog.reject()
        QApplication.processEvents()
    assert store.assessment_meta(aid).status == "locked"
    view.close()
    assert case_pk


def test_the_language_setting_is_kept_and_english_stays_english(qtbot, prefs):
    from tally.ui.application import configure_application, install_translators

    assert prefs.language == "system"
    prefs.language = "en"
    app = QApplication.instance()
    configure_application(app, prefs)
    assert app.property("tally_language") == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"
    with pytest.raises(ValueError):
        prefs.language = "de"
    install_translators(app, "en")
    assert Qt  # the module's Qt import is used by the screens above


def test_training_in_french_vignette_feedback_and_progress(qtbot, french, tmp_path):
    """A practice attempt on TR-01 with the French interface: the vignette, the wizard, the
    feedback and the progress are French, and nothing is clipped at 1366×768."""
    from tally.operations.desk import Desk
    from tally.paths import load_catalog
    from tally.store import Store
    from tally.training.library import BUNDLED, USER, Library
    from tally.ui.training import TrainingWindow
    from tests.ui.assessment_fixtures import digit_key, press
    from tests.ui.test_training_practice import CASES, add_trainee

    catalog = load_catalog("fr")
    store = Store.create(tmp_path / "tally.db", PASSPHRASE)
    user = tmp_path / "user-training"
    library = Library.load([(CASES, BUNDLED), (user, USER)], "fr")
    win = TrainingWindow(Desk(store), catalog, library=library, user_folder=user)
    qtbot.addWidget(win)
    look(qtbot, win)
    add_trainee(qtbot, win, "Stagiaire A")
    case = win.library.get("tr01_first_contact_csem_only")
    win.tabs.setCurrentIndex(0)
    win.picker.select(case.id, "casic")
    win.picker.start_button.click()
    practice = win.practice
    vignette = practice.vignette.toPlainText()
    assert "Renseignements signalétiques" in vignette and "cas de formation fictif" in vignette
    assert not clipped(win), "\n".join(clipped(win))
    reference = case.reference("casic")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for item in catalog.get("casic").items:  # the reference's scores, but one item differs
        points = reference.items[item.id].points
        press(qtbot, digit_key(1 - points if item.id == "csem_stories" else points))
        press(qtbot, Qt.Key.Key_Return)
    assert practice.assessment.current_page() == "review"
    look(qtbot, win)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    assert not english_buttons(dialog)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Soumettre
    qtbot.waitUntil(lambda: win.feedback_view is not None and win.feedback_view.isVisible())
    text = win.feedback_view.text.toPlainText()
    assert "items sur 6 concordent" in text and "Item par item" in text
    assert "✗ diffère" in text and "Ce que ce cas enseigne" in text
    assert reference.items["csem_stories"].rationale in text  # the French rationale
    assert not clipped(win), "\n".join(clipped(win))
    win.feedback_view.progress_requested.emit()
    assert "Progression" in win.progress_view.findChild(QLabel).text() or any(
        "Progression" in w.text() for w in win.progress_view.findChildren(QLabel))
    assert not clipped(win), "\n".join(clipped(win))
    win.close()
    store.close()
