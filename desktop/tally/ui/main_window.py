"""The one top-level window. It shows, in turn: first run, unlock, and the workspace.

Locking (Ctrl+L or the idle timer) saves what is pending, throws the workspace away, closes
the store and shows the unlock screen; nothing of a case stays on screen or in memory.
The store and the forms catalog are imported only when first needed, so the first window
appears about as fast as an empty Qt window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from tally.ui.first_run import FirstRunPage
from tally.ui.idle import IdleWatcher
from tally.ui.preferences import Preferences
from tally.ui.unlock import UnlockPage

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from tally.core.catalog import Catalog
    from tally.operations.desk import Desk
    from tally.ui.workspace import Workspace

MINUTE_MS = 60_000


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, db_path: Path, prefs: Preferences | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs or Preferences()
        self.db_path = Path(db_path)
        self.store: Desk | None = None
        self.workspace: Workspace | None = None
        self._catalog: Catalog | None = None
        self.setWindowTitle(self.tr("Tally"))
        self.setAccessibleName(self.tr("Tally"))

        # Pages scroll when small (200% scaling on 1366x768), so the window needs no minimum
        # size from its layout (which the offscreen platform also warns about).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self._first_run: FirstRunPage | None = None  # built when first shown
        self._unlock_page: UnlockPage | None = None
        self._actions_built = False

        self.idle = IdleWatcher(self.prefs.idle_lock_minutes * MINUTE_MS, self)
        self.idle.idle.connect(lambda: self.lock(by_idle=True))
        self._show_start_page()

    @property
    def first_run(self) -> FirstRunPage:
        if self._first_run is None:
            page = FirstRunPage(str(self.db_path))
            page.database.create_requested.connect(self._create_database)
            page.database.other_file_requested.connect(self._choose_other_database)
            page.profile.save_requested.connect(self._save_profile)
            self.pages.addWidget(page)
            self._first_run = page
        return self._first_run

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            page = UnlockPage(str(self.db_path))
            page.unlock_requested.connect(self._unlock)
            page.other_file_requested.connect(self._choose_other_database)
            page.verify_requested.connect(self.open_verify)
            self.pages.addWidget(page)
            self._unlock_page = page
        return self._unlock_page

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if not self._actions_built and app is not None:
            # Menus and shortcuts parse key sequences, which loads Qt's whole namespace
            # (~12 ms): they are built just after the first paint, not before it.
            app.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Paint:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.ensure_actions)
        return False

    def ensure_actions(self) -> None:
        if not self._actions_built:
            self._actions_built = True
            self._build_actions()
            self._set_unlocked_ui(self.workspace is not None)

    # ------------------------------------------------------------------ actions and menus

    def _action(self, text: str, name: str, slot: Any,
                *, needs_unlock: bool = True) -> QAction:
        """An action whose key comes from the one shortcut map (tally.ui.shortcuts)."""
        from PySide6.QtGui import QAction, QKeySequence

        from tally.ui.shortcuts import key

        action = QAction(text, self)
        if name:
            action.setShortcut(QKeySequence(key("main", name)))
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("needs_unlock", needs_unlock)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        ws = self._with_workspace
        self.act_new_case = self._action(self.tr("&New case…"), "new_case", ws("new_case"))
        self.act_search = self._action(self.tr("&Find case"), "find_case", ws("focus_search"))
        self.act_cases = self._action(self.tr("Go to case &list"), "case_list",
                                      ws("focus_cases"))
        self.act_profile = self._action(self.tr("Go to case &profile"), "case_profile",
                                        ws("focus_profile"))
        self.act_edit_profile = self._action(self.tr("&Edit profile"), "edit_profile",
                                             ws("edit_profile"))
        self.act_instrument = self._action(self.tr("&Add instrument…"), "add_instrument",
                                           ws("choose_instrument"))
        self.act_open = self._action(self.tr("&Open selected assessment"), "open_assessment",
                                     ws("open_selected_assessment"))
        self.act_close_tab = self._action(self.tr("&Close tab"), "close_tab", ws("close_tab"))
        self.act_settings = self._action(self.tr("&Settings…"), "settings", self.open_settings,
                                         needs_unlock=False)
        self.act_lock = self._action(self.tr("&Lock"), "lock", self.lock)
        self.act_quit = self._action(self.tr("&Quit"), "quit", self.close, needs_unlock=False)
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), "shortcuts",
                                          self.show_shortcuts, needs_unlock=False)
        self.act_training = self._action(self.tr("&Training (fictional cases)…"), "training",
                                         self.open_training)
        self.act_export = self._action(self.tr("Sign and &export PDF…"), "export",
                                       ws("sign_and_export"))
        self.act_verify = self._action(self.tr("&Verify a signed PDF…"), "verify",
                                       self.open_verify, needs_unlock=False)
        self.act_identity = self._action(self.tr("Signing &identity…"), "", self.open_identity,
                                         needs_unlock=False)
        self.act_validation = self._action(self.tr("Local &validation…"), "validation",
                                           self.open_validation)
        self.act_review = self._action(self.tr("Local content &review…"), "",
                                       self.open_content_review, needs_unlock=False)
        self.act_backup = self._action(self.tr("&Back up database…"), "", self.backup_database)
        self.act_restore = self._action(self.tr("Res&tore from backup…"), "",
                                        self.restore_database)
        self.act_passphrase = self._action(self.tr("Change &passphrase…"), "",
                                           self.change_passphrase)
        self.act_audit = self._action(self.tr("&Audit trail…"), "", self.open_audit_trail)
        self.act_delete_case = self._action(self.tr("&Delete case…"), "",
                                            ws("delete_selected_case"))
        self.act_retention = self._action(self.tr("Cases past &retention…"), "",
                                          self.cases_past_retention)
        self.act_context = self._action(self.tr("Report conte&xt…"), "",
                                        ws("edit_report_context"))
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new_case, self.act_export, self.act_verify,
                              self.act_identity, self.act_review, self.act_settings])
        file_menu.addSeparator()
        file_menu.addActions([self.act_backup, self.act_restore, self.act_passphrase,
                              self.act_audit])
        self._file_menu = file_menu
        self._file_tail = file_menu.addSeparator()
        file_menu.addActions([self.act_lock, self.act_quit])
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.addActions([self.act_search, self.act_cases, self.act_profile,
                              self.act_edit_profile, self.act_instrument, self.act_open,
                              self.act_close_tab, self.act_context])
        case_menu.addSeparator()
        case_menu.addActions([self.act_delete_case, self.act_retention])
        case_menu.addSeparator()
        case_menu.addAction(self.act_validation)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_training, self.act_shortcuts])

    def _with_workspace(self, name: str) -> Any:
        def run() -> None:
            if self.workspace is not None:
                getattr(self.workspace, name)()
        return run

    def actions_needing_unlock(self) -> list[QAction]:
        return [a for a in self.actions() if a.property("needs_unlock")]

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        if not self._actions_built:
            return
        for action in self.actions_needing_unlock():
            action.setEnabled(unlocked)
        self.menuBar().setVisible(unlocked)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: the shortcut map of every window, scrollable."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        from tally.ui.shortcuts import sheet_html

        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        text = QTextBrowser()
        text.setObjectName("shortcutsText")
        text.setAccessibleName(self.tr("Keyboard shortcuts"))
        text.setHtml(sheet_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(min(720, self.width()), min(760, self.height()))
        self._shortcuts_dialog = dialog
        dialog.exec()
        self._shortcuts_dialog = None
        dialog.deleteLater()

    # ------------------------------------------------------------------ pages

    def _show_start_page(self) -> None:
        self._set_unlocked_ui(False)
        if self._first_run is not None:
            self._first_run.database.set_path(str(self.db_path))
        if self._unlock_page is not None:
            self._unlock_page.set_path(str(self.db_path))
        if self.db_path.exists():
            self.unlock_page.reset()
            self.pages.setCurrentWidget(self.unlock_page)
        else:
            self.first_run.setCurrentWidget(self.first_run.database)
            self.pages.setCurrentWidget(self.first_run)
        QTimer.singleShot(0, self._focus_page)

    def _focus_page(self) -> None:
        current = self.pages.currentWidget()
        if current is not None and current is self._unlock_page:
            self.unlock_page.passphrase.setFocus()
        elif current is not None and current is self._first_run:
            self.first_run.focus_first()

    def current_page(self) -> str:
        widget = self.pages.currentWidget()
        if widget is self._unlock_page:
            return "unlock"
        if widget is self._first_run:
            return "first_run" if self.first_run.currentWidget() is self.first_run.database \
                else "profile"
        return "workspace"

    def _choose_other_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Tally database"), str(self.db_path),
            self.tr("Tally database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.switch_database(Path(path))

    def switch_database(self, path: Path) -> None:
        if self.store is not None:
            self.lock()
        self.db_path = path
        self.prefs.database_path = str(path)
        self._show_start_page()

    # ------------------------------------------------------------------ store

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from tally.reports.local_review import reviewed_catalog
            from tally.ui.application import current_language

            # forms in the interface's language, with any verified local content review
            self._catalog = reviewed_catalog(current_language())
            if self.store is not None:
                self.store.use_catalog(self._catalog)  # older records with their own forms
        return self._catalog

    def _create_database(self, passphrase: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from tally.operations.desk import Desk
        from tally.operations.errors import StoreError

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store = Desk.create(self.db_path, passphrase)
        except (StoreError, OSError) as exc:
            self.first_run.database.show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.first_run.show_profile_step()

    def _save_profile(self, name: str, credentials: str, organisation: str) -> None:
        from tally.operations.errors import StoreError

        if self.store is None:
            self._show_start_page()
            return
        try:
            self.store.set_evaluator(name, credentials, organisation)
        except StoreError as exc:
            self.first_run.profile.show_error(str(exc))
            return
        self._open_workspace()

    def _unlock(self, passphrase: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from tally.operations.desk import Desk
        from tally.operations.errors import NotATallyDatabase, StoreError, WrongPassphrase

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()  # show "Unlocking…" while the key is derived
        try:
            self.store = Desk.open(self.db_path, passphrase)
        except WrongPassphrase:
            self.unlock_page.wrong_passphrase(self.tr(
                "That passphrase does not open this database. Nothing was changed."))
            return
        except (NotATallyDatabase, StoreError, OSError) as exc:
            self.unlock_page.show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.unlock_page.reset()
        if self.store.evaluator() is None:  # created, but the profile step never finished
            self.pages.setCurrentWidget(self.first_run)
            self.first_run.show_profile_step()
            return
        self._open_workspace()

    def _open_workspace(self) -> None:
        from tally.ui.workspace import Workspace

        assert self.store is not None
        self.store.use_catalog(self.catalog)  # older records with their own forms
        self.workspace = Workspace(self.store, self.catalog)
        self.workspace.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self._set_unlocked_ui(True)
        self.ensure_actions()
        # the platform appends " — Tally" (the display name): "cases.db — Tally", not twice
        self.setWindowTitle(self.db_path.name)
        self.idle.set_timeout_ms(self.prefs.idle_lock_minutes * MINUTE_MS)
        self.idle.start()
        self.workspace.focus_cases()
        self._show_notices()
        self.unlocked.emit()

    def _show_notices(self) -> None:
        """Say what opening the database did on its own; never silently."""
        assert self.store is not None
        notices = self.store.notices
        if not notices:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("While opening the database"),
                          self.tr("Tally did this while opening the database:"),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("openNotices")
        from tally.ui.store_notices import notice_text

        box.setInformativeText("\n\n".join(notice_text(n) for n in notices))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not blocking: the workspace is already there behind it
        self._notices_box = box

    def lock(self, by_idle: bool = False) -> None:
        """Save pending work, forget the workspace, close the store, show unlock."""
        from PySide6.QtWidgets import QDialog

        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # a dialog open at lock time changes nothing
        self.close_training()
        if self.workspace is not None:
            self.workspace.shutdown()
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.store is not None:
            self.store.close()
            self.store = None
        if self._catalog is not None:
            self._catalog.keep_from(None)  # the kept forms were this database's
        self.setWindowTitle(self.tr("Tally"))
        self.statusBar().clearMessage()
        self.unlock_page.set_reason(by_idle)
        self._show_start_page()
        self.locked.emit()

    # ------------------------------------------------------------------ the database's life

    def backup_database(self) -> None:
        """File → Back up…: an encrypted, checked copy; never over an existing file."""
        from datetime import date

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from tally.operations.errors import StoreError
        from tally.ui.progress import announced, is_large

        if self.store is None:
            return
        suggested = self.db_path.with_name(
            f"{self.db_path.stem}-backup-{date.today().isoformat()}{self.db_path.suffix}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database to"), str(suggested),
            self.tr("Tally backups (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return
        dest = Path(chosen)
        if dest.exists():  # a backup never replaces a file, the database included
            QMessageBox.warning(self, self.tr("Back up the database"), self.tr(
                "%1 already exists. Choose a new name: a backup never replaces a file.")
                .replace("%1", str(dest)))
            return
        try:
            with announced(self, self.tr("Back up the database"),
                           self.tr("Writing the encrypted backup…"),
                           show=is_large(self.db_path)):
                written = self.store.backup(dest)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Back up the database"), self.tr(
                "No backup was made: %1").replace("%1", str(exc)))
            return
        self.statusBar().showMessage(
            self.tr("Encrypted backup written to %1").replace("%1", str(written)), 10000)

    def restore_database(self) -> None:
        """File → Restore…: check the backup, close the database, swap, then unlock again."""
        from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

        from tally.operations.desk import Desk
        from tally.operations.errors import StoreError
        from tally.ui.database_life import RestoreDialog
        from tally.ui.progress import run_in_background

        if self.store is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from the backup"), str(self.db_path.parent),
            self.tr("Tally backups (*.db);;All files (*)"))
        if not chosen:
            return
        dialog = RestoreDialog(chosen, str(self.db_path), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase.text()
        self.lock()  # saves pending work and closes the store: a restore needs it closed
        try:  # on closed files only, so in the background while the window stays painted
            aside = run_in_background(
                self, self.tr("Restore from a backup"),
                self.tr("Checking the backup completely, then putting it in place of the "
                        "database…"),
                lambda: Desk.restore(chosen, self.db_path, passphrase))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Restore from a backup"), self.tr(
                "The backup was not restored: %1").replace("%1", str(exc)))
            return
        kept = (self.tr(" The previous database is kept as %1.").replace("%1", str(aside))
                if aside else "")
        QMessageBox.information(self, self.tr("Restore from a backup"), self.tr(
            "The database was restored from %1.").replace("%1", chosen) + kept + " " + self.tr(
            "Unlock it with the backup's passphrase."))

    def cases_past_retention(self) -> None:
        if self.workspace is None:
            return
        self.prefs.retention_years = self.workspace.cases_past_retention(
            self.prefs.retention_years)

    def change_passphrase(self) -> None:
        from tally.ui.database_life import ChangePassphraseDialog

        if self.store is None:
            return
        dialog = ChangePassphraseDialog(self.store, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr(
                "Passphrase changed: the database is encrypted with the new one."), 10000)

    def open_audit_trail(self) -> None:
        from tally.ui.database_life import AuditTrailDialog

        if self.store is None:
            return
        dialog = AuditTrailDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._audit_dialog = dialog

    # ------------------------------------------------------------------ settings and life

    def open_training(self) -> None:
        """The Training window (tally.ui.training) on this store's separate training tables."""
        from tally.ui.training import TrainingWindow

        if self.store is None:
            return
        if getattr(self, "training_window", None) is None:
            self.training_window = TrainingWindow(self.store, self.catalog, self)
            self.training_window.showMaximized()  # the vignette and the wizard need room
        self.training_window.show()
        self.training_window.raise_()
        self.training_window.activateWindow()

    def close_training(self) -> None:
        """Close the Training window before the store closes (lock, switch, quit)."""
        window = getattr(self, "training_window", None)
        if window is not None:
            window.close()
            window.deleteLater()
            self.training_window = None

    def open_verify(self) -> None:
        """Verify a signed PDF; works while locked (then without the database comparison)."""
        from tally.ui.verify import VerifyDialog

        forms = self.catalog if self.store is not None else None
        dialog = VerifyDialog(self.store, parent=self, forms=forms)
        dialog.resize(min(900, max(700, self.width() - 120)), min(720, self.height()))
        dialog.exec()
        dialog.deleteLater()

    def open_validation(self) -> None:
        """How the instruments perform on this database's cases with follow-up."""
        from tally.ui.validation import ValidationDialog

        if self.store is None:
            return
        dialog = ValidationDialog(self.store, self.catalog, parent=self)
        dialog.resize(max(900, self.width() - 60), max(600, self.height() - 60))
        dialog.exec()
        dialog.deleteLater()

    def open_identity(self) -> None:
        from tally.ui.identity import IdentityDialog

        dialog = IdentityDialog(self.store, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def open_content_review(self) -> None:
        """The local content review screen; a saved review reloads the forms everywhere."""
        from tally.paths import load_catalog
        from tally.ui.content_review import ContentReviewDialog

        dialog = ContentReviewDialog(load_catalog(), parent=self)
        dialog.exec()
        if dialog.changed:
            self._catalog = None  # reviewed again on next use: screens opened from now see it
            if self.workspace is not None:
                self.workspace.catalog = self.catalog
        dialog.deleteLater()

    def open_settings(self) -> None:
        from PySide6.QtWidgets import QDialog

        from tally.ui.application import apply_appearance
        from tally.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.prefs, str(self.db_path), self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.prefs)
        self.idle.set_timeout_ms(self.prefs.idle_lock_minutes * MINUTE_MS)
        if dialog.database_changed:
            self.switch_database(Path(self.prefs.database_path))

    def show_at_last_size(self) -> None:
        """Open where it was last closed; the first time (or when that place is no longer on
        any screen), maximised."""
        from PySide6.QtCore import QByteArray

        saved = self.prefs.window_geometry
        if saved and self.restoreGeometry(QByteArray(saved)):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is None or screen.intersects(self.geometry()):
                self.show()
                return
        self.showMaximized()

    def closeEvent(self, event: Any) -> None:
        self.prefs.window_geometry = bytes(self.saveGeometry().data())
        self.close_training()
        if self.workspace is not None:
            self.workspace.shutdown()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.idle.stop()
        super().closeEvent(event)

