"""`kiosk backup --to DIR`: online backup, checked with integrity_check."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import store_from
from kiosk.cli.errors import CliError
from kiosk.services import backups


def register(commands) -> None:
    parser = commands.add_parser("backup", help="copy database and scans to another directory and check the copy")
    parser.add_argument("--to", required=True, metavar="DIR", help="target directory, preferably on another disk")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    store = store_from(args, create=False)
    target = Path(args.to).expanduser()
    if target.resolve() == store.home.resolve() or store.home.resolve() in target.resolve().parents:
        raise CliError(f"{target}: a backup must go outside the data directory {store.home}")
    try:
        result = backups.make_backup(store, target, actor="cli")
    except (OSError, RuntimeError) as error:
        raise CliError(f"{target}: backup failed: {error}") from None
    print(f"backup written: {result.database} (integrity_check: {result.integrity}, {result.pages_copied} new page images)")
    return 0
