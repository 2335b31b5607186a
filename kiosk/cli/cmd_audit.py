"""`kiosk audit verify|head|show`: the hash-chained audit log and what it proves."""

from __future__ import annotations

from argparse import Namespace

from kiosk.cli.context import store_from
from kiosk.cli.errors import CliError
from kiosk.i18n import integrity_words, refusal_text, t
from kiosk.i18n.untrusted import neutralise
from kiosk.services import audit_log


def register(commands) -> None:
    parser = commands.add_parser("audit", help="check or show the audit log")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser(
        "verify",
        help="check the hash chain, the tables it proves (stations, results, accounts, election, hand count, "
        "pages), the protecting triggers and the database file; exit 1 naming the first problem",
    )
    verify.add_argument(
        "--anchor",
        metavar="N:HEX",
        help="also require row N to have this hash (64 hex, spaces allowed): an anchor written "
        "down earlier or printed on a totals sheet",
    )
    verify.set_defaults(handler=run_verify)
    head = sub.add_parser("head", help="print the current anchor: the last row number and its hash")
    head.set_defaults(handler=run_head)
    show = sub.add_parser("show", help="print the newest audit events with their row number and hash")
    show.add_argument("--last", type=int, default=20, metavar="N")
    show.set_defaults(handler=run_show)


def run_verify(args: Namespace) -> int:
    anchor = None
    if args.anchor is not None:
        try:
            anchor = audit_log.parse_anchor(args.anchor)
        except audit_log.BadAnchor as error:
            raise CliError(refusal_text(error)) from None
    store = store_from(args, create=False)
    report = audit_log.verify(store, anchor)
    if not report.chain.ok:
        print(t("cli.audit.broken", problem=integrity_words.chain_text(report.chain)))
        print(t("cli.audit.last_good", hash=report.head_hash))
    for finding in report.findings:
        print(t("cli.audit.finding", problem=integrity_words.finding_text(finding)))
    if not report.ok:
        return 1
    print(t("cli.audit.intact", rows=report.rows))
    if anchor is not None:
        print(t("cli.audit.anchor_ok", seq=anchor[0], hash=anchor[1]))
    print(t("cli.audit.head", seq=report.rows, hash=report.head_hash))
    return 0


def run_head(args: Namespace) -> int:
    seq, digest = audit_log.head(store_from(args, create=False))
    print(f"{seq} {digest}")
    return 0


def run_show(args: Namespace) -> int:
    store = store_from(args, create=False)
    for row in reversed(audit_log.recent(store, max(args.last, 0))):
        details = neutralise(audit_log.details_text(row["details"]))
        print(f"{row['seq']:>6} {row['hash']} {row['at']} {neutralise(row['actor']):<16} {row['action']:<24} {details}")
    return 0
