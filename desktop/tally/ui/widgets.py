"""Small building blocks shared by the shell's screens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# The Qt namespace (alignment flags and the like) costs ~12 ms to load: the first window
# avoids it so start-up stays close to a bare Qt window.


def label(text: str, role: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if selectable:
        from PySide6.QtCore import Qt

        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def set_role(widget: QWidget, role: str) -> None:
    """Change a styled role at run time (the style sheet reads it on polish)."""
    if widget.property("role") == role:
        return  # also keeps QStyle (and the Qt namespace it loads) off the start-up path
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


def centred_column(content: QWidget, max_width: int = 640) -> QScrollArea:
    """`content` centred with a readable measure, scrollable when the window is small
    (200% scaling on a 1366x768 screen leaves little room)."""
    content.setMaximumWidth(max_width)
    content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    layout.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(holder)
    return area
