"""`kiosk backup --to DIR`: online backup, checked with integrity_check."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import store_from
from kiosk.cli.errors import CliError
from kiosk.i18n import t
from kiosk.services import backups


def register(commands) -> None:
    parser = commands.add_parser("backup", help="copy database and scans to another directory and check the copy")
    parser.add_argument("--to", required=True, metavar="DIR", help="target directory, preferably on another disk")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    store = store_from(args, create=False)
    target = Path(args.to).expanduser()
    if target.resolve() == store.home.resolve() or store.home.resolve() in target.resolve().parents:
        raise CliError(t("cli.backup.inside", target=target, home=store.home))
    try:
        result = backups.make_backup(store, target, actor="cli")
    except (OSError, RuntimeError) as error:
        raise CliError(t("cli.backup.failed", target=target, error=error)) from None
    print(t("cli.backup.written", database=result.database, integrity=result.integrity, pages=result.pages_copied))
    return 0
