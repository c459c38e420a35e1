"""Render packaging/icons/tally.svg to the PNG sizes desktops and installers ask for.

Run with the project's venv: `python packaging/render_icons.py` (needs QtSvg from PySide6).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QImage painting needs a Gui application
    renderer = QSvgRenderer(str(HERE / "tally.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"tally-{size}.png"))
        if size == 256:
            image.save(str(HERE / "tally.ico"))  # Windows
        if size == 512:
            image.save(str(HERE / "tally.icns"))  # macOS
    return 0


if __name__ == "__main__":
    sys.exit(main())
