"""`kiosk totals`, `kiosk print`, `kiosk export eml510|csv|osv4-3`: the results documents."""

from __future__ import annotations

import getpass
import hashlib
from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import store_from, write_output
from kiosk.cli.errors import CliError
from kiosk.domain.errors import DomainError
from kiosk.i18n import refusal_text, t
from kiosk.services import printing, results_documents
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.network import NetworkGuard
from kiosk.services.seal import SealRefused
from kiosk.services.totals import TotalsService

#: Export format -> the sealed document it writes.
EXPORTS = {"eml510": "eml_510b", "csv": "csv", "osv4-3": "osv4_3"}


def register(commands) -> None:
    totals = commands.add_parser(
        "totals",
        help="write the checked totals sheet (PDF); refused until every station is definitive and the hand count agrees",
    )
    totals.add_argument("--out", metavar="FILE.pdf", help="default: totals-<hash>.pdf in the data directory")
    totals.set_defaults(handler=run_totals)

    printing = commands.add_parser("print", help="print the checked totals sheet with lp (CUPS); the PDF is kept")
    printing.add_argument("--printer", metavar="NAME", help="CUPS queue (default: the system default)")
    printing.set_defaults(handler=run_print)

    export = commands.add_parser(
        "export", help="export the totals: EML 510b, the kiosk's CSV, or the OSV4-3 CSV municipalities publish"
    )
    export.add_argument("format", choices=tuple(EXPORTS))
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=run_export)


def _service(args: Namespace) -> TotalsService:
    store = store_from(args, create=False)
    try:
        return TotalsService(EntryService(store, args.election))
    except EntryRefused as error:
        raise CliError(refusal_text(error)) from None


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _sealed(args: Namespace, no_key: str) -> tuple[TotalsService, results_documents.SealedDocuments]:
    service = _service(args)
    try:
        return service, results_documents.sealed(service, _actor())
    except (EntryRefused, DomainError, SealRefused) as error:
        raise CliError(t(no_key, error=refusal_text(error)), exit_code=1) from None


def run_totals(args: Namespace) -> int:
    service, documents = _sealed(args, "cli.results.no_sheet")
    seal = documents.seal
    out = Path(args.out) if args.out else printing.out_dir(service.store) / printing.sheet_name(seal.eml_sha256)
    write_output(out, documents.sheet_pdf)
    transfer = printing.transfer_name(out)
    write_output(transfer, documents.transfer_pdf)
    print(t("cli.results.sheet_written", out=out, sha256=seal.eml_sha256))
    print(t("cli.results.transfer_written", out=transfer))
    print(t("cli.results.sealed", version=seal.version, seq=seal.seq, hash=seal.hash))
    return 0


def run_print(args: Namespace) -> int:
    """The sheet to CUPS, through the same service as the kiosk screen: kept in
    ``sheets/`` whatever happens, refused while a network is present (DESIGN §10)."""
    service = _service(args)
    try:
        sheet, result = printing.print_totals_sheet(
            service, _actor(), args.printer or "", guard=NetworkGuard(service.store)
        )
    except (EntryRefused, DomainError, SealRefused) as error:
        raise CliError(t("cli.results.no_sheet", error=refusal_text(error)), exit_code=1) from None
    except OSError as error:
        raise CliError(t("cli.results.sheet_unwritable", error=error.strerror or error)) from None
    if result.status == printing.NO_PRINTING_SYSTEM:
        raise CliError(t("cli.results.no_printing_system", path=sheet.path))
    if result.status == printing.NETWORK_PRESENT:
        raise CliError(t("cli.results.print_refused", detail=result.why(), path=sheet.path))
    if not result.printed:
        raise CliError(t("cli.results.print_failed", detail=result.why(), path=sheet.path))
    print(
        t("cli.results.printed", detail=result.why() or result.printer or t("print.default_printer"), path=sheet.path)
    )
    return 0


def run_export(args: Namespace) -> int:
    _, documents = _sealed(args, "cli.results.no_export")
    data = getattr(documents, EXPORTS[args.format])
    write_output(Path(args.out), data)
    print(f"{args.out}: {args.format}, SHA-256 {hashlib.sha256(data).hexdigest()}")
    seal = documents.seal
    print(t("cli.results.sealed", version=seal.version, seq=seal.seq, hash=seal.hash))
    return 0
