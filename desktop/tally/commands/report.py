"""`tally report` (export a signed PDF summary) and `tally identity` (the signing identity).

The glue between the case database (through the operations Desk, as the app) and the reports
package: records come from the case database, forms from the catalog, and the export is
written to the audit trail. Heavy imports happen in the handlers only.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from tally.cli import UsageError

KEY_ENV, P12_ENV = "TALLY_KEY_PASSPHRASE", "TALLY_P12_PASSPHRASE"
EXAMPLE_SIGNER = "Dr Alex Example"


def register(sub: argparse._SubParsersAction) -> None:
    from tally.commands._db import add_passphrase_option

    p = sub.add_parser(
        "report", help="export locked assessments of one case as a signed PDF summary",
        description="Export locked assessments of one case as one PDF summary, signed when a "
        f"signing identity exists (key passphrase from a prompt or {KEY_ENV}).",
    )
    p.add_argument("ids", nargs="*", type=int, metavar="ASSESSMENT_ID")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the report")
    p.add_argument("--example", metavar="FILE.pdf",
                   help="write a signed report of a built-in fictional case (no database)")
    p.add_argument("--cert-out", metavar="CERT.pem",
                   help="with --example: where to write the throwaway signer's certificate")
    p.add_argument("--meaning", help="the meaning of the signature printed on the page")
    p.add_argument("--lang", choices=("en", "fr"), default="en",
                   help="the report's language: its fixed text, dates, numbers and the forms' "
                        "text (default en)")
    p.add_argument("--unsigned", action="store_true",
                   help="export without signing even when a signing identity exists")
    p.add_argument("--profile", choices=("court", "working"),
                   help="court (the default for a signed report): a category whose cut-offs "
                   "are not confirmed is given only as 'category not confirmed'; working: "
                   "shown, marked (default: the case's saved report context, else court)")
    p.add_argument("--force", action="store_true",
                   help="replace the PDF, DOCX or certificate file if it already exists")
    p.add_argument("--docx", metavar="FILE.docx",
                   help="also write an editable, unsigned working copy of the same report")
    add_passphrase_option(p)
    p.set_defaults(handler=run_report)

    ident = sub.add_parser(
        "identity", help="create, import and show the signing identity used for reports",
        description=f"The key passphrase comes from a prompt or {KEY_ENV}.",
    )
    isub = ident.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    for name, helptext in (("create", "create a personal self-signed signing certificate"),
                           ("csr", "create a key and a certificate request for your CA")):
        q = isub.add_parser(name, help=helptext)
        q.add_argument("--name", required=True, help="your name as it should be printed")
        q.add_argument("--org", default="", help="your organisation")
        q.add_argument("--email", default="")
        q.add_argument("--replace", action="store_true", help="replace an existing identity")
        if name == "csr":
            q.add_argument("--out", required=True, metavar="REQUEST.pem")
            q.add_argument("--force", action="store_true", help="replace REQUEST.pem")
        q.set_defaults(handler=run_identity)
    q = isub.add_parser("import-cert", help="import the certificate your CA issued")
    q.add_argument("cert", metavar="CERT")
    q.set_defaults(handler=run_identity)
    q = isub.add_parser("import-p12", help="import a key and certificate from a PKCS#12 file")
    q.add_argument("p12", metavar="FILE.p12")
    q.add_argument("--replace", action="store_true", help="replace an existing identity")
    q.set_defaults(handler=run_identity)
    q = isub.add_parser("show", help="show the signing identity")
    q.set_defaults(handler=run_identity)
    q = isub.add_parser("export-cert", help="write the signing certificate (to give to others)")
    q.add_argument("out", metavar="CERT.pem")
    q.add_argument("--force", action="store_true", help="replace CERT.pem if it exists")
    q.set_defaults(handler=run_identity)
    q = isub.add_parser("trust-add", help="trust an organisation's root certificate")
    q.add_argument("cert", metavar="CERT")
    q.set_defaults(handler=run_identity)


def _secret(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {env} when not at a terminal")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != value:
        raise UsageError("the two passphrases differ; nothing was changed")
    return value


def key_passphrase(confirm: bool = False) -> str:
    return _secret(KEY_ENV, "Signing key passphrase: ", confirm)


def run_report(args: argparse.Namespace) -> int:
    from tally.reports.content import ReportError
    from tally.reports.identity import IdentityError
    from tally.reports.signing import SigningError

    try:
        if args.example:
            if args.ids or args.out:
                raise UsageError("--example takes no assessment ids and no --out")
            return _example(args)
        if args.cert_out:
            raise UsageError("--cert-out goes with --example")
        if not args.ids:
            raise UsageError("name at least one assessment id (or use --example FILE.pdf)")
        if not args.out:
            raise UsageError("say where to write the report with --out FILE.pdf")
        return _export(args)
    except (ReportError, IdentityError, SigningError) as exc:
        raise UsageError(str(exc)) from None


def _meaning(args: argparse.Namespace) -> str:
    from tally.reports.export import DEFAULT_MEANINGS

    meaning = (args.meaning or DEFAULT_MEANINGS[getattr(args, "lang", "en")]).strip()
    if not meaning:
        raise UsageError("the meaning of the signature cannot be empty")
    return meaning


def _check_out(path: Path, suffix: str = ".pdf", force: bool = False) -> None:
    if suffix and path.suffix.lower() != suffix:
        raise UsageError(f"{path}: the {'report' if suffix == '.pdf' else 'copy'} file name "
                         f"must end in {suffix}")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such folder")
    if (path.exists() or path.is_symlink()) and not force:  # never replace a file unasked
        raise UsageError(f"{path}: already exists; give --force to replace it")


def _docx(args: argparse.Namespace) -> Path | None:
    if not args.docx:
        return None
    path = Path(args.docx)
    _check_out(path, ".docx", args.force)
    return path


def _export(args: argparse.Namespace) -> int:
    from tally.commands._db import open_desk
    from tally.operations.errors import StoreError
    from tally.operations.lookups import (
        audit_anchor,
        companions,
        earlier_ratings,
        load_report_context,
        previous_versions,
    )
    from tally.reports import identity
    from tally.reports.export import export_report
    from tally.reports.local_review import reviewed_catalog

    out = Path(args.out)
    _check_out(out, force=args.force)
    docx = _docx(args)
    meaning = _meaning(args)
    desk = open_desk(args)
    try:
        try:
            records = [desk.get_assessment(i) for i in args.ids]
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        signer = None
        if not args.unsigned and identity.exists():
            signer = identity.load(key_passphrase())
        catalog = reviewed_catalog(args.lang)
        catalog.keep_from(desk.kept_form)  # each record with the form it was scored with
        result = export_report(records, catalog, out, identity=signer,
                               meaning=meaning, previous=previous_versions(desk, records),
                               earlier=earlier_ratings(desk, records),
                               context=load_report_context(desk, records),
                               profile=args.profile, docx_out=docx, lang=args.lang,
                               write=False, audit_anchor=audit_anchor(desk),
                               companions=companions(desk, records))
        try:
            desk.sign_off(records, result, meaning)  # the files and records at once
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    finally:
        desk.close()
    _print_result(result)
    if not result.signed:
        print("not signed: " + ("--unsigned was given" if args.unsigned else
                                "no signing identity (create one with `tally identity create`)"))
    return 0


def _print_result(result) -> None:
    print(f"wrote {result.path}")
    if result.docx_path is not None:
        print(f"wrote {result.docx_path} (an editable, unsigned working copy of the PDF)")
    if result.signed:
        from tally.reports.build import format_time

        print(f"signed by {result.signer} at {format_time(result.signed_at)}")
    print(f"embedded data SHA-256 {result.data_sha256}")
    print(f"file SHA-256 {result.pdf_sha256}")


def _example(args: argparse.Namespace) -> int:
    from tally.paths import load_catalog
    from tally.reports import example, identity
    from tally.reports.export import export_report, write_atomically

    out = Path(args.example)
    _check_out(out, force=args.force)
    docx = _docx(args)
    cert_out = Path(args.cert_out) if args.cert_out else out.with_name(out.stem + "-signer.pem")
    _check_out(cert_out, "", args.force)
    forms = example.example_forms(load_catalog(args.lang))
    names = ((f"{EXAMPLE_SIGNER} (fictional)", "Example Forensic Service (fictional)")
             if args.lang != "fr" else
             ("Dre Alex Exemple (fictif)", "Service d'expertise judiciaire Exemple (fictif)"))
    key, cert = identity.make_self_signed(*names, bits=2048)
    signer = identity.SigningIdentity(key, cert)
    case = example.example(forms, lang=args.lang)
    result = export_report(
        case.records, {f.id: f for f in forms}, out, identity=signer,
        meaning=_meaning(args), example=True, context=case.context, previous=case.previous,
        earlier=case.earlier, profile=args.profile, docx_out=docx, lang=args.lang,
        companions=case.companions,
    )
    write_atomically(cert_out, identity.certificate_pem(cert))
    _print_result(result)
    print(f"signer's certificate: {cert_out} (check with: tally verify {out} --trust {cert_out})")
    return 0


def run_identity(args: argparse.Namespace) -> int:
    from tally.reports import identity

    try:
        return _identity(args, identity)
    except identity.IdentityError as exc:
        raise UsageError(str(exc)) from None


def _identity(args: argparse.Namespace, identity) -> int:
    action = args.identity_command
    if action in ("create", "csr", "import-p12"):  # before asking for any passphrase
        identity.refuse_existing(identity.identity_dir(), args.replace)
    if action == "create":
        info = identity.create_self_signed(
            key_passphrase(confirm=True), args.name, args.org, args.email,
            overwrite=args.replace)
        _show(info)
    elif action == "csr":
        from tally.reports.export import write_atomically

        out = Path(args.out)
        _check_out(out, "", args.force)  # before a key is made: never a half-done step
        request = identity.create_request(
            key_passphrase(confirm=True), args.name, args.org, args.email,
            overwrite=args.replace)
        write_atomically(out, request)
        print(f"wrote the certificate request {out}: send it to your organisation's CA, "
              "then run `tally identity import-cert CERT`")
    elif action == "import-cert":
        passphrase = os.environ.get(KEY_ENV) or None
        _show(identity.import_certificate(args.cert, passphrase=passphrase))
    elif action == "import-p12":
        p12_pass = _secret(P12_ENV, "PKCS#12 file passphrase: ")
        _show(identity.import_pkcs12(args.p12, p12_pass, key_passphrase(confirm=True),
                                     overwrite=args.replace))
    elif action == "show":
        _show(identity.show())
    elif action == "export-cert":
        from tally.reports.export import write_atomically

        cert = identity.certificate()
        if cert is None:
            raise UsageError("there is no signing certificate to export")
        _check_out(Path(args.out), "", args.force)
        write_atomically(Path(args.out), identity.certificate_pem(cert))
        print(f"wrote {args.out}")
    else:  # trust-add
        for subject in identity.add_trust_anchor(args.cert):
            print(f"now trusted: {subject}")
    return 0


def _show(info) -> None:
    print(f"subject:     {info.subject}")
    print(f"issuer:      {info.issuer}{' (self-signed)' if info.self_signed else ''}")
    print(f"valid:       {info.not_before:%Y-%m-%d} to {info.not_after:%Y-%m-%d}")
    print(f"key:         {info.key_type}")
    print(f"SHA-256:     {info.fingerprint_sha256}")
    print(f"folder:      {info.folder}")
