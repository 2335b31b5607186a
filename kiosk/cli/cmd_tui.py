"""`kiosk tui`: the terminal UI of the kiosk."""

from __future__ import annotations

from argparse import Namespace

from kiosk.cli.context import store_from
from kiosk.cli.errors import CliError


def register(commands) -> None:
    parser = commands.add_parser("tui", help="start the terminal UI (the default command)")
    parser.add_argument("--dev", action="store_true", help="development mode: allows quitting")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    store_from(args)
    # The Textual UI is the next milestone (issue: kiosk terminal UI). Until it
    # lands, say so plainly instead of pretending.
    raise CliError(
        "the terminal UI is not built yet; the election, accounts and audit log can be "
        "managed with the commands listed by `kiosk --help`",
        exit_code=3,
    )
