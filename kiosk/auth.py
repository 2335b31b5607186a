"""Accounts, roles, passwords and lock-out.

Passwords are hashed with Argon2id. Every account change, login, failed login
and lock is written to the audit log in the same transaction as the change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.i18n import t
from kiosk.store import Store
from kiosk.store import accounts as rows

ROLES = ("clerk", "verifier", "coordinator")
MIN_PASSWORD_LENGTH = 13
MAX_FAILED_ATTEMPTS = 5
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")

# argon2-cffi's defaults are Argon2id (RFC 9106 low-memory profile).
hasher = PasswordHasher()


class AuthError(Exception):
    """A refused account action. ``code`` is stable; ``str()`` is for people."""

    def __init__(self, code: str, **params: object):
        super().__init__(t(f"auth.{code}", **params))
        self.code = code


@dataclass(frozen=True)
class Account:
    username: str
    role: str

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


def check_new_password(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError("password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if password.strip().casefold() == username.casefold():
        raise AuthError("password_is_username")


def check_username(username: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise AuthError("bad_username", username=username)


def needs_first_coordinator(store: Store) -> bool:
    """True on first start: nobody can log in yet, so the first account is a coordinator."""
    return rows.count(store.db) == 0


def add_account(store: Store, username: str, role: str, password: str, by: Account | None) -> Account:
    """Create an account. Only a coordinator may, except the very first one, which
    must itself be a coordinator (``by`` is then None)."""
    check_username(username)
    if role not in ROLES:
        raise AuthError("bad_role", role=role, roles=", ".join(ROLES))
    check_new_password(username, password)
    with store.transaction() as db:
        first = rows.count(db) == 0
        if first:
            if role != "coordinator":
                raise AuthError("first_must_be_coordinator")
            creator = "(first start)"
        else:
            if by is None or not by.is_coordinator:
                raise AuthError("not_coordinator")
            creator = by.username
        if rows.get(db, username) is not None:
            raise AuthError("exists", username=username)
        rows.insert(db, username, role, hasher.hash(password), store.now(), creator)
        store.audit(creator, "account.add", {"username": username, "role": role})
    return Account(username, role)


def login(store: Store, username: str, password: str) -> Account:
    """The account, or AuthError. Wrong name and wrong password get the same answer,
    so the message does not reveal which user names exist. A refusal is committed
    (audit row, failure count) before it is raised."""
    refusal: AuthError | None = None
    with store.transaction() as db:
        row = rows.get(db, username)
        if row is None:
            store.audit(username, "login.failed", {"reason": "unknown_user"})
            refusal = AuthError("bad_credentials")
        elif row.locked:
            store.audit(username, "login.refused", {"reason": "locked"})
            refusal = AuthError("locked")
        elif not _password_matches(row.password_hash, password):
            failures = row.failed_attempts + 1
            locked = failures >= MAX_FAILED_ATTEMPTS
            rows.set_failures(db, username, failures, locked)
            store.audit(username, "login.failed", {"reason": "wrong_password", "failed_attempts": failures})
            if locked:
                store.audit(username, "account.locked", {"failed_attempts": failures})
            refusal = AuthError("now_locked" if locked else "bad_credentials")
        else:
            if row.failed_attempts:
                rows.set_failures(db, username, 0, False)
            if hasher.check_needs_rehash(row.password_hash):
                rows.set_password_hash(db, username, hasher.hash(password))
            store.audit(username, "login", {"role": row.role})
    if refusal is not None:
        raise refusal
    return Account(row.username, row.role)


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def unlock(store: Store, username: str, by: Account) -> None:
    if not by.is_coordinator:
        raise AuthError("not_coordinator")
    with store.transaction() as db:
        if rows.get(db, username) is None:
            raise AuthError("unknown_user", username=username)
        rows.set_failures(db, username, 0, False)
        store.audit(by.username, "account.unlock", {"username": username})


def unlock_last_coordinator(store: Store, username: str, operator: str) -> None:
    """The way out when every coordinator is locked: the machine's administrator
    (root, i.e. physical access to the appliance's maintenance boot) may unlock a
    coordinator, and only then. Audited with the operator's name."""
    with store.transaction() as db:
        row = rows.get(db, username)
        if row is None:
            raise AuthError("unknown_user", username=username)
        if row.role != "coordinator":
            raise AuthError("operator_only_coordinators")
        if any(r.role == "coordinator" and not r.locked for r in rows.all_accounts(db)):
            raise AuthError("coordinator_available")
        rows.set_failures(db, username, 0, False)
        store.audit(f"operator:{operator}", "account.unlock", {"username": username, "no_coordinator_left": True})


def change_password(store: Store, account: Account, old_password: str, new_password: str) -> None:
    check_new_password(account.username, new_password)
    with store.transaction() as db:
        row = rows.get(db, account.username)
        matches = row is not None and _password_matches(row.password_hash, old_password)
        if matches:
            rows.set_password_hash(db, account.username, hasher.hash(new_password))
            store.audit(account.username, "password.change", {})
        else:
            store.audit(account.username, "password.change_refused", {"reason": "wrong_password"})
    if not matches:
        raise AuthError("wrong_current_password")


def list_accounts(store: Store) -> list[dict]:
    return [
        {"username": r.username, "role": r.role, "locked": r.locked, "failed_attempts": r.failed_attempts}
        for r in rows.all_accounts(store.db)
    ]
