"""The `kiosk` command. Each command group lives in its own module here and
registers its sub-parser; this module only parses and dispatches.

Exit codes: 0 ok, 1 the check found a problem (validation errors, broken audit
chain), 2 bad input or refused action (the message names the file and the problem).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk import __version__, i18n
from kiosk.cli import cmd_audit, cmd_backup, cmd_demo, cmd_forms, cmd_import, cmd_results, cmd_scan, cmd_tui, cmd_users, cmd_validate
from kiosk.cli.errors import CliError

COMMAND_MODULES = (cmd_tui, cmd_demo, cmd_import, cmd_users, cmd_validate, cmd_forms, cmd_scan, cmd_results, cmd_audit, cmd_backup)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Stemkiosk: offline calculation aid for the municipal count of Dutch elections.",
        epilog="Data directory: --home DIR, else $KIOSK_HOME, else ~/.local/share/stemkiosk.",
    )
    parser.add_argument("--home", metavar="DIR", help="data directory (database, scans, backups)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="nl", help="language of messages (default: nl)")
    parser.add_argument("--version", action="version", version=f"stemkiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    i18n.set_language(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        # Plain `kiosk` starts the terminal UI, as on the appliance.
        handler = cmd_tui.run
        args.dev = False
    try:
        return handler(args)
    except CliError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("kiosk: interrupted; nothing further was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
