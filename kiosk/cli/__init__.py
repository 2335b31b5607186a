"""The `kiosk` command. Each command group lives in its own module here and
registers its sub-parser; this module only parses and dispatches.

Exit codes: 0 ok, 1 the check found a problem (validation errors, broken audit
chain), 2 bad input or refused action (the message names the file and the problem),
including a data directory that is full, read-only, busy or damaged; 70 an internal
error (one sentence here, the traceback in the data directory's logs/errors.log).

Refusals (``kiosk.domain.refusal.Refusal``) are worded here, at the edge, with
``kiosk.i18n.refusal_text`` in the language of ``--lang``; one that no command
catches is still exit 2 with its words.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kiosk import __version__, crashlog, i18n
from kiosk.cli import (
    cmd_audit,
    cmd_backup,
    cmd_csb,
    cmd_demo,
    cmd_election,
    cmd_forms,
    cmd_handcount,
    cmd_import,
    cmd_investigations,
    cmd_reentry,
    cmd_restore,
    cmd_results,
    cmd_scan,
    cmd_seats,
    cmd_session,
    cmd_tui,
    cmd_users,
    cmd_validate,
)
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.store.faults import classify
from kiosk.store.home import resolve_home

COMMAND_MODULES = (
    cmd_tui,
    cmd_demo,
    cmd_import,
    cmd_election,
    cmd_users,
    cmd_validate,
    cmd_seats,
    cmd_csb,
    cmd_forms,
    cmd_scan,
    cmd_results,
    cmd_reentry,
    cmd_handcount,
    cmd_investigations,
    cmd_session,
    cmd_audit,
    cmd_backup,
    cmd_restore,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Stemkiosk: offline calculation aid for the municipal count of Dutch elections.",
        epilog="Data directory: --home DIR, else $KIOSK_HOME, else ~/.local/share/stemkiosk.",
    )
    parser.add_argument("--home", metavar="DIR", help="data directory (database, scans, backups)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="nl", help="language of messages (default: nl)")
    parser.add_argument(
        "--election",
        metavar="ID",
        help="the election a command is about, when the data directory holds several (e.g. PS2027_Limburg)",
    )
    parser.add_argument("--version", action="version", version=f"stemkiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    i18n.set_language(args.lang)
    i18n.report_faults_to(_home_for_logs(args))
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
    except Refusal as error:  # a refusal (a storage fault included) no command words itself
        print(f"kiosk: {i18n.refusal_text(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kiosk: interrupted; nothing further was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Whoever read the output stopped reading (`kiosk seats FILE | head`): not a fault. Later
        # writes, and the interpreter's flush at exit, go nowhere instead of raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as error:  # noqa: BLE001 - the last line before a traceback would reach the operator
        return _fault(error, args, argv)


def _home_for_logs(args: argparse.Namespace):
    """The data directory whose logs/errors.log gets words that could not be made (None: the temp dir)."""
    try:
        home = resolve_home(getattr(args, "home", None))
    except Exception:  # noqa: BLE001 - no home is no reason to fail; the temporary directory will do
        return None
    return home if home.is_dir() else None


def _fault(error: Exception, args: argparse.Namespace, argv: Sequence[str] | None) -> int:
    """A storage fault is a refusal (exit 2); anything else is logged and is exit 70."""
    home = resolve_home(getattr(args, "home", None))
    fault = classify(error, home)
    if fault is not None:
        print(f"kiosk: {i18n.refusal_text(fault)}", file=sys.stderr)
        return 2
    command = " ".join(sys.argv[1:] if argv is None else argv)
    log = crashlog.write(error, home if home.is_dir() else None, context=f"kiosk {command}")
    if log is None:
        print(f"kiosk: {i18n.t('internal.error_no_log', error=type(error).__name__)}", file=sys.stderr)
    else:
        print(f"kiosk: {i18n.t('internal.error', log=log)}", file=sys.stderr)
    return crashlog.EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
