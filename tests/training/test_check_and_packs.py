"""The checker's messages, the CLI, and case packs (export, import, refusal)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tally.cli import main
from tally.training.cases import CaseError, load_case, parse_case_text
from tally.training.library import BUNDLED, USER, Library
from tally.training.packs import PackError, export_pack, import_pack, read_pack
from tally.training.validate import check_case
from tally.training.writer import case_to_toml

from .conftest import CASES

TR01 = CASES / "tr01_first_contact_csem_only.toml"


def edited(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_writer_round_trips_every_case(library) -> None:
    for case in library:
        again = parse_case_text(case_to_toml(case), "x.toml", case.path, case.origin)
        assert again == case


def test_writer_escapes_awkward_text(library) -> None:
    from dataclasses import replace

    case = library.get("tr01_first_contact_csem_only")
    odd = replace(case, title='Quotes " and \\ back', summary='ends with a quote "')
    sections = (*case.sections[:1], replace(case.sections[1], text='a """ b\n\tc "'))
    odd = replace(odd, sections=sections)
    assert parse_case_text(case_to_toml(odd), "x.toml", case.path) == odd


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("total = 0\nnote = \"A low CPORT", "total = 2\nnote = \"A low CPORT",
         "reference cport: total is 0 by the form, the case says 2"),
        ('band = "low"', 'band = "medium"', "band is low by the form, the case says medium"),
        ('total = 0\nexpect_warnings = ["does not meet',
         'total = 0\nband = "II"\nexpect_warnings = ["does not meet',
         "band is withheld (scoring_criteria_not_met) by the form, the case says II"),
        ("[reference.items.boy_content_other]\npoints = 0",
         "[reference.items.boy_content_other]\npoints = 5",
         "item 'boy_content_other' scores 5, which cport does not allow"),
        ("[reference.items.male_victims]", "[reference.items.male_victimz]",
         "item 'male_victimz' is not an item of static99r"),
        ('expect_warnings = ["does not meet', 'expect_warnings = ["is fine',
         "the form does not warn 'is fine"),
        ('form = "casic"', 'form = "nosuchform"', "form 'nosuchform' is not installed"),
        ('release_date = "2024-06-20"', 'release_date = "2014-06-20"',
         "item 'age_at_release' is -1 but the case facts derive 0"),
        ("scales.step1 = { total = 0, band = \"low\" }",
         "scales.step1 = { total = 1, band = \"medium\" }",
         "scale 'step1' total is 0 by the form, the case says 1"),
    ],
)
def test_checker_names_file_reference_and_problem(catalog, old, new, message) -> None:
    text = edited(TR01.read_text(), old, new)
    case = parse_case_text(text, TR01.name, str(TR01))
    problems = check_case(case, catalog)
    assert any(message in p for p in problems), problems
    assert all(p.startswith(TR01.name) for p in problems)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("schema = 1", "schema = 7", "'schema' must be 1"),
        ('difficulty = "introductory"', 'difficulty = "easy"', "'difficulty' must be one of"),
        ("casic_total = 2", "casic_total = -1", "fact 'casic_total' must be a whole number"),
        ("casic_total = 2", "favourite_colour = 2", "unknown fact 'favourite_colour'"),
        ('id = "tr01_first_contact_csem_only"', 'id = "TR 01"', "must be lower-case"),
        ("[[sections]]\nheading = \"Identifying", "[[nothing]]\nheading = \"Identifying",
         "unknown key 'nothing'"),
        ("[reference.items.age_35_or_younger]\npoints = 0",
         "[reference.items.age_35_or_younger]\npointz = 0", "unknown key 'pointz'"),
        ('form = "cport"\ntotal = 0', 'form = "cport"\ntotl = 0', "unknown key 'totl'"),
    ],
)
def test_reader_refuses_bad_files(old, new, message) -> None:
    text = edited(TR01.read_text(), old, new)
    with pytest.raises(CaseError, match=message):
        parse_case_text(text, TR01.name)


def test_reader_refuses_broken_toml_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="not valid TOML"):
        parse_case_text("id = ", "x.toml")
    with pytest.raises(CaseError, match="cannot be read"):
        load_case(tmp_path / "missing.toml")


def test_library_skips_bad_user_files_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("schema = 1\n")
    (tmp_path / "copy.toml").write_text(TR01.read_text())
    library = Library.load([(CASES, BUNDLED), (tmp_path, USER)])
    assert len(library) >= 12
    assert any("broken.toml" in p for p in library.problems)
    assert any("copy.toml: case id 'tr01_first_contact_csem_only' is already loaded" in p
               for p in library.problems)
    with pytest.raises(KeyError, match="unknown training case"):
        library.get("nope")


def test_pack_round_trip_and_import(library, catalog, tmp_path: Path) -> None:
    cases = [library.get("tr01_first_contact_csem_only"), library.get("tr06_acute_over_time")]
    pack = export_pack(cases, tmp_path / "pack.zip", "Two cases")
    read = read_pack(pack)
    assert read.name == "Two cases" and [c.id for c in read.cases] == [c.id for c in cases]
    target = tmp_path / "user"
    installed = import_pack(pack, catalog, target)
    assert sorted(p.name for p in target.iterdir()) == [f"{c.id}.toml" for c in cases]
    assert [c.references for c in installed] == [c.references for c in cases]


