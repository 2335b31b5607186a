"""`kiosk partial --out FILE.pdf`: this kiosk's partial sheet and its transfer pages;
`kiosk reentry STATIONS --by VERIFIER [--digest HEX]`: confirm a re-entered partial sheet by its digest."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import ask, store_from, typed_digest_groups, write_output
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.domain.sheet_digest import groups
from kiosk.domain.station_range import format_ranges
from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.services.entry import EntryService
from kiosk.services.partial import seal_partial
from kiosk.services.reentry import ReentryService


def register(commands) -> None:
    partial = commands.add_parser(
        "partial",
        help="write this kiosk's partial sheet (FILE.pdf) and its transfer pages (FILE-bijlage.pdf)",
        description="For a kiosk with a range of stations (kiosk election stations): seals the definitive "
        "results of the range and writes the partial sheet for the main kiosk, with its annex of transfer "
        "pages (one set per station, printed numbers, the numbers digest on every page).",
    )
    partial.add_argument("--out", required=True, metavar="FILE.pdf")
    partial.set_defaults(handler=run_partial)

    reentry = commands.add_parser(
        "reentry",
        help="confirm a re-entered partial sheet by the numbers digest printed on it",
        description="After the transfer pages of a partial sheet were scanned and every station's fields "
        "confirmed (first entry): STATIONS as printed on the sheet (e.g. 1-225). The kiosk shows the digest "
        "of what was confirmed with two groups blanked; type those two from the paper. --digest gives the "
        "whole printed digest instead (for scripts). A match makes the stations definitive; a mismatch "
        "leaves them for a blind second entry.",
    )
    reentry.add_argument("stations", metavar="STATIONS")
    reentry.add_argument("--by", required=True, metavar="NAME", help="the verifier who confirms (logs in)")
    reentry.add_argument("--digest", metavar="HEX", help="the sheet's printed numbers digest (64 hex, spaces allowed)")
    reentry.set_defaults(handler=run_reentry)


def run_partial(args: Namespace) -> int:
    store = store_from(args, create=False)
    out = Path(args.out)
    annex = out.with_name(f"{out.stem}-bijlage{out.suffix or '.pdf'}")
    try:
        entries = EntryService(store, args.election)
        documents = seal_partial(entries, f"cli:{getpass.getuser()}")
        sheet, pages = documents.sheet_pdf, documents.annex_pdf(entries)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    write_output(out, sheet)
    write_output(annex, pages)
    data = documents.data
    print(
        t(
            "cli.partial.done",
            sheet=out,
            annex=annex,
            stations=data.stations,
            digest=" ".join(groups(data.numbers_sha256)),
        )
    )
    return 0


def run_reentry(args: Namespace) -> int:
    store = store_from(args, create=False)
    password = ask(t("cli.prompt.password", name=args.by), secret=True)
    try:
        account = auth.login(store, args.by, password)
        service = ReentryService(EntryService(store, args.election))
        challenge = service.challenge(args.stations)
        if args.digest is None and sys.stdin.isatty():
            print(t("cli.reentry.shown", stations=format_ranges(challenge.stations)))
        typed = typed_digest_groups(args.digest, challenge.shown, challenge.blanked)
        stations = service.confirm(account, challenge, typed)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(t("cli.reentry.done", stations=format_ranges(stations)))
    return 0
