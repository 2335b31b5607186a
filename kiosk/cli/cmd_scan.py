"""`kiosk scan --dir DIR | --device DEV --by NAME`: read scanned PV pages in."""

from __future__ import annotations

import tempfile
from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import ask, store_from
from kiosk.cli.errors import CliError
from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.services.entry import EntryRefused
from kiosk.services.scanner_device import scan_with_device
from kiosk.services.scanning import ScanService


def register(commands) -> None:
    parser = commands.add_parser(
        "scan",
        help="read scanned PV pages (image files or the scanner) and attach them to their stations",
        description="Each page is identified by its QR code, aligned on its markers and checked; "
        "refused pages are listed with the reason (scan them again). Files in the folder that are not "
        "images (PNG, JPEG, TIFF), and blank sheets, are listed as skipped. Exit 2 when any page was "
        "refused, or the scanner stopped before its feeder was empty.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--dir", metavar="DIR", help="a folder of image files (PNG, JPEG, TIFF)")
    source.add_argument("--device", metavar="DEV", help="SANE device name, as `scanimage -L` shows it")
    parser.add_argument("--by", required=True, metavar="NAME", help="the clerk (or coordinator) who scans")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    store = store_from(args, create=False)
    password = ask(t("cli.prompt.password", name=args.by), secret=True)
    try:
        account = auth.login(store, args.by, password)
    except auth.AuthError as error:
        raise CliError(refusal_text(error)) from None
    stopped = None  # why the scanner stopped halfway, if it did
    try:
        # Every election of the data folder: one mixed stack, each page to its own election.
        scanner = ScanService.for_store(store, header_check=True)
        if args.dir:
            outcomes = scanner.ingest_folder(account, Path(args.dir))
        else:
            with tempfile.TemporaryDirectory(prefix="kiosk-scan-") as work:
                batch = scan_with_device(args.device, Path(work))
                outcomes = scanner.ingest_files(account, batch.files)
                stopped = batch.stopped
    except EntryRefused as error:
        raise CliError(refusal_text(error)) from None
    for outcome in outcomes:
        print(outcome.line())
    refused = sum(1 for o in outcomes if o.status == "refused")
    skipped = sum(1 for o in outcomes if o.status == "skipped")
    pages = len(outcomes) - skipped
    summary = t("cli.scan.summary", pages=pages, read=pages - refused, refused=refused)
    if skipped:
        summary += t("cli.scan.skipped", skipped=skipped)
    print(summary)
    touched = {o.station for o in outcomes if o.station is not None}
    incomplete = {s: n for s, n in scanner.entries.incomplete_scans().items() if s in touched}
    if incomplete:
        print(
            t(
                "cli.scan.incomplete",
                stations="; ".join(
                    t("tui.admin.scan.incomplete_one", station=s, missing=part.ranges(), total=part.total)
                    for s, part in sorted(incomplete.items())
                ),
            )
        )
    if stopped:
        print(t("cli.scan.stopped", reason=stopped))
    return 2 if refused or stopped else 0
