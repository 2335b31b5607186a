"""Account rows. Policy (password rules, lock-out, who may do what) lives in kiosk.services.auth."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class AccountRow:
    username: str
    role: str
    password_hash: str
    failed_attempts: int
    locked: bool
    created_at: str
    created_by: str


_COLUMNS = "username, role, password_hash, failed_attempts, locked, created_at, created_by"


def _row(values: tuple) -> AccountRow:
    return AccountRow(values[0], values[1], values[2], values[3], bool(values[4]), values[5], values[6])


def get(db: sqlite_utils.Database, username: str) -> AccountRow | None:
    values = db.execute(f"SELECT {_COLUMNS} FROM accounts WHERE username = ?", [username]).fetchone()
    return _row(values) if values else None


def all_accounts(db: sqlite_utils.Database) -> list[AccountRow]:
    return [_row(v) for v in db.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY username")]


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM accounts").fetchone()[0]


def insert(db: sqlite_utils.Database, username: str, role: str, password_hash: str, at: str, by: str) -> None:
    db.execute(
        "INSERT INTO accounts (username, role, password_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
        [username, role, password_hash, at, by],
    )


def set_failures(db: sqlite_utils.Database, username: str, failed_attempts: int, locked: bool) -> None:
    db.execute(
        "UPDATE accounts SET failed_attempts = ?, locked = ? WHERE username = ?",
        [failed_attempts, int(locked), username],
    )


def set_password_hash(db: sqlite_utils.Database, username: str, password_hash: str) -> None:
    db.execute("UPDATE accounts SET password_hash = ? WHERE username = ?", [password_hash, username])
