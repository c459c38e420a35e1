"""The unlocked workspace: the case list beside a tab area (the case, then one tab per open
assessment). Built after unlock and thrown away at lock, so nothing of a case stays in memory
while Tally is locked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tally.ui.case_list import CaseListPanel
from tally.ui.case_profile import CaseView, NewCaseDialog
from tally.ui.widgets import centred_column, label

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.changes import Change
    from tally.operations.desk import Desk


class Workspace(QWidget):
    status = Signal(str)

    def __init__(self, store: Desk, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.case_view: CaseView | None = None
        self._assessment_tabs: dict[int, QWidget] = {}

        self.cases = CaseListPanel(store)
        self.case_area = QStackedWidget()
        welcome = QWidget()
        w_layout = QVBoxLayout(welcome)
        w_layout.addWidget(label(self.tr("No case selected"), "title"))
        w_layout.addWidget(label(self.tr(
            "Choose a case on the left (Ctrl+1 goes to the list, Ctrl+F searches) or create "
            "one with Ctrl+N."), "muted"))
        self.welcome = centred_column(welcome, 520)
        self.case_area.addWidget(self.welcome)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setAccessibleName(self.tr("Open case and assessments"))
        self.tabs.addTab(self.case_area, self.tr("Case"))
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.cases)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # the list steps aside while an assessment is open (Ctrl+1 brings it back): the
        # wizard needs the whole width of a laptop for the guidance beside the item
        self.splitter.setCollapsible(0, True)
        self._list_width = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.cases.case_selected.connect(self.show_case)
        self.cases.open_requested.connect(lambda _pk: self.focus_case())
        self.cases.new_case_requested.connect(self.new_case)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        unsubscribe = store.changes.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._list_width and self.width() > 200:
            # wide enough for all five columns (the pattern column elides), under a third
            self._list_width = max(440, min(int(self.width() * 0.3), 520))
            self.splitter.setSizes([self._list_width, self.width() - self._list_width])

    def case_list_shown(self) -> bool:
        return self.splitter.sizes()[0] > 0

    def show_case_list(self, shown: bool) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown and sizes[0] == 0:
            width = self._list_width or max(300, int(total * 0.28))
            self.splitter.setSizes([width, total - width])
        elif not shown and sizes[0] > 0:
            self._list_width = sizes[0]
            self.splitter.setSizes([0, total])

    def _tab_changed(self, index: int) -> None:
        self.show_case_list(index <= 0)

    def _on_change(self, change: Change) -> None:
        """The case list shows a case's id and its number of assessments: reload that row
        when an operation changed either (answers change neither)."""
        from tally.operations import changes

        if change.kind == changes.CASE_DELETED:
            return  # gone: the deleting view refreshes the list, there is no row to reload
        if change.case_pk is not None and change.kind != changes.ANSWERED:
            self.cases.model.reload_case(change.case_pk)

    # ------------------------------------------------------------------ cases

    def show_case(self, pk: int) -> None:
        if self.case_view is not None and self.case_view.case_pk == pk:
            return
        if self.case_view is not None:
            self.case_view.flush()
            self.case_area.removeWidget(self.case_view)
            self.case_view.deleteLater()
            self.case_view = None
        if pk < 0:
            self.case_area.setCurrentWidget(self.welcome)
            self.tabs.setTabText(0, self.tr("Case"))
            return
        view = CaseView(self.store, self.catalog, pk)
        view.saved.connect(self._case_saved)
        view.open_assessment.connect(self.open_assessment)
        view.choose_instrument.connect(self.choose_instrument)
        view.export_requested.connect(self.sign_and_export)
        self.case_area.addWidget(view)
        self.case_area.setCurrentWidget(view)
        self.case_view = view
        self.tabs.setTabText(0, self.tr("Case %1").replace("%1", view.case.case_id))

    def _case_saved(self, pk: int) -> None:
        if self.case_view is not None:
            self.tabs.setTabText(0, self.tr("Case %1").replace("%1", self.case_view.case.case_id))

    def new_case(self) -> int:
        from PySide6.QtWidgets import QApplication

        before = QApplication.focusWidget()
        dialog = NewCaseDialog(self.store, self)
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted or dialog.case_pk < 0:
            self._restore_focus(before)
            return -1
        pk = dialog.case_pk
        self.cases.model.refresh()
        if not self.cases.select_case(pk):  # far down a long list: find it by its id
            self.cases.search.setText(self.store.get_case(pk).case_id)
            self.cases.apply_search()
            self.cases.select_case(pk)
        self.tabs.setCurrentIndex(0)
        if self.case_view is not None:  # ready to type the date of birth
            self.case_view.ensureWidgetVisible(self.case_view.profile.date_of_birth)
            self.case_view.profile.focus_field(self.case_view.profile.date_of_birth)
        self.status.emit(self.tr("Case created"))
        return pk

    def _restore_focus(self, widget: QWidget | None) -> None:
        """After Escape from a dialog the keyboard goes back where it was (the case list when
        that widget is gone), never nowhere."""
        from shiboken6 import isValid

        self.window().activateWindow()
        if widget is not None and isValid(widget) and widget.isVisible() \
                and widget.isEnabled() and self.isAncestorOf(widget):
            widget.setFocus()
        else:
            self.focus_cases()

    def focus_profile(self) -> None:
        self.tabs.setCurrentIndex(0)
        if self.case_view is not None:
            self.case_view.focus_profile()

    def focus_case(self) -> None:
        """A case opened from the list (Enter, a double click): the keyboard goes to its
        assessment list, never into a profile field where the next key would change it."""
        self.tabs.setCurrentIndex(0)
        if self.case_view is not None:
            self.case_view.focus_home()

    def edit_profile(self) -> None:
        """Case → Edit profile (F2): a read-only profile opens for editing; a profile edited
        directly is simply focused."""
        self.tabs.setCurrentIndex(0)
        if self.case_view is not None:
            self.case_view.begin_edit()

    def focus_cases(self) -> None:
        self.show_case_list(True)
        self.cases.focus_table()

    def focus_search(self) -> None:
        self.show_case_list(True)
        self.cases.focus_search()

    # ------------------------------------------------------------------ assessments

    def choose_instrument(self, case_pk: int | None = None) -> int:
        """Ask which instrument to score for the case; create and open the assessment."""
        from tally.ui.instrument_choice import InstrumentChoiceDialog

        if case_pk is None or case_pk is False:
            case_pk = self.case_view.case_pk if self.case_view is not None else -1
        if case_pk < 0:
            self.status.emit(self.tr("Select a case first."))
            return -1
        if self.case_view is not None and self.case_view.case_pk == case_pk:
            self.case_view.flush()  # the advice must see the facts just typed
        case = self.store.get_case(case_pk)
        dialog = InstrumentChoiceDialog(self.catalog, case,
                                        self.store.list_assessments(case_pk=case_pk), self)
        dialog.resize(min(1100, self.width()), min(680, max(480, self.height())))
        if dialog.exec() != InstrumentChoiceDialog.DialogCode.Accepted:
            return -1
        chosen = dialog.chosen()
        if chosen is None:
            return -1
        form, when = chosen
        assessment_id = self.store.create_assessment(
            case_pk, form.id, form.version, form.content_hash, when, form=form)
        self.open_assessment(assessment_id)
        return assessment_id

    def open_assessment(self, assessment_id: int) -> QWidget:
        existing = self._assessment_tabs.get(assessment_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        from tally.ui.assessment import AssessmentView
        from tally.ui.assessment.session import StoreSession

        meta = self.store.assessment_meta(assessment_id)
        view = AssessmentView(StoreSession(self.store, assessment_id), self.catalog, self)
        name = self.catalog.get(meta.form_id).name if meta.form_id in self.catalog \
            else meta.form_id
        title = f"{meta.case_id} · {name}"
        view.setAccessibleName(title)
        self._assessment_tabs[assessment_id] = view
        index = self.tabs.addTab(view, title)
        self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(index)
        view.closed.connect(lambda: self._remove_tab(view))
        view.open_requested.connect(self.open_assessment)  # CPORT item 5 -> its CASIC
        view.setFocus()
        return view

    def _remove_tab(self, view: QWidget) -> None:
        index = self.tabs.indexOf(view)
        if index > 0:
            self.tabs.removeTab(index)
        for key, widget in list(self._assessment_tabs.items()):
            if widget is view:
                del self._assessment_tabs[key]
        view.deleteLater()

    def close_tab(self, index: int | None = None) -> None:
        index = self.tabs.currentIndex() if index is None else index
        if index <= 0:
            return
        view = self.tabs.widget(index)
        finish = getattr(view, "close_view", None)  # AssessmentView: flush, then closed()
        (finish or view.close)()
        if self.tabs.indexOf(view) > 0:
            self._remove_tab(view)
        if self.tabs.currentIndex() == 0 and self.case_view is not None:
            self.case_view.focus_home()  # never where Qt hands it on (a profile field)

    def sign_and_export(self) -> None:
        """Sign and export locked assessments of the open case as one PDF (Ctrl+Shift+E)."""
        from PySide6.QtWidgets import QApplication

        from tally.ui.export import EXPORTABLE, ExportDialog

        if self.case_view is None:
            self.status.emit(self.tr("Select a case first."))
            return
        self.case_view.flush()
        before = QApplication.focusWidget()
        case_pk = self.case_view.case_pk
        # every locked assessment of the case is ticked: one report of the whole case
        locked = [m.id for m in self.store.list_assessments(case_pk=case_pk)
                  if m.status in EXPORTABLE]
        dialog = ExportDialog(self.store, self.catalog, case_pk, locked, parent=self)
        dialog.exported.connect(lambda _result: self._exported())
        dialog.exec()
        dialog.deleteLater()
        self._restore_focus(before)

    def _exported(self) -> None:
        self.status.emit(self.tr("Report written"))

    def edit_report_context(self, dialog_factory: Any = None) -> bool:
        """Case → Report context…: the referral, sources and training the case's next report
        prints, entered once and remembered (the export dialog opens the same)."""
        from tally.operations.errors import StoreError
        from tally.operations.lookups import load_report_context, save_report_context
        from tally.ui.report_context import ReportContextDialog

        if self.case_view is None:
            return False
        pk = self.case_view.case_pk
        current = [m for m in self.store.list_assessments(case_pk=pk)
                   if m.status in ("locked", "signed")]
        records = [self.store.get_assessment(m.id) for m in current]
        forms = list({r.form_id: self.catalog.get(r.form_id) for r in records
                      if r.form_id in self.catalog}.values())
        context = load_report_context(self.store, records, case_pk=pk)
        dialog = (dialog_factory or ReportContextDialog)(context, forms, self)
        if not dialog.exec():
            return False
        try:
            save_report_context(self.store, pk, dialog.context())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Report context"), self.tr(
                "The report context was not saved: %1").replace("%1", str(exc)))
            return False
        return True

    def open_selected_assessment(self) -> None:
        if self.case_view is not None:
            self.case_view.open_selected()

    def open_assessment_ids(self) -> list[int]:
        return list(self._assessment_tabs)

    def close_case_tabs(self, case_pk: int) -> None:
        """Save and close the case's open assessments and its profile (before a deletion)."""
        for aid in list(self._assessment_tabs):
            if self.store.assessment_meta(aid).case_pk == case_pk:
                index = self.tabs.indexOf(self._assessment_tabs[aid])
                if index > 0:
                    self.close_tab(index)
        if self.case_view is not None and self.case_view.case_pk == case_pk:
            self.show_case(-1)

    def delete_selected_case(self) -> bool:
        """Case → Delete case…: the selected case, after DeleteCaseDialog says so."""
        from tally.operations.errors import StoreError
        from tally.ui.case_deletion import DeleteCaseDialog, signed_work

        pk = self.cases.current_pk()
        if pk < 0:
            self.status.emit(self.tr("Select a case to delete first"))
            return False
        case = self.store.get_case(pk)
        metas = self.store.list_assessments(case_pk=pk)
        signed = sum(signed_work(m) for m in metas)
        dialog = DeleteCaseDialog(case.case_id, len(metas), signed, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.cases.table.setFocus()
            return False
        self.close_case_tabs(pk)
        try:
            self.store.delete_case(pk, dialog.reason.text().strip())
        except StoreError as exc:
            self.status.emit(str(exc))
            return False
        self.cases.model.refresh()
        self.cases.table.setFocus()
        self.status.emit(self.tr("Case %1 deleted").replace("%1", case.case_id))
        return True

    def cases_past_retention(self, years: int) -> int:
        """Case → Cases past retention…: list, then delete on confirmation; returns the period
        last used (to remember it)."""
        from tally.ui.case_deletion import RetentionDialog

        self.close_case_views()  # saved and closed first: any listed case may be deleted
        dialog = RetentionDialog(self.store, years, self)
        dialog.exec()
        if dialog.deleted:
            self.cases.model.refresh()
        self.cases.table.setFocus()
        return dialog.years.value()

    def close_case_views(self) -> None:
        """Save and close every open assessment and the case profile."""
        while self.tabs.count() > 1:
            self.close_tab(self.tabs.count() - 1)
        self.show_case(-1)

    # ------------------------------------------------------------------ life

    def shutdown(self) -> None:
        """Save what is pending and close every open assessment (before lock or quit)."""
        if self.case_view is not None:
            self.case_view.flush()
        while self.tabs.count() > 1:
            self.close_tab(self.tabs.count() - 1)
