"""The QApplication: identity, style, light/dark palette, font size and translators.

The palette follows the system's colour scheme unless the user picked light or dark. Colours
are calm and few; meaning is never carried by colour alone (every status also has a word).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tally.ui.preferences import Preferences

LIGHT = {
    "window": "#f4f6f7", "base": "#ffffff", "alt": "#eef2f4", "text": "#1d2a31",
    "muted": "#5b6b73", "border": "#c9d3d8", "highlight": "#2b6a87", "on_highlight": "#ffffff",
    "button": "#e9eef1", "link": "#1f5f7d",
    "ok": "#256b45", "caution": "#8a5a00", "stop": "#a1261d",
}
DARK = {
    "window": "#1c2125", "base": "#242a2f", "alt": "#2a3137", "text": "#e2e8eb",
    "muted": "#9aa8af", "border": "#3b454c", "highlight": "#4a93b5", "on_highlight": "#0f1417",
    "button": "#2e363c", "link": "#7cc0e0",
    "ok": "#6cc196", "caution": "#e0b45a", "stop": "#ef8a80",
}

_translators: list[QTranslator] = []  # kept alive for the application's lifetime


def system_is_dark(app: QGuiApplication) -> bool:
    """Whether the system asks for dark colours.

    Read from the platform palette taken before Tally set its own (asking styleHints for the
    colour scheme would load the whole Qt namespace, ~12 ms, before the first window)."""
    known = app.property("tally_system_dark")
    if known is None:
        known = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        app.setProperty("tally_system_dark", known)
    return bool(known)


def colours(app: QGuiApplication | None = None) -> dict[str, str]:
    """The colour set in use now (the property `tally_dark` is set by apply_appearance)."""
    app = app or QGuiApplication.instance()
    return DARK if app is not None and app.property("tally_dark") else LIGHT


def _palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
        (role.AlternateBase, "alt"), (role.Text, "text"), (role.Button, "button"),
        (role.ButtonText, "text"), (role.Highlight, "highlight"),
        (role.HighlightedText, "on_highlight"), (role.ToolTipBase, "base"),
        (role.ToolTipText, "text"), (role.Link, "link"), (role.PlaceholderText, "muted"),
        (role.BrightText, "stop"), (role.Mid, "border"), (role.Midlight, "alt"),
        (role.Dark, "border"), (role.Shadow, "border"),
    ):
        p.setColor(r, QColor(c[key]))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c["muted"]))
    return p


def _stylesheet(c: dict[str, str], points: float) -> str:
    return f"""
    QLabel[role="title"] {{ font-size: {points * 1.7:.1f}pt; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: {points * 1.25:.1f}pt; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {c["muted"]}; }}
    QLabel[role="error"] {{ color: {c["stop"]}; font-weight: 600; }}
    QLabel[role="notice"] {{ background: {c["alt"]}; border: 1px solid {c["border"]};
        border-radius: 6px; padding: 8px; }}
    QFrame[role="card"] {{ background: {c["base"]}; border: 1px solid {c["border"]};
        border-radius: 8px; }}
    QFrame[role="card"][selected="true"] {{ border: 2px solid {c["highlight"]}; }}
    QPushButton {{ padding: 5px 14px; }}
    QPushButton[role="primary"] {{ background: {c["highlight"]}; color: {c["on_highlight"]};
        border: 1px solid {c["highlight"]}; border-radius: 4px; font-weight: 600; }}
    QPushButton[role="primary"]:disabled {{ background: {c["button"]}; color: {c["muted"]};
        border-color: {c["border"]}; }}
    QPushButton[role="primary"]:focus {{ border: 2px solid {c["text"]}; }}
    QPushButton:focus {{ border: 2px solid {c["highlight"]}; border-radius: 4px; }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
    QDateEdit:focus, QComboBox:focus, QAbstractItemView:focus {{
        border: 2px solid {c["highlight"]}; }}
    QCheckBox:focus, QRadioButton:focus {{ border: 1px dashed {c["highlight"]}; }}
    QTabBar::tab:focus {{ border: 2px solid {c["highlight"]}; }}
    QListWidget::item {{ padding: 6px 4px; }}
    QTableView {{ gridline-color: {c["border"]}; }}
    QToolTip {{ color: {c["text"]}; background: {c["base"]}; border: 1px solid {c["border"]}; }}
    """


def apply_appearance(app: QApplication, prefs: Preferences) -> None:
    """Palette, font size and style sheet from the preferences (and the system's scheme)."""
    theme = prefs.theme
    dark = system_is_dark(app) if theme == "system" else theme == "dark"
    app.setProperty("tally_dark", dark)
    c = DARK if dark else LIGHT
    app.setPalette(_palette(c))
    base = app.property("tally_default_font")
    font = QFont(base) if isinstance(base, QFont) else QFont(app.font())
    if prefs.font_points:
        font.setPointSize(prefs.font_points)
    app.setFont(font)
    app.setStyleSheet(_stylesheet(c, font.pointSizeF() if font.pointSizeF() > 0 else 10.0))


def system_language() -> str:
    """The interface language the system locale asks for: French or English."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def interface_language(prefs: Preferences) -> str:
    """The language chosen in Settings, or the system's (en or fr)."""
    return prefs.language if prefs.language in ("en", "fr") else system_language()


def current_language(app: QGuiApplication | None = None) -> str:
    """The language the running interface is in (set by install_translators)."""
    app = app or QGuiApplication.instance()
    value = app.property("tally_language") if app is not None else None
    return value if value in ("en", "fr") else "en"


def install_translators(app: QApplication, lang: str = "en") -> bool:
    """Qt's own strings (qtbase_fr: dialog buttons, file dialogs) and Tally's, for `lang`.

    English is the source language: no translator. Returns False when Tally's catalogue is
    missing (the .qm is built by the Makefile), so the caller can say so."""
    from tally.paths import resources_dir

    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    app.setProperty("tally_language", "en")
    if lang == "en":  # dates and numbers: the system's, unless the system is not English
        english = QLocale.system().language() == QLocale.Language.English
        QLocale.setDefault(QLocale.system() if english else QLocale(
            QLocale.Language.English, QLocale.Country.Canada))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    found = True
    for name, folder in (
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"tally_{lang}", str(resources_dir() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        elif name.startswith("tally"):
            found = False
    app.setProperty("tally_language", lang if found else "en")
    return found


def configure_application(app: QApplication, prefs: Preferences) -> None:
    """Everything about the application object except creating it (tests reuse their own)."""
    app.setApplicationName("Tally")
    app.setOrganizationName("Tally")
    app.setApplicationDisplayName("Tally")
    system_is_dark(app)  # read the platform palette before Fusion and ours replace it
    if not app.property("tally_fusion"):  # create_application passes -style fusion
        app.setStyle("Fusion")  # the same calm look on every platform
    if app.property("tally_default_font") is None:
        app.setProperty("tally_default_font", QFont(app.font()))
    install_translators(app, interface_language(prefs))
    apply_appearance(app, prefs)

    def follow_system(scheme: object) -> None:
        app.setProperty("tally_system_dark", getattr(scheme, "name", "") == "Dark")
        if prefs.theme == "system":
            apply_appearance(app, prefs)

    if not app.property("tally_follows_scheme"):
        app.styleHints().colorSchemeChanged.connect(follow_system)
        app.setProperty("tally_follows_scheme", True)


def create_application(argv: Sequence[str] | None = None, prefs: Preferences | None = None):
    """The QApplication, configured; an existing instance is reused."""
    app = QApplication.instance()
    if app is None:
        # "-style fusion" on the command line sets the style without a Python QStyle wrapper
        # (whose enums cost ~4 ms before the first window)
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "fusion"])
        app.setProperty("tally_fusion", True)
    configure_application(app, prefs or Preferences())
    return app
