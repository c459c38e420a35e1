"""A malformed form is refused with one line naming the file, the part and the problem."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.core.loader import FormError, load_form, parse_form

P = {"source": "talk", "evidence": "seed"}


def valid() -> dict:
    return {
        "schema": 1,
        "id": "mini",
        "name": "Mini",
        "version": "1.0",
        "kind": "static",
        "summary": "A two-item test form.",
        "manual": "Mini manual",
        "citations": {"talk": {"kind": "talk", "text": "The talk."},
                      "blog": {"kind": "third_party", "text": "A blog."},
                      "paper": {"kind": "peer_reviewed", "text": "A paper."}},
        "population": {"text": "Adults.", "min_age": 18, **P},
        "applicability": {"summary": "Tests.", "csem_verdict": "n/a", "notes": ["a note"]},
        "items": [
            {
                "id": "first", "name": "First", "prompt": "First?", "guidance": "Guide.",
                "options": [{"points": 0, "label": "No"}, {"points": 1, "label": "Yes"}], **P,
                "derive": {
                    "rule": "age_band", "birth": "date_of_birth", "at": "release_date",
                    "bands": [{"min": 0, "max": 35, "points": 1}, {"min": 36, "points": 0}],
                    "explanation": "Age.", **P,
                },
            },
            {
                "id": "second", "name": "Second", "prompt": "Second?", "guidance": "Guide.",
                "options": [{"points": 0, "label": "No"}, {"points": 1, "label": "Yes"}], **P,
                "derive": {
                    "rule": "at_least", "fact": "casic_total", "threshold": 3,
                    "points_if_met": 1, "points_otherwise": 0, "explanation": "CASIC.", **P,
                },
            },
        ],
        "scales": [
            {
                "id": "total", "name": "Total", "items": "all",
                "bands": [
                    {"id": "low", "label": "Low", "min": 0, "max": 0, **P},
                    {"id": "high", "label": "High", "min": 1, **P},
                ],
            }
        ],
        "checks": [
            {"rule": "min_age", "at": "release_date", "message": "Under {limit}."},
            {"rule": "max_missing", "limit": 1, "message": "{count} missing.", **P},
        ],
        "research": [{"label": "AUC", "value": ".75", **P}],
    }


def test_the_valid_fixture_loads():
    form = parse_form(valid(), "mini.toml")
    assert form.item_ids == ("first", "second")
    assert form.primary.min_total == 0 and form.primary.max_total == 2


def broken(change) -> dict:
    data = copy.deepcopy(valid())
    change(data)
    return data


def _counts(tables: list) -> dict:
    return {"rule": "count_table", "explanation": "Counts.", "tables": tables, **P}


def _drop_band_source(d):
    del d["scales"][0]["bands"][0]["source"]


CASES = [
    ("missing id", lambda d: d.pop("id"), "missing 'id'"),
    ("bad id", lambda d: d.update(id="Mini Form"), "lower-case identifier"),
    ("wrong schema", lambda d: d.update(schema=7), "'schema' must be 1"),
    ("unknown kind", lambda d: d.update(kind="clinical"), "'kind' must be one of"),
    ("no version", lambda d: d.pop("version"), "missing 'version'"),
    ("no citations", lambda d: d.update(citations={}), "cite at least one source"),
    ("duplicate item id", lambda d: d["items"].append(copy.deepcopy(d["items"][0])),
     "item 'first': duplicate item id"),
    ("non-numeric score", lambda d: d["items"][1]["options"][1].update(points="1"),
     "item 'second': option points must be whole numbers"),
    ("fractional score", lambda d: d["items"][1]["options"][1].update(points=1.5),
     "option points must be whole numbers"),
    ("repeated points", lambda d: d["items"][1]["options"][1].update(points=0),
     "two options give 0 points"),
    ("single option", lambda d: d["items"][1].update(options=[{"points": 0, "label": "x"}]),
     "at least two options"),
    ("item without guidance", lambda d: d["items"][0].pop("guidance"),
     "item 'first': missing 'guidance'"),
    ("number with no source", lambda d: d["items"][0].pop("source"),
     "item 'first': a number with no source"),
    ("unknown citation", lambda d: d["items"][0].update(source="S99"),
     "source 'S99' is not one of the form's citations"),
    ("unknown evidence level", lambda d: d["items"][0].update(evidence="likely"),
     "unknown evidence level 'likely'"),
    ("band with no source", _drop_band_source, "band 'low': a number with no source"),
    ("band gap", lambda d: d["scales"][0]["bands"][1].update(min=2),
     "band 'high': gap: no band covers 1 to 1"),
    ("band overlap", lambda d: d["scales"][0]["bands"][0].update(max=1),
     "band 'high': overlaps the band before it at 1"),
    ("bands short of the top", lambda d: d["scales"][0]["bands"][1].update(max=1),
     "bands must end at the highest possible total 2"),
    ("band upside down", lambda d: d["scales"][0]["bands"][0].update(min=1, max=0),
     "band 'low': max 0 is below min 1"),
    ("duplicate band id", lambda d: d["scales"][0]["bands"][1].update(id="low"),
     "duplicate band id"),
    ("unknown derivation", lambda d: d["items"][0]["derive"].update(rule="guess"),
     "unknown derivation rule 'guess'"),
    ("derivation from unknown fact", lambda d: d["items"][1]["derive"].update(fact="iq"),
     "'iq' is not a known count fact"),
    ("derivation to a disallowed score",
     lambda d: d["items"][1]["derive"].update(points_if_met=2),
     "derivation gives 2 points, which no option allows"),
    ("age bands with a gap", lambda d: d["items"][0]["derive"]["bands"][1].update(min=40),
     "age bands must meet without gap or overlap at 40"),
    ("closed oldest age band", lambda d: d["items"][0]["derive"]["bands"][1].update(max=99),
     "the oldest age band must have no 'max'"),
    ("scale with unknown item", lambda d: d["scales"][0].update(items=["first", "third"]),
     "scale 'total': unknown item 'third'"),
    ("scale lists an item twice", lambda d: d["scales"][0].update(items=["first", "first"]),
     "lists an item twice"),
    ("scale without bands or note", lambda d: d["scales"][0].pop("bands"),
     "scale 'total': missing 'bands_note'"),
    ("unknown primary scale", lambda d: d.update(primary_scale="sum"),
     "primary_scale 'sum' is not one of the scales"),
    ("count table on an unknown fact", lambda d: d["items"][1].update(derive=_counts(
        [{"fact": "iq", "steps": [{"from": 0, "points": 0}]}])), "'iq' is not a known count fact"),
    ("count table to a disallowed score", lambda d: d["items"][1].update(derive=_counts(
        [{"fact": "prior_sentencing_date_count", "steps": [{"from": 0, "points": 5}]}])),
     "prior_sentencing_date_count from 0 gives 5 points, which no option allows"),
    ("count table not from the least count", lambda d: d["items"][1].update(derive=_counts(
        [{"fact": "sexual_appearance_count", "steps": [{"from": 0, "points": 0}]}])),
     "sexual_appearance_count: the first step must start at 1"),
    ("count table steps falling", lambda d: d["items"][1].update(derive=_counts(
        [{"fact": "prior_sentencing_date_count",
          "steps": [{"from": 0, "points": 0}, {"from": 4, "points": 1}, {"from": 4, "points": 0}]}])),
     "prior_sentencing_date_count: the steps must rise"),
    ("count derivation without tables", lambda d: d["items"][1].update(derive=_counts([])),
     "a count_table derivation needs at least one table"),
    ("withhold reason not an id", lambda d: d["checks"][1].update(withhold_band="Not met!"),
     "'withhold_band' must be a lower-case identifier"),
    ("unknown check", lambda d: d["checks"].append({"rule": "vibes", "message": "x"}),
     "check 3: unknown check rule 'vibes'"),
    ("text without English", lambda d: d.update(name={"fr": "Mini"}), "no English ('en') text"),
    ("no items", lambda d: d.update(items=[]), "at least one item"),
    ("misspelt key", lambda d: d["items"][0].update(evidance="seed"),
     "item 'first': unknown key 'evidance' in item"),
    ("misspelt band key", lambda d: d["scales"][0]["bands"][0].update(maximum=0),
     "band 'low': unknown key 'maximum' in band"),
    ("population not a table", lambda d: d.update(population="adults"),
     "'population' must be a table"),
    ("missing population", lambda d: d.pop("population"), "missing table 'population'"),
    ("items not a list of tables", lambda d: d.update(items={"id": "x"}),
     "'items' must be a list of tables"),
    ("missing items", lambda d: d.pop("items"), "missing 'items' (a list of tables)"),
    ("translation not text", lambda d: d.update(name={"en": "Mini", "fr": 3}),
     "every translation of 'name' must be a string"),
    ("text not text", lambda d: d.update(summary=3), "'summary' must be text, got 3"),
    ("empty text", lambda d: d.update(summary="  "), "'summary' is empty"),
    ("band without min", lambda d: d["scales"][0]["bands"][0].pop("min"),
     "band 'low': missing number 'min'"),
    ("min age not a number", lambda d: d["population"].update(min_age="18"),
     "'min_age' must be a whole number, got '18'"),
    ("number without evidence", lambda d: d["items"][0].pop("evidence"),
     "item 'first': missing 'evidence'"),
    ("notes not a list", lambda d: d["applicability"].update(notes="a note"),
     "'notes' must be a list"),
    ("pairs_with not a list", lambda d: d["applicability"].update(pairs_with="static99r"),
     "'pairs_with' must be a list"),
    ("age from a count", lambda d: d["items"][0]["derive"].update(at="casic_total"),
     "'casic_total' is not a known date fact"),
    ("age band to a disallowed score",
     lambda d: d["items"][0]["derive"]["bands"][0].update(points=3),
     "an age band gives 3 points, which no option allows"),
    ("age band upside down",
     lambda d: d["items"][0]["derive"]["bands"][0].update(min=40),
     "an age band runs from 40 down to 35"),
    ("no scales", lambda d: d.update(scales=[]), "a form needs at least one scale"),
    ("duplicate scale", lambda d: d["scales"].append(copy.deepcopy(d["scales"][0])),
     "scale 'total': duplicate scale id"),
    ("scale with no items", lambda d: d["scales"][0].update(items=[]),
     "'items' must be \"all\" or a non-empty list"),
    ("unknown named rule", lambda d: d.update(rule={"name": "magic"}),
     "rule: unknown rule 'magic'"),
    ("rule on an unknown scale", lambda d: d.update(rule={
        "name": "rm2000s_aggravating", "base_scale": "total", "factor_scale": "extra"}),
     "rule: unknown scale 'extra'"),
    ("min_age check at a count", lambda d: d["checks"][0].update(at="casic_total"),
     "check 1: 'casic_total' is not a known date fact"),
    ("min_age check without a minimum age", lambda d: d["population"].pop("min_age"),
     "min_age check needs population.min_age"),
    ("citation without kind", lambda d: d["citations"]["talk"].pop("kind"),
     "citation 'talk': missing 'kind' (one of manual, official_code, peer_reviewed"),
    ("citation as plain text", lambda d: d["citations"].update(talk="The talk."),
     "citation 'talk': must be a table { kind = ..., text = ... }; missing 'kind'"),
    ("unknown source kind", lambda d: d["citations"]["talk"].update(kind="blog"),
     "citation 'talk': unknown source kind 'blog' (use manual, official_code"),
    ("citation without text", lambda d: d["citations"]["talk"].pop("text"),
     "citation 'talk': missing 'text'"),
    ("misspelt citation key", lambda d: d["citations"]["talk"].update(knd="talk"),
     "citation 'talk': unknown key 'knd' in citation"),
    ("source list with an unknown key", lambda d: d["items"][0].update(source=["talk", "S9"]),
     "item 'first': source 'S9' is not one of the form's citations"),
    ("source listed twice", lambda d: d["items"][0].update(source=["talk", "talk"]),
     "item 'first': lists a source twice"),
    ("scale evidence without source", lambda d: d["scales"][0].update(source="nowhere"),
     "scale 'total': source 'nowhere' is not one of the form's citations"),
]


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_form_is_refused_with_one_clear_line(change, expected):
    with pytest.raises(FormError) as err:
        parse_form(broken(change), "mini.toml")
    message = str(err.value)
    assert message.startswith("mini.toml: ")
    assert expected in message
    assert "\n" not in message


def test_a_rule_needs_bands_on_its_base_scale():
    data = valid()
    data["scales"].append({"id": "extra", "name": "Extra", "items": ["second"], "bands_note": "-"})
    data["rule"] = {"name": "rm2000s_aggravating", "base_scale": "extra", "factor_scale": "total"}
    with pytest.raises(FormError, match="rule: base scale 'extra' has no bands to raise"):
        parse_form(data, "mini.toml")


def test_the_catalog_names_known_forms_for_an_unknown_id(catalog):
    with pytest.raises(KeyError, match=r"unknown form 'nope' \(known: .*static99r"):
        catalog.get("nope")
    assert "nope" not in catalog and "static99r" in catalog


def test_option_labels(catalog):
    form = catalog.get("static99r")
    assert form.has_item("male_victims") and not form.has_item("male_victim")
    item = form.item("age_at_release")
    assert item.label_for(-3) == "60 or older"
    with pytest.raises(KeyError):
        item.label_for(5)


def test_invalid_toml_names_the_file(tmp_path: Path):
    path = tmp_path / "broken.toml"
    path.write_text('id = "x"\nname = [unclosed\n')
    with pytest.raises(FormError, match=r"^broken\.toml: is not valid TOML"):
        load_form(path)


def test_non_utf8_file_is_refused(tmp_path: Path):
    path = tmp_path / "latin.toml"
    path.write_bytes('name = "Âge"'.encode("latin-1"))
    with pytest.raises(FormError, match=r"^latin\.toml: is not UTF-8 text"):
        load_form(path)


def test_unreadable_file_is_refused(tmp_path: Path):
    with pytest.raises(FormError, match=r"^absent\.toml: cannot be read"):
        load_form(tmp_path / "absent.toml")


def test_a_bad_user_form_is_reported_and_skipped_never_fatal(tmp_path: Path, catalog):
    user = tmp_path / "user"
    user.mkdir()
    (user / "broken.toml").write_text("schema = 1\n")
    (user / "again.toml").write_bytes((Path(catalog.get("static99r").path)).read_bytes())
    loaded = Catalog.load([Path(catalog.get("static99r").path).parent, user, None])
    assert "static99r" in loaded
    assert len(loaded) == len(catalog)
    assert any(p.startswith("broken.toml: ") for p in loaded.problems)
    assert any("already loaded" in p and p.startswith("again.toml") for p in loaded.problems)


def test_a_form_with_no_french_falls_back_to_english():
    data = valid()
    data["summary"] = {"en": "English only."}
    form = parse_form(data, "mini.toml", lang="fr")
    assert (form.name, form.summary, form.lang, form.languages) == (
        "Mini", "English only.", "en", ("en",))
    data["name"] = {"en": "Mini", "fr": "Mini (fr)"}  # French for one field: all or none
    with pytest.raises(FormError, match="no French \\('fr'\\) text for 'summary'"):
        parse_form(data, "mini.toml", lang="fr")


def _bundled_with(catalog, form_id: str, extra: str) -> str:
    return Path(catalog.get(form_id).path).read_text(encoding="utf-8") + extra




def test_a_check_rule_of_the_wrong_type_is_one_line_not_a_crash(tmp_path: Path, catalog):
    path = tmp_path / "odd.toml"
    path.write_text(_bundled_with(catalog, "static99r",
                                  '\n[[checks]]\nrule = ["x"]\nmessage = "m"\n'))
    with pytest.raises(FormError, match=r"^odd\.toml: ") as info:
        load_form(path)
    assert "\n" not in str(info.value)


def test_deep_nesting_is_refused_with_one_line(tmp_path: Path):
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(FormError, match=r"^deep\.toml: (is nested too deeply|is not valid TOML)"):
        load_form(path)


def test_a_device_or_a_huge_file_is_never_read(tmp_path: Path):
    with pytest.raises(FormError, match=r"^zero: is not a regular file"):
        load_form("/dev/zero")
    with pytest.raises(FormError, match=r"^folder: is not a regular file"):
        (tmp_path / "folder").mkdir()
        load_form(tmp_path / "folder")
    big = tmp_path / "big.toml"
    with big.open("wb") as out:
        out.truncate(5 * 1024 * 1024)  # sparse: no real disk used
    with pytest.raises(FormError, match=r"^big\.toml: is 5,242,880 bytes: too large"):
        load_form(big)


@pytest.mark.parametrize("command", [["forms", "list"], ["--smoke-test"]])
def test_one_malformed_user_form_never_stops_the_commands(tmp_path: Path, catalog, command):
    import os
    import subprocess
    import sys

    forms = tmp_path / "data" / "forms"
    forms.mkdir(parents=True)
    (forms / "odd.toml").write_text(_bundled_with(
        catalog, "casic", '\n[[checks]]\nrule = ["x"]\nmessage = "m"\n').replace(
        'id = "casic"', 'id = "casic_odd"', 1))
    (forms / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    env = {**os.environ, "TALLY_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tally", *command], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_a_kept_copy_is_validated_like_a_file(catalog):
    """A database's kept form (store.kept_forms): the same validator, one line when refused."""
    from tally.core.loader import MAX_FORM_BYTES, load_kept_form

    form = catalog.get("acute2007")
    kept = load_kept_form("acute2007.toml", form.source, dict(form.translations), "fr")
    assert kept.kept and kept.lang == "fr" and kept.content_hash == form.content_hash
    assert kept.path == ""
    odd = form.source + b'\n[[checks]]\nrule = ["x"]\nmessage = "m"\n'
    with pytest.raises(FormError, match=r"^acute2007\.toml: ") as info:
        load_kept_form("acute2007.toml", odd, {})
    assert "\n" not in str(info.value)
    with pytest.raises(FormError, match=r"^fr/acute2007\.toml: is not valid TOML"):
        load_kept_form("acute2007.toml", form.source, {"fr": b"= ="})
    with pytest.raises(FormError, match=r"too large for a form file"):
        load_kept_form("acute2007.toml", b"#" * (MAX_FORM_BYTES + 1), {})
    ignored = load_kept_form("acute2007.toml", form.source, {"xx": b"= ="})  # no such language
    assert ignored.languages == ("en",)


@pytest.mark.parametrize(("form_id", "old", "new", "problem"), [
    ("acute2007", "acts_now = true", "acts_now = 1", "'acts_now' must be true or false"),
    ("acute2007", "acts_now = true", "acts_soon = true", "unknown"),
    ("acute2007", "days = 30", "days = 0", "'days' must be 1 to 3660, got 0"),
    ("acute2007", "days = 30", "days = 30.5", "'days' must be a whole number"),
    ("acute2007", 'limit = "30 days"\n', "", "missing 'limit'"),
    ("acute2007", 'source = "S48"\nevidence', 'source = "S99"\nevidence',
     "source 'S99' is not one of the form's citations"),
    ("cport", "us_caution = true", "us_caution = true\n[reporting.rescore]\ndays = 30",
     "only a dynamic instrument is re-scored"),
])
def test_what_a_report_says_is_checked_like_every_number(tmp_path: Path, catalog, form_id, old,
                                                         new, problem):
    """[reporting]: the re-score interval names its source; the flags are true or false."""
    text = Path(catalog.get(form_id).path).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"{form_id}.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FormError, match=r"reporting") as info:
        load_form(path)
    assert problem in str(info.value)
