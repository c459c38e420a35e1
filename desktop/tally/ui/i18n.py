"""Translation for words built outside a QObject (rich-text helpers, module-level labels).

`Results = TrContext("Results")`, then `Results.tr("Band:")`: lupdate files the literal under
the context named before `.tr` and Qt looks it up in the same context, so the catalogue and
the running app agree. (A helper such as `_t("Band:")` would hide the literal from lupdate.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TrContext:
    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)
