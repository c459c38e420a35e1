"""Form text per language: companion files, the completeness rule, the English fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.core.loader import FormError, load_form, parse_form
from tally.paths import bundled_forms_dir

ENGLISH = '''
schema = 1
id = "mini"
name = "Mini"
version = "1.0"
kind = "static"
summary = "A two-item test form."
manual = "Mini manual"
[citations]
talk = { kind = "talk", text = "The talk." }
[population]
text = "Adults."
min_age = 18
source = "talk"
evidence = "seed"
[applicability]
summary = "Tests."
csem_verdict = "n/a"
notes = ["first note", "second note"]
[[items]]
id = "first"
name = "First"
prompt = "First?"
guidance = "Guide."
source = "talk"
evidence = "seed"
evidence_note = "secondary source"
options = [{ points = 0, label = "No" }, { points = 1, label = "Yes" }]
[[items]]
id = "second"
name = "Second"
prompt = "Second?"
guidance = "Guide two."
source = "talk"
evidence = "seed"
options = [{ points = 0, label = "No" }, { points = 1, label = "Yes" }]
[[items.context]]
label = "Hazard ratio"
value = "4.23"
source = "talk"
evidence = "seed"
[[scales]]
id = "total"
name = "Total"
items = "all"
[[scales.bands]]
id = "low"
label = "Low"
min = 0
max = 0
source = "talk"
evidence = "seed"
[[scales.bands]]
id = "high"
label = "High"
min = 1
source = "talk"
evidence = "seed"
[[checks]]
rule = "min_age"
at = "release_date"
message = "Under {limit} on {date}."
[[research]]
label = "AUC"
value = ".75"
source = "talk"
evidence = "seed"
'''

FRENCH = '''
name = "Mini"
summary = "Un formulaire d'essai à deux items."
manual = "Manuel Mini"
[population]
text = "Adultes."
[applicability]
summary = "Essais."
csem_verdict = "s. o."
notes = ["première note", "deuxième note"]
[[items]]
id = "first"
name = "Premier"
prompt = "Premier?"
guidance = "Guide."
evidence_note = "source secondaire"
options = [{ points = 0, label = "Non" }, { points = 1, label = "Oui" }]
[[items]]
id = "second"
name = "Deuxième"
prompt = "Deuxième?"
guidance = "Guide deux."
options = [{ points = 1, label = "Oui" }, { points = 0, label = "Non" }]
context = [{ label = "Rapport de risque", value = "4,23" }]
[[scales]]
id = "total"
name = "Total"
bands = [{ id = "low", label = "Faible" }, { id = "high", label = "Élevé" }]
[[checks]]
message = "Moins de {limit} ans le {date}."
[[research]]
label = "ASC"
value = "0,75"
'''


def write(folder: Path, english: str = ENGLISH, french: str | None = FRENCH) -> Path:
    path = folder / "mini.toml"
    path.write_text(english, encoding="utf-8")
    if french is not None:
        (folder / "fr").mkdir(exist_ok=True)
        (folder / "fr" / "mini.toml").write_text(french, encoding="utf-8")
    return path


def test_companion_gives_every_text_in_french_and_leaves_the_english(tmp_path):
    path = write(tmp_path)
    fr, en = load_form(path, "fr"), load_form(path, "en")
    assert fr.languages == en.languages == ("en", "fr")
    assert (fr.lang, en.lang) == ("fr", "en")
    assert fr.content_hash == en.content_hash  # a translation does not change what is scored
    assert (fr.summary, en.summary) == ("Un formulaire d'essai à deux items.",
                                        "A two-item test form.")
    assert fr.applicability.notes == ("première note", "deuxième note")
    assert fr.item("second").label_for(1) == "Oui" and en.item("second").label_for(1) == "Yes"
    assert fr.item("first").provenance.note == "source secondaire"
    assert fr.item("second").context[0].value == "4,23"
    assert [b.label for b in fr.primary.bands] == ["Faible", "Élevé"]
    assert fr.checks[0].message == "Moins de {limit} ans le {date}."
    assert fr.research[0].label == "ASC"
    # the numbers are the English file's, whatever the language
    assert fr.primary.bands[1].min == en.primary.bands[1].min == 1


def test_a_form_without_french_falls_back_to_english(tmp_path):
    form = load_form(write(tmp_path, french=None), "fr")
    assert form.languages == ("en",) and form.lang == "en"
    assert form.name == "Mini" and form.item("first").name == "First"


@pytest.mark.parametrize(("change", "message"), [
    (lambda f: f.replace('guidance = "Guide deux."\n', ""),
     "fr/mini.toml: item 'second': no French ('fr') text for 'guidance'"),
    (lambda f: f.replace('{ points = 0, label = "Non" }]\ncontext', "]\ncontext"),
     "fr/mini.toml: item 'second' option 0: no French ('fr') text for 'label'"),
    (lambda f: f.replace('evidence_note = "source secondaire"\n', ""),
     "fr/mini.toml: item 'first': no French ('fr') text for 'evidence_note'"),
    (lambda f: f.replace('id = "second"', 'id = "third"'),
     "fr/mini.toml: item 'third': is in the French text but not in the form"),
    (lambda f: f.replace('"première note", ', ""),
     "fr/mini.toml: applicability: 'notes' must list 2 French texts"),
    (lambda f: f.replace("Moins de {limit} ans", "Moins de 18 ans"),
     "fr/mini.toml: check 1: the French 'message' must use the same placeholders as the "
     "English ({date}, {limit})"),
    (lambda f: f.replace('label = "ASC"', 'label = "ASC"\nsource = "talk"'),
     "fr/mini.toml: research 1: unknown key 'source' in the French text"),
    (lambda f: f + '[[research]]\nlabel = "ASC"\nvalue = "0,75"\n',
     "fr/mini.toml: the French text has 2 'research' entries, the English 1"),
    (lambda f: f.replace('[[research]]\nlabel = "ASC"\nvalue = "0,75"\n', ""),
     "fr/mini.toml: research 1: no French ('fr') text for 'label'"),
    (lambda f: f.replace('label = "Élevé"', 'label = " "'),
     "fr/mini.toml: scale 'total' band 'high': the French 'label' must be non-empty text"),
    (lambda f: f.replace('guidance = "Guide deux."', 'guidance = "Guide deux."\nevidence_note = "x"'),
     "fr/mini.toml: item 'second': 'evidence_note' has French text but no English"),
    (lambda f: f.replace('guidance = "Guide deux."', 'guidance = "Guide deux."\nderive = {}'),
     "fr/mini.toml: item 'second': the French text has 'derive', the English not"),
    (lambda f: f.replace('[population]\ntext = "Adultes."', 'population = "Adultes."'),
     "fr/mini.toml: population: 'population' must be a table"),
    (lambda f: f.replace('notes = ["première note", "deuxième note"]', ""),
     "fr/mini.toml: applicability: no French ('fr') text for 'notes 1'"),
    (lambda f: 'research = "ASC"\n' + f.split("[[research]]")[0],
     "fr/mini.toml: 'research' must be a list of tables"),
    (lambda f: "id = \"other\"\n" + f, "fr/mini.toml: is the text of form 'other', not 'mini'"),
])
def test_a_partial_or_stale_french_text_is_refused_in_one_line(tmp_path, change, message):
    path = write(tmp_path, french=change(FRENCH))
    for lang in ("fr", "en"):  # refused whatever language is asked for
        with pytest.raises(FormError) as caught:
            load_form(path, lang)
        assert str(caught.value).startswith(message)
        assert "\n" not in str(caught.value)
    catalog = Catalog.load([tmp_path], "fr")
    assert "mini" not in catalog and catalog.problems[0].startswith(message)


def test_inline_translations_follow_the_same_rule(tmp_path):
    import tomllib

    data = tomllib.loads(ENGLISH)
    data["name"] = {"en": "Mini", "fr": "Mini (fr)"}
    with pytest.raises(FormError, match=r"^mini.toml: no French \('fr'\) text for 'summary'$"):
        parse_form(data, "mini.toml", "fr")
    path = write(tmp_path)
    (tmp_path / "mini.toml").write_text(
        ENGLISH.replace('name = "Mini"', 'name = { en = "Mini", fr = "Mini" }', 1))
    with pytest.raises(FormError, match="'name' has its French text twice"):
        load_form(path, "fr")


def test_tables_keyed_by_id_are_matched_by_key():
    from tally.core.translation import Many, Node, apply_companion, check_complete

    spec = Node(children={"items": Many("item", Node(("why",)), keyed_table=True)})
    data = {"items": {"a": {"why": "Because."}, "b": {"why": "So."}}}

    def fail(where, problem):
        return ValueError(f"{where}: {problem}")

    apply_companion(spec, data, {"items": {"b": {"why": "Ainsi."}, "a": {"why": "Parce que."}}},
                    "fr", fail)
    assert data["items"]["a"]["why"] == {"en": "Because.", "fr": "Parce que."}
    assert check_complete(spec, data, fail) == ("en", "fr")
    for bad, message in [({"items": []}, "'item' must be a table"),
                         ({"items": {"a": "x"}}, "item 'a': must be a table"),
                         ({"items": {"c": {"why": "?"}}}, "item 'c': is in the French text")]:
        with pytest.raises(ValueError, match=message):
            apply_companion(spec, {"items": {"a": {"why": "A."}}}, bad, "fr", fail)


def test_a_companion_that_is_not_toml_is_refused(tmp_path):
    path = write(tmp_path, french="name = ")
    with pytest.raises(FormError, match=r"^fr/mini.toml: is not valid TOML"):
        load_form(path, "fr")


def french_forms() -> list[str]:
    return sorted(p.stem for p in (bundled_forms_dir() / "fr").glob("*.toml"))


def test_every_bundled_form_has_its_french_companion():
    """The French edition covers every built-in form: a new form without fr/FORM.toml, or a
    companion parked elsewhere, fails here (the test below then checks each one whole)."""
    english = sorted(p.stem for p in bundled_forms_dir().glob("*.toml"))
    assert english and french_forms() == english
    assert sorted(p.name for p in bundled_forms_dir().iterdir() if p.is_dir()) == ["fr"]


@pytest.mark.parametrize("form_id", french_forms())
def test_a_bundled_french_form_has_every_text_in_french(form_id):
    form = load_form(bundled_forms_dir() / f"{form_id}.toml", "fr")
    assert form.languages == ("en", "fr") and form.lang == "fr"
    english = load_form(bundled_forms_dir() / f"{form_id}.toml", "en")
    assert form.content_hash == english.content_hash
    assert [i.id for i in form.items] == [i.id for i in english.items]


def test_evidence_marks_in_french():
    from tally.core.evidence import mark
    from tally.core.model import Confirmation, Evidence, Provenance, SourceKind

    weak = Provenance("talk", Evidence.UNCONFIRMED, kinds=(SourceKind.TALK,))
    assert mark(weak, "fr") == (
        "NON CONFIRMÉ; talk (conférence); appuyé seulement par une conférence ou une source tierce")
    assert mark(weak) == "UNCONFIRMED; talk (talk); supported only by a talk or third-party source"
    local = Confirmation("A. Roy", "Manuel", "2016", "12", "2026-11-30", corrected_from="2")
    confirmed = Provenance("S1", Evidence.PUBLISHED, kinds=(SourceKind.MANUAL,), local=local)
    assert mark(confirmed, "fr") == (
        "publié; S1 (manuel); corrigé localement par A. Roy d'après Manuel, 2016, p. 12 "
        "(2026-11-30)")
    assert local.text().startswith("corrected locally by A. Roy against Manuel")


def test_forms_show_in_french(capsys):
    from tally.cli import main

    assert main(["forms", "show", "casic", "--lang", "fr"]) == 0
    shown = capsys.readouterr().out
    assert "version du formulaire" in shown and "Jamais marié" in shown
    assert "Manuel\u00a0:" not in shown and "Manuel :" in shown
    assert "[publié; S9 (révisé par les pairs)]" in shown
    assert "No bands" not in shown and "Aucune catégorie :" in shown
    assert main(["forms", "show", "casic"]) == 0
    assert "Never married" in capsys.readouterr().out


def test_forms_show_osp_in_french(capsys):
    """The OSP hierarchy and formula lines follow the language too (numbers 0,75)."""
    from tally.cli import main

    assert main(["forms", "show", "ospiic", "--lang", "fr", "--brief"]) == 0
    shown = capsys.readouterr().out
    assert "Hiérarchie (la première règle satisfaite l'emporte; aucun total)" in shown
    assert "indecent_image_sanctions 2+ : Élevée, 0,1031 (10,31\u00a0%)" in shown
    assert "6. sinon : Faible" in shown and "Période de suivi :" in shown
    assert main(["forms", "show", "ospdc", "--lang", "fr", "--brief"]) == 0
    shown = capsys.readouterr().out
    assert "Probabilité : 1 / (1 + e^-(-8,633 + 0,1598 × total)); 0 pour un total de 0" in shown
    assert "Réduction du risque :" in shown and "Très élevée" in shown
    for english in ("Norms tables", "Local content review", "Follow-up period", "published;",
                    "Hierarchy", "otherwise"):
        assert english not in shown, english
