"""Training mode in the desktop app.

    TrainingWindow(store, catalog, parent=None)   a top-level QWidget: practice (vignette
        beside the wizard in training mode), feedback, progress dashboard, trainer tools
"""

from tally.ui.training.window import TrainingWindow

__all__ = ["TrainingWindow"]
