"""Shared helpers of the commands: opening the store, asking for secrets."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.domain.sheet_digest import groups
from kiosk.domain.station_range import format_ranges
from kiosk.eml import hashcheck
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


def typed_digest_groups(digest_arg: str | None, shown: tuple[str, ...], blanked: tuple[int, ...]) -> tuple[str, ...]:
    """The groups at ``blanked`` of a digest printed on paper: from ``--digest`` (the whole digest, for
    scripts), else asked on the terminal after showing the other groups (``shown``)."""
    if digest_arg is not None:
        try:
            printed = groups(hashcheck.parse_full_hash(digest_arg))
        except ValueError as error:
            raise CliError(f"--digest: {refusal_text(error)}") from None
        return tuple(printed[i] for i in blanked)
    if not sys.stdin.isatty():
        raise CliError(t("cli.reentry.no_terminal"))
    print(" ".join(shown))
    return tuple(ask(t("cli.prompt.digest_group", group=i + 1)) for i in blanked)


def print_own_stations(own: tuple[int, ...] | None) -> None:
    """This kiosk's stations, as `kiosk election stations` and `kiosk import --stations` say them."""
    print(
        t("cli.election.stations_all") if own is None else t("cli.election.stations_range", stations=format_ranges(own))
    )
