"""Every keyboard shortcut of Tally, per window, in one place.

Widgets take their keys from here (`key("assessment", "next")`), the Help → Keyboard shortcuts
sheet is drawn from here, and tests/ui/test_keyboard_map.py walks every window and dialog to
prove that no key (nor an Alt+letter mnemonic) is bound twice where both could fire. Qt fires
neither of two live shortcuts on one key, which is how Alt+N once did nothing in the wizard.

The descriptions are marked for translation here and translated when the sheet is drawn.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    id: str
    keys: str  # portable text, as QKeySequence reads it ("Ctrl+Shift+E")
    what: str  # English; translated in the "Shortcuts" context


def _s(id: str, keys: str, what: str) -> Shortcut:
    return Shortcut(id, keys, what)


# The main window: its menus' actions, live whenever the window has the keyboard.
MAIN = (
    _s("new_case", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New case")),
    _s("find_case", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find a case (search as you type)")),
    _s("case_list", "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Go to the case list")),
    _s("case_profile", "Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Go to the case profile")),
    _s("edit_profile", "F2", QT_TRANSLATE_NOOP("Shortcuts",
                                              "Edit the profile of a case with locked work")),
    _s("discard_edits", "Escape", QT_TRANSLATE_NOOP(
        "Shortcuts", "Leave editing the profile, discarding unsaved edits (Done saves)")),
    _s("add_instrument", "Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Add an instrument to the case")),
    _s("open_assessment", "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected assessment")),
    _s("close_tab", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the assessment tab")),
    _s("export", "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "Sign and export a PDF")),
    _s("verify", "Ctrl+Shift+V", QT_TRANSLATE_NOOP("Shortcuts", "Verify a signed PDF")),
    _s("audit", "Ctrl+Shift+U", QT_TRANSLATE_NOOP("Shortcuts", "Audit trail")),
    _s("validation", "Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts",
                                                      "Local validation (research)")),
    _s("training", "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Training (fictional cases)")),
    _s("settings", "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    _s("lock", "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock Tally now")),
    _s("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    _s("shortcuts", "F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts")),
)

# An assessment (in a main-window tab or the training window): live while it has the keyboard.
ASSESSMENT = (
    _s("choose", "0…9", QT_TRANSLATE_NOOP("Shortcuts", "Choose the score with that key")),
    _s("enter", "Return", QT_TRANSLATE_NOOP("Shortcuts", "Next item (from a score or a list)")),
    _s("next", "Alt+N", QT_TRANSLATE_NOOP("Shortcuts", "Next item (also from the rationale)")),
    _s("back", "Alt+P", QT_TRANSLATE_NOOP("Shortcuts", "Previous item")),
    _s("navigator", "Ctrl+J", QT_TRANSLATE_NOOP("Shortcuts", "Go to the item list")),
    _s("guidance", "Ctrl+G", QT_TRANSLATE_NOOP("Shortcuts", "Go to the coding guidance")),
    _s("rationale", "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Go to the rationale")),
    _s("sources", "Alt+I", QT_TRANSLATE_NOOP("Shortcuts", "Go to the information sources")),
    _s("override", "Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts",
                                              "Override a derived item, or use the derived value")),
    _s("casic", "Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts",
                                            "CPORT item 5: open, link or start its CASIC")),
    _s("first_missing", "Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "First missing item")),
    _s("first_item", "Ctrl+Home", QT_TRANSLATE_NOOP("Shortcuts", "First item")),
    _s("last_item", "Ctrl+End", QT_TRANSLATE_NOOP("Shortcuts", "Last item")),
    _s("escape", "Escape", QT_TRANSLATE_NOOP("Shortcuts", "Back to the score choices")),
    _s("items", "Alt+W", QT_TRANSLATE_NOOP("Shortcuts", "Back to the items (review, results)")),
    _s("review", "Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Review every item")),
    _s("results", "Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Results")),
    _s("lock", "Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts",
                                                 "Lock the assessment (training: submit)")),
    _s("amend", "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Amend a locked assessment")),
    _s("void", "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Shortcuts",
                                                 "Void a locked assessment scored in error")),
    _s("close", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the assessment")),
)

# The training window (its practice tab holds an assessment, whose keys are above).
TRAINING = (
    _s("practice", "Alt+1", QT_TRANSLATE_NOOP("Shortcuts", "Practice tab")),
    _s("progress", "Alt+2", QT_TRANSLATE_NOOP("Shortcuts", "Progress tab")),
    _s("trainer", "Alt+3", QT_TRANSLATE_NOOP("Shortcuts", "Trainer tools tab")),
    _s("close_window", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the practice case, "
                                                   "then the training window")),
    _s("escape", "Escape", QT_TRANSLATE_NOOP("Shortcuts",
                                             "Close the training window (outside the wizard)")),
)

# The first-run pages (before any database is open).
FIRST_RUN = (
    _s("submit", "Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts",
                                                 "Create the database, then save the profile")),
)

WINDOWS: dict[str, tuple[Shortcut, ...]] = {
    "main": MAIN,
    "assessment": ASSESSMENT,
    "training": TRAINING,
    "first_run": FIRST_RUN,
}
TITLES = {
    "main": QT_TRANSLATE_NOOP("Shortcuts", "Main window"),
    "assessment": QT_TRANSLATE_NOOP("Shortcuts", "Assessment (wizard, review, results)"),
    "training": QT_TRANSLATE_NOOP("Shortcuts", "Training window"),
    "first_run": QT_TRANSLATE_NOOP("Shortcuts", "First run"),
}
# "0…9" and "Return" stand for these keys (with and without the keypad)
GROUPS = {
    "0…9": {str(d) for d in range(10)} | {f"Num+{d}" for d in range(10)},
    "Return": {"Return", "Enter", "Num+Enter"},
}


def key(window: str, id: str) -> str:
    """The key of action `id` in `window` (KeyError for a name not in the map)."""
    for shortcut in WINDOWS[window]:
        if shortcut.id == id:
            return shortcut.keys
    raise KeyError(f"{window}.{id}")


def declared(window: str) -> set[str]:
    """Every key text declared for `window`, as QKeySequence would print it."""
    from PySide6.QtGui import QKeySequence

    keys: set[str] = set()
    for s in WINDOWS[window]:
        keys |= GROUPS.get(s.keys, {QKeySequence(s.keys).toString()})
    return keys


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def sheet_html() -> str:
    """The Help → Keyboard shortcuts sheet: every window's map, then how dialogs behave."""
    parts = []
    for window, shortcuts in WINDOWS.items():
        parts.append(f"<h3>{html.escape(tr(TITLES[window]))}</h3><table>")
        for s in shortcuts:
            parts.append(f"<tr><td style='padding-right:18px'><b>{html.escape(s.keys)}</b></td>"
                         f"<td>{html.escape(tr(s.what))}</td></tr>")
        parts.append("</table>")
    title = QCoreApplication.translate("Shortcuts", "Every window and dialog")
    rule = QCoreApplication.translate(
        "Shortcuts",
        "Alt with the underlined letter presses that button or goes to that field; no letter "
        "is used twice in one window. Escape closes a dialog and returns the keyboard to where "
        "it was; Enter presses the highlighted button, which after a finished action is Done.")
    parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(rule)}</p>")
    return "".join(parts)
