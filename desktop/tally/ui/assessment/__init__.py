"""The assessment part of the desktop app: item-by-item wizard, review and results.

API used by the shell and by training:

    AssessmentView(session, catalog, parent=None, *, training=False)   a QWidget
        signals: closed(), changed()
        show_wizard(item_id=None), show_review(), show_results(), current_page(),
        current_item_id(), flush(), set_session(session), session, form, state
    AssessmentSession   the protocol the view talks to (see session.py)
    StoreSession(desk, assessment_id)    that protocol over the case database (operations)
    PreviousAssessment   what AssessmentSession.previous() returns
"""

from tally.ui.assessment.session import AssessmentSession, PreviousAssessment, StoreSession
from tally.ui.assessment.view import AssessmentView

__all__ = ["AssessmentSession", "AssessmentView", "PreviousAssessment", "StoreSession"]
