"""What keys are live in a window right now: action and QShortcut keys, and the Alt+letter
mnemonics of every visible button, buddied label, tab and menu title. Used by the keyboard map
test and the database-life tests to fail on any key bound twice."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def live_keys(top: QWidget) -> dict[str, list[str]]:
    """key text -> what binds it, for everything that can fire in `top` as it is shown."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        if text:
            found[text].append(what)

    for action in top.actions():
        if action.isEnabled() and not action.shortcut().isEmpty():
            add(action.shortcut().toString(), f"action {action.text()!r}")
    for shortcut in top.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.window() is top \
                and (parent is top or parent.isVisibleTo(top)):
            add(shortcut.key().toString(), f"shortcut on {type(parent).__name__}")
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w.window() is not top or (w is not top and not w.isVisibleTo(top)):
            continue
        if isinstance(w, QAbstractButton) and w.isEnabled():
            add(_mnemonic(w.text()), f"button {w.text()!r}")
        elif isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isEnabled():
            add(_mnemonic(w.text()), f"label {w.text()!r}")
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(_mnemonic(w.title()), f"group {w.title()!r}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabEnabled(i):
                    add(_mnemonic(w.tabText(i)), f"tab {w.tabText(i)!r}")
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                add(_mnemonic(action.text()), f"menu {action.text()!r}")
                menu = action.menu()
                if menu is not None:
                    inside: dict[str, list[str]] = defaultdict(list)
                    for item in menu.actions():
                        if item.text():
                            inside[_mnemonic(item.text())].append(item.text())
                    for letter, texts in inside.items():
                        if letter and len(texts) > 1:
                            found[f"{action.text()} menu {letter}"].extend(texts)
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    """Every key bound more than once in `top`, in each state of each of its tab widgets."""
    result: dict[str, list[str]] = {}
    tab_widgets = [t for t in top.findChildren(QTabWidget) if t.isVisibleTo(top)]
    states = [(None, -1)] + [(t, i) for t in tab_widgets for i in range(t.count())]
    for tabs, index in states:
        before = tabs.currentIndex() if tabs is not None else -1
        if tabs is not None:
            tabs.setCurrentIndex(index)
        for key, whats in live_keys(top).items():
            if len(whats) > 1:
                result[key] = whats
        if tabs is not None:
            tabs.setCurrentIndex(before)
    return result


def undeclared(top: QWidget, allowed: set[str]) -> set[str]:
    """Action and QShortcut keys live in `top` that the shortcut map does not declare."""
    keys = set()
    for key, whats in live_keys(top).items():
        if any(w.startswith(("action", "shortcut")) for w in whats):
            keys.add(key)
    return keys - allowed
