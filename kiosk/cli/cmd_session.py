"""`kiosk session show|set`: the GSB session the totals sheet (Na 31-x, part 1) reports on."""

from __future__ import annotations

from argparse import Namespace
from datetime import date

from kiosk.cli.context import login_coordinator, store_from
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.domain.session import Attendee, CommitteeRole, SessionDetails, SessionError
from kiosk.i18n import refusal_text, t
from kiosk.services import session

ROLE_WORDS = {"voorzitter": CommitteeRole.CHAIR, "plv": CommitteeRole.DEPUTY_CHAIR, "lid": CommitteeRole.MEMBER}


def register(commands) -> None:
    parser = commands.add_parser("session", help="the municipal committee's session: place, day, start, attendance")
    sub = parser.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="the session details the totals sheet prints")
    show.set_defaults(handler=run_show)
    put = sub.add_parser(
        "set",
        help="record the session details (replaces earlier ones; a coordinator logs in with --by; audited)",
        description="Record where and when the committee met and who was present. Each --attendee is "
        "'INITIALS;SURNAME;ROLE;FROM[;TO]' with ROLE voorzitter, plv or lid and times as HH:MM.",
    )
    put.add_argument("--place", required=True)
    put.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    put.add_argument("--start", required=True, metavar="HH:MM")
    put.add_argument("--attendee", action="append", default=[], metavar="I;SURNAME;ROLE;FROM[;TO]")
    put.add_argument("--by", required=True, metavar="COORDINATOR")
    put.set_defaults(handler=run_set)


def run_show(args: Namespace) -> int:
    try:
        details = session.current(store_from(args, create=False), args.election)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    if details is None:
        print(t("cli.session.none"))
        return 0
    print(t("cli.session.summary", place=details.place, day=details.day.isoformat(), start=details.start_time))
    for a in details.attendees:
        print(f"    {a.initials:<8} {a.surname:<24} {a.role.value:<28} {a.present_from}-{a.present_to}")
    return 0


def run_set(args: Namespace) -> int:
    try:
        details = SessionDetails(args.place, _day(args.day), args.start, tuple(_attendee(a) for a in args.attendee))
    except SessionError as refused:
        raise CliError(refusal_text(refused)) from None
    store = store_from(args, create=False)
    account = login_coordinator(store, args.by)
    try:
        session.record(store, account, details, args.election)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(t("cli.session.recorded", count=len(details.attendees)))
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(t("cli.session.bad_day", value=text)) from None


def _attendee(text: str) -> Attendee:
    parts = [part.strip() for part in text.split(";")]
    if len(parts) not in (4, 5) or parts[2] not in ROLE_WORDS:
        raise CliError(t("cli.session.bad_attendee", value=text))
    return Attendee(parts[0], parts[1], ROLE_WORDS[parts[2]], parts[3], parts[4] if len(parts) == 5 else "")
