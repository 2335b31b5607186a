"""Shared helpers of the commands: opening the store, asking for secrets."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.store import Store, open_store, resolve_home
from kiosk.store.home import DATABASE_NAME


def store_from(args: Namespace, *, create: bool = True) -> Store:
    home = resolve_home(args.home)
    try:
        return open_store(home, create=create)
    except FileNotFoundError:
        raise CliError(t("cli.no_database", path=home / DATABASE_NAME)) from None


def ask(prompt: str, *, secret: bool = False) -> str:
    """Read one answer: from the terminal when there is one, else one line of stdin
    (so scripts can pipe answers in). End of input is a clear error, not a hang."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CliError(t("cli.no_answer", prompt=prompt.strip()))
    return line.rstrip("\n")


def login_coordinator(store: Store, username: str) -> auth.Account:
    """Log a coordinator in for a command that needs one (audited like any login)."""
    password = ask(t("cli.prompt.password", name=username), secret=True)
    try:
        account = auth.login(store, username, password)
    except auth.AuthError as error:
        raise CliError(refusal_text(error)) from None
    if not account.is_coordinator:
        raise CliError(refusal_text(auth.AuthError("auth.not_coordinator")))
    return account


def write_output(path: Path, data: bytes) -> None:
    """Write a command's output file; a failure is a clear error naming the file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as error:
        raise CliError(t("cli.cannot_write", path=path, error=error.strerror or error)) from None
