"""The desktop application: every Qt widget lives here, and only here.

Modules are imported where first needed: the first window (first run or unlock) pulls in
only QtCore/QtGui/QtWidgets and these small modules; the store, the forms catalog and the
workspace load after the database is unlocked.
"""
