"""`kiosk handcount differences|confirm`: the controleprotocol's outcome "differences found"
(Na 31-x 2.5) when the hand-added totals, typed twice alike, still differ from the kiosk's:
one coordinator records it with an explanation per list, another confirms it (four eyes)."""

from __future__ import annotations

from argparse import Namespace

from kiosk.cli.context import login_coordinator, store_from
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.i18n import refusal_text, t
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService


def register(commands) -> None:
    parser = commands.add_parser("handcount", help="the hand count's outcome 'differences found' (four eyes)")
    sub = parser.add_subparsers(dest="handcount_command", metavar="ACTION", required=True)
    record = sub.add_parser("differences", help="record the outcome, explaining each differing list")
    record.add_argument(
        "--explain", nargs=2, action="append", required=True, metavar=("LIST", "TEXT"), help="once per differing list"
    )
    record.add_argument("--by", required=True, metavar="COORDINATOR")
    record.set_defaults(handler=run_differences)
    confirm = sub.add_parser("confirm", help="confirm the recorded outcome (another coordinator)")
    confirm.add_argument("--by", required=True, metavar="COORDINATOR")
    confirm.set_defaults(handler=run_confirm)


def _totals(args: Namespace) -> TotalsService:
    store = store_from(args, create=False)
    try:
        return TotalsService(EntryService(store, args.election))
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None


def run_differences(args: Namespace) -> int:
    totals = _totals(args)
    try:
        explanations = {int(number): text for number, text in args.explain}
    except ValueError:
        raise CliError(t("cli.handcount.bad_list", value=" ".join(n for n, _ in args.explain))) from None
    account = login_coordinator(totals.store, args.by)
    try:
        outcome = totals.record_differences(account, explanations)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(t("cli.handcount.recorded", lists=", ".join(str(d.list_number) for d in outcome.lists)))
    return 0


def run_confirm(args: Namespace) -> int:
    totals = _totals(args)
    account = login_coordinator(totals.store, args.by)
    try:
        outcome = totals.confirm_differences(account)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(t("cli.handcount.confirmed", recorded=outcome.recorded_by, confirmed=outcome.confirmed_by))
    return 0
