"""The window's title names the open database once: "cases.db — Tally", not
"Tally — cases.db — Tally" (the platform adds the display name itself)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_the_title_names_the_database_once(qtbot, store, window) -> None:
    # the X11/Wayland platform appends " — " and the display name itself
    store.close()
    unlock(qtbot, window)
    title = window.windowHandle().title() if window.windowHandle() else window.windowTitle()
    assert window.windowTitle() == "cases.db"
    assert title.count("Tally") <= 1
