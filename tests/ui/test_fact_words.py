"""Screens name case facts as a reader does: "age 44 on 2024-03-01 (release date)", never the
scoring contract's id "(release_date)"."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_fact_ids_become_words(qapp) -> None:
    from tally.ui.assessment.text import fact_words

    assert fact_words("age 44 on 2024-03-01 (release_date)") == \
        "age 44 on 2024-03-01 (release date)"
    assert fact_words("needs casic_total") == "needs CASIC total"
    assert fact_words("needs some_new_fact") == "needs some new fact"
    assert fact_words("Total 3 of 6") == "Total 3 of 6"


def test_the_review_shows_no_fact_id(qtbot, tmp_path, catalog) -> None:
    from tests.ui.assessment_fixtures import make_assessment, make_store
    from tests.ui.test_assessment_workflow import open_view

    store = make_store(tmp_path / "t.db")
    aid = make_assessment(store, catalog, "static99r")
    view = open_view(qtbot, store, catalog, aid)
    view.show_review()
    text = view.review.browser.toPlainText()
    assert "derived" in text and "release_date" not in text and "_" not in text.split(
        "Sources")[0]
    store.close()


def test_derivation_lines_follow_the_interface_language(french) -> None:
    from tally.ui.assessment.text import fact_words

    assert fact_words("age 44 on 2024-03-01 (release_date)") == \
        "44 ans le 2024-03-01 (date de mise en liberté)"
    assert fact_words("age 17 on 2024-03-01 is below every band of this item") == \
        "17 ans le 2024-03-01\u00a0: sous toutes les tranches de cet item"
    assert fact_words("needs release_date and date_of_birth") == \
        "exige date de mise en liberté et date de naissance"
    assert fact_words("csem_only = yes").endswith("= oui")
    assert "below every band" not in fact_words("sexual_appearance_count = 0 is below every "
                                                "band of this item")


def test_scoring_warnings_follow_the_interface_language(french) -> None:
    from tally.ui.assessment.text import warning_words

    assert warning_words("Âge could not be derived from case facts: needs release_date.") == \
        "Âge n'a pas pu être déduit des faits du dossier\u00a0: exige date de mise en liberté."
    assert warning_words("Risk reduction not considered: needs release_date.") == \
        "Réduction du risque non examinée\u00a0: exige date de mise en liberté."
    assert warning_words("Item 3 was entered but is not scored for this case; its answer is "
                         "left out of the total.").startswith("Item 3 a été coté")
    assert warning_words("A form's own warning.") == "A form's own warning."


def test_scoring_warnings_stay_english_in_english(qapp) -> None:
    from tally.ui.assessment.text import warning_words

    assert warning_words("Risk reduction not considered: needs release_date.") == \
        "Risk reduction not considered: needs release date."
