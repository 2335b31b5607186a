"""Accounts, roles, passwords and lock-out.

Passwords are hashed with Argon2id. Every account change, login, failed login
and lock is written to the audit log in the same transaction as the change.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.domain.refusal import Refusal
from kiosk.domain.workflow.roles import Actor, Capability, Role, may
from kiosk.i18n import EnglishStr
from kiosk.services import integrity
from kiosk.store import Store
from kiosk.store import accounts as rows

ROLES = tuple(role.value for role in Role)
MIN_PASSWORD_LENGTH = 13
MIN_DISTINCT_CHARACTERS = 6
MAX_FAILED_ATTEMPTS = 5
# Seconds a failed login waits before it answers, by the account's number of failures
# so far (1, 2, 3, ...): guessing gets slower with every miss, and lock-out ends it.
FAILED_LOGIN_DELAYS = (0.5, 1.0, 2.0, 4.0)
# Audit actor of a login with a name no account has: often a password typed into
# the name field, so the name itself is never written down.
UNKNOWN_ACTOR = "(unknown)"
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")

# argon2-cffi's defaults are Argon2id (RFC 9106 low-memory profile).
hasher = PasswordHasher()


class AuthError(EnglishStr, Refusal):
    """A refused account action: ``AuthError("auth.<name>", **params)``, worded at the edge
    (``refusal.auth.<name>``); ``str()`` is English, for logs."""


@dataclass(frozen=True)
class Account:
    username: str
    role: str

    @property
    def actor(self) -> Actor:
        """This account as the domain sees it: who may do what comes from the domain's role table."""
        return Actor(self.username, Role(self.role))

    def may(self, capability: Capability) -> bool:
        return may(self.role, capability)

    @property
    def is_coordinator(self) -> bool:
        return self.may(Capability.COORDINATE)


