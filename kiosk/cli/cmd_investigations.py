"""`kiosk investigations list|show|open|findings|conclude`: the committee's investigations of
stations, and the correction rounds they open (``kiosk.services.investigations``)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import login_coordinator, store_from, write_output
from kiosk.cli.errors import CliError
from kiosk.domain.investigation import InvestigationReason
from kiosk.domain.refusal import Refusal
from kiosk.i18n import refusal_text, t
from kiosk.services.entry import EntryService
from kiosk.services.investigations import InvestigationService

YES_NO = {"ja": True, "yes": True, "nee": False, "no": False}


def register(commands) -> None:
    parser = commands.add_parser(
        "investigations", help="investigate a station, record findings, conclude (and correct its results)"
    )
    sub = parser.add_subparsers(dest="investigations_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="every investigation of the election").set_defaults(handler=run_list)
    show = sub.add_parser("show", help="one investigation, and the rounds of its station (what changed)")
    show.add_argument("number", type=int)
    show.set_defaults(handler=run_show)
    opened = sub.add_parser("open", help="open an investigation of a station (a coordinator, audited)")
    opened.add_argument("--station", type=int, required=True)
    opened.add_argument("--reason", required=True, choices=[r.value for r in InvestigationReason])
    opened.add_argument("--text", default="", help="the reason in words (required for 'other')")
    opened.add_argument("--by", required=True, metavar="COORDINATOR")
    opened.set_defaults(handler=run_open)
    findings = sub.add_parser("findings", help="record the findings of an investigation")
    findings.add_argument("number", type=int)
    findings.add_argument("--text", required=True)
    findings.add_argument("--by", required=True, metavar="COORDINATOR")
    findings.set_defaults(handler=run_findings)
    conclude = sub.add_parser(
        "conclude",
        help="conclude: recounted ja|nee, corrected ja|nee; 'corrected' opens a new entry round of the station",
    )
    conclude.add_argument("number", type=int)
    conclude.add_argument("--recounted", required=True, choices=sorted(YES_NO))
    conclude.add_argument("--corrected", required=True, choices=sorted(YES_NO))
    conclude.add_argument("--by", required=True, metavar="COORDINATOR")
    conclude.set_defaults(handler=run_conclude)
    corrigendum = sub.add_parser(
        "corrigendum", help="write the corrigendum (Na 14-1 / Na 14-2 Bijlage 1) of a corrected station as PDF"
    )
    corrigendum.add_argument("number", type=int)
    corrigendum.add_argument("--out", required=True, metavar="FILE.pdf")
    corrigendum.set_defaults(handler=run_corrigendum)


def _service(args: Namespace) -> InvestigationService:
    store = store_from(args, create=False)
    try:
        return InvestigationService(EntryService(store, args.election))
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None


def run_list(args: Namespace) -> int:
    found = _service(args).all()
    if not found:
        print(t("cli.investigations.none"))
    for investigation in found.values():
        print(_line(investigation))
    return 0


def run_show(args: Namespace) -> int:
    service = _service(args)
    investigation = service.all().get(args.number)
    if investigation is None:
        raise CliError(t("refusal.investigation.unknown", number=args.number))
    print(_line(investigation))
    if investigation.explanation:
        print(f"    {investigation.explanation}")
    for finding in investigation.findings:
        print(
            t(
                "cli.investigations.finding",
                by=finding.by,
                at=finding.at.isoformat(timespec="minutes"),
                text=finding.text,
            )
        )
    for round_ in service.history(investigation.station):
        entered = ", ".join(round_.entered_by) or "-"
        print(t("cli.investigations.round", number=round_.number, status=t(f"tui.status.{round_.status}"), by=entered))
        if round_.closed_at is not None:
            at = round_.closed_at.isoformat(timespec="minutes")
            print(t("cli.investigations.round_closed", at=at, by=round_.closed_by, number=round_.investigation))
        for code, before, after in round_.changes:
            print(f"      {code}: {before} → {after}")
    return 0


def run_open(args: Namespace) -> int:
    service = _service(args)
    account = login_coordinator(service.store, args.by)
    return _done(lambda: service.open(account, args.station, args.reason, args.text))


def run_findings(args: Namespace) -> int:
    service = _service(args)
    account = login_coordinator(service.store, args.by)
    return _done(lambda: service.add_findings(account, args.number, args.text))


def run_conclude(args: Namespace) -> int:
    service = _service(args)
    account = login_coordinator(service.store, args.by)
    return _done(lambda: service.conclude(account, args.number, YES_NO[args.recounted], YES_NO[args.corrected]))


def run_corrigendum(args: Namespace) -> int:
    service = _service(args)
    try:
        pdf = service.corrigendum(args.number)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    write_output(Path(args.out), pdf)
    print(t("cli.investigations.corrigendum", out=args.out))
    return 0


def _done(step) -> int:
    try:
        investigation = step()
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(_line(investigation))
    return 0


def _line(investigation) -> str:
    if investigation.is_open:
        state = t("cli.investigations.open")
    else:
        state = t(
            "cli.investigations.concluded",
            recounted=t("cli.yes" if investigation.recounted else "cli.no"),
            corrected=t("cli.yes" if investigation.corrected else "cli.no"),
        )
    return t(
        "cli.investigations.line",
        number=investigation.number,
        station=investigation.station,
        reason=t(f"investigation.reason.{investigation.reason.value}"),
        state=state,
    )
