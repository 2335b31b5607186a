"""`kiosk import FILE [--hash HEX]`: read one EML file into the election."""

from __future__ import annotations

import getpass
import random
import sys
from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import ask, login_coordinator, print_own_stations, store_from
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.domain.station_range import parse_ranges
from kiosk.eml import hashcheck
from kiosk.i18n import refusal_text, t, warning_text
from kiosk.i18n.untrusted import neutralise
from kiosk.services import election_import, station_range
from kiosk.services.election_import import ImportRefused
from kiosk.services.entry import EntryService


def register(commands) -> None:
    parser = commands.add_parser(
        "import",
        help="import one EML file: 110a first, then 230b, then 110b",
        description="Import one EML_NL file (110a election, then 230b candidate lists, then 110b "
        "polling stations). The file's SHA-256 is shown in 16 groups with two groups blanked "
        "out; type those two groups from the separately delivered hash. --hash gives the "
        "whole hash instead (for scripts). A refused file writes nothing.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--hash", metavar="HEX", help="the file's full SHA-256 (64 hex characters, spaces allowed)")
    parser.add_argument(
        "--stations",
        metavar="RANGE",
        help="with a 110b, when the municipality splits its stations over kiosks: the stations this kiosk "
        "enters (e.g. 1-225; as `kiosk election stations`); needs --by",
    )
    parser.add_argument("--by", metavar="COORDINATOR", help="the coordinator who chooses --stations (logs in)")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    path = Path(args.file)
    # The name as shown and recorded (audit log, import table): a name that is not UTF-8 or holds a
    # control or bidi character gets visible <U+XXXX> markers; the file itself is opened by ``path``.
    source = neutralise(str(path))
    if args.stations is not None:
        if not args.by:
            raise CliError(t("cli.election.need_by"))
        try:
            parse_ranges(args.stations)  # a range that cannot be right refuses before anything is written
        except Refusal as refused:
            raise CliError(refusal_text(refused)) from None
    try:
        data = election_import.read_file(path)
        store = store_from(args)
        prepared = election_import.prepare(store, data, source)
        for warning in prepared.warnings:
            print(t("cli.import.warning", warning=warning_text(warning)))
        if args.hash is not None:
            try:
                expected = hashcheck.parse_full_hash(args.hash)
            except ValueError as error:
                raise CliError(f"--hash: {refusal_text(error)}") from None
            confirmed = hashcheck.same_hash(prepared.sha256, expected)
        else:
            confirmed = _confirm_interactively(prepared)
        if not confirmed:
            raise ImportRefused("import.hash_mismatch", source=source)
        summary = election_import.commit(store, prepared, actor=f"cli:{getpass.getuser()}")
    except ImportRefused as error:
        # Its text parameters (the path, the file's own names) are shown neutralised by refusal_text.
        raise CliError(refusal_text(error)) from None
    print(t("import.done", source=source, what=t(f"import.kind_{prepared.kind}"), summary=_summary(summary)))
    if args.stations is not None:
        _choose_stations(store, prepared, args)
    return 0


def _choose_stations(store, prepared, args: Namespace) -> None:
    """The kiosk's range, chosen right after its 110b is imported (audited like `kiosk election stations`)."""
    if prepared.kind != "110b":
        raise CliError(t("cli.import.stations_need_110b"))
    account = login_coordinator(store, args.by)
    try:
        entries = EntryService(store, prepared.election_id)
        own = station_range.choose(entries, account, args.stations)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print_own_stations(own)


def _confirm_interactively(prepared) -> bool:
    if not sys.stdin.isatty():
        raise CliError(t("cli.import.no_terminal", source=prepared.source))
    groups = prepared.groups
    blanked = hashcheck.choose_blanked(random.SystemRandom())
    print(f"{prepared.source}: {t(f'import.kind_{prepared.kind}')}")
    print("SHA-256: " + hashcheck.format_groups(groups, set(blanked)))
    typed = [ask(t("cli.prompt.hash_group", group=index + 1)) for index in blanked]
    return hashcheck.check_typed(groups, blanked, typed)


def _summary(summary: dict) -> str:
    return ", ".join(f"{key}: {value}" for key, value in summary.items())
