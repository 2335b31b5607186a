"""`kiosk restore --from FILE --by COORDINATOR [--force --reason TEXT]`: a verified restore.

The coordinator's password is checked against the accounts of the backup (the
current database may be the broken one). The replaced database and its WAL files
are kept in ``replaced-<time>/`` in the data directory.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import ask
from kiosk.cli.errors import CliError
from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.services import restore as restore_service
from kiosk.store import resolve_home


def register(commands) -> None:
    parser = commands.add_parser(
        "restore",
        help="put a backup (kiosk-<time>.db from `kiosk backup`) back as the kiosk's database, after checking "
        "it (integrity_check, audit chain) and a coordinator's password from the backup",
    )
    parser.add_argument("--from", dest="source", required=True, metavar="FILE", help="the backup file kiosk-<time>.db")
    parser.add_argument("--by", required=True, metavar="COORDINATOR", help="a coordinator account of the backup")
    parser.add_argument(
        "--force",
        action="store_true",
        help="also replace a current database whose audit log is longer than the backup's "
        "or does not continue into it (needs --reason)",
    )
    parser.add_argument("--reason", metavar="TEXT", help="why the restore is forced (recorded in the audit log)")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    home = resolve_home(args.home)
    if args.force and not (args.reason or "").strip():
        raise CliError(refusal_text(restore_service.RestoreRefused("restore.reason_needed", "--reason missing")))
    password = ask(t("cli.prompt.password", name=args.by), secret=True)
    try:
        result = restore_service.restore(
            home, Path(args.source).expanduser(), args.by, password, force=args.force, reason=args.reason
        )
    except restore_service.RestoreRefused as refusal:
        raise CliError(refusal_text(refusal)) from None
    except auth.AuthError as refusal:  # the accounts are the backup's: name the file they come from
        raise CliError(f"{args.source}: {refusal_text(refusal)}") from None
    print(
        t(
            "restore.done",
            backup=result.backup,
            sha256=result.sha256,
            backup_rows=result.backup_rows,
            database=result.database,
        )
    )
    if result.replaced is not None:
        print(t("restore.replaced", folder=result.replaced))
    if result.pages_copied:
        print(t("restore.pages", count=result.pages_copied))
    if result.pages_refused:
        print(t("restore.bad_pages", count=len(result.pages_refused), files=", ".join(result.pages_refused)))
    if result.forced:
        print(t("restore.forced", reason=result.reason))
    print(t("restore.head", seq=result.head_seq, hash=result.head_hash))
    return 0
