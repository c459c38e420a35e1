"""Signed PDF summaries: build, sign and verify reports. No Qt; imports tally.core only.

What the app and the command line call (all heavy imports happen inside these):

- `export.export_report(records, forms, out, identity=None, meaning=..., example=False)`
  -> ExportResult: check (locked/signed only), score, lay out, attach the JSON, sign, write.
- `verify.verify_pdf(path_or_bytes, trust=(), use_stored_anchors=True, lookup=None)`
  -> Verification (valid, exit_code, lines(), signatures, data, records).
- `identity`: create_self_signed, create_request, import_certificate, import_pkcs12, load,
  show, exists, certificate, add_trust_anchor, trust_anchors.
- `example.example_forms(catalog)` / `example.example_records(forms)`: the fictional case.
"""
