"""Every main screen and dialog fits a 1366×768 laptop at 100 % and a 2732×1536 screen at a
real 200 % scale factor: no label, button or guidance pane clipped, cut short without a
tooltip, off screen, or scrolled sideways; the guidance stays beside the item. Each scale
runs in its own process (Qt reads QT_SCALE_FACTOR and the offscreen screen size when it
starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"case list", "wizard CPORT", "wizard Static-99R", "review", "results", "export",
           "identity", "training", "change passphrase", "audit trail", "restore", "delete case",
           "retention", "content review", "verify", "settings", "report context", "new case",
           "instrument choice", "OSP facts", "validation", "sample case authoring", "lock",
           "amend", "void"}


def run_fit(tmp_path: Path, width: int, height: int, scale: int) -> dict[str, list[str]]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "test", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale), HOME=str(tmp_path))
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "fit.py")], env=env,
                          capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, 1), (2732, 1536, 2)],
                         ids=["1366x768 at 100%", "2732x1536 at 200%"])
def test_every_main_screen_fits(tmp_path, width, height, scale):
    found = run_fit(tmp_path, width, height, scale)
    assert set(found) == SCREENS
    assert {screen: faults for screen, faults in found.items() if faults} == {}


def test_the_checker_finds_what_does_not_fit(qtbot):
    """The checker is not blind: a button too narrow for its text, a side-scrolling area and
    a pane off the screen are each reported."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QWidget

    from tests.ui.fit import guidance_problems, problems

    top = QWidget()
    qtbot.addWidget(top)
    layout = QHBoxLayout(top)
    squeezed = QPushButton("Next → (Enter, Alt+N) with a long label")
    squeezed.setFixedWidth(60)
    wide = QWidget()
    wide.setMinimumWidth(900)
    scroll = QScrollArea()
    scroll.setWidget(wide)
    layout.addWidget(squeezed)
    layout.addWidget(scroll)
    top.resize(400, 200)
    top.show()
    qtbot.waitExposed(top)
    found = problems(top)
    assert any("text cut" in f and "Next" in f for f in found)
    assert any("scrolls sideways" in f for f in found)
    # "guidance" left of the "item" and 60 px wide: both faults named
    assert guidance_problems(top, squeezed, scroll) == [
        "the coding guidance is 60 px wide", "the coding guidance is not beside the item"]


def test_a_long_score_label_wraps_whole_never_elided(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from tally.ui.assessment.item_page import ChoiceButton

    label = "0    No – has lived with a partner for 2 years or more    (0)"
    box = QWidget()
    qtbot.addWidget(box)
    button = ChoiceButton(label)
    QVBoxLayout(box).addWidget(button)
    box.resize(900, 200)
    box.show()
    one_line = button.height()
    assert painted(button) == label
    box.resize(230, 200)
    qtbot.waitUntil(lambda: "\n" in painted(button))
    shown = painted(button)
    assert "…" not in shown and " ".join(shown.split()) == " ".join(label.split())
    assert button.sizeHint().width() <= button.width() + 1  # nothing cut at the side
    qtbot.waitUntil(lambda: button.height() > one_line)  # taller, so every line shows
    assert button.text() == label  # the whole label for tests, tooltips and screen readers


def painted(button) -> str:  # what the button paints
    from PySide6.QtWidgets import QPushButton

    return QPushButton.text(button)