def check_new_password(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError("auth.password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if not password.strip():
        raise AuthError("auth.password_blank")
    if password.strip().casefold() == username.casefold():
        raise AuthError("auth.password_is_username")
    if len(set(password)) < MIN_DISTINCT_CHARACTERS:
        raise AuthError("auth.password_too_plain", minimum=MIN_DISTINCT_CHARACTERS)


def password_digest(password_hash: str) -> str:
    """What the audit log keeps of a password hash: its SHA-256. It proves which hash an
    account must have (``kiosk audit verify``) without putting the hash itself on display."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


def failed_login_delay(failures: int) -> float:
    """Seconds to wait before answering the ``failures``-th failed login of an account."""
    if failures <= 0:
        return 0.0
    return FAILED_LOGIN_DELAYS[min(failures, len(FAILED_LOGIN_DELAYS)) - 1]


def unknown_name_digest(username: str) -> str:
    """A short fingerprint of a user name no account has: repeated attempts with the same
    name can be told apart in the log, without the name (maybe a password) in it."""
    return hashlib.sha256(username.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_username(username: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise AuthError("auth.bad_username", username=username)


def needs_first_coordinator(store: Store) -> bool:
    """True on first start: nobody can log in yet, so the first account is a coordinator."""
    return rows.count(store.db) == 0


def add_account(store: Store, username: str, role: str, password: str, by: Account | None) -> Account:
    """Create an account. Only a coordinator may, except the very first one, which
    must itself be a coordinator (``by`` is then None)."""
    check_username(username)
    if role not in ROLES:
        raise AuthError("auth.bad_role", role=role, roles=", ".join(ROLES))
    check_new_password(username, password)
    password_hash = hasher.hash(password)  # slow on purpose: never inside the write lock
    with store.transaction() as db:
        first = rows.count(db) == 0
        if first:
            if not may(role, Capability.COORDINATE):
                raise AuthError("auth.first_must_be_coordinator")
            creator = "(first start)"
        else:
            if by is None or not by.is_coordinator:
                raise AuthError("auth.not_coordinator")
            creator = by.username
        if rows.get(db, username) is not None:
            raise AuthError("auth.exists", username=username)
        rows.insert(db, username, role, password_hash, store.now(), creator)
        store.audit(
            creator,
            "account.add",
            {"username": username, "role": role, "password_sha256": password_digest(password_hash)},
        )
    return Account(username, role)


def login(store: Store, username: str, password: str) -> Account:
    """The account, or AuthError. Wrong name and wrong password get the same answer,
    so the message does not reveal which user names exist. A refusal is committed
    (audit row, failure count) before it is raised, and a failure answers only after
    a delay that grows with the account's failures.

    The password is checked before the write lock is taken (Argon2 is slow on
    purpose); inside the lock the account is read again, and a changed account
    is checked once more rather than decided on stale data."""
    for _ in range(3):
        row = rows.get(store.db, username)
        matches = row is not None and not row.locked and _password_matches(row.password_hash, password)
        # The role and password a login trusts must be the ones the chain recorded: an account
        # row edited with an SQLite shell (a clerk made coordinator) does not log in.
        tampered = matches and not integrity.account_agrees(store.db, username, row.role, row.password_hash)
        new_hash = hasher.hash(password) if matches and hasher.check_needs_rehash(row.password_hash) else None
        with store.transaction() as db:
            current = rows.get(db, username)
            if current != row:
                continue  # changed while the password was being checked: check again
            if tampered:
                store.audit(username, "login.refused", {"reason": "account_not_in_chain"})
                refusal, failures = AuthError("auth.tampered"), 0
            else:
                refusal, failures = _record_login(store, db, username, row, matches, new_hash)
        break
    else:
        raise AuthError("auth.busy")
    if refusal is not None:
        time.sleep(failed_login_delay(failures))
        raise refusal
    return Account(row.username, row.role)


def _record_login(store: Store, db, username: str, row, matches: bool, new_hash: str | None):
    """Write what one login attempt changes; returns (refusal or None, failures so far)."""
    if row is None:
        store.audit(
            UNKNOWN_ACTOR, "login.failed", {"reason": "unknown_user", "name_sha256": unknown_name_digest(username)}
        )
        return AuthError("auth.bad_credentials"), 1
    if row.locked:
        store.audit(username, "login.refused", {"reason": "locked"})
        return AuthError("auth.locked"), 0
    if not matches:
        failures = row.failed_attempts + 1
        locked = failures >= MAX_FAILED_ATTEMPTS
        rows.set_failures(db, username, failures, locked)
        store.audit(username, "login.failed", {"reason": "wrong_password", "failed_attempts": failures})
        if locked:
            store.audit(username, "account.locked", {"failed_attempts": failures})
            return AuthError("auth.now_locked"), 0
        return AuthError("auth.bad_credentials"), failures
    if row.failed_attempts:
        rows.set_failures(db, username, 0, False)
    details: dict = {"role": row.role}
    if new_hash is not None:
        rows.set_password_hash(db, username, new_hash)
        details["password_sha256"] = password_digest(new_hash)
    store.audit(username, "login", details)
    return None, 0


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def unlock(store: Store, username: str, by: Account) -> None:
    if not by.is_coordinator:
        raise AuthError("auth.not_coordinator")
    with store.transaction() as db:
        if rows.get(db, username) is None:
            raise AuthError("auth.unknown_user", username=username)
        rows.set_failures(db, username, 0, False)
        store.audit(by.username, "account.unlock", {"username": username})


def unlock_last_coordinator(store: Store, username: str, operator: str) -> None:
    """The way out when every coordinator is locked: the machine's administrator
    (root, i.e. physical access to the appliance's maintenance boot) may unlock a
    coordinator, and only then. Audited with the operator's name."""
    with store.transaction() as db:
        row = rows.get(db, username)
        if row is None:
            raise AuthError("auth.unknown_user", username=username)
        if not may(row.role, Capability.COORDINATE):
            raise AuthError("auth.operator_only_coordinators")
        if any(may(r.role, Capability.COORDINATE) and not r.locked for r in rows.all_accounts(db)):
            raise AuthError("auth.coordinator_available")
        rows.set_failures(db, username, 0, False)
        store.audit(f"operator:{operator}", "account.unlock", {"username": username, "no_coordinator_left": True})


def change_password(store: Store, account: Account, old_password: str, new_password: str) -> None:
    check_new_password(account.username, new_password)
    row = rows.get(store.db, account.username)
    matches = row is not None and _password_matches(row.password_hash, old_password)
    new_hash = hasher.hash(new_password) if matches else ""
    with store.transaction() as db:
        if matches and rows.get(db, account.username) != row:
            raise AuthError("auth.busy")  # changed meanwhile: nothing written, try again
        if matches:
            rows.set_password_hash(db, account.username, new_hash)
            store.audit(account.username, "password.change", {"password_sha256": password_digest(new_hash)})
        else:
            store.audit(account.username, "password.change_refused", {"reason": "wrong_password"})
    if not matches:
        raise AuthError("auth.wrong_current_password")


def list_accounts(store: Store) -> list[dict]:
    return [
        {"username": r.username, "role": r.role, "locked": r.locked, "failed_attempts": r.failed_attempts}
        for r in rows.all_accounts(store.db)
    ]
