"""`kiosk demo`: a fictional election to try the kiosk on."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from kiosk.cli import cmd_tui
from kiosk.cli.errors import CliError
from kiosk.demo import csb as csb_demo
from kiosk.demo import setup, split, two_elections
from kiosk.domain.form_model import CountingMethod
from kiosk.i18n import refusal_text, report_faults_to, t
from kiosk.services import rehearsal
from kiosk.store import open_store
from kiosk.store.home import default_home


def register(commands) -> None:
    parser = commands.add_parser(
        "demo",
        help="create (or reuse) the demo election and start the kiosk",
        description="Create or reuse a demo election (municipality Duinwijk: 12 polling stations, "
        f"8 lists) with accounts {', '.join(n for n, _ in setup.DEMO_ACCOUNTS)} (password "
        f"'{setup.DEMO_PASSWORD}'). Without --home it lives in {default_home() / 'demo'}, "
        "never in the data directory of a real election.",
    )
    parser.add_argument("--setup-only", action="store_true", help="create the demo and exit")
    parser.add_argument(
        "--rehearsal",
        action="store_true",
        help="rehearsal drill: a separate demo whose OCR proposals include a few wrong values on purpose; "
        "the coordinator sees per verifier how many were confirmed unchanged (F10 on the overview)",
    )
    parser.add_argument(
        "--no-scans", action="store_true", help="skip the synthetic scanned PVs (faster; manual entry only)"
    )
    parser.add_argument(
        "--counting",
        choices=("DSO", "CSO"),
        default="DSO",
        help="counting method: DSO (stations count per candidate, Model N 10-1) or CSO (central counting: "
        "the kiosk enters Na 31-2 Bijlage 1); a CSO demo lives in its own folder",
    )
    parser.add_argument(
        "--two-elections",
        action="store_true",
        help="two elections on one day in one data folder (Provinciale Staten and waterschap), their "
        "scans one mixed stack; lives in its own folder",
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help="the municipality split over two kiosks (stations 1-6 and 7-12) that print partial sheets; this "
        "kiosk is the main kiosk and has scanned their transfer pages; lives in its own folder (the two "
        "partial kiosks beside it)",
    )
    parser.add_argument(
        "--csb",
        action="store_true",
        help="the central committee of the demo GR: a counted GSB beside it prints its Na 31 into papier/; "
        "the CSB session runs with `kiosk csb ...` (printed); sets up and exits, no screen",
    )
    parser.set_defaults(handler=run)


def demo_home(args: Namespace) -> Path:
    if args.home:
        return Path(args.home).expanduser()
    name = "rehearsal" if getattr(args, "rehearsal", False) else "demo"
    if getattr(args, "two_elections", False):
        name += "-two"
    if getattr(args, "split", False):
        name += "-split"
    if getattr(args, "csb", False):
        name += "-csb-session"
    return default_home() / (name if getattr(args, "counting", "DSO") == "DSO" else f"{name}-cso")


def run(args: Namespace) -> int:
    if args.two_elections and args.rehearsal:
        raise CliError(t("cli.demo.two_no_rehearsal"))
    if (args.split or args.csb) and (
        args.rehearsal or args.two_elections or args.counting != "DSO" or (args.split and args.csb)
    ):
        raise CliError(t("cli.demo.split_alone"))
    home = demo_home(args)
    store = open_store(home)
    report_faults_to(home)
    try:
        try:
            if args.two_elections:
                summary = two_elections.set_up(store, CountingMethod(args.counting))
            else:
                summary = setup.set_up(store, CountingMethod(args.counting))
        except setup.NotADemoHome as error:
            raise CliError(refusal_text(error)) from None
        print(t("cli.demo.created" if summary.created else "cli.demo.reused", election=summary.election_id, home=home))
        if summary.counting_method not in (None, args.counting):
            raise CliError(t("cli.demo.other_method", home=home, method=summary.counting_method))
        print(t("cli.demo.size", stations=summary.stations, lists=summary.lists, candidates=summary.candidates))
        if summary.counting_method:
            print(t(f"cli.demo.method.{summary.counting_method}"))
        print(t("cli.demo.accounts", password=setup.DEMO_PASSWORD))
        for username, role in summary.accounts:
            print(f"    {username:<12} {role}")
        if args.csb:
            paper = csb_demo.make_gsb_sheet(store.home)
            print(
                t(
                    "cli.demo.csb_next",
                    sheet=paper.sheet,
                    totals=paper.totals,
                    digest=paper.digest,
                    transfer=paper.transfer,
                    scans=paper.scans,
                    home=store.home,
                )
            )
            return 0
        if args.split:
            _split(store, scan=not args.no_scans)
        elif args.two_elections:
            if not args.no_scans:
                _print_scans(two_elections.scan_stack(store, _progress))
        elif rehearsal.other_mode_scanned(store, args.rehearsal, summary.election_id):
            raise CliError(t("cli.demo.holds_plain" if args.rehearsal else "cli.demo.holds_rehearsal", home=home))
        elif not args.no_scans:
            _scan(store, rehearsal_mode=args.rehearsal)
    finally:
        store.close()
    if args.setup_only:
        return 0
    args.home = str(home)
    args.dev = False
    args.demo = True
    return cmd_tui.run(args)


def _split(store, *, scan: bool) -> None:
    papers = split.make_partial_sheets(store.home, lambda line: print(f"  {line}", flush=True))
    for paper in papers:
        print(
            t(
                "cli.demo.split_paper",
                name=paper.name.upper(),
                stations=paper.stations,
                sheet=paper.sheet,
                annex=paper.annex,
                digest=paper.digest,
            )
        )
    if scan:
        _print_scans(split.scan_transfer_pages(store, papers, _progress))
    print(t("cli.demo.split_next"))


def _scan(store, *, rehearsal_mode: bool = False) -> None:
    from kiosk.demo import scans
    from kiosk.services.entry import EntryService
    from kiosk.services.rehearsal_scans import RehearsalScanService

    entries = EntryService(store)
    scanner = RehearsalScanService(entries) if rehearsal_mode else None
    _print_scans(scans.scan_demo(entries, store.home / "demo-scans", _progress, scanner=scanner))


def _progress(outcome) -> None:
    print(f"  {outcome.line()}", flush=True)


def _print_scans(outcomes) -> None:
    if outcomes:
        proposed = sum(o.proposals for o in outcomes)
        fields = sum(o.fields for o in outcomes)
        print(t("cli.demo.scans", pages=len(outcomes), proposed=proposed, fields=fields))
