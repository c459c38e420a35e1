"""The editable copy, opened with python-docx: same sections in the same order, same totals
and the signed PDF's data hash, and it says it is an unsigned working copy."""

from __future__ import annotations

import json
import re

import docx

from tally.cli import main
from tally.reports.verify import verify_pdf

from .test_report_pages import flatten, pages


def _docx_text(document) -> list[str]:
    """Paragraphs and table cells in document order."""
    out = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for cell in block.iter():
                if cell.tag.endswith("}tc"):
                    out.append("".join(t.text or "" for t in cell.iter()
                                       if t.tag.endswith("}t")))
    return out


def test_example_docx_matches_the_signed_pdf(tmp_path, capsys):
    pdf, copy, cert = tmp_path / "ex.pdf", tmp_path / "ex.docx", tmp_path / "cert.pem"
    assert main(["report", "--example", str(pdf), "--docx", str(copy), "--cert-out",
                 str(cert)]) == 0
    assert "editable, unsigned working copy" in capsys.readouterr().out
    check = verify_pdf(pdf, trust=[], use_stored_anchors=False)
    data_hash = check.data_sha256
    document = docx.Document(str(copy))
    assert document.core_properties.subject == f"data-sha256:{data_hash}"
    text = _docx_text(document)
    assert "Unsigned working copy" in text[0] and data_hash in text[0]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    pdf_text = flatten(" ".join(pages(pdf)))
    at = 0
    for heading in headings:  # the same sections in the same order as the PDF
        found = pdf_text.find(heading, at)
        assert found >= 0, heading
        at = found + len(heading)
    assert len(headings) > 20
    for section in ("Results at a glance", "Integration of static and dynamic results",
                    "Needs: treatment and supervision targets", "Scope and limitations",
                    "Rating periods and their age", "Referral and sources of information"):
        assert section in headings
    whole = "\n".join(text)
    for item in json.loads(check.data)["assessments"]:
        result = item["result"]
        assert f"{result['total']} of " in whole  # each total as the PDF states it
    assert "The digital signature is in the signed PDF only" in whole
    assert ".." not in whole.replace("...", "")  # one full stop after the meaning, not two
    assert "Item 5 scored from the linked CASIC" in whole
    grids = [t for t in document.tables if len(t.columns) > 1]  # (boxes may run on)
    for table in grids:  # no row of a table splits across a page
        for row in table.rows:
            assert row._tr.trPr is not None and row._tr.trPr.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"
            ) is not None
    assert "category not confirmed" in whole and "Moderate density of needs" not in whole
    # the PDF's inline markup becomes formatting, never text a reader sees
    assert not re.search(r"</?(font|b|i|br)\b|&(amp|lt|gt|#\d+);", whole), whole


def test_docx_name_must_end_in_docx(tmp_path, capsys):
    assert main(["report", "--example", str(tmp_path / "e.pdf"), "--docx",
                 str(tmp_path / "e.doc")]) == 2
    assert "must end in .docx" in capsys.readouterr().err
