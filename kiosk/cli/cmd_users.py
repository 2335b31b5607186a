"""`kiosk users add|list|unlock`: accounts."""

from __future__ import annotations

import getpass
import os
from argparse import Namespace

from kiosk.cli.context import ask, login_coordinator, store_from
from kiosk.cli.errors import CliError
from kiosk.i18n import refusal_text, t
from kiosk.services import auth


def register(commands) -> None:
    users = commands.add_parser("users", help="manage accounts (clerk, verifier, coordinator)")
    sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    add = sub.add_parser(
        "add",
        help="add an account; asks for its password twice",
        description="Add an account. The first account must be a coordinator; after that a "
        "coordinator (--by) must log in to add accounts. Passwords: at least 13 characters, "
        "not the user name. Without a terminal, answers are read line by line from stdin.",
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=auth.ROLES)
    add.add_argument(
        "--by", metavar="COORDINATOR", help="coordinator who authorises (not needed for the first account)"
    )
    add.set_defaults(handler=run_add)

    lst = sub.add_parser("list", help="list accounts with role and lock state")
    lst.set_defaults(handler=run_list)

    unlock = sub.add_parser("unlock", help="unlock an account after too many failed logins")
    unlock.add_argument("name")
    who = unlock.add_mutually_exclusive_group(required=True)
    who.add_argument("--by", metavar="COORDINATOR", help="the coordinator who unlocks (logs in)")
    who.add_argument(
        "--no-coordinator-left",
        action="store_true",
        help="root only, and only when every coordinator is locked: unlock coordinator NAME (audited)",
    )
    unlock.set_defaults(handler=run_unlock)


def run_add(args: Namespace) -> int:
    store = store_from(args)
    by = None
    if not auth.needs_first_coordinator(store):
        if not args.by:
            raise CliError(t("cli.users.need_by"))
        by = login_coordinator(store, args.by)
    password = ask(t("cli.prompt.new_password", name=args.name), secret=True)
    again = ask(t("cli.prompt.again"), secret=True)
    if password != again:
        raise CliError(t("cli.users.passwords_differ"))
    try:
        account = auth.add_account(store, args.name, args.role, password, by)
    except auth.AuthError as error:
        raise CliError(refusal_text(error)) from None
    print(t("cli.users.added", name=account.username, role=account.role))
    return 0


def run_list(args: Namespace) -> int:
    store = store_from(args, create=False)
    for row in auth.list_accounts(store):
        state = t("cli.users.locked") if row["locked"] else t("cli.users.active")
        print(f"{row['username']:<24} {row['role']:<12} {state}")
    return 0


def run_unlock(args: Namespace) -> int:
    store = store_from(args, create=False)
    try:
        if args.no_coordinator_left:
            if os.geteuid() != 0:
                raise auth.AuthError("auth.not_root")
            auth.unlock_last_coordinator(store, args.name, getpass.getuser())
        else:
            auth.unlock(store, args.name, login_coordinator(store, args.by))
    except auth.AuthError as error:
        raise CliError(refusal_text(error)) from None
    print(t("cli.users.unlocked", name=args.name))
    return 0