def test_import_refuses_clashes_and_bad_cases_and_writes_nothing(library, catalog, tmp_path):
    case = library.get("tr01_first_contact_csem_only")
    pack = export_pack([case], tmp_path / "pack.zip")
    target = tmp_path / "user"
    with pytest.raises(PackError) as info:
        import_pack(pack, catalog, target, existing=[case.id])
    assert "already installed: tr01_first_contact_csem_only" in info.value.problems[0]
    assert not target.exists()

    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            data = src.read(name).decode()
            if name.startswith("cases/"):
                data = data.replace('band = "low"', 'band = "high"', 1)
            dst.writestr(name, data)
    with pytest.raises(PackError) as info:
        import_pack(bad, catalog, target)
    assert any("band is low by the form, the case says high" in p for p in info.value.problems)
    assert not target.exists()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"readme.txt": "hi"}, "lacks it"),
        ({"manifest.toml": "schema = 2\n"}, "'schema' must be 1"),
        ({"manifest.toml": "schema = 1\ncases = []\n"}, "must list the case files"),
        ({"manifest.toml": 'schema = 1\ncases = ["../evil.toml"]\n'}, "unsafe file name"),
        ({"manifest.toml": "schema = ["}, "not valid TOML"),
        ({"manifest.toml": 'schema = 1\ncases = ["c.toml"]\n', "c.toml": "schema = 1\n"},
         "cannot be read"),
    ],
)
def test_read_pack_refuses_malformed_packs(tmp_path: Path, files, message) -> None:
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    with pytest.raises(PackError, match=message):
        read_pack(path)


def test_read_pack_refuses_non_zip(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_text("not a zip")
    with pytest.raises(PackError, match="not a case pack"):
        read_pack(path)


def test_cli_list_and_check(capsys, tmp_path: Path, library) -> None:
    assert main(["training", "list"]) == 0
    out = capsys.readouterr().out
    assert "TR-06" in out and "acute2007 x3" in out and "advanced" in out
    assert main(["training", "check"]) == 0
    assert "all agree with the forms" in capsys.readouterr().out
    assert main(["training", "check", str(TR01)]) == 0
    assert main(["training", "check", str(CASES)]) == 0

    bad = tmp_path / "bad.toml"
    bad.write_text(edited(TR01.read_text(), 'band = "low"', 'band = "medium"'))
    assert main(["training", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.toml: reference rm2000s: band is low by the form, the case says medium" in err
    assert "1 problem(s) in 1 case(s)" in err

    pack = export_pack([library.get("tr02_young_coach_casic_route")], tmp_path / "p.zip")
    assert main(["training", "check", str(pack)]) == 0
    (tmp_path / "junk.zip").write_text("x")
    assert main(["training", "check", str(tmp_path / "junk.zip")]) == 2
    (tmp_path / "unreadable.toml").write_text("schema = 1\n")
    assert main(["training", "check", str(tmp_path / "unreadable.toml")]) == 2
    assert main(["training", "check", str(tmp_path)]) == 2  # a folder with bad files
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["training", "check", str(empty)]) == 2
    assert "no case files" in capsys.readouterr().err
    assert main(["training", "check", str(tmp_path / "nope.toml")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def _damaged(pack: Path, how: str) -> Path:
    """The pack with one case file damaged at the byte level, as a careless copy or a
    hostile sender might leave it."""
    import struct

    data = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("cases/"))
    local = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[local + 26:local + 30])
    body = local + 30 + name_len + extra_len
    central = next(i for i in range(len(data)) if data[i:i + 4] == b"PK\x01\x02"
                   and data[i + 46:i + 46 + len(info.filename)] == info.filename.encode())
    if how == "bad crc":
        data[body + info.compress_size // 2] ^= 0x01  # inside the data: the CRC fails
    elif how == "encrypted":
        for at in (local + 6, central + 8):  # general purpose flag bit 0
            data[at] |= 0x01
    elif how == "deflate64":
        for at in (local + 8, central + 10):
            data[at:at + 2] = struct.pack("<H", 9)
    elif how == "name mismatch":
        data[local + 30] ^= 0x20  # the local header's name differs from the directory's
    elif how == "lying size":  # the directory claims a tiny file; the data are bigger
        for at in (local + 22, central + 24):
            data[at:at + 4] = struct.pack("<I", 10)
    out = pack.with_name(f"{how.replace(' ', '-')}.zip")
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("how", ["bad crc", "encrypted", "deflate64", "name mismatch",
                                 "lying size"])
def test_a_damaged_pack_is_one_line_and_writes_nothing(library, catalog, tmp_path, how):
    pack = export_pack([library.get("tr02_young_coach_casic_route")], tmp_path / "p.zip")
    bad = _damaged(pack, how)
    target = tmp_path / "installed"
    with pytest.raises(PackError) as info:
        import_pack(bad, catalog, target)
    assert str(info.value).count("\n") == 0 and "cases/" in str(info.value)
    assert not target.exists()
    assert main(["training", "check", str(bad)]) == 2
