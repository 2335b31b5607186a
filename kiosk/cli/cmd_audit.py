"""`kiosk audit verify|show`: the hash-chained audit log."""

from __future__ import annotations

import json
from argparse import Namespace

from kiosk.cli.context import store_from
from kiosk.i18n import t
from kiosk.store import audit


def register(commands) -> None:
    parser = commands.add_parser("audit", help="check or show the audit log")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser(
        "verify",
        help="check the whole hash chain; prints the head hash, or the first broken row (exit 1)",
    )
    verify.set_defaults(handler=run_verify)
    show = sub.add_parser("show", help="print the newest audit events")
    show.add_argument("--last", type=int, default=20, metavar="N")
    show.set_defaults(handler=run_show)


def run_verify(args: Namespace) -> int:
    store = store_from(args, create=False)
    result = audit.verify(store.db)
    if result.ok:
        print(t("cli.audit.intact", rows=result.rows))
        print(t("cli.audit.head", hash=result.head_hash))
        return 0
    print(t("cli.audit.broken", seq=result.broken_seq, problem=result.problem))
    print(t("cli.audit.last_good", hash=result.head_hash))
    return 1


def run_show(args: Namespace) -> int:
    store = store_from(args, create=False)
    for row in reversed(audit.rows(store.db, limit=max(args.last, 0))):
        details = json.dumps(row["details"], ensure_ascii=False, sort_keys=True)
        print(f"{row['seq']:>6} {row['at']} {row['actor']:<16} {row['action']:<24} {details}")
    return 0
