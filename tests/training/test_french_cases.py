"""The sample cases in French: a translation beside each case (fr/NAME.toml), complete or
refused, with the same scores; the English stays the default."""

from __future__ import annotations

import shutil

import pytest

from tally.training.cases import CaseError, load_case
from tally.training.library import BUNDLED, Library
from tests.training.conftest import CASES

TRANSLATED = sorted(p.name for p in (CASES / "fr").glob("*.toml"))


def test_the_french_library_keeps_every_case_and_score(library):
    french = Library.load([(CASES, BUNDLED)], "fr")
    assert not french.problems, french.problems
    assert [c.id for c in french] == [c.id for c in library]
    for case in french:
        english = library.get(case.id)
        assert case.facts == english.facts and case.code == english.code
        assert [(r.key, r.points(), r.total, r.band) for r in case.references] == [
            (r.key, r.points(), r.total, r.band) for r in english.references]


def test_every_bundled_case_has_its_french():
    """The French edition covers the whole library: a case added without fr/NAME.toml fails
    here (a case without one would be shown in English in a French interface)."""
    english = sorted(p.name for p in CASES.glob("*.toml"))
    assert len(english) >= 12 and english == TRANSLATED


@pytest.mark.parametrize("name", TRANSLATED)
def test_a_translated_case_reads_french_throughout(name):
    french, english = load_case(CASES / name, lang="fr"), load_case(CASES / name)
    assert french.title != english.title
    assert len(french.sections) == len(english.sections)
    assert all(f.heading != e.heading for f, e in zip(french.sections, english.sections,
                                                        strict=True))
    assert len(french.pitfalls) == len(english.pitfalls)
    for ref_fr, ref_en in zip(french.references, english.references, strict=True):
        for item_id, item in ref_fr.items.items():
            assert item.rationale and item.rationale != ref_en.items[item_id].rationale


def test_a_partial_or_stale_case_translation_is_refused(tmp_path):
    name = "tr01_first_contact_csem_only.toml"
    shutil.copy(CASES / name, tmp_path / name)
    (tmp_path / "fr").mkdir()
    french = (CASES / "fr" / name).read_text(encoding="utf-8")
    cases = [
        (french.replace('[reference.items.csem_videos]\nrationale = "Le rapport d\'expertise '
                        'recense 9 vidéos indécentes."\n', "[reference.items.csem_videos]\n"),
         "fr/" + name + ": reference 2 item 'csem_videos': no French ('fr') text for "
                        "'rationale'"),
        (french.replace("[reference.items.csem_videos]", "[reference.items.csem_movies]"),
         "fr/" + name + ": reference 2 item 'csem_movies': is in the French text but not in "
                        "the form"),
        (french + '\n[[sections]]\nheading = "De trop"\ntext = "…"\n',
         "fr/" + name + ": the French text has 7 'sections' entries, the English 6"),
        ("title = ", "fr/" + name + ": not valid TOML"),
    ]
    for text, message in cases:
        (tmp_path / "fr" / name).write_text(text, encoding="utf-8")
        for lang in ("fr", "en"):
            with pytest.raises(CaseError) as caught:
                load_case(tmp_path / name, lang=lang)
            assert str(caught.value).startswith(message)
