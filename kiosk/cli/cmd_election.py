"""`kiosk election method [DSO|CSO] --by COORDINATOR`: the counting method, chosen once;
`kiosk election stations [RANGE] --by COORDINATOR`: this kiosk's own stations (several kiosks)."""

from __future__ import annotations

from argparse import Namespace

from kiosk.cli.context import login_coordinator, print_own_stations, store_from
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.i18n import refusal_text, t
from kiosk.services import counting_method, station_range
from kiosk.services.entry import EntryService


def register(commands) -> None:
    parser = commands.add_parser("election", help="settings of the imported election")
    sub = parser.add_subparsers(dest="election_command", metavar="ACTION", required=True)
    method = sub.add_parser(
        "method",
        help="show or choose (once) the counting method: DSO (N 10-1) or CSO (N 10-2 + Na 31-2 Bijlage 1)",
        description="Without METHOD: show the counting method. With it: choose it, once, before any page "
        "is scanned or entered (a coordinator logs in with --by; audited).",
    )
    method.add_argument("method", nargs="?", choices=("DSO", "CSO"))
    method.add_argument("--by", metavar="COORDINATOR", help="the coordinator who chooses (logs in)")
    method.set_defaults(handler=run_method)
    stations = sub.add_parser(
        "stations",
        help="show or choose the stations this kiosk enters from their own reports (several kiosks)",
        description="Without RANGE: show this kiosk's stations. With it (e.g. 1-225 or 1-8,10; 'alle' for "
        "every station): a municipality that splits its stations over kiosks gives each its range, after "
        "the 110b import and before paper of a station outside it is scanned here. Pages of another "
        "station's own report are then refused; it comes in on the other kiosk's transfer pages "
        "(a coordinator logs in with --by; audited).",
    )
    stations.add_argument("range", nargs="?", metavar="RANGE")
    stations.add_argument("--by", metavar="COORDINATOR", help="the coordinator who chooses (logs in)")
    stations.set_defaults(handler=run_stations)


def run_method(args: Namespace) -> int:
    store = store_from(args, create=False)
    if args.method is None:
        try:
            chosen = counting_method.current(store, args.election)
        except Refusal as refused:
            raise CliError(refusal_text(refused)) from None
        print(t("cli.election.method_chosen", method=chosen.value) if chosen else t("cli.election.method_none"))
        return 0
    if not args.by:
        raise CliError(t("cli.election.need_by"))
    account = login_coordinator(store, args.by)
    try:
        chosen = counting_method.choose(store, account, args.method, args.election)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(t("cli.election.method_set", method=chosen.value))
    return 0


def run_stations(args: Namespace) -> int:
    store = store_from(args, create=False)
    try:
        entries = EntryService(store, args.election)
        if args.range is None:
            own = station_range.own_stations(entries)
        else:
            if not args.by:
                raise CliError(t("cli.election.need_by"))
            own = station_range.choose(entries, login_coordinator(store, args.by), args.range)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print_own_stations(own)
    return 0
