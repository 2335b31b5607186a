"""`kiosk backup --to DIR`: online backup, checked (integrity_check and audit chain) before it is named."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.i18n import refusal_text, t
from kiosk.services import backups
from kiosk.store import resolve_home
from kiosk.store.home import DATABASE_NAME


def register(commands) -> None:
    parser = commands.add_parser(
        "backup",
        help="copy database and scans to another directory; the copy is named kiosk-<time>.db only after "
        "integrity_check and the audit chain check passed on it",
    )
    parser.add_argument("--to", required=True, metavar="DIR", help="target directory, preferably on another disk")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    home = resolve_home(args.home)
    try:
        store = backups.open_source(home)
    except FileNotFoundError:
        raise CliError(t("cli.no_database", path=home / DATABASE_NAME)) from None
    except backups.BackupRefused as refusal:
        raise CliError(refusal_text(refusal)) from None
    try:
        result = backups.make_backup(store, Path(args.to).expanduser(), actor="cli")
    except backups.BackupRefused as refusal:
        raise CliError(refusal_text(refusal)) from None
    finally:
        store.close()
    print(
        t(
            "backup.written",
            database=result.database,
            integrity=result.integrity,
            seq=result.audit_seq,
            pages=result.pages_copied,
            sha256=result.sha256,
        )
    )
    return 0
